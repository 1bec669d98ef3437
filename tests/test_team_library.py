"""A shared library through per-document shards: the same rankings as one whole index, a
teammate's ingest seen at the next search, shards cached by content hash, and full passes
that a concurrent write cannot tear."""

from __future__ import annotations

import hashlib
import random
import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.api import Library
from assistant.core.answering import search_library
from assistant.core.lexical import BM25Index
from assistant.core.library import snapshot_chunks
from assistant.core.retrieval.derived import derived_terms
from assistant.core.retrieval.filters import Filters
from assistant.core.retrieval.lexstats import (
    AGGREGATE_ID,
    LexicalStats,
    doc_term_stats,
    lexical_text,
)
from assistant.core.retrieval.shards import Shard, ShardView, client_state
from assistant.core.settings import Settings
from assistant.core.store.base import StoredChunk
from tests.conftest import SAMPLE
from tests.test_chroma_server import chroma_url  # noqa: F401  (the real `chroma run` fixture)

WORDS = ["revenue", "margin", "inventory", "guidance", "dividend", "capex", "leverage", "churn", "backlog", "subscribers", "wireless", "pharmaceutical", "beverage", "snacks", "stores", "tariffs", "currency", "restructuring", "impairment", "buyback", "goodwill"]
COMPANIES = {"Acme Corp": "ACME", "Globex Inc": "GBX", "Initech": "INTC2"}


def _write_library(folder: Path, seed: int = 5) -> Path:
    """The sample documents and a few made-up filings of three companies over two years."""
    shutil.copytree(SAMPLE, folder)
    rng = random.Random(seed)
    for company in COMPANIES:
        for year in (2023, 2024):
            lines = [f"# {company} annual report fiscal {year}", ""]
            for section in range(6):
                lines.append(f"## Section {section}: {rng.choice(WORDS)} and {rng.choice(WORDS)}")
                for _ in range(4):
                    words = " ".join(rng.choice(WORDS) for _ in range(40))
                    lines.append(f"{company} reported {words} of ${rng.randint(1, 999)}.{rng.randint(0, 9)} million "
                                 f"in fiscal {year}.\n")
            name = f"{company.split()[0].lower()}-fy{year}.md"
            (folder / name).write_text("\n".join(lines))
    return folder


QUESTIONS: list[tuple[str, Filters | None]] = [
    ("What drove Smartoptics' Americas growth?", None),
    ("What was Nokia's net sales in Q1 2026?", None),
    ("Acme Corp inventory and capex in fiscal 2024", None),
    ("goodwill impairment restructuring", None),
    ("dividend buyback leverage", Filters(company=["Globex Inc"])),
    ("tariffs currency margin", Filters(period=["FY2023"])),
    ("How did Initech's wireless subscribers and churn develop in 2023?", None),
    ("Initech subscription trends", None),  # the library says "subscribers": a derived form
]


def _ranking(lib: Library) -> list[list[tuple[str, float]]]:
    return [[(h.chunk_id, round(h.score, 4)) for h in search_library(lib, q, k=8, filters=f)] for q, f in QUESTIONS]


def test_server_shards_rank_exactly_as_the_embedded_index(chroma_url: str, tmp_path: Path) -> None:  # noqa: F811
    docs = _write_library(tmp_path / "docs")
    embedded = Library(Settings(home=tmp_path / "embedded", embedding_backend="hash"))
    served = Library(Settings(home=tmp_path / "served", chroma_url=chroma_url, embedding_backend="hash",
                              collection_prefix="same"))
    assert not embedded.sharded and served.sharded
    for lib in (embedded, served):
        report = lib.ingest([docs])
        assert report.failed == [] and len(report.added) == 9
    assert _ranking(served) == _ranking(embedded)
    # A teammate's client, fresh, ranks the same too.
    teammate = Library(Settings(home=tmp_path / "teammate", chroma_url=chroma_url, embedding_backend="hash",
                                collection_prefix="same"))
    assert _ranking(teammate) == _ranking(embedded)


def test_teammates_ingest_is_seen_at_the_next_search_without_a_rebuild(chroma_url: str, tmp_path: Path) -> None:  # noqa: F811
    docs = _write_library(tmp_path / "docs")
    settings = {"chroma_url": chroma_url, "embedding_backend": "hash", "collection_prefix": "teamnext"}
    alice = Library(Settings(home=tmp_path / "alice", **settings))
    bob = Library(Settings(home=tmp_path / "bob", **settings))
    alice.ingest([docs])
    assert search_library(bob, "revenue and margin", k=3)  # every document: a small library
    cache = client_state(bob).cache
    fetched = cache.fetched
    note = tmp_path / "new" / "zyxel-note.md"
    note.parent.mkdir()
    note.write_text("# Zyxel update\n\nZyxel quadrupled its photonics backlog to $4.2 billion in fiscal 2024.\n")
    alice.ingest([note.parent])

    hits = search_library(bob, "photonics backlog quadrupled", k=3)
    assert hits and "photonics" in hits[0].text
    assert cache.fetched - fetched == 1  # the new document's shard only; nothing rebuilt
    # The library-wide statistics bob now holds are the published ones, and those add up.
    stats = client_state(bob).stats
    assert stats is not None
    published = LexicalStats.from_json(bob.store.get_blobs([AGGREGATE_ID])[AGGREGATE_ID])
    assert (stats.chunks, stats.length, stats.df) == (published.chunks, published.length, published.df)
    whole = doc_term_stats(lexical_text(c.text, c.meta) for c in snapshot_chunks(bob.store, bob.documents()))
    assert (stats.chunks, stats.length, stats.df) == (whole.chunks, whole.length, whole.df)

    # A removal too: the document is gone from bob's next search and from the statistics.
    target = next(d.doc_id for d in bob.documents() if "zyxel" in d.doc_id)
    alice.remove([target])
    assert all(h.doc_id != target for h in search_library(bob, "photonics backlog quadrupled", k=3))
    assert "photonics" not in (client_state(bob).stats or LexicalStats()).df


def test_shards_are_cached_by_content_hash(chroma_url: str, tmp_path: Path) -> None:  # noqa: F811
    docs = _write_library(tmp_path / "docs")
    settings = {"chroma_url": chroma_url, "embedding_backend": "hash", "collection_prefix": "teamhash"}
    alice = Library(Settings(home=tmp_path / "alice", **settings))
    alice.ingest([docs])
    bob = Library(Settings(home=tmp_path / "bob", **settings))
    search_library(bob, "Globex dividend", k=3, filters=Filters(company=["Globex Inc"]))
    assert client_state(bob).cache.fetched == 2  # Globex's two filings, nothing else

    # A changed file is a new version: its shard is fetched again; an unchanged one is not.
    target = docs / "globex-fy2024.md"
    target.write_text(target.read_text() + "\nGlobex also announced a special dividend of $9.99.\n")
    alice.ingest([docs])
    hits = search_library(bob, "special dividend", k=3, filters=Filters(company=["Globex Inc"]))
    assert client_state(bob).cache.fetched == 3
    assert any("special dividend" in h.text for h in hits)

    # Another client on the same home finds the shards on disk and fetches none.
    carol = Library(Settings(home=tmp_path / "bob", **settings))
    assert search_library(carol, "special dividend", k=3, filters=Filters(company=["Globex Inc"]))
    assert client_state(carol).cache.fetched == 0


class _ConcurrentWriter:
    """A store whose first `chunks_of` lets a teammate replace a document mid-pass."""

    def __init__(self, store: Any, during: Any) -> None:
        self._store = store
        self._during = during

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def chunks_of(self, docs: Mapping[str, str], *, vectors: bool = False) -> list[StoredChunk]:
        if self._during is not None:
            during, self._during = self._during, None
            during()
        return list(self._store.chunks_of(docs, vectors=vectors))


def test_a_full_pass_reads_one_manifest_snapshot_under_a_concurrent_write(tmp_path: Path) -> None:
    docs = _write_library(tmp_path / "docs")
    lib = Library(Settings(home=tmp_path / "home", embedding_backend="hash"))
    lib.ingest([docs])
    snapshot = lib.documents()
    expected = {r.doc_id: lib.store.chunk_ids(r.doc_id, r.sha256) for r in snapshot}
    victim = snapshot[-1]
    edited = Path(victim.source)

    def teammate() -> None:  # a new version of the last document, and a new document
        edited.write_text(edited.read_text() + "\n\nA late correction: revenue was restated.\n")
        (docs / "late.md").write_text("# Late note\n\nA note added while the pass ran.\n")
        Library(Settings(home=tmp_path / "home", embedding_backend="hash"), store=lib.store).ingest([docs])

    store = _ConcurrentWriter(lib.store, teammate)
    seen: dict[str, set[str]] = {}
    for chunk in snapshot_chunks(store, snapshot, batch_chunks=5):  # type: ignore[arg-type]
        seen.setdefault(str(chunk.meta["doc_id"]), set()).add(chunk.chunk_id)
        assert chunk.meta["doc_sha"] == {r.doc_id: r.sha256 for r in snapshot}[str(chunk.meta["doc_id"])]
    # Every snapshot document whole (the replaced one whole or, once its old version is
    # deleted, not at all); nothing of a version or a document the snapshot did not hold.
    assert set(seen) <= set(expected)
    for doc_id, ids in expected.items():
        assert seen.get(doc_id, set()) in (ids, set()) if doc_id == victim.doc_id else seen[doc_id] == ids


def _chunks(texts: Sequence[str], doc_id: str) -> list[StoredChunk]:
    rng = np.random.default_rng(len(texts))
    return [
        StoredChunk(f"{doc_id}:{i}", t, {"doc_id": doc_id, "doc_sha": "s" + doc_id, "index": i, "kind": "text",
                                         "header": f"{doc_id} page {i}"}, vector=rng.standard_normal(8).astype(np.float32))
        for i, t in enumerate(texts)
    ]


def test_a_view_over_some_shards_scores_as_the_whole_index() -> None:
    from assistant.core.types import DocumentRecord

    rng = random.Random(1)
    docs = {f"d{j}": _chunks([" ".join(rng.choice(WORDS) for _ in range(30)) for _ in range(12)], f"d{j}")
            for j in range(4)}
    docs["d0"][0].text += " customer retention"
    every = [c for chunks in docs.values() for c in chunks]
    whole = BM25Index.build([c.chunk_id for c in every], [lexical_text(c.text, c.meta) for c in every],
                            [c.meta for c in every])
    shards = {d: Shard.build(d, "s" + d, chunks) for d, chunks in docs.items()}
    stats = LexicalStats()
    for d, shard in shards.items():
        stats.apply(d, shard.sha, shard.stats(), +1)
    records = {d: DocumentRecord(doc_id=d, title=d, source=d, sha256="s" + d, pages=1, chunks=12) for d in docs}
    view = ShardView([shards["d1"], shards["d3"]], records, stats, "x")
    query = "revenue margin goodwill d1 page"
    in_view = set(view.ids)
    expected = [(h.chunk_id, round(h.score, 4)) for h in whole.search(query, k=100) if h.chunk_id in in_view]
    got = [(h.chunk_id, round(h.score, 4)) for h in view.search(query, k=100)]
    assert sorted(got, key=lambda x: (-x[1], x[0])) == sorted(expected, key=lambda x: (-x[1], x[0]))
    assert [s for _, s in got] == sorted((s for _, s in got), reverse=True)
    assert view.dense is not None and view.dense.matrix.shape == (24, 8)
    # Derived forms ("subscription" finds "subscribers") come from the whole library's words, as
    # in the whole index, even those of documents outside the view.
    for asked in ({"subscription": 1.0}, {"retain": 1.0}):  # "retention": in d0 only, outside the view
        assert derived_terms(view, asked, 0.5) == derived_terms(whole, asked, 0.5) != {}


def test_a_library_written_without_statistics_gets_them_from_its_first_reader(chroma_url: str, tmp_path: Path) -> None:  # noqa: F811
    docs = _write_library(tmp_path / "docs")
    settings = {"chroma_url": chroma_url, "embedding_backend": "hash", "collection_prefix": "teamold"}
    old_writer = Library(Settings(home=tmp_path / "old", lexical_shards="off", **settings))
    old_writer.ingest([docs])
    assert old_writer.store.get_blobs([AGGREGATE_ID]) == {}
    bob = Library(Settings(home=tmp_path / "bob", **settings))
    assert search_library(bob, "Globex dividend", k=3, filters=Filters(company=["Globex Inc"]))
    # Every document's texts once, to count its terms; Globex's two again, with their vectors.
    assert client_state(bob).cache.fetched == 11
    carol = Library(Settings(home=tmp_path / "carol", **settings))
    assert search_library(carol, "Globex dividend", k=3, filters=Filters(company=["Globex Inc"]))
    assert client_state(carol).cache.fetched == 2  # the statistics bob published; Globex's shards


class _FakeStore:
    def __init__(self) -> None:
        self.requests = 0
        self.blobs: dict[str, str] = {}

    def get_blobs(self, ids: Sequence[str]) -> dict[str, str]:
        return {}  # nothing published: shards come from the chunks

    def put_blobs(self, items: Mapping[str, str]) -> None:
        self.blobs.update(items)

    def chunks_of(self, docs: Mapping[str, str], *, vectors: bool = False) -> list[StoredChunk]:
        self.requests += 1
        out = []
        for doc_id, sha in docs.items():
            for chunk in _chunks([f"{doc_id} " + " ".join(WORDS) * 4] * 150, doc_id):
                chunk.meta["doc_sha"] = sha
                chunk.vector = np.zeros(384, dtype=np.float32) if vectors else None
                out.append(chunk)
        return out


def test_the_shard_cache_stays_within_its_disk_and_memory_budgets(tmp_path: Path) -> None:
    from assistant.core.retrieval.shards import ShardCache

    store = _FakeStore()
    cache = ShardCache(store, tmp_path, mem_chunks=300, disk_mb=1)  # type: ignore[arg-type]
    for j in range(6):
        cache.get_many([(f"d{j}", "v1")])
    assert sum(len(s) for s in cache._mem.values()) <= 300
    assert sum(p.stat().st_size for p in tmp_path.iterdir()) <= 1_000_000
    assert (tmp_path / f"v1-{hashlib.sha1(b'd5').hexdigest()[:12]}.npz").exists()  # the newest is kept
    before = store.requests
    cache.get_many([("d5", "v1")])  # in memory
    assert store.requests == before
    cache.get_many([("d5", "v2")])  # a new version is a new shard
    assert store.requests == before + 1


def test_a_relabelled_document_is_filtered_by_its_new_label_without_a_refetch(tmp_path: Path) -> None:
    docs = _write_library(tmp_path / "docs")
    lib = Library(Settings(home=tmp_path / "home", embedding_backend="hash", lexical_shards="on"))
    lib.ingest([docs])
    target = next(d for d in lib.documents() if d.company == "Globex Inc" and d.period == "FY2024")
    assert search_library(lib, "churn", k=3, filters=Filters(doc_id=[target.doc_id]))
    fetched = client_state(lib).cache.fetched
    lib.update_metadata(target.doc_id, company="Hooli")
    hits = search_library(lib, "churn", k=3, filters=Filters(company=["Hooli"], doc_id=[target.doc_id]))
    assert hits and {h.doc_id for h in hits} == {target.doc_id} and hits[0].company == "Hooli"
    assert client_state(lib).cache.fetched == fetched


class _CountingStore:
    """A store that counts the reads of chunks (whole documents, or by id)."""

    def __init__(self, store: Any) -> None:
        self._store = store
        self.documents_read = 0
        self.chunks_by_id = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def chunks_of(self, docs: Mapping[str, str], *, vectors: bool = False) -> list[StoredChunk]:
        self.documents_read += len(docs)
        return list(self._store.chunks_of(docs, vectors=vectors))

    def get_chunks(self, ids: Sequence[str]) -> list[StoredChunk]:
        self.chunks_by_id += len(ids)
        return list(self._store.get_chunks(ids))


def test_an_unscoped_search_over_the_budget_reads_published_term_counts_not_chunks(chroma_url: str, tmp_path: Path) -> None:  # noqa: F811
    docs = _write_library(tmp_path / "docs")
    settings = {"chroma_url": chroma_url, "embedding_backend": "hash", "collection_prefix": "teamwide"}
    alice = Library(Settings(home=tmp_path / "alice", **settings))
    alice.ingest([docs])
    store = _CountingStore(alice.store)
    small = Settings(home=tmp_path / "bob", **settings).model_copy(update={"shard_scope_chunks": 10})
    bob = Library(small, store=store)
    question = "Who bought 44,682 shares in Helsinki trading?"
    hits = search_library(bob, question, k=3)
    assert store.documents_read == 0  # no document read whole: term counts, Chroma's nearest chunks
    assert store.chunks_by_id <= 40  # texts: Chroma's nearest chunks carry theirs; the other leaders' by id
    assert hits and "44,682" in hits[0].text and hits[0].page >= 1
    # The document that holds the answer ranks first as in a client that reads everything.
    assert hits[0].chunk_id == search_library(alice, question, k=3)[0].chunk_id


def test_published_term_counts_score_as_the_chunks_they_came_from() -> None:
    from assistant.core.types import DocumentRecord

    rng = random.Random(2)
    chunks = _chunks([" ".join(rng.choice(WORDS) for _ in range(30)) + f" {rng.randint(1, 99_999):,}"
                      for _ in range(20)], "d0")
    built = Shard.build("d0", "sd0", chunks)
    read = Shard.from_blob("d0", "sd0", built.to_blob())
    assert read is not None and read.texts is None and read.vectors is None and read.ids == built.ids
    assert read.stats() == built.stats()
    stats = LexicalStats()
    stats.apply("d0", "sd0", built.stats(), +1)
    records = {"d0": DocumentRecord(doc_id="d0", title="d0", source="d0", sha256="sd0", pages=1, chunks=20)}
    query = "revenue margin goodwill d0 page"
    whole, counts = ShardView([built], records, stats, "x"), ShardView([read], records, stats, "x", exact=False)
    assert [(h.chunk_id, h.score) for h in counts.search(query)] == [(h.chunk_id, h.score) for h in whole.search(query)]
    assert counts.dense is None and counts.chunk("d0:3") == StoredChunk("d0:3", "", {"doc_id": "d0", "doc_sha": "sd0", "kind": "text"})
    assert Shard.from_blob("d0", "sd0", "not a record") is None  # read from the chunks instead
