"""Two years' tables printed side by side on one text line (made-up segment note): a doubled line
is read as two half-rows, each cell as (its half's year, its column name); one half alone under
such a header does not say its year, so no cell of it is taken for the asked year."""

from __future__ import annotations

import pytest

from assistant.core.answer.columns import locate_column
from assistant.core.answer.question import analyse
from assistant.core.answer.side_rows import side_by_side, side_header
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question

HEADER = "Total  Total\n2023  Homes  Fleet  Segments  2024  Homes  Fleet  Segments"
LINE = "Upkeep expense  900  400  1,300  Upkeep expense  950  450  1,400"
EMPTY = "Leasing  —  2,000  2,000  Leasing  —  1,800  1,800"


def _cells(row: str) -> list:
    return [x for x in parse_quantities(row) if not x.is_year]


def _locate(question: str, row: str) -> tuple[int, bool]:
    q = analyse(parse_question(question, []), [])
    return locate_column(q, HEADER, _cells(row), row=row)


def test_a_doubled_line_is_read_as_two_half_rows() -> None:
    assert side_by_side(HEADER, LINE, _cells(LINE)) == [
        (2023, "Homes"), (2023, "Fleet"), (2023, "Segments"), (2024, "Homes"), (2024, "Fleet"), (2024, "Segments")]
    # an empty "—" cell keeps its column in each half
    assert side_by_side(HEADER, EMPTY, _cells(EMPTY)) == [
        (2023, "Fleet"), (2023, "Segments"), (2024, "Fleet"), (2024, "Segments")]


def test_other_lines_and_headers_are_no_side_by_side_rows() -> None:
    assert side_by_side(HEADER, "Upkeep expense  900  400  1,300", _cells("Upkeep expense  900  400  1,300")) is None
    assert not side_header("2024  2023\nHomes  Fleet  Homes  Fleet")
    assert side_header(HEADER)


@pytest.mark.parametrize(("question", "expected"), [
    ("What upkeep expense did the Fleet segment record in 2024?", (4, True)),  # 450, the right half
    ("What upkeep expense did the Fleet segment record in 2023?", (1, True)),  # 400, the left half
    ("What upkeep expense did the segments record in 2024?", (5, True)),  # the all-segments column
    ("What upkeep expense did the Homes and Fleet segments record in 2024?", (0, False)),  # two names
])
def test_the_asked_years_half_and_the_named_column(question: str, expected: tuple[int, bool]) -> None:
    assert _locate(question, LINE) == expected


@pytest.mark.parametrize("row", ["Upkeep expense  900  400  1,300", "Upkeep expense  950  450  1,400"])
def test_one_half_alone_does_not_say_its_year(row: str) -> None:
    # the row splitter parts a doubled line in two: either half read against both years' header
    # would give the left year's cell for the right year
    assert _locate("What upkeep expense did the Fleet segment record in 2024?", row) == (0, False)
