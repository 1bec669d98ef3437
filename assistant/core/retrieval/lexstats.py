"""Library-wide BM25 statistics of a shared library, kept incrementally beside the manifest.

BM25 needs, besides a chunk's own term counts, three library-wide numbers: how many chunks
there are, their mean length, and in how many chunks each term occurs. A writer publishes one
small record per document version (`bm25:doc:<doc_id>:<sha>`: its chunk count, token count and
per-term chunk counts) before committing the document, and after an ingest or removal folds
the changes into one running sum (`bm25:aggregate`, which names the document versions it holds).
A client reconciles whatever sum it holds with the manifest: it adds the versions that
appeared and subtracts those that went, one request for their records. Nothing is ever
rebuilt from the chunks, except a version nobody published statistics for.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.core.lexical import tokenize

if TYPE_CHECKING:
    from assistant.core.settings import Settings
    from assistant.core.store import VectorStore

__all__ = [
    "AGGREGATE_ID", "DocStats", "LexicalStats", "doc_key", "doc_term_stats", "lex_key", "lexical_text",
    "publish_doc_stats", "reconcile", "shards_enabled", "update_aggregate",
]

logger = logging.getLogger(__name__)

AGGREGATE_ID = "bm25:aggregate"


def shards_enabled(settings: Settings) -> bool:
    """Search reads per-document shards (a shared server) instead of one whole local index."""
    mode = settings.lexical_shards
    return mode == "on" or (mode == "auto" and bool(settings.chroma_url))


def doc_key(doc_id: str, sha: str) -> str:
    return f"bm25:doc:{doc_id}:{sha}"


def lex_key(doc_id: str, sha: str) -> str:
    """The record of a document version's term counts per chunk (`shard_cache.Shard.to_blob`)."""
    return f"lex:doc:{doc_id}:{sha}"


def lexical_text(text: str, meta: Mapping[str, Any]) -> str:
    """What BM25 indexes of a chunk: its context header, then its text (as the whole index does)."""
    header = str(meta.get("header") or "")
    return f"{header}\n{text}" if header else text


@dataclass
class DocStats:
    """One document version's share of the library-wide statistics."""

    chunks: int
    length: int
    df: dict[str, int]

    def to_json(self) -> str:
        return json.dumps({"chunks": self.chunks, "length": self.length, "df": self.df}, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str) -> DocStats:
        data = json.loads(raw)
        return cls(int(data["chunks"]), int(data["length"]), {str(k): int(v) for k, v in data["df"].items()})


def doc_term_stats(texts: Iterable[str]) -> DocStats:
    df: Counter[str] = Counter()
    chunks = length = 0
    for text in texts:
        tokens = tokenize(text)
        chunks += 1
        length += len(tokens)
        df.update(set(tokens))
    return DocStats(chunks, length, dict(df))


@dataclass
class LexicalStats:
    """The sum of the statistics of the document versions in `docs` (doc_id → sha)."""

    docs: dict[str, str] = field(default_factory=dict)
    chunks: int = 0
    length: int = 0
    df: dict[str, int] = field(default_factory=dict)
    version: int = 0  # bumped on every change (keys caches built on these numbers)

    @property
    def avgdl(self) -> float:
        return self.length / self.chunks if self.chunks else 1.0

    def apply(self, doc_id: str, sha: str, stats: DocStats, sign: int) -> None:
        self.chunks += sign * stats.chunks
        self.length += sign * stats.length
        df = self.df
        for term, n in stats.df.items():
            left = df.get(term, 0) + sign * n
            if left > 0:
                df[term] = left
            else:
                df.pop(term, None)
        if sign > 0:
            self.docs[doc_id] = sha
        else:
            self.docs.pop(doc_id, None)
        self.version += 1

    def to_json(self) -> str:
        payload = {"docs": self.docs, "chunks": self.chunks, "length": self.length, "df": self.df}
        return json.dumps(payload, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str) -> LexicalStats:
        data = json.loads(raw)
        return cls(dict(data["docs"]), int(data["chunks"]), int(data["length"]), dict(data["df"]))


Compute = Callable[[str, str], DocStats]


def reconcile(stats: LexicalStats, manifest: Mapping[str, str], store: VectorStore, compute: Compute) -> bool:
    """Bring `stats` to the versions in `manifest`, in place; False (unchanged) when a version to
    take out has no record left to subtract (the caller starts again from the published sum)."""
    removed = {d: s for d, s in stats.docs.items() if manifest.get(d) != s}
    added = {d: s for d, s in manifest.items() if stats.docs.get(d) != s}
    if not removed and not added:
        return True
    wanted = [doc_key(d, s) for d, s in removed.items()] + [doc_key(d, s) for d, s in added.items()]
    blobs = store.get_blobs(wanted)
    if any(doc_key(d, s) not in blobs for d, s in removed.items()):
        return False
    for doc_id, sha in removed.items():
        stats.apply(doc_id, sha, DocStats.from_json(blobs[doc_key(doc_id, sha)]), -1)
    for doc_id, sha in added.items():
        raw = blobs.get(doc_key(doc_id, sha))
        if raw is None:
            logger.info("no published term statistics for %s@%s: computing them", doc_id, sha[:12])
        stats.apply(doc_id, sha, DocStats.from_json(raw) if raw else compute(doc_id, sha), +1)
    return True


def load_stats(store: VectorStore, manifest: Mapping[str, str], compute: Compute,
               current: LexicalStats | None = None) -> LexicalStats:
    """`current` (or the published sum) reconciled with `manifest`; from nothing if need be."""
    if current is not None and reconcile(current, manifest, store, compute):
        return current
    raw = store.get_blobs([AGGREGATE_ID]).get(AGGREGATE_ID)
    stats = LexicalStats.from_json(raw) if raw else LexicalStats()
    if current is not None:
        stats.version = current.version + 1
    if not reconcile(stats, manifest, store, compute):
        stats = LexicalStats(version=stats.version + 1)
        reconcile(stats, manifest, store, compute)
    return stats


def publish_doc_stats(store: VectorStore, doc_id: str, sha: str, texts: Iterable[str]) -> DocStats:
    """A writer's share: this document version's statistics, published before its record (the commit)."""
    stats = doc_term_stats(texts)
    store.put_blobs({doc_key(doc_id, sha): stats.to_json()})
    return stats


def update_aggregate(store: VectorStore) -> LexicalStats:
    """Fold the manifest's changes into the published sum, and drop records of versions gone.

    Two writers racing here lose nothing that matters: the sum says which versions it holds,
    and every reader reconciles it with the manifest anyway.
    """
    manifest = {r.doc_id: r.sha256 for r in store.documents()}
    computed: dict[str, str] = {}

    def compute(doc_id: str, sha: str) -> DocStats:
        chunks = store.chunks_of({doc_id: sha})
        stats = doc_term_stats(lexical_text(c.text, c.meta) for c in chunks)
        computed[doc_key(doc_id, sha)] = stats.to_json()
        return stats

    raw = store.get_blobs([AGGREGATE_ID]).get(AGGREGATE_ID)
    published = LexicalStats.from_json(raw) if raw else None
    held = dict(published.docs) if published is not None else {}
    stats = published if published is not None and reconcile(published, manifest, store, compute) else None
    if stats is None:
        stats = LexicalStats()
        reconcile(stats, manifest, store, compute)
    store.put_blobs({**computed, AGGREGATE_ID: stats.to_json()})
    # Records of versions the sum held and the manifest no longer does. Not "every record not in
    # the manifest": a writer publishes a version's record just before committing it.
    stale = [key(d, s) for d, s in held.items() if manifest.get(d) != s for key in (doc_key, lex_key)]
    if stale:
        store.delete_blobs(stale)
    return stats
