"""A table's title line names no column; a headless row of an annual filing reads the asked year
back from the filing's own (made-up rows and headers, our own wording)."""

from __future__ import annotations

import pytest

from assistant.core.answer.columns import locate_column
from assistant.core.answer.extractive import analyse
from assistant.core.answer.text import years_before_own
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question

ROW = "Fees earned on escrow and other  812  640  455"


def _locate(question: str, header: str, row: str = ROW, own: str | None = None) -> tuple[float, bool]:
    cells = [x for x in parse_quantities(row) if not x.is_year]
    at, told = locate_column(analyse(parse_question(question, []), []), header, cells, own)
    return cells[at].value, told


@pytest.mark.parametrize("title", [
    "Table of Contents\nCONSOLIDATED STATEMENTS OF INCOME",  # the statement's title: "income" heads no cell
    "HOLDING COMPANY – CONDENSED STATEMENTS OF CASH FLOWS",
    "Summary of Results of Operations",  # words joined into one phrase by "of"
])
def test_a_title_over_the_table_is_no_line_of_column_headings(title: str) -> None:
    # The question's "income" is a word of the title; the title's last word sits over the last cell.
    # Headless in the filing of the asked year, the row reads as filings print it: the current year first.
    assert _locate("How much income did Zephyr earn from escrow and other fees in 2024?", title,
                   own="FY2024") == (pytest.approx(812), True)


def test_a_line_of_column_headings_still_names_its_column() -> None:
    # Three headings printed with single spaces, one per cell: the asked one is read.
    header = "Proposal 2\nFor Against Abstain"
    row = "Votes on the auditor proposal  1,200  300  40"
    assert _locate("How many votes were cast against the auditor proposal?", header, row) == (pytest.approx(300), True)


@pytest.mark.parametrize(("question", "row", "expected", "told"), [
    # a headless row of an annual filing: its own year first, then each year before it
    ("Cash paid for buybacks in 2023, per the 2024 10-K cash flow statement?", "Buybacks  (410)  (388)  (120)", 388, True),
    ("Cash paid for buybacks in 2022, per the 2024 10-K cash flow statement?", "Buybacks  (410)  (388)  (120)", 120, True),
    ("Cash paid for buybacks in 2024, per the 2024 10-K cash flow statement?", "Buybacks  (410)  (388)  (120)", 410, True),
    # a year further back than the row has columns is in none of them
    ("Cash paid for buybacks in 2022, per the 2024 10-K cash flow statement?", "Buybacks  (410)  (388)", 410, False),
])
def test_a_headless_row_of_the_filing_reads_the_asked_year_back_from_its_own(question: str, row: str,
                                                                             expected: float, told: bool) -> None:
    assert _locate(question, "Table of Contents", row, own="FY2024") == (pytest.approx(-expected), told)


def test_the_years_back_are_counted_for_an_annual_filing_only() -> None:
    assert years_before_own("Buybacks in 2022, per the 2024 10-K?", "FY2024") == 2
    assert years_before_own("Buybacks in 2022 and 2023, per the 2024 10-K?", "FY2024") is None  # two years asked
    assert years_before_own("Buybacks in Q1 2023?", "Q2 2024") is None  # a quarter's filing prints other columns
