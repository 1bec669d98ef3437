"""The embedder seam."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors."""

    @property
    def name(self) -> str:
        """Identifies model + runtime; part of the collection name."""
        ...

    @property
    def dimension(self) -> int: ...

    @property
    def max_tokens(self) -> int:
        """The model's input limit in its own word pieces (inputs longer are cut)."""
        ...

    def count_tokens(self, texts: list[str]) -> list[int]:
        """Length of each text in the model's word pieces, special tokens included."""
        ...

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        """Shape (len(texts), dimension), rows normalised."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """Shape (dimension,), normalised."""
        ...
