"""Extractive answers over prose, side by side on the development, held-out and seed question sets:
`python -m bench.prose --home LIB [-v] [--fresh] [--only dev|holdout|seed|unseen] [--ids ID ...]`
(`unseen`, last session's MD&A set over the validation filings, runs only when asked for).

LIB is one library holding every document the three sets name (build it once with
`python -m assistant.cli --home LIB ingest DIR`). Retrieval runs once per question and its hits
are cached (`LIB/bench-prose-hits.pkl`; `--fresh` redoes them), so a change to the answerer is
measured in seconds. Per set it prints: accuracy, false refusals (an answerable question
refused), wrong figures (an answer given with a figure that is not the asked one, including a
refusal question answered with a nearby figure), missed refusals, and how many answerable
questions had every evidence quote in their retrieved passages (`ev_hit`) and how many of those
were answered right (`ev_right`): the answerer's own share of the misses; `ungrounded` counts answers
with a number the verifier found in no cited source. Passages are widened as `ask` widens them for
the extractive answerer (`widen_passages`); ev_hit counts the evidence in what the answerer read.
"""

from __future__ import annotations

import argparse
import logging
import os
import pickle
import re
import time
from collections import Counter
from pathlib import Path

from assistant.api import Library
from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answering import verify
from assistant.core.query import ParsedQuery, parse_question
from assistant.core.retrieval import HybridRetriever
from assistant.core.retrieval.widen import widen
from assistant.core.settings import Settings
from assistant.core.types import SearchHit
from eval.datasets import load_dataset
from eval.models import EvalQuestion
from eval.runner import code_fingerprint
from eval.scoring import score_answer

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FOOTNOTE_SHARED", ROOT.parent / "shared"))
SETS = {
    "dev": ROOT / "eval" / "data" / "prose_questions.jsonl",
    "holdout": ROOT / "eval" / "data" / "prose_questions_holdout.jsonl",
    "seed": SHARED / "eval" / "seed_articles.jsonl",
}
# Last session's held-out MD&A set, now seen: only with --only unseen, as its documents (the
# validation filings) are in a library only when ingested too.
OPT_IN = {"unseen": ROOT / "eval" / "data" / "prose_questions_unseen.jsonl"}

Retrieved = dict[str, tuple[ParsedQuery, list[SearchHit]]]


def retrieve(lib: Library, questions: list[EvalQuestion], cache: Path, fresh: bool) -> Retrieved:
    found: Retrieved = {}
    if cache.exists() and not fresh:
        found = pickle.loads(cache.read_bytes())
    docs = lib.documents()
    todo = [q for q in questions if q.question not in found]
    for q in todo:
        query = parse_question(q.question, docs)
        result = HybridRetriever(lib).search(query, k=lib.settings.top_k)
        found[q.question] = (query, result.hits)
    if todo:
        cache.write_bytes(pickle.dumps(found))
    return found


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _evidence_found(q: EvalQuestion, hits: list[SearchHit]) -> bool:
    texts = [_flat(h.text) for h in hits]
    return bool(q.evidence) and all(any(_flat(e.quote or "") in t for t in texts) for e in q.evidence)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--home", type=Path, required=True)
    ap.add_argument("--fresh", action="store_true")
    ap.add_argument("--only", choices=sorted(SETS | OPT_IN))
    ap.add_argument("--ids", nargs="*")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    lib = Library(Settings(home=args.home))
    answerer = ExtractiveAnswerer(lib.settings, lib.embedder)
    sets = {k: v for k, v in (SETS | OPT_IN).items() if args.only == k or (args.only is None and k in SETS)}
    questions = {name: load_dataset(path).questions for name, path in sets.items()}
    # Keyed by the code: hits (and the parsed questions in them) retrieved by other code are stale.
    hits = retrieve(lib, [q for qs in questions.values() for q in qs],
                    args.home / f"bench-prose-hits-{code_fingerprint()}.pkl", args.fresh)
    print(f"{'set':8} {'n':>4} {'right':>6} {'acc':>6} {'false_ref':>9} {'wrong_fig':>9} "
          f"{'missed_ref':>10} {'ev_hit':>6} {'ev_right':>8} {'ungrounded':>10} {'ms/q':>6}")
    for name, qs in questions.items():
        if args.ids:
            qs = [q for q in qs if q.id in args.ids]
        c: Counter[str] = Counter()
        t0 = time.perf_counter()
        for q in qs:
            query, h = hits[q.question]
            if lib.settings.widen_passages and h:  # as `ask` does for the extractive answerer
                h = widen(lib, query, h, extra=lib.settings.widen_passages)
            ans = verify(answerer.answer(q.question, h, query))
            s = score_answer(q, ans.answer, key_figure=ans.key_figure, refused=ans.refused)
            c[s.verdict] += 1
            wrong = s.verdict == "wrong"
            c["false_ref"] += wrong and s.reason == "false refusal"
            c["missed_ref"] += wrong and q.type == "refusal"
            c["wrong_fig"] += wrong and not ans.refused and (q.type == "refusal" or q.is_numeric)
            c["ungrounded"] += bool(ans.checks.ungrounded_numbers)
            if q.type != "refusal" and _evidence_found(q, h):
                c["ev_hit"] += 1
                c["ev_right"] += s.verdict == "right"
            if args.verbose and wrong:
                ev = "evidence retrieved" if _evidence_found(q, h) else "evidence not retrieved"
                print(f"  [{name}] {q.id} ({q.type}; {','.join(q.tags[:3])}; {ev}): {s.reason}\n"
                      f"    Q: {q.question}\n    gold: {q.answer}\n    got: {ans.answer[:300]}")
        ms = 1000 * (time.perf_counter() - t0) / max(1, len(qs))
        n = len(qs)
        print(f"{name:8} {n:>4} {c['right']:>6} {c['right'] / max(1, n):>6.3f} {c['false_ref']:>9} "
              f"{c['wrong_fig']:>9} {c['missed_ref']:>10} {c['ev_hit']:>6} {c['ev_right']:>8} "
              f"{c['ungrounded']:>10} {ms:>6.1f}")


if __name__ == "__main__":
    main()
