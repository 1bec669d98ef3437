"""A chosen page carries its other strong passages (retrieval/pages.page_siblings): the chunk
that ranked best for a page is often the paragraph beside the one that states the fact."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.api import Library
from assistant.core.retrieval import HybridRetriever, RankingConfig
from assistant.core.retrieval.pages import page_siblings
from tests.test_retrieval import _add, _filler


def _cand(doc: str, page: int, score: float, text: str = "") -> SimpleNamespace:
    return SimpleNamespace(chunk=SimpleNamespace(meta={"doc_id": doc, "page": page}, text=text or f"{doc} {page} {score}"),
                           own=score, score=score, factor=1.0, why={})


def _never(a: object, b: object) -> bool:
    return False


def test_strong_passages_of_a_chosen_page_go_with_it() -> None:
    lead = _cand("d", 4, 0.20)
    near = _cand("d", 4, 0.17)  # the same page, nearly as strong
    nearer = _cand("d", 4, 0.19)
    weak = _cand("d", 4, 0.10)  # the same page, too weak to speak for it
    other = _cand("d", 5, 0.19)  # another page never joins
    pool = [lead, nearer, near, weak, other]
    mates = page_siblings([lead], pool, 0.8, 1, _never)
    assert mates == {id(lead): [nearer]} and lead.why["siblings"] == 1.0
    assert page_siblings([lead], pool, 0.8, 2, _never)[id(lead)] == [nearer, near]
    assert page_siblings([lead], pool, 0.8, 0, _never) == {}  # off
    assert page_siblings([lead, nearer], pool, 0.8, 2, _never)[id(lead)] == [near]  # a chosen one is not taken twice
    assert page_siblings([lead], pool, 0.8, 2, lambda a, b: True) == {}  # the same text as one chosen


def test_tables_are_read_alone() -> None:
    lead = _cand("d", 4, 0.20)
    table = _cand("d", 4, 0.19)
    table.chunk.meta["kind"] = "table"
    prose = _cand("d", 4, 0.18)
    assert page_siblings([lead], [lead, table, prose], 0.8, 1, _never) == {id(lead): [prose]}
    assert page_siblings([table], [lead, table, prose], 0.8, 1, _never) == {}  # a chosen table gets none


GUIDE = (
    "Outlook. Tindra Outfitters updated its outlook for fiscal 2025 today. The board reviewed the outlook "
    "with management and the audit committee. " + "Store traffic and the outlook for stores were discussed at length. " * 9
)
FIGS = (
    "The company now expects fiscal 2025 diluted earnings per share of $4.10 to $4.30 and net sales growth of "
    "3% to 4%. " + "Capital expenditures are planned to fund new stores and distribution centres. " * 9
)


def test_a_sibling_passage_is_its_own_hit_after_the_top_k(fake_library: Library) -> None:
    """The page's other strong passage is returned beside the hits, not glued into the lead: it
    keeps its own chunk id and score, so an answerer reads it as a lower-ranked passage."""
    _add(fake_library, "tindra-25", "Tindra Outfitters, Inc.", "Q2 2025",
         [*_filler(3, "store leases and distribution"), GUIDE + "\n\n" + FIGS, *_filler(3, "store leases")], "8-K")
    question = "What fiscal 2025 outlook did Tindra Outfitters give for diluted earnings per share?"
    on = HybridRetriever(fake_library, RankingConfig(page_siblings=1, sibling_ratio=0.5)).search(question, k=1)
    off = HybridRetriever(fake_library, RankingConfig(page_siblings=0)).search(question, k=1)
    assert [h.chunk_id for h in on.hits] == [h.chunk_id for h in off.hits] and on.hits[0].page == 4
    assert on.hits[0].text == off.hits[0].text  # the lead passage is read alone
    assert len(on.siblings) == 1 and off.siblings == []
    mate, lead = on.siblings[0], on.hits[0]
    assert mate.chunk_id != lead.chunk_id and mate.page == lead.page == 4 and mate.score <= lead.score
    texts = lead.text + mate.text  # between them, the page's outlook heading and its figures
    assert "updated its outlook" in texts and "$4.10 to $4.30" in texts
    assert on.explain[0]["siblings"] == 1.0
