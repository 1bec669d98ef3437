"""What one search returns: the hits, best first, with the parsed question and why each ranked."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

from assistant.core.types import SearchHit

if TYPE_CHECKING:
    from assistant.core.query import ParsedQuery

__all__ = ["SearchResult"]


class SearchResult(Sequence[SearchHit]):
    """The hits of one search (a sequence, best first) with what explains them."""

    def __init__(
        self,
        hits: list[SearchHit],
        *,
        query: ParsedQuery | None = None,
        explain: list[dict[str, Any]] | None = None,
        timings_ms: dict[str, float] | None = None,
        absent: list[str] | None = None,
        siblings: list[SearchHit] | None = None,
    ) -> None:
        self.hits = hits
        # Other passages of the hits' pages (pages.page_siblings), each its own passage ranked
        # after every hit: a quoting answerer may read them as lower-ranked candidates; they are
        # not part of `hits`, so k, recall and the model's sources are unchanged.
        self.siblings = siblings or []
        # Companies the question names that the library lacks (then there are no hits).
        self.absent = absent or []
        self.query = query  # the question as parsed (None when parsing was switched off)
        self.explain = explain or []  # per hit: base fused score and each factor applied
        self.timings_ms = timings_ms or {}

    @overload
    def __getitem__(self, i: int) -> SearchHit: ...
    @overload
    def __getitem__(self, i: slice) -> list[SearchHit]: ...
    def __getitem__(self, i: int | slice) -> SearchHit | list[SearchHit]:
        return self.hits[i]

    def __len__(self) -> int:
        return len(self.hits)

    def __iter__(self) -> Iterator[SearchHit]:
        return iter(self.hits)
