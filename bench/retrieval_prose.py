"""Passage recall of the prose question sets, over the shared benchmark library:
`python -m bench.retrieval_prose [--cache DIR] [--ablate NAME...] [--totals-only]`.

The library is `bench.retrieval`'s (every FinanceBench filing, dev and validation, and the news
articles: ~30 documents, 10-Ks and 10-Qs among them, so a prose question competes with the MD&A
of other companies' annual reports) plus the note files in sample/ the prose sets cite. It is a
copy kept under --cache next to the one it came from; only the notes are ingested into it.
Per set (dev: eval/data/prose_questions.jsonl, holdout: eval/data/prose_questions_holdout.jsonl,
unseen: eval/data/prose_questions_unseen.jsonl, last session's held-out set, seen since)
it prints recall@1/3/5 of the evidence (eval.evidence: a passage of the evidence document that
holds the quote) for the default ranking and each --ablate variant (bench.retrieval.ABLATIONS).
The holdout set is for totals only: per-question misses are printed for dev and unseen (-v).
`--extra NAME=PATH` adds a set (totals only). Beside the quote measure (a returned passage holds
the quote) it prints "page r@5": the issue's definition, an evidence page in the top 5, where a
quote of a multi-page document stands for the pages that hold it (eval.evidence.with_quote_pages).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from bench.retrieval import ABLATIONS, DEFAULT_CACHE, ROOT, CachingEmbedder, build_ours
from bench.retrieval_sets import _pct

SETS = {
    "dev": ROOT / "eval" / "data" / "prose_questions.jsonl",
    "holdout": ROOT / "eval" / "data" / "prose_questions_holdout.jsonl",
    "unseen": ROOT / "eval" / "data" / "prose_questions_unseen.jsonl",
}
# Sets whose per-question misses -v prints; the holdout stays totals-only.
SHOWN = ("dev", "unseen")
NOTES = sorted((ROOT / "sample").glob("*-notes.*"))


def build_prose_library(cache: Path, backend: str) -> Any:
    from assistant.api import Library

    base = build_ours(cache, backend)
    home = base.settings.home.with_name(base.settings.home.name.replace("ours-", "prose-"))
    done = home / "bench-prose-done.json"
    embedder = base.embedder
    assert isinstance(embedder, CachingEmbedder)
    if not done.is_file():
        if home.exists():
            shutil.rmtree(home)
        shutil.copytree(base.settings.home, home)
        lib = Library(base.settings.model_copy(update={"home": home}), embedder=embedder)
        report = lib.ingest(NOTES)
        lib.lexical()
        done.write_text(f'{{"chunks": {report.chunks_added}}}')
    return Library(base.settings.model_copy(update={"home": home}), embedder=embedder)


def page_texts(lib: Any) -> Callable[[str], Mapping[int, str]]:
    """doc (a file name or stem, as the sets write it) → page number → the text of its chunks
    that start on that page, in chunk order."""
    by_doc: dict[str, dict[int, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    for batch in lib.store.iter_chunks():
        for c in batch:
            by_doc[c.meta["doc_id"]][int(c.meta["page"])].append((int(c.meta.get("index", 0)), c.text))
    names: dict[str, str] = {}
    for d in lib.documents():
        for key in (d.doc_id, Path(d.source).name, Path(d.source).stem):
            names[key.lower()] = d.doc_id

    def texts(doc: str) -> Mapping[int, str]:
        doc_id = names.get(doc.lower()) or names.get(Path(doc).stem.lower())
        pages = by_doc.get(doc_id or "", {})
        return {p: " ".join(t for _, t in sorted(parts)) for p, parts in pages.items()}

    return texts


def run(lib: Any, config: Any, questions: dict[str, list[Any]], verbose: bool) -> dict[str, dict[str, float]]:
    from assistant.core.query import parse_question
    from assistant.core.retrieval import HybridRetriever
    from eval.evidence import evidence_rank, with_quote_pages

    retriever = HybridRetriever(lib, config)
    docs = lib.documents()
    texts = page_texts(lib)
    out: dict[str, dict[str, float]] = {}
    for name, qs in questions.items():
        ranks: list[int | None] = []
        page_ranks: list[int | None] = []
        times: list[float] = []
        for q in qs:
            t0 = time.perf_counter()
            hits = retriever.search(parse_question(q.question, docs), k=5).hits
            times.append((time.perf_counter() - t0) * 1000)
            rank = evidence_rank(hits, q.evidence)
            ranks.append(rank)
            page_ranks.append(evidence_rank(hits, with_quote_pages(q.evidence, texts)))
            if verbose and name in SHOWN and (rank is None or rank > 1):
                got = ", ".join(f"{h.doc_id[:24]}:{h.page}" for h in hits)
                print(f"  [{name}] {q.id} rank {rank}: {q.question[:80]}\n      got {got}")
        n = len(ranks)
        out[name] = {f"r@{k}": sum(r is not None and r <= k for r in ranks) / max(1, n) for k in (1, 3, 5)}
        out[name]["page r@5"] = sum(r is not None and r <= 5 for r in page_ranks) / max(1, n)
        out[name]["n"] = n
        out[name]["p50"] = _pct(times, 0.5)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backend", choices=["onnx", "torch"], default="onnx")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="Where built libraries are kept.")
    parser.add_argument("--ablate", nargs="*", default=[], help=f"Ranking variants: {', '.join(ABLATIONS)}.")
    parser.add_argument("--verbose", "-v", action="store_true", help="Print the dev questions each run misses.")
    parser.add_argument("--extra", nargs="*", default=[], metavar="NAME=PATH", help="More sets (totals only).")
    args = parser.parse_args(argv)
    sets = dict(SETS)
    for spec in args.extra:
        name, _, path = spec.partition("=")
        if not path or not Path(path).is_file():
            parser.error(f"--extra wants NAME=PATH of a question file: {spec!r}")
        sets[name] = Path(path)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

    from assistant.core.retrieval import RankingConfig
    from eval.datasets import load_dataset

    lib = build_prose_library(args.cache, args.backend)
    questions = {
        name: [q for q in load_dataset(path).questions if q.evidence and q.type != "refusal"]
        for name, path in sets.items()
    }
    variants: dict[str, Any] = {"footnote": None}
    variants.update({f"footnote {n}": RankingConfig(**ABLATIONS[n]) for n in args.ablate})
    print(f"prose recall over {len(lib.documents())} documents, {lib.store.count()} chunks")
    metrics = ("r@1", "r@3", "r@5", "page r@5")
    print(f"{'run':28} " + " ".join(f"{s + ' ' + m:>16}" for s in sets for m in metrics) + f" {'p50 ms':>7}")
    for label, config in variants.items():
        if args.verbose:
            print(label)
        res = run(lib, config, questions, args.verbose)
        cells = " ".join(f"{res[s][m]:>16.3f}" for s in sets for m in metrics)
        print(f"{label:28} {cells} {res['dev']['p50']:>7.1f}", flush=True)
    print("  n: " + ", ".join(f"{s} {len(qs)}" for s, qs in questions.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
