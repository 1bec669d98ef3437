"""A table chunk cut from the middle of a table is read under the column heading of the table it
continues (made-up pages): a long line breaks the table, the rows after it print no periods, and
the chunk before on the page holds the heading. A heading whose columns do not count out against the rows, a chunk with its own
heading, another page's heading and a heading past another table's are not borrowed."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.page_tables import page_tables
from assistant.core.answer.table_heading import column_heading, headed, under_heading
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit
from tests.fakes.chunk_store import chunk, store
from tests.fakes.one_passage import passage_figure

HEADING = "(in millions)  Three Months Ended  Six Months Ended\nMarch 30,  March 31,  March 30,  March 31,\n2024  2023  2024  2023"
TOP = f"{HEADING}\nHand tools  $  412  $  398  $  801  $  772\nGarden tools  133  127  240  231"
# the rows after a long product line: ingest's "header" for them is that line's tail, no period
REST = ("for cordless garden equipment sold through dealers\n"
        "Pressure washers  88  91  170  175\nSnow blowers  54  61  203  219")
SENTENCE = "Segment sales by product line for the second quarter are shown below."


def _hit(i: int, text: str, kind: str = "text", page: int = 7) -> SearchHit:
    return SearchHit(chunk_id=f"d:v1:{i:05d}", doc_id="d", title="Larchfield Tools Q2 2024 10-Q", source="/d/d.txt",
                     page=page, text=text, score=1.0, kind=kind, company="Larchfield Tools", period="Q2 2024")


def test_rows_after_a_break_are_read_under_the_heading_above() -> None:
    assert column_heading(REST) is None and column_heading(TOP) == HEADING
    text = under_heading(REST, [TOP])
    assert text is not None
    assert text.startswith("for cordless garden equipment sold through dealers\n" + HEADING + "\nPressure washers")
    assert column_heading(text) == HEADING  # its rows now read the quarter and half-year columns


def test_no_heading_is_borrowed_from_another_table() -> None:
    assert under_heading(TOP, [TOP]) is None  # its own heading
    narrow = "(in millions)  2024  2023\nHand tools  $  412  $  398"  # two columns over rows of four: another table
    assert under_heading(REST, [narrow, TOP]) is None  # nor past the nearest heading to a farther one
    assert under_heading("Pressure washers are sold through dealers.", [TOP]) is None  # no rows


def test_only_a_chunk_of_the_same_page_lends_its_heading() -> None:
    rest = _hit(12, REST, "table")
    assert headed([rest], store([chunk(10, TOP, page=6), chunk(11, "More prose.", "text")]))[0].text == REST
    out = headed([rest], store([chunk(10, TOP), chunk(11, "Pressure washers, a new line, are sold widely.", "text")]))
    assert out[0].text == under_heading(REST, [TOP])


def test_a_pages_table_chunk_is_read_under_its_heading_and_answers_the_period() -> None:
    hits = [_hit(9, SENTENCE), _hit(40, "Another page's sentence.", page=12)]
    paged = page_tables(hits, store([chunk(10, TOP), chunk(11, REST)]))
    assert [h.chunk_id for h in paged] == ["d:v1:00009", "d:v1:00010", "d:v1:00011", "d:v1:00040"]
    assert HEADING in paged[2].text
    question = "What were Larchfield Tools' snow blower sales in the six months ended March 30, 2024? USD millions."
    answer = ExtractiveAnswerer(Settings()).answer(question, paged, parse_question(question, []))
    assert not answer.refused and answer.key_figure is not None and answer.key_figure.value == 203
    assert answer.trace["period_named"] == 1.0  # the column's heading names the period asked


def test_a_note_mark_on_the_column_heading_leaves_it_the_heading() -> None:
    # "2026  2025  2024 (1)": the mark says the last year was restated, it is no cell of a row
    table = ("Cash flows were as follows ($ in millions):\n2026  2025  2024 (1)\nTotal cash provided by (used in):\n"
             "Operating activities  $  1,940  $  1,712  $  1,655\nInvesting activities  (615)  (702)  (588)")
    assert "2026  2025  2024" in str(column_heading(table))  # kept without its mark
    question = "Larchfield Tools' cash flow from investing activities in fiscal 2025? USD millions."
    assert passage_figure(question, table, company="Larchfield Tools", title="Larchfield Tools 2026 10-K",
                          page=41) == -702
    headed_years = "Fiscal years\n2026(a)  2025(a)\nNet sales  4,410  4,122"
    assert "2026  2025" in str(column_heading(headed_years))
