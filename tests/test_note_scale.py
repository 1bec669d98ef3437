"""A bare dollar amount in a filing's notes takes the scale the filing's statements use."""

from __future__ import annotations

import pytest

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.settings import Settings
from assistant.core.types import SearchHit

NOTE = ("Legal Proceedings. In September 2022, Acme settled an investigation by the Securities and Exchange "
        "Commission and consented to a civil penalty, which resulted in an earnings charge of $200 that was paid in "
        "October 2022.")


def _answer(text: str, question: str, scale: str | None):  # type: ignore[no-untyped-def]
    hit = SearchHit(chunk_id="acme:88", doc_id="acme-10k", title="Acme 10-K", source="", page=88, text=text,
                    score=1.0, company="Acme Robotics", period="FY2022")
    answerer = ExtractiveAnswerer(Settings(min_support=0.3), None, lambda doc, page, label: scale)
    return answerer.answer(question, [hit])


@pytest.mark.parametrize(("scale", "expected"), [("million", "million"), (None, None)])
def test_a_bare_amount_in_the_notes_takes_the_statements_scale(scale: str | None, expected: str | None) -> None:
    answer = _answer(NOTE, "What civil penalty did Acme pay to settle with the SEC in 2022?", scale)
    assert answer.key_figure is not None and answer.key_figure.value == 200
    assert answer.key_figure.scale == expected  # an article or a filing of mixed scales: left as printed


def test_a_price_or_a_split_scale_word_is_not_scaled() -> None:
    price = "In 2022 Acme's board approved a special dividend of $3 per share, paid in December 2022."
    answer = _answer(price, "What special dividend did Acme pay in 2022?", "million")
    assert answer.key_figure is not None and answer.key_figure.scale is None


def test_a_count_of_people_does_not_answer_an_amount_asked_in_usd() -> None:
    text = ("Benefits Segment The Benefits segment operates as one of the nation's leading diversified benefits "
            "providers, with revenue from serving an estimated 35 million people as of December 31, 2022.")
    answer = _answer(text, "What was Acme's Benefits segment revenue in 2022? USD millions.", None)
    assert answer.key_figure is None or answer.key_figure.value != 35


RESPECTIVE = ("In the second quarter and first six months of fiscal 2024, we generated $9.6 billion and $19.1 billion in "
              "revenue, respectively.")


@pytest.mark.parametrize(("question", "value"), [
    ("What was Acme's revenue in the second quarter of fiscal 2024?", 9.6),
    ("What was Acme's revenue in the first six months of fiscal 2024?", 19.1),
])
def test_figures_paired_with_spans_listed_before_them_answer_their_own_span(question: str, value: float) -> None:
    answer = _answer(RESPECTIVE, question, None)
    assert answer.key_figure is not None and answer.key_figure.value == value
