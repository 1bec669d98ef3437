"""A year to date asked through a quarter's end: "year to date through September 30, 2026", "so far in
2026, through the end of September", "year-to-date through June 2026". A calendar year's months from
January to that quarter's end: the nine (six, three) months ended that date, the column a release heads
"Nine Months Ended September 30". A question naming a fiscal year ("year to date in fiscal 2025") is left
as written: its year need not start in January."""

from __future__ import annotations

import calendar
import logging
import re

from assistant.core.finance.periods import MONTH_NAME, MONTH_NUMBERS

logger = logging.getLogger(__name__)

__all__ = ["year_to_date_spans"]

_Y = r"((?:19|20)\d\d)"
_TO = r"(?:through|thru|to|until|up\s+to|as\s+of|at)\s+(?:the\s+end\s+of\s+)?"
# "year to date through September 30, 2026", "YTD to June 2026", "year-to-date through the end of June 2026"
_YTD_THROUGH = re.compile(rf"\b(?:ytd|year[\s-]+to[\s-]+date)\s+{_TO}{MONTH_NAME}(?:\s+(\d{{1,2}}))?,?\s+{_Y}\b", re.I)
# "so far in 2026, through the end of September", "so far in 2026 up to September 30"
_SO_FAR = re.compile(rf"\bso\s+far\s+in\s+{_Y},?\s+{_TO}{MONTH_NAME}(?:\s+(\d{{1,2}}))?\b(?!,?\s+(?:19|20)\d\d)", re.I)
_WORDS = {3: "three", 6: "six", 9: "nine", 12: "twelve"}


def _span(month: str, day: str | None, year: str) -> str | None:
    number = MONTH_NUMBERS[month[:3].lower()]
    last = calendar.monthrange(int(year), number)[1]
    if number not in _WORDS or (day is not None and int(day) != last):
        return None  # not a quarter's end: no column of a calendar year's quarters ends there
    return f"the {_WORDS[number]} months ended {calendar.month_name[number]} {last}, {year}"


def year_to_date_spans(text: str) -> str:
    """`text` with each calendar year to date through a quarter's end written as the months it spans
    ("so far in 2026, through the end of September" → "the nine months ended September 30, 2026")."""
    if re.search(r"(?i)\bfiscal\b|\bFY\s*'?\d", text):
        return text

    def through(m: re.Match[str]) -> str:
        return _span(m[1], m[2], m[3]) or m.group()

    def so_far(m: re.Match[str]) -> str:
        return _span(m[2], m[3], m[1]) or m.group()

    return _SO_FAR.sub(so_far, _YTD_THROUGH.sub(through, text))
