"""Header lines whose years do not say which cell of a row is the asked period's (made-up tables):
the same years under span headings cut off above a split date, and a lone year over columns that
are models or parts, not periods."""

from __future__ import annotations

from assistant.core.answer.columns import locate_column
from assistant.core.answer.extractive import analyse
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question


def _locate(question: str, header: str, row: str) -> tuple[float, bool]:
    cells = [x for x in parse_quantities(row) if not x.is_year]
    at, told = locate_column(analyse(parse_question(question, []), []), header, cells, row=row)
    return cells[at].value, told


ROW = "Net loss attributable to minority holders  1,204  310  5,120  990"


def test_years_repeated_under_split_dates_without_their_spans_are_not_told() -> None:
    # "Three months ended  Twelve months ended" is cut off: 2022 heads two columns of unknown span.
    cut = "March 31,  March 31,  March 31,  March 31,\n2022  2021  2022  2021"
    assert _locate("What was Zeta Corp's net loss attributable to minority holders in 2022?", cut, ROW)[1] is False
    # With the span line the year and span pick one cell.
    full = f"Three Months Ended  Twelve Months Ended\n{cut}"
    assert _locate("What was Zeta Corp's net loss attributable to minority holders for the twelve months of 2022?",
                   full, ROW) == (5120.0, True)


def test_a_lone_year_over_model_columns_heads_no_cell() -> None:
    header = "Program\n110  210  310  410  Total\n2022"
    row = "Units on order  412  38  95  120  665"
    assert _locate("How many 310 units were on order at Zeta Corp at December 31, 2022?", header, row)[1] is False
    # Years heading the columns still tell the cell.
    assert _locate("How many units were on order at Zeta Corp in 2022?", "2022  2021", "Units on order  665  640") == (
        665.0, True)
