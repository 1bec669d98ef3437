"""Each cell of a table row read against the table's header lines: its year, its span and what it
holds (an amount, a percent of something, a change).

Notes and MD&A tables head their columns in several rows: years over "Amount  % of Sales" pairs,
"Three Months Ended  Six Months Ended" over "2023  2022  Change  2023  2022  Change", a year over
a group of columns. pypdf's layout text keeps the header words in order but not always where the
cells are, so cells are matched to the header's columns by count and order, never by position:
a header whose columns cannot be counted out against the row gives no reading (None), and the
caller then refuses to pick a cell by its year rather than guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.answer.text import CELL_GAPS
from assistant.core.finance.heading_periods import (
    COMPACT_SPAN,
    DAY_FIRST_DATE,
    MONTH_RANGE,
    QUARTER_RANGE,
    mask_spelled,
    month_range_spans,
    span_name,
    spelled_period,
    stacked_ranges,
)
from assistant.core.finance.periods import MONTH, PERIOD_TOKEN, WEEK_SPANS, token_period
from assistant.core.numbers import Quantity

__all__ = ["EMPTY_CELL", "FIGURE", "LONE_YEAR", "SPAN", "CellColumn", "percent_cell", "read_cells", "slot_cells", "token_span"]

# A year printed alone on its line: it dates the block of rows below it ("2022" ... "2021").
LONE_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*$")
# One column heading of the leaf (lowest) header line, in the order they are tried.
_TOKEN = re.compile(
    r"(?P<compared>\b(?:19|20)\d\d\s*(?:vs\.?|versus|to|compared\s+(?:to|with)|[-–])\s*(?:19|20)\d\d\b)|"
    rf"(?P<date>{MONTH}\s+\d{{1,2}},?\s+(?P<dy>(?:19|20)\d\d)\b|\b\d{{1,2}}\s+{MONTH}\s+(?P<dy2>(?:19|20)\d\d)\b)"
    # "4-6/2026", "Jan-Jun 2026", "6M 2026", "30.6.2026": a span or a day as international reports spell it
    # "Q1–Q3 2026" (nine months), "FY26", "2025/26" (`heading_periods`)
    rf"|(?P<spelled>{MONTH_RANGE.pattern}|{QUARTER_RANGE.pattern}|{COMPACT_SPAN.pattern}"
    rf"|\b(?:[369]M|12M)\s?/?\s?(?:19|20)\d\d\b|{DAY_FIRST_DATE.pattern})"
    rf"|(?P<qy>{PERIOD_TOKEN})"  # "Q2 2023", "2Q23", "Q4'22", a half "1H23"
    r"|(?P<year>\b(?:fiscal\s+(?:year\s+)?|fy\s*)?(?P<y>(?:19|20)\d\d)\b)"
    r"|(?P<change>\$\s*change|%\s*change|change\s*(?:in\s*)?%|\bpercent(?:age)?\s+change\b|\bchange\b|\bvariance\b"
    r"|\bincrease\s*/?\s*\(?decrease\)?|\binc\.?\s*/\s*\(?dec\.?\)?|\bfavorable\s*/?\s*\(?unfavorable\)?)"
    r"|(?P<percent>%\s*(?:of|to)\s+(?:total\s+|net\s+|segment\s+)?[a-z]+\*?|\bpercent(?:age)?\s+(?:of|to)\s+"
    r"(?:total\s+|net\s+|segment\s+)?[a-z]+\*?|%|\bpercent(?:age)?\b)"
    r"|(?P<amount>\bamounts?\b|\bdollars\b|(?<!\S)\$(?!\S))",  # "$  %" under "2022 vs. 2021"
    re.I,
)
# A caption in a column heading's row ("(Dollars in Millions)", "In millions, except per share
# amounts"): not a column.
_CAPTION = re.compile(r"^\(|\bin\s+(?:millions|thousands|billions)\b|\bexcept\b|^\$$", re.I)
# A caption run into the headings after it, as a passage's flattened text prints them: "Period End (in
# millions) 2Q26 1Q26 ...". The headings are kept, the caption and the words before it dropped.
_LEAD_CAPTION = re.compile(r"^[^()\d]{0,40}\((?:[$€£]\s*)?in\s+(?:millions|thousands|billions)[^)]*\)\s+(?=\S)", re.I)


def _uncaptioned(segment: str) -> str:
    return _LEAD_CAPTION.sub("", segment)


_NOTE_MARK = re.compile(r"\((?:[a-z]|\d{1,2})\)|\([^)]*\)$")  # "2021(a)"; "Net  (1)"
_GAPS = CELL_GAPS
# A number that is neither a year nor a day of a date: a line holding one is a row, not a heading.
FIGURE = re.compile(r"(?<![\w,.])(?!(?:19|20)\d\d\b)\d[\d,.]*")
_DAY = re.compile(rf"{MONTH}\s+\d{{1,2}}\b", re.I)
_PERIOD_TOKEN = re.compile(PERIOD_TOKEN, re.I)  # "2Q23": a heading, though it starts with a digit
# Column groups by span, in either header style: "Three Months Ended ... Six Months Ended" or
# "Q4 ... Full Year". Each span is read as the months it covers (`answer.columns` reads questions
# with the same words).
_SPAN_WORDS = (
    ("six", r"\bsix\s+months\b|\b6[- ]months?\b|\b(?:first|second)[\s-]+half\b|\bhalf[- ]year\b|\bh[12]\b"
            r"|\b1h(?=\s?(?:fy\s?)?['’]?(?:19|20)?\d\d\b)"  # "1H23": the first half
            rf"|{WEEK_SPANS[6]}|{month_range_spans(6)}"),
    ("nine", rf"\bnine\s+months\b|\b9[- ]months?\b|{WEEK_SPANS[9]}|{month_range_spans(9)}"),
    ("three", rf"\bthree\s+months\b|\b3[- ]months?\b|\bquarter\b|\bq[1-4]\b|{WEEK_SPANS[3]}"
              r"|\b[1-4]q(?=\s?(?:fy\s?)?['’]?(?:19|20)?\d\d\b)|\bq[1-4](?=fy)"  # "2Q23", "Q2FY24"
              rf"|{month_range_spans(3)}"),  # "April-June", "4-6/2026"
    ("twelve", r"\btwelve\s+months\b|\b12[- ]months?\b|\bfull[- ]year\b|\bwhole\b|\bfiscal\s+(?:year|(?:19|20)\d\d)\b"
               rf"|\bfy\s?(?:19|20)?\d\d\b|\bannual\b|\bfor\s+the\s+year\b|\byears?\s+ended\b|{WEEK_SPANS[12]}"
               rf"|{month_range_spans(12)}"),
)
SPAN = re.compile("|".join(f"(?P<{name}>{p})" for name, p in _SPAN_WORDS), re.I)
_PERCENTISH = re.compile(r"\(?-?\d{1,3}\.\d\)?\s*%?")


@dataclass(frozen=True)
class CellColumn:
    """What a cell's column heading says of it."""

    year: int | None
    span: str | None  # "three", "six", "nine", "twelve", or None where the header names no span
    kind: str  # "amount", "percent" (of something) or "change"
    quarter: int | None = None  # the quarter a heading such as "2Q23" names


_Token = tuple[str, int | None, str | None, int | None]  # kind, year, span, quarter


def _tokens(line: str) -> list[_Token]:
    """(kind, year, span, quarter) of each column heading on a header line, left to right."""
    out: list[_Token] = []
    if FIGURE.search(_PERIOD_TOKEN.sub(" ", _DAY.sub(" ", mask_spelled(line)))):
        return out  # a row of figures above this one, not a heading
    kept = "   ".join(_NOTE_MARK.sub("", seg) for seg in map(_uncaptioned, _GAPS.split(line.strip())) if not _CAPTION.search(seg))
    for m in _TOKEN.finditer(kept):
        if m.group("compared"):  # "2022 vs. 2021": a change column's heading
            out.append(("change", None, None, None))
        elif m.group("date"):
            out.append(("amount", int(m.group("dy") or m.group("dy2")), None, None))
        elif m.group("spelled"):
            read = spelled_period(m.group("spelled"))
            if read is None:
                return []  # "Oct-Mar 2026": a span over a year's end, no heading this reader dates
            quarter = read.end.month // 3 if read.months == 3 and read.end.month % 3 == 0 else None
            out.append(("amount", read.end.year, span_name(read), quarter))
        elif m.group("qy"):
            period = token_period(m)
            if period is None:
                return []  # "H3 2023": no heading this reader knows
            span, quarter = token_span(period[0], period[1])
            out.append(("amount", period[2], span, quarter))
        elif m.group("year"):
            full = re.match(r"(?i)f", m.group("year"))  # "FY 2022", "Fiscal 2022" beside "Q4 2022"
            out.append(("amount", int(m.group("y")), "full" if full else None, None))
        elif m.group("change"):
            out.append(("change", None, None, None))
        elif m.group("percent"):
            out.append(("percent", None, None, None))
        else:
            out.append(("amount", None, None, None))
    return out


def token_span(kind: str, number: int) -> tuple[str, int | None]:
    """(span, quarter) of a period token's column ("Q", 2 for "2Q23"; "H", 1 for "1H23"): a quarter
    is three months; a first half is the six months to date; a second half is no span a question
    names by its months ("six months ended" is the first half)."""
    if kind == "Q":
        return "three", number
    return ("six" if number == 1 else "second half"), None


def _spans(lines: list[str]) -> list[str]:
    """The span groups the header names, left to right, from its last line that names any."""
    for line in reversed(lines):
        found = [m.lastgroup or "" for m in SPAN.finditer(line)]
        if found:  # "Fiscal 2023  Fiscal 2022" names one span, not two groups
            return found if len(set(found)) > 1 else found[:1]
    return []


def percent_cell(x: Quantity, group: list[Quantity]) -> bool:
    """A percent, or a one-decimal figure under 1,000 beside a larger amount ("2,488  9.1")."""
    if x.unit == "percent":
        return True
    return bool(_PERCENTISH.fullmatch(x.raw.strip(" $"))) and any(abs(y.value) > abs(x.value) * 10 for y in group)


def _by_cells(years: list[int], cells: list[Quantity]) -> list[tuple[str, int | None]] | None:
    """Years over a row whose cells follow one pattern per year: an amount, then its percents
    ("2022  2021" over "2,488  9.1  2,377  8.8"). None when the cells do not divide so."""
    n, k = len(cells), len(years)
    if k == 0 or n % k or n == k:
        return None
    per = n // k
    out: list[tuple[str, int | None]] = []
    for g in range(k):
        group = cells[g * per : (g + 1) * per]
        if percent_cell(group[0], group) or not all(percent_cell(x, group) for x in group[1:]):
            return None
        out += [("amount", years[g])] + [("percent", years[g])] * (per - 1)
    return out


def read_cells(header: str, cells: list[Quantity], row: str | None = None) -> list[CellColumn] | None:
    """Each cell's column (year, span, kind), or None when the header's columns cannot be
    counted out against the row's cells. `row`, the row as printed (the text the cells were
    parsed from), shows the empty cells ("—", "*", "NM") the figures leave out."""
    lines = [ln for ln in stacked_ranges(header).split("\n") if ln.strip()]
    if len(cells) < 2 or not lines:
        return None
    read = _read(lines, list(cells))
    if read is None and row is not None:
        slots = _slots(row, cells)
        if slots is not None and len(slots) > len(cells):
            full = _read(lines, [cells[k] if k is not None else None for k in slots])
            if full is not None:
                return [full[i] for i, k in enumerate(slots) if k is not None]
    return read


# A cell printed empty: a dash, asterisks, "n/m", "n/a".
EMPTY_CELL = re.compile(r"^(?:[—–-]+|\*+|n/?m|n/?a)$", re.I)
_GAP = CELL_GAPS


def slot_cells(row: str, cells: list[Quantity]) -> list[int | None] | None:
    """`_slots`: the row's columns, each the index of its figure or None for an empty cell."""
    return _slots(row, cells)


def _slots(row: str, cells: list[Quantity]) -> list[int | None] | None:
    """The row's cells left to right after its label: the index of the figure each holds, or None
    for an empty one; None when a cell holds two figures or a figure sits in no cell."""
    bounds, at = [], 0
    for m in _GAP.finditer(row):
        bounds.append((at, m.start()))
        at = m.end()
    bounds.append((at, len(row)))
    first = cells[0].start
    out: list[int | None] = []
    placed = 0
    for a, b in bounds:
        if b <= first:
            continue  # the label
        text = row[a:b].strip()
        held = [k for k, x in enumerate(cells) if a <= x.start < b]
        if len(held) > 1:
            return None
        if held:
            out.append(held[0])
            placed += 1
        elif EMPTY_CELL.match(text):
            out.append(None)
    return out if placed == len(cells) else None


def _read(lines: list[str], cells: list[Quantity | None]) -> list[CellColumn] | None:
    n = len(cells)
    # The lowest line of column headings: one naming a year, or two columns or more ("Change in
    # benefit obligation:" under the years is a row heading, not a column).
    leaf_at = next((i for i in range(len(lines) - 1, -1, -1)
                    if any(t[1] is not None for t in _tokens(lines[i])) or len(_tokens(lines[i])) >= 2), None)
    if leaf_at is None:
        return None
    leaf = _named_dates(_tokens(lines[leaf_at]), [_tokens(ln) for ln in lines[:leaf_at]], n)
    above = [t[1] for ln in lines[:leaf_at] for t in _tokens(ln) if t[1] is not None]
    read: list[tuple[str, int | None]] | None = None
    if len(leaf) < n and leaf and leaf[-1][0] == "change" and any(t[1] is not None for t in leaf):
        # "2022  2021  2022 vs. 2021" over "91,856  91,543  313  0.3": the change heading spans its
        # amount and percent cells.
        leaf = [*leaf, *[leaf[-1]] * (n - len(leaf))] if n - len(leaf) == sum(t[0] == "change" for t in leaf) else leaf
    dated = [t for t in leaf if t[1] is not None]
    if len(leaf) > n == len(dated) and leaf[:n] == dated:
        # "2022  2021  %" over "Slots win %  9.4 %  9.2 %": a row with its change column left empty.
        leaf = dated
    if len(leaf) == n:
        read = [(kind, year) for kind, year, _, _ in leaf]
        if all(year is None for _, year in read) and above:
            # "2022  2021" over "Amount  % of Sales  Amount  % of Sales": each year over its group;
            # trailing change columns belong to no year.
            body = len(read) - sum(1 for _ in _trailing(read, "change"))
            if body % len(above):
                return None
            per = body // len(above)
            read = [(kind, above[i // per] if i < body else None) for i, (kind, _) in enumerate(read)]
    elif all(t[0] == "amount" and t[1] is not None for t in leaf) and all(x is not None for x in cells):
        figures = [x for x in cells if x is not None]
        years = [t[1] for t in leaf if t[1] is not None]
        read = _by_cells(years, figures)
        if read is None and n > len(years) and all(percent_cell(x, figures) for x in figures[len(years):]):
            # "2023  2022" over "518  501  3.4%": the cells after the years' are their change.
            read = [("amount", y) for y in years] + [("change", None)] * (n - len(years))
    if read is None:
        return None
    # "Q4 2022  FY 2022", "2Q23  1Q23  2023": each cell names its span
    quarters = any(t[2] not in (None, "full") for t in leaf)
    spans = [] if quarters else _spans(lines[:leaf_at + 1])
    own = [("twelve" if t[2] == "full" else t[2]) if quarters else None for t in leaf] if len(leaf) == n else [None] * n
    if quarters and len(leaf) == n:
        # Plain years beside quarter headings are the one longer span a line above names ("Six months
        # ended June 30," over "2Q23  1Q23  2023  2022"); where none or several, their span is not told.
        longer = set(_spans(lines[:leaf_at])) - {"three"}
        if len(longer) == 1:
            own = [s if s is not None or t[1] is None else next(iter(longer)) for s, t in zip(own, leaf, strict=True)]
    quarter = [t[3] for t in leaf] if len(leaf) == n else [None] * n
    if len(spans) > 1 and n % len(spans) == 0:
        per_span = n // len(spans)
        span_of: list[str | None] = [spans[i // per_span] for i in range(n)]
    elif len(spans) > 1:
        return None  # span groups that do not divide the row: which cell is which cannot be told
    else:
        span_of = [spans[0] if spans else None] * n
    return [CellColumn(year=year, span=own[i] or span_of[i], kind=kind, quarter=quarter[i])
            for i, (kind, year) in enumerate(read)]


def _named_dates(leaf: list[_Token], above: list[list[_Token]], n: int) -> list[_Token]:
    """A column headed twice, its period's name over its date ("2Q26  1Q26" over "Jun. 30, 2026  Mar. 31,
    2026", as a bank's five-quarter tables print it): each date column takes the quarter or span named
    above it, paired in order, so two dates of one year are told apart by their quarters. The two
    lines run into one ("2Q26 1Q26 Jun. 30, 2026 Mar. 31, 2026") are read the same."""
    named = [t for t in leaf if t[2] is not None] if len(leaf) == 2 * n else []
    if len(named) == n and leaf[:n] == named:
        names, dates = leaf[:n], leaf[n:]
    else:
        names = next((line for line in reversed(above) if line), [])
        dates = leaf
    if (len(dates) != n or len(names) != n or any(t[1] is None or t[2] is not None or t[3] is not None for t in dates)
            or any(t[2] is None or t[1] is None for t in names)):
        return leaf
    return [(kind, year, span, quarter) for (kind, year, _, _), (_, _, span, quarter) in zip(dates, names, strict=True)]


def _trailing(read: list[tuple[str, int | None]], kind: str) -> list[int]:
    out: list[int] = []
    for i in range(len(read) - 1, -1, -1):
        if read[i][0] != kind:
            break
        out.append(i)
    return out
