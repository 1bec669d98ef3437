"""A figure the chosen sentence states only through another: "costs of approximately $700
million, of which approximately 75% has been incurred" (the part incurred: 75% of $700 million);
"exceeded the targeted synergies of $180 million by approximately 10%" (what was delivered:
$180 million plus 10%). The extractive answerer picked the stated amount; when the sentence says
that amount is the whole or the target and the question asks for the part or the result, the
asked figure is computed from the two, both cited, the arithmetic shown."""

from __future__ import annotations

import re

from assistant.core.answer.derived_inputs import Derived, show
from assistant.core.answer.question import Question
from assistant.core.numbers import Quantity, parse_quantities

_APPROX = r"(?:approximately\s+|about\s+|roughly\s+|nearly\s+|some\s+)?"
# "..., of which approximately 75% has been incurred": the part of the amount before it.
_OF_WHICH = re.compile(r"(?i)^[^.;]{0,120}?\bof\s+which,?\s+" + _APPROX + r"$")
_OF_WHICH_DONE = re.compile(r"(?i)^\s*(?:has|have|had|was|were)\s+(?:been\s+|already\s+been\s+)?[a-z]+")
# "exceeded ... $180 million by approximately 10%": the target, and how far past it.
_BEYOND = re.compile(r"(?i)\b(exceed\w*|surpass\w*|beat|topped|outperform\w*|fell\s+short\s+of|miss\w*)\b[^.;]{0,80}$")
_BY = re.compile(r"(?i)^\s*by\s+" + _APPROX + r"$")
_TOTAL_ASKED = re.compile(r"(?i)\btotal\b|\bin\s+all\b|\bexpect\w*|\btarget\w*|\bgoal\b|\bplann?\w*|\baim\w*")


def stated_through(q: Question, text: str, fig: Quantity) -> tuple[Derived, Quantity] | None:
    """The asked figure computed from `fig` (in `text`, one sentence) and the percent that
    qualifies it, with that percent; None when the sentence says no such thing."""
    if q.want != "amount" or fig.unit == "percent" or _TOTAL_ASKED.search(q.text):
        return None  # the whole, the target or the plan is what is asked: the stated amount answers
    quantities = [x for x in parse_quantities(text) if not x.is_year]
    after = [x for x in quantities if x.start >= fig.end and x.unit == "percent" and x.high is None]
    if not after:
        return None
    pct = after[0]
    gap = text[fig.end : pct.start]
    if _OF_WHICH.match(gap) and _OF_WHICH_DONE.match(text[pct.end :]):
        value = fig.value * pct.value / 100.0
        formula = f"{pct.raw.strip()} x {fig.raw.strip()} = {show(value, fig)}"
        return Derived(value, fig.unit, fig.scale, formula, []), pct
    beyond = _BEYOND.search(text[max(0, fig.start - 120) : fig.start])
    if beyond and _BY.match(gap):
        short = not beyond.group(1).lower().startswith(("exceed", "surpass", "beat", "topped", "outperform"))
        value = fig.value * (1 - pct.value / 100.0 if short else 1 + pct.value / 100.0)
        sign = "-" if short else "+"
        formula = f"{fig.raw.strip()} {sign} {pct.raw.strip()} x {fig.raw.strip()} = {show(value, fig)}"
        return Derived(value, fig.unit, fig.scale, formula, []), pct
    return None
