"""A yes to an "are there any ...?" question is an answer only with the thing it says yes to.

"Were there any unusual gains in 2019?" with gold "Yes, the gain on the JV transaction": a
grader accepts a yes that names the JV gain, and rejects a yes that names another event. An
answer that shares next to none of the words the gold names its thing by is not the gold's
yes, whatever its stance; which thing it names instead is an LLM judge's call.
"""

from __future__ import annotations

import re

from eval.words import content_words

_ASKS_ANY = re.compile(r"\bany\b", re.I)
_ANY_CHANGE = re.compile(
    r"\bany\s+(?:\w+\s+)?(?:change|increase|decrease|drop|decline|rise|growth|fall|reduction|improvement)",
    re.I,
)
_STANCE = re.compile(r"^\W*(?:yes|no)\b\W*", re.I)
# Words a gold uses around what it names, which name nothing themselves.
_PLAIN = frozenset(
    [
        "yes",
        "have",
        "has",
        "had",
        "been",
        "being",
        "were",
        "was",
        "are",
        "is",
        "not",
        "only",
        "some",
        "such",
        "which",
        "where",
        "there",
        "they",
        "them",
        "multiple",
        "several",
        "various",
        "notable",
        "notably",
        "including",
        "include",
        "includes",
        "involved",
        "ongoing",
    ]
)
# Share of the gold's naming words an answer that names the same thing carries at least.
_MIN_SHARE = 0.2


def _key(word: str) -> str:
    """Lowercased, plural folded ("crashes" → "crash"), first six letters."""
    w = word.lower()
    if len(w) > 4 and w.endswith(("shes", "ches", "xes", "sses")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w[:6]


def key_words(text: str) -> set[str]:
    """The text's content words as compared across answers: plural folded, six letters."""
    return {_key(w) for w in content_words(text)}


def _keys(text: str) -> set[str]:
    return {_key(w) for w in content_words(text) if w.lower() not in _PLAIN}


def names_another_thing(question: str, gold: str, text: str) -> bool:
    """The question asks whether there is any X, the gold's yes names its X, and the answer
    carries under a fifth (or under two) of the words the gold names it by."""
    asked = question.split("?")[0]
    if not _ASKS_ANY.search(asked) or _ANY_CHANGE.search(asked):
        return False  # "Was there any change in ...?": the gold's yes is a figure, not a thing
    named = _keys(_STANCE.sub("", gold, count=1)) - _keys(question)
    if len(named) < 2:
        return False
    shared = named & _keys(text)
    return len(shared) < 2 or len(shared) < _MIN_SHARE * len(named)
