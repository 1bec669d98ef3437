"""A question about the part of the world (the U.S. or outside it) takes the part's own sentence that
follows the total's in its paragraph, rather than refusing the total's; "setting currency aside"
asks for the currency-neutral figure (made-up passages)."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.qualifiers import families
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit

PARAGRAPH = ("Lantern Segment Lantern segment sales in 2031 were $12.4 billion, an increase of 2.0% from 2030, which "
             "included operational growth of 5.1% and a negative currency impact of 3.1%. U.S. Lantern segment "
             "sales were $6.4 billion, an increase of 4.0%. International sales were $6.0 billion, a decrease of "
             "1.5%, which included 7.4% operational growth and a negative currency impact of 8.9%.")


def _ask(question: str, *texts: str) -> Answer:
    hits = [SearchHit(chunk_id=f"p:{i}", doc_id="p", title="Pellham Inc 10-K", source="/p/p.txt", page=30 + i,
                      text=t, score=1.0, company="Pellham Inc", period=None) for i, t in enumerate(texts)]
    settings = Settings(min_support=0.3, derived_answers=False)
    return ExtractiveAnswerer(settings).answer(question, hits, parse_question(question, []))


def test_setting_currency_aside_is_the_currency_neutral_basis() -> None:
    assert "adjusted" in families("Setting currency aside, how fast did sales grow?")
    assert "adjusted" in families("Leaving currency effects aside, what was the growth?")
    assert "adjusted" not in families("Setting the charge aside, what was operating income?")


def test_the_part_s_own_sentence_after_the_total_s() -> None:
    a = _ask("Setting currency aside, how fast did Pellham's Lantern sales outside the U.S. grow in 2031?", PARAGRAPH)
    assert a.key_figure is not None and a.key_figure.value == 7.4, a.answer
    # A side-naming sentence in another passage may be another part's: the total's is still refused.
    other = "Sales by companies in Europe, excluding the U.S. businesses, grew 6.0% in 2031."
    b = _ask("Excluding currency effects, what was the growth of Pellham's Lantern sales outside the U.S. in 2031?",
             PARAGRAPH.split(" U.S. Lantern")[0], other)
    assert b.refused or (b.key_figure is not None and b.key_figure.value != 6.0), b.answer
