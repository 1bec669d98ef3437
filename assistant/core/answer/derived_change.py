"""How much one metric moved between two periods, from the two values one sentence states for it.

A reader asked "how much did the balance shrink from 2021 to 2022", "by how many dollars did 2023's
repurchases exceed 2022's" or "by how much did this year's cash flow fall short of last year's" takes
the sentence that gives both values ("$331 million and $450 million at the end of 2022 and 2021,
respectively"; "$848 million, compared with $1,066 million last year") and subtracts. A fall asked
("shrink", "decline", "fall short of") is stated as its size; when the two values moved the other way
than the question says, the pair is not the one asked and nothing is computed. Each value is dated
by its own words: a "respectively" list of the question's two years, or "from"/"compared with" before
the earlier one."""

from __future__ import annotations

import logging
import re

from assistant.core.answer.derived_inputs import DECLINE, GROWTH, Fig, money, stated_prior
from assistant.core.answer.derived_years import dated_pair
from assistant.core.answer.question import BY_HOW, Question
from assistant.core.answer.text import word_stems

__all__ = ["asks_moved", "earlier_value", "moved", "moving_words"]

logger = logging.getLogger(__name__)

# "how much did X shrink / go up", without "by": the size of a move, asked of one metric
_HOW_MUCH_DID = re.compile(r"(?i)\bhow\s+(?:much|many\s+(?:dollars|euros|pounds))\s+(?:did|has|have|had|does|do)\b")
# "did X exceed / fall short of Y": the metric in one period against another
_BEYOND = re.compile(r"(?i)\b(?:exceed\w*|surpass\w*|outstrip\w*|top(?:ped)?)\b")
_SHORT = re.compile(r"(?i)\bf[ae]ll\w*\s+short\s+of\b|\btrail\w*\b")
# "how much larger were X at the end of 2022 than a year earlier", "how much less X in 2021 than in 2020":
# one metric's value in one period against another's, the comparative saying which way it moved. The
# "than" must name a period: "how much larger was X than Y" compares two metrics, no move of one.
_THAN_PERIOD = (r"(?=[^?]*\bthan\s+(?:(?:in|at|during|for|as\s+of)\s+)?(?:the\s+)?(?:(?:fiscal|calendar)\s+(?:year\s+)?)?"
                r"(?:(?:19|20)\d\d\b|a\s+year\s+(?:earlier|before|ago)|(?:prior|previous|preceding|last)\s+(?:fiscal\s+)?year"
                r"|end\s+of\b))")
_MORE_THAN = re.compile(r"(?i)\bhow\s+(?:much|many)\s+(?:larger|bigger|greater|higher|more)\b" + _THAN_PERIOD)
_LESS_THAN = re.compile(r"(?i)\bhow\s+(?:much|many)\s+(?:smaller|lower|less|fewer)\b" + _THAN_PERIOD)
# "..., compares with $1,066 million last year": the figure after it is the earlier value
_COMPARES = re.compile(r"(?i)\b(?:compares?|comparing)\s+(?:with|to)\s+(?:about\s+|approximately\s+)?$")


def asks_moved(text: str, asks_money: bool) -> bool:
    """Whether the question asks how far one metric moved ("by how much did X rise"), or how far
    one period's value passed or fell short of another's. Without "by" ("how much did X go up") only
    an amount of money asked counts: "how much did sales grow" may want the percent."""
    compared = bool(_BEYOND.search(text) or _SHORT.search(text))
    verb = bool(GROWTH.search(text) or DECLINE.search(text))
    asked = BY_HOW.search(text) or (asks_money and _HOW_MUCH_DID.search(text))
    return bool(asked and (verb or compared)) or bool(_MORE_THAN.search(text) or _LESS_THAN.search(text))


def moving_words(text: str) -> set[str]:
    """The question's words that say how the metric moved ("shrink", "fall short"), not what it is."""
    found = " ".join(m.group() for rx in (GROWTH, DECLINE, _BEYOND, _SHORT, _MORE_THAN, _LESS_THAN)
                     for m in rx.finditer(text))
    return word_stems(found)


def _asks_fall(text: str) -> bool:
    if _MORE_THAN.search(text) or _LESS_THAN.search(text):  # the comparative says which way, whatever verb follows
        return bool(_LESS_THAN.search(text))
    return bool(_SHORT.search(text) or (DECLINE.search(text) and not GROWTH.search(text)))


def earlier_value(q: Question, cur: Fig, figs: list[Fig]) -> tuple[Fig, Fig] | None:
    """(the later value, the earlier one) of `cur`'s sentence: the figure after "from" or "compared
    with" it, else the two its own words date to the question's two years."""
    before = stated_prior(cur, figs)
    if before is None:
        before = next((g for g in figs if g.hit == cur.hit and g.start == cur.start and g is not cur
                       and money(g) == money(cur) and g.q.unit == cur.q.unit and g.q.start > cur.q.end
                       and _COMPARES.search(cur.text[max(0, g.q.start - 30) : g.q.start])), None)
    if before is not None:
        return cur, before
    return dated_pair(q, cur, figs)


def moved(text: str, diff: float) -> float | None:
    """The change to state: a fall asked is stated as its size; None when the values moved the
    other way than the question says (they are not the pair it asks about)."""
    if _asks_fall(text):
        return -diff if diff < 0 else None
    if _BEYOND.search(text) or _MORE_THAN.search(text) or (GROWTH.search(text) and not DECLINE.search(text)):
        return diff if diff > 0 else None
    return diff
