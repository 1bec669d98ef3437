"""Growth of a notes or segment table row between two years the question names, each year's cell
read by its column heading (made-up tables)."""

from __future__ import annotations

import pytest

from tests.fakes.one_passage import passage_figure

TABLE = ("Segment information (in millions)\n2024 2023 2022\nCapital expenditures\n"
         "Tools $ 410 $ 350 $ 300\nGarden 96 80 72\nTotal capital expenditures $ 506 $ 430 $ 372\n")


def _answer(question: str, text: str = TABLE) -> float | None:
    return passage_figure(question, text, company="Wrenfield Tools", title="Wrenfield Tools 2024 10-K", page=3)


@pytest.mark.parametrize(("question", "expected"), [
    ("Wrenfield Tools Garden capital expenditures: growth in 2024 over 2023? Percent, 1 dp.", 20.0),
    ("By how much did Wrenfield Tools' total capital expenditures change in 2023 versus 2022? Percent, one "
     "decimal.", 15.6),  # the older column is the base, whichever order the question names them
    ("What was the compound annual growth rate of Wrenfield Tools' total capital expenditures from 2022 to "
     "2024? Percent, one decimal.", 16.6),
])
def test_the_rows_two_asked_columns_give_its_growth(question: str, expected: float) -> None:
    assert _answer(question) == pytest.approx(expected, abs=0.05)


def test_a_header_that_does_not_name_both_years_gives_nothing() -> None:
    cut = TABLE.replace("2024 2023 2022\n", "")
    assert _answer("Wrenfield Tools Garden capital expenditures: growth in 2024 over 2023? Percent, 1 dp.", cut) is None


def test_a_decline_asked_as_a_decline_is_its_size_and_signed_when_asked() -> None:
    falling = TABLE.replace("Garden 96 80 72", "Garden 64 80 72")
    asked = "By what percentage did Wrenfield Tools' Garden capital expenditures decline in 2024 versus 2023?"
    assert _answer(f"{asked} One decimal.", falling) == pytest.approx(20.0)
    assert _answer(f"{asked} Signed, one decimal.", falling) == pytest.approx(-20.0)


def test_a_row_that_adds_words_of_its_own_is_another_line() -> None:
    table = ("Deferred taxes (in millions)\n2024 2023\nValuation allowance (130) (110)\n"
             "Total deferred tax assets after valuation allowance 967 1,076\n")
    got = _answer("By how much did Wrenfield Tools' deferred tax assets after valuation allowance change in 2024 "
                  "versus 2023? Percent, one decimal.", table)
    assert got == pytest.approx(-10.1, abs=0.05)
    assert _answer("By how much did Wrenfield Tools' deferred tax valuation allowance grow in 2024 over 2023? "
                   "Percent, one decimal.", table.replace("(130) (110)", "130 110")) == pytest.approx(18.2, abs=0.05)


def test_the_notes_a_label_cites_are_no_cells() -> None:
    table = "Balance sheet (in millions)\n2024 2023\nGoodwill (Notes 1 and 5) 45,200 36,160\n"
    got = _answer("By what percent did Wrenfield Tools' goodwill grow in 2024 over 2023? One decimal.", table)
    assert got == pytest.approx(25.0, abs=0.05)


CATEGORIES = ("Revenue by product category ($ in millions)\n2024 2023 2022\nRevenue by product category\nHome:\n"
              "Lamps $ 1,200 $ 1,000 $ 900\nRugs 450 500 400\nTotal Home revenue $ 1,650 $ 1,500 $ 1,300\n"
              "Abroad:\nLamps $ 300 $ 240 $ 200\nRugs 60 50 40\nTotal Abroad revenue $ 360 $ 290 $ 240\n")


def test_a_rows_nearest_sub_heading_names_its_part_and_the_title_its_line() -> None:
    # a segment's revenue growth plans as a statement figure: read from its one row, not refused
    asked = "By what percentage did Wrenfield Tools' {} Rugs revenue change in fiscal 2024 versus fiscal 2023? Signed, one decimal."
    assert _answer(asked.format("Home"), CATEGORIES) == pytest.approx(-10.0, abs=0.05)
    assert _answer(asked.format("Abroad"), CATEGORIES) == pytest.approx(20.0, abs=0.05)


def test_a_header_line_heads_the_first_table_only() -> None:
    two = ("Geographic information ($ in millions)\n2024 2023 2022\nRevenue from external customers\n"
           "Norland $ 5,000 $ 4,500 $ 4,000\nSouthmark 900 800 700\nLong-lived assets\n"
           "Norland $ 700 $ 650 $ 600\nSouthmark 120 100 90\n")
    asked = "Compute the two-year CAGR of Wrenfield Tools' revenue from external customers in Southmark from fiscal 2022 to fiscal 2024. Percent, one decimal."
    assert _answer(asked, two) == pytest.approx(13.4, abs=0.05)  # (900 / 700)^(1/2) - 1, no tie with the assets row
    assert _answer(asked.replace("revenue from external customers", "long-lived assets"), two) == pytest.approx(15.5, abs=0.05)


def test_an_acronym_the_passages_use_is_read_as_the_words_the_question_spells() -> None:
    table = TABLE.replace("Garden 96 80 72", "Garden Works 96 80 72") + "WGW sells hand tools to growers.\n"
    got = _answer("Wrenfield Garden Works capital expenditures: growth in 2024 over 2023? Percent, 1 dp.", table)
    assert got == pytest.approx(20.0, abs=0.05)


def test_dates_the_header_does_not_name_are_another_filings_balances() -> None:
    table = "Contract balances ($ in millions)\nJanuary 31, 2024  January 31, 2023\nDeferred revenue 1,100 1,000\n"
    asked = "Compare Wrenfield Tools' deferred revenue at {} 2024 with {} 2023: percentage change, one decimal."
    assert _answer(asked.format("January 31,", "January 31,"), table) == pytest.approx(10.0, abs=0.05)
    assert _answer(asked.format("July 31,", "July 31,"), table) is None


def test_a_deduction_printed_in_brackets_grows_as_its_size_grows() -> None:
    table = ("Deferred taxes (in millions)\n2024 2023\nValuation allowance (130) (110)\n"
             "Total deferred tax assets after valuation allowance 967 1,076\nNet operating loss (40) (20)\n")
    got = _answer("By how much did Wrenfield Tools' deferred tax valuation allowance grow in 2024 over 2023? "
                  "Percent, one decimal.", table)
    assert got == pytest.approx(18.2, abs=0.05)
    assert _answer("By how much did Wrenfield Tools' net operating loss grow in 2024 over 2023? Percent, one decimal.",
                   table) is None  # a loss is no deduction: no growth over negative figures


def test_a_total_change_over_several_years_is_not_a_total_row() -> None:
    table = ("The components of lease expense are as follows:\n($ in millions) 2024 2023 2022\n"
             "Operating lease expense $ 130 $ 125 $ 100\nTotal lease expense $ 150 $ 140 $ 120\n")
    got = _answer("Wrenfield Tools operating lease expense, fiscal 2022 to fiscal 2024: total percentage increase over "
                  "the two years? 1 dp.", table)
    assert got == pytest.approx(30.0)


GROUPED = ("Warranty costs (in millions):\nProduct Warranties  Extended Service Plans\n"
           "(Dollars in Millions)  2024  2023  2024  2023\nClaims paid  $  412  390  88  80\n"
           "Accruals for new sales  301  280  61  55\n")


@pytest.mark.parametrize(("question", "expected"), [
    # The group the question names picks its two columns; the currency sign sits on the first cell only.
    ("Wrenfield Tools product warranties: by how much did claims paid change in 2024 versus 2023? Percent, "
     "one decimal.", 5.6),
    ("Wrenfield Tools extended service plans: by how much did claims paid change in 2024 versus 2023? Percent, "
     "one decimal.", 10.0),
])
def test_the_named_column_group_gives_the_rows_growth(question: str, expected: float) -> None:
    assert _answer(question, GROUPED) == pytest.approx(expected, abs=0.05)


def test_a_column_group_the_question_does_not_name_gives_nothing() -> None:
    assert _answer("By how much did Wrenfield Tools' claims paid change in 2024 versus 2023? Percent, one decimal.",
                   GROUPED) is None


STATS = ("TABLE 7: NORTHERN RETAIL SERVICES SELECTED STATISTICS\nAs of or for the Years Ended December 31,  Change  Change\n"
         "(Millions, except where indicated)  2024  2023  2022  2024 vs. 2023  2023 vs. 2022\n"
         "Card volume (billions)  $  300.0  $  250.0  $  200.0  20 %  25 %\n"
         "Total assets (billions)  $  90  $  50  $  40  80 %  25 %\n")


def test_a_compound_rate_over_a_row_named_by_the_abbreviation_its_table_prints() -> None:
    # the question spells the part out and abbreviates it in brackets; the table's title is "TABLE 7: NRS ..."
    stats = STATS.replace("NORTHERN RETAIL SERVICES", "NRS")
    got = _answer("Wrenfield Tools Northern Retail Services (NRS) card volume grew from 2022 to 2024. What was its "
                  "compound annual growth rate over those two years? Percent to one decimal.", stats)
    assert got == pytest.approx(22.5, abs=0.05)  # (300 / 200)^(1/2) - 1, not the assets row's


def test_a_years_growth_stated_in_the_row_is_no_compound_rate() -> None:
    # a sentence stating one year's growth does not stop the compound rate being worked out from the row
    text = "Card volume grew 20% in 2024.\n" + STATS
    got = _answer("What was the compound annual growth rate of Wrenfield Tools' card volume from 2022 to 2024? "
                  "Percent, one decimal.", text)
    assert got == pytest.approx(22.5, abs=0.05)


def test_a_dotted_name_abbreviated_in_brackets_is_said_by_its_abbreviation() -> None:
    # "U.S. Retail Services (USRS)": the table prints "USRS" only; the rows still name the part asked
    stats = STATS.replace("NORTHERN RETAIL SERVICES", "USRS")
    got = _answer("Wrenfield Tools U.S. Retail Services (USRS) card volume grew from 2022 to 2024. What was its "
                  "compound annual growth rate over those two years? Percent to one decimal.", stats)
    assert got == pytest.approx(22.5, abs=0.05)


@pytest.mark.parametrize(("question", "expected"), [
    # one year named and "year-over-year": the year before it is the base
    ("Year-over-year growth in Wrenfield Tools' Garden capital expenditures in 2024? Percent, one decimal.", 20.0),
    ("Wrenfield Tools' total capital expenditures in 2023 over the prior year: percent change, one decimal?", 15.6),
    # no base year said: which years are compared is not clear
    ("How much did Wrenfield Tools' Garden capital expenditures grow in 2024? Percent, one decimal.", None),
    # a compound rate needs both ends named
    ("Year-over-year compound annual growth rate of Wrenfield Tools' Garden capital expenditures in 2024? %", None),
])
def test_a_year_over_year_change_of_one_named_year_is_over_the_year_before(question: str,
                                                                           expected: float | None) -> None:
    got = _answer(question)
    assert got == (None if expected is None else pytest.approx(expected, abs=0.05))


def test_one_dates_cells_read_as_both_years_give_nothing() -> None:
    # each date heads three cells (two levels and their total): a row printing its figure twice
    # under one date is not the same figure at both dates
    levels = ("Fair value of holdings (in millions)\nMarch 31, 2024  December 31, 2023\n"
              "Listed bonds  5,120  —  5,120  4,010  —  4,010\n")
    asked = "By how much did Wrenfield Tools' listed bonds grow between December 31, 2023 and March 31, 2024? Percent."
    assert _answer(asked, levels) != pytest.approx(0.0)
    # a figure unchanged between two years' own columns is a growth of nil
    flat = TABLE.replace("Garden 96 80 72", "Garden 80 80 72")
    assert _answer("Wrenfield Tools Garden capital expenditures: growth in 2024 over 2023? Percent, 1 dp.", flat) == 0.0


def test_a_row_naming_the_line_less_well_is_no_stand_in() -> None:
    # the row asked cannot be read (one date's cells twice): the long-term row is not read instead
    levels = ("Fair Value Measurements (in millions)\nMarch 31, 2024  December 31, 2023\n"
              "Total short-term holdings  5,120  —  5,120  4,010  —  4,010\n"
              "Total long-term holdings  900  800\n")
    asked = ("By how much did Wrenfield Tools' total short-term holdings measured at fair value grow between "
             "December 31, 2023 and March 31, 2024? Percent.")
    assert _answer(asked, levels) != pytest.approx(12.5)


PLANS = ("Retirement  Medical and Dental\nAt June 30,  2024  2023  2024  2023\nChange in Plan Obligations\n"
         "Start of year  $  8,100  $  8,900  $  2,300  $  2,450\nInterest cost  420  300  150  120\n"
         "Service cost  90  95  30  33\n")


@pytest.mark.parametrize(("question", "expected"), [
    # the line and its group named, the table's balance day and sub-heading under the years no column
    ("How much did Wrenfield Tools' interest cost on its retirement plan obligations grow in 2024 over 2023? "
     "Percent, one decimal.", 40.0),
    ("Wrenfield Tools medical and dental interest cost: growth in 2024 over 2023? Percent, 1 dp.", 25.0),
])
def test_a_grouped_tables_row_under_a_dated_years_line_gives_the_named_groups_growth(question: str,
                                                                                      expected: float) -> None:
    assert _answer(question, PLANS) == pytest.approx(expected, abs=0.05)


def test_a_grouped_tables_row_whose_group_is_not_named_gives_nothing() -> None:
    assert _answer("How much did Wrenfield Tools' interest cost grow in 2024 over 2023? Percent, one decimal.",
                   PLANS) is None


HALVES = ("Three Months Ended  Six Months Ended\n(in millions)  2024  2023  2024  2023\n"
          "Adjusted operating income  $  362  $  427  $  684  $  912\n")


def test_the_span_a_question_names_says_which_columns_not_which_line() -> None:
    # "six months" picks the span's columns; it is no word of the row's label
    assert _answer("Wrenfield Tools adjusted operating income, six months of 2024 vs 2023: % change, one decimal",
                   HALVES) == pytest.approx(-25.0, abs=0.05)


SEGMENT_EBIT = ("Segment results (in millions)\nEarnings (loss) before interest and taxes\n2024 2023 2022\n"
                "Tools $ 900 $ 800 $ 700\nCorporate ventures (480) (400) (350)\nTotal $ 420 $ 400 $ 350\n")


def test_a_loss_asked_grows_as_its_size() -> None:
    asked = "By what percentage did the loss before interest and taxes of Wrenfield Tools' Corporate ventures"
    assert _answer(f"{asked} grow from 2023 to 2024? Percent, one decimal.", SEGMENT_EBIT) == pytest.approx(20.0)


def test_a_profit_line_below_zero_asked_as_a_profit_gives_no_growth() -> None:
    question = "Growth in Wrenfield Tools' Corporate ventures earnings before interest and taxes, 2024 vs 2023? Percent."
    assert _answer(question, SEGMENT_EBIT) is None  # a growth rate over a loss, asked of earnings, means nothing


def test_an_income_printed_as_a_credit_among_costs_grows_as_its_size() -> None:
    table = ("Other (income)/deductions, net (in millions)\n2024 2023\nInterest expense 310 280\n"
             "Licensing income (132) (110)\nOther, net 12 (4)\n")
    question = "Growth in Wrenfield Tools' licensing income in 2024 over 2023? Percent, one decimal."
    assert _answer(question, table) == pytest.approx(20.0)  # 132 vs 110, each bracketed as a credit


def test_the_sentence_leading_into_a_table_names_its_line_though_it_prints_the_years() -> None:
    awards = ("Share-based award expense was as follows in fiscal 2024, 2023 and 2022 ($ in millions):\n"
              "2024 2023 2022\nStock options $ 9 $ 15 $ 17\nShare awards\nTime-based 78 73 60\nTotal $ 121 $ 104 $ 100\n")
    asked = "What was the compound annual growth rate of Wrenfield Tools' total share-based award expense from fiscal 2022 " \
            "to fiscal 2024? Percent, one decimal."
    assert _answer(asked, awards) == pytest.approx(10.0, abs=0.05)  # (121 / 100)^(1/2) - 1
    # a title that is no lead-in sentence (no colon) names nothing: the bare "Total" row is no line asked
    assert _answer(asked, awards.replace("($ in millions):", "($ in millions)")) is None
