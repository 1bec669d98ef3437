"""The per-document caches' disk side: one stem per version, oldest entries dropped past a budget."""

from __future__ import annotations

import os
from pathlib import Path

from assistant.core.retrieval.disk_cache import cache_stem, trim_oldest


def test_stems_differ_by_version_and_document(tmp_path: Path) -> None:
    a = cache_stem(tmp_path, "doc-a", "f" * 64)
    assert a.parent == tmp_path and a.suffix == ""
    assert a != cache_stem(tmp_path, "doc-b", "f" * 64)
    assert a != cache_stem(tmp_path, "doc-a", "e" * 64)


def test_the_oldest_entries_go_with_all_their_parts_until_the_folder_fits(tmp_path: Path) -> None:
    for n, doc in enumerate(["old", "mid", "new"]):
        stem = cache_stem(tmp_path, doc, f"{n}" * 64)
        for suffix in (".npz", ".json"):
            Path(f"{stem}{suffix}").write_bytes(b"x" * 100)
            os.utime(f"{stem}{suffix}", (1000 + n, 1000 + n))
    trim_oldest(tmp_path, 400, (".npz", ".json"))
    left = sorted(p.name for p in tmp_path.iterdir())
    assert len(left) == 4  # 600 bytes over a 400 budget: the oldest entry's two files went
    assert not any(p.startswith("0" * 40) for p in left)
    trim_oldest(tmp_path, 10_000, (".npz", ".json"))
    assert len(list(tmp_path.iterdir())) == 4  # within budget: nothing deleted
