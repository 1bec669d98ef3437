"""The other part of a whole one sentence splits ("$500 million of commitments, with $180 million due
within the next year"): a question asking for the part the sentence does not state ("how much is due
after the next year", "how much did not expire") gets the whole less the stated part, both quoted;
never the whole itself. Made-up passages."""

from __future__ import annotations

import pytest

from assistant.core.answer.derived_rest import stated_rest
from assistant.core.answer.question import analyse
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import Answer
from tests.fakes.one_passage import passage_answer

FILING = (
    "Commitments. As of June 30, 2026, we had $500 million of supplier purchase commitments, with "
    "$180 million due within the next 12 months.\n"
    "Liquidity. Beyond our main revolving facility, banks have provided us an additional $90 million in "
    "lines of credit, of which $65 million mature within one year.\n"
    "Advertising. Marketing costs totaled $2.4 billion in 2025.\n"
)


def _ask(question: str, text: str = FILING) -> Answer:
    return passage_answer(question, text, company="Kestrel Foods", doc="k", derived=True)


@pytest.mark.parametrize(("question", "value"), [
    ("Of Kestrel Foods' supplier purchase commitments at June 30, 2026, how much is due after the next "
     "12 months?", 320.0),
    ("Of the extra lines of credit Kestrel Foods' banks provided, how much did not mature within one year?", 25.0),
    ("How much of Kestrel Foods' supplier purchase commitments was due beyond the next 12 months?", 320.0),
])
def test_the_other_part_is_the_whole_less_the_stated_part(question: str, value: float) -> None:
    answer = _ask(question)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert "computed from the stated figures" in answer.answer
    assert answer.key_figure.value == pytest.approx(value, rel=1e-3)
    assert len({c.quote for c in answer.citations}) >= 1 and " - " in answer.answer  # the arithmetic shown


def _rest(question: str, sentence: str) -> float | None:
    q = analyse(parse_question(question, []), [])
    fig = next(x for x in parse_quantities(sentence) if not x.is_year)
    found = stated_rest(q, question, sentence, fig)
    return None if found is None else found[0].value


SENTENCE = ("As of June 30, 2026, we had $500 million of supplier purchase commitments, with $180 million payable "
            "within the next 12 months.")


def test_the_stated_part_itself_is_not_derived() -> None:
    # the question asks for the part the sentence states: a lookup quotes it
    assert _rest("Of Kestrel Foods' supplier purchase commitments, how much is payable within the next 12 months?",
                 SENTENCE) is None


def test_a_stated_rest_is_not_derived_again() -> None:
    sentence = SENTENCE.replace("payable within", "payable after")
    assert _rest("Of Kestrel Foods' supplier purchase commitments, how much is payable after the next 12 months?",
                 sentence) is None


def test_a_part_described_otherwise_gives_nothing() -> None:
    sentence = SENTENCE.replace("payable within the next 12 months", "for packaging materials")
    assert _rest("Of Kestrel Foods' supplier purchase commitments, how much is payable after the next 12 months?",
                 sentence) is None


def test_a_whole_the_question_does_not_name_gives_nothing() -> None:
    assert _rest("Of Kestrel Foods' pension obligations, how much is payable after the next 12 months?",
                 SENTENCE.replace("supplier purchase commitments", "lease liabilities")) is None


def test_a_part_larger_than_the_whole_gives_nothing() -> None:
    sentence = SENTENCE.replace("$180 million", "$680 million")
    assert _rest("Of Kestrel Foods' supplier purchase commitments, how much is payable after the next 12 months?",
                 sentence) is None


def test_a_question_not_taking_a_part_gives_nothing() -> None:
    assert _rest("How much is Kestrel Foods' supplier purchase commitment not payable within 12 months?",
                 SENTENCE) is None


def test_a_whole_refused_as_the_whole_gives_way_to_its_other_part() -> None:
    # the whole's own words name the whole asked ("$90 million in short-term credit lines"), which
    # alone is refused as the whole; the sentence's other part is what the question asks
    text = ("Liquidity. Beyond our main revolving facility, banks have extended us an additional $90 million in "
            "short-term credit lines, of which $65 million mature within one year.\n")
    answer = _ask("Of the additional short-term credit lines Kestrel Foods' banks extended, how much did not mature "
                  "within one year?", text)
    assert answer.key_figure is not None and answer.key_figure.value == pytest.approx(25.0), answer.answer


def test_the_stated_part_chosen_gives_the_rest_of_the_whole_before_it() -> None:
    # the answerer picks the part ("$3.1 billion ... within the next twelve months"), whose words are
    # nearer the question's; the rest is the whole stated before it less that part
    text = ("Purchase obligations. Unconditional purchase obligations, with terms in excess of one year, amount to "
            "$12.4 billion, of which $3.1 billion is expected to be due within the next twelve months.\n")
    answer = _ask("How much of Kestrel Foods' unconditional purchase obligations at June 30, 2026 falls due after "
                  "the next twelve months? USD billions.", text)
    assert not answer.refused and answer.key_figure is not None, answer.answer
    assert answer.key_figure.value == pytest.approx(9.3, rel=1e-3)
    assert "$12.4 billion - $3.1 billion" in answer.answer
