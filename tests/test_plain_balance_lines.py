"""Goodwill is a balance sheet row's line of its own, an impairment of a balance is not the balance, and a company's total debt is what falls due within a year
plus its long-term debt (made-up statement rows of a made-up company, our own questions)."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.concepts import match_concept
from assistant.core.finance.facts import Fact
from assistant.core.finance.question_terms import question_concept

WHO = "Pelham Foods"


def row(concept: str | None, label: str, value: float, year: int) -> Fact:
    return Fact(concept=concept, label=label, period_end=date(year, 12, 31), period=f"FY{year}",
                duration_months=0, value=value, unit="USD", scale="million", statement="balance_sheet",
                doc_id="pelham-10k", page=61, row=f"{label} {value:,.0f}", company=WHO, column=f"December 31, {year}")


def ask(question: str, facts: list[Fact]) -> str | None:
    got = answer_from_facts(question, facts, company=WHO)
    return None if got is None or got.refused else got.answer


def test_the_goodwill_row_is_the_goodwill_line() -> None:
    assert match_concept("Goodwill", "", "balance_sheet") == "goodwill"
    assert match_concept("Goodwill, net", "", "balance_sheet") == "goodwill"
    assert match_concept("Goodwill impairment", "", "income_statement") is None
    assert match_concept("Goodwill and other intangible assets, net", "", "balance_sheet") is None


def test_an_impairment_of_a_balance_is_not_the_balance() -> None:
    assert question_concept("What were Pelham's inventories at the end of 2024?") is not None
    assert question_concept("How large were the write-downs of inventories Pelham took in 2024?") is None
    assert question_concept("What inventory write-downs did Pelham record in 2024?") is None


def test_total_debt_adds_the_debt_due_within_a_year_to_long_term_debt() -> None:
    rows = [row("short_term_debt", "Short-term debt obligations", 1200, 2024),
            row("long_term_debt", "Long-term debt obligations", 8800, 2024)]
    got = ask("What was Pelham Foods' total debt at the end of 2024?", rows) or ""
    assert "10,000" in got, got


def test_total_debt_with_a_part_missing_is_no_answer() -> None:
    rows = [row("long_term_debt", "Long-term debt obligations", 8800, 2024)]
    got = ask("What was Pelham Foods' total debt at the end of 2024?", rows)
    assert got is None or "8,800" not in got.split("[")[0], got


def test_a_ratio_over_total_debt_is_not_total_debt() -> None:
    from assistant.core.finance.catalogue_names import CATALOGUE_RES

    def named(q: str) -> list[str]:
        return [m for rx, m in CATALOGUE_RES if rx.search(q)]

    assert "total_debt" in named("What was Pelham Foods' total debt at the end of 2024?")
    assert "total_debt" not in named("What leverage ratio (total debt over trailing net earnings) did Pelham report?")
    assert "total_debt" not in named("What was Pelham's total debt divided by EBITDA in 2024?")
    assert "total_debt" not in named("How much did Pelham's total debt grow during 2024?")
