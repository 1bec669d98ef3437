"""A figure its sentence says is expected, planned or supposed answers no question about what
happened; a question that looks ahead or supposes is still answered by it (made-up passages)."""

from __future__ import annotations

from assistant.core.answer.unhappened import unhappened
from assistant.core.numbers import parse_quantities
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer


def _ask(question: str, text: str) -> Answer:
    return passage_answer(question, text, company="Kestrel Mills", doc="k", derived=False, chunk_id="k:0")


def _unhappened(question: str, sentence: str, raw: str) -> bool:
    fig = next(x for x in parse_quantities(sentence) if x.raw.startswith(raw))
    return unhappened(question, sentence, fig)


_RECLASS = ("As of June 30, 2031, approximately $212 million of deferred net gains (net of tax) on hedges held in "
            "accumulated other comprehensive income are expected to be reclassified to earnings over the next year.")


def test_an_amount_expected_to_move_is_not_what_moved() -> None:
    a = _ask("How much of Kestrel Mills' deferred hedge gains were reclassified into earnings in fiscal 2031? "
             "USD millions.", _RECLASS)
    assert a.refused and "expected or supposed" in a.answer


def test_an_amount_expected_answers_a_question_that_asks_what_is_expected() -> None:
    a = _ask("How much of Kestrel Mills' deferred hedge gains does it expect to reclassify into earnings over "
             "the next year? USD millions.", _RECLASS)
    assert not a.refused and "212" in a.answer


def test_the_most_that_could_be_delivered_is_not_what_was_delivered() -> None:
    sentence = "Under the terms of the agreement, the maximum number of shares that could be delivered to Kestrel Mills is 9.6 million."
    assert _unhappened("How many shares were delivered to Kestrel Mills when the agreement settled?", sentence, "9.6")
    assert not _unhappened("What is the most shares that could be delivered to Kestrel Mills under the agreement?", sentence, "9.6")


def test_a_result_beside_an_expectation_keeps_its_own_words() -> None:
    sentence = "Net sales were $4.2 billion in 2031, and we expect net sales to grow 6% in 2032."
    assert not _unhappened("What were Kestrel Mills' net sales in 2031?", sentence, "$4.2")
    a = _ask("What were Kestrel Mills' net sales in 2031?", sentence)
    assert not a.refused and "4.2" in a.answer


def test_an_aside_in_brackets_is_not_the_figures_verb() -> None:
    sentence = "Kestrel Mills paid dividends of $310 million (which will be reviewed each year) in 2031."
    assert not _unhappened("How much did Kestrel Mills pay in dividends in 2031?", sentence, "$310")


def test_an_expectation_about_another_action_leaves_the_amount_stated() -> None:
    sentence = "The net proceeds of approximately $750 million from the notes issued in 2031 are expected to be used to repay the term loan."
    assert not _unhappened("How much in net proceeds did Kestrel Mills' 2031 notes raise?", sentence, "$750")
