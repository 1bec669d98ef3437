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

from assistant.tokens import count_tokens
from assistant.types import Chunk, LoadedDocument
from ingest.structure import STATEMENT_TITLES, Block, is_boilerplate, split_blocks, statement_kind

logger = logging.getLogger(__name__)

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(“])")


@dataclass(frozen=True)
class ChunkContext:
    """What the header line says about the document."""

    doc_id: str
    sha256: str
    title: str
    company: str | None = None
    period: str | None = None
    doc_type: str | None = None


def chunk_id(doc_id: str, sha256: str, index: int) -> str:
    # The content hash is part of the id: a changed file's chunks never collide with the old ones.
    return f"{doc_id}:{sha256[:12]}:{index:05d}"


def _header(ctx: ChunkContext, page: int, n_pages: int, section: str | None) -> str:
    parts = [ctx.title]
    if ctx.company and ctx.company.lower() not in ctx.title.lower():
        parts.append(ctx.company)
    for value in (ctx.period, ctx.doc_type):
        if value and value.lower() not in ctx.title.lower():
            parts.append(value)
    if n_pages > 1:
        parts.append(f"page {page}")
    if section:
        parts.append(section)
    return " | ".join(parts)


def _split_long_line(line: str, budget: int) -> list[str]:
    """Last resort for a single line over budget (not a real table row): cut at words."""
    words = line.split()
    out: list[str] = []
    current: list[str] = []
    for word in words:
        current.append(word)
        if count_tokens(" ".join(current)) > budget and len(current) > 1:
            current.pop()
            out.append(" ".join(current))
            current = [word]
    if current:
        out.append(" ".join(current))
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
        out.extend(s.strip() for s in _SENTENCE.split(joined) if s.strip())
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


def chunk_document(
    doc: LoadedDocument,
    ctx: ChunkContext,
    *,
    chunk_tokens: int = 180,
    overlap_tokens: int = 30,
    max_model_tokens: int = 256,
    model_token_counter: Callable[[list[str]], list[int]] | None = None,
) -> list[Chunk]:
    """Cut a loaded document into chunks that fit the embedding model."""
    n_pages = len(doc.pages)
    drafts: list[tuple[int, str, str, str | None]] = []  # page, text, kind, section
    for page in doc.pages:
        text = page.text.strip()
        if not text:
            continue
        statement = statement_kind(text)
        boiler = is_boilerplate(text)
        section = STATEMENT_TITLES.get(statement) if statement else None
        for block in split_blocks(text):
            if block.kind == "table":
                kind = statement or "table"
                for piece in _pack_table(block, chunk_tokens):
                    drafts.append((page.page, piece, kind, section))
            else:
                kind = "boilerplate" if boiler else "text"
                prose = "\n".join(block.lines)
                for piece in _pack_prose(prose, chunk_tokens, overlap_tokens):
                    drafts.append((page.page, piece, kind, section))
    drafts = _merge_small(drafts, chunk_tokens)
    chunks = [
        Chunk(
            chunk_id="",
            doc_id=ctx.doc_id,
            index=0,
            page_start=page,
            page_end=page,
            text=text,
            header=_header(ctx, page, n_pages, section),
            kind=kind,
            section=section,
        )
        for page, text, kind, section in drafts
    ]
    if model_token_counter is not None:
        chunks = _enforce_model_limit(chunks, model_token_counter, max_model_tokens)
    for i, chunk in enumerate(chunks):
        chunk.index = i
        chunk.chunk_id = chunk_id(ctx.doc_id, ctx.sha256, i)
    return chunks


def _merge_small(
    drafts: list[tuple[int, str, str, str | None]], budget: int
) -> list[tuple[int, str, str, str | None]]:
    """Join tiny neighbours on the same page (a heading alone is a poor chunk)."""
    out: list[tuple[int, str, str, str | None]] = []
    for draft in drafts:
        if out:
            page, text, kind, section = out[-1]
            small = count_tokens(text) < budget // 4 or count_tokens(draft[1]) < budget // 4
            if (
                page == draft[0]
                and small
                and count_tokens(text) + count_tokens(draft[1]) + 1 <= budget
            ):
                merged_kind = kind if kind not in ("text", "boilerplate") else draft[2]
                out[-1] = (page, f"{text}\n{draft[1]}", merged_kind, section or draft[3])
                continue
        out.append(draft)
    return out


def _enforce_model_limit(
    chunks: list[Chunk], counter: Callable[[list[str]], list[int]], limit: int
) -> list[Chunk]:
    """Split any chunk whose header + text would exceed the model's word-piece limit."""
    pending = list(chunks)
    for _ in range(8):
        counts = counter([c.embed_text for c in pending])
        over = [i for i, n in enumerate(counts) if n > limit]
        if not over:
            return pending
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
    return pending


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
