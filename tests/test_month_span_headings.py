"""Columns headed by the months they run, printed over their year ("Apr–Jun" over "2026"), as Nordic and
many European interim reports head them: a quarter, a half or a year, not a balance at the year's end."""

from __future__ import annotations

from datetime import date

from assistant.core.finance.heading_periods import stacked_span, yearless_range
from assistant.core.finance.tables import read_statement_page
from assistant.core.scale_statements import detect_scale_statement

_INCOME = """Group income statement

(EUR m, except per share data)
                                        Apr–Jun         Apr–Jun         Jan–Jun         Jan–Jun
                                           2026            2025            2026            2025
Revenue                                   2 840           2 611           5 402           5 017
Operating profit                            311             287             590             541
Earnings per share after dilution, EUR     0.42            0.37            0.80            0.71
"""


def test_yearless_ranges() -> None:
    assert yearless_range("      Jul–Sep      Jul–Sep     Jan–Sep")
    assert yearless_range("   October-December     January-December")
    assert not yearless_range("Jan–Jun 2026   Jan–Jun 2025")  # each range carries its own year
    assert not yearless_range("Nov–Feb")  # runs over a year's end: not said which year names it


def test_stacked_span_reads_the_range_over_the_year() -> None:
    above = ["            Jul–Sep          Jan–Sep"]
    quarter = stacked_span(2026, 14, 18, above)
    assert quarter is not None and quarter[0].months == 3 and quarter[0].end == date(2026, 9, 30)
    assert quarter[1] == "Jul–Sep 2026"
    nine = stacked_span(2026, 31, 35, above)
    assert nine is not None and nine[0].months == 9
    assert stacked_span(2026, 80, 84, above) is None  # nothing over it


def test_statement_columns_under_month_ranges() -> None:
    facts = read_statement_page(_INCOME, "income_statement")
    revenue = {(f.period_end, f.duration_months): f.value for f in facts if f.label == "Revenue"}
    assert revenue[(date(2026, 6, 30), 3)] == 2840
    assert revenue[(date(2025, 6, 30), 3)] == 2611
    assert revenue[(date(2026, 6, 30), 6)] == 5402
    assert revenue[(date(2025, 6, 30), 6)] == 5017
    assert {f.column for f in facts if f.label == "Revenue"} == {"Apr–Jun 2026", "Apr–Jun 2025", "Jan–Jun 2026", "Jan–Jun 2025"}
    assert all(f.scale == "million" and not f.extra.get("scale_assumed") for f in facts if f.label == "Revenue")
    eps = [f for f in facts if f.concept == "eps_diluted"]
    assert {f.value for f in eps} == {0.42, 0.37, 0.80, 0.71}


def test_currency_scale_before_the_per_share_exception() -> None:
    assert detect_scale_statement("(SEK m, except per share data)") == "million"
    assert detect_scale_statement("Amounts in NOK m") == "million"


def test_a_question_in_the_reports_currency_names_no_part() -> None:
    from assistant.core.answer.row_names import narrowed

    assert not narrowed("What was Norrhavn's revenue for 2026, in NOK million?", "Norrhavn ASA")
    assert not narrowed("What did Norrhavn spend on research and development in full-year 2025? MNOK.", "Norrhavn ASA")
    assert narrowed("What was Norrhavn's revenue in Germany for 2026?", "Norrhavn ASA")


def test_paid_for_a_negative_cash_flow_line_is_its_size() -> None:
    from assistant.core.finance.presentation import asked_as_size

    assert asked_as_size("How much did Norrhavn pay for investments in intangible assets in 2026?",
                         "Investments in intangible assets", "cash_flow")
    assert asked_as_size("What did Norrhavn spend on acquisitions of subsidiaries in 2026?",
                         "Acquisition of subsidiaries", "cash_flow")
    assert not asked_as_size("What was the signed figure Norrhavn paid for acquisitions in 2026?",
                             "Acquisition of subsidiaries", "cash_flow")


def test_a_printed_percent_row_is_a_percent() -> None:
    from assistant.core.finance.concepts import row_unit

    assert row_unit("Operating margin, %") == "percent"
    assert row_unit("Equity ratio (%)") == "percent"
    assert row_unit("Net sales") == "USD"
