"""A table chunk read under the column heading of the table it continues. Ingest repeats a table's
header on every chunk cut from it, but that header is the few short lines above the table's first
row: where a long line breaks a table (a wrapped product description, a sub-heading), the rows
after it start a new block whose "header" is that line, and the chunks cut from them print no
periods, dates or scale at all ("Vyndaqel family  ATTR-CM and polyneuropathy  782  552  1,468
1,164" under nothing). A reader who has the page reads those rows under the column heading printed
above them on the page: "Three Months Ended  Six Months Ended / 2023  2022  2023  2022".

`headed` gives such a chunk the column heading of the nearest earlier table chunk of its page that
has one, when the two read as one table: that heading's columns count out against the chunk's
rows, as `cell_columns` reads a row's cells by its header. The heading's lines are put
just above the chunk's first row, where `spans.split_units` reads a row's header from. Statement
chunks are tables too: ingest prints a balance sheet's dates once, on its first chunk.

`spanned` gives a chunk whose heading prints dates but no spans the span line ingest cut off
("13 Weeks Ended  52 Weeks Ended"), read from the page's earlier text that prints the same heading
right after it; when two earlier chunks give different spans, neither is taken."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from assistant.core.answer.cell_columns import SPAN, read_cells
from assistant.core.answer.spans import label_figures, split_units, without_note_marks
from assistant.core.answer.table_rows import GetChunks, chunk_page, sibling_ids
from assistant.core.answer.text import figures_text
from assistant.core.finance.periods import quarters_and_years
from assistant.core.finance.statements import STATEMENT_KINDS
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.store.base import StoredChunk
from assistant.core.types import SearchHit

__all__ = ["column_heading", "headed", "span_line", "under_heading"]

logger = logging.getLogger(__name__)

_BACK = 8  # chunks read back for the table's heading: a page's table rarely runs past this many
# Chunks read as tables: statement pages are tables whose heading ingest prints once, on their first chunk.
_TABLES = frozenset({"table"}) | STATEMENT_KINDS
# The spans printed over a heading's dates, run together at the end of what precedes the dates:
# "13 Weeks Ended  52 Weeks Ended", "Three Months Ended  Six Months Ended", "Year Ended".
_SPAN_RUN = re.compile(r"(?:\b(?:[\w-]+\s+){0,2}(?:weeks|months|years?)\s+ended,?\s*)+$", re.I)
_ENDED = re.compile(r"\bended\b", re.I)


def _rows(text: str) -> list[tuple[int, str, str]]:
    """(start, row text, header lines) of each table row of a chunk."""
    return [(a, text[a:b], hdr) for a, b, row, hdr in split_units(text) if row]


def _cells(row: str) -> list[Quantity]:
    """The cells a row prints: its figures, not years nor a label's bracketed numbers."""
    inside = label_figures(row)
    return [x for x in parse_quantities(figures_text(row).replace("\n", " "))
            if not x.is_year and not any(s <= x.start < e for s, e in inside)]


def _dated(header: str) -> bool:
    q, y = quarters_and_years(header)
    return bool(q or y)


def column_heading(text: str) -> str | None:
    """The header lines a chunk's first row is read under, when they name a period (a year, a
    quarter or a date): the table's column heading; None when the chunk has none."""
    rows = _rows(text)
    return rows[0][2] if rows and _dated(rows[0][2]) else None


def _counts_out(heading: str, rows: list[tuple[int, str, str]]) -> bool:
    """Whether `heading`'s columns count out against most of the rows of two or more cells
    (`cell_columns.read_cells`): the rows are of the table it heads."""
    read = [read_cells(heading, cells, figures_text(r).replace("\n", " ")) is not None
            for _, r, _ in rows if len(cells := _cells(r)) >= 2]
    return bool(read) and 2 * sum(read) > len(read)


def under_heading(text: str, earlier: Sequence[str]) -> str | None:
    """`text` with the column heading of the table it continues put above its first row: the
    heading of the last table of the nearest of `earlier` (the chunks before it on its page,
    nearest first) that has one, when its columns count out against this chunk's rows. None when
    `text` has a heading of its own, or the nearest heading heads another table."""
    rows = _rows(text)
    if not rows or _dated(rows[0][2]):
        return None
    for before in earlier:
        above = _rows(before)
        if not above or not _dated(above[-1][2]):
            continue
        if not _counts_out(above[-1][2], rows):
            return None  # the nearest heading heads another table: none is borrowed past it
        at = text.rfind("\n", 0, rows[0][0]) + 1  # the first row's line
        return f"{text[:at]}{above[-1][2]}\n{text[at:]}"
    return None


def _flat(text: str) -> str:
    return " ".join(text.split())


def _leaf_columns(heading: str) -> int:
    """How many dated columns a heading's last line prints ("2023  2022  2021  2023  2022  2021": 6)."""
    last = heading.strip().splitlines()[-1] if heading.strip() else ""
    return sum(x.is_year for x in parse_quantities(last))


def span_line(heading: str, earlier: Sequence[str]) -> str | None:
    """The spans ("13 Weeks Ended  52 Weeks Ended") over a dated `heading` that prints none: where
    ingest cut the span line off, the page's earlier text often still holds the whole heading, spans
    first (a table's heading run into the prose above it). Read from `earlier` where it prints
    `heading` word for word right after spans whose count divides its dated columns evenly; None
    when none does, when `heading` names spans itself, or when two places give different spans
    (two headings could apply)."""
    if not _dated(heading) or SPAN.search(heading):
        return None
    n = _leaf_columns(heading)
    flat = _flat(heading)
    found: set[str] = set()
    for before in earlier:
        text = _flat(without_note_marks(before))  # headings are kept without their note marks
        at = text.find(flat)
        while at > 0:
            run = _SPAN_RUN.search(text[max(0, at - 120) : at])
            if run is not None:
                spans = [m.group(0) for m in SPAN.finditer(run.group(0))]
                if spans and len(spans) == len(_ENDED.findall(run.group(0))) and n and n % len(spans) == 0:
                    found.add("  ".join(_flat(p) for p in re.split(r"(?i)(?<=ended),?\s*", run.group(0)) if p.strip()))
            at = text.find(flat, at + 1)
    return found.pop() if len(found) == 1 else None


def spanned(text: str, earlier: Sequence[str]) -> str | None:
    """`text` with the span line its first row's heading lost put above that heading (`span_line`);
    None when it lost none or none is found."""
    rows = _rows(text)
    if not rows or not (heading := rows[0][2]).strip():
        return None
    line = span_line(heading, earlier)
    if line is None:
        return None
    first = heading.strip().splitlines()[0]
    at = text.rfind(first, 0, rows[0][0])
    if at < 0:
        return None
    at = text.rfind("\n", 0, at) + 1
    return f"{text[:at]}{line}\n{text[at:]}"


def headed(hits: Sequence[SearchHit], get_chunks: GetChunks, only: set[str] | None = None) -> list[SearchHit]:
    """`hits` with each table or statement chunk (of `only`'s ids, when given) read under the whole
    heading of the table it belongs to on its page: the heading of the table it continues when it has
    none of its own (`under_heading`), and the span line its heading lost (`spanned`)."""
    todo = [h for h in hits if h.kind in _TABLES and (only is None or h.chunk_id in only)]
    before = {h.chunk_id: [i for i in reversed(sibling_ids(h.chunk_id, _BACK)) if i < h.chunk_id] for h in todo}
    wanted = sorted({i for ids in before.values() for i in ids})
    if not wanted:
        return list(hits)
    stored = {c.chunk_id: c for c in get_chunks(wanted)}
    changed: dict[str, str] = {}
    for h in todo:
        page: list[StoredChunk] = []
        for i in before[h.chunk_id]:  # nearest first, while on the chunk's page
            c = stored.get(i)
            if c is None or chunk_page(c) != h.page:
                break
            page.append(c)
        text = h.text
        if column_heading(text) is None:
            text = under_heading(text, [c.text for c in page if str(c.meta.get("kind") or "") in _TABLES]) or text
        text = spanned(text, [c.text for c in page]) or text
        if text != h.text:
            changed[h.chunk_id] = text
    if changed:
        logger.debug("read %d table chunks under the whole heading of their table", len(changed))
    return [h.model_copy(update={"text": changed[h.chunk_id]}) if h.chunk_id in changed else h for h in hits]
