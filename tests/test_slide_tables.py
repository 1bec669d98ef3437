"""Presentation slides and half-year reports (made-up companies): a text box beside a table is no
part of its rows; "H1" over "FY31" names the company's fiscal half, dated from its stated year end;
a change column printing its "%" signs leaves one-decimal amounts as amounts; "n/m" is no figure."""

from __future__ import annotations

from datetime import date

from assistant.core.finance.slide_tables import fiscal_year_end, slide_text
from assistant.core.finance.tables import facts_from_pages, split_row

W = 40  # where the figures' column block starts


def _row(label: str, *cells: str, note: str = "") -> str:
    line = label.ljust(W) + "".join(c.rjust(14) for c in cells)
    return (line.ljust(W + 14 * 3 + 10) + note) if note else line


SLIDE = "\n".join([
    "Income statement",
    "",
    " " * (W + 10) + "H1".rjust(4) + " " * 8 + "H1".rjust(4),
    _row("GBP million", "FY31", "FY30", "Change", note="Growth came from the new routes"),
    _row("Ticket revenue", "410.2", "380.5", "7.8%", note="and from longer stage lengths,"),
    _row("Total revenue", "520.4", "470.1", "10.7%", note="helped by fuller aircraft."),
    _row("Operating costs", "(430.0)", "(400.3)", "7.4%"),
    _row("Operating profit", "90.4", "69.8", "29.5%", note="Costs rose less than capacity"),
    _row("One-off items", "(5.0)", "-", "n/m"),
    _row("Profit for the period", "62.1", "50.2", "23.7%"),
    "",
    "Bramblewick Rail plc | Half-year results for the six months ended 31 December 2030 (H1 FY31)",
])


def test_a_text_box_beside_a_table_is_cut_from_its_rows() -> None:
    text, _ = slide_text(SLIDE, None)
    row = next(line for line in text.splitlines() if line.startswith("Ticket revenue"))
    split = split_row(row)
    assert split is not None and split[0] == "Ticket revenue"
    assert [c[1] for c in split[1]] == [410.2, 380.5, 7.8]
    assert "stage lengths" not in text and "Bramblewick Rail plc" in text  # a footer line is kept


def test_a_second_table_beside_the_first_is_no_text_box() -> None:
    page = "\n".join(_row(f"Line {k}", "1.0", "2.0", note=f"Other line {k}   {k}0.5   {k}1.5") for k in range(1, 5))
    assert slide_text(page, None)[0] == page


def test_the_fiscal_year_end_is_read_from_a_half_named_by_its_token() -> None:
    assert fiscal_year_end("for the six months ended 31 December 2030 (H1 FY31)") == (6, 30)
    assert fiscal_year_end("Outlook for FY31 (year ending 30 June 2031)") == (6, 30)
    assert fiscal_year_end("Three months ended July 29, 2028 (Q2 FY29)") == (1, 31)
    assert fiscal_year_end("Revenue rose 4% in the half.") is None


def test_h1_over_a_fiscal_year_is_that_fiscal_half() -> None:
    text, dated = slide_text(SLIDE, (6, 30))
    assert dated
    assert "31 Dec 2030" in text and "31 Dec 2029" in text and "6 months" in text


def test_a_slide_table_is_read_under_its_fiscal_half_columns() -> None:
    facts = facts_from_pages([(3, SLIDE)], doc_id="bramblewick")
    got = {(f.label, f.period): f.value for f in facts}
    assert got[("Total revenue", "6M FY2031")] == 520.4  # the half to 31 December 2030 of a June year
    assert got[("Total revenue", "6M FY2030")] == 470.1
    assert got[("Operating profit", "6M FY2031")] == 90.4  # a one-decimal amount beside a "%" change column
    assert got[("One-off items", "6M FY2031")] == -5.0  # "n/m" is no figure
    ends = {f.period_end for f in facts if f.label == "Total revenue"}
    assert ends == {date(2030, 12, 31), date(2029, 12, 31)}
    assert not any(f.value in (7.8, 10.7) for f in facts)


def test_a_fiscal_half_on_one_heading_line_is_dated() -> None:
    page = "\n".join([
        "Cash flow statement",
        "GBP million".ljust(W) + "H1 FY31".rjust(14) + "H1 FY30".rjust(14),
        _row("Cash generated from operations", "181.4", "139.8"),
        _row("Capital expenditure", "(118.6)", "(97.5)"),
        _row("Free cash flow", "62.8", "42.3"),
    ])
    text, dated = slide_text(page, (3, 31))
    assert dated and "30 Sep 2030" in text and "30 Sep 2029" in text
    # the year end stated on another slide dates the halves of this one
    facts = facts_from_pages([(4, "Outlook for FY31 (year ending 31 March 2031)"), (5, page)], doc_id="cragfell")
    got = {(f.label, f.period): f.value for f in facts}
    assert got[("Free cash flow", "6M FY2031")] == 62.8  # the half to 30 September 2030 of a March year
