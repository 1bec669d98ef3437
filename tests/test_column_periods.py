"""Column headers read into periods: made-up headers in the styles filings and releases print."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.finance.columns import read_columns
from assistant.core.finance.facts import Fact
from assistant.core.finance.tables import read_statement_page


def _cols(header: list[str], titles: str = "", statement: str = "income_statement",
          quarter: int | None = None) -> list[tuple[date, int]]:
    return [(c.end, c.duration_months) for c in read_columns(header, titles, statement, quarter)]


def test_cells_that_name_their_own_span_and_year() -> None:
    assert _cols(["Q4 2022    Q4 2021    FY 2022    FY 2021"]) == [
        (date(2022, 12, 31), 3), (date(2021, 12, 31), 3), (date(2022, 12, 31), 12), (date(2021, 12, 31), 12)]
    assert _cols(["Fourth Quarter 2022   Fourth Quarter 2021   Full Year 2022   Full Year 2021"]) == [
        (date(2022, 12, 31), 3), (date(2021, 12, 31), 3), (date(2022, 12, 31), 12), (date(2021, 12, 31), 12)]


def test_a_quarter_cell_of_a_year_ending_in_june_ends_in_its_fiscal_quarter() -> None:
    # Fiscal Q2 of a year ending June 30, 2023 is the quarter to December 31, 2022.
    assert _cols(["Q2 2023    Q2 2022    Six Months 2023    Six Months 2022"], "Fiscal years end June 30") == [
        (date(2022, 12, 31), 3), (date(2021, 12, 31), 3), (date(2022, 12, 31), 6), (date(2021, 12, 31), 6)]


@pytest.mark.parametrize(("quarter", "months"), [(1, 3), (2, 6), (3, 9), (4, 12), (None, 12)])
def test_year_to_date_runs_to_the_filings_own_quarter(quarter: int | None, months: int) -> None:
    header = ["Quarter Ended              Year to Date", "2023     2022         2023     2022"]
    assert [m for _, m in _cols(header, quarter=quarter)] == [3, 3, months, months]


def test_day_first_dates() -> None:
    assert _cols(["Nine months ended", "30 September 2023     30 September 2022"]) == [
        (date(2023, 9, 30), 9), (date(2022, 9, 30), 9)]
    assert _cols(["30 June 2023     30 June 2022"], statement="balance_sheet") == [
        (date(2023, 6, 30), 0), (date(2022, 6, 30), 0)]


@pytest.mark.parametrize(("header", "titles", "expected"), [
    (["Three Months Ended          Nine Months Ended",
      "September 30, 2023   October 1, 2022   September 30, 2023   October 1, 2022"], "",
     [(date(2023, 9, 30), 3), (date(2022, 10, 1), 3), (date(2023, 9, 30), 9), (date(2022, 10, 1), 9)]),
    (["13 Weeks Ended           39 Weeks Ended", "Oct 28, 2023  Oct 29, 2022  Oct 28, 2023  Oct 29, 2022"], "",
     [(date(2023, 10, 28), 3), (date(2022, 10, 29), 3), (date(2023, 10, 28), 9), (date(2022, 10, 29), 9)]),
    (["52 Weeks Ended   53 Weeks Ended   52 Weeks Ended", "January 28, 2023   January 29, 2022   January 30, 2021"],
     "", [(date(2023, 1, 28), 12), (date(2022, 1, 29), 12), (date(2021, 1, 30), 12)]),
    (["YEAR ENDED MAY 31,", "2023   2022   2021"], "",
     [(date(2023, 5, 31), 12), (date(2022, 5, 31), 12), (date(2021, 5, 31), 12)]),
    (["Fourth Quarter          Full Year", "2022   2021    2022    2021"], "",
     [(date(2022, 12, 31), 3), (date(2021, 12, 31), 3), (date(2022, 12, 31), 12), (date(2021, 12, 31), 12)]),
])
def test_headers_already_read_stay_read(header: list[str], titles: str, expected: list[tuple[date, int]]) -> None:
    assert _cols(header, titles) == expected


RELEASE = "\n".join([
    "Acme Robotics Condensed Consolidated Statements of Income",
    "(in millions, except per share amounts)",
    "                         Q4 2022      Q4 2021      FY 2022      FY 2021",
    "Net sales                  1,210        1,105        4,650        4,320",
    "Cost of sales                700          650        2,710        2,560",
    "Operating income             190          160          720          640",
])


def _by(facts: list[Fact], concept: str) -> dict[tuple[str, int], float]:
    return {(f.period, f.duration_months): f.value for f in facts if f.concept == concept}


def test_a_release_table_with_quarter_and_year_cells_gives_both() -> None:
    facts = read_statement_page(RELEASE, "income_statement", doc_period="Q4 2022")
    assert _by(facts, "revenue") == {("Q4 FY2022", 3): 1210, ("Q4 FY2021", 3): 1105,
                                     ("FY2022", 12): 4650, ("FY2021", 12): 4320}
