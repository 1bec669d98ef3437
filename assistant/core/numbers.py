"""Financial numbers: find them in text, normalise them, compare them, write them.

The one module that knows "$4.6B", "US$4.6 billion" and a "4,625" under "(in
millions)" are the same figure. The eval scorer and the answer verifier both use
it, so they cannot disagree about what a number says.

`Quantity`, scales, units and the parser live in `assistant.core.number_parsing`, page scale
statements in `assistant.core.scale_statements`; both are re-exported here; this module adds
comparing and writing. Import from here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.core.number_parsing import (
    CURRENCIES,
    SCALE_ALIASES,
    SCALES,
    UNSCALED_UNITS,
    Quantity,
    _parse_cached,  # noqa: F401  (re-exported: tests clear its cache)
    normalise_scale,
    normalise_unit,
    parse_quantities,
    parse_quantity,
    scale_multiplier,
)
from assistant.core.scale_statements import detect_scale_statement

__all__ = [
    "CURRENCIES",
    "SCALES",
    "SCALE_ALIASES",
    "UNSCALED_UNITS",
    "Number",
    "Quantity",
    "between_figures",
    "detect_scale_statement",
    "format_quantity",
    "matches_with_rounding",
    "normalise_scale",
    "normalise_unit",
    "numbers_match",
    "parse_quantities",
    "parse_quantity",
    "scale_multiplier",
    "significant_digits",
    "to_base",
    "units_compatible",
]

_PREFIX_OF = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
# Rounding slack is capped when the match needed a change of scale: a bare "1" could
# otherwise "round" to any 4-digit table cell read in thousands.
_CROSS_SCALE_MAX_REL = 0.05


def between_figures(text: str, fig: Quantity) -> tuple[int, int]:
    """The stretch of `text` that is `fig`'s own: from the end of the figure before it to the start of
    the figure after it (years are no figures here), or the text's ends."""
    others = [x for x in parse_quantities(text) if not x.is_year and x.start != fig.start]
    return (max([0, *(x.end for x in others if x.end <= fig.start)]),
            min([len(text), *(x.start for x in others if x.start >= fig.end)]))


def to_base(q: Quantity | float, target_scale: str | None = None) -> float:
    """The value expressed in `target_scale` ($4.6 billion -> 4600.0 in 'million')."""
    if not isinstance(q, Quantity):
        return float(q) / scale_multiplier(target_scale)
    if q.unit in UNSCALED_UNITS:
        return q.value
    return q.base_value / scale_multiplier(target_scale)


def significant_digits(q: Quantity) -> int:
    """Digits shown, leading zeros dropped ("0.54" -> 2, "$20 billion" -> 2)."""
    digits = re.sub(r"\D", "", f"{abs(q.value):.{q.shown_decimals}f}").lstrip("0")
    return max(1, len(digits))


# --- comparing -----------------------------------------------------------------------------

Number = Quantity | float | int


def _as_quantity(x: Number) -> Quantity:
    if not isinstance(x, Quantity):
        return Quantity(value=float(x), raw=repr(x))
    unit, scale = normalise_unit(x.unit), normalise_scale(x.scale)
    return x if (unit, scale) == (x.unit, x.scale) else replace(x, unit=unit, scale=scale)


def _family(unit: str | None) -> str | None:
    u = normalise_unit(unit)
    if u in (None, "count"):
        return None
    return "pp" if u in ("pp", "bp") else u


def units_compatible(a: str | None, b: str | None, *, loose_percent: bool = False) -> bool:
    """Same unit, or one side has none (a table cell); percent ~ pp only when loose."""
    fa, fb = _family(a), _family(b)
    if fa is None or fb is None or fa == fb:
        return True
    return loose_percent and {fa, fb} == {"percent", "pp"}


def _canon(q: Quantity, v: float, ctx: float) -> float:
    if normalise_unit(q.unit) == "bp":
        return v / 100.0
    if q.unit in UNSCALED_UNITS:
        return v
    return v * (SCALES[q.scale] if q.scale else ctx)


def _compare(
    a: Quantity, b: Quantity, rel_tol: float, rounding: bool, context_scale: str | None,
    scale_agnostic: bool, allow_fraction: bool, ignore_sign: bool, loose_percent: bool,
) -> bool:
    if not units_compatible(a.unit, b.unit, loose_percent=loose_percent):
        return False
    if (a.high is None) != (b.high is None):
        return False
    fa, fb = _family(a.unit), _family(b.unit)
    factors = [1.0]
    if allow_fraction and fa == "percent" and fb is None and b.scale is None:
        factors.append(100.0)
    if allow_fraction and fb == "percent" and fa is None and a.scale is None:
        factors.append(0.01)
    b_ctx = scale_multiplier(context_scale)
    if scale_agnostic and a.unit not in UNSCALED_UNITS and b.unit not in UNSCALED_UNITS:
        if b.scale is None and context_scale is None:
            factors += [1e3, 1e6, 1e9]
        if a.scale is None:
            factors += [1e-3, 1e-6, 1e-9]
    pairs = [(a.value, b.value)]
    if a.high is not None and b.high is not None:
        pairs.append((a.high, b.high))
    half = _canon(a, a.half_unit / a.multiplier, 1.0) if rounding else 0.0
    for va, vb in pairs:
        x, y = _canon(a, va, 1.0), _canon(b, vb, b_ctx)
        if ignore_sign:
            x, y = abs(x), abs(y)
        ok = False
        for f in factors:
            yy = y * f
            tol = rel_tol * max(abs(x), abs(yy))
            if rounding:
                tol = max(tol, half if f in (1.0, 100.0, 0.01) else min(half, _CROSS_SCALE_MAX_REL * abs(x)))
            if abs(x - yy) <= tol + 1e-9 * max(abs(x), abs(yy), 1e-12):
                ok = True
                break
        if not ok:
            return False
    return True


def numbers_match(
    a: Number, b: Number, rel_tol: float = 0.01, *, context_scale: str | None = None,
    scale_agnostic: bool = False, allow_fraction: bool = False, ignore_sign: bool = False,
    loose_percent: bool = False,
) -> bool:
    """True when `a` and `b` are the same figure within `rel_tol` after normalising scale.

    `context_scale` is the scale stated for `b` (its table says "in millions") and applies
    when `b` carries none. `scale_agnostic` also accepts a ratio of 1e3/1e6/1e9 to a side
    that states no scale. A fraction never equals a percent unless `allow_fraction`.
    """
    return _compare(
        _as_quantity(a), _as_quantity(b), rel_tol, False, context_scale, scale_agnostic,
        allow_fraction, ignore_sign, loose_percent,
    )


def matches_with_rounding(
    stated: Number, exact: Number, rel_tol: float = 0.01, *, context_scale: str | None = None,
    scale_agnostic: bool = False, allow_fraction: bool = False, ignore_sign: bool = False,
    loose_percent: bool = False,
) -> bool:
    """Like `numbers_match`, but also accepts `stated` as a rounding of `exact`:
    "$4.6 billion" covers 4.55 to 4.65 billion, whatever `rel_tol` says."""
    return _compare(
        _as_quantity(stated), _as_quantity(exact), rel_tol, True, context_scale, scale_agnostic,
        allow_fraction, ignore_sign, loose_percent,
    )


# --- writing -------------------------------------------------------------------------------


def _number_text(v: float, decimals: int) -> str:
    return f"{abs(v):,.{decimals}f}"


def format_quantity(q: Quantity) -> str:
    """Human text that `parse_quantity` reads back: "$22.91 million", "59.6%", "(1,577)"."""
    d = q.shown_decimals
    unit = normalise_unit(q.unit)
    prefix = ""
    if unit in CURRENCIES:
        prefix = _PREFIX_OF.get(unit, f"{unit} ")
    suffix = f" {q.scale}" if q.scale and unit not in UNSCALED_UNITS else ""
    suffix += {"percent": "%", "pp": " percentage points", "bp": " bps", "x": "x"}.get(unit or "", "")
    if q.high is not None:
        low = ("-" if q.value < 0 else "") + prefix + _number_text(q.value, d)
        high = ("-" if q.high < 0 else "") + _number_text(q.high, d)
        return f"{low} to {high}{suffix}"
    body = prefix + _number_text(q.value, d)
    if q.value < 0:
        return f"({body})" if not suffix else f"-{body}{suffix}"
    return body + suffix
