"""A change, difference or net amount asked, answered by a quoted level: refused offline."""

from __future__ import annotations

from assistant.core.answer.moved_asked import moved_doubt
from assistant.core.answering import _in_stated_unit
from assistant.core.types import Answer, Citation, KeyFigure


def quoted(quote: str, value: float, unit: str, scale: str | None, text: str) -> Answer:
    cite = Citation(n=1, doc_id="tarn-10q", title="Tarnwell 10-Q", source="tarn.pdf", page=4, quote=quote, score=1.0)
    key = KeyFigure(value=value, unit=unit, scale=scale, text=text)
    return Answer(question="q", answer=f"{text} [1]", mode="extractive", key_figure=key, citations=[cite])


LEVELS = "Tarnwell's customer balances were $412.5 billion and $398.0 billion at March 31, 2024 and 2023."
MOVED = "Customer balances increased $14.5 billion from a year earlier, driven by new accounts."


def test_a_level_does_not_answer_a_change_asked() -> None:
    q = "By how much did Tarnwell's customer balances rise over the year to March 2024? USD billions."
    assert moved_doubt(q, quoted(LEVELS, 412.5, "USD", "billion", "$412.5 billion")) is not None
    assert _in_stated_unit(q, quoted(LEVELS, 412.5, "USD", "billion", "$412.5 billion")).refused
    assert moved_doubt(q, quoted(MOVED, 14.5, "USD", "billion", "$14.5 billion")) is None
    # the level itself asked: the level answers
    assert moved_doubt("What were Tarnwell's customer balances at March 31, 2024?",
                       quote := quoted(LEVELS, 412.5, "USD", "billion", "$412.5 billion")) is None
    assert not _in_stated_unit("What were Tarnwell's customer balances at March 31, 2024?", quote).refused


def test_a_level_reached_is_not_the_growth() -> None:
    q = "By how much did Tarnwell's fee rate go up in 2024?"
    s = "The fee rate rose to 3.4% in 2024 from 3.1% in 2023."
    assert moved_doubt(q, quoted(s, 3.4, "percent", None, "3.4%")) is not None
    assert moved_doubt(q, quoted("The fee rate was up 0.3% in 2024.", 0.3, "percent", None, "0.3%")) is None


def test_one_side_does_not_answer_a_net_or_a_difference_asked() -> None:
    s = "There were cumulative write-downs of $85 million and write-ups of $120 million on the holdings."
    net = "What were Tarnwell's cumulative write-ups net of write-downs on the holdings?"
    assert moved_doubt(net, quoted(s, 120, "USD", "million", "$120 million")) is not None
    gap = "What is the gap between Tarnwell's write-ups and its write-downs on the holdings?"
    assert moved_doubt(gap, quoted(s, 85, "USD", "million", "$85 million")) is not None
    below = "By how much were Tarnwell's 2024 travel costs below their 2022 level?"
    spent = "Travel costs totaled approximately $9.1 million in 2024 and $11.0 million in 2022."
    assert moved_doubt(below, quoted(spent, 9.1, "USD", "million", "$9.1 million")) is not None
    stated = "Travel costs were $1.9 million lower in 2024 than in 2022."
    assert moved_doubt(below, quoted(stated, 1.9, "USD", "million", "$1.9 million")) is None


def test_a_row_percent_and_a_figure_by_a_verb_are_movements() -> None:
    q = "By what percentage did Tarnwell's advisory revenue grow in 2024?"
    assert moved_doubt(q, quoted("Advisory revenue 5.2 18%", 18, "percent", None, "18%")) is None
    cut = "Before the sale, by how much had Tarnwell written down the plant?"
    assert moved_doubt(cut, quoted("The plant had been impaired by $40 million in 2023.", 40, "USD", "million", "$40 million")) is None
