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
from assistant.core.finance.statements import SUPPLEMENTARY, group_part, is_table_row

logger = logging.getLogger(__name__)

__all__ = ["NOTE_ROWS_MIN", "is_note_table_page", "note_facts"]

NOTE_ROWS_MIN = 4  # rows of figures a page needs to hold a table worth reading
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def is_note_table_page(text: str) -> bool:
    """Whether a page (not a primary statement's) holds a table under period headings: a short
    line printing two or more years or dates, and rows of figures."""
    lines = text.splitlines()
    if sum(is_table_row(line) for line in lines) < NOTE_ROWS_MIN:
        return False
    return any(len(_YEAR.findall(line)) >= 2 and len(re.findall(r"[A-Za-z]{3,}", line)) <= 10 for line in lines)


def note_facts(pages: list[tuple[int, str]], notes: set[int], *, doc_id: str = "",
               doc_period: str | None = None, latest: date | None = None,
               statements: list[Fact] | None = None) -> list[Fact]:
    """Label-only facts of the tables of the `notes` pages (layout text), each with its table's title.
    A column dated after `latest`, the filing's own last period, is a schedule of years to come (debt
    maturities, commitments), no reported period: not read. A table whose page states no scale takes
    the one scale every primary statement of the filing (`statements`) states, if they state one."""
    from assistant.core.finance.tables import read_statement_page

    out: list[Fact] = []
    for page, text in pages:
        if page not in notes or group_part(text):
            continue
        try:
            out.extend(read_statement_page(text, SUPPLEMENTARY, doc_id=doc_id, page=page, doc_period=doc_period,
                                           note=True))
        except Exception:  # one odd page must not lose a document's ingest
            logger.warning("%s p%d: note table not read", doc_id, page, exc_info=True)
    if latest is not None:
        out = [f for f in out if f.period_end <= latest + timedelta(days=7)]
    scales = {f.scale for f in statements or [] if f.unit == "USD" and not f.extra.get("scale_assumed")}
    for f in out:
        f.extra["note"] = True
        if len(scales) == 1 and f.extra.pop("scale_assumed", None):
            f.scale = next(iter(scales))
            f.extra["scale_of"] = "statements"  # the filing's statements state it; the table does not
    return out
