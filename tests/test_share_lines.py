"""A share or margin computed from table rows takes as its inputs the lines the question names
(made-up tables): a total row leaving out a word of the whole asked is another total, a revenue
total narrowed by a word the question never says is a part's revenue, and a part the question
writes as a sum of lines is no one row."""

from __future__ import annotations

import pytest

from assistant.core.answer.derived_inputs import PART_SUM
from assistant.core.answer.question import analyse
from assistant.core.answer.row_head import broader_total
from assistant.core.query import parse_question
from assistant.core.types import SearchHit
from tests.fakes.one_passage import passage_figure

LEASES = ("Lease balances were as follows ($ in millions):\n2024 2023\n"
          "Operating lease liabilities $ 2,500 $ 2,380\nFinance lease liabilities 100 85\n"
          "Total lease liabilities $ 2,600 $ 2,465\n")
CURRENT = ("Liabilities ($ in millions):\n2024 2023\nAccounts payable $ 5,000 $ 4,800\n"
           "Finance lease liabilities 100 85\nAccrued expenses 3,900 3,815\n"
           "Total current liabilities $ 9,000 $ 8,700\n")
FINANCE_SHARE = ("At the end of fiscal 2024, what share of Pellary Goods' total lease liabilities were finance "
                 "lease liabilities? Percent, one decimal.")


def _answer(question: str, text: str) -> float | None:
    return passage_figure(question, text, company="Pellary Goods", title="Pellary Goods 2024 10-K", page=5)


def test_a_total_row_leaving_out_the_wholes_word_is_another_total() -> None:
    assert _answer(FINANCE_SHARE, LEASES) == pytest.approx(3.8, abs=0.05)  # 100 / 2,600
    assert _answer(FINANCE_SHARE, CURRENT) is None  # not 100 / 9,000: current liabilities are no lease total
    # the total the question names is that row: it answers
    current = FINANCE_SHARE.replace("total lease liabilities", "total current liabilities")
    assert _answer(current, CURRENT) == pytest.approx(1.1, abs=0.05)
    hit = SearchHit(chunk_id="d:1", doc_id="d", title="t", source="s", page=1, text=LEASES, score=1.0)
    q = analyse(parse_question(FINANCE_SHARE, []), [hit])
    whole = "Pellary Goods' total lease liabilities"
    assert broader_total(q, "Total current liabilities $ 9,000 $ 8,700", whole)
    assert not broader_total(q, "Total lease liabilities $ 2,600 $ 2,465", whole)
    assert not broader_total(q, "Lease liabilities 2,600", whole)  # no total row: judged elsewhere
    # the period after the whole's name names no line
    assert not broader_total(q, "Total lease liabilities $ 2,600 $ 2,465", "total lease liabilities at year end")


def test_a_part_written_as_a_sum_is_no_one_row() -> None:
    summed = FINANCE_SHARE.replace("finance lease liabilities", "finance plus operating lease liabilities")
    assert _answer(summed, LEASES) is None  # never one row's 96.2% or 3.8%
    assert PART_SUM.search("operating lease liabilities (current portion plus long-term)")
    assert PART_SUM.search("Home + Abroad")
    assert not PART_SUM.search("long-term operating lease liabilities")


SEGMENT = ("Home segment results ($ in millions):\n2024 2023\nRevenue $ 40,000 $ 38,000\n"
           "Operating income 1,800 1,700\nTotal online revenue 6,000 5,500\n")
ONLINE_ONLY = ("Home segment results ($ in millions):\n2024 2023\nOperating income $ 1,800 $ 1,700\n"
               "Total online revenue 6,000 5,500\n")


def test_a_margin_is_not_taken_over_a_narrower_revenue_total() -> None:
    q = "What was Pellary Goods' Home segment operating margin in fiscal 2024? Percent, one decimal."
    assert _answer(q, ONLINE_ONLY) is None  # not 1,800 / 6,000 (online revenue only)
    assert _answer(q, SEGMENT) != pytest.approx(30.0, abs=0.05)
    online = "What was Pellary Goods' Home segment operating income as a margin of online revenue in fiscal 2024?"
    assert _answer(online, ONLINE_ONLY) != pytest.approx(1.0, abs=0.5)  # no nonsense either way
