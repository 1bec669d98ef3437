"""Facts: one figure of one statement row for one period, with where it was read.

A `Fact` is what a computed answer cites: the concept (when the row names one), the label as
printed, the column's period (end date, fiscal label such as "FY2019", "Q2 FY2024" or
"6M FY2024", and its length in months; 0 for a balance-sheet instant), the value with its sign
(parentheses are negative), unit and scale, the statement, document and page, and the row text
(the quote). `PeriodColumn` is one column of a statement header, mapped to its period.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from assistant.core.finance.periods import WEEK_SPANS, fiscal_year_of, quarter_of

__all__ = ["Fact", "PeriodColumn", "duration_of", "period_label"]

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


@dataclass
class Fact:
    concept: str | None
    label: str
    period_end: date
    period: str  # fiscal label: FY2019, Q2 FY2024, 6M FY2024
    duration_months: int  # 0 = an instant (balance sheet)
    value: float
    unit: str = "USD"  # USD, USD/share, shares
    scale: str | None = "million"  # thousand, million, billion; None for per-share amounts
    statement: str = ""
    doc_id: str = ""
    page: int = 0  # 1-based
    row: str = ""  # the row as printed, whitespace collapsed (the quote)
    column: str = ""  # the column's header, e.g. "Three Months Ended July 29, 2023"
    company: str | None = None
    chunk_id: str | None = None  # the stored chunk that holds the row (set at ingest)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def fiscal_year(self) -> int:
        m = re.search(r"(\d{4})$", self.period)
        return int(m.group(1)) if m else self.period_end.year

    @property
    def absolute(self) -> float:
        """The value in units (scale applied)."""
        return self.value * _SCALES.get(self.scale or "", 1.0)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["period_end"] = self.period_end.isoformat()
        for key in ("extra", "chunk_id", "company"):
            if not out[key]:
                out.pop(key)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fact:
        data = {k: v for k, v in data.items() if k in _FIELDS}
        data["period_end"] = date.fromisoformat(str(data["period_end"]))
        return cls(**data)


_FIELDS = frozenset(Fact.__dataclass_fields__)


@dataclass
class PeriodColumn:
    """One figure column of a statement: where it sits and the period it reports."""

    end: date
    duration_months: int  # 0 for an instant
    header: str  # the header text the column was read from
    x_end: int  # character column where its figures end (layout text)
    period: str = ""  # fiscal label, filled by `period_label`


_DURATIONS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(rf"\b(?:three|3)\s+months?\b|\bquarter\b|{WEEK_SPANS[3]}", re.I), 3),
    (re.compile(rf"\b(?:six|6)\s+months?\b|{WEEK_SPANS[6]}|\bfirst\s+half\b|\bhalf[\s-]+year\b", re.I), 6),
    (re.compile(rf"\b(?:nine|9)\s+months?\b|{WEEK_SPANS[9]}", re.I), 9),
    # "FY2026" is a fiscal year ("FY26" too), but not a quarter's or half's "Q2 FY2026", "H1 FY26"
    (re.compile(rf"\b(?:twelve|12)\s+months?\b|{WEEK_SPANS[12]}|\byears?\b|\bfiscal\b|\bannual\b"
                r"|(?<![QH][1-4]\s)(?<![QH][1-4])\bFY\s?(?:19|20)?\d\d\b", re.I), 12),
]


def duration_of(text: str) -> int | None:
    """Months a column heading covers: "Three Months Ended" → 3, "12 Weeks Ended" → 3,
    "Thirteen Weeks Ended" → 3, "Six Months Ended" → 6, "Thirty-Nine Weeks Ended" → 9,
    "Fiscal Years Ended" → 12; None when it does not say."""
    for pattern, months in _DURATIONS:
        if pattern.search(text):
            return months
    return None


def period_label(end: date, months: int, *, quarter: int | None = None, fy_offset: int = 0) -> str:
    """The fiscal name of a column: "FY2019" (a year or a year-end balance), "Q2 FY2024", "6M FY2024".

    Years are named by the year they end in, plus `fy_offset` for companies that name them by
    the year they start in (-1: a year ending January 2023 is "fiscal 2022"). In a quarterly
    filing, `quarter` is its own quarter: a column ending with it belongs to the fiscal year
    that ends about (4 - quarter) quarters later (Best Buy's quarter to July 2023 is in FY2024).
    """
    if months in (0, 12):
        return f"FY{fiscal_year_of(end) + fy_offset}"
    if quarter is None:
        q, year = quarter_of(end, fiscal_shift=True).split()
        return f"{q} FY{int(year) + fy_offset}" if months == 3 else f"{months}M FY{fiscal_year_of(end) + fy_offset}"
    fy = fiscal_year_of(end + timedelta(days=91 * (4 - quarter))) + fy_offset
    return f"Q{quarter} FY{fy}" if months == 3 else f"{months}M FY{fy}"
