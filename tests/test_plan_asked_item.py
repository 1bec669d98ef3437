"""A statement line is planned only when it is what the question asks for: not what moved it, a
part of it, or a share or ratio of it (our own wording, about a made-up company)."""

from __future__ import annotations

import pytest

from assistant.core.finance.plan import label_plan, plan_question


@pytest.mark.parametrize("question", [
    "How much did currency movements take off Acme's reported revenues in fiscal 2023?",
    "In dollars, how much of Acme's fiscal 2023 net sales came from higher prices?",
    "By how many percentage points did foreign exchange reduce Acme's revenue growth in Q1 2023?",
    "How many percentage points of Acme's fiscal 2023 revenue growth did Europe account for?",
    "By how much did the revenue of Acme's robotics business grow in 2022?",
    "How much would a 100 basis point rise in rates hurt Acme's net interest income in 2023?",
    "What allowance for loan losses to retained loans coverage ratio did Acme Bank have at June 30, 2023?",
])
def test_what_moved_a_line_item_or_a_part_or_share_of_it_is_not_the_line_item(question: str) -> None:
    assert plan_question(question) is None
    assert label_plan(question) is None


@pytest.mark.parametrize(("question", "kind", "concept"), [
    ("What were Acme's revenues in fiscal 2023? USD millions.", "lookup", "revenue"),
    ("By what percentage did Acme's revenue grow in fiscal 2023?", "growth", "revenue"),
    ("What was Acme's customer deposits balance at June 30, 2023? USD millions.", "lookup", None),
])
def test_the_line_item_itself_is_still_planned(question: str, kind: str, concept: str | None) -> None:
    plan = plan_question(question)
    assert plan is not None and plan.kind == kind and plan.concept == concept


@pytest.mark.parametrize("question", [
    "What was Acme's total liabilities to equity at the end of fiscal 2022?",
    "What was Acme's total debt-to-assets at the end of fiscal 2022?",
    "What was Acme's long-term debt to total capital at the end of fiscal 2022?",
])
def test_a_line_item_to_another_is_a_ratio_not_the_line_item(question: str) -> None:
    assert plan_question(question) is None
    assert label_plan(question) is None


def test_a_difference_or_a_per_share_figure_of_a_total_is_not_the_line_item() -> None:
    difference = "How much higher was Acme's revenue in 2022 than in 2021? USD millions."
    assert plan_question(difference) is None and label_plan(difference) is None
    # A row labelled "Revenue per share" may still be looked up by its label; the total is not it.
    assert plan_question("What was Acme's revenue per share in 2022?") is None


@pytest.mark.parametrize(("question", "formula"), [
    ("What was Acme's operating income margin for fiscal 2022?", "operating_income / revenue"),
    ("What was Acme's free cash flow margin in fiscal 2022?", "(cash_from_operations - abs(capex)) / revenue"),
])
def test_a_line_item_or_amount_metric_named_with_margin_is_over_revenue(question: str, formula: str) -> None:
    plan = plan_question(question)
    assert plan is not None and plan.unit == "percent" and plan.formula == formula


@pytest.mark.parametrize("question", [
    "What was Acme's cumulative revenue over fiscal 2020 to 2022? USD millions.",
    "What was Acme's total revenue over the three years 2020-2022? USD millions.",
    "What was Acme's combined net income for 2021 and 2022? USD millions.",
    "What was Acme's highest quarterly revenue in 2022? USD millions.",
    "What was Acme's average quarterly revenue in 2022? USD millions.",
])
def test_a_total_over_periods_an_extreme_or_a_per_quarter_average_of_a_year_is_not_one_lookup(question: str) -> None:
    assert plan_question(question) is None
    assert label_plan(question) is None


def test_an_average_over_a_span_of_years_takes_every_year_in_it_and_names_are_no_superlatives() -> None:
    plan = plan_question("What was Acme's revenue on average per year between 2020 and 2022? USD millions.")
    assert plan is not None and plan.kind == "average" and [p.label for p in plan.periods] == ["FY2020", "FY2021", "FY2022"]
    named = plan_question("What was Best Widgets' total revenue in fiscal 2022? USD millions.")
    assert named is not None and named.concept == "revenue"


def test_a_total_for_one_period_is_still_the_line_item() -> None:
    plan = plan_question("What were Acme's total revenues for the three months ended July 2, 2023? USD millions.")
    assert plan is not None and plan.concept == "revenue" and plan.periods[0].months == 3


def test_an_analysts_names_for_lines_and_a_total_rows_label() -> None:
    from assistant.core.answer.row_names import phrase_in

    plan = plan_question("What was Acme's bottom line in fiscal 2022? USD millions.")
    assert plan is not None and plan.concept == "net_income"
    assert phrase_in("total noninterest expense", "What was Acme's noninterest expense in Q2 2023?", set())
    # The label's other words must still stand in the question whole.
    assert not phrase_in("total deposits in non u s offices", "What were Acme's deposits at June 30, 2023?", set())
    assert not phrase_in("total interest expense", "What were Acme's revenues net of interest expense?", set())


@pytest.mark.parametrize("question", [
    "What was Acme's times interest earned ratio for fiscal 2022? One decimal.",
    "Acme 2021 times-interest-earned (operating income over interest expense)? Times, one decimal.",
])
def test_times_interest_earned_is_the_catalogues_interest_coverage(question: str) -> None:
    plan = plan_question(question)
    assert plan is not None and plan.kind == "formula" and plan.metric is not None
    assert plan.metric.name == "interest_coverage"


@pytest.mark.parametrize("question", [
    "What was Acme's average revenue per subscriber in 2023, in dollars?",
    "Acme's average spending per card member in fiscal 2022?",
])
def test_an_average_per_unit_is_a_stated_statistic_not_an_average_over_years(question: str) -> None:
    plan = plan_question(question)
    assert plan is None or plan.kind != "average"


def test_an_average_over_years_is_still_planned() -> None:
    plan = plan_question("What was Acme's average revenue over fiscal 2021 to fiscal 2023? USD millions.")
    assert plan is not None and plan.kind == "average" and plan.concept == "revenue"


def test_interest_income_asked_is_not_the_net_interest_income_row() -> None:
    from assistant.core.answer.row_names import phrase_in

    # Net interest income is interest income less interest expense: another line.
    assert not phrase_in("net interest income", "What interest income on card loans did Acme Bank earn in 2021?", set())
    assert phrase_in("net interest income", "What net interest income did Acme Bank earn in 2021?", set())
    assert phrase_in("net sales", "What were Acme's sales in 2021?", set())
