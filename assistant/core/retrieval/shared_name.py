"""Which company a short name several library companies share means.

"Quillmont's total deposits" in a library holding Quillmont Networks and Quillmont Bancorp names
one of the two; read as naming none, the search ran over every company's pages and the answer
refused ("No passage found mentions Quillmont"). An analyst reads the question's other words:
deposits are a bank's. So does the search: run over the candidates' documents, the company of its
best passage is the one meant, and the question is then searched and answered as if it had named
that company in full (the answer names it, so a reader sees which one was taken). Summing each
candidate's passages instead favoured the company with more documents (a bank's deposits read as
the other Quillmont's), and the words alone (BM25) read a bank's "interest" into a question about
the other's interest cover.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.core.finance.companies import canonical_company, shared_short_names
from assistant.core.query import ParsedQuery, doc_periods

if TYPE_CHECKING:
    from assistant.core.retrieval.result import SearchResult
    from assistant.core.types import DocumentRecord

logger = logging.getLogger(__name__)

__all__ = ["meant_company"]


def _spellings(companies: list[str], records: Mapping[str, DocumentRecord]) -> list[str]:
    """Every stored spelling of the companies ("Acme Inc." beside "Acme")."""
    keys = {canonical_company(c) for c in companies}
    return sorted({r.company for r in records.values() if r.company and canonical_company(r.company) in keys})


def meant_company(parsed: ParsedQuery, records: Mapping[str, DocumentRecord],
                  search: Callable[[ParsedQuery], SearchResult]) -> ParsedQuery:
    """`parsed` naming the one company its shared short name means; unchanged when the question
    names a company outright, names none by a shared short name, or nothing is found. `search`
    runs the question scoped to the candidates."""
    if parsed.companies:
        return parsed
    shared = shared_short_names(" ".join(parsed.question.split()), list(records.values()))
    if not shared:
        return parsed
    # Names the library lacks beside it ("Quillmont's premium over Lindqvist's last round") are read
    # as when the question names a library company in full: not as the company asked about.
    first = search(replace(parsed, companies=_spellings(shared, records), unknown_companies=[]))
    top = next((hit.company for hit in first.hits if hit.company), None)
    if top is None:
        return parsed
    chosen = _spellings([top], records)
    logger.debug("the short name of %s read as %s", shared, top)
    return replace(parsed, companies=chosen, unknown_companies=[],
                   doc_periods=doc_periods(parsed.question, parsed.periods, chosen, list(records.values())))
