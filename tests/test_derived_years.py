"""A growth asked between two years, over one sentence that dates a figure to each ("at the end
of 2025 and 2024 ... $84 million and $60 million, respectively"), is worked out from the two;
years listed before the figures pair with them in order (made-up passages)."""

from __future__ import annotations

import pytest

from assistant.core.answer.qualifiers import respective_year
from assistant.core.numbers import parse_quantities
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer

SENTENCE = ("At December 31, 2025 and December 31, 2024, the balance of the loyalty points reserve was "
            "$84 million and $60 million, respectively.")
FILING = ("Members earn points on every purchase. " + SENTENCE +
          " Points expire after two years of inactivity.\n")


def _ask(question: str, text: str = FILING) -> Answer:
    return passage_answer(question, text, company="Marrowind Outfitters", doc="m", page=4, period="FY2025", derived=True)


def test_years_before_the_list_pair_with_its_figures_in_order() -> None:
    figs = [x for x in parse_quantities(SENTENCE) if not x.is_year]
    assert [respective_year(SENTENCE, f) for f in figs] == [2025, 2024]


def test_only_the_run_of_years_next_to_the_list_pairs() -> None:
    # "Since 2019" is no member of the "2025 and 2024" list the figures follow.
    text = "Since 2019, at the end of 2025 and 2024 the reserve was $84 million and $60 million, respectively."
    figs = [x for x in parse_quantities(text) if not x.is_year]
    assert [respective_year(text, f) for f in figs] == [2025, 2024]


def test_a_year_list_of_another_length_pairs_nothing() -> None:
    text = "At the end of 2025, 2024 and 2023 the reserve was $84 million and $60 million, respectively."
    figs = [x for x in parse_quantities(text) if not x.is_year]
    assert [respective_year(text, f) for f in figs] == [None, None]


def test_the_growth_between_the_two_dated_figures_is_computed() -> None:
    answer = _ask("By what percentage did Marrowind Outfitters' loyalty points reserve grow from the end of 2024 "
                  "to the end of 2025?")
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(40.0)  # (84 - 60) / 60
    assert "$84 million" in answer.answer and "$60 million" in answer.answer


def test_a_year_the_sentence_does_not_date_is_not_computed() -> None:
    answer = _ask("By what percentage did Marrowind Outfitters' loyalty points reserve grow from the end of 2023 "
                  "to the end of 2025?")
    assert answer.key_figure is None or answer.key_figure.value != pytest.approx(40.0), answer.answer
