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

import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from assistant.query import ParsedQuery, parse_question
from assistant.types import SearchHit
from ingest.chunking import text_fingerprint

if TYPE_CHECKING:
    from assistant.library import Library
    from assistant.store.base import StoredChunk
    from assistant.types import DocumentRecord

logger = logging.getLogger(__name__)

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
        from ingest.metadata import canonical_company

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
    table_boost: float = 0.25  # tables and statements for questions that ask for a figure
    boilerplate_factor: float = 0.3
    exhibit_factor: float = 0.6
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    expansion_weight: float = 0.4  # BM25 weight of statement words for a named line item
    focus_weight: float = 1.0  # extra search inside the documents of the period asked about
    recency_weight: float = 0.15  # no period asked: older filings of a company keep 85%
    per_page: int = 1  # chunks per page in the top k
    min_candidates: int = 120  # per retriever (settings.candidates may ask for more)
    rerank_top: int = 30


def _company_keys(names: Sequence[str], records: Iterable[DocumentRecord]) -> list[str]:
    """Filter keys for companies as a person types them: "Verizon" finds "Verizon Communications Inc."."""
    from ingest.metadata import canonical_company, company_matches

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
        prior = self._doc_prior(parsed, records, filters)
        timings["parse"] = (time.perf_counter() - t0) * 1000

        text = parsed.text if parsed else query
        n_cand = max(self.settings.candidates, cfg.min_candidates, k * 4)
        t0 = time.perf_counter()
        vector = self.library.embedder.embed_query(text)
        timings["embed"] = (time.perf_counter() - t0) * 1000

        lex_query, weights = text, None
        if parsed and parsed.expansions:
            extra = " ".join(parsed.expansions)
            lex_query = f"{text} {extra}"
            from assistant.lexical import tokenize

            base_terms = set(tokenize(text))
            weights = {t: cfg.expansion_weight for t in tokenize(extra) if t not in base_terms}
        runs: list[tuple[list[str], list[str], float]] = []  # (dense ids, lexical ids, weight)
        pools: dict[str, StoredChunk] = {}
        t_dense = t_lex = 0.0
        extra_kinds = parsed.needs_statements if parsed else []
        plans: list[tuple[dict[str, list[str]], float]] = [(fields, 1.0)]
        plans += [({**fields, "kind": [kind]}, 0.5) for kind in extra_kinds]
        focus = self._focus_docs(parsed, records, fields)
        if focus and cfg.focus_weight > 0:
            # Ranks inside the filing of the period asked about: a small 10-Q is not drowned by 10-Ks.
            plans.append(({**fields, "doc_id": focus}, cfg.focus_weight))
        for sub, weight in plans:
            t1 = time.perf_counter()
            dense = self.library.store.query(vector, n_cand, chroma_where(sub))
            t_dense += time.perf_counter() - t1
            t1 = time.perf_counter()
            lexical = self.library.lexical().search(lex_query, n_cand, sub, term_weights=weights)
            t_lex += time.perf_counter() - t1
            for c in dense:
                pools.setdefault(c.chunk_id, c)
            runs.append(([c.chunk_id for c in dense], [h.chunk_id for h in lexical], weight))
        timings["dense"] = t_dense * 1000
        timings["lexical"] = t_lex * 1000

        t0 = time.perf_counter()
        fused: dict[str, float] = {}
        for dense_ids, lex_ids, w in runs:
            part = rrf([dense_ids, lex_ids], k=self.settings.rrf_k, weights=[w * cfg.dense_weight, w * cfg.lexical_weight])
            for cid, s in part.items():
                fused[cid] = fused.get(cid, 0.0) + s
        need = [cid for cid in fused if cid not in pools]
        for fetched in self.library.store.get_chunks(need):
            pools[fetched.chunk_id] = fetched
        cands: list[_Cand] = []
        for cid, base in fused.items():
            found = pools.get(cid)
            record = records.get(str(found.meta.get("doc_id"))) if found else None
            if found is None or record is None or record.sha256 != found.meta.get("doc_sha"):
                continue  # an uncommitted or removed version
            cand = _Cand(found, base)
            self._adjust(cand, parsed, prior.get(record.doc_id, 1.0))
            cands.append(cand)
        cands.sort(key=lambda c: -c.score)
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
    def _focus_docs(
        self, parsed: ParsedQuery | None, records: Mapping[str, DocumentRecord], fields: Mapping[str, list[str]]
    ) -> list[str]:
        """Documents of exactly the period asked about, when they are a real subset of the search."""
        if parsed is None or not parsed.doc_periods or "doc_id" in fields or "period" in fields:
            return []
        keys = set(fields.get("company_key", []))
        from ingest.metadata import canonical_company

        pool = [r for r in records.values() if not keys or canonical_company(r.company or "") in keys]
        best = [r.doc_id for r in pool if parsed.doc_periods.get(r.period or "", 0.0) >= 0.999]
        return best if best and len(best) < len(pool) else []

    def _doc_prior(
        self, parsed: ParsedQuery | None, records: Mapping[str, DocumentRecord], filters: Filters
    ) -> dict[str, float]:
        """Per-document factor from the periods the question names (1.0 = no opinion).

        With no period named, a company's latest filing is preferred a little: questions
        in the present tense ask about now.
        """
        from ingest.metadata import period_year

        cfg = self.config
        if parsed is None or filters.period:
            return {}
        out: dict[str, float] = {}
        if parsed.doc_periods and cfg.period_weight > 0:
            for doc_id, record in records.items():
                affinity = parsed.doc_periods.get(record.period or "", 0.0)
                out[doc_id] = (1.0 - cfg.period_weight) + cfg.period_weight * affinity
        elif not parsed.periods and cfg.recency_weight > 0:
            # Latest of each kind: the newest 10-K and the newest 10-Q are both "current".
            latest: dict[tuple[str, str], int] = {}
            for record in records.values():
                year = period_year(record.period)
                if record.company and year:
                    key = (record.company, record.doc_type or "")
                    latest[key] = max(latest.get(key, 0), year)
            for doc_id, record in records.items():
                year = period_year(record.period)
                if record.company and year and year < latest[(record.company, record.doc_type or "")]:
                    out[doc_id] = 1.0 - cfg.recency_weight
        return out

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
        """Top k with at most `per_page` chunks a page, no text twice, and one page per needed statement."""
        chosen: list[_Cand] = []
        per_page: dict[tuple[str, int], int] = {}
        seen: set[str] = set()

        def take(cand: _Cand) -> bool:
            key = (str(cand.chunk.meta.get("doc_id")), int(cand.chunk.meta.get("page") or 1))
            fp = text_fingerprint(cand.chunk.text)
            if fp in seen or per_page.get(key, 0) >= self.config.per_page or cand in chosen:
                return False
            seen.add(fp)
            per_page[key] = per_page.get(key, 0) + 1
            chosen.append(cand)
            return True

        # The best chunk of each needed statement first (a ratio needs both pages), then the rest.
        for kind in statements:
            best = next((c for c in cands if c.chunk.meta.get("kind") == kind), None)
            if best is not None:
                take(best)
        for cand in cands:
            if len(chosen) >= k:
                break
            take(cand)
        if len(chosen) < k:  # fewer distinct pages than k: allow more chunks per page
            for cand in cands:
                if len(chosen) >= k:
                    break
                fp = text_fingerprint(cand.chunk.text)
                if cand not in chosen and fp not in seen:
                    seen.add(fp)
                    chosen.append(cand)
        chosen.sort(key=lambda c: -c.score)
        return chosen[:k]

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
