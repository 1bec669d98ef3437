"""Earnings-release statement tables (made-up companies): a column's date printed as its month and
day over its year, spans written in words of weeks, a running head naming a quarter, and a share of
sales printed beside each amount."""

from __future__ import annotations

from datetime import date

from assistant.core.finance.columns import read_columns
from assistant.core.finance.facts import Fact, duration_of
from assistant.core.finance.tables import _parse_number, read_statement_page


def _by(facts: list[Fact], concept: str) -> dict[tuple[str, str], float]:
    return {(f.period, f.period_end.isoformat()): f.value for f in facts if f.concept == concept}


def test_spans_in_words_of_weeks_are_read() -> None:
    assert duration_of("Thirteen Weeks Ended") == 3
    assert duration_of("Twenty-Six Weeks Ended") == 6
    assert duration_of("Thirty-Nine Weeks Ended") == 9
    assert duration_of("Fifty-Three Weeks Ended") == 12
    assert duration_of("Thirteen") is None  # a number alone names no span


def test_a_month_and_day_over_a_year_date_the_column_below_them() -> None:
    header = [
        "                          May 3,        April 27,       August 2,",
        "                           2025            2024            2024",
    ]
    cols = read_columns(header, "", "balance_sheet", 1)
    assert [c.end for c in cols] == [date(2025, 5, 3), date(2024, 4, 27), date(2024, 8, 2)]
    # One month and day over the two years of a group still dates both.
    grouped = ["                 Quarter Ended", "                  June 30,", "              2024        2023"]
    assert [c.end for c in read_columns(grouped, "", "income_statement", 2)] == [date(2024, 6, 30), date(2023, 6, 30)]


def test_a_three_date_release_balance_sheet_keeps_each_column_its_own_date() -> None:
    page = "\n".join([
        "Wrenfield Goods — First Quarter Fiscal 2025 Results",
        "                 CONDENSED CONSOLIDATED BALANCE SHEETS",
        "                          (In thousands)",
        "                                          May 3,        April 27,       February 1,",
        "                                           2025            2024            2025",
        "Merchandise inventories                  812,400         790,100         655,300",
        "Total current assets                   1,104,000       1,050,000         990,000",
        "Total assets                           2,400,000       2,300,000       2,250,000",
    ])
    facts = read_statement_page(page, "balance_sheet", doc_period="Q1 2025")
    assert _by(facts, "inventories") == {
        ("Q1 FY2025", "2025-05-03"): 812400, ("Q1 FY2024", "2024-04-27"): 790100, ("FY2024", "2025-02-01"): 655300}


def test_a_running_head_naming_the_quarter_heads_no_column_group() -> None:
    page = "\n".join([
        "Ostrava Labs, Inc.".ljust(70) + "Second Quarter 2025 Investor Summary",  # over the second group
        "                    Condensed Consolidated Statements of Operations",
        "                             (in millions)",
        "                                          Three Months Ended          Six Months Ended",
        "                                               June 30,                   June 30,",
        "                                          2025          2024          2025          2024",
        "Revenues                                 410.5         380.2         800.1         742.9",
        "Cost of revenues                         200.1         190.0         390.4         371.0",
        "Operating income                          60.2          51.8         115.0          99.3",
    ])
    facts = read_statement_page(page, "income_statement", doc_period="Q2 2025")
    assert _by(facts, "revenue") == {
        ("Q2 FY2025", "2025-06-30"): 410.5, ("Q2 FY2024", "2024-06-30"): 380.2,
        ("6M FY2025", "2025-06-30"): 800.1, ("6M FY2024", "2024-06-30"): 742.9}


def test_a_release_income_statement_with_share_of_sales_columns_and_a_year_to_date_block() -> None:
    page = "\n".join([
        "Brindle Outdoor Co. — Third Quarter Fiscal 2025 Results",
        "             CONDENSED CONSOLIDATED STATEMENTS OF INCOME",
        "                       (In thousands)",
        "                                                   Thirteen Weeks Ended",
        "                                         October 31,                    November 1,",
        "                                     2025        % of sales         2024        % of sales",
        "Net sales                          500,000        100.0%         450,000        100.0%",
        "Gross profit                       200,000         40.0%         171,000         38.0%",
        "Other income, net                   (1,000)        (0.2%)           (900)        (0.2%)",
        "Net income                          40,000          8.0%          36,000          8.0%",
        "",
        "                                                  Thirty-Nine Weeks Ended",
        "                                         October 31,                    November 1,",
        "                                     2025        % of sales         2024        % of sales",
        "Net sales                        1,400,000        100.0%       1,300,000        100.0%",
        "Gross profit                       546,000         39.0%         494,000         38.0%",
        "Net income                         105,000          7.5%          91,000          7.0%",
    ])
    facts = read_statement_page(page, "income_statement", doc_period="Q3 2025")
    assert _by(facts, "gross_profit") == {
        ("Q3 FY2025", "2025-10-31"): 200000, ("Q3 FY2024", "2024-11-01"): 171000,
        ("9M FY2025", "2025-10-31"): 546000, ("9M FY2024", "2024-11-01"): 494000}
    # A share of sales is never an amount, also when its minus is bracketed with the sign inside.
    assert not [f for f in facts if abs(f.value) < 101 and f.unit == "USD"]
    assert _parse_number("(0.2%)") == (-0.2, True)
    assert _parse_number("8 % $") is None  # a percent run into the next cell's dollar sign is no cell


def test_a_question_naming_a_span_in_words_of_weeks_asks_that_span() -> None:
    from assistant.core.answer.cell_columns import SPAN
    from assistant.core.finance.plan import plan_question

    plan = plan_question("What were Brindle Outdoor's net sales for the thirty-nine weeks ended October 31, 2025?")
    assert plan is not None and [(p.months, p.end) for p in plan.periods] == [(9, date(2025, 10, 31))]
    plan = plan_question("What were Brindle Outdoor's net sales for the thirteen weeks ended October 31, 2025?")
    assert plan is not None and [p.months for p in plan.periods] == [3]
    m = SPAN.search("Twenty-Six Weeks Ended")
    assert m is not None and m.lastgroup == "six"


def test_a_heading_or_label_wrapped_over_lines_is_read_whole() -> None:
    page = "\n".join([
        "                 Condensed Consolidated Statements of Operations",
        "                          (in millions, except per share data)",
        "                                              2025          2024",
        "Revenues                                     900.0         850.0",
        "Net earnings                                  90.0          80.0",
        "Weighted-average shares used in computing earnings per",
        "  share:",
        "   Basic                                       50.2          51.0",
        "   Diluted                                     51.3          52.1",
        "Federal funds sold and securities purchased",
        "   under resale",
        "   agreements                                  12.0          11.0",
    ])
    facts = read_statement_page(page, "income_statement")
    assert {f.concept for f in facts if f.value == 51.3} == {"shares_outstanding"}
    assert {f.label for f in facts if f.value == 12.0} == {
        "Federal funds sold and securities purchased under resale agreements"}
