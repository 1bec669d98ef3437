"""A note table's row printed "Less: X" is the X row: the word before the colon says how the row
enters the table's total, not what it is (made-up company, table and questions)."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed import answer_from_facts
from assistant.core.answer.row_names import label_row, row_name
from assistant.core.finance.facts import Fact

TABLE = "Note 6. Stock on Hand"


def _row(label: str, value: float, year: int) -> Fact:
    return Fact(concept=None, label=label, period_end=date(year, 6, 30), period=f"FY{year}", duration_months=0,
                value=value, doc_id="ostrava-10k", page=40, row=f"{label} {value}", statement="supplementary",
                company="Ostrava Mills Corp.", extra={"note": True, "table": TABLE})


ROWS = [_row(label, v, y) for label, vals in (("Stock at first-in, first-out cost", (910.0, 870.0)),
                                              ("Less: last-in, first-out adjustment", (-61.5, -57.0)),
                                              ("Stock on hand", (848.5, 813.0)))
        for y, v in zip((2031, 2030), vals, strict=True)]


def test_a_sign_word_before_the_colon_is_no_part_of_the_rows_name() -> None:
    assert row_name("Less: Accrued warranty") == "accrued warranty"
    assert row_name("Add: deferred grants") == "deferred grants"
    assert row_name("Lessor receivables") == "lessor receivables"  # a word that only begins so stays


def test_a_less_row_is_found_by_the_words_a_question_names_it_by() -> None:
    q = "How large was Ostrava Mills' last-in, first-out adjustment at June 30, 2030? USD millions."
    assert label_row(q, ROWS, None, "Ostrava Mills Corp.") == ("Less: last-in, first-out adjustment", None)
    answer = answer_from_facts(q, ROWS, company="Ostrava Mills Corp.")
    assert answer is not None and not answer.refused and answer.key_figure is not None
    assert abs(answer.key_figure.value) == 57.0
