"""A first quarter no column prints, worked out as an analyst does from a half-year report: the six months'
figure less the second quarter's, both printed side by side by one document ("Q2 2026 | Q2 2025 | H1 2026 |
H1 2025"). Only a flow is so derived (a balance has no span), and only from one document's two columns ending on
the same date, so that both figures are on one basis (a later filing may restate either)."""

from __future__ import annotations

import logging
from datetime import date

from assistant.core.finance.facts import Fact

__all__ = ["first_quarter_parts"]

logger = logging.getLogger(__name__)

_QUARTER_DAYS = 91  # a half's end lies about one quarter after its first quarter's end
_SLACK_DAYS = 7  # 52/53-week years end on a weekday near the month's end


def first_quarter_parts(facts: list[Fact], concept: str, months: int, fiscal_year: int | None,
                        quarter: int | None, end: date | None) -> tuple[Fact, Fact] | None:
    """(six months, second quarter) of one document whose difference is the first quarter asked, or None. The asked
    quarter is named by fiscal label (Q1 FY2026) or by its end date ("three months ended March 31, 2026")."""
    if months != 3 or (quarter != 1 and end is None):
        return None
    flows = [f for f in facts if f.concept == concept]
    if any(f.duration_months == 0 for f in flows):
        return None  # a balance: no span to subtract
    for whole in flows:
        if whole.duration_months != 6 or not _half_after(whole, fiscal_year, quarter, end):
            continue
        part = next((f for f in flows if f.doc_id == whole.doc_id and f.duration_months == 3
                     and f.period_end == whole.period_end and f.unit == whole.unit and f.scale == whole.scale), None)
        if part is not None:
            logger.debug("%s for Q1 worked out as %s less %s (%s)", concept, whole.period, part.period, whole.doc_id)
            return whole, part
    return None


def _half_after(whole: Fact, fiscal_year: int | None, quarter: int | None, end: date | None) -> bool:
    """Whether a six months' figure is the half whose first quarter is the one asked."""
    if end is not None:
        return abs((whole.period_end - end).days - _QUARTER_DAYS) <= _SLACK_DAYS
    return quarter == 1 and whole.period == f"6M FY{fiscal_year}"
