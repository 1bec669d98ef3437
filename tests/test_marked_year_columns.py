"""A primary statement's year heading with a footnote mark ("2025(1)", "2024 (a)", "2026*"), as a
statement flags a recast or restated year, is that year's column; a negative "(1)" figure and a note
number column stay what they are. Made-up pages in the layouts filings print."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.finance.columns import MARKED_YEAR_CELL, marked_year, read_columns, year_heading
from assistant.core.finance.facts import Fact
from assistant.core.finance.tables import read_statement_page, split_row

_HEADS = ["                                   Years Ended December 31,",
          "                           2026          2025(1)        2024(1)"]


def _page(heads: list[str], rows: list[str]) -> str:
    return "\n".join(["BRACKENRIDGE STORAGE REIT, INC.", "CONSOLIDATED STATEMENTS OF OPERATIONS",
                      "(in thousands, except per share amounts)", *heads, *rows])


_ROWS = ["Rental income                $  310,400     $  284,950     $  262,700",
         "Total revenues                  322,000        295,100        271,300",
         "Impairment of real estate           (1)            (4)             —",
         "Net income                   $   71,900     $   60,250     $   55,800"]


def _values(facts: list[Fact], label: str) -> dict[int, float | None]:
    return {f.period_end.year: f.value for f in facts if f.label == label}


@pytest.mark.parametrize("cell", ["2025(1)", "2024 (1)", "2026*", "2025 (a)", "2023†", "2018 (2)(3)", "Fiscal 2025(1)",
                                  "FY2025*", "2025 (12)"])
def test_a_year_with_a_footnote_mark_is_a_marked_year_cell(cell: str) -> None:
    m = MARKED_YEAR_CELL.match(cell)
    assert m is not None and 2018 <= int(m.group(1)) <= 2026


@pytest.mark.parametrize("cell", ["(1)", "Note", "Notes 3", "Note (1)", "2025 (1,234)", "20251", "2025 1", "1,025(1)",
                                  "2025 (123)", "(2025)"])
def test_no_year_with_a_mark_is_no_marked_year_cell(cell: str) -> None:
    assert MARKED_YEAR_CELL.match(cell) is None


def test_a_marked_year_is_read_only_where_asked() -> None:
    assert marked_year("2025(1)") is None  # a note table: "(1)" may be no mark there
    m = marked_year("2025(1)", marked=True)
    assert m is not None and m.group(1) == "2025"
    assert marked_year("2025") is not None  # a plain year is read either way


def test_marked_year_headings_are_the_years_columns() -> None:
    columns = read_columns(_HEADS, "", "income_statement", marked=True)
    assert [(c.end, c.duration_months) for c in columns] == [
        (date(2026, 12, 31), 12), (date(2025, 12, 31), 12), (date(2024, 12, 31), 12)]
    # unmarked reading (a note table) finds the unmarked year only
    assert [c.end.year for c in read_columns(_HEADS, "", "income_statement")] == [2026]


@pytest.mark.parametrize("heads", [
    ["Fiscal Year Ended June 30,", "2026*      2025      2024"],
    ["Year Ended December 31,", "2026      2025 (a)      2024 (a)"],
    ["Year Ended December 31,", "2026      2025 (1)(2)      2024"],
])
def test_star_letter_and_double_marks(heads: list[str]) -> None:
    assert [c.end.year for c in read_columns(heads, "", "income_statement", marked=True)] == [2026, 2025, 2024]


def test_a_marked_year_under_its_month_and_day_takes_that_date() -> None:
    heads = ["              March 31,        December 31,", "               2026(1)             2025"]
    columns = read_columns(heads, "", "balance_sheet", marked=True)
    assert [(c.end, c.duration_months) for c in columns] == [(date(2026, 3, 31), 0), (date(2025, 12, 31), 0)]


def test_a_statement_page_with_recast_years_gives_every_years_facts() -> None:
    facts = read_statement_page(_page(_HEADS, _ROWS), "income_statement", doc_id="d", page=4)
    assert _values(facts, "Total revenues") == {2026: 322000, 2025: 295100, 2024: 271300}
    assert _values(facts, "Net income") == {2026: 71900, 2025: 60250, 2024: 55800}
    # a negative one in a row is still a figure, in its own year's column
    assert _values(facts, "Impairment of real estate") == {2026: -1, 2025: -4}


def test_a_note_table_leaves_marked_years_unread() -> None:
    facts = read_statement_page(_page(_HEADS, _ROWS), "income_statement", doc_id="d", page=4, note=True)
    assert {f.period_end.year for f in facts} <= {2026}


def test_a_mark_laid_out_apart_from_its_year_is_no_negative_figure() -> None:
    assert split_row("At December 31,        2026       2025  (1)") is None  # a header line
    assert split_row("Loss on disposal               (1)        (3)") is not None  # figures: losses of 1 and 3
    row = split_row("Units leased                  2,026       (1)")
    assert row is not None and [c[1] for c in row[1]] == [2026, -1]
    heads = ["Years Ended December 31,", "2026       2025  (1)       2024  (1)"]
    facts = read_statement_page(_page(heads, _ROWS), "income_statement", doc_id="d", page=4)
    assert _values(facts, "Total revenues") == {2026: 322000, 2025: 295100, 2024: 271300}


def test_a_mark_far_right_of_a_year_is_a_figure() -> None:
    cells = [(20, 24, "2026"), (40, 43, "(1)")]
    assert not year_heading(cells)  # a column of its own: a negative one, not the year's mark
    assert year_heading([(20, 24, "2026"), (26, 29, "(1)")])
    assert year_heading([(20, 27, "2026(1)"), (40, 44, "2025")])
    assert not year_heading([(20, 23, "(1)"), (40, 44, "2025")])  # a mark flags the year on its left


def test_a_notes_column_beside_marked_years_is_no_figure_and_no_year() -> None:
    heads = ["                               Notes         2026        2025(1)"]
    rows = ["Revenue                          4        88,400      81,200",
            "Cost of sales                    5       (51,300)    (47,900)",
            "Profit for the year                      12,700      11,100"]
    facts = read_statement_page(_page(heads, rows), "income_statement", doc_id="d", page=3)
    assert _values(facts, "Revenue") == {2026: 88400, 2025: 81200}
    assert _values(facts, "Cost of sales") == {2026: -51300, 2025: -47900}
    assert all(f.value not in (4, 5) for f in facts)


def test_a_marked_fiscal_year_cell_is_a_column_not_a_heading_over_columns() -> None:
    heads = ["Three Months Ended", "FY2026      FY2025*"]
    columns = read_columns(heads, "", "income_statement", marked=True)
    assert [(c.end.year, c.duration_months) for c in columns] == [(2026, 3), (2025, 3)]
