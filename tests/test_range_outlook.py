"""A stated range answering an outlook or a range asked is stated whatever the calibrated gate's
signals (answer.gate `range_outlook`); any other low-confidence figure is still withheld."""

from __future__ import annotations

from assistant.core.answer.gate import _RANGE_OR_OUTLOOK, gate_reason

# A weak answer: little of the question matched, a crowded sentence, a rival figure close behind.
WEAK = {"support": 0.3, "margin_other": 0.0, "rank": 4.0, "unmatched_w": 0.6, "unit_figures": 6.0,
        "runner_differs": 1.0}


def test_a_weak_single_figure_is_withheld() -> None:
    assert gate_reason(WEAK, 0.75) is not None
    assert gate_reason({**WEAK, "range_outlook": 0.0}, 0.75) is not None


def test_a_stated_range_for_an_outlook_asked_is_stated() -> None:
    assert gate_reason({**WEAK, "range_outlook": 1.0}, 0.75) is None


def test_outlook_or_range_questions_are_told_apart() -> None:
    assert _RANGE_OR_OUTLOOK.search("What revenue does Brindle Tools now expect for 2027?")
    assert _RANGE_OR_OUTLOOK.search("What EPS range had Brindle guided to before the raise?")
    assert not _RANGE_OR_OUTLOOK.search("What revenue did Brindle Tools report for 2026?")


def test_a_passage_cut_after_a_ranges_first_end_is_not_read_as_that_end() -> None:
    from assistant.core.answer.figure_reading import unreadable
    from assistant.core.numbers import parse_quantities

    cut = "Brindle raised its 2027 EPS outlook to a range of $3.10"
    fig = [x for x in parse_quantities(cut) if not x.is_year][-1]
    assert unreadable(cut, fig) == "one end of a range whose other end was not read"
    whole = "Brindle raised its 2027 EPS outlook to a range of $3.10 to $3.25."
    assert all(unreadable(whole, x) is None for x in parse_quantities(whole) if not x.is_year)
    plain = "Brindle earned $3.10 a share"
    assert unreadable(plain, next(x for x in parse_quantities(plain) if not x.is_year)) is None
