"""A catalogue metric the question defines over a line it names as printed: when the concepts'
plan lacks an input, the row printed under the question's words answers it; a source remark after
the formula (", with X taken from Note 4") is no operand; pretax income named "from continuing
operations" is still pretax income."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.definitions import defined_formula
from assistant.core.finance.facts import Fact
from assistant.core.finance.plan import plan_question, printed_plan, question_concept


def _fact(concept: str | None, label: str, value: float) -> Fact:
    return Fact(concept=concept, label=label, period_end=date(2024, 12, 31), period="FY2024", duration_months=12,
                value=value, unit="USD", scale="million", statement="income_statement", doc_id="harbor-2024",
                page=40, row=f"{label} {value:,.0f}", company="Harbor Tools")


FACTS = [
    _fact("revenue", "Net sales", 9_000),
    _fact("operating_income", "Operating profit", 1_500),
    _fact(None, "Net finance charges and other", -300),
    _fact("pretax_income", "Income before income taxes", 1_200),
]
QUESTION = "Harbor Tools interest coverage for 2024, defined as operating profit divided by net finance charges and other."


def test_a_catalogue_metric_over_a_printed_row_is_answered_from_that_row() -> None:
    answer = answer_from_facts(QUESTION, FACTS, company="Harbor Tools")
    assert answer is not None and not answer.refused
    assert answer.key_figure is not None and answer.key_figure.value == 5.0
    assert "Net finance charges and other" in " ".join(c.quote for c in answer.citations)


def test_without_the_printed_row_it_still_names_the_missing_input() -> None:
    answer = answer_from_facts(QUESTION, FACTS[:2] + FACTS[3:], company="Harbor Tools")
    assert answer is not None and answer.refused and "could not find" in answer.answer


def test_the_printed_plan_of_a_catalogue_metric_only_when_asked_for() -> None:
    assert printed_plan(QUESTION) is None  # the concepts' plan goes first
    plan = printed_plan(QUESTION, catalogue_rows=True)
    assert plan is not None and plan.formula == "operating_income / row_finance_charge_and_other"


def test_a_source_remark_after_the_formula_is_no_operand() -> None:
    question = ("Harbor Tools 2024: define interest coverage as (income from continuing operations before taxes + "
                "interest expense) / interest expense, with interest expense taken from Note 6. Times, one decimal.")
    found = defined_formula(question)
    assert found is not None and found[0] == "( pretax_income + interest_expense ) / interest_expense"
    plan = plan_question(question)
    assert plan is not None and plan.defined


def test_pretax_income_from_continuing_operations_is_pretax_income() -> None:
    found = question_concept("income from continuing operations before income taxes")
    assert found is not None and found[0] == "pretax_income"
