"""What ingest leaves out of the facts: rows printed on statement pages against the facts read.

    python -m bench.fact_cover [-v] [PDF_DIR ...]   # default: the dev and validation filings

Every page of each filing is read in pypdf's layout mode (cached in /tmp across runs) and the
statement pages are chosen and read as `ingest/facts.read_facts` does. Each line of a
statement page that holds figures is counted as one of:

- `concept`: it gave facts with a line-item concept;
- `label_only`: it gave facts, but no concept fits its label (`-v` lists them: a wording the
  vocabulary lacks, or a line that has no concept);
- `second_row`: its label fits a concept a more typical row of the page already gave;
- `no_fact_page`: none of the page's rows gave a fact (no period columns found, or a layout
  the reader does not take, such as an equity statement's component columns);
- `no_fact_row`: the page gave facts but this row none (cells not mapped to a period column);
- `not_a_row`: a line ending in a figure that the row reader does not split (a label that
  wraps a figure, a page number, a date header).

Numbers only; it asserts nothing. Quarterly filings are read with the period their file name
gives (ingest reads it from the document).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from assistant.core.finance.concepts import match_ranked
from assistant.core.finance.statements import SUPPLEMENTARY, page_kinds
from assistant.core.finance.tables import facts_from_pages, split_row
from ingest.loaders.base import normalise_text

SHARED = Path("/work/shared/financebench")
DIRS = [SHARED / "pdfs", SHARED / "val" / "pdfs"]
CACHE = Path("/tmp/footnote-bench-fact-cover-pages.json")
_TRAILING_FIGURE = re.compile(r"\d[\d,]*\)?\s*$")


def layout_pages(pdfs: list[Path]) -> dict[str, list[str]]:
    """Layout text of every page, cached by file name and size."""
    cache: dict[str, list[str]] = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    fresh = False
    for pdf in pdfs:
        key = f"{pdf.name}:{pdf.stat().st_size}"
        if key in cache:
            continue
        from ingest.loaders.pdf import extract_page, open_pdf

        reader = open_pdf(pdf)
        texts = []
        for page in reader.pages:
            try:
                texts.append(extract_page(page, "layout"))
            except Exception:  # a page that does not read counts as empty, as in ingest
                texts.append("")
        cache[key], fresh = texts, True
    if fresh:
        CACHE.write_text(json.dumps(cache))
    return {k.rsplit(":", 1)[0]: v for k, v in cache.items()}


def _doc_period(name: str) -> str | None:
    m = re.search(r"_(\d{4})Q([1-4])_", name)
    return f"Q{m.group(2)} {m.group(1)}" if m else None


def cover(name: str, raws: list[str], missing: Counter[str]) -> Counter[str]:
    """Counts of one filing's statement rows by what they gave."""
    norm = [(i + 1, normalise_text(t)) for i, t in enumerate(raws)]
    wanted = page_kinds(norm)
    pages = [(n, raws[n - 1] if n in wanted else t) for n, t in norm]
    facts = facts_from_pages(pages, doc_id=name, doc_period=_doc_period(name))
    by_row: dict[tuple[int, str], list[str | None]] = {}
    for f in facts:
        by_row.setdefault((f.page, f.row), []).append(f.concept)
    out: Counter[str] = Counter()
    for n, kind in page_kinds(pages).items():
        page_has = any(p == n for p, _ in by_row)
        for line in pages[n - 1][1].replace("\xa0", " ").splitlines():
            split = split_row(line)
            if split is None:
                text = line.strip()
                if re.search(r"[A-Za-z]{3,}", text) and _TRAILING_FIGURE.search(text) and len(text) < 160:
                    out["not_a_row"] += 1
                continue
            label, cells = split
            if all(value is None for _, value, _, _ in cells):
                continue  # dashes only: nothing to read
            concepts = by_row.get((n, re.sub(r"\s+", " ", line).strip()))
            if concepts is None:
                out["no_fact_row" if page_has else "no_fact_page"] += 1
            elif any(concepts):
                out["concept"] += 1
            elif kind != SUPPLEMENTARY and match_ranked(label, "", kind) is not None:
                out["second_row"] += 1
            else:
                out["label_only"] += 1
                if kind != SUPPLEMENTARY:
                    missing[f"{kind}: {label.lower()}"] += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", nargs="*", type=Path, default=DIRS)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the label-only rows of primary statements")
    args = parser.parse_args()
    pdfs = sorted(p for d in args.dirs for p in d.glob("*.pdf") if p.stat().st_size > 0)
    texts = layout_pages(pdfs)
    total: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    keys = ("concept", "label_only", "second_row", "no_fact_page", "no_fact_row", "not_a_row")
    for pdf in pdfs:
        counts = cover(pdf.name, texts[pdf.name], missing)
        total.update(counts)
        print(f"{pdf.name:48s} " + "  ".join(f"{k}={counts[k]}" for k in keys))
    print(f"{'TOTAL':48s} " + "  ".join(f"{k}={total[k]}" for k in keys))
    if args.verbose:
        for label, n in sorted(missing.items()):
            print(f"  {n:3d}  {label}")


if __name__ == "__main__":
    main()
