"""Other forms of a question's words that the library uses: "retain" finds "retention".

The BM25 index folds plurals only ("inventories" = "inventory"); a question's verb and a
filing's noun ("did it retain customers" / "customer retention") are different terms there.
Each query word adds the library's words of the same root (`words.root`), weighted down.
The library's words are a whole index's vocabulary, or, for a shard view of a shared library
(which holds no vocabulary of its own), the terms of the library-wide statistics it scores with.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from assistant.core.lexical import tokenize
from assistant.core.words import root, stem

if TYPE_CHECKING:
    from assistant.core.query import ParsedQuery

__all__ = ["derived_terms", "with_derived_forms"]

_MIN_LEN = 4  # shorter words have too many unrelated look-alikes
_BY_ROOT: weakref.WeakKeyDictionary[object, dict[str, list[str]]] = weakref.WeakKeyDictionary()
# Shard views are made per search over one library-wide statistics object: the roots are kept
# for the latest (statistics, version), so a search does not walk the vocabulary again.
_STATS_ROOTS: dict[str, tuple[tuple[int, int, int], dict[str, list[str]]]] = {}


def _build(vocab: Iterable[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for term in vocab:
        if len(term) >= _MIN_LEN and term.isalpha():
            found.setdefault(root(term), []).append(term)
    return found


def _roots(index: object) -> dict[str, list[str]]:
    """root → the library's terms with that root (built once per index, or per statistics version)."""
    vocab = getattr(index, "vocab", None)
    if vocab:
        found = _BY_ROOT.get(index)
        if found is None:
            found = _BY_ROOT[index] = _build(vocab)
        return found
    stats = getattr(index, "stats", None)
    df: Mapping[str, int] | None = getattr(stats, "df", None)
    if not df:
        return {}
    # The id alone could be a collected object's; its size and version tell them apart.
    key = (id(stats), int(getattr(stats, "version", 0)), len(df))
    cached = _STATS_ROOTS.get("latest")
    if cached is None or cached[0] != key:
        cached = _STATS_ROOTS["latest"] = (key, _build(df))
    return cached[1]


def derived_terms(index: object, terms: Mapping[str, float], weight: float) -> dict[str, float]:
    """Terms of `index` sharing a root with one of `terms` (folded query terms → their BM25
    weights), each at `weight` times the weight of the term it derives from."""
    if weight <= 0:
        return {}
    asked = {t: w for t, w in terms.items() if len(t) >= _MIN_LEN and t.isalpha() and w > 0}
    if not asked:
        return {}
    by_root = _roots(index)
    out: dict[str, float] = {}
    for term, term_weight in asked.items():
        own = stem(term)
        for other in by_root.get(root(term), ()):
            # Inflections ("retained") are left out: the derivation is what BM25 cannot see.
            if other not in terms and stem(other) != own:
                out[other] = max(out.get(other, 0.0), weight * term_weight)
    return out


def with_derived_forms(
    parsed: ParsedQuery, index: object, query: str, weights: dict[str, float] | None, weight: float
) -> tuple[str, dict[str, float] | None]:
    """The BM25 query with the library's other forms of the question's words ("retain":
    "retention"), and of the words added for it (topics, line items); not of the company's name
    ("Express": "expression")."""
    if weight <= 0:
        return query, weights
    names = {t for c in parsed.companies for t in tokenize(c)}
    asked = {t: (weights or {}).get(t, 1.0) for t in tokenize(query) if t not in names}
    derived = {t: w for t, w in derived_terms(index, asked, weight).items() if t not in names}
    if derived:
        query, weights = f"{query} {' '.join(derived)}", {**(weights or {}), **derived}
    return query, weights
