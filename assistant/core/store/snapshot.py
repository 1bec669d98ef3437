"""A local, read-only copy of the committed library, and a store that reads it first.

A warm question reads the manifest, a few dozen chunk texts and maybe one company's statement
facts. Opening embedded Chroma for that (import and client: ~0.4 s of CPU) costs more than the
answer, so the index build (`Library.lexical`, run by `warm()` at the end of every ingest)
saves those under `<home>/lexical/<collection>-snapshot.{json,bin}`, stamped with the library
stamp it was read at. `LocalFirstStore` answers the reads from it while the store's own stamp,
read from Chroma's SQLite file without chromadb (`chroma_stamp.py`), is the same; any other
stamp, any write, and every other method go to the real store, opened on first need.

Files: `.bin` holds a random token, then each chunk as JSON (text and metadata) and each
document's facts as JSON; `.json` holds the stamp, the token, the manifest and the byte offsets.
The `.bin` is renamed into place before the `.json`, and a reader checks the token: a header
and a body from two different saves are never read together.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.core.store.base import StoredChunk, VectorStore
from assistant.core.types import DocumentRecord

logger = logging.getLogger(__name__)

FORMAT = 1
_TOKEN_BYTES = 32


class Snapshot:
    """One saved copy: the manifest, chunks by id, facts by document."""

    def __init__(self, header: dict[str, Any], fd: int) -> None:
        self.stamp = str(header["stamp"])
        self._header = header
        self._fd = fd  # the open body: a later save renames new files over it, this one stays whole
        self._rows: dict[str, int] | None = None
        self._documents: list[DocumentRecord] | None = None

    @classmethod
    def load(cls, base: Path) -> Snapshot | None:
        try:
            header = json.loads(Path(f"{base}.json").read_text(encoding="utf-8"))
            if header.get("format") != FORMAT:
                return None
            fd = os.open(f"{base}.bin", os.O_RDONLY)
        except (OSError, ValueError) as exc:
            logger.debug("no usable library snapshot at %s (%s)", base, exc)
            return None
        if os.pread(fd, _TOKEN_BYTES, 0).decode("ascii", "replace") != header.get("token"):
            os.close(fd)  # a header and a body from two saves: wait for the next one
            return None
        return cls(header, fd)

    def close(self) -> None:
        fd, self._fd = self._fd, -1
        if fd >= 0:
            os.close(fd)

    def __del__(self) -> None:
        self.close()

    def _read(self, start: int, end: int) -> Any:
        return json.loads(os.pread(self._fd, end - start, start))

    def documents(self) -> list[DocumentRecord]:
        if self._documents is None:
            self._documents = [DocumentRecord.model_validate(d) for d in self._header["documents"]]
        return list(self._documents)

    def chunks(self, ids: Sequence[str]) -> list[StoredChunk]:
        if self._rows is None:
            self._rows = {cid: i for i, cid in enumerate(self._header["ids"])}
        offsets = self._header["offsets"]
        out: list[StoredChunk] = []
        for cid in ids:
            row = self._rows.get(cid)
            if row is not None:
                text, meta = self._read(offsets[row], offsets[row + 1])
                out.append(StoredChunk(cid, text, meta))
        return out

    def facts(self, doc_ids: Sequence[str] | None) -> dict[str, list[dict[str, Any]]]:
        spans: dict[str, list[int]] = self._header["facts"]
        wanted = list(spans) if doc_ids is None else [d for d in doc_ids if d in spans]
        return {d: self._read(*spans[d]) for d in wanted}


def save_snapshot(
    base: Path,
    stamp: str,
    documents: Sequence[DocumentRecord],
    chunks: Iterable[StoredChunk],
    facts: Mapping[str, Sequence[Mapping[str, Any]]],
) -> None:
    """Write a snapshot of the library at `stamp` (read before any of what is given here)."""
    token = uuid.uuid4().hex
    base.parent.mkdir(parents=True, exist_ok=True)
    tmp_bin = Path(f"{base}.{os.getpid()}.tmp.bin")
    tmp_json = Path(f"{base}.{os.getpid()}.tmp.json")
    ids: list[str] = []
    offsets: list[int] = []
    spans: dict[str, list[int]] = {}
    try:
        with tmp_bin.open("wb") as fh:
            fh.write(token.encode("ascii"))
            position = _TOKEN_BYTES
            for chunk in chunks:
                data = json.dumps([chunk.text, chunk.meta], ensure_ascii=False, separators=(",", ":")).encode()
                ids.append(chunk.chunk_id)
                offsets.append(position)
                fh.write(data)
                position += len(data)
            offsets.append(position)
            for doc_id, rows in facts.items():
                data = json.dumps(list(rows), ensure_ascii=False, separators=(",", ":")).encode()
                spans[doc_id] = [position, position + len(data)]
                fh.write(data)
                position += len(data)
        header = {
            "format": FORMAT,
            "stamp": stamp,
            "token": token,
            "documents": [d.model_dump(mode="json") for d in documents],
            "ids": ids,
            "offsets": offsets,
            "facts": spans,
        }
        tmp_json.write_text(json.dumps(header, separators=(",", ":")), encoding="utf-8")
        tmp_bin.replace(Path(f"{base}.bin"))
        tmp_json.replace(Path(f"{base}.json"))
    finally:
        tmp_bin.unlink(missing_ok=True)
        tmp_json.unlink(missing_ok=True)


class LocalFirstStore:
    """The VectorStore seam over an embedded store: reads from the snapshot while its stamp is
    the store's; everything else (and every read after a write here) from the store itself."""

    def __init__(
        self,
        base: Path,
        read_stamp: Callable[[], str | None],
        open_store: Callable[[], VectorStore],
        description: str,
    ) -> None:
        self._base = base
        self._read_stamp = read_stamp
        self._open_store = open_store
        self._description = description
        self._live: VectorStore | None = None
        self._snapshot: Snapshot | None = None
        self._seen: tuple[int, int] | None = None  # the header file last loaded (size, mtime)
        self._lock = threading.Lock()

    @property
    def description(self) -> str:
        return self._description

    @property
    def live(self) -> VectorStore:
        """The store itself, opened once (one thread at a time: Chroma's client registry is not
        safe to populate from two)."""
        with self._lock:
            if self._live is None:
                self._live = self._open_store()
            return self._live

    def current(self) -> Snapshot | None:
        """The snapshot, when it holds the library as the store has it now (a write here or
        anywhere else changes the stamp: the snapshot is then stale until the next index build)."""
        stamp = self._read_stamp()
        if not stamp:
            return None
        snap = self._snapshot
        if snap is not None and snap.stamp == stamp:
            return snap
        try:
            st = Path(f"{self._base}.json").stat()
        except OSError:
            return None
        seen = (st.st_size, st.st_mtime_ns)
        if seen == self._seen:
            return None  # the file this process already found stale
        self._seen = seen
        fresh = Snapshot.load(self._base)
        if fresh is None or fresh.stamp != stamp:
            if fresh is not None:
                fresh.close()
            return None
        with self._lock:
            old, self._snapshot = self._snapshot, fresh
        if old is not None:
            old.close()
        return fresh

    def save(
        self,
        stamp: str,
        documents: Sequence[DocumentRecord],
        chunks: Iterable[StoredChunk],
        facts: Mapping[str, Sequence[Mapping[str, Any]]],
    ) -> None:
        save_snapshot(self._base, stamp, documents, chunks, facts)

    def saved_stamp(self) -> str | None:
        """The stamp of the snapshot on disk (None: none readable)."""
        try:
            header = json.loads(Path(f"{self._base}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return str(header.get("stamp")) if header.get("format") == FORMAT else None

    # -- reads a snapshot answers ------------------------------------------------------------
    def stamp(self) -> str:
        snap = self.current()
        return snap.stamp if snap is not None else self.live.stamp()

    def documents(self) -> list[DocumentRecord]:
        snap = self.current()
        return snap.documents() if snap is not None else self.live.documents()

    def get_chunks(self, ids: Sequence[str]) -> list[StoredChunk]:
        snap = self.current()
        return snap.chunks(ids) if snap is not None else self.live.get_chunks(ids)

    def get_facts(self, doc_ids: Sequence[str] | None = None) -> dict[str, list[dict[str, Any]]]:
        snap = self.current()
        return snap.facts(doc_ids) if snap is not None else self.live.get_facts(doc_ids)

    # -- reads only the store answers --------------------------------------------------------
    def chunk_ids(self, doc_id: str, doc_sha: str | None = None) -> set[str]:
        return self.live.chunk_ids(doc_id, doc_sha)

    def query(self, vector: np.ndarray, k: int, where: Mapping[str, Any] | None = None) -> list[StoredChunk]:
        return self.live.query(vector, k, where)

    def get_vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        return self.live.get_vectors(ids)

    def chunks_of(self, docs: Mapping[str, str], *, vectors: bool = False) -> list[StoredChunk]:
        return self.live.chunks_of(docs, vectors=vectors)

    def iter_chunks(self, batch: int = 2000) -> Iterator[list[StoredChunk]]:
        return self.live.iter_chunks(batch)

    def get_blobs(self, ids: Sequence[str]) -> dict[str, str]:
        return self.live.get_blobs(ids)

    def count(self) -> int:
        return self.live.count()

    # -- writes --------------------------------------------------------------------------------
    def add_chunks(
        self, ids: Sequence[str], texts: Sequence[str], metas: Sequence[Mapping[str, Any]], vectors: np.ndarray
    ) -> None:
        self.live.add_chunks(ids, texts, metas, vectors)

    def delete_chunks(self, doc_id: str, *, except_sha: str | None = None) -> int:
        return self.live.delete_chunks(doc_id, except_sha=except_sha)

    def put_blobs(self, items: Mapping[str, str]) -> None:
        self.live.put_blobs(items)

    def delete_blobs(self, ids: Sequence[str]) -> None:
        self.live.delete_blobs(ids)

    def update_chunk_meta(self, doc_id: str, changes: Mapping[str, Any]) -> int:
        return self.live.update_chunk_meta(doc_id, changes)

    def put_document(self, record: DocumentRecord) -> None:
        self.live.put_document(record)

    def delete_document(self, doc_id: str) -> None:
        self.live.delete_document(doc_id)

    def put_facts(self, doc_id: str, doc_sha: str, facts: Sequence[Mapping[str, Any]]) -> None:
        self.live.put_facts(doc_id, doc_sha, facts)

    def delete_facts(self, doc_id: str) -> None:
        self.live.delete_facts(doc_id)

    def touch(self) -> str:
        return self.live.touch()
