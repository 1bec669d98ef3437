"""The support floor when the ranking's extras lifted a weakly supported figure first (made-up
passages): the candidate holding clearly more of the question is tried in its place, with the same
checks; one only just over the floor is not."""

from __future__ import annotations

from assistant.core.answer.question import analyse
from assistant.core.answer.scoring import HELD, Scorer
from assistant.core.answer.unit_choice import Unit
from assistant.core.numbers import parse_quantity
from assistant.core.query import parse_question
from assistant.core.types import SearchHit

TEXT = ("Short-term paper, net 214 — (12)\n"
        "The net proceeds of about $0.8 billion from the harbour bond sold in 2031 will fund two new quays.")


def _scorer(question: str) -> Scorer:
    hits = [SearchHit(chunk_id="d:1", doc_id="d", title="Quayside 2031 annual report", source="/d/d.pdf", page=40,
                      text=TEXT, score=1.0, company="Quayside")]
    return Scorer(analyse(parse_question(question, []), hits), hits)


def _unit(pos: int, support: float, figure: str | None) -> Unit:
    u = Unit(0, pos, 0, 10, pos == 0, "", set(), support=support)
    u.figure = parse_quantity(figure) if figure is not None else None
    return u


def test_the_candidate_holding_clearly_more_is_tried() -> None:
    scorer = _scorer("What net proceeds did Quayside's 2031 harbour bond raise?")
    first, held = _unit(0, 0.25, "214"), _unit(1, 0.6, "$0.8 billion")
    assert scorer._held([first, held], 0.3) == [held]


def test_one_just_over_the_floor_is_not() -> None:
    scorer = _scorer("What net proceeds did Quayside's 2031 harbour bond raise?")
    first, near = _unit(0, 0.25, "214"), _unit(1, 0.3 * HELD - 0.05, "$0.8 billion")
    assert scorer._held([first, near], 0.3) == []


def test_no_figure_or_no_figure_asked_is_not_tried() -> None:
    scorer = _scorer("What net proceeds did Quayside's 2031 harbour bond raise?")
    assert scorer._held([_unit(0, 0.25, "214"), _unit(1, 0.6, None)], 0.3) == []
    explain = _scorer("Why did Quayside sell a harbour bond in 2031?")
    assert explain._held([_unit(0, 0.25, "214"), _unit(1, 0.6, "$0.8 billion")], 0.3) == []
