"""Footnote marks inside table rows: a bare "(4)" that the row's other cells show is no negative
cell (after a rate shown with decimals, or right after a row's label before its run of grouped
amounts or of cells shown with decimals), and the page number after a statement page's closing
"See Notes to ... Financial Statements.", dropped from the figures `number_parsing` reads. Imports nothing from it (it
imports this), so Quantity is named for type checking only."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.core.number_parsing import Quantity

logger = logging.getLogger(__name__)

__all__ = ["UNSCALED_UNITS", "drop_row_marks"]

#: Units whose value is not multiplied by a scale (59.6% is 59.6, not 0.596).
UNSCALED_UNITS = frozenset({"percent", "pp", "bp", "x"})

_MARK_RAW = re.compile(r"\(\d\)")
# Cells of one row: spaces, and other marks ("(2) (3)", "(g)") between them.
_SAME_ROW_GAP = re.compile(r"(?:[ \t\u00a0]*\([\da-z]\))*[ \t\u00a0]*")


def _is_row_mark(text: str, prev: Quantity | None, q: Quantity, nxt: Quantity | None) -> bool:
    """A bare "(4)" right after a table cell is a footnote mark when the row's rates show it is no
    cell: after a rate shown with decimals ("3.04 % (1)": its column's cells show decimals and a
    "%"), or between a grouped amount a hundred times its size and such a rate ("28,439 (4)
    3.04 %"); not before a negative percent, its pair ("(9) (4.1)%"). Between two amounts it stays a cell: filings' rows put a percent change or a
    reconciling adjustment there ("4,975 (7) 4,968", "1,094 1,133 (3) 2,328")."""
    if prev is None or not _MARK_RAW.fullmatch(q.raw) or prev.is_year or prev.high is not None:
        return False
    if not _SAME_ROW_GAP.fullmatch(text[prev.end : q.start]):
        return False
    paired = nxt is not None and nxt.unit == "percent" and nxt.value < 0 and _SAME_ROW_GAP.fullmatch(text[q.end : nxt.start])
    if paired:
        return False  # "50.5 % (9) (4.1)%": a fall and its percent, a change pair of cells
    if prev.unit == "percent" and (prev.decimals or 0) > 0:
        return True
    if nxt is None or nxt.high is not None or not _SAME_ROW_GAP.fullmatch(text[q.end : nxt.start]):
        return False
    big = "," in prev.raw and prev.unit not in UNSCALED_UNITS and abs(prev.value) >= 100 * abs(q.value)
    return big and nxt.unit == "percent" and (nxt.decimals or 0) > 0


_AFTER_LABEL = re.compile(r"[A-Za-z][A-Za-z,)]*[ \t\u00a0]+$")


def _is_label_mark(text: str, q: Quantity, rest: list[Quantity]) -> bool:
    """A bare one-digit "(9)" right after a row's label, before at least three grouped amounts each
    a hundred times its size on the same line ("Domestic (9) 1,026 1,298 1,369 1,416"): a five-year
    table's footnote mark, not a negative cell in a run of counts or amounts that are all positive.
    Or before two cells or more printed with decimals ("Open market (1) 19.5 28.4"): a cell of that
    row prints its decimals too, "(1.0)"."""
    if not re.fullmatch(r"\(\d\)", q.raw) or not _AFTER_LABEL.search(text[max(0, q.start - 40) : q.start]):
        return False
    line_end = text.find("\n", q.end)
    nxt = [r for r in rest[:3] if line_end < 0 or r.start < line_end]
    if len(nxt) >= 2 and all(not r.is_year and r.value > 0 and (r.decimals or 0) > 0
                             and _SAME_ROW_GAP.fullmatch(text[a.end : r.start]) for a, r in zip([q, *nxt[:-1]], nxt, strict=True)):
        return True
    return len(nxt) == 3 and all(not r.is_year and r.value > 0 and "," in r.raw and r.value >= 100 * abs(q.value)
                                 for r in nxt)


# The line a financial statement page ends with, before its page number: "See Notes to Consolidated
# Financial Statements. 57", "The accompanying notes are an integral part of these statements. 41".
_FOOTER = re.compile(r"(?i)(?:\bsee\s+(?:the\s+)?(?:accompanying\s+)?notes\s+to\b|\baccompanying\s+notes\s+are\s+an\s+"
                     r"integral\s+part\s+of\b)[^\n.]{0,80}\bstatements?\s*\.?[ \t\u00a0]*$")


def _page_number(text: str, q: Quantity) -> bool:
    """A bare whole number right after a statement page's closing line is the page's number."""
    return (q.unit is None and q.scale is None and q.value.is_integer() and 0 < q.value < 1000
            and re.fullmatch(r"\d{1,3}", q.raw) is not None and _FOOTER.search(text[max(0, q.start - 160) : q.start]) is not None)


def drop_row_marks(text: str, qs: list[Quantity]) -> list[Quantity]:
    """The figures of `text` without the footnote marks its rows print among their cells."""
    keep: list[Quantity] = []
    for i, q in enumerate(qs):
        if _page_number(text, q):
            continue
        if q.value < 0 and (not keep or "\n" in text[keep[-1].end : q.start]) and _is_label_mark(text, q, qs[i + 1 :]):
            continue  # the first figure of its line, right after the label
        if q.value >= 0 or not _is_row_mark(text, keep[-1] if keep else None, q, qs[i + 1] if i + 1 < len(qs) else None):
            keep.append(q)
    return keep
