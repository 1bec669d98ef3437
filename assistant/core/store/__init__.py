"""Vector stores: the seam and the Chroma implementation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.core.store.base import StoredChunk, VectorStore

if TYPE_CHECKING:
    from assistant.core.settings import Settings

__all__ = ["StoredChunk", "VectorStore", "build_store"]


def build_store(settings: Settings, collection: str) -> VectorStore:
    from assistant.core.store.chroma import ChromaStore

    if settings.chroma_url:
        return ChromaStore(collection, url=settings.chroma_url)
    return ChromaStore(collection, path=settings.home / "chroma")
