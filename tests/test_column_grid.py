"""Cells under two-level column headers (groups over periods, a period over names, vote tables):
the cell the question's group and period name, or none where they do not pick one. Made-up
company, tables and figures."""

from __future__ import annotations

import pytest

from tests.fakes.one_passage import passage_answer

_MIX = ("Lamp segment revenue mix and comparable sales by category were as follows:\n"
        "Revenue Mix  Comparable Sales\n"
        "Three Months Ended  Three Months Ended\n"
        "August 3, 2024  August 5, 2023  August 3, 2024  August 5, 2023\n"
        "Desk lamps  41 %  38 %  (7.2)%  3.9 %\n"
        "Floor lamps  22 %  25 %  (12.6)%  (1.1)%\n")
_HIGHLIGHTS = ("Quillon Lamps selected financial highlights\n"
               "As of or for the period ended, (in millions, except per  Nine months ended September 30,\n"
               "share data and where otherwise noted)  3Q24  2Q24  1Q24  4Q23  3Q23  2024  2023\n"
               "Lamp operating profit  1,310  1,205  1,150  990  1,020  3,665  2,870\n")
_REGIONS = ("Nine Months Ended September 29, 2024\n"
            "(MILLIONS)  Worldwide  U.S.  International\n"
            "Operational growth/(decline):\n"
            "Declines from desk lamps  $ (2,410)  $ (640)  $ (1,770)\n")
_VOTES = ("Item 5.07 Submission of Matters to a Vote of Security Holders. The directors were elected as follows:\n"
          "Name  Votes For  Votes Against  Abstentions  Broker Non-Votes\n"
          "Mara Quill  51,200,300  4,100,200  9,900,100  6,100,000\n"
          "Otto Brand  50,100,000  5,200,000  9,800,000  6,100,000\n")
_MARKED = ("Operating income by segment\n"
           "Desk Lamps1  Floor Lamps1  Total\n"
           "2024  2023  2024  2023  2024  2023\n"
           "Operating income  $ 410  380  295  301  705  681\n")


def _figure(question: str, text: str, period: str = "Q3 2024") -> float | None:
    answer = passage_answer(question, text, company="Quillon Lamps", title="Quillon Lamps report", period=period)
    return None if answer.refused or answer.key_figure is None else answer.key_figure.value


@pytest.mark.parametrize(("question", "expected"), [
    ("What was Quillon's comparable sales change for desk lamps in the three months ended August 3, 2024? "
     "Percent.", -7.2),
    ("What was the revenue mix of floor lamps at Quillon in the three months ended August 5, 2023? Percent.", 25),
])
def test_a_group_named_over_dated_columns_picks_its_cell(question: str, expected: float) -> None:
    assert _figure(question, _MIX) == pytest.approx(expected)


def test_a_group_not_named_is_not_guessed() -> None:
    # Both groups print a percent for the date: the first is no answer for a question naming neither.
    assert _figure("What was the Quillon desk lamps percentage for the three months ended August 3, 2024?",
                   _MIX) is None


def test_quarter_columns_beside_a_span_group_answer_the_span() -> None:
    assert _figure("What was Quillon's lamp operating profit for the nine months ended September 30, 2024? "
                   "USD millions.", _HIGHLIGHTS) == pytest.approx(3665)


def test_a_period_over_names_reads_the_named_one_and_else_the_whole() -> None:
    assert _figure("What was Quillon's international decline from desk lamps in the first nine months of 2024? "
                   "USD millions.", _REGIONS) == pytest.approx(-1770)
    assert _figure("What was Quillon's decline from desk lamps in the first nine months of 2024? USD millions.",
                   _REGIONS) == pytest.approx(-2410)


@pytest.mark.parametrize(("question", "expected"), [
    ("How many abstentions were recorded on Otto Brand's election at Quillon's annual meeting? Count.", 9_800_000),
    ("How many broker non-votes were there on Otto Brand's election at Quillon's annual meeting? Count.", 6_100_000),
    ("How many votes were cast for Mara Quill's election to Quillon's board? Count.", 51_200_300),
    ("How many votes were cast against Otto Brand's election at Quillon's annual meeting? Count.", 5_200_000),
])
def test_a_vote_table_column_is_the_one_the_question_says(question: str, expected: float) -> None:
    assert _figure(question, _VOTES, period="FY2024") == pytest.approx(expected)


def test_a_footnote_mark_on_a_group_name_does_not_hide_the_group() -> None:
    assert _figure("What was Quillon's floor lamps operating income in 2023? USD millions.", _MARKED,
                   period="FY2024") == pytest.approx(301)


def test_headers_that_do_not_divide_the_cells_give_no_reading() -> None:
    from assistant.core.answer.column_grid import grid_cells

    header = "Revenue Mix  Comparable Sales  Other\nThree Months Ended\nAugust 3, 2024  August 5, 2023  August 3, 2024  August 5, 2023"
    assert grid_cells(header, 4) is None  # three groups over four cells
    assert grid_cells("2024  2023  2024  2023", 4) is None  # one line: no groups to read
    read = grid_cells(_MIX.split("\n", 1)[1].rsplit("\n", 3)[0], 4)
    assert read is not None
    assert [(c.group, c.span, c.year) for c in read] == [
        ("Revenue Mix", "three", 2024), ("Revenue Mix", "three", 2023),
        ("Comparable Sales", "three", 2024), ("Comparable Sales", "three", 2023)]


def test_one_span_over_the_years_is_no_grid_and_the_asked_year_is_read() -> None:
    from assistant.core.answer.column_grid import grid_cells

    text = ("Provision for taxes on income\nYear Ended December 31,\n(MILLIONS)  2024  2023  2022\n"
            "Effective tax rate on lamp operations  7.6 %  5.3 %  5.2 %\n")
    assert grid_cells("Year Ended December 31,\n(MILLIONS)  2024  2023  2022", 3) is None
    assert _figure("Quillon's effective tax rate on lamp operations in 2022, as shown in its 2024 report?", text,
                   period="FY2024") == pytest.approx(5.2)


def test_a_lead_in_year_above_the_year_columns_is_no_column() -> None:
    text = ("The scheduled maturities of lamp bonds as of December 31, 2024 were as follows:\n"
            "(Millions)  2025  2026  2027  After 3 years  Total\n"
            "Lamp bonds  $ 410  $ 655  $ 290  $ —  $ 1,355\n")
    assert _figure("How much of Quillon's lamp bonds mature in 2026, as of December 31, 2024? USD millions.", text,
                   period="FY2024") == pytest.approx(655)
