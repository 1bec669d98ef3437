"""The periods a question names, in its own words: fiscal years, quarters, year-to-date spans,
dates with the length named before them ("the three months ended July 1, 2023"), ranges, the
filings it names as sources ("its 2022 Form 10-K"), and the comparative column it asks for.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from assistant.core.finance.event_dates import mask_event_years
from assistant.core.finance.heading_periods import ranges_in_words
from assistant.core.finance.metrics import Period
from assistant.core.finance.periods import (
    MONTH_CAPITALISED,
    MONTH_NAME,
    MONTH_NUMBERS,
    QUARTER_ORDINALS,
    WEEK_SPANS,
    find_date,
    fiscal_year_of,
)
from assistant.core.finance.year_to_date import year_to_date_spans

__all__ = ["DOC_REF", "filing_hints", "month_quarters", "period_year", "prior_column", "question_periods", "year_to_date_filings"]

_QUARTERS_OF = re.compile(r"\b(?:the\s+|all\s+|each\s+of\s+the\s+)?(?:four|4)\s+quarters\s+of\s+(?:fiscal\s+(?:year\s+)?|FY\s*)?"
                          r"((?:19|20)\d\d)\b", re.I)

DOC_REF = re.compile(r"^\W{0,3}(?:annual\s+report|form\s+10-?k|10-?k|10-?q|8-?k|(?:earnings|results|press)\s+release|release|report|"
                     r"proxy|filing)\b", re.I)
# "June 30, 2026", "6/30/2026", and "30 June 2026" as British and European writers date it.
_DATE = re.compile(rf"\b{MONTH_CAPITALISED}\s+\d{{1,2}},?\s+(?:19|20)\d\d\b|\b\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d\b"
                   rf"|\b\d{{1,2}}\s+{MONTH_CAPITALISED}\s+(?:19|20)\d\d\b")
_QUARTER = re.compile(r"\b(?:Q([1-4])|(first|second|third|fourth)[\s-]+quarter)\s*(?:of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s*)?"
                      r"((?:19|20)\d\d)\b|\b(?:fiscal\s+)?((?:19|20)\d\d)\s+(first|second|third|fourth)[\s-]+quarter", re.I)
_YTD = re.compile(r"\b(?:first\s+)?(six|nine)\s+months\s+(?:of\s+|ended\s+)?(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\b|"
                  r"\bfirst\s+half\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\b", re.I)
_YEAR = re.compile(r"\b(?:fiscal\s+(?:year\s+)?|FY\s*)?((?:19|20)\d\d)\b(?![-/]\d)", re.I)
_RANGE = re.compile(r"\b(?:fiscal\s+|FY\s*)?((?:19|20)\d\d)\s*(?:-|–|to|through)\s*(?:fiscal\s+|FY\s*)?((?:19|20)\d\d)\b", re.I)
_FILING = re.compile(r"\b(?:Q([1-4])\s+)?(?:fiscal\s+(?:year\s+)?|FY\s*)?((?:19|20)\d\d)\s+(?:form\s+)?(10-?K|annual\s+report|10-?Q|"
                     r"(?:earnings\s+)?release)\b", re.I)

def filing_hints(text: str) -> list[str]:
    """Periods of the filings a question names as its source ("PepsiCo's 2022 Form 10-K")."""
    out = []
    for m in _FILING.finditer(text):
        kind = m.group(3).lower()
        if m.group(1):
            out.append(f"Q{m.group(1)} {m.group(2)}")
        elif "k" in kind or "annual" in kind:
            out.append(f"FY{m.group(2)}")
    return out



# Lengths of time a question names: (pattern, months, also read anywhere in the question for a date
# with none beside it). "quarter" or "year" far from a date says nothing about the date.
_SPANS: tuple[tuple[str, int, bool], ...] = (
    (r"\bsix\s+months|\bfirst\s+half|\bhalf[\s-]+year", 6, True), (WEEK_SPANS[6], 6, False),
    (r"\bnine\s+months", 9, True), (WEEK_SPANS[9], 9, False),
    (r"\bthree\s+months", 3, True), (rf"{WEEK_SPANS[3]}|quarter", 3, False),
    # "fiscal 2024" names a year, except as the year a part of it is taken from ("the six months of fiscal 2024")
    (r"year|(?<!months of )(?<!half of )fiscal\s+(?:19|20)\d\d|\btwelve\s+months|\b12\s+months|" + WEEK_SPANS[12], 12, False),
    (r"\bat\b|\bas\s+of\b|balance\s+sheet|\bon\b", 0, False),
)


def _months_before(ctx: str) -> int | None:
    """Length named just before a date: "three months ended", "12 weeks ended", "year ended"."""
    found = [(m.end(), months) for rx, months, _ in _SPANS for m in re.finditer(rx, ctx, re.I)]
    return max(found)[1] if found else None


def _span_named(text: str) -> int | None:
    """The one span of months a question names anywhere, for a date that has none beside it."""
    named = {months for rx, months, anywhere in _SPANS if anywhere and re.search(rx, text, re.I)}
    return named.pop() if len(named) == 1 else None


# Short forms of periods written out as the readers below know them: "FY22" → "FY2022",
# "3Q 2023" → "Q3 2023", "H1 2023" → "the first six months of 2023", "calendar 2022" → "2022".
_SHORT_FORMS = (
    (re.compile(r"\b(FY|Q[1-4]\s*FY)\s*'?(\d{2})\b(?!\d)", re.I), lambda m: f"{m[1].upper()}20{m[2]}"),
    (re.compile(r"\b([1-4])Q\s*(?:FY\s*)?'?((?:19|20)?\d{2})\b", re.I),
     lambda m: f"Q{m[1]} {m[2] if len(m[2]) == 4 else '20' + m[2]}"),
    (re.compile(r"\b(?:H1|1H)\s*/?\s*(?:FY\s*|fiscal\s+)?'?((?:19|20)?\d{2})\b", re.I),
     lambda m: f"the first six months of {m[1] if len(m[1]) == 4 else '20' + m[1]}"),
    (re.compile(r"\bcalendar\s+(?:year\s+)?((?:19|20)\d\d)\b", re.I), lambda m: m[1]),
    # "Q2/2026" as European reports write a quarter; "6M 2026", "9M 2025": the months from the year's start
    (re.compile(r"\bQ([1-4])\s?/\s?((?:19|20)\d\d)\b", re.I), lambda m: f"Q{m[1]} {m[2]}"),
    (re.compile(r"\b([69])M\s?/?\s?((?:19|20)\d\d)\b"),
     lambda m: f"the first {'six' if m[1] == '6' else 'nine'} months of {m[2]}"),
    # A year-to-date through a quarter runs from the year's start: "YTD Q3 2023" is nine months.
    (re.compile(r"\b(?:ytd|year[\s-]+to[\s-]+date)\s+(?:through|to|at|as\s+of|for)?\s*(?:the\s+)?"
                r"(?:(first|second|third|fourth)\s+quarter(?:\s+of)?|Q([1-4]))|"
                r"\bQ([1-4])\s+(?:ytd|year[\s-]+to[\s-]+date)(?:\s+of)?", re.I),
     lambda m: f"the {_YTD_MONTHS[(m[1] or '').lower() or int(m[2] or m[3])]} months of"),
)
_YTD_MONTHS: dict[str | int, str] = {"first": "three", "second": "six", "third": "nine", "fourth": "twelve",
                                     1: "three", 2: "six", 3: "nine", 4: "twelve"}


def expand_short_forms(text: str) -> str:
    """`text` with short period forms written out ("FY22" → "FY2022", "1H 2023" → "the first
    six months of 2023", "the June 2023 quarter" → "the three months ended June 30, 2023")."""
    text = year_to_date_spans(text)
    for rx, to in _SHORT_FORMS:
        text = rx.sub(to, text)
    # "January-June 2026", "1-6/2026", "April-June 2025": a span named by its months, as European reports name one
    return ranges_in_words(month_quarters(text))


# A quarter named by the month it ends in, without a day: "the June 2023 quarter", "the June
# quarter of 2023", "the quarter ended June 2023". Companies whose fiscal year is not the calendar
# year (and writers about them) name quarters this way; it is the three months ended that month's
# last day, which the date readers place in the company's own fiscal calendar.
_YEAR4 = r"((?:19|20)\d\d)"
_MONTH_QUARTER = re.compile(
    rf"\b{MONTH_NAME}\s+{_YEAR4}[\s-]+quarter\b(?!ly)"  # the June 2023 quarter
    rf"|\b{MONTH_NAME}[\s-]+quarter\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?{_YEAR4}\b"  # the June quarter of 2023
    rf"|\bquarter\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:in\s+)?{MONTH_NAME}\s+{_YEAR4}\b(?!\s*\d)",  # quarter ended June 2023
    re.I,
)


# A quarter named by its three months, as news writers and quarterly reports' discussions name one:
# "the April-June 2026 quarter", "the July–September quarter of 2026". The same three months ended
# the last month's last day, whatever the company's fiscal calendar calls them; a range of any other
# length is no quarter and is left as written.
_RANGE_QUARTER = re.compile(
    rf"\b{MONTH_NAME}\s*[-–—]\s*{MONTH_NAME}\s+{_YEAR4}[\s-]+quarter\b(?!ly)"  # the April-June 2026 quarter
    rf"|\b{MONTH_NAME}\s*[-–—]\s*{MONTH_NAME}[\s-]+quarter\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?{_YEAR4}\b",
    re.I,
)


def _three_months_ended(month: str, year: str) -> str:
    number = MONTH_NUMBERS[month[:3].lower()]
    return f"three months ended {calendar.month_name[number]} {calendar.monthrange(int(year), number)[1]}, {year}"


def month_quarters(text: str) -> str:
    """`text` with each quarter named by its end month, or by its three months, written as the three
    months ended that month's last day ("the June 2023 quarter", "the April-June 2023 quarter" →
    "the three months ended June 30, 2023")."""

    def dated(m: re.Match[str]) -> str:
        groups = m.groups()
        month, year = next((groups[i], groups[i + 1]) for i in range(0, len(groups), 2) if groups[i])
        return _three_months_ended(month, year)

    def ranged(m: re.Match[str]) -> str:
        first, last, year = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
        span = (MONTH_NUMBERS[last[:3].lower()] - MONTH_NUMBERS[first[:3].lower()]) % 12
        return _three_months_ended(last, year) if span == 2 else m.group()

    return _MONTH_QUARTER.sub(dated, _RANGE_QUARTER.sub(ranged, text))



def question_periods(text: str) -> list[Period]:
    """Periods in the order the question names them; a fiscal year or quarter followed by its
    end date ("fiscal 2019 (the year ended February 2, 2019)") is one period. A year that names an
    event ("before the 2026 recast") is no period (`event_dates`)."""
    text = mask_event_years(expand_short_forms(text))
    spans: list[tuple[int, int, Period]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _DATE.finditer(text):
        d = find_date(m.group()) or _slash(m.group())
        if d is None:
            continue
        months = _months_before(text[max(0, m.start() - 45):m.start()])
        if months is None:
            months = _span_named(text)  # "And for the six months? (..., July 29, 2023)"
        spans.append((m.start(), m.end(), Period(months if months is not None else -1, None, None, d)))
        taken.append((m.start(), m.end()))
    for m in _QUARTER.finditer(text):
        if free(m.start(), m.end()):
            q = int(m.group(1)) if m.group(1) else QUARTER_ORDINALS[(m.group(2) or m.group(5)).lower()]
            spans.append((m.start(), m.end(), Period(3, int(m.group(3) or m.group(4)), q)))
            taken.append((m.start(), m.end()))
    for m in _QUARTERS_OF.finditer(text):
        if free(m.start(), m.end()):
            for q in range(1, 5):
                spans.append((m.start() + q, m.end(), Period(3, int(m.group(1)), q)))
            taken.append((m.start(), m.end()))
    for m in _YTD.finditer(text):
        if free(m.start(), m.end()):
            months = 9 if (m.group(1) or "").lower() == "nine" else 6
            spans.append((m.start(), m.end(), Period(months, int(m.group(2) or m.group(3)))))
            taken.append((m.start(), m.end()))
    for m in _RANGE.finditer(text):
        if free(m.start(), m.end()):
            a, b = int(m.group(1)), int(m.group(2))
            if 0 < b - a <= 10:
                for k, year in enumerate(range(a, b + 1)):
                    spans.append((m.start() + k, m.end(), Period(12, year)))
                taken.append((m.start(), m.end()))
    for m in _YEAR.finditer(text):
        if free(m.start(), m.end()) and not DOC_REF.match(text[m.end():]):
            spans.append((m.start(), m.end(), Period(12, int(m.group(1)))))
    spans.sort(key=lambda s: s[0])
    # Drop years named only as a filing ("its fiscal 2017 annual report") and merge a period with
    # the end date that follows it.
    out: list[tuple[int, int, Period]] = []
    for start, end, p in spans:
        if DOC_REF.match(text[end:]):
            continue  # "its 2022 Form 10-K", "the August 30, 2023 8-K": a filing, not a period
        if out and p.end is not None and out[-1][2].end is None and start - out[-1][1] <= 40 and re.search(
            r"\(|i\.e\.|ended|,", text[out[-1][1]:start]
        ) and _may_end(out[-1][2], p.end):
            prev = out[-1][2]
            months = p.months if p.months not in (-1, 0) else prev.months
            fy = prev.fiscal_year if p.months in (-1, prev.months) or months == prev.months else None
            out[-1] = (out[-1][0], end, Period(months, fy, prev.quarter if months == 3 else None, p.end))
            continue
        out.append((start, end, p))
    periods = []
    for _, _, p in out:
        if p.months == -1:
            p = Period(0 if p.end else 12, p.fiscal_year, p.quarter, p.end)  # a bare date: a balance, or a year's end
        if p not in periods:
            periods.append(p)
    return periods


def _may_end(named: Period, end: date) -> bool:
    """Whether a date can be the end of the period named just before it: a year ends in its own
    calendar year or, named by its start, early in the next; never before it.
    "fiscal 2023 as the average of January 29, 2022 and January 28, 2023" lists the opening balance first."""
    if named.fiscal_year is None:
        return True
    # A part of a year named by its end ("the first half of fiscal 2024", ended July 2023) ends a calendar year earlier.
    first = named.fiscal_year - (0 if named.months == 12 else 1)
    return first <= end.year <= named.fiscal_year + 1


def _slash(text: str):  # type: ignore[no-untyped-def]
    from datetime import date

    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    return date(int(m.group(3)), int(m.group(1)), int(m.group(2))) if m else None



# The comparative column asked for: "the prior fiscal year", "the prior-year column", "the year before".
_PRIOR = re.compile(r"\b(?:prior|previous|preceding)[\s-]+(?:fiscal[\s-]+)?(?:year|quarter|period)|\byear\s+before\b|"
                    r"\bcomparative\s+(?:column|period|year|quarter)|\bcomparable\s+prior\b", re.I)


def period_year(p: Period) -> tuple[int, date]:
    return (p.fiscal_year if p.fiscal_year is not None else fiscal_year_of(p.end) if p.end else 0, p.end or date.min)


def _filing_of(p: Period) -> str:
    year = period_year(p)[0]
    return f"Q{p.quarter} {year}" if p.months == 3 and p.quarter else f"FY{year}"


def prior_column(question: str) -> tuple[Period, str] | None:
    """(the asked period, the filing named) for a question that names a filing's period and asks
    for its prior-year column: the earlier period is asked, the later one names its source. With
    one period named it is the asked one ("the comparative column in its 2021 10-K ... in 2020":
    the filing is no period), and None is returned."""
    periods = question_periods(question)
    if not _PRIOR.search(question) or len(periods) < 2:
        return None
    return min(periods[:2], key=period_year), _filing_of(max(periods[:2], key=period_year))


def year_to_date_filings(text: str) -> list[tuple[int, str]]:
    """(fiscal year, filing period) for each year-to-date span the question names by its fiscal
    year ("the first six months of fiscal 2023" → (2023, "Q2 2023")): it is reported in the
    quarterly filing of the quarter it ends on (and next year's, as a comparative), not in the
    year's annual report, which a bare reading of "fiscal 2023" points to. None for a year the
    question also names whole."""
    periods = question_periods(text)
    whole = {p.fiscal_year for p in periods if p.months == 12}
    return [(p.fiscal_year, f"Q{p.months // 3} {p.fiscal_year}") for p in periods
            if p.months in (6, 9) and p.fiscal_year is not None and p.fiscal_year not in whole]
