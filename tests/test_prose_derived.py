"""Derived figures a news or release reader works out from what a passage states (issue 17): an
earlier value worked back from a stated level and its growth or decline, however the question
points at the rate ("from the growth rate it gives", "working back from the decline"). Made-up
passages."""

from __future__ import annotations

import pytest

from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer

STORY = (
    "Harlow Kitchens results. Subscription sales, including gift boxes, reached £418.0 million in the year, "
    "up 4.5% on the year before. Harlow's operating profit dropped 20.0% to £6.0 million in the first half, "
    "hit by higher ingredient costs.\n"
)


def _ask(question: str) -> Answer:
    return passage_answer(question, STORY, company="Harlow Kitchens", doc="harlow", derived=True)


@pytest.mark.parametrize(("question", "value"), [
    ("From the subscription growth rate Harlow Kitchens gives, roughly what were its subscription sales the "
     "previous year? £ millions, one decimal.", 400.0),
    ("Working back from the growth rate, about how large were Harlow Kitchens' subscription sales a year "
     "before? £ millions.", 400.0),
    ("From the reported decline, roughly what operating profit had Harlow Kitchens made in the first half of "
     "the previous year? £ millions, one decimal.", 7.5),
])
def test_the_earlier_value_is_worked_back_from_the_stated_move(question: str, value: float) -> None:
    answer = _ask(question)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert "computed from the stated figures" in answer.answer
    assert answer.key_figure.value == pytest.approx(value, rel=1e-3)


def test_how_much_a_result_beat_an_estimate_is_their_difference() -> None:
    text = ("Harlow Kitchens results. First-half operating profit rose 12% to £9.6 million, ahead of the "
            "£8.9 million average estimate of five analysts.\n")
    answer = passage_answer("By how much did Harlow Kitchens' first-half operating profit beat the analysts' "
                            "average estimate? £ millions.", text, company="Harlow Kitchens", doc="harlow",
                            derived=True)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(0.7, rel=1e-3)
