"""Fusing rankings and telling near-duplicate passages apart."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["jaccard", "rrf", "words"]


def rrf(rankings: Sequence[Sequence[str]], k: int = 60, weights: Sequence[float] | None = None) -> dict[str, float]:
    scores: dict[str, float] = {}
    for r, ranking in enumerate(rankings):
        w = weights[r] if weights else 1.0
        for rank, cid in enumerate(ranking):
            scores[cid] = scores.get(cid, 0.0) + w / (k + rank + 1)
    return scores


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else float(a == b)
