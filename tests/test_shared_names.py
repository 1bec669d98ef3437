"""A short name two library companies share ("Brackwell" for Brackwell Networks and Brackwell
Bancorp) names one of them, chosen by the best passage among their documents."""

from __future__ import annotations

from assistant.core.finance.companies import canonical_company, find_companies, shared_short_names
from assistant.core.query import ParsedQuery, parse_question
from assistant.core.retrieval.result import SearchResult
from assistant.core.retrieval.shared_name import meant_company
from assistant.core.types import DocumentRecord, SearchHit


def _rec(doc_id: str, company: str) -> DocumentRecord:
    return DocumentRecord(
        doc_id=doc_id, title=doc_id, source=f"/lib/{doc_id}.pdf", sha256="0" * 64, pages=4,
        company=company, period="Q2 2026", doc_type="earnings",
    )


LIBRARY = [
    _rec("bn-q3", "Brackwell Networks Inc."),
    _rec("bn-news", "Brackwell Networks"),
    _rec("bb-q2", "Brackwell Bancorp, Inc."),
    _rec("zm", "Zephyr Mills, Inc."),
]
RECORDS = {r.doc_id: r for r in LIBRARY}


def _hit(doc_id: str) -> SearchHit:
    record = RECORDS[doc_id]
    return SearchHit(chunk_id=f"{doc_id}:0", doc_id=doc_id, title=doc_id, source=record.source, page=1,
                     text="...", score=0.5, company=record.company)


def test_a_shared_short_name_gives_both_candidates() -> None:
    question = "What were Brackwell's total deposits at June 30, 2026?"
    assert find_companies(question, LIBRARY) == []  # neither is named outright
    # One name per company, whichever of its spellings.
    assert {canonical_company(c) for c in shared_short_names(question, LIBRARY)} == {
        "brackwell bancorp", "brackwell networks"}


def test_no_candidates_when_a_company_is_named_in_full_or_the_name_is_unique() -> None:
    assert shared_short_names("What were Brackwell Bancorp's total deposits?", LIBRARY) == []
    assert shared_short_names("What were Zephyr's sales in 2026?", LIBRARY) == []
    only_one = [r for r in LIBRARY if not r.company or "Bancorp" not in r.company]
    assert shared_short_names("What were Brackwell's sales?", only_one) == []  # find_companies names it
    assert find_companies("What were Brackwell's sales?", only_one)


def test_the_best_passage_among_the_candidates_decides() -> None:
    parsed = parse_question("What were Brackwell's total deposits at June 30, 2026?", LIBRARY)
    seen: list[ParsedQuery] = []

    def search(p: ParsedQuery) -> SearchResult:
        seen.append(p)
        return SearchResult([_hit("bb-q2"), _hit("bn-q3")], query=p)

    chosen = meant_company(parsed, RECORDS, search)
    assert set(seen[0].companies) == {"Brackwell Bancorp, Inc.", "Brackwell Networks", "Brackwell Networks Inc."}
    assert chosen.companies == ["Brackwell Bancorp, Inc."]

    def other(p: ParsedQuery) -> SearchResult:
        return SearchResult([_hit("bn-news"), _hit("bb-q2")], query=p)

    # Both spellings of the company the passage is from, as a question naming it would get.
    assert meant_company(parsed, RECORDS, other).companies == ["Brackwell Networks", "Brackwell Networks Inc."]


def test_a_name_the_library_lacks_beside_the_shared_one_is_not_the_company_asked() -> None:
    parsed = parse_question("How big a premium is Brackwell paying over Lindqvist's last funding round?", LIBRARY)
    chosen = meant_company(parsed, RECORDS, lambda p: SearchResult([_hit("bn-news")], query=p))
    assert chosen.companies == ["Brackwell Networks", "Brackwell Networks Inc."]
    assert chosen.unknown_companies == []


def test_unchanged_without_a_shared_name_or_any_passage() -> None:
    parsed = parse_question("What were Zephyr's sales in 2026?", LIBRARY)
    assert meant_company(parsed, RECORDS, lambda p: SearchResult([], query=p)) is parsed
    shared = parse_question("What were Brackwell's total deposits?", LIBRARY)
    assert meant_company(shared, RECORDS, lambda p: SearchResult([], query=p)).companies == []
