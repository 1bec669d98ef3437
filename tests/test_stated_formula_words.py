"""A metric whose formula the question states in words other than "defined as": a gerund definition
("Defining X as A minus B, ..."), a share of one line the company kept or spent as another, how many
times one line covers another, the days metrics by their other names, the average of a balance's
opening and closing amounts, and a part of a catalogue metric defined before the metric is asked.
Made-up companies, rows and sentences only."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.definitions import defined_formula
from assistant.core.finance.facts import Fact
from assistant.core.finance.plan import plan_question
from assistant.core.finance.ratio_wording import ratio_formula

Y21, Y22 = date(2021, 12, 31), date(2022, 12, 31)


def _row(label: str, value: float, statement: str, concept: str | None = None, end: date = Y22) -> Fact:
    months = 0 if statement == "balance_sheet" else 12
    return Fact(concept=concept, label=label, period_end=end, period=f"FY{end.year}", duration_months=months,
                value=value, statement=statement, doc_id="orvell-10k", page=4, row=f"{label}  {value:,.0f}",
                company="Orvell Marine")


def test_a_gerund_definition_defines_the_metric_before_the_question() -> None:
    found = defined_formula("Defining the cash conversion rate as operating cash flow divided by net income, "
                            "what was Orvell Marine's cash conversion rate in 2022?")
    assert found is not None and found[0] == "cash_from_operations / net_income" and found[2] == "cash conversion rate"
    assert found[1] == "percent"


def test_a_definition_over_rows_named_as_printed_reads_them_so() -> None:
    found = defined_formula("Defining fleet intensity as vessel operating costs divided by revenue, what was "
                            "Orvell Marine's fleet intensity in 2022?", labels=True)
    assert found is not None and found[0].startswith("row_vessel_operating_cost") and found[0].endswith("/ revenue")


def test_days_written_after_times_multiply() -> None:
    found = defined_formula("Defining stock cover as inventories divided by cost of sales, times the 91 days of "
                            "the quarter, how many days of stock did Orvell Marine hold?")
    assert found is not None and found[0] == "inventories / cost_of_sales * 91"


def test_an_operands_span_words_are_the_plans_period_not_its_line() -> None:
    found = defined_formula("Defining stock cover as inventories divided by fourth-quarter cost of sales, "
                            "how many days of stock did Orvell Marine hold at December 31, 2022?")
    assert found is not None and found[0] == "inventories / cost_of_sales"


def test_a_share_of_one_line_the_company_kept_as_another() -> None:
    found = ratio_formula("What share of its revenue did Orvell Marine keep as net income in 2022?")
    assert found is not None and found[0] == "net_income / revenue" and found[1] == "percent"
    # the line's own period words open it: the plan's period
    found = ratio_formula("What share of fiscal 2022 revenue did Orvell Marine convert into operating income?")
    assert found is not None and found[0] == "operating_income / revenue"


def test_a_share_of_one_line_another_line_represents() -> None:
    found = ratio_formula("What share of revenue did Orvell Marine's research and development expense represent "
                          "in 2022?")
    assert found is not None and found[0] == "rnd / revenue"


def test_how_many_times_one_line_covers_another() -> None:
    found = ratio_formula("How many times did Orvell Marine's fourth-quarter 2022 operating income cover its "
                          "interest expense?")
    assert found is not None and found[0] == "operating_income / interest_expense" and found[1] == "ratio"
    # the company turning a line is no line covering another
    assert ratio_formula("How many times did Orvell Marine turn its inventory in 2022?") is None


def test_the_days_metrics_by_their_other_names() -> None:
    for q, name in [("What were Orvell Marine's debtor days in 2022?", "dso"),
                    ("How many days of sales did Orvell Marine have outstanding in 2022?", "dso"),
                    ("What were Orvell Marine's creditor days in 2022?", "dpo"),
                    ("What were Orvell Marine's payable days in 2022?", "dpo"),
                    ("What were Orvell Marine's stock days in 2022?", "dio")]:
        plan = plan_question(q)
        assert plan is not None and plan.metric is not None and plan.metric.name == name, q


def test_the_average_of_opening_and_closing_balances_over_one_year() -> None:
    q = ("What was Orvell Marine's average inventory for 2022, taking the opening and closing balances? "
         "USD millions, one decimal.")
    plan = plan_question(q)
    assert plan is not None and plan.formula == "avg(inventories)" and len(plan.periods) == 1
    rows = [_row("Inventories", 410.0, "balance_sheet", "inventories", Y22),
            _row("Inventories", 390.0, "balance_sheet", "inventories", Y21)]
    answer = answer_from_facts(q, rows, company="Orvell Marine")
    assert answer is not None and not answer.refused and answer.key_figure is not None
    assert answer.key_figure.value is not None and abs(answer.key_figure.value - 400.0) < 1e-6
    # a flow has no opening and closing balance: no such plan
    flow = plan_question("What was Orvell Marine's average revenue for 2022, from opening and closing amounts?")
    assert flow is None or flow.formula != "avg(revenue)"


def test_an_average_without_opening_and_closing_over_one_year_is_still_no_average() -> None:
    plan = plan_question("What was Orvell Marine's average inventory in 2022?")
    assert plan is None or plan.kind == "average"


def test_a_part_of_the_asked_metric_defined_first_replaces_the_catalogues_part() -> None:
    from assistant.core.finance.defined_parts import part_defined

    q = ("Taking total debt as the current portion of long-term debt plus long-term debt, what was Orvell Marine's "
         "debt-to-equity ratio at December 31, 2022?")
    found = part_defined(q)
    assert found is not None and found[0] == "(short_term_debt + long_term_debt) / total_equity"
    assert defined_formula(q) is None  # the part is no definition of the metric asked
    # a part the asked metric does not use defines nothing
    assert part_defined("Taking free cash flow as operating cash flow minus capital expenditures, what was "
                        "Orvell Marine's current ratio at December 31, 2022?") is None
    rows = [_row("Current portion of long-term debt", 20.0, "balance_sheet", "short_term_debt"),
            _row("Long-term debt", 180.0, "balance_sheet", "long_term_debt"),
            _row("Total equity", 400.0, "balance_sheet", "total_equity")]
    answer = answer_from_facts(q, rows, company="Orvell Marine")
    assert answer is not None and not answer.refused and answer.key_figure is not None
    assert answer.key_figure.value is not None and abs(answer.key_figure.value - 0.5) < 1e-6
