"""The embedded Chroma store: how chunks are written and read back."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.core.store.chroma import ChromaStore


def _meta(**extra: object) -> dict[str, object]:
    base: dict[str, object] = {
        "doc_id": "acme-1",
        "doc_sha": "abc",
        "index": 3,
        "page": 7,
        "page_end": 8,
        "kind": "table",
        "section": "Results — Q1",
        "header": "Acme 10-Q | page 7",
        "company": "Acme Corp",
        "company_key": "acme",
        "period": "Q1 2026",
        "doc_type": "10-Q",
    }
    base.update(extra)
    return base


def test_chunks_round_trip_and_filter(tmp_path: Path) -> None:
    store = ChromaStore("test-chunks", path=tmp_path)
    vec = np.eye(2, 4, dtype=np.float32)
    store.add_chunks(
        ["c1", "c2"],
        ["Revenue was €12.5 million.", "Other text"],
        [_meta(), _meta(doc_id="beta-2", company_key="beta", period=None)],
        vec,
    )
    (c1,) = store.get_chunks(["c1"])
    assert c1.text == "Revenue was €12.5 million."
    assert c1.meta == _meta()  # every field back, with its type
    (c2,) = store.get_chunks(["c2"])
    assert "period" not in c2.meta
    hits = store.query(vec[0], 5, {"company_key": {"$in": ["acme"]}})
    assert [h.chunk_id for h in hits] == ["c1"] and hits[0].text == c1.text
    assert [c.text for batch in store.iter_chunks() for c in batch] == [c1.text, c2.text]
    assert store.chunk_ids("acme-1", "abc") == {"c1"}


def test_relabel_sets_and_clears_fields(tmp_path: Path) -> None:
    store = ChromaStore("test-chunks", path=tmp_path)
    store.add_chunks(["c1"], ["Text"], [_meta()], np.ones((1, 4), dtype=np.float32))
    store.update_chunk_meta("acme-1", {"company": "Acme Inc", "company_key": "acmeinc", "period": None})
    (c1,) = store.get_chunks(["c1"])
    assert c1.text == "Text"
    assert c1.meta["company"] == "Acme Inc" and c1.meta["page"] == 7
    assert "period" not in c1.meta
    assert store.query(np.ones(4, dtype=np.float32), 5, {"period": {"$in": ["Q1 2026"]}}) == []
    assert len(store.query(np.ones(4, dtype=np.float32), 5, {"company_key": {"$in": ["acmeinc"]}})) == 1


def test_chunks_written_before_packing_still_read(tmp_path: Path) -> None:
    """Libraries from earlier versions kept text in Chroma's documents, fields at top level."""
    store = ChromaStore("test-chunks", path=tmp_path)
    store._chunks.add(  # the old layout, written directly
        ids=["old"], documents=["Old text"], metadatas=[_meta()], embeddings=np.ones((1, 4), dtype=np.float32)
    )
    (old,) = store.get_chunks(["old"])
    assert old.text == "Old text" and old.meta == _meta()
    store.update_chunk_meta("acme-1", {"period": "Q2 2026"})
    (old,) = store.get_chunks(["old"])
    assert old.text == "Old text" and old.meta["period"] == "Q2 2026" and old.meta["page"] == 7


def test_documents_sort_with_missing_and_naive_times(tmp_path: Path) -> None:
    # A record without ingested_at, a naive one (an older writer) and an aware one: listing
    # must not compare naive with aware datetimes (it used to raise TypeError on every search).
    from datetime import UTC, datetime

    from assistant.core.types import DocumentRecord

    store = ChromaStore("test-docs", path=tmp_path)
    common = {"title": "t", "source": "s", "sha256": "x", "pages": 1, "chunks": 1}
    store.put_document(DocumentRecord(doc_id="aware", ingested_at=datetime(2026, 1, 2, tzinfo=UTC), **common))
    store.put_document(DocumentRecord(doc_id="naive", ingested_at=datetime(2026, 1, 1), **common))
    store.put_document(DocumentRecord(doc_id="none", **common))
    assert [r.doc_id for r in store.documents()] == ["none", "naive", "aware"]


def test_side_collections_sync_their_index_often(tmp_path: Path) -> None:
    # Chroma rereads a collection's unsynced writes on every write; the statistics hold ~0.3 MB
    # values, so a backlog of 1000 (the default) made one small upsert take seconds. Collections
    # made before the setting are changed when the store opens.
    import chromadb

    client = chromadb.PersistentClient(path=str(tmp_path), settings=chromadb.Settings(anonymized_telemetry=False))
    client.get_or_create_collection("side-docs", embedding_function=None)
    assert client.get_collection("side-docs").configuration["hnsw"]["sync_threshold"] == 1000
    store = ChromaStore("side", path=tmp_path)
    store.put_blobs({"k": "v" * 1000})
    for name in ("side-docs", "side-facts", "side-stats"):
        assert client.get_collection(name).configuration["hnsw"]["sync_threshold"] <= 8, name
    assert client.get_collection("side").configuration["hnsw"]["sync_threshold"] == 1000  # chunks: as Chroma has it
    assert store.get_blobs(["k"]) == {"k": "v" * 1000}


def test_side_collection_waits_out_a_locked_database(monkeypatch: pytest.MonkeyPatch) -> None:
    # Another process writing the same library holds SQLite's lock for a moment; setting the side
    # collection's sync interval is retried rather than left at Chroma's slow default.
    from assistant.core.store import chroma as chroma_mod

    calls: list[dict[str, object]] = []

    class Locked:
        def __init__(self) -> None:
            self.configuration = {"hnsw": {"sync_threshold": 1000}}

        def modify(self, configuration: dict[str, object]) -> None:
            calls.append(configuration)
            if len(calls) < 3:
                raise RuntimeError("Database error: (code: 5) database is locked")

    class Client:
        def get_or_create_collection(self, name: str, **_: object) -> Locked:
            return Locked()

    monkeypatch.setattr(chroma_mod.time, "sleep", lambda _s: None)
    store = ChromaStore.__new__(ChromaStore)
    store._client = Client()
    store._side_collection("lib-docs")
    assert len(calls) == 3  # two locked attempts, then the one that went through
