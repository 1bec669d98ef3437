"""Signals read from where a passage sits: its page, the pages around it, its section.

- Page votes: a page on which several candidate passages rank is more likely the page that
  answers than a page with one lucky passage (a statement split over chunks, a note and its
  table). Pages next to a strong page get a smaller share (a statement that runs over).
- Own leaders: the vote favours pages with many candidate passages (a statement's rows, a dense
  MD&A page); the paragraph that states a fact is often the one candidate on its page. The best
  passages by their own score (before votes) keep a place in the top k.
- Best on page: a page is cited once, by its best-scoring passage; when another passage of the
  page, nearly as strong, holds the question's words closer together (the sentence that states
  the fact), it represents the page instead: it is the text the answerer reads. Only for
  documents with pages: an article or a note is one "page", where this would swap paragraphs.
- Page siblings: a page is cited once, but its text is cut into several chunks, and the one that
  scored best is often the paragraph beside the sentence that states the fact (a guidance
  table's heading row and its figures, a segment's discussion over two paragraphs). Other
  passages of a chosen page that scored nearly as well are returned beside the hits, each a
  passage of its own ranked after them (SearchResult.siblings), so a quoting answerer can read
  what the page says without mistaking a neighbour's figure for the top passage's. Only for
  documents with pages.
- Section priors: event and fact questions (finance.topics) favour passages under the
  headings filings put those topics under ("Legal Proceedings", "Segment Information"); a
  question that names a part of a filing ("according to the risk factors", "in the business
  description", "in MD&A") favours passages under that part's heading.
Both only reorder the leading candidates, whose page and section are loaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Protocol, TypeVar

from assistant.core.finance.topics import TOPICS

__all__ = ["best_on_page", "on_cover", "own_leaders", "page_siblings", "page_votes", "section_prior"]

_BY_NAME = {t.name: t for t in TOPICS}
# A part of a filing as a question names it → the heading a 10-K or 10-Q files it under.
_NAMED_PARTS = [
    (re.compile(r"\brisk\s+factors?\b", re.I), re.compile(r"risk\s+factors", re.I)),
    (re.compile(r"\bbusiness\s+(?:description|section|overview)\b|\bdescription\s+of\s+(?:the|its)\s+business\b", re.I),
     re.compile(r"\bitem\s*1\s*[.:]?\s*business\b|^\s*business\b", re.I)),
    (re.compile(r"\bMD\s*&\s*A\b|\bmanagement.s\s+discussion\b", re.I), re.compile(r"discussion\s+and\s+analysis", re.I)),
    (re.compile(r"\bhuman\s+capital\b", re.I), re.compile(r"human\s+capital", re.I)),
    (re.compile(r"\blegal\s+proceedings\b", re.I), re.compile(r"legal\s+proceedings", re.I)),
]


@lru_cache(maxsize=256)
def named_parts(question: str) -> tuple[re.Pattern[str], ...]:
    """The headings of the parts of a filing a question names as its source (read once per
    question, not per candidate)."""
    return tuple(heading for asked, heading in _NAMED_PARTS if asked.search(question))


class _Scored(Protocol):
    @property
    def score(self) -> float: ...
    factor: float
    why: dict[str, float]
    @property
    def chunk(self) -> object: ...


_C = TypeVar("_C", bound="_Own")


class _Own(_Scored, Protocol):
    own: float  # the score before page votes


def own_leaders(
    chosen: list[_C], pool: Sequence[_C], keep: int, protected: Sequence[_C], same: Callable[[_C, _C], bool]
) -> list[_C]:
    """`chosen` with the `keep` best passages of `pool` by their own score (before page votes) in
    place of its weakest, unless their page is chosen already or `same` text is; a passage in
    `protected` (a statement the question needs) is never replaced."""
    pages = {_key(c) for c in chosen}
    lead = [c for c in sorted(pool, key=lambda c: -c.own)[:keep]
            if _key(c) not in pages and not any(same(c, o) for o in chosen)]
    spare = [c for c in reversed(chosen) if c not in protected][: len(lead)]
    lead = lead[: len(spare)]
    for cand in lead:
        cand.why["own_lead"] = 1.0
    return [c for c in chosen if c not in spare] + lead


def best_on_page(chosen: list[_C], pool: Sequence[_C], ratio: float) -> list[_C]:
    """Each of `chosen` replaced by the passage of `pool` on its page with the best window match
    (`why["passage"]`, retrieval/passages.py) among those scoring at least `ratio` x its score."""
    taken = set(map(id, chosen))
    out: list[_C] = []
    for cand in chosen:
        best = cand
        for other in pool:
            if (id(other) not in taken and _key(other) == _key(cand) and other.score >= ratio * cand.score
                    and other.why.get("passage", 1.0) > best.why.get("passage", 1.0)):
                best = other
        if best is not cand:
            best.why["on_page"] = 1.0
        out.append(best)
    return out


def page_siblings(chosen: Sequence[_C], pool: Sequence[_C], ratio: float, limit: int,
                  same: Callable[[_C, _C], bool]) -> dict[int, list[_C]]:
    """For each running-text passage of `chosen` (by `id`): up to `limit` other running-text
    passages of `pool` on its page that scored at least `ratio` x its score, best first, none
    chosen already nor the `same` text as one chosen or taken; a passage goes with one chosen
    passage only. Tables stay alone: their rows are read as rows, and their continuation is
    read by the answerer itself (answer/table_rows.py)."""
    if limit <= 0 or ratio <= 0:
        return {}
    taken = set(map(id, chosen))
    out: dict[int, list[_C]] = {}
    for cand in chosen:
        mates: list[_C] = []
        for other in sorted(pool, key=lambda c: -c.score) if _kind(cand) == "text" else []:
            if len(mates) >= limit or other.score < ratio * cand.score:
                break
            if (id(other) in taken or _key(other) != _key(cand) or _kind(other) != "text"
                    or any(same(other, o) for o in [*chosen, *mates])):
                continue
            mates.append(other)
            taken.add(id(other))
        if mates:
            cand.why["siblings"] = float(len(mates))
            out[id(cand)] = mates
    return out


def _kind(cand: _Scored) -> str:
    return str(getattr(cand.chunk, "meta", {}).get("kind") or "text")


def _key(cand: _Scored) -> tuple[str, int]:
    meta = getattr(cand.chunk, "meta", {})
    return str(meta.get("doc_id")), int(meta.get("page") or 0)


def page_votes(cands: Sequence[_Scored], weight: float, neighbour_weight: float) -> None:
    """Raise each candidate by the share of score the rest of its page (and the pages either side) holds."""
    if not cands or (weight <= 0 and neighbour_weight <= 0):
        return
    totals: dict[tuple[str, int], float] = {}
    best: dict[tuple[str, int], float] = {}
    scores = [c.score for c in cands]
    for cand, s in zip(cands, scores, strict=True):
        key = _key(cand)
        totals[key] = totals.get(key, 0.0) + s
        best[key] = max(best.get(key, 0.0), s)
    for cand, own in zip(cands, scores, strict=True):
        if own <= 0:
            continue
        doc, page = _key(cand)
        same = totals[(doc, page)] - own
        near = sum(best.get((doc, page + d), 0.0) for d in (-1, 1))
        factor = 1.0 + weight * min(1.0, same / own) + neighbour_weight * min(1.0, near / own)
        if factor != 1.0:
            cand.factor *= factor
            cand.why["page_vote"] = round(factor, 3)


def on_cover(topics: Sequence[str]) -> bool:
    """Does a topic asked live on a filing's cover page (which the chunker labels boilerplate)?

    Then boilerplate is not demoted before the leading candidates are picked (their pages are
    not known yet); `section_prior` demotes it afterwards except on the first two pages."""
    return any(_BY_NAME[t].cover for t in topics if t in _BY_NAME)


def section_prior(
    cand: _Scored, topics: Sequence[str], boost: float, boilerplate_factor: float = 1.0, question: str = ""
) -> None:
    """Favour a passage whose section heading is where the question's topic is reported, or is
    the part of a filing the question names (`named_parts`); for a topic stated on the cover, a
    passage of a filing's first two pages (not demoted as boilerplate)."""
    parts = named_parts(question) if question else ()
    if (not topics and not parts) or boost <= 0:
        return
    meta = getattr(cand.chunk, "meta", {})
    section = str(meta.get("section") or "")
    asked = [_BY_NAME[t] for t in topics if t in _BY_NAME]
    cover = on_cover(topics) and int(meta.get("page") or 0) in (1, 2)
    if on_cover(topics) and meta.get("kind") == "boilerplate" and not cover:
        # Boilerplate was left undemoted for a cover-page topic (see on_cover): demote it now
        # everywhere but the first pages.
        cand.factor *= boilerplate_factor
        cand.why["boilerplate"] = boilerplate_factor
    if cover or (section and any(t.section.search(section) for t in asked)) or (
        section and any(h.search(section) for h in parts)
    ):
        cand.factor *= 1.0 + boost
        cand.why["section"] = 1.0 + boost


def continuation(chosen: Sequence[_Scored], pool: Sequence[_Scored], top: int = 1) -> _Scored | None:
    """The candidate on the page after one of the `top` best chosen passages, in the same section.

    A note or a list that runs over a page break is evidence on both pages (legal proceedings
    over two pages, a geography list split by the break): the next page belongs in the answer."""
    have = {_key(c) for c in chosen}
    for lead in chosen[:top]:
        doc, page = _key(lead)
        section = _doc_section(lead)
        if not section or (doc, page + 1) in have:
            continue
        for cand in pool:
            if _key(cand) == (doc, page + 1) and _doc_section(cand) == section:
                return cand
    return None


def _doc_section(cand: _Scored) -> str:
    """The document-level heading ("Note 16. Commitments and Contingencies"), without the sub-heading."""
    return str(getattr(cand.chunk, "meta", {}).get("section") or "").split(" › ")[0].strip()
