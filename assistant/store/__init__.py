"""Vector stores: the seam and the Chroma implementation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.store.base import StoredChunk, VectorStore

if TYPE_CHECKING:
    from assistant.settings import Settings

__all__ = ["StoredChunk", "VectorStore", "build_store"]


def build_store(settings: Settings, collection: str) -> VectorStore:
    from assistant.store.chroma import ChromaStore

    if settings.chroma_url:
        return ChromaStore(collection, url=settings.chroma_url)
    return ChromaStore(collection, path=settings.home / "chroma")
