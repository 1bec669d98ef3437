"""Recomputing a computed answer: every input must be printed in the row its footnote quotes,
and the arithmetic over those inputs must give the figure the answer states."""

from __future__ import annotations

import logging
import math

from assistant.core.answer.computed_text import change_rate
from assistant.core.finance.metrics import run_expression
from assistant.core.numbers import parse_quantities
from assistant.core.quotes import quote_in_text
from assistant.core.types import Answer

logger = logging.getLogger(__name__)

__all__ = ["check_computation"]


def _in_row(value: float, quote: str) -> bool:
    """The figure, as printed (sign aside), is one of the row's figures."""
    return any(math.isclose(abs(q.value), abs(value), rel_tol=1e-9, abs_tol=1e-9) for q in parse_quantities(quote))


def check_computation(answer: Answer, sources: dict[int, str]) -> list[str]:
    """Add the recomputation's verdicts to `answer.checks`; returns the problems found."""
    comp = answer.computation
    if comp is None:
        return []
    problems: list[str] = []
    quotes = {c.n: c.quote for c in answer.citations}
    for item in comp.inputs:
        quote = quotes.get(item.n)
        if quote is None:
            problems.append(f"input {item.name} cites [{item.n}], which is no footnote")
        elif not _in_row(item.value, quote):
            problems.append(f"input {item.name} = {item.value:,g} is not in the row [{item.n}] quotes")
        elif item.n in sources and not quote_in_text(quote, sources[item.n]):
            problems.append(f"input {item.name}: the row [{item.n}] quotes is not in its source")
    try:
        result = run_expression(comp.expression, [i.value for i in comp.inputs])
    except (ValueError, ZeroDivisionError, OverflowError) as exc:
        problems.append(f"the arithmetic cannot be redone: {exc}")
        result = math.nan
    expected = round(result * comp.factor, comp.decimals) if not math.isnan(result) else math.nan
    half = 0.5 * 10 ** -comp.decimals + 1e-9
    if math.isnan(expected) or abs(expected - comp.shown) > half:
        problems.append(f"recomputed {comp.expression} = {result:.6g}, which does not round to the stated {comp.shown:g}")
    verdict = "ok" if not problems else "MISMATCH"
    answer.checks.computations.append(f"recomputed {comp.metric}: {comp.expression} over {len(comp.inputs)} cited inputs "
                                      f"= {result * comp.factor:.6g} → {comp.shown:g}: {verdict}")
    if not problems:
        # The stated result (and the working's subtotals) are checked computations, not ungrounded numbers;
        # so is the rate a change in dollars states beside it (the change over the earlier input).
        checked = [abs(comp.shown)]
        if len(comp.inputs) == 2 and (rate := change_rate(result, comp.inputs[1].value)) is not None:
            checked.append(round(abs(rate), 1))
        answer.checks.ungrounded_numbers = [
            u for u in answer.checks.ungrounded_numbers
            if not any(math.isclose(abs(q.value), c, rel_tol=1e-6) for q in parse_quantities(u) for c in checked)
        ]
    else:
        answer.checks.invalid_citations.extend(problems)
        answer.checks.citations_valid = False
    logger.debug("computation check: %s", problems or "ok")
    return problems
