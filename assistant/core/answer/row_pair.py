"""Arithmetic over rows of one table: the segment or place the question names must be said by the
rows' labels, their header or the lines just above the table ("BDS revenues on contracts with
customers ... consisted of:"): one segment's table is no answer for another's share. A sentence input
that names its own segment ("included in our Business segment") is that segment's figure: it never
enters arithmetic about another segment the question names ("the Consumer segment"). A name in
common capitalised words ("Global Parts and Tools") is a name too when a passage prints it so in a
sentence about segments (`printed_parts`), though each word alone is written in lower case elsewhere."""

from __future__ import annotations

import re

from assistant.core.answer.derived_inputs import Derived
from assistant.core.answer.question import Matcher, Question
from assistant.core.answer.spans import split_units
from assistant.core.answer.units import word_stems
from assistant.core.finance.company_parts import written_as_part
from assistant.core.types import SearchHit
from assistant.core.words import stem

__all__ = ["unnamed_part"]

# Names that say where a figure is printed or how it is counted, not which part of the company.
_NOT_PARTS = frozenset(word_stems("note notes other md&a gaap non-gaap form item part table schedule annual report "
                                  "quarterly release statement statements consolidated total fiscal one two three four "
                                  "five six seven eight nine ten first second third fourth cagr"))
_ABOVE = 400  # characters above a table's first input row read as its lead-in
# "the Consumer segment", "our Business segment", "Global Services segment's": a segment by name.
_SEGMENT = re.compile(r"\b((?:[A-Z][\w&-]*\s+){1,3})segments?\b")
# Two or more capitalised words, joined by "and", "of" or "&": "Global Parts and Tools".
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w'’-]*)+")
_GENERIC = frozenset({"our", "the", "its", "each", "reportable", "operating", "this", "that", "one", "all", "total",
                      "two", "three", "four", "both", "other"})


def _segments(text: str) -> set[str]:
    """The words of the segment names `text` writes before "segment", lower-cased ("consumer")."""
    found: set[str] = set()
    for m in _SEGMENT.finditer(text):
        found |= {w.lower() for w in m.group(1).split()} - _GENERIC
    return found


def printed_parts(q: Question, hits: list[SearchHit]) -> dict[str, str]:
    """Stem -> word of each name the question writes in capitalised words (its company's words left
    out) that a passage prints in the same capitals in a sentence about segments or divisions."""
    out: dict[str, str] = {}
    for m in _CAPITALISED_RUN.finditer(q.text):
        words = m.group().split()
        while words and (stem(words[0]) in q.company or words[0] in ("and", "of", "&")):
            words.pop(0)  # "Acme Corp Global Parts": the company's own name is no part of it
        if len(words) < 2 or words[-1] in ("and", "of", "&"):
            continue
        name = " ".join(words)
        if not any(name in h.text and written_as_part(name, h.text) for h in hits):
            continue
        for w in words:
            if (s := stem(w)) in q.terms and s not in q.company and s not in _NOT_PARTS:
                out[s] = w
    return out


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
    parts |= {s: w for s, w in printed_parts(q, hits).items() if s not in parts}
    if not parts:
        return None
    hit = hits[next(iter(spans))[0]]
    first = min(s for _, s in spans)
    # the input rows' own header lines too: a table joined whole keeps its title there, far above a late row
    heads = [hdr for a, _, row, hdr in split_units(hit.text) if row and (a in {s for _, s in spans})]
    said = " ".join([hit.text[max(0, first - _ABOVE): first], *heads, *(hit.text[s:e] for _, s, e, _ in found.inputs)])
    stems = word_stems(said)
    match = Matcher(set(parts), stems)
    for s, surface in parts.items():
        if match(s, stems) < 0.9 and not any(Matcher({a}, stems)(a, stems) >= 0.9 for a in q.aliases.get(s, ())):
            return surface
    return None
