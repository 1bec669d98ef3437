"""A scope's chunk vectors from published per-document records: dense ranking without Chroma's filter.

At 1M chunks one company's filings exceed `shard_scope_chunks`, and Chroma's filtered query
pre-filters through its SQLite metadata at ~10 µs a matching row (~250 ms for 25k rows; the
same query unfiltered: ~3 ms). A writer therefore publishes each document version's vectors
as one record (`vec:doc:<doc_id>:<sha>`: its chunk ids, kinds and float32 matrix, read by id,
never through a metadata filter), and a search over up to `shard_dense_scope_chunks` chunks
ranks them exactly in memory, as `DenseIndex` ranks a whole library. Records never change for a
(doc_id, sha), so they are cached in memory (least recently used dropped past
`shard_vector_cache_chunks`) and on disk. A document without a record (a library written
before) makes the search fall back to Chroma's filtered query.
"""

from __future__ import annotations

import base64
import io
import logging
import time
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.core.retrieval.disk_cache import cache_stem, trim_oldest
from assistant.core.retrieval.filters import canonical_company
from assistant.core.retrieval.vectors import DenseIndex
from assistant.core.store.base import StoredChunk

if TYPE_CHECKING:
    from assistant.core.store import VectorStore
    from assistant.core.types import DocumentRecord

__all__ = ["DocVectors", "ScopeDense", "VectorCache", "vec_key"]

logger = logging.getLogger(__name__)

_VERSION = 1
_NO_MATRIX = np.zeros((0, 0), np.float32)  # `DenseIndex.top` ranks given scores; it reads no matrix
_RETRY_MISSING_S = 300.0  # a document without a record is asked for again after this (a backfill)


def vec_key(doc_id: str, sha: str) -> str:
    """The record of a document version's chunk vectors."""
    return f"vec:doc:{doc_id}:{sha}"


@dataclass
class DocVectors:
    """One document version's chunk ids, kinds and vectors (rows in chunk order)."""

    ids: list[str]
    kinds: list[str]
    matrix: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        np.savez(buf, version=np.array([_VERSION]), ids=np.array([i.encode() for i in self.ids], dtype=bytes),
                 kinds=np.array([k.encode() for k in self.kinds], dtype=bytes),
                 matrix=np.asarray(self.matrix, dtype=np.float32))
        return buf.getvalue()

    def to_blob(self) -> str:
        return base64.b64encode(self.to_bytes()).decode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> DocVectors | None:
        try:
            with np.load(io.BytesIO(raw), allow_pickle=False) as a:
                if int(a["version"][0]) != _VERSION:
                    return None
                ids = [i.decode() for i in a["ids"].tolist()]
                kinds = [k.decode() for k in a["kinds"].tolist()]
                matrix = a["matrix"].astype(np.float32, copy=False)
            if matrix.ndim != 2 or matrix.shape[0] != len(ids) or len(kinds) != len(ids):
                return None
            return cls(ids, kinds, matrix)
        except (ValueError, KeyError, OSError, EOFError) as exc:
            logger.warning("unreadable vector record (%s): using Chroma's query instead", exc)
            return None

    @classmethod
    def from_blob(cls, raw: str) -> DocVectors | None:
        try:
            return cls.from_bytes(base64.b64decode(raw))
        except ValueError:
            return None


class ScopeDense:
    """The chunks of some documents with their vectors: exact cosine ranking under any filter
    on their fields (doc_id, kind, company_key, period, doc_type)."""

    def __init__(self, parts: Sequence[tuple[DocumentRecord, DocVectors]]) -> None:
        self.records = [r for r, _ in parts]
        self.ids = [cid for _, v in parts for cid in v.ids]
        self._pos = {cid: i for i, cid in enumerate(self.ids)}
        self.doc_row = np.concatenate(
            [np.full(len(v), i, dtype=np.int32) for i, (_, v) in enumerate(parts)] or [np.zeros(0, np.int32)]
        )
        self.kinds = np.array([k for _, v in parts for k in v.kinds], dtype=object)
        # Each document's matrix as published, unjoined: a scope is read in ~1 ms a document from
        # the cache, where one joined copy costs ~10 ms and ~37 MB for 25k chunks.
        self.matrices = [v.matrix for _, v in parts if len(v)]
        self.usable = len({m.shape[1] for m in self.matrices}) <= 1

    def _mask(self, fields: Mapping[str, Sequence[str]]) -> np.ndarray | None:
        docs = np.ones(len(self.records), dtype=bool)
        for i, r in enumerate(self.records):
            values = {"doc_id": r.doc_id, "company_key": canonical_company(r.company) if r.company else "",
                      "period": r.period or "", "doc_type": r.doc_type or ""}
            docs[i] = all(values[n] in v for n, v in fields.items() if n in values and v)
        mask = docs[self.doc_row]
        kinds = fields.get("kind")
        if kinds:
            mask &= np.isin(self.kinds, list(kinds))
        return None if mask.all() else mask

    def nearest(self, vector: np.ndarray, k: int, fields: Mapping[str, Sequence[str]]) -> list[StoredChunk]:
        """The `k` nearest chunks under `fields`, as Chroma's query would return them (no texts:
        the search reads texts for its leaders; `distance` is cosine distance)."""
        mask = self._mask(fields)
        q = np.asarray(vector, dtype=np.float32)
        # Rounded to 1e-6 as `DenseIndex.scores`: ties then fall to the earlier row as there.
        scores = (np.concatenate([np.round(m @ q, 6) for m in self.matrices]).astype(np.float32)
                  if self.matrices else np.zeros(0, np.float32))
        out: list[StoredChunk] = []
        for cid in DenseIndex(self.ids, _NO_MATRIX, "scope").top(scores, k, mask):
            i = self._pos[cid]
            record = self.records[int(self.doc_row[i])]
            meta = {"doc_id": record.doc_id, "doc_sha": record.sha256, "kind": str(self.kinds[i])}
            out.append(StoredChunk(cid, "", meta, float(1.0 - scores[i])))
        return out


class VectorCache:
    """Published vector records by (doc_id, sha): in memory (least recently used dropped) and on disk."""

    def __init__(self, store: VectorStore, root: Path, mem_chunks: int, disk_mb: int) -> None:
        self.store = store
        self.root = root
        self.mem_chunks = mem_chunks
        self.disk_bytes = disk_mb * 1_000_000
        self._mem: OrderedDict[tuple[str, str], DocVectors] = OrderedDict()
        self._missing: dict[tuple[str, str], float] = {}
        self.fetched = 0  # records read from the store (tests, benchmarks)

    def _path(self, doc_id: str, sha: str) -> Path:
        return Path(f"{cache_stem(self.root, doc_id, sha)}.npz")

    def get_many(self, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], DocVectors] | None:
        """Every one of these documents' vector records, or None when any has none published."""
        now = time.monotonic()
        if any(now - self._missing.get(key, -_RETRY_MISSING_S) < _RETRY_MISSING_S for key in keys):
            return None
        out: dict[tuple[str, str], DocVectors] = {}
        todo: list[tuple[str, str]] = []
        for key in keys:
            held = self._mem.get(key) or self._load(key)
            if held is None:
                todo.append(key)
            else:
                out[key] = held
        for start in range(0, len(todo), 4):  # ~1.5 MB a 750-chunk filing
            part = todo[start : start + 4]
            blobs = self.store.get_blobs([vec_key(*key) for key in part])
            for key in part:
                raw = blobs.get(vec_key(*key))
                got = DocVectors.from_blob(raw) if raw else None
                if got is None:
                    self._missing[key] = now
                    return None
                self.fetched += 1
                out[key] = got
                self._save(key, got)
        for key in keys:
            self._mem[key] = out[key]
            self._mem.move_to_end(key)
        total = sum(len(v) for v in self._mem.values())
        for key in list(self._mem):
            if total <= self.mem_chunks:
                break
            if key not in out:
                total -= len(self._mem.pop(key))
        return out

    def _load(self, key: tuple[str, str]) -> DocVectors | None:
        if not self.disk_bytes:
            return None
        try:
            return DocVectors.from_bytes(self._path(*key).read_bytes())
        except OSError:
            return None

    def _save(self, key: tuple[str, str], vectors: DocVectors) -> None:
        if not self.disk_bytes:
            return
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            path = self._path(*key)
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(vectors.to_bytes())
            tmp.replace(path)
            trim_oldest(self.root, self.disk_bytes, (".npz",))
        except OSError as exc:
            logger.warning("could not cache a vector record under %s: %s", self.root, exc)
