"""What a refusal says is missing, and whether a figure after it names another thing: "The documents
do not give a revenue forecast; adjusted PBT guidance is £73m-£77m" refuses revenue and offers another
measure in its place (split out of `eval.refusals`)."""

from __future__ import annotations

import re

from assistant.core.finance.synonyms import MEASURES, METRICS
from assistant.core.numbers import Quantity
from eval.labels import label_of, measure_words, names_another_measure

__all__ = ["another_thing", "refused_head", "refused_object"]

# Words that name what a figure measures (the core's finance vocabulary), and profit's acronyms.
_METRIC_WORDS = measure_words(" ".join(sorted(METRICS | MEASURES)) + " PBT PAT EBITA")


# Where what a refusal cue says is missing ends: "do not give [a revenue forecast]; they ...".
_OBJECT_END = re.compile(r"[.;:!?\n]|,\s*(?:but|however|though|although|while|instead)\b|\b(?:but|however)\b", re.I)


def refused_object(rest: str) -> str:
    """The words right after a refusal cue, to the end of its clause: what it says is missing."""
    m = _OBJECT_END.search(rest)
    return rest[: m.start()] if m else rest


def refused_head(rest: str, question: str) -> str | None:
    """The first of the question's measure words that the cue says is missing ("do not give a
    revenue forecast" for "What revenue does Hollins forecast ...?": revenue), or None when the
    cue names none of them ("The documents don't say.")."""
    asked = measure_words(question)
    for word in re.findall(r"[A-Za-z][A-Za-z\-']+", refused_object(rest)):
        stems = measure_words(word) & asked
        if stems:
            return min(stems)
    return None


def another_thing(text: str, q: Quantity, question: str, head: str | None) -> bool:
    """`q` is labelled as another measure than the one the cue says is missing: its label names
    a measure the question does not and lacks the refused `head` ("adjusted PBT guidance" after
    "no revenue forecast"). A figure with no label of its own is not."""
    if head is None:
        return False
    label = label_of(text, q)
    if not label or head in label or not names_another_measure(text, q, question):
        return False
    return bool((label - measure_words(question)) & _METRIC_WORDS)  # names a measure, not "they"
