"""The cited page itself: page N of a document's original PDF as a PNG with the quoted text
(or table row) highlighted, and a text view with the quote marked for articles and HTML.

Both faces use this module: `footnote show` and the chat's page viewer. PDF pages are
rendered with pypdfium2 (BSD-3-Clause/Apache-2.0), whose text page gives every character's
box; the quote is located in the page's characters with the verifier's matcher (so case,
spacing, curly quotes and hyphenation do not matter), and when the whole quote is not on
the page its lines are tried one by one. A page whose quote cannot be found is still shown,
with `found=False`. Results are cached on disk by document content, page and quote.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.quotes import quote_span

logger = logging.getLogger(__name__)

INSTALL_HINT = "rendering PDF pages needs pypdfium2: pip install 'pypdfium2==5.15.2'"
PDF_SUFFIXES = (".pdf",)
# Bump when the drawing changes, so cached images are redrawn.
_RENDER_VERSION = "2"
_MIN_LINE_CHARS = 6
CACHE_ENTRIES = 400  # rendered pages kept on disk (about 100-300 KB each)
# pdfium's document objects are not thread-safe; Streamlit runs sessions in threads.
_PDFIUM_LOCK = threading.Lock()


class PageRenderError(RuntimeError):
    """The page cannot be rendered; the message says what the user can do."""


@dataclass
class PageImage:
    """A rendered page: where its PNG is and what was highlighted on it."""

    path: Path
    page: int
    pages: int
    width: int
    height: int
    found: bool = False
    partial: bool = False
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    seconds: float = 0.0
    cached: bool = False
    focus_path: Path | None = None  # the highlighted part of the page, cropped (readable in a narrow column)


def is_pdf(source: str | Path) -> bool:
    return Path(source).suffix.lower() in PDF_SUFFIXES


def _pdfium() -> Any:
    try:
        import pypdfium2
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise PageRenderError(INSTALL_HINT) from exc
    return pypdfium2


def _cache_key(source: Path, page: int, highlight: str | None, scale: float) -> str:
    stat = source.stat()
    raw = json.dumps(
        [_RENDER_VERSION, str(source.resolve()), stat.st_size, stat.st_mtime_ns, page, highlight or "", scale]
    )
    return hashlib.sha256(raw.encode()).hexdigest()[:24]


def render_pdf_page(
    source: str | Path,
    page: int,
    *,
    highlight: str | None = None,
    cache_dir: str | Path | None = None,
    scale: float = 1.5,
) -> PageImage:
    """Render 1-based `page` of the PDF at `source` to PNG, with `highlight` marked.

    Raises PageRenderError (with what to do) for a missing file, a page out of range,
    or a file pdfium cannot open. Cached under `cache_dir` when given.
    """
    started = time.perf_counter()
    path = Path(source)
    if not path.is_file():
        raise PageRenderError(f"the original file is no longer at {path}; re-ingest it to see its pages")
    if not is_pdf(path):
        raise PageRenderError(f"{path.name} is not a PDF; its text view shows the quote instead")
    cache = Path(cache_dir) if cache_dir else Path(tempfile.gettempdir()) / "footnote-pages"
    key = _cache_key(path, page, highlight, scale)
    cached = _from_cache(cache, key)
    if cached is None:
        with _PDFIUM_LOCK:  # one render at a time; a page rendered meanwhile is not redone
            cached = _from_cache(cache, key)
            if cached is None:
                result = _store(cache, key, *_render(_pdfium(), path, page, highlight, scale))
                result.seconds = time.perf_counter() - started
                return result
    cached.seconds = time.perf_counter() - started
    return cached


def _from_cache(cache: Path, key: str) -> PageImage | None:
    meta = cache / f"{key}.json"
    png = cache / f"{key}.png"
    if not (meta.is_file() and png.is_file()):
        return None
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        focus = cache / f"{key}-focus.png"
        data.update(path=png, focus_path=focus if focus.is_file() else None, cached=True)
        data["boxes"] = [tuple(b) for b in data.get("boxes", [])]
        return PageImage(**data)
    except (OSError, ValueError, TypeError) as exc:
        logger.warning("ignoring a broken page cache entry %s: %s", meta, exc)
        return None


def _render(pdfium: Any, path: Path, page: int, highlight: str | None, scale: float) -> tuple[Any, Any, dict[str, Any]]:
    """(page image, crop rectangle of the highlight or None, PageImage fields)."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception as exc:  # pdfium raises PdfiumError for damaged files
        raise PageRenderError(f"{path.name} cannot be opened as a PDF ({exc})") from exc
    try:
        total = len(pdf)
        if not 1 <= page <= total:
            raise PageRenderError(f"{path.name} has {total} page(s); page {page} does not exist")
        pdf_page = pdf[page - 1]
        try:
            boxes, found, partial = _highlight_boxes(pdf_page, highlight) if highlight else ([], False, False)
            image = pdf_page.render(scale=scale, rev_byteorder=True).to_pil()
            left, _bottom, _right, top = pdf_page.get_bbox()
        finally:
            pdf_page.close()
    finally:
        pdf.close()
    image = _draw(image, boxes, scale=scale, left=left, top=top)
    crop = _focus_rect(boxes, scale=scale, left=left, top=top, size=image.size)
    fields = {"page": page, "pages": total, "width": image.width, "height": image.height,
              "found": found, "partial": partial, "boxes": boxes}
    return image, crop, fields


def _save_png(image: Any, target: Path) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    image.save(tmp, format="PNG", compress_level=1)
    os.replace(tmp, target)  # a reader never sees half a file


def _store(cache: Path, key: str, image: Any, crop: Any, fields: dict[str, Any]) -> PageImage:
    cache.mkdir(parents=True, exist_ok=True)
    _prune(cache)
    png = cache / f"{key}.png"
    _save_png(image, png)
    focus_png = None
    if crop is not None:
        focus_png = cache / f"{key}-focus.png"
        _save_png(image.crop(crop), focus_png)
    # The metadata last: it is what marks the entry complete.
    meta = cache / f"{key}.json"
    tmp = meta.with_name(f".{meta.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(fields), encoding="utf-8")
    os.replace(tmp, meta)
    return PageImage(path=png, focus_path=focus_png, **fields)


def _prune(cache: Path, keep: int | None = None) -> None:
    """Keep the cache to about `keep` pages: the least recently written go first."""
    keep = CACHE_ENTRIES if keep is None else keep
    try:
        metas = sorted(cache.glob("*.json"), key=lambda p: p.stat().st_mtime)
    except OSError:
        return
    for meta in metas[: max(0, len(metas) - keep + 1)]:
        stem = meta.stem
        for victim in (meta, cache / f"{stem}.png", cache / f"{stem}-focus.png"):
            victim.unlink(missing_ok=True)


def _page_chars(text_page: Any) -> str:
    """The page's characters, one per pdfium char index (so offsets are char indices)."""
    pdfium_c = _pdfium().raw
    n = text_page.count_chars()
    return "".join(chr(pdfium_c.FPDFText_GetUnicode(text_page.raw, i) or 32) for i in range(n))


def _quote_lines(quote: str) -> list[str]:
    lines = [line.strip() for line in quote.replace("…", "\n").replace("...", "\n").splitlines()]
    return [line for line in lines if len("".join(line.split())) >= _MIN_LINE_CHARS]


def find_on_page(chars: str, quote: str) -> tuple[list[tuple[int, int]], bool, bool]:
    """Character spans of `quote` in the page text `chars`: (spans, found, partial).

    The whole quote first; else each of its lines (a table row quoted with its heading,
    or a passage that runs onto the next page); `partial` when only some lines matched."""
    whole = quote_span(quote, chars)
    if whole is not None:
        return [whole], True, False
    lines = _quote_lines(quote)
    spans = [s for s in (quote_span(line, chars) for line in lines) if s is not None]
    if not spans:
        return [], False, False
    return sorted(spans), True, len(spans) < len(lines)


def _highlight_boxes(pdf_page: Any, quote: str) -> tuple[list[tuple[float, float, float, float]], bool, bool]:
    text_page = pdf_page.get_textpage()
    try:
        chars = _page_chars(text_page)
        spans, found, partial = find_on_page(chars, quote)
        boxes: list[tuple[float, float, float, float]] = []
        for start, end in spans:
            boxes.extend(_line_boxes(text_page, chars, start, end))
        return boxes, found, partial
    finally:
        text_page.close()


def _line_boxes(text_page: Any, chars: str, start: int, end: int) -> list[tuple[float, float, float, float]]:
    """One (left, bottom, right, top) box per text line of chars[start:end], in PDF points."""
    lines: list[list[float]] = []
    for i in range(start, end):
        if chars[i].isspace():
            continue
        left, bottom, right, top = text_page.get_charbox(i)
        if right <= left or top <= bottom:
            continue
        last = lines[-1] if lines else None
        # Same line: vertical overlap with the line so far.
        if last is not None and bottom < last[3] and top > last[1] and left >= last[0] - 2:
            last[0], last[1] = min(last[0], left), min(last[1], bottom)
            last[2], last[3] = max(last[2], right), max(last[3], top)
        else:
            lines.append([left, bottom, right, top])
    return [(a, b, c, d) for a, b, c, d in lines]


def _draw(image: Any, boxes: list[tuple[float, float, float, float]], *, scale: float, left: float, top: float) -> Any:
    from PIL import Image, ImageDraw

    if not boxes:
        return image.convert("RGB")
    base = image.convert("RGBA")
    overlay = Image.new("RGBA", base.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    pad = 2 * scale
    for x0, y0, x1, y1 in boxes:
        rect = ((x0 - left) * scale - pad, (top - y1) * scale - pad, (x1 - left) * scale + pad, (top - y0) * scale + pad)
        draw.rectangle(rect, fill=(255, 214, 0, 110), outline=(230, 120, 0, 255), width=max(1, round(scale)))
    return Image.alpha_composite(base, overlay).convert("RGB")


def _focus_rect(
    boxes: list[tuple[float, float, float, float]], *, scale: float, left: float, top: float, size: tuple[int, int],
    margin_pt: float = 80, min_width_pt: float = 360,
) -> tuple[int, int, int, int] | None:
    """Pixel rectangle around the highlight: its lines with some context above and below,
    at least `min_width_pt` wide, within the page."""
    if not boxes:
        return None
    x0 = min(b[0] for b in boxes) - 24
    x1 = max(b[2] for b in boxes) + 24
    if x1 - x0 < min_width_pt:
        grow = (min_width_pt - (x1 - x0)) / 2
        x0, x1 = x0 - grow, x1 + grow
    y_top = max(b[3] for b in boxes) + margin_pt
    y_bottom = min(b[1] for b in boxes) - margin_pt
    width, height = size
    px0 = max(0, int((x0 - left) * scale))
    px1 = min(width, int((x1 - left) * scale))
    py0 = max(0, int((top - y_top) * scale))
    py1 = min(height, int((top - y_bottom) * scale))
    if px1 - px0 < 10 or py1 - py0 < 10:
        return None
    return px0, py0, px1, py1


@dataclass
class TextView:
    """A text document's passage around the quote, as HTML with the quote marked."""

    html: str
    found: bool
    spans: list[tuple[int, int]] = field(default_factory=list)


_LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d+[.)])\s")


def reflow(text: str) -> str:
    """Hard-wrapped prose re-joined (a line break inside a paragraph becomes a space), the same
    length as `text` so offsets stay valid. Blank lines, list items and table-like lines (runs
    of spaces) keep their breaks."""
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if i == len(lines) - 1:
            break
        nxt = lines[i + 1]
        join = (
            len(line.strip()) > 40 and nxt.strip() and not _LIST_ITEM.match(nxt)
            and "  " not in line.strip() and "  " not in nxt.strip()
        )
        out.append(" " if join else "\n")
    return "".join(out)


def text_view(text: str, quote: str | None, *, context: int = 1200, title: str | None = None) -> TextView:
    """The part of `text` around `quote` (±`context` characters) as escaped HTML, quote marked."""
    text = reflow(text)
    spans: list[tuple[int, int]] = []
    if quote:
        whole = quote_span(quote, text)
        if whole is not None:
            spans = [whole]
        else:
            spans = sorted(s for s in (quote_span(line, text) for line in _quote_lines(quote)) if s is not None)
    if spans:
        lo = max(0, spans[0][0] - context // 3)  # little above: the quote shows without scrolling
        hi = min(len(text), spans[-1][1] + context)
    else:
        lo, hi = 0, min(len(text), 2 * context)
    parts = ["…" if lo > 0 else ""]
    pos = lo
    for s, e in spans:
        parts.append(html.escape(text[pos:s]))
        parts.append(f'<mark class="footnote-quote">{html.escape(text[s:e])}</mark>')
        pos = e
    parts.append(html.escape(text[pos:hi]))
    parts.append("…" if hi < len(text) else "")
    heading = f'<div style="font-weight:600;margin-bottom:.4em">{html.escape(title)}</div>' if title else ""
    body = (
        f'<div class="footnote-textview">{heading}<div style="white-space:pre-wrap;line-height:1.5;'
        f'font-size:.92em;max-height:70vh;overflow:auto">{"".join(parts)}</div></div>'
    )
    return TextView(html=body, found=bool(spans), spans=spans)
