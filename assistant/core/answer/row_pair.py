"""Arithmetic over rows of one table: the segment or place the question names must be said by the
rows' labels, their header or the lines just above the table ("BDS revenues on contracts with
customers ... consisted of:"): one segment's table is no answer for another's share. A sentence input
that names its own segment ("included in our Business segment") is that segment's figure: it never
enters arithmetic about another segment the question names ("the Consumer segment")."""

from __future__ import annotations

import re

from assistant.core.answer.derived_inputs import Derived
from assistant.core.answer.question import Matcher, Question
from assistant.core.answer.units import word_stems
from assistant.core.types import SearchHit

__all__ = ["unnamed_part"]

# Names that say where a figure is printed or how it is counted, not which part of the company.
_NOT_PARTS = frozenset(word_stems("note notes other md&a gaap non-gaap form item part table schedule annual report "
                                  "quarterly release statement statements consolidated total fiscal one two three four "
                                  "five six seven eight nine ten first second third fourth cagr"))
_ABOVE = 400  # characters above a table's first input row read as its lead-in
# "the Consumer segment", "our Business segment", "Global Services segment's": a segment by name.
_SEGMENT = re.compile(r"\b((?:[A-Z][\w&-]*\s+){1,3})segments?\b")
_GENERIC = frozenset({"our", "the", "its", "each", "reportable", "operating", "this", "that", "one", "all", "total",
                      "two", "three", "four", "both", "other"})


def _segments(text: str) -> set[str]:
    """The words of the segment names `text` writes before "segment", lower-cased ("consumer")."""
    found: set[str] = set()
    for m in _SEGMENT.finditer(text):
        found |= {w.lower() for w in m.group(1).split()} - _GENERIC
    return found


def other_segment_input(question: str, hits: list[SearchHit], found: Derived) -> str | None:
    """The segment a sentence input of `found` names when the question names another one and that
    input's sentence does not name the asked segment; else None."""
    asked = _segments(question)
    if not asked:
        return None
    for h, s, e, _ in found.inputs:
        said = _segments(hits[h].text[s:e])
        if said and not said & asked:
            return " ".join(sorted(said))
    return None


def unnamed_part(q: Question, hits: list[SearchHit], found: Derived, rows: set[tuple[int, int]]) -> str | None:
    """The question's named part that the input rows of one table leave unsaid, or None. Only a
    result whose inputs are all table rows (`rows`: (hit, unit start)) of one passage is judged."""
    if (other := other_segment_input(q.text, hits, found)) is not None:
        return other
    spans = {(h, s) for h, s, _, _ in found.inputs}
    if len({h for h, _ in spans}) != 1 or not spans <= rows:
        return None
    parts = {s: w for s, w in q.named.items() if s not in q.company and s not in _NOT_PARTS}
    if not parts:
        return None
    hit = hits[next(iter(spans))[0]]
    first = min(s for _, s in spans)
    said = " ".join([hit.text[max(0, first - _ABOVE): first], *(hit.text[s:e] for _, s, e, _ in found.inputs)])
    stems = word_stems(said)
    match = Matcher(set(parts), stems)
    for s, surface in parts.items():
        if match(s, stems) < 0.9 and not any(Matcher({a}, stems)(a, stems) >= 0.9 for a in q.aliases.get(s, ())):
            return surface
    return None
