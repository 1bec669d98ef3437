"""Vector stores: the seam and the Chroma implementation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.store.base import StoredChunk, VectorStore

if TYPE_CHECKING:
    from assistant.core.settings import Settings

__all__ = ["StoredChunk", "VectorStore", "build_store", "snapshot_base"]


def snapshot_base(settings: Settings, collection: str) -> Path:
    """Where an embedded library's local snapshot lives (`<base>.json`, `<base>.bin`)."""
    return settings.home / "lexical" / f"{collection}-snapshot"


def build_store(settings: Settings, collection: str) -> VectorStore:
    """A shared server's store; an embedded one behind its local snapshot (`store/snapshot.py`),
    so a warm read never imports chromadb."""
    from assistant.core.store.chroma_stamp import StampReader
    from assistant.core.store.snapshot import LocalFirstStore

    if settings.chroma_url:
        from assistant.core.store.chroma import ChromaStore

        return ChromaStore(collection, url=settings.chroma_url)
    path = settings.home / "chroma"

    def open_store() -> VectorStore:
        from assistant.core.store.chroma import ChromaStore

        return ChromaStore(collection, path=path)

    return LocalFirstStore(
        snapshot_base(settings, collection), StampReader(path, collection), open_store,
        description=f"embedded Chroma at {path}, collection {collection}",
    )
