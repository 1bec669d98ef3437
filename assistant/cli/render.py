"""Plain-text rendering shared by the CLI (the UI renders the same typed results itself)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from assistant.core.injection import instruction_phrase
from assistant.core.types import Answer, DocumentRecord, SearchHit


def docs_table(records: Sequence[DocumentRecord]) -> str:
    header = ("doc_id", "company", "period", "type", "pages", "chunks", "title")
    rows = [
        (
            r.doc_id,
            r.company or "-",
            r.period or "-",
            r.doc_type or "-",
            str(r.pages),
            str(r.chunks),
            r.title[:50],
        )
        for r in records
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    lines = ["  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=False)) for row in [header, *rows]]
    return "\n".join(lines)


def _snippet(text: str, width: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def hits_text(hits: Sequence[SearchHit]) -> str:
    if not hits:
        return "No passages found."
    out = []
    for i, hit in enumerate(hits, 1):
        out.append(f"[{i}] {hit.title} — p. {hit.page}  (score {hit.score:.4f}, {hit.doc_id})")
        phrase = instruction_phrase(hit.text)
        if phrase:
            out.append(f"    ⚠ addresses the model (“{phrase}”): never used as evidence by `ask`")
        out.append(textwrap.indent(textwrap.fill(_snippet(hit.text), 100), "    "))
    return "\n".join(out)


def answer_text(answer: Answer) -> str:
    lines = [textwrap.fill(answer.answer, 100, replace_whitespace=False)]
    if answer.key_figure is not None:
        about = f" ({answer.key_figure.about})" if answer.key_figure.about else ""
        lines.append(f"\nKey figure: {answer.key_figure.text}{about}")
    if answer.citations:
        lines.append("")
        for c in answer.citations:
            lines.append(f"[{c.n}] {c.title}, p. {c.page} ({c.source})")
            lines.append(textwrap.indent(textwrap.fill(f"“{_snippet(c.quote, 400)}”", 96), "    "))
    checks = answer.checks
    lines.append("")
    lines.append("Checks: citations " + ("valid" if checks.citations_valid else "INVALID"))
    for problem in checks.invalid_citations:
        lines.append(f"  ✗ {problem}")
    for number in checks.ungrounded_numbers:
        lines.append(f"  ✗ number not found in the cited sources: {number}")
    for source in checks.suspicious_sources:
        lines.append(f"  ⚠ set aside: {source}")
    for comp in checks.computations:
        lines.append(f"  {'✗' if comp.startswith('MISMATCH') else '✓'} {comp}")
    if answer.notice:
        lines.append(f"\nNote: {answer.notice}")
    return "\n".join(lines)
