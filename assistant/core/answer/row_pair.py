"""Arithmetic over rows of one table: the segment or place the question names must be said by the
rows' labels, their header or the lines just above the table ("BDS revenues on contracts with
customers ... consisted of:"): one segment's table is no answer for another's share."""

from __future__ import annotations

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


def unnamed_part(q: Question, hits: list[SearchHit], found: Derived, rows: set[tuple[int, int]]) -> str | None:
    """The question's named part that the input rows of one table leave unsaid, or None. Only a
    result whose inputs are all table rows (`rows`: (hit, unit start)) of one passage is judged."""
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
