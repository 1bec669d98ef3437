"""Two paraphrases a filing uses for what a question asks: capacity "unused" for "undrawn", and an
amount "payable within" a period for one "due" then, which is not the payables line item (made-up
sentences)."""

from __future__ import annotations

from assistant.core.answer.question import Matcher
from assistant.core.answer.text import metric_stems
from assistant.core.words import stem


def test_undrawn_is_unused() -> None:
    vocab = {stem("unused"), stem("borrowing"), stem("capacity")}
    assert Matcher([stem("undrawn")], vocab)(stem("undrawn"), vocab) >= 0.9


def test_payable_within_a_period_is_no_payables() -> None:
    due = metric_stems("Tarn Foods had $38 million of transition tax payable within the next 12 months.")
    assert stem("payables") not in due
    assert stem("payables") in metric_stems("Accounts payable rose to $212 million.")
    assert stem("payables") in metric_stems("Trade payables were $90 million at year end.")
