"""Arithmetic behind an answer's figures: which computation on nearby figures yields a
number the sources do not state, and whether a stated change ("from A to B, up Y%") adds up.

Every figure is a `_Num` point with its rounding box; each operation is monotonic, so its
range over the boxes is read off the corners and the search is bounded to a small pool.
`assistant.core.verify` uses this for grounding and re-exports `check_arithmetic`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from assistant.core.numbers import (
    SCALES,
    UNSCALED_UNITS,
    Quantity,
    parse_quantities,
    significant_digits,
    units_compatible,
)

_UP, _DOWN = (1e3, 1e6, 1e9), (1e-3, 1e-6, 1e-9)
_INPUT_MAX_REL = 0.01
_SCALE_NAME = {v: k for k, v in SCALES.items()}


# --- figures as points ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Num:
    """A figure as a point, with what matching and arithmetic need."""

    q: Quantity
    value: float  # absolute, in base units where the scale is known
    raw_value: float  # absolute, with only the scale written next to it (for matching)
    half: float  # rounding half-unit, same units as value
    family: str | None
    unscaled: bool  # no scale of its own: a table cell, or a bare answer number
    known: bool  # value's scale is known (explicit, stated by the page, or inferred)
    n: int = 0  # source number (0 = the answer)
    pos: int = 0
    scale: str | None = None  # written or stated by the page, for display
    origin: str = "a"  # a: the answer, q: inside a cited quote, n: next to a matched figure

    @property
    def text(self) -> str:
        d = self.q.shown_decimals
        return f"{abs(self.q.value):,.{d}f}"


def _family(q: Quantity) -> str | None:
    if q.unit in (None, "count"):
        return None
    return "pp" if q.unit in ("pp", "bp") else q.unit


def _points(q: Quantity, n: int, ctx: float | None) -> list[_Num]:
    """A quantity as one or two points (a range gives both ends); `ctx` is the page scale."""
    out = []
    for v in (q.value, q.high) if q.high is not None else (q.value,):
        point = Quantity(v, q.scale, q.unit, q.raw, q.start, q.end, None, q.is_year, q.decimals)
        unscaled = q.scale is None and q.unit not in UNSCALED_UNITS
        written = 0.01 if q.unit == "bp" else point.multiplier
        mult = written * (ctx if unscaled and ctx and not q.is_year else 1.0)
        known = not unscaled or ctx is not None or (n == 0 and q.unit is not None)
        half = 0.5 * 10.0 ** (-point.shown_decimals) * mult
        scale = q.scale or (_SCALE_NAME.get(ctx) if unscaled and ctx and not q.is_year else None)
        out.append(
            _Num(
                point, abs(v) * mult, abs(v) * written, half, _family(q), unscaled, known, n, q.start, scale,
                "a" if n == 0 else "n",
            )
        )
    return out


# --- arithmetic -----------------------------------------------------------------------------

Box = tuple[float, float]  # (low, high) of a positive figure within its rounding
Op = tuple[str, int, Callable[..., Box], str]
# Each op is monotonic in each input, so its range over the boxes is read off the corners.
_OPS: list[Op] = [  # name, arity, range, description template
    ("growth", 2, lambda a, b: ((b[0] - a[1]) / a[1] * 100.0, (b[1] - a[0]) / a[0] * 100.0), "({1} - {0}) / {0}"),
    ("share", 2, lambda a, b: (a[0] / b[1] * 100.0, a[1] / b[0] * 100.0), "{0} / {1} * 100"),
    ("ratio", 2, lambda a, b: (a[0] / b[1], a[1] / b[0]), "{0} / {1}"),
    ("difference", 2, lambda a, b: (b[0] - a[1], b[1] - a[0]), "{1} - {0}"),
    ("sum", 2, lambda a, b: (a[0] + b[0], a[1] + b[1]), "{0} + {1}"),
    ("average", 2, lambda a, b: ((a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0), "({0} + {1}) / 2"),
    ("prior", 2, lambda a, p: (a[0] / (1.0 + p[1] / 100.0), a[1] / (1.0 + p[0] / 100.0)), "{0} / (1 + {1} / 100)"),
    ("gain", 2, lambda a, p: (a[0] * p[0] / (100.0 + p[0]), a[1] * p[1] / (100.0 + p[1])),
     "{0} - {0} / (1 + {1} / 100)"),
    ("sum", 3, lambda a, b, c: (a[0] + b[0] + c[0], a[1] + b[1] + c[1]), "{0} + {1} + {2}"),
    ("average", 3, lambda a, b, c: ((a[0] + b[0] + c[0]) / 3.0, (a[1] + b[1] + c[1]) / 3.0), "({0} + {1} + {2}) / 3"),
]
_OP = {(name, arity): (fn, template) for name, arity, fn, template in _OPS}
_PCT = ("percent", "pp")
_RATIO_OPS = ("growth", "share", "ratio")


def _abs_range(lo: float, hi: float) -> Box:
    if lo <= 0 <= hi:
        return 0.0, max(-lo, hi)
    return (lo, hi) if lo > 0 else (-hi, -lo)


def _interval(fn: Callable[..., Box], ins: Sequence[_Num]) -> Box | None:
    """Range of |result| over the inputs' rounding boxes; None if a box reaches zero."""
    boxes = [(x.value - x.half, x.value + x.half) for x in ins]
    if any(lo <= 0 for lo, _ in boxes):
        return None
    return _abs_range(*fn(*boxes))


def _combos(
    name: str, arity: int, target: _Num, recs: list[tuple[_Num, Box]]
) -> Iterable[Sequence[tuple[_Num, Box]]]:
    """Input tuples whose units suit `name` and `target`: percents feed points and average
    percents, amounts feed everything else, "prior" takes an amount and a growth rate."""
    tf = target.family
    pct = [r for r in recs if r[0].family in _PCT]
    amounts = [r for r in recs if r[0].family not in (*_PCT, "x")]
    chosen: list[tuple[_Num, Box]] = []
    if tf == "percent":
        chosen = {"growth": amounts, "share": amounts, "average": pct}.get(name, [])
    elif tf == "pp":
        chosen = pct if name == "difference" else []
    elif tf == "x":
        chosen = amounts if name == "ratio" else []
    elif name == "ratio" and tf not in (None, "x"):  # a price per share: an amount over a count
        return [(a, c) for a in recs if a[0].family == tf for c in recs
                if c[0].family is None and _backed(a[0], c[0])]
    elif name in ("prior", "gain"):
        rates = [r for r in pct if r[0].family == "percent"]
        return [
            (a, p) for a in amounts for p in rates
            if _backed(a[0], p[0]) and units_compatible(a[0].q.unit, target.q.unit)
        ]
    elif name != "ratio" or tf is None:
        chosen = [r for r in amounts if tf is None or r[0].family in (None, tf)]
    if arity == 3:  # answer and quote figures only, so every triple is backed
        return itertools.combinations([r for r in chosen if r[0].origin != "n"][:10], 3)
    ordered = name in _RATIO_OPS
    return [
        (r, t) for i, r in enumerate(chosen) for j, t in enumerate(chosen)
        if (i < j or (ordered and i > j)) and _backed(r[0], t[0])
    ]


def _backed(a: _Num, b: _Num) -> bool:
    """A pair may explain a figure if the answer states one of them, or the quotes both."""
    return a.origin == "a" or b.origin == "a" or (a.origin == "q" and b.origin == "q")


def _same_family(ins: Sequence[_Num]) -> bool:
    return len({x.family for x in ins} - {None}) <= 1


def _factors(name: str, target: _Num, ins: Sequence[_Num]) -> tuple[float, ...]:
    """Scale factors a result may need to meet the target: an amount computed from table
    cells of unknown scale may be in thousands, millions or billions."""
    if name in _RATIO_OPS:
        return (1.0,)
    all_known = all(x.known for x in ins)
    if target.known and not all_known:
        return (1.0, *_UP)
    if not target.known and all_known:
        return (1.0, *_DOWN)
    return (1.0,)


def _explains(target: _Num, name: str, iv: Box, ins: Sequence[_Num]) -> bool:
    lo, hi = iv
    slack = 1e-9 * max(abs(target.value), 1e-12)
    t_lo, t_hi = target.value - target.half - slack, target.value + target.half + slack
    return any(lo * f <= t_hi and hi * f >= t_lo for f in _factors(name, target, ins))


def _display(ins: Sequence[_Num]) -> list[str]:
    """Numbers as written; scale words only where the inputs' scales differ."""
    if len({x.scale for x in ins}) == 1:
        return [x.text for x in ins]
    return [x.text + (f" {x.scale}" if x.scale else "") for x in ins]


def _explain(target: _Num, pool: Sequence[_Num]) -> str | None:
    """A short description of arithmetic on `pool` figures that yields `target`, or None.

    Inputs must include a figure the answer states, or all lie inside the cited quotes:
    source figures alone are too many, and some pair of them fits almost any number."""
    if target.q.high is not None or significant_digits(target.q) < 2:
        return None  # "7%" or "$2 million" would be "explained" by chance
    # An input known only to one or two digits ("2" in millions is 1.5 to 2.5) fits too much.
    pool = [x for x in pool if x.value > 0 and x.half <= _INPUT_MAX_REL * x.value]
    recs = [(x, (x.value - x.half, x.value + x.half)) for x in pool]
    slack = 1e-9 * max(abs(target.value), 1e-12)
    t_lo, t_hi = target.value - target.half - slack, target.value + target.half + slack
    for name, arity, fn, template in _OPS:
        for combo in _combos(name, arity, target, recs):
            ins = [r[0] for r in combo]
            if name not in ("prior", "gain", "ratio") and not _same_family(ins):
                continue
            factors = _factors(name, target, ins)
            boxes = [r[1] for r in combo]
            # a ratio of a figure of known scale to a cell of unknown scale: try the cell
            # in thousands, millions and billions too
            mixed = name in _RATIO_OPS and len({x.known for x in ins}) == 2
            for f_cell in (1.0, *_UP) if mixed else (1.0,):
                bx = boxes if f_cell == 1.0 else [
                    b if x.known else (b[0] * f_cell, b[1] * f_cell) for x, b in zip(ins, boxes, strict=True)
                ]
                lo, hi = _abs_range(*fn(*bx))
                if any(lo * f <= t_hi and hi * f >= t_lo for f in factors):
                    if name == "difference" and ins[0].value > ins[1].value:
                        ins.reverse()  # show "larger - smaller"
                    return f"{target.q.raw} = " + template.format(*_display(ins)) + " verified"
    return None


@dataclass(frozen=True)
class ArithmeticCheck:
    """A change the answer states ("grew from A to B, a Y% increase"), redone in code."""

    stated: Quantity
    ok: bool
    description: str


_CLAUSE = re.compile(r"(?<=[.!?;])\s+|\n+|,\s+(?:and|while|whereas|but)\s+")
_UP_WORDS = r"up|grew|grown|rose|risen|increased|jumped|gained|climbed|surged|expanded|improved"
_DOWN_WORDS = r"down|fell|fallen|declined|decreased|dropped|slipped|contracted|shrank"
_NOUNS_UP = r"increase|rise|gain|growth|jump|improvement|higher"
_NOUNS_DOWN = r"decrease|decline|drop|fall|reduction|lower"
_HEDGE = r"(?:(?:about|approximately|roughly|nearly|almost|around|some|over|more\s+than)\s+)?"
_Y_BEFORE = re.compile(
    rf"(?i)\b(?:(?P<up>{_UP_WORDS})|(?P<down>{_DOWN_WORDS})|(?P<nup>{_NOUNS_UP})\s+of"
    rf"|(?P<ndown>{_NOUNS_DOWN})\s+of)\s+(?:by\s+)?{_HEDGE}(?:an?\s+)?$"
)
_Y_AFTER = re.compile(
    rf"(?i)\s*(?:year[- ]over[- ]year\s+|y/y\s+|yoy\s+)?(?:(?P<nup>{_NOUNS_UP})|(?P<ndown>{_NOUNS_DOWN}))\b"
)
_OLD_BEFORE = re.compile(r"(?i)\b(?:from|compared\s+(?:to|with)|versus|vs\.?|against)\s+" + _HEDGE + "$")
_NEW_BEFORE = re.compile(r"(?i)\b(?:to|reached|reaching|at|of)\s+" + _HEDGE + "$")


def check_arithmetic(text: str) -> list[ArithmeticCheck]:
    """Redo the changes an answer states: old value after "from"/"compared to", new value
    after "to" (or the one other figure), change Y% after "up"/"grew"/"a ... increase"."""
    qs = [q for q in parse_quantities(text) if not q.is_year and q.high is None]
    bounds = [0, *[m.end() for m in _CLAUSE.finditer(text)], len(text)]
    checks: list[ArithmeticCheck] = []
    for c0, c1 in itertools.pairwise(bounds):
        clause = [q for q in qs if c0 <= q.start < c1]
        ys, direction = [], 0
        for q in clause:
            if q.unit not in ("percent", "pp", "bp"):
                continue
            m = _Y_BEFORE.search(text[c0 : q.start]) or _Y_AFTER.match(text, q.end)
            if m:
                ys.append(q)
                gd = m.groupdict()
                direction = 1 if gd.get("up") or gd.get("nup") else -1
        olds = [q for q in clause if q not in ys and _OLD_BEFORE.search(text[c0 : q.start])]
        if len(ys) != 1 or len(olds) != 1:
            continue
        y, old = ys[0], olds[0]
        rest = [q for q in clause if q is not y and q is not old
                and units_compatible(q.unit, old.unit) and (q.unit == "percent") == (old.unit == "percent")]
        news = [q for q in rest if _NEW_BEFORE.search(text[c0 : q.start])] or rest
        if len(news) != 1 or old.value <= 0 or news[0].value < 0:
            continue  # growth from zero or through a loss has no agreed meaning
        checks.append(_check_change(old, news[0], y, direction))
    return checks


def _check_change(old: Quantity, new: Quantity, y: Quantity, direction: int) -> ArithmeticCheck:
    a, b = _points(old, 0, None)[0], _points(new, 0, None)[0]
    target = _points(y, 0, None)[0]
    pct_inputs = old.unit == "percent" and new.unit == "percent"
    signed = new.base_value - old.base_value if old.value > 0 else 0.0
    candidates = [] if y.unit in ("pp", "bp") else ["growth"]
    if pct_inputs:
        candidates.append("difference")
    for name in candidates:
        fn, template = _OP[name, 2]
        iv = _interval(fn, (a, b))
        if iv is not None and _explains(target, name, iv, (a, b)):
            if direction and signed * direction < -max(a.half, b.half):
                break  # the size is right but the direction is not
            expr = template.format(*_display((a, b)))
            return ArithmeticCheck(y, True, f"{y.raw} = {expr} verified")
    growth = (new.base_value - old.base_value) / old.base_value * 100.0 if old.value else float("nan")
    detail = f"{growth:+.2f}%" if not pct_inputs else f"{growth:+.2f}% or {new.value - old.value:+.2f} pp"
    return ArithmeticCheck(
        y, False, f"MISMATCH: {y.raw} stated, but {old.raw} -> {new.raw} is {detail}"
    )
