"""A row whose label states its own unit ("($/oz)", "per tonne milled", "(cents)", "(days)") is not in
its table's "(in millions)" scale, and the answer writes the row's unit (made-up tables)."""

from __future__ import annotations

from assistant.core.answer.key_figure import key_figure
from assistant.core.answer.question import Question, analyse
from assistant.core.answer.unit_choice import Unit
from assistant.core.finance.row_units import own_unit, per_unit_words, unscaled_by_table
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import SearchHit


def _hit(text: str) -> SearchHit:
    return SearchHit(chunk_id="b:0", doc_id="b", title="Birchmoor Metals interim report", source="/b.pdf", page=2,
                     text=text, score=1.0, company="Birchmoor Metals", period=None)


def _question(text: str) -> Question:
    return analyse(parse_question(text, []), [])


def _key(table: str, row: str, question: str, cell: int = -1) -> tuple[float, str | None, str]:
    text = f"{table}\n{row}"
    start = text.index(row)
    fig = parse_quantities(row)[cell]
    unit = Unit(hit=0, pos=0, start=start, end=len(text), row=True, header="", stems=set())
    key = key_figure(_question(question), fig, [_hit(text)], unit, question=question)
    return key.value or 0.0, key.scale, key.text


_TABLE = "(US$ in millions, except tonnes and per tonne data)"


def test_a_rate_per_unit_row_takes_no_scale_from_its_table() -> None:
    value, scale, text = _key(_TABLE, "Realized copper price ($/t)  9,412  8,870", "Birchmoor's realized copper price in 2026?")
    assert value == 8870 and scale is None
    assert text.endswith("per tonne")


def test_a_rate_written_in_words_takes_no_scale() -> None:
    _, scale, text = _key(_TABLE, "Site costs per tonne milled  41.7  39.2", "Birchmoor's site cost in 2026?")
    assert scale is None and text.endswith("per tonne")


def test_an_amount_row_of_the_same_table_keeps_its_scale() -> None:
    _, scale, _ = _key(_TABLE, "Revenue  1,204.5  1,101.2", "Birchmoor's revenue in 2026?")
    assert scale == "million"


def test_a_change_column_before_the_cell_does_not_unscale_the_row() -> None:
    # The "%" of a change column printed before the asked cell is no unit of the row's label.
    _, scale, _ = _key(_TABLE, "Smelting  311.4  290.0  7.4%  902.6  844.1", "Birchmoor's smelting revenue for nine months?", cell=3)
    assert scale == "million"


def test_own_units_read_from_labels() -> None:
    assert own_unit("Average realized price (US$ per ounce)") == "per ounce"
    assert own_unit("Cash cost ($/oz sold) (2)") == "per ounce sold"
    assert own_unit("Unit revenue (cents)") == "cents"
    assert own_unit("Inventory days (days)") == "days"
    assert per_unit_words("Fuel cost per available seat mile") == "per available seat mile"
    # its own scale, a rate quoted inside an amount's label, and a plain amount: not unscaled
    assert not unscaled_by_table("Order book per customer (A$ thousands)")
    assert not unscaled_by_table("Dividends declared ($1.20 and $1.10 per share)")
    assert not unscaled_by_table("Net sales")


def test_a_source_cited_with_per_is_no_unit() -> None:
    assert own_unit("Cash and equivalents per Consolidated Balance Sheets") is None
    assert own_unit("Income tax per the statutory rate") is None
    assert own_unit("Average fuel cost per gallon ($)") == "per gallon"
