"""Stored chunks of one made-up document and a `get_chunks` over them, for the code that reads a
retrieved passage's neighbours from the store (`answer.table_rows`, `answer.page_tables`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from assistant.core.store.base import StoredChunk

__all__ = ["chunk", "store"]


def chunk(i: int, text: str, kind: str = "table", page: int = 7) -> StoredChunk:
    """The `i`-th chunk of document "d" (ids "d:v1:00007": the index the neighbours are found by)."""
    meta: dict[str, Any] = {"kind": kind, "page": page}
    return StoredChunk(chunk_id=f"d:v1:{i:05d}", text=text, meta=meta)


def store(chunks: list[StoredChunk]) -> Callable[[list[str]], Sequence[StoredChunk]]:
    """`get_chunks` over `chunks`: the ones asked for that exist, in the order asked."""
    by_id = {c.chunk_id: c for c in chunks}

    def get(ids: list[str]) -> Sequence[StoredChunk]:
        return [by_id[i] for i in ids if i in by_id]
    return get
