"""Paraphrase through the bundled embedder: how close each candidate sentence is in meaning to
the question ("how much did the unit bring in" against "the segment's revenue was ..."), for
ranking candidates the question's words alone leave close. With no embedder (or the hash embedder
of the tests) the similarity is lexical or absent, and the answerer ranks by its words as before."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.core.embeddings.base import Embedder

__all__ = ["similarities"]

logger = logging.getLogger(__name__)


def similarities(embedder: Embedder | None, question: str, texts: list[str]) -> list[float]:
    """Cosine similarity of each text to the question (vectors are normalised); zeros when there
    is no embedder or it fails (the answer must not depend on it being there)."""
    if embedder is None or not texts:
        return [0.0] * len(texts)
    try:
        vectors = embedder.embed_documents([question, *texts])
    except Exception as exc:
        logger.warning("paraphrase similarity skipped: %s", exc)
        return [0.0] * len(texts)
    return [float(x) for x in vectors[1:] @ vectors[0]]
