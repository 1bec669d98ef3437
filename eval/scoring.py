"""Scoring one answer against one question: figures, text facts, refusals.

All number reading and comparing goes through `assistant.core.numbers`; this module only
decides *which* figure of an answer is scored and how close it must be (the
`TolerancePolicy`, written into every report).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field, replace

from assistant.core.numbers import (
    CURRENCIES,
    Quantity,
    detect_scale_statement,
    format_quantity,
    normalise_scale,
    normalise_unit,
    numbers_match,
    parse_quantities,
    parse_quantity,
    scale_multiplier,
    units_compatible,
)
from assistant.core.types import KeyFigure
from eval.models import EvalQuestion, TolerancePolicy, Verdict

_SOURCES = r"(?:documents?|sources?|library|excerpts?|passages?|filings?|reports?|texts?|articles?|context)"
_REFUSALS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # "The documents don't say ...", "The provided sources do not mention ..."
        rf"\b{_SOURCES}\b[^.]{{0,40}}?\b(?:do(?:es)?|did)(?:\s+not|n[’']?t)\s+(?:say|state|mention|"
        r"contain|include|provide|specify|disclose|report|give|cover|show|have|answer)\b",
        # "not found in the library", "is not available in the documents"
        r"\bnot\s+(?:found|mentioned|stated|disclosed|provided|available|given|reported|specified|"
        rf"included|covered|contained)\s+(?:in|by|within)\s+(?:the\s+|these\s+|any\s+)?(?:provided\s+)?{_SOURCES}",
        r"\bnot\s+in\s+the\s+(?:provided\s+)?" + _SOURCES,
        # "I could not find", "can't determine", "could not be found"
        r"\b(?:could\s*not|couldn[’']?t|can\s*not|can[’']?t|was\s+not|wasn[’']?t|am\s+not|were\s+not)"
        r"\s+(?:find|locate|determine|answer|be\s+found)\b",
        r"\bunable\s+to\s+(?:find|locate|determine|answer)\b",
        r"^\W*(?:there\s+is\s+|there's\s+)?no\s+(?:information|data|mention|figure|answer)\b",
        r"\b(?:insufficient|not\s+enough)\s+information\b",
    )
]
# A positive figure stated as a loss or a decline scores against a negative gold.
_NEGATIVE_CUE = re.compile(
    r"\b(?:loss(?:es)?|declin\w*|decreas\w*|fell|fall(?:en|ing)?|drop(?:ped)?|down|negative|"
    r"outflows?|deficit|shortfall|reduc\w*|lower)\b[^.;\d]{0,30}$",
    re.IGNORECASE,
)


def looks_like_refusal(text: str) -> bool:
    """True when the answer's first sentence says the documents do not hold the answer."""
    head = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0][:300]
    return not head or any(rx.search(head) for rx in _REFUSALS)


# --- figures --------------------------------------------------------------------------------


def gold_quantity(q: EvalQuestion) -> Quantity | None:
    """The gold figure as a Quantity (a range has `high`), or None for non-numeric questions."""
    if q.value is None:
        return None
    if isinstance(q.value, list):
        low, high = q.value
        return Quantity(
            low, scale=q.scale, unit=q.unit, raw=q.answer, high=high, decimals=q.decimals
        )
    return Quantity(q.value, scale=q.scale, unit=q.unit, raw=q.answer, decimals=q.decimals)


def key_figure_quantity(kf: KeyFigure | None) -> Quantity | None:
    """A structured key figure as a Quantity; unit and scale the fields lack come from its text."""
    if kf is None or kf.value is None:
        return None
    unit = normalise_unit(kf.unit)
    try:
        scale = normalise_scale(kf.scale)
    except ValueError:
        scale = None
    parsed = parse_quantity(kf.text) if kf.text else None
    if parsed is not None and not math.isclose(abs(parsed.value), abs(kf.value), rel_tol=1e-9):
        parsed = None  # the text says something else; trust the number
    if parsed is not None:
        unit = unit if unit not in (None, "count") else parsed.unit or unit
        scale = scale or parsed.scale
        if parsed.high is not None:
            return replace(parsed, unit=unit, scale=scale)
    decimals = parsed.decimals if parsed is not None else None
    return Quantity(float(kf.value), scale=scale, unit=unit, raw=kf.text, decimals=decimals)


def _family(q: Quantity) -> str:
    if q.unit in CURRENCIES:
        return "currency"
    if q.unit in ("percent", "pp", "x"):
        return str(q.unit)
    if q.unit == "bp":
        return "pp"
    return "bare"


def _tiers(gold: Quantity) -> list[set[str] | str]:
    """Kinds of figure to look for, best first, for this gold (a currency code means that currency)."""
    fam = _family(gold)
    if fam == "currency":
        return [str(gold.unit), {"bare"}, {"currency"}]
    if fam == "percent":
        return [{"percent"}, {"pp"}]
    if fam == "pp":
        return [{"pp"}, {"percent"}]
    if fam == "x":
        return [{"x"}, {"bare"}]
    return [{"bare"}, {"x"}]


def _in_tier(q: Quantity, tier: set[str] | str) -> bool:
    if isinstance(tier, str):
        return q.unit == tier
    return _family(q) in tier


def figure_from_text(text: str, gold: Quantity) -> Quantity | None:
    """The first figure of the kind the gold is (a range for a range gold), negated when the
    words before it state a loss or decline and the gold is negative."""
    figures = [q for q in parse_quantities(text) if not q.is_year]
    for tier in _tiers(gold):
        kind = [q for q in figures if _in_tier(q, tier)]
        if not kind:
            continue
        if gold.high is not None:
            ranges = [q for q in kind if q.high is not None]
            if ranges:
                return ranges[0]
            if len(kind) >= 2:  # "13% ... 16%": both ends stated apart
                a, b = kind[0], kind[1]
                return Quantity(
                    a.value,
                    scale=a.scale or b.scale,
                    unit=a.unit or b.unit,
                    raw=f"{a.raw} … {b.raw}",
                    high=b.value,
                    decimals=max(a.shown_decimals, b.shown_decimals),
                )
            return kind[0]
        q = kind[0]
        if gold.value < 0 < q.value and _NEGATIVE_CUE.search(text[max(0, q.start - 60) : q.start]):
            q = replace(q, value=-q.value)
        return q
    return None


def effective_tolerance(gold: Quantity, rel_tol: float, policy: TolerancePolicy) -> float:
    """rel_tol, widened to the gold's own rounding ('2.8%' covers 2.75-2.85) up to the cap."""
    v = min(abs(gold.value), abs(gold.high)) if gold.high is not None else abs(gold.value)
    if v == 0:
        return rel_tol
    rounding = 0.5 * 10.0 ** (-gold.shown_decimals) / v
    return max(rel_tol, min(rounding, policy.gold_rounding_cap))


_UNSCALED = ("percent", "pp", "bp", "x")


def _base(q: Quantity, value: float, context_scale: str | None) -> float:
    if q.unit in ("percent", "pp", "x"):
        return value
    if q.unit == "bp":
        return value / 100.0
    return value * (scale_multiplier(q.scale) if q.scale else scale_multiplier(context_scale))


def compare_figure(
    got: Quantity,
    gold: Quantity,
    tol: float,
    policy: TolerancePolicy,
    context_scale: str | None = None,
) -> tuple[bool, str]:
    """(right?, why). `context_scale` is the scale the question asks for ("in USD millions"),
    applied to an answer figure that states none."""
    if not units_compatible(gold.unit, got.unit):
        return False, f"unit {got.unit} ≠ {gold.unit}"
    if gold.high is not None:
        if got.high is None:
            return False, "one figure given for a range"
        ok = numbers_match(gold, got, tol, context_scale=context_scale)
        return ok, "both ends within tolerance" if ok else "range ends outside tolerance"
    g = _base(gold, gold.value, None)
    if got.high is not None:
        lo, hi = _base(got, got.value, context_scale), _base(got, got.high, context_scale)
        covers = lo - tol * abs(g) <= g <= hi + tol * abs(g)
        narrow = abs(hi - lo) <= policy.range_point_max_width * abs(g)
        if covers and narrow:
            return True, "range covers the figure"
        return False, "range does not cover the figure" if not covers else "range too wide"
    if numbers_match(gold, got, tol, context_scale=context_scale):
        return True, "within tolerance"
    a = _base(got, got.value, context_scale)
    if a != 0 and g != 0:
        if math.isclose(-a, g, rel_tol=tol):
            return False, "wrong sign"
        ratio = abs(a / g)
        for p in (1e3, 1e6, 1e9):
            if math.isclose(ratio, p, rel_tol=tol) or math.isclose(ratio, 1 / p, rel_tol=tol):
                return False, f"wrong scale (off by {p:,.0f}x)"
        why = f"off by {100 * (a - g) / abs(g):+.2f}%"
        if got.scale is None and context_scale is None and gold.scale and got.unit not in _UNSCALED:
            read = got.value * scale_multiplier(gold.scale)
            why += f" (no scale stated; {100 * (read - g) / abs(g):+.2f}% if read in {gold.scale}s)"
        return False, why
    return False, "different figure"


# --- text -----------------------------------------------------------------------------------


def normalise_text(text: str) -> str:
    """Lowercase, NFKC, '44,682' → '44682', '16.0' → '16', punctuation → spaces, one space."""
    s = unicodedata.normalize("NFKC", text).lower()
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    s = re.sub(r"(?<=\d)\.0+(?!\d)", "", s)
    s = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", s)
    s = re.sub(r"[^\w.]+|_", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def mentions(text: str, phrase: str) -> bool:
    """`phrase` appears in `text` as words (normalised); a number must not run on ('16' ≠ '160')."""
    needle = normalise_text(phrase)
    if not needle:
        return True
    tail = r"(?!\.?\d)" if needle[-1].isdigit() else ""
    return re.search(r"(?<![a-z0-9])" + re.escape(needle) + tail, normalise_text(text)) is not None


def missing_mentions(text: str, groups: list[list[str]]) -> list[list[str]]:
    """The must_mention groups none of whose alternatives the text mentions."""
    return [g for g in groups if g and not any(mentions(text, alt) for alt in g)]


# --- one answer -----------------------------------------------------------------------------


@dataclass
class Score:
    verdict: Verdict
    reason: str
    got_figure: str | None = None
    figure_source: str | None = None
    tolerance: float | None = None
    must_mention_missing: list[list[str]] = field(default_factory=list)


def score_answer(
    q: EvalQuestion,
    text: str,
    *,
    key_figure: KeyFigure | None = None,
    refused: bool | None = None,
    policy: TolerancePolicy | None = None,
) -> Score:
    """Score one answer. `refused=None` means unknown: it is read from the text."""
    policy = policy or TolerancePolicy()
    did_refuse = looks_like_refusal(text) if refused is None else refused
    if q.type == "refusal":
        if did_refuse:
            return Score("right", "refused as it should")
        return Score("wrong", "missed refusal: answered a question the documents cannot answer")
    if did_refuse:
        return Score("wrong", "false refusal")
    missing = missing_mentions(text, q.must_mention)
    gold = gold_quantity(q)
    if gold is None:
        if not q.must_mention:
            return Score("not_scored", "text answer: needs an LLM judge")
        if missing:
            return Score(
                "wrong",
                "missing " + "; ".join(" / ".join(g) for g in missing),
                must_mention_missing=missing,
            )
        return Score("right", "mentions every required fact")

    tol = effective_tolerance(
        gold, q.tolerance if q.tolerance is not None else policy.default_for(q.type, q.unit), policy
    )
    ask_scale = detect_scale_statement(q.question)
    got: Quantity | None = None
    source = None
    kq = key_figure_quantity(key_figure)
    if kq is not None and _compatible_kind(kq, gold):
        got, source = kq, "key_figure"
    else:
        got = figure_from_text(text, gold)
        source = "text" if got is not None else None
        if got is None and kq is not None:
            got, source = kq, "key_figure"
    if got is None:
        return Score(
            "wrong",
            "no figure of the right kind in the answer",
            tolerance=tol,
            must_mention_missing=missing,
        )
    ok, why = compare_figure(got, gold, tol, policy, ask_scale)
    shown = got.raw or format_quantity(got)
    if ok and missing:
        ok, why = False, "figure right but missing " + "; ".join(" / ".join(g) for g in missing)
    return Score("right" if ok else "wrong", why, shown, source, tol, missing)


def _compatible_kind(got: Quantity, gold: Quantity) -> bool:
    if not units_compatible(gold.unit, got.unit):
        return False
    return (gold.high is None) == (got.high is None) or gold.high is None


def describe_gold(q: EvalQuestion) -> str | None:
    gold = gold_quantity(q)
    return None if gold is None else format_quantity(gold)
