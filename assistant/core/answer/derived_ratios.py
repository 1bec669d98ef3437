"""Derived figures that are ratios of stated ones: "the ratio of A to B", a margin nobody states
(its profit measure over revenue), the mid-point of a stated range, and a percent of a stated
amount. Rules of `assistant.core.answer.derived`, which tries them after the ones the question
names outright."""

from __future__ import annotations

import itertools
import re

from assistant.core.answer.derived_fit import clash, head_noun, line_head_unsaid, other_year
from assistant.core.answer.derived_inputs import (
    FRAME,
    Derived,
    Fig,
    Words,
    absolute,
    arithmetic,
    as_input,
    best,
    content,
    metric_words,
    money,
    rescale,
    show,
)
from assistant.core.answer.question import Question, stem
from assistant.core.answer.respectively import RESPECTIVELY_WORD
from assistant.core.answer.row_head import narrower_total
from assistant.core.answer.units import A_CHANGE, word_stems
from assistant.core.numbers import parse_quantities

__all__ = ["margin", "midpoint", "percent_of", "ratio", "total"]

_MARGIN = re.compile(r"(?i)\b(gross|operating|net|ebitda|ebit|pre-?tax)\s+(?:profit\s+)?margin\b")
_NUMERATOR = {"gross": ["gross profit", "gross margin"], "operating": ["operating income", "operating profit"],
              "net": ["net income", "net earnings"], "ebitda": ["ebitda"], "ebit": ["ebit", "operating income"],
              "pretax": ["income before income taxes", "pretax income"]}
_RATIO = re.compile(r"(?i)\bratio\s+of\s+(?:the\s+)?(?P<a>[\w'’&\- ]+?)\s+to\s+(?:the\s+)?(?P<b>[\w'’&\- ]+)"
                    r"|\bhow\s+many\s+times\s+(?:larger|bigger|greater|higher|more|as\s+large\s+as)?\s*"
                    r"(?:was|is|were|are)?\s*(?:the\s+)?(?P<a2>[\w'’&\- ]+?)\s+(?:than|as)\s+(?:the\s+)?(?P<b2>[\w'’&\- ]+)")
_TOTAL = re.compile(r"(?i)\b(?:total|combined|overall|aggregate)\s+(?:net\s+)?([a-z]+)")
_MIDPOINT = re.compile(r"(?i)\bmid-?\s?point\b")
# The rest of a sentence after a percent: to its end, where a "respectively" list may follow.
_REST_OF_SENTENCE = re.compile(r"(?:(?!\.\s)[^\n])*")
_RESPECTIVELY = RESPECTIVELY_WORD
_OF_WHAT = re.compile(r"(?i)^\s*of\s+(?:the\s+|her\s+|his\s+|its\s+|their\s+|such\s+)?((?:[\w'’-]+\s*){1,4})")


def margin(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """"What was the operating margin" where no margin is stated: the profit measure over revenue,
    both stated for the same period."""
    m = _MARGIN.search(text)
    if m is None or q.want not in ("percent", "number") or "outlook" in q.qualifiers:
        return None  # a margin target is a stated figure, never one to compute
    kind = m.group(1).lower().replace("-", "")
    if any(f.q.unit == "percent" and kind in f.clause and "margin" in f.clause for f in figs):
        return None  # the margin is stated: a lookup quotes it
    tops = [{stem(w) for w in alt.split()} for alt in _NUMERATOR[kind]]

    def top_key(f: Fig) -> float | None:
        if f.q.unit == "percent" or f.q.high is not None or clash(q, f) or other_year(q, f) or "shar" in f.clause:
            return None
        hit = next((1.0 for words in tops if words <= f.clause), None)
        return hit - 0.02 * f.hit if hit else None

    top = best(figs, top_key)
    if top is None:
        return None

    def base_key(g: Fig) -> float | None:
        if (g.doc != top.doc or g.q.unit == "percent" or g.q.high is not None or clash(q, g) or other_year(q, g)
                or absolute(g.q) <= absolute(top.q) or not ({"revenu", "sale"} & g.clause)
                or (money(g) != money(top) and not (g.row and top.row)) or "cost" in g.clause
                or (g.row and narrower_total(q, g.text, text))):  # "Total online revenue": a part's revenue
            return None
        return 1.0 + 0.1 * (g.hit == top.hit and g.start != top.start) - 0.02 * g.hit

    base = best(figs, base_key)
    if base is None:
        return None
    value = 100.0 * absolute(top.q) / absolute(base.q)
    formula = f"{top.q.raw.strip()} / {base.q.raw.strip()} = {value:.1f}%"
    return Derived(value, "percent", None, formula, [as_input(top), as_input(base)])

def midpoint(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """"What mid-point did it give" over a range stated without one: the average of its ends."""
    if not _MIDPOINT.search(text):
        return None
    metric = metric_words(q, vocab)

    def key(f: Fig) -> float | None:
        if f.q.high is None or clash(q, f):
            return None
        if any(g.high is None and g.unit == f.q.unit and not g.is_year for g in parse_quantities(f.text)):
            return None  # the sentence or row states a single figure too: a lookup quotes it
        s = metric(f)
        return s - 0.02 * f.hit if s >= 0.6 else None

    rng = best(figs, key)
    if rng is None or rng.q.high is None:
        return None
    value = (rng.q.value + rng.q.high) / 2.0
    formula = f"({rng.q.raw.strip()}) / 2 = {show(value, rng.q)}"
    return Derived(value, rng.q.unit, rng.q.scale, formula, [as_input(rng)])

# "revenues were $6.3 billion, representing 20% of the total": the percent says what share the amount
# before it is, so that amount is the part, never the whole the percent is of, and no other amount
# is its whole either (the total it is a share of is not stated there).
_DESCRIBES = re.compile(r"(?i)^[\s,]*(?:or|and|representing|which\s+(?:represent|was|were|is)\w*|accounting\s+for|"
                        r"making\s+up|equal\s+to|equivalent\s+to)\b[\s\w]{0,20}$")


# A bracket opened after an amount's own words, the percent inside it ("$431 million of shares
# repurchased (approximately 3% of outstanding shares)"): an aside about that amount.
_ASIDE = re.compile(r"(?i)^[^;()\d]{0,60}\(\s*(?:approximately|about|around|roughly|nearly|some|over|almost)?\s*$")


def _described(g: Fig, f: Fig) -> bool:
    """`g` is the amount whose share the percent `f` right after it states, in running words or in
    a bracket after the amount's own words."""
    if g.hit != f.hit or g.start != f.start or g.q.end > f.q.start:
        return False
    gap = f.text[g.q.end : f.q.start]
    return _DESCRIBES.match(gap) is not None or _ASIDE.match(gap) is not None


_SEPARATOR = re.compile(r",\s|;|\s+and\s+")


def _own_before(f: Fig) -> str:
    """The percent's own words before it: back to the sentence start, or where a figure before it
    is followed by a list separator, from the last separator on (the words between them are the
    earlier figure's: "$750 million in preferred units and 10% of the common units")."""
    head = f.text[: f.q.start]
    since = max((x.end for x in parse_quantities(head) if not x.is_year), default=0)
    if since == 0:
        return head
    parts = _SEPARATOR.split(head[since:])
    return parts[-1] if len(parts) > 1 else head


def _names_listed_item(f: Fig) -> bool:
    """The percent is part of the name of one item of a "respectively" list later in its sentence
    ("the fair value of 10% of the common units were $4.3 billion, $496 million and $124 million,
    respectively"): that item's amount is stated, so the percent multiplies none of the list."""
    rest = _REST_OF_SENTENCE.match(f.text, f.q.end)
    tail = rest.group() if rest is not None else ""
    end = _RESPECTIVELY.search(tail)
    return end is not None and any(not x.is_year and x.unit not in (None, "percent")
                                   for x in parse_quantities(tail[: end.start()]))


def percent_of(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """"What is her target bonus in dollars" over "a target bonus of 200% of base salary" and "a
    base salary of $1,300,000": the percent times the amount it is a percent of."""
    if q.want != "amount":
        return None
    for f in sorted(figs, key=lambda f: f.hit):
        m = _OF_WHAT.match(f.text[f.q.end : f.q.end + 60])
        if f.q.unit != "percent" or f.q.high is not None or m is None or clash(q, f) or other_year(q, f):
            continue
        base_w = content(q, m.group(1))
        metric = Words({s for s in q.terms if s not in FRAME and s not in q.company} - base_w, vocab)
        # The percent's own words, back to the figure before it ("$750 million in preferred units and 10% of
        # the common units": the preferred units are the $750 million's words, not the 10%'s).
        before = Fig(f.q, f.hit, f.doc, f.start, f.end, word_stems(_own_before(f)), f.unit, f.text, f.row)
        if not base_w or not metric.words or metric(before) < 0.6:
            continue  # the percent is not of the asked metric ("60% of revenue" for revenue)
        if any(money(g) and _described(g, f) for g in figs):
            continue  # the percent is the share an amount before it makes up: of nothing asked
        if _names_listed_item(f):
            continue  # "the fair value of 10% of the units ... were $4.3 billion, $496 million ..., respectively"
        base_s = Words(base_w, vocab)

        def base_key(g: Fig, f: Fig = f, base_s: Words = base_s) -> float | None:
            if not money(g) or g.doc != f.doc or g.q.high is not None or clash(q, g) or other_year(q, g):
                return None
            if A_CHANGE.search(g.text[max(0, g.q.start - 40): g.q.start]):
                return None  # "decreased $4 million": the amount a line moved by is no base of its rate
            s = base_s(g)
            return s + 0.1 * (g.hit == f.hit) if s >= 0.6 else None

        base = best(figs, base_key)
        if base is None:
            continue
        value = f.q.value / 100.0 * absolute(base.q)
        shown, scale = rescale(value, base.q)
        formula = f"{f.q.raw.strip()} x {base.q.raw.strip()} = {show(shown, base.q, scale)}"
        return Derived(shown, base.q.unit, scale, formula, [as_input(f), as_input(base)])
    return None


def ratio(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """"What is the ratio of A to B", "how many times larger was A than B": A over B, both
    stated in one document."""
    m = _RATIO.search(text)
    if m is None:
        return None
    a_w, b_w = content(q, m.group("a") or m.group("a2")), content(q, m.group("b") or m.group("b2"))
    if not a_w or not b_w or a_w == b_w:
        return None
    a_s, b_s = Words(a_w, vocab, clause_only=True), Words(b_w, vocab, clause_only=True)
    a_head, b_head = head_noun(q, m.group("a") or m.group("a2")), head_noun(q, m.group("b") or m.group("b2"))

    def a_key(f: Fig) -> float | None:
        s = a_s(f) - 0.5 * b_s(f) * (not b_w <= a_w)
        ok = (f.q.unit != "percent" and f.q.high is None and f.q.value > 0 and not clash(q, f)
              and not other_year(q, f) and not line_head_unsaid(a_head, f, vocab))
        return s - 0.02 * f.hit if ok and a_s(f) >= 0.6 else None

    top = best(figs, a_key)
    if top is None:
        return None

    def b_key(g: Fig) -> float | None:
        ok = (g is not top and g.doc == top.doc and money(g) == money(top) and g.q.high is None
              and g.q.value > 0 and not clash(q, g) and not other_year(q, g) and b_s(g) >= 0.6 and not line_head_unsaid(b_head, g, vocab))
        return b_s(g) - 0.5 * a_s(g) * (not a_w <= b_w) - 0.02 * g.hit if ok else None

    base = best(figs, b_key)
    if base is None:
        return None
    value = absolute(top.q) / absolute(base.q)
    formula = f"{top.q.raw.strip()} / {base.q.raw.strip()} = {value:.2f}x"
    return Derived(value, "x", None, formula, [as_input(top), as_input(base)])


# Between two figures: the second is the same measure at another time or estimate, not another part.
_REVISED = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.|previous(?:ly)?|prior|earlier|original(?:ly)?"
                      r"|initial(?:ly)?)\b")
_EARLIER = re.compile(r"(?i)\b(?:from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:approximately\s+|about\s+|around\s+|nearly\s+)?"
                      r"(?:US)?\$?\s*$")


# A balance asked: the level at a date ("at the end of 2022", "as of June 30", "at year-end").
_AT_DATE = re.compile(r"(?i)\b(?:at|as\s+of)\s+(?:the\s+)?(?:end|close)\b|\bas\s+of\b|\byear[\s-]end\b"
                      r"|\bat\s+(?:[A-Z][a-z]+\s+\d{1,2},?\s+)?(?:19|20)\d\d\b")
# A figure its own words call a flow: cash paid or received in the period, not a level held at its end.
_FLOW_NAMED = re.compile(r"(?i)\b(?:payments?|repayments?|proceeds|issuances?|redemptions?|repurchases?|purchases?"
                         r"|tender\s+offers?|paid|repaid|issued|redeemed|raised|borrowed|returned)\b")


def total(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """"What was total revenue" where only its parts are stated, side by side in one sentence
    ("advertising revenue was $180 million, while subscription revenue totaled $280 million")."""
    m = _TOTAL.search(text)
    if m is None or q.want != "amount":
        return None
    head = stem(m.group(1))
    # "total operating lease liabilities": each part a figure of liabilities, not of "operating" anything
    noun = head_noun(q, text[m.start(1):])
    named = [f for f in figs if head in f.clause and f.q.high is None and f.q.unit != "percent" and not clash(q, f)
             and not other_year(q, f) and not line_head_unsaid(noun, f, vocab)]
    stated = re.compile(rf"(?i)\b(?:total|combined|overall|aggregate)\s+(?:net\s+)?{re.escape(m.group(1))}")
    if any(stated.search(f.text) for f in named):
        return None  # the total is stated: a lookup quotes it
    by_unit: dict[tuple[int, int], list[Fig]] = {}
    for f in named:
        by_unit.setdefault((f.hit, f.start), []).append(f)
    parts = max(by_unit.values(), key=len, default=[])
    if len(parts) < 2 or len({(money(f), f.q.unit) for f in parts}) != 1:
        return None
    if any(_EARLIER.search(f.text[: f.q.start]) for f in parts):
        return None  # "to $9 billion in 2021 from $7 billion in 2014": one measure at two times, not parts
    if _AT_DATE.search(text) and any(_FLOW_NAMED.search(_own_before(f)) for f in parts):
        return None  # a balance at a date is no sum of the payments, proceeds or issuances that moved it
    ordered = sorted(parts, key=lambda f: f.q.start)
    if any(_REVISED.search(b.text[a.q.end : b.q.start]) for a, b in itertools.pairwise(ordered)):
        return None  # "now expect $3.15 billion, compared to our previous estimate of $2.5 billion": one estimate twice
    return arithmetic(parts)
