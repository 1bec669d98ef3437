"""Readers that a lower support floor would otherwise expose (made-up figures): an amount line offered
for a ratio or a per-share figure, a sentence's balance at another day than the one asked, and a name
two library companies start with."""

from __future__ import annotations

from assistant.core.answer.asked_kind import (
    amount_for_percent,
    amount_row_for_per_share,
    amount_row_for_ratio,
)
from assistant.core.answer.question import Question, analyse
from assistant.core.answer.row_dates import other_balance_date
from assistant.core.finance.companies import find_companies, shared_short_names
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import DocumentRecord


def _q(question: str) -> Question:
    return analyse(parse_question(question, []), [])


def test_an_amount_line_is_no_ratio() -> None:
    q = _q("What solvency ratio did Farrowby Tools report at 30 June 2031?")
    cell = parse_quantities("Total equity 41,206 39,877")[0]
    assert amount_row_for_ratio(q, "Total equity", cell)
    assert not amount_row_for_ratio(q, "Solvency ratio (%)", cell)
    assert not amount_row_for_ratio(q, "Net debt / EBITDA", cell)  # two lines set against each other


def test_a_figure_in_millions_without_a_read_currency_is_an_amount() -> None:
    q = _q("What equity ratio did Farrowby Tools report?")
    fig = parse_quantities("equity of 41,206 million")[0]
    assert fig.unit is None and amount_for_percent(q, fig) is not None


def test_a_per_share_growth_is_not_read_from_its_amount_line() -> None:
    question = "How much did core EPS grow in the first half of 2031? Percent, one decimal."
    caption = "Highlights (in millions, except per share data)"
    assert amount_row_for_per_share(question, f"{caption} Operating profit", "")
    assert not amount_row_for_per_share(question, f"{caption} Core EPS", "")
    assert not amount_row_for_per_share(question, "Diluted", "Earnings per share:")
    assert not amount_row_for_per_share("What was core profit (not per share) in 2031?", "Core profit", "")


def test_a_sentence_balance_at_another_day_is_not_the_one_asked() -> None:
    question = "What were Farrowby's total assets at March 31, 2031?"
    assert other_balance_date(question, "Total assets were $9,410 million at June 30, 2031.")
    assert not other_balance_date(question, "Total assets were $9,410 million at June 30, 2031, up from "
                                            "$9,120 million at March 31, 2031.")
    assert not other_balance_date(question, "Total assets rose 3% in the quarter.")  # no day said
    assert not other_balance_date("What were total assets in 2031?", "Total assets were $9,410 million at June 30, 2031.")


def _rec(doc_id: str, company: str) -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id, title=doc_id, source=f"/lib/{doc_id}.pdf", sha256="0" * 64, pages=4,
                          company=company, period="Q2 2031", doc_type="earnings")


def test_a_name_two_library_companies_start_with_is_read_as_either() -> None:
    library = [_rec("a", "Harrowgate Networks Inc."), _rec("b", "Harrowgate Bancorp, Inc."),
               _rec("c", "Pellworth Foods plc")]
    # Named outright: none; the two are the candidates the search tells apart (retrieval.shared_name).
    assert find_companies("What did Harrowgate report as net income in 2Q31?", library) == []
    assert sorted(shared_short_names("What did Harrowgate report as net income in 2Q31?", library)) == [
        "Harrowgate Bancorp, Inc.", "Harrowgate Networks Inc."]
    assert find_companies("What did Harrowgate Bancorp report?", library) == ["Harrowgate Bancorp, Inc."]
    assert find_companies("What did Pellworth report?", library) == ["Pellworth Foods plc"]


def test_a_day_with_a_run_of_years_names_each_year() -> None:
    question = "What inventory did Farrowby expect back from returns as of May 31, 2031?"
    assert not other_balance_date(question, "The estimated cost was $226 million and $194 million as of "
                                            "May 31, 2032 and 2031, respectively.")
    assert other_balance_date(question, "The estimated cost was $226 million as of May 31, 2032 and 2033.")
