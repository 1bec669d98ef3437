"""A cash flow row's opening flow noun ("Proceeds from", "Acquisitions of", "Payments for") is
named by the question's verb of that flow (answer.label_named): made-up labels and questions in
our own words."""

from __future__ import annotations

from assistant.core.answer.label_named import names_label
from assistant.core.finance.concepts import clean_label


def named(label: str, question: str) -> bool:
    return names_label(clean_label(label), question)


def test_a_verb_of_the_flow_names_the_row_s_flow_noun() -> None:
    assert named("Proceeds from secured term borrowings", "How much did Orlen Bay raise from secured term borrowings in 2024?")
    assert named("Proceeds from sale of the marine unit", "What did Orlen Bay receive from the sale of the marine unit?")
    assert named("Acquisitions of broadcast spectrum", "How much did Orlen Bay spend acquiring broadcast spectrum in 2023?")
    assert named("Payments for capitalized software", "What did Orlen Bay pay for capitalized software in 2024?")


def test_the_verb_names_no_other_row_and_no_flow_noun_inside_a_label() -> None:
    # the rest of the label must still stand in the question
    assert not named("Proceeds from sales of investments", "How much did Orlen Bay receive from customers in 2024?")
    # a verb of the other direction does not name the flow noun
    assert not named("Proceeds from secured term borrowings", "How much did Orlen Bay repay on secured term borrowings?")
    assert not named("Payments for capitalized software", "What did Orlen Bay receive for capitalized software?")
    # only a label that opens with the flow noun: "Net proceeds" is read word by word as before
    assert not named("Other investing proceeds", "What other investing cash did Orlen Bay receive in 2024?")
