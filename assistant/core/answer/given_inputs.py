"""A question that hands over the figures to work from ("using the figures of EUR 1.3bn revenue and
12% growth", "of the $550 million loss", "if her base salary is $1,300,000") is answered by
arithmetic over them: a figure computed from other passage figures, none of them the amounts or
percents the question gives, works out something else (issue 17). Only amounts with a currency or
scale and percents count as given; a bare "12 months" or "4-star" is a word of the question."""

from __future__ import annotations

import logging

from assistant.core.answer.derived_inputs import Derived, absolute
from assistant.core.numbers import Quantity, parse_quantities

__all__ = ["ignores_given"]

logger = logging.getLogger(__name__)

_ROUNDING = 0.005  # "EUR 1.3bn" given, "EUR 1,296 million" stated: the same figure, rounded


def _given(question: str) -> list[Quantity]:
    return [g for g in parse_quantities(question)
            if not g.is_year and (g.unit == "percent" or g.unit not in (None, "", "count") or g.scale)]


def _same(a: Quantity, b: Quantity) -> bool:
    if (a.unit == "percent") != (b.unit == "percent"):
        return False
    x, y = absolute(a), absolute(b)
    return abs(x - y) <= _ROUNDING * max(abs(x), abs(y), 1e-9) or round(x, 1) == round(y, 1)


def ignores_given(question: str, d: Derived) -> bool:
    """Whether the question gives figures and `d` computes from none of them."""
    given = _given(question)
    if not given or not d.inputs:
        return False
    used = [x for *_, x in d.inputs]
    if any(_same(g, u) for g in given for u in used):
        return False
    logger.debug("computed from %s, none of the given %s", [u.raw for u in used], [g.raw for g in given])
    return True
