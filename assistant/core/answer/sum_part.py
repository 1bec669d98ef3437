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
from assistant.core.answer.relations import TOTAL_STATED, states_relation
from assistant.core.numbers import Quantity, parse_quantities

__all__ = ["part_for_total", "total_asked"]

logger = logging.getLogger(__name__)

# How a question asks for a sum: "adding up", "added together", "in total", "combined", "taken
# together", "the sum of" ("A plus B" is `stated_unit.sum_doubt`'s). "Add back" is a cash flow line's verb.
_TOTAL_ASKED = re.compile(r"(?i)\badd(?:ing|ed)?\b(?!\s+back\b)|\bsum(?:s|med|ming)?\b|\bin\s+total\b|\bcombined\b"
                          r"|\btogether\b|\bin\s+all\b|\baltogether\b|\ball\s+told\b")
_NOT_AMOUNTS = frozenset({"percent", "pp", "bp", "x", "count"})  # units of no amount of money


def total_asked(question: str) -> bool:
    """Whether `question` asks for the sum of several amounts."""
    return bool(_TOTAL_ASKED.search(question))


def _money(fig: Quantity) -> bool:
    return fig.unit is not None and fig.unit not in _NOT_AMOUNTS and not fig.is_year


def part_for_total(question: str, q_years: frozenset[int], sentence: str, fig: Quantity) -> str | None:
    """Why `fig`, an amount of `sentence`, is one part where `question` asks for a total, or None."""
    if not _money(fig) or not total_asked(question) or states_relation(TOTAL_STATED, sentence, fig):
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
