"""The year of a figure read from a table flattened into a passage: its column's heading.

A table a passage carries as text ("(Dollars in millions) 2023 2022 Gains on translation $ (374)
$ —") is read by the sentence readers as one sentence: the heading "2023 2022" names both years, so
either year asked passes the sentence-level period check, and the first figure of the row is
quoted whatever column was asked. A row's cells are its heading's columns in order, so the
figure's place among its row's cells is its year, when the row has as many cells as the heading
has years (an empty cell, "—", counts; a "% change" column makes the counts differ and reads
nothing)."""

from __future__ import annotations

import itertools
import logging
import re

from assistant.core.numbers import Quantity

logger = logging.getLogger(__name__)

__all__ = ["column_year"]

# Two or more bare years side by side, one apart, in order: a column heading ("2023 2022", "2021 2022 2023").
_HEADING = re.compile(r"(?<![\d$.,])(?:19|20)\d\d(?:[ \t]+(?:19|20)\d\d)+(?![\d%.,])")
# One cell of a row: a number, a bracketed negative, an empty-cell dash; "$" and "%" signs stand apart in PDF text.
_CELL = re.compile(r"\(?-?\d[\d,]*(?:\.\d+)?\)?%?|[—–-]{1,2}|\$|%")
_WORD = re.compile(r"[A-Za-z]")


def _heading_years(text: str) -> list[int] | None:
    found = list(_HEADING.finditer(text))
    if not found:
        return None
    years = [int(y) for y in found[-1].group().split()]
    steps = {b - a for a, b in itertools.pairwise(years)}
    return years if steps in ({1}, {-1}) else None


def column_year(text: str, fig: Quantity) -> int | None:
    """The year whose column `fig` sits in, read from the last year heading before its row, or None."""
    years = _heading_years(text[: fig.start])
    if years is None:
        return None
    words_before = [m.end() for m in _WORD.finditer(text, 0, fig.start)]
    row_start = words_before[-1] if words_before else 0
    if row_start < text.rfind(str(years[-1]), 0, fig.start):
        return None  # the figure sits right under the heading, with no row label: not a row
    after = _WORD.search(text, fig.end)
    row = text[row_start : after.start() if after else len(text)]
    cells = [m for m in re.finditer(r"\S+", row) if m.group() not in {"$", "%"}]
    if not cells or not all(_CELL.fullmatch(m.group()) for m in cells) or len(cells) != len(years):
        return None
    at = fig.start - row_start
    place = next((i for i, m in enumerate(cells) if m.end() > at and m.group() != "$"), None)
    return years[place] if place is not None else None
