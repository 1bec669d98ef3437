"""Which column of a quoted table row a figure comes from, read from the headers above the
row in its passage ("Three Months Ended / Six Months Ended", then the period-end dates), and
whether that is the span and date the question asks about. Pure text; no Streamlit."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.finance.periods import DATE_IN_WORDS

_CELL = re.compile(r"\(?\d[\d,]*(?:\.\d+)?\)?|(?<!\S)[-—–](?!\S)")
_SPAN = re.compile(
    r"\b(three|six|nine|twelve)\s+months\s+ended\b|\b(quarters?)\s+ended\b|\b((?:fiscal\s+)?years?)\s+ended\b", re.I
)
_ASKED = (
    ("six", re.compile(r"\bsix\s+months\b|\b(first|second)\s+half\b|\bhalf[- ]year\b|\bh[12]\b", re.I)),
    ("nine", re.compile(r"\bnine\s+months\b", re.I)),
    ("three", re.compile(r"\bthree\s+months\b|\bquarter\b|\bq[1-4]\b", re.I)),
    ("twelve", re.compile(r"\btwelve\s+months\b|\b(fiscal\s+)?year\b|\bannual\b|\bfy\s?\d{2,4}\b", re.I)),
)


@dataclass
class Column:
    span: str | None  # "three", "six", "nine", "twelve"
    span_text: str | None  # as the header writes it
    date: str | None


def _span_key(match: re.Match[str]) -> str:
    months, quarter, _year = match.groups()
    if months:
        return months.lower()
    return "three" if quarter else "twelve"


def _digits(cell: str) -> str:
    return re.sub(r"[^\d.]", "", cell)


def _norm_date(text: str) -> str:
    return " ".join(text.replace(",", " ").lower().split())


def column_of(figure: str, row: str, passage: str) -> Column | None:
    """The column header of `figure` in `row`, from the header lines above it in `passage`."""
    wanted = [_digits(n) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", figure)]
    cells = _CELL.findall(row)
    if not wanted or len(cells) < 2:
        return None
    index = next((i for i, c in enumerate(cells) if _digits(c) == wanted[0]), None)
    if index is None:
        return None
    lines = passage.splitlines()
    row_key = " ".join(row.split())[:40]
    at = next((i for i, line in enumerate(lines) if row_key and row_key in " ".join(line.split())), len(lines))
    span: tuple[str, str] | None = None
    date: str | None = None
    for line in reversed(lines[:at]):
        dates = DATE_IN_WORDS.findall(line)
        if date is None and len(dates) == len(cells):
            date = dates[index]
        spans = list(_SPAN.finditer(line))
        if span is None and spans and len(cells) % len(spans) == 0:
            hit = spans[index // (len(cells) // len(spans))]
            span = (_span_key(hit), hit.group(0))
        if span and date:
            break
    if span is None and date is None:
        return None
    return Column(span=span[0] if span else None, span_text=span[1] if span else None, date=date)


def mismatch(column: Column, question: str) -> str | None:
    """Why the column is not what `question` asks about, or None when nothing contradicts it."""
    asked = next((key for key, pattern in _ASKED if pattern.search(question)), None)
    if asked and column.span and asked != column.span:
        return f"the question asks about {asked} months, the figure is from the “{column.span_text}” column"
    dates = [_norm_date(d) for d in DATE_IN_WORDS.findall(question)]
    if dates and column.date and _norm_date(column.date) not in dates:
        return f"the question names {', '.join(DATE_IN_WORDS.findall(question))}, the figure is from the {column.date} column"
    return None


def describe(column: Column) -> str:
    return " ".join(p for p in (column.span_text, column.date) if p)
