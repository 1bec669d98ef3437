"""A table row dated by its own label: a roll-forward's "Balance as of December 31, 2021" or
"Goodwill at January 2, 2022" holds that date's figures in every column, whatever years the header
names. Such a row answers a question that names a date only when the dates agree."""

from __future__ import annotations

import re
from datetime import date

__all__ = ["other_row_date"]

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATE = (r"(?P<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)\b")
_DATES = re.compile(_DATE, re.I)
# The row's label: words before its first cell; a date may sit in it ("Balance at May 31, 2022").
_LABEL_DATE = re.compile(rf"^[^\d$€£%]{{0,80}}?\b{_DATE}", re.I)
_SLACK_DAYS = 3  # 52/53-week years: "January 29" and "January 30" may name one year end


def _day(m: re.Match[str]) -> date | None:
    try:
        return date(int(m.group("y")), _MONTHS.index(m.group("m")[:3].lower()) + 1, int(m.group("d")))
    except ValueError:
        return None


def other_row_date(question: str, row: str) -> date | None:
    """The date a row's label names when the question names dates and none of them is it (within
    a few days), else None."""
    m = _LABEL_DATE.match(row.strip())
    if m is None:
        return None
    dated = _day(m)
    asked = [d for d in (_day(a) for a in _DATES.finditer(question)) if d is not None]
    if dated is None or not asked:
        return None
    return None if any(abs((dated - d).days) <= _SLACK_DAYS for d in asked) else dated
