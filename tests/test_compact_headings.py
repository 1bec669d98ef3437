"""Column headings and scales as releases outside US filings print them: compact period names
("FY26", "1H26", "2025/26", "Q1–Q3 2026"), change columns ("+8.1%", "+0.3 pp") and a currency
written into the scale ("A$ millions", "MSEK", "C$ thousands")."""

from __future__ import annotations

from datetime import date

from assistant.core.finance.change_headings import change_cell
from assistant.core.finance.columns import read_columns
from assistant.core.finance.heading_periods import mask_spelled, periods_named, spelled_period
from assistant.core.finance.slide_tables import slide_text
from assistant.core.finance.statements import table_kind
from assistant.core.finance.tables import read_statement_page, split_row
from assistant.core.scale_statements import detect_currency_statement, detect_scale_statement


def test_compact_spans_read_into_their_months() -> None:
    fy = spelled_period("FY27")
    assert fy is not None and (fy.months, fy.months_through, fy.end.year) == (12, 12, 2027)
    half = spelled_period("2H27")
    assert half is not None and (half.months, half.months_through) == (6, 12)
    assert (spelled_period("H1'27") or fy).months_through == 6
    uk = spelled_period("2026/27")
    assert uk is not None and (uk.months, uk.end.year) == (12, 2027)
    nine = spelled_period("Q1-Q3 2027")
    assert nine is not None and (nine.months, nine.months_through) == (9, 9)
    assert spelled_period("2026/04") is None  # no fiscal year: the years do not follow
    assert spelled_period("Q3-Q1 2027") is None


def test_compact_span_never_read_out_of_a_figure() -> None:
    # two digits after a space are a figure, not a year: "Q4 14.2" stays
    assert "14.2" in mask_spelled("Margin Q4 14.2 FY31 8.0")
    assert "FY31" not in mask_spelled("Margin Q4 14.2 FY31 8.0")
    assert periods_named("Sales   FY31   FY30   Change") == 2
    assert periods_named("Revenue 12.5 13.1") == 0


def test_fiscal_year_by_two_digits_dated_from_the_stated_year_end() -> None:
    header = ["Group cash flow", "For the year ended 31 March 2031 (A$ millions)",
              "                                        FY31        FY30"]
    titles = "\n".join(header) + "\nHarbourline Ltd | Results | 14 May 2031"
    cols = read_columns(header[2:], titles, "cash_flow")
    assert [(c.end, c.duration_months) for c in cols] == [(date(2031, 3, 31), 12), (date(2030, 3, 31), 12)]


def test_release_date_does_not_end_a_short_quarter() -> None:
    header = ["                          Q2 2031      Q2 2030     Q1-Q2 2031    Q1-Q2 2030"]
    titles = "Brennholt AG | Half-year statement\nHamburg, 12 August 2031"
    cols = read_columns(header, titles, "income_statement")
    assert [(c.end, c.duration_months) for c in cols] == [
        (date(2031, 6, 30), 3), (date(2030, 6, 30), 3), (date(2031, 6, 30), 6), (date(2030, 6, 30), 6)]


def test_half_tokens_dated_from_the_document_year_end() -> None:
    page = "\n".join([
        "Segment summary",
        "                                 1H31        2H31        FY31        1H30",
        "Recurring fees                  50.0        55.0       105.0        44.0",
        "Project fees                    10.0        12.0        22.0         9.0",
    ])
    text, dated = slide_text(page, (6, 30))
    assert dated
    facts = read_statement_page(text, "supplementary", note=True)
    got = {(f.period_end, f.duration_months) for f in facts if f.label == "Recurring fees"}
    assert got == {(date(2030, 12, 31), 6), (date(2031, 6, 30), 6), (date(2031, 6, 30), 12), (date(2029, 12, 31), 6)}


def test_change_cells_are_no_amounts() -> None:
    assert change_cell("+8.1%") == 8.1
    assert change_cell("-0.3 pp") == -0.3
    assert change_cell("+25 bps") == 25
    assert change_cell("8.1") is None
    split = split_row("Operating margin (%)      9.4      9.1     +0.3 pp     9.0     8.8    +0.2 pp")
    assert split is not None
    label, cells = split
    assert label == "Operating margin (%)"
    assert [c[1] for c in cells if not c[2]] == [9.4, 9.1, 9.0, 8.8]


def test_interim_table_with_change_columns_reads_each_period() -> None:
    page = "\n".join([
        "Key figures",
        "(in EUR million)",
        "                         Q2 2031     Q2 2030     Change     Q1-Q2 2031    Q1-Q2 2030    Change     FY 2030",
        "Orders received            612.0       580.0     +5.5%        1,190.4       1,101.2     +8.1%     2,240.7",
        "Operating margin (%)         9.4         9.1    +0.3 pp           9.0           8.8    +0.2 pp        9.2",
        "Sales                      598.3       571.9     +4.6%        1,175.0       1,120.6     +4.9%     2,230.1",
        "Free cash flow                 –           –                     44.1          51.0    -13.5%        98.2",
    ])
    facts = read_statement_page(page, "supplementary", note=True)
    got = {(f.label, f.period_end, f.duration_months): f.value for f in facts}
    assert got[("Orders received", date(2031, 6, 30), 6)] == 1190.4
    assert got[("Operating margin (%)", date(2030, 6, 30), 3)] == 9.1
    assert got[("Sales", date(2030, 12, 31), 12)] == 2230.1
    assert got[("Free cash flow", date(2031, 6, 30), 6)] == 44.1


def test_currency_written_into_the_scale() -> None:
    for text, scale, currency in [
        ("For the year ended 30 June 2031 (A$ millions, except per share data)", "million", "AUD"),
        ("(C$ thousands)", "thousand", "CAD"),
        ("MSEK          2031      2030", "million", "SEK"),
        ("TEUR          2031      2030", "thousand", "EUR"),
        ("CHF m         2031      2030", "million", "CHF"),
        ("US$m          2031      2030", "million", "USD"),
        ("(in millions)", "million", None),
    ]:
        assert detect_scale_statement(text) == scale, text
        assert detect_currency_statement(text) == currency, text
    assert detect_scale_statement("sold 12 million units") is None


def test_statement_of_profit_or_loss_is_an_income_statement() -> None:
    page = "\n".join([
        "Consolidated statement of profit or loss",
        "For the year ended 30 June 2031 (A$ millions)",
        "                                   FY31        FY30",
        *[f"Line item {k}                    {10 + k}.5        {9 + k}.1" for k in range(8)],
    ])
    assert table_kind(page) == "income_statement"
    assert table_kind(page.replace("profit or loss", "profit or loss and other comprehensive income")) != "income_statement"


def test_period_names_over_dates_tell_a_years_two_dates_apart() -> None:
    from assistant.core.answer.cell_columns import read_cells
    from assistant.core.numbers import parse_quantities

    row = "Total deposits  $30,112  $29,870  $29,455  $29,010"
    cells = parse_quantities(row)
    for header in ["(in millions)   4Q31   3Q31   2Q31   4Q30\nDec. 31, 2031   Sep. 30, 2031   Jun. 30, 2031   Dec. 31, 2030",
                   "Period End (in millions) 4Q31 3Q31 2Q31 4Q30 Dec. 31, 2031 Sep. 30, 2031 Jun. 30, 2031 Dec. 31, 2030"]:
        read = read_cells(header, cells, row)
        assert read is not None, header
        assert [(c.year, c.quarter) for c in read] == [(2031, 4), (2031, 3), (2031, 2), (2030, 4)]


def test_quarter_run_in_a_question_and_a_heading_is_nine_months() -> None:
    from assistant.core.answer.cell_columns import read_cells
    from assistant.core.finance.question_periods import question_periods
    from assistant.core.numbers import parse_quantities

    assert [(p.months, p.fiscal_year) for p in question_periods("What were orders in Q1–Q3 2031?")] == [(9, 2031)]
    row = "Orders   310.2   295.0   +5.2%   905.3   870.1   +4.0%"
    read = read_cells("   Q3 2031   Q3 2030   Change   Q1–Q3 2031   Q1–Q3 2030   Change", parse_quantities(row), row)
    assert read is not None
    assert [(c.year, c.span, c.kind) for c in read] == [
        (2031, "three", "amount"), (2030, "three", "amount"), (None, None, "change"),
        (2031, "nine", "amount"), (2030, "nine", "amount"), (None, None, "change")]
