"""A table's heading read whole where ingest cut it (made-up pages): the days of its dates printed on
their own line under the months, the span line ("13 Weeks Ended  52 Weeks Ended") above three
heading lines, the span line run into the page's prose above a table chunk that lost it, and a
statement chunk that prints no heading read under the heading of the statement chunk above it."""

from __future__ import annotations

from assistant.core.answer.spans import split_units
from assistant.core.answer.table_heading import headed, span_line, spanned
from assistant.core.types import SearchHit
from tests.fakes.chunk_store import chunk, store

DATES = ("February  February  February  February\n3,  4,  3,  4,\n"
         "(Dollars in millions)  2024  2023  2024  2023")
ROWS = "Stores opened, net  9  4  31  27\nSelling square feet  12.6  12.1  12.6  12.1"
# the page's prose with the whole heading run into it, spans first, as a text chunk keeps it
PROSE = ("Harrow Outfitters reported results for the thirteen-week and fifty-two-week periods. "
         "13 Weeks Ended  52 Weeks Ended " + " ".join(DATES.split()))


def _rows(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], hdr) for a, b, row, hdr in split_units(text) if row]


def test_days_under_the_months_are_heading_not_cells() -> None:
    rows = _rows(f"{DATES}\n{ROWS}")
    assert [r for r, _ in rows] == ROWS.splitlines()  # no "3," or ",  4" read as rows
    assert rows[0][1].splitlines()[1] == "3,  4,  3,  4,"


def test_the_span_line_stays_above_three_heading_lines() -> None:
    rows = _rows(f"13 Weeks Ended  52 Weeks Ended\n{DATES}\n{ROWS}")
    assert rows[0][1].splitlines() == ["13 Weeks Ended  52 Weeks Ended", *DATES.splitlines()]


def test_a_span_line_cut_off_is_read_from_the_page_above() -> None:
    table = f"{DATES}\n{ROWS}"
    assert span_line(DATES, [PROSE]) == "13 Weeks Ended  52 Weeks Ended"
    text = spanned(table, ["Net sales  1,210  1,104  4,388  4,010", PROSE])
    assert text == f"13 Weeks Ended  52 Weeks Ended\n{table}"
    assert _rows(text)[0][1].startswith("13 Weeks Ended  52 Weeks Ended\n")


def test_no_span_line_when_it_is_unclear_which() -> None:
    other = PROSE.replace("13 Weeks Ended  52 Weeks Ended", "Three Months Ended  Nine Months Ended")
    assert span_line(DATES, [PROSE, other]) is None  # two headings could apply
    three = PROSE.replace("13 Weeks Ended  52 Weeks Ended", "13 Weeks Ended  26 Weeks Ended  39 Weeks Ended")
    assert span_line(DATES, [three]) is None  # three spans over four columns do not count out
    assert span_line("Three Months Ended\n" + DATES, [PROSE]) is None  # its own spans
    assert span_line(DATES, ["Net sales rose 9% in the year. " + " ".join(DATES.split())]) is None  # none printed


def _hit(i: int, text: str, kind: str) -> SearchHit:
    return SearchHit(chunk_id=f"d:v1:{i:05d}", doc_id="d", title="Harrow Outfitters 10-K", source="/d/d.txt",
                     page=7, text=text, score=1.0, kind=kind, company="Harrow Outfitters", period="FY2023")


def test_a_statement_chunk_is_read_under_the_statement_heading_above_it() -> None:
    top = ("Consolidated Balance Sheets\n(In thousands)\nFebruary 3,  February 4,\n2024  2023\nAssets\n"
           "Cash and cash equivalents  $  88,410  $  71,905\nInventories  402,118  388,760")
    middle = "Prepaid expenses  12,004  10,877\nTotal assets  $  1,902,335  $  1,811,470"  # no heading of its own
    rest = "Current lease liabilities  98,552  94,310\nNon-current lease liabilities  611,870  590,244"
    got = headed([_hit(12, rest, "balance_sheet")],
                 store([chunk(10, top, "balance_sheet"), chunk(11, middle, "balance_sheet")]))
    assert got[0].text.endswith(rest) and "February 3,  February 4,\n2024  2023\n" in got[0].text
    assert "February 3,  February 4,\n2024  2023" in _rows(got[0].text)[0][1]
    # a chunk with its own heading keeps it; a text chunk is no table
    assert headed([_hit(10, top, "balance_sheet")], store([chunk(9, middle, "balance_sheet")]))[0].text == top
    assert headed([_hit(12, rest, "text")], store([chunk(10, top, "balance_sheet")]))[0].text == rest
