"""How much one metric moved between two periods, from the two values one sentence states for it:
a "respectively" list of the two years, "compares with ... last year", "compared to ... for fiscal
2024". A fall asked ("shrink", "fall short of") is stated as its size; values that moved the other
way than asked give nothing. Made-up passages."""

from __future__ import annotations

import pytest

from assistant.core.answer.derived_change import asks_moved, moved
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer

FILING = (
    "Restricted deposits. At December 31, 2025 and 2024, the Company held restricted deposits of $210 million "
    "and $260 million, respectively, that are pledged to insurance regulators.\n"
    "Cash flow. Operating cash flow for fiscal 2025 was $700 million and compares with $910 million last year.\n"
    "Dividends. Dividends paid were $340 million for fiscal 2025 compared to $300 million for fiscal 2024.\n"
)


def _ask(question: str, text: str = FILING) -> Answer:
    return passage_answer(question, text, company="Zephyr Mills", doc="z", derived=True)


@pytest.mark.parametrize(("question", "value"), [
    ("How much did the restricted deposits Zephyr Mills held shrink from end-2024 to end-2025? USD millions.", 50.0),
    ("By how much did Zephyr Mills' fiscal 2025 operating cash flow fall short of fiscal 2024's? USD millions.", 210.0),
    ("By how many dollars did Zephyr Mills' dividends paid in fiscal 2025 exceed those of fiscal 2024?", 40.0),
])
def test_the_move_is_the_difference_of_the_two_stated_values(question: str, value: float) -> None:
    answer = _ask(question)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert "computed from the stated figures" in answer.answer
    assert answer.key_figure.value == pytest.approx(value, rel=1e-3)


def test_values_that_moved_the_other_way_give_no_computed_answer() -> None:
    text = FILING.replace("$210 million and $260 million", "$290 million and $260 million")
    answer = _ask("How much did the restricted deposits Zephyr Mills held shrink from end-2024 to end-2025? "
                  "USD millions.", text)
    assert "computed from the stated figures" not in answer.answer


def test_how_much_without_by_asks_a_move_only_when_money_is_asked() -> None:
    assert asks_moved("How much did Zephyr Mills' deposits shrink in 2025? USD millions.", True)
    assert not asks_moved("How much did Zephyr Mills' sales grow in 2025?", False)
    assert asks_moved("By how much did Zephyr Mills' sales fall short of 2024's?", False)


def test_a_fall_asked_is_stated_as_its_size() -> None:
    assert moved("How much did the deposits shrink?", -50.0) == 50.0
    assert moved("How much did the deposits shrink?", 30.0) is None
    assert moved("By how much did the dividends exceed last year's?", -10.0) is None
    assert moved("By how much did the deposits change?", -50.0) == -50.0


@pytest.mark.parametrize(("question", "value"), [
    ("How much smaller were the restricted deposits Zephyr Mills held at the end of 2025 than a year earlier? "
     "USD millions.", 50.0),
    ("How much lower was Zephyr Mills' operating cash flow in fiscal 2025 than in fiscal 2024? USD millions.", 210.0),
    ("How much more did Zephyr Mills pay in dividends in fiscal 2025 than in fiscal 2024? USD millions.", 40.0),
])
def test_a_comparative_against_another_period_asks_the_difference(question: str, value: float) -> None:
    answer = _ask(question)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert "computed from the stated figures" in answer.answer
    assert answer.key_figure.value == pytest.approx(value, rel=1e-3)


def test_a_comparative_says_which_way_the_values_moved() -> None:
    asked = "How much larger were Zephyr Mills' deposits at the end of 2025 than at the end of 2024? USD millions."
    assert moved(asked, 50.0) == 50.0
    assert moved(asked, -50.0) is None  # they fell: not the pair asked
    assert moved("How much less did Zephyr Mills earn in 2025 than in 2024?", -30.0) == 30.0


def test_a_comparative_between_two_metrics_is_no_move() -> None:
    assert asks_moved("How much higher were Zephyr Mills' deposits in 2025 than in 2024?", False)
    assert not asks_moved("How much larger were Zephyr Mills' deposits than its borrowings in 2025?", True)
