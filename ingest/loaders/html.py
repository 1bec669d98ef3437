"""HTML loader: the main text of a page, without navigation and other site furniture."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from assistant.core.types import LoadedDocument, PageText
from ingest.errors import EmptyDocument, IngestError
from ingest.loaders.base import (
    bytes_sha256,
    choose_title,
    decode_text,
    normalise_text,
    title_from_text,
)

# Elements that never hold the article text.
_DROP_TAGS = {
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "nav", "aside", "form", "button", "select", "textarea", "input", "dialog", "video", "audio",
    "footer", "head",
}
# class/id words that mark navigation, promotion and social widgets (matched as whole words).
_NAVISH_WORDS = frozenset(
    ["nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "sidebar", "footer", "masthead", "topbar", "cookie", "cookies", "consent", "share", "sharing", "social", "subscribe", "subscription", "newsletter", "signup", "related", "recommended", "trending", "comments", "comment", "advert", "advertisement", "ads", "ad", "sponsored", "promo", "popup", "modal", "toolbar", "pagination", "pager", "skip", "sitemap"]
)
_NAVISH_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu",
                           "menubar", "dialog"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that start a new line; the rest are inline and run together.
_BLOCKS = frozenset(
    ["p", "div", "section", "article", "main", "header", "address", "blockquote", "ul", "ol", "dl", "dt", "dd", "li", "figure", "figcaption", "details", "summary", "hr", "center", "body", "html"]
) | _HEADINGS
_PARAGRAPHS = frozenset({"p", "blockquote", "ul", "ol", "dl", "figure", "section", "article"}) | _HEADINGS
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_META_HINTS = {
    "description": "description", "og:description": "description", "og:title": "og_title",
    "og:site_name": "site", "author": "author", "article:author": "author",
    "article:published_time": "published", "date": "published", "pubdate": "published",
    "keywords": "keywords", "news_keywords": "keywords",
}


def _words(value: Any) -> set[str]:
    text = " ".join(value) if isinstance(value, list) else str(value or "")
    return set(re.split(r"[^a-z0-9]+", text.lower())) - {""}


def _is_furniture(tag: Any) -> bool:
    attrs = tag.attrs or {}
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if _HIDDEN_STYLE.search(str(attrs.get("style", ""))):
        return True
    if str(attrs.get("role", "")).lower() in _NAVISH_ROLES:
        return True
    if tag.name in {"body", "html", "main", "article"}:
        return False
    return bool((_words(attrs.get("class")) | _words(attrs.get("id"))) & _NAVISH_WORDS)


def _cell_text(cell: Any) -> str:
    return " ".join(cell.get_text(" ").split())


def _enclosing_table(node: Any) -> Any:
    parent = node.parent
    while parent is not None and parent.name != "table":
        parent = parent.parent
    return parent


def table_lines(table: Any) -> list[str]:
    """One line per row, cells joined by " | "; lone "$" and ")" cells rejoin their number."""
    lines: list[str] = []
    caption = table.find("caption")
    if caption is not None and _cell_text(caption):
        lines.append(_cell_text(caption))
    for row in table.find_all("tr"):
        if _enclosing_table(row) is not table:
            continue  # rows of a nested table are read as that cell's text
        cells: list[str] = []
        for raw in (_cell_text(c) for c in row.children if getattr(c, "name", None) in {"td", "th"}):
            if not raw:
                continue
            if (cells and cells[-1] in {"$", "€", "£", "¥"}) or (cells and raw in {")", "%", ")%", "%)"}):
                cells[-1] += raw
            else:
                cells.append(raw)
        if cells:
            lines.append(" | ".join(cells))
    return lines


def html_to_text(root: Any) -> str:
    """Walk the tree and emit lines: blocks and <br> break lines, headings stand alone."""
    from bs4 import NavigableString, Tag
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    lines: list[str] = []
    buf: list[str] = []

    def flush(blank: bool = False) -> None:
        text = " ".join("".join(buf).split())
        buf.clear()
        if text:
            lines.append(text)
        if blank:
            lines.append("")

    # Iterative walk: real-world HTML can nest deeper than Python's recursion limit.
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            flush(blank=node.name in _PARAGRAPHS)
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, Comment | Declaration | Doctype | ProcessingInstruction):
                buf.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name == "br":
            flush()
        elif name == "table":
            flush()
            lines.extend(table_lines(node))
            lines.append("")
        elif name == "pre":
            flush()
            lines.extend(node.get_text().splitlines())
            lines.append("")
        else:
            if name in _BLOCKS:
                flush(blank=name in _HEADINGS)
                if name == "li":
                    buf.append("- ")
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(list(node.children)))
    flush()
    return normalise_text("\n".join(lines))


def _head_hints(soup: Any) -> dict[str, str]:
    hints: dict[str, str] = {"format": "html"}
    if soup.title is not None and soup.title.get_text(strip=True):
        hints["title"] = " ".join(soup.title.get_text().split())
    for meta in soup.find_all("meta"):
        key = str(meta.get("property") or meta.get("name") or "").lower()
        content = " ".join(str(meta.get("content") or "").split())
        if key in _META_HINTS and content:
            hints.setdefault(_META_HINTS[key], content)
    return hints


def _main_content(soup: Any) -> Any:
    """Prefer the largest <article>, else <main>, when it holds a fair share of the page text."""
    body = soup.body or soup
    total = len(body.get_text(" ", strip=True)) or 1
    for candidates in (soup.find_all("article"), soup.find_all("main") + soup.find_all(role="main")):
        if candidates:
            best = max(candidates, key=lambda t: len(t.get_text(" ", strip=True)))
            if len(best.get_text(" ", strip=True)) >= 0.25 * total:
                return best
    return body


class HtmlLoader:
    """Main text of an HTML page as one page; table rows as "cell | cell" lines."""

    suffixes: tuple[str, ...] = (".html", ".htm")

    def load(self, path: Path) -> LoadedDocument:
        try:
            from bs4 import BeautifulSoup
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise IngestError("HTML support needs beautifulsoup4: pip install beautifulsoup4 lxml") from exc
        data = path.read_bytes()
        declared = _CHARSET_RE.search(data[:4096])
        text = decode_text(data, name=path.name,
                           declared=declared.group(1).decode("ascii") if declared else None)
        try:
            soup = BeautifulSoup(text, "lxml")
        except Exception:  # lxml missing: the stdlib parser is slower but fine
            soup = BeautifulSoup(text, "html.parser")
        hints = _head_hints(soup)
        # A page-level <header> is site chrome; an article's own <header> holds its headline.
        doomed = [
            tag for tag in soup.find_all(True)
            if tag.name in _DROP_TAGS or _is_furniture(tag)
            or (tag.name == "header" and tag.find_parent(["article", "main"]) is None)
        ]
        for tag in doomed:
            # Not `tag.decomposed`: it reads `_decomposed`, which bs4 resolves on a live Tag as a
            # search of its subtree (quadratic on big filings).
            if not tag.__dict__.get("_decomposed"):
                tag.decompose()
        root = _main_content(soup)
        body_text = html_to_text(root)
        if not body_text.strip():
            raise EmptyDocument("has no readable text once navigation and scripts are removed")
        h1 = root.find("h1") or soup.find("h1")
        heading = " ".join(h1.get_text(" ").split()) if h1 is not None else None
        title = choose_title(heading, hints.get("og_title"), hints.get("title"),
                             title_from_text(body_text), fallback=path.stem)
        return LoadedDocument(
            source=str(path.resolve()),
            sha256=bytes_sha256(data),
            title=title,
            pages=[PageText(page=1, text=body_text)],
            metadata_hints=hints,
        )
