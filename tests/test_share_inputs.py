"""A share computed from two stated figures takes as inputs only lines the question names: not a
row that shares a word with the part ("Core deposit intangibles" for deposits), not a total whose
head is another noun ("Total operating expense" for revenues), not a metric of another kind ("net
income" for net interest income). Made-up companies and rows."""

from __future__ import annotations

import pytest

from assistant.core.answer.row_head import head_unsaid, row_head
from tests.fakes.one_passage import passage_figure


def _answer(question: str, text: str) -> float | None:
    return passage_figure(question, text, company="Harlow Bank", title="Harlow Bank annual report 2024", page=3)


def test_a_row_head_is_its_labels_last_word() -> None:
    assert row_head("Core deposit and customer relationship intangibles  1,462") == "intangibl"
    assert row_head("Inventories(a)  $ 10,310") == "inventory"
    assert head_unsaid({"deposit"}, "Core deposit intangibles  1,462")
    assert not head_unsaid({"deposit"}, "Deposits  2,400")
    assert not head_unsaid({"deposit"}, "Total  $ 2,400")  # a total under its table's subject


def test_a_share_is_not_computed_from_a_row_that_only_shares_a_word() -> None:
    asked = "What share of Harlow Bank's total assets at December 31, 2024 were loans? Percent, one decimal."
    right = "Balance sheet (millions) December 31, 2024\nLoans  640\nTotal assets  1,600\n"
    assert _answer(asked, right) == pytest.approx(40.0)
    trap = "Balance sheet (millions) December 31, 2024\nLoan servicing rights  64\nTotal assets  1,600\n"
    assert _answer(asked, trap) is None


def test_a_share_is_not_computed_from_a_metric_of_another_kind() -> None:
    asked = "What share of Harlow Bank's total revenue in 2024 was net interest income? Percent, one decimal."
    text = "In 2024, Harlow Bank reported net income of $3.0 billion and total revenue of $12.0 billion."
    assert _answer(asked, text) is None


def test_a_parts_row_may_end_in_its_wholes_noun() -> None:
    asked = "What share of Harlow Bank's total revenue in 2024 came from Europe? Percent, one decimal."
    assert _answer(asked, "Revenue by region (millions) 2024\nEurope revenue  300\nTotal revenue  1,200\n") == \
        pytest.approx(25.0)


def test_what_a_row_nets_out_is_not_its_line() -> None:
    # "Debt securities, net of allowance for credit losses" are securities: no allowance for a share of loans
    assert row_head("Debt securities, net of allowance for credit losses  52,300") == row_head("Securities  1")
    assert row_head("Loans, net of allowance for loan losses  $ 98,100") == "loan"
    assert head_unsaid({"allowance", "loan", "loss"}, "Debt securities, net of allowance for credit losses  52,300")
    asked = ("Harlow Bank's allowance for loan losses as a percentage of loans at December 31, 2024? "
             "Percent, two decimals.")
    trap = ("Balance sheet (millions) December 31, 2024\nDebt securities, net of allowance for credit losses  52,300\n"
            "Loans, net of allowance for loan losses  98,100\n")
    assert _answer(asked, trap) is None



def test_a_share_is_not_a_quotient_of_moves_in_points() -> None:
    # Two moves of a rate in basis points are no part and whole ("120 / 240 = 50%"): the rate stated is the share.
    asked = "Mobile deposits as a percentage of total deposits at Harlow Bank in 2021?"
    text = ("As a percentage of total deposits, mobile deposits increased 120 basis points to 11.0% versus 9.8% in 2021. "
            "As a percentage of total deposits, mobile deposits increased 240 basis points to 13.4% versus 11.0% last year.")
    assert _answer(asked, text) == pytest.approx(9.8)
