"""The extractive answer to a question over one made-up passage (`passage_answer`), or just its key
figure's value, None when it refuses (`passage_figure`): the rule tests' common harness."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit


def passage_answer(question: str, text: str, *, company: str, doc: str = "d", title: str | None = None,
                   page: int = 1, period: str | None = None, derived: bool | None = None,
                   chunk_id: str | None = None) -> Answer:
    """The answer over one passage of `company`'s filing (`title`, by default "<company> 10-K").
    `derived`: whether answers computed from stated figures are on (None: the settings' default)."""
    hit = SearchHit(chunk_id=chunk_id or f"{doc}:1", doc_id=doc, title=title or f"{company} 10-K",
                    source=f"/{doc}/{doc}.txt", page=page, text=text, score=1.0, company=company, period=period)
    settings = Settings(min_support=0.3) if derived is None else Settings(min_support=0.3, derived_answers=derived)
    return ExtractiveAnswerer(settings).answer(question, [hit], parse_question(question, []))


def passage_figure(question: str, text: str, *, company: str, title: str, page: int) -> float | None:
    answer = passage_answer(question, text, company=company, title=title, page=page, period="FY2024")
    return None if answer.refused or answer.key_figure is None else answer.key_figure.value
