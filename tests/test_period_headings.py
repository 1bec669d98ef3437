"""Column periods spelled as European interim reports and press releases head them (made-up tables):
"4-6/2026", "1-12/2025", "Jan-Jun 2026", "April–June 2025", "Q2/2026", "H1 2026", "6M 2026", "9M 2025",
"FY 2025", "LTM Q2 2026", "30 June 2026", "30.6.2026", each read into its quarter, half, nine months or
year and its last day, by the statement reader and by the answer's column reader alike."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.answer.asked_spans import question_spans
from assistant.core.answer.cell_columns import read_cells
from assistant.core.answer.columns import locate_column
from assistant.core.answer.extractive import analyse
from assistant.core.finance.columns import read_columns
from assistant.core.finance.facts import Fact
from assistant.core.finance.heading_periods import ranges_in_words, span_name, spelled_period
from assistant.core.finance.question_periods import question_periods
from assistant.core.finance.tables import read_statement_page
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question


@pytest.mark.parametrize(("heading", "months", "end"), [
    ("4-6/2026", 3, date(2026, 6, 30)),
    ("7-9/2025", 3, date(2025, 9, 30)),
    ("1-6/2026", 6, date(2026, 6, 30)),
    ("1-9/2025", 9, date(2025, 9, 30)),
    ("1-12/2025", 12, date(2025, 12, 31)),
    ("Jan-Jun 2026", 6, date(2026, 6, 30)),
    ("January–June 2026", 6, date(2026, 6, 30)),
    ("April-June 2025", 3, date(2025, 6, 30)),
    ("Q2/2026", 3, date(2026, 6, 30)),
    ("Q3 2025", 3, date(2025, 9, 30)),
    ("H1 2026", 6, date(2026, 6, 30)),
    ("H1/2026", 6, date(2026, 6, 30)),
    ("6M 2026", 6, date(2026, 6, 30)),
    ("9M 2025", 9, date(2025, 9, 30)),
    ("FY 2025", 12, date(2025, 12, 31)),
    ("FY2025", 12, date(2025, 12, 31)),
    ("LTM Q2 2026", 12, date(2026, 6, 30)),
    ("30 June 2026", 0, date(2026, 6, 30)),
    ("31 Dec 2025", 0, date(2025, 12, 31)),
    ("30.6.2026", 0, date(2026, 6, 30)),
    ("31.12.2025", 0, date(2025, 12, 31)),
])
def test_each_spelling_names_its_months_and_last_day(heading: str, months: int, end: date) -> None:
    read = spelled_period(heading)
    assert read is not None and (read.months, read.end) == (months, end)


def test_what_no_spelling_names() -> None:
    assert spelled_period("2026") is None  # a year alone is the year readers' own
    assert spelled_period("YTD 2026") is None  # how far into the year is the filing's quarter, not the heading's
    assert spelled_period("Oct-Mar 2026") is None  # over a year's end: which year it is named by is not said
    assert spelled_period("Change %") is None


def test_a_second_half_is_no_half_a_question_names_by_its_months() -> None:
    second = spelled_period("7-12/2025")
    first = spelled_period("1-6/2025")
    assert second is not None and first is not None
    assert (span_name(first), span_name(second)) == ("six", "second half")


QUARTER_HALF_YEAR = ["EUR thousand", "Note  4-6/2026  4-6/2025  1-6/2026  1-6/2025  1-12/2025"]


def test_side_by_side_quarter_half_and_year_columns_are_dated() -> None:
    cols = read_columns(QUARTER_HALF_YEAR, "EUR thousand", "income_statement")
    assert [(c.duration_months, c.end) for c in cols] == [
        (3, date(2026, 6, 30)), (3, date(2025, 6, 30)), (6, date(2026, 6, 30)), (6, date(2025, 6, 30)),
        (12, date(2025, 12, 31)),
    ]


def test_short_names_run_in_the_fiscal_year_the_titles_give() -> None:
    # A year ending 31 March: its first half ends in September, its second quarter too.
    titles = "For the year ended 31 March 2026"
    cols = read_columns(["H1 2026  H1 2025  Q2 2026"], titles, "income_statement")
    assert [(c.duration_months, c.end) for c in cols] == [
        (6, date(2025, 9, 30)), (6, date(2024, 9, 30)), (3, date(2025, 9, 30))]


def test_day_first_balance_dates_head_a_balance_sheet() -> None:
    cols = read_columns(["Note  30.6.2026  31.12.2025"], "", "balance_sheet")
    assert [(c.duration_months, c.end) for c in cols] == [(0, date(2026, 6, 30)), (0, date(2025, 12, 31))]


def _by(facts: list[Fact], concept: str) -> dict[str, float]:
    return {f.period: f.value for f in facts if f.concept == concept}


def test_an_interim_income_statement_maps_each_cell_to_its_period() -> None:
    page = "\n".join([
        "Condensed consolidated statement of comprehensive income",
        "EUR thousand",
        "                       4-6/2026   4-6/2025   1-6/2026   1-6/2025   1-12/2025",
        "Revenue                  40,100     36,200     79,900     70,300    150,800",
        "Cost of revenue         -11,000    -10,100    -22,300    -20,000    -42,600",
        "Gross profit             29,100     26,100     57,600     50,300    108,200",
    ])
    facts = read_statement_page(page, "income_statement")
    assert _by(facts, "revenue") == {"Q2 FY2026": 40100, "Q2 FY2025": 36200, "6M FY2026": 79900,
                                     "6M FY2025": 70300, "FY2025": 150800}


def test_a_second_table_under_a_spelled_heading_line_is_read_under_its_own_columns() -> None:
    page = "\n".join([
        "Revenue by segment",
        "EUR thousand",
        "                 4-6/2026   4-6/2025   1-6/2026   1-6/2025",
        "Cloud              21,000     18,000     41,500     35,200",
        "Services            6,100      5,900     12,000     11,800",
        "Revenue by region",
        "                 1-6/2026   1-6/2025",
        "Nordics            30,200     27,000",
        "Rest of world      23,300     20,000",
    ])
    facts = read_statement_page(page, "supplementary", note=True)
    nordics = {f.period: f.value for f in facts if f.label == "Nordics"}
    assert nordics == {"6M FY2026": 30200, "6M FY2025": 27000}


def _cell(question: str, header: str, row: str) -> tuple[float, bool]:
    cells = [x for x in parse_quantities(row) if not x.is_year]
    at, told = locate_column(analyse(parse_question(question, []), []), header, cells, row=row)
    return cells[at].value, told


HEADER = "EUR thousand\nNote  4-6/2026  4-6/2025  1-6/2026  1-6/2025  1-12/2025"
ROW = "Operating profit  5,210  4,800  10,050  9,100  19,400"


@pytest.mark.parametrize(("question", "expected"), [
    ("What operating profit was made in January-June 2026?", 10050),
    ("What was operating profit in April-June 2025?", 4800),
    ("What was operating profit in the second quarter of 2025?", 4800),
    ("What was operating profit in Q2 2026?", 5210),
    ("What was operating profit in the first half of 2025?", 9100),
    ("What was operating profit for full-year 2025?", 19400),
])
def test_the_answer_reads_the_cell_of_the_asked_span(question: str, expected: float) -> None:
    assert _cell(question, HEADER, ROW) == (pytest.approx(expected), True)


def test_a_year_asked_without_its_span_is_not_told_among_spelled_spans() -> None:
    assert _cell("What was operating profit in 2025?", HEADER, ROW)[1] is False


def test_release_short_names_beside_a_change_column() -> None:
    header = "H1 2026  H1 2025  Change %  Q2 2026  Q2 2025  FY 2025"
    row = "Revenue  141.9  124.5  14.0  72.6  63.6  259.5"
    cells = [x for x in parse_quantities(row) if not x.is_year]
    read = read_cells(header, cells, row)
    assert read is not None
    assert [(c.year, c.span) for c in read] == [(2026, "six"), (2025, "six"), (None, None), (2026, "three"),
                                                (2025, "three"), (2025, "twelve")]
    assert _cell("What was revenue in fiscal 2025?", header, row) == (pytest.approx(259.5), True)


def test_a_question_names_a_span_by_its_months() -> None:
    assert question_spans("sales in January-June 2026") == ["six"]
    assert question_spans("sales in April–June 2025") == ["three"]
    assert question_spans("sales for 1-9/2025") == ["nine"]
    assert ranges_in_words("in Jan-Jun 2026") == "in six months ended June 30, 2026"
    assert ranges_in_words("in 1-12/2025") == "in year ended December 31, 2025"


def test_the_question_periods_of_month_ranges() -> None:
    (half,) = question_periods("What was revenue in January-June 2026?")
    assert (half.months, half.end) == (6, date(2026, 6, 30))
    (quarter,) = question_periods("What was revenue in April-June 2025?")
    assert (quarter.months, quarter.end) == (3, date(2025, 6, 30))


def test_a_single_statement_of_comprehensive_income_is_read_as_the_income_statement() -> None:
    # IAS 1 lets a report present profit or loss and other comprehensive income in one statement.
    page = "\n".join([
        "Condensed consolidated statement of comprehensive income",
        "EUR thousand",
        "                               Note   1-6/2026   1-6/2025   1-12/2025",
        "Revenue                        2, 3     50,400     45,100      96,300",
        "Cost of revenue                        -14,000    -13,100     -27,500",
        "Gross profit                            36,400     32,000      68,800",
        "Operating profit (EBIT)           2      6,100      5,200      11,900",
        "Profit before tax                        5,000      4,300      10,100",
        "Income tax                              -1,100     -1,000      -2,300",
        "Profit for the period                    3,900      3,300       7,800",
        "Translation differences                   -300        120        -200",
        "Total comprehensive income for the period 3,600     3,420       7,600",
        "Basic earnings per share, EUR             0.15       0.13        0.30",
        "Diluted earnings per share, EUR           0.15       0.13        0.30",
        "Weighted average number of shares           26,000     25,900      25,950",
        "Other operating items                       10         20          30",
    ])
    from assistant.core.finance.statements import table_kind

    assert table_kind(page) == "income_statement"
    facts = read_statement_page(page, "income_statement")
    assert _by(facts, "revenue") == {"6M FY2026": 50400, "6M FY2025": 45100, "FY2025": 96300}
    assert _by(facts, "operating_income") == {"6M FY2026": 6100, "6M FY2025": 5200, "FY2025": 11900}
    assert {f.label for f in facts if f.concept == "revenue"} == {"Revenue"}
