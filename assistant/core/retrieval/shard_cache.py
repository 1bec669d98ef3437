"""Document shards: one document version's term counts per chunk, its chunks, and their cache.

A document version's chunks never change, so a shard is keyed by (doc_id, content hash) and
never invalidated: kept in memory (least recently used dropped past `mem_chunks`) and on disk
(least recently written dropped past `disk_mb`). A writer publishes each version's term
counts (`lex:doc:<doc_id>:<sha>`, ~0.3 KB a chunk, compressed) beside its statistics, so a
search that only ranks a document lexically reads that one record: no chunk texts, no
vectors, no tokenizing. A search that ranks its documents exactly (a scoped one) adds the
chunks' texts and vectors (~6 KB a chunk as JSON).
"""

from __future__ import annotations

import base64
import io
import json
import logging
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.core.lexical import tokenize
from assistant.core.retrieval.disk_cache import cache_stem, trim_oldest
from assistant.core.retrieval.lexstats import DocStats, doc_key, lex_key, lexical_text
from assistant.core.retrieval.scope_vectors import DocVectors, vec_key
from assistant.core.store.base import StoredChunk

if TYPE_CHECKING:
    from assistant.core.store import VectorStore

__all__ = ["Shard", "ShardCache", "publish_document"]

logger = logging.getLogger(__name__)

_BLOB_VERSION = 1


def _chunk_order(chunk: StoredChunk) -> tuple[int, str]:
    index = chunk.meta.get("index")
    return (int(index) if isinstance(index, int | float | str) and str(index).isdigit() else 0, chunk.chunk_id)


@dataclass
class Shard:
    """One document version: term counts (terms x chunks); with its chunks, texts, metadata, vectors.

    Kept compact (the cache holds tens of thousands of chunks): terms as one sorted bytes array,
    metadata as each chunk's JSON (parsed only for the chunks a search returns). `texts`,
    `metas` and `vectors` are None in a shard read from its published term counts alone.
    """

    doc_id: str
    sha: str
    ids: list[str]
    texts: list[str] | None
    metas: list[str] | None
    kinds: list[str]
    vectors: np.ndarray | None
    terms: np.ndarray  # sorted bytes; row i of the term matrix is terms[i]
    indptr: np.ndarray
    cols: np.ndarray
    tfs: np.ndarray
    dl: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def weight(self) -> int:
        """What it costs the memory cache, in chunks: term counts alone are about a third of a
        chunk's vector and term counts, or its text, metadata, vector and term counts."""
        return len(self.ids) if self.complete else (len(self.ids) + 2) // 3

    @property
    def complete(self) -> bool:
        """Vectors held: what an exact, scoped search needs (texts are read for its leaders)."""
        return self.vectors is not None

    @classmethod
    def lexical(cls, doc_id: str, sha: str, ids: Sequence[str], kinds: Sequence[str], texts: Sequence[str]) -> Shard:
        """The term counts of chunks `ids` (in chunk order) from what BM25 indexes of each (`texts`)."""
        terms: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        tfs: list[int] = []
        dl: list[int] = []
        for col, text in enumerate(texts):
            tokens = tokenize(text)
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
        return cls(doc_id, sha, list(ids), None, None, list(kinds), None, names[by_name], indptr,
                   np.asarray(cols, dtype=np.int32)[order], np.asarray(tfs, dtype=np.float32)[order],
                   np.asarray(dl, dtype=np.float32))

    @classmethod
    def build(cls, doc_id: str, sha: str, chunks: Sequence[StoredChunk], *, vectors: bool = True) -> Shard:
        chunks = sorted(chunks, key=_chunk_order)
        shard = cls.lexical(doc_id, sha, [c.chunk_id for c in chunks], [str(c.meta.get("kind") or "") for c in chunks],
                            [lexical_text(c.text, c.meta) for c in chunks])
        whole = shard.with_chunks(chunks, vectors=vectors)
        assert whole is not None  # the same chunks
        return whole

    def with_chunks(self, chunks: Sequence[StoredChunk], *, vectors: bool) -> Shard | None:
        """This shard with its chunks' texts and metadata (and vectors); None if they are not its chunks."""
        by_id = {c.chunk_id: c for c in chunks}
        if len(by_id) != len(self.ids) or any(cid not in by_id for cid in self.ids):
            return None
        ordered = [by_id[cid] for cid in self.ids]
        matrix = None
        if vectors:
            dim = next((len(c.vector) for c in ordered if c.vector is not None), 0)
            matrix = np.zeros((len(ordered), dim), dtype=np.float32)
            for i, chunk in enumerate(ordered):
                if chunk.vector is not None:
                    matrix[i] = chunk.vector
        return replace(
            self, texts=[c.text for c in ordered],
            metas=[json.dumps(c.meta, ensure_ascii=False, separators=(",", ":")) for c in ordered], vectors=matrix,
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

    # Published: the term counts alone, as small integers, compressed (a metadata string).
    def to_blob(self) -> str:
        buf = io.BytesIO()
        np.savez_compressed(
            buf, version=np.array([_BLOB_VERSION]), ids=np.array([i.encode() for i in self.ids], dtype=bytes),
            kinds=np.array([k.encode() for k in self.kinds], dtype=bytes), terms=self.terms,
            indptr=self.indptr.astype(np.int32), cols=self.cols.astype(np.uint16 if len(self.ids) < 65536 else np.int32),
            tfs=self.tfs.astype(np.uint16), dl=self.dl.astype(np.uint32),
        )
        return base64.b64encode(buf.getvalue()).decode("ascii")

    @classmethod
    def from_blob(cls, doc_id: str, sha: str, raw: str) -> Shard | None:
        try:
            with np.load(io.BytesIO(base64.b64decode(raw)), allow_pickle=False) as a:
                if int(a["version"][0]) != _BLOB_VERSION:
                    return None
                ids, kinds = [i.decode() for i in a["ids"].tolist()], [k.decode() for k in a["kinds"].tolist()]
                # Wider types for arithmetic: a uint16 column plus a row offset would wrap.
                return cls(doc_id, sha, ids, None, None, kinds, None, a["terms"], a["indptr"].astype(np.int64),
                           a["cols"].astype(np.int32), a["tfs"].astype(np.float32), a["dl"].astype(np.float32))
        except (ValueError, KeyError, OSError, EOFError) as exc:
            logger.warning("unreadable term counts for %s@%s (%s): reading its chunks instead", doc_id, sha[:12], exc)
            return None

    # On disk: arrays in .npz, the rest in .json; temp names then rename.
    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(f"{path}.tmp.npz")
        arrays = {"terms": self.terms, "indptr": self.indptr, "cols": self.cols, "tfs": self.tfs, "dl": self.dl}
        if self.vectors is not None:
            arrays["vectors"] = self.vectors
        np.savez(tmp, **arrays)  # type: ignore[arg-type]
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
                parts = {k: arrays[k] for k in ("terms", "indptr", "cols", "tfs", "dl")}
                vectors = arrays["vectors"] if "vectors" in arrays.files else None
            texts, metas = info["texts"], info["metas"]
            return cls(str(info["doc_id"]), str(info["sha"]), list(info["ids"]),
                       None if texts is None else list(texts), None if metas is None else list(metas),
                       list(info["kinds"]), vectors, **parts)
        except (OSError, ValueError, KeyError, TypeError):
            return None


def publish_document(store: VectorStore, doc_id: str, sha: str, ids: Sequence[str], kinds: Sequence[str],
                     texts: Sequence[str], vectors: Mapping[str, np.ndarray] | None = None) -> DocStats:
    """A writer's share, before the document's record (the commit): this version's term counts per
    chunk (`ids` in chunk order; `texts` as BM25 indexes them, `lexical_text`), their statistics,
    and, when `vectors` holds every chunk's (by id), its vector record (`scope_vectors`)."""
    shard = Shard.lexical(doc_id, sha, ids, kinds, texts)
    stats = shard.stats()
    blobs = {doc_key(doc_id, sha): stats.to_json(), lex_key(doc_id, sha): shard.to_blob()}
    if vectors is not None and ids and all(cid in vectors for cid in ids):
        matrix = np.stack([np.asarray(vectors[cid], dtype=np.float32) for cid in ids])
        blobs[vec_key(doc_id, sha)] = DocVectors(list(ids), list(kinds), matrix).to_blob()
    store.put_blobs(blobs)
    return stats


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
        return cache_stem(self.root, doc_id, sha)

    def get_many(
        self, keys: Sequence[tuple[str, str]], *, complete: bool = True
    ) -> dict[tuple[str, str], Shard]:
        """The shards of these document versions: at least their term counts (the published
        record: one small request for up to 8), and their vectors when `complete`, read by chunk
        id (two documents a request). Chunk texts and metadata are read only where nobody
        published term counts: on a server they cost ~5x the vectors to read (measured at 214k
        chunks, cold: 1.8 s against 0.36 s for a 750-chunk filing)."""
        out: dict[tuple[str, str], Shard] = {}
        partial: dict[tuple[str, str], Shard | None] = {}
        for key in keys:
            shard = self._mem.get(key)
            if (shard is None or (complete and not shard.complete)) and self.disk_bytes:
                on_disk = Shard.load(self._path(*key))
                if on_disk is not None and (shard is None or on_disk.complete):
                    shard = on_disk
            if shard is not None and (shard.complete or not complete):
                out[key] = shard
            else:
                partial[key] = shard
        unknown = [key for key, shard in partial.items() if shard is None]
        for start in range(0, len(unknown), 8):  # ~0.3 MB a document
            blobs = self.store.get_blobs([lex_key(*key) for key in unknown[start : start + 8]])
            for key in unknown[start : start + 8]:
                raw = blobs.get(lex_key(*key))
                partial[key] = Shard.from_blob(*key, raw) if raw else None
        counted = [key for key, shard in partial.items() if complete and shard is not None and shard.vectors is None]
        for start in range(0, len(counted), 2):
            held_ids = [cid for key in counted[start : start + 2] for cid in partial[key].ids]  # type: ignore[union-attr]
            vectors = self.store.get_vectors(held_ids)
            for key in counted[start : start + 2]:
                held = partial[key]
                assert held is not None
                if all(cid in vectors for cid in held.ids):  # else: read from its chunks below
                    matrix = np.stack([vectors[cid] for cid in held.ids]) if held.ids else np.zeros((0, 0), np.float32)
                    partial[key] = replace(held, vectors=matrix.astype(np.float32, copy=False))
        # Chunks where nobody published the term counts. Two documents a request (~1,500 chunks):
        # a response becomes Python objects at several times its size, and a freed peak stays.
        todo = [key for key, shard in partial.items() if shard is None or (complete and shard.vectors is None)]
        built: dict[str, str] = {}
        for start in range(0, len(todo), 2):
            docs = dict(todo[start : start + 2])
            by_doc: dict[str, list[StoredChunk]] = {d: [] for d in docs}
            for chunk in self.store.chunks_of(docs, vectors=complete):
                by_doc[str(chunk.meta.get("doc_id"))].append(chunk)
            for doc_id, chunks in by_doc.items():
                key = (doc_id, docs[doc_id])
                held = partial[key]
                shard = held.with_chunks(chunks, vectors=complete) if held is not None else None
                if shard is None:
                    shard = Shard.build(doc_id, docs[doc_id], chunks, vectors=complete)
                    built[lex_key(*key)] = shard.to_blob()
                partial[key] = shard
        if built:  # a library written before term counts were published: share what was counted
            try:
                self.store.put_blobs(built)
            except Exception as exc:  # a read-only client still searches
                logger.warning("could not publish computed term counts: %s", exc)
        for key, shard in partial.items():
            assert shard is not None
            self.fetched += 1
            out[key] = shard
            self._save(shard)
        for key in keys:
            self._mem[key] = out[key]
            self._mem.move_to_end(key)
        self._evict(keep=set(keys))
        return out

    def _evict(self, keep: set[tuple[str, str]]) -> None:
        total = sum(s.weight for s in self._mem.values())
        for key in list(self._mem):
            if total <= self.mem_chunks:
                break
            if key not in keep:
                total -= self._mem.pop(key).weight

    def _save(self, shard: Shard) -> None:
        if not self.disk_bytes or not shard.ids:
            return
        try:
            shard.save(self._path(shard.doc_id, shard.sha))
            trim_oldest(self.root, self.disk_bytes, (".npz", ".json"))
        except OSError as exc:
            logger.warning("could not cache a document shard under %s: %s", self.root, exc)
