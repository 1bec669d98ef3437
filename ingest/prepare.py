"""One file read for the library: loaded, its metadata detected (or taken from the caller),
chunked and its statement facts read. Runs in the parse worker process: picklable in and out."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.printable import clean_line
from assistant.core.types import META_FIELDS, Chunk
from ingest.chunking import ChunkContext, chunk_document
from ingest.errors import IngestError
from ingest.limits import DocLimits

__all__ = ["Prepared", "chunk_metadata", "prepare_file"]


@dataclass
class Prepared:
    """A parsed, chunked file, ready to embed (built in a worker process)."""

    path: str
    sha256: str
    title: str
    pages: int
    meta: dict[str, str | None]
    chunks: list[Chunk]
    facts: list[dict[str, Any]] = field(default_factory=list)  # statement facts (Fact.to_dict)


def prepare_file(
    path: str,
    doc_id: str,
    sha256: str,
    overrides: dict[str, str | None],
    pdf_mode: str,
    max_file_mb: float,
    chunk_tokens: int,
    overlap_tokens: int,
    limits: DocLimits | None = None,
) -> Prepared:
    """Load, detect metadata and chunk one file. Runs in a worker process: picklable in and out."""
    from ingest.loaders import load_file
    from ingest.metadata import DocMeta, detect_metadata, display_title

    p = Path(path)
    limits = limits or DocLimits()
    doc = load_file(p, pdf_mode=pdf_mode, max_file_mb=max_file_mb, limits=limits)
    detected = detect_metadata(doc, p)
    meta: dict[str, str | None] = {f: getattr(detected, f, None) for f in META_FIELDS}
    meta.update({k: v for k, v in overrides.items() if v and k in META_FIELDS})
    # Filings are often titled just "FORM 10-K": name them by company, type and period.
    # A title may come from the file name: no escape sequences or control characters in it.
    doc.title = clean_line(overrides.get("title") or display_title(
        DocMeta(company=meta.get("company"), ticker=meta.get("ticker"), period=meta.get("period"), doc_type=meta.get("doc_type")),
        doc.title,
    )).strip() or "untitled"
    ctx = ChunkContext(
        doc_id=doc_id,
        sha256=sha256,
        title=doc.title,
        company=meta.get("company"),
        period=meta.get("period"),
        doc_type=meta.get("doc_type"),
    )
    chunks = chunk_document(doc, ctx, chunk_tokens=chunk_tokens, overlap_tokens=overlap_tokens)
    if not chunks:
        raise IngestError("no text could be extracted; if it is a scan, run OCR first (e.g. ocrmypdf)")
    limits.check_chunks(len(chunks))

    from ingest.facts import read_facts

    facts = read_facts(p, doc, doc_id, meta, pdf_mode)
    return Prepared(
        path=path, sha256=sha256, title=doc.title, pages=len(doc.pages), meta=meta, chunks=chunks,
        facts=facts,
    )


def chunk_labels(meta: dict[str, str | None]) -> dict[str, str | None]:
    """The document's labels each chunk carries (the search filters read them from chunks)."""
    from assistant.core.finance.companies import canonical_company

    company = meta.get("company")
    return {
        "company": company,
        "company_key": canonical_company(company) if company else None,
        "period": meta.get("period"),
        "doc_type": meta.get("doc_type"),
    }


def chunk_metadata(chunk: Chunk, sha256: str, meta: dict[str, str | None]) -> dict[str, Any]:
    return {
        "doc_id": chunk.doc_id,
        "doc_sha": sha256,
        "index": chunk.index,
        "page": chunk.page_start,
        "page_end": chunk.page_end,
        "kind": chunk.kind,
        "section": chunk.section,
        "header": chunk.header,
        **chunk_labels(meta),
    }
