"""A figure whose own words carry the qualifier contrary to the one the question names is not the
answer (issue 17: "no answer whose figure is about a different metric than asked").

A finance reader asked for the full year's adjusted EPS does not quote "Adjusted EPS of $0.12 in
the prior year quarter"; asked for the credit agreement the company terminated, they do not quote
"entered into a new $4.2 billion credit agreement"; asked for gross margin, not "a net margin of
9%". The scorer only weighs qualifiers (`qualifiers.qualifier_fit`), so when no better figure is
retrieved the contrary one was still quoted. `answer.figure_checks` refuses it when it is the
chosen figure (dropping it while scoring only let the next, often worse, figure through). Here the figure's own words decide (the words
between it and its neighbouring figures, `qualifiers.local_text`), not its sentence's: a sentence
about a quarter often states the year's figure too. A comparison base ("up 54% from the prior
year") names the period compared with, not the figure's own, and is not read.
"""

from __future__ import annotations

import logging
import re

from assistant.core.answer.qualifiers import (
    CONTRAST,
    asked_families,
    families,
    forecast_side,
    local_text,
)
from assistant.core.numbers import Quantity

__all__ = ["CONTRARY", "bound_for_actual", "contrary_qualifier", "contrary_refusal"]

logger = logging.getLogger(__name__)

# "from the prior year", "compared with the same quarter last year", "versus a year earlier":
# the period a figure is compared with, not the one it is stated for.
_BASE = re.compile(r"(?i)\b(?:from|over|versus|vs\.?|compared\s+(?:with|to)|than|against|relative\s+to)\s+"
                   r"(?:the\s+|a\s+)?(?:same\s+)?(?:prior|previous|last|year[- ]ago|current)?\s*(?:fiscal\s+)?"
                   r"(?:full[- ]year|year|quarter|period|twelve\s+months|three\s+months)\b(?:\s+(?:ago|earlier))?")

# "current liabilities", "the current portion of debt": a balance-sheet line's name, not a point of view.
_LINE_ITEM = re.compile(r"(?i)\b(?:non-?)?current\s+(?:assets?|liabilit\w*|portion|maturities|debt|borrowings"
                        r"|receivables?|payables?|ratio|income\s+tax\w*|tax\w*|investments?|deferred)\b")


def contrary_qualifier(question: str, sentence: str, fig: Quantity) -> str | None:
    """The qualifier family `question` names whose contrary the figure's own words in `sentence`
    name, without naming the asked one ("for the full year" asked, "in the prior year quarter"
    read): the family asked, else None. A question naming both sides ("the quarter and the full
    year") asks about each, so neither side refuses."""
    asked = asked_families(_LINE_ITEM.sub(" ", question))
    own = families(_BASE.sub(" ", _LINE_ITEM.sub(" ", local_text(sentence, fig))))
    side = forecast_side(sentence, fig)
    if side is not None:  # "raised from the 5.5% assumed in July": the verb is the revision's, 5.5% the earlier
        own = (own - {"prior", "current"}) | {side}
    for name in sorted(asked):
        contrary = set(CONTRAST[name]) - asked
        if contrary & own and name not in own:
            logger.debug("figure %s carries %s, question asks %s", fig.raw, contrary & own, name)
            return name
    return None


# How the refusal begins: `answering` reads no other table or passage after it. The best-matching
# passage states the other side of the qualifier asked (the quarter, not the year): a fallback
# that quotes whatever figure ranks next answered another metric (measured, prose unseen10).
CONTRARY = "The closest figure carries the contrary of the question's qualifier: "

# What the chosen figure is instead, by the family the question asked.
_INSTEAD = {
    "long": "a shorter period's figure, not the full year's",
    "short": "a longer period's figure, not the quarter's",
    "ytd": "another span's figure, not the year-to-date one",
    "prior": "the new or revised figure, not the earlier one asked for",
    "current": "an earlier figure, not the current one",
    "adjusted": "the reported figure, not the adjusted one",
    "reported": "an adjusted figure, not the reported one",
    "gross": "a net figure, not the gross one",
    "net": "a gross figure, not the net one",
    "including": "a figure excluding what the question includes",
    "excluding": "a figure including what the question leaves out",
}


# A bound on a figure, or a request for one: "the maximum leverage ratio may be increased to 4.25",
# "a request to borrow approximately $515 million", "repurchase up to $2 billion". Such words state
# what may be, never what the company actually drew, borrowed or ran at.
_BOUND = re.compile(r"(?i)\bmaximum\b|\bminimum\b|\bup\s+to\b|\bnot\s+to\s+exceed\b|\b(?:no|not)\s+(?:more|greater)\s+than\b"
                    r"|\bcap(?:ped)?\s+at\b|\bmay\s+(?:be\s+)?(?:increased|raised|expanded|borrow)\b|\bpermitted\b"
                    r"|\brequest(?:ed|s)?\s+to\s+(?:borrow|draw)\b")
_ACTUAL = re.compile(r"(?i)\bactual(?:ly)?\b|\bin\s+fact\b")


def bound_for_actual(question: str, sentence: str, fig: Quantity) -> bool:
    """The question asks the figure a company actually had ("what ratio was it actually running at",
    "how much did it actually draw") and the figure's own words state a bound or a request instead
    (a covenant's maximum, what may be borrowed), without calling it actual. Kept out of the scorer's
    qualifiers: demoting the bound there let the passage's next figure, another metric, through. A
    question that names a bound itself ("the most it could actually borrow") asks about one."""
    own = local_text(sentence, fig)
    return bool(_ACTUAL.search(question) and not _BOUND.search(question) and _BOUND.search(own)
                and not _ACTUAL.search(own))


def contrary_refusal(question: str, sentence: str, fig: Quantity) -> str | None:
    """Why the figure is not the answer, in words, when its own words carry the contrary of the
    question's qualifier; else None."""
    if bound_for_actual(question, sentence, fig):
        return CONTRARY + "a bound or a request (a maximum, what may be borrowed), not the actual figure asked"
    asked = contrary_qualifier(question, sentence, fig)
    return None if asked is None else CONTRARY + _INSTEAD.get(asked, "the figure for another basis than asked")
