""""Written down" and "impaired" name one thing: a question in either words reads the one the
documents use (made-up sentences)."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.finance.synonyms import rewrite_phrases
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit


def test_the_documents_word_is_chosen() -> None:
    says_impaired = lambda w: w == "impaired"  # noqa: E731
    says_written = lambda w: w == "written down"  # noqa: E731
    asked = "By how much had Tolvar marked down its ferry fleet?"
    assert "impaired" in rewrite_phrases(asked, says_impaired)
    assert "written down" in rewrite_phrases(asked, says_written)
    assert rewrite_phrases("Did prices go down?", says_impaired) == "Did prices go down?"


def test_a_write_down_asked_is_answered_by_an_impairment_stated() -> None:
    text = ("The sale of the ferry fleet closed in March 2025. Before the sale, the ferry fleet had been "
            "impaired by $48 million in the quarter ended December 31, 2024. "
            "Fuel costs fell 6%.")
    hit = SearchHit(chunk_id="t:1", doc_id="t", title="Tolvar Shipping 10-K", source="/t/t.txt", page=3,
                    text=text, score=1.0, company="Tolvar Shipping", period="FY2025")
    question = "Before the sale closed, by how much had Tolvar Shipping written down its ferry fleet?"
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [hit], parse_question(question, []))
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == 48.0
