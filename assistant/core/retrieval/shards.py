"""Search over a shared library without a copy of it: per-document shards fetched on demand.

A document version's chunks never change (relabelling touches only document-level fields,
which come from the manifest here), so a shard (its term counts; its chunk texts and vectors)
is fetched once and cached by (doc_id, content hash) in memory and under `<home>/shards/`.
A search reads only the shards of the documents its filters allow, with their vectors: BM25
scores use the library-wide statistics of `lexstats`, so a chunk scores exactly as in one
whole index, and dense scores are exact. When the filters allow more than
`shard_scope_chunks` chunks (an unscoped question over a large library), Chroma's vector index
(filters inside, one request) gives the dense ranking over everything, and the documents of
its best chunks are ranked lexically from their published term counts alone (~0.3 KB a chunk,
no texts, no vectors); texts are read for the leading candidates only. A teammate's ingest
changes the manifest: the next search adds that document's statistics (one small record)
and nothing else is refetched.
"""

from __future__ import annotations

import bisect
import json
import logging
import threading
import weakref
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.core.lexical import FILTER_FIELDS, K1, B, BM25Index, LexicalHit, tokenize
from assistant.core.retrieval.filters import canonical_company, chroma_where
from assistant.core.retrieval.lexstats import (
    AGGREGATE_ID,
    DocStats,
    LexicalStats,
    doc_key,
    load_stats,
    update_aggregate,
)
from assistant.core.retrieval.scope_vectors import ScopeDense, VectorCache
from assistant.core.retrieval.shard_cache import Shard, ShardCache, publish_document
from assistant.core.retrieval.vectors import DenseIndex
from assistant.core.store.base import StoredChunk

if TYPE_CHECKING:
    from assistant.core.library import Library
    from assistant.core.types import DocumentRecord

__all__ = ["Shard", "ShardCache", "ShardView", "library_stats", "publish_document", "shard_view", "update_aggregate"]

logger = logging.getLogger(__name__)

_DOC_FIELDS = ("company_key", "period", "doc_type")


class ShardView(BM25Index):
    """The chunks of some shards, searchable as one BM25 index scored with library-wide statistics."""

    def __init__(
        self, shards: Sequence[Shard], records: Mapping[str, DocumentRecord], stats: LexicalStats, stamp: str,
        *, exact: bool = True,
    ) -> None:
        self.shards = list(shards)
        self.bases = [0]
        for shard in self.shards:
            self.bases.append(self.bases[-1] + len(shard))
        self.ids = [cid for shard in self.shards for cid in shard.ids]
        self.vocab = {}
        self.stamp = stamp
        self.stats = stats
        self._records = records
        self._pos = {cid: i for i, cid in enumerate(self.ids)}
        columns: dict[str, list[str]] = {f: [] for f in FILTER_FIELDS}
        for shard in self.shards:
            n = len(shard)
            doc = _doc_fields(records[shard.doc_id])
            columns["doc_id"] += [shard.doc_id] * n
            for name in _DOC_FIELDS:
                columns[name] += [doc[name]] * n
            columns["kind"] += shard.kinds
        self.meta = {f: np.array(v, dtype=object) for f, v in columns.items()}
        vectors = [s.vectors for s in self.shards if len(s)]
        widths = {v.shape[1] if v is not None else 0 for v in vectors}
        self.dense = (
            DenseIndex(self.ids, np.vstack([v for v in vectors if v is not None]), stamp)
            if exact and len(widths) == 1 and 0 not in widths else None
        )

    def search(
        self,
        query: str,
        k: int = 50,
        filters: Mapping[str, Sequence[str]] | None = None,
        *,
        allowed: np.ndarray | None = None,
        term_weights: Mapping[str, float] | None = None,
    ) -> list[LexicalHit]:
        if not self.ids:
            return []
        wanted: dict[str, float] = {}
        for term in tokenize(query):
            if self.stats.df.get(term, 0) > 0:
                wanted[term] = wanted.get(term, 0.0) + (term_weights or {}).get(term, 1.0)
        if not wanted:
            return []
        n_docs, avgdl = self.stats.chunks, np.float32(self.stats.avgdl)
        scores = np.zeros(len(self.ids), dtype=np.float32)
        for term, qw in wanted.items():
            df = np.float32(self.stats.df[term])
            idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
            for shard, base in zip(self.shards, self.bases, strict=False):
                row = shard.row(term)
                if row is None:
                    continue
                lo, hi = shard.indptr[row], shard.indptr[row + 1]
                cols, tf = shard.cols[lo:hi], shard.tfs[lo:hi]
                norm = K1 * (1.0 - B + B * shard.dl[cols] / avgdl)
                weights = idf * tf * (K1 + 1.0) / (tf + norm)
                scores[base + cols] += weights.astype(np.float32) * np.float32(qw)
        return self._top(scores, k, filters, allowed)

    def chunk(self, chunk_id: str) -> StoredChunk | None:
        """The chunk with its text and metadata (document fields as the manifest has them now)."""
        pos = self._pos.get(chunk_id)
        if pos is None:
            return None
        at = bisect.bisect_right(self.bases, pos) - 1
        shard = self.shards[at]
        row = pos - self.bases[at]
        if shard.texts is None or shard.metas is None:  # term counts only: the search reads the text if it leads
            return StoredChunk(chunk_id, "", {"doc_id": shard.doc_id, "doc_sha": shard.sha, "kind": shard.kinds[row]})
        meta = {**json.loads(shard.metas[row]), "doc_sha": shard.sha}
        record = self._records.get(shard.doc_id)
        if record is not None:
            meta.update({"company": record.company, "period": record.period, "doc_type": record.doc_type})
        return StoredChunk(chunk_id, shard.texts[row], meta)


def _doc_fields(record: DocumentRecord) -> dict[str, str]:
    return {
        "doc_id": record.doc_id,
        "company_key": canonical_company(record.company) if record.company else "",
        "period": record.period or "",
        "doc_type": record.doc_type or "",
    }


def _matches(record: DocumentRecord, fields: Mapping[str, Sequence[str]]) -> bool:
    doc = _doc_fields(record)
    return all(doc[name] in values for name, values in fields.items() if name in doc and values)


class _ClientState:
    def __init__(self, library: Library) -> None:
        settings = library.settings
        self.lock = threading.Lock()
        self.cache = ShardCache(library.store, settings.home / "shards" / library.collection,
                                settings.shard_cache_chunks, settings.shard_disk_mb)
        self.vectors = VectorCache(library.store, settings.home / "shard-vectors" / library.collection,
                                   settings.shard_vector_cache_chunks, settings.shard_disk_mb)
        self.stats: LexicalStats | None = None
        self.views: OrderedDict[tuple[Any, ...], ShardView] = OrderedDict()
        self.scopes: OrderedDict[tuple[Any, ...], ScopeDense] = OrderedDict()

    def scope(self, matching: Sequence[DocumentRecord], limit: int) -> ScopeDense | None:
        """These documents' chunks with their published vectors (None: too many, or one lacks a record)."""
        if sum(max(r.chunks, 1) for r in matching) > limit:
            return None
        keys = tuple((r.doc_id, r.sha256) for r in matching)
        labels = tuple((r.company, r.period, r.doc_type) for r in matching)  # a relabel keeps the hash
        scope = self.scopes.get((keys, labels))
        if scope is None:
            got = self.vectors.get_many(keys)
            if got is None:
                return None
            scope = ScopeDense([(r, got[k]) for r, k in zip(matching, keys, strict=True)])
            if not scope.usable:
                return None
            self.scopes[(keys, labels)] = scope
            while len(self.scopes) > 4:  # the matrices are the vector cache's; a scope adds its ids
                self.scopes.popitem(last=False)
        self.scopes.move_to_end((keys, labels))
        return scope

    def lexical_stats(self, manifest: Mapping[str, str]) -> LexicalStats:
        computed: dict[str, str] = {}

        def compute(doc_id: str, sha: str) -> DocStats:
            stats = self.cache.get_many([(doc_id, sha)], complete=False)[(doc_id, sha)].stats()
            computed[doc_key(doc_id, sha)] = stats.to_json()
            return stats

        self.stats = load_stats(self.cache.store, manifest, compute, self.stats)
        if computed:  # a library written before statistics were published: share what was computed
            try:
                self.cache.store.put_blobs({**computed, AGGREGATE_ID: self.stats.to_json()})
            except Exception as exc:  # a read-only client still searches
                logger.warning("could not publish computed term statistics: %s", exc)
        return self.stats


_STATE: weakref.WeakKeyDictionary[Library, _ClientState] = weakref.WeakKeyDictionary()
_STATE_LOCK = threading.Lock()


def client_state(library: Library) -> _ClientState:
    with _STATE_LOCK:
        state = _STATE.get(library)
        if state is None:
            state = _STATE[library] = _ClientState(library)
        return state


def library_stats(library: Library, records: Mapping[str, DocumentRecord]) -> LexicalStats:
    """The library-wide term statistics of the manifest `records` (reconciled, cached per client)."""
    state = client_state(library)
    with state.lock:
        return state.lexical_stats({d: r.sha256 for d, r in records.items()})


def shard_view(
    library: Library,
    records: Mapping[str, DocumentRecord],
    fields: Mapping[str, Sequence[str]],
    vector: np.ndarray,
    n_cand: int,
    priority: Sequence[str] = (),
) -> tuple[ShardView, list[StoredChunk] | None, ScopeDense | None]:
    """The shards a search with these filters reads, as one index (`records`: the manifest, in
    order), and, when the filters match more than the budget, the nearest chunks that picked the
    documents: the dense ranking then (exact scores over some documents' vectors would rank only
    those). Up to `shard_dense_scope_chunks`, those come from the documents' published vectors
    (returned too, for the search's narrower filters); else from Chroma's filtered query."""
    state = client_state(library)
    budget = library.settings.shard_scope_chunks
    with state.lock:
        stats = state.lexical_stats({d: r.sha256 for d, r in records.items()})
        matching = [r for r in records.values() if _matches(r, fields)]
        hits: list[StoredChunk] | None = None
        scope: ScopeDense | None = None
        if sum(max(r.chunks, 1) for r in matching) > budget:
            scope = state.scope(matching, library.settings.shard_dense_scope_chunks)
            hits = (scope.nearest(vector, n_cand, fields) if scope is not None
                    else library.store.query(vector, n_cand, chroma_where(fields)))
            matching = _best_documents(records, matching, hits, priority, budget)
        keys = tuple((r.doc_id, r.sha256) for r in matching)
        labels = tuple((r.company, r.period, r.doc_type) for r in matching)  # a relabel keeps the hash
        view_key = (keys, labels, stats.version, id(stats), hits is None)
        view = state.views.get(view_key)
        if view is None:
            shards = state.cache.get_many(list(keys), complete=hits is None)
            view = ShardView([shards[k] for k in keys], records, stats, str(stats.version), exact=hits is None)
            state.views[view_key] = view
            while len(state.views) > 4:
                state.views.popitem(last=False)
        state.views.move_to_end(view_key)
        return view, hits, scope


def _best_documents(
    records: Mapping[str, DocumentRecord],
    matching: list[DocumentRecord],
    hits: Sequence[StoredChunk],
    priority: Sequence[str],
    budget: int,
) -> list[DocumentRecord]:
    """More matching chunks than one search reads: the documents of Chroma's nearest chunks
    (`hits`, filters inside the query), after the filings the question asks about, up to `budget`."""
    allowed = {r.doc_id for r in matching}
    order: list[str] = [d for d in priority if d in allowed]
    for hit in hits:
        doc_id = str(hit.meta.get("doc_id"))
        record = records.get(doc_id)
        if record is not None and record.sha256 == hit.meta.get("doc_sha") and doc_id in allowed:
            order.append(doc_id)
    chosen: list[str] = []
    used = 0
    for doc_id in dict.fromkeys(order):
        size = max(records[doc_id].chunks, 1)
        if chosen and used + size > budget:
            continue
        chosen.append(doc_id)
        used += size
    picked = set(chosen)
    return [r for r in matching if r.doc_id in picked]  # manifest order
