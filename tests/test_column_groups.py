"""Span-grouped release tables ("Three Months Ended | Nine Months Ended" over "2026 2025 2026 2025"):
a year to date asked in words maps to its column group, and the gate counts only the asked group's
cells as figures to choose from (made-up rows)."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.gate import _group_cells
from assistant.core.finance.metrics import Period
from assistant.core.finance.question_periods import question_periods
from assistant.core.numbers import parse_quantities

_HEADER = "Three Months Ended  Nine Months Ended\nSeptember 30,  September 30,\n2026  2025  2026  2025"


def test_year_to_date_through_a_quarter_end_is_its_months() -> None:
    nine = Period(9, None, None, date(2026, 9, 30))
    assert question_periods("What did Fernhollow earn so far in 2026, through the end of September?") == [nine]
    assert question_periods("Fernhollow's claims paid year to date through September 30, 2026?") == [nine]
    assert question_periods("Fernhollow's fees year-to-date through June 2026?") == [Period(6, None, None, date(2026, 6, 30))]


def test_a_fiscal_year_to_date_is_left_as_written() -> None:
    # A fiscal year need not start in January: its months to a date are not counted from the calendar.
    assert all(p.months != 9 for p in question_periods("Fernhollow's sales year to date in fiscal 2026, through September 30, 2026?"))


def test_the_asked_span_group_leaves_its_own_cells_to_choose_from() -> None:
    row = "Gross claims incurred  412.6  388.0  1,250.3  1,190.7"
    figs = parse_quantities(row)
    assert _group_cells(_HEADER, figs, figs[2], row) == 2


def test_a_header_without_span_groups_counts_every_cell() -> None:
    row = "Gross claims incurred  412.6  388.0  1,250.3  1,190.7"
    figs = parse_quantities(row)
    assert _group_cells("2026  2025  2024  2023", figs, figs[0], row) is None


def test_a_line_restating_each_columns_span_keeps_the_quarter_columns() -> None:
    from assistant.core.finance.columns import read_columns

    header = ["(in millions of euros)  Q3 2026  Q3 2025  9M 2026  9M 2025",
              "three months  three months  nine months  nine months"]
    cols = read_columns(header, "Condensed Income Statement", "income_statement", 3)
    assert [c.duration_months for c in cols] == [3, 3, 9, 9]
