"""A working-capital line's movement asked as the cash flow statement shows it is read from that
statement's operating row, not worked out as a difference of balances (finance.cash_flow_lines):
made-up statement rows of a made-up company, questions in our own words."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.answer.level_change import level_for_change
from assistant.core.finance.cash_flow_lines import cash_flow_line, keyed_cash_flow_rows
from assistant.core.finance.facts import Fact
from assistant.core.finance.plan import plan_question
from assistant.core.finance.presentation import asked_as_size

WHO = "Brackwater Mills"


def row(concept: str | None, label: str, value: float, year: int, statement: str, *, page: int = 48,
        doc: str = "brackwater-10k") -> Fact:
    return Fact(concept=concept, label=label, period_end=date(year, 12, 31), period=f"FY{year}",
                duration_months=12 if statement != "balance_sheet" else 0, value=value, unit="USD",
                scale="million", statement=statement, doc_id=doc, page=page, row=f"{label} {value:,.0f}",
                company=WHO, column=f"December 31, {year}")


FACTS = [
    row("inventories", "Inventories", 930, 2025, "balance_sheet", page=46),
    row("inventories", "Inventories", 810, 2024, "balance_sheet", page=46),
    row("accounts_payable", "Trade payables", 505, 2025, "balance_sheet", page=46),
    row("accounts_payable", "Trade payables", 470, 2024, "balance_sheet", page=46),
    row(None, "Inventories", -126, 2025, "cash_flow"),
    row(None, "Inventories", 18, 2024, "cash_flow"),
    row(None, "Trade payables", 41, 2025, "cash_flow"),
    row(None, "Trade payables", -12, 2024, "cash_flow"),
]


def ask(question: str, facts: list[Fact] = FACTS) -> str | None:
    got = answer_from_facts(question, facts, company=WHO)
    return None if got is None or got.refused else got.answer


def test_a_movement_placed_in_the_cash_flow_statement_names_its_working_capital_line() -> None:
    assert cash_flow_line("What did the change in trade payables add to Brackwater's operating cash flow in 2025?")
    assert cash_flow_line("How much cash did the increase in inventories use in operating activities in 2025?")
    # no placement in the cash flow statement: a change in a balance is the difference of two balances
    assert cash_flow_line("What was the change in Brackwater's inventories from 2024 to 2025? USD millions.") is None
    # a balance moved through another section, or two lines moved at once: no one operating row
    assert cash_flow_line("What change in long-term debt does Brackwater's cash flow statement show for 2025?") is None
    assert cash_flow_line("In operating activities, what did the changes in inventories and in trade payables "
                          "add up to in 2025?") is None


def test_the_operating_row_answers_with_its_printed_sign() -> None:
    question = "What change in trade payables did Brackwater Mills report in operating cash flow for 2025? USD millions."
    got = ask(question) or ""
    assert "$41 million" in got and "Trade payables 41" in got
    # the balance difference (505 - 470 = 35) is not the figure asked
    assert "35" not in got.split("(Column")[0]


def test_cash_the_movement_absorbed_is_answered_by_its_size() -> None:
    question = "In its 2025 cash flow statement, how much cash did Brackwater Mills' increase in inventories absorb?"
    assert asked_as_size(question, "Inventories", "cash_flow")
    assert "$126 million" in (ask(question) or "")
    # a signed change keeps the sign the statement prints
    assert not asked_as_size("What was the change in inventories in operating cash flow?", "Inventories", "cash_flow")


def test_without_the_operating_row_the_balances_are_not_differenced() -> None:
    question = "What change in inventories did Brackwater Mills show in operating activities for 2025? USD millions."
    balances = [f for f in FACTS if f.statement == "balance_sheet"]
    assert ask(question, balances) is None  # left to the passages, never 930 - 810
    # the plain change asked of the balances still computes their difference
    assert "$120 million" in (ask("By how much did Brackwater Mills' inventories change from 2024 to 2025? "
                                  "USD millions.", balances) or "")


def test_two_rows_of_the_line_in_one_statement_key_neither() -> None:
    key = cash_flow_line("What was the change in inventories in operating cash flow for 2025?") or ""
    twice = [*FACTS, row(None, "Merchandise inventories", -90, 2025, "cash_flow")]
    keyed = [f for f in keyed_cash_flow_rows(twice, key) if f.concept == key]
    assert [f.period for f in keyed] == ["FY2024"]  # 2025 prints two inventory rows: which one is not said


def test_the_row_is_the_movement_so_it_is_not_set_aside_as_a_level() -> None:
    question = "What change in trade payables did Brackwater Mills report in operating cash flow for 2025? USD millions."
    got = answer_from_facts(question, FACTS, company=WHO)
    assert got is not None and not got.refused
    assert (plan_question(question) or object()).__dict__.get("concept") == cash_flow_line(question)
    assert not level_for_change("change", question, frozenset({2025}), got)
