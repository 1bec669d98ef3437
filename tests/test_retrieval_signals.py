"""Retrieval signals of issue 16 on a small synthetic library: absent companies, topics, page votes."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.api import Library
from assistant.core.finance.topics import find_topics
from assistant.core.retrieval import HybridRetriever, RankingConfig
from assistant.core.retrieval.pages import page_votes, section_prior
from tests.test_retrieval import BALANCE, INCOME, _add, _filler


@pytest.fixture
def library(fake_library: Library) -> Library:
    _add(fake_library, "acme-22", "Acme Foods Corp.", "FY2022", [*_filler(3, "inventories"), BALANCE, INCOME])
    _add(fake_library, "birch-22", "Birchwood Tools, Inc.", "FY2022", [*_filler(4, "revenue and debt"), INCOME])
    return fake_library


@pytest.mark.parametrize(
    "question",
    [
        "What were Quillfeather's inventories in FY2022?",
        "Does Quillfeather have positive working capital based on FY2022 data?",
        "Did KQZ report customer concentration in FY22?",
        "Does 9T maintain a stable dividend?",
    ],
)
def test_a_company_the_library_lacks_gets_no_pages_of_another(library: Library, question: str) -> None:
    result = HybridRetriever(library).search(question, k=5)
    assert result.hits == []
    assert result.absent  # the signal an answerer turns into "not in the library"
    # Switched off, the same question is answered from other companies' pages.
    assert HybridRetriever(library, RankingConfig(absent_company=False)).search(question, k=5).hits


def test_a_library_company_is_still_searched(library: Library) -> None:
    result = HybridRetriever(library).search("What were Acme Foods' inventories in FY2022?", k=5)
    assert result.hits and {h.doc_id for h in result.hits} == {"acme-22"} and not result.absent


def test_a_capitalised_word_common_in_the_library_is_not_a_company(library: Library) -> None:
    # "Inventories" opens the sentence in capitals and matches no company, but every filing uses it.
    result = HybridRetriever(library).search("Does Management discuss inventories each year?", k=5)
    assert result.hits and not result.absent


def test_event_questions_raise_topics() -> None:
    assert [t.name for t in find_topics("Has the firm reported any ongoing legal battles?")] == ["litigation"]
    assert "acquisitions" in [t.name for t in find_topics("What are major acquisitions done in FY2023?")]
    assert find_topics("What is the FY2022 capital expenditure?") == []


def _cand(doc: str, page: int, score: float, section: str = "") -> SimpleNamespace:
    c = SimpleNamespace(chunk=SimpleNamespace(meta={"doc_id": doc, "page": page, "section": section}),
                        base=score, factor=1.0, why={})
    c.score = score  # a plain attribute: page_votes reads scores once, then sets factors
    return c


def test_page_votes_lift_a_page_with_several_candidates() -> None:
    lone, pair_a, pair_b = _cand("d", 3, 1.0), _cand("d", 7, 0.9), _cand("d", 7, 0.5)
    page_votes([lone, pair_a, pair_b], weight=0.5, neighbour_weight=0.0)
    assert pair_a.factor * 0.9 > lone.factor * 1.0
    assert lone.factor == 1.0


def test_section_prior_follows_the_topic() -> None:
    legal = _cand("d", 40, 1.0, "Item 3. Legal Proceedings")
    other = _cand("d", 41, 1.0, "Item 7. Management's Discussion and Analysis")
    for c in (legal, other):
        section_prior(c, ["litigation"], 0.3)
    assert legal.factor == pytest.approx(1.3) and other.factor == 1.0


@pytest.mark.parametrize(
    ("question", "lifted"),
    [
        ("According to its business description, how many plants does Ossery Mills run?", "PART I Item 1. Business General"),
        ("Per the risk factors, what share of sales came from one customer?", "Item 1A. Risk Factors."),
        ("In MD&A, what drove the margin?", "Item 7. Management's Discussion and Analysis"),
    ],
)
def test_a_part_of_the_filing_the_question_names_lifts_its_passages(question: str, lifted: str) -> None:
    sections = ["PART I Item 1. Business General", "Item 1A. Risk Factors.",
                "Item 7. Management's Discussion and Analysis", "Note 4. Segment Information"]
    cands = [_cand("d", i + 1, 1.0, s) for i, s in enumerate(sections)]
    for c in cands:
        section_prior(c, [], 0.5, question=question)
    assert [s for s, c in zip(sections, cands, strict=True) if c.factor > 1.0] == [lifted]
    plain = _cand("d", 1, 1.0, lifted)
    section_prior(plain, [], 0.5, question="How many plants does Ossery Mills run?")
    assert plain.factor == 1.0  # no part named: no lift


def test_the_extractive_answer_says_the_company_is_not_in_the_library(library: Library) -> None:
    from assistant.core.answering import ask

    answer = ask("What were Quillfeather's inventories in FY2022?", library=library)
    assert answer.refused and "Quillfeather" in answer.answer and not answer.citations


def test_a_cover_page_topic_lifts_the_first_pages_even_as_boilerplate() -> None:
    cover, inner_boilerplate, inner = _cand("d", 1, 0.3), _cand("d", 60, 0.3), _cand("d", 50, 1.0)
    cover.chunk.meta["kind"] = inner_boilerplate.chunk.meta["kind"] = "boilerplate"
    for c in (cover, inner_boilerplate, inner):
        section_prior(c, ["securities"], 0.5, boilerplate_factor=0.3)
    assert cover.factor == pytest.approx(1.5) and "boilerplate" not in cover.why
    assert inner_boilerplate.factor == pytest.approx(0.3)  # demoted after all, away from the cover
    assert inner.factor == 1.0


def test_continuation_is_the_next_page_of_the_best_passage_in_its_section() -> None:
    from assistant.core.retrieval.pages import continuation

    best = _cand("d", 10, 1.0, "Note 16. Commitments and Contingencies")
    others = [_cand("d", 30, 0.9, "Item 7"), _cand("e", 11, 0.8, "Note 16. Commitments and Contingencies")]
    nxt = _cand("d", 11, 0.2, "Note 16. Commitments and Contingencies › Litigation")
    elsewhere = _cand("d", 11, 0.5, "Note 17. Leases")
    assert continuation([best, *others], [best, *others, elsewhere, nxt]) is nxt
    assert continuation([best, *others], [best, *others, elsewhere]) is None
