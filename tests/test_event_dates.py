"""A year that names an event or an instrument is not the asked period (`finance.event_dates`)."""

from __future__ import annotations

from datetime import date

from assistant.core.finance.event_dates import mask_event_years
from assistant.core.finance.metrics import Period
from assistant.core.finance.question_periods import question_periods
from assistant.core.query import parse_question


def test_event_year_before_the_figure_period_is_dropped() -> None:
    q = "Ahead of the 2031 restatement, what freight revenue had Corbel Rail shown for the third quarter of 2030?"
    assert question_periods(q) == [Period(3, 2030, 3)]
    assert parse_question(q, []).periods == ["Q3 2030"]


def test_authorization_month_and_year_name_the_program() -> None:
    q = "How much could Ostrander Mills still spend under its March 2027 authorization at September 30, 2028?"
    assert question_periods(q) == [Period(0, None, None, date(2028, 9, 30))]


def test_possessive_owner_and_plan_name() -> None:
    q = "At December 31, 2029, how many shares were left under Pellow Foods' 2024 Equity Plan?"
    assert [p.end for p in question_periods(q)] == [date(2029, 12, 31)]


def test_event_year_kept_when_it_is_the_only_date() -> None:
    q = "What buffer will Trask Bank hold after the regulator's 2030 review results?"
    assert question_periods(q) == [Period(12, 2030)]
    assert mask_event_years(q) == q


def test_year_before_a_period_word_still_dates_the_period() -> None:
    q = "After its 2029 fiscal year, what did Vennor guide for 2030 sales?"
    assert Period(12, 2029) in question_periods(q)


def test_maturity_years_do_not_count_as_a_period_left() -> None:
    q = "Through its 2028 tender offer, how much of its notes due May 2049 did Halloway retire?"
    assert mask_event_years(q) == q
