"""A total asked, one part's figure offered: "adding up the security it posted", "how much in total
did it retire" asks for the sum of several amounts. A sentence that lists the parts ("letters of
credit of $16 million, judicial insurance of $2 million and cash of $14 million") and calls none of
them the total does not state it: quoting any one of its amounts answers a part, not the whole.

Amounts stated for another period than asked are no parts of the asked period's total ("$150 million
in 2022, $500 million in 2021" for 2022), so a list of one amount per year leaves the asked year's
amount standing; two lists for one year ("(i) awards of $57 million, $56 million ... (ii) dividends
of $57 million, $71 million ... respectively") give two parts of it. The reverse, a whole for a part
asked, is `answer.part_whole`'s."""

from __future__ import annotations

import logging
import re

from assistant.core.answer.figure_period import asked_years, figure_years
from assistant.core.answer.qualifiers import local_text
from assistant.core.answer.relations import TOTAL_STATED, states_relation
from assistant.core.answer.units import word_stems
from assistant.core.numbers import Quantity, parse_quantities

__all__ = ["listed_parts", "part_for_total", "total_asked"]

logger = logging.getLogger(__name__)

# How a question asks for a sum: "adding up", "added together", "in total", "combined", "taken
# together", "the sum of" ("A plus B" is `stated_unit.sum_doubt`'s). "Add back" is a cash flow line's verb.
_TOTAL_ASKED = re.compile(r"(?i)\badd(?:ing|ed)?\b(?!\s+back\b)|\bsum(?:s|med|ming)?\b|\bin\s+total\b|\bcombined\b"
                          r"|\btogether\b|\bin\s+all\b|\baltogether\b|\ball\s+told\b")
_NOT_AMOUNTS = frozenset({"percent", "pp", "bp", "x", "count"})  # units of no amount of money


def total_asked(question: str) -> bool:
    """Whether `question` asks for the sum of several amounts."""
    return bool(_TOTAL_ASKED.search(question))


# "Adding up A, B and C, what ...", "counting the X (A, B, C)": the verb that adds, then the parts up to
# the clause that asks ("what", "how") or the question mark.
_ADDS_LIST = re.compile(r"(?i)\b(?:add(?:ing|ed)?(?:\s+up)?|summing|sum\s+of|counting|combining|totall?ing)\s+(?P<list>[^?]+)")
_ASKING = re.compile(r"(?i),\s*(?:what|how|which|roughly|about)\b|\?")
_LAST_JOIN = re.compile(r"(?i)\S\s+(?:and|plus)\s+\S")


def listed_parts(question: str) -> int:
    """How many parts `question` lists for the sum it asks, where it lists them with commas ("adding
    A, B and C": 3; "(write-downs, impairments, severance)": 3); 0 where it lists no more than two
    ("adding A and B": an "and" may as well join the words of one name)."""
    m = _ADDS_LIST.search(question)
    if m is None:
        return 0
    phrase = re.sub(r"\d(?:[\d.]|,(?=\d))*", "0", _ASKING.split(m.group("list"), maxsplit=1)[0])  # "$1,500": no list
    pieces = [p for p in re.split(r"\s*[,;]\s*", phrase) if p.strip(" ()")]
    if len(pieces) < 2:
        return 0
    return len(pieces) + bool(_LAST_JOIN.search(pieces[-1]))


def _money(fig: Quantity) -> bool:
    return fig.unit is not None and fig.unit not in _NOT_AMOUNTS and not fig.is_year


# "counting the initial delivery and the shares owed at completion": two parts named for the total
_TWO_NAMED = re.compile(r"(?i)\b(?:counting|adding(?:\s+up)?|combining|summing)\s+(?:both\s+)?(?P<a>[^,?]+?)\s+"
                        r"(?:and|plus)\s+(?P<b>[^,?]+)")
_ARTICLES = frozenset(word_stems("the a an its their both all of at"))


def _one_named(question: str, sentence: str, fig: Quantity) -> bool:
    """The figure's own words name the whole of one of the two parts the question adds, and its sentence
    never names the other: "an initial delivery of 130 million shares" for "the initial delivery and
    the shares owed at completion"."""
    m = _TWO_NAMED.search(question)
    if m is None:
        return False
    a, b = word_stems(m.group("a")) - _ARTICLES, word_stems(m.group("b")) - _ARTICLES
    only_a, only_b = a - b, b - a
    own, said = word_stems(local_text(sentence, fig)), word_stems(sentence)
    return bool(only_a and only_b) and ((only_a <= own and not only_b <= said) or (only_b <= own and not only_a <= said))


def part_for_total(question: str, q_years: frozenset[int], sentence: str, fig: Quantity) -> str | None:
    """Why `fig`, an amount of `sentence`, is one part where `question` asks for a total, or None."""
    if not total_asked(question) or states_relation(TOTAL_STATED, sentence, fig):
        return None
    if not fig.is_year and _one_named(question, sentence, fig):
        logger.debug("total asked; %s is the one part its own words name", fig.raw)
        return "one of the amounts the question adds, not the total asked"
    if not _money(fig):
        return None
    years = asked_years(question, q_years) if q_years else frozenset()
    parts = []
    for other in parse_quantities(sentence):
        if other.start == fig.start or not _money(other) or other.unit != fig.unit:
            continue
        own = figure_years(sentence, other)
        if years and own and not own & years:
            continue  # another period's amount
        parts.append(other)
    if not parts:
        return None
    logger.debug("total asked; %s is one of %d amounts of its sentence", fig.raw, len(parts) + 1)
    return "one of the amounts its sentence lists, not the total asked"
