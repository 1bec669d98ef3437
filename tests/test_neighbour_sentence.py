"""A paragraph names its subject once: when the best-matching sentence's figure is about another
metric, the sentence beside it that states the asked one answers (`Scorer._neighbour`); made-up text."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.settings import Settings
from assistant.core.types import SearchHit

PARAGRAPH = (
    "ZHC total backlog of $5,200 million at December 31, 2031 rose from $4,800 million, reflecting new orders "
    "above deliveries, offset by order cancellations and by the value of existing orders that do not yet meet "
    "the requirements for inclusion in backlog. Vessel order cancellations during the year ended December 31, "
    "2031 totaled $310 million and relate to two ferry models."
)
OTHERS = [
    "Vessel orders are cancelled only rarely; an order cancelled after keel laying carries a fee of 4% of its value.",
    "Orders for vessels and their value in 2031 are described under Backlog; cancelled orders are removed from it.",
    "Ferry deliveries totaled 14 vessels in 2031, against 11 in 2030.",
]
QUESTION = "What value of vessel orders was cancelled at Zentro Harbor Craft in 2031?"


def _hit(n: int, text: str) -> SearchHit:
    return SearchHit(chunk_id=f"z:{n}", doc_id="z", title="Zentro 10-K", source="/docs/z.txt", page=40 + n,
                     text=text, score=1.0 / n, company="Zentro Marine Corp.", period="FY2031")


def test_the_next_sentence_states_the_metric_the_subject_sentence_does_not() -> None:
    hits = [_hit(1, PARAGRAPH), *(_hit(n, t) for n, t in enumerate(OTHERS, 2))]
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(QUESTION, hits)
    assert not ans.refused and "$310 million" in ans.answer


def test_a_neighbour_about_another_metric_does_not_answer() -> None:
    text = PARAGRAPH.replace("Vessel order cancellations during", "Vessel deliveries during")
    hits = [_hit(1, text), *(_hit(n, t) for n, t in enumerate(OTHERS, 2))]
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(QUESTION, hits)
    assert ans.refused or "$310 million" not in ans.answer
