"""The figure of the kind the gold is, as the answer concludes with it.

A currency gold is answered by an amount (in its currency first), a percent gold by a
percent (or percentage points, or a fraction), a ratio by a bare figure or a multiple; a
range gold by a range. Which figure of that kind the answer concludes with is
`eval.reading`'s business.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.core.numbers import CURRENCIES, Quantity, parse_quantities, parse_quantity, to_base
from eval.labels import ASKS_CHANGE
from eval.reading import Reading, concluding_figure

# A positive figure stated as a loss or a decline scores against a negative gold ("fell 5%"),
# but not a level reached ("fell to 0.02").
_NEGATIVE_CUE = re.compile(
    r"\b(?:loss(?:es)?|declin\w*|decreas\w*|fell|fall(?:en|ing)?|drop(?:ped)?|down|negative|lost|"
    r"outflows?|deficit|shortfall|reduc\w*|lower|contract(?:ed|ing|ion)|shr[iu]nk|slipped|dipped)"
    r"\b[^.;\d]{0,30}$",
    re.IGNORECASE,
)
# The decline worded right after the figure ("a 5.0% decrease", "$123 million net loss"), or
# the figure restating a decline just given in other units ("decreased by $62 million, or 5.0%").
_NEGATIVE_AFTER = re.compile(
    r"\s*(?:year[-\s]over[-\s]year\s+|yoy\s+|net\s+)?(?:decrease|decline|drop|reduction|fall|loss)\b",
    re.IGNORECASE,
)
_RESTATED_DECLINE = re.compile(
    _NEGATIVE_CUE.pattern.split(r"\b[^.;")[0] + r"\b\s+(?:by\s+)?(?:about\s+|approximately\s+)?"
    r"[$€£]?\s*\(?[\d.,]+\)?\s*(?:million|billion|thousand|bn|mn|[mbk])?\s*,?\s*or\s+(?:about\s+)?$",
    re.IGNORECASE,
)


def stated_negative(text: str, q: Quantity) -> bool:
    """The words around a positive figure state it as a decline or a loss ("fell 5%", "a 5%
    decrease", "a loss of $2M", "down $62M, or 5%"), not as a level reached ("fell to 0.02")."""
    before = text[max(0, q.start - 60) : q.start]
    if _BELOW_ZERO.match(text, q.end) or _NEGATIVE_AFTER.match(text, q.end):
        return True
    if _RESTATED_DECLINE.search(before):
        return True
    # A loss is a loss at whatever level it reaches ("net loss narrowed to $123 million").
    return bool(_NEGATIVE_CUE.search(before)) and (
        not _LEVEL_REACHED.search(before) or bool(_LOSS_NOUN.search(before))
    )


# ("swung from a loss to $123 million" is no loss.)
_LOSS_NOUN = re.compile(
    r"(?<!from\s)(?<!from\sa\s)\b(?:loss(?:es)?|deficit|shortfall)\b[^.;\d]{0,30}$", re.IGNORECASE
)
_BELOW_ZERO = re.compile(r"\s*(?:below\s+zero|in\s+the\s+red)\b", re.IGNORECASE)
_LEVEL_REACHED = re.compile(r"\b(?:to|at)\s*[$€£]?\s*$", re.IGNORECASE)


# The same words anywhere in a question: it asks about a decline or a loss itself.
_NEGATIVE_WORD = re.compile(_NEGATIVE_CUE.pattern.split(r"\b[^.;")[0] + r"\b", re.IGNORECASE)


def worded_as_decline(text: str, q: Quantity, question: str) -> bool:
    """A positive figure the answer words as a decline or loss ("fell 5%", "a loss of $2M")
    where the question asks about no decline: its direction contradicts a positive gold."""
    if q.value <= 0 or _NEGATIVE_WORD.search(question):
        return False
    before = text[max(0, q.start - 60) : q.start]
    if _CASH_USED.search(before) and re.search(r"\bcash\b", question, re.I):
        return not re.search(r"\b(?:used|consum\w*|burn\w*)\b", question, re.I)
    return stated_negative(text, q)


# "Operating activities used $1.2 billion": for a cash flow, an outflow.
_CASH_USED = re.compile(r"\b(?:used|consumed|burn(?:ed|t))\b[^.;\d]{0,30}$", re.IGNORECASE)


def figure_family(q: Quantity) -> str:
    if q.unit in CURRENCIES:
        return "currency"
    if q.unit in ("percent", "pp", "x"):
        return str(q.unit)
    if q.unit == "bp":
        return "pp"
    return "bare"


# The question asks for a difference of percentages ("by how many percentage points"):
# a percent gold is then answered by the points figure first, not by a percent beside it.
_ASKS_POINTS = re.compile(r"\b(?:percentage|basis)[\s-]+points?\b|\bpp\b|\bbps?\b", re.IGNORECASE)
# "the change in operating income % margin": a change of a rate, which answers may give in
# percentage points ("+0.2 percentage points (4.1% to 4.3%)").
# "How did the gross margin change?" asks the same.
_CHANGE_OF_A_RATE = re.compile(
    r"\bchange\s+in\s+(?:[\w%-]+\s+){0,5}?(?:%|margins?\b|rates?\b)|"
    r"\bhow\s+(?:did|has|have|had)\s+(?:[\w%'-]+\s+){0,5}?(?:margins?|rates?|ratios?)\s+(?:chang|mov|shift)",
    re.IGNORECASE,
)


def _tiers(gold: Quantity, question: str = "") -> list[set[str] | str]:
    """Kinds of figure to look for, best first, for this gold (a currency code means that
    currency). A percent may be written as a fraction and a ratio as a percent."""
    fam = figure_family(gold)
    if fam == "percent" and _ASKS_POINTS.search(question):
        fam = "pp"
    if fam == "percent" and _CHANGE_OF_A_RATE.search(question):
        return [{"pp"}, {"percent"}, {"bare"}]  # a margin's change is said in points first
    if fam == "currency":
        return [str(gold.unit), {"bare"}, {"currency"}]
    if fam == "percent":
        return [{"percent"}, {"pp"}, {"bare"}]
    if fam == "pp":
        return [{"pp"}, {"percent"}]
    if fam == "x":
        return [{"x"}, {"bare"}]
    # A ratio written bare or as a multiple is one kind: "= 315 / 70 = 4.5 times".
    return [{"bare", "x"}, {"percent"}]


def _in_tier(q: Quantity, tier: set[str] | str) -> bool:
    if isinstance(tier, str):
        return q.unit == tier
    return figure_family(q) in tier


# "4.4 points", "4.4 pts", "4.4-point": points written after a bare figure.
_POINTS_AFTER = re.compile(r"\s*-?\s*(?:points?|pts?)\b", re.IGNORECASE)
_ASKS_BASIS_POINTS = re.compile(r"\bbasis[\s-]+points?\b|\bbps?\b", re.IGNORECASE)
_ASKS_PERCENTAGE_POINTS = re.compile(r"\bpercent(?:age)?[\s-]+points?\b|\bpp\b|\bppts?\b", re.IGNORECASE)


def in_points(text: str, figures: list[Quantity], gold: Quantity, question: str) -> list[Quantity]:
    """Figures written in points, read for a percent or points gold: in answer to a question in
    percentage points (or about a rate's change) "fell 4.4 points" is 4.4 percentage points;
    for a question asking a level, a figure in points is no percent level, and is not read.
    ("440 basis points" is parsed as basis points already.)"""
    if figure_family(gold) not in ("percent", "pp"):
        return figures
    pp = not _ASKS_BASIS_POINTS.search(question) and bool(
        gold.unit == "pp" or _ASKS_PERCENTAGE_POINTS.search(question) or _CHANGE_OF_A_RATE.search(question)
    )
    out = []
    for q in figures:
        m = _POINTS_AFTER.match(text, q.end) if q.unit is None and q.high is None else None
        if m is None or (not pp and asks_a_change(question)):
            out.append(q)  # ("sales fell 5 points" for a percent change: read as before, bare)
        elif pp:
            out.append(replace(q, unit="pp", raw=text[q.start : m.end()], end=m.end()))
    return out


# A spaced dash before a range's second end ("$10.40 - $10.60", an en dash made plain) is read
# as its minus sign by the parser; no range runs from a positive figure down to a negative one.
_DASH_BETWEEN = re.compile(r"[-−–]\s")


def read_figure(text: str, gold: Quantity, question: str = "") -> Reading:
    """The figure the answer concludes with, of the kind the gold is (a range for a range
    gold), negated when the words before it state a loss or decline and the gold is negative."""
    figures = in_points(text, [q for q in parse_quantities(text) if not q.is_year], gold, question)
    for tier in _tiers(gold, question):
        kind = [q for q in figures if _in_tier(q, tier)]
        if not kind:
            continue
        if gold.high is not None:
            ranges = [q for q in kind if q.high is not None]
            if ranges:
                return Reading(ranges[0])
            if len(kind) >= 2:  # "13% ... 16%": both ends stated apart
                a, b = kind[0], kind[1]
                if b.value < 0 <= a.value and _DASH_BETWEEN.match(b.raw or ""):
                    b = replace(b, value=-b.value)  # "$10.40 - $10.60": the dash joins the ends
                return Reading(
                    Quantity(
                        a.value, scale=a.scale or b.scale, unit=a.unit or b.unit,
                        raw=f"{a.raw} … {b.raw}", high=b.value,
                        decimals=max(a.shown_decimals, b.shown_decimals),
                    )
                )  # fmt: skip
            return Reading(kind[0])
        reading = concluding_figure(text, kind, question)
        q = reading.figure
        if q is None:
            continue
        if gold.value < 0 < q.value and stated_negative(text, q):
            reading = Reading(replace(q, value=-q.value), reading.hedge)
        elif q.value > 0 and falls_by_its_levels(text, q, question):
            reading = replace(reading, figure=replace(q, value=-q.value))
        return reading
    return Reading(None)


def figure_from_text(text: str, gold: Quantity) -> Quantity | None:
    """The figure the answer concludes with, of the gold's kind (see `read_figure`)."""
    return read_figure(text, gold).figure


# Qualifiers that make one metric another: the answer's figure labelled with one of a pair
# where the question asks for the other is a figure for another metric ("adjusted EBITDA" for
# unadjusted, "basic EPS" for diluted), whatever its value.
_QUALIFIERS = (
    (r"unadjusted", r"(?<!un)adjusted"), (r"(?<!non-)(?<!non\s)gaap", r"non-?\s?gaap"),
    (r"diluted", r"basic"), (r"gross", r"net"), (r"pre-?\s?tax|before\s+tax", r"after-?\s?tax|net\s+of\s+tax"),
    (r"organic", r"reported"),
    # Line items every grader tells apart: net vs operating income, sales vs their cost.
    (r"net\s+(?:income|loss|earnings|profit)", r"operating\s+(?:income|loss|profit)|income\s+from\s+operations"),
    (r"(?<!cost\sof\s)(?:net\s+)?(?:sales|revenues?)", r"cost\s+of\s+(?:sales|revenues?|goods)"),
)  # fmt: skip
_CLAUSE_START = re.compile(r"[.;:!?\n]\s*|,\s+(?=[a-z])", re.I)


def other_qualifier(text: str, q: Quantity, question: str) -> str | None:
    """The qualifier the answer labels `q` with (in its clause, before it) where the question
    asks for its counterpart and the clause never uses that: "adjusted" for an unadjusted
    figure. None when the labels agree or the clause uses none."""
    before = text[max(0, q.start - 100) : q.start]
    cuts = [m.end() for m in _CLAUSE_START.finditer(before)]
    clause = before[cuts[-1] :] if cuts else before
    for a, b in _QUALIFIERS:
        for asked, said in ((a, b), (b, a)):
            if (
                re.search(rf"\b(?:{asked})\b", question, re.I)
                and not re.search(rf"\b(?:{said})\b", question, re.I)
                and (m := re.search(rf"\b(?:{said})\b", clause, re.I))
                and not re.search(rf"\b(?:{asked})\b", clause, re.I)
            ):
                return m.group(0)
    return None


# A figure worded as a change ("improved by 2.1%", "grew 2.1%", "up $40M", "an increase of
# $40M"), not as a level ("rose to 2.1%", "was 2.1%").
_AS_CHANGE = re.compile(
    r"\b(?:(?:increas|decreas|grew|grow|rose|risen|rise|rising|fell|fall|declin|improv|drop|"
    r"jump|gain|expand|contract|shr[iu]nk|climb|slipp|soar)\w*(?:\s+by)?|(?<!made\s)(?<!makes\s)(?<!make\s)up|down|"
    r"an?\s+(?:\w+\s+)?(?:increase|decrease|decline|rise|drop|gain|improvement|change)\s+of)"
    r"\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?[$€£]?\s*$",
    re.IGNORECASE,
)


def worded_as_change(text: str, q: Quantity, question: str) -> bool:
    """The answer gives `q` as a change ("gross margin improved by 2.1%") where the question
    asks for a level ("What is the gross margin?"): the figure answers another question."""
    if ASKS_CHANGE.search(question):
        return False
    return bool(_AS_CHANGE.search(text[max(0, q.start - 50) : q.start]))


# "By how much / how many points did guidance rise?": the size of a change.
_ASKS_SIZE = re.compile(
    r"\bby\s+how\s+(?:much|many)\b|\bhow\s+many\s+(?:percentage\s+points|basis\s+points|points)\b", re.I
)
# The level a figure moved from, written after it: "9 percent (previously 8 percent)",
# "$550 million, up from $500 million".
_PRIOR_AFTER = re.compile(
    r"^\s*,?\s*\(?\s*(?:previously|prior(?:ly)?|(?:up|down)\s+from|from|compared\s+(?:to|with)|vs\.?)\s+"
    r"(?:about\s+|approximately\s+)?(?=[$€£]?\s*-?\d)",
    re.I,
)
# A figure that is the change itself: "raised by $400 million", "an increase of 1 point".
_BY_CHANGE = re.compile(
    r"(?:\bby|\ban?\s+(?:\w+\s+)?(?:increase|decrease|decline|rise|drop|gain|improvement|change|"
    r"reduction|cut)\s+of)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?[$€£]?\s*$",
    re.I,
)
# ... or before it: "from 6% to 7%".
_PRIOR_BEFORE = re.compile(r"\bfrom\s+([$€£]?\s*-?\d[\d,.]*\s*(?:%|percent|million|billion)?)\s+to\s+[$€£]?\s*$", re.I)


def change_from_levels(text: str, got: Quantity, question: str) -> Quantity | None:
    """For a question that asks the size of a change, a level read with the level it moved
    from ("7 percent (previously 6 percent)", "from 6% to 7%") answers with their difference
    (1 point); None when the question asks no size of change or no earlier level is written."""
    if not _ASKS_SIZE.search(question) or _BY_CHANGE.search(text[max(0, got.start - 50) : got.start]):
        return None  # "increased by $400 million, from $3.8 billion to $4.2 billion": the change
    prior: Quantity | None = None
    if m := _PRIOR_AFTER.match(text[got.end : got.end + 60]):
        found = parse_quantities(text[got.end + m.end() : got.end + m.end() + 30])
        prior = found[0] if found else None
        if prior is not None and re.match(r"\s+to\b", text[got.end + m.end() + prior.end :]):
            return None  # "$400 million, from $3.8 billion to $4.2 billion"
    elif m := _PRIOR_BEFORE.search(text[max(0, got.start - 50) : got.start]):
        prior = parse_quantity(m.group(1))
    if prior is None or prior.is_year or prior.unit != got.unit or prior.high is not None:
        return None
    scale = got.scale or prior.scale  # "$550 million, up from $500": one scale for both
    return replace(got, value=level_change(got, prior), scale=scale, raw=f"{got.raw} less {prior.raw}", high=None)


# "... 12.5%. However, it could be 11.8%": a figure offered as another possible answer.
_POSSIBLY = re.compile(
    r"(?:\b(?:could|might)\s+(?:also\s+|instead\s+)?(?:be|have\s+been)|\bor\s+(?:possibly|perhaps|maybe)|"
    r"\balternatively,?(?:\s+(?:it|this|the\s+\w+)\s+(?:is|was|could\s+be|would\s+be))?)\s+"
    r"(?:as\s+(?:high|low|much|little)\s+as\s+|around\s+|about\s+|approximately\s+)?[$€£]?\s*$",
    re.I,
)


_LATER = re.compile(r"\b(?:next|future|going\s+forward|guidance|outlook|forecast|by\s+(?:19|20)\d{2})", re.I)


def possible_other(text: str, got: Quantity) -> Quantity | None:
    """Another figure of the read one's kind that the answer offers as possible ("it could be
    11.8%", "or perhaps $1.3 billion"), when it differs from the read one."""
    for q in parse_quantities(text):
        if q.is_year or q.start == got.start or figure_family(q) != figure_family(got):
            continue
        if q.value == got.value or not _POSSIBLY.search(text[max(0, q.start - 60) : q.start]):
            continue
        if not _LATER.search(text[q.end : q.end + 40]):  # "could be 13% next year": a forecast
            return q
    return None


# --- a change and the levels written beside it ------------------------------------------------

# A rise worded before the figure ("rose 4.4 points") or after it ("a 4.4 point increase").
_RISE_CUE = re.compile(
    r"\b(?:increas\w*|rose|risen|rise|rising|grew|grow\w*|up|higher|gain\w*|climb\w*|jump\w*|"
    r"expand\w*|widen\w*|soar\w*|added)\b[^.;\d]{0,30}$",
    re.IGNORECASE,
)
_RISE_AFTER = re.compile(r"\s*(?:year[-\s]over[-\s]year\s+|yoy\s+)?(?:increase|rise|gain|jump)\b", re.I)
# A figure's levels written beside it, each "#" one figure: "4.4 points, to 94.3% from 98.7%",
# "4.4 points (98.7% to 94.3%)", "from 98.7% to 94.3%, down 4.4 points". new/old say which is which.
_LEVELS_AFTER = re.compile(
    r"^\s*,?\s*\(?\s*(?:(?:up|down)\s+)?(?:(?:from\s+)?(?P<old>#)\s*(?:to|→|->)\s*(?P<new>#)|"
    r"to\s+(?P<new2>#)\s*,?\s*\(?\s*(?:(?:up|down)\s+)?(?:from|versus|vs\.?|compared\s+(?:with|to))\s+(?P<old2>#))",
    re.IGNORECASE,
)
_LEVELS_BEFORE = re.compile(
    r"(?:\bfrom\s+(?P<old>#)\s+to\s+(?P<new>#)|\bto\s+(?P<new2>#)\s*,?\s*(?:from|versus|vs\.?)\s+(?P<old2>#))"
    r"\s*\)?\s*[,;:(]?\s*(?:\w+\s+){0,3}?(?:of|by)?\s*$",
    re.IGNORECASE,
)
_SENTENCE_CUT = re.compile(r"[;!?\n]|\.(?!\d)")


def levels_beside(text: str, q: Quantity) -> tuple[Quantity, Quantity] | None:
    """(new, old): the levels a change figure moved between, written right beside it in its
    sentence ("fell 4.4 points, to 94.3% from 98.7%"); None when none are."""
    after_end = q.end + 80
    if m := _SENTENCE_CUT.search(text, q.end, after_end):
        after_end = m.start()
    before_start = max(0, q.start - 80)
    cuts = [m.end() for m in _SENTENCE_CUT.finditer(text, before_start, q.start)]
    before_start = cuts[-1] if cuts else before_start
    for lo, hi, rx in ((q.end, after_end, _LEVELS_AFTER), (before_start, q.start, _LEVELS_BEFORE)):
        found = [f for f in parse_quantities(text[lo:hi]) if not f.is_year]
        shape, at = "", 0
        for f in found:
            shape += text[lo + at : lo + f.start] + "#"
            at = f.end
        shape += text[lo + at : hi]
        m = rx.search(shape)
        if m is None:
            continue
        marks = [i for i, c in enumerate(shape) if c == "#"]
        new = m.start("new") if m.group("new") else m.start("new2")
        old = m.start("old") if m.group("old") else m.start("old2")
        a, b = found[marks.index(new)], found[marks.index(old)]
        if a.unit == b.unit and a.high is None and b.high is None:
            return a, b
    return None


def level_change(new: Quantity, old: Quantity) -> float:
    """new less old, in the levels' own unit (percent points for percents)."""
    scale = new.scale or old.scale
    return to_base(replace(new, scale=scale), scale) - to_base(replace(old, scale=old.scale or scale), scale)


def states_direction(text: str, q: Quantity) -> bool:
    """The words around `q` say which way it moved ("fell", "rose", "a 4.4 point increase");
    "improved", "changed by" and "moved" do not."""
    before = text[max(0, q.start - 60) : q.start]
    return stated_negative(text, q) or bool(_RISE_CUE.search(before) or _RISE_AFTER.match(text, q.end))


def asks_a_change(question: str) -> bool:
    """The question asks for a change ("how did X change", "by how many points")."""
    return bool(ASKS_CHANGE.search(question) or _ASKS_SIZE.search(question))


def falls_by_its_levels(text: str, q: Quantity, question: str) -> bool:
    """A change whose words give no direction ("improved by 4.4 points" for a ratio where lower
    is better, "changed by 4.4 points") but whose levels written beside it fell ("to 94.3%
    from 98.7%"): a fall, as a grader reads it."""
    if not asks_a_change(question) or states_direction(text, q):
        return False
    levels = levels_beside(text, q)
    return levels is not None and level_change(*levels) < 0


def stated_change(text: str, level: Quantity, gold: Quantity, question: str) -> Quantity | None:
    """The change an answer states outright in the sentence where it gives the level `level`
    and the level it moved from ("It fell 4.4%, to 94.3% from 98.7%"): the figure of the gold's
    kind worded as a change, signed by its words or else by its levels. None when there is none."""
    kinds = _tiers(gold, question)[:2]
    figures = in_points(text, [f for f in parse_quantities(text) if not f.is_year], gold, question)
    for f in figures:
        if f.start == level.start or not any(_in_tier(f, t) for t in kinds) or f.high is not None:
            continue
        if abs(f.start - level.start) > 100 or _SENTENCE_CUT.search(text, min(f.end, level.end), max(f.start, level.start)):
            continue
        before = text[max(0, f.start - 50) : f.start]
        if not (_AS_CHANGE.search(before) or _BY_CHANGE.search(before) or _NEGATIVE_AFTER.match(text, f.end)
                or _RISE_AFTER.match(text, f.end)):  # fmt: skip
            continue
        if f.value > 0 and (stated_negative(text, f) or falls_by_its_levels(text, f, question)):
            f = replace(f, value=-f.value)
        return f
    return None
