"""The computed-answer gate (answer.computed_fit): how many of a question's content words a figure
computed from statement facts may leave unsaid before the passages are read instead.

`python -m bench.computed_gate --home LIB [--facts-home FLIB]`

Every question of the four development prose sets and the unseen metric set (in LIB), and of our
metric sets and the numeric FinanceBench development questions (in FLIB, bench.facts_e2e's
library) is answered offline twice: with the gate off and with every computed figure set aside.
For each question the computed path answers, the number of unsaid words is recorded with both
outcomes; per threshold K the table prints right / refused / wrong per set when a computed figure
with more than K unsaid words gives way to the passages. Questions the computed path does not
answer are the same on both sides and are counted in every column.
"""

from __future__ import annotations

import argparse
import logging
from collections import Counter
from pathlib import Path

from assistant.api import Library
from assistant.core.answer.computed import computed_answer
from assistant.core.answer.computed_fit import unsaid
from assistant.core.answer.computed_setaside import leaves_out
from assistant.core.answering import answer_offline
from assistant.core.retrieval import HybridRetriever
from assistant.core.settings import Settings
from bench.facts import PDFS
from bench.facts_questions import FINANCEBENCH, HOLDOUT, OWN
from eval.datasets import from_financebench, from_own, load_dataset, read_jsonl
from eval.models import EvalQuestion
from eval.scoring import score_answer

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "eval" / "data"
PROSE = {
    "prose dev": DATA / "prose_questions.jsonl",
    "prose holdout": DATA / "prose_questions_holdout.jsonl",
    "prose unseen": DATA / "prose_questions_unseen.jsonl",
    "metrics unseen": DATA / "filings_metrics_unseen.jsonl",
}
KS = (0, 1, 2, 3, 4, 99)
Row = tuple[int | None, str, str]  # unsaid words (None: not on the computed path), outcome on, outcome off


def _outcome(q: EvalQuestion, text: str, key: object, refused: bool) -> str:
    s = score_answer(q, text, key_figure=key, refused=refused)  # type: ignore[arg-type]
    return "right" if s.verdict == "right" else "refused" if refused else "wrong"


def rows(lib: Library, questions: list[EvalQuestion], verbose: bool = False) -> list[Row]:
    out: list[Row] = []
    on = lib.settings.model_copy(update={"computed_unsaid_max": 99})
    off = lib.settings.model_copy(update={"computed_unsaid_max": -1})
    for q in questions:
        found = HybridRetriever(lib).search(q.question, k=lib.settings.top_k)
        query, hits = found.query, found.hits
        lib.settings = on
        a = answer_offline(lib, q.question, hits, query)
        first = _outcome(q, a.answer, a.key_figure, a.refused)
        computed = computed_answer(q.question, query, lib, hits)
        if query is None or computed is None or computed.refused or not computed.answer or leaves_out(query, hits, computed):
            out.append((None, first, first))
            continue
        lib.settings = off
        b = answer_offline(lib, q.question, hits, query)
        lib.settings = on
        docs = list(dict.fromkeys(c.doc_id for c in computed.citations))
        left = unsaid(query, hits, computed, (f.label for f in lib.facts(docs)))
        out.append((len(left), first, _outcome(q, b.answer, b.key_figure, b.refused)))
        if verbose:
            print(f"  {q.id}: unsaid {left} computed {first}, passages {out[-1][2]}")
    return out


def table(name: str, data: list[Row]) -> str:
    cells = []
    for k in KS:
        c = Counter(off if n is not None and n > k else on for n, on, off in data)
        cells.append(f"{c['right']:>3}/{c['refused']:>2}/{c['wrong']:>2}")
    on_path = [n for n, _, _ in data if n is not None]
    return f"{name:30} {len(data):>3} {len(on_path):>4}  " + "  ".join(cells)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--home", type=Path, required=True)
    ap.add_argument("--facts-home", type=Path, help="bench.facts_e2e's library (hash embeddings)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the computed answers and their unsaid words")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    print(f"right/refused/wrong when more than K unsaid words set a computed figure aside\n"
          f"{'set':30} {'n':>3} {'comp':>4}  " + "  ".join(f"K={k:<8}" for k in KS))
    lib = Library(Settings(home=args.home))
    for name, path in PROSE.items():
        if path.exists():
            print(table(name, rows(lib, load_dataset(path, find_documents=False).questions, args.verbose)), flush=True)
    if args.facts_home is not None:
        flib = Library(Settings(home=args.facts_home, embedding_backend="hash", llm=None))
        docs = {p.stem for p in PDFS.glob("*.pdf")}
        fb = [q for q in (from_financebench(r) for r in read_jsonl(FINANCEBENCH)) if q.is_numeric]
        sets = {"our metric questions": [from_own(r) for r in read_jsonl(OWN)],
                "held-out metric questions": [from_own(r) for r in read_jsonl(HOLDOUT)],
                "FinanceBench dev, numeric": [q for q in fb if all(Path(d).stem in docs for d in q.documents)]}
        for name, qs in sets.items():
            print(table(name, rows(flib, qs, args.verbose)), flush=True)


if __name__ == "__main__":
    main()
