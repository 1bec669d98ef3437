"""Rows → totals: accuracy (not-scored rows outside the denominator), breakdowns by type and
tag, retrieval hit rates, answer-in-context, citation validity, latency, tokens, cost."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from eval.models import EvalReport, EvalRow, GroupStats, TolerancePolicy

RECALL_KS = (1, 3, 5)


def _share(flags: Iterable[bool]) -> float | None:
    values = list(flags)
    return round(sum(values) / len(values), 4) if values else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (numpy's default), q in [0, 100]."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return round(xs[lo] + (xs[hi] - xs[lo]) * (pos - lo), 1)


def group_stats(rows: Sequence[EvalRow]) -> GroupStats:
    scored = [r for r in rows if r.verdict in ("right", "wrong", "error")]
    right = sum(r.verdict == "right" for r in scored)
    return GroupStats(
        n=len(rows),
        scored=len(scored),
        right=right,
        accuracy=round(right / len(scored), 4) if scored else None,
        not_scored=sum(r.verdict == "not_scored" for r in rows),
    )


def summarize(
    rows: Sequence[EvalRow],
    *,
    policy: TolerancePolicy | None = None,
    dataset: str = "",
    dataset_format: str = "",
    mode: str = "",
    settings: dict[str, Any] | None = None,
    created_at: str = "",
    seconds: float = 0.0,
) -> EvalReport:
    """The report over `rows`. Errors count as wrong (the user got no answer); not-scored
    rows (text without an LLM judge) are counted apart, never as right or wrong."""
    total = group_stats(rows)
    by_type: dict[str, list[EvalRow]] = {}
    by_tag: dict[str, list[EvalRow]] = {}
    for r in rows:
        by_type.setdefault(r.type, []).append(r)
        for tag in r.tags:
            by_tag.setdefault(tag, []).append(r)

    checked = [r for r in rows if r.evidence_checked]
    retrieval: dict[str, float | int | None] = {
        f"recall@{k}": _share(r.evidence_rank is not None and r.evidence_rank <= k for r in checked)
        for k in RECALL_KS
    }
    retrieval["n"] = len(checked)

    answered = [r for r in rows if not r.refused and r.verdict != "error"]
    judged = [r for r in rows if r.judge_verdict is not None]
    latencies = [r.latency_ms for r in rows if r.latency_ms is not None]
    tokens: dict[str, int] = {}
    for r in rows:
        for k, v in r.tokens.items():
            tokens[k] = tokens.get(k, 0) + v
    costs = [r.cost for r in rows if r.cost is not None]

    return EvalReport(
        n=len(rows),
        accuracy=total.accuracy,
        by_type={k: group_stats(v) for k, v in sorted(by_type.items())},
        by_tag={k: group_stats(v) for k, v in sorted(by_tag.items())},
        retrieval=retrieval,
        citation_validity=_share(
            r.citations_valid for r in answered if r.citations_valid is not None
        ),
        latency_ms={"p50": percentile(latencies, 50), "p95": percentile(latencies, 95)},
        rows=list(rows),
        scored=total.scored,
        right=total.right,
        not_scored=total.not_scored,
        errors=sum(r.verdict == "error" for r in rows),
        false_refusals=sum(r.refused and r.type != "refusal" for r in rows),
        missed_refusals=sum(
            r.type == "refusal" and not r.refused and r.verdict != "error" for r in rows
        ),
        answer_in_context=_share(
            r.answer_in_context for r in rows if r.answer_in_context is not None
        ),
        # Answers scored from a file carry no checks: they are left out rather than counted clean.
        ungrounded_share=_share(
            bool(r.ungrounded_numbers) for r in answered if r.mode != "external"
        ),
        judge={
            "n": len(judged),
            "accuracy": _share(r.judge_verdict == "right" for r in judged),
        },
        tokens=tokens,
        cost=round(sum(costs), 6) if costs else None,
        tolerance_policy=policy or TolerancePolicy(),
        dataset=dataset,
        dataset_format=dataset_format,
        mode=mode,
        settings=settings or {},
        created_at=created_at,
        seconds=round(seconds, 2),
        cache_hits=sum(r.cached for r in rows),
    )
