"""Sign by presentation: a line whose label names its direction (an expense, a charge, an
outflow, a contra account) is answered and computed as its size; a net or two-way line keeps
its sign. Made-up rows only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.concepts import match_concept
from assistant.core.finance.facts import Fact
from assistant.core.finance.metrics import run_expression
from assistant.core.finance.presentation import is_magnitude, label_names_direction

Y22, Y21 = date(2022, 12, 31), date(2021, 12, 31)


@pytest.mark.parametrize("label", [
    "General and administrative expense", "Restructuring charges", "Cost of services", "Impairment losses",
    "Treasury stock, at cost", "Acquisitions of wireless licenses", "Purchases of common stock",
    "Payments for repurchase of shares", "Dividends paid", "Less: Allowance for credit losses",
    "Net interest expense and other", "Interest and debt expense", "Allowance for loan losses",
    "Acquisitions, net of cash acquired", "Business acquisitions (net of cash acquired)",
    "Pension and retiree medical plan contributions", "Contributions to defined benefit pension plans",
])
def test_labels_that_name_a_direction_are_magnitudes(label: str) -> None:
    assert label_names_direction(label)


@pytest.mark.parametrize("label", [
    "Other income (expense), net", "Net cash used in investing activities", "Operating income (loss)",
    "Net income (loss)", "Provision for (benefit from) income taxes", "Gain (loss) on sale of assets",
    "Revenues", "Inventories", "Total shareholders' equity", "Earnings before provision for taxes on income",
    "Change in accounts payable", "Acquisitions", "Net cash used for acquisitions", "Payments, net of proceeds",
    "Contributions from noncontrolling interests", "Capital contributions",
])
def test_net_or_two_way_labels_keep_their_sign(label: str) -> None:
    assert not label_names_direction(label)


def test_concepts_that_are_costs_are_magnitudes_whatever_the_label() -> None:
    assert is_magnitude("capex", "Additions to property") and is_magnitude("sga", "")
    assert not is_magnitude("revenue", "Revenue")


def _line(label: str, value: float, period: str = "FY2022", end: date = Y22, statement: str = "income_statement",
          months: int = 12) -> Fact:
    # the reader names a row by its concept where one does (interest income is a concept since s28)
    fact = Fact(concept=match_concept(label, "", statement), label=label, period_end=end, period=period, duration_months=months, value=value,
                statement=statement, doc_id="acme-10k", page=5, row=f"{label}  ({abs(value):,.0f})", company="Acme")
    return replace(fact, scale="million")


REVENUE = Fact(concept="revenue", label="Revenue", period_end=Y22, period="FY2022", duration_months=12, value=9000,
               statement="income_statement", doc_id="acme-10k", page=5, row="Revenue  9,000", company="Acme",
               scale="million")


def _ask(question: str, facts: list[Fact]):  # type: ignore[no-untyped-def]
    answer = answer_from_facts(question, facts, company="Acme")
    assert answer is not None and not answer.refused, answer and answer.answer
    assert answer.key_figure is not None
    return answer


def test_an_expense_printed_in_parentheses_is_answered_as_its_size() -> None:
    rows = [REVENUE, _line("General and administrative expense", -4187)]
    answer = _ask("What was Acme's general and administrative expense in fiscal 2022? $ millions.", rows)
    assert answer.key_figure.value == 4187
    assert "-$" not in answer.answer.split("\n")[0]


def test_a_contra_equity_balance_is_answered_as_its_size() -> None:
    rows = [REVENUE, _line("Treasury stock, at cost", -50814, period="FY2022", statement="balance_sheet", months=0)]
    answer = _ask("What was Acme's treasury stock, at cost, at December 31, 2022? $ millions.", rows)
    assert answer.key_figure.value == 50814


def test_the_change_of_an_expense_is_computed_on_its_size_and_recomputes() -> None:
    rows = [REVENUE, _line("Interest and debt expense", -2533),
            _line("Interest and debt expense", -2682, period="FY2021", end=Y21)]
    answer = _ask("By what percent did Acme's interest and debt expense change in fiscal 2022 versus fiscal 2021? "
                  "One decimal.", rows)
    assert answer.key_figure.value == pytest.approx(-5.6, abs=0.05)
    comp = answer.computation
    assert comp is not None
    assert run_expression(comp.expression, [i.value for i in comp.inputs]) == pytest.approx(-0.0556, abs=1e-3)


def test_a_profit_line_that_is_a_loss_stays_negative() -> None:
    rows = [REVENUE, _line("Operating income (loss)", -1234)]
    answer = _ask("What was Acme's operating income (loss) in fiscal 2022? $ millions.", rows)
    assert answer.key_figure.value == -1234


def test_a_net_two_way_line_keeps_its_sign() -> None:
    rows = [REVENUE, _line("Other income (expense), net", -75)]
    answer = _ask("What was Acme's other income (expense), net in fiscal 2022? $ millions.", rows)
    assert answer.key_figure.value == -75


@pytest.mark.parametrize("label", [
    "Income taxes paid", "Cash paid for interest", "Interest paid, net of amounts capitalized",
    "Claims and benefits paid", "Income taxes paid, net of refunds",
])
def test_cash_paid_out_is_an_outflow_even_when_the_label_names_income(label: str) -> None:
    assert label_names_direction(label)


@pytest.mark.parametrize("label", [
    "Additional paid-in capital", "Capital in excess of par value (paid in capital)",
    "Income taxes paid (refunded), net", "Interest paid or received on swaps",
])
def test_paid_in_capital_and_two_way_payments_keep_their_sign(label: str) -> None:
    assert not label_names_direction(label)


def test_a_rate_over_an_outflow_row_takes_the_outflow_by_its_size() -> None:
    pretax = Fact(concept="pretax_income", label="Income before income taxes", period_end=Y22, period="FY2022",
                  duration_months=12, value=4000, statement="income_statement", doc_id="acme-10k", page=5,
                  row="Income before income taxes  4,000", company="Acme", scale="million")
    rows = [REVENUE, pretax, _line("Income taxes paid", -1100, statement="cash_flow")]
    answer = _ask("For Acme, the cash tax rate is defined as income taxes paid divided by income before income "
                  "taxes. What was it in fiscal 2022? Percent, one decimal.", rows)
    assert answer.key_figure.value == pytest.approx(27.5, abs=0.05)
    comp = answer.computation
    assert comp is not None and "abs(" in comp.expression
    assert "printed as an outflow, taken by size" in answer.answer  # the working says the sign was dropped
    assert run_expression(comp.expression, [i.value for i in comp.inputs]) == pytest.approx(0.275, abs=1e-3)


def test_an_income_that_cannot_be_negative_printed_in_parentheses_is_answered_as_its_size() -> None:
    rows = [REVENUE, _line("Interest income", -96)]  # listed among the expenses, so printed "(96)"
    answer = _ask("What was Acme's interest income in fiscal 2022? $ millions.", rows)
    assert answer.key_figure.value == 96


@pytest.mark.parametrize(("label", "row"), [
    ("Interest income", "Interest income (212) (48) (97)"),
    ("Gain on sale of a business", "Gain on sale of a business (1,204) (66)"),
    ("Investment income (Note 9)", "Investment income (Note 9) (31) (12) (8)"),
])
def test_an_income_line_printed_as_a_credit_among_costs_is_its_size(label: str, row: str) -> None:
    from assistant.core.finance.presentation import credit_among_costs

    assert credit_among_costs(label, row) and is_magnitude("", label, row)


@pytest.mark.parametrize(("label", "row"), [
    ("Interest income", "Interest income 212 (48) 97"),  # one year's cell is a genuine negative
    ("Other income (expense), net", "Other income (expense), net (75) (20)"),
    ("Net income", "Net income (300) (120)"),
    ("Income before income taxes", "Income before income taxes (88) (41)"),
])
def test_a_net_or_mixed_income_line_keeps_its_sign(label: str, row: str) -> None:
    assert not is_magnitude("", label, row)


def test_interest_income_printed_among_costs_is_answered_as_income() -> None:
    rows = [REVENUE, _line("Interest income", -97), _line("Interest income", -48, period="FY2021", end=Y21)]
    answer = _ask("What was Acme's interest income in fiscal 2022? $ millions.", rows)
    assert answer.key_figure.value == 97
    assert "-$" not in answer.answer.split("\n")[0]
