"""Optional cross-encoder reranking (`settings.reranker`)."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["Scorer", "cross_encoder_scorer"]

Scorer = Callable[[str, list[str]], list[float]]


def cross_encoder_scorer(model: str) -> Scorer:
    """A sentence-transformers CrossEncoder (local path or hub name) as a scorer."""
    try:
        from sentence_transformers import CrossEncoder
    except ImportError as exc:  # pragma: no cover - install problem
        raise RuntimeError("reranking needs sentence-transformers: pip install sentence-transformers") from exc
    from assistant.core.offline import ensure_hf_offline

    ensure_hf_offline(model)
    encoder = CrossEncoder(model)

    def score(query: str, texts: list[str]) -> list[float]:
        return [float(s) for s in encoder.predict([(query, t) for t in texts])]

    return score
