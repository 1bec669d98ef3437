"""A table whose years each head one run of names ("2024  2023" over "Owned  Managed  Total" twice),
made-up tables: each cell read as (year, name) by count and order, empty cells ("—") kept in their
column; the first two cells are never taken for the two years."""

from __future__ import annotations

import pytest

from assistant.core.answer.row_groups import year_group_column, year_groups
from assistant.core.answer.units import word_stems
from tests.fakes.one_passage import passage_figure

HEADER = "2024  2023\nIn thousands  Owned  Managed  Total  Owned  Managed  Total"
TABLE = ("The following table summarizes the segment's customer accounts as of December 31, 2024 and 2023:\n"
         f"{HEADER}\nCustomer accounts:\n"
         "Retail  2,000  8,000  10,000  1,900  7,600  9,500\n"
         "Senior plans  1,500  —  1,500  1,200  —  1,200\n"
         "Public plans  700  300  1,000  650  250  900\n"
         "Total customer accounts  4,200  8,300  12,500  3,750  7,850  11,600\n")


def _answer(question: str, text: str = TABLE) -> float | None:
    return passage_figure(question, text, company="Lantern Mutual", title="Lantern Mutual 2024 10-K", page=3)


def test_each_column_is_its_year_and_name() -> None:
    assert year_groups(HEADER, 6) == [(2024, "Owned"), (2024, "Managed"), (2024, "Total"),
                                      (2023, "Owned"), (2023, "Managed"), (2023, "Total")]
    assert year_groups(HEADER, 4) is None  # the columns do not count out


@pytest.mark.parametrize("header", [
    "2024  2023\nOwned  Managed  Owned  Total",  # not the same names under each year
    "2024  2023\nAmount  % of Sales  Amount  % of Sales",  # what a cell holds, read by the cell readers
    "Owned  Managed  Owned  Managed\n2024  2023  2024  2023",  # names over years: `group_cells`
])
def test_other_headers_are_no_year_groups(header: str) -> None:
    assert year_groups(header, 4) is None


def test_the_name_asked_else_the_total() -> None:
    groups = year_groups(HEADER, 6)
    assert groups is not None
    assert year_group_column(word_stems("managed accounts in 2023"), 2023, groups) == 4
    assert year_group_column(word_stems("accounts in 2023"), 2023, groups) == 5
    assert year_group_column(word_stems("owned and managed accounts"), 2023, groups) is None  # two names


@pytest.mark.parametrize(("question", "expected"), [
    # an empty "—" cell keeps its column: 1,200 -> 1,500, not 1,500 -> 1,500 (0.0%)
    ("By how much did Lantern Mutual's senior plans accounts grow from December 31, 2023 to December 31, 2024? "
     "Percent, 1 decimal.", 25.0),
    # the years' totals 900 -> 1,000, not the first two cells (700, 300)
    ("By how much did Lantern Mutual's public plans accounts grow from 2023 to 2024? Percent, 1 decimal.", 11.1),
    ("By how much did Lantern Mutual's managed public plans accounts grow from 2023 to 2024? Percent, 1 decimal.",
     20.0),
    ("What share of Lantern Mutual's total customer accounts at December 31, 2024 were senior plans accounts? "
     "Percent, 1 decimal.", 12.0),  # 1,500 / 12,500: both the year's totals
])
def test_rows_are_read_by_year_and_name(question: str, expected: float) -> None:
    assert _answer(question) == pytest.approx(expected, abs=0.05)
