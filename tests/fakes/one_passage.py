"""The extractive answer to a question over one made-up passage: the key figure's value, or None
when it refuses (the figure-picking tests' common harness)."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit


def passage_figure(question: str, text: str, *, company: str, title: str, page: int) -> float | None:
    hit = SearchHit(chunk_id="d:1", doc_id="d", title=title, source="/d/d.txt", page=page,
                    text=text, score=1.0, company=company, period="FY2024")
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [hit], parse_question(question, []))
    return None if answer.refused or answer.key_figure is None else answer.key_figure.value
