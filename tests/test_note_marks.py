"""A note's number is no figure: the number opening a table note's line ("3 Calculated using ...")
and a mark between a label's words ("Stores (1) at End") are read past (made-up text)."""

from __future__ import annotations

from assistant.core.numbers import parse_quantities


def _raws(text: str) -> list[str]:
    return [q.raw for q in parse_quantities(text) if not q.is_year]


def test_a_note_number_opening_its_line_is_no_figure() -> None:
    text = "Net earnings 4,812 4,377\n2 Translated at the average euro rate for the quarter of $1.08 (illustrative only)"
    assert _raws(text) == ["4,812", "4,377", "$1.08"]


def test_a_mark_between_a_labels_words_is_no_figure() -> None:
    assert _raws("Outlet stores open at end of year: Total Stores  (1)  at End of Year 212") == ["212"]
    assert _raws("Total Stores (1) at End of Year 212") == ["212"]
    assert _raws("redeemable at 100% of the principal amount or (2) as determined by an agent") == ["100%"]


def test_a_bracketed_one_among_a_rows_figures_stays_negative() -> None:
    assert [q.value for q in parse_quantities("Other income, net 12 (1) 3")] == [12.0, -1.0, 3.0]
    assert [q.value for q in parse_quantities("Net sales (1) 1,234 (2)")][-1] == -2.0


def test_a_count_of_months_opening_a_heading_is_read() -> None:
    assert _raws("12 Months ended June 30") == ["12"]
