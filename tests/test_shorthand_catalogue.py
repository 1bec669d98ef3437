"""A catalogue metric the question works out in an analyst's shorthand over lines named as printed, with no
bracket ("Zeta days inventory outstanding for 2022: 365 x average inventories / (cost of products + cost of
services)", or as the sentence after the question): read only when the catalogue's own lines found no input.
A clause after a semicolon is the question's again, the dates of averaged balances are no part of a line,
"times 365" multiplies. A defined metric over an average of two year-ends is of the later year's span.
Made-up companies, rows and figures only."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.definitions import defined_formula
from assistant.core.finance.facts import Fact
from assistant.core.finance.plan import plan_question, printed_plan

Y21, Y22 = date(2021, 12, 31), date(2022, 12, 31)


def _row(label: str, value: float, statement: str, concept: str | None = None, end: date = Y22) -> Fact:
    months = 0 if statement == "balance_sheet" else 12
    return Fact(concept=concept, label=label, period_end=end, period=f"FY{end.year}", duration_months=months,
                value=value, statement=statement, doc_id="zeta-10k", page=5, row=f"{label}  {value:,.0f}",
                company="Zeta Corp")


ROWS = [_row("Inventories", 400, "balance_sheet", "inventories"),
        _row("Inventories", 330, "balance_sheet", "inventories", end=Y21),
        _row("Cost of products", -2_000, "income_statement"),
        _row("Cost of services", -190, "income_statement"),
        _row("Total revenues", 3_100, "income_statement", "revenue")]


def test_the_shorthand_after_the_question_answers_a_catalogue_metric_its_lines_cannot() -> None:
    q = ("What were Zeta's days inventory outstanding for 2022? 365 x average inventories (December 31, 2021 and "
         "2022) / (cost of products + cost of services); days, one decimal.")
    assert defined_formula(q, labels=True) is None  # not without the catalogue's plan failing first
    plan = printed_plan(q, catalogue_rows=True)
    assert plan is not None and plan.formula == "365 * avg(inventories) / ( row_cost_of_product + row_cost_of_service )"
    answer = answer_from_facts(q, ROWS, company="Zeta Corp")
    assert answer is not None and not answer.refused and answer.key_figure is not None
    assert round(answer.key_figure.value, 1) == 60.8  # 365 x 365 / 2,190


def test_the_shorthand_after_a_colon_with_dated_balances_and_times_a_number() -> None:
    q = ("Zeta 2022 days inventory outstanding: average of the Dec 31, 2022 and 2021 inventories, divided by 2022 "
         "cost of services, times 365. Days, one decimal.")
    plan = printed_plan(q, catalogue_rows=True)
    assert plan is not None and plan.formula == "avg(inventories) / row_cost_of_service * 365"
    assert [p.label for p in plan.periods] == ["FY2022"]  # the flow's year, not the balance's date


def test_where_the_catalogue_lines_answer_the_shorthand_is_not_read() -> None:
    q = ("What were Zeta's days inventory outstanding for 2022? 365 x average inventories / (cost of products + "
         "cost of services); days, one decimal.")
    rows = [*ROWS, _row("Cost of sales", -2_500, "income_statement", "cost_of_sales")]
    answer = answer_from_facts(q, rows, company="Zeta Corp")
    assert answer is not None and not answer.refused and answer.key_figure is not None
    assert round(answer.key_figure.value, 1) == 53.3  # the catalogue's cost of sales


def test_a_defined_metric_over_an_average_is_the_later_years_span() -> None:
    plan = plan_question("Return on average assets for Zeta in fiscal 2022: net income divided by the average of total "
                         "assets at December 31, 2021 and December 31, 2022. Percent, one decimal.")
    assert plan is not None and plan.formula == "net_income / avg(total_assets)"
    assert [p.label for p in plan.periods] == ["FY2022"]


def test_a_span_ended_on_a_date_is_still_no_part_of_an_operand() -> None:
    # the balance dates are dropped only after "for the six months ended July 2, 2023" is read as a span
    plan = plan_question("For Zeta's first half of 2023, compute payables days as 182 x average accounts payable "
                         "(December 31, 2022 and July 2, 2023) ÷ cost of sales for the six months ended July 2, 2023. "
                         "Days, one decimal.")
    assert plan is not None and plan.formula == "182 * avg(accounts_payable) / cost_of_sales"
