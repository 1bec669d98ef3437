"""A tiny deterministic embedder for tests where the model itself is not under test.

Hashes word unigrams and bigrams into a fixed number of buckets: texts sharing words
land near each other, so retrieval tests still mean something.
"""

from __future__ import annotations

import hashlib
import itertools
import re

import numpy as np

_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")


class HashEmbedder:
    def __init__(self, dimension: int = 256, max_tokens: int = 256) -> None:
        self._dim = dimension
        self._max_tokens = max_tokens

    @property
    def name(self) -> str:
        return f"hash-{self._dim}"

    @property
    def dimension(self) -> int:
        return self._dim

    @property
    def max_tokens(self) -> int:
        return self._max_tokens

    def _words(self, text: str) -> list[str]:
        return _WORD.findall(text.lower())

    def count_tokens(self, texts: list[str]) -> list[int]:
        # Roughly what a word-piece tokenizer gives: words plus CLS/SEP.
        return [len(self._words(t)) + 2 for t in texts]

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self._dim, dtype=np.float32)
        words = self._words(text)
        grams = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
        for gram in grams:
            h = hashlib.blake2b(gram.encode(), digest_size=8).digest()
            idx = int.from_bytes(h[:4], "little") % self._dim
            sign = 1.0 if h[4] & 1 else -1.0
            vec[idx] += sign
        norm = float(np.linalg.norm(vec))
        if norm > 0:
            vec /= norm
        else:
            vec[0] = 1.0
        return vec

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self._dim), dtype=np.float32)
        return np.stack([self._vector(t) for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)
