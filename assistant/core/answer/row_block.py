"""A notes table's row labelled only by a part of the company reads its measure from its block's heading (issue 12).

Segment and geography notes print one block of rows per measure, each under its own heading
("Revenue", then "Depreciation", then "Total assets"), and every block repeats the same part names
("Domestic", "International", "Canada"). Such a row's label says which part, never what is measured:
its heading does. An analyst asked for a part's total assets reads the "Domestic" row under
"Total assets", not the one under "Depreciation". Ingest keeps each row's heading with its facts
(`finance.tables`, `extra["heading"]`); a quoted row whose label words are all named by the question
(the part) and whose heading has no word the question names (by itself, a close form or a synonym)
is another measure's figure and is refused.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.core.answer.question import STOP, Matcher
from assistant.core.answer.text import printed_label, word_stems

__all__ = ["other_block"]

# Heading words that say nothing of what is measured: "Total assets", "Property and equipment, net".
_VAGUE = word_stems("total net other segment segments information")


def _named(words: set[str], heading: set[str]) -> bool:
    match = Matcher(words, heading)
    return any(match(t, heading) >= 0.6 for t in words)


def other_block(question: str, row: str, headings: Iterable[str]) -> str | None:
    """The heading of the block `row` sits in when the row's label only names what the question
    names (a part: "Domestic", "Canada") and the question names no word of that heading (nor of any
    other heading the same printed row sits under): it measures something else. None otherwise, and
    when no heading is known."""
    label = word_stems(printed_label(row)) - STOP
    asked = word_stems(question) - STOP
    if not label or not label <= asked:
        return None  # the label names what it measures ("Total capital expenditures") or another part
    other: str | None = None
    for heading in headings:
        words = word_stems(heading) - STOP - _VAGUE
        if not words:
            return None
        if _named(asked, words):
            return None
        other = other or heading
    return other
