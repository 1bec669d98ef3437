"""Spans shorter than a year: a half, nine months or a quarter, asked of tables and sentences.

A half or nine months asked of a table whose header groups its columns by span ("Three Months
Ended ... Six Months Ended" over "2023 2022 2023 2022"). Such a table is no quarter's table: its
header names the asked span among others, and `columns.locate_column` reads the asked group's
cell. `derived_fit.span_clash` took the header's quarter words for the whole table and set
every row aside when a question asked "the first six months of 2023".

A sentence's figure whose own words name another part of the year than the one asked ("For the
first nine months, revenue was EUR 2.6 billion" for the third quarter's revenue; "In the second
quarter alone, revenue climbed to ..." for the half's) is that span's figure, not the answer:
results releases and calls state the quarter and the year to date side by side."""

from __future__ import annotations

import logging
import re

from assistant.core.answer.cell_columns import SPAN
from assistant.core.answer.qualifiers import own_words
from assistant.core.numbers import Quantity, parse_quantities

__all__ = ["asked_part_spans", "header_offers_span", "other_span_stated"]

logger = logging.getLogger(__name__)

_PART = frozenset({"six", "nine"})
_PARTS = frozenset({"three", "six", "nine"})
# A span only named to say it is not the one asked: "(not the third quarter alone)"
_NOT_ASKED = re.compile(r"(?i)\b(?:not|rather\s+than|instead\s+of|as\s+opposed\s+to)\s+(?:the\s+|its\s+)?"
                        r"(?:[\w-]+\s+){0,2}?(?:quarter|half|months)\b")
# The period a figure is compared with, not its own: "up 230 basis points from the same quarter of 2025"
_COMPARED_SPAN = re.compile(r"(?i)\b(?:same|prior|previous|last|year[- ]ago|preceding)\s+(?:year'?s?\s+)?"
                            r"(?:quarter|half|(?:six|nine|three)\s+months)\b")


def _spans(text: str) -> set[str]:
    return {m.lastgroup or "" for m in SPAN.finditer(text)}


def asked_part_spans(question: str) -> set[str]:
    """The part-year spans longer than a quarter a question names: "six" for "the first six months
    of 2023", "first half", "H1"; "nine" for "nine months ended"."""
    return _spans(question) & _PART


def header_offers_span(question: str, header: str) -> bool:
    """Whether a table header that names a quarter also names the half or nine months the
    question asks, as one of its column groups: the asked group's cells are there to read."""
    asked = asked_part_spans(question)
    spans = _spans(header)
    return bool(asked) and "three" in spans and bool(asked & spans)


def other_span_stated(question: str, sentence: str, fig: Quantity) -> bool:
    """Whether the figure's own words in `sentence` name a part of the year (a quarter, a half,
    nine months) and none the question asks: "For the first nine months, revenue was ..." when
    the third quarter is asked. A figure whose words name no span is not judged here."""
    asked = _spans(_NOT_ASKED.sub(" ", question)) & _PARTS
    if not asked:
        return False
    own = _spans(_COMPARED_SPAN.sub(" ", own_words(sentence, fig))) & _PARTS
    if not own:  # "Net sales for the three months ended Sept. 30 rose 11% to $1.2 billion": the lead names all
        first = min((x.start for x in parse_quantities(sentence) if not x.is_year), default=0)
        own = _spans(_COMPARED_SPAN.sub(" ", sentence[:first])) & _PARTS
    if own and not own & asked:
        logger.debug("%s is stated for %s, %s asked", fig.raw, sorted(own), sorted(asked))
        return True
    return False
