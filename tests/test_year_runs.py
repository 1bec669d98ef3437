"""Column groups with runs of years of different lengths: "Total Assets  Capital Spending" over
"2024  2023  2024  2023  2022" (answer.year_runs, read by answer.columns and answer.row_groups)."""

from __future__ import annotations

from assistant.core.answer.row_groups import group_cells
from assistant.core.answer.year_runs import year_runs
from assistant.core.numbers import parse_quantities
from tests.fakes.one_passage import passage_answer

_DEPOTS = ("Assets and spending of each region are as follows:\n"
           "Total Assets  Capital Spending\n"
           "2024  2023  2024  2023  2022\n"
           "Northern  5,410  5,120  312  287  240\n"
           "Coastal  2,960  3,050  145  166  121\n")


def test_a_year_breaking_the_order_starts_the_next_group() -> None:
    assert year_runs([2024, 2023, 2024, 2023, 2022], 2) == [[2024, 2023], [2024, 2023, 2022]]
    assert year_runs([2023, 2024, 2023, 2024], 2) == [[2023, 2024], [2023, 2024]]
    assert year_runs([2024, 2023, 2022], 2) is None  # one run: which cells are whose is not said
    assert year_runs([2024, 2023, 2024, 2023, 2024, 2023], 2) is None
    assert year_runs([2024, 2023, 2022, 2023, 2022, 2021], 2) is None  # the groups print other years


def test_group_cells_reads_unequal_runs() -> None:
    header = "Total Assets  Capital Spending\n2024  2023  2024  2023  2022"
    cells = [x for x in parse_quantities("5,410  5,120  312  287  240") if not x.is_year]
    assert group_cells(header, cells) == [("Total Assets", 2024), ("Total Assets", 2023), ("Capital Spending", 2024),
                                          ("Capital Spending", 2023), ("Capital Spending", 2022)]
    assert group_cells(header, cells[:4]) is None  # a dropped cell: nothing is guessed


def _figure(question: str) -> float | None:
    answer = passage_answer(question, _DEPOTS, company="Ferro Haulage", period="FY2024")
    return None if answer.refused or answer.key_figure is None else answer.key_figure.value


def test_the_named_group_and_year_pick_the_cell() -> None:
    assert _figure("Capital spending in Ferro Haulage's Northern region in 2023? $ millions.") == 287
    assert _figure("Total assets of Ferro Haulage's Coastal region at year-end 2023? $ millions.") == 3050


def test_a_year_outside_the_named_group_gives_nothing() -> None:
    assert _figure("Total assets of Ferro Haulage's Northern region at year-end 2022? $ millions.") is None
