"""A total asked over the years one sentence dates its amounts to is those amounts added; a total
asked of two parts a sentence lists with others ("what did A and B add up to") is those two; a year
the sentence dates no amount to gives nothing (made-up passages)."""

from __future__ import annotations

import pytest

from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer

FILING = (
    "Over the last three years Marlow Kettleworks retired callable bonds early. We recorded bond "
    "retirement losses of $0.8 billion, $2.4 billion and $95 million in 2025, 2024 and 2023, respectively.\n"
    "The charges included a licence payment to Oswin Labs of $410 million, a $150 million milestone paid "
    "to Tarn Robotics and a $35 million fee to Pell Assay.\n"
)


def _ask(question: str, text: str = FILING) -> Answer:
    return passage_answer(question, text, company="Marlow Kettleworks", doc="m", derived=True)


def test_a_total_over_the_years_a_list_dates() -> None:
    answer = _ask("Taking 2023, 2024 and 2025 together, what bond retirement losses did Marlow Kettleworks "
                  "record? USD billions.")
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(3.295, abs=0.01)
    assert " + " in answer.answer  # the arithmetic is shown


def test_two_of_the_asked_years_only() -> None:
    answer = _ask("Combined, what bond retirement losses did Marlow Kettleworks record in 2024 and 2025? USD billions.")
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(3.2), answer.answer


def test_a_year_the_sentence_does_not_date_gives_nothing() -> None:
    answer = _ask("Taking 2022, 2023 and 2024 together, what bond retirement losses did Marlow Kettleworks "
                  "record? USD billions.")
    assert answer.key_figure is None or answer.key_figure.value not in (
        pytest.approx(2.495), pytest.approx(3.295)), answer.answer


def test_two_listed_parts_that_add_up() -> None:
    answer = _ask("What did the Oswin Labs licence payment and the Tarn Robotics milestone add up to for "
                  "Marlow Kettleworks? USD millions.")
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(560.0)  # not the Pell Assay fee's 35
