"""Two tables printed side by side on one text line: each line holds a row of the left table and
the same row of the right one, under one header line that opens each half with its year,

    2021  Consumer  Business  Segments  2022  Consumer  Business  Segments
    Wholesale  —  2,680  2,680  Wholesale  —  2,584  2,584

(segment notes print the two years' tables so). pypdf's text runs the halves together, so a
column reader that counts the line's cells against the header's names reads the left half's cell
for either year. A line whose label comes again after its first cells is read as two half-rows,
each cell as (the half's year, its column name) by count and order, "—" cells kept in place; a
half-row or a header that does not count out gives no reading, and the caller refuses."""

from __future__ import annotations

import logging
import re

from assistant.core.answer.cell_columns import EMPTY_CELL
from assistant.core.finance.years import YEAR_DIGITS
from assistant.core.numbers import Quantity

__all__ = ["side_by_side", "side_header"]

logger = logging.getLogger(__name__)

_MIN_LABEL = 3  # a label this short ("A") may come again by chance


def _halves(header: str, n: int) -> list[tuple[int, list[str]]] | None:
    """The header line that opens each of `n` halves with a year: [(year, column names)]."""
    for line in reversed([ln.strip() for ln in header.splitlines() if ln.strip()]):
        tokens = [t for t in re.split(r"\s{2,}", line) if t]
        starts = [i for i, t in enumerate(tokens) if YEAR_DIGITS.fullmatch(t)]
        if len(starts) != n or starts[0] != 0:
            continue
        out = [(int(tokens[a]), tokens[a + 1:b]) for a, b in zip(starts, [*starts[1:], len(tokens)], strict=True)]
        if all(names and names == out[0][1] for _, names in out) and len({y for y, _ in out}) == n:
            return out
    return None


def side_header(header: str) -> bool:
    """The header opens two halves with a year each over the same names: a row of it that is one
    half (the row splitter parts a doubled line) does not say which year its cells are."""
    return _halves(header, 2) is not None


_LABEL_END = re.compile(r"[\s$—–-]+$")


def _columns(half: str) -> list[bool] | None:
    """A half-row's cells after its label, left to right: True a figure, False an empty cell;
    None when a piece after the label is neither."""
    pieces = [p for p in re.split(r"\s{2,}", half.strip()) if p and p != "$"]
    out = []
    for p in pieces[1:]:
        if EMPTY_CELL.match(p):
            out.append(False)
        elif re.fullmatch(r"\$?\s*\(?-?[\d,.]+\)?\s*%?", p):
            out.append(True)
        else:
            return None
    return out


def side_by_side(header: str, row: str, cells: list[Quantity]) -> list[tuple[int, str] | None] | None:
    """Each cell's (year, column name) where `row` holds its label twice, the header opening each
    half with a year over the same names; None when the line is no such pair of half-rows. A
    doubled line whose halves do not count out against the names gives [None] * len(cells): its
    cells cannot be told, so none may be read."""
    if not cells:
        return None
    label = _LABEL_END.sub("", row[: cells[0].start]).strip()
    if len(label) < _MIN_LABEL or not re.search(r"[A-Za-z]", label):
        return None
    at = row.find(label, cells[0].end)
    if at < 0:
        return None
    unread: list[tuple[int, str] | None] = [None] * len(cells)
    halves = _halves(header, 2)
    if halves is None:
        return unread
    out: list[tuple[int, str] | None] = []
    for half, (year, names) in ((row[:at], halves[0]), (row[at:], halves[1])):
        cols = _columns(half)
        if cols is None or len(cols) != len(names):
            return unread
        out += [(year, name) for name, full in zip(names, cols, strict=True) if full]
    if len(out) != len(cells):
        return unread
    logger.debug("side-by-side half-rows read: %s", label)
    return out
