"""A quotient the question writes over two rows it names (made-up tables): each input the row whose
own label names it, in the asked year's column; a funded ratio or payout may pass 100%; a loss in
brackets counts at its size only when the question calls it a loss; no row, two rows or a signed
answer over a bracketed input give nothing."""

from __future__ import annotations

import pytest

from assistant.core.answer.derived import derive
from assistant.core.answer.question import analyse
from assistant.core.answer.row_quotient import row_quotient, writes_quotient
from assistant.core.query import parse_question
from assistant.core.types import SearchHit
from tests.fakes.one_passage import passage_figure

PLANS = ("Changes in obligations and plan assets were as follows:\n($ in millions)  June 30, 2024  June 30, 2023\n"
         "Change in benefit obligation:\nBenefit obligation at the beginning of the year  $  900  $  950\n"
         "Service cost  20  22\nBenefit obligation at the end of the year  $  1,000  $  900\n"
         "Change in plan assets:\nFair value of plan assets at the beginning of the year  $  700  $  720\n"
         "Employer contributions  40  35\nFair value of plan assets at the end of the year  $  1,100  $  700\n")

INCOME = ("Statements of Comprehensive Income\nFor the Years Ended December 31,\nIn millions  2024  2023  2022\n"
          "Net income  $  4,000  $  5,000  $  6,000\nOther comprehensive income (loss)  (1,000)  (250)  300\n"
          "Comprehensive income  $  3,000  $  4,750  $  6,300\n")


def _answer(question: str, text: str) -> float | None:
    return passage_figure(question, text, company="Quillmark Foods", title="Quillmark Foods 2024 10-K", page=7)


def _rule_only(question: str, text: str) -> float | None:
    hit = SearchHit(chunk_id="d:1", doc_id="d", title="Quillmark Foods 2024 10-K", source="/d/d.txt", page=7,
                    text=text, score=1.0, company="Quillmark Foods", period="FY2024")
    found = derive(analyse(parse_question(question, []), [hit]), [hit], question, rules=(row_quotient,))
    return None if found is None else found.value


@pytest.mark.parametrize(("year", "expected"), [("2024", 110.0), ("2023", 77.8)])
def test_a_ratio_the_question_defines_may_pass_one_hundred_percent(year: str, expected: float) -> None:
    got = _rule_only(f"Funded status of Quillmark Foods' plans at June 30, {year}: fair value of plan assets at the "
                     "end of the year divided by benefit obligation at the end of the year? Percent, one decimal.",
                     PLANS)
    assert got == pytest.approx(expected, abs=0.05)


def test_a_slash_names_the_two_inputs_too() -> None:
    got = _rule_only("Quillmark Foods' 2024 funded ratio (fair value of plan assets at the end of the year / "
                     "benefit obligation at the end of the year)? Percent, one decimal.", PLANS)
    assert got == pytest.approx(110.0)


def test_a_loss_in_brackets_counts_at_its_size_when_the_question_calls_it_a_loss() -> None:
    got = _answer("Quillmark Foods' 2023 other comprehensive loss as a percentage of its 2023 net income? "
                  "Percent, one decimal.", INCOME)
    assert got == pytest.approx(5.0)


def test_a_signed_answer_over_a_bracketed_input_gives_nothing() -> None:
    assert _rule_only("Quillmark Foods' 2024 other comprehensive income as a percentage of net income? Percent, "
                      "one decimal (negative if a loss).", INCOME) is None


def test_an_input_no_row_names_gives_nothing() -> None:
    assert _rule_only("Quillmark Foods' 2024 benefits paid divided by benefit obligation at the end of the year? "
                      "Percent, one decimal.", PLANS) is None


def test_two_rows_naming_an_input_as_well_give_nothing() -> None:
    # "benefit obligation" alone names the opening and the closing balance alike
    assert _rule_only("Quillmark Foods' 2024 service cost divided by benefit obligation? Percent, one decimal.",
                      PLANS.replace("at the beginning of the year", "").replace("at the end of the year", "")) is None


def test_a_column_the_header_does_not_tell_gives_nothing() -> None:
    assert _rule_only("Quillmark Foods' 2021 net income divided by comprehensive income? Percent, one decimal.",
                      INCOME) is None


@pytest.mark.parametrize(("question", "writes"), [
    ("What was the funded ratio, plan assets divided by benefit obligation?", True),
    ("Stock-based compensation as a percentage of net income in 2024?", True),
    ("What is the ratio of cost of equipment to equipment revenues?", True),
    ("Operating margin (operating income over net revenues) for 2024?", True),
    ("Revenue growth in 2024 over 2023?", False),  # "over" a year: a growth, not a quotient
    ("What was net income in 2024?", False),
])
def test_which_questions_write_a_quotient(question: str, writes: bool) -> None:
    assert writes_quotient(question) is writes


EQUITY = ("Statement of Equity\n(in millions)  2024  2023\nRetained Earnings\nBalance, beginning of year  $ 60,000  $ 57,000\n"
          "Net income attributable to Quillmark  9,000  8,000\nCash dividends declared - common  (6,300)  (5,000)\n")
RESULTS = ("Statement of Income\n(in millions)  2024  2023\nNet revenue  $ 90,000  $ 85,000\n"
           "Net income attributable to Quillmark  $ 9,000  $ 8,000\n")
SEGMENTS = ("Segment results\n(in millions)  2024  2023\nNorth\nRevenues  $ 50,000  $ 48,000\n"
            "Operating profit  5,000  4,800\n")
SOUTH = "Segment results\n(in millions)  2024  2023\nSouth\nRevenues  $ 40,000  $ 37,000\nOperating profit  3,000  2,900\n"


def _two_passages(question: str, first: str, second: str) -> float | None:
    hits = [SearchHit(chunk_id=f"d:{i}", doc_id="d", title="Quillmark Foods 2024 10-K", source="/d/d.txt", page=7 + i,
                      text=text, score=1.0, company="Quillmark Foods", period="FY2024")
            for i, text in enumerate((first, second))]
    found = derive(analyse(parse_question(question, []), hits), hits, question, rules=(row_quotient,))
    return None if found is None else found.value


def test_each_input_may_be_the_one_row_naming_it_in_another_passage_of_the_document() -> None:
    got = _two_passages("Quillmark Foods' 2024 payout: cash dividends declared divided by net revenue? Percent, "
                        "one decimal.", EQUITY, RESULTS)
    assert got == pytest.approx(7.0)  # 6,300 / 90,000: the dividend row of one statement, revenue of the other


def test_a_label_printed_in_two_tables_with_other_figures_names_no_one_row() -> None:
    assert _two_passages("Quillmark Foods' 2024 operating profit as a percentage of revenues? One decimal.",
                         SEGMENTS, SOUTH) is None



@pytest.mark.parametrize("question", [
    # arithmetic joined to the quotient: it is one step of the answer, not the answer
    "Define Quillmark Foods' cover gap as 1 − (fair value of plan assets / benefit obligation). Percent, one decimal.",
    "Quillmark Foods' obligation days: 365 × service cost / benefit obligation? One decimal.",
    "Quillmark Foods' 2024 fair value of plan assets divided by benefit obligation, minus 1? Percent, one decimal.",
    "Quillmark Foods' 2024 service cost / benefit obligation, times 365? One decimal.",
    # an input the question goes on to define is no one row
    "Quillmark Foods' 2024 service cost as a percentage of benefit obligation, where the obligation is the sum of "
    "both plans? Percent, one decimal.",
    # a number in an input's words is an operand or a period, not a row's label
    "Quillmark Foods' obligation cover: 365 x service cost over benefit obligation? One decimal.",
    "Quillmark Foods' service cost in Q4 2024 over Q4 2023? Percent, one decimal.",
    # a unit no quotient of two amounts is stated in
    "Quillmark Foods' 2024 service cost divided by benefit obligation, in basis points?",
])
def test_a_quotient_the_question_does_more_with_is_not_its_answer(question: str) -> None:
    assert not writes_quotient(question)


@pytest.mark.parametrize("question", [
    "Quillmark Foods' funded ratio at June 30, 2024 (fair value of plan assets / benefit obligation)? Percent.",
    "For Quillmark Foods at December 31, 2024, what was service cost as a percentage of benefit obligation?",
])
def test_a_date_or_a_year_around_the_quotient_is_no_operand(question: str) -> None:
    assert writes_quotient(question)


SEGMENT = ("Segment results\n($ in millions)  2024  2023\nNet revenue  $ 5,000  $ 4,000\n"
           "Operating profit  900  800  13\nAdvertising expense  400  350\n")


def test_a_cell_without_its_unit_in_a_row_of_more_cells_than_periods_gives_nothing() -> None:
    # "900  800  13" under two years: the third cell is a change or a percent; which is the year's is a guess
    assert _rule_only("Quillmark Foods' 2024 operating profit as a percentage of net revenue? Percent, one decimal.",
                      SEGMENT) is None


def test_a_cell_without_its_unit_in_a_row_of_one_cell_per_period_is_read() -> None:
    got = _rule_only("Quillmark Foods' 2024 advertising expense as a percentage of net revenue? Percent, one decimal.",
                     SEGMENT)
    assert got == pytest.approx(8.0)


RATES = ("Portfolio statistics\n(Millions, except percentages)  2024  2023\nTotal loans  $ 8,000  $ 7,000\n"
         "Charge-off rate  1.2  0.9\nDelinquent accounts  95  70\nNet write-offs  96  63\n")


@pytest.mark.parametrize("question", [
    "Quillmark Foods' 2024 charge-off rate as a percentage of total loans? Percent, two decimals.",
    "Quillmark Foods' 2024 delinquent accounts as a percentage of total loans? Percent, two decimals.",
])
def test_a_rate_or_a_count_printed_bare_is_no_amount_to_divide(question: str) -> None:
    assert _rule_only(question, RATES) is None


def test_an_amount_printed_bare_beside_a_dollar_total_is_read() -> None:
    got = _rule_only("Quillmark Foods' 2024 net write-offs as a percentage of total loans? Percent, two decimals.", RATES)
    assert got == pytest.approx(1.2)


def test_figures_in_a_rows_label_are_no_cells_of_it() -> None:
    # "($1.40, $1.30 per share)" is the label's: the declared total is the row's cell, not $1.40
    equity = ("Statements of Shareholders' Equity\nYears Ended December 31,\nIn millions  2024  2023\n"
              "Net income attributable to Quillmark Foods  4,000  3,600\n"
              "Dividends declared ($1.40, $1.30 per share)  (1,800)  (1,690)\n")
    question = ("Quillmark Foods' 2024 declared payout: dividends declared divided by net income attributable "
                "to Quillmark Foods? Percent, one decimal.")
    assert _rule_only(question, equity) == pytest.approx(45.0)
