"""Metric questions answered from statement facts alone (no retrieval, no LLM), scored.

Facts are read from every statement page of the 15 development filings (layout text, cached
in /tmp); each question is answered by `answer_from_facts` over its company's facts (newest
filing first) and scored with eval.scoring. Reports accuracy by metric family, the share of
refusals, the confidently-wrong rate (answered, and wrong) and the time per answer.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

from assistant.core.answer.computed import answer_from_facts, order_documents
from assistant.core.finance.facts import Fact
from assistant.core.finance.plan import plan_question
from assistant.core.finance.tables import facts_from_pages
from assistant.core.types import Answer
from bench.facts import PDFS, ROOT, doc_period
from eval.datasets import from_financebench, from_own, read_jsonl
from eval.models import EvalQuestion
from eval.scoring import score_answer

ALL_PAGES = Path("/tmp/footnote-all-pages.json")
VAL_PAGES = Path("/tmp/footnote-val-pages.json")
VAL = PDFS.parent / "val"
OWN = ROOT / "eval" / "data" / "filings_metrics.jsonl"
HOLDOUT = ROOT / "eval" / "data" / "filings_metrics_holdout.jsonl"
FINANCEBENCH = PDFS.parent / "questions_dev.jsonl"


def all_pages(folder: Path = PDFS, cache: Path = ALL_PAGES) -> dict[str, str]:
    if cache.exists():
        return dict(json.loads(cache.read_text()))
    from ingest.loaders.pdf import extract_page, open_pdf

    out: dict[str, str] = {}
    for pdf in sorted(folder.glob("*.pdf")):
        if pdf.stat().st_size == 0:
            continue  # some shared copies are empty placeholders
        reader = open_pdf(pdf)
        for i, page in enumerate(reader.pages):
            try:
                out[f"{pdf.name}:{i + 1}"] = extract_page(page, "layout")
            except Exception:  # an unreadable page reads as empty, as in ingest
                out[f"{pdf.name}:{i + 1}"] = ""
    cache.write_text(json.dumps(out))
    return out


def company_of(doc: str) -> str:
    return re.sub(r"_(?:19|20)\d\d.*$", "", doc).replace("_", " ").title().removesuffix(".Pdf")


def filing_period(doc: str) -> str | None:
    """The filing's own period from its file name (bench only; ingest detects it)."""
    if m := re.search(r"_(\d{4})Q([1-4])_", doc):
        return f"Q{m.group(2)} {m.group(1)}"
    if m := re.search(r"_(\d{4})_10K", doc):
        return f"FY{m.group(1)}"
    if m := re.search(r"dated-(\d{4})-(\d\d)", doc):
        return f"Q{(int(m.group(2)) - 1) // 3 + 1} {m.group(1)}"
    return None


def library_facts(folder: Path = PDFS, cache: Path = ALL_PAGES) -> dict[str, list[tuple[str, list[Fact]]]]:
    """Company → [(doc, facts)]."""
    pages: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for key, text in all_pages(folder, cache).items():
        doc, page = key.rsplit(":", 1)
        pages[doc].append((int(page), text))
    by_company: dict[str, list[tuple[str, list[Fact]]]] = defaultdict(list)
    for doc, ps in pages.items():
        facts = facts_from_pages(sorted(ps), doc_id=doc, doc_period=doc_period(doc))
        for f in facts:
            f.company = company_of(doc)
        by_company[company_of(doc)].append((doc, facts))
    return dict(by_company)


def _company_for(q: EvalQuestion) -> str | None:
    names = {company_of(d) for d in q.documents}
    return names.pop() if len(names) == 1 else None


def ordered_facts(question: str, docs: list[tuple[str, list[Fact]]]) -> list[Fact]:
    plan = plan_question(question)
    if plan is None:
        return [f for _, fs in docs for f in fs]
    order = order_documents(plan, [(d, filing_period(d)) for d, _ in docs])
    by_doc = dict(docs)
    return [f for d in order for f in by_doc[d]]


def run_set(name: str, questions: list[EvalQuestion], facts: dict[str, list[tuple[str, list[Fact]]]], show: bool) -> None:
    by_family: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    took = 0.0
    for q in questions:
        company = _company_for(q)
        t0 = time.perf_counter()
        answer: Answer | None = answer_from_facts(
            q.question, ordered_facts(q.question, facts.get(company or "", [])), company=company
        )
        took += time.perf_counter() - t0
        family = next((t for t in q.tags if t in FAMILIES), "other") if q.tags else "financebench"
        if answer is None:
            outcome = "no_plan"
        elif answer.refused:
            outcome = "right" if q.type == "refusal" else "refused"
        else:
            score = score_answer(q, answer.answer, key_figure=answer.key_figure, refused=False)
            outcome = "right" if score.verdict == "right" else "wrong"
        for c in (by_family[family], total):
            c[outcome] += 1
            c["n"] += 1
        if show and outcome != "right":
            first = answer.answer.splitlines()[0] if answer else "-"
            print(f"  [{outcome}] {q.id}: gold {q.value} | {first[:150]}")
    n = total["n"]
    print(f"{name}: {n} questions: right {total['right']} ({total['right'] / n:.0%}), refused {total['refused']} "
          f"({total['refused'] / n:.0%}), confidently wrong {total['wrong']} ({total['wrong'] / n:.0%}), "
          f"not a statement question {total['no_plan']}; {1000 * took / n:.1f} ms per answer")
    for family, c in sorted(by_family.items()):
        print(f"  {family:16s} {c['right']:3d}/{c['n']:<3d} right, {c['refused']} refused, {c['wrong']} wrong, "
              f"{c['no_plan']} no plan")


FAMILIES = ("lookup", "margin", "growth", "cagr", "average", "ratio", "turnover", "days", "ebitda", "fcf",
            "capex_intensity", "working_capital", "defined")


def run_val(show: bool = False) -> None:
    """FinanceBench's validation questions over its 24 other filings (not used in development)."""
    facts = library_facts(VAL / "pdfs", VAL_PAGES)
    qs = [q for q in (from_financebench(r) for r in read_jsonl(VAL / "questions_val.jsonl")) if q.is_numeric]
    present = {p.name for p in (VAL / "pdfs").glob("*.pdf") if p.stat().st_size}
    for q in qs:
        q.documents = [d if d.endswith(".pdf") else f"{d}.pdf" for d in q.documents]
    qs = [q for q in qs if all(d in present for d in q.documents)]
    run_set(f"FinanceBench val, numeric questions over its {len(present)} readable filings (unseen)", qs, facts, show)


def run_questions(show: bool = False) -> None:
    facts = library_facts()
    own = [from_own(r) for r in read_jsonl(OWN)]
    run_set("our metric questions (eval/data/filings_metrics.jsonl)", own, facts, show)
    holdout = [from_own(r) for r in read_jsonl(HOLDOUT)]
    run_set("held-out metric questions (written after the code)", holdout, facts, show)
    if FINANCEBENCH.exists():
        docs = {p.name for p in PDFS.glob("*.pdf")}
        fb = [q for q in (from_financebench(r) for r in read_jsonl(FINANCEBENCH)) if q.is_numeric]
        fb = [q for q in fb if all(d in docs or f"{d}.pdf" in docs for d in q.documents)]
        for q in fb:
            q.documents = [d if d.endswith(".pdf") else f"{d}.pdf" for d in q.documents]
        run_set("FinanceBench dev, numeric questions", fb, facts, show)


def identities(folder: Path, cache: Path) -> None:
    """Facts read from filings nobody labelled, checked against accounting identities (a
    precision proxy): gross profit = revenue - cost of sales, current assets <= total assets,
    current liabilities <= total liabilities, diluted EPS <= basic EPS, per filing and period."""
    checks: Counter[str] = Counter()
    failures: list[str] = []
    for _company, docs in library_facts(folder, cache).items():
        for doc, facts in docs:
            by: dict[tuple[str, int], dict[str, float]] = defaultdict(dict)
            for f in facts:
                if f.concept:
                    by[(f.period, f.duration_months)].setdefault(f.concept, f.value)
            for (period, _), v in by.items():
                tests = {
                    "gross profit = revenue - cost of sales": ("gross_profit" in v and "revenue" in v and "cost_of_sales" in v,
                        lambda v: abs(v["revenue"] - abs(v["cost_of_sales"]) - v["gross_profit"]) <= 1),
                    "current assets <= total assets": ("total_current_assets" in v and "total_assets" in v,
                        lambda v: v["total_current_assets"] <= v["total_assets"]),
                    "current liabilities <= total liabilities": ("total_current_liabilities" in v and "total_liabilities" in v,
                        lambda v: v["total_current_liabilities"] <= v["total_liabilities"]),
                    "diluted EPS <= basic EPS": ("eps_diluted" in v and "eps_basic" in v,
                        lambda v: v["eps_diluted"] <= v["eps_basic"] + 1e-9),
                }
                for name, (applies, holds) in tests.items():
                    if applies:
                        checks[name + " n"] += 1
                        if holds(v):
                            checks[name + " ok"] += 1
                        else:
                            failures.append(f"{doc} {period}: {name}")
    pages = all_pages(folder, cache)
    print(f"identity checks over {len({k.rsplit(':', 1)[0] for k in pages})} filings in {folder}:")
    for name in sorted({k.rsplit(' ', 1)[0] for k in checks}):
        print(f"  {name}: {checks[name + ' ok']}/{checks[name + ' n']}")
    for failure in failures[:10]:
        print("  fails:", failure)


if __name__ == "__main__":
    import sys

    if "--identities" in sys.argv:
        identities(PDFS, ALL_PAGES)
        identities(VAL / "pdfs", VAL_PAGES)
    elif "--val" in sys.argv:
        run_val(show="--show" in sys.argv)
    else:
        run_questions(show="--show" in sys.argv)
