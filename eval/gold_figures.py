"""Whether an answer argues with other figures than the gold's: its own figure of the gold's kind
and size and none of the gold's, counts exact, amounts and rates within 1% (5% where the answer
says "about"); read by `eval.stance.figures_contradict` (split out of it)."""

from __future__ import annotations

from assistant.core.numbers import CURRENCIES, Quantity, matches_with_rounding, parse_quantities
from eval.words import HEDGED_FIGURE


def gives_other_figures(question: str, gold: str, text: str) -> bool:
    """The answer gives its own figure for what the gold states (same kind, within a factor of
    three) and none of the gold's; figures the question itself states are not the answer's."""
    gold_figs = [q for q in parse_quantities(gold) if not q.is_year and q.value != 0]
    if not gold_figs:
        return False
    asked = {(q.value, q.unit) for q in parse_quantities(question)}
    said = [q for q in parse_quantities(text) if not q.is_year and (q.value, q.unit) not in asked]
    contradicted = False
    for g in gold_figs:
        kind = [a for a in said if _kind(a) == _kind(g) and 1 / 3 <= abs(a.base_value / g.base_value) <= 3]
        if any(
            matches_with_rounding(g, a, _tol(g, text, a), loose_percent=True)
            or matches_with_rounding(a, g, _tol(g, text, a), loose_percent=True)
            for a in kind
        ):
            return False
        contradicted = contradicted or bool(kind)
    return contradicted


def _tol(q: Quantity, text: str = "", said: Quantity | None = None) -> float:
    """Counts are exact (969 stores is not 975); amounts and rates within 1%, or 5% when the
    answer says its figure is approximate ("about $300 million" for $310 million)."""
    if said is not None and HEDGED_FIGURE.search(text[max(0, said.start - 20) : said.start]):
        return 0.05
    return 0.0 if q.unit is None and q.scale is None and float(q.value).is_integer() else 0.01


def _kind(q: Quantity) -> str:
    return (
        "percent" if q.unit in ("percent", "pp") else "currency" if q.unit in CURRENCIES else "bare"
    )
