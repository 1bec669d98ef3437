"""A move asked "in 2025" alone, over a sentence that dates one figure to 2025 and one to 2024, is
the move over that year (the later figure less the earlier); computed from amounts a note prints
without a scale, it is in the scale those amounts are quoted in (made-up passages)."""

from __future__ import annotations

import pytest

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit
from tests.fakes.one_passage import passage_answer

SCALED = ("At December 31, 2025 and 2024, the Company's open freight commitments were $41 million and "
          "$29 million.")
BARE = "At December 31, 2025 and 2024, the Company's open freight commitments were $1,410 and $1,290."


def _ask(question: str, text: str) -> Answer:
    return passage_answer(question, text, company="Marrowind Outfitters", doc="m", page=4, period="FY2025",
                          derived=True)


def test_a_rise_asked_in_one_year_is_the_year_over_the_one_before() -> None:
    answer = _ask("By how much did Marrowind Outfitters' open freight commitments increase in 2025?", SCALED)
    assert answer.key_figure is not None and not answer.refused
    assert answer.key_figure.value == pytest.approx(12)
    assert answer.key_figure.scale == "million"


def test_a_fall_asked_when_the_figures_rose_is_not_computed() -> None:
    answer = _ask("By how much did Marrowind Outfitters' open freight commitments decrease in 2025?", SCALED)
    assert answer.key_figure is None or answer.key_figure.value != pytest.approx(12)


def test_the_move_of_bare_amounts_takes_the_scale_the_filing_prints_them_in() -> None:
    question = "By how much did Marrowind Outfitters' open freight commitments increase in 2025? USD millions."
    hit = SearchHit(chunk_id="m:1", doc_id="m", title="Marrowind Outfitters 10-K", source="/m/m.txt", page=4,
                    text=BARE, score=1.0, company="Marrowind Outfitters", period="FY2025")
    answerer = ExtractiveAnswerer(Settings(min_support=0.3, derived_answers=True),
                                  page_scale=lambda doc, page, label: "million")
    answer = answerer.answer(question, [hit], parse_question(question, []))
    assert answer.key_figure is not None and not answer.refused
    assert answer.key_figure.value == pytest.approx(120)
    assert answer.key_figure.scale == "million"


MOVES = ("Freight and handling expense decreased by $37 million in 2025 primarily due to lower volumes and "
         "increased by $58 million in 2024 as a result of new routes.")


def test_two_stated_moves_are_no_levels_to_work_a_move_from() -> None:
    # the question's own move is stated; the difference of the two years' moves (58 - 37) is no answer
    answer = _ask("By how much did Marrowind Outfitters' freight and handling expense drop in 2025?", MOVES)
    assert answer.key_figure is None or answer.key_figure.value != pytest.approx(21)
    assert answer.key_figure is None or answer.key_figure.value == pytest.approx(37)
