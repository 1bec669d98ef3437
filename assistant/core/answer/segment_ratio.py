"""A metric the question defines over a named segment's table rows, read with the chunks before
each passage on its page (`answer.row_ratio`), for `answering._quoted` (split out of `answering.py`)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from assistant.core.types import Answer, SearchHit

if TYPE_CHECKING:
    from assistant.core.library import Library
    from assistant.core.query import ParsedQuery

logger = logging.getLogger(__name__)


def segment_ratio(library: Library, question: str, hits: list[SearchHit], query: ParsedQuery) -> Answer | None:
    """A metric the question defines over a named segment's table rows (`answer.row_ratio`). The
    chunk before each passage, on its page, is read too: the table's title, the segment's heading
    and the table's first rows may sit there; such a chunk joins the passages, so its rows are cited."""
    from assistant.core.answer.derived_inputs import own_figures
    from assistant.core.answer.extractive import ExtractiveAnswerer
    from assistant.core.answer.part_above import preceding_ids
    from assistant.core.answer.question import analyse
    from assistant.core.answer.row_ratio import row_ratio, segment_formula
    from assistant.core.answer.text import word_stems

    company = word_stems(" ".join([*query.companies, *(h.company or "" for h in hits[:1])]))
    if not hits or segment_formula(question, company) is None:
        return None
    before = {h.chunk_id: preceding_ids(h.chunk_id, 2) for h in hits}
    stored = {c.chunk_id: c for c in library.store.get_chunks(sorted({i for ids in before.values() for i in ids}))}
    # the chunks before, those that end on the passage's page (another page's text is another table)
    same_page = {h.chunk_id: [c for i in before[h.chunk_id] if (c := stored.get(i)) is not None
                              and int(c.meta.get("page_end") or c.meta.get("page") or 0) == h.page] for h in hits}
    joined = list(hits)
    for h in hits:
        for c in same_page[h.chunk_id]:
            if all(c.chunk_id != j.chunk_id for j in joined):
                joined.append(h.model_copy(update={"chunk_id": c.chunk_id, "text": c.text, "score": 0.0,
                                                   "page": int(c.meta.get("page") or h.page),
                                                   "kind": str(c.meta.get("kind") or "text")}))
    page_of = {j.chunk_id: (j.doc_id, j.page, j.text) for j in joined}
    above = {i: "\n".join(page_of[c][2] for c in preceding_ids(h.chunk_id, 2)
                          if c in page_of and page_of[c][:2] == (h.doc_id, h.page)) for i, h in enumerate(joined)}
    q = analyse(query, joined)
    found = row_ratio(q, question, own_figures(q, joined), joined, above, company)
    if found is None:
        return None
    logger.debug("segment metric from rows: %s", found.formula)
    return ExtractiveAnswerer(library.settings).derived(question, joined, found)
