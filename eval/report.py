"""Rendering an EvalReport: a terminal table, JSON, and a self-contained HTML page
(per-question rows, plots as inline base64 PNG). Nothing here prints."""

from __future__ import annotations

import base64
import html
import io
import json
from pathlib import Path
from typing import Any

from eval.models import EvalReport, EvalRow, GroupStats

_VERDICT_MARK = {"right": "✓", "wrong": "✗", "not_scored": "–", "error": "!"}


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def _num(x: float | None, fmt: str = "{:.0f}") -> str:
    return "n/a" if x is None else fmt.format(x)


def _clip(text: str | None, width: int) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= width else t[: width - 1] + "…"


def _group_lines(title: str, groups: dict[str, GroupStats]) -> list[str]:
    if not groups:
        return []
    width = max(len(title), *(len(k) for k in groups))
    lines = [f"{title:<{width}}  {'n':>4}  {'scored':>6}  {'right':>5}  {'accuracy':>8}"]
    for name, g in groups.items():
        lines.append(
            f"{name:<{width}}  {g.n:>4}  {g.scored:>6}  {g.right:>5}  {_pct(g.accuracy):>8}"
        )
    return lines


def summary_lines(report: EvalReport) -> list[str]:
    r = report.retrieval
    lines = [
        f"Footnote eval: {Path(report.dataset).name or '?'} ({report.dataset_format} format, {report.mode} mode)",
        f"n={report.n}  accuracy {_pct(report.accuracy)} ({report.right}/{report.scored} scored; "
        f"{report.not_scored} not scored, {report.errors} errors)",
        f"retrieval (n={r.get('n', 0)}): recall@1 {_pct(r.get('recall@1'))}  "
        f"recall@3 {_pct(r.get('recall@3'))}  recall@5 {_pct(r.get('recall@5'))}",
        f"answer in context {_pct(report.answer_in_context)}  citation validity "
        f"{_pct(report.citation_validity)}  ungrounded numbers {_pct(report.ungrounded_share)}",
        f"refusals: false {report.false_refusals}, missed {report.missed_refusals}",
        f"latency p50 {_num(report.latency_ms.get('p50'))} ms  p95 {_num(report.latency_ms.get('p95'))} ms",
    ]
    if report.judge.get("n"):
        lines.append(
            f"LLM judge (apart): {_pct(report.judge.get('accuracy'))} of {report.judge['n']} text answers"
        )
    if report.tokens:
        cost = f"  cost ${report.cost:.4f}" if report.cost is not None else ""
        lines.append(f"tokens {report.tokens.get('total_tokens', 0):,}{cost}")
    return lines


def render_table(report: EvalReport, *, max_rows: int = 40) -> str:
    """The report as plain text for a terminal: totals, breakdowns, then the rows that were
    not right (wrong, errors, not scored)."""
    lines = summary_lines(report)
    lines += ["", *_group_lines("type", report.by_type)]
    if report.by_tag:
        lines += ["", *_group_lines("tag", report.by_tag)]
    misses = [row for row in report.rows if row.verdict != "right"]
    if misses:
        lines += ["", f"{'':1} {'id':<28} {'expected':<22} {'got':<30} why"]
        for row in misses[:max_rows]:
            got = row.got_figure or row.got
            lines.append(
                f"{_VERDICT_MARK[row.verdict]} {_clip(row.id, 28):<28} {_clip(row.expected_figure or row.expected, 22):<22} "
                f"{_clip(got, 30):<30} {_clip(row.reason, 60)}"
            )
        if len(misses) > max_rows:
            lines.append(f"… and {len(misses) - max_rows} more (see the JSON or HTML report)")
    return "\n".join(lines)


def to_json(report: EvalReport) -> dict[str, Any]:
    return report.model_dump(mode="json")


# --- HTML -----------------------------------------------------------------------------------


def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def plots(report: EvalReport) -> dict[str, str]:
    """Title → PNG data URI: accuracy by type, accuracy by tag, latency distribution."""
    try:  # Figure, not pyplot: no global backend or state, safe inside Streamlit and threads
        from matplotlib.figure import Figure
    except ImportError as exc:  # pragma: no cover - matplotlib is a dependency
        raise RuntimeError("plots need matplotlib: pip install matplotlib") from exc

    out: dict[str, str] = {}
    for title, groups in (("Accuracy by type", report.by_type), ("Accuracy by tag", report.by_tag)):
        scored = {k: g for k, g in groups.items() if g.accuracy is not None}
        if not scored:
            continue
        fig = Figure(figsize=(6.5, 0.45 * len(scored) + 1.2))
        ax = fig.subplots()
        names = list(scored)
        ax.barh(names, [100 * (g.accuracy or 0.0) for g in scored.values()], color="#3b7dd8")
        for i, g in enumerate(scored.values()):
            ax.text(101, i, f"{g.right}/{g.scored}", va="center", fontsize=8)
        ax.set_xlim(0, 112)
        ax.set_xlabel("% right (scored questions)")
        ax.invert_yaxis()
        ax.set_title(title)
        out[title] = _png(fig)
    latencies = [r.latency_ms for r in report.rows if r.latency_ms is not None]
    if latencies:
        fig = Figure(figsize=(6.5, 2.6))
        ax = fig.subplots()
        ax.hist(latencies, bins=min(30, max(5, len(latencies) // 2)), color="#6aa84f")
        for q, style in (("p50", "--"), ("p95", ":")):
            value = report.latency_ms.get(q)
            if value is not None:
                ax.axvline(value, color="black", linestyle=style, label=f"{q} {value:.0f} ms")
        ax.set_xlabel("latency per question (ms)")
        ax.legend(fontsize=8)
        ax.set_title("Latency distribution")
        out["Latency distribution"] = _png(fig)
    return out


_CSS = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;font-size:13px;width:100%}
th,td{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f3f3f3}
tr.right td.v{background:#d9ead3} tr.wrong td.v{background:#f4cccc}
tr.not_scored td.v{background:#eee} tr.error td.v{background:#fce5cd}
.plots img{margin:0 1em 1em 0;border:1px solid #eee}
pre{background:#f8f8f8;padding:.6em}
"""


def _row_html(row: EvalRow) -> str:
    e = html.escape
    rank = (
        "–"
        if not row.evidence_checked
        else (str(row.evidence_rank) if row.evidence_rank else "miss")
    )
    judge = f"<br><small>judge: {e(row.judge_verdict)}</small>" if row.judge_verdict else ""
    return (
        f'<tr class="{e(row.verdict)}"><td>{e(row.id)}</td><td>{e(row.type)}</td><td>{e(row.question)}</td>'
        f"<td>{e(row.expected)}</td><td>{e(row.got)}"
        + (f"<br><small>scored: {e(row.got_figure)}</small>" if row.got_figure else "")
        + f'</td><td class="v">{e(row.verdict)}{judge}</td><td>{e(row.reason)}</td>'
        f"<td>{e(', '.join(row.cited_pages))}</td><td>{rank}</td>"
        f"<td>{_num(row.latency_ms)}</td></tr>"
    )


def render_html(report: EvalReport) -> str:
    """One self-contained page: totals, plots (inline PNG), breakdowns and every row."""
    e = html.escape
    images = "".join(
        f'<img alt="{e(title)}" title="{e(title)}" src="{uri}">'
        for title, uri in plots(report).items()
    )
    groups = "\n".join(
        [*_group_lines("type", report.by_type), "", *_group_lines("tag", report.by_tag)]
    )
    header = (
        "<tr><th>id</th><th>type</th><th>question</th><th>expected</th><th>got</th><th>verdict</th>"
        "<th>why</th><th>cited pages</th><th>evidence rank</th><th>ms</th></tr>"
    )
    policy = json.dumps(report.tolerance_policy.model_dump(), indent=1)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>Footnote eval: {e(Path(report.dataset).name)}</title><style>{_CSS}</style></head><body>"
        f"<h1>Footnote eval: {e(Path(report.dataset).name)}</h1>"
        f"<pre>{e(chr(10).join(summary_lines(report)))}</pre>"
        f'<div class="plots">{images}</div>'
        f"<h2>Breakdowns</h2><pre>{e(groups)}</pre>"
        f"<h2>Questions</h2><table>{header}{''.join(_row_html(r) for r in report.rows)}</table>"
        f"<h2>Tolerance policy</h2><pre>{e(policy)}</pre>"
        f"<p><small>{e(report.created_at)} · {report.seconds:.1f} s · {report.cache_hits} cached answers</small></p>"
        "</body></html>"
    )


def write_reports(report: EvalReport, out: Path) -> dict[str, Path]:
    """Write report.json and report.html into `out`; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / "report.json", "html": out / "report.html"}
    paths["json"].write_text(
        json.dumps(to_json(report), indent=1, ensure_ascii=False), encoding="utf-8"
    )
    paths["html"].write_text(render_html(report), encoding="utf-8")
    return paths
