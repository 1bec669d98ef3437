"""The period a quoted figure's heading or paragraph opener sets, when its own words name none.

A filing often states a figure without a year because the text just above has set it: a heading
("2019 Annual Review of Reserves") or the paragraph's opener ("During the second quarter of 2019,
the Company ...", "In fiscal 2020, ..."). Such a figure is that period's. The nearest sentence above
the quote that names a year decides, read back at most `_BACK` sentences: when it sets the period in
its first words (a heading that opens with the year, or an opener "during/in/for/as of ... YEAR,")
and no year it sets is asked, the quoted figure is another period's and is refused. A sentence above
that names a year only further into its words stops the reading (it may be a comparison or a
mention), as does a quote naming a year of its own (`answer.figure_period` reads that one)."""

from __future__ import annotations

import re

from assistant.core.answer.part_above import NEAR_CHARS
from assistant.core.finance.years import PART_OF_YEAR_OF, YEAR, year_opener
from assistant.core.sentences import sentence_end, sentences_of

__all__ = ["period_above"]

_BACK = 4  # sentences read above the quote: a paragraph's opener, or the heading over it
_SENTENCE_END = sentence_end("A-Z0-9", openers=r"\"“(", closers=True, month_days=True)
# A heading that opens with its period: "2019 Annual Review of Reserves", "Fiscal 2020 Compared to Fiscal 2019".
_HEADING = re.compile(r"^(?:(?:Fiscal|FISCAL)\s+)?((?:19|20)\d\d)\s+(?:[A-Z][\w'’&-]*\s+|(?:19|20)\d\d\s+|(?:of|and|to|the|for)\s+){1,6}")
# An opener that sets the period of what follows: "During the third quarter of 2019,", "In fiscal 2020,",
# "As of December 31, 2020,", "For the year ended June 30, 2021,"; up to a heading's words before it.
_OPENER = year_opener(r"^(?:[A-Z0-9][\w'’&-]*\s+){0,6}?", prepositions=r"during|in|for|as\s+of|at",
                      spans=PART_OF_YEAR_OF, fiscal_year=True, capture=True)


def _set_years(sentence: str) -> set[int] | None:
    """The years `sentence` sets in its first words (heading or opener), else None."""
    if (m := _OPENER.match(sentence)) is not None:
        return {int(y) for y in YEAR.findall(m.group())}
    if (m := _HEADING.match(sentence)) is not None:
        return {int(y) for y in YEAR.findall(m.group())}
    return None


def period_above(years: frozenset[int], above: str, quote: str) -> set[int] | None:
    """The years the heading or opener just above `quote` sets when none of them is asked
    (`years`) and `quote` names no year; else None."""
    if not years or YEAR.search(quote):
        return None
    sentences = sentences_of(above[-NEAR_CHARS:], _SENTENCE_END)
    for sentence in reversed(sentences[-_BACK:]):
        if not YEAR.search(sentence):
            continue
        set_ = _set_years(sentence)
        return set_ if set_ and not set_ & years else None
    return None
