"""Which note table a question names: the words of a table's title (`extra["table"]`) and of its
column group (`extra["heading"]`), kept on each row read from a note, MD&A or schedule table
(`note_tables`).

A note table's row answers only for its own table: a question that names another table of the same
filing more than the row's own ("the rate reconciliation" when the row is the deferred tax table's
"Valuation allowance") is about that other table, whose row this is not.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from assistant.core.finance.facts import Fact
from assistant.core.finance.periods import MONTH_NAMES
from assistant.core.words import fold_plural

logger = logging.getLogger(__name__)

__all__ = ["names_other_table", "title_words", "told_by_title"]

# Words every table title or question may say that name no table: frames, periods, scales.
_TITLE_STOP = frozenset({"the", "and", "for", "our", "its", "are", "were", "was", "following", "table", "tables",
                         "summarizes", "summary", "follows", "company", "year", "years", "ended", "ending",
                         "respective", "periods", "period", "from", "with", "that", "this", "these", "their", "which",
                         "millions", "million", "thousands", "note", "notes", "amounts", "shown", "below", "above",
                         "information", "consolidated", "certain", "fiscal", "what", "how", "much", "did", "does",
                         "per", "total", "inc", "corporation", "include", "included", "includes", "comprise",
                         "comprises", "consist", "consists", "related", "month", "months", "quarter", "week", "weeks",
                         *MONTH_NAMES})


def title_words(text: str) -> set[str]:
    """The words of a title or question that can name a table (three letters or more, singular)."""
    return {fold_plural(w) for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _TITLE_STOP} - _TITLE_STOP


def _table(f: Fact) -> str:
    return f"{f.extra.get('table') or ''} {f.extra.get('heading') or ''}"


def told_by_title(rows: list[Fact], question: str) -> list[Fact]:
    """Rows of one label in several tables, told apart by the words of a table's title (`extra["table"]`)
    the question names besides the label's own: the rows of the one table whose title it names most,
    else all of them (still disagreeing, so refused)."""
    asked = title_words(question)
    score: dict[str, int] = {}
    for f in rows:
        title = str(f.extra.get("table") or "")
        score[title] = len((title_words(title) - title_words(f.label)) & asked)
    best = max(score.values(), default=0)
    top = [t for t, n in score.items() if n == best]
    if best == 0 or len(top) != 1:
        return rows
    return [f for f in rows if str(f.extra.get("table") or "") == top[0]]


def names_other_table(row: Fact, question: str, facts: Iterable[Fact]) -> bool:
    """Whether the question names another note table of the row's filing by more words of its title
    or column group than it names of the row's own table (the row's label and company aside)."""
    if not row.extra.get("note"):
        return False
    asked = title_words(question) - title_words(row.label) - title_words(row.company or "")
    if not asked:
        return False
    own = len(title_words(_table(row)) & asked)
    tables = {_table(f) for f in facts if f.doc_id == row.doc_id and f.extra.get("note")}
    other = max((len(title_words(t) & asked) for t in tables), default=0)
    if other > own:
        logger.debug("note row %r (p. %d) left: the question names another table more", row.label, row.page)
    return other > own

