"""Which figure of a sentence is tried (made-up filings): a figure followed by the span it covers
("$52 million in the second quarter") is that span's, so a question about another span takes the
sentence's other figure; a percent the question gives in words ("its 60 percent stake", "a 5
percentage point shift") is its premise, not the kind of answer it asks for."""

from __future__ import annotations

import pytest

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.period_lists import span_after
from assistant.core.answer.stated_unit import stated_kind
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit


def _ask(question: str, text: str, company: str = "Orvane") -> Answer:
    hits = [SearchHit(chunk_id="d:1", doc_id="d", title=f"{company} quarterly report", source="/d/d.pdf", page=7,
                      text=text, score=1.0, company=company, period="Q2 2031")]
    return ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, hits, parse_question(question, []))


def _value(answer: Answer) -> float | None:
    return None if answer.refused or answer.key_figure is None else answer.key_figure.value


# One sentence, two spans, each figure followed by its own.
TWO_SPANS = ("Research and licensing costs Research and licensing costs grew $52 million in the second quarter "
             "of 2031 and $140 million in the first six months of 2031, mainly from the new trial programme.")


@pytest.mark.parametrize(("question", "expected"), [
    ("By how much did Orvane's research and licensing costs grow in the first half of 2031?", 140.0),
    ("Over the first six months of 2031, how much did Orvane's research and licensing costs grow?", 140.0),
    ("By how much did Orvane's research and licensing costs grow in the second quarter of 2031?", 52.0),
])
def test_the_figure_whose_own_span_is_asked_is_taken(question: str, expected: float) -> None:
    assert _value(_ask(question, TWO_SPANS)) == pytest.approx(expected)


def test_a_figure_stated_for_another_span_alone_is_no_answer() -> None:
    # the sentence states the quarter only: the half asked is not in it
    text = "Research and licensing costs grew $52 million in the second quarter of 2031, mainly from new trials."
    assert _value(_ask("By how much did Orvane's research and licensing costs grow in the first half of 2031?",
                       text)) is None


@pytest.mark.parametrize(("after", "months"), [
    (" in the second quarter of 2031", 3),
    (" in the first six months of 2031", 6),
    (" for the nine months ended June 30", 9),
    (" during the quarter", 3),
    (" in 2031", None),  # a year, no span
    (" of research costs", None),
])
def test_span_after(after: str, months: int | None) -> None:
    assert span_after(after) == months


def test_a_percent_given_in_words_is_the_premise() -> None:
    q = "For what price did Orvane agree to buy its 60 percent stake in the Harl mill? USD millions."
    assert parse_question(q, []).want == "amount"
    assert stated_kind(q) == "money"
    q = "How much would Orvane's reserves rise for each 5 percentage point shift toward the weak scenario? USD millions."
    assert parse_question(q, []).want != "percent"
    assert stated_kind(q) == "money"


def test_a_percent_asked_in_words_stays_a_percent() -> None:
    # no number before "percent": the kind asked, not a premise
    assert parse_question("What percent of Orvane's sales came from the Harl mill in 2031?", []).want == "percent"
    assert parse_question("By how many percentage points did Orvane's margin widen in 2031?", []).want == "percent"
    assert stated_kind("What share of Orvane's sales came from Harl in 2031? Percent.") == "percent"
