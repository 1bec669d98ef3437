"""Tables as presentations and half-year reports print them, made readable by the statement reader.

Two habits of slides (read at ingest, on layout text, before `tables.read_statement_page`):
- a text box printed to the right of a table ends each row's text line with commentary, so a row no
  longer ends with its figures: the box is cut off where it starts, a column of text beginning at one
  left edge, right of every figure, after a wide gap, on several lines;
- columns headed by a fiscal half or quarter, "H1" over "FY27" or "Q2 FY2024", name a span of the
  company's own fiscal year: dated from the fiscal year end the document states ("year ending
  31 March 2027", or "six months ended 30 September 2026 (H1 FY27)"), the heading is rewritten as the
  span and its end date ("6 months" over "30 Sep 2026") that the column reader reads.
`fiscal_labels` then names such a document's half and quarter columns by the fiscal year they fall in
(a company whose year ends 31 March has its H1 FY27 ending 30 September 2026)."""

from __future__ import annotations

import calendar
import logging
import re
from datetime import date

from assistant.core.finance.facts import Fact
from assistant.core.finance.heading_periods import COMPACT_SPAN, spelled_period
from assistant.core.finance.periods import MONTH_NUMBERS

logger = logging.getLogger(__name__)

__all__ = ["fiscal_labels", "fiscal_year_end", "slide_pages", "slide_text", "spans_by_token"]

_MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY_FIRST = rf"(\d{{1,2}})\s+{_MONTH}\s+((?:19|20)\d\d)"
_MONTH_FIRST = rf"{_MONTH}\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)"
# "the year ending 31 March 2027", "financial year ended June 30, 2023"
# "the 52 weeks to 28 February 2026": a retailer's year of weeks
_YEAR_END = re.compile(rf"\b(?:year|5[23]\s+weeks)\s+(?:end(?:ed|ing)|to)\s+(?:{_DAY_FIRST}|{_MONTH_FIRST})", re.I)
# "six months ended 30 September 2026 (H1 FY27)": a span's end named by its fiscal token
_SPAN_TOKEN = re.compile(rf"\b(three|six|nine)\s+months\s+(?:end(?:ed|ing)|to)\s+(?:{_DAY_FIRST}|{_MONTH_FIRST})"
                         r"\s*\(\s*(H[12]|Q[1-4])\s+FY\s*'?(\d{2}|\d{4})\s*\)", re.I)
_TOKEN = re.compile(r"^(H[12]|Q[1-4])$")
_FY = re.compile(r"^FY\s?'?(\d{2}|\d{4})(?:\(\d\)|\*)?$")
_INLINE = re.compile(r"\b(H[12]|Q[1-4])\s+(FY\s?'?(?:\d{2}|\d{4}))(?:\(\d\)|\*)?(?=\s|$)")
_SEGMENT = re.compile(r"\S+(?: \S+)*")
_FIGURE_END = re.compile(r"[\d%)]$|^[-—–]$|^n/?m$", re.I)
_SIDE_GAP = 6  # spaces between a table's last cell and a text box beside it
_SIDE_LINES = 3  # lines a text box must span to be one


def _end_of(m: re.Match[str], first: int) -> date | None:
    g = m.groups()[first:first + 6]
    day, month, year = (g[0], g[1], g[2]) if g[0] else (g[4], g[3], g[5])
    try:
        return date(int(year), MONTH_NUMBERS[month[:3].lower()], int(day))
    except (KeyError, ValueError):
        return None


def _add_months(d: date, months: int) -> date:
    """The month end `months` after (or before) a month end."""
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    return date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def spans_by_token(text: str) -> bool:
    """Whether the document names a half or quarter by its fiscal token beside its dates."""
    return bool(_SPAN_TOKEN.search(text))


def fiscal_year_end(text: str) -> tuple[int, int] | None:
    """(month, day) the document's fiscal year ends on, where it states it: a year's end date, else a
    half or quarter named by its fiscal token beside its end date."""
    m = _YEAR_END.search(text)
    if m and (end := _end_of(m, 0)):
        return end.month, end.day
    m = _SPAN_TOKEN.search(text)
    if m and (end := _end_of(m, 1)):
        token = m.group(8).upper()
        left = 12 - (int(token[1]) * 6 if token[0] == "H" else int(token[1]) * 3)
        year_end = _add_months(end, left)
        return year_end.month, year_end.day
    return None


def _token_end(token: str, fy: str, year_end: tuple[int, int]) -> date:
    year = int(fy) if len(fy) == 4 else 2000 + int(fy)
    end = date(year, year_end[0], calendar.monthrange(year, year_end[0])[1])
    part = int(token[1])
    return _add_months(end, -(12 - (part * 6 if token[0] == "H" else part * 3)))


def _span(token: str) -> str:
    return "6 months" if token[0] == "H" else "3 months"


def _place(line: str, text: str, right: int) -> str | None:
    """`line` with `text` written to end at column `right`, over blanks only; None where it would not fit."""
    left = right - len(text)
    if left < 0:
        return None
    padded = line.ljust(right)
    if padded[max(left - 2, 0):right].strip():  # two blanks keep it a cell of its own
        return None
    return padded[:left] + text + padded[right:]


def _dated_headings(lines: list[str], year_end: tuple[int, int]) -> tuple[list[str], bool]:
    out = list(lines)
    changed = False
    for i, line in enumerate(lines):
        inline = list(_INLINE.finditer(line))
        if inline and len(inline) >= 2 and not re.search(r"\d[\d,]*\.\d", line):
            # "H1 FY27   H1 FY26" on one line: the span above, its end date in place of the token
            spans, dates = " " * len(line), line
            for m in inline:
                fy = re.sub(r"\D", "", m.group(2))
                when = _token_end(m.group(1).upper(), fy, year_end).strftime("%d %b %Y").lstrip("0")
                cleared = dates[:m.start()] + " " * (m.end() - m.start()) + dates[m.end():]
                placed, above = _place(cleared, when, m.end()), _place(spans, _span(m.group(1).upper()), m.end())
                if placed is None or above is None:
                    return lines, False
                dates, spans = placed, above
            out[i] = dates
            out.insert(i, spans.rstrip())
            return out, True
        if i + 1 >= len(lines):
            break
        tokens = [(m.start(), m.end(), m.group()) for m in _SEGMENT.finditer(line)]
        if len(tokens) < 2 or not all(_TOKEN.match(t) for _, _, t in tokens):
            continue
        below = [(m.start(), m.end(), m.group()) for m in _SEGMENT.finditer(lines[i + 1])
                 for _ in [0] if _FY.match(m.group().replace(" ", ""))]
        spans, dates = " " * len(line), lines[i + 1]
        # one fiscal year under each token: paired in order (a slide's heading lines are centred
        # differently, so their positions need not line up)
        if len(below) != len(tokens):
            continue
        for (_, _, token), (b_start, b_end, fy_text) in zip(tokens, below, strict=True):
            named = _FY.match(fy_text.replace(" ", ""))
            assert named is not None
            when = _token_end(token.upper(), named.group(1), year_end).strftime("%d %b %Y").lstrip("0")
            cleared = dates[:b_start] + " " * (b_end - b_start) + dates[b_end:]
            placed, above = _place(cleared, when, b_end), _place(spans, _span(token.upper()), b_end)
            if placed is None or above is None:
                return lines, False
            dates, spans = placed, above
        out[i], out[i + 1] = spans.rstrip(), dates
        changed = True
    return out, changed


def _compact_headings(lines: list[str], year_end: tuple[int, int]) -> tuple[list[str], bool]:
    """Column headings naming a fiscal span by a compact token, "FY26  FY25", "1H26  2H26  FY26",
    "2025/26  2024/25" (`heading_periods.COMPACT_SPAN`), dated from the fiscal year end the document
    states: each token's line gets its end date in place of the token and its span on a line above
    ("6 months" over "31 Dec 2025" for the 1H26 of a June year), as a line of "H1 FY27" headings does."""
    out: list[str] = []
    changed = False
    for line in lines:
        cells = [m for m in _SEGMENT.finditer(line)]
        tokens = [m for m in cells if COMPACT_SPAN.fullmatch(m.group())]
        if len(tokens) < 2 or any(re.search(r"\d", m.group()) for m in cells if m not in tokens):
            out.append(line)
            continue
        spans, dates = " " * len(line), line
        for m in tokens:
            read = spelled_period(m.group())
            if read is None or read.months_through is None:
                break
            fy = str(read.end.year)
            token = "FY" if read.months == 12 else f"H{read.months_through // 6}"
            end = date(int(fy), year_end[0], calendar.monthrange(int(fy), year_end[0])[1])
            day = end if token == "FY" else _token_end(token, fy, year_end)
            cleared = dates[:m.start()] + " " * (m.end() - m.start()) + dates[m.end():]
            # "31 Dec 2025", or where columns stand closer "31.12.2025", as European reports date a column
            placed = _place(cleared, day.strftime("%d %b %Y").lstrip("0"), m.end()) or _place(
                cleared, f"{day.day}.{day.month}.{day.year}", m.end())
            above = _place(spans, "12 months" if token == "FY" else _span(token), m.end())
            if placed is None or above is None:
                break
            dates, spans = placed, above
        else:
            out.extend([spans.rstrip(), dates])
            changed = True
            continue
        out.append(line)
    return out, changed


def _prose(text: str) -> bool:
    """Commentary, not a cell: words in running lower case ("driven by bundles"), not a name."""
    return len(re.findall(r"\b[a-z]{2,}\b", text)) >= 2


def _side_text_edge(lines: list[str]) -> int | None:
    """The left edge of a text box printed right of a table: text starting after a wide gap behind a
    row's last figure, at one edge (within a few columns) on several lines."""
    starts: list[int] = []
    for line in lines:
        # a token tried only from its first character: a long run without spaces is not re-tried from each
        # of its characters (quadratic on a one-line text file)
        for m in re.finditer(rf"(?<!\S)(\S+)( {{{_SIDE_GAP},}})(?=[A-Za-z])", line):
            if _FIGURE_END.search(m.group(1)) and _prose(line[m.end():]):
                starts.append(m.end())
                break
    starts.sort()
    for k in range(len(starts) - _SIDE_LINES + 1):
        if starts[k + _SIDE_LINES - 1] - starts[k] <= 8:
            return starts[k]
    return None


def _without_side_text(lines: list[str]) -> list[str]:
    edge = _side_text_edge(lines)
    if edge is None:
        return lines
    out, tails = [], []
    for line in lines:
        cut = re.search(r" {4,}(?=\S)", line[edge - _SIDE_GAP:]) if len(line) > edge else None
        at = edge - _SIDE_GAP + cut.end() if cut else -1
        if (cut and at < edge + 10 and not line[edge - _SIDE_GAP:edge - _SIDE_GAP + cut.start()].strip()
                and line[:at].strip() and _prose(line[at:])):
            out.append(line[:at].rstrip())
            tails.append(line[at:].strip())
        else:
            out.append(line)
    # A second table beside the first (its rows end with figures) is no text box: kept.
    if 3 * sum(bool(_FIGURE_END.search(t)) for t in tails) > len(tails):
        return lines
    return out


def slide_text(text: str, year_end: tuple[int, int] | None) -> tuple[str, bool]:
    """A page's layout text with a text box beside its table cut off and its fiscal half or quarter
    headings dated (`year_end`: the document's fiscal year end); and whether a heading was dated."""
    lines = _without_side_text(text.splitlines())
    dated = False
    if year_end is not None:
        lines, dated = _dated_headings(lines, year_end)
        lines, compact = _compact_headings(lines, year_end)
        dated = dated or compact
    return "\n".join(lines), dated


def slide_pages(pages: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], tuple[int, int] | None]:
    """A document's pages as `slide_text` reads them, and the fiscal year end by which its half and
    quarter columns are named (`fiscal_labels`): None unless it names its periods by fiscal tokens."""
    whole = "\n".join(text for _, text in pages)
    year_end = fiscal_year_end(whole)
    read = [(page, slide_text(text, year_end)) for page, text in pages]
    by_tokens = any(dated for _, (_, dated) in read) or spans_by_token(whole)
    return [(page, text) for page, (text, _) in read], year_end if by_tokens else None


def fiscal_labels(facts: list[Fact], year_end: tuple[int, int]) -> None:
    """A half or quarter column of a document naming its periods by fiscal tokens belongs to the fiscal
    year whose end follows it: "6M FY2027" for six months to 30 September 2026 of a March year."""
    for f in facts:
        if f.duration_months not in (3, 6, 9):
            continue
        end = date(f.period_end.year, year_end[0], calendar.monthrange(f.period_end.year, year_end[0])[1])
        fy = f.period_end.year if end >= f.period_end else f.period_end.year + 1
        months_left = (end.year if end >= f.period_end else end.year + 1) * 12 + end.month - (
            f.period_end.year * 12 + f.period_end.month)
        if f.duration_months == 3:
            f.period = f"Q{4 - months_left // 3} FY{fy}"
        else:
            f.period = f"{f.duration_months}M FY{fy}"
