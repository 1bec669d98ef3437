"""A change asked is never answered by where a move started: in "rose from $120 million to $150
million" the first figure is a level (answer/unit_choice.states_a_change)."""

from __future__ import annotations

from assistant.core.answer.unit_choice import Unit, states_a_change
from assistant.core.number_parsing import parse_quantities

SENTENCE = "Freight costs at Quillon Tools rose from $120 million in fiscal 2030 to $150 million in fiscal 2031."
BY = "Freight costs at Quillon Tools rose by $30 million in fiscal 2031, to $150 million."


def _unit(text: str, value: float) -> Unit:
    figure = next(q for q in parse_quantities(text) if q.value == value)
    return Unit(hit=0, pos=0, start=0, end=len(text), row=False, header="", stems=set(), figure=figure)


def test_the_figure_a_move_started_from_is_no_change() -> None:
    assert not states_a_change(SENTENCE, _unit(SENTENCE, 120))


def test_a_change_stated_by_its_amount_still_is_one() -> None:
    assert states_a_change(BY, _unit(BY, 30))
