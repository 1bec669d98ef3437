"""Which measure the question asks, read from the whole measure vocabulary (not only the metrics):
a fee, interest or a charge asked is known as asked, so a figure of another measure, or of another
line of the same measure, is refused (made-up sentences and rows)."""

from __future__ import annotations

import pytest

from assistant.core.answer.question import analyse, asked_measures
from assistant.core.query import parse_question
from tests.fakes.one_passage import passage_figure


def _answer(question: str, text: str) -> float | None:
    return passage_figure(question, text, company="Orlin Brakes", title="Orlin Brakes annual report 2024", page=7)


def test_measure_nouns_beyond_the_metrics_are_asked() -> None:
    q = analyse(parse_question("What commitment fee does Orlin Brakes pay on its revolving facility?", []), [])
    assert "fee" in asked_measures(q)[0]
    q = analyse(parse_question("How much interest did Orlin Brakes capitalize in 2024?", []), [])
    assert asked_measures(q)[0] == ["interest"]
    # a statement line's name: the head of "short-term investments"
    q = analyse(parse_question("What did Orlin Brakes hold in short-term investments at year end?", []), [])
    assert "invest" in asked_measures(q)[0]


def test_what_charges_asks_for_a_figure() -> None:
    q = analyse(parse_question("What restructuring charges did Orlin Brakes record in 2024?", []), [])
    assert q.want == "number"


def test_a_figure_of_another_measure_does_not_answer_a_fee() -> None:
    asked = "What facility fees did Orlin Brakes pay on its revolving credit facility in 2024?"
    lead = "Orlin Brakes entered into a revolving credit facility in 2024, on which it pays facility fees. "
    assert _answer(asked, lead + "Borrowings under the facility were $120 million at year end.") is None
    assert _answer(asked, lead + "Facility fees paid were $3 million in 2024.") == pytest.approx(3)


_PLAN = "The 2024 plan eliminated 400 positions, with severance paid over two years.\n"


def test_charges_of_another_kind_do_not_answer_the_kind_asked() -> None:
    asked = "What severance charges did Orlin Brakes record in 2024? USD millions."
    assert _answer(asked, _PLAN + "In 2024 Orlin Brakes recorded pre-tax pension and benefit charges of "
                                  "$64 million.") is None
    assert _answer(asked, _PLAN + "In 2024 Orlin Brakes recorded severance charges of $41 million for plant "
                                  "closures.") == pytest.approx(41)
    # the asked kind said elsewhere in the sentence: "charges ... for severance"
    assert _answer(asked, "In 2024 Orlin Brakes recorded restructuring charges of $41 million, mainly for "
                          "severance.") == pytest.approx(41)


def test_a_row_of_another_line_of_the_measure_is_refused() -> None:
    table = _PLAN + "Other expense (millions) 2024 2023\nLitigation charges 52 17\nImpairment charges 88 0\n"
    asked = "What severance charges did Orlin Brakes record in 2024? USD millions."
    assert _answer(asked, table) is None
    assert _answer(asked, table + "Severance charges 41 12\n") == pytest.approx(41)
