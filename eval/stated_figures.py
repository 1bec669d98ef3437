"""Text golds that state figures ("US sales rose 3.0% vs an international decline of 0.6%"),
scored by the figures without an LLM judge.

The answer must state each of the gold's figures, for the same subject and as a change the
same way; an answer that gives other figures of that kind and not the gold's is wrong. A gold
that says much more than its figures, an answer that concludes with another figure, or one
that gives the gold's figures to each other's subjects or the other way round, is left not
scored.
"""

from __future__ import annotations

import re

from assistant.core.numbers import CURRENCIES, Quantity, matches_with_rounding, parse_quantities
from eval.labels import stated_for_other_years
from eval.reading import concludes_with, other_period
from eval.words import HEDGED_FIGURE, Judged
from eval.words import SCALE_WORDS as _SCALE_WORDS
from eval.words import STOP as _STOP
from eval.words import content_words as _words
from eval.words import stem as _stem


def _tol(q: Quantity) -> float:
    """Counts are exact (969 stores is not 975); amounts and rates within 1%."""
    return 0.0 if q.unit is None and q.scale is None and float(q.value).is_integer() else 0.01


def _kind(q: Quantity) -> str:
    if q.unit in ("percent", "pp"):
        return "percent"
    return "currency" if q.unit in CURRENCIES else "bare"


# A gold longer than this (in content words) says more than its figures: stating them all
# is not enough to be right.
_FIGURES_ARE_THE_FACTS = 15


_RISE = re.compile(r"increas\w*|gr[eo]w\w*|rose|ris(?:e|es|ing)|up|gain\w*|higher|improv\w*|grow\w*", re.I)
_FALL = re.compile(r"decreas\w*|declin\w*|f[ae]ll\w*|drop\w*|down|lower|reduc\w*|shr[iu]nk\w*|loss\w*", re.I)
_CLAUSE = re.compile(r"[,;:.!?]\s|\b(?:while|whereas|but|and|vs\.?|versus)\b", re.I)


def _direction_at(text: str, q: Quantity) -> str | None:
    """'up' or 'down' for the change a figure states ("grew 3.0%", "a decline of 0.6%",
    "(0.6)%", "0.6% lower"), read within its clause; None when no direction is worded."""
    if q.value < 0:
        return "down"
    before = text[max(0, q.start - 40) : q.start]
    cut = [m.end() for m in _CLAUSE.finditer(before)]
    before = before[cut[-1] :] if cut else before
    after = _CLAUSE.split(text[q.end : q.end + 25], maxsplit=1)[0]
    for chunk, pick in ((before, -1), (after, 0)):
        words = [(m.start(), "up") for m in re.finditer(rf"\b(?:{_RISE.pattern})\b", chunk, re.I)]
        words += [(m.start(), "down") for m in re.finditer(rf"\b(?:{_FALL.pattern})\b", chunk, re.I)]
        if words:
            return sorted(words)[pick][1]
    return None


def _clause_words(text: str, q: Quantity) -> set[str]:
    """Content words of the clause a figure sits in, before it ("US sales increased 3.0%")."""
    before = text[max(0, q.start - 60) : q.start]
    cut = [m.end() for m in _CLAUSE.finditer(before)]
    clause = before[cut[-1] :] if cut else before
    words = [
        w for w in re.findall(r"[A-Za-z][A-Za-z\-']+", clause)
        if (len(w) > 2 or w.isupper()) and w.lower() not in _STOP and w.lower() not in _SCALE_WORDS
    ]  # fmt: skip ("US", "UK" name a subject too)
    return {_stem(w) for w in words if not _RISE.fullmatch(w) and not _FALL.fullmatch(w)}


def _swapped(gold: str, wanted: list[Quantity], text: str, said: list[Quantity]) -> bool:
    """The answer states the gold's figures but labels them the other way round
    ("international sales grew 3.0%" where the gold's 3.0% is US sales)."""
    if len(wanted) < 2:
        return False
    labels = [_clause_words(gold, g) for g in wanted]
    own = [lab - set().union(*(o for j, o in enumerate(labels) if j != i)) for i, lab in enumerate(labels)]
    for g, mine, i in zip(wanted, own, range(len(wanted)), strict=True):
        others = set().union(*(o for j, o in enumerate(own) if j != i))
        if not mine or not others:
            continue
        mentions = [
            _clause_words(text, a) for a in said
            if _kind(a) == _kind(g) and matches_with_rounding(g, a, _tol(g), ignore_sign=True, loose_percent=True)
        ]  # fmt: skip
        if mentions and all(not (m & mine) and m & others for m in mentions):
            return True
    return False


def _direction_contradicted(gold: str, g: Quantity, text: str, said: list[Quantity]) -> bool:
    """Every mention of the gold's figure in the answer words the change the other way
    ("international sales grew 0.6%" for "international sales declined 0.6%")."""
    wanted = _direction_at(gold, g)
    if wanted is None:
        return False
    found = [
        _direction_at(text, a) for a in said
        if _kind(a) == _kind(g) and matches_with_rounding(g, a, _tol(g), ignore_sign=True, loose_percent=True)
    ]  # fmt: skip
    worded = [d for d in found if d is not None]
    return bool(worded) and len(worded) == len(found) and wanted not in worded


def _directions(text: str) -> set[str]:
    return {
        d for d, rx in (("up", _RISE), ("down", _FALL))
        if re.search(rf"\b(?:{rx.pattern})\b", text, re.I)
    }  # fmt: skip


def _worded_the_other_way(gold: str, text: str) -> bool:
    """The gold words one direction ("forecasts an increase in the 737 and 787 rates") and
    the answer only the other ("lower production; the 737 stays at 31 a month")."""
    wanted, said = _directions(gold), _directions(text)
    return len(wanted) == 1 and bool(said) and not wanted & said


def _matches(g: Quantity, a: Quantity, text: str) -> bool:
    """The answer's figure is the gold's: the gold may round it ("~42%" for 41.8%), and an
    answer that says its figure is approximate may round the gold ("about 4%" for 4.1%)."""
    if matches_with_rounding(g, a, _tol(g), ignore_sign=True, loose_percent=True):
        return True
    hedged = HEDGED_FIGURE.search(text[max(0, a.start - 20) : a.start]) is not None
    return hedged and matches_with_rounding(a, g, _tol(g), ignore_sign=True, loose_percent=True)


# A question that asks for one amount ("how much", "the total"), which the parts' sum answers.
_ASKS_TOTAL = re.compile(
    r"\b(?:how\s+much|total|combined|sum|altogether|in\s+all|aggregate|overall|together)\b", re.I
)


def score_stated_figures(gold: str, text: str, question: str = "") -> Judged | None:
    """A text gold that states figures: right when the answer states each (sign as worded:
    "a decline of 0.6%" is "(0.6)%"), wrong when it gives figures of that kind but not all of
    the gold's, None when the gold states none or the answer gives none of that kind."""
    # A small whole number is a list marker or a count in words' place, not a stated figure.
    wanted = [
        q for q in parse_quantities(gold)
        if not q.is_year and (q.unit is not None or q.scale is not None or abs(q.value) >= 10 or not q.value.is_integer())
    ]  # fmt: skip
    if not wanted:
        return None
    # A figure the question itself gives proves nothing when the answer restates it.
    given = [q for q in parse_quantities(question) if not q.is_year]
    if all(any(matches_with_rounding(g, a, _tol(g), loose_percent=True) for a in given) for g in wanted):
        return None
    said = [q for q in parse_quantities(text) if not q.is_year]
    found = {id(g): [a for a in said if _kind(a) == _kind(g) and _matches(g, a, text)] for g in wanted}
    missing = [g for g in wanted if not found[id(g)]]
    turned = [g for g in wanted if _direction_contradicted(gold, g, text, said)]
    for g in wanted:
        periods = [other_period(text, a, question) for a in found[id(g)]]
        if periods and all(periods):
            # "$412 million in 2023 ... For 2024, $431 million" for a 2024 question.
            return "not_scored", f"states {g.raw} for {periods[0]}, not the period asked"
    if turned and not missing:
        return "not_scored", f"states {turned[0].raw}, but as a change the other way"
    if not missing and _swapped(gold, wanted, text, said):
        return "not_scored", "states the gold's figures, but for each other's subjects"
    if not missing:
        other = [
            a for a in said
            if _kind(a) in {_kind(g) for g in wanted} and concludes_with(text, a)
            and not any(matches_with_rounding(g, a, _tol(g), ignore_sign=True, loose_percent=True) for g in wanted)
        ]  # fmt: skip
        if other:
            return "not_scored", f"states the gold's figures but concludes with {other[-1].raw}"
        if len(_words(gold)) > _FIGURES_ARE_THE_FACTS:
            return "not_scored", "states the gold's figures; the rest of the gold needs an LLM judge"
        if _worded_the_other_way(gold, text):
            return "not_scored", "states the gold's figures, but words the change the other way"
        return "right", "states every figure the gold states"
    amounts = [g for g in wanted if _kind(g) == "currency"]
    if len(amounts) >= 2 and len(amounts) == len(wanted):
        total = sum(g.base_value for g in amounts)
        if any(_kind(a) == "currency" and abs(a.base_value - total) <= 0.005 * abs(total) for a in said):
            if _ASKS_TOTAL.search(question):
                return "right", "states the total of the amounts the gold states"
            # The parts' sum where the question asks for no total: a grader may want the parts.
            return "not_scored", "states the total of the amounts the gold states apart"
    if any(_kind(a) == _kind(g) for g in missing for a in said):
        return "wrong", "does not state " + ", ".join(g.raw for g in missing)
    return None


# A figure worded as a change ("decreased by $310 million", "a decline of 30%", "grew 3%"), not
# a level ("fell from $2.41 billion to $2.10 billion", "was 1.85").
_AS_CHANGE = re.compile(
    rf"(?:\b(?:{_RISE.pattern}|{_FALL.pattern}|chang\w*)\s+(?:by\s+)?|\b(?:{_RISE.pattern}|{_FALL.pattern}|"
    r"chang\w*)\s+of\s+)(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|~\s*)?[$€£]?\s*$",
    re.I,
)
# Words around a figure that name no measure: hedges and the verbs that state a level.
_NOT_A_MEASURE = frozenset(
    _stem(w)
    for w in ["approximately", "about", "roughly", "around", "nearly", "some", "was", "were", "is", "are", "stood", "came", "amounted", "totaled", "totalled", "reached", "equaled", "equalled"]
)


def _as_change(text: str, q: Quantity) -> bool:
    return q.value < 0 or _AS_CHANGE.search(text[max(0, q.start - 30) : q.start]) is not None


def other_figure_for_the_gold_measure(gold: str, text: str, question: str) -> str | None:
    """The measure a gold figure is stated for ("the current ratio was 1.85"), when the answer
    states its own figure for that same measure, worded the same way (a level for a level, a
    change for a change), and never the gold's ("the current ratio was 0.62"): a stance
    argued from another figure for the very thing the gold measures. None otherwise."""
    names = {_stem(w) for w in re.findall(r"\b[A-Z][\w'&-]*", question)}
    given = [q for q in parse_quantities(question) if not q.is_year]
    said = [
        a for a in parse_quantities(text)
        if not a.is_year and not any(matches_with_rounding(g, a, _tol(g), loose_percent=True) for g in given)
    ]  # fmt: skip
    for g in parse_quantities(gold):
        if g.is_year or g.value == 0 or any(g.raw == q.raw for q in given):
            continue  # a figure the question gives ("3M", read as 3 million) measures nothing
        if gold[max(0, g.start - 1) : g.start] in ("'", "’"):
            continue  # "Jun'23": a year written short
        label = _clause_words(gold, g) - names - _NOT_A_MEASURE
        same_kind = [a for a in said if _kind(a) == _kind(g) and _as_change(text, a) == _as_change(gold, g)]
        # Only a clearly other figure counts: "1.9" or "about 1.8" for 1.85 is the gold's, rounded.
        if not label or any(
            matches_with_rounding(a, g, 0.05, ignore_sign=True, loose_percent=True) for a in same_kind
        ):
            continue
        # Most of the label, and two words of a longer one ("it pays a quarterly dividend of
        # $0.40" for "it paid a quarterly dividend of $0.25": the verb's tense differs).
        need = max(min(2, len(label)), -(-2 * len(label) // 3))
        if any(len(label & _clause_words(text, a)) >= need for a in same_kind):
            return " ".join(sorted(label))
    return None


def figures_for_earlier_years(text: str, question: str) -> str | None:
    """The years the answer's figures are stated for, when the question names years and the
    sentences that state figures name only earlier ones ("Yes, cash fell: it was $17.1
    billion at the end of fiscal 2021 and $11.2 billion at the end of fiscal 2020" for FY2023
    vs FY2022): a stance backed by an older period's figures. (A later year's figure may be
    guidance that bears on the question.) None otherwise."""
    stating = [
        s for s in re.split(r"(?<=[.!?])\s+|\n+", text)
        if any(not q.is_year for q in parse_quantities(s))
    ]  # fmt: skip
    other = stated_for_other_years(" ".join(stating), question) if stating else None
    asked = [int(y) for y in re.findall(r"(?:19|20)\d{2}", question)]
    if other is None or not asked or max(int(y) for y in other.split(", ")) >= min(asked):
        return None
    return other
