"""The kind of answer a question wants (`assistant.core.wanted`), on made-up questions."""

from __future__ import annotations

import pytest

from assistant.core.query import parse_question
from assistant.core.wanted import wanted


def test_a_rate_asks_for_a_percent() -> None:
    assert parse_question("What interest rate do Zentro's notes due 2040 bear?", []).want == "percent"
    assert parse_question("What was Zentro's tax rate in 2031?", []).want == "percent"


def test_a_percent_the_question_gives_is_its_premise() -> None:
    q = "Zentro has spent about 60% of its planned outlay on the new mill. What is the planned total?"
    assert parse_question(q, []).want == "amount"
    assert parse_question("What % of Zentro's sales came from Brazil?", []).want == "percent"


def test_comparable_sales_are_a_growth() -> None:
    assert parse_question("What comparable sales did Zentro's Nordic stores post in the third quarter?", []).want == "change"
    assert parse_question("What same-store sales did Zentro report for 2031?", []).want == "change"


@pytest.mark.parametrize(
    "question",
    [
        "Over 2031, how much did the number of orders at Zentro rise?",
        "Setting currency aside, how did Zentro's lighting sales develop in 2031?",
    ],
)
def test_how_much_a_figure_moved_is_a_change(question: str) -> None:
    assert parse_question(question, []).want == "change"


def test_the_count_and_the_amount_stay_apart() -> None:
    assert parse_question("How many stores did Zentro open in 2031?", []).want == "count"
    assert parse_question("How much did Zentro pay for Beta?", []).want == "amount"
    # a verb phrase with "down" is no change asked for
    assert parse_question("Zentro breaks its spending down by region. How much went to Asia in 2031?", []).want == "amount"


def test_a_stated_unit_asks_for_a_figure() -> None:
    assert parse_question("Zentro's average diluted shares outstanding in 2031, in millions?", []).want == "number"
    assert wanted("Zentro's goodwill at year end", False) == "text"  # no unit stated: a fact in words
    assert wanted("Zentro's goodwill at year end", False, "Zentro's goodwill at year end, in $ millions?") == "text"


def test_going_up_or_down_asks_for_the_move() -> None:
    q = "Did Zentro's R&D spending go up or down in the first half of 2031, and by how much?"
    assert parse_question(q, []).want == "change"
    assert parse_question("By how much did Zentro's freight costs go down in 2031?", []).want == "change"
