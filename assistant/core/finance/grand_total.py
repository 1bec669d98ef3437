"""A balance sheet's grand total printed with no label: total assets where it balances."""

from __future__ import annotations

import re
from datetime import date

from assistant.core.finance.facts import Fact

__all__ = ["GRAND", "grand_total"]

GRAND = "Total assets (unlabelled)"
_LIABILITIES_AND_EQUITY = re.compile(r"total\s+liabilities\s*(?:,.*)?\s*and\s+.*(?:equity|deficit)", re.I)


def grand_total(facts: list[Fact]) -> list[Fact]:
    """An unlabelled balance-sheet total becomes total assets where it equals total liabilities and
    equity (a labelled row, or a second unlabelled total below it) in every column and the page
    names no total assets; otherwise unlabelled totals are dropped."""
    grand = [f for f in facts if f.label == GRAND]
    if not grand:
        return facts
    other: dict[tuple[str, date], float | None] = {
        (f.period, f.period_end): f.value for f in facts if _LIABILITIES_AND_EQUITY.match(f.label)}
    by: dict[tuple[str, date], list[Fact]] = {}
    for f in grand:
        by.setdefault((f.period, f.period_end), []).append(f)
    ok = not any(f.concept == "total_assets" for f in facts) and all(
        other.get(key, fs[-1].value if len(fs) > 1 else None) == fs[0].value for key, fs in by.items())
    first = {id(fs[0]) for fs in by.values()} if ok else set()
    for f in grand:
        f.concept, f.label = "total_assets", "Total assets"
    return [f for f in facts if id(f) in first or not any(f is g for g in grand)]
