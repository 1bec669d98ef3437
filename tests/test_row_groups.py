"""A segment table whose columns are grouped by line item ("Net Sales  Segment Profit" over the same
years repeated), made-up tables: each cell read as (group, year) by count and order, never guessed."""

from __future__ import annotations

import pytest

from assistant.core.answer.derived_inputs import own_figures
from assistant.core.answer.question import analyse
from assistant.core.answer.row_groups import group_cells, named_group
from assistant.core.answer.row_ratio import row_ratio
from assistant.core.answer.units import word_stems
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import SearchHit
from tests.fakes.one_passage import passage_figure

HEADER = "Net sales and segment profit of each segment are as follows:\nNet Sales  Segment Profit\n2024  2023  2022  2024(a)  2023  2022"
TABLE = (f"{HEADER}\nOrchard  5,000  4,000  3,200  900  700  (50)\nHarbor  2,000  2,100  2,200  150  160  170\n")


def _cells(row: str) -> list:
    return [x for x in parse_quantities(row) if not x.is_year]


def test_each_cell_is_its_group_and_year() -> None:
    read = group_cells(HEADER, _cells("5,000  4,000  3,200  900  700  (50)"))
    assert read == [("Net Sales", 2024), ("Net Sales", 2023), ("Net Sales", 2022),
                    ("Segment Profit", 2024), ("Segment Profit", 2023), ("Segment Profit", 2022)]


@pytest.mark.parametrize("header", [
    "Net Sales  Segment Profit\n2024  2023  2022  2023  2022  2021",  # the groups head other years
    "Net Sales  % Change\n2024  2023  2022  2024  2023  2022",  # a change column is no line item
    "2024  2023  2022  2024  2023  2022",  # no line of names
])
def test_a_header_that_is_not_one_run_of_years_per_name_gives_no_reading(header: str) -> None:
    assert group_cells(header, _cells("5,000  4,000  3,200  900  700  50")) is None


def test_a_row_missing_a_cell_gives_no_reading() -> None:
    assert group_cells(HEADER, _cells("5,000  4,000  900  700  50")) is None


def test_the_group_the_question_names_whole_gives_the_latest_asked_years_cell() -> None:
    cells = _cells("5,000  4,000  3,200  900  700  (50)")
    asked = word_stems("Orchard net sales growth from 2022 to 2023")
    assert named_group(asked, {2022, 2023}, HEADER, cells).value == 4000
    assert named_group(word_stems("Orchard sales in 2023"), {2023}, HEADER, cells) is None  # names no group whole


def _answer(question: str, text: str = TABLE) -> float | None:
    return passage_figure(question, text, company="Wrenfield Tools", title="Wrenfield Tools 2024 10-K", page=3)


def test_a_rows_growth_is_read_under_the_group_the_question_names() -> None:
    got = _answer("Compound annual growth rate of Wrenfield Tools' Orchard net sales from 2022 to 2024? Percent, "
                  "one decimal.")
    assert got == pytest.approx(25.0, abs=0.05)  # (5,000 / 3,200)^(1/2) - 1, not the profit cells


def _segment_ratio(question: str, text: str = TABLE) -> float | None:
    hit = SearchHit(chunk_id="d:1", doc_id="d", title="Wrenfield Tools 2024 10-K", source="/d/d.txt", page=3,
                    text=text, score=1.0, company="Wrenfield Tools", period="FY2024")
    q = analyse(parse_question(question, []), [hit])
    found = row_ratio(q, question, own_figures(q, [hit]), [hit], {}, word_stems("Wrenfield Tools"))
    return None if found is None else found.value


def test_a_segment_ratio_takes_each_input_from_its_own_group() -> None:
    got = _segment_ratio("Wrenfield Tools' Orchard segment: 2023 segment profit as a percentage of its net sales? "
                         "One decimal.")
    assert got == pytest.approx(17.5, abs=0.05)  # 700 / 4,000


def test_a_segment_ratio_over_a_group_the_header_lacks_gives_nothing() -> None:
    assert _segment_ratio("Wrenfield Tools' Orchard segment: 2023 capital spending as a percentage of its net "
                          "sales? One decimal.") is None


# A segment table printing income, sales and their percent as three groups, the scale caption at
# the start of the years' line ("(Dollars in Millions)  2024  2023 ...").
SCALED = ("Income before tax by segment was as follows:\nIncome Before Tax  Segment Sales  Percent of Segment Sales\n"
          "(Dollars in Millions)  2024  2023  2024  2023  2024  2023\n"
          "Garden(3)  $  1,000  900  8,000  7,500  12.5  %  12.0\n"
          "Hardware(3)  6,000  5,500  30,000  29,000  20.0  19.0\n"
          "Paints  3,000  2,600  12,000  11,000  25.0  23.6\n"
          "Segment earnings before tax(1)  10,000  9,000  50,000  47,500  20.0  18.9\n"
          "Less: Expenses not allocated to segments(2)  500  400\n"
          "Worldwide income before tax  $  9,500  8,600  50,000  47,500  19.0  %  18.1\n")


def test_a_scale_caption_before_the_years_is_no_column() -> None:
    header = "Income Before Tax  Segment Sales\n(Dollars in Millions)  2024  2023  2024  2023"
    read = group_cells(header, _cells("1,000  900  8,000  7,500"))
    assert read == [("Income Before Tax", 2024), ("Income Before Tax", 2023),
                    ("Segment Sales", 2024), ("Segment Sales", 2023)]


def test_a_group_is_named_by_a_word_of_the_same_meaning() -> None:
    header = "Income Before Tax  Segment Sales\n(Dollars in Millions)  2024  2023  2024  2023"
    cells = _cells("1,000  900  8,000  7,500")
    assert named_group(word_stems("Garden earnings before tax in 2023"), {2023}, header, cells).value == 900
    assert named_group(word_stems("Garden margin in 2023"), {2023}, header, cells) is None  # names no group


@pytest.mark.parametrize(("question", "expected"), [
    ("What percentage of Wrenfield Tools' 2024 segment earnings before tax came from the Hardware segment? 1dp",
     60.0),  # 6,000 / 10,000, not the sales group's 30,000
    ("What percentage of Wrenfield Tools' 2023 segment earnings before tax came from the Paints segment? 1dp",
     28.9),  # 2,600 / 9,000: the 2023 column of the income group
])
def test_a_share_is_read_in_the_group_the_question_names(question: str, expected: float) -> None:
    assert _answer(question, SCALED) == pytest.approx(expected, abs=0.05)


def test_a_share_whose_total_row_is_of_another_group_refuses() -> None:
    # the total row "Segment earnings before tax" is no total of sales
    assert _answer("What was the Hardware segment's share of Wrenfield Tools' 2024 segment sales? 1dp", SCALED) is None


def test_a_years_line_dated_by_its_balance_day_and_a_sub_heading_below_it_still_read() -> None:
    # "At June 30," opens the years line and "Change in obligations" heads the rows below: neither is a column
    header = "Retirement  Medical\nAt June 30,  2024  2023  2024  2023\nChange in obligations"
    assert group_cells(header, _cells("512  470  120  101")) == [
        ("Retirement", 2024), ("Retirement", 2023), ("Medical", 2024), ("Medical", 2023)]
    # the groups' years differ other than by one running further back: no reading
    assert group_cells("Retirement  Medical\nAt June 30,  2024  2023  2023  2022  2021", _cells("512  470  120  101  9")) is None
