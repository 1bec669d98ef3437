"""A quoted figure without a year takes its period from the heading or opener just above it."""

from assistant.core.answer.period_above import period_above

_HEADED = ("The plan was closed. 2019 Annual Review of Reserves During the second quarter of 2019, the "
           "Company reviewed its reserves. The review found no shortfall.")
_QUOTE = "Reserves exceeded the estimate by about 4%."


def test_heading_and_opener_of_another_year_refuse() -> None:
    assert period_above(frozenset({2021}), _HEADED, _QUOTE) == {2019}


def test_heading_of_the_asked_year_answers() -> None:
    assert period_above(frozenset({2019}), _HEADED, _QUOTE) is None


def test_a_quote_naming_its_own_year_is_left_to_the_sentence_reader() -> None:
    assert period_above(frozenset({2021}), _HEADED, "Reserves exceeded the 2021 estimate by about 4%.") is None


def test_paragraph_opener_sets_the_period() -> None:
    above = "In fiscal 2020, the grocer opened nine stores. Costs fell."
    assert period_above(frozenset({2022}), above, "Margin was 4%.") == {2020}
    assert period_above(frozenset({2020}), above, "Margin was 4%.") is None


def test_a_year_inside_a_sentence_is_no_opener() -> None:
    # the nearest year above sits in the body of its sentence: a mention, not the paragraph's period
    above = "In fiscal 2020, the grocer opened stores. It also sold a plant bought in 2016 to a rival. Costs fell."
    assert period_above(frozenset({2022}), above, "Margin was 4%.") is None
    assert period_above(frozenset({2022}), "Sales rose in 2019, on volume. Costs fell.", "Margin was 4%.") is None


def test_comparison_heading_sets_both_years() -> None:
    above = "Fiscal 2020 Compared to Fiscal 2019 Revenue rose. Costs fell."
    assert period_above(frozenset({2022}), above, "Margin was 4%.") == {2019, 2020}
    assert period_above(frozenset({2019}), above, "Margin was 4%.") is None


def test_no_year_asked_reads_nothing() -> None:
    assert period_above(frozenset(), _HEADED, _QUOTE) is None
