"""A metric the question defines in brackets right after its name and date, as an analyst notes it:
"Zeta's liquidity cover at December 31, 2022 (cash and cash equivalents / total current liabilities)".
The bracket defines the metric only with whole statement lines and operators written apart; a
catalogue metric keeps its own formula, and a bracket naming parts of a line defines nothing. The
precision asked (", to two decimals") ends a definition. Made-up companies, rows and sentences only."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.definitions import defined_formula
from assistant.core.finance.facts import Fact
from assistant.core.finance.plan import plan_question, printed_plan

Y22 = date(2022, 12, 31)


def _row(label: str, value: float, statement: str, concept: str | None = None, months: int = 0) -> Fact:
    return Fact(concept=concept, label=label, period_end=Y22, period="FY2022", duration_months=months,
                value=value, statement=statement, doc_id="zeta-10k", page=5, row=f"{label}  {value:,.0f}",
                company="Zeta Corp")


def test_a_bracket_of_whole_lines_after_the_name_defines_the_metric() -> None:
    q = "Zeta's liquidity cover at December 31, 2022 (cash and cash equivalents / total current liabilities)? Two decimals."
    plan = plan_question(q)
    assert plan is not None and plan.formula == "cash / total_current_liabilities" and plan.unit == "ratio"
    assert plan.title == "liquidity cover"
    rows = [_row("Cash and cash equivalents", 300, "balance_sheet", "cash"),
            _row("Total current liabilities", 1200, "balance_sheet", "total_current_liabilities")]
    answer = answer_from_facts(q, rows, company="Zeta Corp")
    assert answer is not None and not answer.refused and answer.key_figure is not None
    assert answer.key_figure.value == 0.25


def test_a_margin_in_brackets_is_a_percent_and_words_over_divide() -> None:
    plan = plan_question("What was Zeta's pre-tax return on sales in 2022 (income before income taxes over total "
                         "revenues)? Percent, one decimal.")
    assert plan is not None and plan.formula == "pretax_income / revenue" and plan.unit == "percent"
    assert "was" not in plan.title  # the question's frame is no part of the name


def test_a_bracket_after_a_questions_verb_names_the_metric_by_its_arithmetic() -> None:
    q = ("How much of its 2022 net income did Zeta hand out as cash dividends (dividends paid from the cash flow "
         "statement / net income, 52 weeks ended December 31, 2022)? Percent, one decimal.")
    found = defined_formula(q)
    assert found is not None and found[0] == "abs(dividends_paid) / net_income"
    assert found[2] == "dividends paid / net income"  # the span and the source are no part of the formula


def test_a_bracket_the_arithmetic_goes_on_after_is_one_operand() -> None:
    # "(A + B) / C, excluding D": the bracket is the dividend, not the metric
    found = defined_formula("Zeta's acid test at December 31, 2022 (cash and cash equivalents + accounts receivable) "
                            "/ total current liabilities, excluding restricted cash? Two decimals.")
    assert found is None or found[0] != "cash + receivables"


def test_a_catalogue_metric_keeps_its_formula() -> None:
    plan = plan_question("Zeta's gross margin in 2022 (revenue less cost of sales, over revenue)? Percent.")
    assert plan is not None and plan.formula == "gross_profit / revenue"


def test_a_bracket_naming_parts_of_a_line_defines_nothing() -> None:
    # the parts of the line named before the bracket, or a part of a line ("overseas sales"), are no formula
    assert defined_formula("Zeta's total lease liabilities (current plus non-current) at December 31, 2022? "
                           "USD millions.") is None
    assert printed_plan("Zeta's total lease liabilities (current plus non-current) at December 31, 2022? "
                        "USD millions.") is None
    assert defined_formula("What share of Zeta's 2022 sales came from abroad (overseas sales / worldwide sales)? "
                           "Percent.") is None
    assert defined_formula("Zeta's 2022 revenue by channel (retail/wholesale)? USD millions.") is None


def test_the_precision_asked_ends_a_definition() -> None:
    printed = printed_plan("Zeta's quick ratio at December 31, 2022: (cash and cash equivalents + marketable "
                           "holdings + accounts receivable, net) ÷ total current liabilities, to two decimals?",
                           catalogue_rows=True)
    assert printed is not None and printed.formula is not None
    assert printed.formula.endswith("/ total_current_liabilities")
