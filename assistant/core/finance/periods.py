"""Periods: find, normalise and date reporting periods ("FY2022", "Q1 2026", "H1 2026", "2026").

Used by metadata detection (documents) and query understanding (questions).
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache

from assistant.core.finance.years import YEAR

__all__ = [
    "DATE_IN_WORDS",
    "MONTH",
    "MONTH_CAPITALISED",
    "MONTH_NAME",
    "MONTH_NAMES",
    "MONTH_NUMBERS",
    "MONTH_WORDS",
    "NAME_AFTER_YEAR",
    "NOT_PERIOD_BEFORE",
    "PERIOD_TOKEN",
    "QUARTER_ORDINALS",
    "SPAN_MONTHS",
    "WEEK_SPANS",
    "find_date",
    "find_periods",
    "fiscal_year_of",
    "named_years",
    "normalise_period",
    "period_end_month",
    "period_year",
    "quarter_of",
    "token_period",
    "yearless_quarters",
]

# --- periods ---------------------------------------------------------------------------------

# The months, written out (in English whatever the locale); their numbers by their first three letters.
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTH_NUMBERS = {name[:3]: i for i, name in enumerate(MONTH_NAMES, 1)}
# The words that say when, one definition: the months and the calendar's spans, ordinals and
# "ended". A question's period words (`answer.question_words`) add abbreviations and the words of
# a period relative to another ("prior", "current"); a row label of only period words
# (`answer.named_row`) adds "weeks", not "current" ("Total current assets" names a line).
CALENDAR_WORDS = frozenset(
    (*MONTH_NAMES, "fiscal", "year", "quarter", "months", "ended", "ending", "half", "first", "second", "third", "fourth")
)
# A month's name or its abbreviation, exactly ("Sept", "June", not "Junes"), as alternatives to group.
MONTH_WORDS = (r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
               r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")
# A month as filings and questions write it (group 1).
MONTH_NAME = rf"({MONTH_WORDS})\.?"
# A month by its first three letters and any letters after ("Sept.", "DECEMBER"), for a pattern
# read in any case; `MONTH_CAPITALISED` where the pattern reads case as written ("June", not "june").
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
MONTH_CAPITALISED = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# A date written with the month in full: "March 31, 2023", "june 30 2022".
DATE_IN_WORDS = re.compile(rf"\b(?:{'|'.join(MONTH_NAMES)})\s+\d{{1,2}},?\s+\d{{4}}\b", re.I)
_DATE_RES = [
    (re.compile(rf"\b{MONTH_NAME}\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE), (1, 2, 3)),
    (re.compile(rf"\b(\d{{1,2}})\s+{MONTH_NAME}\s+(\d{{4}})\b", re.IGNORECASE), (2, 1, 3)),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), (2, 3, 1)),
]
# Words before a year that make it a deadline, maturity or target, not a period a figure is for.
NOT_PERIOD_BEFORE = re.compile(r"(?i)\b(?:due|by|until|before|matur\w*|expir\w*|through|thru|to|goal|target)"
                               r"\s+(?:on\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:fiscal\s+(?:year\s+)?)?"
                               r"(?:[a-z]+\.?\s+\d{1,2},?\s+)?$")
# Words after a year that make it part of a name ("2019 Credit Agreement", "2030 Notes").
NAME_AFTER_YEAR = re.compile(r"^\s*(?:(?:Five|Three|Seven|Ten|One|[0-9]+)[\s-]+Year\s+)?(?:Credit|Notes?|Plan|"
                             r"Agreement|Senior|Term|Facility|Program|Indenture|Bonds?|Debentures?)\b")


def named_years(text: str) -> frozenset[int]:
    """The years `text` writes as what a thing is, not as a period: a deadline or maturity ("notes due
    October 1, 2030", "expiring in 2027"... "by 2030") or part of a name ("the 2019 Credit Agreement")."""
    return frozenset(int(m.group(1)) for m in YEAR.finditer(text)
                     if NOT_PERIOD_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
                     or NAME_AFTER_YEAR.match(text[m.end() :]))


# A quarter by its ordinal word, and the months a span word counts ("nine months", "6-month").
QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
SPAN_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}
# Retailers' spans in weeks, in figures or in words ("13 Weeks Ended", "Thirty-Nine Weeks Ended"),
# by the months they count: one pattern each for a quarter, a half, three quarters and a year.
WEEK_SPANS = {
    3: r"\b(?:1[2-7]|twelve|thirteen|fourteen|sixteen|seventeen)[\s-]+weeks?\b",
    6: r"\b(?:2[4-8]|twenty[\s-]+(?:four|five|six|seven|eight))[\s-]+weeks?\b",
    9: r"\b(?:3[6-9]|40|thirty[\s-]+(?:six|seven|eight|nine)|forty)[\s-]+weeks?\b",
    12: r"\b(?:5[23]|fifty[\s-]+(?:two|three))[\s-]+weeks?\b",
}
_ORD = {**QUARTER_ORDINALS, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_O = r"(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)"
_FY = r"(?:fiscal\s+(?:year\s+)?|FY\s*)?"
_Y4 = r"(?P<y>(?:19|20)\d{2})"
_Y = r"(?P<y>(?:19|20)\d{2}|(?<=['’])\d{2}|(?<=FY)\d{2}|(?<=FY )\d{2})"  # 2 digits only after ' or FY
_AND = r"(?:\s+and\s+(?:full|first|second)[\s-]+(?:year|half)|\s+and\s+first\s+(?:six|nine)\s+months)?"
_PERIOD_RES: list[tuple[str, str]] = [
    (rf"\bQ(?P<q>[1-4])\s*(?:of\s+)?(?:{_FY}|['’-])\s*{_Y}\b", "Q"),  # Q1 2026, Q1'26, Q1 FY24
    (r"\b(?P<q>[1-4])Q\s*['’]?(?P<y>(?:19|20)\d{2})\b|\b(?P<q2>[1-4])Q['’]?(?P<y2>\d{2})\b", "Q"),  # 1Q26
    (rf"\b{_Y4}\s*[-_ ]?\s*Q(?P<q>[1-4])\b", "Q"),  # 2023Q2
    (rf"\b{_O}[\s-]+quarter{_AND}\s*,?\s+(?:of\s+)?{_FY}['’]?{_Y}\b", "Q"),  # first quarter of 2026
    (rf"\b{_FY}{_Y4}\s+{_O}[\s-]+quarter\b", "Q"),  # 2022 Fourth-Quarter, fiscal 2024 second quarter
    (rf"\bquarter\s+(?P<q>[1-4])\s*,?\s+(?:of\s+)?{_FY}{_Y}\b", "Q"),
    (rf"\bH(?P<q>[12])\s*(?:{_FY}|['’-])\s*{_Y}\b", "H"),
    (rf"\b(?P<o>first|second)\s+half\s+(?:of\s+)?{_FY}{_Y}\b", "H"),
    (r"\bFY\s*['’-]?\s*(?P<y>(?:19|20)\d{2}|\d{2})\b", "FY"),
    (r"\bfiscal\s+(?:year\s+)?(?P<y>(?:19|20)\d{2}|['’]\d{2})\b", "FY"),  # fiscal 2022, fiscal '22
    (rf"\b{_Y4}\s+fiscal\s+year\b|\bfull[\s-]+year\s+(?:of\s+)?(?P<y2>(?:19|20)\d{{2}})\b", "FY"),
    (rf"\b{_Y4}\s+full[\s-]+year\b", "FY"),
]
_PERIOD_PATTERNS = [(re.compile(p, re.IGNORECASE), kind) for p, kind in _PERIOD_RES]
_YEAR_RE = re.compile(r"(?<![\d$.,])((?:19[5-9]|20\d)\d)(?![\d%])")
_YEARLESS_RE = re.compile(r"\b(first|second|third|fourth)[\s-]+quarter\b|\bQ([1-4])\b", re.IGNORECASE)


# A quarter or half printed as one short token, as column headings and analysts write them:
# "2Q23", "Q4'22", "Q2 FY23", "Q1 2023", "1H23", "H1 2023". A two-digit year follows the token
# directly, or after an apostrophe or "FY" ("Q1 23" is no period). Compile with re.IGNORECASE.
PERIOD_TOKEN = (r"\b(?:(?P<tn>[1-4])(?P<tk>[QH])|(?P<tk2>[QH])(?P<tn2>[1-4]))"
                r"(?:[\s/]?(?:FY\s?)?(?P<ty4>(?:19|20)\d\d)|(?:\s?FY\s?['’]?|['’-]?)(?P<ty2>\d\d))\b")


def token_period(m: re.Match[str]) -> tuple[str, int, int] | None:
    """("Q" or "H", its number, its year) of a `PERIOD_TOKEN` match: "2Q23" → ("Q", 2, 2023),
    "1H23" → ("H", 1, 2023); None for a half numbered past two."""
    kind = (m.group("tk") or m.group("tk2")).upper()
    number = int(m.group("tn") or m.group("tn2"))
    if kind == "H" and number > 2:
        return None
    year = int(m.group("ty4")) if m.group("ty4") else 2000 + int(m.group("ty2"))
    return kind, number, year


def _year(raw: str) -> int:
    digits = raw.lstrip("'’")
    year = int(digits)
    return year if len(digits) == 4 else (2000 + year if year < 70 else 1900 + year)


def _canonical(kind: str, m: re.Match[str]) -> str:
    g = {k: v for k, v in m.groupdict().items() if v}
    year = _year(g.get("y") or g["y2"])
    if kind == "FY":
        return f"FY{year}"
    number = g.get("q") or g.get("q2") or str(_ORD[g["o"].lower()])
    return f"{kind}{number} {year}"


def find_periods(text: str, *, include_years: bool = False) -> list[str]:
    """Every period the text names, canonical and in order: "FY2022", "Q1 2026", "H1 2026"
    (and bare years "2022" with `include_years`). Overlaps resolve to the earlier, longer form."""
    spans = [(m.start(), -m.end(), _canonical(kind, m))
             for pattern, kind in _PERIOD_PATTERNS for m in pattern.finditer(text)]
    if include_years:
        spans += [(m.start(), -m.end(), m.group(1)) for m in _YEAR_RE.finditer(text)]
    found: list[str] = []
    last_end = -1
    for start, neg_end, value in sorted(spans):
        if start >= last_end and 1950 <= (period_year(value) or 0) <= 2100:
            found.append(value)
            last_end = -neg_end
    return found


def normalise_period(text: str) -> str | None:
    """The first period named in `text`, canonical: "fiscal 2022"/"FY22" → "FY2022", "1Q26"/
    "first quarter of 2026"/"Q1'26" → "Q1 2026", "Q1 FY2024" → "Q1 2024", "2022" → "2022"."""
    found = find_periods(text, include_years=True)
    return found[0] if found else None


def period_year(period: str | None) -> int | None:
    """The (fiscal) year of a canonical period: "Q2 2024" → 2024, "FY2022" → 2022."""
    m = re.search(r"(\d{4})$", period or "")
    return int(m.group(1)) if m else None


def yearless_quarters(text: str) -> list[int]:
    """Quarter numbers mentioned without a year ("first-quarter results"), outside dated forms."""
    spans = sorted((m.start(), m.end()) for p, k in _PERIOD_PATTERNS if k != "FY" for m in p.finditer(text))
    # The dated spans as disjoint intervals, so each yearless mention is one bisection
    # (a long document mentions both thousands of times: testing every pair was quadratic).
    starts: list[int] = []
    ends: list[int] = []
    for s, e in spans:
        if ends and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    out: list[int] = []
    for m in _YEARLESS_RE.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i < 0 or m.start() >= ends[i]:
            out.append(_ORD[m.group(1).lower()] if m.group(1) else int(m.group(2)))
    return out


def find_date(text: str) -> date | None:
    """The first full date in `text` ("January 28, 2023", "28 January 2023", "2023-01-28")."""
    best: tuple[int, date] | None = None
    for pattern, (mi, di, yi) in _DATE_RES:
        m = pattern.search(text)
        if not m:
            continue
        raw_month = m.group(mi)
        month = int(raw_month) if raw_month.isdigit() else MONTH_NUMBERS[raw_month[:3].lower()]
        try:
            found = date(int(m.group(yi)), month, int(m.group(di)))
        except ValueError:
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), found)
    return best[1] if best else None


def _period_end_month(end: date) -> tuple[int, int]:
    """52/53-week years end in the first days of a month: count those as the month before."""
    if end.day <= 7:
        return (end.year - 1, 12) if end.month == 1 else (end.year, end.month - 1)
    return end.year, end.month


def period_end_month(end: date) -> tuple[int, int]:
    """(year, month) a period ending on `end` counts as ending in (52/53-week dates pulled back)."""
    return _period_end_month(end)


def fiscal_year_of(end: date) -> int:
    """Fiscal years are named by the year they end in (Best Buy's year to 28 Jan 2023 is FY2023)."""
    return _period_end_month(end)[0]


def quarter_of(day: date, *, fiscal_shift: bool = False) -> str:
    """Calendar quarter of a date, "Q2 2023"; `fiscal_shift` treats 1-7 July as June (52/53 weeks)."""
    year, month = _period_end_month(day) if fiscal_shift else (day.year, day.month)
    return f"Q{(month - 1) // 3 + 1} {year}"


# -- periods as questions name them ------------------------------------------------------------
def split_period(period: str) -> tuple[str, int | None, int | None]:
    """("FY"|"Q"|"H"|"Y", year, part) from a canonical period string."""
    year = period_year(period)
    m = re.match(r"([QH])([1-4])\s", period)
    if m:
        return m.group(1), year, int(m.group(2))
    return ("FY" if period.upper().startswith("FY") else "Y"), year, None


def period_affinity(asked: str, doc: str, doc_type: str | None = None) -> float:
    """How well a document of period `doc` answers a question about period `asked` (0..1).

    A 10-K for FY2022 also reports FY2021 and FY2020 as comparatives; a Q4 release reports the
    full year; a quarterly report carries the prior year-end balance sheet.
    """
    a_kind, a_year, a_part = split_period(asked)
    d_kind, d_year, d_part = split_period(doc)
    if a_year is None or d_year is None:
        return 0.0
    gap = d_year - a_year
    if a_kind in ("FY", "Y") and d_kind in ("FY", "Y"):
        return {0: 1.0, 1: 0.5, 2: 0.3}.get(gap, 0.0)
    if a_kind == "Q" and d_kind == "Q":
        if a_part == d_part:
            return {0: 1.0, 1: 0.4}.get(gap, 0.0)  # next year's same quarter shows it as comparative
        return 0.2 if gap == 0 and (d_part or 0) > (a_part or 0) else 0.0
    if a_kind == "Q" and d_kind in ("FY", "Y"):
        return 0.3 if gap == 0 else 0.0
    if a_kind in ("FY", "Y") and d_kind == "Q":
        if gap == 0:
            if d_part == 4 and (doc_type or "").lower() == "earnings":
                return 1.0  # a fourth-quarter release states the full year's results as well
            return 0.7 if d_part == 4 else (0.5 if a_kind == "Y" else 0.3)
        return 0.3 if gap == 1 else 0.0  # next year's quarterly report: prior year-end comparatives
    if a_kind == "H" or d_kind == "H":
        return 0.6 if gap == 0 else 0.0
    return 0.0


def prior_period(period: str) -> str:
    """The period just before the start of `period`: FY2023 → Q4 2022 (when its outlook is given)."""
    kind, year, part = split_period(period)
    if year is None:
        return period
    if kind == "Q" and part and part > 1:
        return f"Q{part - 1} {year}"
    return f"Q4 {year - 1}"


def question_periods(text: str) -> list[str]:
    # "FY2023Q1" / "FY 2023 Q1" → "Q1 FY2023", a form the shared period parser knows.
    text = re.sub(r"\bFY\s*((?:19|20)\d\d)\s*Q([1-4])\b", r"Q\2 FY\1", text, flags=re.I)
    found = find_periods(text, include_years=True)
    out: list[str] = []
    for p in found:
        if p not in out:
            out.append(p)
    return out


def date_quarters(text: str) -> list[str]:
    """ "May 26, 2023", "26 May 2023" → "Q2 2023": filings are dated, and 8-Ks are filed by event date."""
    out: list[str] = []
    # "May 26, 2023" or "26 May 2023", as British and European writers date it.
    for m in re.finditer(r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b|\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d\b", text):
        day = find_date(m.group(0))
        if day is not None:
            out.append(quarter_of(day))
    return out


_QUARTER = re.compile(r"(?i)(?:\b|(?<=\d))Q([1-4])\b|\b([1-4])Q(?=\s?'?\d\d\b|\b)"
                      r"|\b(first|second|third|fourth)[\s-]+quarter")
# A year in running text (`years.YEAR`), "FY22", or two digits after a quarter's or half's mark.
_YEAR = re.compile(YEAR.pattern + r"|\bFY\s?'?(\d\d)\b"
                   r"|(?:['’]|(?<=[1-4]Q)|(?<=\b[12]H))(\d\d)\b")  # "Q4'22", "2Q23", a half "1H23"


@lru_cache(maxsize=4096)
def quarters_and_years(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """Quarter numbers and years a text names ("Q1 2026", "first-quarter", "FY22", "2023")."""
    quarters = {int(m[1] or m[2]) if (m[1] or m[2]) else QUARTER_ORDINALS[m[3].lower()]
                for m in _QUARTER.finditer(text)}
    years = {int(m[1]) if m[1] else 2000 + int(m[2] or m[3]) for m in _YEAR.finditer(text)}
    return frozenset(quarters), frozenset(years)
