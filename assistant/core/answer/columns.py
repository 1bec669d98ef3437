"""Which cell of a table row a question asks for: the column its period, span ("six months")
or heading ("Against") points at."""

from __future__ import annotations

import re

from assistant.core.answer.question import METRIC_STEMS, Question
from assistant.core.numbers import Quantity
from assistant.core.words import stem

__all__ = ["column_of", "listed_column"]


_SPAN_HEAD = re.compile(r"\b(three|six|nine|twelve)\s+months\s+ended\b", re.I)
_SPAN_ASKED = (
    ("six", re.compile(r"\bsix\s+months\b|\b(?:first|second)\s+half\b|\bhalf[- ]year\b", re.I)),
    ("nine", re.compile(r"\bnine\s+months\b", re.I)),
    ("three", re.compile(r"\bthree\s+months\b|\bquarter\b", re.I)),
    ("twelve", re.compile(r"\btwelve\s+months\b", re.I)),
)


def _span_column(q: Question, header: str, cells: list[Quantity], labels: list[int]) -> int | None:
    """The cell under the span the question names when the header groups its columns by span
    ("Three Months Ended ... Six Months Ended": "for the six months?" -> the third cell)."""
    groups = [m.group(1).lower() for m in _SPAN_HEAD.finditer(header)]
    if len(groups) < 2 or len(cells) % len(groups):
        return None
    asked = next((key for key, pattern in _SPAN_ASKED if pattern.search(q.text)), None)
    if asked not in groups:
        return None
    per = len(cells) // len(groups)
    within = next((labels.index(y) for y in sorted(q.years) if y in labels and labels.index(y) < per), None)
    if within is None:
        within = 1 if q.prior and per > 1 else 0
    return groups.index(asked) * per + within


_LONG = re.compile(r"(?i)\bfull[- ]year|\bwhole\b|\bfiscal\s+(?:year|(?:19|20)\d\d)|\bfy\s?\d\d|\b(?:twelve|12|six|6|nine|9)[- ]months?|\bannual"
                   r"|\bfor\s+the\s+year\b|\byear[- ]to[- ]date\b|\bytd\b|\bfirst\s+half|\bh1\b")
_SHORT = re.compile(r"(?i)\bq[1-4]\b|\bquarter|\b(?:three|3)[- ]months?")
_COLUMN_LABEL = re.compile(r"(?i)\b(?:19|20)\d\d\b|%\s*change|\bchange\b")


def _named_column(q: Question, header: str, cells: list[Quantity]) -> int | None:
    """A column the question names by its heading ("For Against Abstain" -> "against")."""
    if not header.strip() or len(cells) < 2 or re.search(r"\b(?:19|20)\d\d\b", header.split("\n")[-1]):
        return None  # no heading, or years head the columns
    line = header.split("\n")[-1].strip()
    columns = re.split(r"\s{2,}", line) if re.search(r"\s{2,}", line) else line.split()
    heads = columns[-len(cells) :]
    words = set(q.terms) - set(q.focus)  # "votes" is what is counted, "against" the column
    asked = [i for i, c in enumerate(heads) if any(stem(w) in words for w in re.findall(r"[A-Za-z]+", c))]
    if len(asked) != 1:
        return None
    return asked[0] if len(heads) == len(cells) else None


def column_of(q: Question, header: str, cells: list[Quantity]) -> int:
    """Which cell of a table row the question's period points at (header "2023 2022" -> 2022;
    "Q4 ... Full Year" over "2022 2021 % 2022 2021 %" -> the second 2022 for a full-year question)."""
    lines = [ln for ln in header.split("\n") if re.search(r"\b(?:19|20)\d\d\b", ln)]
    cols = [m.group().lower() for m in _COLUMN_LABEL.finditer(lines[-1])] if lines else []
    span = " ".join(header.split("\n")[-3:])
    later = bool(_LONG.search(q.text)) and not _SHORT.search(q.text) and bool(
        _SHORT.search(span) and _LONG.search(span)) and (
        _SHORT.search(span).start() < _LONG.search(span).start())  # type: ignore[union-attr]
    named = _named_column(q, header, cells)
    if named is not None:
        return named
    for year in sorted(q.years):
        at = [i for i, c in enumerate(cols) if c == str(year)]
        if at and len(cols) == len(cells):
            return at[-1] if later else at[0]
    labels: list[int] = []
    for m in re.finditer(r"\b(?:19|20)\d\d\b", header):
        if int(m.group()) not in labels:
            labels.append(int(m.group()))
    by_span = _span_column(q, header, cells, labels)
    if by_span is not None:
        return by_span
    for year in sorted(q.years):
        if year in labels and labels.index(year) < len(cells):
            return labels.index(year)
    if later and len(cells) >= 4:
        return len(cells) // 2
    return 1 if q.prior and len(cells) > 1 else 0


_LIST_CUT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def listed_column(q: Question, label: str, header: str, cells: list[Quantity]) -> int | None:
    """A row whose label lists several metrics ("Adjusted EBITDA, EBIT, Net income, and EPS  609
    505 368 24.4  540 436 282 19.3") repeats them per period: the cell of the asked metric in the
    asked period's group. None when the label lists no metrics; -1 when the cell cannot be told
    (the asked metric is not one listed, or the cells do not divide into groups)."""
    parts = [p for p in _LIST_CUT.split(label.strip()) if p.strip()]
    if "," not in label or len(parts) < 2:
        return None
    names = [{stem(w) for w in re.findall(r"[A-Za-z]+", p)} & METRIC_STEMS for p in parts]
    if sum(bool(n) for n in names) < 2:
        return None  # "Sales, net": one metric
    asked = set(q.terms) & METRIC_STEMS
    which = [i for i, n in enumerate(names) if n & asked]
    if len(which) != 1 or len(cells) % len(parts):
        return -1
    groups = len(cells) // len(parts)
    labels: list[int] = []
    for m in re.finditer(r"\b(?:19|20)\d\d\b", header):
        if int(m.group()) not in labels:
            labels.append(int(m.group()))
    group = next((labels.index(y) for y in sorted(q.years) if y in labels and labels.index(y) < groups), None)
    if group is None:
        group = 1 if q.prior and groups > 1 else 0
    return group * len(parts) + which[0]
