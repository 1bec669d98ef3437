"""A level asked with nothing of a move in the question ("what loss rate did it apply at year-end")
is not answered by a figure its sentence states as a move ("the loss rate decreased 0.81%"): that is
how much the level changed, another figure (`answer.moved_asked.level_doubt`). A question that asks
a movement or a comparison in any words keeps such a figure, and a level stated as one ("fell to
2.1%", "was 2.9%") answers."""

from __future__ import annotations

from assistant.core.answer.moved_asked import level_doubt
from assistant.core.answering import _in_stated_unit
from assistant.core.types import Answer, Citation, KeyFigure


def quoted(quote: str, value: float, text: str, unit: str = "percent", row: bool = False) -> Answer:
    cite = Citation(n=1, doc_id="t-10k", title="Tallow Lines 10-K", source="t.pdf", page=40, quote=quote, score=1.0)
    key = KeyFigure(value=value, unit=unit, scale=None if unit == "percent" else "million", text=text)
    return Answer(question="q", answer=f"{text} [1]", mode="extractive", key_figure=key, citations=[cite],
                  trace={"row": 1.0 if row else 0.0})


LEVEL_ASKED = "What average default rate did Tallow Lines assume for its lease receivables at December 31, 2031?"
MOVED = quoted("The average default rate assumed decreased 0.45% at December 31, 2031 from a year earlier.",
               0.45, "0.45%")


def test_a_move_quoted_is_no_level_asked() -> None:
    assert level_doubt(LEVEL_ASKED, MOVED) is not None
    assert _in_stated_unit(LEVEL_ASKED, MOVED).refused


def test_a_level_stated_answers_the_level_asked() -> None:
    level = quoted("The average default rate assumed was 2.9% at December 31, 2031.", 2.9, "2.9%")
    assert level_doubt(LEVEL_ASKED, level) is None
    reached = quoted("The average default rate assumed fell to 2.1% at December 31, 2031.", 2.1, "2.1%")
    assert level_doubt(LEVEL_ASKED, reached) is None


def test_a_question_asking_a_move_in_any_words_keeps_the_move() -> None:
    for asked in ("By how much did Tallow Lines' average default rate fall in 2031?",
                  "How much lower was the average default rate at December 31, 2031 than a year earlier?",
                  "What change in the average default rate did Tallow Lines report for 2031?",
                  "By what percentage were Tallow Lines' lease receivables down in 2031?"):
        assert level_doubt(asked, MOVED) is None, asked


def test_a_table_rows_label_is_no_verb() -> None:
    asked = "What gross carrying amount of vessels did Tallow Lines hold at December 31, 2031? $ millions."
    row = quoted("Vessels and improvements 1,210 1,144", 1210, "$1,210 million", unit="USD", row=True)
    assert level_doubt(asked, row) is None
    sentence = quoted("Vessel costs increased 1,210 in 2031.", 1210, "$1,210 million", unit="USD")
    assert level_doubt(asked, sentence) is not None  # the same words in a sentence state a move
