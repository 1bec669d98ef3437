"""A scoped search over more chunks than the shard budget: dense ranking from the documents'
published vector records (read by id), not Chroma's metadata-filtered query; the same hits as
that query; a document without a record falls back to it; a relabel refetches nothing."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.api import Library
from assistant.core.answering import search_library
from assistant.core.retrieval.filters import Filters
from assistant.core.retrieval.scope_vectors import DocVectors, ScopeDense, vec_key
from assistant.core.retrieval.shards import client_state, publish_document
from assistant.core.settings import Settings
from assistant.core.store.base import StoredChunk
from assistant.core.types import DocumentRecord
from tests.test_chroma_server import chroma_url  # noqa: F401  (the real `chroma run` fixture)
from tests.test_team_library import _write_library

QUESTIONS = [
    ("dividend buyback leverage", Filters(company=["Globex Inc"])),
    ("inventory and capex", Filters(company=["Acme Corp"])),
    ("wireless subscribers churn", Filters(company=["Globex Inc"], period=["FY2023"])),
    ("goodwill impairment", Filters(company=["Acme Corp", "Globex Inc"])),
]


class _CountingStore:
    """Counts Chroma vector queries (with their filters) and vector-record reads."""

    def __init__(self, store: Any) -> None:
        self._store = store
        self.queries: list[Any] = []
        self.records_read = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def query(self, vector: np.ndarray, k: int, where: Mapping[str, Any] | None = None) -> list[StoredChunk]:
        self.queries.append(where)
        return list(self._store.query(vector, k, where))

    def get_blobs(self, ids: list[str]) -> dict[str, str]:
        self.records_read += sum(1 for i in ids if i.startswith("vec:doc:"))
        return dict(self._store.get_blobs(ids))


def _client(settings: Settings, home: Path, store: Any, **update: Any) -> Library:
    small = settings.model_copy(update={"home": home, "shard_scope_chunks": 5, **update})
    return Library(small, store=store)


def _hits(lib: Library) -> list[list[str]]:
    return [[h.chunk_id for h in search_library(lib, q, k=5, filters=f)] for q, f in QUESTIONS]


def _check(writer: Library, tmp_path: Path) -> None:
    counted = _CountingStore(writer.store)
    scoped = _client(writer.settings, tmp_path / "scoped", counted)
    filtered = _client(writer.settings, tmp_path / "filtered", writer.store, shard_dense_scope_chunks=0)
    got, want = _hits(scoped), _hits(filtered)
    assert all(want) and got == want
    assert counted.queries == []  # no Chroma query at all, filtered or not
    assert counted.records_read > 0

    # A document without a vector record (a library written before them): Chroma's query again.
    acme = [d for d in writer.documents() if d.company == "Acme Corp"]
    writer.store.delete_blobs([vec_key(acme[0].doc_id, acme[0].sha256)])
    late = _CountingStore(writer.store)
    fallback = _client(writer.settings, tmp_path / "late", late)
    assert _hits(fallback) == want
    assert late.queries and all(q is not None for q in late.queries)


def test_a_scoped_search_over_the_budget_ranks_published_vectors_as_the_filtered_query(tmp_path: Path) -> None:
    writer = Library(Settings(home=tmp_path / "writer", embedding_backend="hash", lexical_shards="on"))
    assert writer.ingest([_write_library(tmp_path / "docs")]).failed == []
    _check(writer, tmp_path)


@pytest.mark.server
def test_served_scoped_search_uses_published_vectors(chroma_url: str, tmp_path: Path) -> None:  # noqa: F811
    writer = Library(Settings(home=tmp_path / "writer", chroma_url=chroma_url, embedding_backend="hash",
                              collection_prefix="scopevec"))
    assert writer.ingest([_write_library(tmp_path / "docs")]).failed == []
    _check(writer, tmp_path)


def test_a_relabel_keeps_the_vector_records(tmp_path: Path) -> None:
    lib = Library(Settings(home=tmp_path / "home", embedding_backend="hash", lexical_shards="on")
                  .model_copy(update={"shard_scope_chunks": 5}))
    lib.ingest([_write_library(tmp_path / "docs")])
    assert search_library(lib, "churn", k=3, filters=Filters(company=["Globex Inc"]))
    vectors = client_state(lib).vectors
    fetched = vectors.fetched
    assert fetched == 2  # Globex's two filings
    target = next(d for d in lib.documents() if d.company == "Globex Inc" and d.period == "FY2024")
    lib.update_metadata(target.doc_id, company="Hooli")
    hits = search_library(lib, "churn", k=3, filters=Filters(company=["Globex Inc", "Hooli"]))
    assert hits and {h.company for h in hits} <= {"Globex Inc", "Hooli"}
    assert any(h.company == "Hooli" for h in search_library(lib, "churn", k=3, filters=Filters(company=["Hooli"])))
    assert vectors.fetched == fetched


def test_a_vector_record_round_trips_and_needs_every_chunks_vector() -> None:
    rng = np.random.default_rng(0)
    matrix = rng.standard_normal((4, 8)).astype(np.float32)
    record = DocVectors(["a:0", "a:1", "a:2", "a:3"], ["text", "table", "text", "text"], matrix)
    back = DocVectors.from_blob(record.to_blob())
    assert back is not None and back.ids == record.ids and back.kinds == record.kinds
    assert np.array_equal(back.matrix, matrix)
    assert DocVectors.from_blob("bm90IGFuIG5weg==") is None

    class _Blobs:
        def __init__(self) -> None:
            self.items: dict[str, str] = {}

        def put_blobs(self, items: Mapping[str, str]) -> None:
            self.items.update(items)

    store = _Blobs()
    texts = ["revenue rose", "a table", "margin fell", "guidance"]
    publish_document(store, "a", "s1", record.ids, record.kinds, texts,  # type: ignore[arg-type]
                     {cid: matrix[i] for i, cid in enumerate(record.ids[:3])})
    assert vec_key("a", "s1") not in store.items  # one chunk's vector missing: no record
    publish_document(store, "a", "s1", record.ids, record.kinds, texts,  # type: ignore[arg-type]
                     {cid: matrix[i] for i, cid in enumerate(record.ids)})
    assert vec_key("a", "s1") in store.items


def test_scope_ranking_is_exact_cosine_under_filters() -> None:
    rng = np.random.default_rng(1)
    parts = []
    for d in range(3):
        m = rng.standard_normal((6, 8)).astype(np.float32)
        m /= np.linalg.norm(m, axis=1, keepdims=True)
        record = DocumentRecord(doc_id=f"d{d}", title="t", source="s", sha256=f"s{d}", pages=1, chunks=6,
                                company=f"Co{d % 2}", period="FY2024", doc_type="10-K")
        parts.append((record, DocVectors([f"d{d}:{i}" for i in range(6)], ["table" if i % 3 == 0 else "text"
                                                                            for i in range(6)], m)))
    scope = ScopeDense(parts)
    q = rng.standard_normal(8).astype(np.float32)
    q /= np.linalg.norm(q)
    every = [(cid, float(v.matrix[i] @ q), r.doc_id, v.kinds[i]) for r, v in parts for i, cid in enumerate(v.ids)]
    want = [c for c, s, d, k in sorted(every, key=lambda x: -x[1]) if d != "d1" and k == "table"][:3]
    got = scope.nearest(q, 3, {"doc_id": ["d0", "d2"], "kind": ["table"]})
    assert [c.chunk_id for c in got] == want
    assert all(c.meta["kind"] == "table" and c.meta["doc_sha"] in ("s0", "s2") for c in got)
    assert [c.chunk_id for c in scope.nearest(q, 18, {})] == [c for c, *_ in sorted(every, key=lambda x: -x[1])]
