"""Footnote's hybrid search as a LangChain retriever (imports LangChain: load it only when used)."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from assistant.core.retrieval.search import HybridRetriever

__all__ = ["FootnoteRetriever"]


class FootnoteRetriever(BaseRetriever):
    """Footnote's hybrid search as a LangChain retriever: `FootnoteRetriever(library=lib, k=5)`."""

    library: Any
    k: int = 5
    filters: Any = None  # assistant.core.retrieval.Filters

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        hits = HybridRetriever(self.library).search(query, k=self.k, filters=self.filters)
        return [
            Document(
                page_content=h.text,
                metadata={
                    "doc_id": h.doc_id, "title": h.title, "source": h.source, "page": h.page,
                    "score": h.score, "chunk_id": h.chunk_id, "kind": h.kind,
                    "company": h.company, "period": h.period, "doc_type": h.doc_type,
                },
            )
            for h in hits
        ]
