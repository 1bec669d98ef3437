"""A team library on one real `chroma run` server: what a client pays as the library grows.

    python -m bench.team --chunks 30000,100000
    python -m bench.team --chunks 1000000 --build-only --workdir DIR   # write once (resumable) ...
    python -m bench.team --chunks 1000000 --workdir DIR                # ... measure later

For each size: starts `chroma run` on 127.0.0.1 (stopped at the end), writes a synthetic
library through `ChromaStore.add_chunks` (750 chunks of ~720 characters per filing, words
drawn from a 40k-word vocabulary, precomputed 384-d vectors, company/period metadata,
document records), then runs each client in a fresh process and prints: first-search time,
bytes fetched over HTTP, peak RSS, warm p50/p95 with and without filters, the next search
after a teammate ingests a small document, client disk, and a restarted client's first
search; for the warm passes, the median time of each search step and the MB fetched a search.
Questions use the library's own words. A library kept in --workdir (a `written.json` beside
its `db/`) is measured as it is: a build stopped early can be moved to `lib-<its chunks>`.
Measures; asserts nothing.

Long on purpose: one benchmark (server, synthetic library, client processes, the dev questions
served, the parts that grow with the library) that reads top to bottom.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

CHUNKS_PER_DOC = 750
VOCAB = 40_000
DIM = 384
COMPANIES = 40
PREFIX = "teambench"


# -- synthetic library ---------------------------------------------------------------------------
def _vocabulary(rng: np.random.Generator) -> list[str]:
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    words: set[str] = set()
    while len(words) < VOCAB:
        n = int(rng.integers(3, 11))
        words.add("".join(rng.choice(letters, n)))
    return sorted(words)


class Synth:
    def __init__(self, seed: int = 7) -> None:
        self.rng = np.random.default_rng(seed)
        self.words = _vocabulary(self.rng)
        ranks = np.arange(1, VOCAB + 1, dtype=np.float64)
        p = 1.0 / ranks**1.05
        self.cdf = np.cumsum(p / p.sum())

    def text(self, n_words: int = 100) -> str:
        idx = np.minimum(np.searchsorted(self.cdf, self.rng.random(n_words)), VOCAB - 1)
        out = [self.words[i] for i in idx]
        for pos in self.rng.integers(0, n_words, 6):
            out[int(pos)] = f"{int(self.rng.integers(1, 99_999)):,}"
        return " ".join(out)[:760]

    def vectors(self, n: int) -> np.ndarray:
        v = self.rng.standard_normal((n, DIM)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


def company(i: int) -> str:
    return f"Company{i:03d} Holdings Inc."


def write_doc(store: Any, synth: Synth, doc_no: int, n_chunks: int = CHUNKS_PER_DOC, *, when: datetime) -> None:
    from assistant.core.finance.companies import canonical_company
    from assistant.core.types import DocumentRecord

    name = company(doc_no % COMPANIES)
    period = f"FY{2010 + (doc_no // COMPANIES) % 16}"
    doc_id = f"doc{doc_no:06d}"
    sha = hashlib.sha256(f"{doc_id}-{n_chunks}".encode()).hexdigest()
    texts = [synth.text() for _ in range(n_chunks)]
    metas = [
        {"doc_id": doc_id, "doc_sha": sha, "index": i, "page": 1 + i // 4, "page_end": 1 + i // 4,
         "kind": "table" if i % 7 == 0 else "text", "section": "Item 7", "header": f"{name} {period} 10-K page {1 + i // 4}",
         "company": name, "company_key": canonical_company(name), "period": period, "doc_type": "10-K"}
        for i in range(n_chunks)
    ]
    ids = [f"{doc_id}:{sha[:12]}:{i}" for i in range(n_chunks)]
    vectors = synth.vectors(n_chunks)
    store.add_chunks(ids, texts, metas, vectors)
    record = DocumentRecord(doc_id=doc_id, title=f"{name} {period} 10-K", source=f"/synthetic/{doc_id}.pdf",
                            sha256=sha, pages=1 + n_chunks // 4, chunks=n_chunks, ingested_at=when,
                            company=name, period=period, doc_type="10-K")
    _publish(store, doc_id, sha, ids, [str(m["kind"]) for m in metas],
             [f"{m['header']}\n{t}" for m, t in zip(metas, texts, strict=True)], dict(zip(ids, vectors, strict=True)))
    store.put_document(record)


def _publish(store: Any, doc_id: str, sha: str, ids: list[str], kinds: list[str], texts: list[str],
             vectors: dict[str, np.ndarray]) -> None:
    """The writer's share as the code under test publishes it (nothing before shards; only the
    statistics before published term counts; no vectors before vector records), so one
    benchmark measures each design."""
    try:
        from assistant.core.retrieval import shards
    except ImportError:
        return
    if hasattr(shards, "publish_document"):
        try:
            from assistant.core.retrieval import scope_vectors  # noqa: F401
        except ImportError:
            shards.publish_document(store, doc_id, sha, ids, kinds, texts)
        else:
            shards.publish_document(store, doc_id, sha, ids, kinds, texts, vectors)
    elif hasattr(shards, "publish_doc_stats"):
        shards.publish_doc_stats(store, doc_id, sha, texts)


def _backfill(store: Any, records: list[Any]) -> None:
    """Documents written by an earlier version of this benchmark: publish what they lack."""
    try:
        from assistant.core.retrieval.lexstats import lex_key
    except ImportError:
        return
    for start in range(0, len(records), 8):
        part = records[start : start + 8]
        have = store.get_blobs([lex_key(r.doc_id, r.sha256) for r in part])
        for r in part:
            if lex_key(r.doc_id, r.sha256) not in have:
                chunks = sorted(store.chunks_of({r.doc_id: r.sha256}), key=lambda c: int(c.meta["index"]))
                _publish(store, r.doc_id, r.sha256, [c.chunk_id for c in chunks],
                         [str(c.meta.get("kind")) for c in chunks],
                         [f"{c.meta['header']}\n{c.text}" for c in chunks], {})


def publish_vectors(store: Any, records: list[Any]) -> int:
    """Documents written before vector records: publish each one's (`scope_vectors`), as a writer
    now does. Vectors are regenerated (each document's chunks are drawn from its own seed: texts,
    then vectors) and checked against the stored ones at three chunks, else read by id; chunk ids
    and kinds come from the document's published term counts. Returns how many were published."""
    try:
        from assistant.core.retrieval.lexstats import lex_key
        from assistant.core.retrieval.scope_vectors import DocVectors, vec_key
        from assistant.core.retrieval.shard_cache import Shard
    except ImportError:
        return 0
    blobs = store._blobs()  # existence by id, without reading the values (a bench-only shortcut)
    done = 0
    t0 = time.perf_counter()
    for start in range(0, len(records), 8):
        part = records[start : start + 8]
        have = set(blobs.get(ids=[vec_key(r.doc_id, r.sha256) for r in part], include=[])["ids"])
        todo = [r for r in part if vec_key(r.doc_id, r.sha256) not in have]
        if not todo:
            continue
        lex = store.get_blobs([lex_key(r.doc_id, r.sha256) for r in todo])
        out: dict[str, str] = {}
        for r in todo:
            raw = lex.get(lex_key(r.doc_id, r.sha256))
            shard = Shard.from_blob(r.doc_id, r.sha256, raw) if raw else None
            if shard is None or not shard.ids:
                continue
            synth = Synth()
            synth.rng = np.random.default_rng([7, int(r.doc_id[3:])]) if r.doc_id[3:].isdigit() else synth.rng
            for _ in range(len(shard.ids)):
                synth.text()
            matrix = synth.vectors(len(shard.ids))
            probe = sorted({0, len(shard.ids) // 2, len(shard.ids) - 1})
            stored = store.get_vectors([shard.ids[i] for i in probe])
            if not all(shard.ids[i] in stored and np.allclose(stored[shard.ids[i]], matrix[i], atol=1e-6) for i in probe):
                stored = store.get_vectors(shard.ids)  # not this generator's: read them by id
                matrix = np.stack([stored[cid] for cid in shard.ids])
            out[vec_key(r.doc_id, r.sha256)] = DocVectors(shard.ids, shard.kinds, matrix).to_blob()
        store.put_blobs(out)
        done += len(out)
        if done and done % 80 < len(out):
            print(f"  vector records: {done} published ({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)
    return done


def _finish_writes(store: Any) -> None:
    try:
        from assistant.core.retrieval import shards
    except ImportError:
        return
    update = getattr(shards, "update_aggregate", None)
    if update is not None:
        update(store)


# -- the server ----------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def chroma_server(data: Path) -> Iterator[str]:
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = _free_port()
    log = (data / "server.log").open("w")
    proc = subprocess.Popen([chroma, "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 90
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if proc.poll() is not None or time.time() > deadline:
                    raise RuntimeError(f"chroma run did not start: {(data / 'server.log').read_text()[-2000:]}") from None
                time.sleep(0.3)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _library(home: Path, url: str) -> Any:
    from assistant.core.embeddings.hash import HashEmbedder
    from assistant.core.library import Library
    from assistant.core.settings import Settings

    return Library(Settings(home=home, chroma_url=url, embedding_backend="hash", collection_prefix=PREFIX),
                   embedder=HashEmbedder(dimension=DIM))


# -- one client, in its own process ----------------------------------------------------------------
def _count_http_bytes() -> list[int]:
    import httpx

    total = [0]
    original = httpx.Client.send

    def send(self: Any, request: Any, **kwargs: Any) -> Any:
        response = original(self, request, **kwargs)
        total[0] += len(response.content)
        return response

    httpx.Client.send = send  # type: ignore[method-assign]
    return total


def _rss_mb() -> tuple[float, float]:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    now = peak
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                now = int(line.split()[1]) / 1024
    except OSError:
        pass
    return now, peak


def client(home: Path, url: str, n_docs: int, teammate: bool) -> dict[str, Any]:
    counter = _count_http_bytes()
    from assistant.core.answering import search_library
    from assistant.core.retrieval.filters import Filters

    synth = Synth()  # the library's vocabulary: questions use its words
    rng = np.random.default_rng(3)
    lib = _library(home, url)

    def question(scoped: bool, which: int | None = None) -> tuple[str, Filters | None]:
        words = " ".join(synth.words[int(i)] for i in rng.integers(0, 3000, 6))
        if scoped:
            which = int(rng.integers(0, COMPANIES)) if which is None else which
            return f"What did they say about {words}?", Filters(company=[company(which)])
        return f"What did filings say about {words}?", None

    out: dict[str, Any] = {}
    for name, scoped in (("first", True), ("first_unscoped", False)):
        q, f = question(scoped)
        before = counter[0]
        t0 = time.perf_counter()
        search_library(lib, q, k=5, filters=f)
        out[f"{name}_s"] = round(time.perf_counter() - t0, 2)
        out[f"{name}_mb"] = round((counter[0] - before) / 1e6, 1)
    # Pass 1 meets each company (or each question's nearest filings) for the first time; pass 2
    # asks new questions about the same 12 companies: a warm client's everyday search.
    scopes = [int(i) for i in rng.integers(0, COMPANIES, 12)]
    from assistant.core.retrieval import HybridRetriever

    for name, scoped in (("new_scope", True), ("warm_scoped", True), ("unscoped", False), ("warm_unscoped", False)):
        times = []
        steps: dict[str, list[float]] = {}
        before = counter[0]
        for i in range(30):
            q, f = question(scoped, scopes[i % len(scopes)])
            t0 = time.perf_counter()
            result = HybridRetriever(lib).search(q, k=5, filters=f)  # as search_library, with its timings
            times.append((time.perf_counter() - t0) * 1000)
            for step, ms in result.timings_ms.items():
                steps.setdefault(step, []).append(ms)
        out[f"{name}_p50_ms"] = round(float(np.percentile(times, 50)), 1)
        out[f"{name}_p95_ms"] = round(float(np.percentile(times, 95)), 1)
        out[f"{name}_mb_per_search"] = round((counter[0] - before) / 30 / 1e6, 2)
        if name.startswith("warm"):  # where a search's time goes (medians, ms)
            out[f"{name}_steps_ms"] = {step: round(float(np.median(v)), 1) for step, v in steps.items()}
    out["rss_mb"], out["peak_rss_mb"] = (round(x) for x in _rss_mb())
    if teammate:  # another client ingests a 2-chunk note; this one searches next
        # The note is about a company this client has read (what is new is the note, not the company).
        writer = _library(home.parent / "teammate", url)
        write_doc(writer.store, synth, n_docs + 1000 + COMPANIES * int(rng.integers(0, 250)) + scopes[0], 2,
                  when=datetime.now(UTC))
        _finish_writes(writer.store)
        for name, scoped in (("after_ingest", True), ("after_ingest_unscoped", False)):
            q, f = question(scoped, scopes[0])
            before = counter[0]
            t0 = time.perf_counter()
            search_library(lib, q, k=5, filters=f)
            out[f"{name}_s"] = round(time.perf_counter() - t0, 2)
            out[f"{name}_mb"] = round((counter[0] - before) / 1e6, 1)
    out["http_mb_total"] = round(counter[0] / 1e6, 1)
    out["disk_mb"] = round(sum(p.stat().st_size for p in home.rglob("*") if p.is_file()) / 1e6, 1)
    return out


def _run_client(home: Path, url: str, n_docs: int, teammate: bool, timeout: int) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.team", "--client", str(home), "--url", url, "--docs", str(n_docs)]
    if teammate:
        cmd.append("--teammate")
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        return {"error": done.stderr[-1500:]}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def write_library(store: Any, n_docs: int, sync_every: int = 0) -> None:
    """Documents 0..n_docs-1, each drawn from its own seed, so an interrupted build resumes at
    the first document without a record (a record is written after its chunks: the commit).

    `sync_every`: persist the vector index every this many chunk writes while building (Chroma's
    default, 1000, rewrites the whole index file each time: ~0.4 GB at 214k chunks, ~1.7 GB at 1M)."""
    synth = Synth()
    start = datetime(2026, 1, 1, tzinfo=UTC)
    written = store.documents()
    have = {r.doc_id for r in written}
    todo = [d for d in range(n_docs) if f"doc{d:06d}" not in have]
    if len(todo) < n_docs:
        print(f"  resuming: {n_docs - len(todo)} documents already written", file=sys.stderr, flush=True)
        _backfill(store, written)
    chunks = getattr(store, "_chunks", None)  # the Chroma collection (a bench-only setting, restored below)
    if sync_every and chunks is not None:
        chunks.modify(configuration={"hnsw": {"sync_threshold": sync_every}})
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        for done, d in enumerate(todo, 1):
            synth.rng = np.random.default_rng([7, d])
            write_doc(store, synth, d, when=start + timedelta(seconds=d))
            if done % 40 == 0:  # as writers do after each ingest: the running sum stays a small update
                _finish_writes(store)
                n = done * CHUNKS_PER_DOC
                print(f"  wrote {(n_docs - len(todo) + done) * CHUNKS_PER_DOC} chunks at {time.strftime('%H:%M:%S')}, "
                      f"{n / (time.perf_counter() - t0):.0f}/s, {1000 * (time.process_time() - c0) / n:.2f} ms CPU "
                      f"a chunk, RSS {_rss_mb()[0]:.0f} MB", file=sys.stderr, flush=True)
        _finish_writes(store)
    finally:
        if sync_every and chunks is not None:  # back to Chroma's default: the library as the product leaves it
            chunks.modify(configuration={"hnsw": {"sync_threshold": 1000}})


def measure(n_chunks: int, workdir: Path, timeout: int, embedded_write: bool = False,
            build_only: bool = False) -> dict[str, Any]:
    n_docs = max(1, n_chunks // CHUNKS_PER_DOC)
    data = workdir / f"lib-{n_chunks}"
    data.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {"chunks": n_docs * CHUNKS_PER_DOC, "docs": n_docs}
    marker = data / "written.json"
    if marker.is_file():  # a kept --workdir: the library is there already
        result.update(json.loads(marker.read_text()))
        embedded_write = True
    elif embedded_write:  # the same files written in-process, then served (HTTP writes cost ~4x)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bench.team", "--write", str(data / "db"), "--docs", str(n_docs)],
                       check=True)
        result["embedded_write_chunks_per_s"] = round(n_docs * CHUNKS_PER_DOC / (time.perf_counter() - t0))
        marker.write_text(json.dumps({"embedded_write_chunks_per_s": result["embedded_write_chunks_per_s"]}))
    if build_only:
        return result
    with chroma_server(data) as url:
        if not embedded_write:
            t0 = time.perf_counter()
            write_library(_library(data / "writer", url).store, n_docs)
            result["write_chunks_per_s"] = round(n_docs * CHUNKS_PER_DOC / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        writer = _library(data / "writer", url)
        published = publish_vectors(writer.store, writer.documents())
        if published:
            result["vector_records_published"] = published
            result["vector_records_s"] = round(time.perf_counter() - t0, 1)
        result["server_disk_mb"] = round(sum(p.stat().st_size for p in (data / "db").rglob("*") if p.is_file()) / 1e6)
        # The server's own cold start (its first query loads the vector index and applies its log),
        # apart from the clients: a team's server runs on while clients come and go.
        from assistant.core.retrieval.filters import Filters, chroma_where

        probe = _library(data / "warmup", url).store
        vectors = np.random.default_rng(1).standard_normal((21, DIM)).astype(np.float32)
        t0 = time.perf_counter()
        probe.query(vectors[0], 5)
        result["server_first_query_s"] = round(time.perf_counter() - t0, 2)
        # What one Chroma query costs the server, warm: the over-budget searches' one request.
        for name, where in (("none", None), ("company", chroma_where(Filters(company=[company(3)]).as_fields()))):
            times = []
            for v in vectors[1:]:
                t0 = time.perf_counter()
                probe.query(v, 100, where)
                times.append((time.perf_counter() - t0) * 1000)
            result[f"server_query100_{name}_p50_ms"] = round(float(np.percentile(times, 50)), 1)
        home = data / "client"
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(data / "teammate", ignore_errors=True)
        shutil.rmtree(data / "warmup", ignore_errors=True)
        result["fresh"] = _run_client(home, url, n_docs, True, timeout)
        result["restarted"] = _run_client(home, url, n_docs, False, timeout)
    return result


def recall(workdir: Path, cache: Path) -> dict[str, Any]:
    """bench.retrieval's questions (development, validation, seed) on the same library, embedded and from a server."""
    from assistant.api import Library
    from assistant.core.library import snapshot_chunks
    from assistant.core.retrieval.lexstats import lexical_text
    from assistant.core.retrieval.shards import publish_document
    from assistant.core.settings import Settings
    from bench import retrieval as R

    embedded = R.build_ours(cache, "onnx")
    records = embedded.documents()
    items = R.load_items(R.FB, R.SEED, {Path(r.source).stem for r in records})
    data = workdir / "recall"
    data.mkdir(parents=True)
    out: dict[str, Any] = {"chunks": embedded.store.count(), "docs": len(records)}
    with chroma_server(data) as url:
        served = Library(Settings(home=data / "client", chroma_url=url, embedding_backend="onnx",
                                  collection_prefix=embedded.settings.collection_prefix),
                         embedder=embedded.embedder)
        writer = served.store
        for record in records:  # the same chunks and vectors, written through the store
            chunks = [c for c in snapshot_chunks(embedded.store, [record])]
            vectors = embedded.store.get_vectors([c.chunk_id for c in chunks])
            writer.add_chunks([c.chunk_id for c in chunks], [c.text for c in chunks], [c.meta for c in chunks],
                              np.stack([vectors[c.chunk_id] for c in chunks]))
            publish_document(writer, record.doc_id, record.sha256, [c.chunk_id for c in chunks],
                             [str(c.meta.get("kind") or "") for c in chunks], [lexical_text(c.text, c.meta) for c in chunks],
                             vectors)
            writer.put_document(record)
        served.publish_stats()
        runs = {name: R.run_items(name, items, R.ours_search(lib)) for name, lib in
                (("embedded", embedded), ("server", served))}
        for name, run in runs.items():
            seed = [i for i in items if i.source == "seed"]
            out[name] = {}
            for part in ("dev", "val"):  # FinanceBench questions whose filing the library holds
                fb = [i for i in items if i.source == "financebench" and i.set == part and i.present]
                out[name].update({f"{part}_{m}": round(run.mean(fb, m, lambda i: True), 3) for m in ("r@1", "r@3", "r@5")})
            out[name]["seed_r@5"] = round(run.mean(seed, "r@5", lambda i: True), 3)
            out[name]["p50_ms"] = round(float(np.percentile(run.latency_ms, 50)), 1)
        a, b = R.ours_search(embedded), R.ours_search(served)
        same = 0
        for item in items:
            left, right = a(item.question), b(item.question)
            same += left == right
            if left != right:
                print(f"  differs: {item.question}\n    embedded {[h[:2] for h in left]}\n"
                      f"    server   {[h[:2] for h in right]}", file=sys.stderr)
        out["identical_top5"] = f"{same}/{len(items)}"
    return out


def manifest_only(n_chunks: int, workdir: Path) -> dict[str, Any]:
    """What grows with the library in a client, at `n_chunks`: the manifest and the statistics.

    Writes only document records and their statistics (term counts drawn as the texts are),
    no chunks, then times a fresh client's first read of both; the rest of a search is bounded
    by `shard_scope_chunks`, whatever the library's size."""
    from assistant.core.retrieval.lexstats import (
        AGGREGATE_ID,
        DocStats,
        doc_key,
        load_stats,
        update_aggregate,
    )
    from assistant.core.types import DocumentRecord

    n_docs = n_chunks // CHUNKS_PER_DOC
    data = workdir / f"manifest-{n_chunks}"
    data.mkdir(parents=True, exist_ok=True)
    synth = Synth()
    out: dict[str, Any] = {"chunks": n_docs * CHUNKS_PER_DOC, "docs": n_docs}
    with chroma_server(data) as url:
        store = _library(data / "writer", url).store
        t0 = time.perf_counter()
        for d in range(n_docs):
            idx = np.minimum(np.searchsorted(synth.cdf, synth.rng.random(CHUNKS_PER_DOC * 100)), VOCAB - 1)
            terms, counts = np.unique(idx, return_counts=True)
            df = {synth.words[int(t)]: int(min(c, CHUNKS_PER_DOC)) for t, c in zip(terms, counts, strict=True)}
            df.update({str(int(x)): 1 for x in synth.rng.integers(1, 99_999, 6 * CHUNKS_PER_DOC)})
            sha = hashlib.sha256(f"m{d}".encode()).hexdigest()
            store.put_blobs({doc_key(f"doc{d:06d}", sha): DocStats(CHUNKS_PER_DOC, 100 * CHUNKS_PER_DOC, df).to_json()})
            store.put_document(DocumentRecord(
                doc_id=f"doc{d:06d}", title=f"{company(d % COMPANIES)} 10-K", source=f"/synthetic/doc{d:06d}.pdf",
                sha256=sha, pages=190, chunks=CHUNKS_PER_DOC, company=company(d % COMPANIES),
                period=f"FY{2010 + (d // COMPANIES) % 16}", doc_type="10-K", ingested_at=datetime.now(UTC)))
            if d % 50 == 49:  # as writers do after each ingest
                update_aggregate(store)
        update_aggregate(store)
        out["write_s"] = round(time.perf_counter() - t0, 1)
        counter = _count_http_bytes()
        fresh = _library(data / "client", url)
        t0 = time.perf_counter()
        records = fresh.documents()
        out["manifest_s"], out["manifest_mb"] = round(time.perf_counter() - t0, 2), round(counter[0] / 1e6, 1)
        before = counter[0]
        t0 = time.perf_counter()
        stats = load_stats(fresh.store, {r.doc_id: r.sha256 for r in records}, lambda d, s: DocStats(0, 0, {}))
        out["stats_s"], out["stats_mb"] = round(time.perf_counter() - t0, 2), round((counter[0] - before) / 1e6, 1)
        out["stats_terms"] = len(stats.df)
        out["aggregate_mb"] = round(len(fresh.store.get_blobs([AGGREGATE_ID])[AGGREGATE_ID]) / 1e6, 1)
        out["client_rss_mb"] = round(_rss_mb()[1])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chunks", default="30000,100000", help="comma-separated library sizes")
    parser.add_argument("--timeout", type=int, default=1800, help="seconds per client")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--recall", action="store_true",
                        help="bench.retrieval's dev questions, embedded vs served (builds its cached library)")
    parser.add_argument("--manifest-only", type=int, default=0,
                        help="only the parts that grow with the library (manifest, statistics) at this many chunks")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/footnote-bench"), help="bench.retrieval's cache")
    parser.add_argument("--embedded-write", action="store_true",
                        help="write each library in-process (PersistentClient), then serve it with `chroma run`")
    parser.add_argument("--build-only", action="store_true",
                        help="only write the libraries into --workdir (resumable); a later run measures them")
    parser.add_argument("--write", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--sync-every", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--client", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--url", default="", help=argparse.SUPPRESS)
    parser.add_argument("--docs", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--teammate", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write is not None:
        from assistant.core.store.chroma import ChromaStore

        write_library(ChromaStore(_library(args.write, "").collection, path=args.write), args.docs, args.sync_every)
        return
    if args.client is not None:
        print(json.dumps(client(args.client, args.url, args.docs, args.teammate)))
        return
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-team-"))
    try:
        if args.manifest_only:
            print(json.dumps(manifest_only(args.manifest_only, workdir)), flush=True)
            return
        if args.recall:
            print(json.dumps(recall(workdir, args.cache)), flush=True)
            return
        for size in (int(s) for s in args.chunks.split(",")):
            result = measure(size, workdir, args.timeout, args.embedded_write or args.build_only, args.build_only)
            print(json.dumps(result), flush=True)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
