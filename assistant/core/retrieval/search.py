"""Hybrid search: dense + BM25 candidates, fused, re-scored by what the question says, selected.

- The question is parsed once (`assistant.core.query`): a recognised company present in the
  library becomes a hard filter; periods become a per-document boost (a 10-K for FY2022 also
  holds FY2021 comparatives, so a period is not a filter); named or implied statements boost
  chunks of that statement; boilerplate (tables of contents, exhibit indexes, signatures,
  certifications) and the exhibits a 10-K attaches after its signatures are pushed down.
- A question that needs two statements (a ratio) gets one extra search per statement, and
  the best page of each is kept in the top k.
- At most one chunk per page in the top k (a page is what a citation opens), no text twice.
- The passage that scored best on its own words, before pages voted, keeps a place in the top k.
- Optional cross-encoder reranking when `settings.reranker` names a model.
Filters (company, period, doc type, doc ids) go inside both searches. Chunks of uncommitted
document versions are never returned. `search` returns a `SearchResult`: the hits, the parsed
question, why each hit ranked where it did, and the time each step took.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from assistant.core.finance.companies import canonical_company
from assistant.core.query import ParsedQuery, parse_question
from assistant.core.retrieval import pages as page_rules
from assistant.core.retrieval.absent import absent_companies, known_name_check, term_counts
from assistant.core.retrieval.company_scope import company_scope
from assistant.core.retrieval.config import RankingConfig
from assistant.core.retrieval.derived import with_derived_forms
from assistant.core.retrieval.filters import Filters, chroma_where, company_filter_keys
from assistant.core.retrieval.fiscal_dates import with_fiscal_dates
from assistant.core.retrieval.fusion import rrf
from assistant.core.retrieval.pages import on_cover, page_votes, section_prior
from assistant.core.retrieval.passages import PassageTerms, passage_prior, passage_terms
from assistant.core.retrieval.priors import doc_priors, focus_docs, kind_priors, lexical_query
from assistant.core.retrieval.rerank import Scorer, cross_encoder_scorer
from assistant.core.retrieval.result import SearchResult
from assistant.core.retrieval.selection import Candidate, same_passage, select
from assistant.core.retrieval.shards import shard_view
from assistant.core.retrieval.shared_name import meant_company
from assistant.core.retrieval.vectors import FilterMasks, dense_index
from assistant.core.store.base import StoredChunk
from assistant.core.types import SearchHit

if TYPE_CHECKING:
    from assistant.core.library import Library
    from assistant.core.types import DocumentRecord

__all__ = ["STATEMENT_KINDS", "HybridRetriever", "SearchResult", "with_config"]

# Management's discussion and analysis: where a filing explains what changed and why.
_DISCUSSION = re.compile(r"discussion\s+and\s+analysis", re.I)
STATEMENT_KINDS = ("balance_sheet", "income_statement", "cash_flow", "comprehensive_income", "equity")


class HybridRetriever:
    def __init__(
        self, library: Library, config: RankingConfig | None = None, *, reranker: Scorer | None = None
    ) -> None:
        self.library = library
        self.settings = library.settings
        self.config = config or RankingConfig()
        self._reranker = reranker

    def reranker(self) -> Scorer | None:
        if self._reranker is None and self.settings.reranker:
            self._reranker = cross_encoder_scorer(self.settings.reranker)
        return self._reranker

    def search(
        self, query: str | ParsedQuery, k: int | None = None, filters: Filters | None = None
    ) -> SearchResult:
        """The top `k` passages for `query` (a question, or one `parse_question` already read)."""
        if k is not None and k < 1:
            raise ValueError(f"k must be at least 1 (got {k})")
        k = k or self.settings.top_k
        cfg = self.config
        filters = filters or Filters()
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        records = {d.doc_id: d for d in self.library.documents()}
        parsed: ParsedQuery | None = None
        if isinstance(query, ParsedQuery):
            parsed, query = (query if cfg.parse else None), query.question
        elif cfg.parse:
            parsed = parse_question(query, list(records.values()))
            if cfg.company_filter and not filters.company:
                parsed = meant_company(parsed, records, lambda p: self.search(p, k=k, filters=filters))
            parsed = with_fiscal_dates(parsed, records.values(), self.library) if cfg.fiscal_dates else parsed
        if parsed is not None and not cfg.adjusted_topic and "adjusted" in parsed.topics:
            parsed = replace(parsed, topics=[t for t in parsed.topics if t != "adjusted"])
        fields = filters.as_fields()
        if filters.company:
            fields["company_key"] = company_filter_keys(filters.company, records.values())
        elif parsed and parsed.companies and cfg.company_filter and "doc_id" not in fields:
            # The companies named, short or in full, and documents with no company that name them.
            fields.update(company_scope(self.library, records, parsed.companies))
        forward = parsed is not None and cfg.forward_recency and "guidance" in parsed.topics
        prior = (
            doc_priors(parsed, records.values(), cfg.period_weight,
                       cfg.forward_weight if forward else cfg.recency_weight, forward=forward)
            if parsed is not None and not filters.period
            else {}
        )
        kind_weights = {"quarterly": cfg.quarterly_kind_weight, "annual": cfg.annual_kind_weight,
                        "adjusted": cfg.adjusted_kind_weight}
        if parsed is not None and parsed.filing_kinds and not filters.doc_type and any(kind_weights.values()):
            for doc_id, f in kind_priors(parsed, records.values(), kind_weights).items():
                prior[doc_id] = prior.get(doc_id, 1.0) * f
        if parsed is not None and cfg.absent_company and "company_key" not in fields and "doc_id" not in fields:
            absent = absent_companies(parsed, *term_counts(self.library, records), cfg.absent_rare_share,
                                      known_name_check(self.library, records))
            if absent:  # "not in the library" beats another company's pages
                timings["parse"] = (time.perf_counter() - t0) * 1000
                return SearchResult([], query=parsed, timings_ms=timings, absent=absent)
        timings["parse"] = (time.perf_counter() - t0) * 1000

        text = parsed.text if parsed else query
        n_cand = max(self.settings.candidates, cfg.min_candidates, k * 4)
        t0 = time.perf_counter()
        vector = self.library.embedder.embed_query(text)
        timings["embed"] = (time.perf_counter() - t0) * 1000

        lex_query, weights = (text, None) if parsed is None else lexical_query(
            parsed, cfg.line_item_weight, cfg.expansion_weight, cfg.cue_weight, cfg.topic_weight,
            cfg.synonym_weight, cfg.related_synonyms)
        runs: list[tuple[list[str], list[str], float]] = []  # (dense ids, lexical ids, weight)
        pools: dict[str, StoredChunk] = {}
        t_dense = t_lex = 0.0
        extra_kinds = parsed.needs_statements if parsed else []
        if parsed is not None and cfg.explain_statement and parsed.explanatory:
            # What drove a metric: the statement it is read from, beside the discussion of it.
            extra_kinds = list(dict.fromkeys([*extra_kinds, *parsed.formula_statements]))
        if parsed is not None and cfg.formula_pages and len(parsed.formula_statements) >= 2:
            # A metric over two statements (inventory turnover): a page of each belongs in the top k.
            extra_kinds = list(dict.fromkeys([*extra_kinds, *parsed.formula_statements]))
        plans: list[tuple[dict[str, list[str]], float]] = [(fields, 1.0)]
        # A search inside each statement the question names or implies: statement pages are short
        # on words and long on figures, so they rarely surface on their own.
        searched = (
            list(dict.fromkeys([*parsed.statements, *extra_kinds])) if cfg.statement_search_all else extra_kinds
        ) if parsed else []
        plans += [({**fields, "kind": [kind]}, cfg.statement_search_weight) for kind in searched]
        focus = (
            focus_docs(parsed, records.values(), _scope_keys(fields, records))
            if parsed is not None and not filters.doc_id and "period" not in fields
            else []
        )
        if focus and cfg.period_filter:  # measured: same recall@5, lower @1 than focus + boost
            plans = [({**sub, "doc_id": focus}, w) for sub, w in plans]
        elif focus and cfg.focus_weight > 0:
            # Ranks inside the filing of the period asked about: a small 10-Q is not drowned by 10-Ks.
            plans.append(({**fields, "doc_id": focus}, cfg.focus_weight))
        t1 = time.perf_counter()
        view, nearest, scope = (  # a shared library: only the shards these filters allow (retrieval/shards.py)
            shard_view(self.library, records, fields, vector, n_cand, focus) if self.library.sharded
            else (None, None, None)
        )
        timings["shards"] = (time.perf_counter() - t1) * 1000
        index = view if view is not None else self.library.lexical()
        if parsed is not None:
            lex_query, weights = with_derived_forms(parsed, index, lex_query, weights, self.config.derivation_weight)
        t1 = time.perf_counter()
        if view is not None:
            exact = view.dense
        else:
            exact = dense_index(self.library, index) if cfg.dense_in_memory else None
        masks = FilterMasks(index)
        dense_scores = exact.scores(vector, masks.get(fields)) if exact is not None else None
        t_dense += time.perf_counter() - t1
        for sub, weight in plans:
            t1 = time.perf_counter()
            if exact is not None and dense_scores is not None:
                dense_ids = exact.top(dense_scores, n_cand, masks.get(sub))
            else:  # no vectors in memory (a very large library, or a store that cannot list them)
                dense = (
                    nearest if nearest is not None and sub == fields
                    else scope.nearest(vector, n_cand, sub) if scope is not None  # published vectors
                    else self.library.store.query(vector, n_cand, chroma_where(sub))
                )
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
        cands: list[Candidate] = []
        for cid, base in fused.items():
            found = pools.get(cid) or (view.chunk(cid) if view is not None else None)
            if found is None:
                pos = index.position(cid)
                if pos is None:
                    continue
                found = StoredChunk(cid, "", {f: str(index.meta[f][pos]) for f in ("doc_id", "kind")})
            record = records.get(str(found.meta.get("doc_id")))
            sha = found.meta.get("doc_sha")
            if record is None or (sha is not None and record.sha256 != sha):
                continue  # an uncommitted or removed version
            cand = Candidate(found, base)
            self._adjust(cand, parsed, prior.get(record.doc_id, 1.0))
            cands.append(cand)
        cands.sort(key=lambda c: -c.score)
        paged = {doc_id for doc_id, r in records.items() if (r.pages or 0) > 1}
        terms = (passage_terms(text, parsed.companies if parsed else [], index, cfg.derivation_weight > 0)
                 if cfg.passage_weight else PassageTerms())
        cands = self._load_leaders(cands, max(8 * k, cfg.rerank_top, 40), extra_kinds, parsed, paged, terms)
        scorer = self.reranker()
        if scorer is not None and cands:
            cands = self._rerank(scorer, text, cands)
        chosen = select(cands, k, extra_kinds, paged, self.config)
        mates = page_rules.page_siblings(chosen, [c for c in cands if c.chunk.meta.get("doc_id") in paged],
                                         cfg.sibling_ratio, cfg.page_siblings, self._same)
        timings["rank"] = (time.perf_counter() - t0) * 1000

        explain = [
            {"chunk_id": c.chunk.chunk_id, "page": c.chunk.meta.get("page"), "kind": c.chunk.meta.get("kind"),
             "base": round(c.base, 5), **{n: round(v, 3) for n, v in c.why.items()}}
            for c in chosen
        ]
        return SearchResult(
            [self._hit(c, records) for c in chosen],
            siblings=[self._hit(m, records) for c in chosen for m in mates.get(id(c), [])],
            query=parsed,
            explain=explain,
            timings_ms={name: round(v, 2) for name, v in timings.items()},
        )

    # -- scoring ---------------------------------------------------------------------------------
    def _adjust(self, cand: Candidate, parsed: ParsedQuery | None, prior: float) -> None:
        cfg = self.config
        kind = str(cand.chunk.meta.get("kind") or "text")
        factor = prior
        if prior != 1.0:
            cand.why["period"] = prior
        if kind == "boilerplate" and not (parsed is not None and cfg.section_boost > 0 and on_cover(parsed.topics)):
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

    def _load_leaders(self, cands: list[Candidate], n: int, kinds: list[str], parsed: ParsedQuery | None,
                      paged: set[str], terms: PassageTerms) -> list[Candidate]:
        """The top `n` (and each needed statement's best) with text, metadata and best-window match."""
        head = cands[:n]
        for kind in kinds:
            best = next((c for c in cands if c.chunk.meta.get("kind") == kind), None)
            if best is not None and best not in head:
                head.append(best)
        missing = [c.chunk.chunk_id for c in head if "page" not in c.chunk.meta]
        fetched = {c.chunk_id: c for c in self.library.store.get_chunks(missing)} if missing else {}
        out: list[Candidate] = []
        for cand in head:
            if "page" not in cand.chunk.meta:
                full = fetched.get(cand.chunk.chunk_id)
                if full is None:
                    continue
                cand.chunk = full
            self._discussion(cand, parsed)
            if parsed is not None:
                section_prior(cand, parsed.topics, self.config.section_boost, self.config.boilerplate_factor, parsed.question)
            passage_prior(cand, terms, self.config.passage_width, self.config.passage_weight)
            cand.own = cand.score  # what the passage earned on its own, before votes (pages.own_leaders)
            out.append(cand)
        # Votes count pages; an article or a note is one "page", where a vote would only favour
        # long documents over short ones.
        page_votes([c for c in out if str(c.chunk.meta.get("doc_id")) in paged],
                   self.config.page_vote, self.config.neighbour_vote)
        out.sort(key=lambda c: -c.score)
        return out

    def _discussion(self, cand: Candidate, parsed: ParsedQuery | None) -> None:
        boost = self.config.discussion_boost
        if parsed is not None and parsed.explanatory and boost and _DISCUSSION.search(
            str(cand.chunk.meta.get("section") or "")
        ):
            cand.factor *= 1.0 + boost
            cand.why["discussion"] = 1.0 + boost

    def _rerank(self, scorer: Scorer, query: str, cands: list[Candidate]) -> list[Candidate]:
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

    def _same(self, a: Candidate, b: Candidate) -> bool:
        return same_passage(a, b, self.config)

    def _hit(self, cand: Candidate, records: Mapping[str, DocumentRecord]) -> SearchHit:
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


def _scope_keys(fields: Mapping[str, list[str]], records: Mapping[str, DocumentRecord]) -> list[str]:
    """The company keys a search is scoped to: its filter's, or those of the documents it names by id."""
    if "company_key" in fields:
        return list(fields["company_key"])
    companies = {records[d].company for d in fields.get("doc_id", []) if d in records}
    return sorted({canonical_company(c) for c in companies if c})


def with_config(retriever: HybridRetriever, **changes: Any) -> HybridRetriever:
    """A retriever on the same library with some ranking weights changed (for benchmarks)."""
    return HybridRetriever(retriever.library, replace(retriever.config, **changes), reranker=retriever._reranker)
