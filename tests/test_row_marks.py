"""A bare "(4)" inside a table row: a footnote mark where the row's other cells rule out a
negative cell, a negative where they do not (made-up rows)."""

from __future__ import annotations

import pytest

from assistant.core.number_parsing import parse_quantities


def _values(text: str) -> list[float]:
    return [q.value for q in parse_quantities(text) if not q.is_year]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # a mark after a grouped amount, before a rate shown with decimals, and after that rate
        ("Senior debt 41,207 (3) 2.85 % (2)", [41207.0, 2.85]),
        # a mark after an amount a hundred times its size, before a rate shown with decimals
        ("Term loan $ 2,500 (5) 4.10 %", [2500.0, 4.10]),
        # two marks after a rate, the second judged past the first
        ("Interest $ 2,214 18.6 % (1) (2) 5.2 %", [2214.0, 18.6, 5.2]),
        # a mark after a rate shown with decimals, before the next rate
        ("Effective rate 21.4 % (1) 19.8 %", [21.4, 19.8]),
    ],
)
def test_a_mark_the_row_rules_out_as_a_cell_is_not_read(row: str, expected: list[float]) -> None:
    assert _values(row) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # small amounts: "(4)" is as big as its neighbours, a negative cell
        ("Other items, net 12 (4) 7 (3)", [12.0, -4.0, 7.0, -3.0]),
        # the last cell: nothing after it shows what it is
        ("Freight revenue 6,410 5,980 (7)", [6410.0, 5980.0, -7.0]),
        # between two amounts: a reconciling adjustment (3,210 - 5 = 3,205) or a percent change
        ("Admin expenses 3,210 (5) 3,205", [3210.0, -5.0, 3205.0]),
        ("Card fees 2,040 2,110 (3) 4,150 4,020", [2040.0, 2110.0, -3.0, 4150.0, 4020.0]),
        ("Unit sales 6,080 (4) 5,840", [6080.0, -4.0, 5840.0]),
        # after a rate but before a negative percent: a fall and its percent
        ("Pension cost 410 380 30 7.9 % (8) (2.1)%", [410.0, 380.0, 30.0, 7.9, -8.0, -2.1]),
        # whole-number rates: "(1)" may be a change in points shown as those rates are
        ("Gross margin 38 % (1) 39 %", [38.0, -1.0, 39.0]),
        # an amount followed by an ungrouped small figure: no evidence of the row's kind
        ("Reserves 2,300 (6) 15", [2300.0, -6.0, 15.0]),
    ],
)
def test_a_bare_negative_the_row_allows_stays_a_cell(row: str, expected: list[float]) -> None:
    assert _values(row) == expected


def test_a_mark_on_the_next_line_is_not_judged_by_this_row() -> None:
    # "(2)" opens the next line; the amount after it belongs to another row
    assert _values("Leases 4,400\n(2) 3,900") == [4400.0, -2.0, 3900.0]


def test_a_mark_after_the_label_of_a_five_year_row_is_not_read() -> None:
    assert _values("Northern stores (4) 1,120 1,201 1,288 1,302 1,340") == [1120.0, 1201.0, 1288.0, 1302.0, 1340.0]
    # two cells after it: no run that rules a negative out
    assert _values("Northern stores (4) 1,120 1,201") == [-4.0, 1120.0, 1201.0]
    # a small negative among small amounts stays a cell
    assert _values("Other items, net (4) 12 7 9") == [-4.0, 12.0, 7.0, 9.0]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # right after the label, before cells printed with decimals: a cell would print "(2.0)"
        ("Tender offers (2) 14.5 31.2", [14.5, 31.2]),
        ("Store closures (3) 1.25 0.80 2.10", [1.25, 0.80, 2.10]),
    ],
)
def test_a_mark_after_the_label_of_a_row_shown_with_decimals_is_not_read(row: str, expected: list[float]) -> None:
    assert _values(row) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # whole cells after it: "(2)" may be a cell of a row printed without decimals
        ("Tender offers (2) 14 31", [-2.0, 14.0, 31.0]),
        # one decimal cell only: too little of the row to tell
        ("Tender offers (2) 14.5", [-2.0, 14.5]),
    ],
)
def test_a_bracket_after_the_label_stays_a_cell_where_the_row_does_not_rule_it_out(row: str, expected: list[float]) -> None:
    assert _values(row) == expected


def test_the_page_number_after_a_statement_pages_closing_line_is_no_figure() -> None:
    assert _values("Dividends declared (88) (84)\nSee Notes to Condensed Consolidated Financial Statements. 23") == [-88.0, -84.0]
    assert _values("Total equity 4,102\nThe accompanying notes are an integral part of these financial statements.\n64") == [4102.0]
    # a figure a sentence states after a notes reference is no page number
    assert _values("See Note 7 for the $450 million term loan.") == [450.0]
