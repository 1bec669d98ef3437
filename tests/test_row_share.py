"""A share of a total read from two rows of one notes table (made-up tables): the part row named by
its label and sub-heading, the total by the table's total row, both cells from the asked column."""

from __future__ import annotations

import pytest

from assistant.core.query import parse_question
from assistant.core.types import SearchHit
from tests.fakes.one_passage import passage_figure

LEASES = ("Components of our total lease cost were as follows ($ in millions):\n2024 2023 2022\n"
          "Operating lease cost $ 600 $ 580 $ 570\nFinance lease cost:\nAmortization of assets 40 38 30\n"
          "Interest on lease liabilities 10 9 8\nVariable lease cost 150 140 120\n"
          "Total lease cost $ 800 $ 767 $ 728\n")

SEGMENTS = ("Segment asset information was as follows ($ in millions):\n2024 2023 2022\nTotal assets\n"
            "Home $ 9,000 $ 8,500 $ 8,000\nAbroad 1,000 900 800\nTotal assets $ 10,000 $ 9,400 $ 8,800\n"
            "Capital expenditures\nHome $ 450 $ 400 $ 380\nAbroad 50 40 20\n"
            "Total capital expenditures $ 500 $ 440 $ 400\n")

PRETAX = ("(Dollars in Millions) 2024 2023 2022\nU.S. $ 2,000 1,800 1,500\nInternational 6,000 5,200 4,500\n"
          "Earnings before taxes on income: $ 8,000 7,000 6,000\n")


def _answer(question: str, text: str) -> float | None:
    return passage_figure(question, text, company="Wrenfield Tools", title="Wrenfield Tools 2024 10-K", page=3)


@pytest.mark.parametrize(("question", "expected"), [
    # the part row prints no "$", the total row does: one table's rows all the same
    ("For Wrenfield Tools' fiscal 2024, what share of total lease cost was variable lease cost? Percent, one decimal.",
     18.8),
    ("For Wrenfield Tools' fiscal 2023, what share of total lease cost was variable lease cost? Percent, one decimal.",
     18.3),  # the asked year's column
])
def test_a_part_row_over_its_tables_total_row(question: str, expected: float) -> None:
    assert _answer(question, LEASES) == pytest.approx(expected, abs=0.05)


def test_the_part_is_read_under_the_sub_heading_the_total_names() -> None:
    got = _answer("What share of Wrenfield Tools' total capital expenditures in fiscal 2024 was spent in the Abroad "
                  "segment? %, 1 dp.", SEGMENTS)
    assert got == pytest.approx(10.0, abs=0.05)  # 50 / 500, not the assets row 1,000 / 10,000 or 50 / 10,000


def test_a_total_row_named_by_its_label_and_a_column_printed_without_its_sign() -> None:
    got = _answer("What fraction of Wrenfield Tools' fiscal 2023 earnings before taxes on income came from "
                  "International (as opposed to U.S.)? Percent, one decimal.", PRETAX)
    assert got == pytest.approx(74.3, abs=0.05)  # 5,200 / 7,000: the 2023 cells print no "$"


def test_a_quarters_table_does_not_answer_the_year() -> None:
    quarter = ("REGIONAL SALES RESULTS\nQ4 % Change\n($ in Millions) 2024 2023 Reported\n"
               "U.S. $1,200 $1,100 9.1%\nInternational 800 900 (11.1)\nWorldwide $2,000 $2,000 0.0%\n")
    assert _answer("What share of Wrenfield Tools' full-year 2024 sales came from the U.S.?", quarter) is None
    assert _answer("What share of Wrenfield Tools' Q4 2024 sales came from the U.S.?", quarter) == pytest.approx(60.0)


def test_two_parts_under_other_sub_headings_with_other_figures_give_nothing() -> None:
    cut = SEGMENTS.replace("Capital expenditures\n", "").replace("Total capital expenditures", "Total spending")
    assert _answer("What share of Wrenfield Tools' total assets in fiscal 2024 was in the Abroad segment? %, 1 dp.",
                   cut) is None


def test_a_row_that_sums_the_rows_above_it_is_their_total_whatever_its_label_adds() -> None:
    table = ("Components of income before provision for taxes on income include: (MILLIONS) 2024 2023 2022\n"
             "United States $ 2,000 $ (500) $ 1,500\nInternational 6,000 5,000 4,000\n"
             "Income before provision/(benefit) for taxes on income(a) $ 8,000 $ 4,500 $ 5,500\n")
    asked = ("What share of Wrenfield Tools' {} income before taxes was earned internationally rather than in the "
             "United States? Percent, one decimal.")
    assert _answer(asked.format("2024"), table) == pytest.approx(75.0)
    assert _answer(asked.format("2022"), table) == pytest.approx(72.7, abs=0.05)
    broken = table.replace("$ 8,000", "$ 9,000")  # not the sum: its extra words name another line
    assert _answer(asked.format("2024"), broken) is None


def test_the_period_asked_is_no_word_of_the_rows() -> None:
    table = ("Three months ended June 30, Six months ended June 30,\n(in millions) 2024 2023 Change 2024 2023 Change\n"
             "Revenue by business\nBolts 400 300 33 800 700 14\nNuts 100 100 — 200 200 —\n"
             "Total fasteners net revenue 500 400 25 1,000 900 11\n")
    got = _answer("What share of Wrenfield Tools' total fasteners net revenue in the three months ended June 30, 2024 "
                  "came from Bolts? Percent, one decimal.", table)
    assert got == pytest.approx(80.0)


LOANS = ("Installment loans were as follows ($ in millions):\nAt December 31, 2024 2023\n"
         "Installment loans receivable, gross $ 5,300 $ 4,900\nUnearned interest (300) (250)\n"
         "Installment loans receivable, at amortized cost 5,000 4,650\nAllowance (150) (130)\n"
         "Installment loans receivable, net $ 4,850 $ 4,520\n")


def test_a_part_named_on_the_tables_subject_is_the_row_its_own_words_name() -> None:
    # "the allowance on installment loans receivable": the receivables are the table's subject, the
    # allowance the part's own row, a deduction taken at its size; the asked decimals are kept.
    got = _answer("Define the reserve rate as the allowance on installment loans receivable divided by those "
                  "receivables at amortized cost. What was it at December 31, 2024? Percent, two decimals.", LOANS)
    assert got == pytest.approx(3.0)
    got = _answer("Define the reserve rate as the allowance on installment loans receivable divided by those "
                  "receivables at amortized cost. What was it at December 31, 2023? Percent, two decimals.", LOANS)
    assert got == pytest.approx(2.8, abs=0.005)


def test_a_part_whose_own_words_no_row_prints_gives_nothing() -> None:
    assert _answer("Define the write-off rate as the charge-offs on installment loans receivable divided by those "
                   "receivables at amortized cost. What was it at December 31, 2024? Percent, two decimals.",
                   LOANS) is None


BACKLOG = ("Our order book at December 31 was as follows:\n(Dollars in millions)\nYears ended December 31,  2024  2023\n"
           "Rail Systems  $60,000  $52,000\nSignalling  25,000  24,000\nServices  15,000  14,000\n"
           "Total order book  $100,000  $90,000\n")


@pytest.mark.parametrize(("verb", "expected"), [("belonged to", 60.0), ("sat in", 60.0)])
def test_a_part_joined_to_the_whole_by_where_it_sits(verb: str, expected: float) -> None:
    # "what portion of X belonged to Y", "what share of X sat in Y": Y is the part row
    got = _answer(f"What portion of Wrenfield Tools' total order book at December 31, 2024 {verb} Rail Systems? "
                  "% 1dp.", BACKLOG)
    assert got == pytest.approx(expected, abs=0.05)


def test_a_part_named_with_operations_is_its_row() -> None:
    pretax = ("Earnings before income taxes by jurisdiction were as follows:\n2024  2023  2022\n"
              "United States  $  3,000  $  2,800  $  2,500\nForeign  400  350  300\n"
              "Earnings before income taxes  $  3,400  $  3,150  $  2,800\n")
    got = _answer("For fiscal 2023, what percentage of Wrenfield Tools' earnings before income taxes came from "
                  "foreign operations? One decimal.", pretax)
    assert got == pytest.approx(11.1, abs=0.05)  # 350 / 3,150: "operations" tells how, the row says "Foreign"



@pytest.mark.parametrize(("total", "expected"), [
    ("Total Garden 400 370", 75.0),  # 300 / 400
    ("Total Garden & Outdoor Services 500 465", None),  # sums more than the Garden lines
])
def test_a_total_row_naming_more_than_the_total_asked_is_no_total(total: str, expected: float | None) -> None:
    from assistant.core.answer.derived import derive
    from assistant.core.answer.question import analyse
    from assistant.core.answer.row_share import row_share

    table = ("(in millions) 2024 2023\nRevenue by business\nGarden Hoses 300 280\nGarden Furniture 100 90\n"
             f"{total}\nOutdoor Services 100 95\n")
    question = "What share of Wrenfield Tools' total Garden revenue in 2024 came from Garden Hoses? Percent, one decimal."
    hit = SearchHit(chunk_id="d:1", doc_id="d", title="Wrenfield Tools 2024 10-K", source="/d/d.txt", page=3,
                    text=table, score=1.0, company="Wrenfield Tools", period="FY2024")
    found = derive(analyse(parse_question(question, []), [hit]), [hit], question, rules=(row_share,))
    assert (None if found is None else found.value) == (None if expected is None else pytest.approx(expected))


def test_the_half_asked_is_read_from_a_header_grouping_quarter_and_half_columns() -> None:
    # "Three months ended ... Six months ended": the header names the half asked as one of its
    # groups, so the table is no quarter's table; the six months' cells are read.
    table = ("Three months ended June 30, Six months ended June 30,\n(in millions) 2024 2023 Change 2024 2023 Change\n"
             "Revenue by business\nBolts 400 300 33 900 700 29\nNuts 100 100 — 300 200 50\n"
             "Total fasteners net revenue 500 400 25 1,200 900 33\n")
    from assistant.core.answer.derived import derive
    from assistant.core.answer.question import analyse
    from assistant.core.answer.row_share import row_share

    question = ("What share of Wrenfield Tools' total fasteners net revenue in the first six months of 2024 came "
                "from Bolts? Percent, one decimal.")
    hit = SearchHit(chunk_id="d:1", doc_id="d", title="Wrenfield Tools 2024 10-Q", source="/d/d.txt", page=3,
                    text=table, score=1.0, company="Wrenfield Tools", period="Q2 2024")
    found = derive(analyse(parse_question(question, []), [hit]), [hit], question, rules=(row_share,))
    assert found is not None and found.value == pytest.approx(75.0)  # 900 / 1,200, not the quarter's 400 / 500


# A products table whose title names the line measured ("Net sales by product line"), its total row
# naming only the product group: "worldwide" and "sales" are the table's subject, not the row's words.
PRODUCTS = ("Net sales by product line ($ in millions):\n(Dollars in Millions) 2024 2023 Change\n"
            "Total Fasteners 4,000 3,600 11.1\nBolts 2,600 2,200 18.2\nRivets 1,400 1,400 0.0\n"
            "Total Hinges 1,000 900 11.1\nDoor hinges 700 600 16.7\nGate hinges 300 300 0.0\n")


@pytest.mark.parametrize(("question", "expected"), [
    ("What share of Wrenfield Tools' worldwide Fasteners sales in 2024 came from Bolts? Percent, one decimal.", 65.0),
    ("What share of Wrenfield Tools' worldwide Fasteners revenues in 2023 came from Rivets? Percent, one decimal.",
     38.9),
])
def test_the_whole_is_named_by_its_total_row_without_the_tables_subject(question: str, expected: float) -> None:
    assert _answer(question, PRODUCTS) == pytest.approx(expected, abs=0.05)


def test_the_subject_words_alone_name_no_total_row() -> None:
    # "worldwide sales" names no product group: no "Total ..." row of a group is the whole asked
    assert _answer("What share of Wrenfield Tools' worldwide sales in 2024 came from Bolts? Percent, one decimal.",
                   PRODUCTS) is None


def test_a_part_named_by_the_word_it_adds_to_the_wholes_name() -> None:
    # "Retail Gift Card balances" of "total Gift Card balances": "Retail", the question's first word
    # (so no name by its capital), names the part's row
    table = ("Gift Card balances as of December 31 consisted of:\n(Millions) 2024 2023\nRetail(a) 300 250\n"
             "Online 900 850\nGift Card balances 1,200 1,100\n")
    got = _answer("Retail Gift Card balances as a share of Wrenfield Tools' total Gift Card balances at "
                  "December 31, 2024? Percent, one decimal.", table)
    assert got == pytest.approx(25.0, abs=0.05)
