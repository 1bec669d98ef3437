"""Parsing, comparing and writing financial numbers (assistant.core.numbers)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.numbers import (
    SCALES,
    Quantity,
    detect_scale_statement,
    format_quantity,
    matches_with_rounding,
    normalise_scale,
    normalise_unit,
    numbers_match,
    parse_quantities,
    parse_quantity,
    scale_multiplier,
    significant_digits,
    to_base,
)
from tests.conftest import FINANCEBENCH, needs_shared


def one(text: str) -> Quantity:
    q = parse_quantity(text)
    assert q is not None, text
    return q


def figures(text: str) -> list[tuple[float, float | None, str | None, str | None]]:
    return [(q.value, q.high, q.scale, q.unit) for q in parse_quantities(text) if not q.is_year]


# --- parsing every notation ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "scale", "unit"),
    [
        ("$22.91 million", 22.91, "million", "USD"),
        ("US$1.2bn", 1.2, "billion", "USD"),
        ("€1 billion", 1.0, "billion", "EUR"),
        ("approximately €1 billion", 1.0, "billion", "EUR"),
        ("EUR 7.8 million", 7.8, "million", "EUR"),
        ("$4.6B", 4.6, "billion", "USD"),
        ("4,625", 4625.0, None, None),
        ("(1,577)", -1577.0, None, None),
        ("$(1,577)", -1577.0, None, "USD"),
        ("($1,577)", -1577.0, None, "USD"),
        ("-3.2%", -3.2, None, "percent"),
        ("−3.2%", -3.2, None, "percent"),
        ("(3.2)%", -3.2, None, "percent"),
        ("59.6%", 59.6, None, "percent"),
        ("59.6 percent", 59.6, None, "percent"),
        ("59.6 per cent", 59.6, None, "percent"),
        ("1.5 percentage points", 1.5, None, "pp"),
        ("1.5% points", 1.5, None, "pp"),
        ("a 6- percentage-point rise", 6, None, "pp"),  # a hyphen the PDF line break left apart
        ("50 bps", 50.0, None, "bp"),
        ("$591,000", 591000.0, None, "USD"),
        ("0.35x", 0.35, None, "x"),
        ("2.7 times", 2.7, None, "x"),
        ("2.8%", 2.8, None, "percent"),
        ("1 billion", 1.0, "billion", None),
        ("NOK 250m", 250.0, "million", "NOK"),
        ("SEK 12.5 mn", 12.5, "million", "SEK"),
        ("7.8 million euros", 7.8, "million", "EUR"),
        ("$1,577.00", 1577.0, None, "USD"),
        ("$1577.00", 1577.0, None, "USD"),
        ("24.26%", 24.26, None, "percent"),
        ("The answer is 24.26%.", 24.26, None, "percent"),
        ("$9068.00", 9068.0, None, "USD"),
        ("$400,000,000 increase.", 400_000_000.0, None, "USD"),
        ("$1097 million", 1097.0, "million", "USD"),
        ("$2 trillion", 2.0, "trillion", "USD"),
        ("£3.5k", 3.5, "thousand", "GBP"),
        ("$ 39,403", 39403.0, None, "USD"),
        ("+4.1%", 4.1, None, "percent"),
        (".5%", 0.5, None, "percent"),
    ],
)
def test_parses_notation(text: str, value: float, scale: str | None, unit: str | None) -> None:
    q = one(text)
    assert (q.value, q.scale, q.unit) == (value, scale, unit)
    assert not q.is_year


def test_span_and_raw_point_at_the_source_text() -> None:
    text = "Revenue reached $22.91 million, a 59.6% increase."
    qs = parse_quantities(text)
    assert [q.raw for q in qs] == ["$22.91 million", "59.6%"]
    assert all(text[q.start : q.end] == q.raw for q in qs)


def test_base_value_applies_scale_but_not_to_percent() -> None:
    assert one("$22.91 million").base_value == pytest.approx(22_910_000)
    assert one("$4.6B").base_value == pytest.approx(4.6e9)
    assert one("59.6%").base_value == pytest.approx(59.6)  # not 0.596
    assert one("(1,577)").base_value == -1577


@pytest.mark.parametrize(
    ("text", "low", "high", "scale", "unit"),
    [
        ("13 to 16%", 13, 16, None, "percent"),
        ("13–16%", 13, 16, None, "percent"),
        ("13-16%", 13, 16, None, "percent"),
        ("13%-16%", 13, 16, None, "percent"),
        ("between 13% and 16%", 13, 16, None, "percent"),
        ("$2.1-2.3 billion", 2.1, 2.3, "billion", "USD"),
        ("$2.1 to $2.3 billion", 2.1, 2.3, "billion", "USD"),
        ("2 to 3 times", 2, 3, None, "x"),
        ("an operating margin of 13 to 16% by 2030", 13, 16, None, "percent"),
    ],
)
def test_ranges(text: str, low: float, high: float, scale: str | None, unit: str | None) -> None:
    q = one(text)
    assert (q.value, q.high, q.scale, q.unit) == (low, high, scale, unit)


@pytest.mark.parametrize(
    "text",
    [
        "margin rose from 47.3% to 48.2%",  # a change, not a range
        "grew from $591,000 to $1.81 million",
        "$2 million to $3 billion",  # different scales
        "16 to 13%",  # low above high
        "up 5% and 6%",  # "and" without "between"
    ],
)
def test_not_ranges(text: str) -> None:
    assert all(q.high is None for q in parse_quantities(text))
    assert len(parse_quantities(text)) == 2


def test_table_row_gives_one_quantity_per_cell() -> None:
    assert figures("Revenue $ 39,403 $ 39,528") == [(39403, None, None, "USD"), (39528, None, None, "USD")]
    pdf_row = "Revenue\n $\n39,403\n $\n39,528\n $\n40,339"
    assert [q.value for q in parse_quantities(pdf_row)] == [39403, 39528, 40339]
    assert [q.value for q in parse_quantities("Interestexpense\n\n(72) \n(80) \n(90)")] == [-72, -80, -90]


def test_glued_pdf_text_still_parses() -> None:
    assert [q.value for q in parse_quantities("netoftaxexpenseof$7,$1and$0")] == [7, 1, 0]
    assert [q.value for q in parse_quantities("Revenue39,403Costofgoods")] == [39403]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("FY2022 revenue", [2022]),
        ("in 2023", [2023]),
        ("Q1 2026 results", [2026]),
        ("FY 2023 and FY22", [2023, 22]),
        ("fiscal 2021", [2021]),
        ("from 2022-2023", [2022, 2023]),
        ("(2019)", [2019]),
        ("the quick ratio at the Jun'23 close", [23]),
        ("Q2’24 results against Dec. '22", [24, 22]),
    ],
)
def test_years_are_flagged(text: str, years: list[float]) -> None:
    qs = parse_quantities(text)
    assert [q.value for q in qs] == years
    assert all(q.is_year for q in qs)


def test_a_row_label_ending_in_notes_keeps_its_comma_grouped_amount() -> None:
    assert [q.value for q in parse_quantities("Senior notes 41,207 38,100")] == [41207, 38100]
    assert parse_quantities("see Note 7 and Item 1A") == []


def test_year_like_figures_are_not_years() -> None:
    for text in ("$2023", "2,023 stores", "2023%", "2023.5", "2023 million"):
        assert not one(text).is_year, text
    assert not one("1989 units").is_year  # outside 1990-2099


@pytest.mark.parametrize(
    "text",
    [
        "as reported [3]",
        "see [1, 3] and [1][2] and [2-4]",
        "January 28, 2017",  # the day is not a figure; the year is flagged
        "on 28 January",
        "Jan. 5",
        "on 12/31/2022 at 10:30",
        "dated-2023-08-30",
        "Q1 and H2 and 3Q and 5G",
        "Form 10-K and 8-K",
        "COVID-19",
        "the 1st and 2nd and 23rd",
        "Note 7, page 54, Item 1 and Level 3",
        "Revenue(1)",
        "1. Revenue\n2) Costs",
    ],
)
def test_labels_markers_and_dates_are_not_figures(text: str) -> None:
    assert figures(text) == []


def test_citation_marker_next_to_a_figure() -> None:
    assert figures("revenue of $22.91 million[1] and 59.6% [2]") == [
        (22.91, None, "million", "USD"),
        (59.6, None, None, "percent"),
    ]


def test_parentheses_negative_only_when_accounting_style() -> None:
    assert one("($1.8 bn)").value == 1.8  # an aside with a scale word
    assert one("$(5) million").base_value == -5e6  # the parenthesis closes on the digits
    assert one("Revenue grew strongly (59.6%)").value == 59.6  # an aside after a word
    assert one("48.2% (3.2%)").value == 48.2
    assert parse_quantities("48.2% (3.2%)")[1].value == -3.2  # a table cell after a figure
    assert one("about $14.35 million (22.91 / 1.596)").value == 14.35
    assert [q.value for q in parse_quantities("(22.91 / 1.596)")] == [22.91, 1.596]


def test_single_letter_scale_needs_currency_or_no_space() -> None:
    assert one("5 m").scale is None
    assert one("$5 m").scale == "million"
    assert one("250m").scale == "million"
    assert one("5 M&A deals").scale is None


def test_parse_quantity_prefers_first_non_year() -> None:
    assert one("In FY2022, restructuring costs were $411 million.").value == 411
    assert one("Q2 FY2024 stores fell by 1.32%").value == 1.32
    q = parse_quantity("fiscal 2022")
    assert q is not None and q.is_year
    assert parse_quantity("no figures here") is None


# --- scales and statements ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("alias", "name"),
    [(a, "thousand") for a in ("k", "K", "thousand", "thousands")]
    + [(a, "million") for a in ("m", "mn", "mm", "M", "MM", "million", "millions")]
    + [(a, "billion") for a in ("b", "bn", "B", "billion", "billions")]
    + [(a, "trillion") for a in ("t", "tn", "trillion")],
)
def test_scale_aliases(alias: str, name: str) -> None:
    assert normalise_scale(alias) == name
    assert scale_multiplier(alias) == SCALES[name]


def test_unknown_scale_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown scale"):
        normalise_scale("zillion")
    assert normalise_scale(None) is None


def test_units_normalise() -> None:
    assert [normalise_unit(u) for u in ("%", "pct", "usd", "$", "dollars", "€", "count", None)] == [
        "percent", "percent", "USD", "USD", "USD", "EUR", "count", None,
    ]


def test_to_base() -> None:
    assert to_base(one("$4.6 billion"), "million") == pytest.approx(4600)
    assert to_base(one("$591,000"), "million") == pytest.approx(0.591)
    assert to_base(one("59.6%"), "million") == pytest.approx(59.6)
    assert to_base(4625.0, None) == 4625.0


@pytest.mark.parametrize(
    ("text", "scale"),
    [
        ("Consolidated Balance Sheets (in millions)", "million"),
        ("($ in millions, except per share amounts)", "million"),
        ("$ and shares in millions, except per share amounts", "million"),
        ("(in thousands, except per share data)", "thousand"),
        ("(Dollars in Billions)", "billion"),
        ("(Dollars in Millions Except Per Share Amounts)", "million"),
        ("$andsharesinmillions,exceptpershareamounts", "million"),
        ("Amounts (€m)", "million"),
        ("Amounts (NOK mn)", "million"),
        ("(000s)", "thousand"),
        ("(USD thousands)", "thousand"),
        ("(MILLIONS, EXCEPT PER SHARE DATA)", "million"),
        ("($ million, except per share data)", "million"),
        ("(thousands, except share counts)", "thousand"),
        ("(In millions of dollars)", "million"),
        ("(Millions of dollars, except per share amounts)", "million"),
        ("(US$ million)", "million"),
        ("(U.S. dollars in thousands)", "thousand"),
        ("(millions of shares)", None),
        ("in millions of units sold", None),
        ("Revenue grew to $4 million.", None),
        ("millions of customers rely on us", None),
        ("(a) first item (m) last item", None),
    ],
)
def test_detect_scale_statement(text: str, scale: str | None) -> None:
    assert detect_scale_statement(text) == scale


# --- comparing ----------------------------------------------------------------------------


def test_same_figure_in_different_notations() -> None:
    assert numbers_match(one("$22.91 million"), one("$22,910,000"))
    assert numbers_match(one("€1 billion"), one("€1,000 million"))
    assert numbers_match(one("$591,000"), one("$0.591 million"))
    assert numbers_match(one("US$1.2bn"), one("$1.2 billion"))
    assert numbers_match(one("59.6%"), one("59.6 percent"))


def test_gold_billion_against_table_in_millions() -> None:
    gold, cell = one("$4.6 billion"), one("4,625")
    assert not numbers_match(gold, cell)  # 4.6e9 vs 4,625 units
    assert numbers_match(gold, cell, context_scale="million")
    assert numbers_match(gold, cell, scale_agnostic=True)
    assert matches_with_rounding(gold, cell, rel_tol=0.0, context_scale="million")
    assert matches_with_rounding(gold, 4625, rel_tol=0.0, scale_agnostic=True)


def test_wrong_scale_never_matches() -> None:
    assert not numbers_match(one("$4.6 billion"), one("$4.6 million"))
    assert not numbers_match(one("$4.6 billion"), one("$4.6 million"), scale_agnostic=True)
    assert not matches_with_rounding(one("$4.6 billion"), one("$4.6 million"), scale_agnostic=True)


def test_wrong_sign() -> None:
    assert not numbers_match(one("(1,577)"), one("1,577"))
    assert not numbers_match(one("-3.2%"), one("3.2%"))
    assert numbers_match(one("(1,577)"), one("-1,577"))
    assert numbers_match(one("(1,577)"), one("1,577"), ignore_sign=True)


def test_relative_tolerance_on_both_sides() -> None:
    gold = one("$100 million")
    assert numbers_match(gold, one("$100.9 million"))  # 0.9% off
    assert numbers_match(gold, one("$99.1 million"))
    assert not numbers_match(gold, one("$101.2 million"))  # 1.2% off
    assert not numbers_match(gold, one("$98.8 million"))
    assert numbers_match(gold, one("$101.2 million"), rel_tol=0.02)
    assert numbers_match(0.0, 0.0) and not numbers_match(0.0, 1e-6)


def test_rounding_follows_the_digits_shown() -> None:
    stated = one("$4.6 billion")
    for exact in (4.551e9, 4.6e9, 4.649e9):
        assert matches_with_rounding(stated, exact, rel_tol=0.0)
    for exact in (4.54e9, 4.66e9):
        assert not matches_with_rounding(stated, exact, rel_tol=0.0)
    assert matches_with_rounding(one("59.6%"), 59.65, rel_tol=0.0)
    assert not matches_with_rounding(one("59.6%"), 59.66, rel_tol=0.0)
    assert matches_with_rounding(one("$1577.00"), 1577.004, rel_tol=0.0)
    assert not matches_with_rounding(one("$1577.00"), 1577.01, rel_tol=0.0)
    # rel_tol still applies on top: 4.6 vs 4.7 is 2.2% apart
    assert matches_with_rounding(stated, 4.7e9, rel_tol=0.03)


def test_rounding_across_scales_is_capped() -> None:
    # "$1" is a rounding of 1,228 read in thousands, but that is chance, not grounding
    assert not matches_with_rounding(one("$1"), one("1,228"), rel_tol=0.0, scale_agnostic=True)
    assert matches_with_rounding(one("$1.2 thousand"), 1228, rel_tol=0.0)


def test_percent_and_fraction_only_when_asked() -> None:
    assert not numbers_match(0.308, one("30.8%"))
    assert not numbers_match(one("30.8%"), 0.308)
    assert numbers_match(0.308, one("30.8%"), allow_fraction=True)
    assert numbers_match(one("30.8%"), 0.308, allow_fraction=True)
    assert not numbers_match(one("30.8%"), one("$0.308"), allow_fraction=True)


def test_percent_and_points() -> None:
    assert not numbers_match(one("1.5 percentage points"), one("1.5%"))
    assert numbers_match(one("1.5 percentage points"), one("1.5%"), loose_percent=True)
    assert numbers_match(one("150 bps"), one("1.5 percentage points"))
    assert not numbers_match(one("150 bps"), one("1.5%"))


def test_units_must_agree() -> None:
    assert not numbers_match(one("€281 million"), one("$281 million"))
    assert not numbers_match(one("$59.6"), one("59.6%"))
    assert numbers_match(one("$281 million"), one("281 million"))  # no unit = table cell
    assert numbers_match(Quantity(44682, unit="count"), one("44,682 shares"))


def test_ranges_compare_end_to_end() -> None:
    gold = one("13 to 16%")
    assert numbers_match(gold, one("between 13% and 16%"))
    assert not numbers_match(gold, one("13 to 17%"))
    assert not numbers_match(gold, one("13%"))
    assert numbers_match(one("$2.1-2.3 billion"), one("$2,100 to $2,300 million"))


def test_quantities_built_by_hand_are_normalised() -> None:
    gold = Quantity(22.91, scale="Million", unit="usd")
    assert numbers_match(gold, one("$22.91 million"))
    assert numbers_match(Quantity(59.6, unit="%"), one("59.6%"))


def test_significant_digits() -> None:
    assert [significant_digits(one(t)) for t in ("0.54", "$20 billion", "7%", "59.6%", "1,577")] == [
        2, 2, 1, 3, 4,
    ]


# --- writing and round trips --------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "text"),
    [
        (Quantity(22.91, "million", "USD", decimals=2), "$22.91 million"),
        (Quantity(59.6, None, "percent"), "59.6%"),
        (Quantity(-1577, decimals=0), "(1,577)"),
        (Quantity(-1577, unit="USD", decimals=0), "($1,577)"),
        (Quantity(-3.2, unit="percent"), "-3.2%"),
        (Quantity(250, "million", "NOK", decimals=0), "NOK 250 million"),
        (Quantity(13, None, "percent", high=16, decimals=0), "13 to 16%"),
        (Quantity(2.1, "billion", "USD", high=2.3), "$2.1 to 2.3 billion"),
        (Quantity(1.5, unit="pp"), "1.5 percentage points"),
        (Quantity(0.35, unit="x"), "0.35x"),
        (Quantity(2022, decimals=0), "2,022"),
    ],
)
def test_format_quantity(q: Quantity, text: str) -> None:
    assert format_quantity(q) == text


_UNITS = st.sampled_from([None, "USD", "EUR", "GBP", "NOK", "SEK", "JPY", "percent", "pp", "x"])
_SCALES = st.sampled_from([None, *SCALES])


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    unit = draw(_UNITS)
    scale = None if unit in ("percent", "pp", "x") else draw(_SCALES)
    decimals = draw(st.integers(0, 4))
    mantissa = draw(st.integers(-(10**10), 10**10))
    value = mantissa / 10**decimals
    if draw(st.booleans()):  # sometimes a range
        span = draw(st.integers(0, 10**6))
        return Quantity(value, scale, unit, high=(mantissa + span) / 10**decimals, decimals=decimals)
    return Quantity(value, scale, unit, decimals=decimals)


@settings(max_examples=300, deadline=None)
@given(quantities())
def test_format_then_parse_round_trip(q: Quantity) -> None:
    text = format_quantity(q)
    back = parse_quantities(text)
    assert len(back) == 1, (text, back)
    b = back[0]
    assert (b.value, b.high, b.scale, b.unit) == (q.value, q.high, q.scale, q.unit), text
    assert b.raw == text and not b.is_year
    assert b.shown_decimals == q.decimals


@settings(max_examples=100, deadline=None)
@given(quantities(), st.sampled_from(["Revenue was {} [2].", "({}) ", "In FY2023, {}, up"]))
def test_round_trip_inside_a_sentence(q: Quantity, template: str) -> None:
    if template.startswith("(") and q.value < 0:
        return  # "((1,577))" is not a notation anyone writes
    text = template.format(format_quantity(q))
    back = [x for x in parse_quantities(text) if not x.is_year]
    assert len(back) == 1, text
    assert numbers_match(back[0], q, rel_tol=0.0) or (template.startswith("(") and back[0].value == -q.value)


@settings(max_examples=100, deadline=None)
@given(quantities())
def test_a_figure_matches_itself_and_its_base(q: Quantity) -> None:
    assert numbers_match(q, q, rel_tol=0.0)
    assert matches_with_rounding(q, q, rel_tol=0.0)
    if q.high is None and q.unit not in ("percent", "pp", "x") and q.scale:
        assert numbers_match(q, Quantity(q.base_value, None, q.unit), rel_tol=1e-12)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,$%()-– []abcQFY\n")), max_size=40))
def test_parser_never_crashes_and_spans_are_exact(text: str) -> None:
    for q in parse_quantities(text):
        assert text[q.start : q.end] == q.raw
        assert 0 <= q.start < q.end <= len(text)


# --- the development set ------------------------------------------------------------------


@needs_shared()
def test_financebench_numeric_gold_answers_parse() -> None:
    rows = [json.loads(line) for line in (FINANCEBENCH / "questions_dev.jsonl").open()]
    answers = {r["answer"] for r in rows}
    short = [a for a in ("2.8%", "$5409.00", "$4.60", "16.5%", "$9068.00") if a in answers]
    assert len(short) >= 3
    for text in short:
        q = one(text)
        assert not q.is_year and q.value == float(text.strip("$%"))
    assert one("Total amount Pepsico may borrow = $8,400,000,000.").value == 8.4e9
    assert one("Best Buy generated the most cash flow in FY 2023 ($1.8 bn)").base_value == 1.8e9
    evidence = rows[0]["evidence"][0]["evidence_text_full_page"]
    assert detect_scale_statement(evidence) == "million"
    values = [q.value for q in parse_quantities(evidence) if not q.is_year]
    assert {39403, 39528, 40339, 1228, 897, 1233, -72, 3.86} <= set(values)


def test_a_note_mark_before_a_rows_dollar_figure_is_not_a_figure() -> None:
    from assistant.core.number_parsing import parse_quantities

    marked = parse_quantities("Worldwide excluding COVID-19 Vaccine (3) $ 23,017 23,186")
    assert [q.value for q in marked] == [23017, 23186]
    # A real negative first figure stays one.
    assert [q.value for q in parse_quantities("Restructuring charges (7) 34")] == [-7, 34]


def test_several_note_marks_before_a_rows_first_dollar_figure_are_no_figures() -> None:
    # "(1) (3)" after a label are references to footnotes, not negative one and negative three.
    row = "Average borrowings outstanding (1) (3) $ 62,410 $ 58,903"
    assert [q.value for q in parse_quantities(row)] == [62410.0, 58903.0]
    assert [q.value for q in parse_quantities("Freight rebates (2) $ 1,204 $ 998")] == [1204.0, 998.0]
    # Accounting negatives after the first dollar figure stay values.
    assert [q.value for q in parse_quantities("Net change $ (4) (7) 12")] == [-4.0, -7.0, 12.0]


def test_cells_run_together_by_extraction_are_no_figures() -> None:
    # "41,30742,118" is 41,307 and 42,118 glued; "8.39.1" is 8.3 and 9.1: no part of either is a figure
    assert [q.value for q in parse_quantities("Orvane sales  41,30742,118  8.39.1")] == []
    # well-formed figures beside them still read
    assert [q.value for q in parse_quantities("Orvane sales 41,307 and 42,118, up 8.3% (9.1 points).")] == [
        41307.0, 42118.0, 8.3, 9.1]
