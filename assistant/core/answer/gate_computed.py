"""Gate signals for figures computed from statement facts (issue 12), the computed path's own trace.

`answer.gate` sees only figures the extractive answerer quotes from passages. A figure worked out
from statement facts (`answer.computed`) is returned before that answerer runs, so it carries its
own signals, recorded as the Answer's `trace` (which the eval copies into report rows for
`bench.gate_fit --select computed`): how each input's row was matched to its concept (the
concept's most typical label, another of its labels, a fuzzy match, or the row's printed label),
how many inputs and filings the figure needs, whether an input comes from a filing other than the
first one read, whether the column header names the year, rival rows, another row of the same
line item and period with another value (in the same filing or another), inputs off the primary
statements, whether the retrieved passages reach the input's page, and how many of the question's
words the answer leaves unsaid. `"computed": 1.0` tells the fit this path from the stated one.

A model over them is applied only where `COEFFICIENTS` holds a fitted one: on the 18 development
sets (session 14) the computed path had too few wrong answers to fit one honestly, so none is
shipped and `confidence` gives None (never gated). Session 28 (15 development pairs, gate off):
12 wrong among 440 computed answers, and a leave-one-pair-out fit over these signals withheld
only rights up to 0.65 (3 for none), so still none.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from assistant.core.answer.gate import fitted_chance, weakest_signal
from assistant.core.finance.concepts import match_ranked
from assistant.core.finance.facts import Fact
from assistant.core.finance.metrics import Evaluation
from assistant.core.finance.plan import Plan
from assistant.core.finance.statements import PRIMARY_STATEMENTS
from assistant.core.finance.years import YEAR_DIGITS
from assistant.core.types import SearchHit

logger = logging.getLogger(__name__)

__all__ = ["confidence", "gate_reason", "retrieval_signals", "signals"]

# Empty: no model fitted (see the module's docstring); `bench.gate_fit --select computed` prints one.
INTERCEPT = 0.0
COEFFICIENTS: dict[str, float] = {}
# Each feature's weight times its mean among right answers (same fit), for naming the shortfall.
_TYPICAL: dict[str, float] = {}

# Which signal's shortfall a refusal names: the feature that pulled the score down most.
_WHY = {
    "label_fuzzy": "an input's row was matched to its line item only loosely",
    "printed": "an input is a row matched by its printed label, not a known line item",
    "adjacent": "an input comes from another filing than the one for the asked period",
    "column_named": "an input's column header does not name its year",
    "rivals": "another row of the statement could be read for an input",
    "off_primary": "an input comes from a table outside the primary statements",
    "in_hits": "the search did not reach the pages the inputs sit on",
    "unsaid": "the answer leaves some of the question's words unsaid",
    "inputs": "the figure needs many inputs",
    "differs_same": "another row of its filing gives an input's line item another value",
    "differs_other": "another filing gives an input's line item for that period another value",
}



def _match(f: Fact) -> str:
    """How the row was tied to its concept: exact (its most typical label), synonym (another of the
    concept's labels), fuzzy (a loose match, or one the label alone does not give) or printed (a
    row the question names by its label, no concept)."""
    if f.concept is None or f.concept.startswith("row_"):
        return "printed"
    found = match_ranked(f.label, str(f.extra.get("heading") or ""), f.statement or None)
    if found is None or found[0] != f.concept or found[1] >= 99:
        return "fuzzy"
    return "exact" if found[1] == 0 else "synonym"


def _share(flags: Sequence[bool]) -> float:
    return round(sum(flags) / len(flags), 4) if flags else 0.0


def _differs(f: Fact, g: Fact) -> bool:
    """`g` reports `f`'s line item for the same period with another value (beyond rounding)."""
    return (g is not f and g.concept == f.concept and g.period_end == f.period_end
            and g.duration_months == f.duration_months and g.unit == f.unit
            and abs(g.absolute - f.absolute) > 0.005 * max(abs(f.absolute), abs(g.absolute)))


def signals(plan: Plan, ev: Evaluation, facts: Sequence[Fact]) -> dict[str, float]:
    """What the computed path knows about the figure of `ev` (`facts`: those read, the filing for
    the asked period first)."""
    inputs = [f for _, f in ev.inputs]
    how = [_match(f) for f in inputs]
    first = facts[0].doc_id if facts else ""
    # Another row of the same line item and period with another value: in the same filing (a second
    # table), or in another one (a restatement, or a misread column in one of them).
    differing = [{g.doc_id for g in facts if _differs(f, g)} if f.concept else set() for f in inputs]
    same = [f.doc_id in docs for f, docs in zip(inputs, differing, strict=True)]
    other = [bool(docs - {f.doc_id}) for f, docs in zip(inputs, differing, strict=True)]
    named = [bool(f.column) and any(int(y) in (f.fiscal_year, f.period_end.year) for y in YEAR_DIGITS.findall(f.column))
             for f in inputs]
    return {
        "computed": 1.0,
        "inputs": float(len(inputs)),
        "docs": float(len({f.doc_id for f in inputs})),
        "adjacent": _share([f.doc_id != first for f in inputs]),
        "label_exact": _share([h == "exact" for h in how]),
        "label_synonym": _share([h == "synonym" for h in how]),
        "label_fuzzy": _share([h == "fuzzy" for h in how]),
        "printed": _share([h == "printed" for h in how]),
        "column_named": _share(named),
        "fy_assumed": float(any(f.extra.get("fy_naming") == "assumed" for f in inputs)),
        "scale_assumed": float(any(f.extra.get("scale_assumed") for f in inputs)),
        "rivals": float(sum(bool(f.extra.get("rivals")) for f in inputs)),
        "differs_same": _share(same),
        "differs_other": _share(other),
        "heading": _share([bool(f.extra.get("heading")) for f in inputs]),
        "off_primary": _share([f.statement not in PRIMARY_STATEMENTS for f in inputs]),
        "lookup": float(plan.kind == "lookup"),
        "change": float(plan.kind in ("growth", "cagr") or plan.family == "change"),
        "average": float(plan.kind == "average"),
        "ratio_unit": float(plan.unit in ("percent", "ratio", "days")),
        "defined": float(plan.defined),
    }


def retrieval_signals(pages: Sequence[tuple[str, int]], hits: Sequence[SearchHit]) -> dict[str, float]:
    """Whether the search reached the inputs' pages (`pages`: each input's document and page): the
    share it reached, and the place of the first passage on one of them (len(hits) when none)."""
    found = [(h.doc_id, h.page) for h in hits]
    wanted = set(pages)
    first = next((i for i, key in enumerate(found) if key in wanted), len(found))
    return {"in_hits": _share([p in found for p in pages]), "hit_rank": float(first)}


def confidence(trace: Mapping[str, float]) -> float | None:
    """The fitted chance that the computed figure is right; None when nothing was fitted or traced."""
    if not COEFFICIENTS or not trace.get("computed"):
        return None
    return fitted_chance(INTERCEPT, COEFFICIENTS, trace)


def gate_reason(trace: Mapping[str, float], threshold: float) -> str | None:
    """Why the computed figure is withheld (`I won't state ...: why`), or None to state it."""
    p = confidence(trace)
    if p is None or p >= threshold:
        return None
    named = [f for f in _WHY if f in COEFFICIENTS] or list(_WHY)
    worst = weakest_signal(named, COEFFICIENTS, _TYPICAL, trace)
    logger.debug("computed gate: confidence %.2f below %.2f (%s)", p, threshold, worst)
    return f"{_WHY[worst]} (confidence {p:.2f})"
