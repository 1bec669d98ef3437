"""A year-to-date span named by its fiscal year ("the first six months of fiscal 2031") is read as
the quarterly filing it is reported in, not the year's annual report (query.parse_question)."""

from __future__ import annotations

from assistant.core.finance.question_periods import year_to_date_filings
from assistant.core.query import parse_question
from assistant.core.types import DocumentRecord


def _rec(doc_id: str, period: str, doc_type: str) -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id, title=doc_id, source=f"/lib/{doc_id}.pdf", sha256="0" * 64, pages=40,
                          company="Wrenfield Stores Inc.", period=period, doc_type=doc_type)


RECORDS = [_rec("wren-10k", "FY2031", "10-K"), _rec("wren-q2", "Q2 2032", "10-Q"), _rec("wren-q3", "Q3 2031", "10-Q")]


def test_spans_named_by_their_fiscal_year() -> None:
    assert year_to_date_filings("sales in the first six months of fiscal 2032 vs the first six months of fiscal 2031") == [
        (2032, "Q2 2032"), (2031, "Q2 2031")]
    assert year_to_date_filings("margin for the nine months of 2031") == [(2031, "Q3 2031")]
    # the whole year named too keeps its annual reading; a quarter or a year alone is no span
    assert year_to_date_filings("revenue in fiscal 2031 and in the first six months of fiscal 2031") == []
    assert year_to_date_filings("revenue in the second quarter of fiscal 2032") == []
    assert year_to_date_filings("revenue in fiscal 2031") == []


def test_half_year_comparison_points_at_the_quarterly_report_not_the_annual_one() -> None:
    p = parse_question("Wrenfield Stores' services revenue growth, first six months of fiscal 2032 vs first six "
                       "months of fiscal 2031?", RECORDS)
    assert p.periods == ["Q2 2032", "Q2 2031"]
    assert p.doc_periods["Q2 2032"] == 1.0
    assert p.doc_periods.get("FY2031", 0.0) < 0.5


def test_nine_months_read_as_the_third_quarter_report() -> None:
    p = parse_question("Wrenfield Stores' gross margin for the nine months of fiscal 2031?", RECORDS)
    assert p.periods == ["Q3 2031"]
    assert p.doc_periods["Q3 2031"] == 1.0 and p.doc_periods.get("FY2031", 0.0) < 1.0


def test_a_whole_year_is_still_the_annual_report() -> None:
    p = parse_question("Wrenfield Stores' revenue in fiscal 2031?", RECORDS)
    assert p.periods == ["FY2031"] and p.doc_periods["FY2031"] == 1.0
