"""Other forms of a question's words that the library uses: "retain" finds "retention".

The BM25 index folds plurals only ("inventories" = "inventory"); a question's verb and a
filing's noun ("did it retain customers" / "customer retention") are different terms there.
Each query word adds the library's words of the same root (`words.root`), weighted down.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from assistant.core.lexical import tokenize
from assistant.core.words import root, stem

if TYPE_CHECKING:
    from assistant.core.query import ParsedQuery

__all__ = ["derived_terms", "with_derived_forms"]

_MIN_LEN = 4  # shorter words have too many unrelated look-alikes


class _Roots:
    """root → the terms with that root, of one vocabulary, kept up to date as it changes."""

    def __init__(self) -> None:
        self.terms: set[str] = set()
        self.by_root: dict[str, list[str]] = {}
        self.version = -1

    def update(self, vocab: Mapping[str, int], version: int) -> dict[str, list[str]]:
        if version == self.version and self.terms:
            return self.by_root
        gone = [t for t in self.terms if t not in vocab]
        for term in gone:
            self.terms.discard(term)
            self.by_root[root(term)].remove(term)
        for term in vocab:  # a teammate's ingest adds a few terms: only those are rooted
            if term not in self.terms and len(term) >= _MIN_LEN and term.isalpha():
                self.terms.add(term)
                self.by_root.setdefault(root(term), []).append(term)
        self.version = version
        return self.by_root


# By the vocabulary's owner (an index, or statistics: a dataclass, so not hashable): id and a
# weak reference, dropped with the owner.
_BY_ROOT: dict[int, tuple[weakref.ref[Any], _Roots]] = {}


def _roots_of(owner: Any) -> _Roots:
    key = id(owner)
    held = _BY_ROOT.get(key)
    if held is None or held[0]() is not owner:
        held = (weakref.ref(owner, lambda _ref, key=key: _BY_ROOT.pop(key, None)), _Roots())  # type: ignore[misc]
        _BY_ROOT[key] = held
    return held[1]


def _vocabulary(index: object) -> tuple[object, Mapping[str, int] | None, int]:
    """(owner, terms, version) of a lexical index's vocabulary: a whole `BM25Index`'s own, or the
    library-wide statistics a shard view scores with (a view holds some documents' rows only;
    the embedded index derives forms from the whole library, so the view must too)."""
    stats = getattr(index, "stats", None)
    df = getattr(stats, "df", None)
    if stats is not None and df:
        return stats, df, int(getattr(stats, "version", 0))
    return index, getattr(index, "vocab", None), 0


def derived_terms(index: object, terms: Mapping[str, float], weight: float) -> dict[str, float]:
    """Terms of `index` sharing a root with one of `terms` (folded query terms → their BM25
    weights), each at `weight` times the weight of the term it derives from."""
    owner, vocab, version = _vocabulary(index)
    if weight <= 0 or not vocab:
        return {}
    asked = {t: w for t, w in terms.items() if len(t) >= _MIN_LEN and t.isalpha() and w > 0}
    if not asked:
        return {}
    by_root = _roots_of(owner).update(vocab, version)
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
