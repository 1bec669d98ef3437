"""The Python API: the core's library plus ingest, and `ask`.

This module joins the core (`assistant.core`) with `ingest/`; the core itself never
imports ingest, so answering works wherever a library exists, however it was filled.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.core.library import Library as _CoreLibrary
from assistant.core.settings import Settings
from assistant.core.types import Answer, DocumentRecord, IngestFailure, IngestReport

if TYPE_CHECKING:
    from assistant.core.retrieval import Filters
    from ingest.pipeline import ProgressCallback

__all__ = ["Library", "ask"]

logger = logging.getLogger(__name__)


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
        """Add files and folders (recursive); unchanged files are skipped, changed ones replaced.

        A file that cannot be read, or is over a limit (pages, characters, chunks), fails
        alone: it is listed in `report.failed` with the reason and the rest goes on. Raises
        `LibraryHomeError` (home is a file), `StoreUnavailableError` (Chroma server down) or
        `OSError` or the store's own error (home not writable, disk full); what was committed
        before stays.
        """
        from ingest.pipeline import Ingestor

        overrides = {"company": company, "ticker": ticker, "period": period, "doc_type": doc_type}
        with self.writing():
            report = Ingestor(self.settings, self.store, self.embedder).run(
                [Path(p) for p in paths], overrides, progress
            )
            self.publish_stats()
        self.refresh()
        if report.added or report.updated:
            try:  # the first question then finds its indexes built, here and on disk
                self.warm()
            except Exception as exc:  # best effort: the documents are in, search builds what it lacks
                logger.warning("search indexes not prepared after ingest (%s); the first search will build them", exc)
        return report

    def reread_stale(self, *, progress: ProgressCallback | None = None) -> IngestReport:
        """Read again, from their files, the documents an older version of ingest stored.

        Each is replaced in place and keeps its labels (see `ingest`). A document whose file is no
        longer where it was ingested from (moved, deleted, or ingested on another machine of a team
        sharing a Chroma server) is listed in `report.failed` with what to do; the library keeps it
        as it is.
        """
        from ingest.reader_version import is_stale

        present: list[DocumentRecord] = []
        gone: list[DocumentRecord] = []
        for d in self.documents():
            if is_stale(d.reader):
                (present if Path(d.source).is_file() else gone).append(d)
        report = self.ingest([Path(d.source) for d in present], progress=progress) if present else IngestReport()
        report.failed += [
            IngestFailure(
                path=d.source,
                error=f"{d.title!r} was stored by an older ingest but its file is no longer here; "
                "add the file again (footnote ingest PATH) to read it again",
            )
            for d in gone
        ]
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
