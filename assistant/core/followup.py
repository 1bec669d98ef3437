"""Follow-up questions without an LLM: carry the company, line item and period of the
previous question into one that leaves them out ("And for the six months?").

The LLM path rewrites follow-ups with the model; the extractive path has no model, so it
adds what the follow-up does not say from the previous question's reading. The result is
what gets searched, and the app shows it ("searched for: ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.core.finance.periods import DATE_IN_WORDS
from assistant.core.finance.years import YEAR_WORD
from assistant.core.query import parse_question
from assistant.core.types import DocumentRecord

# A follow-up naming its own span ("six months", "the year") must not inherit a quarter.
_OWN_SPAN = re.compile(r"\b(months?|years?|annual|annually|quarters?|half|ytd|fy\s?\d{2,4}|q[1-4])\b", re.I)


def carry_over(question: str, history: Sequence[tuple[str, str]], library_docs: list[DocumentRecord]) -> str:
    """`question` with the previous question's company, line item and period added where it
    names none; unchanged when it needs nothing (or there is no history)."""
    if not history:
        return question
    previous = history[-1][0]
    now = parse_question(question, library_docs)
    before = parse_question(previous, library_docs)
    added: list[str] = []
    if not now.companies and before.companies:
        added += before.companies
    if not now.line_items and before.line_items:
        added += before.line_items
    if not now.periods and not YEAR_WORD.search(question):
        dates = DATE_IN_WORDS.findall(previous)
        if dates:
            added += dates  # a period-end date names the filing, whatever span is asked
        elif before.periods and not _OWN_SPAN.search(question):
            added += before.periods
        elif before.periods:
            added += sorted({y for p in before.periods for y in YEAR_WORD.findall(p)})
    if not added:
        return question
    return f"{question.rstrip()} ({', '.join(dict.fromkeys(added))})"
