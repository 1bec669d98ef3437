"""Reason golds ("What drove the rise in inventories?" → "the opening of 47 new stores"),
scored by the drivers the answer names, as a grader reads them.

A grader accepts an answer that names the gold's drivers (other true detail besides is fine)
and rejects one that names none of them (it gives other causes). The drivers are the words of
the gold's first sentence that the question does not use, less direction and linking words;
an answer that shares some but not most of them is an LLM judge's call.
"""

from __future__ import annotations

import re

from eval.named_yes import key_words
from eval.words import Judged

# Words that say how a driver acted, not which driver it was.
_LINKING = frozenset(
    key_words(
        "drove driven driver drivers driving primarily mainly largely partly mostly due caused "
        "result resulted because reason reasons factor factors associated related attributable "
        "increase increased increases decrease decreased decreases higher lower rise rose fall "
        "fell growth grew decline declined improvement improved change changed strong weak "
        "company year years fiscal"
    )
)
# A driver list this short says little: two words can be shared by chance.
_MIN_DRIVER_WORDS = 3
_MOST = 2 / 3
# An answer that gives other causes states them as causes, without hedging them ("may have",
# "typically"): otherwise it may be a method or a refusal in other words.
_CAUSE = re.compile(
    r"\b(?:because|due\s+to|driven\s+by|drove|drivers?|as\s+a\s+result|led\s+to|leading\s+to|"
    r"result(?:ed|ing)?\s+(?:of|from)|caused|attributable|reflect(?:s|ed|ing)?|mainly|primarily|largely)\b",
    re.I,
)
_UNSURE = re.compile(
    r"\b(?:may|might|could|would|likely|possibly|perhaps|typically|generally|usually|unclear|"
    r"not\s+(?:clear|specified|stated|mentioned|disclosed))\b",
    re.I,
)
# "Margin fell 1.2% due to ...": the words before the change name the measure, not a driver.
_MEASURE_CHANGED = re.compile(
    r"^(.{1,60}?)\b(?:fell|rose|increased|decreased|declined|grew|dropped|improved|expanded|contracted)\b",
    re.I,
)
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def drivers(question: str, gold: str) -> set[str]:
    """The key words of the gold's drivers (see the module docstring)."""
    first = _FIRST_SENTENCE.split(gold.strip(), maxsplit=1)[0]
    measure = _MEASURE_CHANGED.match(first)
    named = key_words(measure.group(1)) if measure else set()
    return key_words(first) - key_words(question) - _LINKING - named


def score_reason(question: str, gold: str, text: str) -> Judged | None:
    """Right when the answer names most of the gold's drivers, wrong when it names none of
    them in a substantive answer, else None."""
    wanted = drivers(question, gold)
    if len(wanted) < _MIN_DRIVER_WORDS:
        return None
    shared = wanted & key_words(text)
    if len(shared) >= _MOST * len(wanted) and not _UNSURE.search(text):
        return "right", "names the drivers the gold names"
    if not shared and _CAUSE.search(text) and not _UNSURE.search(text):
        return "wrong", "names none of the drivers the gold names"
    return None
