"""The growth of an amount is never a move in points of a rate; points asked, a rate asked or a
factor's effect on a growth may be (made-up passages)."""

from __future__ import annotations

from assistant.core.answer.asked_kind import kind_mismatch
from assistant.core.answer.question import Question
from assistant.core.numbers import parse_quantities
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer


def _ask(question: str, text: str) -> Answer:
    return passage_answer(question, text, company="Kestrel Mills", doc="k", derived=False, chunk_id="k:0")


def _q(text: str, want: str) -> Question:
    return Question(text, want, {}, {}, [], frozenset(), frozenset(), prior=False, entity=False)


def _kind(question: str, want: str, sentence: str) -> str | None:
    fig = next(x for x in parse_quantities(sentence) if x.unit == "pp")
    return kind_mismatch(_q(question, want), sentence, fig)


_TAX = "The reported tax rate increased 0.8 percentage points, mainly reflecting adjustments to uncertain tax positions."


def test_the_growth_of_an_amount_is_not_a_move_in_points() -> None:
    a = _ask("By what percentage did Kestrel Mills' unrecognized tax benefits grow during 2031?", _TAX)
    assert a.refused and "points of a rate" in a.answer


def test_points_asked_are_answered_by_points() -> None:
    assert _kind("By how many percentage points did Kestrel Mills' tax rate rise in 2031?", "number", _TAX) is None


def test_a_rate_asked_may_move_in_points() -> None:
    assert _kind("How much did Kestrel Mills' effective tax rate increase in 2031?", "change", _TAX) is None


def test_a_factors_effect_on_growth_may_be_points() -> None:
    sentence = "Kestrel Mills assumes a 2-percentage-point foreign exchange headwind to 2032 revenue growth."
    assert _kind("How big a currency headwind does Kestrel Mills assume for its 2032 revenue growth?", "number",
                 sentence) is None
