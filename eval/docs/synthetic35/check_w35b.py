"""Self-checks for writer B's blind pair 35 set: quotes on their pages (pypdf, both extraction modes),
datasets load, every gold answer scores right. Run from the repository root with PYTHONPATH=.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader

from eval.datasets import load_dataset
from eval.scoring import score_answer

ROOT = Path(__file__).resolve().parents[3]
FILES = [ROOT / "eval/data/filings_metrics_synth35b.jsonl", ROOT / "eval/data/prose_questions_synth35b.jsonl"]
DOCS = Path(__file__).resolve().parent


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def main() -> int:
    bad = 0
    texts: dict[str, list[tuple[str, str]]] = {}
    for f in FILES:
        rows = [json.loads(x) for x in f.read_text().splitlines() if x.strip()]
        for r in rows:
            for e in r["evidence"]:
                if e["doc"] not in texts:
                    rd = PdfReader(str(DOCS / e["doc"]))
                    texts[e["doc"]] = [(norm(p.extract_text()), norm(p.extract_text(extraction_mode="layout")))
                                       for p in rd.pages]
                plain, layout = texts[e["doc"]][e["page"] - 1]
                q = norm(e["quote"])
                if q not in plain or q not in layout:
                    bad += 1
                    print("QUOTE", r["id"], e["page"], q in plain, q in layout, q)
        d = load_dataset(f)
        print(f.name, "loaded", len(d.questions), "questions; missing docs:", d.missing_documents)
        assert len(d.questions) == len(rows)
        for q in d.questions:
            sc = score_answer(q, q.answer)
            if sc.verdict != "right":
                bad += 1
                print("SCORE", q.id, sc.verdict, sc.reason if hasattr(sc, "reason") else sc)
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
