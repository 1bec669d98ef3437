"""Statements drawn up outside US 10-K conventions (IFRS annual reports, UK and European results):
a "Notes" column of note numbers, a year-end written day first, a currency-unit stub heading
("GBP million") and the currency it names, and IAS 1's names for the profit lines. Made-up companies."""

from __future__ import annotations

from datetime import date

from assistant.core.answer.computed_text import amount
from assistant.core.finance.concepts import match_ranked
from assistant.core.finance.facts import Fact
from assistant.core.finance.tables import facts_from_pages, read_statement_page
from assistant.core.scale_statements import detect_currency_statement, detect_scale_statement

IFRS_INCOME = "\n".join([
    "Brennholt Shipping plc  Annual Report 2025",
    "Group income statement",
    "For the year ended 31 March",
    "GBP million                              Note          2025            2024",
    "Revenue                                    4         1,412.6         1,288.0",
    "Cost of sales                                        (1,020.4)         (955.1)",
    "Gross profit                                           392.2           332.9",
    "Administrative expenses                               (201.7)         (188.3)",
    "Operating profit                           5           190.5           144.6",
    "Finance costs                             12           (31.0)          (29.4)",
    "Profit before taxation                                 159.5           115.2",
    "Taxation                                   7           (38.3)          (27.1)",
    "Profit for the year                                    121.2            88.1",
    "Earnings per share (GBP)",
    "  Basic                                    9            0.61            0.44",
])


def _by(facts: list[Fact], concept: str) -> dict[str, float]:
    return {f.period: f.value for f in facts if f.concept == concept}


def test_a_notes_column_holds_note_numbers_not_figures() -> None:
    facts = read_statement_page(IFRS_INCOME, "income_statement")
    assert _by(facts, "revenue") == {"FY2025": 1412.6, "FY2024": 1288.0}
    assert _by(facts, "operating_income") == {"FY2025": 190.5, "FY2024": 144.6}
    assert _by(facts, "eps_basic") == {"FY2025": 0.61, "FY2024": 0.44}
    assert not [f for f in facts if f.value in (4.0, 5.0, 12.0, 9.0)]


def test_a_year_end_written_day_first_dates_the_year_columns() -> None:
    facts = read_statement_page(IFRS_INCOME, "income_statement")
    assert {f.period_end for f in facts if f.concept == "revenue"} == {date(2025, 3, 31), date(2024, 3, 31)}


def test_ias1_names_of_the_profit_lines() -> None:
    facts = read_statement_page(IFRS_INCOME, "income_statement")
    assert _by(facts, "pretax_income")["FY2025"] == 159.5
    assert _by(facts, "net_income")["FY2025"] == 121.2
    assert match_ranked("(Loss)/profit for the period", "", "income_statement")[0] == "net_income"
    assert match_ranked("Trade and other receivables", "", "balance_sheet")[0] == "receivables"


def test_a_currency_unit_stub_heading_states_scale_and_currency() -> None:
    assert detect_scale_statement("EUR million        FY2026     FY2025") == "million"
    assert detect_scale_statement("£m                  H1 2025") == "million"
    assert detect_scale_statement("2025, SEK thousands     Nordics") == "thousand"
    assert detect_currency_statement("GBP million   Note   2025") == "GBP"
    assert detect_currency_statement("Figures in EUR million unless otherwise stated") == "EUR"
    # An amount in running text states no table's scale; a US statement names no currency.
    assert detect_scale_statement("Sales reached EUR 310.2 million in the year") is None
    assert detect_currency_statement("(In millions, except per share data)") is None


def test_facts_keep_the_currency_the_report_states() -> None:
    facts = facts_from_pages([(1, IFRS_INCOME)])
    revenue = next(f for f in facts if f.concept == "revenue")
    assert revenue.scale == "million" and not revenue.extra.get("scale_assumed")
    assert revenue.extra["currency"] == "GBP"
    assert next(f for f in facts if f.concept == "eps_basic").extra["currency"] == "GBP"
    # A US filing's statement states no currency: its facts carry none (dollars).
    us = IFRS_INCOME.replace("GBP million", "(In millions)    ").replace("Note  ", "      ")
    assert all("currency" not in f.extra for f in facts_from_pages([(1, us)]))


def test_an_amount_is_written_in_its_own_currency() -> None:
    assert amount(121.2, "USD", "million", 1, currency="GBP") == "£121.2 million"
    assert amount(0.61, "USD/share", None, 2, currency="EUR") == "€0.61"
    assert amount(5.0, "USD", "million", 1, currency="SEK") == "SEK 5.0 million"
    assert amount(5.0, "USD", "million", 1) == "$5.0 million"


def test_a_question_dates_a_period_day_first() -> None:
    from assistant.core.finance.periods import date_quarters
    from assistant.core.finance.question_periods import question_periods

    at = question_periods("What were Brennholt's borrowings at 31 March 2025?")
    assert [(p.months, p.end) for p in at] == [(0, date(2025, 3, 31))]
    year = question_periods("Brennholt's revenue for the year to 31 March 2024, in GBP millions?")
    assert [(p.months, p.end) for p in year] == [(12, date(2024, 3, 31))]
    half = question_periods("its fleet costs for the six months ended 30 September 2025")
    assert [(p.months, p.end) for p in half] == [(6, date(2025, 9, 30))]
    assert date_quarters("at 31 March 2025") == date_quarters("at March 31, 2025") == ["Q1 2025"]


def test_the_currency_an_answer_is_asked_in_names_no_line() -> None:
    from assistant.core.answer.computed_rival import item_words

    words = item_words("What was Brennholt's working capital at 31 March 2025? GBP millions, one decimal.", "Brennholt")
    assert not words & {"gbp", "eur", "euro", "sterl"}


def test_what_a_company_says_moved_a_metric_asks_its_reason_not_the_figure() -> None:
    from assistant.core.finance.plan import plan_question

    assert plan_question("What does Brennholt say lifted its operating margin in fiscal 2025?") is None
    assert plan_question("What held back Brennholt's gross margin in 2024?") is None
    assert plan_question("What was Brennholt's operating margin in fiscal 2025?") is not None
    assert plan_question("What did Brennholt say its revenue was in fiscal 2025?") is not None


FIVE_YEARS = "\n".join([
    "Five-year record",
    "GBP million                 FY2021      FY2022      FY2023      FY2024      FY2025",
    "Revenue                    1,001.0     1,104.2     1,190.9     1,288.0     1,412.6",
    "Operating profit              98.1       110.3       131.0       144.6       190.5",
    "Profit for the year           51.0        60.2        71.9        88.1       121.2",
    "Basic earnings per share      0.26        0.30        0.36        0.44        0.61",
])


def test_a_year_named_fy_is_a_fiscal_year_not_a_quarter_or_half() -> None:
    from assistant.core.finance.facts import duration_of
    from assistant.core.finance.note_tables import is_note_table_page

    assert duration_of("GBP million   FY2025   FY2024") == 12
    assert duration_of("FY25") == 12
    assert duration_of("Q2 FY2025") is None and duration_of("H1 FY25") is None
    assert is_note_table_page(FIVE_YEARS)


def test_a_five_year_summary_s_years_end_where_the_statements_years_end() -> None:
    facts = facts_from_pages([(1, FIVE_YEARS), (2, IFRS_INCOME)], notes={1})
    summary = {f.period: (f.period_end, f.duration_months, f.value) for f in facts if f.page == 1 and f.label == "Revenue"}
    assert summary["FY2021"] == (date(2021, 3, 31), 12, 1001.0)
    assert summary["FY2025"] == (date(2025, 3, 31), 12, 1412.6)
    assert all(f.concept is None for f in facts if f.page == 1)  # a summary's rows answer by their label only
