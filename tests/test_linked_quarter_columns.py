"""A bank's quarterly release and financial supplement (a made-up bank, Harrowgate Bancorp): the linked
quarter printed beside the quarter and the year-ago quarter, month-days stacked over their years,
quarters named in short ("3Q26"), and change columns headed "Linked Quarter" / "Year-over-Year"."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.columns import locate_column
from assistant.core.answer.extractive import analyse
from assistant.core.finance.columns import read_columns
from assistant.core.finance.facts import Fact
from assistant.core.finance.tables import column_quarter, read_statement_page
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question


def _periods(facts: list[Fact], label: str) -> dict[tuple[str, str], float]:
    return {(f.period, f.period_end.isoformat()): f.value for f in facts if f.label == label}


def test_the_linked_quarter_is_named_by_its_own_quarter() -> None:
    assert column_quarter(date(2026, 6, 30), date(2026, 9, 30), 3) == 2
    assert column_quarter(date(2025, 9, 30), date(2026, 9, 30), 3) == 3  # the year-ago quarter
    assert column_quarter(date(2025, 12, 31), date(2026, 3, 31), 1) == 4  # the year-end before a first quarter
    assert column_quarter(date(2026, 6, 30), date(2026, 9, 30), None) is None  # no quarterly filing


_INCOME = "\n".join([
    "                          HARROWGATE BANCORP",
    "                   Consolidated Statements of Income",
    "                            (In millions)",
    "                                                  Three Months Ended            Nine Months Ended",
    "                                           Sep. 30,     Jun. 30,     Sep. 30,     Sep. 30,     Sep. 30,",
    "                                             2026         2026         2025         2026         2025",
    "Interest income                             410.2        398.7        377.0      1,190.5      1,101.3",
    "Net interest income                         250.4        241.9        229.3        727.6        676.0",
    "Net income                                   71.3         66.0         58.2        201.8        175.4",
])


def test_a_supplement_income_statement_names_the_linked_quarter_q2() -> None:
    facts = read_statement_page(_INCOME, "income_statement", doc_period="Q3 2026")
    assert _periods(facts, "Net interest income") == {
        ("Q3 FY2026", "2026-09-30"): 250.4, ("Q2 FY2026", "2026-06-30"): 241.9, ("Q3 FY2025", "2025-09-30"): 229.3,
        ("9M FY2026", "2026-09-30"): 727.6, ("9M FY2025", "2025-09-30"): 676.0}


def test_month_days_wider_than_their_years_are_paired_in_order() -> None:
    # right-aligned: each month-day's centre is far from its year's, and nearer the next column's
    header = [
        "                                                   September 30,          December 31,            September 30,",
        "                                                                    2026                          2025                            2025",
    ]
    cols = read_columns(header, "", "balance_sheet", 3)
    assert [c.end for c in cols] == [date(2026, 9, 30), date(2025, 12, 31), date(2025, 9, 30)]


def test_a_balance_of_the_linked_quarter_is_a_quarters_end_and_the_year_end_a_years() -> None:
    page = "\n".join([
        "                     HARROWGATE BANCORP",
        "                Consolidated Balance Sheets",
        "                        (In millions)",
        "                                   September 30,   June 30,   December 31,",
        "                                        2026         2026         2025",
        "Cash and due from banks                 512.0        498.3        530.9",
        "Total assets                         31,200.4     30,877.1     30,410.6",
    ])
    facts = read_statement_page(page, "balance_sheet", doc_period="Q3 2026")
    assert _periods(facts, "Cash and due from banks") == {
        ("Q3 FY2026", "2026-09-30"): 512.0, ("Q2 FY2026", "2026-06-30"): 498.3, ("FY2025", "2025-12-31"): 530.9}


def test_quarters_named_in_short_head_their_columns() -> None:
    cols = read_columns(["                     3Q26        2Q26        3Q25"], "", "income_statement", 3)
    assert [(c.end, c.duration_months) for c in cols] == [
        (date(2026, 9, 30), 3), (date(2026, 6, 30), 3), (date(2025, 9, 30), 3)]
    cols = read_columns(["                    Q4'25       Q3'25"], "", "income_statement", 4)
    assert [c.end for c in cols] == [date(2025, 12, 31), date(2025, 9, 30)]


def test_change_columns_headed_linked_quarter_leave_balances_balances() -> None:
    page = "\n".join([
        "                     HARROWGATE BANCORP",
        "                  Loan Portfolio (Unaudited)",
        "                        (In millions)",
        "                                                                                 % Change vs.",
        "                                   September 30,    June 30,   September 30,   Linked   Year-over-",
        "                                        2026          2026         2025       Quarter      Year",
        "Commercial and industrial             8,100.5       7,950.2      7,600.0        1.9%       6.6%",
        "Residential mortgage                  3,210.0       3,190.4      3,050.8        0.6%       5.2%",
    ])
    facts = read_statement_page(page, "supplementary", doc_period="Q3 2026", note=True)
    found = [f for f in facts if f.label == "Commercial and industrial"]
    assert {f.duration_months for f in found} == {0}  # balances, not three months' flows
    assert _periods(facts, "Commercial and industrial") == {
        ("Q3 FY2026", "2026-09-30"): 8100.5, ("Q2 FY2026", "2026-06-30"): 7950.2, ("Q3 FY2025", "2025-09-30"): 7600.0}


def _told(question: str, header: str, row: str) -> tuple[float, bool]:
    cells = [x for x in parse_quantities(row) if not x.is_year]
    at, told = locate_column(analyse(parse_question(question, []), []), header, cells, None, row)
    return cells[at].value, told


_DATED = "September 30,  December 31,  September 30,\n2026  2025  2025"
_ROW = "Time deposits  2,640.1  2,702.5  2,688.9"


def test_a_year_end_asked_picks_the_december_column_of_that_year() -> None:
    assert _told("How much did Harrowgate Bancorp hold in time deposits at year-end 2025?", _DATED, _ROW) == (2702.5, True)
    assert _told("Harrowgate Bancorp time deposits at December 31, 2025?", _DATED, _ROW) == (2702.5, True)


def test_a_month_asked_picks_its_column_and_an_undated_one_is_not_told() -> None:
    assert _told("Harrowgate Bancorp time deposits at the end of September 2025?", _DATED, _ROW) == (2688.9, True)
    # no column of the header is dated June 30, 2025: the 2025 cells are another date's
    assert _told("Harrowgate Bancorp time deposits at June 30, 2025?", _DATED, _ROW)[1] is False


def test_a_quarter_asked_picks_the_column_dated_at_its_end() -> None:
    header = "As of or for the Three Months Ended\nSep. 30,  Jun. 30,  Sep. 30,\n2026  2026  2025"
    row = "Gross charge-offs  (31.4)  (27.0)  (25.2)"
    assert _told("What were Harrowgate Bancorp's gross charge-offs in the second quarter of 2026?", header, row) == (-27.0, True)


def test_change_cells_after_the_dated_ones_do_not_hide_the_dates() -> None:
    header = "% Change vs.\nSeptember 30,  June 30,  September 30,  Linked  Year-over-\n2026  2026  2025  Quarter  Year"
    row = "Commercial real estate  6,210.0  6,150.3  5,990.1  1.0%  3.7%"
    assert _told("Harrowgate Bancorp commercial real estate loans at the end of June 2026?", header, row) == (6150.3, True)
