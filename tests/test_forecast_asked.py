"""A forecast asked ("what does it expect", "what did it guide to") is not answered with a result
the same release states for the metric, and the reverse question still gets the result
(made-up releases)."""

from __future__ import annotations

import pytest

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.qualifiers import asked_families, forecast_context, result_for_forecast
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit

RELEASE = (
    "Larkspur Foods reports fiscal 2025 results\n"
    "Adjusted operating profit of $812 million, up 9% on the prior year.\n"
    "Adjusted EPS of $2.04 and free cash flow of $515 million.\n"
    "Organic sales growth of 6.2% for the year, led by snacks.\n"
    "\n"
    "Fiscal 2026 outlook\n"
    "Larkspur guides fiscal 2026 organic sales growth of 3% to 5%.\n"
    "For fiscal 2026, the company expects:\n"
    "Adjusted EPS of $2.10 to $2.25;\n"
    "Capital expenditures of approximately $300 million.\n"
)


def _ask(question: str, text: str = RELEASE) -> Answer:
    hit = SearchHit(chunk_id="l:1", doc_id="l", title="Larkspur Foods release", source="/l/l.txt", page=1,
                    text=text, score=1.0, company="Larkspur Foods", period=None)
    return ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [hit], parse_question(question, []))


@pytest.mark.parametrize(("question", "expected"), [
    ("What adjusted EPS does Larkspur Foods expect for fiscal 2026?", 2.10),  # the range's low end
    ("What organic sales growth did Larkspur Foods guide to for fiscal 2026?", 3.0),
    ("What organic sales growth did Larkspur Foods report for fiscal 2025?", 6.2),  # a result asked
    ("What was Larkspur Foods' adjusted EPS in fiscal 2025?", 2.04),
])
def test_a_forecast_question_takes_the_forecast_and_a_result_question_the_result(
        question: str, expected: float) -> None:
    answer = _ask(question)
    assert answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(expected)


def test_a_forecast_nobody_gave_is_refused_not_answered_with_the_result() -> None:
    # The release states the year's operating profit but gives no forecast for it.
    answer = _ask("What adjusted operating profit does Larkspur Foods expect for fiscal 2026?")
    assert answer.refused, answer.answer
    assert "812" not in answer.answer


def test_guide_as_a_verb_asks_for_a_forecast() -> None:
    assert "outlook" in asked_families("What sales growth did the company guide to for 2026?")
    assert "outlook" in asked_families("The company guides 2026 sales growth of 4%.")
    assert "outlook" not in asked_families("What was the company's sales growth in 2025?")


def test_the_lead_in_above_a_list_item_makes_it_a_forecast() -> None:
    item = RELEASE.index("Capital expenditures")
    assert forecast_context(RELEASE, item, RELEASE.index("\n", item))
    result = RELEASE.index("Adjusted EPS of $2.04")
    assert not forecast_context(RELEASE, result, RELEASE.index("\n", result))
    # A table's header that names the outlook counts as well.
    row = "Net new stores 25-30"
    assert forecast_context(row, 0, len(row), header="Fiscal 2026 Outlook")
    assert not forecast_context(row, 0, len(row), header="Fiscal 2025 Results")


def test_only_a_forecast_question_costs_a_result_its_score() -> None:
    result = RELEASE.index("Adjusted EPS of $2.04")
    end = RELEASE.index("\n", result)
    assert result_for_forecast({"outlook"}, RELEASE, result, end) > 0
    assert result_for_forecast(set(), RELEASE, result, end) == 0
    item = RELEASE.index("Adjusted EPS of $2.10")
    assert result_for_forecast({"outlook"}, RELEASE, item, RELEASE.index("\n", item)) == 0


def test_a_result_held_against_a_forecast_states_no_forecast() -> None:
    text = "Adjusted EPS of $2.04 for fiscal 2025, ahead of market forecasts and in line with guidance given in May."
    assert not forecast_context(text, 0, len(text))
    assert forecast_context("Adjusted EPS of $2.10 is forecast for fiscal 2026.", 0, 49)


def test_a_forecast_asked_is_refused_when_only_results_are_left() -> None:
    # Every sentence is a result: the best of them ("$2.04 ... in line with guidance") is no forecast.
    results = ("Larkspur Foods reports fiscal 2025 results\n"
               "Adjusted EPS of $2.04, in line with guidance provided in May.\n")
    answer = _ask("What adjusted EPS does Larkspur Foods expect for fiscal 2025?", results)
    assert answer.refused and "2.04" not in answer.answer, answer.answer
    assert "forecast" in answer.answer
