"""Metric questions through the whole extractive path: library (hash embeddings) → ask → score.

    python -m bench.facts_e2e [--baseline] [--show] [--home DIR]

The 15 development filings are ingested once into /tmp/footnote-bench-facts-home (metadata
detected as ingest does it; facts read at ingest), then every question of
eval/data/filings_metrics.jsonl and the numeric FinanceBench development questions is asked
with `assistant.core.answering.ask` (no LLM). `--baseline` answers without the computed path
(the extractive answerer alone, as before statement facts) for comparison.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter, defaultdict
from pathlib import Path

from assistant.api import Library
from assistant.core.answering import ask
from assistant.core.settings import Settings
from bench.facts import PDFS
from bench.facts_questions import FAMILIES, FINANCEBENCH, HOLDOUT, OWN
from eval.datasets import from_financebench, from_own, read_jsonl
from eval.models import EvalQuestion
from eval.scoring import score_answer

HOME = Path("/tmp/footnote-bench-facts-home")


def library(home: Path = HOME) -> Library:
    lib = Library(Settings(home=home, embedding_backend="hash", llm=None))
    report = lib.ingest([PDFS])
    if report.added or report.updated:
        print(f"ingested {len(report.added) + len(report.updated)} filings, {report.pages} pages in {report.seconds:.0f}s")
    return lib


def run(name: str, lib: Library, questions: list[EvalQuestion], show: bool) -> None:
    by_family: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    times: list[float] = []
    for q in questions:
        t0 = time.perf_counter()
        answer = ask(q.question, library=lib)
        times.append(time.perf_counter() - t0)
        score = score_answer(q, answer.answer, key_figure=answer.key_figure, refused=answer.refused)
        computed = answer.computation is not None
        if score.verdict == "right":
            outcome = "right"
        elif answer.refused:
            outcome = "refused"
        else:
            outcome = "wrong"
        family = next((t for t in q.tags if t in FAMILIES), "financebench")
        for c in (by_family[family], total):
            c[outcome] += 1
            c["n"] += 1
            c["computed"] += computed
            c["verified"] += computed and answer.checks.citations_valid
        if show and outcome != "right":
            print(f"  [{outcome}{' computed' if computed else ''}] {q.id}: gold {q.value} | "
                  f"{answer.answer.splitlines()[0][:140]}")
    n = total["n"]
    print(f"{name}: {n} questions: right {total['right']} ({total['right'] / n:.0%}), refused {total['refused']} "
          f"({total['refused'] / n:.0%}), confidently wrong {total['wrong']} ({total['wrong'] / n:.0%}); "
          f"{total['computed']} computed from facts ({total['verified']} with every check passing); "
          f"median {1000 * statistics.median(times):.0f} ms per answer")
    for family, c in sorted(by_family.items()):
        print(f"  {family:16s} {c['right']:3d}/{c['n']:<3d} right, {c['refused']} refused, {c['wrong']} wrong")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.facts_e2e", description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", action="store_true", help="without the computed path (the extractive answerer alone)")
    parser.add_argument("--show", action="store_true", help="print the answers that were not right")
    parser.add_argument("--home", type=Path, default=HOME, help=f"library home to ingest into and ask (default {HOME})")
    args = parser.parse_args(argv)
    lib = library(args.home)
    if args.baseline:
        import assistant.core.answer.computed as computed

        computed.computed_answer = lambda *a, **k: None
    own = [from_own(r) for r in read_jsonl(OWN)]
    run("our metric questions", lib, own, args.show)
    run("held-out metric questions", lib, [from_own(r) for r in read_jsonl(HOLDOUT)], args.show)
    docs = {p.stem for p in PDFS.glob("*.pdf")}
    fb = [q for q in (from_financebench(r) for r in read_jsonl(FINANCEBENCH)) if q.is_numeric]
    run("FinanceBench dev, numeric", lib, [q for q in fb if all(Path(d).stem in docs for d in q.documents)], args.show)


if __name__ == "__main__":
    main()
