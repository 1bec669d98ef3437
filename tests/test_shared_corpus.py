"""Integration on real filings and articles from ../shared (read by path, never copied)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pypdf
import pytest

from assistant.api import Library
from assistant.core.answering import search_library
from assistant.core.settings import Settings
from tests.conftest import ARTICLES, FINANCEBENCH, needs_shared

pytestmark = [needs_shared(), pytest.mark.slow]

# Small enough for the default test run; covers an encrypted 10-Q, an 8-K and an earnings release.
FILINGS = [
    "BESTBUY_2024Q2_10Q.pdf",
    "PEPSICO_2023_8K_dated-2023-05-05.pdf",
    "JOHNSON_JOHNSON_2023Q2_EARNINGS.pdf",
]


def _pages(path: Path) -> int:
    reader = pypdf.PdfReader(str(path))
    if reader.is_encrypted:
        reader.decrypt("")
    return len(reader.pages)


@pytest.fixture(scope="module")
def corpus_library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    home = tmp_path_factory.mktemp("home")
    lib = Library(Settings(home=home, embedding_backend="hash"))
    files = [FINANCEBENCH / "pdfs" / f for f in FILINGS] + sorted(ARTICLES.glob("*.txt"))
    report = lib.ingest(files)
    assert report.failed == []
    assert len(report.added) == len(files)
    return lib


def test_pages_chunks_and_metadata(corpus_library: Library) -> None:
    meta = {
        json.loads(line)["doc_name"]: json.loads(line)
        for line in (FINANCEBENCH / "documents_dev.jsonl").read_text().splitlines()
        if line.strip()
    }
    docs = {Path(d.source).stem: d for d in corpus_library.documents()}
    for name in FILINGS:
        stem = Path(name).stem
        doc = docs[stem]
        assert doc.pages == _pages(FINANCEBENCH / "pdfs" / name)
        assert doc.chunks == len(corpus_library.store.chunk_ids(doc.doc_id)) > doc.pages // 2
        expected = meta[stem]
        assert doc.company is not None
        first_word = expected["company"].split()[0].lower()
        assert first_word in doc.company.lower().replace("&", "and") or first_word in doc.company.lower()
        assert doc.doc_type is not None
    assert docs["BESTBUY_2024Q2_10Q"].doc_type == "10-Q"
    assert docs["PEPSICO_2023_8K_dated-2023-05-05"].doc_type == "8-K"
    smart = docs["smartoptics-q1-2026-ai-optical"]
    assert smart.doc_type == "article" and smart.period == "Q1 2026"
    # Every stored chunk knows its page, within the document.
    for batch in corpus_library.store.iter_chunks():
        for chunk in batch:
            doc = next(d for d in docs.values() if d.doc_id == chunk.meta["doc_id"])
            assert 1 <= int(chunk.meta["page"]) <= doc.pages


def test_evidence_text_is_on_the_page_it_should_be(corpus_library: Library) -> None:
    """A FinanceBench evidence page (0-based there) holds the evidence figures on page p + 1 here."""
    questions = [
        json.loads(line) for line in (FINANCEBENCH / "questions_dev.jsonl").read_text().splitlines() if line.strip()
    ]
    docs = {Path(d.source).stem: d for d in corpus_library.documents()}
    checked = 0
    for q in questions:
        doc = docs.get(q["doc_name"])
        if doc is None:
            continue
        for ev in q["evidence"]:
            page = ev["evidence_page_num"] + 1
            page_text = " ".join(
                c.text
                for batch in corpus_library.store.iter_chunks()
                for c in batch
                if c.meta["doc_id"] == doc.doc_id and c.meta["page"] == page
            )
            words = [w for w in ev["evidence_text"].split() if any(ch.isdigit() for ch in w)][:5]
            found = sum(1 for w in words if w.strip("$(),%") in page_text)
            assert found >= len(words) // 2, (q["financebench_id"], page, words)
            checked += 1
    assert checked >= 1


def test_idempotent_replace_and_remove(corpus_library: Library, tmp_path: Path) -> None:
    lib = Library(Settings(home=tmp_path / "home", embedding_backend="hash"))
    target = tmp_path / "filing.pdf"
    shutil.copy(FINANCEBENCH / "pdfs" / FILINGS[1], target)
    first = lib.ingest([target])
    (doc,) = lib.documents()
    again = lib.ingest([target])
    assert again.unchanged == [doc.doc_id] and again.chunks_added == 0

    shutil.copy(FINANCEBENCH / "pdfs" / FILINGS[0], target)  # same path, new content
    replaced = lib.ingest([target])
    assert replaced.updated == [doc.doc_id]
    (new,) = lib.documents()
    assert new.pages == _pages(FINANCEBENCH / "pdfs" / FILINGS[0])
    assert lib.store.count() == new.chunks  # no chunk of the old version left behind
    assert first.chunks_added != replaced.chunks_added

    lib.remove([doc.doc_id])
    assert lib.documents() == [] and lib.store.count() == 0


def test_search_filters_by_company_on_real_filings(corpus_library: Library) -> None:
    hits = search_library(corpus_library, "net sales revenue", k=5)
    assert hits
    bby = next(d for d in corpus_library.documents() if "BESTBUY" in d.source)
    from assistant.core.retrieval import Filters

    filtered = search_library(corpus_library, "net sales revenue", k=5, filters=Filters(company=[bby.company or ""]))
    assert filtered and all(h.doc_id == bby.doc_id for h in filtered)
