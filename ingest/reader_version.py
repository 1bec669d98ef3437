"""The version of what ingest reads from a file: its pages, chunks and statement facts.

Bump `READER_VERSION` with any change to the loaders, the chunker or the statement-fact reader
(`assistant.core.finance.tables`, `concepts`) that changes what a document stores. A document
stored under another version is read again the next time its file is ingested, instead of being
skipped as unchanged: an upgrade must not leave a library answering from facts an older reader
missed or misread, and the user should not have to rebuild the library by hand to get them."""

from __future__ import annotations

__all__ = ["READER_VERSION", "is_stale"]

# Session 29: note, MD&A, segment and schedule tables under period headings read into label-only facts.
# Date of the last change to what ingest stores (session 27: basic share counts read as a concept; rows no concept
# names take their unit from their label, per share or a share count; no facts from a part of the group's statements).
READER_VERSION = "2026.12.03.6"


def is_stale(reader: str | None) -> bool:
    """A document stored by another reader (or by one before readers were stamped: None)."""
    return reader != READER_VERSION
