"""Document shards: one document version's chunks, term counts and vectors, and their cache.

A document version's chunks never change, so a shard is keyed by (doc_id, content hash) and
never invalidated: kept in memory (least recently used dropped past `mem_chunks`) and on disk
(least recently written dropped past `disk_mb`).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.core.lexical import tokenize
from assistant.core.retrieval.lexstats import DocStats, lexical_text
from assistant.core.store.base import StoredChunk

if TYPE_CHECKING:
    from assistant.core.store import VectorStore

__all__ = ["Shard", "ShardCache"]

logger = logging.getLogger(__name__)


def _chunk_order(chunk: StoredChunk) -> tuple[int, str]:
    index = chunk.meta.get("index")
    return (int(index) if isinstance(index, int | float | str) and str(index).isdigit() else 0, chunk.chunk_id)


@dataclass
class Shard:
    """One document version: chunk texts and metadata, term counts (terms x chunks), vectors.

    Kept compact (the cache holds tens of thousands of chunks): terms as one sorted bytes array,
    metadata as each chunk's JSON (parsed only for the chunks a search returns).
    """

    doc_id: str
    sha: str
    ids: list[str]
    texts: list[str]
    metas: list[str]
    kinds: list[str]
    vectors: np.ndarray
    terms: np.ndarray  # sorted bytes; row i of the term matrix is terms[i]
    indptr: np.ndarray
    cols: np.ndarray
    tfs: np.ndarray
    dl: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def build(cls, doc_id: str, sha: str, chunks: Sequence[StoredChunk]) -> Shard:
        chunks = sorted(chunks, key=_chunk_order)
        terms: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        tfs: list[int] = []
        dl: list[int] = []
        for col, chunk in enumerate(chunks):
            tokens = tokenize(lexical_text(chunk.text, chunk.meta))
            dl.append(len(tokens))
            counts: dict[int, int] = {}
            for tok in tokens:
                row = terms.setdefault(tok, len(terms))
                counts[row] = counts.get(row, 0) + 1
            rows.extend(counts)
            cols.extend([col] * len(counts))
            tfs.extend(counts.values())
        names = np.array([t.encode() for t in terms] or [b""], dtype=bytes)[: len(terms)]
        by_name = np.argsort(names, kind="stable")
        new_row = np.empty(len(terms), dtype=np.int64)
        new_row[by_name] = np.arange(len(terms))
        row_arr = new_row[np.asarray(rows, dtype=np.int64)]
        order = np.argsort(row_arr, kind="stable")
        indptr = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(np.bincount(row_arr, minlength=len(terms)), out=indptr[1:])
        dim = next((len(c.vector) for c in chunks if c.vector is not None), 0)
        vectors = np.zeros((len(chunks), dim), dtype=np.float32)
        for i, chunk in enumerate(chunks):
            if chunk.vector is not None:
                vectors[i] = chunk.vector
        return cls(
            doc_id, sha, [c.chunk_id for c in chunks], [c.text for c in chunks],
            [json.dumps(c.meta, ensure_ascii=False, separators=(",", ":")) for c in chunks],
            [str(c.meta.get("kind") or "") for c in chunks], vectors, names[by_name], indptr,
            np.asarray(cols, dtype=np.int32)[order],
            np.asarray(tfs, dtype=np.float32)[order], np.asarray(dl, dtype=np.float32),
        )

    def stats(self) -> DocStats:
        counts = np.diff(self.indptr)
        names = [t.decode() for t in self.terms.tolist()]
        return DocStats(len(self.ids), int(self.dl.sum()), {t: int(c) for t, c in zip(names, counts, strict=True)})

    def row(self, term: str) -> int | None:
        key = term.encode()
        if not len(self.terms) or len(key) > self.terms.dtype.itemsize:
            return None
        i = int(np.searchsorted(self.terms, key))
        return i if i < len(self.terms) and self.terms[i] == key else None

    # On disk: arrays in .npz, the rest in .json; temp names then rename.
    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(f"{path}.tmp.npz")
        np.savez(tmp, vectors=self.vectors, terms=self.terms, indptr=self.indptr, cols=self.cols, tfs=self.tfs,
                 dl=self.dl)
        info = {"doc_id": self.doc_id, "sha": self.sha, "ids": self.ids, "texts": self.texts,
                "metas": self.metas, "kinds": self.kinds}
        tmp_json = Path(f"{path}.tmp.json")
        tmp_json.write_text(json.dumps(info, ensure_ascii=False, separators=(",", ":")))
        tmp.replace(Path(f"{path}.npz"))
        tmp_json.replace(Path(f"{path}.json"))

    @classmethod
    def load(cls, path: Path) -> Shard | None:
        try:
            info = json.loads(Path(f"{path}.json").read_text())
            with np.load(Path(f"{path}.npz"), allow_pickle=False) as arrays:
                parts = {k: arrays[k] for k in ("vectors", "terms", "indptr", "cols", "tfs", "dl")}
            return cls(str(info["doc_id"]), str(info["sha"]), list(info["ids"]), list(info["texts"]),
                       list(info["metas"]), list(info["kinds"]), **parts)
        except (OSError, ValueError, KeyError, TypeError):
            return None


class ShardCache:
    """Shards by (doc_id, sha): in memory (least recently used dropped) and on disk."""

    def __init__(self, store: VectorStore, root: Path, mem_chunks: int, disk_mb: int) -> None:
        self.store = store
        self.root = root
        self.mem_chunks = mem_chunks
        self.disk_bytes = disk_mb * 1_000_000
        self._mem: OrderedDict[tuple[str, str], Shard] = OrderedDict()
        self.fetched = 0  # shards read from the store (tests, benchmarks)

    def _path(self, doc_id: str, sha: str) -> Path:
        return self.root / f"{sha[:40]}-{hashlib.sha1(doc_id.encode()).hexdigest()[:12]}"

    def get_many(self, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], Shard]:
        out: dict[tuple[str, str], Shard] = {}
        missing: list[tuple[str, str]] = []
        for key in keys:
            shard = self._mem.get(key)
            if shard is None and self.disk_bytes:
                shard = Shard.load(self._path(*key))
            if shard is None:
                missing.append(key)
            else:
                out[key] = shard
        # Two documents a request (~1,500 chunks): a response becomes Python objects at several times
        # its size, and a freed peak stays in the process.
        for start in range(0, len(missing), 2):
            part = dict(missing[start : start + 2])
            by_doc: dict[str, list[StoredChunk]] = {d: [] for d in part}
            for chunk in self.store.chunks_of(part, vectors=True):
                by_doc[str(chunk.meta.get("doc_id"))].append(chunk)
            for doc_id, chunks in by_doc.items():
                shard = Shard.build(doc_id, part[doc_id], chunks)
                self.fetched += 1
                out[(doc_id, part[doc_id])] = shard
                self._save(shard)
        for key in keys:
            self._mem[key] = out[key]
            self._mem.move_to_end(key)
        self._evict(keep=set(keys))
        return out

    def _evict(self, keep: set[tuple[str, str]]) -> None:
        total = sum(len(s) for s in self._mem.values())
        for key in list(self._mem):
            if total <= self.mem_chunks:
                break
            if key not in keep:
                total -= len(self._mem.pop(key))

    def _save(self, shard: Shard) -> None:
        if not self.disk_bytes or not shard.ids:
            return
        try:
            shard.save(self._path(shard.doc_id, shard.sha))
            files = sorted(self.root.glob("*.np*"), key=lambda p: p.stat().st_mtime)
            used = sum(p.stat().st_size for p in self.root.iterdir())
            for old in files:
                if used <= self.disk_bytes:
                    break
                for part in (old.with_suffix(".npz"), old.with_suffix(".json")):
                    if part.exists():
                        used -= part.stat().st_size
                        part.unlink()
        except OSError as exc:
            logger.warning("could not cache a document shard under %s: %s", self.root, exc)
