"""Why a question's evidence is not in the top 5: a census of retrieval misses by cause.

```bash
python -m bench.recall_census --home /tmp/lib eval/data/prose_questions_unseen14.jsonl [more sets ...] [-v]
```

For every question with evidence (refusals left out) it searches as `ask` does and reads where
the evidence ranks: by its quote (a returned passage holds it, as the eval's recall@5 counts) and
by its page (`eval.evidence.with_quote_pages`). A miss is put under the first cause that fits:

- page found, another chunk of it chosen (one chunk a page is returned; the quote's is not it),
  told apart where the page's best passage gave its place to a neighbour holding the question's
  words closer together (`retrieval/pages.best_on_page`, the hit's `on_page` mark), or no chunk
  holds the quote whole (a quote across a chunk boundary: no ranking finds it);
- company not recognised (no company read from the question, the evidence document not returned);
- another filing of the company preferred (a period, recency or filing-kind prior);
- quote split across chunks (no chunk holds it whole, its page not returned);
- within the filing: tables or statements outrank the running text that states it;
- within the filing: other running text outranks it.

Each cause is counted with the number of question sets (writers) it occurs in, and with the
rank the evidence reaches in a search 40 deep.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

_TABLES = frozenset({"table", "balance_sheet", "income_statement", "cash_flow", "comprehensive_income", "equity"})
DEEP = 40


def cause(
    quote_rank: int | None, page_rank: int | None, deep_rank: int | None, hits: Sequence[Any],
    evidence_doc: str | None, companies: Sequence[str], split: bool, evidence_kind: str,
    swapped: bool = False,
) -> str | None:
    """The first cause (module docstring) that fits a question's search, or None when its quote
    is in the top 5; `swapped`: the hit on the evidence page replaced the page's best passage."""
    if quote_rank is not None and quote_rank <= 5:
        return None
    if page_rank is not None and page_rank <= 5:
        if split:
            return "quote split across chunks, its page found"
        return ("page found, its best passage swapped for a neighbour (best_on_page)" if swapped
                else "page found, another chunk of it chosen")
    from_doc = any(h.doc_id == evidence_doc for h in hits)
    if not from_doc and not companies:
        return "company not recognised"
    if not from_doc:
        return "another filing of the company preferred"
    if split:
        return "quote split across chunks"
    if evidence_kind == "text" and sum(h.kind in _TABLES for h in hits) >= 3:
        return "within the filing: tables or statements outrank the text"
    return "within the filing: other text outranks it" if deep_rank else "within the filing: not in the top 40"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--home", type=Path, required=True, help="The library folder.")
    parser.add_argument("sets", nargs="+", type=Path, help="Question sets (JSONL), one per writer.")
    parser.add_argument("-v", "--verbose", action="store_true", help="List each miss under its cause.")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

    from assistant import Library, Settings
    from assistant.core.finance.companies import tickers_named
    from assistant.core.retrieval import HybridRetriever
    from bench.retrieval_prose import page_texts
    from eval.datasets import load_dataset
    from eval.evidence import _alnum, evidence_rank, with_quote_pages

    lib = Library(Settings(home=args.home))
    docs = lib.documents()
    texts = page_texts(lib)
    retriever = HybridRetriever(lib)
    chunks: Mapping[str, list[Any]] = defaultdict(list)
    for batch in lib.store.iter_chunks():
        for c in batch:
            chunks[str(c.meta["doc_id"])].append(c)
    names = {key.lower(): d.doc_id for d in docs for key in (d.doc_id, Path(d.source).name, Path(d.source).stem)}
    found: dict[str, list[tuple[str, str, int | None]]] = defaultdict(list)
    total = 0
    for path in args.sets:
        for q in load_dataset(path).questions:
            if not q.evidence or q.type == "refusal":
                continue
            total += 1
            question = tickers_named(q.question, docs)
            result = retriever.search(question, k=5)
            deep = retriever.search(question, k=DEEP).hits
            ev = q.evidence[0]
            doc_id = names.get((ev.doc or "").lower()) or names.get(Path(ev.doc or "").stem.lower())
            quote = _alnum(ev.quote or "")
            holding = [c for c in chunks.get(doc_id or "", []) if quote and quote in _alnum(c.text)]
            page_rank = evidence_rank(result.hits, with_quote_pages(q.evidence, texts))
            why = cause(
                evidence_rank(result.hits, q.evidence), page_rank,
                evidence_rank(deep, q.evidence), result.hits, doc_id, result.query.companies if result.query else [],
                not holding, str(holding[0].meta.get("kind") or "text") if holding else "",
                swapped=page_rank is not None and page_rank <= len(result.explain)
                and bool(result.explain[page_rank - 1].get("on_page")),
            )
            if why is not None:
                found[why].append((path.stem, q.id, evidence_rank(deep, q.evidence)))
    misses = sum(len(v) for v in found.values())
    print(f"{misses} of {total} questions miss their evidence quote in the top 5")
    print(f"{'misses':>6} {'writers':>7}  cause")
    for why, rows in sorted(found.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(rows):>6} {len({s for s, _, _ in rows}):>7}  {why}")
        if args.verbose:
            for s, qid, deep_rank in rows:
                print(f"{'':>16}{qid:<24} {s:<32} rank in top {DEEP}: {deep_rank or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
