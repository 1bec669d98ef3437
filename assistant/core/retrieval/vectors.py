"""Exact dense search in memory: every chunk vector beside the lexical index, and filter masks.

Cached per (home, collection) for the process and saved under `<home>/lexical/` so a new
process loads the vectors instead of fetching them from the store again.
"""

from __future__ import annotations

import json
import logging
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

if TYPE_CHECKING:
    from assistant.core.lexical import BM25Index
    from assistant.core.library import Library

__all__ = ["DENSE_MAX_CHUNKS", "DenseIndex", "FilterMasks", "clear_cache", "dense_index"]

logger = logging.getLogger(__name__)

# -- exact dense search in memory ----------------------------------------------------------------
# Chroma's metadata filters cost ~150 ms a query at 100k chunks; a matrix product over the same
# vectors costs a few ms, and filters become boolean masks shared with the lexical index.
DENSE_MAX_CHUNKS = 1_000_000  # above this (1.5 GB of float32) Chroma's ANN index is used instead


class DenseIndex:
    """Every chunk vector, row-aligned with the lexical index (same ids, same order)."""

    def __init__(self, ids: list[str], matrix: np.ndarray, stamp: str) -> None:
        self.ids = ids
        self.matrix = matrix
        self.stamp = stamp

    def scores(self, vector: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
        """Cosine similarity of every row (vectors are normalised); -inf outside `mask`."""
        q = np.asarray(vector, dtype=np.float32)
        # Rounded to 1e-6: BLAS sums a row in an order that depends on how many rows it is given,
        # and a search over some documents' shards must rank as one over the whole library.
        if mask is not None and mask.sum() < 0.3 * len(self.ids):
            rows = np.flatnonzero(mask)  # a filtered search: multiply only the rows that can match
            out = np.full(len(self.ids), -np.inf, dtype=np.float32)
            out[rows] = np.round(self.matrix[rows] @ q, 6)
            return out
        out = np.asarray(np.round(self.matrix @ q, 6), dtype=np.float32)
        return out if mask is None else np.where(mask, out, -np.inf)

    def top(self, scores: np.ndarray, n: int, mask: np.ndarray | None = None) -> list[str]:
        if mask is not None:
            scores = np.where(mask, scores, -np.inf)
        n = min(n, int(np.isfinite(scores).sum()))
        if n <= 0:
            return []
        # Ties go to the earlier row (manifest order), whichever rows the index holds.
        kth = np.partition(-scores, n - 1)[n - 1]
        cand = np.flatnonzero(-scores <= kth)
        top = cand[np.lexsort((cand, -scores[cand]))][:n]
        return [self.ids[i] for i in top]


_MASK_TABLES: weakref.WeakKeyDictionary[BM25Index, dict[str, dict[str, np.ndarray]]] = weakref.WeakKeyDictionary()


class FilterMasks:
    """Filter masks over the lexical index's rows, from value → rows tables built once per index
    (each field's when a filter first asks for it: an unscoped search over a new view needs none)."""

    def __init__(self, index: BM25Index) -> None:
        self.index = index
        table = _MASK_TABLES.get(index)
        if table is None:
            table = _MASK_TABLES[index] = {}
        self.table = table

    def build_all(self) -> None:
        for name in self.index.meta:
            self._rows(name)

    def _rows(self, name: str) -> dict[str, np.ndarray]:
        rows = self.table.get(name)
        if rows is None:
            column = self.index.meta.get(name)
            rows = {}
            if column is not None:
                values, inverse = np.unique(column.astype(str), return_inverse=True)
                order = np.argsort(inverse, kind="stable")
                bounds = np.searchsorted(inverse[order], np.arange(len(values) + 1))
                rows = {str(v): order[bounds[i] : bounds[i + 1]] for i, v in enumerate(values)}
            self.table[name] = rows
        return rows

    def get(self, fields: Mapping[str, Sequence[str]]) -> np.ndarray | None:
        mask: np.ndarray | None = None
        for name, values in fields.items():
            if not values:
                continue
            rows = self._rows(name)
            field_mask = np.zeros(len(self.index.ids), dtype=bool)
            for value in values:
                hit = rows.get(str(value))
                if hit is not None:
                    field_mask[hit] = True
            mask = field_mask if mask is None else mask & field_mask
        return mask


_DENSE: dict[tuple[str, str], DenseIndex] = {}
_DENSE_LOCK = threading.Lock()


def _vector_fetcher(store: Any) -> Callable[[list[str]], dict[str, np.ndarray]] | None:
    getter = getattr(store, "get_vectors", None)
    return cast(Callable[[list[str]], dict[str, np.ndarray]], getter) if callable(getter) else None


def dense_index(library: Library, index: BM25Index) -> DenseIndex | None:
    """The in-memory vectors for `index`, loaded from disk or refreshed from the store (new rows only)."""
    key = (str(library.settings.home), library.collection)
    cached = _DENSE.get(key)
    if cached is not None and cached.stamp == index.stamp and len(cached.ids) == len(index.ids):
        return cached
    fetch = _vector_fetcher(library.store)
    if fetch is None or not index.stamp or not index.ids or len(index.ids) > DENSE_MAX_CHUNKS:
        return None
    with _DENSE_LOCK:
        path = library.settings.home / "lexical" / f"{library.collection}-dense"
        ids_old, matrix_old, stamp_old = _load_dense(path)
        if stamp_old == index.stamp and ids_old == index.ids and matrix_old is not None:
            dense = DenseIndex(index.ids, matrix_old, index.stamp)
        else:
            old_rows = {cid: i for i, cid in enumerate(ids_old)}
            todo = [cid for cid in index.ids if cid not in old_rows]
            fresh: dict[str, np.ndarray] = {}
            for start in range(0, len(todo), 2000):
                fresh.update(fetch(todo[start : start + 2000]))
            dim = matrix_old.shape[1] if matrix_old is not None else len(next(iter(fresh.values()), []))
            matrix = np.zeros((len(index.ids), dim), dtype=np.float32)
            for i, cid in enumerate(index.ids):
                row = old_rows.get(cid)
                if row is not None and matrix_old is not None:
                    matrix[i] = matrix_old[row]
                elif cid in fresh:
                    matrix[i] = fresh[cid]
            _save_dense(path, index.ids, matrix, index.stamp)
            logger.info("dense index: %d vectors (%d fetched)", len(index.ids), len(todo))
            dense = DenseIndex(index.ids, matrix, index.stamp)
        _DENSE[key] = dense
        return dense


def _load_dense(path: Path) -> tuple[list[str], np.ndarray | None, str]:
    try:
        info = json.loads(Path(f"{path}.json").read_text())
        matrix = np.load(Path(f"{path}.npy"), mmap_mode="r")
        return list(info["ids"]), matrix, str(info["stamp"])
    except (OSError, ValueError, KeyError):
        return [], None, ""


def _save_dense(path: Path, ids: list[str], matrix: np.ndarray, stamp: str) -> None:
    # Temp names then rename: a reader never sees half an index.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(f"{path}.tmp.npy")
        np.save(tmp, matrix)
        tmp_json = Path(f"{path}.tmp.json")
        tmp_json.write_text(json.dumps({"ids": ids, "stamp": stamp}))
        tmp.replace(Path(f"{path}.npy"))
        tmp_json.replace(Path(f"{path}.json"))
    except OSError as exc:
        logger.warning("could not save the dense index at %s: %s", path, exc)


def clear_cache() -> None:
    """Forget the vectors kept in this process (the next search loads them from disk)."""
    with _DENSE_LOCK:
        _DENSE.clear()
