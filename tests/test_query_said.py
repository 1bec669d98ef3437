"""A month a question says something was announced or given in points to the documents issued
then: the report of the period just ended, or an 8-K filed under that month's quarter."""

from __future__ import annotations

import pytest

from assistant.core.query import issued_before, parse_question, said_periods
from assistant.core.types import DocumentRecord


def _doc(doc_id: str, period: str, doc_type: str) -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id, title=doc_id, source=f"/lib/{doc_id}.pdf", sha256="0" * 64, pages=12,
                          company="Wrenfield Tools, Inc.", period=period, doc_type=doc_type)


LIBRARY = [
    _doc("k21", "FY2021", "10-K"), _doc("k22", "FY2022", "10-K"), _doc("r4", "Q4 2022", "earnings"),
    _doc("r1", "Q1 2023", "earnings"), _doc("r2", "Q2 2023", "earnings"), _doc("e3", "Q3 2023", "8-K"),
]


def _best(question: str) -> set[str]:
    periods = parse_question(question, LIBRARY).doc_periods
    return {p for p, v in periods.items() if v >= 0.999}


def test_a_month_early_in_a_quarter_points_to_the_report_of_the_quarter_before() -> None:
    assert _best("What range did Wrenfield Tools give in April 2023 for its full-year sales?") == {"Q1 2023"}
    assert _best("In its July 2023 update, what EPS did Wrenfield Tools guide to?") == {"Q2 2023"}


def test_an_announcement_in_february_points_to_the_annual_report_of_the_year_before() -> None:
    best = _best("What dividend per share did Wrenfield Tools announce on February 14, 2022?")
    assert "FY2021" in best and "FY2022" not in best


def test_a_month_late_in_a_quarter_counts_the_8k_filed_then() -> None:
    assert "Q3 2023" in _best("What did Wrenfield Tools' August 2023 outlook say about margins?")


@pytest.mark.parametrize(
    "question",
    [
        "How much cash did Wrenfield Tools hold as of July 29, 2023, as it said?",  # a balance date
        "What were Wrenfield Tools' sales in March 2023?",  # nothing said or announced
        "What notes due October 1, 2030 did Wrenfield Tools say it had?",  # a maturity
    ],
)
def test_a_date_that_is_no_time_of_saying_adds_nothing(question: str) -> None:
    assert said_periods(question) == []


def test_weights_of_the_month_and_the_quarter_before() -> None:
    assert dict(said_periods("What did the company announce in January 2024?")) == {
        "Q1 2024": 0.5, "Q4 2023": 1.0, "FY2023": 1.0}
    assert dict(said_periods("What did it announce in May 2024?")) == {"Q2 2024": 1.0, "Q1 2024": 1.0}


def test_what_a_company_expected_for_a_year_points_to_the_annual_report_before_it() -> None:
    # The annual report for a year states the next year's plans, as the fourth-quarter release does.
    expected = parse_question("How much did Wrenfield Tools expect to spend on new plants in 2022?", LIBRARY).doc_periods
    assert expected["FY2021"] >= 0.8 and expected["FY2022"] == 1.0
    planned = parse_question("How much did Wrenfield Tools plan to invest in new plants in 2022?", LIBRARY).doc_periods
    assert planned["FY2021"] >= 0.8
    # Without a word for what was expected, the year's own filings keep their lead.
    spent = parse_question("How much did Wrenfield Tools spend on new plants in 2022?", LIBRARY).doc_periods
    assert spent.get("FY2021", 0.0) < 0.5
    assert issued_before("FY2023", "FY2022") == 1.0 and issued_before("FY2023", "FY2021") == 0.0
    assert issued_before("Q3 2023", "Q2 2023") == 1.0 and issued_before("Q3 2023", "FY2022") == 0.0
