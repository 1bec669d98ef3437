"""A date the question names, read as the fiscal period its company's filings report ending on it.

A question dated by a period end ("the six months ended July 29, 2023", "as of January 28,
2023") is read as a calendar quarter by `query.parse_question` (July 29 → "Q3 2023"), but a
company whose fiscal year ends in January files that half-year as its second quarter of fiscal
2024: the calendar reading sends the search to the wrong filing. Document records carry only a
fiscal label; the statement facts carry each column's end date and the fiscal period ingest
named it ("6M FY2024"). So a date is read as the fiscal period of the asked company's columns
that end on it (of the span the question names: a balance for "as of", six months for a
half-year), in the records' terms ("Q2 2024"); the date's calendar quarter gives way to it and
the period affinities are weighed again, so the filing of that period ranks first and the
filings that carry it as a comparative next, as for a fiscal period named in words.
"""

from __future__ import annotations

import logging
import re
import weakref
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from assistant.core.finance.periods import date_quarters, find_date, quarter_of
from assistant.core.finance.question_periods import month_quarters, question_periods

if TYPE_CHECKING:
    from assistant.core.finance.facts import Fact
    from assistant.core.library import Library
    from assistant.core.query import ParsedQuery
    from assistant.core.types import DocumentRecord

logger = logging.getLogger(__name__)

__all__ = ["Columns", "columns_of", "dated_periods", "record_period", "with_fiscal_dates"]

# 52/53-week years end on a weekday near the month's end: a balance dated January 1, 2023 closes
# the year whose income columns say December 31, 2022. Period ends are months apart, so a week
# of slack never joins two periods.
_SLACK_DAYS = 7

# (end, months, fiscal label) → how many facts a filing reports in such a column; 0 months = a balance
Columns = Counter[tuple[date, int, str]]


def columns_of(facts: Iterable[Fact]) -> Columns:
    return Counter((f.period_end, f.duration_months, f.period) for f in facts if f.period)


def record_period(label: str) -> str | None:
    """A column's fiscal label as document records name periods: "Q2 FY2024" → "Q2 2024", a
    year-to-date "6M FY2024" → "Q2 2024" (reported with the quarter it ends on), "FY2023"."""
    m = re.fullmatch(r"(?:Q([1-4])|([369])M)\s+FY((?:19|20)\d\d)", label)
    if m:
        return f"Q{m.group(1) or int(m.group(2)) // 3} {m.group(3)}"
    return label if re.fullmatch(r"FY(?:19|20)\d\d", label) else None


def dated_periods(question: str, columns: Columns) -> dict[str, str]:
    """For each date the question names that the company's columns end on: its calendar quarter
    (as `query` reads it) → the fiscal period most of those columns are labelled with, when the
    two differ. A span named before the date picks the columns of that length ("as of" and a
    bare date: balances first, else any)."""
    out: dict[str, str] = {}
    for p in question_periods(question):
        if p.end is None:
            continue
        near = [(m, label, n) for (end, m, label), n in columns.items() if abs((end - p.end).days) <= _SLACK_DAYS]
        if p.months in (3, 6, 9, 12):
            near = [c for c in near if c[0] == p.months]
        elif any(m == 0 for m, _, _ in near):
            near = [c for c in near if c[0] == 0]
        votes: Counter[str] = Counter()
        for _, label, n in near:
            if (period := record_period(label)) is not None:
                votes[period] += n
        if not votes:
            continue
        period = votes.most_common(1)[0][0]
        if period != (key := quarter_of(p.end)):
            out[key] = period
    return out


# Facts of a document version never change: its columns are kept per library, by (doc_id, content hash).
_CACHE: weakref.WeakKeyDictionary[Library, dict[tuple[str, str], Columns]] = weakref.WeakKeyDictionary()


def _columns(library: Library, records: Sequence[DocumentRecord]) -> Columns:
    try:
        cache = _CACHE.setdefault(library, {})
    except TypeError:  # a stand-in that cannot be referenced weakly: read afresh
        cache = {}
    missing = [r.doc_id for r in records if (r.doc_id, r.sha256) not in cache]
    if missing:
        by_doc: dict[str, list[Fact]] = {d: [] for d in missing}
        for fact in library.facts(missing):
            by_doc.setdefault(fact.doc_id, []).append(fact)
        shas = {r.doc_id: r.sha256 for r in records}
        for doc_id, facts in by_doc.items():
            cache[(doc_id, shas[doc_id])] = columns_of(facts)
    total: Columns = Counter()
    for r in records:
        total.update(cache[(r.doc_id, r.sha256)])
    return total


def with_fiscal_dates(parsed: ParsedQuery, records: Iterable[DocumentRecord], library: Library) -> ParsedQuery:
    """`parsed` with each date read as the fiscal period the asked company's columns ending on it
    report (the period affinities weighed again); unchanged when the question names no company,
    no date its filings report, or only dates whose calendar quarter is that period."""
    from assistant.core.query import doc_periods

    dated = month_quarters(parsed.question)  # "the June 2023 quarter" ends on a date too
    if not parsed.companies or find_date(dated) is None:
        return parsed
    records = list(records)
    pool = [r for r in records if r.company in parsed.companies and r.period]
    if not pool:
        return parsed
    mapped = dated_periods(parsed.question, _columns(library, pool))
    if not mapped:
        return parsed
    calendar = set(date_quarters(dated))
    periods = [p for p in parsed.periods if not (p in mapped and p in calendar)]
    periods = list(dict.fromkeys([*periods, *mapped.values()]))
    if periods == parsed.periods:
        return parsed
    logger.debug("dates read as fiscal periods: %s", mapped)
    return replace(parsed, periods=periods, doc_periods=doc_periods(parsed.question, periods, parsed.companies, records))
