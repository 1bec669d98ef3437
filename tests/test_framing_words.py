"""Words that frame a question ("what fraction of", "its own shares") say how the answer is put,
not what it is about: a passage that never writes them still answers."""

from __future__ import annotations

import pytest

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.question import analyse
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit


def _hit(text: str, n: int = 1) -> SearchHit:
    return SearchHit(chunk_id=f"lumo:{n}", doc_id="lumo-10k", title="Lumora annual report", source="/d/lumo.pdf",
                     page=n, text=text, score=1.0 / n, company="Lumora Foods Inc.", period="FY2024")


PEOPLE = _hit("About 31% of our warehouse staff are represented by labour unions, as of December 31, 2024. "
              "Lumora opened 14 distribution centres in 2024.")
BUYBACK = _hit("Lumora repurchased 3.2 million common shares at an average price of $41.10 in 2024. "
               "Capital spending was $220 million.", 2)


@pytest.mark.parametrize(("question", "expect"), [
    ("Roughly what fraction of Lumora's warehouse staff are unionised?", "31%"),
    ("How many of its own common shares did Lumora repurchase in 2024?", "3.2 million"),
])
def test_a_framing_word_no_passage_writes_does_not_refuse(question: str, expect: str) -> None:
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [PEOPLE, BUYBACK])
    assert not ans.refused and ans.key_figure is not None and expect in ans.answer, ans.answer


def test_framing_words_are_not_what_is_asked_about() -> None:
    hits = [PEOPLE, BUYBACK]
    focus = analyse(parse_question("What fraction of Lumora's couriers are unionised?", []), hits).focus
    assert "fraction" not in focus.values() and "couriers" in focus.values()
    own = analyse(parse_question("How many of its own trucks did Lumora sell?", []), hits).focus
    assert "own" not in own.values() and "trucks" in own.values()


def test_what_is_asked_about_is_still_required() -> None:
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "What fraction of Lumora's pilots are unionised?", [PEOPLE, BUYBACK])
    assert ans.refused and ans.key_figure is None
