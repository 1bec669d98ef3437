"""The best window of a chunk (retrieval/passages.py), on made-up texts: a fact stated in one
sentence beats a chunk that holds the question's words only spread over its whole length."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.api import Library
from assistant.core.lexical import BM25Index, tokenize
from assistant.core.retrieval import HybridRetriever, RankingConfig
from assistant.core.retrieval.lexstats import LexicalStats
from assistant.core.retrieval.pages import best_on_page, own_leaders
from assistant.core.retrieval.passages import (
    PassageTerms,
    document_frequency,
    passage_factor,
    passage_terms,
    query_term_weights,
    window_share,
)
from tests.test_retrieval import _add, _filler


def test_window_share_is_the_weight_held_by_the_best_window() -> None:
    weights = {"shipyard": 2.0, "relocation": 1.0, "cost": 1.0}
    together = "The shipyard relocation cost was modest this year."
    apart = "shipyard " + "filler word " * 30 + "relocation " + "filler word " * 30 + "cost"
    assert window_share(together, weights, 10) == pytest.approx(1.0)
    assert window_share(apart, weights, 10) == pytest.approx(0.5)  # the shipyard alone, at best
    assert window_share(apart, weights, 200) == pytest.approx(1.0)  # a window as long as the text
    assert window_share("nothing relevant here", weights, 10) == 0.0
    assert window_share(together, {}, 10) == 0.0


def test_rare_words_weigh_more_and_names_and_unknown_words_are_left_out() -> None:
    texts = ["net sales grew", "net sales fell", "net sales flat", "the shipyard relocation of Halvorsen"]
    index = BM25Index.build([f"c{i}" for i in range(4)], texts, [{} for _ in texts])
    df, n = document_frequency(index)
    assert (df[tokenize("sales")[0]], df["shipyard"], n) == (3, 1, 4)
    weights = query_term_weights("Why did Halvorsen's shipyard relocation hurt net sales?", df, n, ["halvorsen"])
    assert "halvorsen" not in weights and "hurt" not in weights  # the name; a word no chunk holds
    assert weights["shipyard"] > weights[tokenize("sales")[0]] > 0
    terms = passage_terms("Halvorsen shipyard sales", ["Halvorsen Marine ASA"], index)
    assert set(terms.weights) == {"shipyard", *tokenize("sales")}


def test_a_derivation_in_the_library_counts_as_the_question_word() -> None:
    texts = ["retention of members rose", "members joined", "club fees", "fees and dues"]
    index = BM25Index.build([f"c{i}" for i in range(4)], texts, [{} for _ in texts])
    terms = passage_terms("How well did Birchwood retain members?", ["Birchwood"], index)
    assert terms.forms == {"retention": "retain"}
    assert terms.weights["retain"] > 0  # the library lacks "retain": it weighs what "retention" does
    assert window_share("retention of members rose", terms.weights, 10, terms.forms) == pytest.approx(1.0)
    assert passage_terms("How well did Birchwood retain members?", [], index, derive=False).forms == {}


def test_factor_needs_two_words_and_a_weight() -> None:
    text = "the shipyard relocation"
    both = PassageTerms({"shipyard": 1.0, "relocation": 1.0})
    assert passage_factor(text, both, 10, 0.4) == pytest.approx(1.4)
    assert passage_factor(text, both, 10, 0.0) == 1.0
    assert passage_factor(text, PassageTerms({"shipyard": 1.0}), 10, 0.4) == 1.0


_PAD = "Ferry operators and harbour authorities remain our main customers across the region. " * 4
SPREAD = (
    "Segment overview. Our shipyard network serves ferry operators; each shipyard is a hub. " + _PAD
    + "Relocation of office staff was discussed with the works council; relocation is voluntary. " + _PAD
    + "Energy costs rose for every ferry operator we serve, and fuel costs rose as well."
)
FACT = (
    "Results of operations. " + _PAD
    + "The shipyard relocation to Hammerfest added one-off costs of NOK 41 million in the year. " + _PAD
)


def test_the_paragraph_stating_the_fact_wins(fake_library: Library) -> None:
    _add(fake_library, "halv-23", "Halvorsen Marine ASA", "FY2023",
         [*_filler(4, "ferry operators and harbour services"), SPREAD, FACT, *_filler(4, "harbour fees")])
    question = "What did the shipyard relocation cost Halvorsen Marine in FY2023?"
    on = HybridRetriever(fake_library, RankingConfig(passage_weight=0.4)).search(question, k=2)
    off = HybridRetriever(fake_library, RankingConfig(passage_weight=0.0)).search(question, k=2)
    assert on.hits[0].page == 6
    assert on.explain[0]["passage"] > 1.0
    assert off.hits[0].page != 6  # without the window, pages that mention the words everywhere win


def test_a_shard_view_reads_the_library_wide_statistics() -> None:
    stats = LexicalStats(chunks=50, df={"shipyard": 2, "ferry": 40})
    view = SimpleNamespace(stats=stats, vocab={})  # what a server-mode view carries
    df, n = document_frequency(view)
    assert (df["shipyard"], n) == (2, 50)
    weights = passage_terms("shipyard ferry", [], view).weights
    assert weights["shipyard"] > weights["ferry"] > 0
    assert document_frequency(SimpleNamespace()) == ({}, 0)  # no statistics: no window signal


# -- the best passage before page votes keeps a place --------------------------------------------
def _cand(doc: str, page: int, own: float, score: float) -> SimpleNamespace:
    return SimpleNamespace(chunk=SimpleNamespace(meta={"doc_id": doc, "page": page}, text=f"{doc} {page}"),
                           own=own, score=score, factor=1.0, why={})


def test_the_best_passage_before_votes_replaces_the_weakest_chosen() -> None:
    voted = [_cand("d", p, own=0.10, score=0.16) for p in (1, 2, 3)]  # pages many candidates voted for
    lone = _cand("d", 9, own=0.12, score=0.12)  # the one paragraph on its page that states the fact
    pool = [*voted, lone]
    never = lambda a, b: False  # noqa: E731
    chosen = own_leaders(voted[:3], pool, 1, [], never)
    assert lone in chosen and voted[2] not in chosen and len(chosen) == 3
    assert lone.why["own_lead"] == 1.0
    assert own_leaders(voted[:3], pool, 1, [voted[2]], never) == [voted[0], voted[2], lone]  # a needed statement stays
    assert own_leaders([*voted[:2], lone], pool, 1, [], never) == [*voted[:2], lone]  # chosen already
    same_page = _cand("d", 1, own=0.2, score=0.1)
    assert own_leaders(voted[:3], [*pool, same_page], 1, [], never) == voted[:3]  # its page is in already
    assert own_leaders(voted[:3], pool, 1, [], lambda a, b: True) == voted[:3]  # the same text is in already


def test_a_page_is_represented_by_its_passage_that_states_the_fact() -> None:
    best = _cand("d", 4, own=0.2, score=0.20)  # the page's top scorer: the words spread over it
    best.why["passage"] = 1.1
    fact = _cand("d", 4, own=0.15, score=0.15)  # the same page's sentence holding them together
    fact.why["passage"] = 1.35
    weak = _cand("d", 4, own=0.05, score=0.05)  # a closer match, but too weak to stand for the page
    weak.why["passage"] = 1.4
    other = _cand("d", 7, own=0.1, score=0.18)
    other.why["passage"] = 1.5  # another page's passage never stands for this one
    chosen = best_on_page([best], [best, fact, weak, other], 0.7)
    assert chosen == [fact] and fact.why["on_page"] == 1.0
    assert best_on_page([best], [best, fact, weak, other], 0.8) == [best]  # 0.15 < 0.8 x 0.20
    assert best_on_page([best, fact], [best, fact], 0.7) == [best, fact]  # chosen already
