"""PDF extraction (plain vs layout) and metadata detection, measured on the development set.

    python -m bench.pdf_extraction [--max-pages 60] [--shared /work/shared]

Per PDF the same pages are extracted in both modes: the first 40 (what metadata detection
reads), every FinanceBench evidence page, and evenly spaced others up to --max-pages (0 =
all pages). Evidence match: the share of an evidence text's word tokens (lower-case
alphanumeric runs) found on that page, averaged over evidence items; a token counts as found
when it is a token of the page, or, for tokens of 6+ characters, when it occurs in the page's
run-together alphanumerics (FinanceBench's own extraction glues words: "Costofgoodssold").
Numbers: every number in the evidence text, commas dropped, looked up among the page's numbers.
Rows intact: evidence tables parsed into (line item, first value) pairs; a pair is intact when
one extracted line holds the line item followed by its value (what table detection and
lexical matching of line items need). Label-first: share of lines with a digit that start
with a word (over all sampled pages, no gold needed).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.types import LoadedDocument, PageText
from ingest.loaders import load_file
from ingest.loaders.base import choose_title, normalise_text, title_from_text
from ingest.loaders.pdf import PDF_MODES, extract_page_with_mode, open_pdf, pdf_hints
from ingest.metadata import DocMeta, company_matches, detect_metadata, period_year

META_PAGES = 40
_TOKEN = re.compile(r"[a-z0-9]+")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_TYPES = {"10k": "10-K", "10q": "10-Q", "8k": "8-K", "earnings": "earnings"}
# What the two articles support (company, period); checked by canonical company match.
_ARTICLES = {
    "smartoptics-q1-2026-ai-optical.txt": ("Smartoptics", "Q1 2026", "article"),
    "nokia-ai-infrastructure-2026.txt": ("Nokia", "Q1 2026", "article"),
}


@dataclass
class ModeStats:
    seconds: float = 0.0
    pages: int = 0
    chars: int = 0
    failures: int = 0
    fallbacks: int = 0
    empty: int = 0
    token_shares: list[float] = field(default_factory=list)
    numbers_found: int = 0
    numbers_total: int = 0
    pages_all_numbers: int = 0
    evidence: int = 0
    rows_intact: int = 0
    rows_total: int = 0
    number_lines: int = 0
    label_first: int = 0


def _numbers(text: str) -> list[str]:
    return [n.replace(",", "") for n in _NUMBER.findall(text)]


def evidence_scores(evidence: str, page_text: str) -> tuple[float, int, int]:
    """(token share found, numbers found, numbers total) for one evidence passage."""
    low = page_text.lower()
    page_tokens = set(_TOKEN.findall(low))
    squashed = "".join(_TOKEN.findall(low))
    tokens = _TOKEN.findall(evidence.lower())
    found = sum(1 for t in tokens if t in page_tokens or (len(t) >= 6 and t in squashed))
    numbers = _numbers(evidence)
    page_numbers = set(_numbers(page_text))
    return (found / len(tokens) if tokens else 1.0), sum(n in page_numbers for n in numbers), len(numbers)


def _letters(text: str) -> str:
    return "".join(_TOKEN.findall(text.lower()))


def evidence_rows(evidence: str) -> list[tuple[str, str]]:
    """(squashed line item, first value) pairs from an evidence table: a label line, then numbers."""
    rows: list[tuple[str, str]] = []
    label: str | None = None
    for line in (ln.strip() for ln in evidence.splitlines()):
        if not line or line in {"$", "%", ")", "-", "—"}:
            continue
        if not re.search(r"\d", line):
            label = _letters(line) if len(re.findall(r"[A-Za-z]", line)) >= 4 else None
            continue
        numbers = _numbers(line)
        if label and numbers and not re.search(r"[A-Za-z]{2}", line):
            rows.append((label, numbers[0]))
        label = None
    return rows


def rows_intact(rows: list[tuple[str, str]], page_text: str) -> int:
    lines = [(_letters(ln), _numbers(ln)) for ln in page_text.splitlines()]
    intact = 0
    for label, value in rows:
        for squashed, numbers in lines:
            at = squashed.find(label)
            if at >= 0 and value in numbers and squashed.find(value, at + len(label)) >= 0:
                intact += 1
                break
    return intact


def label_first(page_text: str) -> tuple[int, int]:
    """(lines with a digit, of which start with a word of 3+ letters)."""
    numeric = [ln for ln in page_text.splitlines() if re.search(r"\d", ln)]
    return len(numeric), sum(bool(re.match(r"[^\W\d_]{3,}", ln)) for ln in numeric)


def _sample(n_pages: int, must: set[int], max_pages: int) -> list[int]:
    if max_pages <= 0 or n_pages <= max_pages:
        return list(range(n_pages))
    chosen = set(range(min(META_PAGES, n_pages))) | {p for p in must if p < n_pages}
    spare = max_pages - len(chosen)
    if spare > 0:
        step = n_pages / spare
        chosen |= {int(i * step) for i in range(spare)}
    return sorted(chosen)


def _meta_ok(meta: DocMeta, company: str, period: str | int, doc_type: str) -> dict[str, bool]:
    if isinstance(period, int):
        period_ok = period_year(meta.period) == period
    else:
        period_ok = meta.period == period
    return {
        "company": company_matches(meta.company, company),
        "doc_type": meta.doc_type == doc_type,
        "period": period_ok,
    }


def run(shared: Path, max_pages: int) -> dict[str, Any]:
    fb = shared / "financebench"
    questions = [json.loads(line) for line in (fb / "questions_dev.jsonl").read_text().splitlines() if line]
    documents = {
        d["doc_name"]: d
        for d in (json.loads(line) for line in (fb / "documents_dev.jsonl").read_text().splitlines() if line)
    }
    evidence: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for q in questions:
        for ev in q["evidence"]:
            evidence[q["doc_name"]].append((int(ev["evidence_page_num"]), ev["evidence_text"]))

    stats = {mode: ModeStats() for mode in PDF_MODES}
    per_doc: list[dict[str, Any]] = []
    meta_rows: list[dict[str, Any]] = []
    for pdf in sorted((fb / "pdfs").glob("*.pdf")):
        reader = open_pdf(pdf)
        wanted = _sample(len(reader.pages), {p for p, _ in evidence.get(pdf.stem, [])}, max_pages)
        row: dict[str, Any] = {"doc": pdf.stem, "pages": len(reader.pages), "sampled": len(wanted)}
        for mode in PDF_MODES:
            st = stats[mode]
            texts: dict[int, str] = {}
            start = time.process_time()  # CPU time: wall time swings with other work on the machine
            for index in wanted:
                try:
                    raw, used = extract_page_with_mode(reader.pages[index], mode)
                    texts[index] = normalise_text(raw)
                    st.fallbacks += used != mode
                except Exception:
                    texts[index] = ""
                    st.failures += 1
                st.empty += not texts[index]
            elapsed = time.process_time() - start
            st.seconds += elapsed
            st.pages += len(wanted)
            st.chars += sum(map(len, texts.values()))
            for text in texts.values():
                numeric, labelled = label_first(text)
                st.number_lines += numeric
                st.label_first += labelled
            shares = []
            intact_before, rows_before = st.rows_intact, st.rows_total
            for page_index, ev_text in evidence.get(pdf.stem, []):
                share, found, total = evidence_scores(ev_text, texts.get(page_index, ""))
                shares.append(share)
                st.token_shares.append(share)
                st.numbers_found += found
                st.numbers_total += total
                st.pages_all_numbers += found == total
                st.evidence += 1
                rows = evidence_rows(ev_text)
                st.rows_total += len(rows)
                st.rows_intact += rows_intact(rows, texts.get(page_index, ""))
            row[f"{mode}_ms_page"] = 1000 * elapsed / max(len(wanted), 1)
            row[f"{mode}_match"] = statistics.fmean(shares) if shares else None
            row[f"{mode}_rows"] = f"{st.rows_intact - intact_before}/{st.rows_total - rows_before}"
            if pdf.stem in documents:
                first = [PageText(page=i + 1, text=texts[i]) for i in range(min(META_PAGES, len(reader.pages)))]
                hints = pdf_hints(reader)
                lead = next((p.text for p in first if p.text.strip()), "")
                doc = LoadedDocument(source=str(pdf), sha256="", pages=first, metadata_hints=hints,
                                     title=choose_title(hints.get("title"), title_from_text(lead), fallback=pdf.stem))
                expected = documents[pdf.stem]
                args = (expected["company"], int(expected["doc_period"]), _TYPES[expected["doc_type"].lower()])
                named = detect_metadata(doc, pdf)
                # Renamed: no file-name hints, and no stem-derived title either.
                anon = doc.model_copy(update={"title": "document" if doc.title == pdf.stem else doc.title})
                renamed = detect_metadata(anon, Path("/tmp/document.pdf"))
                meta_rows.append({"doc": pdf.stem, "mode": mode, "named": _meta_ok(named, *args),
                                  "renamed": _meta_ok(renamed, *args), "meta": renamed})
        per_doc.append(row)

    for name, (company, period, doc_type) in _ARTICLES.items():
        path = shared / "corpus" / "articles" / name
        if not path.exists():
            continue
        doc = load_file(path)
        anon = doc.model_copy(update={"title": "document" if doc.title == path.stem else doc.title})
        for mode in PDF_MODES:  # text files do not depend on the mode; listed under both for totals
            meta_rows.append({
                "doc": path.stem, "mode": mode,
                "named": _meta_ok(detect_metadata(doc, path), company, period, doc_type),
                "renamed": _meta_ok(detect_metadata(anon, Path("/tmp/document.txt")), company, period, doc_type),
                "meta": detect_metadata(anon, Path("/tmp/document.txt")),
            })
    return {"stats": stats, "per_doc": per_doc, "meta": meta_rows}


def report(result: dict[str, Any]) -> None:
    stats: dict[str, ModeStats] = result["stats"]
    print("\nPDF extraction (same pages in both modes; layout falls back to plain on pages it reads as empty)")
    print(f"{'mode':7} {'pages':>6} {'cpu ms/p':>8} {'chars/page':>10} {'fail':>4} {'empty':>5} {'fallback':>8} "
          f"{'evidence match':>15} {'numbers found':>16} {'ev. all numbers':>16} {'rows intact':>14} "
          f"{'label-first':>11}")
    for mode, st in stats.items():
        print(f"{mode:7} {st.pages:6d} {1000 * st.seconds / max(st.pages, 1):8.1f} "
              f"{st.chars / max(st.pages, 1):10.0f} {st.failures:4d} {st.empty:5d} {st.fallbacks:8d} "
              f"{statistics.fmean(st.token_shares) if st.token_shares else 0:15.3f} "
              f"{st.numbers_found:>7d}/{st.numbers_total:<5d}{st.numbers_found / max(st.numbers_total, 1):4.0%} "
              f"{st.pages_all_numbers:>10d}/{st.evidence:<5d} "
              f"{st.rows_intact:>5d}/{st.rows_total:<3d}{st.rows_intact / max(st.rows_total, 1):4.0%} "
              f"{st.label_first / max(st.number_lines, 1):11.1%}")
    print(f"\n{'document':42} {'pages':>5} {'sampled':>7} " + " ".join(
        f"{m + ' cpu ms/p':>15} {m + ' match':>12} {m + ' rows':>11}" for m in PDF_MODES))
    for row in result["per_doc"]:
        cells = []
        for m in PDF_MODES:
            match = row[f"{m}_match"]
            cells.append(f"{row[f'{m}_ms_page']:15.1f} {'-' if match is None else f'{match:.3f}':>12} "
                         f"{row[f'{m}_rows']:>11}")
        print(f"{row['doc']:42} {row['pages']:5d} {row['sampled']:7d} " + " ".join(cells))

    print("\nMetadata detection accuracy (FinanceBench documents + the two articles)")
    print(f"{'mode':7} {'file name':10} {'n':>3} {'company':>8} {'doc_type':>9} {'period':>7} {'all':>5}")
    for mode in PDF_MODES:
        rows = [r for r in result["meta"] if r["mode"] == mode]
        for key in ("named", "renamed"):
            n = len(rows)
            acc = {f: sum(r[key][f] for r in rows) for f in ("company", "doc_type", "period")}
            every = sum(all(r[key].values()) for r in rows)
            print(f"{mode:7} {'kept' if key == 'named' else 'hidden':10} {n:3d} "
                  f"{acc['company']:>5d}/{n:<2d} {acc['doc_type']:>6d}/{n:<2d} {acc['period']:>4d}/{n:<2d} {every:>2d}/{n}")
    for r in result["meta"]:
        if not all(r["renamed"].values()):
            print(f"  miss ({r['mode']}, no file name): {r['doc']}: {r['meta']}")
    print("\nDetected without file-name hints (plain):")
    for r in result["meta"]:
        if r["mode"] == "plain":
            m = r["meta"]
            print(f"  {r['doc']:42} {m.company!s:30} {m.ticker!s:6} {m.period!s:9} {m.doc_type}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"), help="development data folder")
    parser.add_argument("--max-pages", type=int, default=60, help="pages per PDF (0 = all)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    start = time.perf_counter()
    result = run(args.shared, args.max_pages)
    report(result)
    print(f"\n{time.perf_counter() - start:.0f} s in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
