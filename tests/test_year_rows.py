"""A quarterly data table whose columns name quarters with no year and whose rows name their year read
as one table a year: each cell dated by its row's year and its column's quarter."""

from __future__ import annotations

from datetime import date

from assistant.core.finance.note_tables import note_facts
from assistant.core.finance.year_rows import tables_by_row_year

_PAGE = """Five quarters at a glance

EUR m
                                      Q1          Q2          Q3          Q4       Full year
Net revenue 2026                   1 812       1 845       1 790       1 901           7 348
Operating result 2026                 64          71          69          80             284
Net revenue 2025                   1 760       1 771       1 802       1 844           7 177
Operating result 2025                 58          60          66          74             258
"""


def test_split_into_one_table_a_year() -> None:
    tables = tables_by_row_year(_PAGE)
    assert len(tables) == 2
    assert "Q1 2026" in tables[0] and "Full year 2026" in tables[0] and "2025" not in tables[0].split("EUR m")[1]
    assert "Q3 2025" in tables[1]


def test_other_pages_as_given() -> None:
    page = "Revenue by quarter\n            Q1 2026     Q2 2026\nRevenue         120         131\n"
    assert tables_by_row_year(page) == [page]


def test_cells_dated_by_row_year_and_quarter() -> None:
    facts = note_facts([(3, _PAGE)], {3})
    got = {(f.label, f.period_end, f.duration_months): f.value for f in facts}
    assert got[("Net revenue 2026", date(2026, 6, 30), 3)] == 1845
    assert got[("Net revenue 2025", date(2025, 9, 30), 3)] == 1802
    assert got[("Net revenue 2025", date(2025, 12, 31), 12)] == 7177
    assert got[("Net revenue 2026", date(2026, 12, 31), 12)] == 7348
    assert got[("Operating result 2025", date(2025, 3, 31), 3)] == 58
