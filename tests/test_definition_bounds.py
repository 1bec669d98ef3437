"""Where a question's own definition ends and what its operands are, read as a filing reader would:
a full stop inside a name ("Corvane Inc. shareholders' equity") ends no sentence; the unit the answer
is asked in (", in USD millions", ". $ millions") is no line of the formula; a source named for every
operand ("both from the funding table of the 10-K") is no operand; the current portion of long-term
debt is the line the statements read as short-term debt, never long-term debt itself; and a figure
worked out from stated ones is given to the decimals the question asks. Made-up companies, rows and
passages only."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.definitions import defined_formula
from assistant.core.finance.facts import Fact
from assistant.core.finance.plan import question_concept
from assistant.core.finance.written_order import dividend_whole
from tests.fakes.one_passage import passage_answer

END = date(2023, 6, 30)
CO = "Corvane Inc."


def _row(label: str, value: float, concept: str | None = None, statement: str = "balance_sheet") -> Fact:
    months = 0 if statement == "balance_sheet" else 12
    return Fact(concept=concept, label=label, period_end=END, period="FY2023", duration_months=months, value=value,
                statement=statement, doc_id="corvane-10k", page=7, row=f"{label}  {value:,.0f}", company=CO)


def _value(question: str, rows: list[Fact]) -> float:
    answer = answer_from_facts(question, rows, company=CO)
    assert answer is not None and not answer.refused and answer.key_figure is not None, answer and answer.answer
    value = answer.key_figure.value
    assert value is not None
    return value


def test_a_full_stop_inside_a_name_does_not_end_the_definition() -> None:
    q = ("Define Corvane's leverage as total liabilities ÷ total Corvane Inc. shareholders' equity. "
         "What was it at June 30, 2023? Two decimals.")
    found = defined_formula(q, labels=True)
    assert found is not None and found[0] == "total_liabilities / row_corvane_inc_shareholder_equity"
    rows = [_row("Total liabilities", 900.0, "total_liabilities"),
            _row("Total Corvane Inc. shareholders' equity", 600.0),
            _row("Total equity", 640.0, "total_equity")]
    assert _value(q, rows) == pytest.approx(1.5)  # the line the question names, not total equity with minorities


def test_a_restatement_after_i_e_is_no_operand() -> None:
    q = ("Take Corvane's fiscal 2023 gross receipts minus its rebates paid, i.e. the net receipts kept. "
         "How much, in USD millions?")
    found = defined_formula(q, labels=True)
    assert found is not None and found[0] == "row_gross_receipt - row_rebate_paid"


@pytest.mark.parametrize("unit", [", in USD millions?", ", in $ millions?", ". $ millions.", ". $M"])
def test_the_unit_asked_is_no_part_of_the_last_operand(unit: str) -> None:
    q = f"Corvane total borrowings at June 30, 2023, defined as notes payable plus term loans{unit}"
    found = defined_formula(q, labels=True)
    assert found is not None and found[0].endswith("row_term_loan"), found


def test_a_source_named_for_both_operands_is_no_operand() -> None:
    q = ("Define Corvane's funding mix as average term loans divided by average deposits held, both from the funding "
         "table of the 2023 10-K. What was it for 2023? Two decimals.")
    found = defined_formula(q, labels=True)
    assert found is not None and found[0] == "avg(row_term_loan) / avg(row_deposit_held)", found


@pytest.mark.parametrize("name", ["current portion of long-term debt", "current maturities of long-term debt"])
def test_the_current_portion_of_long_term_debt_is_short_term_debt(name: str) -> None:
    found = question_concept(name)
    assert found is not None and found[0] == "short_term_debt"
    q = (f"Corvane net borrowings at June 30, 2023, defined as {name} + long-term debt, net - cash and cash "
         "equivalents. USD millions.")
    formula = defined_formula(q)
    assert formula is not None and formula[0] == "short_term_debt + long_term_debt - cash"  # never one line twice
    rows = [_row("Current portion of long-term debt", 120.0, "short_term_debt"),
            _row("Long-term debt, net", 880.0, "long_term_debt"),
            _row("Cash and cash equivalents", 300.0, "cash")]
    assert _value(q, rows) == pytest.approx(700.0)


TABLE = ("Share count (millions)  2023  2022\n"
         "Dilutive effect of awards  2.5  3.4\n"
         "Weighted-average basic shares  246.8  259.6")


def test_a_figure_worked_out_is_given_to_the_decimals_asked() -> None:
    q = ("Define Corvane's share dilution as the dilutive effect of awards divided by weighted-average basic shares. "
         "What was it for 2023? Percent, two decimals.")
    answer = passage_answer(q, TABLE, company=CO, doc="c", derived=True, period="FY2023")
    if answer.refused or answer.key_figure is None:
        pytest.skip(f"the passage path gives no figure here: {answer.answer}")
    assert answer.key_figure.value == pytest.approx(1.01)
    assert "= 1.01%" in answer.answer  # the working states the result as the answer does


@pytest.mark.parametrize(("tokens", "expected"), [
    ("a + b + c / d", "( a + b + c ) / d"),
    ("( a - b ) / a", "( a - b ) / a"),
    ("a / ( b + c )", "a / ( b + c )"),
    ("365 * avg(x) / y", "365 * avg(x) / y"),
    ("a / b + c / d", "a / b + c / d"),
    ("x * ( a + b / c )", "x * ( ( a + b ) / c )"),
])
def test_a_written_division_divides_what_is_named_before_it(tokens: str, expected: str) -> None:
    assert " ".join(dividend_whole(tokens.split())) == expected


def test_a_sum_written_before_divided_by_is_the_dividend() -> None:
    q = ("Define Corvane's acid test as cash and cash equivalents plus short-term investments plus receivables, net, "
         "divided by total current liabilities. What was it at June 30, 2023? Ratio, two decimals.")
    found = defined_formula(q)
    assert found is not None
    assert found[0] == "( cash + short_term_investments + receivables ) / total_current_liabilities"
    rows = [_row("Cash and cash equivalents", 100.0, "cash"), _row("Short-term investments", 50.0, "short_term_investments"),
            _row("Accounts receivable, net", 150.0, "receivables"),
            _row("Total current liabilities", 400.0, "total_current_liabilities")]
    assert _value(q, rows) == pytest.approx(0.75)


def test_a_metric_named_before_its_date_keeps_its_name() -> None:
    found = defined_formula("Corvane net borrowings at June 30, 2023, defined as short-term debt plus long-term debt. "
                            "USD millions.")
    assert found is not None and found[2] == "Corvane net borrowings"


def test_a_catalogue_reading_set_aside_gives_way_to_the_rows_the_definition_names() -> None:
    q = ("Corvane 2023: net debt paydown, defined as repayments of long-term debt minus proceeds from issuance of "
         "long-term debt. USD millions.")
    rows = [_row("Current portion of long-term debt", 120.0, "short_term_debt"),
            _row("Long-term debt", 880.0, "long_term_debt"),
            _row("Cash and cash equivalents", 300.0, "cash"),
            _row("Repayments of long-term debt", -500.0, "debt_repayments", statement="cash_flow"),
            _row("Proceeds from issuance of long-term debt", 200.0, "debt_proceeds", statement="cash_flow")]
    assert _value(q, rows) == pytest.approx(300.0)  # not net debt's 700
