"""Refusal when the best figure is about another metric: the question asks for sales and the
closest sentence with a figure gives orders. A figure answers only if its sentence (or its
table row and header) names one of the question's metrics, or a synonym of one; a sentence that
names none of them but names another metric is the nearest trap, not the answer."""

from __future__ import annotations

import re

from assistant.core.answer.question import METRIC_STEMS, Matcher, Question
from assistant.core.answer.units import word_stems

__all__ = ["names_all", "other_metric"]

# A metric's kind: "gross margin" and "operating margin" share a word and are different metrics.
_KIND = re.compile(r"(?i)\b(gross|operating|net|pre-?tax|free|ebitda|ebit|contribution)\s+"
                   r"(margin|profit|income|earnings|cash\s+flow|loss)\b")


def _kinds(text: str) -> dict[str, set[str]]:
    """{"margin": {"gross"}} for the kinds of metric `text` names."""
    found: dict[str, set[str]] = {}
    for m in _KIND.finditer(text):
        found.setdefault(re.sub(r"\s+", " ", m.group(2).lower()), set()).add(m.group(1).lower().replace("-", ""))
    return found


def other_metric(q: Question, *texts: str, passage: str = "") -> str | None:
    """The metric the figure's text is about when it names none of the question's metrics, else
    None. `texts` go from narrow to wide (its own words, its clause, its sentence): the first that names any
    metric decides. Where none names one, the figure's `passage` must name one of the
    question's metrics somewhere (else the answer is "another metric": the first asked)."""
    kind = _kinds(q.text)
    for text in texts[:3]:  # "operating margin" asked, "gross margin" given: the same word, another metric
        given = _kinds(text)
        for head, mods in kind.items():
            if head in given and not mods & given[head]:
                return f"{sorted(given[head])[0]} {head}"
    asked = [t for t in q.terms if t in METRIC_STEMS]
    if not asked:
        return None
    for text in texts:
        stems = word_stems(text)
        match = Matcher(asked, stems)
        if any(match(t, stems) >= 0.6 for t in asked):
            return None
        other = sorted(s for s in stems if s in METRIC_STEMS)
        if other:
            return other[0]
    if passage:
        stems = word_stems(passage)
        match = Matcher(asked, stems)
        if not any(match(t, stems) >= 0.6 for t in asked):
            return f"something other than {asked[0]}"
    return None


def names_all(words: set[str], text: str) -> bool:
    """`text` names every one of `words` (stems), or a close form of it."""
    stems = word_stems(text)
    match = Matcher(words, stems)
    return all(match(w, stems) >= 0.9 for w in words)
