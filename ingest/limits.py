"""Bounds on the work one file may cause: pages, characters, chunks (settings, `ingest` section).

A 1.2 KB PDF can declare 32,768 pages that share one content stream; a text file can be
one 200 MB line. Each limit is checked as early as the count is known, and a file over
one fails alone with a line saying which limit and how to raise it; the batch goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ingest.errors import TooLarge

if TYPE_CHECKING:
    from assistant.core.settings import Settings


@dataclass(frozen=True)
class DocLimits:
    """Picklable (it travels to the parse worker)."""

    max_pages: int = 5_000
    max_chars: int = 20_000_000
    max_chunks: int = 50_000

    @classmethod
    def from_settings(cls, settings: Settings) -> DocLimits:
        return cls(
            max_pages=settings.max_doc_pages, max_chars=settings.max_doc_chars, max_chunks=settings.max_doc_chunks
        )

    def check_pages(self, pages: int) -> None:
        if pages > self.max_pages:
            raise too_large(f"{pages:,} pages", self.max_pages, "FOOTNOTE_MAX_DOC_PAGES")

    def check_chars(self, chars: int, *, at_least: bool = False) -> None:
        if chars > self.max_chars:
            amount = f"{'over ' if at_least else ''}{chars:,} characters of text"
            raise too_large(amount, self.max_chars, "FOOTNOTE_MAX_DOC_CHARS")

    def check_chunks(self, chunks: int) -> None:
        if chunks > self.max_chunks:
            raise too_large(f"{chunks:,} chunks", self.max_chunks, "FOOTNOTE_MAX_DOC_CHUNKS")


def too_large(amount: str, limit: int, variable: str) -> TooLarge:
    return TooLarge(f"too large: {amount} (limit {limit:,}; raise {variable}, or split the file)")
