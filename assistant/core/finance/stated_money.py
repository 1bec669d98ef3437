"""The unit a question states for its answer when it is money in a scale, and the percents a
question gives rather than asks.

"USD millions", "$ bn", "(EUR m)", "millions of dollars": the unit of a total. A question that
states it, and no percent besides, asks for an amount of money whatever rate, share or count its
words name ("how much of its unrecognized tax benefits would lower the effective tax rate? USD
millions"). "In dollars" alone is no such unit: "sales growth as reported in dollars" names a basis.
A percent the question gives ("after incurring 85% of the costs", "a 10% move in prices") or a move
it supposes is its premise, not the unit asked."""

from __future__ import annotations

import re

from assistant.core.finance.supposed import without_supposed

__all__ = ["GIVEN_PERCENT", "money_in_scale"]

# "after incurring 85% of the costs", "its 80 percent stake", "a 10 percentage point shift": a percent
# the question gives, written with a sign or in words, not the kind it asks for.
GIVEN_PERCENT = re.compile(r"(?i)\d(?:\.\d+)?\s*(?:%|(?:-\s*)?(?:per\s*cent(?:age)?|percent(?:age)?)(?:[\s-]+points?)?\b)")
_MONEY_IN_SCALE = re.compile(r"(?i)(?:\b(?:usd|us\$|eur|gbp)|[$€£])\s*(?:millions?|billions?|thousands?|mn|bn|m|b|k)\b"
                             r"|\b(?:millions|billions|thousands)\s+of\s+(?:us\s+)?(?:dollars|euros|pounds)\b")
# A percent the whole question asks its answer in ("Percent, one decimal", "what percentage").
_PERCENT_STATED = re.compile(r"(?i)%|\bpercent(?:age)?s?\b")


def money_in_scale(question: str) -> bool:
    """Whether `question` states its answer's unit as money in a scale, and no percent besides (once
    the percents it gives and the moves it supposes are set aside)."""
    if not _MONEY_IN_SCALE.search(question):
        return False
    return not _PERCENT_STATED.search(GIVEN_PERCENT.sub(" ", without_supposed(question)))
