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

__all__ = ["without_change_headings"]

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
