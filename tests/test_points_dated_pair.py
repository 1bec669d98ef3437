"""A difference in points is the later rate minus the earlier one, both stated for the same measure:
"from"/"compared with" pairs and a "respectively" list dated by the question's two years alike; the
words saying how the rate moved ("improve", "widen") name no part of what it measures (made-up passages)."""

from __future__ import annotations

import pytest

from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer

LISTED = ("In fiscal 2025 and fiscal 2024, 61% and 57% of our revenue, respectively, came from "
          "subscription contracts.")
FROM_TO = "Our subscription share of revenue widened to 61% in fiscal 2025 from 57% in fiscal 2024."


def _ask(question: str, sentence: str) -> Answer:
    text = "Tavrill Systems sells software and services. " + sentence + " Contracts renew annually.\n"
    return passage_answer(question, text, company="Tavrill Systems", doc="t", page=7, period="FY2025", derived=True)


@pytest.mark.parametrize("sentence", [LISTED, FROM_TO])
def test_the_points_between_two_dated_rates_are_computed(sentence: str) -> None:
    answer = _ask("By how many percentage points did the share of Tavrill Systems' revenue from subscription "
                  "contracts rise from fiscal 2024 to fiscal 2025?", sentence)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(4.0)
    assert "61%" in answer.answer and "57%" in answer.answer


def test_the_verb_of_the_move_is_no_word_the_rate_must_carry() -> None:
    answer = _ask("By how many percentage points did Tavrill Systems' subscription share of revenue improve "
                  "in fiscal 2025?", LISTED)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(4.0)


def test_rates_that_moved_the_other_way_than_asked_are_not_the_pair() -> None:
    answer = _ask("By how many percentage points did the share of Tavrill Systems' revenue from subscription "
                  "contracts fall from fiscal 2024 to fiscal 2025?", LISTED)
    assert answer.key_figure is None or answer.key_figure.value != pytest.approx(4.0)


def test_a_year_the_list_does_not_date_is_not_computed() -> None:
    answer = _ask("By how many percentage points did the share of Tavrill Systems' revenue from subscription "
                  "contracts rise from fiscal 2022 to fiscal 2023?", LISTED)
    assert answer.key_figure is None or answer.key_figure.value != pytest.approx(4.0)
