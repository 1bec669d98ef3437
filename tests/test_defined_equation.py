"""Definitions written as an equation after "Defined:", as "take X as A ÷ B", with the source or the
span named beside an operand, a slash inside one printed line's name, and a day count; a definition
the parser cannot read is never answered with a catalogue metric of another definition. Made-up
companies, rows and questions only."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.definitions import defined_formula
from assistant.core.finance.facts import Fact
from assistant.core.finance.presentation import label_names_direction

Y22 = date(2022, 12, 31)


def _row(label: str, value: float, concept: str | None = None, statement: str = "cash_flow") -> Fact:
    months = 0 if statement == "balance_sheet" else 12
    return Fact(concept=concept, label=label, period_end=Y22, period="FY2022", duration_months=months,
                value=value, statement=statement, doc_id="orca-10k", page=7, row=f"{label}  {value:,.0f}",
                company="Orca Foods")


def test_an_equation_after_defined_and_a_colon_is_read_with_its_name() -> None:
    q = ("Defined: shareholder payout = dividends paid ÷ net income, both from the cash flow statement. "
         "What was it for Orca Foods in fiscal 2022, percent to one decimal?")
    found = defined_formula(q)
    assert found is not None and found[0] == "abs(dividends_paid) / net_income"
    assert found[1] == "percent" and found[2] == "shareholder payout"


def test_a_nameless_equation_after_defined_is_named_by_its_arithmetic() -> None:
    q = "Defined: dividends paid ÷ net income. What was it for Orca Foods in 2022, in percent?"
    found = defined_formula(q)
    assert found is not None and found[0] == "abs(dividends_paid) / net_income"
    assert "net income" in found[2] and "2022" not in found[2]


def test_defined_without_a_colon_is_no_equation_heading() -> None:
    q = "What was Orca Foods' defined benefit obligation at December 31, 2022? USD millions."
    assert defined_formula(q) is None


def test_take_x_as_arithmetic_defines_x_but_not_take_x_as_a_percentage() -> None:
    q = ("Take Orca's cash cover as cash and cash equivalents divided by total current liabilities. "
         "What was it at December 31, 2022? Two decimals.")
    found = defined_formula(q)
    assert found is not None and found[0] == "cash / total_current_liabilities" and found[2] == "cash cover"
    near = "Take Orca's 2022 capital spending as a percent of its year-end 2022 total assets. Two decimals."
    found = defined_formula(near)
    assert found is None or "percent" not in found[0]


def test_a_source_named_with_its_year_is_no_part_of_an_operand() -> None:
    q = ("Define Orca's buyback weight as repurchases of common stock divided by net income, both from the "
         "fiscal 2022 cash flow statement. What was it? Percent, one decimal.")
    found = defined_formula(q)
    assert found is not None and found[0] == "abs(share_repurchases) / net_income"
    q = ("Define Orca's lease total for 2022 as operating lease cost plus short-term lease cost, from the lease "
         "note of the 2022 10-K. What was it in $ millions?")
    found = defined_formula(q, labels=True)
    assert found is not None and found[0] == "row_operating_lease_cost + row_short_term_lease_cost"


def test_a_slash_between_words_beside_spaced_operators_joins_one_line() -> None:
    q = ("Defined: fresh borrowing = proceeds from issuance of long-term debt − payments of long-term debt − "
         "tender offers/early redemption. Compute it for Orca's fiscal 2022, in $ millions.")
    found = defined_formula(q, labels=True)
    assert found is not None
    # two concepts (s28); a repayment, an outflow, counts by its size
    assert found[0] == "debt_proceeds - abs(debt_repayments) - row_tender_offer_early_redemption"
    rows = [_row("Proceeds from issuance of long-term debt", 900, "debt_proceeds"),
            _row("Payments of long-term debt", -250, "debt_repayments"),
            _row("Tender offers/early redemption", -150)]
    answer = answer_from_facts(q, rows, company="Orca Foods")
    assert answer is not None and not answer.refused and answer.key_figure is not None
    assert answer.key_figure.value == 500  # a bracketed redemption is subtracted by its size


def test_a_slash_alone_still_divides() -> None:
    q = "Orca Foods 2022 profit share, defined as net income/revenue? Percent, one decimal."
    found = defined_formula(q)
    assert found is not None and found[0] == "net_income / revenue"


def test_a_quarter_day_count_and_an_operand_span_are_read() -> None:
    q = ("Orca's days of inventory for Q2 fiscal 2024, defined as inventories at July 29, 2023 ÷ cost of sales for "
         "the three months ended July 29, 2023 × 91 days. One decimal.")
    found = defined_formula(q)
    assert found is not None and found[0] == "inventories / cost_of_sales * 91" and found[1] == "days"


def test_a_redemption_or_repayment_named_at_a_label_end_is_an_outflow() -> None:
    assert label_names_direction("Cash tender offers/debt redemption")
    assert label_names_direction("Debt repayments")
    assert not label_names_direction("Proceeds from sales and redemptions of investments")
