"""The period columns of a statement: header lines above its first row read into dated columns.

"February 2, 2019", "3/25/2023", "2022", "Fiscal 2018" give each column its end (on a primary
statement also a year with a footnote mark, "2025(1)", "2024 (a)", "2026*"); a heading over
a group of columns ("Three Months Ended", "Six Months Ended", "12 Weeks Ended") its length; a
year alone takes its end date from the page's titles ("Fiscal years ended December 31, 2022,
December 25, 2021 and ...", "At December 31,"); "Q1  Q2  Six months" under a year, one column each.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from assistant.core.finance.facts import PeriodColumn, duration_of
from assistant.core.finance.heading_periods import spelled_period, stacked_span
from assistant.core.finance.periods import QUARTER_ORDINALS, find_date, fiscal_year_of
from assistant.core.finance.slide_tables import fiscal_year_end

__all__ = ["FULL_DATE", "MARKED_YEAR_CELL", "SEGMENT", "YEAR_CELL", "marked_year", "read_columns", "year_heading"]

SEGMENT = re.compile(r"\S+(?: \S+)*")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
FULL_DATE = re.compile(rf"{_MONTH}\s+\d{{1,2}}(?:,\s*|\s+)(?:19|20)\d\d|\b\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d\b"
                       rf"|\b\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d", re.I)  # "30 June 2023" as non-US filers write it
_MONTH_DAY = re.compile(rf"({_MONTH})\s+(\d{{1,2}})\b(?!,?\s*(?:19|20)\d\d)", re.I)
# "For the year ended 30 June", "As at 31 March": the day first, as non-US reports write a year-end.
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})(?![A-Za-z])(?!,?\s*(?:19|20)\d\d)", re.I)
YEAR_CELL = re.compile(r"^(?:fiscal\s+(?:year\s+)?|fy\s*)?((?:19|20)\d\d)$", re.I)
# A year heading carrying a footnote mark, as a statement flags a recast or unaudited year: "2025(1)",
# "2024 (1)", "2025 (a)", "2026*", "2025†", "2018 (2)(3)". Read only where the caller says (a primary
# statement): elsewhere "(1)" after a figure may be a note number or a negative one.
_MARK = r"(?:\((?:\d{1,2}|[a-z])\)|\*{1,3}|[†‡§¹²³])"
MARKED_YEAR_CELL = re.compile(rf"^(?:fiscal\s+(?:year\s+)?|fy\s*)?((?:19|20)\d\d)(?:\s?{_MARK}){{1,3}}$", re.I)
_MARK_CELL = re.compile(rf"^{_MARK}(?:\s?{_MARK}){{0,2}}$", re.I)
_FY_CELL = re.compile(r"^FY\s?'?(?:19|20)?\d\d$", re.I)
_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)")


def _to_date(text: str) -> date | None:
    text = re.sub(r"(\d),(?=(?:19|20)\d\d\b)", r"\1, ", text)  # "July 2,2023" as some PDFs set it
    m = _SLASH_DATE.search(text)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        except ValueError:
            return None
    return find_date(text)


def _year_end(year: int, titles: str) -> date:
    """The end of fiscal `year`, from the dates the page's titles give."""
    for m in FULL_DATE.finditer(titles):
        d = _to_date(m.group())
        if d and fiscal_year_of(d) == year:
            return d
    md = _MONTH_DAY.search(titles)
    if md:
        d = find_date(f"{md.group(1)} {md.group(2)}, {year}")
        if d:
            return d
    for m in FULL_DATE.finditer(titles):
        # "As of June 30, 2023" above "2023  2022": the other year ends on the same day of its year.
        d = _to_date(m.group())
        if d:
            try:
                return date(d.year + year - fiscal_year_of(d), d.month, d.day)
            except ValueError:  # February 29
                return date(d.year + year - fiscal_year_of(d), d.month, 28)
    dm = _DAY_MONTH.search(titles)
    if dm:
        d = find_date(f"{dm.group(2)} {dm.group(1)}, {year}")
        if d:
            return d
    return date(year, 12, 31)


def _fiscal_end(year: int, titles: str) -> date:
    """The end of fiscal `year` by which a span named short ("Q3 2026", "H1 2026", "FY26") is dated: the
    year-end the titles state as one ("For the year ended 30 June 2026", "52 weeks to 28 February 2026"),
    else the page's titles less their prose and the dates no period ends on. A release's or a meeting's
    date ("Mannheim, 5 November 2026", "Published 6 August 2026") falls mid-month, while a fiscal year
    ends at or near a month's end (a 52-53 week year within days of it, "1 March 2025"); a sentence's
    date ("ARR reached EUR 224.6 million at 30 June 2026") is a half's end as often as a year's."""
    stated = fiscal_year_end(titles)
    if stated is not None:
        month, day = stated
        return date(year, month, min(day, calendar.monthrange(year, month)[1]))

    def kept(m: re.Match[str]) -> str:
        d = _to_date(m.group())
        if d is None:
            return m.group()
        last = calendar.monthrange(d.year, d.month)[1]
        return m.group() if d.day >= last - _NEAR_MONTH_END or d.day <= _AFTER_MONTH_END else " " * len(m.group())

    lines = [line for line in titles.splitlines() if not _prose(line)]
    return _year_end(year, FULL_DATE.sub(kept, "\n".join(lines)))


def _prose(line: str) -> bool:
    """A line of running prose: eight words or more and no gap of two spaces between cells."""
    return len(re.findall(r"[A-Za-z]{2,}", line)) >= 8 and not re.search(r"\S {2,}\S", line.strip())


_NEAR_MONTH_END = 7  # days before a month's end a 52-53 week year may end ("January 28, 2023")
_AFTER_MONTH_END = 4  # days into the next month it may run ("February 3, 2024")


def _heading_year_end(year: int, header_lines: list[str], titles: str) -> date:
    """A year column's end: the one month and day its column headings print, "Nine Months Ended
    September 30" over "2026  2025", dates both years before any date of a running head or title
    ("... Earnings Release  October 29, 2026" is the release's date, not a column's)."""
    days = {(md.group(1).lower()[:3], md.group(2)) for line in header_lines for md in _MONTH_DAY.finditer(line)}
    if len(days) == 1:
        month, day = days.pop()
        heading = find_date(f"{month} {day}, {year}")
        if heading is not None:
            return heading
    return _year_end(year, titles + "\n" + "\n".join(header_lines))


def _stacked_date(year: int, start: int, end: int, above: list[str]) -> date | None:
    """A column's date printed on two lines, its month and day over its year ("November 1," over
    "2025"): the month and day nearest above the year, by position, joined with it."""
    center = (start + end) / 2
    best: tuple[float, date] | None = None
    for line in above:
        for md in _MONTH_DAY.finditer(line):
            off = abs((md.start() + md.end()) / 2 - center)
            d = find_date(f"{md.group(1)} {md.group(2)}, {year}")
            if d and off <= _STACK_TOLERANCE and (best is None or off < best[0]):
                best = (off, d)
    return best[1] if best else None


_STACK_TOLERANCE = 15  # characters between the centres of a month-day and the year below it


def _in_order(found: list[tuple[int, int, str, date]], above: list[str]) -> list[tuple[int, int, str, date]]:
    """Years under a line of as many month-days ("September 30,  December 31,  September 30," over
    "2026  2025  2025"), paired in order: a release sets a month-day wider than its year, and right-
    aligned columns leave their centres too far apart to pair by position."""
    line = next((text for text in reversed(above) if text.strip()), "")
    days = list(_MONTH_DAY.finditer(line))
    if len(days) < 2 or len(days) != len(found) or not all(YEAR_CELL.match(t[2].strip()) for t in found):
        return found
    paired = []
    for (start, end, text, was), md in zip(found, days, strict=True):
        year = YEAR_CELL.match(text.strip())
        d = find_date(f"{md.group(1)} {md.group(2)}, {year.group(1)}") if year else None
        paired.append((start, end, text, d or was))
    return paired


def marked_year(text: str, marked: bool = False) -> re.Match[str] | None:
    """A year heading ("2025", "Fiscal 2025", "FY26"), and with `marked` also one carrying a footnote
    mark ("2025(1)", "2026*"): its group 1 is the year."""
    text = _four_digit(text)
    return YEAR_CELL.match(text) or (MARKED_YEAR_CELL.match(text.strip()) if marked else None)


# "FY26", "FY 26", "FY'26": a fiscal year named by its last two digits (a release's "FY26  FY25"), read as
# "FY2026", the year its statements end in: its end is the year-end the page's titles state ("For the
# year ended 30 June 2026"), as for any year heading.
_SHORT_FY = re.compile(r"^(\s*FY\s?)'?(\d\d)(?=\s*$|\s?[(*†‡§¹²³])", re.I)


def _four_digit(text: str) -> str:
    return _SHORT_FY.sub(lambda m: f"{m.group(1)}20{m.group(2)}", text)


def year_heading(cells: list[tuple[int, int, str]]) -> bool:
    """Whether the cells right of a line's label ((start, end, text)) are year headings only, a
    footnote mark on a year included ("2025(1)", or "2025  (1)" where the mark is laid out apart, close
    right of it): a header line, not a row whose last figure is a negative one."""
    if not cells:
        return False
    for k, (start, _end, text) in enumerate(cells):
        if marked_year(text, True):
            continue
        after_year = k > 0 and bool(marked_year(cells[k - 1][2], True)) and start - cells[k - 1][1] <= _MARK_GAP
        if not (after_year and _MARK_CELL.match(text)):
            return False
    return True


_MARK_GAP = 3  # characters between a year and a footnote mark laid out apart from it
_MARK_TAIL = re.compile(rf"(?<=\d)(?:\s?{_MARK}){{1,3}}$", re.I)


def _unmarked(text: str, marked: bool) -> str:
    """A heading without the footnote mark on its year ("FY2025*" → "FY2025"), where marks are read."""
    return _MARK_TAIL.sub("", text) if marked else text


def read_columns(header_lines: list[str], titles: str, statement: str, quarter: int | None = None, *,
                 marked: bool = False) -> list[PeriodColumn]:
    """The period columns of a statement from the lines above its first row. `quarter` (the
    filing's own quarter) dates a year-only column of a quarter or year-to-date; `marked` (a primary
    statement) reads a year with a footnote mark ("2025(1)") as the year."""
    period_line = -1
    tokens: list[tuple[int, int, str, date]] = []
    parts: dict[int, int] = {}  # token index → months, for "Q1  Q2  SIX MONTHS" under a year
    for i, line in enumerate(header_lines):
        # "three months  three months  six months  six months" under "Q2 2026  Q2 2025  H1 2026  H1 2025":
        # a line restating the spans of columns that already name theirs adds no columns of its own.
        sub = _part_columns(line, tokens, titles) if not (tokens and len(parts) == len(tokens)) else []
        if sub:
            period_line, tokens, parts = i, [t[:4] for t in sub], {k: t[4] for k, t in enumerate(sub)}
            continue
        found: list[tuple[int, int, str, date]] = []
        spanned: dict[int, int] = {}  # token index → months, for "Q4 2022  FY 2022" cells
        for m in SEGMENT.finditer(line):
            text = m.group()
            own = _SPAN_YEAR.match(text.strip())
            if own:
                own_end, own_months = _span_year_end(own, titles + "\n" + "\n".join(header_lines))
                spanned[len(found)] = own_months
                found.append((m.start(), m.end(), text, own_end))
                continue
            short = _short_quarter_end(text.strip(), titles + "\n" + "\n".join(header_lines))
            if short:
                spanned[len(found)] = 3
                found.append((m.start(), m.end(), text, short))
                continue
            if FULL_DATE.fullmatch(text.strip(" ,")):
                d = _to_date(text)
                if d:
                    found.append((m.start(), m.end(), text, d))
                continue
            spelled = _spelled(text, titles + "\n" + "\n".join(header_lines))
            if spelled:  # "4-6/2026", "H1 2026", "30.6.2026": a span (or a day) spelled as international reports do
                if spelled[1]:
                    spanned[len(found)] = spelled[1]
                found.append((m.start(), m.end(), text, spelled[0]))
                continue
            y = marked_year(text, marked)
            if y:
                year = int(y.group(1))
                stacked = _stacked_date(year, m.start(), m.end(), header_lines[:i])
                ranged = None if stacked else stacked_span(year, m.start(), m.end(), header_lines[:i])
                if ranged is not None:  # "Oct–Dec" over "2026": the quarter, named as "Oct–Dec 2026" is
                    spanned[len(found)] = ranged[0].months
                    found.append((m.start(), m.end(), ranged[1], ranged[0].end))
                    continue
                # the month and day of the column headings ("Nine Months Ended September 30" over
                # "2026  2025") date a year before a running head's release date ("October 29, 2026")
                # "FY26", "FY 2025" are dated from a year-end, never from a release's date; beside cells
                # naming their own spans ("H1 2026  Q2 2026  FY 2025") the year's column is the year's
                named = _FY_CELL.match(_four_digit(_unmarked(text.strip(), marked)))
                fiscal = _fiscal_end(year, titles + "\n" + "\n".join(header_lines)) if named else None
                if named and spanned:
                    spanned[len(found)] = 12
                found.append((m.start(), m.end(), text, stacked or fiscal or _heading_year_end(year, header_lines, titles)))
        if found:
            period_line, tokens, parts = i, _in_order(found, header_lines[:i]), spanned
    if not tokens:
        return []
    groups: list[tuple[int, int, str]] = []  # (start, months, heading) over groups of columns
    for line in header_lines[:period_line + 1]:
        for m in SEGMENT.finditer(line):
            months = _months_of(m.group(), quarter)
            # "FY2026" is a year's column, not a heading over columns
            if (months is not None and not FULL_DATE.fullmatch(m.group().strip(" ,")) and _span_heading(m.group())
                    and not _FY_CELL.match(_unmarked(m.group().strip(), marked))):
                groups.append((m.start(), months, m.group()))
    default = duration_of(titles)
    columns = []
    # Group headings over equal numbers of columns ("Three Months Ended  Six Months Ended" over four
    # dates) are read in order, which survives text whose spacing was flattened.
    per_group = len(tokens) // len(groups) if len(groups) >= 2 and len(tokens) % len(groups) == 0 else 0
    ordered = sorted(groups, key=lambda g: g[0])
    for k, (_start, end, text, d) in enumerate(tokens):
        months = 0 if statement == "balance_sheet" else None
        heading = ""
        if months is None and k in parts:
            months = parts[k]
        elif months is None:
            before = [g for g in groups if g[0] <= end]
            if per_group:
                _, months, heading = ordered[k // per_group]
            elif before:
                _, months, heading = max(before, key=lambda g: g[0])
            elif groups:
                _, months, heading = groups[0]
            else:
                months = default or 12
        if quarter and months not in (0, 12) and marked_year(text, marked) and d.month == 12 and d.day == 31:
            d = date(d.year, 3 * quarter, calendar.monthrange(d.year, 3 * quarter)[1])
        columns.append(PeriodColumn(end=d, duration_months=months, header=f"{heading} {text}".strip(), x_end=end))
    return columns


# The words a column-group heading is made of: its span, "ended" and its date ("For the Thirteen
# Weeks Ended November 1,", "Year-to-Date", "SECOND QUARTER"); any other word makes the phrase a
# title or a running head that mentions a period ("Acme — Third Quarter 2025 Results").
_HEADING_WORDS = frozenset([
    "for", "the", "and", "of", "to", "date", "ytd", "ended", "ending", "period", "periods", "month", "months",
    "week", "weeks", "quarter", "quarters", "year", "years", "fiscal", "full", "half", "first", "second", "third",
    "fourth", "three", "six", "nine", "twelve", "thirteen", "fourteen", "sixteen", "seventeen", "twenty", "thirty",
    "forty", "fifty", "two", "four", "five", "seven", "eight", "unaudited", "audited",
])


def _span_heading(text: str) -> bool:
    """Whether a phrase naming a span is a column-group heading, made only of a heading's words."""
    rest = _MONTH_DAY.sub(" ", FULL_DATE.sub(" ", text))
    rest = re.sub(rf"\b{_MONTH}", " ", rest, flags=re.I)
    return all(len(w) <= 2 or w.lower() in _HEADING_WORDS for w in re.findall(r"[A-Za-z]+", rest))


_YTD = re.compile(r"\byear[\s-]+to[\s-]+date\b|\bytd\b", re.I)


def _months_of(heading: str, quarter: int | None) -> int | None:
    """Months a column-group heading covers; "Year to Date" runs to the filing's own quarter
    (six months in a second-quarter filing), a whole year in an annual one."""
    if _YTD.search(heading) and not duration_of(_YTD.sub(" ", heading)):
        return 3 * quarter if quarter in (1, 2, 3) else 12
    return duration_of(heading)


# A cell that names its own span and year: "Q4 2022", "Fourth Quarter 2022", "Six Months 2023",
# "Full Year 2022", "FY 2022" (a plain "2022" or "Fiscal 2022" is a YEAR_CELL).
_SPAN_YEAR = re.compile(r"^(?:Q([1-4])|(first|second|third|fourth)\s+quarter|(six|nine)\s+months|"
                        r"(?:full|fiscal)\s+year|twelve\s+months)\s*(?:of\s+)?(?:fiscal\s+|fy\s*)?((?:19|20)\d\d)$", re.I)


def _span_year_end(m: re.Match[str], titles: str) -> tuple[date, int]:
    """(end, months) of a "Q4 2022"-style cell: a quarter or a year-to-date ends that many
    months before the fiscal year's end the titles give (a calendar year when they give none)."""
    year = int(m.group(4))
    quarter = int(m.group(1)) if m.group(1) else (QUARTER_ORDINALS[m.group(2).lower()] if m.group(2) else None)
    months = 3 if quarter else {"six": 6, "nine": 9}.get((m.group(3) or "").lower(), 12)
    through = 3 * quarter if quarter else months  # months of the fiscal year elapsed at its end
    return _months_back(_fiscal_end(year, titles), 12 - through), months


def _spelled(text: str, titles: str) -> tuple[date, int] | None:
    """(end, months; 0 for a day) of a heading in an international or release spelling
    (`heading_periods`): a span named by its calendar months ends on its last month's last day; one
    named short ("H1 2026", "9M 2025") that many months into the fiscal year the titles give."""
    read = spelled_period(text)
    if read is None or _FY_CELL.match(text.strip()):
        return None  # "FY2026" is read as a year, its span what a heading over it says ("Three Months Ended")
    if read.months == 0 or read.first_month is not None or read.months_through is None:
        return read.end, read.months
    return _months_back(_fiscal_end(read.end.year, titles), 12 - read.months_through), read.months


# A quarter's column as a bank's supplement heads it: "3Q26", "3Q 2026", "3Q'26", "Q3'26", "Q3 FY26".
_SHORT_QUARTER = re.compile(r"^(?:([1-4])Q\s?'?|Q([1-4])\s?(?:'|FY\s?))(\d\d|(?:19|20)\d\d)$", re.I)


def _short_quarter_end(text: str, titles: str) -> date | None:
    """The end of a quarter named in short ("3Q26" ends the third quarter of 2026): that many months
    before the end of the fiscal year the titles give (a calendar year when they give none)."""
    m = _SHORT_QUARTER.match(text)
    if not m:
        return None
    quarter = int(m.group(1) or m.group(2))
    year = int(m.group(3)) if len(m.group(3)) == 4 else 2000 + int(m.group(3))
    return _months_back(_fiscal_end(year, titles), 12 - 3 * quarter)


def _months_back(end: date, months: int) -> date:
    """The date `months` before `end`; a month-end stays a month-end."""
    if months == 0:
        return end
    y, mo = divmod(end.year * 12 + end.month - 1 - months, 12)
    last = calendar.monthrange(y, mo + 1)[1]
    month_end = end.day == calendar.monthrange(end.year, end.month)[1]
    return date(y, mo + 1, last if month_end else min(end.day, last))


_PART = re.compile(r"^(?:Q([1-4])|(first|second|third|fourth)\s+quarter|(six|nine|twelve)\s+months|full\s+year|"
                   r"fiscal\s+year|year)$", re.I)


def _part_columns(line: str, years: list[tuple[int, int, str, date]], titles: str) -> list[tuple[int, int, str, date, int]]:
    """ "Q1   Q2   SIX MONTHS" under a year header: one column each, dated in that year."""
    if not years:
        return []
    found = []
    for m in SEGMENT.finditer(line):
        p = _PART.match(m.group().strip())
        if not p:
            continue
        center = (m.start() + m.end()) / 2
        _, _, text, year_end = min(years, key=lambda t: abs((t[0] + t[1]) / 2 - center))
        ym = YEAR_CELL.match(text)
        y = int(ym.group(1)) if ym else year_end.year
        quarter = int(p.group(1)) if p.group(1) else (QUARTER_ORDINALS[p.group(2).lower()] if p.group(2) else None)
        months = 3 if quarter else {"six": 6, "nine": 9}.get((p.group(3) or "").lower(), 12)
        if months == 12:
            end = _year_end(y, titles)
        else:
            month = 3 * quarter if quarter else months
            end = date(y, month, calendar.monthrange(y, month)[1])
        found.append((m.start(), m.end(), f"{m.group()} {y}", end, months))
    return found if len(found) >= 2 else []
