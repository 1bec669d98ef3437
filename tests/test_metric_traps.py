"""Figures that look like an answer and are not: a change for a share, a year's move for a
compound rate; and a bracketed income asked as a positive amount (made-up rows and sentences)."""

from __future__ import annotations

import pytest

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit
from tests.fakes.one_passage import passage_figure


def _answer(question: str, text: str) -> float | None:
    return passage_figure(question, text, company="Wrenfield Tools", title="Wrenfield Tools annual report 2024", page=3)


def test_income_printed_in_brackets_is_given_as_the_positive_amount_asked() -> None:
    table = ("Other (income)/deductions--net (millions) 2024 2023\n"
             "Royalty-related income (412) (388)\nInterest expense 300 280\n")
    asked = "What royalty-related income did Wrenfield Tools record in 2024? USD millions"
    assert _answer(f"{asked} (as a positive amount of income).", table) == pytest.approx(412)
    # Asked by name too: an income printed in parentheses in every column of a table of deductions is a
    # credit set against them, its size the income (finance/presentation.credit_among_costs, as the
    # computed answers read the same row); a row with a genuine negative year keeps its printed sign.
    assert _answer(f"{asked}.", table) == pytest.approx(412)
    mixed = table.replace("(412) (388)", "(412) 388")
    assert _answer(f"{asked}.", mixed) == pytest.approx(-412)


def test_how_much_a_deduction_reduced_a_balance_is_its_size() -> None:
    table = ("Unrecognized tax benefits (millions) 2024 2023\nBalance at beginning of year $ 610 $ 575\n"
             "Settlements with tax authorities (37) (21)\nBalance at end of year $ 598 $ 610\n")
    asked = "How much did settlements with tax authorities reduce Wrenfield Tools' unrecognized tax benefits in 2024?"
    assert _answer(f"{asked} USD millions.", table) == pytest.approx(37)
    assert _answer("What were Wrenfield Tools' settlements with tax authorities in 2024? USD millions.",
                   table) == pytest.approx(-37)  # asked by name: the printed sign stands



def test_a_change_is_no_share() -> None:
    asked = "What proportion of Northern Europe revenues came from online sales in 2024?"
    assert _answer(asked, "Online sales made up 31% of Northern Europe revenues in 2024.") == pytest.approx(31)
    assert _answer(asked, "Wrenfield Tools' online sales in Northern Europe increased 4% in 2024.") is None


def test_a_compound_rate_is_not_answered_with_a_years_move() -> None:
    asked = "What was the compound annual growth rate of Wrenfield Tools' garden revenue from 2022 to 2024?"
    assert _answer(asked, "Garden revenue increased 6% in 2024 on higher volumes.") is None
    assert _answer(asked, "Garden revenue grew at a compound annual rate of 6% from 2022 to 2024, a 6% CAGR.") == (
        pytest.approx(6))


def test_a_row_that_states_its_own_scale_keeps_it_in_a_table_of_another() -> None:
    table = ("(Millions, except where indicated) 2024 2023\n"
             "Segment revenues $ 5,210 $ 4,870\n"
             "Total segment assets (billions) $ 36.9 $ 32.6\n")
    hit = SearchHit(chunk_id="d:1", doc_id="d", title="Wrenfield Tools annual report 2024", source="/d/d.txt",
                    page=3, text=table, score=1.0, company="Wrenfield Tools", period="FY2024")
    asked = "What were Wrenfield Tools' total segment assets at the end of 2024?"
    answer = ExtractiveAnswerer(Settings(min_support=0.3)).answer(asked, [hit], parse_question(asked, []))
    assert answer.key_figure is not None and answer.key_figure.scale == "billion"


def test_a_sentence_names_its_rates_compound_once_for_a_respectively_list() -> None:
    asked = "Over ten years, at what compound annual rate did Wrenfield Tools' sales in Asia grow?"
    text = ("The ten-year compound annual growth rates of sales in the Americas, Europe and Asia were "
            "4.1%, 5.3% and 2.7%, respectively.")
    assert _answer(asked, text) == pytest.approx(2.7)
    assert _answer(asked, "Sales in Asia grew 2.7% in 2024, and sales in Europe 5.3%.") is None


def test_a_segment_named_in_the_tables_title_above_its_rows_is_not_left_out() -> None:
    asked = "What was Harbor Cove's visitor spending in the fourth quarter of 2024? USD millions"
    titled = ("Harbor Cove\nThe following table shows key operating data for Harbor Cove:\n"
              "Three Months Ended December 31, 2024 2023\n(Dollars in millions)\n"
              "Visitor spending $ 412 $ 388\nRoom nights 1,204 1,150\n")
    assert _answer(asked, titled) == pytest.approx(412)
    untitled = ("Consolidated operating data\nThree Months Ended December 31, 2024 2023\n(Dollars in millions)\n"
                "Visitor spending $ 2,412 $ 2,388\nRoom nights 9,204 9,150\n")
    assert _answer(asked, untitled) is None


def test_a_near_synonym_row_without_the_asked_modifier_is_another_line() -> None:
    table = "Wrenfield Tools (millions) 2024 2023\nInterest expense 410 388\nCapital spending 920 870\n"
    asked = "What was Wrenfield Tools' capital spending in 2023? USD millions."
    assert _answer(asked, table) == pytest.approx(870)
    # Only the interest line is in the table: expense ~ expenditure, but its label does not say "capital".
    assert _answer(asked, "Return on invested capital (millions) 2024 2023\nInterest expense 410 388\n") is None


def test_a_taxes_row_is_another_metric_for_debt_asked() -> None:
    text = ("Maturities of long-term debt are shown in Note 7. Deferred taxes (millions) 2024 2023 2022\n"
            "Federal taxes (1,120) 310 (44)\n")
    assert _answer("How much long-term debt of Wrenfield Tools matures in 2023? USD millions.", text) is None


def test_a_fall_by_how_many_is_not_answered_with_a_rows_level() -> None:
    table = "Store count (fiscal years) 2024 2023 2022\nNorthern stores 1,120 1,201 1,288\n"
    assert _answer("By how many stores did Wrenfield Tools' Northern store count fall from 2023 to 2024?", table) is None


def test_a_pension_plans_total_cost_is_not_its_interest_cost() -> None:
    text = ("The discount rate used for the interest cost of the plans is set each year. The net periodic pension "
            "cost recorded in fiscal year 2024 was $9 million, compared to net periodic pension cost of $14 million "
            "in fiscal year 2023.")
    asked = "What interest cost did Wrenfield Tools' defined benefit pension plans record in fiscal 2023? $ millions."
    assert _answer(asked, text) is None
    assert _answer("What net periodic pension cost did Wrenfield Tools record in fiscal 2023? $ millions.",
                   text) == pytest.approx(14)


def test_an_amount_a_note_says_its_line_excludes_is_not_the_line() -> None:
    text = ("(b) Excludes cash payments of $3 million in 2024 and $5 million in 2023, reported in the cash flow "
            "statement in pension plan contributions.")
    assert _answer("How much did Wrenfield Tools contribute to its pension plans in 2023? USD millions.", text) is None


def test_a_whole_percent_cell_is_no_answer_to_one_decimal_asked() -> None:
    table = "Sales by channel (millions) 2024 2023 % change\nOnline sales 612 585 5 %\n"
    asked = "Wrenfield Tools online sales growth, 2024 vs 2023? %, 1 dp."
    assert _answer(asked, table) == pytest.approx(4.6)  # computed from the row's amounts
    only_rates = "Sales growth by channel, 2024 vs 2023\nOnline sales 5 % 8 %\nStores 3 % 2 %\n"
    assert _answer(asked, only_rates) is None
