"""More of the best documents for a quoting answerer: the top passages of a search often leave
out the one sentence of a release or an article that states the figure asked for (it ranks
sixth or tenth within the right document). `widen` searches again within the best documents of
the first search and appends their next-best passages, after the first search's ones, so those
keep their rank."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from assistant.core.retrieval.filters import Filters
from assistant.core.retrieval.search import HybridRetriever
from assistant.core.types import SearchHit

if TYPE_CHECKING:
    from assistant.core.library import Library
    from assistant.core.query import ParsedQuery

__all__ = ["widen"]

logger = logging.getLogger(__name__)


def widen(library: Library, query: ParsedQuery | str, hits: list[SearchHit], *, extra: int,
          docs: int = 2) -> list[SearchHit]:
    """`hits` and up to `extra` further passages of their best `docs` documents (in the order
    they were found), ranked by the same hybrid search restricted to those documents."""
    top = list(dict.fromkeys(h.doc_id for h in hits))[:docs]
    if extra <= 0 or not top:
        return hits
    seen = {h.chunk_id for h in hits}
    # The search's own one-chunk-a-page spread is kept: measured, the next chunks of one page
    # found more evidence on the development set and lost more answers on the held-out one.
    found = HybridRetriever(library).search(query, k=len(seen) + extra, filters=Filters(doc_id=top))
    more = [h for h in found.hits if h.chunk_id not in seen][:extra]
    logger.debug("widened %d passages by %d from %s", len(hits), len(more), top)
    return [*hits, *more]
