"""Header lines whose columns are no periods: parts of the company ("East  West  Corporate
Consolidated") under a lead-in sentence that names the years. The place of the asked year in such
a header is no cell's (`columns.locate_column` reads it)."""

from __future__ import annotations

import re

from assistant.core.finance.periods import MONTH
from assistant.core.numbers import Quantity

__all__ = ["PERIOD_WORD", "part_columns"]


# A heading line's first part that gives the table's scale, not a column: "(Millions, except ...)".
_SCALE_PART = re.compile(r"(?i)^\(?\s*(?:in\s+)?(?:\$\s*)?(?:millions|thousands|billions|dollars)\b")
# A column heading that names a period or a measure of one. A number that is no year names a part
# ("737  747  787": models, "Tier 1"), not a period.
PERIOD_WORD = re.compile(r"(?i)\b(?:19|20)\d\d\b|'\d\d\b|%|\b(?:months?|weeks?|years?|quarters?|ended|ending|fiscal|change|"
                          r"increase|decrease|as\s+of|at|through|ytd|fy|fy\d\d|q[1-4]|[1-4]q\d*|h[12])\b"
                          rf"|\b{MONTH}\s+\d")


def part_columns(header: str, cells: list[Quantity]) -> bool:
    """The header's column line names one heading per cell and none is a period ("East  West
    Corporate  Consolidated", "737  747  787"), while its years stand only in a lead-in sentence ("for the years
    ended December 31, 2022, 2021 and 2020:"): each cell is a part of the company, so the place of
    the asked year in that sentence is not its cell's."""
    lines = [ln.strip() for ln in header.split("\n") if ln.strip()]
    if any(len(re.findall(r"\b(?:19|20)\d\d\b", p)) == 1 and len(parts) > 1
           for ln in lines for parts in [re.split(r"\s{2,}", ln)] for p in parts):
        return False  # years (or dates) as column headings
    for ln in reversed(lines):
        parts = [p.strip() for p in re.split(r"\s{2,}", ln) if p.strip()]
        if parts and _SCALE_PART.match(parts[0]):
            parts = parts[1:]
        if len(parts) < 2:
            continue
        return len(parts) == len(cells) and not any(PERIOD_WORD.search(p) for p in parts)
    return False
