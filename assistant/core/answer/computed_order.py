"""Which filings a computed answer reads first: the one for the asked period, then one that carries
it as a comparative, then as retrieval ranked them, then the newest (split from `computed`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.core.finance.metrics import Period
from assistant.core.finance.periods import fiscal_year_of, period_affinity
from assistant.core.finance.plan import Plan
from assistant.core.types import SearchHit

__all__ = ["asked_period", "order_documents"]


def _year(p: object) -> int:
    fy = getattr(p, "fiscal_year", None)
    end = getattr(p, "end", None)
    return int(fy) if fy is not None else (fiscal_year_of(end) if end else 0)


def asked_period(p: Period) -> str:
    """A plan's period as the library names document periods ("FY2022", "Q2 2024")."""
    fy = p.fiscal_year if p.fiscal_year is not None else (fiscal_year_of(p.end) if p.end else 0)
    if p.months == 3 and p.quarter:
        return f"Q{p.quarter} {fy}"
    if p.months in (6, 9):
        return f"Q{p.months // 3} {fy}"  # a year-to-date is reported with the quarter it ends on
    return f"FY{fy}"


def order_documents(
    plan: Plan, documents: Sequence[tuple[str, str | None]], hits: Sequence[SearchHit] = ()
) -> list[str]:
    """Document ids, the filing for the asked period first (then one that carries it as a
    comparative), then as retrieval ranked them, then the newest."""
    asked = asked_period(plan.periods[-1] if plan.kind == "cagr" else plan.periods[0])
    by_hit = {h.doc_id: i for i, h in reversed(list(enumerate(hits)))}

    def key(doc: tuple[str, str | None]) -> tuple[int, float, int, int]:
        # (named as the source, fit of its period, retrieval rank, newest first)
        doc_id, period = doc
        year = int(m.group()) if (m := re.search(r"(?:19|20)\d\d", period or "")) else 0
        part = int(q.group(1)) if (q := re.match(r"[QH]([1-4])", period or "")) else 4
        recency = 4 * year + part
        named = 0 if period in plan.filings else 1
        if plan.restated:  # restated figures: the latest filing first
            return (named, -float(recency), by_hit.get(doc_id, len(hits)), 0)
        return (named, -period_affinity(asked, period) if period else 0.0, by_hit.get(doc_id, len(hits)), -recency)

    return [d for d, _ in sorted(documents, key=key)]
