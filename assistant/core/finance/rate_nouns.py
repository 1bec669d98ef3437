"""Whether a line's "rate" names the rate itself or qualifies another noun.

An analyst reads "Effective tax rate", "Discount rate" and "Gross profit rate" as percents, but
"Interest rate swaps", "Effect of exchange rate changes on cash", "Fixed rate senior notes",
"rate-regulated assets" and "Interest rate swap valuation adjustments" as amounts: the rate only
says which instrument, effect or asset the line holds, and the line is printed in its table's
scale like any other amount. Kept to the nouns such lines use (an instrument, a debt, an asset, a
change or effect), so a rate followed by its own words ("rate of return", "rate assumed for next
year", "rate spread") still names a rate."""

from __future__ import annotations

import re

__all__ = ["RATE_QUALIFIER", "names_a_rate"]

# "rate" (or "rates") followed by the noun it qualifies, over a space or hyphen: "rate swaps",
# "rate-regulated", "exchange rate changes", "floating rate class notes".
RATE_QUALIFIER = re.compile(
    r"(?i)\brates?[- ]+(?:(?:senior|subordinated|class|forward|starting)\s+)*"
    r"(?:regulated|sensitive|swaps?|swaptions?|caps?|collars?|floors?|locks?|futures?|forwards?|options?"
    r"|contracts?|derivatives?|hedg(?:es?|ing)|instruments?|notes|bonds|debentures|debt|borrowings?|loans?"
    r"|securities|deposits|obligations|assets?|liabilit(?:y|ies)|changes?|adjustments?|effects?|impacts?"
    r"|gains?|loss(?:es)?|valuations?|exposures?)\b"
)
_RATE = re.compile(r"(?i)\brate\b")


def names_a_rate(label: str) -> bool:
    """Whether `label` names a rate itself ("Effective tax rate"), not a line a rate only qualifies
    ("Effect of exchange rate changes on cash", "Interest rate swaps")."""
    return _RATE.search(RATE_QUALIFIER.sub(" ", label)) is not None
