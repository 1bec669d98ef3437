"""Column periods as international reports and press releases spell them.

US filings head a column "Three Months Ended June 30, 2026" or "2026"; European interim reports and
many releases head it by the months it runs ("4-6/2026", "1-6/2026", "1-12/2025", "Jan-Jun 2026",
"April–June 2025"), by a short name ("Q2/2026", "H1 2026", "6M 2026", "9M 2025", "FY 2025", "LTM
Q2 2026") and date a balance day first ("30 June 2026", "30.6.2026", "31 Dec 2025"). This module
reads each spelling into the months the column covers, the month it starts in and the day it ends,
one definition for the statement reader (`finance.columns`), the answer's column reader
(`answer.cell_columns`) and the question's spans, so a cell is read as its quarter, half, nine
months or year wherever it is met.

A span named by its months runs in the calendar; one named short ("H1 2026", "9M 2025") runs in the
fiscal year, and `months_through` says how far into that year it ends: the caller dates it against
the fiscal year-end its page gives.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from assistant.core.finance.periods import MONTH_NUMBERS, MONTH_WORDS

__all__ = [
    "COMPACT_SPAN",
    "DAY_FIRST_DATE",
    "MONTH_RANGE",
    "QUARTER_RANGE",
    "SHORT_SPAN",
    "SpelledPeriod",
    "mask_spelled",
    "month_range_spans",
    "names_period",
    "names_span",
    "periods_named",
    "ranges_in_words",
    "span_name",
    "spelled_period",
    "stacked_ranges",
    "stacked_span",
    "yearless_range",
]

_Y = r"((?:19|20)\d\d)"
_DASH = r"\s?[-–—]\s?"
_NAME = rf"({MONTH_WORDS})\.?"
# A span by its months: "4-6/2026", "1–12/2025", "7-9/2025" (groups 1-3); "Jan-Jun 2026", "January–June
# 2026", "April-June 2025" (groups 4-6). The months' numbers must not run on from a figure or a date.
MONTH_RANGE = re.compile(
    rf"(?<![\d.,/])\b(1[0-2]|0?[1-9]){_DASH}(1[0-2]|0?[1-9])\s?/\s?{_Y}\b"
    rf"|\b{_NAME}{_DASH}{_NAME}\s*,?\s*{_Y}\b",
    re.I,
)
# A span by its short name: "Q2/2026", "Q2 2026", "H1/2026", "H1 2026", "6M 2026", "9M/2025", "YTD 2026",
# "FY 2025", "FY2025"; "LTM" or "TTM" before a date or a quarter's name is the twelve months to it.
SHORT_SPAN = re.compile(rf"\b(?:(Q[1-4])|(H[12])|([369]M|12M)|(YTD)|(FY))\s?[/']?\s?{_Y}\b", re.I)
_TRAILING = re.compile(r"^(?:LTM|TTM)\s+(.+)$", re.I)
# A run of quarters from the fiscal year's start, as German and Nordic interim reports head a year to
# date: "Q1–Q3 2026" (nine months), "Q1-Q2/2026" (six months).
QUARTER_RANGE = re.compile(rf"\bQ([1-4]){_DASH}Q([1-4])\s?[/']?\s?{_Y}\b", re.I)
# A span named by its fiscal year's last two digits, as Australian, UK and US releases print it: "FY26"
# (the fiscal year ending in 2026), "1H26" / "H1'26" (its first half), "2H26"; the two digits written
# on to the name, so "H1 26" in a sentence or a figure after "Q3" is never read as a year. A UK fiscal
# year over two calendar years: "2025/26", "FY2025/26" (the year ending in 2026).
COMPACT_SPAN = re.compile(r"(?<![\w/])(?:([12])H|H([12])|(FY))'?(\d\d)(?![\w/%]|[.,]\d)"
                          r"|(?<![\w/.,])(?:FY\s?)?((?:19|20)\d\d)\s?/\s?(\d\d)(?![\w/%]|[.,]\d)", re.I)
# A span by its months printed over its year on the line below, as Nordic and many European reports head
# a column: "Oct–Dec" over "2026", "Jan–Dec" over "2025", "October–December" over "2026".
_YEARLESS_RANGE = re.compile(rf"\b{_NAME}{_DASH}{_NAME}(?![\w–-])(?!\s*,?\s*(?:19|20)\d\d)", re.I)
_STACK_TOLERANCE = 15  # characters between the centres of a month range and the year below it
# A balance's day, the day first: "30 June 2026", "31 Dec 2025", "30.6.2026", "31.12.2025".
DAY_FIRST_DATE = re.compile(rf"\b(\d{{1,2}})\s+{_NAME}\s+{_Y}\b|(?<![\d.,])\b(\d{{1,2}})\.(\d{{1,2}})\.{_Y}\b", re.I)


@dataclass(frozen=True)
class SpelledPeriod:
    """What a column heading's period spelling says: the months it covers (0: a balance at `end`),
    the calendar month it starts in where the heading says it (None: a fiscal span, `months_through`
    its months into the fiscal year), and its last day (a fiscal span: the last day of its months in
    a calendar year, which the caller re-dates against the fiscal year-end it knows)."""

    months: int
    end: date
    first_month: int | None = None
    months_through: int | None = None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month(raw: str) -> int:
    return int(raw) if raw.isdigit() else MONTH_NUMBERS[raw[:3].lower()]


def _ranged(m: re.Match[str]) -> SpelledPeriod | None:
    first, last, year = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
    a, b = _month(first), _month(last)
    if b < a:
        return None  # "Oct-Mar 2026" runs over a year's end: which year it is named by is not said
    return SpelledPeriod(months=b - a + 1, end=_month_end(int(year), b), first_month=a)


def _short(m: re.Match[str]) -> SpelledPeriod | None:
    year = int(m[6])
    if m[1]:  # a quarter: three months, the last of them its number times three into the year
        through = 3 * int(m[1][1])
        return SpelledPeriod(3, _month_end(year, through), None, through)
    if m[2]:  # a half: six months, the first or the second
        through = 6 * int(m[2][1])
        return SpelledPeriod(6, _month_end(year, through), None, through)
    if m[3]:  # "6M", "9M": the months from the year's start
        months = int(m[3][:-1])
        return SpelledPeriod(months, _month_end(year, months), None, months)
    if m[5]:
        return SpelledPeriod(12, _month_end(year, 12), None, 12)
    return None  # "YTD 2026": how far into the year is the filing's own quarter, not the heading's


def _quartered(m: re.Match[str]) -> SpelledPeriod | None:
    first, last, year = int(m[1]), int(m[2]), int(m[3])
    if last < first:
        return None
    through = 3 * last
    return SpelledPeriod(3 * (last - first + 1), _month_end(year, through), None, through)


def _compact(m: re.Match[str]) -> SpelledPeriod | None:
    if m[5]:  # "2025/26": the second year must follow the first, else it is no fiscal year ("2025/03")
        start = int(m[5])
        if int(m[6]) != (start + 1) % 100:
            return None
        return SpelledPeriod(12, _month_end(start + 1, 12), None, 12)
    year = 2000 + int(m[4])
    half = m[1] or m[2]
    if half:
        through = 6 * int(half)
        return SpelledPeriod(6, _month_end(year, through), None, through)
    return SpelledPeriod(12, _month_end(year, 12), None, 12)


def _day_first(m: re.Match[str]) -> date | None:
    day, month, year = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
    try:
        return date(int(year), _month(month), int(day))
    except ValueError:
        return None


def spelled_period(cell: str) -> SpelledPeriod | None:
    """The period one column heading spells, the whole heading read: "4-6/2026" → three months
    starting in April, ending 30 June 2026; "H1 2026" → six months, six months into the fiscal year;
    "30.6.2026" → a balance at 30 June 2026; "LTM Q2 2026" → twelve months to the second quarter's
    end. None for a heading in none of these spellings."""
    text = cell.strip(" ,")
    trailing = _TRAILING.match(text)
    if trailing:
        inner = spelled_period(trailing[1])
        if inner is None or inner.months not in (0, 3):
            return None
        return SpelledPeriod(12, inner.end, None, inner.months_through)
    for pattern, read in ((MONTH_RANGE, _ranged), (SHORT_SPAN, _short), (QUARTER_RANGE, _quartered),
                          (COMPACT_SPAN, _compact)):
        m = pattern.fullmatch(text)
        if m:
            return read(m)
    m = DAY_FIRST_DATE.fullmatch(text)
    if m:
        end = _day_first(m)
        return SpelledPeriod(0, end) if end else None
    return None


def span_name(period: SpelledPeriod) -> str | None:
    """The span word the readers name a column by ("three", "six", "nine", "twelve"); a second half
    is "second half", which a question's "six months" never names; None for a balance."""
    if period.months == 6 and (period.first_month == 7 or period.months_through == 12):
        return "second half"
    return {3: "three", 6: "six", 9: "nine", 12: "twelve"}.get(period.months)


def month_range_spans(months: int) -> str:
    """A pattern of the month ranges of `months` months a question or a heading may name: any three
    calendar months for a quarter ("April-June", "4-6/2026"), a longer span from January ("January-June",
    "1-9/2025"). Ranges run on a number's dash only with their year ("1-6/2026"), not alone ("1-6")."""
    starts = (1, 4, 7, 10) if months == 3 else (1,)
    named, numbered = [], []
    for a in starts:
        b = a + months - 1
        named.append(rf"{_word(a)}\.?{_DASH}{_word(b)}\b")
        numbered.append(rf"0?{a}{_DASH}0?{b}\s?/\s?(?:19|20)\d\d\b")
    return rf"\b(?:{'|'.join(named)})|(?<![\d.,/])\b(?:{'|'.join(numbered)})"


def _word(month: int) -> str:
    """A month's name in full or short ("Sep", "Sept", "September")."""
    full = calendar.month_name[month]
    return f"{full[:3]}(?:{full[3:]}|t)?" if month == 9 else f"{full[:3]}(?:{full[3:]})?"


def ranges_in_words(text: str) -> str:
    """`text` with each span named by its months written as US filings head it: "January-June 2026",
    "1-6/2026" → "six months ended June 30, 2026"; "April-June 2025" → "three months ended June 30, 2025";
    "1-12/2025" → "year ended December 31, 2025"; a run of quarters from the first, "Q1–Q3 2026" → "first
    nine months of 2026". Other spans are left as written."""

    def written(m: re.Match[str]) -> str:
        read = _ranged(m)
        if read is None or not (read.months == 3 or read.first_month == 1) or read.months not in (3, 6, 9, 12):
            return m.group()
        words = {3: "three months", 6: "six months", 9: "nine months", 12: "year"}[read.months]
        return f"{words} ended {calendar.month_name[read.end.month]} {read.end.day}, {read.end.year}"

    def quarters(m: re.Match[str]) -> str:
        read = _quartered(m)
        if read is None or m[1] != "1" or read.months not in (6, 9):
            return m.group()
        return f"first {'six' if read.months == 6 else 'nine'} months of {m[3]}"

    # "Q1–Q3 2026": the first nine months of the year, as a question says it
    return QUARTER_RANGE.sub(quarters, MONTH_RANGE.sub(written, text))


def mask_spelled(line: str) -> str:
    """`line` with each period spelling blanked to spaces of its length, so its digits ("4-6/2026",
    "30.6.2026") are not read as figures of a row."""
    for pattern in (MONTH_RANGE, QUARTER_RANGE, SHORT_SPAN, COMPACT_SPAN, DAY_FIRST_DATE):
        line = pattern.sub(lambda m: " " * len(m.group()), line)
    return line


def names_span(line: str) -> bool:
    """Whether a header line heads a column by a span in these spellings ("1-6/2026", "H1 2026"), not
    only by a day: its figures are flows over the span, not balances at its end."""
    return any((read := spelled_period(m.group())) is not None and read.months > 0
               for pattern in _SPANS for m in pattern.finditer(line))


def names_period(line: str) -> bool:
    """Whether a line holds a period in these spellings, a span or a day ("1-6/2026", "30.6.2026")."""
    return any(spelled_period(m.group()) is not None
               for pattern in (*_SPANS, DAY_FIRST_DATE) for m in pattern.finditer(line))


_SPANS = (MONTH_RANGE, QUARTER_RANGE, SHORT_SPAN, COMPACT_SPAN)


def periods_named(line: str) -> int:
    """How many spans a line names in these spellings ("FY26  FY25" → 2): a line naming two or more
    heads a table's columns."""
    return sum(1 for pattern in _SPANS for m in pattern.finditer(line) if spelled_period(m.group()) is not None)


def yearless_range(line: str) -> bool:
    """Whether a line names a span by its months with no year ("Oct–Dec  Jan–Dec"): a heading whose
    years are printed on the line below."""
    return any(_ranged_months(m) for m in _YEARLESS_RANGE.finditer(line))


def _ranged_months(m: re.Match[str]) -> bool:
    return _month(m[2]) >= _month(m[1])


def stacked_span(year: int, start: int, end: int, above: list[str]) -> tuple[SpelledPeriod, str] | None:
    """The span of a year cell (at `start`:`end` of its line) whose months are printed over it ("Oct–Dec"
    over "2026": the fourth quarter of 2026): the month range nearest above it by position, read with the
    year, and the heading so joined ("Oct–Dec 2026"). None where no range stands over the year."""
    centre = (start + end) / 2
    best: tuple[float, SpelledPeriod, str] | None = None
    for line in above:
        for m in _YEARLESS_RANGE.finditer(line):
            off = abs((m.start() + m.end()) / 2 - centre)
            joined = f"{m.group()} {year}"
            read = spelled_period(joined) if off <= _STACK_TOLERANCE else None
            if read is not None and (best is None or off < best[0]):
                best = (off, read, joined)
    return (best[1], best[2]) if best else None


_CELL_GAP = re.compile(r"\s{2,}")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")


def stacked_ranges(header: str) -> str:
    """A header whose month ranges are printed over their years ("Oct–Dec  Oct–Dec  Jan–Dec" over "2026
    2025  2026"), as a passage's text keeps a table's heading lines, with each range joined to the year
    below it ("Oct–Dec 2026  Oct–Dec 2025  Jan–Dec 2026") on the years' line: cell by cell where the two
    lines have as many cells ("Change" over "%" kept as "Change %"). Other headers are returned as given."""
    if not _YEARLESS_RANGE.search(header):
        return header
    lines = header.split("\n")
    for i, line in enumerate(lines):
        if not yearless_range(line):
            continue
        j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        if j is None:
            break
        over, under = _CELL_GAP.split(line.strip()), _CELL_GAP.split(lines[j].strip())
        years = [c for c in under if _YEAR_CELL.fullmatch(c)]
        if len(over) != len(under) or not years or any(
                _YEARLESS_RANGE.fullmatch(a) is not None and not _YEAR_CELL.fullmatch(b) for a, b in zip(over, under, strict=True)):
            continue
        lines[j] = "  ".join(f"{a} {b}" for a, b in zip(over, under, strict=True))
        lines[i] = ""
    return "\n".join(lines)
