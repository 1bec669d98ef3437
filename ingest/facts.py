"""Statement facts at ingest: read from a document's statement pages, linked to the chunks
that hold their rows (what a computed answer cites), stored with the document."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from assistant.core.finance.tables import facts_from_pages
from assistant.core.types import Chunk, LoadedDocument

logger = logging.getLogger(__name__)

__all__ = ["link_facts", "read_facts", "statement_page_texts"]


def read_facts(path: Path, doc: LoadedDocument, doc_id: str, meta: dict[str, str | None], pdf_mode: str) -> list[dict[str, Any]]:
    """The document's statement facts (`Fact.to_dict`)."""
    # A quarterly report's own period numbers its quarter columns (fiscal years ending in January).
    quarterly = meta.get("doc_type") in ("10-Q", "earnings", "press-release")
    pages, notes = statement_page_texts(path, doc, pdf_mode)
    facts = facts_from_pages(pages, doc_id=doc_id, doc_period=meta.get("period") if quarterly else None, notes=notes)
    return [f.to_dict() for f in facts]


def statement_page_texts(path: Path, doc: LoadedDocument, pdf_mode: str) -> tuple[list[tuple[int, str]], set[int]]:
    """(page, text) for the fact reader: a PDF's statement pages and the pages holding note, MD&A or
    schedule tables under period headings in pypdf's raw layout text, whose column positions the
    loader's whitespace normalisation flattens; and the note-table pages so read (none where no
    layout text is had: their columns are read by position only)."""
    from assistant.core.finance.statements import page_kinds

    pages = [(pt.page, pt.text) for pt in doc.pages]
    if path.suffix.lower() in _TEXT_SUFFIXES:
        return text_table_pages(path, pages)
    if path.suffix.lower() != ".pdf" or pdf_mode != "layout":
        return pages, set()
    kinds = page_kinds(pages)
    notes = _note_table_pages(pages, kinds)
    wanted = sorted(set(kinds) | notes)
    if not wanted:
        return pages, set()
    from ingest.loaders.pdf import extract_page, open_pdf

    try:
        reader = open_pdf(path)
        raw = {n: extract_page(reader.pages[n - 1], "layout") for n in wanted}
    except Exception:  # the normalised text still reads, by column order
        logger.warning("%s: raw layout text of statement pages not read", path.name, exc_info=True)
        return pages, set()
    return [(n, raw.get(n, text)) for n, text in pages], notes


# A plain-text file is its own layout text: a wire release prints its tables as rows of cells
# spaced into columns, which the loader's whitespace tidying flattens as pypdf's does a PDF's.
_TEXT_SUFFIXES = (".txt", ".text")
# A line of running prose (eight words or more, no gap of two spaces between cells): no table's
# heading. A text release is one page, its dateline ("Oct. 22, 2026 --") above the tables; read
# as a heading, its date dated the columns of the table below it instead of their own heading.
_WORD = re.compile(r"[A-Za-z]{2,}")
_CELL_GAP = re.compile(r"\S {2,}\S")


def text_table_pages(path: Path, pages: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], set[int]]:
    """(page, text) of a plain-text file for the fact reader: its pages as written (cells kept in
    their columns), prose lines blanked, and the pages holding a table under period headings
    (`note_tables`) that no primary statement's reader reads; the loader's pages where the file
    cannot be read again (the fact reader then finds no columns, as before)."""
    from assistant.core.finance.statements import page_kinds
    from ingest.loaders.base import decode_text
    from ingest.loaders.text import split_pages

    try:
        raw = decode_text(path.read_bytes(), name=path.name).replace("\r\n", "\n").replace("\r", "\n")
    except Exception:  # read at load already; a file changed or gone since is read as loaded
        logger.warning("%s: text not read again for its tables", path.name, exc_info=True)
        return pages, set()
    parts = split_pages(raw)
    if len(parts) != len(pages):
        return pages, set()  # pages numbered otherwise than the loader's: facts would cite wrong pages
    laid = [(n, "\n".join("" if _prose(line) else line.rstrip() for line in part.expandtabs(8).splitlines()))
            for (n, _), part in zip(pages, parts, strict=True)]
    return laid, _note_table_pages(laid, page_kinds(laid))


def _note_table_pages(pages: list[tuple[int, str]], kinds: dict[int, str]) -> set[int]:
    """The pages read as note tables: a sales or segment table page the statement reader leaves
    unread (`kinds`: `statements.page_kinds` of `pages`) holding a table under period headings."""
    from assistant.core.finance.note_tables import is_note_table_page
    from assistant.core.finance.statements import SUPPLEMENTARY

    return {n for n, text in pages if kinds.get(n) in (None, SUPPLEMENTARY) and is_note_table_page(text)}


def _prose(line: str) -> bool:
    return len(_WORD.findall(line)) >= 8 and not _CELL_GAP.search(line.strip())


def link_facts(facts: list[dict[str, Any]], chunks: list[Chunk]) -> list[dict[str, Any]]:
    """Each fact with the chunk that holds its row (what a computed answer cites)."""
    from assistant.core.quotes import quote_in_text

    by_page: dict[int, list[Chunk]] = {}
    for chunk in chunks:
        for page in range(chunk.page_start, chunk.page_end + 1):
            by_page.setdefault(page, []).append(chunk)
    for fact in facts:
        for chunk in by_page.get(int(fact["page"]), []):
            if quote_in_text(fact["row"], chunk.text):
                fact["chunk_id"] = chunk.chunk_id
                break
    return facts
