"""Issue 16 signals on made-up filings: other forms of a question's words (retain / retention),
the kind of filing a question's wording points to, and both statements of a metric's formula."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.api import Library
from assistant.core.finance.metrics import formula_statements
from assistant.core.finance.plan import question_formula
from assistant.core.query import parse_question
from assistant.core.retrieval import HybridRetriever, RankingConfig
from assistant.core.retrieval.derived import derived_terms
from assistant.core.retrieval.lexstats import DocStats, LexicalStats
from assistant.core.retrieval.priors import kind_priors
from assistant.core.types import DocumentRecord
from assistant.core.words import root, stem
from tests.test_retrieval import BALANCE, INCOME, _add, _filler


# -- derivations ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("verb", "noun"),
    [("retain", "retention"), ("retained", "retention"), ("acquire", "acquisitions"), ("maintain", "maintenance"),
     ("operate", "operations"), ("reduce", "reduction"), ("expand", "expansion"), ("consume", "consumption"),
     ("perform", "performance"), ("profitable", "profitability"), ("diversify", "diversification")],
)
def test_a_verb_and_its_noun_share_a_root(verb: str, noun: str) -> None:
    assert root(verb) == root(noun)


def test_roots_keep_unrelated_words_apart() -> None:
    assert root("balance") != root("bal")
    assert root("revenue") != root("retention")
    assert stem("retention") != stem("retain")  # the answerer's stem is left as it was


class _Index:
    def __init__(self, vocab: list[str]) -> None:
        self.vocab = {t: i for i, t in enumerate(vocab)}


def test_derived_terms_are_the_library_words_of_the_same_root() -> None:
    index = _Index(["retention", "retain", "customer", "revenue", "acquisition", "acquired", "reduction"])
    found = derived_terms(index, {"retain": 1.0, "customer": 1.0}, 0.4)
    assert found == {"retention": 0.4}  # the question's own words are not added again
    # An added word's forms count as much as it does; inflections ("acquired") BM25 sees already.
    assert derived_terms(index, {"acquire": 0.5}, 0.6) == {"acquisition": pytest.approx(0.3)}
    assert derived_terms(index, {"retain": 1.0}, 0.0) == {}
    assert derived_terms(_Index([]), {"retain": 1.0}, 0.5) == {}


def test_a_shard_view_derives_from_the_library_wide_statistics() -> None:
    # A server-mode view has no vocabulary of its own, only the library's term statistics.
    stats = LexicalStats(chunks=40, df={"retention": 3, "customer": 9, "revenue": 30}, version=1)
    view = SimpleNamespace(stats=stats, vocab={})
    assert derived_terms(view, {"retain": 1.0}, 0.5) == {"retention": 0.5}
    stats.apply("d2", "sha", DocStats(2, 20, {"acquisition": 2}), 1)  # the library changed: new version
    assert derived_terms(view, {"acquire": 1.0}, 0.5) == {"acquisition": 0.5}
    assert derived_terms(SimpleNamespace(stats=LexicalStats(), vocab={}), {"retain": 1.0}, 0.5) == {}


RETENTION = (
    "Retention. Our renewal rate measures retention of paying households across all clubs; retention "
    "was 92.1% in fiscal 2022, compared with 91.4% in fiscal 2021, reflecting the loyalty of our base."
)


def test_a_question_verb_finds_the_filing_noun(fake_library: Library) -> None:
    _add(fake_library, "birch-22", "Birchwood Clubs, Inc.", "FY2022",
         [*_filler(6, "members and club operations"), RETENTION, *_filler(6, "members and fees")])
    question = "How well did Birchwood Clubs retain members in FY2022?"
    on = HybridRetriever(fake_library, RankingConfig(derivation_weight=0.5)).search(question, k=1)
    off = HybridRetriever(fake_library, RankingConfig(derivation_weight=0.0)).search(question, k=1)
    assert on.hits[0].page == 7
    assert off.hits[0].page != 7  # without the signal the filler pages about members win


# -- the kind of filing the wording points to ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("What was Acme's net income for the three months ended June 30, 2023?", {"quarterly"}),
        ("What were Acme's Q2 2023 net sales?", {"quarterly"}),
        ("What was Acme's constant currency sales growth in FY2023?", {"adjusted"}),
        ("What was Acme's adjusted EBITDA in the second quarter of 2023?", {"adjusted", "quarterly"}),
        ("What is Acme's FY2022 capital expenditure?", {"annual"}),
        ("Does Acme have a stable dividend?", set()),
        ("What were Acme's net sales in its FY2023 10-K?", set()),  # named: doc_types does it
    ],
)
def test_filing_kinds_read_from_the_wording(question: str, kinds: set[str]) -> None:
    assert set(parse_question(question, []).filing_kinds) == kinds


def _record(doc_id: str, company: str, doc_type: str) -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id, title=doc_id, source=f"/{doc_id}.pdf", sha256=doc_id, pages=3, chunks=3,
                          company=company, period="FY2023", doc_type=doc_type)


def test_kind_priors_demote_the_companys_other_filings_only_when_there_is_a_choice() -> None:
    records = [_record("a-10k", "Acme", "10-K"), _record("a-q2", "Acme", "10-Q"), _record("a-news", "Acme", "article"),
               _record("b-10k", "Birch", "10-K")]
    parsed = parse_question("What were Acme's Q2 2023 net sales?", records)
    assert parsed.companies == ["Acme"]
    assert kind_priors(parsed, records, {"quarterly": 0.3}) == {"a-10k": pytest.approx(0.7)}
    assert kind_priors(parsed, records, {"quarterly": 0.0}) == {}
    only_annual = parse_question("What were Birch's Q2 2023 net sales?", records)
    assert kind_priors(only_annual, records, {"quarterly": 0.3}) == {}  # nothing to prefer


def test_a_quarter_question_prefers_the_quarterly_report(fake_library: Library) -> None:
    # The same statement in both filings (the annual one says net revenue once more).
    annual = INCOME + "Net revenue rose on higher net revenue per case.\n"
    _add(fake_library, "acme-23", "Acme Foods Corp.", "FY2023", [*_filler(2, "costs"), annual])
    _add(fake_library, "acme-23q2", "Acme Foods Corp.", "Q2 2023", [*_filler(2, "costs"), INCOME], "10-Q")
    question = "What was Acme Foods' net revenue in its latest quarter?"
    on = HybridRetriever(fake_library, RankingConfig(quarterly_kind_weight=0.5)).search(question, k=2)
    off = HybridRetriever(fake_library, RankingConfig(quarterly_kind_weight=0.0)).search(question, k=2)
    assert on.hits[0].doc_id == "acme-23q2"
    assert off.hits[0].doc_id == "acme-23"


# -- both statements of a metric's formula ------------------------------------------------------
def test_formula_statements_come_from_the_metric_catalogue() -> None:
    assert formula_statements("cost_of_sales / avg(inventories)") == ["income_statement", "balance_sheet"]
    assert formula_statements("total_current_assets - total_current_liabilities") == ["balance_sheet"]
    assert question_formula("What was Acme's FY2022 inventory turnover?") == "cost_of_sales / avg(inventories)"
    assert question_formula("What were Acme's FY2022 net sales?") is None


def test_a_two_statement_metric_keeps_a_page_of_each(fake_library: Library) -> None:
    _add(fake_library, "acme-22", "Acme Foods Corp.", "FY2022",
         [*_filler(4, "inventory turnover and inventories"), BALANCE, *_filler(3, "inventories"), INCOME])
    question = "How fast does Acme Foods turn over its stock? Report FY2022 days inventory outstanding."
    parsed = parse_question(question, fake_library.documents())
    assert parsed.formula_statements == ["income_statement", "balance_sheet"]
    hits = HybridRetriever(fake_library, RankingConfig(formula_pages=True)).search(question, k=5)
    assert {"balance_sheet", "income_statement"} <= {h.kind for h in hits}


def test_adjusted_measures_are_a_topic_with_their_reconciliation_words() -> None:
    from assistant.core.finance.topics import find_topics
    from assistant.core.retrieval.priors import lexical_query

    parsed = parse_question("What was Acme's constant currency sales growth in FY2023?", [])
    assert "adjusted" in parsed.topics and "adjusted" in parsed.filing_kinds
    assert "adjusted" not in [t.name for t in find_topics("What were Acme's net sales in FY2023?")]
    query, weights = lexical_query(parsed, 2.0, 1.0, 1.0, topic_weight=0.5)
    assert weights is not None and weights.get("reconciliation") == 0.5 and "reconciliation" in query


def test_synonyms_of_a_question_word_join_the_lexical_query_at_their_own_weight() -> None:
    from assistant.core.lexical import tokenize
    from assistant.core.retrieval.priors import lexical_query

    parsed = parse_question("What was Acme's headcount at the end of FY2023?", [])
    employees = tokenize("employees")[0]
    query, weights = lexical_query(parsed, 2.0, 1.0, 1.0, synonym_weight=0.4)
    assert weights is not None and weights.get(employees) == 0.4 and employees in query
    off, off_weights = lexical_query(parsed, 2.0, 1.0, 1.0, synonym_weight=0.0)
    assert employees not in off and (off_weights is None or employees not in off_weights)
    # A paraphrase becomes the documents' word; near synonyms only when asked for.
    paraphrase = parse_question("How much did Acme bring in during Q1 2026?", [])
    _, pw = lexical_query(paraphrase, 2.0, 1.0, 1.0, synonym_weight=0.4)
    assert pw is not None and pw.get(tokenize("revenue")[0]) == 0.4
    sales = parse_question("What were Acme's sales in FY2023?", [])
    _, plain = lexical_query(sales, 2.0, 1.0, 1.0, synonym_weight=0.4)
    _, near = lexical_query(sales, 2.0, 1.0, 1.0, synonym_weight=0.4, related_synonyms=True)
    assert tokenize("turnover")[0] not in (plain or {}) and (near or {}).get(tokenize("turnover")[0]) == 0.4
