"""A computed figure of another line than the one asked is left to the passages (answer.computed_asked):
made-up statement rows of a made-up company, questions in our own words."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.facts import Fact

WHO = "Harbor Mills"


def row(concept: str | None, label: str, value: float, year: int, *, months: int = 0,
        statement: str = "balance_sheet") -> Fact:
    return Fact(concept=concept, label=label, period_end=date(year, 12, 31), period=f"FY{year}",
                duration_months=months, value=value, unit="USD", scale="million", statement=statement,
                doc_id="harbor-10k", page=50, row=f"{label} {value:,.0f}", company=WHO, column=f"December 31, {year}")


PPE = [row("ppe_net", "Property, plant and equipment, net", 5200, 2024),
       row("ppe_net", "Property, plant and equipment, net", 4800, 2023)]
SALES = [row("revenue", "Net sales", 900, 2024, months=12, statement="income_statement"),
         row("revenue", "Net sales", 800, 2023, months=12, statement="income_statement")]


def ask(question: str, facts: list[Fact]) -> str | None:
    got = answer_from_facts(question, facts, company=WHO)
    return None if got is None or got.refused else got.answer


def test_a_net_row_never_answers_a_gross_figure() -> None:
    assert ask("By what percentage did Harbor Mills' gross property, plant and equipment grow in 2024?", PPE) is None
    assert ask("How did Harbor Mills' PP&E before accumulated depreciation change in 2024, in percent?", PPE) is None
    assert "8.3%" in (ask("By what percentage did Harbor Mills' net PP&E grow in 2024?", PPE) or "")


def test_gross_margin_stays_a_metric_of_the_statements() -> None:
    rows = [*SALES, row("gross_profit", "Gross profit", 360, 2024, months=12, statement="income_statement")]
    assert "40.0%" in (ask("What was Harbor Mills' gross margin in FY2024?", rows) or "")


def test_a_plan_is_not_a_result() -> None:
    assert ask("How much did Harbor Mills plan to invest in property, plant and equipment in 2024?", PPE) is None


def test_an_amount_capitalised_is_not_the_assets_balance() -> None:
    rows = [row(None, "Broadcast rights", 1300, 2024)]
    assert ask("How much interest did Harbor Mills capitalize on broadcast rights in 2024?", rows) is None


def test_units_and_counts_are_never_currency_amounts() -> None:
    region = [row(None, "Northern region", 700, 2024, months=12, statement="income_statement"),
              row(None, "Northern region", 600, 2023, months=12, statement="income_statement")]
    assert ask("By how much did Harbor Mills' Northern region unit sales grow in 2024?", region) is None
    assert ask("How many new stores did Harbor Mills open in the Northern region in 2024?", region) is None
    assert "16.7%" in (ask("By what percentage did Harbor Mills' Northern region revenues grow in 2024?", region) or "")
    assert "700" in (ask("What were Harbor Mills' Northern region revenues in 2024?", region) or "")


def test_a_flow_asked_is_not_a_balance_at_the_years_end() -> None:
    rows = [row(None, "Dealer loans, net", 640, 2024)]
    assert ask("What dealer loans did Harbor Mills provide during 2024?", rows) is None
    assert "640" in (ask("What were Harbor Mills' dealer loans, net at the end of 2024?", rows) or "")


def test_a_figure_defined_as_arithmetic_is_not_one_row_read_alone() -> None:
    rows = [row(None, "Proceeds from issuance of senior notes", 750, 2024, months=12, statement="cash_flow"),
            row(None, "Proceeds from issuance of senior notes", 400, 2023, months=12, statement="cash_flow")]
    question = ("What was Harbor Mills' net note financing in 2024, defined as proceeds from issuance of senior notes "
                "minus repayments of senior notes? USD millions.")
    assert ask(question, rows) is None
    assert "750" in (ask("What were Harbor Mills' proceeds from issuance of senior notes in 2024?", rows) or "")


def test_a_change_in_the_cash_flows_is_not_a_difference_of_balances() -> None:
    rows = [row("accounts_payable", "Accounts payable", 2600, 2024), row("accounts_payable", "Accounts payable", 2300, 2023)]
    assert ask("By how much did accounts payable change in Harbor Mills' operating cash flows in 2024? USD millions.",
               rows) is None
    assert "300" in (ask("By how much did Harbor Mills' accounts payable balance change in 2024? USD millions.", rows) or "")
