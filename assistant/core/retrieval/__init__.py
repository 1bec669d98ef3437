"""Retrieval: find the passages that answer a question.

    filters.py   what a search is restricted to (company, period, doc type, doc ids)
    config.py    the ranking's weights (RankingConfig)
    vectors.py   exact dense search in memory, filter masks
    fusion.py    reciprocal-rank fusion, near-duplicate test
    absent.py    a company the library lacks: no pages, SearchResult.absent says so
    pages.py     page votes, section priors for event/fact topics, a page's strong sibling passages
    rerank.py    optional cross-encoder
    search.py    HybridRetriever.search → SearchResult
    widen.py     more passages of the best documents, for the extractive answerer
    langchain.py the same search as a LangChain retriever (imported on demand)
"""

from __future__ import annotations

from typing import Any

from assistant.core.retrieval.config import RankingConfig
from assistant.core.retrieval.filters import Filters, chroma_where
from assistant.core.retrieval.fusion import rrf
from assistant.core.retrieval.rerank import Scorer, cross_encoder_scorer
from assistant.core.retrieval.search import (
    STATEMENT_KINDS,
    HybridRetriever,
    SearchResult,
    with_config,
)
from assistant.core.retrieval.vectors import DENSE_MAX_CHUNKS, DenseIndex, dense_index

__all__ = [
    "DENSE_MAX_CHUNKS",
    "STATEMENT_KINDS",
    "DenseIndex",
    "Filters",
    "FootnoteRetriever",
    "HybridRetriever",
    "RankingConfig",
    "Scorer",
    "SearchResult",
    "chroma_where",
    "cross_encoder_scorer",
    "dense_index",
    "rrf",
    "with_config",
]


def __getattr__(name: str) -> Any:
    # LangChain takes seconds to import: load the adapter only when someone asks for it.
    if name == "FootnoteRetriever":
        from assistant.core.retrieval.langchain import FootnoteRetriever

        return FootnoteRetriever
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
