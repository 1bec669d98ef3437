"""Passage-level match inside a chunk: the best short window of running text.

A fact in prose (an acquisition, a guidance range, what drove a change) is one or two sentences
of a chunk several paragraphs long. Whole-chunk BM25 and embeddings dilute that sentence with
its neighbours, so a chunk that mentions the question's words all over (a summary, a title
block) outranks the one that states the fact. This scores, for the leading candidates only
(their texts are already loaded), the best window of `width` content words by the share of the
question's rare words it holds, each word weighted by its inverse document frequency: "Kenvue",
"indenture" or "relocation" count for much, "sales" or "2022" for little.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from assistant.core.lexical import tokenize
from assistant.core.retrieval.derived import derived_terms
from assistant.core.words import root

__all__ = ["PassageTerms", "document_frequency", "passage_factor", "passage_prior", "passage_terms", "query_term_weights", "window_share"]


def document_frequency(index: object) -> tuple[Mapping[str, int], int]:
    """(term → number of chunks holding it, number of chunks) of a lexical index: a whole
    `BM25Index` (its term matrix) or a shard view (the library-wide statistics it scores with)."""
    stats = getattr(index, "stats", None)
    if stats is not None and getattr(stats, "df", None):
        return stats.df, int(stats.chunks)
    vocab = getattr(index, "vocab", None)
    matrix = getattr(index, "_matrix", None)
    if not vocab or matrix is None:
        return {}, 0
    indptr = matrix.indptr
    return _IndptrCounts(vocab, indptr), int(matrix.shape[1])


class _IndptrCounts(Mapping[str, int]):
    """Document frequencies read lazily off a CSR term matrix (row length = chunks holding the term)."""

    def __init__(self, vocab: Mapping[str, int], indptr: object) -> None:
        self._vocab = vocab
        self._indptr = indptr

    def __getitem__(self, term: str) -> int:
        row = self._vocab[term]
        return int(self._indptr[row + 1] - self._indptr[row])  # type: ignore[index]

    def __iter__(self) -> Iterator[str]:
        return iter(self._vocab)

    def __len__(self) -> int:
        return len(self._vocab)


def query_term_weights(
    text: str, df: Mapping[str, int], n_chunks: int, skip: Iterable[str] = ()
) -> dict[str, float]:
    """The question's content words (folded as the index folds them) → their IDF; words in
    `skip` (the company's name) and words the library lacks are left out: a word no chunk holds
    cannot tell one chunk from another."""
    left_out = set(skip)
    out: dict[str, float] = {}
    for term in tokenize(text):
        if term in left_out or term in out or term[0].isdigit():
            continue
        idf = _idf(df.get(term, 0), n_chunks)
        if idf > 0:
            out[term] = idf
    return out


def _idf(n: int, n_chunks: int) -> float:
    return math.log(1.0 + (n_chunks - n + 0.5) / (n + 0.5)) if n > 0 and n_chunks > 0 else 0.0


def window_share(
    text: str, weights: Mapping[str, float], width: int, forms: Mapping[str, str] | None = None
) -> float:
    """The largest share (0..1) of the total weight of `weights` whose words all occur within
    one window of `width` consecutive content words of `text`; a word of `forms` counts as the
    question word it maps to ("retention" for "retain")."""
    total = sum(weights.values())
    if total <= 0 or width < 1:
        return 0.0
    alias = forms or {}
    hits = [(i, t) for i, tok in enumerate(tokenize(text)) if (t := alias.get(tok, tok)) in weights]
    best = 0.0
    start = 0
    counts: dict[str, int] = {}
    held = 0.0
    for pos, term in hits:
        counts[term] = counts.get(term, 0) + 1
        if counts[term] == 1:
            held += weights[term]
        while pos - hits[start][0] >= width:
            old = hits[start][1]
            counts[old] -= 1
            if counts[old] == 0:
                held -= weights[old]
            start += 1
        best = max(best, held)
    return best / total


@dataclass(frozen=True)
class PassageTerms:
    """The question's rare words → their weight, and the library's other forms of them → the
    question word each stands for."""

    weights: dict[str, float] = field(default_factory=dict)
    forms: dict[str, str] = field(default_factory=dict)


def passage_terms(question: str, companies: Iterable[str], index: object, derive: bool = True) -> PassageTerms:
    """`query_term_weights` of a question against a lexical index, the company's name left out;
    with `derive`, a question word's derivations in the library count as it (retrieval/derived.py)."""
    df, n = document_frequency(index)
    names = {t for c in companies for t in tokenize(c)}
    weights = query_term_weights(question, df, n, names)
    forms: dict[str, str] = {}
    if derive:
        asked = [t for t in dict.fromkeys(tokenize(question)) if t not in names and not t[0].isdigit()]
        for other in derived_terms(index, dict.fromkeys(asked, 1.0), 1.0):
            source = next((t for t in asked if root(t) == root(other)), None)
            if source is None or other in names:
                continue
            forms[other] = source
            # A question word the library lacks weighs what its form in the library does.
            weights[source] = max(weights.get(source, 0.0), _idf(df.get(other, 0), n))
    return PassageTerms(weights, forms)


def passage_factor(text: str, terms: PassageTerms, width: int, weight: float) -> float:
    """1 + weight x the best window's share: a chunk whose words are the question's only when
    summed over its whole length gains little."""
    if weight <= 0 or len(terms.weights) < 2:  # one word: the window says nothing the chunk score did not
        return 1.0
    return 1.0 + weight * window_share(text, terms.weights, width, terms.forms)


def passage_prior(cand: Any, terms: PassageTerms, width: int, weight: float) -> None:
    """Scale a loaded search candidate (`.chunk.text`, `.factor`, `.why`) by `passage_factor`."""
    f = passage_factor(cand.chunk.text, terms, width, weight)
    if f != 1.0:
        cand.factor *= f
        cand.why["passage"] = round(f, 4)
