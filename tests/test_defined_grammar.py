"""A formula the question writes itself, in the ways a reader writes one: after a period in
parentheses (", defined as A minus B"), as the means ("using A divided by the average of B, what
was ..."), as a sum ("the sum of A and B"), as a bare sum with no question word, as "A as a
percentage of B". Made-up companies, rows and sentences only."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.definitions import defined_formula
from assistant.core.finance.facts import Fact
from assistant.core.finance.labels import label_operand
from assistant.core.finance.plan import plan_question

Y21, Y22 = date(2021, 12, 31), date(2022, 12, 31)


def _row(label: str, value: float, statement: str, concept: str | None = None, end: date = Y22,
         page: int = 5) -> Fact:
    months = 0 if statement == "balance_sheet" else 12
    return Fact(concept=concept, label=label, period_end=end, period=f"FY{end.year}", duration_months=months,
                value=value, statement=statement, doc_id="zeta-10k", page=page, row=f"{label}  {value:,.0f}",
                company="Zeta Corp")


def _computed(q: str, rows: list[Fact]) -> float:
    """The figure computed from `rows`, which must be an answer, not a refusal."""
    answer = answer_from_facts(q, rows, company="Zeta Corp")
    assert answer is not None and not answer.refused and answer.key_figure is not None
    return answer.key_figure.value


def test_a_definition_after_a_period_in_parentheses_is_read() -> None:
    q = ("Zeta's cash handed back to owners in fiscal 2022 (year ended December 31, 2022), defined as dividends "
         "paid plus share repurchases? USD millions.")
    found = defined_formula(q)
    assert found is not None and found[0] == "abs(dividends_paid) + abs(share_repurchases)"
    assert "(" not in found[2]  # the period's parenthesis is no part of the name
    rows = [_row("Dividends paid", -300, "cash_flow", "dividends_paid"),
            _row("Repurchases of common stock", -120, "cash_flow", "share_repurchases")]
    assert _computed(q, rows) == 420


def test_a_formula_given_as_the_means_with_an_average_of_two_year_ends_takes_the_later_year() -> None:
    q = ("Using net sales divided by the average of total assets at the end of fiscal 2021 and fiscal 2022, "
         "what was Zeta's asset productivity for fiscal 2022? Two decimals.")
    plan = plan_question(q)
    assert plan is not None and plan.formula == "revenue / avg(total_assets)"
    assert [p.label for p in plan.periods] == ["FY2022"]


def test_the_sum_of_items_groups_a_line_whose_name_holds_and() -> None:
    q = ("Define Zeta's liquid funds as the sum of cash and cash equivalents and short-term investments. "
         "What were they at December 31, 2022? USD millions.")
    found = defined_formula(q)
    assert found is not None and found[0] == "( cash + short_term_investments )"


def test_a_bare_sum_of_printed_rows_is_computed_from_those_rows() -> None:
    q = "Zeta goodwill plus other intangible assets, net, at December 31, 2022? USD millions."
    assert plan_question(q) is None or plan_question(q).formula is None  # type: ignore[union-attr]
    # the reader names both rows' concepts (goodwill and intangible assets are balance sheet lines of their own)
    rows = [_row("Goodwill", 640, "balance_sheet", "goodwill"),
            _row("Other intangible assets, net", 215, "balance_sheet", "intangible_assets"),
            _row("Total assets", 9000, "balance_sheet", "total_assets")]
    assert _computed(q, rows) == 855


def test_a_bare_sum_of_lines_that_all_carry_concepts_is_still_computed_over_their_rows() -> None:
    # read as a sum only with the lines named as printed; every operand happens to be a concept
    q = "Zeta accounts payable plus deferred revenue at December 31, 2022? USD millions."
    rows = [_row("Accounts payable", 410, "balance_sheet", "accounts_payable"),
            _row("Deferred revenue", 95, "balance_sheet", "deferred_revenue")]
    assert _computed(q, rows) == 505


def test_a_bare_share_of_an_expense_row_printed_without_the_word_expense() -> None:
    q = "Zeta's fiscal 2022 share-based compensation expense as a percentage of its fiscal 2022 net income? One decimal."
    rows = [_row("Share-based compensation", 45, "cash_flow"), _row("Net income", 900, "income_statement", "net_income")]
    assert _computed(q, rows) == 5.0


def test_a_shorthand_after_a_colon_is_read_over_concepts_only() -> None:
    q = ("Zeta days of payables for 2022: 365 x average accounts payable (December 31, 2021 and 2022) / "
         "total costs and expenses for 2022. Days, one decimal.")
    assert defined_formula(q, labels=True) is None  # no printed operands after a colon: a shorthand read loosely
    found = defined_formula("Zeta 2022: net income over revenue? Percent, one decimal.", labels=True)
    assert found is not None and found[0] == "net_income / revenue"


def test_one_operand_of_two_years_is_no_formula_over_one_period() -> None:
    q = "By what factor did Zeta's diluted EPS grow (fiscal 2022 EPS divided by fiscal 2020 EPS)? Ratio, one decimal."
    assert defined_formula(q, labels=True) is None


def test_arithmetic_over_rows_the_filing_lacks_is_not_answered_by_one_operand() -> None:
    q = ("Zeta's net widget borrowing in fiscal 2022 (year ended December 31, 2022), defined as proceeds from widget "
         "notes minus repayments of widget notes? USD millions.")
    rows = [_row("Proceeds from widget notes", 500, "cash_flow"), _row("Revenue", 9000, "income_statement", "revenue")]
    assert answer_from_facts(q, rows, company="Zeta Corp") is None


def test_a_single_word_names_a_printed_line_only_when_it_is_a_line_name() -> None:
    assert label_operand("goodwill") == "row_goodwill"
    assert label_operand("margin") is None and label_operand("other") is None and label_operand("amount") is None


def test_a_catalogue_metric_restated_in_loose_words_keeps_the_catalogue_plan() -> None:
    q = ("What was Zeta's free cash flow in 2022, taken as operating cash flow minus payments to acquire property, "
         "plant and equipment? USD millions.")
    plan = plan_question(q)
    assert plan is not None and plan.metric is not None and plan.metric.name == "fcf"  # never net PP&E as capex


def test_a_definition_written_before_the_question_is_read() -> None:
    q = ("Defined as net cash provided by operating activities divided by net income, what was Zeta's cash "
         "cover in fiscal 2022? Two decimals.")
    found = defined_formula(q)
    assert found is not None and found[0] == "cash_from_operations / net_income" and found[2] == "cash cover"
    rows = [_row("Net cash provided by operating activities", 450, "cash_flow", "cash_from_operations"),
            _row("Net income", 300, "income_statement", "net_income")]
    assert round(_computed(q, rows), 2) == 1.5


def test_a_leading_definition_needs_the_question_after_it() -> None:
    # no question follows the clause: nothing is defined by it
    assert defined_formula("Defined as net income divided by revenue.") is None
