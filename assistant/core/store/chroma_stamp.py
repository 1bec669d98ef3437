"""The library stamp of an embedded Chroma store, read from its SQLite file without chromadb.

Importing chromadb and opening a client costs ~0.4 s of CPU, more than a warm answer. A
question that the local caches can answer needs only to know that the library has not changed
since they were saved: the stamp (`ChromaStore.touch`, a document in the `<collection>-docs`
collection) that every commit and removal rewrites, whatever process or version wrote it.

This reads Chroma's own tables (chromadb 1.x schema) read-only. Anything unexpected (another
schema, a write not yet applied to the metadata segment, a locked or missing file) answers
None: the caller then opens the store with chromadb. A wrong answer here would serve stale
caches, so `tests/test_snapshot.py` checks it against `ChromaStore.stamp()` after writes.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from pathlib import Path

logger = logging.getLogger(__name__)

STAMP_ID = "__library_stamp__"

_STAMP = """
SELECT em.string_value FROM embeddings e JOIN embedding_metadata em ON em.id = e.id
WHERE e.segment_id = ? AND e.embedding_id = ? AND em.key = 'chroma:document'
"""


class StampReader:
    """Reads the stamp again on every call, over one read-only connection kept open (a question
    reads it several times: a new connection and its catalogue lookups each time cost ~1 ms)."""

    def __init__(self, chroma_dir: Path, collection: str) -> None:
        self._path = chroma_dir / "chroma.sqlite3"
        self._docs_collection = f"{collection}-docs"
        self._con: sqlite3.Connection | None = None
        self._ids: tuple[str, str] | None = None  # (collection id, metadata segment id)
        self._lock = threading.Lock()

    def __call__(self) -> str | None:
        """The stamp `ChromaStore.stamp()` would return, or None when it cannot be read with
        certainty ("" is a library that was never written)."""
        with self._lock:
            try:
                if self._con is None:
                    if not self._path.is_file():
                        return None
                    self._con = sqlite3.connect(
                        f"file:{self._path}?mode=ro", uri=True, timeout=1.0, check_same_thread=False
                    )
                stamp = self._read()
                if stamp == "" and self._ids is not None:  # the collection may have been made anew
                    self._ids = None
                    stamp = self._read()
                return stamp
            except sqlite3.Error as exc:  # locked, damaged, or a schema this code does not know
                logger.debug("library stamp not readable from %s (%s); opening the store", self._path, exc)
                self.close()
                return None

    def close(self) -> None:
        if self._con is not None:
            with contextlib.suppress(sqlite3.Error):
                self._con.close()
        self._con, self._ids = None, None

    def _read(self) -> str | None:
        con = self._con
        assert con is not None
        con.execute("BEGIN")  # one read transaction: the log and the tables seen at one instant
        try:
            if self._ids is None:
                self._ids = _collection_ids(con, self._docs_collection)
                if self._ids is None:
                    return None
            collection_id, segment = self._ids
            applied = con.execute("SELECT seq_id FROM max_seq_id WHERE segment_id = ?", (segment,)).fetchone()
            logged = con.execute(
                "SELECT max(seq_id) FROM embeddings_queue WHERE topic LIKE ?", (f"%/{collection_id}",)
            ).fetchone()
            last_logged = logged[0] if logged else None
            if last_logged is not None:
                # A write logged but not yet applied to the metadata tables: they may be behind.
                if applied is None or not isinstance(applied[0], int) or not isinstance(last_logged, int):
                    return None
                if last_logged > applied[0]:
                    return None
            found = con.execute(_STAMP, (segment, STAMP_ID)).fetchall()
            if len(found) > 1:
                return None
            if not found:
                return ""
            value = found[0][0]
            return value if isinstance(value, str) else None
        finally:
            con.rollback()


def _collection_ids(con: sqlite3.Connection, name: str) -> tuple[str, str] | None:
    row = con.execute("SELECT id FROM collections WHERE name = ?", (name,)).fetchone()
    if row is None:
        return None
    collection_id = str(row[0])
    row = con.execute(
        "SELECT id FROM segments WHERE collection = ? AND scope = 'METADATA'", (collection_id,)
    ).fetchone()
    return None if row is None else (collection_id, str(row[0]))


def read_stamp(chroma_dir: Path, collection: str) -> str | None:
    """One reading of the stamp (see `StampReader`)."""
    reader = StampReader(chroma_dir, collection)
    try:
        return reader()
    finally:
        reader.close()
