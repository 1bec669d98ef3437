"""Self-checks for writer A's blind pair 34 set: quotes on their pages (both pypdf modes), load, scoring."""
import json
import re
import sys
from pathlib import Path

import pypdf

from eval.datasets import load_dataset
from eval.scoring import score_answer

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
reader = pypdf.PdfReader(str(HERE / "WENDELHORST_2026Q3_INTERIM_REPORT.pdf"))
col = lambda t: re.sub(r"\s+", " ", t).strip()  # noqa: E731
texts = {i + 1: (col(p.extract_text()), col(p.extract_text(extraction_mode="layout"))) for i, p in enumerate(reader.pages)}
bad = 0
for name, n in (("filings_metrics_synth34a.jsonl", 40), ("prose_questions_synth34a.jsonl", 35)):
    path = ROOT / "eval/data" / name
    rows = [json.loads(x) for x in path.read_text().splitlines()]
    for r in rows:
        for e in r["evidence"]:
            plain, layout = texts[e["page"]]
            qt = col(e["quote"])
            if qt not in plain or qt not in layout:
                bad += 1
                print("QUOTE MISSING", r["id"], e["page"], repr(qt), qt in plain, qt in layout)
    d = load_dataset(path, find_documents=False)
    assert len(d.questions) == n, (name, len(d.questions))
    for q in d.questions:
        s = score_answer(q, q.answer)
        if s.verdict != "right":
            bad += 1
            print("SCORE", q.id, s.verdict, s.why if hasattr(s, "why") else s)
        if q.value is not None and not isinstance(q.value, list):
            w = q.value * 1.1
            txt = {"EUR": f"EUR {w:,.2f}" + (" million" if q.scale == "million" else ""),
                   "percent": f"{w:.2f}%", "pp": f"{w:.2f} percentage points", "ratio": f"{w:.2f}x",
                   "count": f"{w:,.0f}"}[q.unit]
            if score_answer(q, f"It was {txt}.").verdict == "right":
                bad += 1
                print("GOLD x1.1 SCORED RIGHT", q.id)
    ids = [q.id for q in d.questions]
    assert len(set(ids)) == len(ids)
    print(name, len(d.questions), "loaded")
others = [p for p in (ROOT / "eval/data").glob("*.jsonl") if "synth34a" not in p.name]
mine = {json.loads(x)["id"] for f in ("filings_metrics_synth34a.jsonl", "prose_questions_synth34a.jsonl")
        for x in (ROOT / "eval/data" / f).read_text().splitlines()}
for p in others:
    for line in p.read_text().splitlines():
        try:
            i = json.loads(line).get("id")
        except Exception:
            continue
        if i in mine or (isinstance(i, str) and i.startswith(("s34m-a-", "s34p-a-"))):
            bad += 1
            print("ID COLLISION", p.name, i)
# Every computed gold again, from the figures in its own evidence quotes (n[i][j]: quote i, figure j).
NUM = re.compile(r"\(?-?\d[\d,]*\.?\d*\)?%?")


def nums(quote):
    out = []
    for t in NUM.findall(quote):
        if t.endswith("%"):
            out.append(float(t.strip("%").replace(",", "")))
            continue
        v = float(t.strip("()").replace(",", ""))
        out.append(-v if t.startswith("(") else v)
    return out


def half_up(x, nd):
    from decimal import ROUND_HALF_UP, Decimal
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


F = {
    "s34m-a-18": (lambda n: 100 * n[0][0] / n[1][0], 1),
    "s34m-a-19": (lambda n: 100 * n[0][0] / n[1][0] - 100 * n[0][1] / n[1][1], 1),
    "s34m-a-20": (lambda n: n[0][3] / n[1][3], 2),
    "s34m-a-21": (lambda n: n[0][0] / n[1][0], 2),
    "s34m-a-22": (lambda n: 100 * n[0][0] / n[1][0], 1),
    "s34m-a-23": (lambda n: 100 * n[0][2] / n[1][2], 1),
    "s34m-a-24": (lambda n: 100 * (n[0][0] / n[0][1] - 1), 1),
    "s34m-a-25": (lambda n: 100 * -n[1][0] / n[0][0], 1),
    "s34m-a-26": (lambda n: 100 * (n[0][0] / n[0][1] - 1), 1),
    "s34m-a-28": (lambda n: n[0][0] + n[1][0], 1),
    "s34m-a-29": (lambda n: 100 * n[0][0] / n[1][2], 1),
    "s34m-a-30": (lambda n: n[0][2] / -n[1][2], 1),
    "s34m-a-31": (lambda n: n[0][6] + n[1][6] + n[2][6] + n[3][4], 1),
    "s34m-a-32": (lambda n: 365 * n[0][0] / n[1][0], 1),
    "s34m-a-33": (lambda n: n[0][0] - n[0][1], 1),
    "s34m-a-34": (lambda n: 100 * (n[0][2] / n[0][3] - 1), 1),
    "s34m-a-35": (lambda n: 100 * n[0][2] / n[1][2], 1),
    "s34p-a-03": (lambda n: n[0][1] / (1 + n[0][0] / 100), 1),
    "s34p-a-04": (lambda n: 100 * n[1][1] / (n[0][0] + n[0][2] + n[0][4] + n[1][1]), 1),
    "s34p-a-16": (lambda n: n[0][2] - n[0][3], 1),
    "s34p-a-17": (lambda n: n[0][1] - n[0][2], 1),
    "s34p-a-19": (lambda n: n[0][3] * 1e6 / n[0][2], 2),
    "s34p-a-23": (lambda n: n[0][3] - n[1][0], 1),
}
checked = 0
for name in ("filings_metrics_synth34a.jsonl", "prose_questions_synth34a.jsonl"):
    for line in (ROOT / "eval/data" / name).read_text().splitlines():
        r = json.loads(line)
        if r["id"] in F:
            fn, nd = F[r["id"]]
            raw = fn([nums(e["quote"]) for e in r["evidence"]])
            got = half_up(raw, nd)
            checked += 1
            edge = abs(abs(raw) * 10 ** nd % 1 - 0.5) < 0.02
            if got != r["value"] or edge:
                bad += 1
                print("RECOMPUTE", r["id"], raw, got, r["value"], "near a rounding edge" if edge else "")
print("recomputed", checked, "computed golds from their quotes")
print("problems:", bad)
sys.exit(1 if bad else 0)
