"""Tickers of stored filings whose record has none, read from their stored cover page.

A question may name a company by its ticker ("NKE's ..."), and the library matches tickers from
its document records. A filing stored by a reader that missed its cover's ticker (rows printed
above the column captions) would leave that company unreachable by ticker, and the question
refused as about a company the library lacks. The cover is the filing's first chunks: reading
them once per library version is cheap, and needs no re-ingest.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from assistant.core.finance.cover_tickers import cover_ticker
from assistant.core.store.base import chunk_id

if TYPE_CHECKING:
    from assistant.core.store import VectorStore
    from assistant.core.types import DocumentRecord

__all__ = ["cover_tickers"]

logger = logging.getLogger(__name__)

_FILINGS = {"10-K", "10-Q", "8-K"}  # forms with an SEC cover page
_COVER_CHUNKS = 30  # chunks read from a filing's start: the cover and its table of securities


def _cover_ids(record: DocumentRecord) -> list[str]:
    return [chunk_id(record.doc_id, record.sha256, i) for i in range(_COVER_CHUNKS)]


def cover_tickers(store: VectorStore, records: list[DocumentRecord]) -> dict[str, str]:
    """doc_id → the ticker its stored cover gives, for filings whose record has no ticker."""
    wanted = [r for r in records if not r.ticker and r.doc_type in _FILINGS and r.sha256]
    if not wanted:
        return {}
    ids = [i for r in wanted for i in _cover_ids(r)]
    try:
        chunks = store.get_chunks(ids)
    except Exception:  # a store that cannot read chunks by id: keep the records as stored
        logger.debug("could not read cover chunks", exc_info=True)
        return {}
    by_doc: dict[str, list[tuple[str, str]]] = {}
    for c in chunks:
        by_doc.setdefault(c.chunk_id.rsplit(":", 2)[0], []).append((c.chunk_id, c.text))
    out: dict[str, str] = {}
    for doc_id, parts in by_doc.items():
        ticker = cover_ticker("\n".join(text for _, text in sorted(parts)))
        if ticker:
            out[doc_id] = ticker
    if out:
        logger.info("tickers read from stored covers: %s", out)
    return out
