"""Typed eval data: questions, per-question rows, the report, comparisons.

`EvalReport.model_dump(mode="json")` is the JSON of `footnote eval --json`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field

QuestionType = Literal["currency", "percent", "count", "ratio", "range", "text", "refusal"]
Verdict = Literal["right", "wrong", "not_scored", "error"]
NUMERIC_TYPES: frozenset[str] = frozenset({"currency", "percent", "count", "ratio", "range"})


class Evidence(BaseModel):
    """Where the gold answer lives. `pages` are 1-based (FinanceBench's 0-based pages + 1)."""

    doc: str | None = Field(
        default=None, description="File name (own format) or FinanceBench doc_name."
    )
    quote: str | None = Field(
        default=None, description="Text that must appear in a retrieved passage."
    )
    pages: list[int] = Field(default_factory=list, description="1-based evidence pages of `doc`.")


class EvalQuestion(BaseModel):
    """One question in the dataset's own terms, whatever format it was read from."""

    id: str
    question: str
    answer: str = Field(description="The human gold answer.")
    type: QuestionType
    value: float | list[float] | None = Field(
        default=None, description="Gold figure, or [low, high]."
    )
    unit: str | None = None
    scale: str | None = None
    tolerance: float | None = Field(
        default=None, description="Relative tolerance; None = the policy default."
    )
    decimals: int | None = Field(
        default=None,
        description="Digits the gold shows after the point ('$4.60' → 2); None = from value.",
    )
    must_mention: list[list[str]] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    documents: list[str] = Field(default_factory=list, description="Files this question needs.")

    @property
    def is_numeric(self) -> bool:
        return self.type in NUMERIC_TYPES and self.value is not None


class TolerancePolicy(BaseModel):
    """How close a figure must be. Written into every report so a score can be read."""

    currency: float = Field(default=0.01, description="Default relative tolerance for amounts.")
    count: float = Field(
        default=0.0, description="Counts must be exact unless the dataset says otherwise."
    )
    ratio: float = Field(default=0.01, description="Ratios and multiples ('2.7 times').")
    percent: float = Field(
        default=0.005, description="Percentages and percentage points (relative)."
    )
    gold_rounding_cap: float = Field(
        default=0.02,
        description="The gold as written covers values that round to it ('2.8%' covers 2.75-2.85), "
        "but that slack never exceeds this share of the gold.",
    )
    range_point_max_width: float = Field(
        default=0.025,
        description="A range answer to a single-figure question is right only when it covers the "
        "gold within tolerance and is no wider than this share of the gold (a wider one is a hedge).",
    )

    def default_for(self, qtype: str, unit: str | None) -> float:
        if unit in ("percent", "pp", "bp") or qtype == "percent":
            return self.percent
        if qtype == "count":
            return self.count
        if qtype == "ratio" or unit == "x":
            return self.ratio
        return self.currency


class EvalRow(BaseModel):
    """One question's outcome."""

    id: str
    question: str
    type: str
    tags: list[str] = Field(default_factory=list)
    expected: str = Field(description="Gold answer as written.")
    expected_figure: str | None = Field(default=None, description="The gold figure in normal form.")
    got: str = Field(default="", description="The answer text.")
    got_figure: str | None = Field(
        default=None, description="The figure that was scored, as written."
    )
    figure_source: Literal["key_figure", "text"] | None = None
    verdict: Verdict
    reason: str = Field(default="", description="Why the verdict, in a few words.")
    tolerance: float | None = Field(default=None, description="Relative tolerance applied.")
    must_mention_missing: list[list[str]] = Field(default_factory=list)
    refused: bool = False
    mode: str = Field(default="", description="llm, extractive or external (--answers).")
    cited_pages: list[str] = Field(default_factory=list, description="'doc p.N' per citation.")
    evidence_rank: int | None = Field(
        default=None, description="1-based rank of the first evidence hit."
    )
    evidence_checked: bool = Field(
        default=False, description="The question had evidence and passages to check."
    )
    answer_in_context: bool | None = Field(
        default=None,
        description="Gold figure appears in the retrieved passages (numeric questions).",
    )
    citations_valid: bool | None = None
    ungrounded_numbers: list[str] = Field(default_factory=list)
    latency_ms: float | None = None
    tokens: dict[str, int] = Field(default_factory=dict)
    cost: float | None = None
    judge_verdict: Literal["right", "wrong"] | None = Field(
        default=None, description="LLM judge's verdict, reported apart from `verdict`."
    )
    judge_reason: str | None = None
    error: str | None = None
    cached: bool = False
    trace: dict[str, float] = Field(
        default_factory=dict, description="The answer's gate signals (Answer.trace), for bench.gate_fit."
    )
    withheld_check: str | None = Field(
        default=None, description="For a refusal that withheld a figure it found: the check that withheld it."
    )
    withheld_reason: str | None = None
    withheld_figure: str | None = Field(default=None, description="The figure withheld, as it would have been stated.")
    withheld_verdict: Literal["right", "wrong"] | None = Field(
        default=None, description="The withheld figure scored against the gold as if stated (bench.withheld)."
    )


class GroupStats(BaseModel):
    n: int = 0
    scored: int = 0
    right: int = 0
    accuracy: float | None = None
    not_scored: int = 0


class EvalReport(BaseModel):
    """The JSON of `footnote eval --json`: the contract's keys first, extras after."""

    n: int
    accuracy: float | None = Field(
        description="right / scored; not-scored rows are outside the denominator."
    )
    by_type: dict[str, GroupStats] = Field(default_factory=dict)
    by_tag: dict[str, GroupStats] = Field(default_factory=dict)
    retrieval: dict[str, float | int | None] = Field(
        default_factory=dict, description="recall@1/3/5 (evidence hit within the top k) and n."
    )
    citation_validity: float | None = None
    latency_ms: dict[str, float | None] = Field(default_factory=dict)
    rows: list[EvalRow] = Field(default_factory=list)
    # extras
    scored: int = 0
    right: int = 0
    not_scored: int = 0
    errors: int = 0
    false_refusals: int = 0
    missed_refusals: int = 0
    answer_in_context: float | None = None
    ungrounded_share: float | None = None
    judge: dict[str, float | int | None] = Field(default_factory=dict)
    tokens: dict[str, int] = Field(default_factory=dict)
    cost: float | None = None
    tolerance_policy: TolerancePolicy = Field(default_factory=TolerancePolicy)
    dataset: str = ""
    dataset_format: str = ""
    mode: str = ""
    settings: dict[str, str | int | float | bool | None] = Field(default_factory=dict)
    created_at: str = ""
    seconds: float = 0.0
    cache_hits: int = 0


class CompareItem(BaseModel):
    id: str
    question: str
    a: str = Field(description="Verdict in report A ('missing' when absent).")
    b: str
    a_got: str = ""
    b_got: str = ""


class CompareResult(BaseModel):
    a: str
    b: str
    totals: dict[str, dict[str, float | int | None]] = Field(
        default_factory=dict, description="metric -> {a, b, delta}"
    )
    better: list[CompareItem] = Field(default_factory=list)
    worse: list[CompareItem] = Field(default_factory=list)
    changed: list[CompareItem] = Field(
        default_factory=list, description="Other verdict changes (to/from not scored, error)."
    )
    same: int = 0
    only_in_a: list[str] = Field(default_factory=list)
    only_in_b: list[str] = Field(default_factory=list)


@dataclass
class Score:
    """One answer's verdict, as `eval.scoring.score_answer` gives it."""

    verdict: Verdict
    reason: str
    got_figure: str | None = None
    figure_source: str | None = None
    tolerance: float | None = None
    must_mention_missing: list[list[str]] = field(default_factory=list)
    refused: bool = False
