"""Check an answer against the passages it cites: markers, quotes, numbers, arithmetic.

Used for LLM and extractive answers alike. Everything here is deterministic and cheap:
numbers are matched through an index sorted by magnitude, and the search for an
arithmetic explanation of a number (`assistant.core.arithmetic`) is bounded to a small pool
of nearby figures. Quote matching lives in `assistant.core.quotes`; both are re-exported here.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import replace
from functools import lru_cache

from assistant.core.arithmetic import (
    _DOWN,
    _UP,
    ArithmeticCheck,
    Box,
    Op,
    _explain,
    _Num,
    _points,
    check_arithmetic,
)
from assistant.core.formulas import check_formulas
from assistant.core.numbers import (
    SCALES,
    UNSCALED_UNITS,
    Quantity,
    detect_scale_statement,
    parse_quantities,
    units_compatible,
)
from assistant.core.quotes import cited_numbers, normalise_for_match, quote_in_text, quote_span
from assistant.core.types import Checks, Citation

__all__ = [
    "ArithmeticCheck",
    "Box",
    "Op",
    "check_arithmetic",
    "cited_numbers",
    "normalise_for_match",
    "quote_in_text",
    "quote_span",
    "verify_answer",
]

log = logging.getLogger(__name__)

_DURATION = re.compile(r"[ \t]*-?[ \t]*(?:years?|months?|quarters?|weeks?|days?|hours?)\b", re.I)
# Our own tolerance: a stated figure must be a rounding of a source figure; 0.1% covers
# float noise and trailing-digit differences, not a different number.
_REL_TOL = 0.001
_CROSS_MAX_REL = 0.05
_POOL_CAP = 8  # per origin: answer, quotes, neighbours
_NEAR_CHARS = 160


# --- grounding: answer figures against source figures ------------------------------------------


@lru_cache(maxsize=256)
def _source_points(n: int, text: str) -> tuple[_Num, ...]:
    return tuple(p for q in parse_quantities(text) for p in _points(q, n, None))


class _Index:
    """Source figures sorted by raw magnitude (scale stated in the text, no page scale)."""

    def __init__(self, nums: list[_Num]):
        self.nums = sorted(nums, key=lambda x: x.raw_value)
        self.keys = [x.raw_value for x in self.nums]

    def between(self, lo: float, hi: float) -> list[_Num]:
        i, j = bisect.bisect_left(self.keys, lo), bisect.bisect_right(self.keys, hi)
        return self.nums[i:j]


def _grounding(a: _Num, index: _Index, stated: dict[int, float | None]) -> list[tuple[_Num, float]]:
    """Source figures that `a` states (as a rounding), with the scale factor that was needed.
    A cell with no scale of its own is read in units or, if its page states one, in that
    scale; otherwise in thousands, millions or billions."""
    factors: list[float] = [1.0]
    if a.q.unit not in UNSCALED_UNITS:
        # A bare answer number ("4,625") may be in the table's scale; "$591,000" is in dollars.
        factors += list(_UP) + (list(_DOWN) if a.unscaled and a.q.unit is None else [])
    hits = []
    for f in factors:
        v = a.raw_value
        tol = max(_REL_TOL * v, a.half if f == 1.0 else min(a.half, _CROSS_MAX_REL * v))
        for s in index.between((v - tol) / f * (1 - 1e-12), (v + tol) / f * (1 + 1e-12)):
            if f > 1.0 and (not s.unscaled or stated[s.n] not in (None, f)):
                continue  # only a cell without a scale can be "in millions"
            if s.q.is_year and (f != 1.0 or a.family is not None or a.q.scale):
                continue
            if units_compatible(a.q.unit, s.q.unit, loose_percent=True):
                hits.append((s, f))
    return hits


# --- the whole check ------------------------------------------------------------------------


def verify_answer(answer_text: str, citations: list[Citation], sources: dict[int, str]) -> Checks:
    """Check markers, quotes and numbers of an answer against its sources (n -> chunk text)."""
    invalid: list[str] = []
    markers = cited_numbers(answer_text)
    for n in markers + [c.n for c in citations]:
        msg = f"[{n}] refers to no source"
        if n not in sources and msg not in invalid:
            invalid.append(msg)
    for c in citations:
        if c.n in sources and not quote_in_text(c.quote, sources[c.n]):
            invalid.append(f"[{c.n}] quote not found in its source: {c.quote[:80]!r}")
    cited = {n: sources[n] for n in sorted(set(markers) | {c.n for c in citations}) if n in sources}
    quotes = [(c.n, c.quote) for c in citations if c.n in cited]
    ungrounded, computations = _check_numbers(answer_text, cited, quotes)
    log.debug("verify: %d invalid citations, ungrounded %s, %s", len(invalid), ungrounded, computations)
    return Checks(
        citations_valid=not invalid, invalid_citations=invalid,
        ungrounded_numbers=ungrounded, computations=computations,
    )


def _check_numbers(
    answer: str, cited: dict[int, str], quotes: list[tuple[int, str]]
) -> tuple[list[str], list[str]]:
    stated = [
        q for q in parse_quantities(answer)
        if not q.is_year and not (  # "a 3 year average" restates the question
            q.unit is None and q.scale is None and q.shown_decimals == 0 and abs(q.value) < 100
            and _DURATION.match(answer, q.end)
        )
    ]
    parsed = {n: parse_quantities(t) for n, t in cited.items()}
    index = _Index([p for n, text in cited.items() for p in _source_points(n, text)])
    computations: list[str] = []
    verified: set[int] = set()
    mismatched: set[int] = set()
    for chk in [*check_arithmetic(answer), *check_formulas(answer)]:
        if chk.description not in computations:
            computations.append(chk.description)
        (verified if chk.ok else mismatched).add(chk.stated.start)
    pending: list[Quantity] = []
    grounded: list[_Num] = []
    anchors: list[tuple[int, int]] = []
    stated_scale = {n: SCALES[s] if (s := detect_scale_statement(t)) else None for n, t in cited.items()}
    page_scale = dict(stated_scale)
    for q in stated:
        points = _points(q, 0, None)
        hits = [_grounding(p, index, stated_scale) for p in points]
        if all(hits):
            grounded += points
            for p, h in zip(points, hits, strict=True):
                for hit, f in h[:2]:
                    anchors.append((hit.n, hit.pos))
                    if p.q.scale and f > 1.0 and hit.unscaled and page_scale[hit.n] is None:
                        page_scale[hit.n] = f  # "$4.6 billion" matched "4,625": this page is in millions
        elif q.start in verified:
            grounded += points
        else:
            pending.append(q)
    ungrounded: list[str] = []
    pool: list[_Num] | None = None
    for q in pending:
        if q.start not in mismatched:
            if pool is None:
                pool = _build_pool(grounded, anchors, parsed, quotes, cited, page_scale)
            point = _points(q, 0, None)[0]
            why = _explain(point, pool)
            if why:
                computations.append(why)
                pool.append(point)  # a checked result can feed the next one
                continue
        if q.raw not in ungrounded:
            ungrounded.append(q.raw)
    return ungrounded, computations


def _locate(quote: str, text: str) -> tuple[int, int] | None:
    k = text.find(quote)
    if k >= 0:
        return k, k + len(quote)
    k = text.lower().find(quote.lower())
    return (k, k + len(quote)) if k >= 0 else quote_span(quote, text)


def _build_pool(
    answer_pts: list[_Num], anchors: list[tuple[int, int]], parsed: dict[int, list[Quantity]],
    quotes: list[tuple[int, str]], cited: dict[int, str], page_scale: dict[int, float | None],
) -> list[_Num]:
    """Answer figures, then source figures inside the cited quotes, then source figures
    next to the ones the answer matched: the likely inputs of a computation."""
    pool: list[_Num] = []

    def add(x: _Num, cap: int) -> None:
        same = any(abs(p.value - x.value) <= 1e-9 * max(p.value, 1.0) and p.family == x.family for p in pool)
        if sum(p.origin == x.origin for p in pool) < cap and not same and not x.q.is_year:
            pool.append(x)

    for x in answer_pts:
        add(x, _POOL_CAP)
    for n, quote in quotes:
        span = _locate(quote, cited[n])
        if span is not None:
            for q in parsed[n]:
                if span[0] <= q.start < span[1]:
                    for x in _points(q, n, page_scale[n]):
                        add(replace(x, origin="q"), _POOL_CAP)
    for n, pos in anchors:
        xs = [x for q in parsed[n] if 0 < abs(q.start - pos) <= _NEAR_CHARS for x in _points(q, n, page_scale[n])]
        for x in sorted(xs, key=lambda x: abs(x.pos - pos))[:4]:
            add(x, _POOL_CAP)
    return pool
