"""A computed figure (statement facts) of another line than the one the question asks, read from what
the question says of its figure and not from the line's name:

- "gross" asked ("gross investment in property, plant and equipment", "before accumulated
  depreciation") is never a row that is net of depreciation or printed as net;
- a plan asked ("planned to invest", "intends to spend", "budgeted") is not a result: statements hold
  what was done, not what was planned;
- an amount the question says was capitalised ("how much interest did X capitalize") is not the
  balance of the asset it was capitalised on, unless the row itself says capitalised;
- units asked ("unit sales", "units shipped") are never a currency amount;
- a count asked ("how many stores") is never a currency amount;
- a flow asked ("how much did X provide / pay / lend / add during the year") is not a balance at
  the year's end: a lookup whose only input is a balance-sheet instant does not answer it;
- a figure the question defines as arithmetic over lines ("defined as proceeds minus repayments")
  is not one row read alone;
- an average balance asked ("average loans", "the average balance of its deposits", "net charge-offs
  to average loans") is not a balance at the period's end: a bank prints average balances in a table
  of their own, and a ratio over them is not recomputed from a period-end row (an average the
  formula takes of the opening and closing balances, as `avg()` does, is one);
- a change the question places in the cash flows ("the change in payables in operating cash
  flow", "as a source of cash") is the cash flow statement's line, not the difference of two
  balance-sheet dates (acquisitions, currency and reclassifications make them differ).

Such a question is left to the passages (`computed.answer_from_facts` returns None).
"""

from __future__ import annotations

import logging
import re

from assistant.core.finance.facts import Fact
from assistant.core.finance.metrics import Evaluation
from assistant.core.finance.opposed_lines import opposed_line
from assistant.core.finance.plan import Plan

logger = logging.getLogger(__name__)

__all__ = ["asked_other", "asks_average"]

# "gross" naming a line other than the gross profit family ("gross margin", "gross profit").
_GROSS = re.compile(r"\bgross\b(?!\s+(?:margins?|profits?|income|earnings))|\bbefore\s+accumulated\s+depreciation\b", re.I)
_NET_ROW = re.compile(r"\bnet\b|\bless\s+accumulated\b|\baccumulated\s+depreciation\b", re.I)
_PLANNED = re.compile(r"\b(?:plan(?:s|ned|ning)?|intend(?:s|ed)?|budget(?:s|ed)?)\s+to\b|\bbudgeted\b|\bplanned\b", re.I)
# the verb, not the noun: "market capitalization" and "total capitalization" name balances
_CAPITALISED = re.compile(r"\bcapitali[sz](?:e|es|ed|ing)\b", re.I)
_UNITS = re.compile(r"\bunit\s+(?:sales|volumes?|shipments?|growth)\b|\bunits\s+(?:sold|shipped|delivered)\b", re.I)
# a count asked: "how many stores"; not a unit of its own ("days", "times") or a currency
_HOW_MANY = re.compile(r"\bhow\s+many\s+(?!(?:days?|times|dollars|percentage|basis|points?|millions?|billions?)\b)[a-z]", re.I)
# a flow the question asks what the company did during the period
_FLOW = re.compile(r"\b(?:did|does|do)\b[^?.;]*?\b(?:provide|pay|spend|lend|invest|add|raise|borrow|contribute|"
                   r"originate|extend|fund|incur|receive|collect|capitali[sz]e)\b", re.I)


# "defined as A minus B": arithmetic the question asks for over more than one line
_DEFINED_ARITHMETIC = re.compile(r"\bdefined\s+as\b[^?]*?\b(?:minus|plus|divided\s+by|less(?!\s+than))\b", re.I)
# the cash flow statement as where the figure is: "in operating cash flows", "a source of cash"
_IN_CASH_FLOWS = re.compile(r"\bcash\s+flows?\b|\bstatements?\s+of\s+cash\s+flows\b|\b(?:sources?|uses?)\s+of\s+cash\b", re.I)


def asked_other(question: str, plan: Plan, ev: Evaluation) -> str | None:
    """Why the computed figure is of another line than the one asked, else None."""
    facts = [f for _, f in ev.inputs]
    if not facts:
        return None
    reason = _other(question, plan, facts) or _average_other(question, ev)
    if reason is not None:
        logger.debug("computed figure set aside: %s", reason)
    return reason


def _labels(facts: list[Fact]) -> str:
    return " ".join(f"{f.concept or ''} {f.label} {f.row}".replace("_", " ") for f in facts)


def _other(question: str, plan: Plan, facts: list[Fact]) -> str | None:
    labels = _labels(facts)
    if _GROSS.search(question) and (_NET_ROW.search(labels) or (plan.concept or "").endswith("_net")):
        return "the question asks for a gross figure and the row read is net"
    if _PLANNED.search(question):
        return "the question asks what was planned, and statements hold what was done"
    if _CAPITALISED.search(question) and not re.search(r"\bcapitali[sz]", labels, re.I):
        return "the question asks for an amount capitalised, and the row read does not say it was"
    money = all(f.unit == "USD" for f in facts)
    if money and _UNITS.search(question):
        return "the question asks for units, and the figure is a currency amount"
    if money and plan.unit in ("USD", "same") and _HOW_MANY.search(question):
        return "the question asks for a count, and the figure is a currency amount"
    if plan.kind == "lookup" and _FLOW.search(question) and all(f.duration_months == 0 for f in facts):
        return "the question asks what was done during the period, and the row read is a balance at its end"
    if plan.kind == "lookup" and len({id(f) for f in facts}) == 1 and _DEFINED_ARITHMETIC.search(question):
        return "the question defines its figure as arithmetic over lines, and one row was read"
    if (len(facts) > 1 and all(f.duration_months == 0 for f in facts) and plan.unit != "percent"
            and _IN_CASH_FLOWS.search(question)):
        return "the question asks for the cash flow statement's change, and the rows read are balances"
    for f in facts:  # "dividends paid" read for dividends declared: another line of the same item
        if (line := opposed_line(question, _labels([f]))) is not None:
            return f"the row read is {line}"
    return None


# an average of a balance asked: "average loans", "average total assets", "the average balance of its
# interest-bearing checking accounts"; not a weighted-average share count or an average price or rate
_AVERAGE_ASKED = re.compile(
    r"(?<!weighted )(?<!weighted-)\baverage\s+(?:daily\s+)?(?:(?:balances?|amounts?)\s+(?:of|for|in)\s+)?"
    r"(?:(?:its|the|their|total|gross|net|interest[- ]earning|interest[- ]bearing|noninterest[- ]bearing|earning|common|"
    r"tangible|shareholders['’]?|stockholders['’]?|outstanding|commercial|consumer|[a-z]+[- ]for[- ]sale)\s+){0,3}"
    r"(?:loans?|deposits?|assets|equity|borrowings|balances?|debt|liabilities|securities|receivables)\b", re.I)
_AVERAGE_ROW = re.compile(r"\baverage\b", re.I)


def _average_other(question: str, ev: Evaluation) -> str | None:
    """Why a figure read for an average balance asked is a balance at a period's end, else None."""
    if not asks_average(question):
        return None
    balances = [(role, f) for role, f in ev.inputs if f.duration_months == 0]
    if not balances or any("(opening)" in role for role, _ in ev.inputs):
        return None  # no balance read, or the formula averages the opening and closing balances
    if any(_AVERAGE_ROW.search(f"{f.label} {f.row} {f.extra.get('table', '')} {f.extra.get('section', '')} "
                               f"{f.extra.get('heading', '')}") for _, f in balances):
        return None  # a row of an average-balance table
    return "the question asks for an average balance, and the row read is a balance at the period's end"


def asks_average(question: str) -> bool:
    """Whether the question asks an average balance ("average loans", "average total assets")."""
    return bool(_AVERAGE_ASKED.search(question))
