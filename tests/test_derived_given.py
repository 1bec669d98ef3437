"""A part of a whole the question names by its amount ("of the $5.0 billion ..., what share / how
much ... / how much was not ...") is read beside the passage's statement of that amount; a percent of
what the question supposes ("if her base salary is $900,000") is worked out from the stated percent.
Made-up passages."""

from __future__ import annotations

import pytest

from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer

FILING = (
    "Capital Return. We plan to return a total of approximately $5.0 billion to shareholders in 2026, "
    "comprising dividends of approximately $3.5 billion and share repurchases of approximately $1.5 billion.\n"
    "Executive Awards. The new chief financial officer will receive a signing bonus of $400,000 and an annual "
    "$6,000,000 award, consisting of performance units (50%), restricted stock units (30%), and stock "
    "options (20%), vesting over three years.\n"
    "Divestiture. The sale of our Andean distribution unit was completed in the third quarter of 2025 and the "
    "net loss on the sale totaled approximately $420 million. This loss included $300 million, recognized "
    "primarily in 2024, largely due to currency translation losses.\n"
    "Compensation. Her annual bonus at target will be 150% of her then-current base salary. She will receive "
    "a base salary of not less than $900,000 per year and a relocation allowance equal to 10% of her "
    "relocation costs.\n"
)


def _ask(question: str, text: str = FILING) -> Answer:
    return passage_answer(question, text, company="Brindle Corp", doc="b", derived=True)


@pytest.mark.parametrize(("question", "value"), [
    ("Of the roughly $5.0 billion Brindle Corp plans to return to shareholders in 2026, what share is "
     "earmarked for dividends?", 70.0),
    ("How much of Brindle Corp's $6 million annual award to its new CFO is granted as restricted stock units?",
     1.8),
    ("Of the $420 million total net loss on selling Brindle Corp's Andean distribution unit, how much was "
     "not recognized in 2024?", 120.0),
    ("If the new executive's base salary at Brindle Corp is $900,000, what is her annual bonus at target?",
     1.35),
])
def test_the_part_of_the_given_whole_is_computed(question: str, value: float) -> None:
    answer = _ask(question)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert "computed from the stated figures" in answer.answer
    assert answer.key_figure.value == pytest.approx(value, rel=1e-3)
    assert answer.citations  # both inputs are quoted


def test_a_whole_no_passage_states_gives_no_share() -> None:
    answer = _ask("Of the roughly $8.0 billion Brindle Corp plans to return to shareholders in 2026, what share "
                  "is earmarked for dividends?")
    assert "computed from the stated figures" not in answer.answer


def test_two_parts_of_other_values_named_alike_give_nothing() -> None:
    text = FILING.replace("share repurchases of approximately $1.5 billion", "special dividends of $1.5 billion")
    answer = _ask("Of the roughly $5.0 billion Brindle Corp plans to return to shareholders in 2026, what share "
                  "is earmarked for dividends?", text)
    assert "computed from the stated figures" not in answer.answer


def test_a_percent_of_something_else_is_not_applied_to_the_supposed_amount() -> None:
    answer = _ask("If the new executive's base salary at Brindle Corp is $900,000, what is her relocation "
                  "allowance?")
    assert "computed from the stated figures" not in answer.answer


def test_the_rest_stated_in_its_own_words_is_not_taken_from_the_whole() -> None:
    text = FILING.replace("This loss included $300 million, recognized primarily in 2024",
                          "Of this loss, $120 million had not been recognized by 2024")
    answer = _ask("Of the $420 million total net loss on selling Brindle Corp's Andean distribution unit, how much "
                  "was not recognized by 2024?", text)
    assert "computed from the stated figures" not in answer.answer
