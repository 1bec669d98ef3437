"""How close an answer's figure is to the gold, as a grader reads closeness.

The tolerance (`effective_tolerance`), a figure read in the gold's unit where a grader would
(a percent as a fraction, a ratio as a percent), the scale a question asks for, the rounding
it asks for (`asked_decimals`), and readings that are neither right nor wrong: the gold
rounded coarsely, a ratio written with a percent sign.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from assistant.core.finance.plan import asked_decimals as plan_decimals
from assistant.core.numbers import (
    Quantity,
    detect_scale_statement,
    numbers_match,
    scale_multiplier,
    units_compatible,
)
from eval.models import TolerancePolicy
from eval.wanted import figure_family


def asked_decimals(question: str) -> int | None:
    """Decimals the question asks the answer to be rounded to ("Percent, one decimal", "round to
    two decimal places", "to the nearest whole number"), or None. The product's own reading
    (`finance.plan.asked_decimals`), so the ruler holds an answer to the precision the answerer
    was asked for: a grader reads "one decimal" as a rounding ask whether or not it says "round"."""
    return plan_decimals(question)


def effective_tolerance(
    gold: Quantity, rel_tol: float, policy: TolerancePolicy, decimals: int | None = None,
    stated: bool = False,
) -> float:
    """rel_tol, widened to the gold's own rounding ('2.8%' covers 2.75-2.85) up to the cap
    ('$20 billion' is not anything from 19.5 to 20.5). When the question fixes the rounding
    ("Percent, one decimal"), that precision replaces the gold's own and the policy's default;
    a tolerance the question's writer `stated` still stands (a gold worked from rounded inputs)."""
    v = min(abs(gold.value), abs(gold.high)) if gold.high is not None else abs(gold.value)
    if v == 0:
        return rel_tol
    if decimals is not None:  # the asked precision, not the gold as written ("40.0" is not 39.5-40.5)
        return max(rel_tol if stated else 0.0, (0.5 * 10.0 ** (-decimals) + 1e-9) / v)
    rounding = 0.5 * 10.0 ** (-gold.shown_decimals) / v
    return max(rel_tol, min(rounding, policy.gold_rounding_cap))


_UNSCALED = ("percent", "pp", "bp", "x")
# A ratio gold is answered as a multiple as often as bare: "0.85x", "1.4 times".
_RATIO_UNITS = {"ratio", "x"}


def _as_gold_unit(got: Quantity, gold: Quantity) -> list[Quantity]:
    """The answer's figure read in the gold's unit where a grader would: a percent and
    percentage points of the same number; a percent written as a fraction (0.165 for 16.5%)
    and a ratio written as a percent (1.42% for 0.0142); a ratio written as a multiple
    ("4.0 times" for a ratio gold of 4.0), which the product's own unit check keeps apart."""
    if {gold.unit, got.unit} == _RATIO_UNITS:
        return [replace(got, unit=gold.unit)]
    gf, af = figure_family(gold), figure_family(got)
    if {gf, af} == {"percent", "pp"} and got.unit != "bp":
        return [replace(got, unit=gold.unit)]
    if gf == "bare" and got.unit == "bp" and gold.scale is None:
        # "114 (basis points of expansion)" written bare is the count of points: "114 basis points" is it
        return [replace(got, unit=None), got]
    if gf == "percent" and af == "bare" and got.scale is None:
        return [got, replace(got, value=got.value * 100, unit="percent",
                             high=None if got.high is None else got.high * 100)]  # fmt: skip
    if gf == "bare" and af == "percent" and gold.scale is None:
        return [replace(got, unit=None), replace(got, value=got.value / 100, unit=None,
                high=None if got.high is None else got.high / 100, decimals=got.shown_decimals + 2)]  # fmt: skip
    return [got]


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
    decimals: int | None = None,
) -> tuple[bool, str]:
    """(right?, why). `context_scale` is the scale the question asks for ("in USD millions"),
    applied to an answer figure that states none, unless it is written in full digits
    ("$381,603,000" is an amount in dollars whatever the question asks for). `decimals`: the
    rounding the question asks for; the figure is right when it rounds to the gold there
    (65.24% is 65.2%, 65.4% is not). Without it, a gold written with decimals also covers
    whatever rounds to it ('0.01' covers 0.0142)."""
    results = [
        _compare(a, gold, tol, policy, context_scale, decimals) for a in _as_gold_unit(got, gold)
    ]
    return next((r for r in results if r[0]), results[0])


def _compare(
    got: Quantity, gold: Quantity, tol: float, policy: TolerancePolicy,
    context_scale: str | None, decimals: int | None,
) -> tuple[bool, str]:  # fmt: skip
    if context_scale and got.scale is None and got.unit not in _UNSCALED and abs(got.value) >= 1e6:
        context_scale = None
    if not units_compatible(gold.unit, got.unit) and {gold.unit, got.unit} != _RATIO_UNITS:
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
    a = _base(got, got.value, context_scale)
    if decimals is not None and abs(a - g) <= abs(_base(gold, 0.5 * 10.0**-decimals, None)) * (1 + 1e-9):
        return True, f"rounds to the gold at {decimals} decimals"
    if numbers_match(gold, got, tol, context_scale=context_scale):
        return True, "within tolerance"
    if decimals is None and gold.shown_decimals > 0 and abs(a - g) <= abs(
        _base(gold, gold.half_unit / gold.multiplier, None)
    ) * (1 + 1e-9):
        return True, "rounds to the gold as written"
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


def rounds_to_gold(got: Quantity, gold: Quantity, context_scale: str | None) -> bool:
    """`got` is written with decimals ("$1.6 billion") and the gold rounds to it (1,577
    million), though it is outside tolerance: coarse, not wrong. Rounding to a whole number
    ("$2 billion") or to a tenth of the figure or coarser is no reading of the gold."""
    if got.high is not None or gold.high is not None or got.shown_decimals == 0:
        return False
    if not units_compatible(gold.unit, got.unit) or got.value * gold.value <= 0:
        return False
    half = 0.5 * 10.0 ** (-got.shown_decimals)
    if half / abs(got.value) > 0.05:
        return False
    lo, hi = (_base(got, got.value - half, context_scale), _base(got, got.value + half, context_scale))
    g = _base(gold, gold.value, None)
    return min(lo, hi) <= g <= max(lo, hi)


def percent_for_a_ratio(got: Quantity, gold: Quantity) -> bool:
    """A percent given for a ratio gold: "66%" is 0.66, but "0.66%" may be a slip for 0.66."""
    return figure_family(gold) == "bare" and figure_family(got) == "percent" and got.high is None


# "(Millions, except per share amounts)" over a statement: a per-share figure asked is in plain
# dollars, whatever scale the answer's quoted heading states for the other lines.
_EXCEPT_PER_SHARE = re.compile(r"(?i)\bexcept\s+(?:for\s+)?per[\s-]+share")
_PER_SHARE_ASKED = re.compile(r"(?i)\bper\s+(?:(?:common|ordinary|diluted|basic)\s+)*share\b|\bEPS\b")


def answer_scale(text: str, question: str) -> str | None:
    """The scale the answer states for its bare figures; none for a per-share figure asked where
    that statement excepts per-share amounts."""
    if _PER_SHARE_ASKED.search(question) and _EXCEPT_PER_SHARE.search(text):
        return None
    return detect_scale_statement(text)
