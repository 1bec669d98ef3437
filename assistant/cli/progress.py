"""A progress bar for ingest on stderr (tqdm): files, pages, chunks, docs/s."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING, Any

from assistant.cli.output import clean_line

if TYPE_CHECKING:
    from ingest.pipeline import Progress


class IngestBar:
    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._bar: Any = None

    def __enter__(self) -> IngestBar:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.close()

    def update(self, progress: Progress) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=progress.files_total, unit="doc", file=sys.stderr, dynamic_ncols=True)
        bar = self._bar
        bar.n = progress.files_done
        elapsed = max(progress.elapsed, 1e-6)
        bar.set_postfix_str(
            f"pages={progress.pages} chunks={progress.chunks} "
            f"{progress.chunks / elapsed:.1f} chunks/s {clean_line(progress.current)[:30]}",
            refresh=False,
        )
        bar.refresh()
