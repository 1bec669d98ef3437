"""Other forms of a question's words that the library uses: "retain" finds "retention".

The BM25 index folds plurals only ("inventories" = "inventory"); a question's verb and a
filing's noun ("did it retain customers" / "customer retention") are different terms there.
Each query word adds the library's words of the same root (`words.root`), weighted down.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping

from assistant.core.words import root, stem

__all__ = ["derived_terms"]

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
