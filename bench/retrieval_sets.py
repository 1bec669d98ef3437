"""The question sets `bench.retrieval` measures, and its tables by set and by question type.

Development: the FinanceBench questions over /shared/financebench/pdfs plus the seed article
questions. Validation: the FinanceBench questions over /shared/financebench/val/pdfs. Both are
asked of ONE library holding every file (as a user's library would be).

A FinanceBench question whose evidence document is not in the library (its file is missing,
empty or unreadable) cannot be found; it is not counted in recall. It is scored on what the
search does instead: "clean" when no page of another company comes back (nothing at all when
the asked company has no document in the library). Every FinanceBench question is also scored
for company confusion: a top-5 page from another company's filing ("confused"), and over the
questions whose text names a library company ("conf named": the issue's definition, an answer
citing another company's filing when the asked company is in the library; a FinanceBench
question that names no company at all can only be searched across the library).
"""

from __future__ import annotations

import json
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Hit", "Item", "Run", "load_items", "print_sets", "run_items", "score"]

Hit = tuple[str, int, str]  # (document file stem, 1-based page, text)


@dataclass
class Item:
    qid: str
    question: str
    source: str  # "financebench" or "seed"
    doc: str  # file stem of the evidence document
    pages: set[int] = field(default_factory=set)  # 1-based evidence pages (FinanceBench)
    quotes: list[str] = field(default_factory=list)  # evidence quotes (seed articles)
    set: str = "dev"  # "dev" or "val"
    qtype: str = ""  # FinanceBench question_type ("metrics-generated", "domain-relevant", ...)
    reasoning: str = ""  # FinanceBench question_reasoning, by its first kind: extraction, numerical, logical, -
    company: str = ""  # FinanceBench company of the evidence document
    present: bool = True  # the evidence document is in the library
    held: bool = True  # the library holds some document of this company
    named: bool = True  # the question's text names a library company (set by the benchmark)
    stem_company: dict[str, str] = field(default_factory=dict, repr=False)  # file stem → company


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def load_items(fb: Path, seed: Path, readable: set[str] | None = None) -> list[Item]:
    """Dev and val FinanceBench questions and the seed questions with evidence.

    `readable`: file stems of the documents the library holds (None: assume all)."""
    stem_company: dict[str, str] = {}
    for docs in (fb / "documents_dev.jsonl", fb / "val" / "documents_val.jsonl"):
        for d in _jsonl(docs):
            stem_company[d["doc_name"]] = d["company"]
    held = {c for stem, c in stem_company.items() if readable is None or stem in readable}
    items: list[Item] = []
    for name, path in (("dev", fb / "questions_dev.jsonl"), ("val", fb / "val" / "questions_val.jsonl")):
        for q in _jsonl(path):
            pages = {int(e["evidence_page_num"]) + 1 for e in q.get("evidence", [])}  # 0-based there
            doc = q["doc_name"]
            stem_company.setdefault(doc, q.get("company", ""))
            items.append(Item(
                q["financebench_id"], q["question"], "financebench", doc, pages, set=name,
                qtype=q.get("question_type", ""), company=q.get("company", ""),
                present=readable is None or doc in readable, stem_company=stem_company,
                held=q.get("company", "") in held, reasoning=_reasoning(q.get("question_reasoning")),
            ))
    for q in _jsonl(seed):
        evidence = q.get("evidence") or []
        if not evidence:
            continue  # a refusal: nothing to retrieve
        items.append(Item(q["id"], q["question"], "seed", Path(evidence[0]["doc"]).stem,
                          quotes=[e["quote"] for e in evidence], stem_company=stem_company))
    return items


def _reasoning(value: str | None) -> str:
    """"Numerical reasoning OR Logical reasoning" → "numerical" (the first kind named); none → "-"."""
    first = (value or "").strip().lower().split(" ")[0]
    return {"information": "extraction"}.get(first, first) or "-"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def score(item: Item, hits: list[Hit]) -> dict[str, float]:
    def ok(hit: Hit) -> bool:
        stem, page, text = hit
        if stem != item.doc:
            return False
        if item.source == "financebench":
            return page in item.pages
        return any(_norm(q) in _norm(text) for q in item.quotes)

    out: dict[str, float] = {}
    if item.source == "financebench":
        foreign = [h for h in hits[:5] if item.stem_company.get(h[0], "?") != item.company]
        out["confused"] = float(bool(foreign))
        if not item.present:
            out["clean"] = float(not foreign and (item.held or not hits))
            return out
    out.update({f"r@{n}": float(any(ok(h) for h in hits[:n])) for n in (1, 3, 5)})
    out["doc@5"] = float(any(h[0] == item.doc for h in hits[:5]))
    if item.source == "financebench":
        found = {h[1] for h in hits[:5] if h[0] == item.doc}
        out["all@5"] = float(item.pages <= found)
    return out


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@dataclass
class Run:
    name: str
    rows: dict[str, dict[str, float]] = field(default_factory=dict)
    latency_ms: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def mean(self, items: list[Item], metric: str, pick: Callable[[Item], bool]) -> float:
        vals = [self.rows[i.qid][metric] for i in items if pick(i) and metric in self.rows.get(i.qid, {})]
        return statistics.fmean(vals) if vals else float("nan")


def run_items(name: str, items: list[Item], search: Callable[[str], list[Hit]], *, verbose: bool = False) -> Run:
    import time

    run = Run(name)
    for item in items:
        t0 = time.perf_counter()
        hits = search(item.question)
        run.latency_ms.append((time.perf_counter() - t0) * 1000)
        row = run.rows[item.qid] = score(item, hits)
        if verbose and (row.get("r@5", 1.0) < 1 or row.get("clean", 1.0) < 1 or row.get("confused", 0.0) > 0):
            got = ", ".join(f"{s[:32]}:{p}" for s, p, _ in hits[:5]) or "(nothing)"
            want = f"{item.doc}:{sorted(item.pages) or item.quotes[0][:30]}" + ("" if item.present else " (absent)")
            run.misses.append(f"  [{name}|{item.set}|{item.qtype[:6]}] {item.question[:70]!r}\n"
                              f"      want {want}\n      got  {got}")
    return run


def _fb(
    set_name: str, qtype: str | None = None, multi: bool | None = None, reasoning: str | None = None
) -> Callable[[Item], bool]:
    def pick(i: Item) -> bool:
        return (i.source == "financebench" and i.set == set_name and i.present
                and (qtype is None or i.qtype == qtype) and (multi is None or (len(i.pages) > 1) == multi)
                and (reasoning is None or i.reasoning == reasoning))
    return pick


def print_sets(runs: list[Run], items: list[Item], plain: Run | None) -> dict[str, dict[str, float]]:
    """Main table (dev | val side by side), then recall@5 by question type and by question reasoning
    (its first kind; "-" where FinanceBench gives none); returns the numbers."""
    cols: list[tuple[str, str, Callable[[Item], bool]]] = []
    for s in ("dev", "val"):
        cols += [(f"{s} r@1", "r@1", _fb(s)), (f"{s} r@3", "r@3", _fb(s)), (f"{s} r@5", "r@5", _fb(s)),
                 (f"{s} doc@5", "doc@5", _fb(s)), (f"{s} all@5m", "all@5", _fb(s, multi=True))]
    cols += [
        ("seed r@5", "r@5", lambda i: i.source == "seed"),
        ("absent ok", "clean", lambda i: i.source == "financebench" and not i.present),
        ("confused", "confused", lambda i: i.source == "financebench"),
        ("conf named", "confused", lambda i: i.source == "financebench" and i.named),
    ]
    types = sorted({i.qtype for i in items if i.source == "financebench"})
    type_cols = [(f"{s} {t[:7]}", "r@5", _fb(s, t)) for s in ("dev", "val") for t in types]
    kinds = sorted({i.reasoning for i in items if i.source == "financebench"})
    reasoning_cols = [(f"{s} {r[:7]}", "r@5", _fb(s, reasoning=r)) for s in ("dev", "val") for r in kinds]
    out: dict[str, dict[str, float]] = {}
    for table in (cols, type_cols, reasoning_cols):
        head = f"{'run':<24}" + "".join(f"{c[0]:>12}" for c in table)
        print(head + (f"{'p50 ms':>8}" if table is cols else ""))
        print("-" * len(head))
        for run in runs:
            line = f"{run.name:<24}"
            for label, metric, pick in table:
                value = run.mean(items, metric, pick)
                out.setdefault(run.name, {})[label] = value
                line += f"{value:>12.3f}"
            if table is cols:
                line += f"{_pct(run.latency_ms, 0.5):>8.1f}"
            print(line)
        counts = "  n: " + ", ".join(f"{label} {sum(1 for i in items if pick(i))}" for label, _, pick in table)
        print(counts + "\n")
    if plain is not None:
        print("ratio vs plain pipeline (r@5):")
        for run in runs:
            if run is not plain:
                ratios = [f"{s} {out[run.name][f'{s} r@5'] / out[plain.name][f'{s} r@5']:.2f}x"
                          for s in ("dev", "val") if out[plain.name][f"{s} r@5"]]
                print(f"  {run.name:<22} " + ", ".join(ratios))
    return out
