"""Chroma, embedded (PersistentClient under the home) or a shared server (HttpClient)."""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from assistant.core.store.base import StoredChunk
from assistant.core.store.chroma_stamp import STAMP_ID
from assistant.core.types import DocumentRecord

logger = logging.getLogger(__name__)

_STAMP_ID = STAMP_ID  # read without chromadb by chroma_stamp.read_stamp
# Chunk text and display-only fields travel as one JSON metadata value. Chroma builds a
# full-text index over `documents` and one metadata row per key; we search text with our
# own BM25 index, and this halves the cost of storing a chunk (measured: 0.43 ms vs 0.76 ms).
_PACKED = "fn_packed"
_FILTER_KEYS = frozenset({"doc_id", "doc_sha", "company_key", "period", "doc_type", "kind"})
# The side collections (manifest, facts, statistics) hold few records with large values and a
# dummy vector. Chroma keeps a collection's writes in its log until its vector index is synced
# (every `sync_threshold` writes, 1000 by default) and every write rereads that backlog: at 214k
# chunks the statistics' backlog was 166 MB and one 10-byte upsert took 3.3 s (0.06 s synced).
_SIDE_SYNC = 8
_LOCK_TRIES = 4  # a moment of another writer holding SQLite's lock is waited out, not logged


class StoreUnavailableError(RuntimeError):
    pass


def _pack(text: str, meta: Mapping[str, Any]) -> dict[str, Any]:
    """Filterable fields stay Chroma metadata; the text and the rest go in one JSON value.

    Chroma metadata values must be str/int/float/bool: None is left out.
    """
    top = {k: v for k, v in meta.items() if k in _FILTER_KEYS and v is not None}
    rest = {k: v for k, v in meta.items() if k not in _FILTER_KEYS and v is not None}
    rest["text"] = text
    top[_PACKED] = json.dumps(rest, ensure_ascii=False, separators=(",", ":"))
    return top


def _unpack(document: str | None, meta: Mapping[str, Any] | None) -> tuple[str, dict[str, Any]]:
    """(text, metadata) of a stored chunk; chunks stored before packing read as they were."""
    out = dict(meta or {})
    packed = out.pop(_PACKED, None)
    if not isinstance(packed, str):
        return document or "", out
    rest = json.loads(packed)
    text = rest.pop("text", None)
    out.update(rest)
    return (text if isinstance(text, str) else document or ""), out


class ChromaStore:
    def __init__(self, collection: str, *, path: Path | None = None, url: str | None = None) -> None:
        try:
            import chromadb
        except ImportError as exc:  # pragma: no cover - install problem
            raise RuntimeError("chromadb is not installed: pip install chromadb") from exc
        settings = chromadb.Settings(anonymized_telemetry=False)
        if url:
            parsed = urlparse(url if "://" in url else f"http://{url}")
            host = parsed.hostname or "127.0.0.1"
            port = parsed.port or (443 if parsed.scheme == "https" else 8000)
            try:
                self._client = chromadb.HttpClient(
                    host=host, port=port, ssl=parsed.scheme == "https", settings=settings
                )
                self._client.heartbeat()
            except Exception as exc:
                raise StoreUnavailableError(
                    f"cannot reach the Chroma server at {url} ({exc.__class__.__name__}): start it with "
                    f"`chroma run --path DIR --host {host} --port {port}`, or unset FOOTNOTE_CHROMA_URL "
                    "to use the embedded store"
                ) from exc
            self._description = f"Chroma server {url}, collection {collection}"
        else:
            assert path is not None
            path.mkdir(parents=True, exist_ok=True)
            self._client = chromadb.PersistentClient(path=str(path), settings=settings)
            self._description = f"embedded Chroma at {path}, collection {collection}"
        self._chunks = self._client.get_or_create_collection(
            collection, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )
        self._docs = self._side_collection(f"{collection}-docs")
        self._facts = self._side_collection(f"{collection}-facts")
        self._blob_name = f"{collection}-stats"
        self._blob_collection: Any = None
        try:
            self._max_batch = int(self._client.get_max_batch_size())
        except Exception:
            self._max_batch = 1000
        self._max_batch = max(100, min(self._max_batch, 5000))

    def _side_collection(self, name: str) -> Any:
        hnsw: Any = {"sync_threshold": _SIDE_SYNC, "batch_size": _SIDE_SYNC}
        col = self._client.get_or_create_collection(name, embedding_function=None, configuration={"hnsw": hnsw})
        current = (col.configuration or {}).get("hnsw") or {}
        if current.get("sync_threshold", 1000) > _SIDE_SYNC:  # made before this setting: sync it often
            for attempt in range(_LOCK_TRIES):
                try:
                    col.modify(configuration={"hnsw": hnsw})
                    break
                except Exception as exc:  # an older server: writes are slower, nothing is wrong
                    if "locked" in str(exc) and attempt + 1 < _LOCK_TRIES:
                        time.sleep(0.2 * (attempt + 1))  # another writer holds SQLite's lock for a moment
                        continue
                    logger.warning("could not set %s to sync its index every %d writes: %s", name, _SIDE_SYNC, exc)
                    break
        return col

    @property
    def description(self) -> str:
        return self._description

    # -- chunks -------------------------------------------------------------------------------
    def add_chunks(
        self,
        ids: Sequence[str],
        texts: Sequence[str],
        metas: Sequence[Mapping[str, Any]],
        vectors: np.ndarray,
    ) -> None:
        for start in range(0, len(ids), self._max_batch):
            end = start + self._max_batch
            self._chunks.upsert(
                ids=list(ids[start:end]),
                metadatas=[_pack(t, m) for t, m in zip(texts[start:end], metas[start:end], strict=True)],
                embeddings=np.asarray(vectors[start:end], dtype=np.float32),
            )

    def chunk_ids(self, doc_id: str, doc_sha: str | None = None) -> set[str]:
        where: dict[str, Any] = {"doc_id": doc_id}
        if doc_sha is not None:
            where = {"$and": [{"doc_id": doc_id}, {"doc_sha": doc_sha}]}
        got = self._chunks.get(where=where, include=[])
        return set(got["ids"])

    def delete_chunks(self, doc_id: str, *, except_sha: str | None = None) -> int:
        where: dict[str, Any] = {"doc_id": doc_id}
        if except_sha is not None:
            where = {"$and": [{"doc_id": doc_id}, {"doc_sha": {"$ne": except_sha}}]}
        ids = list(self._chunks.get(where=where, include=[])["ids"])
        for start in range(0, len(ids), self._max_batch):
            self._chunks.delete(ids=ids[start : start + self._max_batch])
        return len(ids)

    def query(
        self, vector: np.ndarray, k: int, where: Mapping[str, Any] | None = None
    ) -> list[StoredChunk]:
        if k <= 0:
            return []
        # No count first (a request more on a server): Chroma returns what there is when it holds fewer.
        result = self._chunks.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32).tolist()],
            n_results=k,
            where=dict(where) if where else None,
            include=["documents", "metadatas", "distances"],
        )
        ids = result["ids"][0]
        docs = (result.get("documents") or [[]])[0]
        metas = (result.get("metadatas") or [[]])[0]
        dists = (result.get("distances") or [[]])[0]
        return [
            StoredChunk(cid, *_unpack(docs[i], metas[i]), float(dists[i])) for i, cid in enumerate(ids)
        ]

    def get_chunks(self, ids: Sequence[str]) -> list[StoredChunk]:
        if not ids:
            return []
        got = self._chunks.get(ids=list(ids), include=["documents", "metadatas"])
        docs = got["documents"] or []
        metas = got["metadatas"] or []
        by_id = {cid: StoredChunk(cid, *_unpack(docs[i], metas[i])) for i, cid in enumerate(got["ids"])}
        return [by_id[c] for c in ids if c in by_id]

    def get_vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for start in range(0, len(ids), self._max_batch):
            got = self._chunks.get(ids=list(ids[start : start + self._max_batch]), include=["embeddings"])
            vectors = got["embeddings"] if got["embeddings"] is not None else []
            for cid, vec in zip(got["ids"], vectors, strict=True):
                out[cid] = np.asarray(vec, dtype=np.float32)
        return out

    def chunks_of(self, docs: Mapping[str, str], *, vectors: bool = False) -> list[StoredChunk]:
        """Every chunk of these documents at these versions (doc_id → doc_sha), in one request.

        A full pass over the library goes through this, one manifest snapshot at a time: page
        offsets shift under a concurrent write and skip chunks; a (doc_id, sha) never changes.
        """
        if not docs:
            return []
        ids = sorted(docs)
        where: dict[str, Any] = {"doc_id": ids[0]} if len(ids) == 1 else {"doc_id": {"$in": ids}}
        include: list[Any] = ["documents", "metadatas", *(["embeddings"] if vectors else [])]
        got = self._chunks.get(where=where, include=include)
        texts: list[str | None] = [*got["documents"]] if got["documents"] else [None] * len(got["ids"])
        metas = got["metadatas"] or []
        embeddings = got.get("embeddings") if vectors else None
        out: list[StoredChunk] = []
        for i, cid in enumerate(got["ids"]):
            text, meta = _unpack(texts[i], metas[i])
            if docs.get(str(meta.get("doc_id"))) != meta.get("doc_sha"):
                continue  # another version of the document
            chunk = StoredChunk(cid, text, meta)
            if embeddings is not None:
                chunk.vector = np.asarray(embeddings[i], dtype=np.float32)
            out.append(chunk)
        return out

    def iter_chunks(self, batch: int = 2000) -> Iterator[list[StoredChunk]]:
        """Every stored chunk by page offset (tests and tools; a concurrent write can shift pages:
        passes that must be consistent use `chunks_of` on a manifest snapshot)."""
        offset = 0
        while True:
            got = self._chunks.get(
                include=["documents", "metadatas"], limit=batch, offset=offset
            )
            ids = got["ids"]
            if not ids:
                return
            docs = got["documents"] or []
            metas = got["metadatas"] or []
            yield [StoredChunk(cid, *_unpack(docs[i], metas[i])) for i, cid in enumerate(ids)]
            offset += len(ids)

    def count(self) -> int:
        return int(self._chunks.count())

    def update_chunk_meta(self, doc_id: str, changes: Mapping[str, Any]) -> int:
        got = self._chunks.get(where={"doc_id": doc_id}, include=["documents", "metadatas"])
        ids = got["ids"]
        docs: list[str | None] = [*got["documents"]] if got["documents"] else [None] * len(ids)
        metas = []
        for document, meta in zip(docs, got["metadatas"] or [], strict=True):
            text, merged = _unpack(document, meta)
            for key, value in changes.items():
                if value is None:
                    merged.pop(key, None)
                else:
                    merged[key] = value
            packed = _pack(text, merged)
            # Chroma merges metadata on update, and removes a key only when given None.
            packed.update({k: None for k, v in changes.items() if v is None and k in _FILTER_KEYS})
            metas.append(packed)
        for start in range(0, len(ids), self._max_batch):
            self._chunks.update(
                ids=ids[start : start + self._max_batch],
                metadatas=metas[start : start + self._max_batch],  # type: ignore[arg-type]
            )
        return len(ids)

    # -- side records (library-wide statistics kept beside the manifest) --------------------------
    def _blobs(self) -> Any:
        if self._blob_collection is None:
            self._blob_collection = self._side_collection(self._blob_name)
        return self._blob_collection

    def put_blobs(self, items: Mapping[str, str]) -> None:
        """Small named JSON values (a document's term statistics, their library-wide sum)."""
        # A metadata value, not a Chroma document: documents get a full-text index, these need none.
        if items:
            keys = list(items)
            self._blobs().upsert(
                ids=keys, metadatas=[{"v": items[k]} for k in keys], embeddings=np.ones((len(keys), 1), dtype=np.float32)
            )

    def get_blobs(self, ids: Sequence[str]) -> dict[str, str]:
        if not ids:
            return {}
        got = self._blobs().get(ids=list(ids), include=["metadatas"])
        out: dict[str, str] = {}
        for cid, meta in zip(got["ids"], got["metadatas"] or [], strict=False):
            value = (meta or {}).get("v")
            if isinstance(value, str):
                out[cid] = value
        return out

    def delete_blobs(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), self._max_batch):
            self._blobs().delete(ids=list(ids[start : start + self._max_batch]))

    # -- documents (the manifest) -------------------------------------------------------------
    def put_document(self, record: DocumentRecord) -> None:
        payload = record.model_dump(mode="json")
        self._docs.upsert(
            ids=[record.doc_id],
            documents=[json.dumps(payload)],
            metadatas=[{"sha256": record.sha256}],
            embeddings=np.ones((1, 1), dtype=np.float32),
        )
        self.touch()

    def delete_document(self, doc_id: str) -> None:
        self._docs.delete(ids=[doc_id])
        self.touch()

    def documents(self) -> list[DocumentRecord]:
        got = self._docs.get(include=["documents"])
        out = []
        for cid, doc in zip(got["ids"], got["documents"] or [], strict=False):
            if cid == _STAMP_ID or not doc:
                continue
            out.append(DocumentRecord.model_validate_json(doc))
        out.sort(key=lambda r: (_sort_time(r.ingested_at), r.doc_id))
        return out

    # -- statement facts: one JSON list per document -------------------------------------------
    def put_facts(self, doc_id: str, doc_sha: str, facts: Sequence[Mapping[str, Any]]) -> None:
        self._facts.upsert(
            ids=[doc_id],
            documents=[json.dumps(list(facts))],
            metadatas=[{"doc_id": doc_id, "doc_sha": doc_sha, "n": len(facts)}],
            embeddings=np.ones((1, 1), dtype=np.float32),
        )

    def get_facts(self, doc_ids: Sequence[str] | None = None) -> dict[str, list[dict[str, Any]]]:
        got = self._facts.get(ids=list(doc_ids) if doc_ids is not None else None, include=["documents"])
        return {cid: json.loads(doc) for cid, doc in zip(got["ids"], got["documents"] or [], strict=False) if doc}

    def delete_facts(self, doc_id: str) -> None:
        self._facts.delete(ids=[doc_id])

    def stamp(self) -> str:
        got = self._docs.get(ids=[_STAMP_ID], include=["documents"])
        docs = got["documents"] or []
        return docs[0] if docs and docs[0] else ""

    def touch(self) -> str:
        value = uuid.uuid4().hex
        self._docs.upsert(
            ids=[_STAMP_ID], documents=[value], embeddings=np.ones((1, 1), dtype=np.float32)
        )
        return value


_EPOCH = datetime.min.replace(tzinfo=UTC)


def _sort_time(when: datetime | None) -> datetime:
    """Records without a time sort first; a naive time (an older writer) is read as UTC, so
    aware and naive records never meet in one comparison."""
    if when is None:
        return _EPOCH
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
