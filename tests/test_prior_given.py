"""A question that hands over a level and its move ("from its 2025 sales and their year-over-year
growth, what were 2024 sales", "given the 2025 figure and its decline") asks for the earlier level:
the stated figure divided by one plus its stated growth; a format tail ("one decimal") names no
input (made-up passages)."""

from __future__ import annotations

import pytest

from tests.fakes.one_passage import passage_answer

TEXT = (
    "Brindle Optics reported sales of $48.0 million for 2025, up 20.0% year-over-year. "
    "Service revenue was $6.3 million, a decline of 10.0% from the prior year.\n"
)


def _value(question: str) -> float | None:
    answer = passage_answer(question, TEXT, company="Brindle Optics", doc="b", derived=True)
    return None if answer.refused or answer.key_figure is None else answer.key_figure.value


def test_the_earlier_level_from_a_level_and_its_growth() -> None:
    value = _value("From Brindle Optics' 2025 sales and their year-over-year growth, what were its sales in "
                   "2024? USD millions, one decimal.")
    assert value == pytest.approx(40.0)


def test_the_earlier_level_from_a_level_and_its_decline() -> None:
    value = _value("What was Brindle Optics' service revenue in 2024, given the 2025 figure and its decline? "
                   "USD millions, one decimal.")
    assert value == pytest.approx(7.0)
