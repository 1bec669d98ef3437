"""Formulas a question states in its own words win over the catalogue's: a gloss ("X here means A divided by B"),
a measure ("..., measured as A over B", "Measured as A divided by B, what was X?"), a formula taken after the
question ("..., taking A over B?"), the asked metric taken before it is asked ("Taking X as A minus B, what was
it?"), and one head paid for two things ("purchases of A and of B"). Also the first quarter a half-year report
prints no column for, its half less its second quarter."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.finance.defined_parts import defines_own_terms
from assistant.core.finance.defined_wording import distributed
from assistant.core.finance.definitions import defined_formula
from assistant.core.finance.facts import Fact
from assistant.core.finance.metrics import MissingInput, Period, evaluate
from assistant.core.finance.plan import plan_question


def _formula(question: str, labels: bool = False) -> str | None:
    found = defined_formula(question, labels)
    return None if found is None else found[0]


def test_a_gloss_with_here_means_defines_the_metric() -> None:
    question = "Debt service cover here means operating income divided by interest expense. What was it for Tarnby in 2024?"
    assert _formula(question) == "operating_income / interest_expense"
    assert defines_own_terms(question)
    # a gloss with no arithmetic is no formula
    assert _formula("Core sales here means net sales. What were Tarnby's core sales in 2024?") is None


def test_a_measure_after_or_before_the_question_defines_the_metric() -> None:
    after = "What was Tarnby's cash payout in 2024, measured as dividends paid divided by net income? Percent."
    assert _formula(after) == "abs(dividends_paid) / net_income"
    before = "Measured as cost of sales divided by revenue, what was Tarnby's cost ratio in 2024?"
    assert _formula(before) == "cost_of_sales / revenue"


def test_a_formula_taken_after_the_question_replaces_the_catalogue_one() -> None:
    question = "What was Tarnby's debt-to-equity ratio at March 31, 2025, taking long-term debt over total equity? Two decimals."
    plan = plan_question(question)
    assert plan is not None and plan.formula == "long_term_debt / total_equity"  # not short-term plus long-term debt


def test_the_asked_metric_taken_before_it_is_asked() -> None:
    assert _formula("Taking EBITDA as operating income plus depreciation and amortization, what was Tarnby's EBITDA "
                    "for 2024?") == "operating_income + depreciation_amortization"
    assert _formula("Taking free cash flow simply as cash from operations minus capital expenditures, what was it "
                    "in 2024?") == "cash_from_operations - abs(capex)"
    # a part of another metric is no answer of its own (`defined_parts` puts it inside the metric asked)
    part = "Taking total debt as short-term debt plus long-term debt, what was Tarnby's debt-to-equity ratio in 2024?"
    assert defined_formula(part) is None


def test_a_question_resuming_after_a_colon_ends_the_definition() -> None:
    question = "Operating spread, defined as operating income minus interest expense: what was it for Tarnby in 2024?"
    assert _formula(question) == "operating_income - interest_expense"


def test_a_remark_on_what_is_left_out_is_no_line() -> None:
    question = "Net cash here means cash and cash equivalents less long-term debt, leaving leases out. What was it in 2024?"
    assert _formula(question) == "cash - long_term_debt"


def test_one_head_paid_for_two_things_is_two_lines() -> None:
    assert distributed("cash from operations minus purchases of ships and of software") == (
        "cash from operations minus ( purchases of ships + purchases of software )")
    # the "and" inside one line's name is no join
    text = "cash from operations minus purchases of property, plant and equipment"
    assert distributed(text) == text


def test_cash_paid_for_a_balance_is_not_the_balance() -> None:
    question = "Define reinvestment as purchases of intangible assets divided by revenue. What was it for Tarnby in 2024?"
    assert _formula(question) is None  # never the intangible assets balance
    assert _formula(question, labels=True) == "row_purchase_of_intangible_asset / revenue"


def _flow(period: str, months: int, end: date, value: float, doc: str = "tarnby-h1-2026") -> Fact:
    return Fact(concept="revenue", label="Revenue", period_end=end, period=period, duration_months=months, value=value,
                statement="income_statement", doc_id=doc, page=3, row=f"Revenue {value}")


JUNE = date(2026, 6, 30)


def test_a_first_quarter_is_its_half_less_its_second_quarter() -> None:
    facts = [_flow("Q2 FY2026", 3, JUNE, 587.4), _flow("6M FY2026", 6, JUNE, 1095.9)]
    ev = evaluate("revenue", facts, Period(3, 2026, 1))
    assert ev.value == pytest.approx(508.5)
    assert [f.period for _, f in ev.inputs] == ["6M FY2026", "Q2 FY2026"]
    # the quarter named by its end date: the half ending a quarter later
    assert evaluate("revenue", facts, Period(3, None, None, date(2026, 3, 31))).value == pytest.approx(508.5)


def test_no_first_quarter_from_two_documents_or_another_quarter() -> None:
    apart = [_flow("Q2 FY2026", 3, JUNE, 587.4, doc="tarnby-q2-release"), _flow("6M FY2026", 6, JUNE, 1095.9)]
    with pytest.raises(MissingInput):
        evaluate("revenue", apart, Period(3, 2026, 1))
    facts = [_flow("Q2 FY2026", 3, JUNE, 587.4), _flow("6M FY2026", 6, JUNE, 1095.9)]
    with pytest.raises(MissingInput):
        evaluate("revenue", facts, Period(3, 2026, 3))  # a third quarter is no half less its second quarter


def test_a_trailing_taking_without_arithmetic_defines_nothing() -> None:
    question = "What was Tarnby's average inventory for 2024, taking the opening and closing balances? USD millions."
    assert not defines_own_terms(question)
    plan = plan_question(question)
    assert plan is not None and plan.formula == "avg(inventories)"
