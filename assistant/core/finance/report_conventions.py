"""How reports drawn up outside US 10-K conventions print their statements, read at ingest by
`tables`: a "Notes" column of note numbers between the labels and the amounts (IFRS statements),
and the currency a report states for its amounts ("EUR million", "(£m)") rather than dollars."""

from __future__ import annotations

import re
from collections import Counter

from assistant.core.finance.columns import SEGMENT
from assistant.core.finance.facts import Fact
from assistant.core.finance.statements import SUPPLEMENTARY
from assistant.core.scale_statements import detect_currency_statement

__all__ = ["mark_currency", "without_note_refs"]

Cell = tuple[int, "float | None", bool, str]  # right edge, value (None: a dash), percent, as printed
Row = tuple[int, str, list[Cell]]

_NOTES_HEAD = re.compile(r"^notes?$", re.I)
_NOTE_REF = re.compile(r"^\d{1,2}[a-z]?$")


def without_note_refs(rows: list[Row], header: list[str]) -> list[Row]:
    """A column headed "Note" or "Notes" between the labels and the amounts, as IFRS statements
    print it, holds the numbers of the notes a row is explained in, not a figure: a row's first
    cell, a whole number under 100 nearer that heading than the period heading right of it."""
    spans: list[tuple[float, int]] = []  # (centre of "Notes", right end of the next heading)
    for line in header:
        segs = [(m.start(), m.end(), m.group()) for m in SEGMENT.finditer(line)]
        for k, (start, end, text) in enumerate(segs):
            if _NOTES_HEAD.match(text) and k + 1 < len(segs):
                spans.append(((start + end) / 2, segs[k + 1][1]))
    if not spans:
        return rows
    centre, next_end = spans[-1]
    out = []
    for i, label, cells in rows:
        x, _, _, raw = cells[0]
        if len(cells) >= 2 and _NOTE_REF.match(raw.strip()) and abs(x - centre) < abs(next_end - x):
            cells = cells[1:]
        # "Revenue  2, 3": a row explained in two notes lists both, which no figure reader takes for a cell;
        # they are no part of the row's name either
        out.append((i, _LABEL_NOTES.sub("", label), cells))
    return out


_LABEL_NOTES = re.compile(r"\s+\d{1,2}[a-z]?(?:\s*,\s*\d{1,2}[a-z]?)+$")


def mark_currency(facts: list[Fact], pages: list[tuple[int, str]], kinds: dict[int, str]) -> None:
    """A report's amounts are in the currency its own pages state ("EUR million", "(£m)"): a page's
    own statement, else the one the primary statement pages state most; dollars where none is stated.
    An amount in another currency keeps it in `extra["currency"]` (the unit stays the amount unit)."""
    stated = {page: detect_currency_statement(text) for page, text in pages}
    on_statements = Counter(c for page, c in stated.items() if c and kinds.get(page) not in (None, SUPPLEMENTARY))
    default = on_statements.most_common(1)[0][0] if on_statements else None
    for f in facts:
        currency = stated.get(f.page) or default
        if currency and currency != "USD" and f.unit in ("USD", "USD/share"):
            f.extra["currency"] = currency
