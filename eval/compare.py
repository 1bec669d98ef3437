"""Two reports side by side: which questions got better or worse, and the totals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eval.models import CompareItem, CompareResult, EvalReport, EvalRow

_TOTALS = (
    ("accuracy", lambda r: r.accuracy),
    ("right", lambda r: r.right),
    ("scored", lambda r: r.scored),
    ("not_scored", lambda r: r.not_scored),
    ("recall@1", lambda r: r.retrieval.get("recall@1")),
    ("recall@3", lambda r: r.retrieval.get("recall@3")),
    ("recall@5", lambda r: r.retrieval.get("recall@5")),
    ("answer_in_context", lambda r: r.answer_in_context),
    ("citation_validity", lambda r: r.citation_validity),
    ("false_refusals", lambda r: r.false_refusals),
    ("missed_refusals", lambda r: r.missed_refusals),
    ("latency_p50_ms", lambda r: r.latency_ms.get("p50")),
    ("latency_p95_ms", lambda r: r.latency_ms.get("p95")),
)
# Lower is better for these; the sign of their delta is read the other way round.
LOWER_IS_BETTER = frozenset(
    {"false_refusals", "missed_refusals", "latency_p50_ms", "latency_p95_ms"}
)


def load_report(path: Path) -> EvalReport:
    """A report.json written by `footnote eval` (or the `--json` output saved to a file)."""
    try:
        data: Any = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read eval report {path}: {exc}") from exc
    if isinstance(data, dict) and "rows" in data and "n" in data:
        return EvalReport.model_validate(data)
    raise ValueError(f"{path} is not an eval report (no 'n' and 'rows')")


def _item(qid: str, a: EvalRow | None, b: EvalRow | None) -> CompareItem:
    row = b or a
    assert row is not None
    return CompareItem(
        id=qid,
        question=row.question,
        a=a.verdict if a else "missing",
        b=b.verdict if b else "missing",
        a_got=(a.got_figure or a.got) if a else "",
        b_got=(b.got_figure or b.got) if b else "",
    )


def compare(a: EvalReport, b: EvalReport, *, a_name: str = "A", b_name: str = "B") -> CompareResult:
    """Question by question (matched by id): right in B but not in A is better, right in A but
    not in B is worse; other verdict changes (to or from not scored, error) are listed apart."""
    rows_a = {r.id: r for r in a.rows}
    rows_b = {r.id: r for r in b.rows}
    result = CompareResult(a=a_name, b=b_name)
    for qid in list(dict.fromkeys([*rows_a, *rows_b])):
        ra, rb = rows_a.get(qid), rows_b.get(qid)
        if ra is None:
            result.only_in_b.append(qid)
            continue
        if rb is None:
            result.only_in_a.append(qid)
            continue
        if ra.verdict == rb.verdict:
            result.same += 1
        elif rb.verdict == "right":
            result.better.append(_item(qid, ra, rb))
        elif ra.verdict == "right":
            result.worse.append(_item(qid, ra, rb))
        else:
            result.changed.append(_item(qid, ra, rb))
    for name, get in _TOTALS:
        va, vb = get(a), get(b)
        delta = None if va is None or vb is None else round(float(vb) - float(va), 4)
        result.totals[name] = {"a": va, "b": vb, "delta": delta}
    return result


def compare_files(a: Path, b: Path) -> CompareResult:
    return compare(load_report(a), load_report(b), a_name=str(a), b_name=str(b))


def _fmt(name: str, v: float | int | None) -> str:
    if v is None:
        return "n/a"
    if name in ("right", "scored", "not_scored", "false_refusals", "missed_refusals"):
        return str(int(v))
    if name.startswith("latency"):
        return f"{v:.0f}"
    return f"{100 * v:.1f}%"


def render_compare(result: CompareResult) -> str:
    """Plain text: totals (A, B, change) then the questions that got better and worse."""
    lines = [
        f"A: {result.a}",
        f"B: {result.b}",
        "",
        f"{'metric':<18} {'A':>9} {'B':>9} {'change':>9}",
    ]
    for name, t in result.totals.items():
        delta = t["delta"]
        if delta is None:
            change = "n/a"
        elif name in ("right", "scored", "not_scored", "false_refusals", "missed_refusals"):
            change = f"{int(delta):+d}"
        elif name.startswith("latency"):
            change = f"{delta:+.0f}"
        else:
            change = f"{100 * delta:+.1f}pp"
        lines.append(f"{name:<18} {_fmt(name, t['a']):>9} {_fmt(name, t['b']):>9} {change:>9}")
    for title, items in (
        ("better", result.better),
        ("worse", result.worse),
        ("changed", result.changed),
    ):
        lines += ["", f"{title} ({len(items)}):"]
        for it in items:
            lines.append(f"  {it.id}: {it.a} → {it.b}  ({' '.join(it.b_got.split())[:60]})")
    lines += ["", f"unchanged: {result.same}"]
    if result.only_in_a or result.only_in_b:
        lines.append(f"only in A: {len(result.only_in_a)}, only in B: {len(result.only_in_b)}")
    return "\n".join(lines)
