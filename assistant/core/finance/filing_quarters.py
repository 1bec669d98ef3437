"""Which fiscal quarter a statement column is, in a quarterly filing (split out of `tables`).

A quarterly filing's columns end on days a quarter or a year apart; the filing's own quarter and how
the company numbers its fiscal years say which quarter each one is.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from assistant.core.finance.periods import fiscal_year_of

__all__ = ["column_quarter", "quarter_and_offset", "same_quarter"]


def same_quarter(end: date, latest: date) -> bool:
    """Whether a column ending `end` is the latest column's quarter, this year or one or two before."""
    days = (latest - end).days
    return any(abs(days - 364 * k) <= 10 for k in (0, 1, 2))


def column_quarter(end: date, latest: date, quarter: int | None) -> int | None:
    """The fiscal quarter a three-month column ends in a quarterly filing whose latest column ends its
    own `quarter`: a bank's supplement prints the linked quarter ("Jun. 30, 2026" beside "Sep. 30, 2026"
    under "Three Months Ended"), which is the quarter before, not the filing's own quarter."""
    if quarter is None:
        return None
    back = round((latest - end).days / _QUARTER_DAYS)  # quarters between the column and the latest one
    return (quarter - 1 - back) % 4 + 1


_QUARTER_DAYS = 91.3


def quarter_and_offset(doc_period: str | None, latest: date) -> tuple[int | None, int]:
    """A quarterly filing's own quarter, and how the company names fiscal years: 0 by the year
    they end in (Best Buy's year to February 2023 is FY2023), -1 by the year they start in (a
    retailer's "fourth quarter of fiscal 2022" ending January 2023)."""
    m = re.match(r"Q([1-4])\s+(?:FY)?(\d{4})", doc_period or "")
    if not m:
        return None, 0
    quarter = int(m.group(1))
    year_end = latest + timedelta(days=91 * (4 - quarter))
    offset = int(m.group(2)) - fiscal_year_of(year_end)
    return quarter, offset if offset in (-1, 0) else 0
