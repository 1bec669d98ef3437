"""Which one of a measure the figure is: "severance charges" asked, "pension and benefits charges of
$1.6 billion" given. Both name charges; the word before the noun says which charges, and a figure
whose own words put another such word before it, without the asked one anywhere near, is a figure
of another line of the same family."""

from __future__ import annotations

import itertools
import logging

from assistant.core.answer.question import METRIC_STEMS, STOP, Matcher, Question, asked_measures
from assistant.core.answer.text import word_stems
from assistant.core.finance.synonyms import UNIT_WORDS
from assistant.core.words import LABEL_WORD, stem

logger = logging.getLogger(__name__)

__all__ = ["other_modifier"]

# Words before a measure noun that say how much or when of it, not which one: "annual fee", "total
# charges", "net gain". They neither ask for a line nor name another.
_AMOUNT_WORDS = frozenset(stem(w) for w in (
    "total", "net", "gross", "other", "annual", "aggregate", "cumulative", "average", "weighted", "estimated",
    "approximate", "additional", "related", "remaining", "combined", "overall", "full", "partial", "certain",
    "such", "same", "new", "incremental", "pre-tax", "pretax", "after-tax", "non-cash", "cash", "its", "their",
    "associated", "expected", "recorded", "recognized", "reported", "respective", "respectively", "minimum",
    "maximum", "fixed", "initial", "final", "current", "noncurrent", "non-current", "like", "comparable",
))
_WORD = LABEL_WORD


def _modifiers(q: Question, head: str) -> set[str]:
    """The words the question puts right before `head` to say which one it asks ("severance" in
    "severance charges"; "foreign" and "currency" in "foreign-currency debt")."""
    def before(words: set[str]) -> set[str]:
        return {a for a, b in q.pairs if b in words and a not in q.company and a not in _AMOUNT_WORDS
                and a not in STOP and len(a) >= 3}
    first = before({head})
    return first | before(first) if first else set()


def other_modifier(q: Question, own: str, around: str) -> str | None:
    """The measure `own` (a figure's row label or clause) names with another word before it than the
    question puts before the same measure ("pension charges" for "severance charges"), when that
    word is said nowhere in `around` (the figure's sentence, row and header); else None."""
    asked, vocab = asked_measures(q)
    if vocab is METRIC_STEMS:  # a metric's kinds are `metric_check.kind_clash`'s; its other words paraphrase
        return None  # ("e-commerce revenue" is "online revenue")
    near = word_stems(around)
    for head in asked:
        mods = _modifiers(q, head)
        if not mods:
            continue
        match = Matcher(mods, near)
        if any(match(m, near) >= 0.6 for m in mods):
            continue
        words = _WORD.findall(own)
        for before, word in itertools.pairwise(words):
            said = stem(before)
            if stem(word) != head or said in (head, *_AMOUNT_WORDS, *q.company) or before.lower() in STOP | UNIT_WORDS or len(said) < 3:
                continue  # "$150 million contribution": the figure's own scale, not which contribution
            logger.debug("measure %r asked as %s, given as %r", head, sorted(mods), before)
            return f"{before.lower()} {word}"
    return None
