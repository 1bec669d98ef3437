"""Tables whose columns are parts of the company (segments, regions): rows read in blocks under a
year printed alone, names under several period headings, the stub heading over the labels, and
where-to-read words in a growth question. Made-up company, tables and figures."""

from __future__ import annotations

import pytest

from tests.fakes.one_passage import passage_answer

# Regions as columns; each year's rows in a block under the year printed alone.
_BLOCKS = ("Geographic operations of Quillon Lamps are presented below at the regional level.\n"
           "(Millions)  North America  Europe(a)  Asia(a)  Corporate(b)  Consolidated\n"
           "2024\n"
           "Net sales  $  9,200  $  2,460  $  1,310  $  (40)  $  12,930\n"
           "Pretax income  1,900  420  150  (610)  1,860\n"
           "2023\n"
           "Net sales  $  8,700  $  2,050  $  1,290  $  (35)  $  12,005\n"
           "Pretax income  1,750  380  170  (590)  1,710\n")
# Two quarters, each over the same run of segment names (a wrapped name's first word above).
_QUARTERS = ("Reconciliation of adjusted results by segment\n"
             "Three Months Ended June 30, 2023  Three Months Ended June 30, 2024\n"
             "Floor  Floor\n"
             "($ million)  Desk Lamps  Lamps  Other  Total  Desk Lamps  Lamps  Other  Total\n"
             "Adjusted operating profit  212  96  (31)  277  240  81  (29)  292\n")
# The stub heading over the labels ("ended June 30,") beside the segment names over the years.
_STUB = ("Segment results for the six months\n"
         "ended June 30,  Desk Lamps  Floor Lamps  Shades\n"
         "(in millions)  2024  2023  2024  2023  2024  2023\n"
         "Net income  $  510  $  470  $  205  $  190  $  66  $  71\n")


def _answer(question: str, text: str, period: str = "FY2024") -> float | None:
    answer = passage_answer(question, text, company="Quillon Lamps", title="Quillon Lamps report", period=period)
    return None if answer.refused or answer.key_figure is None else answer.key_figure.value


def test_a_region_column_is_read_in_the_block_of_the_asked_year() -> None:
    assert _answer("What were Quillon Lamps' net sales in Europe in 2023? USD millions.", _BLOCKS) == pytest.approx(2050)
    assert _answer("What was Quillon Lamps' pretax income in Asia in 2024? USD millions.", _BLOCKS) == pytest.approx(150)


def test_growth_of_a_region_reads_the_row_in_each_year_block() -> None:
    got = _answer("Quillon Lamps' net sales in Europe: growth from 2023 to 2024, in percent to one decimal?", _BLOCKS)
    assert got == pytest.approx(100 * (2460 / 2050 - 1), abs=0.05)


def test_where_to_read_words_do_not_hide_the_line_of_a_growth() -> None:
    got = _answer("Quillon Lamps' Europe net sales growth from 2023 to 2024, per the geographic operations table? "
                  "Percent, one decimal.", _BLOCKS)
    assert got == pytest.approx(20.0, abs=0.05)


def test_a_rate_stated_for_the_whole_is_not_the_growth_of_a_region() -> None:
    text = "Net sales increased 7.7 percent in 2024, driven by lamp volumes.\n" + _BLOCKS
    got = _answer("Quillon Lamps' net sales in Europe: growth from 2023 to 2024, in percent to one decimal?", text)
    assert got == pytest.approx(20.0, abs=0.05)


def test_names_under_each_period_heading_give_the_named_segment_in_the_asked_quarter() -> None:
    got = _answer("What adjusted operating profit did Quillon's Floor Lamps segment earn in the three months ended "
                  "June 30, 2024? USD millions.", _QUARTERS, period="Q2 2024")
    assert got == pytest.approx(81)


def test_periods_over_names_read_by_count() -> None:
    from assistant.core.answer.column_grid import grid_cells

    header = _QUARTERS.split("\n", 1)[1].rsplit("\n", 2)[0]
    read = grid_cells(header, 8)
    assert read is not None
    assert [(c.group, c.year) for c in read[:5]] == [("Desk Lamps", 2023), ("Lamps", 2023), ("Other", 2023),
                                                      ("Total", 2023), ("Desk Lamps", 2024)]
    assert grid_cells(header, 6) is None  # two periods over six cells: the names do not count out


def test_the_stub_heading_over_the_labels_is_no_segment() -> None:
    assert _answer("Quillon Lamps' Floor Lamps net income for the six months ended June 30, 2023? USD millions.",
                   _STUB, period="Q2 2024") == pytest.approx(190)
