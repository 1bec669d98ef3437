"""Words: the one place that says which words are noise and how words are folded to stems.

Three strengths, one family: `fold` (plurals and possessives: what the BM25 index stores, so
"inventories" finds "inventory"), `stem` (fold plus tenses and a few derivations: what the
answerer matches question words with, so "competitors" meets "competition") and `root` (stem
plus verb/noun derivations, so "retain" meets "retention" and "acquire" meets "acquisition":
what search adds, weighted down, for the other forms of a question's words).
"""

from __future__ import annotations

import re
from functools import lru_cache

# A word as a line's or a name's words print it, one definition: a letter, then letters, digits,
# "&", apostrophes and hyphens ("R&D", "Non-U.S", "2023-dated" not); `LETTER_WORD` takes no
# digits after the first letter either ("Q4" is "Q").
LABEL_WORD = re.compile(r"[A-Za-z][\w&'’-]*")
LETTER_WORD = re.compile(r"[A-Za-z][A-Za-z&'’-]*")

__all__ = ["STOPWORDS", "fold", "fold_plural", "root", "stem"]

# Words that never carry a question's meaning for search.
STOPWORDS = frozenset(
    ["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to", "was", "were", "will", "with", "what", "which", "who", "how", "did", "does", "do", "our", "we", "you", "your", "than", "then", "there", "these", "those", "not", "no", "but", "if", "so", "such", "can", "could", "would", "should", "may", "might", "been", "being", "over", "per"]
)

_IRREGULAR = {
    "grew": "grow", "grown": "grow", "growth": "grow", "rose": "rise", "risen": "rise",
    "fell": "fall", "fallen": "fall", "sold": "sell", "bought": "buy", "paid": "pay",
    "spent": "spend", "drove": "drive", "driven": "drive", "led": "lead", "won": "win",
}  # fmt: skip


def fold_plural(word: str) -> str:
    """"inventories" → "inventory", "sales" → "sale"; "ss", "us", "is" endings are kept."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def fold(word: str) -> str:
    """Light folding for the lexical index: possessive and plural ("company's" → "company")."""
    if word.endswith("'s"):
        word = word[:-2]
    return fold_plural(word)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Stronger: plurals, -ing/-ed, a few derivations, so "competitors" ~ "competition"."""
    w = word.lower().replace("’", "'").replace(".", "")
    w = _IRREGULAR.get(w.removesuffix("'s"), w.removesuffix("'s")).rstrip("'")
    w = fold_plural(w)
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsaeiou" and w != word.lower():
        w = w[:-1]  # "dropped" -> "drop"
    for suffix in ("ation", "ion", "ment", "ity", "ive", "or", "er", "al", "ly"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


# Noun endings rewritten to the verb's before stemming: a question asks "did it retain", the
# filing reports "retention"; "acquire" / "acquisition", "reduce" / "reduction".
_DERIVATIONS = (
    ("tention", "tain"), ("tenance", "tain"), ("quisition", "quire"), ("mption", "me"),
    ("ription", "ribe"), ("ception", "ceive"), ("uction", "uce"), ("ension", "end"),
    ("ansion", "and"), ("ision", "ide"), ("usion", "ude"), ("ersion", "ert"), ("ution", "ute"),
    ("ification", "ify"), ("ization", "ize"), ("isation", "ise"), ("ability", "able"),
    ("ibility", "ible"), ("ance", ""), ("ence", ""),
)  # fmt: skip


@lru_cache(maxsize=65536)
def root(word: str) -> str:
    """`stem` after a verb/noun derivation: "retention" → "retain", "acquisitions" ~ "acquired",
    "operation" ~ "operate". Coarser than `stem`: for finding other forms, not for matching."""
    w = fold_plural(word.lower().replace("’", "'").removesuffix("'s"))
    for suffix, verb in _DERIVATIONS:
        if w.endswith(suffix) and len(w) - len(suffix) + len(verb) >= 5:
            w = w[: -len(suffix)] + verb
            break
    w = stem(w)
    # "operat(e)" and "oper(ation)": the -ate verb and its -ation noun share what is left.
    return w[:-2] if len(w) >= 6 and w.endswith("at") else w
