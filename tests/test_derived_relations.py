"""A relation asked (how much more, together, how much was left or used up, on average per share)
that no figure states is computed from its two stated inputs, each matching its own side of the
question; with an input missing it is still refused (made-up passages)."""

from __future__ import annotations

import pytest

from assistant.core.answer.relations import asked_relation
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer

FILING = (
    "During fiscal 2025, Quillon Foundry recorded storm-related expenses of $38 million before insurance "
    "recoveries. It received insurance proceeds of $29 million for the storm.\n"
    "In May 2024 the Board authorized a $3.0 billion share repurchase program. As of March 31, 2025, "
    "$1.7 billion remained available under the program.\n"
    "Under the accord, Quillon Foundry would pay about $410 million in cleanup costs and $45 million "
    "in legal fees to the county.\n"
    "During fiscal 2025 the company cast more than 18 million valve bodies.\n"
    "During fiscal 2024 the company cast more than 11 million valve bodies.\n"
)


def _ask(question: str, text: str = FILING) -> Answer:
    return passage_answer(question, text, company="Quillon Foundry", doc="q", derived=True)


@pytest.mark.parametrize(("question", "value", "sign"), [
    ("By how much did Quillon Foundry's storm expenses exceed the insurance proceeds it received?", 9.0, "-"),
    ("Adding cleanup costs and legal fees together, what would Quillon Foundry pay under the accord?",
     455.0, "+"),
    ("How much of the $3.0 billion share repurchase program had Quillon Foundry used up by March 31, 2025?",
     1.3, "-"),
    ("How many more valve bodies did Quillon Foundry cast in fiscal 2025 than in fiscal 2024?", 7.0, "-"),
])
def test_the_relation_is_computed_from_its_inputs(question: str, value: float, sign: str) -> None:
    answer = _ask(question)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(value)
    assert f" {sign} " in answer.answer  # the arithmetic is shown
    assert len(answer.citations) >= 1


def test_the_inputs_are_the_right_way_round() -> None:
    answer = _ask("By how much did the insurance proceeds Quillon Foundry received exceed its storm expenses?")
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(-9.0)


def test_an_input_missing_is_still_refused() -> None:
    text = FILING.replace(" It received insurance proceeds of $29 million for the storm.", "")
    answer = _ask("By how much did Quillon Foundry's storm expenses exceed the insurance proceeds it received?",
                  text)
    assert answer.refused
    text = FILING.replace("$1.7 billion remained available under the program", "the program continued")
    answer = _ask("How much of the $3.0 billion share repurchase program had Quillon Foundry used up by "
                  "March 31, 2025?", text)
    assert answer.refused


def test_on_average_asks_a_relation() -> None:
    assert asked_relation("On average, what did it pay per share?") is not None
    assert asked_relation("What did it pay per share, on average?") is not None


def test_growth_setting_aside_a_contribution_stated_in_points() -> None:
    text = ("Valves net revenue increased 27%, reflecting a 9-percentage-point impact of our Brask Works "
            "acquisition, as well as organic volume growth.\n")
    answer = _ask("Setting aside the contribution of the Brask Works acquisition, roughly how much did "
                  "Quillon Foundry's valves net revenue grow?", text)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(18.0)


def test_on_average_per_share_from_amount_and_count() -> None:
    text = "Through June 30, 2025, 4,000,000 shares were repurchased for a total of $250 million under the plan.\n"
    answer = _ask("On average, what did Quillon Foundry pay per share under the plan?", text)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(62.5)


@pytest.mark.parametrize(("question", "value"), [
    ("Excluding the tax benefit from share awards, what was Quillon Foundry's diluted EPS in fiscal 2025?", 3.37),
    ("What was Quillon Foundry's diluted EPS in fiscal 2025 once the tax benefit from share awards is removed?",
     3.37),
    ("Quillon Foundry's fiscal 2025 casting margin was held down by scrap costs. Roughly what would the margin "
     "have been without that approximately 70 basis point impact?", 12.1),
])
def test_a_figure_without_what_it_includes(question: str, value: float) -> None:
    text = ("Diluted EPS increased 12.0% to $3.41, including a $0.04 benefit due to tax "
            "accounting for share awards, in fiscal 2025.\n"
            "Casting margin of 11.4% includes an adverse impact of approximately 70 basis points related to "
            "scrap costs in fiscal 2025.\n")
    answer = _ask(question, text)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(value)


def test_an_included_amount_the_question_does_not_name_is_not_taken_out() -> None:
    text = "Casting margin of 11.4% includes an adverse impact of approximately 70 basis points related to scrap.\n"
    answer = _ask("Roughly what would Quillon Foundry's casting margin have been without that 50 basis point "
                  "impact?", text)
    assert answer.key_figure is None or answer.key_figure.value != pytest.approx(12.1)


LISTED = ("Charges on fixed-price programs in 2025 included ZR-7 ($640 million), HT-3 Lifter ($215 million) "
          "and the Orbis trainer ($90 million).\n")


def test_a_total_of_two_parts_named_before_their_bracketed_figures() -> None:
    # "ZR-7": a short code in capitals names the part, as a word of three letters would
    answer = _ask("Taken together, how large were Quillon Foundry's 2025 charges on the ZR-7 and HT-3 Lifter "
                  "programs?", LISTED)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(855.0)  # 640 + 215, not the Orbis trainer's 90


def test_a_part_the_list_does_not_name_is_still_refused() -> None:
    answer = _ask("Taken together, how large were Quillon Foundry's 2025 charges on the ZR-7 and QB-9 Hauler "
                  "programs?", LISTED)
    assert answer.key_figure is None or answer.key_figure.value not in (pytest.approx(855.0), pytest.approx(730.0)), \
        answer.answer


CAPEX = (
    "Capital expenditures increased approximately $1.1 billion during 2025, compared to 2024, primarily due to "
    "the fibre build.\n"
    "Capital expenditures, including capitalized software, were $9.4 billion and $8.3 billion for 2025 and 2024, "
    "respectively.\n"
)


def test_a_stated_change_is_no_input_of_a_difference() -> None:
    # "increased approximately $1.1 billion" is the difference itself, never one of its two levels
    answer = _ask("How much more did Quillon Foundry spend on capital expenditures in 2025 than in 2024?", CAPEX)
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(1.1, rel=1e-3), answer.answer

