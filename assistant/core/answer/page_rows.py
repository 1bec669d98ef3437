"""Rows of a statement page that ingest left unread, read at answer time by the page's columns.

A statement page often ends with rows below the statement proper: the supplemental cash flow
lines ("Income taxes paid  $ 283  $ 716  $ 442", "Cash paid during the year for: Interest ...").
The passage that holds them often starts below the column headings, so neither ingest nor the
quoting answerer can tell which year each cell is. The page's statement facts can: a row with
as many amount cells as the page's rows have columns, in the same order, is read into
label-only facts (the label as printed, no concept), each cell taking its column's period, unit
and scale. Only rows of passages retrieved for the question are read, and only rows whose label
the page's facts do not already hold.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from assistant.core.finance.facts import Fact
from assistant.core.finance.statements import PRIMARY_STATEMENTS
from assistant.core.types import SearchHit

__all__ = ["page_rows", "split_row"]

# A label, two or more spaces, then only amount cells: "$", digits, commas, parentheses, dashes.
_ROW = re.compile(r"^(?P<label>[A-Za-z][^$\d]*?[A-Za-z):])\s{2,}(?P<cells>[$\s\d,.()—–-]+)$")
_CELL = re.compile(r"\(\s*\d[\d,]*(?:\.\d+)?\s*\)|\d[\d,]*(?:\.\d+)?|[—–]|(?<!\S)-(?!\S)")
# A label-only line that heads the rows below it ("Cash paid during the year for:").
_SECTION = re.compile(r"^[A-Za-z][^\d$]{2,60}:$")


def split_row(line: str) -> tuple[str, list[float | None]] | None:
    """("Income taxes paid", [283.0, 716.0, 442.0]) from "Income taxes paid  $  283  $  716  $  442";
    parentheses are negative and a dash is an empty cell (None). None for a line that is not a
    label followed by amount cells only."""
    m = _ROW.match(line.strip())
    if m is None:
        return None
    cells: list[float | None] = []
    for cell in _CELL.findall(m.group("cells")):
        if cell in ("—", "–", "-"):
            cells.append(None)
            continue
        number = float(cell.strip("() ").replace(",", ""))
        cells.append(-number if cell.startswith("(") else number)
    return (m.group("label").strip(), cells) if cells else None


def _columns(page_facts: list[Fact]) -> list[Fact] | None:
    """One fact per column of the page's rows, left to right, when every row of the most cells
    lists the same periods in the same order; else None (columns the page does not agree on)."""
    rows: dict[str, list[Fact]] = {}
    for fact in page_facts:
        rows.setdefault(fact.row, []).append(fact)
    widest = max(len(r) for r in rows.values())
    orders = Counter(tuple((f.period, f.period_end, f.duration_months, f.scale) for f in r)
                     for r in rows.values() if len(r) == widest)
    if len(orders) != 1 or widest < 2:
        return None
    (order,) = orders
    return next(r for r in rows.values() if tuple((f.period, f.period_end, f.duration_months, f.scale) for f in r) == order)


def page_rows(facts: list[Fact], hits: Sequence[SearchHit]) -> list[Fact]:
    """Label-only facts read from the retrieved passages' rows on statement pages (see above)."""
    out: list[Fact] = []
    seen: set[tuple[str, int, str]] = set()
    for hit in hits:
        if hit.page_end not in (None, hit.page):
            continue  # a passage over two pages: its rows may sit on the other page's columns
        page_facts = [f for f in facts if f.doc_id == hit.doc_id and f.page == hit.page
                      and f.statement in PRIMARY_STATEMENTS and f.unit == "USD"]
        columns = _columns(page_facts) if page_facts else None
        if columns is None:
            continue
        known = {re.sub(r"\s+", " ", f.label).strip().lower() for f in page_facts}
        section = ""
        for line in hit.text.splitlines():
            stripped = line.strip()
            if _SECTION.match(stripped):
                section = stripped.rstrip(":")
                continue
            split = split_row(stripped)
            if split is None:
                section = "" if not stripped.endswith(":") else section
                continue
            label, cells = split
            key = (hit.doc_id, hit.page, label.lower())
            if len(cells) != len(columns) or label.lower() in known or key in seen:
                continue
            seen.add(key)
            for column, value in zip(columns, cells, strict=True):
                if value is None:
                    continue
                out.append(replace(column, concept=None, label=label, value=value, row=stripped,
                                   chunk_id=hit.chunk_id, extra={"section": section} if section else {}))
    return out
