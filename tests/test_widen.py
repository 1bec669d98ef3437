"""Widening: the extractive answerer also reads the next-best passages of the best documents (real
embedded Chroma + BM25, hash embedder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.api import Library, ask
from assistant.core.retrieval import HybridRetriever
from assistant.core.retrieval.widen import widen
from assistant.core.settings import Settings

# A release whose figure sits in a paragraph that shares few words with the question.
TOPIC = ("Harbor Lane Foods reports third quarter results for the frozen meals unit. The frozen meals unit "
         "had a strong third quarter, and the frozen meals unit revenue story continues. ")
RELEASE = "\n\n".join([
    TOPIC * 2,
    "Harbor Lane Foods said its outlook for the year remains unchanged after a busy summer of launches.",
    "The company opened new plants in Ohio and Georgia and hired four hundred people for them.",
    "The board thanked employees for their work through a year of change in grocery retail.",
    "Frozen meals unit revenue came to $412 million, helped by new pizza lines and club stores.",
])
FILLER = "The board met twice in the period and reviewed the dividend policy and plant safety."
OTHER = "Pinecrest Mills reports results. Pinecrest Mills frozen meals revenue was $97 million. " + FILLER


@pytest.fixture
def library(tmp_path: Path) -> Library:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "harbor-lane-q3-release.txt").write_text(RELEASE)
    (docs / "pinecrest-note.txt").write_text(OTHER)
    settings = Settings(home=tmp_path / "home", embedding_backend="hash", chunk_tokens=60,
                        chunk_overlap_tokens=0, top_k=1)
    lib = Library(settings)
    lib.ingest([docs / "harbor-lane-q3-release.txt"], company="Harbor Lane Foods")
    lib.ingest([docs / "pinecrest-note.txt"], company="Pinecrest Mills")
    return lib


QUESTION = "What revenue did the frozen meals unit of Harbor Lane Foods report for the third quarter?"


def test_widen_appends_passages_of_the_best_document_only(library: Library) -> None:
    hits = HybridRetriever(library).search(QUESTION, k=1).hits
    wider = widen(library, QUESTION, hits, extra=4)
    assert wider[0] == hits[0]  # the first search's passages keep their rank
    assert 1 < len(wider) <= 5
    assert {h.doc_id for h in wider} == {hits[0].doc_id}
    assert len({h.chunk_id for h in wider}) == len(wider)
    assert widen(library, QUESTION, hits, extra=0) == hits


def test_ask_quotes_a_figure_the_top_passage_left_out(library: Library) -> None:
    library.settings.widen_passages = 0
    narrow = ask(QUESTION, library=library)
    library.settings.widen_passages = 5
    wide = ask(QUESTION, library=library)
    assert "412" not in narrow.answer  # the top passage alone does not carry it
    assert not wide.refused and wide.key_figure is not None and wide.key_figure.value == pytest.approx(412)
    assert wide.checks.citations_valid and not wide.checks.ungrounded_numbers


def test_the_uis_fallback_widens_like_ask(library: Library) -> None:
    """When the LLM fails, the chat shows the offline answer `ask` would give, widened too."""
    from assistant.core.retrieval import Filters
    from assistant.ui.chat import sources_without_llm

    library.settings.widen_passages = 5
    wide = sources_without_llm(library, QUESTION, Filters())
    library.settings.widen_passages = 0
    narrow = sources_without_llm(library, QUESTION, Filters())
    assert wide is not None and narrow is not None
    assert not wide.refused and wide.key_figure is not None and wide.key_figure.value == pytest.approx(412)
    assert "412" not in narrow.answer


def test_warm_answers_through_the_offline_path(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    import assistant.core.answering as answering

    seen: list[int] = []
    real = answering.answer_offline

    def spy(lib: Library, question: str, hits: list, query: object = None, siblings: tuple = ()) -> object:  # type: ignore[type-arg]
        seen.append(len(hits))
        return real(lib, question, hits, query, siblings)  # type: ignore[arg-type]

    monkeypatch.setattr(answering, "answer_offline", spy)
    library.warm()
    assert seen  # warm() readies what `ask` runs, widening included
