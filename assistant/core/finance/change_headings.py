"""Headings over a table's change columns, kept from its period reader.

A bank's supplement sets change columns right of its dated ones, under headings that name a span:

                  September 30,  June 30,  September 30,   % Change vs.   Linked   Year-over-
                      2026         2026        2025          Quarter       Year
    Commercial and industrial   $ 7,412.8  $ 7,255.1  $ 6,980.4   2.2%   6.2%

"Linked Quarter" and "Year-over-Year" say what each change is measured against, not how long the
dated columns run: read as a column-group heading, "Quarter" would make the balances three months'
flows. In layout text a heading cell that starts right of the last dated column, in a header that
speaks of changes, is such a heading and is blanked before the periods are read.
"""

from __future__ import annotations

import re

from assistant.core.finance.columns import SEGMENT
from assistant.core.finance.facts import PeriodColumn

__all__ = ["change_cell", "without_change_headings"]

_CHANGE = re.compile(r"%|\bchange\b|\bvs\.?(?!\w)|\bversus\b|\blinked\b|\bover\b", re.I)
_MARGIN = 2  # characters right of the last dated column before a cell is over the change columns


def without_change_headings(header: list[str], columns: list[PeriodColumn]) -> list[str]:
    """`header` with the cells right of the dated `columns` blanked, where the header names a change
    ("% Change vs.", "Linked Quarter", "Year-over-Year"); unchanged otherwise."""
    if not columns or not any(_CHANGE.search(line) for line in header):
        return header
    right = max(c.x_end for c in columns) + _MARGIN
    out = []
    for line in header:
        cells = [m for m in SEGMENT.finditer(line) if m.start() > right]
        for m in cells:
            line = line[:m.start()] + " " * (m.end() - m.start()) + line[m.end():]
        out.append(line.rstrip())
    return out


# A change column's cell as interim reports print it, a sign and a percent or a unit of points:
# "+12.5%", "+0.4 pp", "-0.9 pp", "+1.3 pts", "+25 bps". A change is no period's figure: read as a
# percent cell, it is left out of the amounts, as "-0.8%" is, instead of ending the row's cells there.
_CHANGE_CELL = re.compile(r"^(?:([+\-−–]?)\s?(\d[\d,]*(?:\.\d+)?)\s?(?:pp|ppts?|p\.p\.|pts?|bps?|%\s?pts?)"
                          r"|(\+)\s?(\d[\d,]*(?:\.\d+)?)\s?%)$", re.I)


def change_cell(text: str) -> float | None:
    """The value of a change cell ("+12.5%" → 12.5, "-0.9 pp" → -0.9); None for any other cell."""
    m = _CHANGE_CELL.match(text.strip())
    if not m:
        return None
    sign, digits = (m[1], m[2]) if m[2] else (m[3], m[4])
    value = float(digits.replace(",", ""))
    return -value if sign in ("-", "−", "–") else value
