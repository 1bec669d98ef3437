"""A quarter or year that names the filing a question reads ("per its Q4 release", "the Q2 FY24
10-Q") is no span asked of a table's columns (answer.asked_spans, answer.columns)."""

from __future__ import annotations

from assistant.core.answer.asked_spans import question_spans
from tests.fakes.one_passage import passage_answer

_CASH_FLOWS = ("Condensed Consolidated Statements of Cash Flows\n"
               "Twelve Months Ended March 31,\n"
               "($ million)  2024  2025\n"
               "Proceeds from sales of trucks  41  58\n"
               "Payments for new depots  (120)  (96)\n")


def test_filing_named_by_its_quarter_is_no_span() -> None:
    assert question_spans("the twelve months ended March 31, 2025, per its Q4 release") == ["twelve"]
    assert question_spans("as shown in the Q2 FY25 10-Q") == []
    assert question_spans("in the Q1 2025 earnings release") == []
    assert question_spans("per the company's annual report") == []


def test_quarter_asked_stays_a_span() -> None:
    assert question_spans("in Q4 2025") == ["three"]
    assert question_spans("in the fourth quarter of 2024, per the Q4 2025 release") == ["three"]
    assert question_spans("for the six months ended June 30, 2025") == ["six"]


def test_twelve_months_read_from_a_quarterly_release() -> None:
    answer = passage_answer("Ferro Haulage's proceeds from sales of trucks in the twelve months ended March 31, "
                            "2025, per the cash flow statement of its Q4 release? $ millions.",
                            _CASH_FLOWS, company="Ferro Haulage", period="Q4 2025", title="Ferro Haulage Q4 release")
    assert not answer.refused
    assert answer.key_figure is not None and answer.key_figure.value == 58


def test_quarter_asked_of_a_twelve_month_table_gives_nothing() -> None:
    answer = passage_answer("Ferro Haulage's proceeds from sales of trucks in the three months ended March 31, "
                            "2025, per its Q4 release? $ millions.",
                            _CASH_FLOWS, company="Ferro Haulage", period="Q4 2025", title="Ferro Haulage Q4 release")
    assert answer.refused or answer.key_figure is None or answer.key_figure.value != 58
