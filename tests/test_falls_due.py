""""Falls due" says when an amount is payable: read as "is due" before anything reads the question
(`finance.synonyms.due_written`, applied by `answering.ask`), it is no fall asked and no word a
passage must carry; the rest of a whole after the stated part is then worked out (made-up passages)."""

from __future__ import annotations

import pytest

from assistant.core.finance.synonyms import due_written
from assistant.core.query import parse_question
from tests.fakes.one_passage import passage_answer

OBLIGATIONS = ("Tavrill Systems sells software and services. Purchase obligations for components and test "
               "equipment were $318.0 million, of which $244.5 million is due in fiscal 2027. Contracts renew annually.\n")


@pytest.mark.parametrize(("said", "read"), [
    ("how much falls due after fiscal 2027?", "how much is due after fiscal 2027?"),
    ("How much of its obligations fall due after 2027?", "How much of its obligations are due after 2027?"),
    ("which notes came due in 2025", "which notes was due in 2025"),
    ("how much comes due within a year", "how much is due within a year"),
])
def test_falls_due_is_read_as_is_due(said: str, read: str) -> None:
    assert due_written(said) == read


def test_a_fall_of_a_figure_stays_a_fall() -> None:
    question = "By how much did revenue fall in fiscal 2026? Dues were due monthly."
    assert due_written(question) == question


def test_falls_due_asks_no_change() -> None:
    question = "How much of Tavrill Systems' purchase obligations fall due after fiscal 2027? USD millions."
    assert parse_question(question, []).want == "change"  # as written, "fall" reads as a move
    assert parse_question(due_written(question), []).want == "amount"


def test_the_rest_due_after_the_stated_part_is_computed() -> None:
    question = due_written("How much of Tavrill Systems' purchase obligations fall due after fiscal 2027? USD millions.")
    answer = passage_answer(question, OBLIGATIONS, company="Tavrill Systems", doc="t", page=3, period="FY2026",
                            derived=True)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(73.5)  # 318.0 - 244.5
