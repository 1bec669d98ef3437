"""Uploaded files → <home>/files → `Library.ingest`, without Streamlit (the app and tests share it).

Uploads keep their original name; a different file with the same name gets ' (2)',
' (3)', ... so nothing already in the library is overwritten. Re-uploading the same
bytes under the same name reuses the stored copy (the ingest reports it unchanged).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.types import IngestFailure, IngestReport
from ingest.loaders.base import file_sha256

if TYPE_CHECKING:
    from assistant.api import Library
    from assistant.core.types import DocumentRecord
    from ingest.pipeline import ProgressCallback

logger = logging.getLogger(__name__)

FILES_DIR = "files"
UPLOAD_TYPES = ["pdf", "html", "htm", "md", "markdown", "txt", "text"]


@dataclass
class Upload:
    name: str
    data: bytes


def files_dir(library: Library) -> Path:
    return library.settings.home / FILES_DIR


# File systems allow 255 bytes a name; room is left for " (9999)" and the temporary prefix.
MAX_NAME_BYTES = 200


def _cut_bytes(text: str, limit: int) -> str:
    """The longest prefix of `text` whose UTF-8 form fits in `limit` bytes (whole characters)."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def safe_name(name: str) -> str:
    """The file's own name, without folders or characters that are unsafe in a path.

    Cut by bytes, not characters (200 CJK characters are 600 bytes, over the file
    system's limit), and the extension is kept: it decides which loader reads the file.
    """
    base = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    base = re.sub(r"[\x00-\x1f\x7f<>:\"|?*]", "_", base).strip().lstrip(".")
    if len(base.encode("utf-8")) <= MAX_NAME_BYTES:
        return base or "upload"
    stem, dot, suffix = base.rpartition(".")
    if not dot or not stem or len(suffix) > 10:
        stem, dot, suffix = base, "", ""
    ext = f"{dot}{suffix}"
    return (_cut_bytes(stem, MAX_NAME_BYTES - len(ext.encode("utf-8"))).rstrip() or "upload") + ext


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_sha(path: Path) -> str:
    return file_sha256(path)


def save_upload(folder: Path, name: str, data: bytes) -> tuple[Path, bool]:
    """Write `data` under `folder` as `name` (or 'name (2)', ...); returns (path, newly written)."""
    folder.mkdir(parents=True, exist_ok=True)
    clean = safe_name(name)
    stem, dot, suffix = clean.rpartition(".")
    if not dot:
        stem, suffix = clean, ""
    digest = _sha(data)
    for i in range(1, 10_000):
        candidate = folder / (clean if i == 1 else f"{stem} ({i}){dot}{suffix}")
        if candidate.exists():
            if candidate.is_file() and _file_sha(candidate) == digest:
                return candidate, False
            continue
        # Write then rename: a half-written file must never be ingested.
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.chmod(tmp, 0o644)  # mkstemp makes it private; a library file is ordinary
            os.replace(tmp, candidate)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return candidate, True
    raise OSError(f"too many files named {clean!r} in {folder}")


def ingest_uploads(
    library: Library,
    uploads: Sequence[Upload],
    *,
    company: str | None = None,
    ticker: str | None = None,
    period: str | None = None,
    doc_type: str | None = None,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Save the uploads into the library's files folder and ingest them.

    Failures name the uploaded file (not the stored path) so the user recognises them;
    a copy that did not become a document (unreadable, or a duplicate of another
    document) is deleted again.
    """
    from ingest.pipeline import make_doc_id

    folder = files_dir(library)
    saved: list[tuple[Upload, Path, bool]] = []
    failed: list[IngestFailure] = []
    for upload in uploads:
        if not upload.data:
            failed.append(IngestFailure(path=upload.name, error="the file is empty"))
            continue
        try:
            path, fresh = save_upload(folder, upload.name, upload.data)
        except OSError as exc:
            failed.append(IngestFailure(path=upload.name, error=f"could not be saved: {exc}"))
            continue
        saved.append((upload, path, fresh))
    if saved:
        report = library.ingest(
            [p for _, p, _ in saved],
            company=company or None,
            ticker=ticker or None,
            period=period or None,
            doc_type=doc_type or None,
            progress=progress,
        )
    else:
        report = IngestReport()
    by_path = {str(p.resolve()): u.name for u, p, _ in saved}
    for failure in report.failed:
        failure.path = by_path.get(str(Path(failure.path).resolve()), failure.path)
    kept = set(report.added) | set(report.updated) | set(report.unchanged)
    for _, path, fresh in saved:
        if fresh and make_doc_id(path) not in kept:
            path.unlink(missing_ok=True)
    report.failed = failed + report.failed
    return report


def remove_documents(library: Library, records: Sequence[DocumentRecord]) -> tuple[list[str], list[str]]:
    """Remove documents; an uploaded copy under <home>/files goes with its document."""
    removed, unknown = library.remove([r.doc_id for r in records])
    folder = files_dir(library).resolve()
    for record in records:
        source = Path(record.source)
        if record.doc_id in removed and source.parent.resolve() == folder:
            try:
                source.unlink(missing_ok=True)
            except OSError as exc:  # the document is gone; a stray file is not worth an error
                logger.warning("could not delete %s: %s", source, exc)
    return removed, unknown
