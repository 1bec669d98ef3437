"""A question asking "which <things>" asks for names of that kind: the regulators that must clear
a deal, the method a company uses, the segments that grew (issue 17: an answer in words must say
what was asked). A grading analyst takes a quoted sentence as the answer only when it names the
kind asked, by the question's own word or its synonym; a sentence about the same deal that names
no authority ("the purchase remains on track to close") answers something else, however many of
the question's other words it shares. Read by `answer.extractive` for answers without a figure."""

from __future__ import annotations

import logging
import re

from assistant.core.answer.text import word_stems
from assistant.core.finance.synonyms import EQUIVALENT, RELATED
from assistant.core.words import stem

__all__ = ["asked_kind_noun", "kind_unnamed"]

logger = logging.getLogger(__name__)

# "Which authorities must clear ...", "Which depreciation method does it use ...", "What factors
# did it cite ...": the noun right before the question's verb is the kind of thing asked.
_WHICH = re.compile(r"(?i)^\W*(?:which|what)\s+(?:[A-Za-z][\w'’-]*\s+){0,3}?([A-Za-z][\w-]*)\s+"
                    r"(?=(?:did|does|do|is|are|was|were|will|would|must|has|have|had|can|could|should|may|might)\b)")
# Words that ask for an amount, a date or a reason rather than names: left to the other checks.
_NOT_NAMES = frozenset(stem(w) for w in (
    "amount", "figure", "number", "percentage", "percent", "share", "price", "rate", "level", "value",
    "date", "year", "quarter", "month", "period", "time", "reason", "factor", "much", "many", "size"))
_GROUPS = [frozenset(stem(w) for w in g.split()) for g in (*EQUIVALENT, *RELATED)]


def asked_kind_noun(question: str) -> str | None:
    """The kind of thing a "which <noun> <verb>" question asks names of, else None."""
    m = _WHICH.match(question)
    if m is None or stem(m.group(1)) in _NOT_NAMES:
        return None
    return m.group(1)


def kind_unnamed(question: str, quoted: str) -> str | None:
    """The kind the question asks names of (`asked_kind_noun`) when `quoted` names it by no word
    of its stem or synonyms; else None."""
    noun = asked_kind_noun(question)
    if noun is None:
        return None
    wanted = {stem(noun)}
    for group in _GROUPS:
        if wanted & group:
            wanted |= group
    if wanted & word_stems(quoted):
        return None
    logger.debug("quoted text names no %s", noun)
    return noun
