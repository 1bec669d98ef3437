"""A table row dated by its own label: a roll-forward's "Balance as of December 31, 2021" or
"Goodwill at January 2, 2022" holds that date's figures in every column, whatever years the header
names. Such a row answers a question that names a date only when the dates agree, and the
movements between two such rows ("Acquisitions", "Dispositions") answer no balance at a date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from assistant.core.finance.periods import MONTH_NUMBERS, MONTH_WORDS

__all__ = ["label_date", "other_row_date", "rolled_headers"]

_DATE = rf"(?P<m>{MONTH_WORDS})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b"
_DATES = re.compile(_DATE, re.I)
# The row's label: words before its first cell; a date may sit in it ("Balance at May 31, 2022").
_LABEL_DATE = re.compile(rf"^[^\d$€£%]{{0,80}}?\b{_DATE}", re.I)
_SLACK_DAYS = 3  # 52/53-week years: "January 29" and "January 30" may name one year end


def _day(m: re.Match[str]) -> date | None:
    try:
        return date(int(m.group("y")), MONTH_NUMBERS[m.group("m")[:3].lower()], int(m.group("d")))
    except ValueError:
        return None


def rolled_headers(text: str, spans: Sequence[tuple[int, int, bool, str]]) -> frozenset[str]:
    """The headers of a passage's tables that hold a row dated by its label: roll-forwards."""
    return frozenset(hdr for a, b, row, hdr in spans if row and _LABEL_DATE.match(text[a:b].strip()))


def other_row_date(question: str, row: str, header: str = "", rolled: frozenset[str] = frozenset()) -> bool:
    """A row that cannot answer a question naming dates: dated by its label with none of the asked
    dates (within a few days), or an undated movement of a roll-forward (its `header` in `rolled`)."""
    asked = [d for d in (_day(a) for a in _DATES.finditer(question)) if d is not None]
    if not asked:
        return False
    m = _LABEL_DATE.match(row.strip())
    if m is None:
        return header in rolled
    dated = _day(m)
    return dated is not None and not any(abs((dated - d).days) <= _SLACK_DAYS for d in asked)


def label_date(row: str) -> date | None:
    """The date a row's label prints, "Balance as of December 31, 2021"; None when it prints none."""
    m = _LABEL_DATE.match(row.strip())
    return _day(m) if m is not None else None
