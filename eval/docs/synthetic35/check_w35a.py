"""Self-checks for blind pair 35, writer A: quotes on their pages (pypdf plain and layout text),
load_dataset counts, and score_answer on each gold answer. Run: PYTHONPATH=. python eval/docs/synthetic35/check_w35a.py"""
import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader

from eval.datasets import load_dataset
from eval.scoring import score_answer

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "data"
norm = lambda t: re.sub(r"\s+", " ", t).strip()  # noqa: E731
reader = PdfReader(HERE / "lindqvarn-year-end-report-2026.pdf")
plain = [norm(p.extract_text()) for p in reader.pages]
layout = [norm(p.extract_text(extraction_mode="layout")) for p in reader.pages]
bad = 0
for name, n in (("filings_metrics_synth35a.jsonl", 40), ("prose_questions_synth35a.jsonl", 29)):
    rows = [json.loads(x) for x in (DATA / name).read_text().splitlines() if x.strip()]
    for r in rows:
        for e in r["evidence"]:
            p = e["page"] - 1
            for mode, texts in (("plain", plain), ("layout", layout)):
                if norm(e["quote"]) not in texts[p]:
                    bad += 1
                    print("QUOTE MISSING", mode, r["id"], e["page"], e["quote"])
    d = load_dataset(DATA / name)
    assert len(d.questions) == n, (name, len(d.questions))
    assert not d.missing_documents, d.missing_documents
    for q in d.questions:
        sc = score_answer(q, q.answer)
        if sc.verdict != "right":
            bad += 1
            print("SCORE", q.id, sc.verdict, sc)
    print(name, len(d.questions), "questions loaded")
# computed golds recomputed from the quoted figures (literals as printed), rounded half-up
from decimal import ROUND_HALF_UP, Decimal


def hu(x, d):
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))


RECOMPUTE = {
    "s35m-a-gross-margin-q4-25": hu(100 * 1898 / 3463, 2),
    "s35m-a-ebit-margin-fy26": hu(100 * 2308 / 14102, 1),
    "s35m-a-net-margin-q4-26": hu(100 * 406 / 3754, 1),
    "s35m-a-eps-diluted-growth-fy": hu(100 * (13.32 / 10.90 - 1), 1),
    "s35m-a-americas-growth-q4": hu(100 * (1391 / 1258 - 1), 1),
    "s35m-a-diag-margin-fy26": hu(100 * 586 / 2583, 2),
    "s35m-a-current-ratio-2026": hu(6332 / 3868, 2),
    "s35m-a-fcf-fy26": 2304 - 208 - 412,
    "s35m-a-cash-conversion-fy26": hu(100 * 1684 / 2698, 1),
    "s35m-a-leverage-3dp-2026": hu(5505 / 3274, 3),
    "s35m-a-trade-wc-2026": 2341 + 2467 - 1288,
    "s35m-a-roe-fy26": hu(100 * 1585 / ((11530 + 10685) / 2), 1),
    "s35m-a-tax-rate-q4-26": hu(100 * 121 / 527, 1),
    "s35m-a-sw-share-fy26": hu(100 * 6915 / 14102, 1),
    "s35m-a-sales-h2-26": 3535 + 3754,
    "s35m-a-ebitda-fy25": 1959 + 756,
    "s35p-a-15": 6840 - 6410 - 210,
    "s35p-a-16": hu(1150 / 420, 2),
    "s35p-a-17": hu(697 / 1.154, 0),
    "s35p-a-18": 150 - 112,
    "s35p-a-19": hu(100 * (5.10 / 4.60 - 1), 1),
}
gold = {}
for name in ("filings_metrics_synth35a.jsonl", "prose_questions_synth35a.jsonl"):
    for x in (DATA / name).read_text().splitlines():
        r = json.loads(x)
        gold[r["id"]] = r["value"]
for qid, v in RECOMPUTE.items():
    if abs(gold[qid] - v) > 1e-9:
        bad += 1
        print("RECOMPUTE", qid, gold[qid], v)
print("recomputed", len(RECOMPUTE), "computed golds")
print("problems:", bad)
sys.exit(1 if bad else 0)
