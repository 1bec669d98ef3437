"""A retrieved table read whole for row arithmetic (made-up tables): the chunks of one table around
the retrieved one, under the same header lines on the same page, joined into one passage; only a
share or growth of its rows is read from it, never a quote."""

from __future__ import annotations

import pytest

from assistant.core.answer.table_rows import GetChunks, sibling_ids, table_derived, whole_tables
from assistant.core.query import parse_question
from assistant.core.store.base import StoredChunk
from assistant.core.types import SearchHit
from tests.fakes.chunk_store import chunk, store

HEADER = "Three months ended March 31,\n(in millions) 2024 2023\nRevenue by product line"
FIRST = f"{HEADER}\nKettles 120 100\nToasters 80 90\n"
SECOND = f"{HEADER}\nBlenders 50 40\nTotal appliances 250 230\n"
TITLE = "Revenue by product line was as follows:"


def _hit(i: int, text: str, kind: str = "table", page: int = 7) -> SearchHit:
    return SearchHit(chunk_id=f"d:v1:{i:05d}", doc_id="d", title="Brackwater Home 2024 10-Q", source="/d/d.txt",
                     page=page, text=text, score=1.0, kind=kind, company="Brackwater Home", period="Q1 2024")


def test_sibling_ids_are_the_chunks_on_either_side() -> None:
    assert sibling_ids("d:v1:00002", reach=2) == ["d:v1:00000", "d:v1:00001", "d:v1:00003", "d:v1:00004"]
    assert sibling_ids("no index") == []


def test_the_next_chunk_of_the_same_table_is_joined_under_one_header() -> None:
    get = store([chunk(3, TITLE, "text"), chunk(4, FIRST), chunk(5, SECOND), chunk(6, "Notes follow.", "text")])
    joined = whole_tables([_hit(4, FIRST)], get)
    assert len(joined) == 1 and joined[0].chunk_id == "d:v1:00004"
    assert joined[0].text == f"{HEADER}\nKettles 120 100\nToasters 80 90\nBlenders 50 40\nTotal appliances 250 230"


@pytest.mark.parametrize("other", [
    chunk(5, SECOND, page=8),  # the next page's table
    chunk(5, "Six months ended June 30,\n(in millions) 2024 2023\nBlenders 50 40\nTotal appliances 250 230\n"),
    chunk(5, SECOND, "text"),  # prose, not a table chunk
])
def test_a_chunk_of_another_page_header_or_kind_is_not_joined(other: StoredChunk) -> None:
    assert whole_tables([_hit(4, FIRST)], store([chunk(4, FIRST), other])) == []


def test_a_share_of_the_total_in_the_next_chunk_is_computed() -> None:
    question = "What share of Brackwater Home's total appliances revenue in the three months ended March 31, 2024 " \
               "came from Kettles? Percent, one decimal."
    got = table_derived(question, parse_question(question, []), [_hit(4, FIRST)],
                        store([chunk(4, FIRST), chunk(5, SECOND)]))
    assert got is not None
    assert got[1].value == pytest.approx(48.0)  # 120 / 250, both cells of the 2024 column


def test_two_rows_as_good_with_other_figures_give_nothing() -> None:
    # "Kettles" twice in one table (under two product groups the question does not name): not clear which
    second = f"{HEADER}\nKettles 60 50\nTotal appliances 250 230\n"
    question = "What share of Brackwater Home's total appliances revenue in the three months ended March 31, 2024 " \
               "came from Kettles? Percent, one decimal."
    assert table_derived(question, parse_question(question, []), [_hit(4, FIRST)],
                         store([chunk(4, FIRST), chunk(5, second)])) is None


def test_a_table_with_nothing_to_add_gives_nothing() -> None:
    question = "What share of Brackwater Home's total appliances revenue came from Kettles in Q1 2024?"
    assert table_derived(question, parse_question(question, []), [_hit(4, FIRST)], store([chunk(4, FIRST)])) is None


def test_a_title_the_text_chunk_before_breaks_is_read_whole() -> None:
    lead = "Tax matters are described below. Deferred tax assets and liabilities were made up of the following:"
    table = "liabilities were made up of the following:\n2024 2023\nValuation allowance (90) (75)\nOther 10 12\n"
    joined = whole_tables([_hit(4, table)], store([chunk(3, lead, "text"), chunk(4, table)]))
    assert [h.text.splitlines()[0] for h in joined] == ["Deferred tax assets and liabilities were made up of the following:"]
    question = "By how much did Brackwater Home's deferred tax valuation allowance grow from 2023 to 2024? Percent, one decimal."
    got = table_derived(question, parse_question(question, []), [_hit(4, table)],
                        store([chunk(3, lead, "text"), chunk(4, table)]))
    assert got is not None and got[1].value == pytest.approx(20.0)  # (90 - 75) / 75


@pytest.mark.parametrize("lead", [
    "Deferred tax assets and liabilities were made up of the following:",  # another page (below)
    "Nothing here names the table.",  # no lead-in to this table
])
def test_a_chunk_before_that_is_no_lead_in_adds_nothing(lead: str) -> None:
    table = "liabilities were made up of the following:\n2024 2023\nValuation allowance (90) (75)\n"
    page = 6 if lead.startswith("Deferred") else 7
    assert whole_tables([_hit(4, table)], store([chunk(3, lead, "text", page=page), chunk(4, table)])) == []


# A segment table printing its line items as column groups ("Income Before Tax  Segment Sales"):
# only the gaps of two spaces or more part one group's name from the next.
GROUPED = ("Income Before Tax  Segment Sales\n(Dollars in Millions)  2024  2023  2024  2023\n"
           "Kettles  1,200  1,000  6,000  5,500\nToasters  300  350  2,000  2,100\n")
GROUPED_REST = ("Income Before Tax  Segment Sales\n(Dollars in Millions)  2024  2023  2024  2023\n"
                "Blenders  500  400  3,000  2,800\nSegment income before tax  2,000  1,750  11,000  10,400\n")


def test_a_joined_table_keeps_the_gaps_that_part_its_column_groups() -> None:
    get = store([chunk(4, GROUPED), chunk(5, GROUPED_REST)])
    joined = whole_tables([_hit(4, GROUPED)], get)
    assert joined[0].text.splitlines()[:2] == ["Income Before Tax  Segment Sales",
                                               "(Dollars in Millions)  2024  2023  2024  2023"]


def test_a_share_of_a_grouped_tables_total_in_the_next_chunk_is_computed() -> None:
    question = "What percentage of Brackwater Home's 2024 segment earnings before tax came from Toasters? 1dp"
    get = store([chunk(4, GROUPED), chunk(5, GROUPED_REST)])
    found = table_derived(question, parse_question(question, []), [_hit(4, GROUPED)], get)
    assert found is not None and found[1].value == pytest.approx(15.0)  # 300 / 2,000, not a sales cell


# A segment's MD&A table: its title sentence sits in a text chunk that ends in the table's header as
# prose, and the table's rows sit in the table chunks after it on the page.
SEG_HEAD = "Year Ended December 31, 2024 vs. 2023\n(in millions) 2024 2023 2022\nRevenues:"
SEG_LEAD = ("Garden Segment The following table summarizes the Garden segment's results for the periods shown:\n"
            "Change Year Ended December 31, 2024 vs. 2023 (in millions) 2024 2023 2022 Revenues:")
SEG_ROWS = f"{SEG_HEAD}\nProducts $ 300 $ 280 $ 250\nServices 60 50 40\n"
SEG_MORE = f"{SEG_HEAD}\nTotal revenues 360 330 290\nOperating income $ 121 $ 110 $ 100\nAdjusted operating income $ 140 $ 125 $ 112\n"


def _segment_store() -> GetChunks:
    return store([chunk(3, SEG_LEAD, "text"), chunk(4, SEG_ROWS), chunk(5, SEG_MORE)])


def test_a_text_chunk_leading_into_a_table_is_read_with_the_table_under_its_title() -> None:
    joined = whole_tables([_hit(3, SEG_LEAD, "text")], _segment_store())
    assert len(joined) == 1 and joined[0].chunk_id == "d:v1:00004" and joined[0].kind == "table"
    assert joined[0].text.splitlines()[0].endswith("summarizes the Garden segment's results for the periods shown:")
    assert "Operating income $ 121" in joined[0].text


def test_a_compound_rate_of_a_segment_row_below_a_lead_in_title() -> None:
    question = ("What was the compound annual growth rate of Brackwater Home's Garden segment total revenues from "
                "2022 to 2024? Percent, one decimal.")
    got = table_derived(question, parse_question(question, []), [_hit(3, SEG_LEAD, "text")],
                        _segment_store())
    assert got is not None and got[1].value == pytest.approx(11.4, abs=0.05)  # (360 / 290)^(1/2) - 1


def test_the_row_named_exactly_is_read_beside_a_row_that_adds_a_word() -> None:
    # "Adjusted operating income" names one word the question does not: another measure, no rival
    question = ("What was the compound annual growth rate of Brackwater Home's Garden segment operating income from "
                "2022 to 2024? Percent, one decimal.")
    got = table_derived(question, parse_question(question, []), [_hit(4, SEG_ROWS)], _segment_store())
    assert got is not None and got[1].value == pytest.approx(10.0, abs=0.05)  # (121 / 100)^(1/2) - 1


def test_a_mean_of_a_row_in_the_next_chunk_is_worked_out() -> None:
    question = "What was Brackwater Home's Garden segment average annual operating income over 2022-2024? $ millions."
    got = table_derived(question, parse_question(question, []), [_hit(4, SEG_ROWS)], _segment_store())
    assert got is not None and got[1].value == pytest.approx(110.333, abs=0.01)  # (121 + 110 + 100) / 3


@pytest.mark.parametrize("lead", [
    "Garden Segment results were $300 million in 2024:\nChange Year Ended December 31, 2024 vs. 2023 (in millions) "
    "2024 2023 2022 Revenues:",  # the sentences state figures of their own
    "Garden Segment The following table summarizes the Garden segment's results.\nSee Note 4.",  # no header repeated
])
def test_a_text_chunk_that_is_no_tables_lead_in_joins_nothing(lead: str) -> None:
    assert whole_tables([_hit(3, lead, "text")], store([chunk(3, lead, "text"), chunk(4, SEG_ROWS)])) == []


def test_a_lead_in_does_not_stand_for_a_first_line_that_names_a_part() -> None:
    # "Garden Segment Summary 2024 2023 2022" names the segment: a title standing in for it would drop that
    first = "Garden Segment Summary 2024 2023 2022"
    lead = f"Results were driven by volume. Segment Summary\n{first}"
    rows = f"{first}\nRevenue $ 300 $ 280 $ 250\n"
    assert whole_tables([_hit(3, lead, "text")], store([chunk(3, lead, "text"), chunk(4, rows)])) == []
