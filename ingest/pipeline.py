"""The ingest pipeline: files → pages → chunks → vectors → store, incrementally and safely.

Order of writes per document makes a crash harmless:
1. chunks of the new version are added (ids carry the content hash, so they never
   overwrite the old version's chunks);
2. the document record is written: the commit, after which search sees the new
   version (search ignores chunks whose (doc_id, sha) has no record);
3. the old version's chunks are deleted.
A run killed before 2 leaves the old version visible; the next run finds the new
chunks already stored and embeds only the missing ones.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.finance.periods import CALENDAR_WORDS
from assistant.core.library import relabel_document
from assistant.core.types import (
    META_FIELDS,
    DocumentRecord,
    IngestDuplicate,
    IngestFailure,
    IngestReport,
)
from ingest import reader_version
from ingest.errors import IngestError
from ingest.limits import DocLimits
from ingest.loaders import SUPPORTED_SUFFIXES
from ingest.loaders.base import file_sha256
from ingest.prepare import Prepared, chunk_labels, chunk_metadata, prepare_file

if TYPE_CHECKING:
    from assistant.core.embeddings import Embedder
    from assistant.core.settings import Settings
    from assistant.core.store import VectorStore

logger = logging.getLogger(__name__)

# Chunks embedded and stored per step (the progress bar moves once per step).
EMBED_GROUP = 256
# How far the parse worker runs ahead of the embedder: at least this many files, and more
# while the files queued hold less than LOOKAHEAD_BYTES (parsed text waits in memory).
LOOKAHEAD_MIN_FILES = 2
LOOKAHEAD_MAX_FILES = 16
LOOKAHEAD_BYTES = 16 << 20


@dataclass
class Progress:
    """What a progress bar shows; sent after every file and every embedded batch."""

    files_total: int
    files_done: int = 0
    pages: int = 0
    chunks: int = 0
    current: str = ""
    started: float = field(default_factory=time.perf_counter)

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started


ProgressCallback = Callable[[Progress], None]


def make_doc_id(path: Path) -> str:
    """Readable and stable: the file's stem plus a hash of where it lives."""
    resolved = str(path.expanduser().resolve())
    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:48] or "doc"
    return f"{slug}-{hashlib.sha1(resolved.encode()).hexdigest()[:6]}"



def _without_misread_company(labels: dict[str, str | None]) -> dict[str, str | None]:
    """A stored company that is a calendar word ("September", read by an older reader from
    "Six Months Ended September 30") is that reader's mistake, never a user's correction:
    the re-read names the company afresh."""
    company = labels.get("company")
    if company and company.strip().lower() in CALENDAR_WORDS:
        return {k: v for k, v in labels.items() if k != "company"}
    return labels


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[IngestFailure]]:
    """Files as given, folders recursively (supported types only, hidden files skipped)."""
    files: list[Path] = []
    failed: list[IngestFailure] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.exists():
            failed.append(IngestFailure(path=str(path), error="no such file or folder"))
            continue
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            candidates = found
        else:
            candidates = [path]
        for p in candidates:
            resolved = p.resolve()
            if resolved not in seen:
                seen.add(resolved)
                files.append(p)
    return files, failed


class Ingestor:
    def __init__(self, settings: Settings, store: VectorStore, embedder: Embedder) -> None:
        self.settings = settings
        self.store = store
        self.embedder = embedder
        # Where the last run's time went (logged at INFO; read by bench.ingest).
        self.timings: dict[str, float] = {"wait_parse_s": 0.0, "embed_s": 0.0, "store_s": 0.0}

    def run(
        self,
        paths: Sequence[Path],
        overrides: dict[str, str | None] | None = None,
        progress: ProgressCallback | None = None,
    ) -> IngestReport:
        started = time.perf_counter()
        self.timings = dict.fromkeys(self.timings, 0.0)
        overrides = {k: v for k, v in (overrides or {}).items() if v}
        report = IngestReport()
        files, missing = expand_paths(paths)
        report.failed.extend(missing)
        records = {r.doc_id: r for r in self.store.documents()}
        by_sha = {r.sha256: r for r in records.values()}
        queued: dict[str, str] = {}  # sha256 → doc_id of the files this run will add
        kept: dict[str, dict[str, str | None]] = {}  # doc_id → labels a re-read keeps
        state = Progress(files_total=len(files))

        todo: list[tuple[Path, str, str]] = []
        for path in files:
            try:
                if path.stat().st_size == 0:
                    raise IngestError("the file is empty")
                sha = file_sha256(path)
            except IngestError as exc:
                report.failed.append(IngestFailure(path=str(path), error=str(exc)))
                state.files_done += 1
                continue
            except OSError as exc:
                report.failed.append(IngestFailure(path=str(path), error=f"cannot read: {exc.strerror or exc}"))
                state.files_done += 1
                continue
            doc_id = make_doc_id(path)
            known = records.get(doc_id)
            twin = by_sha.get(sha)
            fresh = False  # the same content, stored by this reader
            if known is not None and known.sha256 == sha:
                fresh = not reader_version.is_stale(known.reader)
                if not fresh:
                    logger.info("%s was stored by ingest reader %s; reading it again with %s", path, known.reader, reader_version.READER_VERSION)
                    # Same content: the labels the library holds (a user's corrections among them) stay; flags still win.
                    labels = {f: getattr(known, f) for f in (*META_FIELDS, "title") if getattr(known, f)}
                    kept[doc_id] = {**_without_misread_company(labels), **overrides}
            if fresh and not overrides:
                if doc_id not in report.unchanged:
                    report.unchanged.append(doc_id)
                state.files_done += 1
                continue
            twin_id = twin.doc_id if twin is not None else queued.get(sha)
            if twin_id is not None and twin_id != doc_id:
                # The same content under another name (in the library, or earlier in this run).
                logger.info("%s has the same content as %s; skipped", path, twin_id)
                report.duplicates.append(IngestDuplicate(path=str(path), same_as=twin_id))
                if twin is not None and twin_id not in report.unchanged:
                    report.unchanged.append(twin_id)  # already in the library: unchanged, once
                state.files_done += 1
                continue
            if fresh and known is not None:
                # Same content, new metadata from flags: update labels without re-embedding.
                self._relabel(known, overrides)
                report.updated.append(doc_id)
                state.files_done += 1
                continue
            todo.append((path, doc_id, sha))
            queued[sha] = doc_id
        if progress:
            progress(state)

        for path, doc_id, _sha, outcome in self._prepared(todo, overrides, kept):
            state.current = path.name
            if isinstance(outcome, BaseException):
                reason = str(outcome) if isinstance(outcome, IngestError) else f"could not be read ({outcome.__class__.__name__}: {outcome})"
                report.failed.append(IngestFailure(path=str(path), error=reason))
                logger.debug("failed %s", path, exc_info=outcome)
            else:
                try:
                    added = self._store_document(doc_id, outcome, state, progress)
                except IngestError as exc:
                    report.failed.append(IngestFailure(path=str(path), error=str(exc)))
                else:
                    (report.updated if doc_id in records else report.added).append(doc_id)
                    report.chunks_added += added
                    report.pages += outcome.pages
            state.files_done += 1
            if progress:
                progress(state)
        report.seconds = round(time.perf_counter() - started, 3)
        report.timings = {k: round(v, 2) for k, v in self.timings.items()}
        logger.info(
            "ingest took %.1f s: embedding %.1f s, storing %.1f s, waiting for the parser %.1f s",
            report.seconds, self.timings["embed_s"], self.timings["store_s"], self.timings["wait_parse_s"],
        )
        return report

    def _prepared(
        self,
        todo: list[tuple[Path, str, str]],
        overrides: dict[str, str | None],
        kept: dict[str, dict[str, str | None]],
    ) -> Iterator[tuple[Path, str, str, Prepared | BaseException]]:
        """Parse the next files in a worker process while this one embeds the current file."""
        # Smallest first: the first document is ready (and searchable) soonest, and while
        # each one embeds, the parser has a larger one ahead of it.
        by_size = sorted(((_size(item[0]), item) for item in todo), key=lambda pair: pair[0])
        sizes = [size for size, _ in by_size]
        todo = [item for _, item in by_size]
        s = self.settings
        args = [
            (
                str(p), doc_id, sha, kept.get(doc_id, overrides), s.pdf_extraction, s.max_file_mb, s.chunk_tokens,
                s.chunk_overlap_tokens, DocLimits.from_settings(s),
            )
            for p, doc_id, sha in todo
        ]
        if len(todo) <= 1 or os.environ.get("FOOTNOTE_INGEST_INLINE") == "1":
            for (path, doc_id, sha), a in zip(todo, args, strict=True):
                try:
                    yield path, doc_id, sha, prepare_file(*a)
                except Exception as exc:
                    yield path, doc_id, sha, exc
            return
        from ingest.worker import ParseWorker, WorkerDied

        worker = ParseWorker()
        submitted = 0
        try:
            for i, (path, doc_id, sha) in enumerate(todo):
                # Parse ahead by bytes, not only by files: after a run of small files a large
                # one would otherwise start parsing too late and the embedder would wait for it.
                while submitted < len(args) and (
                    submitted <= i + LOOKAHEAD_MIN_FILES
                    or (sum(sizes[i:submitted]) < LOOKAHEAD_BYTES and submitted <= i + LOOKAHEAD_MAX_FILES)
                ):
                    worker.submit(args[submitted])
                    submitted += 1
                t0 = time.perf_counter()
                try:
                    result: Prepared | BaseException = worker.result()
                except WorkerDied as exc:
                    # This file killed the worker (a crash, out of memory): report it, go on
                    # with a fresh worker for the files queued behind it.
                    result = IngestError(f"{exc}; the file may be damaged or too large to parse")
                    worker.close()
                    worker = ParseWorker()
                    submitted = i + 1
                except Exception as exc:
                    result = exc
                waited = time.perf_counter() - t0
                self.timings["wait_parse_s"] += waited
                logger.debug("waited %.2f s for the parser on %s", waited, path.name)
                yield path, doc_id, sha, result
        finally:
            # An interrupted ingest must not first parse every file still queued.
            worker.close()

    def _store_document(
        self, doc_id: str, prepared: Prepared, state: Progress, progress: ProgressCallback | None
    ) -> int:
        from assistant.core.retrieval.lexstats import lexical_text, shards_enabled
        from assistant.core.retrieval.shard_cache import publish_document
        from assistant.core.store.base import chunk_id
        from ingest.chunking import fit_model_limit

        chunks, counts = fit_model_limit(
            prepared.chunks, self.embedder.count_tokens, self.embedder.max_tokens
        )
        for i, chunk in enumerate(chunks):
            chunk.index = i
            chunk.chunk_id = chunk_id(doc_id, prepared.sha256, i)
        present = self.store.chunk_ids(doc_id, prepared.sha256)
        if present:
            logger.info("%s: resuming, %d of %d chunks already stored", doc_id, len(present), len(chunks))
            # The same file read again by a newer reader keeps its stored chunks, but not their old
            # labels: a company it now detects must reach the chunks the search filters read.
            labels = chunk_labels(prepared.meta)
            stored = self.store.get_chunks([min(present)])
            if stored and any(stored[0].meta.get(k) != v for k, v in labels.items()):
                self.store.update_chunk_meta(doc_id, labels)
        # Longest first (in word pieces) across the whole document, so each embedding batch
        # holds chunks of about one length and pads little.
        longest_first = sorted(range(len(chunks)), key=lambda i: -counts[i])
        todo = [chunks[i] for i in longest_first if chunks[i].chunk_id not in present]
        # Published whole once the document is stored (a resumed ingest reads its stored ones by id).
        vectors_by_id = self.store.get_vectors(sorted(present)) if present and shards_enabled(self.settings) else {}
        for start in range(0, len(todo), EMBED_GROUP):
            part = todo[start : start + EMBED_GROUP]
            t0 = time.perf_counter()
            vectors = self.embedder.embed_documents([c.embed_text for c in part])
            t1 = time.perf_counter()
            self.store.add_chunks(
                [c.chunk_id for c in part],
                [c.text for c in part],
                [chunk_metadata(c, prepared.sha256, prepared.meta) for c in part],
                vectors,
            )
            vectors_by_id.update(zip((c.chunk_id for c in part), vectors, strict=True))
            self.timings["embed_s"] += t1 - t0
            self.timings["store_s"] += time.perf_counter() - t1
            state.chunks += len(part)
            if progress:
                progress(state)
        state.pages += prepared.pages
        record = DocumentRecord(
            doc_id=doc_id,
            title=prepared.title,
            source=str(Path(prepared.path).resolve()),
            sha256=prepared.sha256,
            pages=prepared.pages,
            chunks=len(chunks),
            ingested_at=datetime.now(UTC),
            reader=reader_version.READER_VERSION,
            **{f: prepared.meta.get(f) for f in META_FIELDS},
        )
        from ingest.facts import link_facts

        self.store.put_facts(doc_id, prepared.sha256, link_facts(prepared.facts, chunks))
        if shards_enabled(self.settings):  # this version's term counts, share of the BM25 statistics, vectors
            publish_document(
                self.store, doc_id, prepared.sha256, [c.chunk_id for c in chunks], [c.kind for c in chunks],
                [lexical_text(c.text, {"header": c.header}) for c in chunks], vectors_by_id,
            )
        self.store.put_document(record)  # the commit
        removed = self.store.delete_chunks(doc_id, except_sha=prepared.sha256)
        if removed:
            logger.info("%s: removed %d chunks of the previous version", doc_id, removed)
        return len(todo)

    def _relabel(self, record: DocumentRecord, overrides: dict[str, str | None]) -> None:
        relabel_document(self.store, record, overrides)
