"""The cited page as the faces show it (shared by `footnote show` and the chat's page viewer).

A PDF page becomes an image with the quote highlighted (`assistant.core.pages`); any other
document (article, HTML, Markdown, text) becomes a text view of the page with the quote
marked, read from the original file through the ingest loaders (so it is the same text the
library quoted from). Belongs to the faces layer: it may import ingest, the core may not.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.core.pages import (
    PageImage,
    PageRenderError,
    TextView,
    is_pdf,
    render_pdf_page,
    text_view,
)
from assistant.core.settings import Settings

logger = logging.getLogger(__name__)


@dataclass
class CitedPage:
    """What to show for one citation: a page image, a text view, or why neither can be."""

    source: str
    page: int
    image: PageImage | None = None
    text: TextView | None = None
    error: str | None = None
    seconds: float = 0.0

    @property
    def found(self) -> bool:
        if self.image is not None:
            return self.image.found
        return self.text is not None and self.text.found


def page_cache_dir(settings: Settings) -> Path:
    """Where rendered pages are kept: <home>/cache/pages (safe to delete)."""
    return settings.home / "cache" / "pages"


@lru_cache(maxsize=32)
def _page_texts(source: str, size: int, mtime_ns: int) -> tuple[str, ...]:
    from ingest.loaders import load_file

    loaded = load_file(Path(source))
    return tuple(p.text for p in loaded.pages)


def page_text(source: str | Path, page: int) -> str:
    """The text of 1-based `page` of a non-PDF original, as ingest read it."""
    path = Path(source)
    if not path.is_file():
        raise PageRenderError(f"the original file is no longer at {path}; re-ingest it to see its text")
    stat = path.stat()
    try:
        pages = _page_texts(str(path), stat.st_size, stat.st_mtime_ns)
    except Exception as exc:  # an IngestError names the reason
        raise PageRenderError(f"{path.name} cannot be read ({exc})") from exc
    if not 1 <= page <= len(pages):
        raise PageRenderError(f"{path.name} has {len(pages)} page(s); page {page} does not exist")
    return pages[page - 1]


def cited_page(
    source: str | Path,
    page: int,
    quote: str | None,
    settings: Settings,
    *,
    title: str | None = None,
    fallback_text: str | None = None,
) -> CitedPage:
    """The page a citation points at, ready to show; never raises for a missing or bad file
    (the error is returned, with `fallback_text`, e.g. the stored passage, as the text view)."""
    started = time.perf_counter()
    result = CitedPage(source=str(source), page=page)
    try:
        if is_pdf(source):
            result.image = render_pdf_page(
                source, page, highlight=quote, cache_dir=page_cache_dir(settings), scale=settings.page_scale
            )
        else:
            result.text = text_view(page_text(source, page), quote, title=title)
    except PageRenderError as exc:
        result.error = str(exc)
        if fallback_text:
            result.text = text_view(fallback_text, quote, title=title)
    except Exception as exc:  # pdfium or a loader failing in an unexpected way
        logger.exception("showing page %s of %s failed", page, source)
        result.error = f"the page cannot be shown ({exc.__class__.__name__}: {exc})"
        if fallback_text:
            result.text = text_view(fallback_text, quote, title=title)
    result.seconds = time.perf_counter() - started
    return result
