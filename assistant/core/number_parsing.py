"""Reading financial figures out of text: the `Quantity` model, its scales and units, and
the parser ("$4.6B", "(1,577)", "13 to 16%"); page scale statements ("(in millions)") are
`scale_statements`'.

Comparing and writing figures lives in `assistant.core.numbers`, which re-exports all of this;
import from there. This module imports nothing from it, so there is no cycle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from assistant.core.finance.periods import MONTH_WORDS
from assistant.core.finance.spaced_thousands import spaced_cells
from assistant.core.row_marks import UNSCALED_UNITS, drop_row_marks

SCALES: dict[str, float] = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SCALE_ALIASES: dict[str, str] = {
    **{a: "thousand" for a in ("k", "thousand", "thousands")},
    **{a: "million" for a in ("m", "mn", "mm", "mio", "million", "millions")},
    **{a: "billion" for a in ("b", "bn", "billion", "billions")},
    **{a: "trillion" for a in ("t", "tn", "trillion", "trillions")},
}
CURRENCIES = ("USD", "EUR", "GBP", "NOK", "SEK", "DKK", "CHF", "JPY", "CNY", "CAD", "AUD", "INR")
CURRENCY_SYMBOLS = {"US$": "USD", "C$": "CAD", "A$": "AUD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_SYMBOLS = CURRENCY_SYMBOLS
_UNIT_ALIASES = {
    "%": "percent", "percent": "percent", "pct": "percent", "per cent": "percent",
    "pp": "pp", "ppt": "pp", "ppts": "pp", "p.p.": "pp", "percentage point": "pp",
    "percentage points": "pp", "bp": "bp", "bps": "bp", "basis point": "bp", "basis points": "bp",
    "x": "x", "×": "x", "times": "x", "count": "count", "dollar": "USD", "dollars": "USD",
    "euro": "EUR", "euros": "EUR", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
}


@dataclass(frozen=True)
class Quantity:
    """One figure as written. `value` is before scale: 22.91 for "$22.91 million"."""

    value: float
    scale: str | None = None
    unit: str | None = None
    raw: str = ""
    start: int = 0
    end: int = 0
    high: float | None = None  # upper end of a range ("13 to 16%")
    is_year: bool = False  # "2023", "FY2022": a label, not a figure
    decimals: int | None = None  # digits shown after the point; None = infer from value

    @property
    def multiplier(self) -> float:
        if self.unit in UNSCALED_UNITS or self.scale is None:
            return 1.0
        return scale_multiplier(self.scale)  # tolerates "bn", "Million" in hand-made ones

    @property
    def base_value(self) -> float:
        """Value in units (22910000.0), or the percent number itself for percent (59.6)."""
        return self.value * self.multiplier

    @property
    def base_high(self) -> float | None:
        return None if self.high is None else self.high * self.multiplier

    @property
    def shown_decimals(self) -> int:
        return self.decimals if self.decimals is not None else _decimals_of(self.value)

    @property
    def half_unit(self) -> float:
        """Half of the last digit shown, in base units: the rounding the figure allows."""
        return 0.5 * 10.0 ** (-self.shown_decimals) * self.multiplier


def _decimals_of(value: float) -> int:
    exp = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


def normalise_scale(name: str | None) -> str | None:
    """'bn', 'B', 'millions', 'mm' ... -> canonical name; None stays None."""
    if name is None or name == "":
        return None
    key = name.strip().lower()
    if key not in SCALE_ALIASES:
        raise ValueError(f"unknown scale {name!r}; expected one of {sorted(SCALE_ALIASES)}")
    return SCALE_ALIASES[key]


def scale_multiplier(name: str | None) -> float:
    scale = normalise_scale(name)
    return 1.0 if scale is None else SCALES[scale]


def normalise_unit(unit: str | None) -> str | None:
    """'%', 'pct', 'usd', '$', 'dollars' ... -> 'percent', 'USD' ...; unknown units pass through."""
    if unit is None or unit == "":
        return None
    key = re.sub(r"[\s-]+", " ", unit.strip())  # "percentage-point" is "percentage point"
    if key.upper() in CURRENCIES:
        return key.upper()
    return _UNIT_ALIASES.get(key.lower(), key)


# --- parsing -------------------------------------------------------------------------------

_NUM = re.compile(r"(?=[.\d])(?<![\d.])(\d{1,3}(?:,\d{3})+(?!\d)(?!,\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)")
_CODES = "|".join(CURRENCIES)
# "△" and "▲" are Japanese reports' minus signs: "△2,140" is -2,140
_LEFT = re.compile(
    r"(?P<open>\()?[ \t]*(?P<sign>[-−+△▲])?[ \t]*"
    rf"(?P<cur>US\$|C\$|A\$|\$|€|£|¥|(?<![A-Za-z])(?:{_CODES}))?"
    r"[ \t\u00a0]*\n?[ \t\u00a0]*(?P<open2>\()?[ \t]*(?P<sign2>[-−+△▲])?$"
)
_SCALE_RE = r"(?P<sp>[ \t\u00a0]*)(?P<scale>(?i:thousands?|millions?|billions?|trillions?)|mn|bn|tn|mm|MM|Mn|Bn|[kKmMbBtT])(?![A-Za-z])"
_UNIT_RE = (
    # "a 2-percentage-point headwind", and "2- percentage-point" where the PDF's line break split it
    r"(?:[ \t\u00a0]*|-[ \t]?(?=(?i:percent|percentage|basis)))"
    r"(?P<unit>%[ \t]*points?\b|(?i:percentage[ \t-]+points?\b|percent[ \t]+points?\b)|%"
    r"|(?i:percent\b|per[ \t]+cent\b|pct\b|pp\b|ppts?\b|p\.p\.|basis[ \t-]+points?\b|bps\b|bp\b"
    rf"|times\b|dollars?\b|euros?\b)|×|(?:{_CODES})\b)"
)
_RIGHT = {  # (with a scale, with a closing parenthesis straight after the digits)
    (sc, cl): re.compile(
        ("(?P<close1>\\))?" if cl else "")
        + (f"(?:{_SCALE_RE})?" if sc else "")
        + rf"(?:{_UNIT_RE})?(?P<close2>[ \t]*\))?"
    )
    for sc in (True, False)
    for cl in (True, False)
}
_MONTHS = f"(?:{MONTH_WORDS})"
_SKIP_SPANS = [
    re.compile(r"\[\s*\d+(?:\s*[,;–-]\s*\d+)*\s*\]"),  # citation markers [3], [1, 2], [1-3]
    re.compile(r"(?=\d)\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b"),
    re.compile(r"(?m)^[ \t]*(?:[-*•][ \t]*)?\d{1,2}[.)](?=[ \t]+\S)"),  # list markers "1." "2)"
    # Note marks: a note's number opening its line ("3 Calculated using ..."), a mark between words
    # ("Stores (1) at End", "and (2) as determined"); a note number is no figure.
    re.compile(r"(?m)^[ \t]*\d{1,2}(?=[ \t]+(?!(?:Months|Weeks|Days|Years|Quarters)\b)[A-Z][a-z]+[ \t]+[a-z])"),
    re.compile(r"(?<=[A-Za-z])[ \t]+\(\d\)(?=[ \t]+[a-z])"),
    # A list's item numbers in running text ("including: (1) charges in fiscal 2023 ...; and (2) charges
    # ..."), and a bracketed note number opening its note ("(4) Represents restructuring charges"): the
    # words after them run on, so they count items and number notes; they are no figures.
    re.compile(r"(?<=[:;,])[ \t]+\(\d{1,2}\)(?=[ \t]+[a-z])"),
    re.compile(r"(?m)^[ \t]*\(\d{1,2}\)(?=[ \t]+[A-Z][a-z]+[ \t]+[a-z])"),
    # A range of pages ("on pages 65-69", "pp. 12–14"): its last page is no figure either.
    re.compile(r"(?i)\b(?:pages|pp\.)[ \t]+\d{1,4}[ \t]*[-–—][ \t]*\d{1,4}\b(?![.,]\d|[ \t]*%)"),
    # Two cells run together by a PDF's extraction ("12,15213,444" for 12,152 and 13,444): a thousands
    # comma is never followed by four digits, nor a decimal figure by a second point ("10.610.6"), so no
    # part of the run is a figure.
    re.compile(r"\d{1,3}(?:,\d{3})*,\d{4,}[\d,.]*|(?<![\d.])\d+\.\d+\.\d[\d.]*"),
]
_DAY_AFTER_MONTH = re.compile(rf"(?=[A-Z])\b{_MONTHS}\.?[ \t]+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]\d|[ \t]*%)")
_DAY_BEFORE_MONTH = re.compile(rf"(?=\d)\b(\d{{1,2}})(?:st|nd|rd|th)?[ \t]+{_MONTHS}\b")
# "FY22", "fiscal 2021", and a year shortened after a month or quarter: "Jun'23", "Q2’23".
_YEAR_PREFIX = re.compile(rf"(?:\bFY|\bCY|\b[Ff]iscal[ \t]+(?:[Yy]ear[ \t]+)?)['’]?[ \t]*$"
                          rf"|(?:\b{_MONTHS}\.?[ \t]?|\bQ[1-4]|\b[1-4]Q|\bH[12])['’]$")
_REFERENCE = re.compile(
    r"(?i)\b(?:notes?|items?|pages?|p\.|pp\.|exhibits?|sections?|rule|part|chapter|schedule|article"
    r"|footnote|form|table|figure|fig\.|appendix|level|tier|no\.|nos\.)[ \t]*$"
)
_SCALE_AFTER = re.compile(
    r"[ \t]*(?:\([ \t]*(?:in[ \t]+)?|in[ \t]+)(?P<usd>(?:US)?\$[ \t]*|USD[ \t]+|dollars[ \t]+)?"
    r"(thousands|millions|billions|000s?)\b(?:[ \t]*\))?",
    re.IGNORECASE,
)
_PAREN_NEG_CONTEXT = re.compile(r"(?:^|[\d%)\n$])[ \t]*$")


_LEFT_CHARS = frozenset("($€£¥+-−△▲")
_WORD_END = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.'’")
_NO_LEFT = _LEFT.match("")  # a match with no groups set: "nothing to the left"


def _excluded(text: str) -> bytearray:
    """1 at every position that belongs to a citation marker, a date, a time or a list marker."""
    mask = bytearray(len(text))
    spans = [m.span() for rx in _SKIP_SPANS for m in rx.finditer(text)]
    spans += [m.span(1) for rx in (_DAY_AFTER_MONTH, _DAY_BEFORE_MONTH) for m in rx.finditer(text)]
    for a, b in spans:
        mask[a:b] = b"\x01" * (b - a)
    return mask


def _letters_before(text: str, i: int) -> int:
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return i - j


def _right_match(text: str, e: int, cur: str | None, closing: bool) -> re.Match[str]:
    rm = _RIGHT[True, closing].match(text, e)
    assert rm is not None  # every group is optional
    sc = rm["scale"]
    if sc and not cur and (len(sc) == 1 or sc in ("mm", "MM")) and (rm["sp"] or sc in "tT"):
        rm = _RIGHT[False, closing].match(text, e)  # "5 m" without a currency is not "5 million"
        assert rm is not None
    return rm


# A figure's scale written as a letter or two right after its digits ("500m", "1.2bn", "40k"): a dash
# after it starts the range's other end, not a name ("COVID-19").
_SCALE_SUFFIX = re.compile(r"\d(?:m|mn|bn|b|k)$", re.I)


def _parse_one(text: str, s: int, e: int, prev_end: int) -> Quantity | None:
    core = text[s:e]
    figure_like = "," in core or "." in core  # glued PDF text ("Revenue39,403") still counts
    base = max(prev_end, s - 16)
    tail = text[base:s].rstrip(" \t\u00a0\n")
    lm = _LEFT.search(text[base:s]) if tail and (tail[-1] in _LEFT_CHARS or tail[-3:].isupper()) else None
    lm = lm or _NO_LEFT
    assert lm is not None
    cur = (_SYMBOLS.get(lm["cur"]) or lm["cur"]) if lm["cur"] else None
    sign_g = "sign2" if lm["sign2"] else "sign" if lm["sign"] else None
    negative, start = False, s
    if sign_g:
        k = base + lm.start(sign_g)
        before = text[k - 1] if k > 0 else " "
        if before.isdigit() or before == "%":
            sign_g = None  # "13-16%": a range dash, not a minus
        elif before.isalpha():
            if not cur and not figure_like and not _SCALE_SUFFIX.search(text[max(0, k - 6) : k]):
                return None  # "COVID-19"; "EUR 500m-530m" is a range, its dash no minus
            sign_g = None
        else:
            negative, start = lm[sign_g] in "-−△▲", k
    if cur:
        start = min(start, base + lm.start("cur"))
    open_g = "open2" if lm["open2"] else "open" if lm["open"] else None
    open_at = base + lm.start(open_g) if open_g else None
    left = text[max(0, s - 16) : open_at if open_at is not None else start]
    worded_left = not cur and left.rstrip()[-1:] in _WORD_END  # cheap gate for the label checks
    if worded_left and not sign_g and core.isdigit() and len(core) in (2, 4) and _YEAR_PREFIX.search(left):
        return Quantity(float(core), raw=core, start=s, end=e, is_year=True, decimals=0)  # "FY22"
    glued = figure_like and _letters_before(text, s) >= 3
    if not cur and not sign_g and open_at is None and s > 0 and text[s - 1].isalpha() and not glued:
        return None  # "Q1", "H2", "S3"
    if worded_left and "," not in core and _REFERENCE.search(left):
        return None  # "Note 7", "page 54", "Item 1"; "Senior notes 41,207" is a row's amount

    rm = _right_match(text, e, cur, closing=open_at is not None)
    groups = rm.groupdict()
    scale = normalise_scale(groups.get("scale"))
    unit_word = rm["unit"]
    unit = normalise_unit(unit_word) if unit_word else None
    if unit_word and "point" in unit_word.lower() and unit_word.lower()[0] in "%p":
        unit = "pp"  # "1.5% points", "percent points"
    end = rm.end("unit") if unit_word else rm.end("scale") if scale else e
    if unit is None and not scale and text.startswith("x", e) and not text[e + 1 : e + 2].isalnum():
        unit, end = "x", e + 1
    if unit in CURRENCIES:
        cur, unit = cur or unit, None
    unit = unit or cur

    close = "close2" if rm["close2"] else "close1" if groups.get("close1") else None
    if open_at is not None and close is not None:
        if close == "close1" and not cur and open_at > 0 and text[open_at - 1].isalpha() and len(core) <= 2:
            return None  # "Revenue(1)": a footnote mark
        if (close == "close1" and not cur and len(core) == 1
                and re.search(r"(?:[A-Za-z]|\(\d\))\s*$", text[max(0, open_at - 6): open_at])
                and re.match(r"\s*(?:\(\d\)\s*)*\$", text[rm.end(close):])):
            # "Sales excluding X (3) $ 23,017", "Average debt (1) (3) $ 151,226": note marks before the
            # row's first (dollar) figure
            return None
        # Accounting negatives are bare: "(1,577)", "$(72)", "(3.2)%". "($1.8 bn)" is an aside,
        # and so is "(59.6%)" after a word.
        worded = close == "close2" and (scale is not None or (unit_word is not None and unit_word[0].isalpha()))
        aside = unit == "percent" and close == "close2" and not _PAREN_NEG_CONTEXT.search(text[:open_at])
        if not worded and not aside:
            negative = True
            start, end = min(start, open_at), max(end, rm.end(close))
    year_like = len(core) == 4 and core.isdigit() and 1990 <= int(core) <= 2099
    if scale is None and unit not in UNSCALED_UNITS and not year_like:
        # "$381,603 (in thousands)", "4,625 in millions": a scale written after the figure
        sm = _SCALE_AFTER.match(text, end)
        if sm is not None:
            word = sm.group(2).lower()
            scale = "thousand" if word.startswith("000") else normalise_scale(word)
            unit = unit or ("USD" if sm.group("usd") else None)
            end = sm.end()
    if end == e and not cur:
        after = text[e : e + 2]
        if after[:1].isalpha() and not figure_like:
            return None  # "5G", "3Q", "1st"
        if after[:1] == "-" and after[1:2].isalpha():
            return None  # "10-K", "3-year"
    decimals = len(core.split(".")[1]) if "." in core else 0
    value = float(core.replace(",", ""))
    if len(core) == 4 and core.isdigit() and 1990 <= value <= 2099 and not (cur or scale or unit or sign_g):
        return Quantity(value, raw=core, start=s, end=e, is_year=True, decimals=0)
    return Quantity(
        value=-value if negative else value, scale=scale, unit=unit, raw=text[start:end],
        start=start, end=end, decimals=decimals,
    )


_RANGE_GAP = re.compile(r"[ \t]*(?:to|through|and)[ \t]+|-|–|[ \t]+–[ \t]+")


def _merge_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        if b is not None and _is_range(text, a, b):
            scale = b.scale or a.scale
            unit = b.unit or a.unit
            out.append(
                Quantity(
                    value=a.value, scale=scale, unit=unit, raw=text[a.start : b.end], start=a.start,
                    end=b.end, high=b.value,
                    decimals=max(a.shown_decimals, b.shown_decimals),
                )
            )
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _is_range(text: str, a: Quantity, b: Quantity) -> bool:
    gap = text[a.end : b.start]
    gm = _RANGE_GAP.fullmatch(gap)
    if gm is None or a.is_year or b.is_year:
        return False
    word = gap.strip()
    before = text[max(0, a.start - 12) : a.start].lower()
    if word == "and" and not re.search(r"between[ \t]+$", before):
        return False
    if word in ("to", "through") and re.search(r"from[ \t]+$", before):
        return False  # "from 47.3% to 48.2%" is a change, not a range
    if word == "–" and gap != "–" and not (b.unit or b.scale):
        return False  # spaced dashes separate table cells
    if a.unit is not None and b.unit not in (None, a.unit):
        return False
    if b.unit is None and a.unit in UNSCALED_UNITS:
        return False  # "13% to 16" is not a percent range
    if a.scale not in (None, b.scale):
        return False
    return a.value <= b.value


@lru_cache(maxsize=512)
def _parse_cached(text: str) -> tuple[Quantity, ...]:
    text = spaced_cells(text)  # "Goodwill  9 412  8 655": 9,412 and 8,655, as a Nordic table prints them
    skip = _excluded(text)
    found: list[Quantity] = []
    prev_end = 0
    for m in _NUM.finditer(text):
        s, e = m.span()
        if s < prev_end or skip[s]:
            continue
        q = _parse_one(text, s, e, prev_end)
        if q is not None:
            found.append(q)
            prev_end = q.end
    return tuple(_merge_ranges(text, drop_row_marks(text, found)))


def parse_quantities(text: str) -> list[Quantity]:
    """Every figure in `text`, in order. Years are kept but flagged (`is_year`); citation
    markers, dates' days, list markers, ordinals and labels ("Q1", "10-K", "Note 7") are skipped."""
    return list(_parse_cached(text))


def parse_quantity(text: str) -> Quantity | None:
    """The figure of a short answer ("$1577.00", "...is 24.26%"): the first non-year one."""
    qs = parse_quantities(text)
    return next((q for q in qs if not q.is_year), qs[0] if qs else None)
