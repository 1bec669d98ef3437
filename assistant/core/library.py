"""The library as the core sees it: documents, their chunks and indexes under one home.

Adding documents is ingest's work (`ingest/`); the public `assistant.Library` joins the two.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import threading
import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from assistant.core.finance.companies import canonical_company
from assistant.core.lexical import BM25Index
from assistant.core.settings import Settings
from assistant.core.stored_tickers import cover_tickers
from assistant.core.types import META_FIELDS, DocumentRecord

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.core.embeddings import Embedder
    from assistant.core.finance.facts import Fact
    from assistant.core.store import StoredChunk, VectorStore

logger = logging.getLogger(__name__)


class LibraryBusyError(RuntimeError):
    pass


class LibraryHomeError(RuntimeError):
    """The library folder cannot be used (it is a file); the message says what to do."""


class Library:
    """Documents, their chunks and indexes under one home (or one Chroma server).

    Clients are built lazily on first use, never at import or construction time.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        embedder: Embedder | None = None,
        store: VectorStore | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self._embedder = embedder
        self._store = store
        self._lexical: BM25Index | None = None
        self._docs_cache: tuple[str, dict[str, DocumentRecord]] | None = None
        self._chat: Any = None
        self._chat_built = False
        self._lock = threading.RLock()

    # -- parts ---------------------------------------------------------------------------------
    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            from assistant.core.embeddings import build_embedder

            self._embedder = build_embedder(self.settings)
        return self._embedder

    @property
    def collection(self) -> str:
        return self.settings.collection_name

    @property
    def store(self) -> VectorStore:
        if self._store is None:
            from assistant.core.store import build_store

            self._check_home()
            self._store = build_store(self.settings, self.collection)
        return self._store

    def chat_model(self) -> BaseChatModel | None:
        """The configured chat model, built once; None means extractive answers."""
        if not self._chat_built:
            from assistant.core.llm import build_chat_model

            self._chat = build_chat_model(self.settings)
            self._chat_built = True
        return self._chat

    def _check_home(self) -> None:
        home = self.settings.home
        if home.exists() and not home.is_dir():
            raise LibraryHomeError(
                f"the library folder {home} is a file, not a folder; point --home / FOOTNOTE_HOME at a folder"
            )
        home.mkdir(parents=True, exist_ok=True)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """One writer at a time per home: a second ingest waits, then sees the first one's work."""
        self._check_home()
        lock_path = self.settings.home / ".write.lock"
        with lock_path.open("a+") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                logger.warning("another ingest is writing to %s; waiting for it", self.settings.home)
                fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    # -- documents -----------------------------------------------------------------------------
    def documents(self) -> list[DocumentRecord]:
        return list(self._records().values())

    def document(self, doc_id: str) -> DocumentRecord | None:
        return self._records().get(doc_id)

    def _records(self) -> dict[str, DocumentRecord]:
        stamp = self.store.stamp()
        cached = self._docs_cache
        if cached is not None and cached[0] == stamp and stamp:
            return cached[1]
        records = {r.doc_id: r for r in self.store.documents()}
        # a filing stored without its cover's ticker gets it from its stored cover (no re-ingest)
        for doc_id, ticker in cover_tickers(self.store, list(records.values())).items():
            records[doc_id] = records[doc_id].model_copy(update={"ticker": ticker})
        self._docs_cache = (stamp, records)
        return records

    def facts(self, doc_ids: Sequence[str] | None = None) -> list[Fact]:
        """Statement facts of committed documents, in the order of `doc_ids` when given."""
        from assistant.core.finance.facts import Fact

        records = self._records()
        wanted = [d for d in (doc_ids if doc_ids is not None else list(records)) if d in records]
        stored = self.store.get_facts(wanted) if wanted else {}
        out: list[Fact] = []
        for doc_id in wanted:
            for raw in stored.get(doc_id, []):
                fact = Fact.from_dict(raw)
                fact.company = records[doc_id].company
                out.append(fact)
        return out

    def remove(self, doc_ids: Sequence[str]) -> tuple[list[str], list[str]]:
        """Remove documents and all their chunks; returns (removed, unknown)."""
        removed: list[str] = []
        unknown: list[str] = []
        with self.writing():
            known = {r.doc_id for r in self.store.documents()}
            for doc_id in doc_ids:
                if doc_id not in known:
                    unknown.append(doc_id)
                    continue
                # Record first: the document disappears from search at once, then its chunks go.
                self.store.delete_document(doc_id)
                self.store.delete_chunks(doc_id)
                self.store.delete_facts(doc_id)
                removed.append(doc_id)
            if removed:
                self.publish_stats()
        self.refresh()
        return removed, unknown

    def orphans(self) -> dict[tuple[str, str], int]:
        """Chunks no committed document owns, by (doc_id, content hash): left by an ingest that
        was killed or failed before its commit (search never shows them)."""
        committed = {r.doc_id: r.sha256 for r in self.store.documents()}
        found: dict[tuple[str, str], int] = {}
        for batch in self.store.iter_chunks():
            for chunk in batch:
                key = (str(chunk.meta.get("doc_id")), str(chunk.meta.get("doc_sha")))
                if committed.get(key[0]) != key[1]:
                    found[key] = found.get(key, 0) + 1
        return found

    def remove_orphans(self) -> dict[tuple[str, str], int]:
        """Delete the chunks `orphans()` lists; returns what was removed."""
        with self.writing():
            found = self.orphans()
            committed = {r.doc_id: r.sha256 for r in self.store.documents()}
            for doc_id in {doc_id for doc_id, _ in found}:
                self.store.delete_chunks(doc_id, except_sha=committed.get(doc_id))
            if found:
                self.store.touch()
        self.refresh()
        return found

    def update_metadata(self, doc_id: str, **changes: str | None) -> DocumentRecord:
        with self.writing():
            record = {r.doc_id: r for r in self.store.documents()}.get(doc_id)
            if record is None:
                raise KeyError(f"no document {doc_id!r} in the library")
            new = relabel_document(self.store, record, dict(changes))
        self.refresh()
        return new

    # -- indexes -------------------------------------------------------------------------------
    def refresh(self) -> None:
        with self._lock:
            self._docs_cache = None
            self._lexical = None

    def committed(self) -> dict[str, str]:
        """doc_id → sha256 of the version search may show."""
        return {d.doc_id: d.sha256 for d in self._records().values()}

    def lexical(self) -> BM25Index:
        """The BM25 index, rebuilt from the store when the library changed since it was saved."""
        with self._lock:
            stamp = self.store.stamp()
            if self._lexical is not None and self._lexical.stamp == stamp:
                return self._lexical
            path = self.settings.home / "lexical" / self.collection
            index = BM25Index.load(path)
            if index is None or index.stamp != stamp or not stamp:
                index = self._build_lexical(stamp)
                with contextlib.suppress(OSError):
                    index.save(path)
            else:  # saved by a version that kept no snapshot, or removed: the first question saves one
                self._save_snapshot(stamp, None)
            self._lexical = index
            return index

    def warm(self) -> None:
        """Build and save what the first search needs (BM25 index, in-memory vectors, filter
        tables), so the first question after an ingest is as fast as the second."""
        from assistant.core.retrieval.vectors import FilterMasks, dense_index

        if self.sharded:  # a shared library: each search reads what it needs, never the whole index
            return
        started = time.perf_counter()
        index = self.lexical()
        if not len(index):
            return
        dense_index(self, index)
        FilterMasks(index).build_all()
        # One question's lazily built parts (a few hundred compiled patterns, ~0.2 s): once per
        # process, what the first question of an eval or a chat session would otherwise pay.
        # Searched and answered extractively only: a configured LLM is never called here.
        from assistant.core.answer.extractive import ExtractiveAnswerer
        from assistant.core.answering import answer_offline
        from assistant.core.query import parse_question
        from assistant.core.retrieval import HybridRetriever
        from assistant.core.verify import verify_answer

        question = "What was revenue in the latest quarter?"
        parsed = parse_question(question, self.documents())
        found = HybridRetriever(self).search(parsed)
        # `ask`'s own offline path: the metric planner's patterns, widening, the quoting answerer.
        answer = answer_offline(self, question, found.hits, found.query or parsed, found.siblings)
        if "extractive" not in answer.timings_ms:  # a computed answer left the quoting answerer cold
            answer = ExtractiveAnswerer(self.settings).answer(question, found.hits, found.query or parsed)
        verify_answer(answer.answer, answer.citations, {i: h.text for i, h in enumerate(answer.retrieved, 1)})
        logger.info("search indexes ready over %d chunks in %.2fs", len(index), time.perf_counter() - started)

    def _build_lexical(self, stamp: str) -> BM25Index:
        records = list(self._records().values())
        chunks = list(snapshot_chunks(self.store, records))
        texts: list[str] = []
        for chunk in chunks:
            header = str(chunk.meta.get("header") or "")
            texts.append(f"{header}\n{chunk.text}" if header else chunk.text)
        logger.info("built the lexical index over %d chunks", len(chunks))
        index = BM25Index.build([c.chunk_id for c in chunks], texts, [c.meta for c in chunks], stamp=stamp)
        self._save_snapshot(stamp, records, chunks)
        return index

    def _save_snapshot(
        self, stamp: str, records: list[DocumentRecord] | None, chunks: list[StoredChunk] | None = None
    ) -> None:
        """The local copy a warm question reads instead of opening the store (embedded only; kept
        as it is when it already holds the library at `stamp`)."""
        from assistant.core.store.snapshot import LocalFirstStore

        store = self.store
        if not isinstance(store, LocalFirstStore) or not stamp:
            return
        if chunks is None:
            snap = store.current()
            if snap is not None and snap.stamp == stamp:
                return
        try:
            records = records if records is not None else list(self._records().values())
            got = chunks if chunks is not None else list(snapshot_chunks(store, records))
            store.save(stamp, records, got, store.get_facts([r.doc_id for r in records]))
        except OSError as exc:  # questions then read the store itself
            logger.warning("could not save the library snapshot (%s)", exc)

    # -- a shared library's lexical statistics --------------------------------------------------
    @property
    def sharded(self) -> bool:
        """Search reads per-document lexical shards (a shared server) instead of one whole index."""
        from assistant.core.retrieval.lexstats import shards_enabled

        return shards_enabled(self.settings)

    def publish_stats(self) -> None:
        """Bring the library-wide BM25 statistics beside the manifest up to date (writers call this)."""
        if self.sharded:
            from assistant.core.retrieval.lexstats import update_aggregate

            update_aggregate(self.store)


def snapshot_chunks(
    store: VectorStore, records: Sequence[DocumentRecord], batch_chunks: int = 4000
) -> Iterator[StoredChunk]:
    """Every chunk of these committed document versions, in manifest order then chunk order.

    One snapshot (doc ids and hashes) taken before the pass: a teammate's write during it can
    neither shift a page nor mix two versions of a document in.
    """
    group: list[DocumentRecord] = []
    size = 0

    def flush() -> list[StoredChunk]:
        got = store.chunks_of({r.doc_id: r.sha256 for r in group})
        order = {r.doc_id: i for i, r in enumerate(group)}
        got.sort(key=lambda c: (order[str(c.meta.get("doc_id"))], _chunk_order(c)))
        return got

    for record in records:
        group.append(record)
        size += max(1, record.chunks)
        if size >= batch_chunks:
            yield from flush()
            group, size = [], 0
    if group:
        yield from flush()


def _chunk_order(chunk: StoredChunk) -> tuple[int, str]:
    index = chunk.meta.get("index")
    return (int(index) if isinstance(index, int | float | str) and str(index).isdigit() else 0, chunk.chunk_id)


def relabel_document(store: VectorStore, record: DocumentRecord, changes: dict[str, str | None]) -> DocumentRecord:
    """Correct a document's metadata on its record and on every chunk (filters read chunks)."""
    updates = {k: v for k, v in changes.items() if k in (*META_FIELDS, "title")}
    if not updates:
        return record
    new = record.model_copy(update=updates)
    chunk_changes: dict[str, Any] = {k: v for k, v in updates.items() if k in ("company", "period", "doc_type")}
    if "company" in updates:
        company = updates["company"]
        chunk_changes["company_key"] = canonical_company(company) if company else None
    if chunk_changes:
        store.update_chunk_meta(record.doc_id, chunk_changes)
    store.put_document(new)
    return new
