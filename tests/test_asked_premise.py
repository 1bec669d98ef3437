"""What a question asks, apart from the premise it adds and the scale a table's amounts carry
(made-up questions and rows)."""

from __future__ import annotations

from assistant.core.answer.key_figure import key_figure
from assistant.core.answer.question import Question
from assistant.core.answer.unit_choice import Unit
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import SearchHit


def test_a_trailing_premise_does_not_turn_a_level_into_a_change() -> None:
    level = "What were Kestrel Mills' 2030 sales, given the 2031 figure and the increase its annual report gives?"
    assert parse_question(level, []).want == "amount"
    assert parse_question(level, []).years == frozenset({2030, 2031})  # both years still searched
    assert parse_question("How much did Kestrel Mills' sales increase in 2031?", []).want == "change"
    # A premise opening the question was already set aside; the same holds at its end.
    assert parse_question("Given the increase, what were Kestrel Mills' 2030 sales?", []).want == "amount"


def _q(want: str) -> Question:
    return Question("x", want, {}, {}, [], frozenset(), frozenset(), prior=False, entity=False)


def test_a_count_row_does_not_take_the_statements_amount_scale() -> None:
    text = "Shops opened, net 14"
    hit = SearchHit(chunk_id="k:0", doc_id="k", title="Kestrel Mills release", source="/k.pdf", page=3, text=text,
                    score=1.0, company="Kestrel Mills", period=None)
    fig = parse_quantities(text)[-1]
    row = Unit(hit=0, pos=0, start=0, end=len(text), row=True, header="", stems=set())

    def thousands(doc_id: str, page: int, label: str) -> str | None:
        return "thousand"

    assert key_figure(_q("count"), fig, [hit], row, thousands).scale is None
    assert key_figure(_q("amount"), fig, [hit], row, thousands).scale == "thousand"
