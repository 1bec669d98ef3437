"""Plain-text loader: one page, or one page per form feed (as pdftotext writes them)."""

from __future__ import annotations

from pathlib import Path

from assistant.core.types import LoadedDocument, PageText
from ingest.errors import EmptyDocument
from ingest.loaders.base import (
    bytes_sha256,
    choose_title,
    decode_text,
    normalise_text,
    title_from_text,
)


def split_pages(text: str) -> list[str]:
    """Split on form feeds; a trailing empty page after the last \\f is not a page."""
    parts = text.split("\f")
    while len(parts) > 1 and not parts[-1].strip():
        parts.pop()
    return parts


class TextLoader:
    """Text files; pages are kept (empty ones too) so page numbers match the printed pages."""

    suffixes: tuple[str, ...] = (".txt", ".text")

    def load(self, path: Path) -> LoadedDocument:
        data = path.read_bytes()
        raw = decode_text(data, name=path.name)
        pages = [
            PageText(page=i + 1, text=normalise_text(part)) for i, part in enumerate(split_pages(raw))
        ]
        first = next((p.text for p in pages if p.text), "")
        if not first:
            raise EmptyDocument("contains no text (only whitespace); nothing to ingest")
        return LoadedDocument(
            source=str(path.resolve()),
            sha256=bytes_sha256(data),
            title=choose_title(title_from_text(first), fallback=path.stem),
            pages=pages,
            metadata_hints={"format": "text"},
        )
