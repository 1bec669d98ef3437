"""Statement facts and computed answers, measured.

    python -m bench.facts                 # fact extraction on eval/data/statement_rows.jsonl
    python -m bench.facts --questions     # + the metric question set, answered from those facts

Fact extraction: each labelled page is read with pypdf's layout text (the ingest loader's
mode) and `read_statement_page`; a fact counts when (concept, period end, length, value)
matches a labelled one (its unit and scale, "shares" in millions or USD/share unscaled, are
checked apart). Period ends match within 7 days when the column header gives only a
year (52/53-week years end on the nearest weekday to the year end; J&J's 2020 ended January 3,
2021); "exact" counts only identical dates. Precision counts the facts read for the concepts
labelled on that page (a page's other rows were not labelled).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from assistant.core.finance.facts import Fact
from assistant.core.finance.statements import statement_kind
from assistant.core.finance.tables import read_statement_page

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "eval" / "data" / "statement_rows.jsonl"
PDFS = ROOT.parent / "shared" / "financebench" / "pdfs"
if not PDFS.exists():
    PDFS = Path("/work/shared/financebench/pdfs")
CACHE = Path("/tmp/footnote-bench-facts-pages.json")


def doc_period(name: str) -> str | None:
    """The filing's period from its file name (bench only; ingest reads it from the document)."""
    m = re.search(r"_(\d{4})Q([1-4])_", name)
    return f"Q{m.group(2)} {m.group(1)}" if m else None


def page_texts(wanted: dict[str, set[int]]) -> dict[str, str]:
    """Layout text of the wanted pages, cached across runs."""
    cache: dict[str, str] = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    missing = {d: {p for p in ps if f"{d}:{p}" not in cache} for d, ps in wanted.items()}
    if any(missing.values()):
        from ingest.loaders.pdf import extract_page, open_pdf

        for doc, pages in missing.items():
            if not pages:
                continue
            reader = open_pdf(PDFS / doc)
            for p in pages:
                cache[f"{doc}:{p}"] = extract_page(reader.pages[p - 1], "layout")
        CACHE.write_text(json.dumps(cache))
    return cache


def read_pages(gold: list[dict[str, Any]]) -> dict[tuple[str, int], list[Fact]]:
    wanted: dict[str, set[int]] = defaultdict(set)
    kinds: dict[tuple[str, int], str] = {}
    for g in gold:
        wanted[g["doc"]].add(g["page"])
        kinds[(g["doc"], g["page"])] = g["statement"]
    texts = page_texts(wanted)
    out = {}
    for (doc, page), labelled in kinds.items():
        text = texts[f"{doc}:{page}"]
        kind = statement_kind(text) or labelled
        out[(doc, page)] = read_statement_page(text, kind, doc_id=doc, page=page, doc_period=doc_period(doc))
    return out


def score_facts(gold: list[dict[str, Any]], read: dict[tuple[str, int], list[Fact]]) -> dict[str, Any]:
    gold = [g for g in gold if g["concept"] != "other"]
    labelled = defaultdict(set)
    for g in gold:
        labelled[(g["doc"], g["page"])].add(g["concept"])
    by_statement: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    misses = []
    unit_errors: list[str] = []  # matched facts read with another unit or scale than labelled
    for key, facts in read.items():
        page_gold = [g for g in gold if (g["doc"], g["page"]) == key]
        predicted = [f for f in facts if f.concept in labelled[key]]
        statement = page_gold[0]["statement"] if page_gold else "?"
        used: set[int] = set()
        exact = 0
        for g in page_gold:
            end = date.fromisoformat(g["period_end"])
            hit = None
            for i, f in enumerate(predicted):
                if i in used or f.concept != g["concept"] or f.duration_months != g["duration_months"]:
                    continue
                if abs((f.period_end - end).days) <= 7 and abs(f.value - g["value"]) < 1e-6:
                    hit = i
                    break
            if hit is None:
                misses.append(f"{key[0]} p{key[1]} {g['concept']} {g['period_end']} {g['value']}")
                continue
            used.add(hit)
            exact += predicted[hit].period_end == end
            got = predicted[hit]
            labelled_scale = None if g.get("scale") in (None, "units") else g["scale"]  # "units": per share
            if (got.unit, got.scale) != (g.get("unit", "USD"), labelled_scale):
                unit_errors.append(f"{key[0]} p{key[1]} {g['concept']} {g['period_end']}: read {got.unit} {got.scale}, "
                                   f"labelled {g.get('unit')} {g.get('scale')}")
        for c in (by_statement[statement], totals):
            c["gold"] += len(page_gold)
            c["read"] += len(predicted)
            c["matched"] += len(used)
            c["exact_dates"] += exact
    wrong = [f"{f.doc_id} p{f.page} {f.concept} {f.period_end} {f.value} ({f.label})"
             for key, facts in read.items() for f in facts if f.concept in labelled[key]]

    def pr(c: Counter[str]) -> dict[str, float]:
        return {
            "precision": round(c["matched"] / c["read"], 3) if c["read"] else 0.0,
            "recall": round(c["matched"] / c["gold"], 3) if c["gold"] else 0.0,
            "gold": c["gold"], "read": c["read"], "matched": c["matched"], "exact_dates": c["exact_dates"],
        }

    return {"all": pr(totals), "by_statement": {k: pr(v) for k, v in sorted(by_statement.items())},
            "misses": misses, "unit_errors": unit_errors, "n_read_on_labelled_concepts": len(wrong)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.facts", description=__doc__.splitlines()[0])
    parser.add_argument("--questions", action="store_true", help="also answer the metric question sets")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    gold = [json.loads(line) for line in ROWS.read_text().splitlines() if line.strip()]
    t0 = time.perf_counter()
    read = read_pages(gold)
    took = time.perf_counter() - t0
    result = score_facts(gold, read)
    a = result["all"]
    print(f"fact extraction: {len(read)} pages, {a['gold']} labelled facts, read {a['read']}: "
          f"precision {a['precision']:.3f}, recall {a['recall']:.3f} "
          f"({a['exact_dates']} of {a['matched']} with the exact period-end date; {len(result['unit_errors'])} with another "
          f"unit or scale than labelled); {took:.1f}s incl. page text")
    for kind, s in result["by_statement"].items():
        print(f"  {kind:18s} precision {s['precision']:.3f} recall {s['recall']:.3f} (gold {s['gold']}, read {s['read']})")
    if args.show_misses:
        for m in result["misses"]:
            print("  miss:", m)
        for m in result["unit_errors"]:
            print("  unit:", m)
    if args.questions:
        from bench.facts_questions import run_questions

        run_questions()


if __name__ == "__main__":
    main()
