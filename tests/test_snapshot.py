"""The local snapshot a warm question reads instead of opening embedded Chroma, and the stamp
that proves it current (real Chroma, hash embedder)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.api import Library
from assistant.core.answering import ask
from assistant.core.retrieval import HybridRetriever
from assistant.core.settings import Settings
from assistant.core.store.chroma import ChromaStore
from assistant.core.store.chroma_stamp import read_stamp
from assistant.core.store.snapshot import LocalFirstStore, Snapshot
from assistant.core.types import DocumentRecord
from tests.conftest import SAMPLE

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ("What drove Smartoptics' Americas growth?", "What was Nokia's gross margin?", "Comparable operating profit")


def _warm_home(tmp_path: Path) -> Settings:
    settings = Settings(home=tmp_path / "home", embedding_backend="hash")
    docs = tmp_path / "docs"
    shutil.copytree(SAMPLE, docs)
    report = Library(settings).ingest([docs])  # ends with warm(): indexes and snapshot saved
    assert len(report.added) == 3
    return settings


def _answers(lib: Library) -> list[tuple[str, list[str]]]:
    out = []
    for question in QUESTIONS:
        answer = ask(question, library=lib)
        out.append((answer.answer, [h.chunk_id for h in answer.retrieved]))
    return out


def test_stamp_read_from_sqlite_is_the_stores(tmp_path: Path) -> None:
    store = ChromaStore("lib", path=tmp_path)
    assert read_stamp(tmp_path, "lib") == store.stamp() == ""
    store.touch()
    assert read_stamp(tmp_path, "lib") == store.stamp() != ""
    record = DocumentRecord(doc_id="d1", source="x.txt", title="x", sha256="abc", pages=1, chunks=0)
    store.put_document(record)
    after_put = store.stamp()
    assert read_stamp(tmp_path, "lib") == after_put
    store.delete_document("d1")
    assert read_stamp(tmp_path, "lib") == store.stamp() != after_put
    assert read_stamp(tmp_path, "other") is None  # no such collection: cannot tell
    assert read_stamp(tmp_path / "missing", "lib") is None


def test_a_write_not_yet_applied_means_open_the_store(tmp_path: Path) -> None:
    """A commit in Chroma's log that its metadata tables do not hold yet: the stamp there may be
    behind, so it is not trusted."""
    import sqlite3

    store = ChromaStore("lib", path=tmp_path)
    store.touch()
    assert read_stamp(tmp_path, "lib") == store.stamp()
    con = sqlite3.connect(tmp_path / "chroma.sqlite3")
    (collection_id,) = con.execute("SELECT id FROM collections WHERE name = 'lib-docs'").fetchone()
    con.execute(
        "INSERT INTO embeddings_queue (seq_id, operation, topic, id) VALUES (?, 0, ?, 'pending')",
        (10**9, f"persistent://default/default/{collection_id}"),
    )
    con.commit()
    con.close()
    assert read_stamp(tmp_path, "lib") is None


def test_unreadable_store_file_means_open_the_store(tmp_path: Path) -> None:
    (tmp_path / "chroma.sqlite3").write_bytes(b"not a database" * 100)
    assert read_stamp(tmp_path, "lib") is None


def test_warm_questions_never_open_the_store_and_answer_the_same(tmp_path: Path) -> None:
    settings = _warm_home(tmp_path)
    local = Library(settings)
    assert isinstance(local.store, LocalFirstStore)
    got = _answers(local)
    assert local.store._live is None  # answered from the snapshot and the saved indexes
    direct = Library(settings, store=ChromaStore(settings.collection_name, path=settings.home / "chroma"))
    assert got == _answers(direct)
    assert [h.text for h in HybridRetriever(local).search(QUESTIONS[0]).hits] == [
        h.text for h in HybridRetriever(direct).search(QUESTIONS[0]).hits
    ]
    assert local.documents() == direct.documents()
    assert local.store.get_facts() == direct.store.get_facts()


def test_a_change_by_another_process_is_seen(tmp_path: Path) -> None:
    settings = _warm_home(tmp_path)
    lib = Library(settings)
    nokia = next(d.doc_id for d in lib.documents() if "nokia" in d.source)
    assert any(h.doc_id == nokia for h in HybridRetriever(lib).search("Nokia gross margin").hits)
    # Another process removes a document (no warm-up after a removal: the snapshot goes stale).
    script = textwrap.dedent(
        f"""
        from assistant.api import Library
        from assistant.core.settings import Settings
        Library(Settings(home={str(settings.home)!r}, embedding_backend="hash")).remove([{nokia!r}])
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert nokia not in {d.doc_id for d in lib.documents()}  # this process: the stamp moved
    assert all(h.doc_id != nokia for h in HybridRetriever(lib).search("Nokia gross margin").hits)
    fresh = Library(settings)  # a new process's view: rebuilt from the store, snapshot saved again
    assert nokia not in {d.doc_id for d in fresh.documents()}
    assert all(h.doc_id != nokia for h in HybridRetriever(fresh).search("Nokia gross margin").hits)
    assert isinstance(fresh.store, LocalFirstStore)
    assert fresh.store.saved_stamp() == read_stamp(settings.home / "chroma", settings.collection_name)
    again = Library(settings)
    assert len(again.documents()) == 2 and again.store._live is None  # type: ignore[attr-defined]


def test_a_header_and_a_body_from_two_saves_are_never_read_together(tmp_path: Path) -> None:
    base = tmp_path / "snap"
    store = LocalFirstStore(base, lambda: "s1", lambda: pytest.fail("opened the store"), "test")  # type: ignore[arg-type,return-value]
    store.save("s1", [], [], {})
    first_header = Path(f"{base}.json").read_text()
    store.save("s1", [], [], {})
    Path(f"{base}.json").write_text(first_header)  # the old header beside the new body
    assert Snapshot.load(base) is None
    (tmp_path / "none").mkdir()
    assert Snapshot.load(tmp_path / "none" / "snap") is None


def test_snapshot_round_trip(tmp_path: Path) -> None:
    from assistant.core.store.base import StoredChunk

    base = tmp_path / "snap"
    stamp = ["s1"]
    store = LocalFirstStore(base, lambda: stamp[0], lambda: pytest.fail("opened the store"), "test")  # type: ignore[arg-type,return-value]
    record = DocumentRecord(doc_id="d1", source="x.txt", title="Ünïcode", sha256="abc", pages=1, chunks=2)
    chunks = [
        StoredChunk("c1", "Revenue was €12.5 million.", {"doc_id": "d1", "page": 3, "share": 0.5, "flag": True}),
        StoredChunk("c2", "", {"doc_id": "d1"}),
    ]
    store.save("s1", [record], chunks, {"d1": [{"concept": "revenue", "value": 12.5}]})
    assert store.stamp() == "s1" and store.documents() == [record]
    got = store.get_chunks(["c2", "missing", "c1"])
    assert [(c.chunk_id, c.text, c.meta) for c in got] == [(c.chunk_id, c.text, c.meta) for c in (chunks[1], chunks[0])]
    assert store.get_facts(["d1", "d2"]) == {"d1": [{"concept": "revenue", "value": 12.5}]}
    assert json.loads(Path(f"{base}.json").read_text())["stamp"] == "s1"
    stamp[0] = "s2"  # the store moved on: every read goes to the store itself
    opened: list[str] = []

    class _Live:
        def stamp(self) -> str:
            opened.append("stamp")
            return "s2"

    store._open_store = lambda: _Live()  # type: ignore[assignment,return-value]
    assert store.stamp() == "s2" and opened == ["stamp"]
