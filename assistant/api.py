"""The Python API: the core's library plus ingest, and `ask`.

This module joins the core (`assistant.core`) with `ingest/`; the core itself never
imports ingest, so answering works wherever a library exists, however it was filled.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.core.library import Library as _CoreLibrary
from assistant.core.settings import Settings
from assistant.core.types import Answer, IngestReport

if TYPE_CHECKING:
    from assistant.core.retrieval import Filters
    from ingest.pipeline import ProgressCallback

__all__ = ["Library", "ask"]


class Library(_CoreLibrary):
    """Documents, their chunks and indexes under one home (or one Chroma server).

    Clients are built lazily on first use, never at import or construction time.
    """

    def ingest(
        self,
        paths: Sequence[str | Path],
        *,
        company: str | None = None,
        ticker: str | None = None,
        period: str | None = None,
        doc_type: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> IngestReport:
        """Add files and folders (recursive); unchanged files are skipped, changed ones replaced."""
        from ingest.pipeline import Ingestor

        overrides = {"company": company, "ticker": ticker, "period": period, "doc_type": doc_type}
        with self.writing():
            report = Ingestor(self.settings, self.store, self.embedder).run(
                [Path(p) for p in paths], overrides, progress
            )
            self.publish_stats()
        self.refresh()
        return report


def ask(
    question: str,
    *,
    library: _CoreLibrary | None = None,
    filters: Filters | None = None,
    history: list[tuple[str, str]] | None = None,
    **kwargs: Any,
) -> Answer:
    """Answer `question` from `library` (default: the library that Settings() points at)."""
    from assistant.core.answering import ask as _ask

    return _ask(question, library=library or Library(Settings()), filters=filters, history=history, **kwargs)
