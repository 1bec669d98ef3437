"""A question asking how figures relate (how much more, together, left, used up, on average) is
not answered by quoting one of the figures it relates; a figure whose own words state the relation
still answers (made-up passages)."""

from __future__ import annotations

import pytest

from assistant.core.answer.relations import asked_relation, states_relation
from assistant.core.numbers import parse_quantities
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer

FILING = (
    "During fiscal 2025, Orrin Tools recorded flood-related expenses of $38 million before insurance "
    "recoveries, and received insurance proceeds of $29 million.\n"
    "In May 2024 the Board authorized a $3.0 billion share repurchase program. As of March 31, 2025, "
    "$1.7 billion remained available under the program.\n"
    "Under the settlement, Orrin Tools would pay about $410 million in cleanup costs and $45 million "
    "in legal fees to the state.\n"
    "During fiscal 2025 the company sold more than 18 million cordless drills.\n"
)


def _ask(question: str, text: str = FILING) -> Answer:
    return passage_answer(question, text, company="Orrin Tools", doc="o", derived=False)  # the quote path alone


@pytest.mark.parametrize("question", [
    "By how much did Orrin Tools' flood expenses exceed the insurance proceeds it received?",
    "Adding cleanup costs and legal fees together, what would Orrin Tools pay under the settlement?",
    "How much of the $3.0 billion share repurchase program had Orrin Tools used up by March 31, 2025?",
])
def test_one_input_of_the_relation_asked_is_refused(question: str) -> None:
    answer = _ask(question)
    assert answer.refused, answer.answer
    assert "not the" in answer.answer


@pytest.mark.parametrize(("question", "expected"), [
    ("How much was still available under Orrin Tools' repurchase program at March 31, 2025?", 1.7),
    ("How much would Orrin Tools pay in legal fees under the settlement?", 45),  # no relation asked
    ("How many cordless drills did Orrin Tools sell in fiscal 2025?", 18),
])
def test_a_figure_that_states_it_or_a_plain_question_still_answers(question: str, expected: float) -> None:
    answer = _ask(question)
    assert answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(expected)


def test_the_relations_a_question_asks() -> None:
    assert asked_relation("How many more units did it sell in 2025 than in 2024?") is not None
    assert asked_relation("What was the combined value of the two deals?") is not None
    assert asked_relation("On average, what did it pay per share?") is not None
    assert asked_relation("How much did it pay in legal fees?") is None
    assert asked_relation("What portion of her awards would vest if she left the company?") is None


def test_a_floor_is_not_a_comparison() -> None:
    # "more than 18 million" gives a floor; it does not state how much more than something else.
    _, stated = asked_relation("How many more drills did it sell than a year earlier?") or ("", None)
    assert stated is not None
    sentence = "The company sold more than 18 million drills."
    fig = next(x for x in parse_quantities(sentence) if not x.is_year)
    assert not states_relation(stated, sentence, fig)
    compared = "The company sold 18 million drills, 4 million more than a year earlier."
    fig = [x for x in parse_quantities(compared) if not x.is_year][1]
    assert states_relation(stated, compared, fig)


def test_in_total_asks_for_one_stated_whole_not_a_sum() -> None:
    assert asked_relation("How much does it expect to incur in total to close the plant?") is None


SWING = ("Orrin Tools' Marine segment posted operating income of $40 million in fiscal 2025 compared to "
         "an operating loss of $15 million in fiscal 2024.\n"
         "We now expect restructuring charges of about $600 million in total, and have incurred "
         "$240 million through March 31, 2025.\n"
         "The facility includes a $90 million swing line subfacility for same-day borrowings.\n")


@pytest.mark.parametrize("question", [
    "How large was the swing in the Marine segment's operating result from fiscal 2024 to fiscal 2025?",
    "How much of the expected restructuring charges were still to be incurred after March 31, 2025?",
    "How much of its restructuring charges was Orrin Tools yet to be charged after March 31, 2025?",
])
def test_a_swing_or_what_is_still_to_come_is_not_one_input(question: str) -> None:
    answer = _ask(question, SWING)
    assert answer.refused, answer.answer
    assert "not the" in answer.answer


def test_a_swing_named_as_a_line_s_kind_is_no_relation() -> None:
    assert asked_relation("How much of Orrin Tools' expected charges was left to pay?") is not None
    assert asked_relation("How large is the swing line subfacility?") is None
    answer = _ask("How large is the swing line subfacility in Orrin Tools' facility?", SWING)
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(90)
