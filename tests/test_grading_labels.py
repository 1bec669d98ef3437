"""What a figure is labelled as (`eval.labels`), read against the question's measure."""

from __future__ import annotations

from assistant.core.numbers import Quantity, parse_quantities
from eval.labels import (
    drop_levels,
    label_of,
    label_rank,
    listed_alternative,
    measure_words,
    names_another_measure,
    names_the_asked_measure,
    other_scope,
    per_share,
    sibling_items,
    year_of,
)

OCF = "What was Orbis's FY2022 cash from operating activities? Answer in USD millions."
CAPEX = "What was Orbis's FY2022 capital expenditure?"


def figures(text: str) -> list[Quantity]:
    return [q for q in parse_quantities(text) if not q.is_year]


def test_measure_words_read_synonyms_and_abbreviations_alike() -> None:
    assert measure_words("capex") == measure_words("capital expenditure")
    assert measure_words("capital spending") == measure_words("capital expenditures")
    assert measure_words("net sales") - measure_words("revenue") == {"net"}
    # Stating, rounding and period words name no measure; "Orbis's" is Orbis.
    assert measure_words("Orbis's total was approximately, in FY2022,") == {"orbis"}


def test_a_label_is_the_clause_before_the_figure() -> None:
    text = "Depreciation was $388 million, while capital expenditure was $402 million."
    dep, capex = figures(text)
    assert label_of(text, dep) == measure_words("depreciation")
    assert label_of(text, capex) == measure_words("capital expenditure")
    assert names_another_measure(text, dep, CAPEX) and not names_another_measure(text, capex, CAPEX)
    assert names_the_asked_measure(text, capex, CAPEX) and not names_the_asked_measure(text, dep, CAPEX)


def test_another_measure_needs_words_of_its_own_and_words_missing() -> None:
    text = "Cash from operating activities was $1,200 million. Therefore, free cash flow was $900 million."
    ocf, fcf = figures(text)
    assert names_another_measure(text, fcf, OCF) and not names_another_measure(text, ocf, OCF)
    assert label_rank(text, ocf, OCF) > label_rank(text, fcf, OCF)
    # No label at all names nothing: not another measure.
    bare = "$612 million."
    assert not names_another_measure(bare, figures(bare)[0], OCF)


def test_a_year_labels_the_figure_it_sits_next_to() -> None:
    assert year_of("", " (FY2018) and ") == "2018"  # right after the figure
    assert year_of(" million; FY2022: ", " million; FY2023") == "2022"  # "FY2022: $X"
    assert year_of("revenue was ", " in fiscal 2021, ") == "2021"
    assert year_of("revenue was ", " million") is None


def test_other_scope_reads_part_of_year_segment_and_plans() -> None:
    q = "What was Orbis's FY2022 total revenue?"
    for text, said in [
        ("Revenue was $4,120 million in the fourth quarter of FY2022.", "fourth quarter"),
        ("Q4 FY2022 revenue: $4,120 million.", "Q4"),
        ("Revenue in the Marine segment was $4,120 million.", "segment"),
        ("FY2022 revenue guidance was $4,120 million.", "guidance"),
    ]:
        assert other_scope(text, figures(text)[0], q) == said
    for text in [
        "Revenue across all three segments was $4,120 million in FY2022.",
        "FY2022 revenue was $4,120 million, with Q4 contributing $1,100 million.",
    ]:
        assert other_scope(text, figures(text)[0], q) is None
    # The question asks for the quarter or the segment itself: no objection.
    text = "Revenue was $4,120 million in the fourth quarter of FY2022."
    assert other_scope(text, figures(text)[0], "What was Orbis's Q4 FY2022 revenue?") is None


def test_lists_of_candidates() -> None:
    text = "Capex was $388 million, $402 million or $431 million."
    a, b, c = figures(text)
    assert listed_alternative(text, a, [a, b, c]) is b
    text = "Capex was $388 million, $402 million and $431 million in 2020-2022."
    a, b, c = figures(text)
    assert listed_alternative(text, a, [a, b, c]) is None  # a series, not alternatives
    text = "Net income was $702 million, or $2.15 per diluted share."
    ni, eps = figures(text)
    assert per_share(text, eps) and listed_alternative(text, ni, [ni, eps]) is None


def test_sibling_bullet_items() -> None:
    text = "Capex:\n- $388 million (equipment)\n- $431 million (with software)"
    a, b = figures(text)
    assert sibling_items(text, a, [a, b], CAPEX) == [b]
    text = "- Capital expenditure: $388 million\n- Depreciation: $210 million\n- FY2021: $351 million"
    a, b, c = figures(text)
    assert sibling_items(text, a, [a, b, c], CAPEX) == []  # another measure, another year


def test_a_change_question_skips_the_level_reached() -> None:
    text = "Margin fell from 24.4% to 23.3%, a relative decline of 4.5%."
    qs = figures(text)[1:]
    assert [q.value for q in drop_levels(text, qs, "What was the change in margin?")] == [4.5]
    assert drop_levels(text, qs, "What was the margin?") == qs
