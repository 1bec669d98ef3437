"""A figure asked for a span ("the six months ended June 28") is not answered from a column that
covers another ("Three Months Ended June 28"): made-up rows of a quarterly statement."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.finance.facts import Fact

END = date(2023, 6, 28)


def cell(value: float, months: int, column: str) -> Fact:
    return Fact(concept="revenue", label="Net sales", period_end=END, period="Q2 FY2023" if months == 3 else "6M FY2023",
                duration_months=months, value=value, unit="USD", scale="million", statement="income_statement",
                doc_id="acme-q2", page=4, row="Net sales 410 395 800 770", company="Acme Tools", column=column)


# The filing is named by its quarter, the figure by its half-year: the quarter column is the trap.
Q = ("In Acme Tools' 10-Q for the quarter ended June 28, 2023, what were net sales for the six months "
     "ended June 28, 2023? USD millions.")


def test_a_quarter_column_never_answers_a_half_year() -> None:
    got = answer_from_facts(Q, [cell(410, 3, "Three Months Ended June 28, 2023")], company="Acme Tools")
    assert got is None or got.refused, got.answer
    assert got is None or "410" not in got.answer


def test_the_half_year_column_answers_it() -> None:
    rows = [cell(410, 3, "Three Months Ended June 28, 2023"), cell(800, 6, "Six Months Ended June 28, 2023")]
    got = answer_from_facts("Acme Tools 10-Q: net sales for the six months ended June 28, 2023? USD millions.", rows,
                            company="Acme Tools")
    assert got is not None and not got.refused and "800" in got.answer, got
    assert "410" not in (answer_from_facts(Q, rows, company="Acme Tools") or got).answer


def test_a_question_naming_no_span_is_left_alone() -> None:
    got = answer_from_facts("Acme Tools' net sales in Q2 FY2023? USD millions.",
                            [cell(410, 3, "Three Months Ended June 28, 2023")], company="Acme Tools")
    assert got is not None and not got.refused and "410" in got.answer, got
