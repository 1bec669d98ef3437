"""A row whose label lists several metrics ("Adjusted EBITDA, EBIT, Net income, and EPS") and
repeats them per period: which of its cells is the asked metric's in the asked period."""

from __future__ import annotations

import re

from assistant.core.answer.asked_spans import question_spans
from assistant.core.answer.cell_columns import SPAN
from assistant.core.answer.question import METRIC_STEMS, Question
from assistant.core.numbers import Quantity
from assistant.core.words import stem

__all__ = ["listed_column"]


def _spans(text: str) -> list[str]:
    """The spans `text` names, in order ("three", "six", "nine", "twelve")."""
    return [m.lastgroup or "" for m in SPAN.finditer(text)]


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
    part = next((s for s in ("six", "nine", "three") if s in question_spans(q.text)), None)
    spans = _spans(header)
    if part and spans and part not in spans:
        return -1  # a quarter asked of a row under "Twelve Months Ended": not this row's
    groups = len(cells) // len(parts)
    labels: list[int] = []
    for m in re.finditer(r"\b(?:19|20)\d\d\b", header):
        if int(m.group()) not in labels:
            labels.append(int(m.group()))
    group = next((labels.index(y) for y in sorted(q.years) if y in labels and labels.index(y) < groups), None)
    if group is None:
        group = 1 if q.prior and groups > 1 else 0
    return group * len(parts) + which[0]
