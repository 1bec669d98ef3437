"""A row whose header names no period is read as its own filing prints it, current period first,
only when the header names no columns at all (made-up tables): a header that names its columns in
words (shares, amounts, a price, a total) dates none of them, so its first cell is not the asked
period's figure."""

from __future__ import annotations

from assistant.core.answer.columns import locate_column
from assistant.core.answer.extractive import analyse
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question


def _cells(row: str) -> list:
    return [x for x in parse_quantities(row) if not x.is_year]


def _told(question: str, header: str, row: str, own: str | None = None) -> tuple[float, bool]:
    cells = _cells(row)
    at, told = locate_column(analyse(parse_question(question, []), []), header, cells, own, row)
    return cells[at].value, told


def test_a_header_naming_its_columns_in_words_dates_none_of_them() -> None:
    header = "Options  Weighted-Average Strike  Remaining Life  Aggregate Value\n(in thousands)  per Share  (in years)"
    row = "Vested at March 1, 2025  412  $  31.20  3.1  $  9"
    assert _told("What was the weighted-average strike of Quillon's vested options at March 1, 2025?",
                 header, row, "FY2025")[1] is False


def test_an_equity_statement_row_under_component_headings_is_no_period_column() -> None:
    header = ("COMMON STOCK  PAID-IN  RESERVES  RETAINED\n"
              "(In millions)  SHARES  AMOUNT  CAPITAL  OTHER  EARNINGS  TOTAL")
    row = "Balance at June 30, 2025  120  $  —  $  900  $  (15)  $  2,400  $  3,289"  # an empty cell
    assert _told("Quillon other reserves, total balance at June 30, 2025? USD millions.", header, row,
                 "FY2025")[1] is False


def test_a_header_with_no_column_words_is_read_current_first_in_its_own_filing() -> None:
    assert _told("What accruals did Quillon record in fiscal 2025? USD millions.", "(In millions)",
                 "Accruals  610  488", "FY2025") == (610.0, True)
    # A table title over the row names no columns either.
    assert _told("What accruals did Quillon record in fiscal 2025? USD millions.",
                 "Consolidated Statements of Operations\n(In millions)", "Accruals  610  488", "FY2025") == (610.0, True)
