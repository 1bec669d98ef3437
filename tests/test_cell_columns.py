"""Notes tables headed in several rows: each cell read against its year, span and kind (made-up
tables), and a cell that cannot be aligned to the header is no answer for a year."""

from __future__ import annotations

import pytest

from assistant.core.answer.cell_columns import read_cells
from assistant.core.answer.columns import locate_column
from assistant.core.answer.extractive import ExtractiveAnswerer, analyse
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit

AMOUNT_PCT = "2024  2023\n(Dollars in Millions)  Amount  % of Revenue  Amount  % of Revenue"
SPANS_CHANGE = ("Three months ended March 31,  Six months ended March 31,\n"
                "(in millions)  2024  2023  Change  2024  2023  Change")
THREE_YEARS = "Fiscal Years Ended\n2024  2023  2022"
QUARTERS = "Q4 2024  FY 2024"


def _cells(row: str) -> list:
    return [x for x in parse_quantities(row) if not x.is_year]


def _locate(question: str, header: str, row: str) -> tuple[float, bool]:
    cells = _cells(row)
    at, told = locate_column(analyse(parse_question(question, []), []), header, cells)
    return cells[at].value, told


def test_years_over_amount_and_percent_pairs() -> None:
    read = read_cells(AMOUNT_PCT, _cells("Widgets  1,204  8.3  1,150  7.9"))
    assert read is not None
    assert [(c.year, c.kind) for c in read] == [(2024, "amount"), (2024, "percent"), (2023, "amount"),
                                               (2023, "percent")]


def test_span_groups_over_years_and_change_columns() -> None:
    read = read_cells(SPANS_CHANGE, _cells("Payroll  $  4,210  $  3,980  6  %  $  8,300  $  7,700  8  %"))
    assert read is not None
    assert [(c.year, c.span, c.kind) for c in read] == [
        (2024, "three", "amount"), (2023, "three", "amount"), (None, "three", "change"),
        (2024, "six", "amount"), (2023, "six", "amount"), (None, "six", "change")]


def test_cells_alternating_amounts_and_percents_under_a_year_line() -> None:
    # The "Amount  %" line is cut off: the cells' own pattern (an amount, then its share) aligns them.
    read = read_cells("2024  2023", _cells("Gizmos  2,610  12.4  2,402  11.9"))
    assert read is not None and [(c.year, c.kind) for c in read] == [
        (2024, "amount"), (2024, "percent"), (2023, "amount"), (2023, "percent")]


def test_a_quarter_and_a_full_year_named_by_their_cells() -> None:
    read = read_cells(QUARTERS, _cells("Sales  512  2,040"))
    assert read is not None and [(c.year, c.span) for c in read] == [(2024, "three"), (2024, "twelve")]


@pytest.mark.parametrize(("question", "header", "row", "expected"), [
    ("What were widget sales in 2023, in millions?", AMOUNT_PCT, "Widgets  1,204  8.3  1,150  7.9", 1150),
    ("What share of revenue were widget sales in 2023, in percent?", AMOUNT_PCT,
     "Widgets  1,204  8.3  1,150  7.9", 7.9),
    ("What was payroll expense in the six months ended March 31, 2023?", SPANS_CHANGE,
     "Payroll  $  4,210  $  3,980  6  %  $  8,300  $  7,700  8  %", 7700),
    ("What were gizmo sales in 2023?", "2024  2023", "Gizmos  2,610  12.4  2,402  11.9", 2402),
    ("How much income tax did Acme pay in fiscal 2022?", THREE_YEARS, "Income taxes paid  $  610  $  577  $  402", 402),
])
def test_the_asked_cell_of_a_multi_row_header(question: str, header: str, row: str, expected: float) -> None:
    assert _locate(question, header, row) == (pytest.approx(expected), True)


@pytest.mark.parametrize(("question", "header", "row"), [
    # Span groups that do not divide the row.
    ("What was payroll expense in the six months of 2023?", SPANS_CHANGE, "Payroll  4,210  3,980  8,300  7,700  8"),
])
def test_cells_that_cannot_be_aligned_are_no_answer(question: str, header: str, row: str) -> None:
    assert _locate(question, header, row)[1] is False


def test_a_sentence_above_a_row_is_not_a_line_of_column_headings() -> None:
    # "cash" is a word of the question and of the wrapped label above; it names no column.
    header = "Additions to property, net of $12, $9 and $4 of non-cash capital"
    got = _locate("Income taxes paid by Acme in fiscal 2024 (supplemental cash flow)?", header,
                  "Income taxes paid  $  610  $  577  $  402")
    assert got[1] is False or got[0] == 610


def test_an_empty_cell_keeps_the_cells_after_it_in_their_columns() -> None:
    # "*" (not meaningful) in the first group's change column: the six months' 2024 cell is the third figure.
    row = "Provision for taxes on income  $  (35)  $  812  *  $  402  $  1,377  (71)"
    cells = _cells(row)
    q = analyse(parse_question("What was the provision for taxes in the six months ended March 31, 2024?", []), [])
    assert locate_column(q, SPANS_CHANGE, cells, row=row) == (2, True)
    assert locate_column(q, SPANS_CHANGE, cells)[1] is False  # without the row as printed: not aligned


def test_a_line_of_dates_and_column_words_heads_the_rows_below() -> None:
    text = ("Taxes on Income\nThree Months Ended  Six Months Ended\nMarch 31,  March 26,  %  March 31,  March 26,  %\n"
            "(MILLIONS)  2024  2023  Change  2024  2023  Change\n"
            "Provision for taxes on income  $  (35)  $  812  *  $  402  $  1,377  (71)\n")
    hit = SearchHit(chunk_id="acme:51", doc_id="acme", title="Acme 10-Q", source="", page=51, text=text,
                    score=1.0, company="Acme Robotics", period="Q2 2024")
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "What provision for taxes on income did Acme record for the six months ended March 31, 2024?", [hit])
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(402)


def test_a_listed_row_under_full_year_columns_does_not_answer_a_quarter() -> None:
    from assistant.core.answer.listed_column import listed_column

    header = "Twelve Months Ended June 30, 2024  Twelve Months Ended June 30, 2023"
    row = "Adjusted EBITDA, EBIT, Net income and EPS  1,950  1,520  1,010  68.1  1,880  1,460  980  64.2"
    q = analyse(parse_question("What was Acme's adjusted EBITDA for the three months ended June 30, 2024?", []), [])
    cells = _cells(row)
    assert listed_column(q, row[: cells[0].start], header, cells) == -1
    full = analyse(parse_question("What was Acme's adjusted EBITDA for fiscal 2024?", []), [])
    assert listed_column(full, row[: cells[0].start], header, cells) == 0


def test_figures_in_a_labels_parenthetical_are_not_cells() -> None:
    text = ("(in millions, except share data)  June 30,  2024  December 31,  2023\n"
            "Treasury stock, at cost (  1,204,100,500  and  1,180,200,300  shares)  (98,120)  (95,400)\n")
    hit = SearchHit(chunk_id="acme:98", doc_id="acme", title="Acme 10-Q", source="", page=98, text=text,
                    score=1.0, company="Acme Robotics", period="Q2 2024")
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "What was Acme's treasury stock, at cost, at December 31, 2023? $m.", [hit])
    assert answer.key_figure is None or abs(answer.key_figure.value) == pytest.approx(95400)


@pytest.mark.parametrize(("header", "row", "expected"), [
    # A caption in the years' line and a row heading under it are no columns.
    ("At December 31,\nIn millions, except per share amounts  2024  2023\nAssets:", "Inventories  9,090  8,760",
     [(2024, "amount"), (2023, "amount")]),
    # "2024 vs. 2023" heads the change in dollars and in percent.
    ("Years Ended December 31,  2024  2023  2024 vs. 2023", "Connections  17,411  16,507  904  5.5",
     [(2024, "amount"), (2023, "amount"), (None, "change"), (None, "change")]),
    # "Fiscal 2024  Fiscal 2023" is one span over its columns, not two groups.
    ("(Dollars in millions)  FISCAL 2024  FISCAL 2023  % CHANGE  FISCAL 2022  % CHANGE",
     "NET INCOME  $  1,070  $  1,046  2 % $  927  13 %",
     [(2024, "amount"), (2023, "amount"), (None, "change"), (2022, "amount"), (None, "change")]),
])
def test_headers_as_notes_print_them(header: str, row: str, expected: list) -> None:
    read = read_cells(header, _cells(row), row)
    assert read is not None and [(c.year, c.kind) for c in read] == expected


def test_a_row_of_figures_above_is_not_the_rows_heading() -> None:
    # The passage's first row was taken for header text; its "$" and "NM" name no columns.
    header = "(in millions)  2024  2023  Change\nRevenue\nFees  $  113  $  17  NM"
    read = read_cells(header, _cells("Deposits  2,083  1,391  50"))
    assert read is not None and [c.year for c in read] == [2024, 2023, None]


def test_dollar_and_percent_change_columns_under_compared_years() -> None:
    header = "Year Ended December 31,  2024 vs. 2023  2023 vs. 2022\nIn millions, except percentages  2024  2023  2022  $  %  $  %"
    row = "Mail orders  70,466  60,547  56,071  9,919  16.4 %  4,476  8.0 %"
    q = analyse(parse_question("What were mail order revenues in 2022, in millions?", []), [])
    assert locate_column(q, header, _cells(row), row=row) == (2, True)


def test_a_per_share_row_is_no_total_in_millions() -> None:
    text = ("Q1 2024  Q2 2024  Q3 2024  Q4 2024  FY 2024\n"
            "Adjusted net earnings per share (Diluted)  $  2.40  2.26  2.23  2.05  8.93\n")
    hit = SearchHit(chunk_id="acme:14", doc_id="acme", title="Acme 8-K", source="", page=14, text=text,
                    score=1.0, company="Acme Robotics", period="FY2024")
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "What were Acme's adjusted net earnings for full year 2024? $m.", [hit])
    assert answer.key_figure is None or answer.key_figure.value != pytest.approx(8.93)


@pytest.mark.parametrize(("header", "row", "expected"), [
    # Footnote marks on the years.
    ("The following table summarizes our debt:\n2024(a)  2023(a)", "Notes due 2028  2,986  3,067", [2024, 2023]),
    # A row whose change column is left empty.
    ("Three Months Ended December 31,  2024  2023  %\nChange", "Hold rate %  9.4 %  9.2 %", [2024, 2023]),
])
def test_note_marks_and_empty_change_columns(header: str, row: str, expected: list) -> None:
    read = read_cells(header, _cells(row), row)
    assert read is not None and [c.year for c in read] == expected


def test_a_change_column_is_no_share() -> None:
    text = ("TABLE 4: EXPENSES\nYears Ended December 31,  Change  Change\n"
            "(Millions, except percentages)  2024  2023  2022  2024 vs. 2023  2023 vs. 2022\n"
            "Member rewards  $  14,100  $  11,000  $  8,000  $  3,100  28 %  $  3,000  38 %\n")
    hit = SearchHit(chunk_id="acme:49", doc_id="acme", title="Acme 10-K", source="", page=49, text=text,
                    score=1.0, company="Acme Robotics", period="FY2024")
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(
        "What share of Acme's total expenses were member rewards in 2024? Percent.", [hit])
    assert answer.key_figure is None or answer.key_figure.value != pytest.approx(28)


def test_a_sub_heading_under_year_columns_is_not_a_line_of_column_headings() -> None:
    # "Notes" names the note asked for; the line under the years is a sub-heading, not three columns.
    header = "Supplemental balance sheet\n2024  2023  2022\nAccounts and notes receivable"
    got = _locate("How much depreciation expense did Acme record in 2022, according to Note 9 of its 2024 annual report?",
                  header, "Depreciation expense  $  2,400  $  2,300  $  2,200")
    assert got == (2200, True)


SPLIT_DATES = ("The following table shows deferred revenue balances:\n"
               "March 31,  At March 31,  At April 1,\n(in millions)  2024  2023  2023")


def test_a_date_split_over_two_header_lines_tells_apart_two_columns_of_one_year() -> None:
    row = "Deferred revenue  412  388  301"
    assert _locate("What was Acme's deferred revenue at April 1, 2023? USD millions.", SPLIT_DATES, row) == (301, True)
    assert _locate("What was Acme's deferred revenue at March 31, 2023? USD millions.", SPLIT_DATES, row) == (388, True)
    # A date no column carries, or a year alone, does not pick one of the two 2023 columns as told.
    assert _locate("What was Acme's deferred revenue at June 30, 2023? USD millions.", SPLIT_DATES, row)[1] is False
    assert _locate("What was Acme's deferred revenue in 2023? USD millions.", SPLIT_DATES, row)[1] is False


PARTS_UNDER_A_LEAD_IN = ("for the years ended December 31, 2024, 2023 and 2022:\n"
                         "(Millions)  North  South  Marine  Corporate & Other(a)  Consolidated\n2024")


def test_cells_that_are_parts_of_the_company_answer_no_year_of_a_lead_in() -> None:
    # The third cell is a segment's (Marine), not 2022's: the years stand only in the lead-in.
    _, told = _locate("What was Acme's interest income in 2022? $ millions.", PARTS_UNDER_A_LEAD_IN,
                      "Interest income  1,204  388  97  41  1,730")
    assert told is False


def test_years_as_column_headings_still_pick_their_cell() -> None:
    value, told = _locate("What was Acme's interest income in 2022? $ millions.",
                          "(Millions)  2024  2023  2022", "Interest income  1,204  1,150  1,002")
    assert (value, told) == (1002, True)


def test_a_balance_asked_at_a_date_no_column_is_dated() -> None:
    header = "February 3, 2024  January 28, 2023  Life as ofFebruary 3, 2024\nAmount  Amount"
    row = "Trade names  $  120  $  118"
    # A quarter's date asked of a year-end table: neither cell is that date's.
    assert _locate("What were Acme's trade names at August 3, 2024? $ millions.", header, row)[1] is False
    assert _locate("What were Acme's trade names at February 3, 2024? $ millions.", header, row) == (120, True)


def test_a_date_split_over_the_headers_lines_is_not_another_date() -> None:
    header = "The components of inventories:\nJuly 2,\n(MILLIONS)  2023  December 31, 2022"
    assert _locate("What were Acme's finished goods at July 2, 2023? $ millions.", header,
                   "Finished goods  $  3,100  $  2,700") == (3100, True)
