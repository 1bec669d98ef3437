"""A sentence opening with its own label ("Kettles: ...") is about that label's line: it does not
answer a question that calls another part by name (made-up passages and companies)."""

from __future__ import annotations

from assistant.core.answer.part_label import label_other_part
from assistant.core.answer.question import Question
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer

_LINES = ("Garden Tools: The 4.8% comparable sales growth in fiscal 2031 came mainly from cordless mowers. "
          "Lighting: The 1.9% comparable sales decline in fiscal 2031 reflected softer lamp demand.")


def _ask(question: str, text: str) -> Answer:
    return passage_answer(question, text, company="Orchard Lane", doc="o", derived=False, chunk_id="o:0")  # the quote path alone


def _question(text: str, terms: tuple[str, ...], named: tuple[str, ...]) -> Question:
    return Question(text, "percent", dict.fromkeys(terms, 1.0), {n: n for n in named}, [], frozenset(),
                    frozenset(), prior=False, entity=False)


def test_a_sentence_labelled_with_another_line_is_refused() -> None:
    a = _ask("What comparable sales growth did Orchard Lane's Plumbing category post in fiscal 2031?", _LINES)
    assert a.refused
    assert "Plumbing" in a.answer


def test_the_sentence_labelled_with_the_line_asked_is_quoted() -> None:
    a = _ask("What comparable sales growth did Orchard Lane's Garden Tools category post in fiscal 2031?", _LINES)
    assert not a.refused
    assert "4.8%" in a.answer


def test_a_label_naming_a_line_inside_the_segment_asked_is_left_to_the_other_checks() -> None:
    # The question calls the segment a part and names the line too: the label says what it asks about.
    q = _question("In the Outdoor segment, how much did Garden Tools comparable sales grow?",
                  ("garden", "tool", "compar", "sale", "grow"), ("outdoor",))
    assert label_other_part(q, "Garden Tools: The 4.8% comparable sales growth came from mowers.") is None
    assert label_other_part(q, "Lighting: The 1.9% comparable sales decline reflected lamps.") == "Outdoor"


def test_an_unlabelled_sentence_or_a_question_calling_no_part_is_not_judged_here() -> None:
    called = _question("What did the Lighting category's comparable sales do?", ("compar", "sale"), ("light",))
    assert label_other_part(called, "The 1.9% comparable sales decline reflected lamps.") is None
    plain = _question("How much did comparable sales grow?", ("compar", "sale", "grow"), ())
    assert label_other_part(plain, "Lighting: The 1.9% comparable sales decline reflected lamps.") is None
