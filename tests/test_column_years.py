"""A figure in a table carried as text is its column's year (answer.column_years, figure_period)."""

from __future__ import annotations

from assistant.core.answer.column_years import column_year
from assistant.core.answer.figure_period import figure_years, other_period
from assistant.core.numbers import Quantity, parse_quantities

_TABLE = ("Amounts moved out of reserves (Dollars in millions) 2024 2023 "
          "Losses on hedges of lumber purchases $ (212) $ — Cost of sales Gains on swaps 15 9 Interest expense")


def _fig(text: str, shown: str) -> Quantity:
    return next(q for q in parse_quantities(text) if text[q.start : q.end].strip("$ ").startswith(shown))


def test_first_cell_is_the_first_heading_year() -> None:
    assert column_year(_TABLE, _fig(_TABLE, "(212)")) == 2024
    assert column_year(_TABLE, _fig(_TABLE, "9")) == 2023
    assert figure_years(_TABLE, _fig(_TABLE, "(212)")) == {2024}


def test_other_column_is_another_period() -> None:
    assert other_period(_TABLE, _fig(_TABLE, "(212)"), frozenset({2023}), frozenset()) is not None
    assert other_period(_TABLE, _fig(_TABLE, "(212)"), frozenset({2024}), frozenset()) is None


def test_cells_not_matching_the_heading_read_nothing() -> None:
    text = "Segment sales 2024 2023 Timber $ 410 $ 380 8 % Pulp 90 95"
    assert column_year(text, _fig(text, "410")) is None  # a "% change" cell: three cells, two years


def test_prose_years_are_no_heading() -> None:
    text = "In 2024 and 2023 the mill shipped 410 tons and 380 tons."
    assert column_year(text, _fig(text, "410")) is None
