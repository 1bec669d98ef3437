"""A segment the question names that heads one of a table's columns (made-up company Norvale):
its figure is the cell under that heading, and a row whose cells cannot be counted out against
the column line (a wrapped heading, a dropped dash cell) gives no figure rather than another
segment's."""

from __future__ import annotations

import pytest

from assistant.core.answer.columns import locate_column
from assistant.core.answer.part_heading import unplaced_part
from assistant.core.answer.question import analyse
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question

# "Panels" wrapped onto the line above: the column line counts two headings for three cells.
WRAPPED = "Year Ended March 31, 2024\nPanels\n($ in millions)  Coatings  Total"
BALANCE = "Balance as of March 31, 2024  $ 2,100  $ 640  $ 2,740"
# The segments head the columns, the year is a sub-heading, and the empty "—" cell is not a cell.
SEGMENTS = "Coatings  Panels  Corporate  Total\nIn millions\n2024:"
INCOME = "Interest income  120  —  15  135"


def _cells(row: str) -> list:
    return [x for x in parse_quantities(row) if not x.is_year]


def _locate(question: str, header: str, row: str) -> tuple[int, bool]:
    q = analyse(parse_question(question, []), [])
    return locate_column(q, header, _cells(row), row=row)


def test_a_wrapped_heading_line_does_not_place_the_named_segment() -> None:
    # the scale note "($ in millions)" heads the labels: counted as a column, "Coatings" fell on 640
    assert _locate("Goodwill of Norvale's Coatings segment at March 31, 2024?", WRAPPED, BALANCE) == (0, False)


def test_a_dropped_dash_cell_does_not_place_the_named_segment() -> None:
    assert _locate("Interest income of Norvale's Corporate segment in 2024?", SEGMENTS, INCOME) == (0, False)


@pytest.mark.parametrize(("question", "expected"), [
    ("Goodwill of Norvale's Coatings segment at March 31, 2024?", (0, True)),
    ("Goodwill of Norvale's Panels segment at March 31, 2024?", (1, True)),
])
def test_a_column_line_that_counts_out_names_the_cell(question: str, expected: tuple[int, bool]) -> None:
    header = "Year Ended March 31, 2024\n($ in millions)  Coatings  Panels  Total"
    assert _locate(question, header, BALANCE) == expected


def test_a_segment_in_the_row_label_or_a_caption_is_left_to_the_period_columns() -> None:
    q = analyse(parse_question("Coatings revenue of Norvale in 2024?", []), [])
    row = "Coatings  300  280"
    assert not unplaced_part(q, "($ in millions)  2024  2023", _cells(row), row)
    row = "Revenue  300  280"
    assert not unplaced_part(q, "Coatings segment results\n($ in millions)  2024  2023", _cells(row), row)
    assert _locate("Coatings revenue of Norvale in 2024?", "($ in millions)  2024  2023", row) == (0, True)
