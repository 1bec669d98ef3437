"""Periods that each head the same run of worded sub-columns.

A bank's average balance table prints, under each period ("Three Months Ended Mar. 31, 2026"), an
"Average Balance", an "Interest" and a "Yield/Rate" column; a fair value note prints "Carrying Value"
and "Fair Value" under each date. The period heading then names a group of cells, not one: reading
the cell nearest its heading took a quarter's interest for its average balance. Where every period
heads the same sub-column names over its own run of amount cells, each cell is read under its
period with its sub-column's name, which the question must then name (`note_titles.told_by_title`
reads it as a part of the table's title); percent cells (the yields) are not amount cells and are
not read. Sub-columns that add up to a total ("Current  Long-term  Total", "Level 1  Level 2  Total")
split the period into parts, not measures of it: such a table is not read so (`note_columns.names_parts`).
"""

from __future__ import annotations

import logging
import re

from assistant.core.finance.facts import PeriodColumn

__all__ = ["sub_column_unit", "sub_columns"]

logger = logging.getLogger(__name__)

# A heading word's right end and its cells' right edge, printed right-aligned, differ by a few characters.
_ALIGN = 6
_TOKEN = re.compile(r"\S+(?: \S+)*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TOTAL = re.compile(r"(?i)^total\b")


def _nearest(x: int, edges: list[int]) -> int | None:
    best = min(edges, key=lambda e: abs(e - x), default=None)
    return best if best is not None and abs(best - x) <= _ALIGN else None


def sub_columns(header: list[str], edges: list[int], columns: list[PeriodColumn]) -> dict[int, tuple[int, str]] | None:
    """Amount column (right edge) → (period column index, sub-column name) where the `columns` each
    head the same two or more worded sub-columns over their own run of `edges`; None otherwise."""
    n, cells = len(columns), sorted(edges)
    if n == 0 or len(cells) <= n or len(cells) % n:
        return None
    per = len(cells) // n
    order = sorted(range(n), key=lambda i: columns[i].x_end)
    groups = [cells[k * per : (k + 1) * per] for k in range(n)]
    # each period's heading ends over its own run of cells, in order
    if any(not groups[k][0] - 2 * _ALIGN <= columns[i].x_end <= groups[k][-1] + 2 * _ALIGN for k, i in enumerate(order)):
        return None
    dated = max((j for j, line in enumerate(header) if _YEAR.search(line)), default=-1)
    names: dict[int, list[str]] = {e: [] for e in cells}
    for line in header[dated + 1 :]:
        for m in _TOKEN.finditer(line):
            at = _nearest(m.end(), cells)
            if at is not None and re.search(r"[A-Za-z]{3,}", m.group()):
                names[at].append(m.group())
    named = [" ".join(names[e]) for e in cells]
    runs = [named[k * per : (k + 1) * per] for k in range(n)]
    # a heading the text lost at the page's edge is the first run's: the runs repeat one another
    if not all(runs[0]) or len(set(runs[0])) != per or any(a not in ("", b) for run in runs for a, b in zip(run, runs[0], strict=True)):
        return None
    if any(_TOTAL.match(name) for name in runs[0]):
        return None  # "Current  Long-term  Total": the period split into parts of a whole, no measures of it
    logger.debug("periods each over sub-columns %s", runs[0])
    return {e: (order[k], runs[0][j]) for k, group in enumerate(groups) for j, e in enumerate(group)}


# A sub-column of rates ("Yield/Rate", "Rate", "Average Yield", "%") or of share counts ("Shares"): its
# cells are no amounts of the table's currency, whatever the row's label says.
_RATE = re.compile(r"(?i)\b(?:rate|yield|percent(?:age)?)\b|%")
_SHARES = re.compile(r"(?i)^\(?(?:number\s+of\s+)?shares\b(?!.*\bper\b)")


def sub_column_unit(name: str) -> str | None:
    """The unit a sub-column's name gives its cells: percent for rates, shares for share counts, else None."""
    if _RATE.search(name):
        return "percent"
    return "shares" if _SHARES.match(name) else None
