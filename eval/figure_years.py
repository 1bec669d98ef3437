"""Which year an answer's figure is given for, as a grader reads it: a year right after the
figure or the nearest before it, a markdown table's column header, the one period the question
asks among figures for several, and the years a passage speaks of besides the asked ones
(split out of `eval.labels`, which re-exports these names)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.core.finance.fiscal_naming import EARLY_YEAR_END_MONTHS
from assistant.core.finance.periods import MONTH, find_date, period_end_month
from assistant.core.finance.years import YEAR_NUMBER
from assistant.core.numbers import Quantity

A_YEAR = YEAR_NUMBER  # a year that is no part of a longer number (`finance.years`)


# --- periods -------------------------------------------------------------------------------

# A year right after a figure labels it ("$5,209 million (FY2018)", "$4.1B in fiscal 2022").
_YEAR_AFTER = re.compile(
    r"^\s*(?:million|billion|thousand)?\s*(?:\(|,\s*)?\s*(?:in|for|during|(?:at|by)\s+the\s+end\s+of|as\s+of|at)?"
    r"\s*(?:the\s+)?"
    r"(?:fiscal\s+(?:year\s+)?|FY\s?)?((?:19|20)\d{2})(?!\d)",
    re.I,
)


def year_of(before: str, after: str) -> str | None:
    """The year that labels a figure: one right after it, else the nearest one before it
    ("FY2021: $3,870M; FY2022: $4,120M"), else one later between it and the next figure."""
    m = _YEAR_AFTER.match(after)
    if m:
        return m.group(1)
    years = A_YEAR.findall(before) or A_YEAR.findall(after)
    if not years:
        return None
    return years[-1] if A_YEAR.findall(before) else years[0]


# --- markdown tables: a cell's period is its column's header ---------------------------------

_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def table_column_year(text: str, q: Quantity, names: Mapping[str, str] | None = None) -> str | None:
    """The year in the header of the markdown-table column `q` sits in ("| Metric | FY2022 |
    FY2023 |" over "| Net sales | $1,100M | $1,234M |" gives $1,234M the year 2023), or None
    when `q` is not in a table cell or its column's header names no one year. `names`: fiscal-year
    names read as the year the question dates ("FY2025" over a column is the year ended March 31,
    2026 the question asks about; `fiscal_names`)."""
    start, end = _line_at(text, q.start)
    row = text[start:end]
    if not row.lstrip().startswith("|"):
        return None
    column = row[: q.start - start].count("|")
    header_start = start
    while header_start > 0:  # up to the first line of the table
        prev_start, _ = _line_at(text, header_start - 1)
        if not text[prev_start : header_start - 1].lstrip().startswith("|"):
            break
        header_start = prev_start
    header = text[header_start : _line_at(text, header_start)[1]]
    if header_start == start or _TABLE_RULE.match(header):
        return None
    cells = header.split("|")
    years = list(years_named(cells[column], names or {})) if column < len(cells) else []
    return years[0] if len(set(years)) == 1 else None


# A fiscal period the question asks about ("FY2019", "fiscal 2019"), not a date ("May 26, 2023").
FISCAL_YEAR = re.compile(r"\b(?:FY\s?|fiscal\s+(?:year\s+)?)((?:19|20)\d{2})\b", re.I)


def for_the_period(text: str, qs: list[Quantity], question: str) -> Quantity | None:
    """Of figures given for several periods ("$5,209 million (FY2018) and $5,409 million
    (FY2019)"), the one labelled with the one period the question asks about."""
    asked = {m.group(1) for m in FISCAL_YEAR.finditer(question)}
    if len(asked) != 1 or len(qs) < 2:
        return None
    year = asked.pop()
    labelled = []
    for i, q in enumerate(qs):
        lo = max(qs[i - 1].end if i else 0, q.start - 25)
        hi = min(qs[i + 1].start if i + 1 < len(qs) else len(text), q.end + 25)
        if (table_column_year(text, q) or year_of(text[lo : q.start], text[q.end : hi])) == year:
            labelled.append(q)
    return labelled[0] if len(labelled) == 1 else None


def stated_for_other_years(words: str, question: str) -> str | None:
    """The years `words` speak of, when the question names years and `words` none of them."""
    asked = set(A_YEAR.findall(question))
    return years_besides(words, asked, fiscal_names(question)) if asked else None


def years_besides(words: str, asked: set[str], names: Mapping[str, str] | None = None) -> str | None:
    """The years `words` name, when they name none of the `asked` ones (else None). `names`:
    the fiscal-year names that may be a year the question dates (`fiscal_names`)."""
    found = set(A_YEAR.findall(words))
    years = years_named(words, names) if names else found
    # A fiscal year that ends early in the next calendar year ("the year ended January 28,
    # 2023" is many retailers' fiscal 2022).
    early = {str(int(m.group(1)) - 1) for m in _EARLY_YEAR_END.finditer(words)}
    return ", ".join(sorted(found)) if years and not (years | early) & asked else None


# A year the question dates by its last day ("the year ended March 31, 2026", "as of 1 February
# 2025"), unless the date ends a quarter, a half or some months ("the three months ended ...").
_DATED = re.compile(
    rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\s+(?:19|20)\d{{2}}\b",
    re.I,
)
_PART_OF_A_YEAR = re.compile(
    r"\b(?:quarter|(?:three|six|nine|3|6|9)[\s-]+months?|(?:12|13|16|24|26|28|36|39|40)[\s-]+weeks?|half|interim|"
    r"semi-?annual)\b[^.;?]{0,30}$",
    re.I,
)


def fiscal_names(question: str) -> dict[str, str]:
    """{fiscal-year name: the year the question dates} for the names an answer may give a
    fiscal year the question dates. A year that ends early in a calendar year (January to March,
    52/53-week dates pulled back) is named by the year it ends in at some companies and by the
    year it starts in at others (Japanese issuers' "fiscal 2025" ends March 2026, many US
    retailers' "fiscal 2024" ends in January or February 2025): "fiscal 2025" for the year ended
    March 31, 2026 is that year, "fiscal 2024" is not. A year ending later is named by the year
    it ends in only."""
    names: dict[str, str] = {}
    for m in _DATED.finditer(question):
        if _PART_OF_A_YEAR.search(question[max(0, m.start() - 40) : m.start()]):
            continue
        day = find_date(m.group(0))
        if day is None:
            continue
        year, month = period_end_month(day)
        if month in EARLY_YEAR_END_MONTHS:
            names[str(year - 1)] = str(day.year)
    return names


def years_named(words: str, names: Mapping[str, str]) -> set[str]:
    """The years `words` name, a fiscal-year name ("fiscal 2025", "FY2025") that may be a year
    the question dates (`names`) read as that year; a bare "2025" is a calendar year, read as it is."""
    fiscal = {m.start(1) for m in FISCAL_YEAR.finditer(words)}
    return {
        names.get(m.group(0), m.group(0)) if m.start() in fiscal else m.group(0)
        for m in A_YEAR.finditer(words)
    }


_EARLY_YEAR_END = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?)\.?\s+\d{1,2},?\s+((?:19|20)\d{2})\b", re.I)
