"""A quarter named by the month it ends in ("the June 2031 quarter") read as the three months ended
that month's last day (finance/question_periods.month_quarters); made-up wording only."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.finance.metrics import Period
from assistant.core.finance.question_periods import month_quarters, question_periods


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("sales in the June 2031 quarter alone?", "sales in the three months ended June 30, 2031 alone?"),
        ("the September quarter of 2030", "the three months ended September 30, 2030"),
        ("the quarter ended March 2032", "the three months ended March 31, 2032"),
        ("the quarter ending Feb. 2032", "the three months ended February 29, 2032"),  # a leap year
        ("the Dec 2030 quarter", "the three months ended December 31, 2030"),
    ],
)
def test_month_quarters_are_written_as_their_end_date(text: str, written: str) -> None:
    assert month_quarters(text) == written


@pytest.mark.parametrize(
    "text",
    [
        "the June 2031 quarterly dividend",  # a quarterly payment, not a quarter named
        "the quarter ended June 30, 2031",  # already dated
        "in June 2031, the quarter's sales",  # a month, then a quarter of no month
        "the second quarter of 2031",
    ],
)
def test_other_wordings_are_left_alone(text: str) -> None:
    assert month_quarters(text) == text


def test_question_periods_read_the_month_quarter_as_three_months() -> None:
    assert question_periods("What did Brackwater earn in the June 2031 quarter?") == [
        Period(3, None, None, date(2031, 6, 30))]
