"""The tables of the pages the search found. Ingest cuts a page into several chunks, and the
search ranks pages: it often returns the page's sentence about a line item ("unrecognized
compensation expense related to time-based share awards") while the table printing that line
for each year sits in another chunk of the same page, never retrieved. A reader who has found the
page reads its tables. `page_tables` puts the table chunks of each leading passage's page right
after that passage, so the answerer can read their rows; it is used only once the passages alone
gave no answer (`answering.answer_offline`)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from assistant.core.answer.table_heading import headed
from assistant.core.answer.table_rows import GetChunks, chunk_page, sibling_ids
from assistant.core.types import Answer, SearchHit

__all__ = ["page_tables", "trusted"]

logger = logging.getLogger(__name__)

_FIRST = 3  # leading passages whose pages are read: further down, the page is rarely the one asked
_PER_PAGE = 3  # table chunks a page adds at most (a page holds one or two tables, a few chunks each)
_RANK = 2  # the answer's passage must be among the first two of the passages with the tables added

def page_tables(hits: Sequence[SearchHit], get_chunks: GetChunks, *, first: int = _FIRST) -> list[SearchHit]:
    """`hits` with the table chunks of the first `first` passages' pages (none retrieved already)
    each placed after the passage of its page; `hits` unchanged when no page has one."""
    have = {h.chunk_id for h in hits}
    leading = [h for h in hits[:first] if sibling_ids(h.chunk_id, 1)]
    wanted = sorted({i for h in leading for i in sibling_ids(h.chunk_id)} - have)
    if not wanted:
        return list(hits)
    stored = {c.chunk_id: c for c in get_chunks(wanted)}
    out: list[SearchHit] = []
    for n, hit in enumerate(hits):
        out.append(hit)
        if n >= first:
            continue
        mates = [c for i in sibling_ids(hit.chunk_id) if (c := stored.get(i)) is not None and i not in have
                 and str(c.meta.get("kind") or "") == "table" and chunk_page(c) == hit.page]
        for c in mates[:_PER_PAGE]:
            have.add(c.chunk_id)
            out.append(hit.model_copy(update={"chunk_id": c.chunk_id, "text": c.text, "kind": "table",
                                              "page_end": c.meta.get("page_end") or hit.page}))
    if len(out) > len(hits):
        logger.debug("read %d table chunks of the leading passages' pages", len(out) - len(hits))
        # an added chunk cut from the middle of a table is read under the table's column heading
        out = headed(out, get_chunks, only={h.chunk_id for h in out} - {h.chunk_id for h in hits})
    return out


def trusted(answer: Answer) -> bool:
    """Whether an answer read with the pages' tables added stands: it quotes or computes from one
    passage (arithmetic over rows of several chunks nobody searched for joins rows of different
    scope too easily: "total term debt" for total debt), that passage is among the first two (further
    down, the page is often another filing's), and a stated figure sits in a column its header names
    as the period asked."""
    trace = answer.trace or {}
    rank = max(float(trace.get("rank") or 0), float(trace.get("derived_rank") or 0))
    named = bool(trace.get("derived") or trace.get("period_named"))
    return not answer.refused and named and rank <= _RANK and len({c.chunk_id for c in answer.citations}) == 1
