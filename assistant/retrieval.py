"""Hybrid retrieval: dense (Chroma) + lexical (BM25), fused with reciprocal ranks.

Filters (company, period, doc type, doc ids) go inside both searches. Chunks of
uncommitted document versions are never returned.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.types import SearchHit
from ingest.chunking import text_fingerprint

if TYPE_CHECKING:
    from assistant.library import Library

logger = logging.getLogger(__name__)


@dataclass
class Filters:
    """Restrict a search. Values within a field are alternatives; fields combine with AND."""

    company: list[str] = field(default_factory=list)
    period: list[str] = field(default_factory=list)
    doc_type: list[str] = field(default_factory=list)
    doc_id: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.company or self.period or self.doc_type or self.doc_id)

    def as_fields(self) -> dict[str, list[str]]:
        from ingest.metadata import canonical_company

        out: dict[str, list[str]] = {}
        if self.company:
            out["company_key"] = sorted({canonical_company(c) for c in self.company})
        if self.period:
            out["period"] = list(self.period)
        if self.doc_type:
            out["doc_type"] = list(self.doc_type)
        if self.doc_id:
            out["doc_id"] = list(self.doc_id)
        return out


def chroma_where(fields: Mapping[str, Sequence[str]]) -> dict[str, Any] | None:
    clauses: list[dict[str, Any]] = [
        {name: {"$in": list(values)}} for name, values in fields.items() if values
    ]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def rrf(rankings: Sequence[Sequence[str]], k: int = 60, weights: Sequence[float] | None = None) -> dict[str, float]:
    scores: dict[str, float] = {}
    for r, ranking in enumerate(rankings):
        w = weights[r] if weights else 1.0
        for rank, cid in enumerate(ranking):
            scores[cid] = scores.get(cid, 0.0) + w / (k + rank + 1)
    return scores


class HybridRetriever:
    def __init__(self, library: Library) -> None:
        self.library = library
        self.settings = library.settings
        self.last_timings_ms: dict[str, float] = {}

    def search(
        self, query: str, k: int | None = None, filters: Filters | None = None
    ) -> list[SearchHit]:
        k = k or self.settings.top_k
        fields = (filters or Filters()).as_fields()
        n_cand = max(self.settings.candidates, k * 4)
        timings: dict[str, float] = {}

        t0 = time.perf_counter()
        committed = self.library.committed()
        vector = self.library.embedder.embed_query(query)
        timings["embed"] = (time.perf_counter() - t0) * 1000

        t0 = time.perf_counter()
        dense = self.library.store.query(vector, n_cand, chroma_where(fields))
        dense = [c for c in dense if committed.get(str(c.meta.get("doc_id"))) == c.meta.get("doc_sha")]
        timings["dense"] = (time.perf_counter() - t0) * 1000

        t0 = time.perf_counter()
        lexical = self.library.lexical().search(query, n_cand, fields)
        timings["lexical"] = (time.perf_counter() - t0) * 1000

        fused = rrf(
            [[c.chunk_id for c in dense], [h.chunk_id for h in lexical]], k=self.settings.rrf_k
        )
        ranked = sorted(fused, key=lambda cid: -fused[cid])
        by_id = {c.chunk_id: c for c in dense}
        need = [cid for cid in ranked[: k * 3] if cid not in by_id]
        for chunk in self.library.store.get_chunks(need):
            by_id[chunk.chunk_id] = chunk

        records = {d.doc_id: d for d in self.library.documents()}
        hits: list[SearchHit] = []
        seen: set[str] = set()
        for cid in ranked:
            chunk = by_id.get(cid)
            if chunk is None:
                continue
            meta = chunk.meta
            record = records.get(str(meta.get("doc_id")))
            if record is None or record.sha256 != meta.get("doc_sha"):
                continue
            fp = text_fingerprint(chunk.text)
            if fp in seen:  # the same passage twice (overlap, repeated boilerplate)
                continue
            seen.add(fp)
            hits.append(
                SearchHit(
                    chunk_id=cid,
                    doc_id=record.doc_id,
                    title=record.title,
                    source=record.source,
                    page=int(meta.get("page") or 1),
                    page_end=int(meta.get("page_end") or meta.get("page") or 1),
                    text=chunk.text,
                    score=round(fused[cid], 6),
                    kind=str(meta.get("kind") or "text"),
                    company=record.company,
                    period=record.period,
                    doc_type=record.doc_type,
                )
            )
            if len(hits) >= k:
                break
        self.last_timings_ms = {name: round(v, 2) for name, v in timings.items()}
        return hits
