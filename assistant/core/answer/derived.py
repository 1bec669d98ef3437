"""Figures derived from stated ones: a share of a total, a prior value from a figure and its
growth, the change between two stated values, a growth rate from two values, an average price
(an amount over a share count) and growth without a named contribution.

The question says which derivation it wants ("what share of X came from Y", "implied by the
figure and its growth", "by how many euros did X increase", "average price per share",
"leaving out Y"); the inputs are figures stated in the retrieved passages, found by the words
of their own clause, both from one document. The answer leads with the result, shows the
arithmetic and quotes every input with its [n] marker, so `assistant.core.verify` can redo it.
Nothing here fires unless the question asks for a derivation and every input is found.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from assistant.core.answer.qualifiers import clause, families, figure_families, other_basis
from assistant.core.answer.question import (
    STOP,
    WORD,
    Matcher,
    Question,
    company_keys,
    is_company,
    stem,
)
from assistant.core.answer.units import (
    counted,
    figure_kind,
    figures_text,
    split_units,
    window,
    word_stems,
)
from assistant.core.numbers import SCALES, Quantity, format_quantity, parse_quantities
from assistant.core.types import Citation, KeyFigure, SearchHit

__all__ = ["Derived", "derive", "derived_answer", "render", "share_part"]

logger = logging.getLogger(__name__)

_GROWTH = re.compile(r"(?i)\b(?:gr[eo]w\w*|increas\w*|r[io]s[ei]\w*|up|jump\w*|gain\w*|higher|climb\w*"
                     r"|surg\w*|expand\w*)\b")
_DECLINE = re.compile(r"(?i)\b(?:declin\w*|decreas\w*|f[ae]ll\w*|down|drop\w*|lower|shr[iu]nk\w*)\b")
_FROM = re.compile(r"(?i)\bfrom\s+(?:about\s+|approximately\s+|roughly\s+)?$")
_SHARE_OF = re.compile(
    r"(?i)\b(?:share|percentage|proportion|portion|fraction|percent)\s+of\s+(?:the\s+)?(?P<total>.+?)\s+"
    r"(?:came|comes|come|was|were|is|are|went|represented|accounted|did|does|do)\b(?P<part>.*)")
_AS_SHARE = re.compile(
    r"(?i)(?P<part>[\w'’&\- ]+?)\s+(?:as\s+a\s+(?:share|percentage|proportion|percent)\s+of"
    r"|divided\s+by)\s+(?:the\s+)?(?P<total>[\w'’&\- ]+)")
_IMPLIED = re.compile(r"(?i)\b(?:implied|impl(?:y|ies)|judging|derived?|based\s+on)\b.*\bgrowth\b"
                      r"|\bgrowth\b.*\b(?:implied|impl(?:y|ies))\b|\ba\s+year\s+(?:earlier|before|ago)\b")
_BY_HOW = re.compile(r"(?i)\bby\s+how\s+(?:many|much)\b|\bby\s+what\s+(?:amount|percentage)\b")
_MONEY_WORD = re.compile(r"(?i)\b(?:dollars?|euros?|pounds?|kronor|krona|cents?)\b|[$€£]")
_AVERAGE_PRICE = re.compile(r"(?i)\baverage\s+(?:price|cost)\b")
_LEAVING_OUT = re.compile(r"(?i)\b(?:leaving\s+out|excluding|without|stripping\s+out|net\s+of)\s+(?:the\s+)?"
                          r"(?P<what>[\w'’&\- ]+?)(?=[,?]|\s+(?:how|what|by)\b)")
_CONTRIBUTE = re.compile(r"(?i)\bcontribut\w*|\badd(?:ed|ing)\b|\bimpact\w*")
_PERIODISH = re.compile(r"(?i)^(?:q[1-4]|h[12]|fy\d*|\d+|quarter|year|fiscal|month|first|second|third|fourth"
                        r"|full|half|january|february|march|april|may|june|july|august|september|october"
                        r"|november|december)$")
# Words that say how to derive, not what the inputs are about.
_FRAME = {s for w in ["share", "percentage", "proportion", "portion", "fraction", "percent", "implied", "imply", "judging", "derive", "based", "figure", "growth", "grow", "rate", "roughly", "approximately", "earlier", "ago", "increase", "rise", "change", "average", "price", "per", "came", "come", "went", "expected", "planned", "leaving", "excluding", "without", "compared"]
          for s in word_stems(w)}


@dataclass
class Derived:
    """A computed figure and how: `inputs` are (hit index, unit start, unit end, quantity)."""

    value: float
    unit: str | None
    scale: str | None
    formula: str
    inputs: list[tuple[int, int, int, Quantity]]


@dataclass
class _Fig:
    q: Quantity
    hit: int
    doc: str
    start: int  # the unit's span in the hit's text
    end: int
    clause: set[str]
    unit: set[str]
    text: str
    row: bool = False


def _absolute(q: Quantity) -> float:
    return q.value * SCALES.get(q.scale or "", 1.0)


def _figures(hits: list[SearchHit]) -> list[_Fig]:
    out: list[_Fig] = []
    for hi, h in enumerate(hits):
        for a, b, row, _ in split_units(h.text):
            text = h.text[a:b]
            found = [x for x in parse_quantities(figures_text(text).replace("\n", " ")) if not x.is_year]
            if row:  # the first cell of each kind: the period the row is about
                found = [x for i, x in enumerate(found)
                         if all(figure_kind(y) != figure_kind(x) for y in found[:i])]
            stems = word_stems(text)
            for x in found:
                ctx = text[: x.start] if row else clause(text, x.start, x.end)
                out.append(_Fig(x, hi, h.doc_id, a, b, word_stems(ctx), stems, text, row))
    return out


class _Words:
    """How well a figure's words match a set of question words (synonyms count a little less)."""

    def __init__(self, words: set[str], vocab: set[str]) -> None:
        self.words, self.match = words, Matcher(words, vocab)

    def __call__(self, f: _Fig) -> float:
        if not self.words:
            return 0.0
        got = sum(max(self.match(w, f.clause), 0.6 * self.match(w, f.unit)) for w in self.words)
        return got / len(self.words)


def _content(q: Question, phrase: str) -> set[str]:
    """The words of a phrase that name what a figure is about (no company, period or frame)."""
    words = {m.group().lower() for m in WORD.finditer(phrase)}
    kept = {stem(w) for w in words if w not in STOP and len(w) >= 3 and not _PERIODISH.match(w)}
    return {s for s in kept if s not in _FRAME and s not in q.company}


def _money(f: _Fig) -> bool:
    return figure_kind(f.q) == "currency"


def _growth_of(f: _Fig, figs: list[_Fig]) -> float | None:
    """The growth rate stated with an amount in its sentence ("grew 46.5% to $7.8 million")."""
    best = None
    for g in figs:
        if g.hit != f.hit or g.start != f.start or g.q.unit != "percent" or g.q.high is not None:
            continue
        near = f.text[max(0, g.q.start - 40) : g.q.end + 25]
        sign = -1.0 if _DECLINE.search(near) and not _GROWTH.search(near) else 1.0
        if _GROWTH.search(near) or sign < 0:
            best = sign * g.q.value
    return best


def _stated_prior(f: _Fig, figs: list[_Fig]) -> _Fig | None:
    """The earlier value stated with an amount ("rose to $1.81 million from $591,000")."""
    for g in figs:
        if (g.hit == f.hit and g.start == f.start and g is not f and _money(g) == _money(f)
                and _FROM.search(f.text[max(0, g.q.start - 20) : g.q.start])):
            return g
    return None


def _show(value: float, like: Quantity, scale: str | bool | None = False) -> str:
    """`value` written like `like` (its currency; its scale unless one is given)."""
    sc = like.scale if scale is False else scale
    return format_quantity(Quantity(round(value, 2), sc if isinstance(sc, str) else None, like.unit,
                                    decimals=2))


def _rescale(value: float, like: Quantity) -> tuple[float, str | None]:
    """An absolute value in the scale of `like` (or a readable one)."""
    scale = like.scale
    if scale is None and abs(value) >= 1e6:
        scale = "billion" if abs(value) >= 1e9 else "million"
    return value / SCALES.get(scale or "", 1.0), scale


_MONTHS = frozenset(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])


def _segment(f: _Fig, asked: set[str]) -> bool:
    """The figure's clause names a segment the question does not ("EMEA revenue grew to $7.8
    million"): a part, not the total."""
    ctx = f.text[max(0, f.q.start - 60) : f.q.start]
    ctx = re.split(r"[.;:]\s|,\s", ctx)[-1]
    words = re.findall(r"\b[A-Z][A-Za-z]+\b", ctx)[1:] + re.findall(r"^[A-Z]{2,}\b", ctx.strip())
    return any(w.lower() not in asked and w.lower() not in _MONTHS and not re.fullmatch(r"Q[1-4]|FY", w)
               for w in words)


def _clash(q: Question, f: _Fig) -> bool:
    """The figure is on another basis or for another span than the question asks (adjusted vs
    reported, a quarter vs the full year, year-to-date vs a named period)."""
    fam = families(f.text[: f.q.start]) if f.row else figure_families(f.text, f.q)
    asked = q.qualifiers
    if other_basis(asked, fam):
        return True
    if "ytd" in fam and "ytd" not in asked and (q.years or q.quarters or {"short", "long"} & asked):
        return True
    return any(a in asked and b in fam and a not in fam for a, b in (("short", "long"), ("long", "short")))


def _swap(fn: Callable[[_Fig, _Fig], float | None], part: _Fig, f: _Fig) -> float | None:
    return fn(f, part)


def _best(figs: list[_Fig], key: Callable[[_Fig], float | None]) -> _Fig | None:
    scored = [(k, f) for f in figs if (k := key(f)) is not None]
    return max(scored, key=lambda x: x[0])[1] if scored else None


def derive(q: Question, hits: list[SearchHit], question: str | None = None) -> Derived | None:
    """The figure the question asks to derive from stated ones, or None. `question` is the
    question as asked (with its brackets: "(operating profit as a share of revenue)")."""
    text = question or q.text
    if not hits or (q.want in ("explain", "text", "date") and not _SHARE_OF.search(text)):
        return None
    own = [h for h in hits if not (q.company and h.company) or any(
        is_company(c, company_keys([h])) for c in q.company.values())]
    figs = [f for f in _figures(hits) if hits[f.hit] in own]
    vocab = set().union(*(f.unit for f in figs)) if figs else set()
    for rule in (_share, _average_price, _excluding, _prior, _change):
        try:
            found = rule(q, text, figs, vocab)
        except (ZeroDivisionError, ValueError):
            found = None
        if found is not None:
            logger.debug("derived (%s): %s", rule.__name__, found.formula)
            return found
    return None


def share_part(q: Question, question: str) -> set[str]:
    """The words naming the part when the question asks for a share ("came from the Americas"),
    else an empty set: a figure quoted instead of computed must be about that part."""
    m = _AS_SHARE.search(question) or _SHARE_OF.search(question)
    if m is None:
        return set()
    part_w = _content(q, m.group("part"))
    return (part_w & set(q.named)) or part_w


def _share(q: Question, text: str, figs: list[_Fig], vocab: set[str]) -> Derived | None:
    m = _AS_SHARE.search(text) or _SHARE_OF.search(text)
    if m is None:
        return None
    part_w, total_w = _content(q, m.group("part")), _content(q, m.group("total"))
    part_w = (part_w & set(q.named)) or part_w  # "the Devices business line": Devices names it
    if not part_w or not total_w:
        return None
    part_s, total_s = _Words(part_w, vocab), _Words(total_w, vocab)
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    cands = [f for f in figs if f.q.unit != "percent" and f.q.high is None and f.q.value > 0]

    def part_key(f: _Fig) -> float | None:
        if _clash(q, f):
            return None
        s = part_s(f) - 0.1 * bool(_FROM.search(f.text[max(0, f.q.start - 20) : f.q.start]))
        return s + 0.3 * total_s(f) - 0.02 * f.hit if s >= 0.5 else None

    def total_key(f: _Fig, part: _Fig) -> float | None:
        if (f is part or f.doc != part.doc or _money(f) != _money(part) or _clash(q, f)
                or _absolute(f.q) <= _absolute(part.q)):
            return None
        s = total_s(f) - 0.5 * part_s(f) * (not part_w <= total_w) - 0.3 * _segment(f, asked)
        return s + 0.1 * (f.hit == part.hit) if total_s(f) >= 0.5 else None

    ranked = sorted(((k, f) for f in cands if (k := part_key(f)) is not None), key=lambda x: -x[0])
    for _, part in ranked[:5]:  # the best part that has a total in its own document
        total = _best(cands, partial(_swap, total_key, part))
        if total is not None:
            break
    else:
        return None
    value = 100.0 * _absolute(part.q) / _absolute(total.q)
    if value < 0.1:
        return None  # a scale lost somewhere: not a share anyone states
    formula = f"{part.q.raw.strip()} / {total.q.raw.strip()} = {value:.1f}%"
    return Derived(value, "percent", None, formula, [_input(part), _input(total)])


def _input(f: _Fig) -> tuple[int, int, int, Quantity]:
    return f.hit, f.start, f.end, f.q


def _metric(q: Question, vocab: set[str]) -> _Words:
    return _Words({s for s in q.terms if s not in _FRAME and s not in q.company}, vocab)


def _prior(q: Question, text: str, figs: list[_Fig], vocab: set[str]) -> Derived | None:
    if not _IMPLIED.search(text) or _BY_HOW.search(text):
        return None
    metric = _metric(q, vocab)

    def key(f: _Fig) -> float | None:
        if (f.q.unit == "percent" or f.q.high is not None or (not _money(f) and f.q.scale is None)
                or _clash(q, f)):
            return None
        s = metric(f)
        return s - 0.02 * f.hit if s >= 0.6 and (_growth_of(f, figs) is not None
                                                 or _stated_prior(f, figs)) else None

    cur = _best(figs, key)
    if cur is None:
        return None
    stated = _stated_prior(cur, figs)
    if stated is not None:
        return Derived(stated.q.value, stated.q.unit, stated.q.scale,
                       f"stated: {stated.q.raw.strip()}", [_input(stated)])
    g = _growth_of(cur, figs)
    assert g is not None
    value = cur.q.value / (1.0 + g / 100.0)
    formula = f"{cur.q.raw.strip()} / (1 + {g:g}%) = {_show(value, cur.q)}"
    return Derived(value, cur.q.unit, cur.q.scale, formula, [_input(cur)])


def _change(q: Question, text: str, figs: list[_Fig], vocab: set[str]) -> Derived | None:
    """"By how many euros did X increase": now minus before; "by what percentage ... from A to B"
    over two stated amounts."""
    if not (_BY_HOW.search(text) and (_GROWTH.search(text) or _DECLINE.search(text))):
        return None
    money = bool(_MONEY_WORD.search(text)) and not re.search(r"(?i)percent|%", text)
    metric = _metric(q, vocab)

    def key(f: _Fig) -> float | None:
        if not _money(f) or f.q.high is not None or _clash(q, f):
            return None
        s = metric(f)
        return s - 0.02 * f.hit if s >= (0.6 if money else 0.8) else None

    cur = _best(figs, key)
    if cur is None:
        return None
    before = _stated_prior(cur, figs)
    if money:
        if before is not None:
            diff = _absolute(cur.q) - _absolute(before.q)
            value, scale = _rescale(diff, cur.q)
            formula = f"{cur.q.raw.strip()} - {before.q.raw.strip()} = {_show(value, cur.q, scale)}"
            return Derived(value, cur.q.unit, scale, formula, [_input(cur), _input(before)])
        g = _growth_of(cur, figs)
        if g is None:
            return None
        prior = cur.q.value / (1.0 + g / 100.0)
        value = cur.q.value - prior
        formula = (f"{cur.q.raw.strip()} - {cur.q.raw.strip()} / (1 + {g:g}%) = {cur.q.raw.strip()} - "
                   f"{_show(prior, cur.q)} = {_show(value, cur.q)}")
        return Derived(value, cur.q.unit, cur.q.scale, formula, [_input(cur)])
    if before is None or _growth_of(cur, figs) is not None or q.want not in ("percent", "change"):
        return None  # the growth is stated: a lookup answers it
    value = 100.0 * (_absolute(cur.q) / _absolute(before.q) - 1.0)
    formula = (f"({cur.q.raw.strip()} - {before.q.raw.strip()}) / {before.q.raw.strip()} = "
               f"{value:.1f}%")
    return Derived(value, "percent", None, formula, [_input(cur), _input(before)])


def _average_price(q: Question, text: str, figs: list[_Fig], vocab: set[str]) -> Derived | None:
    if not _AVERAGE_PRICE.search(text):
        return None
    metric = _metric(q, vocab)

    def key(f: _Fig) -> float | None:
        if not _money(f) or f.q.high is not None or "averag" in f.clause or _clash(q, f):
            return None
        shares = [g for g in figs if g.hit == f.hit and g.start == f.start and not _money(g)
                  and g.q.unit is None and counted(g.text, g.q) == "shares"]
        if not shares or any("averag" in g.unit for g in shares):
            return None  # the sentence states its average price: a lookup quotes it
        return metric(f) - 0.02 * f.hit

    amount = _best(figs, key)
    if amount is None:
        return None
    count = next(g for g in figs if g.hit == amount.hit and g.start == amount.start and not _money(g)
                 and g.q.unit is None and counted(g.text, g.q) == "shares")
    value = _absolute(amount.q) / _absolute(count.q)
    formula = f"{amount.q.raw.strip()} / {count.q.raw.strip()} shares = {_show(value, amount.q, None)} per share"
    return Derived(value, amount.q.unit, None, formula, [_input(amount), _input(count)])


def _excluding(q: Question, text: str, figs: list[_Fig], vocab: set[str]) -> Derived | None:
    """"Leaving out the Abiomed acquisition, how much did sales grow": the growth minus what the
    left-out part contributed, both stated in one sentence."""
    m = _LEAVING_OUT.search(text)
    if m is None or q.want not in ("percent", "change"):
        return None
    left_out = {s for s in word_stems(m.group("what")) if s not in _FRAME} - {"acquisit", "acquir"}
    if not left_out:
        return None
    metric = _Words({s for s in q.terms if s not in _FRAME and s not in left_out and s not in q.company},
                    vocab)
    for f in sorted(figs, key=lambda f: -metric(f)):
        if f.q.unit != "percent" or metric(f) < 0.6 or left_out & f.clause:
            continue
        for g in figs:
            if (g.hit == f.hit and g.start == f.start and g is not f and g.q.unit == "percent"
                    and left_out & g.unit and _CONTRIBUTE.search(g.text[max(0, g.q.start - 60) : g.q.end + 20])
                    and left_out & word_stems(g.text[max(0, g.q.start - 60) : g.q.start])):
                value = f.q.value - g.q.value
                formula = f"{f.q.raw.strip()} - {g.q.raw.strip()} = {value:.1f}%"
                return Derived(value, "percent", None, formula, [_input(f), _input(g)])
        return None
    return None


def _decimals(d: Derived) -> int:
    return 1 if d.unit == "percent" else 2


def render(d: Derived) -> str:
    """The result as text, e.g. "$182.47 million"."""
    decimals = _decimals(d)
    return format_quantity(Quantity(round(d.value, decimals), d.scale, d.unit, decimals=decimals))


def derived_answer(d: Derived, hits: list[SearchHit]) -> tuple[str, list[Citation], KeyFigure]:
    """The answer text (result, arithmetic, a quote of every input), its citations and figure."""
    citations: list[Citation] = []
    quotes: list[str] = []
    for hi, start, end, fig in d.inputs:
        hit = hits[hi]
        a, b = window(hit.text, start, end, start + fig.start)
        quote = re.sub(r"\s+", " ", hit.text[a:b]).strip()
        if any(c.quote == quote for c in citations):
            continue
        n = len(citations) + 1
        citations.append(Citation(n=n, doc_id=hit.doc_id, title=hit.title, source=hit.source,
                                  page=hit.page, quote=quote, score=hit.score, chunk_id=hit.chunk_id))
        quotes.append(f'"{quote}" [{n}]')
    shown = render(d)
    marks = "".join(f"[{c.n}]" for c in citations)
    text = f"About {shown} {marks}, computed from the stated figures: {d.formula}. {' '.join(quotes)}"
    key = KeyFigure(value=round(d.value, _decimals(d)), unit=d.unit, scale=d.scale, text=shown)
    return text, citations, key
