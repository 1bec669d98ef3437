"""Sentence-transformers (torch, CPU) embedder: the reference runtime."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.core.embeddings.onnx import model_label

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer
    from tokenizers import Tokenizer

logger = logging.getLogger(__name__)


class SentenceTransformerEmbedder:
    """The Embedder protocol over `SentenceTransformer` on the CPU."""

    def __init__(self, model_path: str, *, batch_size: int = 32, threads: int = 0) -> None:
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - install problem
            raise RuntimeError(
                "The torch embedder needs sentence-transformers: pip install sentence-transformers"
            ) from exc
        if threads > 0:
            torch.set_num_threads(threads)  # process-wide: torch has no per-model setting
        path = Path(model_path).expanduser()
        offline = os.environ.get("HF_HUB_OFFLINE", "") not in ("", "0")
        self._model: SentenceTransformer = SentenceTransformer(
            str(path) if path.is_dir() else model_path,
            device="cpu",
            local_files_only=path.is_dir() or offline,
        )
        self._label = model_label(path) if path.is_dir() else model_path.replace("/", "--")
        self._batch_size = max(1, batch_size)
        # Renamed get_embedding_dimension in sentence-transformers 6.
        get_dim = getattr(self._model, "get_embedding_dimension", None)
        dim: int | None = get_dim() if get_dim else self._model.get_sentence_embedding_dimension()
        if dim is None:
            raise ValueError(f"{model_path} does not declare its embedding dimension")
        self._dim = dim
        # None means "the model's own limit"; 512 is BERT-family's position table.
        self._max_tokens = self._model.max_seq_length or 512
        self._counter = _untruncated(self._model)

    @property
    def name(self) -> str:
        return f"{self._label}-torch"

    @property
    def dimension(self) -> int:
        return self._dim

    @property
    def max_tokens(self) -> int:
        return self._max_tokens

    def count_tokens(self, texts: list[str]) -> list[int]:
        if not texts:
            return []
        if self._counter is not None:
            return [len(e.ids) for e in self._counter.encode_batch(texts, add_special_tokens=True)]
        ids = self._model.tokenizer(texts, add_special_tokens=True, truncation=False)["input_ids"]
        return [len(row) for row in ids]

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self._dim), dtype=np.float32)
        counts = self.count_tokens(texts)
        cut = sum(1 for n in counts if n > self._max_tokens)
        if cut:
            logger.warning(
                "%d of %d texts exceed %d word pieces and were truncated for embedding",
                cut,
                len(texts),
                self._max_tokens,
            )
        # Longest first, so each batch pads to about its own length.
        order = np.argsort([-n for n in counts], kind="stable")
        vectors = self._model.encode(
            [texts[i] for i in order],
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        out = np.empty((len(texts), self._dim), dtype=np.float32)
        out[order] = np.asarray(vectors, dtype=np.float32)
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]


def _untruncated(model: SentenceTransformer) -> Tokenizer | None:
    """A copy of the model's fast tokenizer without truncation or padding, for exact counts."""
    backend = getattr(model.tokenizer, "backend_tokenizer", None)
    if backend is None:
        return None
    from tokenizers import Tokenizer

    counter = Tokenizer.from_str(backend.to_str())
    counter.no_truncation()
    counter.no_padding()
    return counter
