"""Answer-accuracy benchmark: the eval harness over the development set, extractive mode.

    python -m bench.eval [--backend onnx|torch|hash] [--home DIR] [--out DIR] [--fresh]

One library holds every FinanceBench PDF and the news articles (read by path, never
copied), as a user's shared library would. Both datasets run on it with the real
embedder: the seed questions (own format) and the FinanceBench dev questions. Prints
accuracy by type, evidence recall@1/3/5 and the answer-in-context rate (the share of
numeric questions whose gold figure is in the retrieved passages: the ceiling any
answerer faces). Reports (JSON, HTML) go under --out. The library and the answer cache
persist under --home, so a rerun with unchanged code and settings is nearly free.
Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FOOTNOTE_SHARED", ROOT.parent / "shared"))
DATASETS = {
    "seed": SHARED / "eval" / "seed_articles.jsonl",
    "financebench": SHARED / "financebench" / "questions_dev.jsonl",
}
DEFAULT_HOME = Path("/tmp/footnote-bench")


def _pct(x: float | int | None) -> str:
    return "  n/a" if x is None else f"{100 * float(x):5.1f}%"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backend", choices=["onnx", "torch", "hash"], default="onnx")
    parser.add_argument(
        "--home",
        type=Path,
        default=None,
        help="Library folder (default /tmp/footnote-bench/eval-BACKEND).",
    )
    parser.add_argument("--out", type=Path, default=None, help="Report folder (default HOME/runs).")
    parser.add_argument(
        "--fresh", action="store_true", help="Delete the library and answer cache first."
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from assistant.api import Library
    from assistant.core.settings import Settings
    from eval.harness import run_eval

    home = (args.home or DEFAULT_HOME / f"eval-{args.backend}").resolve()
    out = (args.out or home / "runs").resolve()
    if args.fresh:
        shutil.rmtree(home, ignore_errors=True)
    settings = Settings(home=home, embedding_backend=args.backend, llm=None)
    lib = Library(settings)
    files = sorted((SHARED / "financebench" / "pdfs").glob("*.pdf")) + sorted(
        (SHARED / "corpus" / "articles").glob("*")
    )
    t0 = time.perf_counter()
    ingest = lib.ingest(files)
    print(
        f"library {home}: {len(lib.documents())} documents ({len(ingest.added)} added, "
        f"{len(ingest.unchanged)} unchanged, {len(ingest.failed)} failed) in {time.perf_counter() - t0:.0f}s; "
        f"backend {args.backend}, extractive mode"
    )
    for name, dataset in DATASETS.items():
        t0 = time.perf_counter()
        report = run_eval(dataset, library=lib, out=out / name, progress=sys.stderr.isatty())
        r = report.retrieval
        print(
            f"\n== {name}: {dataset.name}  ({time.perf_counter() - t0:.0f}s, {report.cache_hits} cached answers)"
        )
        print(
            f"accuracy {_pct(report.accuracy)}  ({report.right}/{report.scored} scored, "
            f"{report.not_scored} not scored: text answers need an LLM judge)"
        )
        print(f"{'type':<10} {'n':>3} {'scored':>6} {'right':>5} {'accuracy':>8}")
        for qtype, g in report.by_type.items():
            print(f"{qtype:<10} {g.n:>3} {g.scored:>6} {g.right:>5} {_pct(g.accuracy):>8}")
        print(
            f"evidence recall@1 {_pct(r.get('recall@1'))}  @3 {_pct(r.get('recall@3'))}  "
            f"@5 {_pct(r.get('recall@5'))}  (n={r.get('n')})"
        )
        n_numeric = sum(row.answer_in_context is not None for row in report.rows)
        print(
            f"answer in context {_pct(report.answer_in_context)} of {n_numeric} numeric questions"
        )
        print(
            f"citation validity {_pct(report.citation_validity)}  ungrounded numbers {_pct(report.ungrounded_share)}  "
            f"false refusals {report.false_refusals}  missed refusals {report.missed_refusals}"
        )
        print(
            f"latency p50 {report.latency_ms.get('p50')} ms  p95 {report.latency_ms.get('p95')} ms"
        )
        print(f"report: {out / name / 'report.html'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
