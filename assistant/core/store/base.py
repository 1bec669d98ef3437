"""The vector-store seam: chunks with vectors, and the manifest of documents."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from assistant.core.types import DocumentRecord


def chunk_id(doc_id: str, sha256: str, index: int) -> str:
    """A chunk's id, "{doc_id}:{sha256[:12]}:{index:05d}": written by ingest, read back by the core
    (a filing's first chunks, a chunk's neighbours)."""
    # The content hash is part of the id: a changed file's chunks never collide with the old ones.
    return f"{doc_id}:{sha256[:12]}:{index:05d}"


@dataclass
class StoredChunk:
    chunk_id: str
    text: str
    meta: dict[str, Any]
    distance: float | None = None
    vector: np.ndarray | None = None


class VectorStore(Protocol):
    """Chunks (text + metadata + vector) and one record per document.

    The document record is written last and is the commit marker: chunks whose
    (doc_id, doc_sha) do not match a record are invisible to search.
    """

    @property
    def description(self) -> str: ...

    def add_chunks(
        self, ids: Sequence[str], texts: Sequence[str], metas: Sequence[Mapping[str, Any]], vectors: np.ndarray
    ) -> None: ...

    def chunk_ids(self, doc_id: str, doc_sha: str | None = None) -> set[str]: ...

    def delete_chunks(self, doc_id: str, *, except_sha: str | None = None) -> int: ...

    def query(
        self, vector: np.ndarray, k: int, where: Mapping[str, Any] | None = None
    ) -> list[StoredChunk]: ...

    def get_chunks(self, ids: Sequence[str]) -> list[StoredChunk]: ...

    def get_vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vectors of these chunks (for the in-memory dense index)."""
        ...

    def chunks_of(self, docs: Mapping[str, str], *, vectors: bool = False) -> list[StoredChunk]:
        """Every chunk of these documents at these versions (doc_id → sha); with `vectors`, each
        chunk's stored vector too."""
        ...

    def iter_chunks(self, batch: int = 2000) -> Iterator[list[StoredChunk]]:
        """Every stored chunk, page by page (tools and tests; a pass that must be consistent under
        concurrent writes reads a manifest snapshot through `chunks_of`)."""
        ...

    def put_blobs(self, items: Mapping[str, str]) -> None:
        """Named JSON values beside the manifest (lexical statistics)."""
        ...

    def get_blobs(self, ids: Sequence[str]) -> dict[str, str]: ...

    def delete_blobs(self, ids: Sequence[str]) -> None: ...

    def count(self) -> int: ...

    def update_chunk_meta(self, doc_id: str, changes: Mapping[str, Any]) -> int: ...

    def put_document(self, record: DocumentRecord) -> None: ...

    def delete_document(self, doc_id: str) -> None: ...

    def documents(self) -> list[DocumentRecord]: ...

    # Statement facts, one record per document (replaced and removed with it).
    def put_facts(self, doc_id: str, doc_sha: str, facts: Sequence[Mapping[str, Any]]) -> None: ...

    def get_facts(self, doc_ids: Sequence[str] | None = None) -> dict[str, list[dict[str, Any]]]: ...

    def delete_facts(self, doc_id: str) -> None: ...

    def stamp(self) -> str:
        """Changes whenever the set of committed documents changes (drives index caches)."""
        ...

    def touch(self) -> str: ...
