"""The rest of a retrieved table: a notes or segment table is chunked a few rows at a time, each
chunk under the table's own header lines, and a search often returns the chunk of the table's
title and first rows while the row asked about ("Mexico", "Interest expense") sits in the next
chunk of the same page. `table_rest` gives those chunks: same document, same page, a table
chunk whose first header line the retrieved chunk holds (a chunk of the same table, or the text
chunk of its title and column headings), next to it. The offline answerer reads them only
after the passages alone gave it nothing (`answering.answer_offline`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence

from assistant.core.store.base import StoredChunk
from assistant.core.types import SearchHit

__all__ = ["sibling_ids", "table_rest"]

logger = logging.getLogger(__name__)

_CHUNK_ID = re.compile(r"^(?P<base>.*:)(?P<index>\d{5})$")
# Chunks read on either side of a retrieved table chunk: a table of a page rarely runs past this.
_REACH = 6


def sibling_ids(chunk_id: str, reach: int = _REACH) -> list[str]:
    """The ids of the `reach` chunks on either side of `chunk_id` in its document, nearest first."""
    m = _CHUNK_ID.match(chunk_id)
    if m is None:
        return []
    i = int(m.group("index"))
    out: list[str] = []
    for step in range(1, reach + 1):
        out += [f"{m.group('base')}{j:05d}" for j in (i - step, i + step) if j >= 0]
    return out


def _head(text: str) -> str:
    return " ".join(text.strip().splitlines()[0].split()) if text.strip() else ""


def table_rest(hits: Sequence[SearchHit], get_chunks: Callable[[list[str]], Sequence[StoredChunk]],
               *, first: int = 5) -> list[SearchHit]:
    """The chunks of the tables the first `first` hits open or lead into, not already among `hits`,
    as hits of their own (after them, score 0): contiguous table chunks of the same page whose
    first header line the retrieved chunk holds."""
    seen = {h.chunk_id for h in hits}
    # a table chunk, or the text chunk that leads into a table (its title and column headings)
    tables = [h for h in hits[:first] if _head(h.text)]
    wanted = sorted({i for h in tables for i in sibling_ids(h.chunk_id)} - seen)
    if not wanted:
        return []
    stored = {c.chunk_id: c for c in get_chunks(wanted)}
    out: list[SearchHit] = []
    for hit in tables:
        m = _CHUNK_ID.match(hit.chunk_id)
        assert m is not None  # sibling_ids found ids for it
        index = int(m.group("index"))
        for step in (-1, 1):  # walk away from the hit while the table goes on
            for j in range(index + step, index + step * (_REACH + 1), step):
                c = stored.get(f"{m.group('base')}{j:05d}")
                if c is None or not _same_table(hit, c):
                    if c is None and f"{m.group('base')}{j:05d}" in seen:
                        continue  # a retrieved chunk of the same table: walk past it
                    break
                if c.chunk_id in seen:
                    continue
                seen.add(c.chunk_id)
                out.append(hit.model_copy(update={"chunk_id": c.chunk_id, "text": c.text, "score": 0.0,
                                                  "page": int(str(c.meta.get("page") or hit.page)),
                                                  "page_end": None}))
    if out:
        logger.debug("read %d more chunks of %d retrieved tables", len(out), len(tables))
    return out


def _same_table(hit: SearchHit, chunk: StoredChunk) -> bool:
    page = int(str(chunk.meta.get("page") or 0))
    end = int(str(chunk.meta.get("page_end") or page))
    return (str(chunk.meta.get("kind") or "") == "table" and page == hit.page and end == page
            and _head(chunk.text) in " ".join(hit.text.split()))
