"""The tables of the pages the search found (made-up pages): a retrieved sentence's page is read
for its table chunks, each placed right after the passage of its page; other pages, prose chunks
and chunks already retrieved are not added. Also the row and share readings those tables rely on:
a note mark between a row's label and its amounts, and a total row narrower than the total asked."""

from __future__ import annotations

from assistant.core.answer.page_tables import page_tables, trusted
from assistant.core.answer.question import analyse
from assistant.core.answer.row_head import narrower_total
from assistant.core.answer.units import figures_text
from assistant.core.query import parse_question
from assistant.core.types import Answer, Citation, SearchHit
from tests.fakes.chunk_store import chunk, store

SENTENCE = "Unrecognized expense for time-based awards at year end was $41 million."
TABLE = "(in millions) 2024 2023 2022\nTime-based $ 88 $ 80 $ 71\nPerformance-based 12 10 9"


def _hit(i: int, text: str, kind: str = "text", page: int = 7) -> SearchHit:
    return SearchHit(chunk_id=f"d:v1:{i:05d}", doc_id="d", title="Larchfield Tools 2024 10-K", source="/d/d.txt",
                     page=page, text=text, score=1.0, kind=kind, company="Larchfield Tools", period="FY2024")


def test_a_table_of_the_found_page_is_read_after_its_passage() -> None:
    hits = [_hit(10, SENTENCE), _hit(40, "Another page's sentence.", page=12)]
    out = page_tables(hits, store([chunk(11, TABLE), chunk(12, "More prose on the page.", "text")]))
    assert [h.chunk_id for h in out] == ["d:v1:00010", "d:v1:00011", "d:v1:00040"]
    assert out[1].text == TABLE and out[1].kind == "table" and out[1].page == 7


def test_another_page_prose_or_a_retrieved_chunk_adds_nothing() -> None:
    hits = [_hit(10, SENTENCE), _hit(11, TABLE, "table")]
    get = store([chunk(9, TABLE, page=6), chunk(12, "More prose on the page.", "text"), chunk(11, TABLE)])
    assert page_tables(hits, get) == hits


def test_only_the_leading_passages_pages_are_read() -> None:
    hits = [_hit(i * 20, f"Sentence {i}.", page=i) for i in range(1, 6)]
    out = page_tables(hits, store([chunk(81, TABLE, page=4), chunk(101, TABLE, page=5)]))
    assert out == hits  # the fourth and fifth passages' pages are not read


def test_a_note_mark_between_a_label_and_its_amounts_is_no_cell() -> None:
    assert figures_text("Bank borrowings (2) 3,118 2,904").split() == ["Bank", "borrowings", "3,118", "2,904"]
    # a one-digit amount in brackets beside others of its size is a cell: a loss of 1
    assert "(1)" in figures_text("Other gains (1) (3) 4")


def test_a_total_row_narrower_than_the_total_asked_is_not_it() -> None:
    question = "What share of Larchfield Tools' total debt at May 31, 2024 was bank borrowings?"
    q = analyse(parse_question(question, []), [_hit(1, "Total debt 7,210")])
    assert narrower_total(q, "Total revolving debt 4,300 4,100", question)
    assert not narrower_total(q, "Total debt 7,210 6,980", question)
    assert not narrower_total(q, "Bank borrowings 3,118 2,904", question)


def _answer(trace: dict[str, float], chunks: list[str], refused: bool = False) -> Answer:
    cites = [Citation(n=i + 1, doc_id="d", title="t", source="s", page=7, quote="q", chunk_id=c) for i, c in enumerate(chunks)]
    return Answer(question="q?", answer="$88 million [1]", mode="extractive", refused=refused, citations=cites,
                  trace=trace)


def test_an_answer_from_a_pages_table_stands_only_when_read_closely() -> None:
    assert trusted(_answer({"rank": 2.0, "period_named": 1.0}, ["d:v1:00011"]))
    assert trusted(_answer({"derived": 1.0, "derived_rank": 1.0}, ["d:v1:00011"]))
    assert not trusted(_answer({"rank": 2.0, "period_named": 0.0}, ["d:v1:00011"]))  # the header names no year asked
    assert not trusted(_answer({"rank": 5.0, "period_named": 1.0}, ["d:v1:00011"]))  # far down the passages
    assert not trusted(_answer({"derived": 1.0, "derived_rank": 1.0}, ["d:v1:00011", "d:v1:00014"]))  # two chunks
    assert not trusted(_answer({"rank": 1.0, "period_named": 1.0}, ["d:v1:00011"], refused=True))
