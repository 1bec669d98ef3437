"""A row whose label names the asked line only after a deduction ("Advances, net of reserve for
advance losses") is what is left once that line is taken off, never the line itself: a share of
the reserve is not computed from it (made-up bank, rows and questions)."""

from __future__ import annotations

from assistant.core.answer.row_head import deducted_line
from assistant.core.answer.units import word_stems


def _w(text: str) -> set[str]:
    return set(word_stems(text))


def test_a_line_named_only_after_net_of_is_deducted_from_the_row() -> None:
    assert deducted_line(_w("reserve for advance losses"), "Advances, net of reserve for advance losses")
    assert deducted_line(_w("imputed interest"), "Lease payments less imputed interest")


def test_a_row_that_names_the_line_before_its_deduction_is_that_line() -> None:
    # the asked line is the head: "Interest paid, net of amounts capitalised" is interest paid
    assert not deducted_line(_w("interest paid"), "Interest paid, net of amounts capitalised")
    assert not deducted_line(_w("reserve for advance losses"), "Reserve for advance losses")


def test_a_row_opening_with_its_sign_is_the_deducted_line_itself() -> None:
    assert not deducted_line(_w("reserve for advance losses"), "Less reserve for advance losses")
