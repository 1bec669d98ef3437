"""A "respectively" list of names after a verb of the sentence ("the Company had amounts outstanding
for A, B and C of $x, $y and $z, respectively"): the figure paired with the name asked (made-up filing)."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.respective_names import name_stems, respective_figure
from assistant.core.number_parsing import parse_quantities
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit

SENTENCE = ("As of March 3, 2024, the Company had notional amounts outstanding for commodity futures, copper "
            "price collars and currency swaps of $12.1 billion, $8.4 billion and $3.0 billion, respectively.")
Q = "What notional amount of copper price collars did Ardent Metals have outstanding at March 3, 2024?"


def test_the_name_asked_takes_its_own_figure() -> None:
    figs = [f for f in parse_quantities(SENTENCE) if not f.is_year]
    paired = respective_figure(Q, SENTENCE, figs[0], name_stems("Ardent Metals"))
    assert paired is not None and paired.raw == "$8.4 billion"


def test_the_answer_quotes_the_paired_figure() -> None:
    hit = SearchHit(chunk_id="a:1", doc_id="a", title="Ardent Metals 10-K", source="/a/a.pdf", page=70,
                    text=SENTENCE, score=1.0, company="Ardent Metals", period=None)
    got = ExtractiveAnswerer(Settings(min_support=0.3)).answer(Q, [hit], parse_question(Q, []))
    assert not got.refused and got.key_figure is not None and "8.4" in got.answer.split("[")[0], got.answer
