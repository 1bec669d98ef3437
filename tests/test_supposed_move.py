"""A move a question supposes (a sensitivity's premise) and an instrument named after a rate do not
make it ask for a percent; a sensitivity stated for the other direction answers nothing (made-up
questions and passages)."""

from __future__ import annotations

from assistant.core.finance.supposed import opposite_move, without_supposed
from assistant.core.query import parse_question
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer

RATES = ("As of December 31, 2031, a hypothetical immediate 100 basis point increase in market interest "
         "rates would have a detrimental impact on Harrow Bank's annual net interest income of "
         "approximately $212 million.")
DOLLAR = ("The adverse impact on Harrow Bank's pretax income of a hypothetical 10 percent strengthening of "
          "the U.S. dollar would be approximately $87 million over the next twelve months.")


def _ask(question: str, text: str) -> Answer:
    return passage_answer(question, text, company="Harrow Bank", doc="h", page=4, derived=False)


def test_a_supposed_move_is_not_the_kind_asked() -> None:
    assert parse_question("How much would a 100 basis point rise in market interest rates cut Harrow Bank's "
                          "net interest income?", []).want == "amount"
    assert parse_question("If the dollar firmed 10 percent, what hit to pretax income did Harrow Bank "
                          "estimate?", []).want == "amount"
    assert parse_question("What notional amount of interest rate swaps did Harrow Bank hold in 2031?",
                          []).want == "amount"
    # A percent still asked is still a percent.
    assert parse_question("If sales rose 5%, what would Harrow Bank's operating margin be?", []).want == "percent"
    assert parse_question("What interest rate did Harrow Bank pay on its notes?", []).want == "percent"
    assert parse_question("How much did Harrow Bank's loans grow in 2031, in percent?", []).want != "amount"
    assert "swaps" not in without_supposed("the fair value of its interest rate swaps")


def test_a_sensitivity_for_the_other_direction() -> None:
    up = "How much would a 100 basis point rise in market interest rates hurt Harrow Bank's net interest income?"
    down = "What would a 100 basis point decrease in market interest rates do to Harrow Bank's net interest income?"
    assert not opposite_move(up, RATES)
    assert opposite_move(down, RATES)
    assert not opposite_move("What was Harrow Bank's net interest income in 2031?", RATES)
    assert not opposite_move("If the dollar firmed 10 percent, what hit to pretax income?", DOLLAR)
    assert opposite_move("If the dollar weakened 10 percent, what lift to pretax income?", DOLLAR)


def test_the_sensitivity_is_answered_only_for_the_move_supposed() -> None:
    a = _ask("How much would a 100 basis point rise in market interest rates hurt Harrow Bank's annual net "
             "interest income?", RATES)
    assert a.key_figure is not None and a.key_figure.value == 212, a.answer
    b = _ask("What would a hypothetical immediate 100 basis point decrease in market interest rates do to "
             "Harrow Bank's annual net interest income?", RATES)
    assert b.refused, b.answer


def test_a_supposed_percent_is_no_stated_unit() -> None:
    from assistant.core.answer.stated_unit import stated_kind

    assert stated_kind("If the dollar firmed 10 percent, what hit to pretax income did Harrow Bank estimate?") is None
    assert stated_kind("What was Harrow Bank's loan growth in 2031, in percent?") == "percent"
