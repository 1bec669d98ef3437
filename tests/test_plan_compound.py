"""A plan uses every period the question asks for: a rate compounded over the years named is the
compound annual growth rate from the first to the last, never the simple growth between them; an
average asked over one period has one figure, and that figure is not the average (made-up company
and questions)."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.facts import Fact
from assistant.core.finance.plan import plan_question


def _eps(year: int, value: float) -> Fact:
    return Fact(concept="eps_diluted", label="Diluted", period_end=date(year, 3, 31), period=f"FY{year}",
                duration_months=12, value=value, statement="income_statement", doc_id="brindle-10k", page=50,
                row=f"Diluted {value}", company="Brindle Yarns Corp.")


def test_a_compound_annual_rate_of_change_is_the_cagr() -> None:
    for asked in ("at what compound annual rate did Brindle Yarns' diluted earnings per share grow from fiscal "
                  "2028 to fiscal 2030?",
                  "Brindle Yarns diluted earnings per share: compound annual change from fiscal 2028 to fiscal 2030?",
                  "What annual compound return does Brindle Yarns' diluted EPS imply from fiscal 2028 to fiscal 2030?"):
        plan = plan_question(asked)
        assert plan is not None and plan.kind == "cagr", asked
        assert [p.fiscal_year for p in plan.periods] == [2028, 2030]


def test_the_cagr_compounds_over_the_years_between() -> None:
    q = "Over fiscal 2028 to fiscal 2030, at what compound annual rate did Brindle Yarns' diluted EPS grow? Percent."
    answer = answer_from_facts(q, [_eps(2028, 4.00), _eps(2029, 4.50), _eps(2030, 5.76)], company="Brindle Yarns Corp.")
    assert answer is not None and not answer.refused and answer.key_figure is not None
    assert round(answer.key_figure.value, 1) == 20.0  # (5.76 / 4.00) ** (1 / 2) - 1, not 44% simple growth


def test_an_average_over_one_period_is_refused_not_read_as_that_periods_figure() -> None:
    q = "What was Brindle Yarns' average diluted EPS for fiscal 2030?"
    answer = answer_from_facts(q, [_eps(2029, 4.50), _eps(2030, 5.76)], company="Brindle Yarns Corp.")
    assert answer is not None and answer.refused and answer.key_figure is None
    plan = plan_question("What was Brindle Yarns' average inventory over fiscal 2028 to fiscal 2030? USD millions.")
    assert plan is not None and plan.kind == "average" and len(plan.periods) == 3
