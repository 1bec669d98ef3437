"""PDF loader: pypdf, page by page, 1-based page numbers."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.core.types import LoadedDocument, PageText
from ingest.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    IngestError,
    NoTextLayer,
    TooLarge,
)
from ingest.limits import DocLimits
from ingest.loaders.base import choose_title, file_sha256, normalise_text, title_from_text

if TYPE_CHECKING:
    from pypdf import PdfReader

try:
    from pypdf.errors import LimitReachedError
except ImportError:  # pragma: no cover - older pypdf

    class LimitReachedError(Exception):  # type: ignore[no-redef]
        pass

log = logging.getLogger(__name__)

PDF_MODES = ("plain", "layout")
_INFO_KEYS = {
    "/Title": "title",
    "/Subject": "subject",
    "/Author": "author",
    "/Keywords": "keywords",
    "/Creator": "creator",
    "/Producer": "producer",
    "/CreationDate": "created",
}


_warned_accelerators_off = False


def accelerator_status() -> tuple[bool, str]:
    """(active, reason) for both PDF accelerators: active only when both can patch pypdf."""
    from ingest.loaders import pdf_fastlayout, pdf_fastparse

    statuses = [pdf_fastparse.accelerator_status(), pdf_fastlayout.accelerator_status()]
    return all(active for active, _ in statuses), "; ".join(reason for _, reason in statuses)


def install_accelerators() -> bool:
    """Patch pypdf with the PDF accelerators; warn once per process when one is off.

    Same results as pypdf's own code (checked page by page on the shared filings by
    bench.pdf_fastparse / bench.pdf_fastlayout), at ~3x less CPU per page, but only on the
    pypdf release they mirror: on another one they step aside, and that must not go unnoticed.
    """
    global _warned_accelerators_off
    from ingest.loaders import pdf_fastlayout, pdf_fastparse

    parse_on = pdf_fastparse.install()
    layout_on = pdf_fastlayout.install()
    active = parse_on and layout_on
    if not active and not _warned_accelerators_off:
        _warned_accelerators_off = True
        log.warning(
            "PDF accelerator off: pypdf %s installed, written for %s; PDF ingest runs ~3x slower. "
            "Reinstall with scripts/setup.sh",
            pdf_fastparse.pypdf_version(),
            pdf_fastlayout.MIRRORED_PYPDF,
        )
    return active


def open_pdf(path: Path) -> PdfReader:
    """Open a PDF, decrypting it when the password is empty (common for SEC filings)."""
    try:
        from pypdf import PasswordType, PdfReader
        from pypdf.errors import DependencyError
    except ImportError as exc:  # pragma: no cover - pypdf is a core dependency
        raise IngestError("PDF support needs pypdf; install it with: pip install pypdf") from exc

    install_accelerators()
    try:
        reader = PdfReader(path)
    except LimitReachedError as exc:
        raise TooLarge(
            f"too large: a compressed stream expands past pypdf's safety limit (a decompression bomb?) "
            f"({exc}); the file cannot be read safely: re-export it"
        ) from exc
    except Exception as exc:  # pypdf raises many types for damaged files
        raise CorruptDocument(
            f"is not a readable PDF ({type(exc).__name__}: {exc}); "
            "the file may be truncated or damaged: re-download or re-export it"
        ) from exc
    if reader.is_encrypted:
        try:
            result = reader.decrypt("")
        except DependencyError as exc:
            raise IngestError(
                "is AES-encrypted and needs the 'cryptography' package to open; "
                "install it with: pip install cryptography"
            ) from exc
        except Exception as exc:
            raise CorruptDocument(f"has a damaged encryption dictionary ({exc}); re-export it") from exc
        if result == PasswordType.NOT_DECRYPTED:
            raise EncryptedDocument(
                "is encrypted with a password; decrypt it first "
                "(e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf) and ingest the copy"
            )
    try:
        _ = len(reader.pages)
    except Exception as exc:
        raise CorruptDocument(
            f"has an unreadable page tree ({type(exc).__name__}: {exc}); re-download or re-export it"
        ) from exc
    return reader


def pdf_hints(reader: PdfReader) -> dict[str, str]:
    """Document-information fields (title, subject, ...), as strings; damaged ones skipped."""
    hints: dict[str, str] = {}
    try:
        info: Any = reader.metadata or {}
        for key, name in _INFO_KEYS.items():
            value = info.get(key)
            if value is not None and str(value).strip():
                hints[name] = " ".join(str(value).split())
    except Exception as exc:
        log.debug("unreadable PDF metadata: %s", exc)
    return hints


def extract_page_with_mode(page: Any, mode: str) -> tuple[str, str]:
    """Raw pypdf text of one page and the mode that produced it.

    pypdf's layout mode returns nothing for some pages that plain mode reads (seen on
    EDGAR-generated 10-K/10-Q cover pages), so an empty layout page falls back to plain.
    """
    if mode == "layout":
        text = str(page.extract_text(extraction_mode="layout"))
        if text.strip():
            return text, "layout"
    return str(page.extract_text()), "plain"


def extract_page(page: Any, mode: str) -> str:
    """Raw pypdf text of one page in the given mode (layout falls back to plain when empty)."""
    return extract_page_with_mode(page, mode)[0]


def iter_pdf_pages(
    reader: PdfReader, *, mode: str = "plain", max_pages: int | None = None, name: str = ""
) -> Iterator[PageText]:
    """Yield normalised page texts one at a time; a page that fails to extract comes back empty."""
    if mode not in PDF_MODES:
        raise ValueError(f"pdf_mode must be one of {PDF_MODES}, not {mode!r}")
    for index, page in enumerate(reader.pages):
        if max_pages is not None and index >= max_pages:
            break
        try:
            text = normalise_text(extract_page(page, mode))
        except LimitReachedError as exc:
            raise TooLarge(
                f"too large: a compressed stream on page {index + 1} expands past pypdf's safety limit "
                f"(a decompression bomb?) ({exc}); the file cannot be read safely: re-export it"
            ) from exc
        except Exception as exc:  # one bad content stream should not lose the whole file
            log.warning("%s: page %d could not be read (%s: %s); kept empty",
                        name or "pdf", index + 1, type(exc).__name__, exc)
            text = ""
        yield PageText(page=index + 1, text=text)


class PdfLoader:
    """pypdf text per page; `mode` is "plain" (default) or "layout" (keeps column spacing)."""

    suffixes: tuple[str, ...] = (".pdf",)

    def __init__(self, mode: str = "plain") -> None:
        if mode not in PDF_MODES:
            raise ValueError(f"pdf_mode must be one of {PDF_MODES}, not {mode!r}")
        self.mode = mode

    def load(self, path: Path, *, max_pages: int | None = None) -> LoadedDocument:
        """Load every page (or the first `max_pages`, for quick previews such as metadata)."""
        return self._load(path, max_pages=max_pages, limits=None)

    def load_limited(self, path: Path, limits: DocLimits) -> LoadedDocument:
        """Load every page; TooLarge as soon as the page count or the text exceeds `limits`."""
        return self._load(path, max_pages=None, limits=limits)

    def _load(self, path: Path, *, max_pages: int | None, limits: DocLimits | None) -> LoadedDocument:
        reader = open_pdf(path)
        if len(reader.pages) == 0:
            raise EmptyDocument("has no pages; nothing to ingest")
        if limits is not None:
            limits.check_pages(len(reader.pages))  # before any page is read
        pages: list[PageText] = []
        chars = 0
        for page_text in iter_pdf_pages(reader, mode=self.mode, max_pages=max_pages, name=path.name):
            pages.append(page_text)
            chars += len(page_text.text)
            if limits is not None:
                limits.check_chars(chars, at_least=True)
        empty = [p.page for p in pages if not p.text.strip()]
        if len(empty) == len(pages):
            raise NoTextLayer(
                "has no text layer (scanned?); run OCR first, e.g. ocrmypdf in.pdf out.pdf, "
                "and ingest the OCR'd copy"
            )
        hints = pdf_hints(reader)
        hints.update(format="pdf", pdf_mode=self.mode, page_count=str(len(reader.pages)))
        if empty:
            hints["empty_pages"] = ",".join(map(str, empty))
        first_text = next(p.text for p in pages if p.text.strip())
        title = choose_title(hints.get("title"), title_from_text(first_text), fallback=path.stem)
        return LoadedDocument(
            source=str(path.resolve()),
            sha256=file_sha256(path),
            title=title,
            pages=pages,
            metadata_hints=hints,
        )
