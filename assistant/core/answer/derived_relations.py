"""A relation between figures the question asks for and no figure states, computed from its two
inputs: "by how much did A exceed B" (A - B), "adding A and B together" (A + B), "how many more X
in 2022 than in 2021" (the two years' X), "how much of the $2.0 billion program was left / used
up" (the whole the question names less the part a passage states as used / still available).

Runs only where `answer.relations` would refuse the quoted figure. Both inputs must be stated in
one passage, be of one kind (both amounts, or both counts), and each must match its own side of
the question better than the other side; the whole of a remainder must be stated in the passage
too. The answer quotes every input and shows the arithmetic (`answer.derived_render.derived_answer`)."""

from __future__ import annotations

import re

from assistant.core.answer.derived_fit import clash, other_year
from assistant.core.answer.derived_inputs import (
    FRAME,
    NAMED_BEFORE,
    Derived,
    Fig,
    Words,
    absolute,
    arithmetic,
    as_input,
    content,
    money,
    own_figures,
    show,
)
from assistant.core.answer.figure_period import figure_years
from assistant.core.answer.qualifiers import local_text
from assistant.core.answer.question import Question
from assistant.core.answer.relations import asked_relation
from assistant.core.answer.set_aside import ONCE_REMOVED
from assistant.core.answer.sum_part import total_asked
from assistant.core.answer.units import word_stems
from assistant.core.answer.year_total import year_total
from assistant.core.finance.years import YEAR_NUMBER
from assistant.core.numbers import parse_quantities
from assistant.core.types import SearchHit

__all__ = ["relation_derived", "without_included"]

_END = r"(?=\s*(?:[,?.;]|$|\b(?:as\s+of|at|by|under|in\s+(?:fiscal|the\s+year|its)|according)\b))"
_DIFFERENCE = (
    re.compile(r"(?i)\b(?:did|does|do|had|has|have|will|would|was|were)\s+(?P<a>.+?)\s+(?:exceed\w*|surpass\w*|outstrip\w*|beat)"
               r"\s+(?P<b>.+?)" + _END),
    re.compile(r"(?i)\bdifference\s+between\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)" + _END),
    re.compile(r"(?i)\bhow\s+(?:much|many)\s+(?:more|higher|greater|larger)\b(?P<a>.+?)\bthan\b(?P<b>.+?)" + _END),
)
_TOTAL = (
    re.compile(r"(?i)\badding\s+(?:up\s+)?(?P<a>.+?)\s+(?:and|to|plus)\s+(?P<b>.+?)(?:\s+together)?" + _END),
    re.compile(r"(?i)\bsum\s+of\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)" + _END),
    re.compile(r"(?i)\b(?P<a>[\w'’\- ]+?)\s+and\s+(?P<b>[\w'’\- ]+?)\s+(?:combined|together)\b"),
    # "what did A and B add up to", "what do A and B come to"
    re.compile(r"(?i)\b(?:did|do|does|would|will)\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)\s+(?:add\s+up|come)\s+to\b"),
    # "Taken together, how large were its charges on the A and B programs?": the parts follow "on"/"for"
    re.compile(r"(?i)\b(?:taken\s+together|together|combined|in\s+total)\b[^?]*?\b(?:on|for|from)\s+(?:the\s+|its\s+)?"
               r"(?P<a>[\w'’\- ]+?)\s+and\s+(?:the\s+)?(?P<b>[\w'’\- ]+?)" + _END),
)
_WHOLE = re.compile(r"(?i)\bhow\s+much\s+of\s+(?P<what>[^?]*?)(?P<whole>[$€£]\s?\d[\d.,]*\s*(?:billion|million|thousand"
                    r"|bn|m)?)\s+(?P<rest>[^?]+)")
_USED = re.compile(r"(?i)\b(?:used|spent|utili[sz]\w*|drawn|(?:re)?purchas\w*|cost|paid|incurred)\b")
_LEFT = re.compile(r"(?i)\b(?:remain\w*|available|left|unused|unspent)\b")
_PER = re.compile(r"(?i)^\s*(?:per|a|each)\s+(?:share|unit)\b")
_MIN = 0.4  # how well each input must match its side of the question ("costs" is not "expenses")
# "increased approximately $2.8 billion", "an increase of $2.8 billion": the figure is a change
_A_CHANGE = re.compile(r"(?i)\b(?:(?:increas|decreas|declin|grew|grow|rose|rise|fell|dropp?|jump|climb)\w*"
                       r"(?:\s+by)?|(?:increase|decrease|decline|rise|drop|growth)\s+of|up|down)\s+"
                       r"(?:approximately\s+|about\s+|roughly\s+|nearly\s+|some\s+)?$")


def _kind(f: Fig) -> tuple[bool, str | None]:
    return money(f), f.q.unit


def _side(q: Question, phrase: str, vocab: set[str]) -> tuple[Words, set[int]]:
    return Words(content(q, phrase), vocab), {int(y) for y in YEAR_NUMBER.findall(phrase)}


def _score(side: tuple[Words, set[int]], f: Fig) -> float:
    """How well the figure matches one side: its own words first ("$45 million in legal fees"),
    then its clause and sentence; the side's year against the figure's."""
    words, years = side
    own = word_stems(local_text(f.text, f.q))
    named = NAMED_BEFORE.search(f.text[max(0, f.q.start - 60) : f.q.start])
    if named is not None:  # "included VC-9 ($14 million), KX-2 ($9 million)": the name before the bracket
        own |= word_stems(named.group(1))
    s = sum(max(words.match(w, own), 0.7 * words.match(w, f.clause), 0.4 * words.match(w, f.unit))
            for w in words.words) / len(words.words) if words.words else 0.5
    if years:
        stated = figure_years(f.text, f.q, bases=True) or _sentence_year(f)
        s += 0.5 if stated & years else (-1.0 if stated else 0.0)
    return s


def _sentence_year(f: Fig) -> set[int]:
    found = {int(y) for y in YEAR_NUMBER.findall(f.text)}
    return found if len(found) == 1 else set()


def _pair(q: Question, figs: list[Fig], a: str, b: str, vocab: set[str]) -> tuple[Fig, Fig] | None:
    """The figures of one passage that best match sides `a` and `b`, each its own side better."""
    sa, sb = _side(q, a, vocab), _side(q, b, vocab)
    if not sb[0].words or not sa[0].words:  # "how many more kits in 2022 than in 2021": one metric
        sa, sb = (sa[0] if sa[0].words else sb[0], sa[1]), (sb[0] if sb[0].words else sa[0], sb[1])
    if not (sa[0].words or sa[1]) or not (sb[0].words or sb[1]):
        return None
    found: list[tuple[float, Fig, Fig]] = []
    for x in figs:
        ax = _score(sa, x)
        if ax < _MIN:
            continue
        for y in figs:
            # one passage; two of one document when the sides are two years of one metric
            apart = y.hit != x.hit and not (sa[1] and sb[1] and y.doc == x.doc)
            # two equal amounts of one sentence are two parts ("awards of $57 million ... dividends of
            # $57 million"); across passages an equal amount may be the same figure quoted twice
            same = (y.hit, y.start, y.q.start) == (x.hit, x.start, x.q.start) if y.hit == x.hit else absolute(y.q) == absolute(x.q)
            if apart or y is x or _kind(y) != _kind(x) or same:
                continue
            by = _score(sb, y)
            if by >= _MIN and ax + by > _score(sa, y) + _score(sb, x):
                found.append((ax + by - 0.02 * x.hit, x, y))
    if not found:
        return None
    _, x, y = max(found, key=lambda t: t[0])
    return x, y


def _remainder(q: Question, question: str, name: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """"How much of the $18 billion program was left": the whole less the part stated as used."""
    m = _WHOLE.search(question)
    asked = [x for x in parse_quantities(m.group("whole")) if not x.is_year] if m else []
    if m is None or not asked:
        return None
    whole_abs = absolute(asked[0])
    part_words = _LEFT if name == "amount used" else _USED
    metric = Words(content(q, m.group("what") + " " + m.group("rest")), vocab)
    found: list[tuple[float, Fig, Fig]] = []
    for w in figs:
        if not money(w) or abs(absolute(w.q) - whole_abs) > 0.005 * whole_abs:
            continue
        for p in figs:
            if (p.hit != w.hit or not money(p) or p.q.high is not None or _PER.match(p.text[p.q.end:])
                    or not 0.01 * whole_abs <= absolute(p.q) < whole_abs
                    or not part_words.search(local_text(p.text, p.q))):
                continue
            gap = abs(p.start - w.start) + (0 if p.start >= w.start else 500)  # stated after the whole
            found.append((metric(p) - gap / 2000.0 - 0.02 * w.hit, w, p))
    if not found:
        return None
    _, w, p = max(found, key=lambda t: t[0])
    return arithmetic([w, p], minus=True)


def relation_derived(q: Question, hits: list[SearchHit], question: str) -> Derived | None:
    """The relation the question asks for, computed from two stated figures, or None."""
    relation = asked_relation(question)
    # "in total" asks for one stated whole, unless the chosen sentence lists parts (`answer.sum_part`)
    name = relation[0] if relation is not None else "total" if total_asked(question) else None
    if name is None or q.want not in ("amount", "count", "number", "change"):
        return None
    figs = [f for f in own_figures(q, hits) if not f.row and f.q.unit != "percent" and f.q.high is None]
    vocab = set().union(*(f.unit for f in figs)) if figs else set()
    if name == "total" and (by_year := year_total(q, question, figs, vocab)) is not None:
        return by_year  # "across 2021 and 2022 together": the amounts one sentence dates to each
    if name in ("remainder", "amount used"):
        return _remainder(q, question, name, figs, vocab)
    if name == "difference":  # "increased $2.8 billion": a stated change is the difference, never an input of one
        figs = [f for f in figs if not _A_CHANGE.search(f.text[max(0, f.q.start - 40) : f.q.start])]
    for rx in _DIFFERENCE if name == "difference" else _TOTAL if name == "total" else ():
        m = rx.search(question)
        pair = _pair(q, figs, m.group("a"), m.group("b"), vocab) if m is not None else None
        if pair is None:
            continue
        if _left_out_asked(question) is not None and not any(_LEFT_OUT.search(f.text) for f in pair):
            return None  # "leaving out the First Republic amount": inputs that do not say they leave it out hold it
        return arithmetic(list(pair), minus=name != "total")
    return None


# What a sentence says its figures leave out: "excluding", "other than", "without", "net of".
_LEFT_OUT = re.compile(r"(?i)\b(?:excluding|excludes?|exclusive\s+of|without|leaving\s+out|other\s+than|apart\s+from"
                       r"|aside\s+from|net\s+of|except)\b")


_WITHOUT = re.compile(r"(?i)\b(?:excluding|without|leaving\s+out|stripping\s+out|setting\s+aside|net\s+of)\s+"
                      r"(?P<what>[^,?]+)")


def _left_out_asked(question: str) -> re.Match[str] | None:
    """What the question leaves out, "excluding X" or "once X is removed" (group "what")."""
    return _WITHOUT.search(question) or ONCE_REMOVED.search(question)


# "$6.68, including a $0.02 benefit due to ...", "10.9% includes an adverse impact of 90 basis points"
_INCLUDED = re.compile(r"(?i)^\W{0,3}(?:which\s+)?includ(?:ing|es|ed)\s+(?:an?\s+|the\s+)?(?:(?P<kind1>adverse|"
                       r"unfavou?rable|favou?rable|positive|negative)\s+)?(?:(?P<noun1>benefit|gain|charge|loss|cost|"
                       r"impact|effect|headwind|tailwind)\s+of\s+(?:approximately\s+|about\s+)?)?$")
_AFTER = re.compile(r"(?i)^\s*(?:(?P<noun2>benefit|gain|charge|loss|cost|impact|effect|headwind|tailwind)\b)?")
_ADDS = re.compile(r"(?i)benefit|gain|favou?rable|positive|tailwind")
_TAKES = re.compile(r"(?i)charge|loss|cost|adverse|unfavou?rable|negative|headwind")


def without_included(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """"Excluding the tax benefit, what was diluted EPS": the figure less the benefit its sentence
    says it includes ("$6.68, including a $0.02 benefit due to income tax ..."), plus a charge."""
    m = _left_out_asked(text)
    if m is None or q.want not in ("amount", "percent", "number"):
        return None
    what = m.group("what")
    for x in parse_quantities(what):  # "that 90 basis point impact": the size, not what it is of
        what = what.replace(x.raw, " ")
    left_out = content(q, re.sub(r"(?i)\b(?:basis|percentage)\s+points?\b", " ", what)) - {"impact", "effect"}
    aside = set(word_stems(m.group(0)))
    metric = Words({s for s in q.terms if s not in FRAME and s not in aside and s not in q.company}, vocab)
    named = {x.value for x in parse_quantities(text) if not x.is_year}  # "that 90 basis point impact"
    found = [f for f in figs if not f.row and metric(f) >= 0.6 and (f.q.unit == "percent") == (q.want == "percent")
             and not clash(q, f) and not other_year(q, f)]
    for f in sorted(found, key=lambda f: -metric(f))[:5]:
        for g in figs:
            if g.hit != f.hit or g.start != f.start or g.q.start <= f.q.end or g.q.start - f.q.end > 60:
                continue
            lead = _INCLUDED.match(f.text[f.q.end : g.q.start])
            tail = f.text[g.q.end : g.q.end + 90]
            if lead is None or (left_out and not left_out & word_stems(tail)) or (named and g.q.value not in named):
                break  # only the figure stated right after it as included, the one the question names
            said = " ".join(x for x in (lead.group("kind1"), lead.group("noun1"),
                                        _AFTER.match(tail).group("noun2")) if x)  # type: ignore[union-attr]
            sign = -1.0 if _ADDS.search(said) and not _TAKES.search(said) else 1.0 if _TAKES.search(said) else 0.0
            alike = g.q.unit in ("percent", "pp", "bp") if f.q.unit == "percent" else g.q.unit == f.q.unit
            if not sign or not alike:
                break
            step = g.q.value / 100.0 if g.q.unit == "bp" else g.q.value
            value = f.q.value + sign * (step if f.q.unit == "percent" else absolute(g.q) / absolute(f.q) * f.q.value)
            formula = f"{f.q.raw.strip()} {'+' if sign > 0 else '-'} {g.q.raw.strip()} = {show(value, f.q, None)}"
            return Derived(value, f.q.unit, f.q.scale, formula, [as_input(f), as_input(g)])
    return None
