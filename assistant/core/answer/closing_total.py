"""The total that closes a table row's block: the line a reader takes a row to be part of.

A table's rows add up to the "Total ..." line below them ("Total liabilities", "Total other
expenses"), and that line names what they are, whatever heading a passage happens to carry
above them: a passage cut from the middle of a balance sheet repeats the table's first heading
("Assets") over liability rows, and a page with two tables may carry the first table's title
("a detail of other revenue") over the second's expense rows. The closing total is read from
the rows below the row in the same table (the same header lines), up to the first line that is
no row of it.
"""

from __future__ import annotations

import logging

from assistant.core.answer.spans import split_units
from assistant.core.answer.text import TOTAL_LABEL, bare_label

logger = logging.getLogger(__name__)

__all__ = ["closing_total"]

_TOTAL = TOTAL_LABEL


def closing_total(text: str, start: int) -> str | None:
    """The label of the first "Total ..." row at or below the row starting at `start` of
    `text`, within that row's table; None when the block ends first or the row is none."""
    spans = split_units(text)
    at = next((i for i, (a, _, row, _) in enumerate(spans) if a == start and row), None)
    if at is None:
        return None
    header = spans[at][3]
    for a, b, row, hdr in spans[at:]:
        if not row or hdr != header:
            return None  # prose or another table's rows: the block ended without its total
        label = bare_label(text[a:b]).strip()
        if _TOTAL.match(label):
            return label
    return None
