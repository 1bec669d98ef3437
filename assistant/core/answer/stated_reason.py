"""A reason asked is answered in the filing's words of cause. "Why did Acme's interest expense rise?"
or "What does Acme say drove its gross margin?" is answered by a sentence that states a cause ("...,
reflecting higher borrowings", "the increase was due to ..."); a table row, a statement's figure or a
computed margin states none, however well it names the line asked. When the passages found quote no
such sentence, the prose passages of the same documents that carry a word of cause are searched
for one (an MD&A paragraph often ranks below the table of the line it explains); if none answers,
the reason is refused rather than a table row quoted for it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from assistant.core.answer.explain_cause import states_cause
from assistant.core.answer.extractive import REFUSAL, ExtractiveAnswerer
from assistant.core.answer.scoring import CAUSAL
from assistant.core.types import Answer, SearchHit

if TYPE_CHECKING:
    from assistant.core.library import Library
    from assistant.core.query import ParsedQuery

__all__ = ["reason_answer", "states_reason"]

logger = logging.getLogger(__name__)

# How many passages of the answer's documents are read for a sentence of cause: an annual report's
# discussion of one line is rarely among the first ten of a search its tables lead.
_DOCS, _POOL = 2, 30


def states_reason(answer: Answer, hits: list[SearchHit]) -> bool:
    """An answer quoting prose (no table or statement chunk) whose quote carries a word of cause."""
    kinds = {h.chunk_id: h.kind for h in hits}
    return not answer.refused and states_cause(
        c.quote for c in answer.citations if kinds.get(c.chunk_id or "", "text") == "text")


def reason_answer(library: Library, question: str, hits: list[SearchHit], query: ParsedQuery,
                  answer: Answer) -> Answer:
    """`answer` when it states a reason; else the answer read from the prose passages of the hits'
    documents that carry a word of cause, when that one states it; else a refusal."""
    if answer.refused or states_reason(answer, hits):
        return answer
    from assistant.core.retrieval.filters import Filters
    from assistant.core.retrieval.search import HybridRetriever

    docs = list(dict.fromkeys(h.doc_id for h in hits))[:_DOCS]
    if docs:
        found = HybridRetriever(library).search(query, k=_POOL, filters=Filters(doc_id=docs)).hits
        prose = [h for h in found if h.kind == "text" and CAUSAL.search(h.text)][: library.settings.top_k]
        if prose:
            again = ExtractiveAnswerer(library.settings, library.embedder).answer(question, prose, query)
            if states_reason(again, prose):
                return again
    logger.debug("reason asked, none stated: %s", answer.answer[:80])
    return Answer(question=question, mode="extractive", refused=True,
                  answer=f"{REFUSAL} The passages found state no reason for it in their own words.")
