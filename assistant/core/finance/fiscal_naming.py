"""How a company names a fiscal year that ends early in a calendar year.

A year to 28 January 2023 is "fiscal 2023" at some retailers (by the year it ends in) and
"fiscal 2022" at others (by the year it starts in). A statement's columns give only dates, so
an annual filing's own words decide: a phrase that ties a label to a date ("fiscal 2022 ended
January 28, 2023", "year ended January 28, 2023 (fiscal 2022)") settles it; failing that, a
filing that keeps saying "fiscal 2022" and hardly ever "fiscal 2023" names years by their start.
When neither settles it the facts carry `fy_naming: "assumed"` and a question that names the
year by its label alone is refused rather than answered from a column a year off.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from assistant.core.finance.periods import MONTH, find_date, fiscal_year_of, period_end_month

if TYPE_CHECKING:
    from assistant.core.finance.facts import Fact

logger = logging.getLogger(__name__)

__all__ = ["EARLY_YEAR_END_MONTHS", "fiscal_naming_offset", "name_fiscal_years", "shift_period_label"]

# Year ends in these months (after 52/53-week dates are pulled back a week) are named either way.
EARLY_YEAR_END_MONTHS = frozenset({1, 2, 3})

_MONTH = MONTH + r"\s+\d{1,2},?\s+(?:19|20)\d\d"
_LABEL = r"\bfiscal\s+(?:year\s+)?((?:19|20)\d\d)\b"
_LABEL_THEN_DATE = re.compile(rf"{_LABEL}[^.;]{{0,80}}?\b(?:ended|ending)\s+({_MONTH})", re.I)
_DATE_THEN_LABEL = re.compile(rf"\b(?:ended|ending)\s+({_MONTH})[^.;]{{0,30}}?{_LABEL}", re.I)
_LABEL_ONLY = re.compile(_LABEL, re.I)


def fiscal_naming_offset(text: str, year_end: date) -> int | None:
    """0 when the filing names the year ending `year_end` by the year it ends in, -1 by the year
    it starts in, None when its words do not say."""
    flat = re.sub(r"\s+", " ", text)
    tied: Counter[int] = Counter()
    for label, when in ((m.group(1), m.group(2)) for m in _LABEL_THEN_DATE.finditer(flat)):
        _tie(tied, label, when)
    for when, label in ((m.group(1), m.group(2)) for m in _DATE_THEN_LABEL.finditer(flat)):
        _tie(tied, label, when)
    if tied:
        offset, n = tied.most_common(1)[0]
        if offset in (0, -1) and n > sum(tied.values()) / 2:
            return offset
    year = fiscal_year_of(year_end)
    said = Counter(int(m.group(1)) for m in _LABEL_ONLY.finditer(flat))
    own, before = said[year], said[year - 1]
    if before >= 5 and own * 3 < before:
        return -1  # the year it ends in is only ever mentioned as an outlook
    if own >= 5 and own >= before:
        return 0
    return None


def _tie(counter: Counter[int], label: str, when: str) -> None:
    d = find_date(when)
    if d is not None:
        counter[int(label) - fiscal_year_of(d)] += 1


def shift_period_label(period: str, offset: int) -> str:
    """ "FY2023" → "FY2022", "Q4 FY2023" → "Q4 FY2022" for offset -1."""
    return re.sub(r"(\d{4})$", lambda m: str(int(m.group(1)) + offset), period) if offset else period


def name_fiscal_years(facts: list[Fact], text: str, latest: date, quarter: int | None, named: int) -> None:
    """Year labels as the filing itself names them, when its latest year ends early in a calendar
    year. A quarterly filing's own period (`quarter`, naming offset `named`) labelled them already;
    its words win when they clearly differ (a release filed as "Q4 2023" that reports "the fourth
    quarter of fiscal 2022"). An annual filing whose words do not say keeps the year it ends in,
    flagged `fy_naming: "assumed"`."""
    if period_end_month(latest)[1] not in EARLY_YEAR_END_MONTHS:
        return
    offset = fiscal_naming_offset(text, latest)
    if quarter is not None:
        if offset is not None and offset != named:
            logger.info("fiscal years relabelled by the filing's words (%+d)", offset - named)
            for f in facts:
                f.period = shift_period_label(f.period, offset - named)
        return
    for f in facts:
        if offset is None:
            f.extra["fy_naming"] = "assumed"
        else:
            f.period = shift_period_label(f.period, offset)
