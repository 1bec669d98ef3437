"""Whose figure an article's sentence states (issue 17).

An article, column or interview often sets two companies side by side. A reader takes each
figure as the company its sentence names; a sentence that names none carries on the subject of
the nearest sentence before it that names one ("Skelwick is not without risks of its own. Net
debt including leases is GBP 641.0 million": Skelwick's net debt). A quoted figure whose
sentence, or that carried subject, names only another company than the one asked is that
company's, and is refused (`answering._quoted`). The companies told apart are the library's
(every spelling it writes, short or full) and any written with a listing, "Arvenda (NYSE: ARV)".
In a document about the asked company, its own first person ("we", "our") names it. A document
whose company was read as a month names no company at all (`_calendar_word`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from assistant.core.finance.companies import company_matches, short_name
from assistant.core.finance.periods import MONTH_NAMES
from assistant.core.sentences import sentence_end, sentences_of

if TYPE_CHECKING:
    from assistant.core.library import Library
    from assistant.core.query import ParsedQuery
    from assistant.core.types import Answer, SearchHit

__all__ = ["rival_refusal", "rival_subject", "subject_companies"]

logger = logging.getLogger(__name__)

_LISTED = re.compile(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|OTC|OMX"
                     r"|Euronext(?:\s+\w+)?|XETRA|HKEX|TSE|ASX)\s*:[^)]*\)")
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I)\b")
_BREAK = sentence_end("A-Z0-9\"“", keep_initials=True, month_days=True, also=r"\n+")


def _names(company: str) -> set[str]:
    """The ways an article writes a company: its short name, and that name's first word where it
    is a proper name of its own ("Skelwick" for "Skelwick Air plc")."""
    short = short_name(company)
    words = short.split()
    out = {short}
    if len(words) > 1 and len(words[0]) >= 4 and words[0][0].isupper():
        out.add(words[0])
    return out


def _written(name: str, text: str) -> bool:
    return re.search(r"(?<![\w])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w])", text) is not None


def subject_companies(text: str, asked: Iterable[str], others: Iterable[str], own: bool) -> tuple[bool, bool]:
    """(names an asked company, names another company) in `text`, as written, capitals included.
    `own`: the text is of a document about the asked company, whose first person is that company."""
    asked = list(asked)
    said = any(_written(n, text) for c in asked for n in _names(c)) or (own and bool(_FIRST_PERSON.search(text)))
    listed = {m.group(1) for m in _LISTED.finditer(text)}
    other = any(_written(n, text) for c in others for n in _names(c)) or any(
        not any(company_matches(name, c) for c in asked) for name in listed)
    return said, other


def rival_subject(above: str, quote: str, asked: list[str], library_companies: Iterable[str],
                  own: bool) -> bool:
    """Whether the quoted sentence states another company's figure: it names only other companies
    than `asked`, or names none and the nearest sentence above it that names one names only
    others. `above`: the passage text before the quote, its document's earlier chunks included."""
    if not asked:
        return False
    others = [c for c in set(library_companies)
              if c and not _calendar_word(c) and not any(company_matches(c, a) for a in asked)]
    said, other = subject_companies(quote, asked, others, own)
    if said or other:
        if other and not said:
            logger.debug("quote names only another company: %s", quote[:80])
        return other and not said
    # the sentences above, nearest first: the first to name a company sets the subject
    pieces = sentences_of(above, _BREAK)
    for sentence in reversed(pieces[-6:]):
        said, other = subject_companies(sentence, asked, others, own)
        if said or other:
            if other and not said:
                logger.debug("quote carries on another company's subject: %s | %s", sentence[:60], quote[:60])
            return other and not said
    return False


def rival_refusal(library: Library, query: ParsedQuery, hits: list[SearchHit], answer: Answer) -> str | None:
    """Why a quoted figure is another company's than the one asked, as the refusal's words, or None.
    Only prose quotes of articles and other documents that are no filing are read: a filing's
    figures are its registrant's."""
    from assistant.core.answer.part_above import preceding_ids, quote_context

    if not query.companies or answer.trace.get("row", 0.0) > 0:
        return None
    cited = {c.chunk_id for c in answer.citations}
    hit = next((h for h in hits if h.chunk_id in cited), None)
    if hit is None or hit.doc_type not in _NOT_FILINGS:
        return None

    def preceding(h: SearchHit) -> str:
        chunks = library.store.get_chunks(preceding_ids(h.chunk_id))
        return "\n".join(c.text for c in sorted(chunks, key=lambda c: c.chunk_id))

    if (context := quote_context(answer, hits, preceding)) is None:
        return None
    above, quote = context
    own = any(company_matches(hit.company, a) for a in query.companies) if hit.company else False
    companies = {r.company for r in library.documents() if r.company}
    if rival_subject(above, quote, list(query.companies), companies, own):
        return "The closest figure is another company's, not the one asked about."
    return None


def _calendar_word(name: str) -> bool:
    """A document's company read as a month ("September", from a title "... Six Months Ended
    September 30, 2026") names no company: taken as one, every "April-September" of an article
    would name a rival."""
    return name.strip().lower().rstrip(".") in MONTH_NAMES


_NOT_FILINGS = frozenset({"article", "other", "transcript", "presentation"})
