"""Amounts a row's label states in its own words ("net of tax of $4, $7 and $9") are the label's:
the row stays one row, and its cells are the figures after them."""

from __future__ import annotations

from assistant.core.answer.moved_asked import moved_doubt
from assistant.core.answer.spans import label_figures, split_units
from assistant.core.numbers import parse_quantities
from assistant.core.types import Answer, Citation, KeyFigure

PAGE = """Orrin Holdings Statements of Comprehensive Income
(in millions)
Years ended June 30,  2024  2023  2022
Net earnings  $  1,210  $  1,045  $  990
Translation adjustments, net of tax of $(6), $8 and $2  (44)  61  (13)
Losses on interest rate hedges, net of taxes of $11, $140 and $93  (37)  (402)  (288)
Pension remeasurement, net of tax of ($3), ($9)
and $17  88  240  (51)
Reclassified gains on hedges, net of tax of $5, $1 and
($2)  12  (4)  7
Total other comprehensive income  19  (105)  (345)
"""


def _units(text: str) -> list[tuple[bool, str]]:
    return [(row, text[a:b]) for a, b, row, _ in split_units(text)]


def _cells(row: str) -> list[float]:
    inside = label_figures(row)
    return [x.value for x in parse_quantities(row) if not x.is_year and not any(s <= x.start < e for s, e in inside)]


def test_a_label_listing_its_own_amounts_stays_one_row() -> None:
    units = _units(PAGE)
    hedges = [t for row, t in units if row and t.startswith("Losses on interest rate hedges")]
    assert hedges == ["Losses on interest rate hedges, net of taxes of $11, $140 and $93  (37)  (402)  (288)"]
    assert _cells(hedges[0]) == [-37.0, -402.0, -288.0]
    assert not any(t.startswith((",", "and")) for _, t in units)  # no piece cut from a label's list


def test_a_list_wrapped_onto_the_cells_line_is_read_with_its_row() -> None:
    rows = [t for row, t in _units(PAGE) if row]
    pension = next(t for t in rows if t.startswith("Pension remeasurement"))
    assert pension.endswith("and $17  88  240  (51)") and _cells(pension) == [88.0, 240.0, -51.0]
    reclassified = next(t for t in rows if t.startswith("Reclassified gains"))
    assert _cells(reclassified) == [12.0, -4.0, 7.0]


def test_amounts_the_label_goes_on_after_are_its_own() -> None:
    assert _cells("Senior notes of $750 million due 2031  742  741") == [742.0, 741.0]
    assert _cells("Receivables (net of allowance of $12)  1,406  1,288") == [1406.0, 1288.0]


def test_plain_rows_keep_every_cell() -> None:
    assert _cells("Total other comprehensive income  19  (105)  (345)") == [19.0, -105.0, -345.0]
    assert _cells("Cost of sales  $  640  $  602") == [640.0, 602.0]
    # "of" before the row's own cells with no words after them: still cells
    assert _cells("Effect of exchange rates  (12)  9") == [-12.0, 9.0]


def _quoted(quote: str, value: float) -> Answer:
    cite = Citation(n=1, doc_id="orrin-10k", title="Orrin 10-K", source="orrin.pdf", page=52, quote=quote, score=1.0)
    key = KeyFigure(value=value, unit="USD", scale="million", text=f"${abs(value):,.0f} million")
    return Answer(question="q", answer=f"{key.text} [1]", mode="extractive", key_figure=key, citations=[cite])


def test_net_of_tax_named_by_the_line_is_no_subtraction_asked() -> None:
    row = "Losses on interest rate hedges, net of taxes of $11, $140 and $93 (37) (402) (288)"
    asked = "Orrin's losses on interest rate hedges (net of taxes) in 2023, in millions?"
    assert moved_doubt(asked, _quoted(row, -402.0)) is None
    # a subtraction the quoted line does not name stays asked: one level is no answer to it
    level = "Gross proceeds from the offering were $402 million, before underwriting fees."
    assert moved_doubt("What were Orrin's offering proceeds net of fees? USD millions.", _quoted(level, 402.0)) is not None
