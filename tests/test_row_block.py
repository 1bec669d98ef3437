"""A part-labelled row of a notes table measures what its block's heading says (`answer.row_block`)."""

from assistant.core.answer.row_block import other_block


def test_part_row_under_another_measure_is_refused() -> None:
    q = "What were the Northern division's total assets at the end of fiscal 2020? $M."
    assert other_block(q, "Northern $ 410 $ 395 $ 377", ["Amortization"]) == "Amortization"


def test_part_row_under_the_asked_measure_answers() -> None:
    q = "What were the Northern division's total assets at the end of fiscal 2020? $M."
    assert other_block(q, "Northern $ 9,120 $ 8,870 $ 8,410", ["Total assets"]) is None


def test_heading_named_by_a_synonym_answers() -> None:
    q = "How much did Widgetco sell in Mexico in 2022? USD millions."
    assert other_block(q, "Mexico 1,204 1,150", ["Revenue from outside customers"]) is None


def test_geography_row_under_revenue_for_long_lived_assets_is_refused() -> None:
    q = "Widgetco long-lived assets located in Mexico at year-end 2022? USD millions."
    assert other_block(q, "Mexico 1,204 1,150", ["Revenue from outside customers"]) == "Revenue from outside customers"


def test_row_whose_label_names_a_measure_is_left_alone() -> None:
    q = "What were the Northern division's total assets at the end of fiscal 2020? $M."
    assert other_block(q, "Total amortization $ 512 $ 498", ["Amortization"]) is None


def test_row_of_a_part_the_question_does_not_name_is_left_alone() -> None:
    q = "What were the Northern division's total assets at the end of fiscal 2020? $M."
    assert other_block(q, "Southern $ 410 $ 395", ["Amortization"]) is None


def test_no_heading_or_a_vague_one_decides_nothing() -> None:
    q = "What were the Northern division's total assets at the end of fiscal 2020? $M."
    assert other_block(q, "Northern $ 410 $ 395", []) is None
    assert other_block(q, "Northern $ 410 $ 395", ["Segment information"]) is None


def test_one_of_several_headings_named_answers() -> None:
    q = "Northern division depreciation in fiscal 2020? $M."
    assert other_block(q, "Northern $ 410 $ 395", ["Capital spending", "Depreciation"]) is None
