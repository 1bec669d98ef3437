"""A total over years the question names, from one sentence that dates one amount to each year:
"across 2020, 2021 and 2022 together, what losses did it record" over "we recorded losses of $1.1
billion, $3.6 billion and $121 million in 2022, 2021 and 2020, respectively" is the three amounts
added; a span, "over fiscal 2021 to fiscal 2023", asks every year from one end to the other. Each
asked year must be dated to exactly one amount of the sentence (`figure_years`: its place in a
"respectively" list, or years listed beside the amounts in order), every amount of one kind,
the sentence's words naming what the question asks about, and none of its amounts stated as a total
already (that one is quoted instead). A year with no amount, or two, gives nothing: a reader adds
only what the sentence itself dates."""

from __future__ import annotations

import logging
from collections import defaultdict

from assistant.core.answer.derived_inputs import Derived, Fig, arithmetic, metric_words, money
from assistant.core.answer.figure_period import asked_years, figure_years
from assistant.core.answer.question import Question
from assistant.core.answer.relations import TOTAL_STATED, states_relation
from assistant.core.finance.question_periods import question_periods

__all__ = ["year_total"]

logger = logging.getLogger(__name__)

_MIN = 0.5  # how much of what the question asks about the sentence's words must name


def year_total(q: Question, question: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """The sum of the amounts one sentence dates to each year the question names, or None."""
    years = asked_years(question, q.years) if q.years else frozenset()
    if len(years) < 2:
        return None
    # "over fiscal 2021 to fiscal 2023 together" asks the years between its ends too
    spanned = {p.fiscal_year for p in question_periods(question) if p.months == 12 and p.fiscal_year is not None}
    years |= {y for y in spanned if min(years) < y < max(years)}
    metric = metric_words(q, vocab)
    sentences: dict[tuple[int, int], list[Fig]] = defaultdict(list)
    for f in figs:
        if not f.row and f.q.unit != "percent" and f.q.high is None:
            sentences[(f.hit, f.start)].append(f)
    found: list[tuple[float, list[Fig]]] = []
    for group in sentences.values():
        dated: dict[int, list[Fig]] = defaultdict(list)
        for f in group:
            own = figure_years(f.text, f.q)
            if len(own) == 1 and next(iter(own)) in years:
                dated[next(iter(own))].append(f)
        parts = [fs[0] for y in sorted(years, reverse=True) if len(fs := dated.get(y, [])) == 1]
        if len(parts) != len(years) or len(set(dated)) != len(years):
            continue
        if len({(money(f), f.q.unit) for f in parts}) != 1:
            continue
        if any(states_relation(TOTAL_STATED, f.text, f.q) for f in parts):
            continue  # a sentence stating the total itself answers by quote
        # a list's words stand before its first figure ("losses of $1.1 billion, $3.6 billion and ..."):
        # the best-named amount speaks for the list
        score = max(metric(f) for f in parts) if metric.words else 0.0
        if score >= _MIN:
            found.append((score - 0.02 * parts[0].hit, parts))
    if not found:
        return None
    _, parts = max(found, key=lambda t: t[0])
    logger.debug("total over %s from one sentence's dated amounts", sorted(years))
    return arithmetic(parts)
