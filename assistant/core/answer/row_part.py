"""A row the question names as a part of a line item ("revenue from customers in Asia" over the row
"Asia" of a revenue table) answers a lookup only when nothing else the question says of it is left
out, and its figure sits in the asked period's column as the header says: the word the question
puts right after the row's name ("Greater China footwear revenues") must be the line item or be
printed in the row or its header; and the row's cells must count out against the header's columns
(`cell_columns.read_cells`), the quoted cell's column being the asked year and span."""

from __future__ import annotations

import re

from assistant.core.answer.cell_columns import read_cells
from assistant.core.answer.row_growth import printed_row
from assistant.core.answer.units import word_stems
from assistant.core.finance.metrics import Period
from assistant.core.finance.periods import fiscal_year_of
from assistant.core.numbers import Quantity, parse_quantities

__all__ = ["part_doubt"]

_LINK = frozenset(["in", "for", "of", "at", "on", "the", "a", "an", "and", "to", "from", "as", "by", "during", "per", "was", "were", "is", "are", "did", "does", "do", "its", "their", "with", "within", "across", "over", "under", "which", "that", "what", "how", "much"])
_SPANS = {3: "three", 6: "six", 9: "nine", 12: "twelve"}


def _next_word(question: str, label: str) -> tuple[str, str] | None:
    """The word the question puts right after the row's name and the question from that word on,
    or None where it names the row nowhere."""
    words = re.findall(r"[a-z0-9]+", label.lower())
    if not words:
        return None
    m = re.search(r"\b" + r"\W+(?:\w+\W+){0,2}?".join(map(re.escape, words)) + r"\b", question, re.I)
    if m is None:
        return None
    nxt = re.match(r"[\s,:;()'’-]*([A-Za-z][\w&-]*)", question[m.end():])
    return (nxt.group(1), question[m.end() + nxt.start(1):]) if nxt else None


def part_doubt(question: str, names: re.Pattern[str] | None, label: str, row: str, figure: Quantity, header: str,
               period: Period) -> str | None:
    """Why the row named `label` (its figure `figure`) must not answer the question's line item, or None."""
    found = _next_word(question, label)
    if found is not None:
        nxt, rest = found  # the line item itself ("Asia revenues") or a word printed with the row is fine
        named = nxt.lower() in _LINK or (names is not None and names.match(rest))
        if not named and not word_stems(nxt) <= word_stems(f"{row} {header}"):
            return f'the row "{label}" leaves out the question\'s "{nxt}"'
    printed = printed_row(row)
    cells = [x for x in parse_quantities(printed) if not x.is_year]
    read = read_cells(header, cells, printed)
    at = next((i for i, c in enumerate(cells) if c.value == figure.value and abs(c.start - figure.start) <= 2), None)
    if read is None or at is None or at >= len(read):
        return f'the columns of the row "{label}" cannot be read against its header'
    years = {y for y in (period.fiscal_year, period.end.year if period.end else None,
                         fiscal_year_of(period.end) if period.end else None) if y}
    col = read[at]
    if col.year not in years or (col.span is not None and col.span != _SPANS.get(period.months, col.span)):
        return f'the quoted cell of the row "{label}" is not in the column of {period.label}'
    return None
