"""Which candidates make the top k of a search: at most `per_page` chunks a page, no passage
twice, the best page of each statement a question needs, a page represented by its passage that
states the fact, the best passages on their own words kept, and a passage's continuation (split
out of `search.py`, with the candidate type)."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.core.retrieval import pages as page_rules
from assistant.core.retrieval.config import RankingConfig
from assistant.core.retrieval.fusion import jaccard, words
from assistant.core.retrieval.pages import continuation
from assistant.core.store.base import StoredChunk


@dataclass
class Candidate:
    """A chunk in the running: its score before and after what the question says, and why."""

    chunk: StoredChunk
    base: float = 0.0
    factor: float = 1.0
    why: dict[str, float] = field(default_factory=dict)
    own: float = 0.0  # the score before page votes: what the passage itself earned

    @property
    def score(self) -> float:
        return self.base * self.factor


def select(cands: list[Candidate], k: int, statements: list[str], paged: set[str], config: RankingConfig) -> list[Candidate]:
    """Top k: at most `per_page` chunks a page, no passage twice (the same paragraph in this
    year's and last year's filing counts as twice), the best page of each needed statement."""
    chosen: list[Candidate] = []
    per_page: dict[tuple[str, int], int] = {}
    shingles: list[set[str]] = []

    def take(cand: Candidate, page_limit: bool = True) -> None:
        if len(chosen) >= k or cand in chosen:
            return
        key = (str(cand.chunk.meta.get("doc_id")), int(cand.chunk.meta.get("page") or 1))
        if page_limit and per_page.get(key, 0) >= config.per_page:
            return
        bag = set(words(cand.chunk.text))
        if any(jaccard(bag, other) >= config.near_duplicate for other in shingles):
            return
        shingles.append(bag)
        per_page[key] = per_page.get(key, 0) + 1
        chosen.append(cand)

    # The best chunk of each needed statement first (a ratio needs both pages), then the rest.
    needed = [b for kind in statements if (b := next((c for c in cands if c.chunk.meta.get("kind") == kind), None))]
    for cand in needed:
        take(cand)
    for cand in cands:
        take(cand)
    for cand in cands:  # fewer distinct pages than k: allow more chunks per page
        take(cand, page_limit=False)
    chosen.sort(key=lambda c: -c.score)
    if config.page_passage > 0:
        chosen = page_rules.best_on_page(chosen, [c for c in cands if c.chunk.meta.get("doc_id") in paged],
                                         config.page_passage)
    if 0 < config.passage_leaders < k <= len(chosen):
        chosen = page_rules.own_leaders(chosen, cands, config.passage_leaders, needed,
                                        lambda a, b: same_passage(a, b, config))
    if config.continuation and len(chosen) >= k > 1:
        nxt = continuation(chosen, cands)
        if nxt is not None and isinstance(nxt, Candidate):  # in place of the weakest passage
            nxt.why["continues"] = 1.0
            chosen = [*chosen[: k - 1], nxt]
    return chosen


def same_passage(a: Candidate, b: Candidate, config: RankingConfig) -> bool:
    """The same passage twice (the same paragraph in this year's and last year's filing)."""
    return jaccard(set(words(a.chunk.text)), set(words(b.chunk.text))) >= config.near_duplicate
