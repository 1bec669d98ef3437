"""Token-aware, page-aware, table-aware chunking.

- Sizes are counted with tiktoken (cl100k_base); the embedder's own word-piece
  count of header + text is then checked against its hard limit, and a chunk
  that would be cut by the model is split again, so nothing is silently lost.
- A chunk never crosses a page: every citation names exactly one page.
- A table row is never split; a chunk cut from a table starts with its header.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.core.sentences import sentence_end, sentences_of
from assistant.core.store.base import chunk_id
from assistant.core.tokens import count_tokens
from assistant.core.types import Chunk, LoadedDocument
from ingest.structure import (
    STATEMENT_TITLES,
    Block,
    boilerplate_kind,
    doc_heading,
    is_forward_looking,
    is_heading,
    repair_split_words,
    split_blocks,
    statement_kind,
)

logger = logging.getLogger(__name__)

_SENTENCE = sentence_end(r"A-Z0-9\"'(“")


@dataclass(frozen=True)
class ChunkContext:
    """What the header line says about the document."""

    doc_id: str
    sha256: str
    title: str
    company: str | None = None
    period: str | None = None
    doc_type: str | None = None


_GENERIC_TITLE = re.compile(
    r"(?:united\s+states\s+)?securities\s+and\s+exchange\s+commission|form\s+(?:10-?[kq]|8-?k|20-?f)"
    r"|(?:annual|quarterly)\s+report",
    re.I,
)


def _header(ctx: ChunkContext, page: int, n_pages: int, section: str | None) -> str:
    # A cover line such as "UNITED STATES SECURITIES AND EXCHANGE COMMISSION" says nothing.
    generic = _GENERIC_TITLE.fullmatch(ctx.title.strip()) is not None and bool(ctx.company)
    shown = "" if generic else ctx.title
    parts = [shown] if shown else []
    if ctx.company and ctx.company.lower() not in shown.lower():
        parts.append(ctx.company)
    for value in (ctx.period, ctx.doc_type):
        if value and value.lower() not in shown.lower():
            parts.append(value)
    if n_pages > 1:
        parts.append(f"page {page}")
    if section:
        parts.append(section)
    return " | ".join(parts)


def _cut_long_word(word: str, budget: int) -> list[str]:
    """A "word" over budget (a base64 blob, a run of symbols) in pieces that fit, in linear time.

    Words of at most `budget` characters pass as they are (the model-limit check catches
    the rare one of exotic characters that is still too long).
    """
    if len(word) <= budget:
        return [word]
    size = max(1, budget * 2)
    out: list[str] = []
    for start in range(0, len(word), size):
        stack = [word[start : start + size]]
        while stack:
            piece = stack.pop()
            if len(piece) > 1 and count_tokens(piece) > budget:
                half = len(piece) // 2
                stack += [piece[half:], piece[:half]]
            else:
                out.append(piece)
    return out


def _split_long_line(line: str, budget: int) -> list[str]:
    """Last resort for a single line over budget (not a real table row): cut at words.

    Each piece is the longest run of words that fits (a lone word over budget stands
    alone). Per-word counts guess where a piece ends and exact counts settle it, so a
    long line costs a few counts per piece rather than one per word.
    """
    words = [piece for w in line.split() for piece in _cut_long_word(w, budget)]
    guess = [count_tokens(" " + w) for w in words]
    out: list[str] = []
    start = 0
    while start < len(words):
        end, total = start + 1, guess[start]
        while end < len(words) and total + guess[end] <= budget:
            total += guess[end]
            end += 1
        while end < len(words) and count_tokens(" ".join(words[start : end + 1])) <= budget:
            end += 1
        while end - start > 1 and count_tokens(" ".join(words[start:end])) > budget:
            end -= 1
        out.append(" ".join(words[start:end]))
        start = end
    return out


def _pack_table(block: Block, budget: int) -> list[str]:
    """Rows stay whole; every piece starts with the table's header lines."""
    header_tokens = count_tokens("\n".join(block.header)) + 1 if block.header else 0
    room = max(16, budget - header_tokens)
    pieces: list[str] = []
    rows: list[str] = []
    rows_tokens = 0

    def flush() -> None:
        nonlocal rows, rows_tokens
        if rows:
            pieces.append("\n".join([*block.header, *rows]))
        rows, rows_tokens = [], 0

    for line in block.lines:
        tokens = count_tokens(line) + 1
        if tokens > room:
            flush()
            for part in _split_long_line(line, room):
                pieces.append("\n".join([*block.header, part]))
            continue
        if rows and rows_tokens + tokens > room:
            flush()
        rows.append(line)
        rows_tokens += tokens
    flush()
    return pieces


def _sentences(text: str) -> list[str]:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    out: list[str] = []
    for para in paragraphs:
        joined = re.sub(r"\s*\n\s*", " ", para)
        out.extend(sentences_of(joined, _SENTENCE))
    return out


def _pack_prose(text: str, budget: int, overlap: int) -> list[str]:
    sentences = _sentences(text)
    pieces: list[str] = []
    current: list[tuple[str, int]] = []
    total = 0
    for sentence in sentences:
        tokens = count_tokens(sentence) + 1
        if tokens > budget:
            if current:
                pieces.append(" ".join(s for s, _ in current))
                current, total = [], 0
            pieces.extend(_split_long_line(sentence, budget))
            continue
        if current and total + tokens > budget:
            pieces.append(" ".join(s for s, _ in current))
            # Carry the last sentences forward so a claim split across chunks stays findable.
            carried: list[tuple[str, int]] = []
            carried_tokens = 0
            for s, t in reversed(current):
                if carried_tokens + t > overlap:
                    break
                carried.insert(0, (s, t))
                carried_tokens += t
            current, total = carried, carried_tokens
        current.append((sentence, tokens))
        total += tokens
    if current:
        piece = " ".join(s for s, _ in current)
        if not pieces or piece not in pieces[-1]:
            pieces.append(piece)
    return pieces


@dataclass
class _Draft:
    page: int
    text: str
    kind: str
    section: str | None


def _section_label(doc_section: str | None, local: str | None) -> str | None:
    if doc_section and local and local.lower() not in doc_section.lower():
        return f"{doc_section} › {local[:60]}"
    return doc_section or (local[:60] if local else None)


def _prose_runs(lines: list[str]) -> list[tuple[str | None, str | None, list[str]]]:
    """Cut a prose block at its headings: (document heading, local heading, lines) runs."""
    runs: list[tuple[str | None, str | None, list[str]]] = []
    doc_h: str | None = None
    local: str | None = None
    current: list[str] = []
    for line in lines:
        found = doc_heading(line.strip()) if line.strip() else None
        heading = found or (line.strip() if line.strip() and is_heading(line) else None)
        if heading and any(ln.strip() for ln in current):
            runs.append((doc_h, local, current))
            current = []
        if found:
            doc_h, local = found, None
        elif heading:
            local = heading
        current.append(line)
    if any(ln.strip() for ln in current):
        runs.append((doc_h, local, current))
    return runs


def chunk_document(
    doc: LoadedDocument,
    ctx: ChunkContext,
    *,
    chunk_tokens: int = 180,
    overlap_tokens: int = 30,
    max_model_tokens: int = 256,
    model_token_counter: Callable[[list[str]], list[int]] | None = None,
) -> list[Chunk]:
    """Cut a loaded document into chunks that fit the embedding model.

    Every chunk knows its page's role (a statement, boilerplate, a 10-K's attached
    exhibits) and the section it sits in ("Note 9. Fair Value ... › Derivatives"),
    carried across pages, so search can use both.
    """
    n_pages = len(doc.pages)
    periodic = (ctx.doc_type or "").upper() in ("10-K", "10-Q")
    drafts: list[_Draft] = []
    doc_section: str | None = None  # the "Item 7." / "Note 9." heading in effect
    after_signatures = False
    for page in doc.pages:
        text = repair_split_words(page.text).strip()
        if not text:
            continue
        statement = statement_kind(text)
        boiler = boilerplate_kind(text)
        if statement:
            page_kind = statement
        elif boiler:
            page_kind = "boilerplate"
        elif after_signatures:
            page_kind = "exhibit"  # what a 10-K/10-Q attaches after its signatures: plans, indentures
        else:
            page_kind = ""
        if periodic and boiler == "signatures":
            after_signatures = True
        local: str | None = STATEMENT_TITLES.get(statement) if statement else None
        for block in split_blocks(text):
            if block.kind == "table":
                kind = page_kind or "table"
                for piece in _pack_table(block, chunk_tokens):
                    drafts.append(_Draft(page.page, piece, kind, _section_label(doc_section, local)))
                    if not statement:  # a sub-heading between rows names the rows after it
                        subs = [ln.strip() for ln in piece.splitlines()[len(block.header):] if is_heading(ln)]
                        local = subs[-1] if subs else local
                continue
            for found_doc, found_local, run in _prose_runs(block.lines):
                if found_doc:
                    doc_section, local = found_doc, None
                if found_local and not statement:
                    local = found_local
                section = _section_label(doc_section, local)
                for piece in _pack_prose("\n".join(run), chunk_tokens, overlap_tokens):
                    kind = page_kind or ("boilerplate" if is_forward_looking(piece) else "text")
                    drafts.append(_Draft(page.page, piece, kind, section))
    drafts = _merge_small(drafts, chunk_tokens)
    chunks = [
        Chunk(
            chunk_id="",
            doc_id=ctx.doc_id,
            index=0,
            page_start=d.page,
            page_end=d.page,
            text=d.text,
            header=_header(ctx, d.page, n_pages, d.section),
            kind=d.kind,
            section=d.section,
        )
        for d in drafts
    ]
    if model_token_counter is not None:
        chunks = fit_model_limit(chunks, model_token_counter, max_model_tokens)[0]
    for i, chunk in enumerate(chunks):
        chunk.index = i
        chunk.chunk_id = chunk_id(ctx.doc_id, ctx.sha256, i)
    return chunks


_CONTENT_KINDS = ("text", "boilerplate")


def _merge_small(drafts: list[_Draft], budget: int) -> list[_Draft]:
    """Join tiny neighbours on the same page (a heading alone is a poor chunk)."""
    out: list[_Draft] = []
    for draft in drafts:
        if out:
            prev = out[-1]
            a, b = count_tokens(prev.text), count_tokens(draft.text)
            if prev.page == draft.page and (a < budget // 4 or b < budget // 4) and a + b + 1 <= budget:
                kind = prev.kind if prev.kind not in _CONTENT_KINDS else draft.kind
                # A lone heading names what follows it; otherwise keep the first passage's section.
                section = draft.section if a < budget // 8 and draft.section else prev.section or draft.section
                out[-1] = _Draft(prev.page, f"{prev.text}\n{draft.text}", kind, section)
                continue
        out.append(draft)
    return out


def fit_model_limit(
    chunks: list[Chunk], counter: Callable[[list[str]], list[int]], limit: int
) -> tuple[list[Chunk], list[int]]:
    """Split any chunk whose header + text would exceed the model's word-piece limit.

    Returns the chunks and their word-piece counts (ingest sorts batches by them).
    """
    pending = list(chunks)
    for _ in range(8):
        counts = counter([c.embed_text for c in pending])
        over = [i for i, n in enumerate(counts) if n > limit]
        if not over:
            return pending, counts
        logger.debug("%d chunks over the %d word-piece limit; splitting", len(over), limit)
        result: list[Chunk] = []
        over_set = set(over)
        for i, chunk in enumerate(pending):
            if i not in over_set:
                result.append(chunk)
                continue
            result.extend(_halve(chunk))
        pending = result
    counts = counter([c.embed_text for c in pending])
    worst = max(counts) if counts else 0
    if worst > limit:
        raise ValueError(f"could not fit chunks within {limit} word pieces (worst {worst})")
    return pending, counts


def _halve(chunk: Chunk) -> Sequence[Chunk]:
    lines = chunk.text.split("\n")
    if len(lines) >= 2:
        mid = len(lines) // 2
        parts = ["\n".join(lines[:mid]), "\n".join(lines[mid:])]
    else:
        words = chunk.text.split(" ")
        if len(words) < 2:
            # A single enormous token run: cut characters.
            half = len(chunk.text) // 2
            parts = [chunk.text[:half], chunk.text[half:]]
        else:
            mid = len(words) // 2
            parts = [" ".join(words[:mid]), " ".join(words[mid:])]
    return [chunk.model_copy(update={"text": p}) for p in parts if p.strip()]


def text_fingerprint(text: str) -> str:
    """Whitespace- and case-insensitive hash used to drop near-duplicate chunks."""
    norm = re.sub(r"\W+", " ", text.lower()).strip()
    return hashlib.sha1(norm.encode()).hexdigest()[:16]
