"""Where the offline answerer reads a page sibling (retrieval/pages.page_siblings): right after the
hit of its page, so the gate's `rank` signal reads the place the search gave that page."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.core.numbers import detect_scale_statement
from assistant.core.types import SearchHit

__all__ = ["beside_their_pages"]


def beside_their_pages(hits: list[SearchHit], siblings: Sequence[SearchHit]) -> list[SearchHit]:
    """`hits` with each sibling of running text read right after the first hit of its page: the
    search ranked that page there, and a sibling is only another paragraph of it, so its place among
    the passages read (the gate's rank) is its page's, not the end of the list it was appended to.
    A sibling that states a scale for bare figures, "(Dollars in millions)  2023  2022", is a table
    run into text: its cells are read as a sentence's figures, so it keeps its place after the hits."""
    out: list[SearchHit] = []
    left = list(siblings)
    for hit in hits:
        out.append(hit)
        mates = [s for s in left if (s.doc_id, s.page) == (hit.doc_id, hit.page) and detect_scale_statement(s.text) is None]
        out.extend(mates)
        left = [s for s in left if s not in mates]
    return [*out, *left]
