"""Lines of one item a reader never takes for each other: dividends declared and paid, carrying amount and
fair value, before and after a valuation allowance, options granted and outstanding (made-up rows)."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.answer.figure_checks import figure_refusal
from assistant.core.answer.question import analyse
from assistant.core.answer.unit_choice import Unit
from assistant.core.finance.facts import Fact
from assistant.core.finance.opposed_lines import opposed_line
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import SearchHit

WHO = "Tarnwell Foods"


def test_a_line_of_the_other_word_of_a_set_is_another_line() -> None:
    assert opposed_line("Tarnwell's common dividends declared in 2024?", "Cash dividends paid") == "paid, not declared"
    assert opposed_line("Fair value of Tarnwell's senior notes at year end?", "Senior notes, carrying amount") is not None
    assert opposed_line("Tarnwell deferred tax assets before valuation allowance?",
                        "Deferred tax assets after valuation allowance") is not None
    assert opposed_line("Weighted-average exercise price of options granted in 2024?",
                        "Outstanding at December 31, 2024") is not None
    assert opposed_line("Interest capitalized by Tarnwell in 2024?", "Total interest incurred") is not None


def test_a_row_naming_the_asked_word_or_no_word_of_the_set_is_not_set_aside() -> None:
    assert opposed_line("Tarnwell's common dividends declared in 2024?", "Dividends declared and paid") is None
    assert opposed_line("Tarnwell's common dividends declared in 2024?", "Dividends on common stock") is None
    assert opposed_line("Tarnwell's long-term debt at year end?", "Long-term debt, carrying amount") is None
    assert opposed_line("Tarnwell's additional paid-in capital?", "Dividends declared") is None  # paid-in: capital
    assert opposed_line("Quarterly dividend Tarnwell was paying?", "Dividends declared and paid in 2024 rose") is None
    assert opposed_line("Dividends declared (not those paid) in 2024?", "Dividends paid") == "paid, not declared"


def _fact(concept: str | None, label: str, value: float, *, statement: str = "cash_flow") -> Fact:
    return Fact(concept=concept, label=label, period_end=date(2024, 12, 31), period="FY2024", duration_months=12,
                value=value, unit="USD", scale="million", statement=statement, doc_id="tarnwell-10k", page=58,
                row=f"{label} {value:,.0f}", company=WHO, column="December 31, 2024")


def test_a_computed_payout_over_dividends_declared_is_not_read_from_dividends_paid() -> None:
    facts = [_fact("dividends_paid", "Cash dividends paid", -450),
             _fact("net_income", "Net income", 3000, statement="income_statement")]
    question = "Tarnwell Foods 2024 payout ratio, defined as common dividends declared over net income? Percent."
    got = answer_from_facts(question, facts, company=WHO)
    assert got is None or got.refused
    paid = answer_from_facts("Tarnwell Foods 2024 dividend payout ratio, defined as dividends paid divided by net "
                             "income? Percent, one decimal.", facts, company=WHO)
    assert paid is not None and not paid.refused and "15.0%" in paid.answer


def _refusal(question: str, text: str) -> str | None:
    hit = SearchHit(chunk_id="t:0", doc_id="t", title="Tarnwell Foods 10-K", source="/t.pdf", page=77, text=text,
                    score=1.0, company=WHO, period=None)
    unit = Unit(hit=0, pos=0, start=0, end=len(text), row=True, header="", stems=set(),
                figure=parse_quantities(text)[0])
    return figure_refusal(analyse(parse_question(question, []), []), [hit], unit)


def test_a_row_of_the_other_line_is_no_answer_and_the_asked_row_is() -> None:
    asked = "What was the fair value of long-term debt at December 31, 2024? USD millions."
    assert _refusal(asked, "Long-term debt, carrying amount 4,210 3,980") is not None
    assert _refusal(asked, "Long-term debt, fair value 3,870 3,655") is None
