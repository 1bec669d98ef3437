"""File loaders: `load_file(path)` picks one by extension and returns pages of text.

Every failure is an `IngestError` whose message says why and what to do; the caller
prefixes the file path.
"""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.core.types import LoadedDocument
from ingest.errors import CorruptDocument, EmptyDocument, IngestError, TooLarge, UnsupportedFormat
from ingest.limits import DocLimits
from ingest.loaders.base import Loader
from ingest.loaders.html import HtmlLoader
from ingest.loaders.markdown import MarkdownLoader
from ingest.loaders.pdf import PDF_MODES, PdfLoader
from ingest.loaders.text import TextLoader

__all__ = [
    "PDF_MODES",
    "SUPPORTED_SUFFIXES",
    "HtmlLoader",
    "Loader",
    "MarkdownLoader",
    "PdfLoader",
    "TextLoader",
    "get_loader",
    "is_supported",
    "load_file",
]

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: tuple[str, ...] = (
    *PdfLoader.suffixes,
    *HtmlLoader.suffixes,
    *MarkdownLoader.suffixes,
    *TextLoader.suffixes,
)
_MB = 1024 * 1024


def is_supported(path: Path) -> bool:
    """True when `load_file` has a loader for this file's extension (for folder walks)."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def get_loader(suffix: str, *, pdf_mode: str = "plain") -> Loader:
    """The loader for an extension such as ".pdf"; raises `UnsupportedFormat` otherwise."""
    suffix = suffix.lower()
    loaders: list[Loader] = [PdfLoader(pdf_mode), HtmlLoader(), MarkdownLoader(), TextLoader()]
    for loader in loaders:
        if suffix in loader.suffixes:
            return loader
    shown = f"'{suffix}'" if suffix else "(no extension)"
    raise UnsupportedFormat(
        f"unsupported file type {shown}; supported: {', '.join(SUPPORTED_SUFFIXES)}"
        " — convert it to PDF or text"
    )


def load_file(
    path: Path, *, pdf_mode: str = "plain", max_file_mb: float = 200, limits: DocLimits | None = None
) -> LoadedDocument:
    """Load one file into pages of text.

    Raises `IngestError` (a subclass naming the reason) for unsupported, empty, too large,
    encrypted, corrupt, scanned or binary files; unexpected parser failures are wrapped as
    `CorruptDocument` so one bad file never stops a batch.
    """
    path = Path(path)
    loader = get_loader(path.suffix, pdf_mode=pdf_mode)
    if not path.exists():
        raise IngestError("file not found; check the path")
    if not path.is_file():
        raise IngestError("is not a regular file")
    size = path.stat().st_size
    if size == 0:
        raise EmptyDocument("file is empty (0 bytes); nothing to ingest")
    if size > max_file_mb * _MB:
        raise TooLarge(
            f"is {size / _MB:.1f} MB, over the {max_file_mb:g} MB limit; "
            "split it, or raise the limit (max_file_mb / FOOTNOTE_MAX_FILE_MB)"
        )
    limits = limits or DocLimits()
    if not isinstance(loader, PdfLoader):
        # UTF-8 takes at most 4 bytes a character: this many bytes is surely too many characters.
        limits.check_chars(size // 4, at_least=True)
    try:
        doc = loader.load_limited(path, limits) if isinstance(loader, PdfLoader) else loader.load(path)
        limits.check_pages(len(doc.pages))
        limits.check_chars(sum(len(p.text) for p in doc.pages))
        return doc
    except IngestError:
        raise
    except PermissionError as exc:
        raise IngestError("cannot be read (permission denied); check the file's permissions") from exc
    except OSError as exc:
        raise IngestError(f"cannot be read ({exc.strerror or exc})") from exc
    except Exception as exc:
        log.exception("unexpected failure loading %s", path)
        raise CorruptDocument(
            f"could not be parsed ({type(exc).__name__}: {exc}); "
            "the file may be damaged: re-export it, or convert it to PDF or text"
        ) from exc
