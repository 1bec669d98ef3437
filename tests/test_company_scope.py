"""Which documents a question about a named company searches: its full and short names alike,
and a document with no company whose text names it (made-up companies, hash embedder)."""

from __future__ import annotations

import hashlib

from assistant.api import Library
from assistant.core.retrieval import HybridRetriever
from assistant.core.retrieval.company_scope import company_scope
from assistant.core.types import DocumentRecord, LoadedDocument, PageText
from ingest.chunking import ChunkContext, chunk_document
from ingest.pipeline import chunk_metadata

RELEASE = ("Tarnwick Systems Inc. reported third quarter revenue of $412 million. Gross margin was 48%. "
           "Operating expenses were $120 million. ") * 3
WIRE = ("Tarnwick agreed to buy Solvik Photonics for $95 million in cash on Monday. The deal closes next "
        "year, and Tarnwick expects savings of $6 million a year from it. ") * 3
NOTE = ("Our notes from the supplier day: Tarnwick said lead times for pumps fell to nine weeks, and the "
        "pump order book stood at $44 million at the end of the quarter. ") * 3
OTHER = ("Brellow Foods reported pump sales of $30 million and lead times of six weeks for its soup pumps. "
         "Brellow opened a plant. ") * 3


def _add(lib: Library, doc_id: str, company: str | None, text: str, doc_type: str) -> None:
    sha = hashlib.sha256(doc_id.encode()).hexdigest()
    doc = LoadedDocument(source=f"/lib/{doc_id}.txt", sha256=sha, title=doc_id, pages=[PageText(page=1, text=text)])
    ctx = ChunkContext(doc_id=doc_id, sha256=sha, title=doc_id, company=company, period="Q3 2026", doc_type=doc_type)
    chunks = chunk_document(doc, ctx)
    meta = {"company": company, "period": "Q3 2026", "doc_type": doc_type}
    lib.store.add_chunks([c.chunk_id for c in chunks], [c.text for c in chunks],
                         [chunk_metadata(c, sha, dict(meta)) for c in chunks],
                         lib.embedder.embed_documents([c.embed_text for c in chunks]))
    lib.store.put_document(DocumentRecord(doc_id=doc_id, title=doc_id, source=doc.source, sha256=sha, pages=1,
                                          chunks=len(chunks), company=company, period="Q3 2026", doc_type=doc_type))
    lib.refresh()


def _library(lib: Library) -> Library:
    _add(lib, "tarn-release", "Tarnwick Systems Inc.", RELEASE, "earnings")
    _add(lib, "tarn-wire", "Tarnwick", WIRE, "article")
    _add(lib, "supplier-notes", None, NOTE, "other")
    _add(lib, "brellow-release", "Brellow Foods Inc.", OTHER, "earnings")
    return lib


def test_a_short_name_and_a_full_name_scope_each_other(fake_library: Library) -> None:
    lib = _library(fake_library)
    records = {d.doc_id: d for d in lib.documents()}
    for named in ("Tarnwick", "Tarnwick Systems Inc."):
        scope = company_scope(lib, records, [named])
        scoped = scope.get("doc_id") or [d for d, r in records.items()
                                          if r.company and r.company.startswith("Tarnwick")]
        assert {"tarn-release", "tarn-wire"} <= set(scoped)
        assert "brellow-release" not in scoped


def test_a_document_with_no_company_is_searched_where_its_text_names_the_company(fake_library: Library) -> None:
    lib = _library(fake_library)
    records = {d.doc_id: d for d in lib.documents()}
    scope = company_scope(lib, records, ["Tarnwick Systems Inc."])
    assert set(scope["doc_id"]) == {"tarn-release", "tarn-wire", "supplier-notes"}
    assert company_scope(lib, records, ["Brellow Foods Inc."]) == {"company_key": ["brellow foods"]}
    hits = HybridRetriever(lib).search("What lead times for pumps did Tarnwick Systems give?", k=4)
    assert "supplier-notes" in {h.doc_id for h in hits}
    assert "brellow-release" not in {h.doc_id for h in hits}


def test_a_question_about_the_full_name_finds_the_article_written_with_the_short_one(fake_library: Library) -> None:
    lib = _library(fake_library)
    hits = HybridRetriever(lib).search("What savings does Tarnwick Systems expect from buying Solvik Photonics?", k=3)
    assert hits[0].doc_id == "tarn-wire"
