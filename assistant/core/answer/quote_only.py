"""A figure asked, answered by quoted sentences with no figure picked out of them ("Quoted only").

The reader of such an answer takes the quote's figure as the answer. That holds only when the quotes
state exactly one figure of the kind asked: with none ("On October 3, 2022, we acquired Biohaven"
for the inventory acquired) the quote answers another question; with several ("0.6% and 0.3% as of
December 31, 2022 and 2021, respectively", "(i) a $2.1 billion charge ..., (ii) ... $1.3 billion")
nothing says which is the one asked, and the first one read is as often another year's or another
item's, unless its own words date it to the year asked ("$262 million as of December 25, 2021 and
$299 million as of December 26, 2020" for the end of 2021). Either way the offline answer refuses
instead of leaving the reader to guess. A question read as asking for words ("what ... did it
keep") is held to the second rule only, and only when it names a year: its quote may rightly hold no
figure at all."""

from __future__ import annotations

import re

from assistant.core.answer.figure_period import asked_years, figure_years
from assistant.core.finance.asked import THINGS_COUNTED
from assistant.core.number_parsing import Quantity, parse_quantities
from assistant.core.types import Answer

__all__ = ["quote_doubt"]

_FIGURE_WANTS = frozenset({"percent", "change", "amount", "count", "number"})
# "within the next 12 months", "over 10 years": a span of time, not a figure stated.
_SPAN_AFTER = re.compile(r"(?i)^\s*(?:-|\s)?(?:months?|years?|days?|weeks?|quarters?)\b")


def _figures(quote: str, counted: bool) -> list[Quantity]:
    """The figures `quote` states of the kind asked, in order: counts (numbers with no unit) when
    things are counted, else amounts and percents (a unit or a scale written)."""
    return [q for q in parse_quantities(quote)
            if not q.is_year and not _SPAN_AFTER.match(quote[q.end:]) and _kind_fits(q, counted)]


def _kind_fits(q: Quantity, counted: bool) -> bool:
    if counted:
        return q.unit in (None, "count", "shares")
    return q.unit is not None or q.scale is not None


def quote_doubt(want: str, question: str, years: frozenset[int], answer: Answer) -> str | None:
    """Why `answer`, quotes with no figure picked for a question asking one, cannot stand, else None.
    `years`: the years the question names."""
    figure_asked = want in _FIGURE_WANTS
    if answer.refused or answer.key_figure is not None or not answer.citations:
        return None
    if not figure_asked and not (want == "text" and years):
        return None
    counted = want == "count" or bool(THINGS_COUNTED.search(question))
    quotes = [c.quote for c in sorted(answer.citations, key=lambda c: c.n)]
    found = [(quote, f) for quote in quotes for f in _figures(quote, counted)]
    values = {round(f.value * f.multiplier, 6) for _, f in found}
    if not values:
        return "The closest passage states no figure of the kind asked." if figure_asked else None
    if len(values) == 1:
        return None
    first_quote, first = found[0]
    if figure_years(first_quote, first) & asked_years(question, years):
        return None  # the figure read first is dated to the year asked
    return "The closest passage states several figures and does not say which one is asked."
