"""A table row's scale comes from the note heading its own table, not another table's earlier in
the same passage (made-up tables and companies)."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.query import parse_question
from assistant.core.scale_statements import scale_statement_above
from assistant.core.settings import Settings
from assistant.core.types import SearchHit

PAGE = (
    "Borrowings (in millions)\n"
    "2025 2024\n"
    "Term loan 1,250 1,300\n"
    "Revolving facility 400 350\n"
    "Lease commitments by year (in thousands)\n"
    "2025 2024\n"
    "Warehouse leases 8,420 7,960\n"
    "Vehicle leases 2,115 1,880"
)


def test_the_nearest_note_above_the_row_is_its_tables() -> None:
    at = PAGE.index("Warehouse leases")
    assert scale_statement_above(PAGE, at) == "thousand"
    assert scale_statement_above(PAGE, PAGE.index("Term loan")) == "million"
    assert scale_statement_above(PAGE, 0) is None


def test_a_row_under_a_thousands_table_is_stated_in_thousands() -> None:
    question = "What were Fernhill Logistics' warehouse leases in 2025? USD thousands."
    hit = SearchHit(chunk_id="fl:1", doc_id="fl", title="Fernhill Logistics 2025 10-K", source="/d/fl.txt", page=40,
                    text=PAGE, score=1.0, kind="table", company="Fernhill Logistics", period="FY 2025")
    a = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [hit], parse_question(question, []))
    assert not a.refused, a.answer
    assert a.key_figure is not None and a.key_figure.value == 8420
    assert a.key_figure.scale == "thousand", a.answer


def test_a_second_tables_rows_carry_its_own_header() -> None:
    from assistant.core.answer.spans import split_units

    text = ("Three Months Ended\n2025 2024\nParts revenue 410 380\n"
            "Six Months Ended\n2025 2024\nParts revenue 820 700\n")
    rows = [(text[a:b], hdr) for a, b, row, hdr in split_units(text) if row]
    assert rows[0] == ("Parts revenue 410 380", "Three Months Ended\n2025 2024")
    assert rows[1] == ("Parts revenue 820 700", "Six Months Ended\n2025 2024")


def test_the_first_tables_rows_keep_the_passages_heading_lines() -> None:
    from assistant.core.answer.spans import split_units

    text = "Segment results (in millions)\n2025 2024\nNorth 120 110\nSouth 90 85\n"
    rows = [hdr for a, b, row, hdr in split_units(text) if row]
    assert rows == ["Segment results (in millions)\n2025 2024"] * 2
