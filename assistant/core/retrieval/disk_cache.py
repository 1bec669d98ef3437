"""The on-disk side of the per-document caches (`shard_cache.ShardCache`, `scope_vectors.VectorCache`):
one file stem per document version, and the oldest files dropped past a byte budget."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

__all__ = ["cache_stem", "trim_oldest"]


def cache_stem(root: Path, doc_id: str, sha: str) -> Path:
    """A document version's file stem under `root` (the hash first: a version's files sort together)."""
    return root / f"{sha[:40]}-{hashlib.sha1(doc_id.encode()).hexdigest()[:12]}"


def trim_oldest(root: Path, budget: int, suffixes: Sequence[str]) -> None:
    """Delete the least recently written entries until the folder's files fit in `budget` bytes;
    an entry is a stem's files with these suffixes (the first one's mtime orders them). Raises
    OSError like the file operations it makes."""
    entries = sorted(root.glob(f"*{suffixes[0]}"), key=lambda p: p.stat().st_mtime)
    used = sum(p.stat().st_size for p in root.iterdir())
    for old in entries:
        if used <= budget:
            break
        for part in (old.with_suffix(s) for s in suffixes):
            if part.exists():
                used -= part.stat().st_size
                part.unlink()
