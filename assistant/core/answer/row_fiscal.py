"""A row's growth between two fiscal years the question names, in a table whose columns are dated
by calendar: "first six months of fiscal 2024 versus fiscal 2023" over a header "Six Months Ended
July 29, 2023  July 30, 2022" (a retailer's fiscal 2024 runs to early 2024), or "fiscal 2022"
over "January 28, 2023" at a company that names a year by the calendar year it starts in.

The company's own fiscal calendar decides, as the statement facts read it at ingest: each fact
carries its period end and the fiscal label the filing gives it (`Fact.period`, "6M FY2024"), so
the document's facts map a (calendar year, month) of a period end to its fiscal year. A header
whose months all map the same way (one offset) has its columns read as those fiscal years; a
header mixing months named differently (a balance at July 29, 2023 beside one at January 28,
2023), a month the facts never date, or a question that dates its periods itself gives nothing,
and the row readers' own refusals stand (`row_growth`: one row, both years printed)."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.core.answer.derived import derive
from assistant.core.answer.derived_inputs import Derived
from assistant.core.answer.page_tables import page_tables
from assistant.core.answer.question import analyse
from assistant.core.answer.row_growth import row_growth
from assistant.core.answer.spans import split_units
from assistant.core.answer.table_rows import GetChunks, whole_tables
from assistant.core.finance.facts import Fact
from assistant.core.finance.periods import MONTH, MONTH_NUMBERS
from assistant.core.finance.years import YEAR_WORD
from assistant.core.query import ParsedQuery
from assistant.core.types import SearchHit

__all__ = ["fiscal_derived", "fiscal_map", "header_offset"]

logger = logging.getLogger(__name__)

FactsOf = Callable[[Sequence[str]], list[Fact]]

_FY = re.compile(r"\bFY((?:19|20)\d\d)$")
_MONTH = re.compile(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:[a-z]*\.?)(?=\s|,|$)")
# The question names its years as the company's fiscal years, not by dates.
_FISCAL = re.compile(r"(?i)\bfiscal\b|\bFY\s*'?\d{2,4}\b")
_DATE = re.compile(rf"(?i)\b{MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d")


def fiscal_map(facts: Sequence[Fact]) -> dict[tuple[int, int], int]:
    """(calendar year, month) of a fact's period end -> the fiscal year its filing names it by;
    a month the facts label two ways is left out."""
    seen: dict[tuple[int, int], set[int]] = {}
    for f in facts:
        m = _FY.search(f.period or "")
        if m is not None:
            seen.setdefault((f.period_end.year, f.period_end.month), set()).add(int(m.group(1)))
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def header_offset(header: str, calendar: dict[tuple[int, int], int]) -> int | None:
    """How many years the header's calendar years sit off the fiscal years they are (fiscal minus
    calendar); None when the header names no month, a month the calendar never dates, or two
    months that map by different offsets."""
    months = {MONTH_NUMBERS[m.lower()[:3]] for m in _MONTH.findall(header)}
    years = {int(y) for y in YEAR_WORD.findall(header)}
    if not months or not years:
        return None
    if any(not any((y, m) in calendar for y in years) for m in months):
        return None  # a month the company's fiscal calendar does not date: its naming is unknown
    offsets = {calendar[y, m] - y for y in years for m in months if (y, m) in calendar}
    return next(iter(offsets)) if len(offsets) == 1 else None


def _row_header(hit: SearchHit) -> str:
    """The column headings of the passage's rows (the first row's), "" when it has none."""
    return next((header for _, _, row, header in split_units(hit.text) if row and header), "")


def fiscal_derived(question: str, query: ParsedQuery, hits: Sequence[SearchHit], get_chunks: GetChunks,
                   facts_of: FactsOf) -> tuple[list[SearchHit], Derived] | None:
    """A row's growth between the question's fiscal years, read in a table dated by calendar whose
    fiscal years the document's facts name otherwise; with the passages it cites. None when the
    question dates its periods, names no fiscal year, or no such table gives the growth."""
    if not _FISCAL.search(question) or _DATE.search(question):
        return None
    # the retrieved tables read whole, the retrieved statements and tables, and the tables of the
    # leading passages' pages (`page_tables`): the row asked often sits beside the sentence found
    tables = [*whole_tables(hits, get_chunks), *(h for h in page_tables(hits, get_chunks) if h.kind != "text")]
    calendars: dict[str, dict[tuple[int, int], int]] = {}
    groups: dict[tuple[str, int], dict[str, SearchHit]] = {}
    for hit in tables:
        if hit.doc_id not in calendars:
            calendars[hit.doc_id] = fiscal_map(facts_of([hit.doc_id]))
        offset = header_offset(_row_header(hit), calendars[hit.doc_id])
        if offset:  # 0: the header's years are the fiscal years already; None: they cannot be told
            groups.setdefault((hit.doc_id, offset), {}).setdefault(hit.chunk_id, hit)
    for (_, offset), by_id in groups.items():
        # one document's tables read together, so a row that names the line better is seen beside
        # one that borrows its table title's words
        group = list(by_id.values())
        q = analyse(query, group)
        if len(q.years) != 2:
            continue
        shifted = replace(q, years=frozenset(y - offset for y in q.years))
        found = derive(shifted, group, question, rules=(row_growth,))
        if found is not None:
            logger.debug("fiscal years read %+d from the header's calendar years: %s", offset, found.formula)
            return group, found
    return None
