"""The ranking's weights, in one frozen object the benchmarks can vary."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["RankingConfig"]


@dataclass(frozen=True)
class RankingConfig:
    """Weights of the ranking; defaults chosen by `python -m bench.retrieval` (see README)."""

    parse: bool = True  # understand the question (company filter, boosts, instruction removal)
    company_filter: bool = True
    absent_company: bool = True  # a question naming only companies the library lacks gets no pages
    absent_rare_share: float = 0.002  # a name is rarer than this share of chunks (else it is a word)
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
    topic_weight: float = 0.5  # BM25 weight of the words filings use for an event/fact topic (finance.topics)
    # BM25 weight of the filings' words for what a question paraphrases (finance.synonyms:
    # "headcount" finds "employees", "bring in" finds "revenue"); related: near synonyms too.
    synonym_weight: float = 0.0
    related_synonyms: bool = False
    derivation_weight: float = 0.6  # BM25 weight of the library's other forms of a question's words (retain: retention)
    section_boost: float = 0.6  # passages under the headings a question's topic is reported under
    page_vote: float = 0.6  # share of the rest of a page's candidate score a passage gains
    # A chosen page is represented by its passage with the best window match, if that passage
    # scored at least this share of the page's best (0: off; retrieval/pages.best_on_page).
    page_passage: float = 0.7
    # Other prose passages of a chosen page scoring at least sibling_ratio x its score: up to this
    # many a page (retrieval/pages.page_siblings), returned as SearchResult.siblings, passages of
    # their own ranked after the hits. Glued into their page's hit (session 14) the answerer took
    # neighbouring segment/year figures (dev wrong 46 -> 56); now the offline answerer reads them
    # only when the hits give no answer, for a stated figure (answering._sibling_quote).
    page_siblings: int = 1
    sibling_ratio: float = 0.7
    passage_leaders: int = 1  # the best passages before page votes that keep a place in the top k
    neighbour_vote: float = 0.0  # the same for the best passage of the pages either side
    # The kind of filing the wording points to (query.filing_kinds): other filings of the company keep 1 - weight.
    quarterly_kind_weight: float = 0.3  # a quarter asked: 10-Qs and earnings releases
    annual_kind_weight: float = 0.0  # a fiscal year asked: the 10-K
    adjusted_kind_weight: float = 0.5  # adjusted / non-GAAP / constant-currency measures: earnings releases
    adjusted_topic: bool = True  # adjusted measures as a topic: reconciliation words and sections (finance.topics)
    passage_weight: float = 0.4  # a chunk's best window: share of the question's rare words (retrieval/passages.py)
    passage_width: int = 30  # content words in that window (about two sentences)
    discussion_boost: float = 0.3  # MD&A passages for why / what-drove questions
    statement_search_weight: float = 0.5
    formula_pages: bool = True  # a metric whose formula spans two statements keeps a page of each in the top k
    explain_statement: bool = True  # why a metric changed: its statement's best page joins the discussion
    statement_search_all: bool = True  # False: only for questions that need two statements
    period_filter: bool = False  # restrict to the filings of the period asked about (when there are some)
    focus_weight: float = 1.0  # extra search inside the documents of the period asked about
    # A date that ends a filing's period (its facts' column dates) read as that filing's period,
    # not as a calendar quarter (retrieval/fiscal_dates.py).
    fiscal_dates: bool = True
    recency_weight: float = 0.15  # no period asked: older filings of a company keep 85%
    forward_recency: bool = True  # what a company expects (no period): its newest filing of any kind is current
    forward_weight: float = 0.15  # the same, for what a company expects: older filings' outlooks are stale
    continuation: bool = False  # the page after the best passage, same section, takes the last place
    per_page: int = 1  # chunks per page in the top k
    min_candidates: int = 120  # per retriever (settings.candidates may ask for more)
    rrf_k: int = 30  # used unless settings.rrf_k is set explicitly
    rerank_top: int = 30
    near_duplicate: float = 0.9  # word-set Jaccard at which two passages count as one
    dense_in_memory: bool = True  # exact dense search over vectors kept beside the lexical index
