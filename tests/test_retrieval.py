"""Ranking on a small synthetic library: real embedded Chroma + BM25, hash embedder."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from assistant.api import Library
from assistant.core.retrieval import Filters, HybridRetriever, RankingConfig
from assistant.core.types import DocumentRecord, LoadedDocument, PageText
from ingest.chunking import ChunkContext, chunk_document
from ingest.pipeline import chunk_metadata

FILLER = (
    "The company discusses {topic} in this note. Management reviews {topic} each year and considers "
    "risks, estimates and judgments that affect reported amounts. Further details on {topic} appear "
    "in other notes. "
)
INCOME = """Consolidated Statement of Income
(in millions)
2022 2021
Net Revenue $ 86,392 $ 79,474
Cost of sales 40,576 37,075
Gross profit 45,816 42,399
Selling, general and administrative expenses 34,459 31,237
Operating Profit 11,512 11,162
Net income 8,978 7,679
"""
CASH = """Consolidated Statement of Cash Flows
(in millions)
2022 2021
Net income $ 8,978 $ 7,679
Depreciation and amortization 2,763 2,710
Net Cash Provided by Operating Activities 10,811 11,616
Capital spending (5,207) (4,625)
Net Cash Used for Investing Activities (873) (3,269)
"""
BALANCE = """Consolidated Balance Sheet
(in millions)
2022 2021
Cash and cash equivalents $ 4,954 $ 5,596
Accounts and notes receivable, net 10,163 8,680
Inventories 5,222 4,347
Total Current Assets 21,539 21,783
Goodwill 18,202 18,381
Total Assets $ 92,187 $ 92,377
"""
EXHIBITS = """EXHIBIT INDEX
Exhibit No. Description
10.1 Inventories and inventory pledge agreement, incorporated by reference
10.2 Inventories security agreement, incorporated by reference
10.3 Amended inventories credit agreement, incorporated by reference
31.1 Certification of the Chief Executive Officer
31.2 Certification of the Chief Financial Officer
32.1 Certification pursuant to 18 U.S.C. Section 1350
"""


def _add(lib: Library, doc_id: str, company: str, period: str, pages: list[str], doc_type: str = "10-K") -> None:
    """What the ingest pipeline stores for a document, without needing a PDF."""
    sha = hashlib.sha256(doc_id.encode()).hexdigest()
    title = f"{company} {doc_type} {period}"
    doc = LoadedDocument(
        source=f"/lib/{doc_id}.pdf", sha256=sha, title=title,
        pages=[PageText(page=i + 1, text=t) for i, t in enumerate(pages)],
    )
    ctx = ChunkContext(doc_id=doc_id, sha256=sha, title=title, company=company, period=period, doc_type=doc_type)
    chunks = chunk_document(doc, ctx)
    meta = {"company": company, "period": period, "doc_type": doc_type}
    lib.store.add_chunks(
        [c.chunk_id for c in chunks],
        [c.text for c in chunks],
        [chunk_metadata(c, sha, dict(meta)) for c in chunks],
        lib.embedder.embed_documents([c.embed_text for c in chunks]),
    )
    lib.store.put_document(
        DocumentRecord(doc_id=doc_id, title=title, source=doc.source, sha256=sha, pages=len(pages),
                       chunks=len(chunks), company=company, period=period, doc_type=doc_type)
    )
    lib.refresh()


def _filler(n: int, topic: str) -> list[str]:
    return [FILLER.format(topic=f"{topic} {i}") * 3 for i in range(n)]


@pytest.fixture
def library(fake_library: Library) -> Library:
    notes = _filler(12, "revenue, operating profit, capital spending, depreciation and amortization")
    _add(fake_library, "pep-22", "PepsiCo, Inc.", "FY2022", [EXHIBITS, *notes[:6], INCOME, CASH, BALANCE, *notes[6:]])
    _add(fake_library, "pep-21", "PepsiCo, Inc.", "FY2021", [*notes[:5], INCOME.replace("8,978", "7,618"), CASH, BALANCE])
    _add(fake_library, "acme-22", "Acme Foods Corp.", "FY2022", [*_filler(3, "inventories"), BALANCE, INCOME])
    return fake_library


def _pages(hits: list[Any], doc_id: str) -> set[int]:
    return {h.page for h in hits if h.doc_id == doc_id}


def test_company_is_a_hard_filter_when_recognised(library: Library) -> None:
    hits = HybridRetriever(library).search("What were Acme Foods' inventories in FY2022?", k=5)
    assert hits and {h.doc_id for h in hits} == {"acme-22"}
    unfiltered = HybridRetriever(library, RankingConfig(company_filter=False)).search(
        "What were Acme Foods' inventories in FY2022?", k=8
    )
    assert {h.doc_id for h in unfiltered} != {"acme-22"}


def test_period_boost_prefers_the_filing_of_that_year(library: Library) -> None:
    r = HybridRetriever(library)
    hits = r.search("What was PepsiCo's FY2021 capital spending?", k=3)
    assert hits[0].doc_id == "pep-21"
    hits22 = r.search("What was PepsiCo's FY2022 capital spending?", k=3)
    assert hits22[0].doc_id == "pep-22"
    # Explicit filters win over what the question says.
    forced = r.search("What was PepsiCo's FY2021 capital spending?", k=3, filters=Filters(doc_id=["pep-22"]))
    assert {h.doc_id for h in forced} == {"pep-22"}


def test_statement_named_in_question_ranks_its_page_first(library: Library) -> None:
    q = "What is the FY2022 total of inventories for PepsiCo? Answer in USD millions, using the balance sheet."
    hits = HybridRetriever(library).search(q, k=5)
    assert hits[0].doc_id == "pep-22" and hits[0].kind == "balance_sheet"


def test_boilerplate_is_demoted(library: Library) -> None:
    q = "PepsiCo FY2022 inventories"
    ours = HybridRetriever(library).search(q, k=3)
    assert all(h.kind != "boilerplate" for h in ours)
    flat = HybridRetriever(library, RankingConfig(boilerplate_factor=1.0, statement_boost=0.0, table_boost=0.0))
    assert any(h.kind == "boilerplate" for h in flat.search(q, k=3))


def test_multi_statement_question_returns_both_statement_pages(library: Library) -> None:
    q = (
        "What is the FY2022 unadjusted EBITDA less capex for PepsiCo? Define unadjusted EBITDA as operating "
        "income plus depreciation and amortization. Answer in USD millions using the statement of cash flows "
        "and the income statement."
    )
    hits = HybridRetriever(library).search(q, k=5)
    assert {8, 9} <= _pages(hits, "pep-22")  # the income statement and the cash flow statement
    assert hits.query is not None and hits.query.multi_statement
    assert hits.explain and "base" in hits.explain[0]
    assert {"parse", "embed", "dense", "lexical", "rank"} <= set(hits.timings_ms)


def test_one_chunk_per_page_and_no_text_twice(library: Library) -> None:
    hits = HybridRetriever(library).search("PepsiCo revenue operating profit capital spending", k=4)
    keys = [(h.doc_id, h.page) for h in hits]
    assert len(keys) == len(set(keys))
    assert len({h.text for h in hits}) == len(hits)


def test_reranker_hook_reorders_candidates(library: Library) -> None:
    calls: list[int] = []

    def fake_scorer(query: str, texts: list[str]) -> list[float]:
        calls.append(len(texts))
        return [10.0 if "Capital spending" in t else 0.0 for t in texts]

    retriever = HybridRetriever(library, reranker=fake_scorer)
    hits = retriever.search("PepsiCo FY2022 gross profit", k=3)
    assert calls and calls[0] > 3
    assert "Capital spending" in hits[0].text
    assert "rerank" in hits.explain[0]


def test_settings_reranker_is_loaded_lazily(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    import assistant.core.retrieval.search as search
    from assistant.core.retrieval import Scorer

    built: list[str] = []

    def fake_builder(model: str) -> Scorer:
        built.append(model)
        return lambda q, texts: [float(len(t)) for t in texts]

    monkeypatch.setattr(search, "cross_encoder_scorer", fake_builder)
    library.settings.reranker = "/models/my-cross-encoder"
    retriever = HybridRetriever(library)
    assert built == []
    retriever.search("PepsiCo revenue", k=2)
    assert built == ["/models/my-cross-encoder"]


def test_langchain_retriever_returns_documents(library: Library) -> None:
    from langchain_core.documents import Document

    from assistant.core.retrieval import FootnoteRetriever

    retriever = FootnoteRetriever(library=library, k=3, filters=Filters(company=["PepsiCo"]))
    docs = retriever.invoke("PepsiCo FY2022 capital spending")
    assert 0 < len(docs) <= 3
    assert all(isinstance(d, Document) for d in docs)
    meta = docs[0].metadata
    assert {"doc_id", "title", "source", "page", "score"} <= set(meta)
    assert meta["doc_id"].startswith("pep-") and meta["page"] >= 1


def test_company_filter_as_typed_finds_the_library_name(library: Library) -> None:
    hits = HybridRetriever(library).search("inventories", k=5, filters=Filters(company=["Acme Foods"]))
    assert hits and {h.doc_id for h in hits} == {"acme-22"}
    none = HybridRetriever(library).search("inventories", k=5, filters=Filters(company=["Globex"]))
    assert list(none) == []
    by_period = HybridRetriever(library).search("capital spending", k=5, filters=Filters(period=["FY21"]))
    assert by_period and {h.doc_id for h in by_period} == {"pep-21"}


def test_dense_vectors_are_kept_beside_the_lexical_index_and_refreshed(library: Library) -> None:
    from assistant.core.lexical import BM25Index
    from assistant.core.retrieval import vectors

    hits = HybridRetriever(library).search("PepsiCo FY2022 capital spending", k=3)
    folder = library.settings.home / "lexical"
    assert (folder / f"{library.collection}-dense.npy").is_file()
    assert BM25Index.load(folder / library.collection) is not None  # its files are untouched
    vectors.clear_cache()  # a new process: vectors come back from disk, same results
    again = HybridRetriever(library).search("PepsiCo FY2022 capital spending", k=3)
    assert [h.chunk_id for h in again] == [h.chunk_id for h in hits]
    _add(library, "globex-22", "Globex Corp.", "FY2022", ["Globex capital spending was $1,234 in FY2022. " * 5])
    fresh = HybridRetriever(library).search("Globex capital spending in FY2022", k=2)
    assert fresh and fresh[0].doc_id == "globex-22"
    exact = HybridRetriever(library, RankingConfig(dense_in_memory=False)).search("Globex capital spending", k=2)
    assert exact and exact[0].doc_id == "globex-22"


def test_near_duplicate_passages_are_returned_once(library: Library) -> None:
    paragraph = (
        "Our Frito-Lay division makes branded convenient foods sold in the United States and Canada, "
        "and its results are driven by pricing, volume and productivity savings across the network. "
    )
    _add(library, "init-21", "Initech Inc.", "FY2021", [paragraph * 2 + "Total stores were 100."])
    _add(library, "init-22", "Initech Inc.", "FY2022", [paragraph * 2 + "Total stores were 120."])
    hits = HybridRetriever(library, RankingConfig(parse=False)).search("Frito-Lay branded convenient foods", k=4)
    texts = [h.text for h in hits if "Frito-Lay" in h.text]
    assert len(texts) == 1
