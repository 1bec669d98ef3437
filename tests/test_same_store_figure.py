"""A comparable-store (same-store, like-for-like) sales figure answers only a question that asks
for it: revenue growth is not comparable sales growth (made-up passages and companies)."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit

HALF = ("In the second quarter and first half of fiscal 2032, Wrenfield generated $4.1 billion and $8.3 billion "
        "in revenue, respectively, and its comparable sales declined 3.4% and 5.1%, respectively.")
GROWTH = "Wrenfield's revenue in the first half of fiscal 2032 grew 2.7% compared with the first half of fiscal 2031."


def _ask(question: str, *texts: str) -> Answer:
    hits = [SearchHit(chunk_id=f"w:{i}", doc_id="w", title="Wrenfield Stores 10-Q", source="/w/w.txt", page=i,
                      text=t, score=1.0 - i / 10, company="Wrenfield Stores", period=None) for i, t in enumerate(texts, 1)]
    settings = Settings(min_support=0.3, derived_answers=False)  # the quote path alone
    return ExtractiveAnswerer(settings).answer(question, hits, parse_question(question, []))


def test_revenue_growth_is_not_answered_with_comparable_sales() -> None:
    for question in ("Wrenfield revenue, first half of fiscal 2032 vs first half of fiscal 2031: growth in percent.",
                     "How much did Wrenfield's revenue decline in the first half of fiscal 2032, in percent?"):
        a = _ask(question, HALF)
        assert a.refused and "comparable-store sales" in a.answer, a.answer


def test_comparable_sales_asked_are_quoted() -> None:
    a = _ask("How much did Wrenfield's comparable sales decline in the first half of fiscal 2032, in percent?", HALF)
    assert "comparable-store" not in a.answer


def test_a_revenue_growth_sentence_still_answers() -> None:
    a = _ask("By what percent did Wrenfield's revenue grow in the first half of fiscal 2032?", GROWTH)
    assert not a.refused and "2.7%" in a.answer
