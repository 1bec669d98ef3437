"""Typed results shared by the library, the CLI, the UI and the eval.

Pages are 1-based everywhere in these types: the page a person would open.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

DocType = Literal["article", "10-K", "10-Q", "8-K", "earnings", "press-release", "report", "other"]


# The document labels a user may set or correct (filters read them from every chunk).
META_FIELDS = ("company", "ticker", "period", "doc_type")


class DocumentRecord(BaseModel):
    """One document in the library (one row of `footnote docs`)."""

    doc_id: str = Field(description="Stable id derived from the source path; survives content changes.")
    title: str = Field(description="Human title (first heading, PDF title or file name).")
    source: str = Field(description="Absolute path of the file that was ingested.")
    sha256: str = Field(description="Content hash of the file; a change means re-ingest.")
    pages: int = Field(description="Number of pages (1 for text formats).")
    chunks: int = Field(default=0, description="Number of chunks stored for this document.")
    company: str | None = Field(default=None, description="Company the document is about.")
    ticker: str | None = Field(default=None, description="Stock ticker, when known.")
    period: str | None = Field(default=None, description="Reporting period, e.g. 'FY2022' or 'Q1 2026'.")
    doc_type: str | None = Field(default=None, description="article, 10-K, 10-Q, 8-K, earnings, ...")
    ingested_at: datetime | None = Field(default=None, description="When this version was stored (UTC).")
    reader: str | None = Field(
        default=None,
        description="Version of the ingest reader that stored it (`ingest.reader_version`); another one means "
        "the next ingest of the file reads it again. None: stored before readers were stamped.",
    )


class PageText(BaseModel):
    """The text of one page as a loader returns it."""

    page: int = Field(description="1-based page number.")
    text: str


class LoadedDocument(BaseModel):
    """A parsed file before chunking."""

    source: str
    sha256: str
    title: str
    pages: list[PageText]
    metadata_hints: dict[str, str] = Field(
        default_factory=dict, description="What the loader saw: PDF title/subject, HTML meta, etc."
    )


class Chunk(BaseModel):
    """A unit of retrieval: text from one or more consecutive pages of one document."""

    chunk_id: str
    doc_id: str
    index: int = Field(description="Position of the chunk in its document.")
    page_start: int
    page_end: int
    text: str = Field(description="The passage as it appears in the document (what is quoted).")
    header: str = Field(default="", description="Context line prepended for embedding and BM25.")
    kind: str = Field(default="text", description="text, table, or a statement kind such as balance_sheet.")
    section: str | None = Field(default=None, description="Nearest title above the chunk, if any.")

    @property
    def embed_text(self) -> str:
        return f"{self.header}\n{self.text}" if self.header else self.text


class SearchHit(BaseModel):
    """One retrieved passage."""

    chunk_id: str
    doc_id: str
    title: str
    source: str
    page: int = Field(description="1-based page where the passage starts.")
    page_end: int | None = None
    text: str
    score: float
    kind: str = "text"
    company: str | None = None
    period: str | None = None
    doc_type: str | None = None


class KeyFigure(BaseModel):
    """The figure a question asks for, in structured form."""

    value: float | None = Field(description="The number as stated, before scale (22.91 for '$22.91 million').")
    unit: str | None = Field(default=None, description="USD, EUR, percent, count, ... or None.")
    scale: str | None = Field(default=None, description="thousand, million, billion, or None for units.")
    text: str = Field(description="The figure as written in the answer, e.g. '$22.91 million'.")
    about: str | None = Field(
        default=None, description="What the figure is, when known: metric, period, company ('PepsiCo FY2022 EBITDA margin')."
    )


class Withheld(BaseModel):
    """A figure the answerer found and then withheld or refused, kept for measurement only
    (`bench.withheld` scores it against the gold): the answer a user sees never carries it."""

    check: str = Field(description="Which check withheld it: gate, computed_gate, unit, scorer, ...")
    reason: str = Field(description="The refusal's own words.")
    key_figure: KeyFigure
    text: str = Field(default="", description="The answer text it would have given.")


class Citation(BaseModel):
    """A footnote: where a claim comes from."""

    n: int = Field(description="Footnote number as it appears in the answer text, [n].")
    doc_id: str
    title: str
    source: str
    page: int = Field(description="1-based page a person would open.")
    quote: str = Field(description="The supporting passage, verbatim from the document.")
    score: float = 0.0
    chunk_id: str | None = None


class Checks(BaseModel):
    """What verification found."""

    citations_valid: bool = Field(description="Every [n] refers to a source and every quote is found in it.")
    invalid_citations: list[str] = Field(default_factory=list, description="Why each bad citation failed.")
    ungrounded_numbers: list[str] = Field(
        default_factory=list, description="Numbers in the answer found in no cited source and not a checked computation."
    )
    computations: list[str] = Field(
        default_factory=list, description="Arithmetic redone in code, with its verdict."
    )
    suspicious_sources: list[str] = Field(
        default_factory=list,
        description="Passages set aside because they address the model (planted instructions), never evidence.",
    )


class ComputedInput(BaseModel):
    """One statement figure a computed answer used."""

    name: str = Field(description="What it is, e.g. 'revenue FY2019' or 'inventories (opening) FY2018'.")
    value: float = Field(description="The figure as printed in its row (sign included), in the page's scale.")
    n: int = Field(description="The footnote that cites its row.")


class Computation(BaseModel):
    """The arithmetic of a computed answer, redone by the verifier from the cited rows."""

    metric: str
    formula: str = Field(description="Over concepts, e.g. 'gross_profit / revenue'.")
    expression: str = Field(description="The same over the inputs x1, x2, ... in order.")
    inputs: list[ComputedInput] = Field(default_factory=list)
    result: float = Field(description="The unrounded result (a fraction for percentages).")
    shown: float = Field(description="The answer's figure as stated (23.2 for 23.2%).")
    factor: float = Field(default=1.0, description="shown ≈ result × factor (100 for percentages).")
    decimals: int = Field(default=2, description="Decimals the answer was rounded to.")


class Answer(BaseModel):
    """What `ask` returns; the JSON of `footnote ask --json`."""

    question: str
    answer: str
    mode: Literal["llm", "extractive"]
    refused: bool = False
    key_figure: KeyFigure | None = None
    citations: list[Citation] = Field(default_factory=list)
    checks: Checks = Field(default_factory=lambda: Checks(citations_valid=True))
    timings_ms: dict[str, float] = Field(default_factory=dict)
    usage: dict[str, int] = Field(default_factory=dict, description="Token usage in LLM mode.")
    standalone_question: str | None = Field(
        default=None, description="The question as rewritten from the conversation, when it was."
    )
    notice: str | None = Field(default=None, description="Something the user should know, e.g. no LLM configured.")
    computation: Computation | None = Field(
        default=None, description="For an answer computed from statement facts: inputs and arithmetic."
    )
    retrieved: list[SearchHit] = Field(
        default_factory=list, exclude=True, description="Passages the answer was drawn from (not in JSON)."
    )
    trace: dict[str, float] = Field(
        default_factory=dict, description="The extractive answerer's signals about the figure it states "
        "(support, margin to the runner-up, ...): what the calibrated gate (answer.gate) reads."
    )
    withheld: Withheld | None = Field(
        default=None, exclude=True, description="The figure a check withheld (measurement only, not in JSON)."
    )


class IngestFailure(BaseModel):
    path: str
    error: str


class IngestDuplicate(BaseModel):
    """A file skipped because the library (or this run) already holds its content."""

    path: str
    same_as: str = Field(description="doc_id of the document with the same content.")


class IngestReport(BaseModel):
    """The JSON of `footnote ingest --json`."""

    added: list[str] = Field(default_factory=list)
    updated: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    chunks_added: int = 0
    failed: list[IngestFailure] = Field(default_factory=list)
    duplicates: list[IngestDuplicate] = Field(
        default_factory=list, description="Files skipped: the same content is already another document."
    )
    pages: int = 0
    seconds: float = 0.0
    timings: dict[str, float] = Field(
        default_factory=dict,
        description="Seconds spent embedding, storing and waiting for the parser (the rest overlaps).",
    )
