"""Pure text → markup helpers for the app (no Streamlit here, so they are easy to test).

- `answer_markdown`: the answer with [n] markers as badges (red when verification
  rejected the citation) and numbers that no source supports highlighted.
- `passage_html`: a retrieved passage with the cited quote marked.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from assistant.core.types import Answer, Citation, SearchHit

MARKER = re.compile(r"\[(\s*\d{1,3}(?:\s*(?:[,;]|[-–])\s*\d{1,3})*\s*)\]")
# `$` starts LaTeX in Streamlit markdown, `[`/`]` start links and directives, `~` strikes
# through, `<` would be shown escaped anyway; the rest of Markdown stays usable for LLM prose.
_MD_SPECIAL = re.compile(r"([\\$\[\]~<>`])")
_INVALID_N = re.compile(r"^\s*\[(\d{1,3})\]")


def escape_md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def marker_numbers(inner: str) -> list[int]:
    """'1, 3' → [1, 3]; '2-4' → [2, 3, 4] (bounded, like the verifier)."""
    out: list[int] = []
    for part in re.split(r"[,;]", inner):
        ends = [int(x) for x in re.split(r"[-–]", part) if x.strip()]
        if not ends:
            continue
        lo, hi = ends[0], max(ends[0], min(ends[-1], ends[0] + 20))
        out.extend(n for n in range(lo, hi + 1) if n not in out)
    return out


def invalid_numbers(problems: Iterable[str]) -> set[int]:
    """Footnote numbers named by the verifier's `invalid_citations` messages ('[3] ...')."""
    found: set[int] = set()
    for problem in problems:
        m = _INVALID_N.match(problem)
        if m:
            found.add(int(m.group(1)))
    return found


def _spans(text: str, needles: Sequence[str]) -> list[tuple[int, int]]:
    """Non-overlapping spans of every occurrence of each needle (longest first wins)."""
    taken: list[tuple[int, int]] = []
    for needle in sorted({n for n in needles if n.strip()}, key=len, reverse=True):
        start = 0
        while (k := text.find(needle, start)) >= 0:
            end = k + len(needle)
            if not any(k < e and s < end for s, e in taken):
                taken.append((k, end))
            start = end
    return sorted(taken)


CITE_LINK = "#cite-"  # href prefix of a clickable footnote marker: #cite-<turn key>-<n>


def answer_markdown(answer: Answer, link_key: str | None = None) -> str:
    """The answer as Streamlit markdown with footnote badges and flagged numbers. With
    `link_key`, a marker whose citation exists is a link (#cite-<key>-<n>, styled as a badge)
    that the chat turns into "open this page"."""
    text = answer.answer
    bad = invalid_numbers(answer.checks.invalid_citations)
    known = {c.n for c in answer.citations} | set(range(1, len(answer.retrieved) + 1))
    cited = {c.n: c for c in answer.citations}
    events: list[tuple[int, int, str]] = []
    for m in MARKER.finditer(text):
        badges = []
        for n in marker_numbers(m.group(1)):
            if n in bad or (known and n not in known):
                badges.append(f":red-badge[⚠ {n}]")
            elif link_key and n in cited:
                hover = re.sub(r'["()\[\]\\$]', "", f"Open page {cited[n].page} of {display_title(cited[n].title)}")
                badges.append(f'[{n}]({CITE_LINK}{link_key}-{n} "{hover}")')
            else:
                badges.append(f":blue-badge[{n}]")
        events.append((m.start(), m.end(), "".join(badges)))
    for s, e in _spans(text, answer.checks.ungrounded_numbers):
        if any(s < me and ms < e for ms, me, _ in events):
            continue
        flagged = escape_md(text[s:e])
        events.append((s, e, f":orange-background[{flagged} ⚠]"))
    out: list[str] = []
    pos = 0
    for s, e, markup in sorted(events):
        before = escape_md(text[pos:s])
        if markup.startswith(":orange"):
            out.append(before + markup)
        else:  # one space before a badge, whatever the answer had
            out.append((before.rstrip(" ") + " " if before.strip() else before) + markup)
        pos = e
    out.append(escape_md(text[pos:]))
    return "".join(out).strip()


def _fold(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch).lower()
    return folded.translate(str.maketrans("“”‘’–—‐‑−", "\"\"''-----"))


def find_quote(quote: str, passage: str) -> list[tuple[int, int]]:
    """Spans of `passage` that hold `quote`, ignoring case, whitespace, curly quotes and
    '...' elisions (each elided piece is located in order). Empty when not found."""
    try:  # the verifier's matcher, when present, is the reference for "found"
        from assistant.core.verify import quote_span
    except ImportError:  # pragma: no cover - verify ships with the product
        quote_span = None  # type: ignore[assignment]
    pieces = [p.strip(" .,;:\"'“”") for p in re.split(r"\.\.\.+|…", quote)]
    pieces = [p for p in pieces if p]
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        span = _normalised_find(piece, passage, pos)
        if span is None and quote_span is not None:
            found = quote_span(piece, passage[pos:])
            span = (found[0] + pos, found[1] + pos) if found else None
        if span is None:
            return spans if spans else []
        spans.append(span)
        pos = span[1]
    return spans


def _normalised_find(needle: str, hay: str, start: int = 0) -> tuple[int, int] | None:
    chars: list[str] = []
    index: list[int] = []
    for i in range(start, len(hay)):
        for c in _fold(hay[i]):
            if not c.isspace():
                chars.append(c)
                index.append(i)
    target = "".join(c for ch in needle for c in _fold(ch) if not c.isspace())
    if not target:
        return None
    k = "".join(chars).find(target)
    if k < 0:
        return None
    return index[k], index[k + len(target) - 1] + 1


def passage_html(passage: str, spans: Sequence[tuple[int, int]], *, page: int | None = None) -> str:
    """The passage as escaped HTML with the quote marked (pre-wrap keeps the layout)."""
    parts: list[str] = []
    pos = 0
    for s, e in spans:
        parts.append(html.escape(passage[pos:s]))
        parts.append(f'<mark class="footnote-quote">{html.escape(passage[s:e])}</mark>')
        pos = e
    parts.append(html.escape(passage[pos:]))
    label = f'<div style="opacity:.7;font-size:.85em;margin-bottom:.3em">Page {page}</div>' if page else ""
    body = "".join(parts)
    return (
        f'<div class="footnote-passage">{label}<div style="white-space:pre-wrap;'
        f'line-height:1.5;font-size:.92em">{body}</div></div>'
    )


def passage_for(citation: Citation, answer: Answer) -> SearchHit | None:
    """The retrieved passage a citation points at: by chunk id, else by its number."""
    if citation.chunk_id:
        for hit in answer.retrieved:
            if hit.chunk_id == citation.chunk_id:
                return hit
    if 1 <= citation.n <= len(answer.retrieved):
        hit = answer.retrieved[citation.n - 1]
        if hit.doc_id == citation.doc_id:
            return hit
    return None


def short(text: str, width: int = 110) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


_FILE_NAME = re.compile(r"^[\w.\-]+\.(?:pdf|html?|md|markdown|txt)$", re.I)


def display_title(title: str) -> str:
    """A title that is only a file name ('BESTBUY_2023_10K.pdf') read as words ('BESTBUY 2023 10K')."""
    if not _FILE_NAME.match(title.strip()):
        return title
    stem = title.strip().rsplit(".", 1)[0]
    return re.sub(r"[_\s]+", " ", stem).strip() or title


def footnote_label(citation: Citation) -> str:
    """Expander label: '[n] Title — p. 3 · “quote…”' (markdown-escaped)."""
    title = short(display_title(citation.title), 60)
    return escape_md(f"[{citation.n}] {title} — p. {citation.page} · “{short(citation.quote)}”")


def working_markdown(computation: Any, link_key: str | None = None) -> str:
    """A computed answer's working (the `computation` of the computed-answers work: metric,
    expression over x1, x2, ..., inputs with the footnote of each row), as short Markdown;
    each input's [n] opens its statement page when `link_key` is given."""
    result = float(computation.result) * float(getattr(computation, "factor", 1.0) or 1.0)
    decimals = int(getattr(computation, "decimals", 2))
    lines = [
        f"**Working** · {escape_md(str(computation.metric))}: "
        f"`{str(computation.expression).replace('`', '')}` = {result:,.{decimals}f}"
    ]
    for i, item in enumerate(computation.inputs, 1):
        n = int(item.n)
        ref = f"[{n}]({CITE_LINK}{link_key}-{n})" if link_key else f":blue-badge[{n}]"
        lines.append(f"- x{i} = {escape_md(str(item.name))}: {float(item.value):,g} {ref}")
    return "\n".join(lines)
