"""Note, MD&A, segment and schedule tables read into label-only facts.

A page that is no primary statement but prints a table under period headings (years, dates,
"Three Months Ended ...") is read by the statement reader (`tables.read_statement_page`, with its
header read as `note_columns` says) into facts with no concept: a note's "Total revenues" never
answers for the company's, its rows answer only where a question names them by their printed
label (`labels.keyed_rows`, `answer.row_names`). Each fact keeps its table's title.
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta

from assistant.core.finance.facts import Fact
from assistant.core.finance.heading_periods import periods_named
from assistant.core.finance.periods import fiscal_year_of
from assistant.core.finance.statements import SUPPLEMENTARY, group_part, is_table_row
from assistant.core.finance.years import YEAR_DIGITS, YEAR_NUMBER

logger = logging.getLogger(__name__)

__all__ = ["NOTE_ROWS_MIN", "is_note_table_page", "note_facts", "summary_line_items"]

NOTE_ROWS_MIN = 4  # rows of figures a page needs to hold a table worth reading
_YEAR = YEAR_NUMBER  # "2025", and "FY2025" as reports head their year columns


def is_note_table_page(text: str) -> bool:
    """Whether a page (not a primary statement's) holds a table under period headings: a short
    line printing two or more years or dates, and rows of figures."""
    lines = text.splitlines()
    if sum(is_table_row(line) for line in lines) < NOTE_ROWS_MIN:
        return False
    # "FY26  FY25", "Q1–Q3 2026  Q1–Q3 2025": periods in a release's spellings head a table as years do
    return any((len(_YEAR.findall(line)) >= 2 or periods_named(line) >= 2) and len(re.findall(r"[A-Za-z]{3,}", line)) <= 10
               for line in lines)


def note_facts(pages: list[tuple[int, str]], notes: set[int], *, doc_id: str = "",
               doc_period: str | None = None, latest: date | None = None,
               statements: list[Fact] | None = None) -> list[Fact]:
    """Label-only facts of the tables of the `notes` pages (layout text), each with its table's title.
    A column dated after `latest`, the filing's own last period, is a schedule of years to come (debt
    maturities, commitments), no reported period: not read. A table whose page states no scale takes
    the one scale every primary statement of the filing (`statements`) states, if they state one."""
    from assistant.core.finance.note_rollforward import rollforward_facts
    from assistant.core.finance.tables import read_statement_page
    from assistant.core.finance.year_rows import tables_by_row_year

    out: list[Fact] = []
    for page, text in pages:
        if page not in notes or group_part(text):
            continue
        try:
            # a table whose columns are categories, its rows dated balances and movements: read as such,
            # and its lines kept from the period reader (which would read them under the table above's periods)
            rolled, taken = rollforward_facts(text, doc_id=doc_id, page=page, doc_period=doc_period)
            if taken:
                text = "\n".join("" if n in taken else line for n, line in enumerate(text.splitlines()))
            out.extend(rolled)
            # quarter columns with no year under rows naming theirs ("Net sales 2026"): one table a year
            for table in tables_by_row_year(text):
                out.extend(read_statement_page(table, SUPPLEMENTARY, doc_id=doc_id, page=page, doc_period=doc_period,
                                               note=True))
        except Exception:  # one odd page must not lose a document's ingest
            logger.warning("%s p%d: note table not read", doc_id, page, exc_info=True)
    _date_bare_years(out, statements or [])
    if latest is not None:
        out = [f for f in out if f.period_end <= latest + timedelta(days=7)]
    scales = {f.scale for f in statements or [] if f.unit == "USD" and not f.extra.get("scale_assumed")}
    for f in out:
        f.extra["note"] = True
        if len(scales) == 1 and f.extra.pop("scale_assumed", None):
            f.scale = next(iter(scales))
            f.extra["scale_of"] = "statements"  # the filing's statements state it; the table does not
    return out


def summary_line_items(facts: list[Fact]) -> None:
    """Give the line item's concept to each row of a document that prints no primary statement (a
    wire release's "selected financial data" table is its only account of the period) whose label
    is the line item's own typical name ("Total operating revenues", "Net income"), of the line
    item's unit and kind (a flow over a span, a balance at a date). A filing with statements keeps
    its note rows label-only: there a note's "Total revenues" may be a part's, never the company's."""
    from assistant.core.finance.concepts import concept, match_ranked

    for f in facts:
        if f.concept is not None or not f.extra.get("note"):
            continue
        found = match_ranked(f.label, str(f.extra.get("heading") or ""))
        if found is None or found[1] != 0:
            continue  # a looser match ("Adjusted net income", a fuzzy one) is some other figure
        line = concept(found[0])
        if line.unit == f.unit and line.instant == (f.duration_months == 0):
            f.concept = line.name


# A column headed by a year alone, "2025" or "Fiscal 2025", with no date on the page to end it.
_BARE_YEAR = re.compile(r"(?:fiscal\s+(?:year\s+)?|FY\s?)?" + YEAR_DIGITS.pattern, re.I)


def _date_bare_years(facts: list[Fact], statements: list[Fact]) -> None:
    """A note column headed by a fiscal year alone ("Fiscal 2025") ends where the filing's statements
    end that fiscal year (September 27, 2025), not on December 31: a note table names the company's
    own years. Read where one end dates (two thirds or more of) the statements' figures of that year;
    before this, the newest year of a company whose year ends before December fell after the filing's
    last period and was dropped as a schedule of years to come."""
    seen: dict[int, dict[date, int]] = {}
    for f in statements:
        if f.duration_months in (0, 12) and not f.extra.get("note"):
            ends = seen.setdefault(fiscal_year_of(f.period_end), {})
            ends[f.period_end] = ends.get(f.period_end, 0) + 1
    year_end: dict[int, date] = {}
    for year, ends in seen.items():
        end = max(ends.items(), key=lambda kv: kv[1])[0]
        # a 52/53-week year's statements may date it a few days apart: those are one end
        count = sum(n for d, n in ends.items() if abs((d - end).days) <= 7)
        if end.month != 12 and count * 3 >= 2 * sum(ends.values()):
            year_end[year] = end
    # A year the statements do not print (a five-year summary's earlier years) ends on the day every
    # year the statements print ends on, where that is one day of one month (no 52/53-week year).
    days = {(d.month, d.day) for d in year_end.values()}
    same = next(iter(days)) if len(days) == 1 and len(seen) == len(year_end) else None
    for f in facts:
        own = year_end.get(f.period_end.year)
        if own is None and same is not None:
            own = date(f.period_end.year, *same)
        if (own is not None and (f.period_end.month, f.period_end.day) == (12, 31)
                and f.duration_months in (0, 12) and _BARE_YEAR.fullmatch(f.column.strip())):
            f.period_end = own
