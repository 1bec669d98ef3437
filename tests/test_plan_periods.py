"""Which period a metric question asks for: comparative columns, spans, like-for-like growth
(our own wording, about a made-up company)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.finance.metrics import Period
from assistant.core.finance.plan import plan_question


def _plan(question: str):  # type: ignore[no-untyped-def]
    plan = plan_question(question)
    assert plan is not None, question
    return plan


def test_the_prior_year_column_of_a_named_filing_is_the_period_asked() -> None:
    p = _plan("In Acme's annual report for fiscal 2024, what revenue does the income statement show for the prior "
              "fiscal year, the year ended March 31, 2023? USD millions.")
    assert p.periods == [Period(12, None, None, date(2023, 3, 31))] and "FY2024" in p.filings
    p = _plan("Using the prior-year column of Acme's 2024 cash flow statement, what was its 2023 capital expenditure?")
    assert p.periods == [Period(12, 2023)] and "FY2024" in p.filings
    # The filing named as a document is no period: the one year named is the asked one.
    p = _plan("Using the prior-year columns of Acme's 2024 10-K, what was its operating income in 2023?")
    assert p.periods == [Period(12, 2023)]
    # No comparative asked: the year named.
    assert _plan("What was Acme's operating income in fiscal 2024?").periods == [Period(12, 2024)]


def test_a_comparable_prior_year_quarter_is_a_column_not_a_same_store_figure() -> None:
    p = _plan("In Acme's 10-Q for the second quarter of 2024, what revenue is shown for the comparable prior-year "
              "quarter (three months ended June 30, 2023)?")
    assert p.periods == [Period(3, None, None, date(2023, 6, 30))]
    assert plan_question("What were Acme's comparable sales in fiscal 2024?") is None


def test_twelve_months_ended_a_date_is_a_year_not_a_balance() -> None:
    p = _plan("What diluted EPS did Acme report for the twelve months ended June 30, 2023?")
    assert p.concept == "eps_diluted" and p.periods == [Period(12, None, None, date(2023, 6, 30))]
    p = _plan("What inventories did Acme hold at June 30, 2023?")
    assert p.periods == [Period(0, None, None, date(2023, 6, 30))]


def test_growth_compares_like_periods_and_reads_rise_as_growth() -> None:
    p = _plan("By what percentage did Acme's net sales rise in the three months ended June 30, 2024 versus the same "
              "quarter of 2023? One decimal.")
    assert p.kind == "growth" and p.concept == "revenue"
    now, before = p.periods
    assert now == Period(3, None, None, date(2024, 6, 30))
    assert before.months == 3 and before.end is not None and abs((before.end - date(2023, 6, 30)).days) <= 3
    # A row the vocabulary does not know ("net interest income") still gets a growth plan, for its label.
    p = _plan("By what percentage did Acme Bank's net interest income rise in fiscal 2024? One decimal.")
    assert p.kind == "growth" and p.concept is None


def test_a_which_question_after_a_leading_phrase_wants_a_name_not_a_figure() -> None:
    assert plan_question("For Acme, which region had the biggest drop in Q2 2024 revenue year over year?") is None
    assert plan_question("Which region had the biggest drop in Q2 2024 revenue year over year?") is None
    assert _plan("For Acme, by what percent did revenue drop in Q2 2024 year over year?").kind == "growth"


def test_excluding_in_other_words_is_still_a_narrowed_figure() -> None:
    assert plan_question("Leaving out Markets, how much did Acme's net interest income grow in Q2 2024?") is None
    assert plan_question("Stripping out currency moves, how fast did Acme's sales grow in fiscal 2024?") is None



@pytest.mark.parametrize(("question", "label"), [
    ("What were Acme's total deposits a year before June 30, 2023? USD millions.", "June 30, 2022"),
    ("What were Acme's total deposits one year earlier than June 30, 2023? USD millions.", "June 30, 2022"),
    ("What was Acme's revenue in the fiscal year preceding fiscal 2023? USD millions.", "FY2022"),
    ("What was Acme's revenue two years before fiscal 2023? USD millions.", "FY2021"),
    ("What was Acme's revenue in the prior-year quarter to Q2 2023? USD millions.", "Q2 FY2022"),
    ("What was Acme's gross margin a year before fiscal 2023?", "FY2022"),
    ("What was Acme's revenue in fiscal 2023, a year before the merger? USD millions.", "FY2023"),  # no period after
])
def test_a_period_named_relative_to_another_is_shifted_back(question: str, label: str) -> None:
    assert [p.label for p in _plan(question).periods] == [label]


@pytest.mark.parametrize(("question", "label", "months"), [
    ("What was Acme's revenue during FY22? USD millions.", "FY2022", 12),
    ("What was Acme's revenue in Q3 FY23? USD millions.", "Q3 FY2023", 3),
    ("What was Acme's revenue in 3Q 2023? USD millions.", "Q3 FY2023", 3),
    ("What was Acme's revenue in the fourth quarter of calendar 2022? USD millions.", "Q4 FY2022", 3),
    ("What was Acme's revenue in 1H 2023? USD millions.", "6M FY2023", 6),
    ("What was Acme's revenue in H1 FY24? USD millions.", "6M FY2024", 6),
])
def test_short_forms_of_periods_are_read_as_their_period_not_as_the_year(question: str, label: str,
                                                                        months: int) -> None:
    assert [(p.label, p.months) for p in _plan(question).periods] == [(label, months)]


def test_the_second_half_of_a_year_is_not_planned() -> None:
    from assistant.core.finance.plan import label_plan, plan_question

    assert plan_question("What was Acme's revenue in the second half of 2022? USD millions.") is None
    assert plan_question("What was Acme's revenue in H2 2022? USD millions.") is None
    assert label_plan("What was Acme's widget revenue in the second half of 2022? USD millions.") is None


@pytest.mark.parametrize(("question", "label"), [
    ("What was Acme's revenue year-to-date through the third quarter of 2023? USD millions.", "9M FY2023"),
    ("What was Acme's revenue YTD Q3 2023? USD millions.", "9M FY2023"),
    ("What was Acme's revenue in Q2 YTD 2023? USD millions.", "6M FY2023"),
])
def test_a_year_to_date_through_a_quarter_runs_from_the_years_start(question: str, label: str) -> None:
    assert [p.label for p in _plan(question).periods] == [label]


def test_a_date_before_the_named_year_is_no_end_of_that_year() -> None:
    # Both balances of an average named after the year: the first date is the opening one, not the year's end.
    p = _plan("Compute Acme's days payable outstanding for fiscal 2024 as 365 x average accounts payable "
              "(February 1, 2023 and January 30, 2024) / cost of sales. One decimal.")
    assert p.periods[0] == Period(12, 2024), p.periods
    # A year named by its start ends early in the next calendar year; by its end, in its own.
    assert _plan("What was Acme's revenue in fiscal 2023 (the year ended February 3, 2024)?").periods == [
        Period(12, 2023, None, date(2024, 2, 3))]
    assert _plan("What was Acme's revenue in fiscal 2024 (the year ended February 3, 2024)?").periods == [
        Period(12, 2024, None, date(2024, 2, 3))]
    # A half of a year named by its end closes in the calendar year before.
    p = _plan("How much did Acme's interest expense grow in the first six months of fiscal 2025 (six months ended "
              "August 3, 2024) versus the same period a year earlier? Percent.")
    assert p.periods[0] == Period(6, 2025, None, date(2024, 8, 3)), p.periods


@pytest.mark.parametrize("question", [
    "How much cash did Acme spend repurchasing common stock in fiscal 2023? USD millions.",
    "How much did Acme spend to repurchase its shares in fiscal 2023?",
    "What were Acme's share repurchases in fiscal 2023?",
])
def test_a_buyback_asked_with_a_verb_is_the_repurchase_line(question: str) -> None:
    assert _plan(question).concept == "share_repurchases"


def test_a_part_of_a_fiscal_year_with_its_end_date_in_parentheses_keeps_its_length() -> None:
    from assistant.core.finance.question_periods import question_periods

    found = question_periods("Zeta, first six months of fiscal 2024 (ended August 3, 2023): net sales? USD millions.")
    assert [(p.months, p.fiscal_year) for p in found] == [(6, 2024)]
    year = question_periods("Zeta fiscal 2023 (ended February 3, 2023): net sales? USD millions.")
    assert [(p.months, p.fiscal_year) for p in year] == [(12, 2023)]
