"""Which scored units an extractive answer quotes: the unit type the scorer fills, the exact
figure over a rounded one, explanation sentences and their follow-ons, and the checks on the
chosen unit (a figure stated as a change; words run together by PDF extraction)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.core.answer.question import Question
from assistant.core.answer.spans import MAX_QUOTE_CHARS, window
from assistant.core.answer.units import figure_kind
from assistant.core.numbers import Quantity, numbers_match
from assistant.core.types import Citation, SearchHit

MAX_UNITS = 3  # sentences quoted for an explanation


@dataclass
class Unit:
    hit: int
    pos: int
    start: int
    end: int
    row: bool
    header: str
    stems: set[str]
    support: float = 0.0  # weighted share of the question's words found here, 0..1
    score: float = 0.0  # support plus figure, period, phrase and rank evidence
    figure: Quantity | None = None
    causal: bool = False
    own: bool = False  # shares a word with the question (not only its neighbours do)
    hedged: bool = False  # its figure is a round number ("about 60%")
    sim: float = 0.0  # similarity in meaning to the question, when the paraphrase ranking computed it
    heading: set[str] = field(default_factory=set)  # stems of the heading above it (a segment's name)



GLUED = re.compile(r"[a-z]{3}[A-Z][a-z]{2}")
CHANGE_WORDS = re.compile(r"increas|decreas|rais|reduc|gr[eo]w|declin|rose|rise|fell|fall|\b(?:up|down)\b|higher|lower|"
                           r"chang|gain|more\s+than|less\s+than|expan|cut|drop|jump|%|percent", re.I)


# "increased from $181 million to $280 million": a figure right after "from" is where the move
# started, a level, never how much it moved. (After "to" it is the level reached, but a question read
# as a change may ask it: "after the increase, what was ...".)
_MOVE_START = re.compile(r"(?i)\bfrom\s+(?:about\s+|approximately\s+|roughly\s+)?[$€£]?\s*$")


def states_a_change(text: str, u: Unit) -> bool:
    """The words around the chosen figure say it is a change (or it is a percentage), and the figure
    is not where a move started ("from $181 million to $280 million")."""
    if u.figure is None:
        return True
    at = u.start + u.figure.start
    if _MOVE_START.search(text[max(0, at - 30): at]):
        return False
    return bool(CHANGE_WORDS.search(text[max(0, at - 100): u.start + u.figure.end + 60]))


def exact_first(ranked: list[Unit]) -> list[Unit]:
    """"About 60%" rounds a figure stated exactly elsewhere ("59.6%"): quote the exact one when it
    is about as well supported."""
    best = ranked[0] if ranked else None
    if best is None or best.figure is None or not best.hedged:
        return ranked
    for u in ranked[1:]:
        if (u.figure is not None and not u.hedged and u.support >= 0.8 * best.support
                and figure_kind(u.figure) == figure_kind(best.figure)
                and numbers_match(best.figure, u.figure, rel_tol=0.05)):
            return [u, *(x for x in ranked if x is not u)]
    return ranked


def choose(q: Question, ranked: list[Unit], min_support: float) -> list[Unit]:
    """The best unit; for an explanation, up to three causal units and their follow-on sentences."""
    best = ranked[0]
    if q.want != "explain" or not best.causal:
        return [best]
    chosen: list[Unit] = []
    by_pos = {(u.hit, u.pos): u for u in ranked}
    for u in ranked:
        if len(chosen) >= MAX_UNITS or u.support < max(min_support, 0.4 * best.support):
            break
        if u in chosen or not u.own:
            continue
        chosen.append(u)
        follow = by_pos.get((u.hit, u.pos + 1))
        if follow is not None and follow not in chosen and len(chosen) < MAX_UNITS and follow.causal:
            chosen.append(follow)
    return chosen


def quote_units(hits: list[SearchHit], units: list[Unit], best: Unit) -> tuple[list[int], list[Citation], str]:
    """One quote per passage the chosen units come from, best passage first: (the passages'
    order, their citations, the quoted text with its footnote marks)."""
    order = list(dict.fromkeys(u.hit for u in units))  # passages, best first
    citations: list[Citation] = []
    parts: list[str] = []
    for n, hi in enumerate(order, 1):
        hit = hits[hi]
        group = sorted((u for u in units if u.hit == hi), key=lambda u: u.start)
        a, b = group[0].start, max(u.end for u in group)
        if b - a > MAX_QUOTE_CHARS * 1.6:  # not one readable span: keep the first unit
            b = group[0].end
        focus = None
        if best.hit == hi and best.figure is not None:
            focus = best.start + best.figure.start
        a, b = window(hit.text, a, b, focus)
        quote = re.sub(r"\s+", " ", hit.text[a:b]).strip()
        citations.append(Citation(n=n, doc_id=hit.doc_id, title=hit.title, source=hit.source,
                                  page=hit.page, quote=quote, score=hit.score,
                                  chunk_id=hit.chunk_id))
        parts.append(f'"{quote}" [{n}]')
    text = " ".join(parts)
    return order, citations, text
