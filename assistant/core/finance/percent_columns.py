"""Which figure columns of a statement or note table hold percents, not amounts (split out of `tables`):
a column of one-decimal figures under 1,000 on a page whose header speaks of percentages ("Percent to
Sales", "% Change"), unless its percents print their own "%" signs under a plain "Change" heading."""

from __future__ import annotations

import re
from collections import defaultdict

__all__ = ["amount_columns", "marked_percents", "percent_heading", "percentish"]

_PERCENT_HEAD = re.compile(r"percent|%|to\s+sales|change|increase|decrease|margin", re.I)


def percent_heading(header: list[str]) -> bool:
    """Whether a table's header speaks of percentages or changes."""
    return any(_PERCENT_HEAD.search(line) for line in header[-6:])


def _nearest(x: int, edges: list[int], tol: int = 6) -> int | None:
    best = min(edges, key=lambda e: abs(e - x), default=None)
    return best if best is not None and abs(best - x) <= tol else None


def amount_columns(edges: list[int], rows: list, first: int, header: list[str]) -> list[int]:
    """The figure columns that hold amounts: a column of one-decimal figures under 1,000 on a
    page whose header speaks of percentages ("Percent to Sales", "% Change") is a percent column."""
    if not percent_heading(header):
        return edges
    cells: dict[int, list[str]] = defaultdict(list)
    for i, _, found in rows:
        if i < first:
            continue
        for x, value, _pct, raw in found:
            col = _nearest(x, edges)
            if col is not None and value is not None:
                cells[col].append(raw)
    keep = []
    for e in edges:
        values = cells.get(e, [])
        if not (len(values) >= 3 and all(percentish(v) for v in values)):
            keep.append(e)
    return keep


def marked_percents(rows: list, first: int, header: list[str]) -> bool:
    """A "Change" column whose cells print "%" under a heading with no percent word: no other percents."""
    return sum(c[2] for i, _, cells in rows if i >= first for c in cells) >= 3 and not any(
        re.search(r"%|percent|sales|margin", line, re.I) for line in header[-6:])


def percentish(raw: str) -> bool:
    """ "100.0", "(4.4)", "32.8": a percent of sales or a change, on a page that has such columns."""
    return bool(re.fullmatch(r"\$?\s*\(?-?\d{1,3}\.\d\)?\s*\$?%?", raw.strip()))


