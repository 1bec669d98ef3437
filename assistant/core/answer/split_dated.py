"""The column of a table whose header prints each column's month and day on one line and its year on
the line below, as bank releases and 10-Qs do:

          September 30,  December 31,  September 30,
              2026           2025          2025

A year printed twice is told apart by its month and day. The date asked may be named in full
("at December 31, 2025"), by its month ("at the end of June 2026"), as a year's end ("at year-end
2025", "at the end of 2025") or as a quarter's ("in the third quarter of 2026": the column dated at
the quarter's last month). Change columns printed after the dated ones ("1.5%  4.8%") are no date's.
"""

from __future__ import annotations

import logging
import re

from assistant.core.answer.question import Question
from assistant.core.finance.periods import MONTH, MONTH_NUMBERS
from assistant.core.numbers import Quantity

logger = logging.getLogger(__name__)

__all__ = ["NOT_TOLD", "split_dated_column", "without_change_spans"]

NOT_TOLD = -1  # the header dates every cell, and none is the date asked

_MON = rf"({MONTH})"  # group 1: the month as printed, "Sept." (periods.MONTH, read by its first three letters)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_DAY = re.compile(rf"(?i)\b{_MON}\s+(\d{{1,2}})\b(?!\s*,?\s*\d)")
_FULL_DATE = re.compile(rf"(?i)\b{_MON}\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b")
# "June 2026", "the end of June 2026": a month's end asked without its day
_MONTH_YEAR = re.compile(rf"(?i)\b{_MON}\s+((?:19|20)\d\d)\b")
# "year-end 2025", "the end of 2025", "2025 year-end", "the close of 2025"
_YEAR_END = re.compile(r"(?i)\b(?:year[- ]end(?:ed)?\s+((?:19|20)\d\d)|(?:end|close)\s+of\s+((?:19|20)\d\d)"
                       r"|((?:19|20)\d\d)\s+year[- ]end)\b")


def _month(m: re.Match[str]) -> int:
    """The number of the month `m` printed in its group 1."""
    return MONTH_NUMBERS[m.group(1)[:3].lower()]


def _asked(q: Question) -> tuple[set[tuple[int, int, int]], set[tuple[int, int]], bool]:
    """(full dates asked as (month, day, year); months asked as (month, year) where no day is said;
    whether the month is only a calendar quarter's end, which a fiscal quarter need not be)."""
    full = {(_month(m), int(m.group(2)), int(m.group(3))) for m in _FULL_DATE.finditer(q.text)}
    if full:
        return full, set(), False
    months = {(_month(m), int(m.group(2))) for m in _MONTH_YEAR.finditer(q.text)}
    months |= {(12, int(next(g for g in m.groups() if g))) for m in _YEAR_END.finditer(q.text)}
    if not months and len(q.quarters) == 1 and len(q.years) == 1:
        return set(), {(3 * next(iter(q.quarters)), next(iter(q.years)))}, True
    return set(), months, False


def _dated_cells(lines: list[str], cells: list[Quantity]) -> list[tuple[int, int, int]] | None:
    """(month, day, year) of each dated column, the month-day line over the year line, where they
    count out the row's cells (or its first cells, the rest percent changes); None otherwise."""
    for i in range(len(lines) - 1, 0, -1):
        years = [int(y) for y in _YEAR.findall(lines[i])]
        if len(years) < 2 or len(years) > len(cells):
            continue
        days = [(_month(m), int(m.group(2))) for m in _MONTH_DAY.finditer(lines[i - 1])]
        if len(days) != len(years) or _YEAR.search(lines[i - 1]):
            return None
        if any(c.unit == "percent" for c in cells[: len(years)]) or not all(c.unit == "percent" for c in cells[len(years):]):
            return None  # the cells past the dated ones are no change columns: they cannot be counted against them
        return [(mon, day, year) for (mon, day), year in zip(days, years, strict=True)]
    return None


def split_dated_column(q: Question, header: str, cells: list[Quantity]) -> int | None:
    """The column of the one date the question names, under month-days over years; `NOT_TOLD` when the
    header dates every column and none is the date asked; None when the header is not so or no date is asked."""
    full, months, by_quarter = _asked(q)
    if len(full) + len(months) != 1:
        return None
    dated = _dated_cells([ln for ln in header.split("\n") if ln.strip()], cells)
    if dated is None:
        return None
    if full:
        at = [k for k, d in enumerate(dated) if d in full]
    else:
        at = [k for k, (mon, _day, year) in enumerate(dated) if (mon, year) in months]
    if len(at) == 1:
        return at[0]
    if not at and not by_quarter and (full or any(year == y for _, _, year in dated for _, y in months)):
        # the asked year's columns are dated otherwise: a quarter's balance is not the year-end's
        logger.debug("no column dated as asked among %s", dated)
        return NOT_TOLD
    return None


# span words heading change columns after a line's years: "2026  2026  2025  Quarter  Year" under
# "Linked  Year-over-": what each change is measured against, not a span of the dated columns
_TRAILING_SPANS = re.compile(r"(?i)((?:19|20)\d\d)((?:\s+(?:quarter|year|month|annual|annualized))+)\s*$")
_CHANGE_HEAD = re.compile(r"(?i)%|\bchange\b|\bvs\.?(?!\w)|\blinked\b")


def without_change_spans(header: str) -> str:
    """`header` less the span words after the years of its last line of years, where it heads change columns."""
    if not _CHANGE_HEAD.search(header):
        return header
    lines = header.split("\n")
    for i in range(len(lines) - 1, -1, -1):
        if len(_YEAR.findall(lines[i])) >= 2:
            lines[i] = _TRAILING_SPANS.sub(r"\1", lines[i])
            break
    return "\n".join(lines)
