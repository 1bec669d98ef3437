"""Figures whose thousands are set off by spaces ("4 317"), as Nordic and many European reports print
them: read as one figure on a page that writes them so, never joining two genuine cells or a year
heading, and never on a page that groups its thousands with commas."""

from __future__ import annotations

from assistant.core.finance.spaced_thousands import plain_spaces, spaced_figures, spaced_page
from assistant.core.finance.tables import read_statement_page, split_row

_BALANCE = """Statement of financial position

EUR m
                                                   30 Jun 2026             30 Jun 2025
Intangible assets                                       5 204                   4 871
Trade receivables                                       1 330                   1 298
Cash                                                      617                     702
Total assets                                           12 455                  11 906
Borrowings                                             -2 870                  -3 015
"""


def test_a_spaced_cell_is_one_figure() -> None:
    assert spaced_figures("5 204") == [(5, "5204")]
    assert spaced_figures("-2 870") == [(6, "-2870")]
    assert spaced_figures("12 455 310") == [(10, "12455310")]


def test_cells_a_single_space_apart_stay_apart() -> None:
    assert spaced_figures("4 718 4 506") == [(5, "4718"), (11, "4506")]
    assert spaced_figures("17 19") == [(2, "17"), (5, "19")]
    assert spaced_figures("2026 2025") is None  # a line of year headings: no thousands group
    assert spaced_figures("Sales 4 718") is None


def test_page_convention() -> None:
    assert spaced_page(_BALANCE)
    assert not spaced_page("Revenue     1,204     1 330\nCost     2 100     1,005")
    assert not spaced_page("Revenue     304     288\n")  # nothing spaced: nothing to join


def test_pdf_spaces_read_as_plain() -> None:
    assert plain_spaces("5\u202f204 and 1\u00a0330 and 7\u2009001") == "5 204 and 1 330 and 7 001"


def test_balance_sheet_with_spaced_thousands() -> None:
    facts = read_statement_page(_BALANCE, "balance_sheet")
    got = {(f.label, f.period_end.year): f.value for f in facts}
    assert got[("Intangible assets", 2026)] == 5204
    assert got[("Intangible assets", 2025)] == 4871
    assert got[("Total assets", 2025)] == 11906
    assert got[("Borrowings", 2026)] == -2870
    assert got[("Cash", 2025)] == 702


def test_split_row_only_joins_on_a_spaced_page() -> None:
    line = "Other payables                 5 100"
    row = split_row(line)
    assert row is None or all(c[1] != 5100 for c in row[1])
    spaced = split_row(line, spaced=True)
    assert spaced is not None and [c[1] for c in spaced[1]] == [5100]


def test_comma_page_keeps_its_reading() -> None:
    page = """Balance sheet
(in millions)
                                          December 31, 2025      December 31, 2024
Goodwill                                        $ 3,412              $ 3,198
Other assets                                        12 4                 10 7
"""
    facts = read_statement_page(page, "balance_sheet")
    assert {f.value for f in facts if f.label == "Goodwill"} == {3412, 3198}
    assert not any(f.value in (124, 107) for f in facts)


def test_footnote_marks_are_not_figures() -> None:
    assert spaced_figures("1 204 (2)") is None


def test_passage_cells_read_as_one_figure() -> None:
    from assistant.core.number_parsing import parse_quantities

    table = "Intangible assets  5 204  4 871\nBorrowings  -2 870  -3 015"
    assert [q.value for q in parse_quantities(table)] == [5204, 4871, -2870, -3015]
    # small figures a cell each, and a thousands cell beside them
    assert [q.value for q in parse_quantities("Order margin  611  598  14  3 140  2 902")] == [611, 598, 14, 3140, 2902]
    # prose, or one spaced figure alone, is read as it was
    assert [q.value for q in parse_quantities("we shipped 3 412 units in 2 weeks")] == [3, 412, 2]
