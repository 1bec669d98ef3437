"""Quote evidence read as evidence pages (eval.evidence.with_quote_pages): the issue's recall."""

from __future__ import annotations

from assistant.core.types import SearchHit
from eval.evidence import evidence_rank, quote_pages, with_quote_pages
from eval.models import Evidence

PAGES = {
    1: "Quarterly results. Revenue rose 12% to $4.1 billion.",
    2: "Outlook: the company expects adjusted EPS of $2.10 to",
    3: "$2.20 for the year. Headcount was 8,400 at year end.",
}


def _hit(page: int, text: str, doc: str = "acme-q2") -> SearchHit:
    return SearchHit(chunk_id=f"{doc}-{page}", doc_id=doc, title=doc, source=f"/lib/{doc}.pdf", page=page,
                     text=text, score=1.0)


def test_a_quote_is_found_on_its_page_or_across_a_page_break() -> None:
    assert quote_pages("Headcount was 8,400", PAGES) == {3}
    assert quote_pages("revenue ROSE 12%\nto $4.1 billion", PAGES) == {1}  # case and spacing
    assert quote_pages("adjusted EPS of $2.10 to $2.20", PAGES) == {2, 3}  # runs over the break
    assert quote_pages("not in the filing", PAGES) == set()


def test_a_passage_on_the_quote_page_counts_though_it_misses_the_quote() -> None:
    evidence = [Evidence(doc="acme-q2.pdf", quote="Headcount was 8,400")]
    # The chunk on page 3 was cut before the quote: by quote it is a miss, by page a hit.
    hits = [_hit(1, PAGES[1]), _hit(3, "$2.20 for the year.")]
    assert evidence_rank(hits, evidence) is None
    paged = with_quote_pages(evidence, lambda doc: PAGES if doc == "acme-q2.pdf" else {})
    assert paged[0].pages == [3]
    assert evidence_rank(hits, paged) == 2
    assert evidence_rank([_hit(3, "x", doc="other-10k")], paged) is None  # another document's page 3


def test_one_page_documents_and_unfound_quotes_keep_the_quote() -> None:
    article = {1: "The stock has gained more than 130% this year."}
    quote = Evidence(doc="story.txt", quote="gained more than 130%")
    assert with_quote_pages([quote], lambda doc: article) == [quote]  # any passage would be on page 1
    missing = Evidence(doc="acme-q2.pdf", quote="a sentence nobody wrote")
    assert with_quote_pages([missing], lambda doc: PAGES) == [missing]
    paged = Evidence(doc="acme-q2.pdf", quote="Headcount", pages=[1])
    assert with_quote_pages([paged], lambda doc: PAGES) == [paged]  # pages given win
