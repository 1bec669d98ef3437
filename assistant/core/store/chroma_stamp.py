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

import logging
import sqlite3
from pathlib import Path

logger = logging.getLogger(__name__)

STAMP_ID = "__library_stamp__"

_STAMP = """
SELECT em.string_value FROM embeddings e JOIN embedding_metadata em ON em.id = e.id
WHERE e.segment_id = ? AND e.embedding_id = ? AND em.key = 'chroma:document'
"""


def read_stamp(chroma_dir: Path, collection: str) -> str | None:
    """The stamp `ChromaStore(collection, path=chroma_dir).stamp()` would return, or None when
    it cannot be read with certainty ("" is a library that was never written)."""
    path = chroma_dir / "chroma.sqlite3"
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return None
    try:
        return _read(con, f"{collection}-docs")
    except sqlite3.Error as exc:  # locked, damaged, or a schema this code does not know
        logger.debug("library stamp not readable from %s (%s); opening the store", path, exc)
        return None
    finally:
        con.close()


def _read(con: sqlite3.Connection, docs_collection: str) -> str | None:
    con.execute("BEGIN")  # one read transaction: the queue and the segment seen at one instant
    row = con.execute("SELECT id FROM collections WHERE name = ?", (docs_collection,)).fetchone()
    if row is None:
        return None
    collection_id = str(row[0])
    row = con.execute(
        "SELECT id FROM segments WHERE collection = ? AND scope = 'METADATA'", (collection_id,)
    ).fetchone()
    if row is None:
        return None
    segment = str(row[0])
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
