"""Hybrid retrieval: dense (Chroma) + lexical (BM25), fused with weighted reciprocal ranks,
then re-scored with what the question says about company, period and statement.

- The question is parsed (`assistant.query`): a recognised company present in the library
  becomes a hard filter; periods become a per-document boost (a 10-K for FY2022 also holds
  FY2021 comparatives, so a period is not a filter); named or implied statements boost
  chunks of that statement; boilerplate (tables of contents, exhibit indexes, signatures,
  certifications) and the exhibits a 10-K attaches after its signatures are pushed down.
- A question that needs two statements (a ratio) gets one extra search per statement, and
  the best page of each is kept in the top k.
- At most one chunk per page in the top k (a page is what a citation opens), no text twice.
- Optional cross-encoder reranking when `settings.reranker` names a model.
Filters (company, period, doc type, doc ids) go inside both searches. Chunks of uncommitted
document versions are never returned.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from assistant.query import ParsedQuery, doc_priors, focus_docs, lexical_query, parse_question
from assistant.store.base import StoredChunk
from assistant.types import SearchHit

if TYPE_CHECKING:
    from assistant.lexical import BM25Index
    from assistant.library import Library
    from assistant.types import DocumentRecord

logger = logging.getLogger(__name__)

# Management's discussion and analysis: where a filing explains what changed and why.
_DISCUSSION = re.compile(r"discussion\s+and\s+analysis", re.I)
STATEMENT_KINDS = ("balance_sheet", "income_statement", "cash_flow", "comprehensive_income", "equity")
Scorer = Callable[[str, list[str]], list[float]]


@dataclass
class Filters:
    """Restrict a search. Values within a field are alternatives; fields combine with AND."""

    company: list[str] = field(default_factory=list)
    period: list[str] = field(default_factory=list)
    doc_type: list[str] = field(default_factory=list)
    doc_id: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.company or self.period or self.doc_type or self.doc_id)

    def as_fields(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        if self.company:
            out["company_key"] = sorted({canonical_company(c) for c in self.company})
        if self.period:
            from ingest.metadata import normalise_period

            # "FY22" and "fiscal 2022" mean the stored "FY2022".
            out["period"] = sorted({*self.period, *(normalise_period(p) or p for p in self.period)})
        if self.doc_type:
            out["doc_type"] = list(self.doc_type)
        if self.doc_id:
            out["doc_id"] = list(self.doc_id)
        return out


@dataclass(frozen=True)
class RankingConfig:
    """Weights of the ranking; defaults chosen by `python -m bench.retrieval` (see README)."""

    parse: bool = True  # understand the question (company filter, boosts, instruction removal)
    company_filter: bool = True
    period_weight: float = 0.5  # a document of the wrong period keeps (1 - weight) of its score
    statement_boost: float = 0.6  # chunk of a statement the question names or implies
    table_boost: float = 0.1  # tables and statements for questions that ask for a figure
    boilerplate_factor: float = 0.3
    exhibit_factor: float = 0.6
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    expansion_weight: float = 1.0  # BM25 weight of statement words for a named line item
    line_item_weight: float = 2.0  # BM25 weight of the words of a line item the question names
    cue_weight: float = 1.0  # BM25 weight of words answers use ("driven by" for a "what drove" question)
    discussion_boost: float = 0.3  # MD&A passages for why / what-drove questions
    statement_search_weight: float = 0.5
    statement_search_all: bool = True  # False: only for questions that need two statements
    period_filter: bool = False  # restrict to the filings of the period asked about (when there are some)
    focus_weight: float = 1.0  # extra search inside the documents of the period asked about
    recency_weight: float = 0.15  # no period asked: older filings of a company keep 85%
    per_page: int = 1  # chunks per page in the top k
    min_candidates: int = 120  # per retriever (settings.candidates may ask for more)
    rrf_k: int = 30  # used unless settings.rrf_k is set explicitly
    rerank_top: int = 30
    near_duplicate: float = 0.9  # word-set Jaccard at which two passages count as one
    dense_in_memory: bool = True  # exact dense search over vectors kept beside the lexical index


# -- exact dense search in memory ----------------------------------------------------------------
# Chroma's metadata filters cost ~150 ms a query at 100k chunks; a matrix product over the same
# vectors costs a few ms, and filters become boolean masks shared with the lexical index.
DENSE_MAX_CHUNKS = 1_000_000  # above this (1.5 GB of float32) Chroma's ANN index is used instead


class DenseIndex:
    """Every chunk vector, row-aligned with the lexical index (same ids, same order)."""

    def __init__(self, ids: list[str], matrix: np.ndarray, stamp: str) -> None:
        self.ids = ids
        self.matrix = matrix
        self.stamp = stamp

    def scores(self, vector: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
        """Cosine similarity of every row (vectors are normalised); -inf outside `mask`."""
        q = np.asarray(vector, dtype=np.float32)
        if mask is not None and mask.sum() < 0.3 * len(self.ids):
            rows = np.flatnonzero(mask)  # a filtered search: multiply only the rows that can match
            out = np.full(len(self.ids), -np.inf, dtype=np.float32)
            out[rows] = self.matrix[rows] @ q
            return out
        out = np.asarray(self.matrix @ q, dtype=np.float32)
        return out if mask is None else np.where(mask, out, -np.inf)

    def top(self, scores: np.ndarray, n: int, mask: np.ndarray | None = None) -> list[str]:
        if mask is not None:
            scores = np.where(mask, scores, -np.inf)
        n = min(n, int(np.isfinite(scores).sum()))
        if n <= 0:
            return []
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [self.ids[i] for i in top]


_MASK_TABLES: weakref.WeakKeyDictionary[BM25Index, dict[str, dict[str, np.ndarray]]] = weakref.WeakKeyDictionary()


class _Masks:
    """Filter masks over the lexical index's rows, from a value → rows table built once per index."""

    def __init__(self, index: BM25Index) -> None:
        self.index = index
        table = _MASK_TABLES.get(index)
        if table is None:
            table = {}
            for name, column in index.meta.items():
                values, inverse = np.unique(column.astype(str), return_inverse=True)
                order = np.argsort(inverse, kind="stable")
                bounds = np.searchsorted(inverse[order], np.arange(len(values) + 1))
                table[name] = {str(v): order[bounds[i] : bounds[i + 1]] for i, v in enumerate(values)}
            _MASK_TABLES[index] = table
        self.table = table

    def get(self, fields: Mapping[str, Sequence[str]]) -> np.ndarray | None:
        mask: np.ndarray | None = None
        for name, values in fields.items():
            if not values:
                continue
            rows = self.table.get(name, {})
            field_mask = np.zeros(len(self.index.ids), dtype=bool)
            for value in values:
                hit = rows.get(str(value))
                if hit is not None:
                    field_mask[hit] = True
            mask = field_mask if mask is None else mask & field_mask
        return mask


_DENSE: dict[tuple[str, str], DenseIndex] = {}
_DENSE_LOCK = threading.Lock()


def _vector_fetcher(store: Any) -> Callable[[list[str]], dict[str, np.ndarray]] | None:
    getter = getattr(store, "get_vectors", None)
    return cast(Callable[[list[str]], dict[str, np.ndarray]], getter) if callable(getter) else None


def dense_index(library: Library, index: BM25Index) -> DenseIndex | None:
    """The in-memory vectors for `index`, loaded from disk or refreshed from the store (new rows only)."""
    key = (str(library.settings.home), library.collection)
    cached = _DENSE.get(key)
    if cached is not None and cached.stamp == index.stamp and len(cached.ids) == len(index.ids):
        return cached
    fetch = _vector_fetcher(library.store)
    if fetch is None or not index.stamp or not index.ids or len(index.ids) > DENSE_MAX_CHUNKS:
        return None
    with _DENSE_LOCK:
        path = library.settings.home / "lexical" / f"{library.collection}-dense"
        ids_old, matrix_old, stamp_old = _load_dense(path)
        if stamp_old == index.stamp and ids_old == index.ids and matrix_old is not None:
            dense = DenseIndex(index.ids, matrix_old, index.stamp)
        else:
            old_rows = {cid: i for i, cid in enumerate(ids_old)}
            todo = [cid for cid in index.ids if cid not in old_rows]
            fresh: dict[str, np.ndarray] = {}
            for start in range(0, len(todo), 2000):
                fresh.update(fetch(todo[start : start + 2000]))
            dim = matrix_old.shape[1] if matrix_old is not None else len(next(iter(fresh.values()), []))
            matrix = np.zeros((len(index.ids), dim), dtype=np.float32)
            for i, cid in enumerate(index.ids):
                row = old_rows.get(cid)
                if row is not None and matrix_old is not None:
                    matrix[i] = matrix_old[row]
                elif cid in fresh:
                    matrix[i] = fresh[cid]
            _save_dense(path, index.ids, matrix, index.stamp)
            logger.info("dense index: %d vectors (%d fetched)", len(index.ids), len(todo))
            dense = DenseIndex(index.ids, matrix, index.stamp)
        _DENSE[key] = dense
        return dense


def _load_dense(path: Path) -> tuple[list[str], np.ndarray | None, str]:
    try:
        info = json.loads(Path(f"{path}.json").read_text())
        matrix = np.load(Path(f"{path}.npy"), mmap_mode="r")
        return list(info["ids"]), matrix, str(info["stamp"])
    except (OSError, ValueError, KeyError):
        return [], None, ""


def _save_dense(path: Path, ids: list[str], matrix: np.ndarray, stamp: str) -> None:
    # Temp names then rename: a reader never sees half an index.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(f"{path}.tmp.npy")
        np.save(tmp, matrix)
        tmp_json = Path(f"{path}.tmp.json")
        tmp_json.write_text(json.dumps({"ids": ids, "stamp": stamp}))
        tmp.replace(Path(f"{path}.npy"))
        tmp_json.replace(Path(f"{path}.json"))
    except OSError as exc:
        logger.warning("could not save the dense index at %s: %s", path, exc)


@lru_cache(maxsize=8192)
def canonical_company(name: str) -> str:
    from ingest.metadata import canonical_company as canonical

    return canonical(name)


def _company_keys(names: Sequence[str], records: Iterable[DocumentRecord]) -> list[str]:
    """Filter keys for companies as a person types them: "Verizon" finds "Verizon Communications Inc."."""
    from ingest.metadata import company_matches

    companies = {r.company for r in records if r.company}
    keys = {canonical_company(n) for n in names}
    keys |= {canonical_company(c) for c in companies for n in names if company_matches(n, c)}
    return sorted(k for k in keys if k)


def chroma_where(fields: Mapping[str, Sequence[str]]) -> dict[str, Any] | None:
    clauses: list[dict[str, Any]] = [
        {name: {"$in": list(values)}} for name, values in fields.items() if values
    ]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def rrf(rankings: Sequence[Sequence[str]], k: int = 60, weights: Sequence[float] | None = None) -> dict[str, float]:
    scores: dict[str, float] = {}
    for r, ranking in enumerate(rankings):
        w = weights[r] if weights else 1.0
        for rank, cid in enumerate(ranking):
            scores[cid] = scores.get(cid, 0.0) + w / (k + rank + 1)
    return scores


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else float(a == b)


def cross_encoder_scorer(model: str) -> Scorer:
    """A sentence-transformers CrossEncoder (local path or hub name) as a scorer."""
    try:
        from sentence_transformers import CrossEncoder
    except ImportError as exc:  # pragma: no cover - install problem
        raise RuntimeError("reranking needs sentence-transformers: pip install sentence-transformers") from exc
    from assistant.offline import ensure_hf_offline

    ensure_hf_offline(model)
    encoder = CrossEncoder(model)

    def score(query: str, texts: list[str]) -> list[float]:
        return [float(s) for s in encoder.predict([(query, t) for t in texts])]

    return score


@dataclass
class _Cand:
    chunk: StoredChunk
    base: float = 0.0
    factor: float = 1.0
    why: dict[str, float] = field(default_factory=dict)

    @property
    def score(self) -> float:
        return self.base * self.factor


class HybridRetriever:
    def __init__(
        self, library: Library, config: RankingConfig | None = None, *, reranker: Scorer | None = None
    ) -> None:
        self.library = library
        self.settings = library.settings
        self.config = config or RankingConfig()
        self._reranker = reranker
        self.last_timings_ms: dict[str, float] = {}
        self.last_parsed: ParsedQuery | None = None
        self.last_explain: list[dict[str, Any]] = []

    def reranker(self) -> Scorer | None:
        if self._reranker is None and self.settings.reranker:
            self._reranker = cross_encoder_scorer(self.settings.reranker)
        return self._reranker

    def search(
        self, query: str, k: int | None = None, filters: Filters | None = None
    ) -> list[SearchHit]:
        k = k or self.settings.top_k
        cfg = self.config
        filters = filters or Filters()
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        records = {d.doc_id: d for d in self.library.documents()}
        parsed = parse_question(query, list(records.values())) if cfg.parse else None
        fields = filters.as_fields()
        if filters.company:
            fields["company_key"] = _company_keys(filters.company, records.values())
        elif parsed and parsed.companies and cfg.company_filter:
            fields.update(Filters(company=parsed.companies).as_fields())
        prior = (
            doc_priors(parsed, records.values(), cfg.period_weight, cfg.recency_weight)
            if parsed is not None and not filters.period
            else {}
        )
        timings["parse"] = (time.perf_counter() - t0) * 1000

        text = parsed.text if parsed else query
        n_cand = max(self.settings.candidates, cfg.min_candidates, k * 4)
        t0 = time.perf_counter()
        vector = self.library.embedder.embed_query(text)
        timings["embed"] = (time.perf_counter() - t0) * 1000

        lex_query, weights = (
            lexical_query(parsed, cfg.line_item_weight, cfg.expansion_weight, cfg.cue_weight)
            if parsed is not None
            else (text, None)
        )
        runs: list[tuple[list[str], list[str], float]] = []  # (dense ids, lexical ids, weight)
        pools: dict[str, StoredChunk] = {}
        t_dense = t_lex = 0.0
        extra_kinds = parsed.needs_statements if parsed else []
        plans: list[tuple[dict[str, list[str]], float]] = [(fields, 1.0)]
        # A search inside each statement the question names or implies: statement pages are short
        # on words and long on figures, so they rarely surface on their own.
        searched = (parsed.statements if cfg.statement_search_all else extra_kinds) if parsed else []
        plans += [({**fields, "kind": [kind]}, cfg.statement_search_weight) for kind in searched]
        focus = (
            focus_docs(parsed, records.values(), fields.get("company_key", []))
            if parsed is not None and "doc_id" not in fields and "period" not in fields
            else []
        )
        if focus and cfg.period_filter:  # measured: same recall@5, lower @1 than focus + boost
            plans = [({**sub, "doc_id": focus}, w) for sub, w in plans]
        elif focus and cfg.focus_weight > 0:
            # Ranks inside the filing of the period asked about: a small 10-Q is not drowned by 10-Ks.
            plans.append(({**fields, "doc_id": focus}, cfg.focus_weight))
        index = self.library.lexical()
        t1 = time.perf_counter()
        exact = dense_index(self.library, index) if cfg.dense_in_memory else None
        masks = _Masks(index)
        dense_scores = exact.scores(vector, masks.get(fields)) if exact is not None else None
        t_dense += time.perf_counter() - t1
        for sub, weight in plans:
            t1 = time.perf_counter()
            if exact is not None and dense_scores is not None:
                dense_ids = exact.top(dense_scores, n_cand, masks.get(sub))
            else:  # no vectors in memory (a very large library, or a store that cannot list them)
                dense = self.library.store.query(vector, n_cand, chroma_where(sub))
                for c in dense:
                    pools.setdefault(c.chunk_id, c)
                dense_ids = [c.chunk_id for c in dense]
            t_dense += time.perf_counter() - t1
            t1 = time.perf_counter()
            allowed = masks.get(sub)
            lexical = (
                index.search(lex_query, n_cand, allowed=allowed, term_weights=weights)
                if allowed is None or allowed.any()
                else []
            )
            t_lex += time.perf_counter() - t1
            runs.append((dense_ids, [h.chunk_id for h in lexical], weight))
        timings["dense"] = t_dense * 1000
        timings["lexical"] = t_lex * 1000

        t0 = time.perf_counter()
        rrf_k = self.settings.rrf_k if "rrf_k" in self.settings.model_fields_set else cfg.rrf_k
        fused: dict[str, float] = {}
        for dense_ids, lex_ids, w in runs:
            part = rrf([dense_ids, lex_ids], k=rrf_k, weights=[w * cfg.dense_weight, w * cfg.lexical_weight])
            for cid, s in part.items():
                fused[cid] = fused.get(cid, 0.0) + s
        # Score every candidate from metadata the indexes already hold; read texts for the leaders only.
        cands: list[_Cand] = []
        for cid, base in fused.items():
            found = pools.get(cid)
            if found is None:
                pos = index.position(cid)
                if pos is None:
                    continue
                found = StoredChunk(cid, "", {f: str(index.meta[f][pos]) for f in ("doc_id", "kind")})
            record = records.get(str(found.meta.get("doc_id")))
            sha = found.meta.get("doc_sha")
            if record is None or (sha is not None and record.sha256 != sha):
                continue  # an uncommitted or removed version
            cand = _Cand(found, base)
            self._adjust(cand, parsed, prior.get(record.doc_id, 1.0))
            cands.append(cand)
        cands.sort(key=lambda c: -c.score)
        cands = self._load_leaders(cands, max(8 * k, cfg.rerank_top, 40), extra_kinds, parsed)
        scorer = self.reranker()
        if scorer is not None and cands:
            cands = self._rerank(scorer, text, cands)
        chosen = self._select(cands, k, extra_kinds)
        timings["rank"] = (time.perf_counter() - t0) * 1000

        hits = [self._hit(c, records) for c in chosen]
        self.last_parsed = parsed
        self.last_explain = [
            {"chunk_id": c.chunk.chunk_id, "page": c.chunk.meta.get("page"), "kind": c.chunk.meta.get("kind"),
             "base": round(c.base, 5), **{n: round(v, 3) for n, v in c.why.items()}}
            for c in chosen
        ]
        self.last_timings_ms = {name: round(v, 2) for name, v in timings.items()}
        return hits

    # -- scoring ---------------------------------------------------------------------------------
    def _adjust(self, cand: _Cand, parsed: ParsedQuery | None, prior: float) -> None:
        cfg = self.config
        kind = str(cand.chunk.meta.get("kind") or "text")
        factor = prior
        if prior != 1.0:
            cand.why["period"] = prior
        if kind == "boilerplate":
            factor *= cfg.boilerplate_factor
            cand.why["boilerplate"] = cfg.boilerplate_factor
        elif kind == "exhibit":
            factor *= cfg.exhibit_factor
            cand.why["exhibit"] = cfg.exhibit_factor
        if parsed is not None:
            if kind in parsed.statements:
                boost = 1.0 + cfg.statement_boost * (1.0 if kind in parsed.explicit_statements else 0.6)
                factor *= boost
                cand.why["statement"] = boost
            if parsed.numeric and (kind == "table" or kind in STATEMENT_KINDS):
                factor *= 1.0 + cfg.table_boost
                cand.why["table"] = 1.0 + cfg.table_boost
        cand.factor = factor

    def _load_leaders(
        self, cands: list[_Cand], n: int, kinds: list[str], parsed: ParsedQuery | None
    ) -> list[_Cand]:
        """The top `n` (and the best of each needed statement) with text and full metadata."""
        head = cands[:n]
        for kind in kinds:
            best = next((c for c in cands if c.chunk.meta.get("kind") == kind), None)
            if best is not None and best not in head:
                head.append(best)
        missing = [c.chunk.chunk_id for c in head if "page" not in c.chunk.meta]
        fetched = {c.chunk_id: c for c in self.library.store.get_chunks(missing)} if missing else {}
        out: list[_Cand] = []
        for cand in head:
            if "page" not in cand.chunk.meta:
                full = fetched.get(cand.chunk.chunk_id)
                if full is None:
                    continue
                cand.chunk = full
            self._discussion(cand, parsed)
            out.append(cand)
        out.sort(key=lambda c: -c.score)
        return out

    def _discussion(self, cand: _Cand, parsed: ParsedQuery | None) -> None:
        boost = self.config.discussion_boost
        if parsed is not None and parsed.explanatory and boost and _DISCUSSION.search(
            str(cand.chunk.meta.get("section") or "")
        ):
            cand.factor *= 1.0 + boost
            cand.why["discussion"] = 1.0 + boost

    def _rerank(self, scorer: Scorer, query: str, cands: list[_Cand]) -> list[_Cand]:
        top = cands[: self.config.rerank_top]
        texts = [f"{c.chunk.meta.get('header') or ''}\n{c.chunk.text}".strip() for c in top]
        scores = scorer(query, texts)
        # Keep the structural factors (period, boilerplate) on top of the cross-encoder's opinion.
        lo = min(scores)
        for cand, s in zip(top, scores, strict=True):
            cand.why["rerank"] = s
            cand.base = (s - lo + 1e-3)
        top.sort(key=lambda c: -c.score)
        return top + cands[self.config.rerank_top :]

    def _select(self, cands: list[_Cand], k: int, statements: list[str]) -> list[_Cand]:
        """Top k: at most `per_page` chunks a page, no passage twice (the same paragraph in this
        year's and last year's filing counts as twice), the best page of each needed statement."""
        chosen: list[_Cand] = []
        per_page: dict[tuple[str, int], int] = {}
        shingles: list[set[str]] = []

        def take(cand: _Cand, page_limit: bool = True) -> None:
            if len(chosen) >= k or cand in chosen:
                return
            key = (str(cand.chunk.meta.get("doc_id")), int(cand.chunk.meta.get("page") or 1))
            if page_limit and per_page.get(key, 0) >= self.config.per_page:
                return
            words = set(_words(cand.chunk.text))
            if any(_jaccard(words, other) >= self.config.near_duplicate for other in shingles):
                return
            shingles.append(words)
            per_page[key] = per_page.get(key, 0) + 1
            chosen.append(cand)

        # The best chunk of each needed statement first (a ratio needs both pages), then the rest.
        for kind in statements:
            best = next((c for c in cands if c.chunk.meta.get("kind") == kind), None)
            if best is not None:
                take(best)
        for cand in cands:
            take(cand)
        for cand in cands:  # fewer distinct pages than k: allow more chunks per page
            take(cand, page_limit=False)
        chosen.sort(key=lambda c: -c.score)
        return chosen

    def _hit(self, cand: _Cand, records: Mapping[str, DocumentRecord]) -> SearchHit:
        meta = cand.chunk.meta
        record = records[str(meta.get("doc_id"))]
        return SearchHit(
            chunk_id=cand.chunk.chunk_id,
            doc_id=record.doc_id,
            title=record.title,
            source=record.source,
            page=int(meta.get("page") or 1),
            page_end=int(meta.get("page_end") or meta.get("page") or 1),
            text=cand.chunk.text,
            score=round(cand.score, 6),
            kind=str(meta.get("kind") or "text"),
            company=record.company,
            period=record.period,
            doc_type=record.doc_type,
        )


def with_config(retriever: HybridRetriever, **changes: Any) -> HybridRetriever:
    """A retriever on the same library with some ranking weights changed (for benchmarks)."""
    return HybridRetriever(retriever.library, replace(retriever.config, **changes), reranker=retriever._reranker)


def _build_langchain_retriever() -> type:
    from langchain_core.callbacks import CallbackManagerForRetrieverRun
    from langchain_core.documents import Document
    from langchain_core.retrievers import BaseRetriever

    class FootnoteRetriever(BaseRetriever):
        """Footnote's hybrid search as a LangChain retriever: `FootnoteRetriever(library=lib, k=5)`."""

        library: Any
        k: int = 5
        filters: Any = None  # assistant.retrieval.Filters

        def _get_relevant_documents(
            self, query: str, *, run_manager: CallbackManagerForRetrieverRun
        ) -> list[Document]:
            hits = HybridRetriever(self.library).search(query, k=self.k, filters=self.filters)
            return [
                Document(
                    page_content=h.text,
                    metadata={
                        "doc_id": h.doc_id, "title": h.title, "source": h.source, "page": h.page,
                        "score": h.score, "chunk_id": h.chunk_id, "kind": h.kind,
                        "company": h.company, "period": h.period, "doc_type": h.doc_type,
                    },
                )
                for h in hits
            ]

    return FootnoteRetriever


_LAZY: dict[str, type] = {}


def __getattr__(name: str) -> Any:
    # LangChain takes seconds to import: build the retriever class only when someone asks for it.
    if name == "FootnoteRetriever":
        if name not in _LAZY:
            _LAZY[name] = _build_langchain_retriever()
        return _LAZY[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
