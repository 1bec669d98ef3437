"""Other forms of a question's words that the library uses: "retain" finds "retention".

The BM25 index folds plurals only ("inventories" = "inventory"); a question's verb and a
filing's noun ("did it retain customers" / "customer retention") are different terms there.
Each query word adds the library's words of the same root (`words.root`), weighted down.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING

from assistant.core.lexical import tokenize
from assistant.core.words import root, stem

if TYPE_CHECKING:
    from assistant.core.query import ParsedQuery

__all__ = ["derived_terms", "with_derived_forms"]

_MIN_LEN = 4  # shorter words have too many unrelated look-alikes
_BY_ROOT: weakref.WeakKeyDictionary[object, dict[str, list[str]]] = weakref.WeakKeyDictionary()


def _roots(index: object, vocab: Mapping[str, int]) -> dict[str, list[str]]:
    """root → the index's terms with that root (built once per index)."""
    found = _BY_ROOT.get(index)
    if found is None:
        found = {}
        for term in vocab:
            if len(term) >= _MIN_LEN and term.isalpha():
                found.setdefault(root(term), []).append(term)
        _BY_ROOT[index] = found
    return found


def derived_terms(index: object, terms: Mapping[str, float], weight: float) -> dict[str, float]:
    """Terms of `index` sharing a root with one of `terms` (folded query terms → their BM25
    weights), each at `weight` times the weight of the term it derives from."""
    vocab = getattr(index, "vocab", None)
    if weight <= 0 or not vocab:
        return {}
    asked = {t: w for t, w in terms.items() if len(t) >= _MIN_LEN and t.isalpha() and w > 0}
    if not asked:
        return {}
    by_root = _roots(index, vocab)
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
