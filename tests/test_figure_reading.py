"""Figures the PDF's text extraction left unreadable, and a computed level offered for a change
(made-up sentences and answers)."""

from __future__ import annotations

from assistant.core.answer.figure_reading import unreadable
from assistant.core.answer.level_change import level_for_change
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.types import Answer


def _first(sentence: str) -> tuple[str, Quantity]:
    return sentence, next(x for x in parse_quantities(sentence) if not x.is_year)


def test_a_figure_split_by_a_stray_space_is_unreadable() -> None:
    s, fig = _first("Kestrel expects capital spending of approximately $3 7.5 billion next year.")
    assert unreadable(s, fig) == "split apart by the document's text extraction"
    s, fig = _first("Kestrel expects capital spending of approximately $37.5 billion next year.")
    assert unreadable(s, fig) is None
    s, fig = _first("Kestrel paid $3 per share on 7.5 million shares.")
    assert unreadable(s, fig) is None


def test_words_out_of_order_are_unreadable() -> None:
    s, fig = _first("These loans term from proceeds of billion $2.4 included which borrowings,")
    assert unreadable(s, fig) == "in words that came out of the document out of order"
    s, fig = _first("Proceeds from term loans included $2.4 billion of borrowings.")
    assert unreadable(s, fig) is None


def _computed(text: str) -> Answer:
    return Answer(question="q", answer=text, mode="extractive")


def test_one_rows_level_is_no_change() -> None:
    level = _computed('Kestrel\'s other income for FY2031 was $40 million [1].\n\n(Column: 2031; row: "Other income 52 40")')
    years = frozenset({2031, 2032})
    assert level_for_change("change", "By how many dollars did other income improve from 2031 to 2032?", years, level)
    assert level_for_change("amount", "By how much did the interest line move between 2031 and 2032?", years, level)
    assert not level_for_change("amount", "What was other income in 2031?", frozenset({2031}), level)
    worked = _computed("Kestrel's FY2032 other income growth was 30% [1].\n\nWorking: (52 - 40) / 40 = 30%")
    assert not level_for_change("change", "By how much did other income grow from 2031 to 2032?", years, worked)


def test_a_row_whose_label_fuses_two_labels_is_unreadable() -> None:
    from assistant.core.answer.figure_reading import fused_row

    assert fused_row("Cost of gadgetsTotal operating segments  $ 41,220 7,310 $ 39,004 2,118") is not None
    assert fused_row("Cost of gadgets  41,220  39,004") is None
    assert fused_row("iPhone and eBay listings  1,220  904") is None
    assert fused_row("BlackRock funds held  1,220  904") is None
