"""The shared year patterns: each says where a year may stand, and the opener builder keeps the
readers' differences as parameters."""

from __future__ import annotations

from assistant.core.finance.years import (
    PART_OF_YEAR_OF,
    YEAR,
    YEAR_DIGITS,
    YEAR_NUMBER,
    YEAR_WORD,
    year_opener,
)


def test_running_text_year_is_no_part_of_an_amount() -> None:
    assert YEAR.findall("Sales in 2021 beat those of 1999.") == ["2021", "1999"]
    assert YEAR.findall("We paid $2021 and 2019% and 2,019 units, 1.2020 too.") == []


def test_word_number_and_digits_differ_on_what_may_touch_the_year() -> None:
    text = "FY2023 and FY 2024, code 120255"
    assert YEAR_WORD.findall(text) == ["2024"]
    assert YEAR_NUMBER.findall(text) == ["2023", "2024"]
    assert YEAR_DIGITS.findall(text) == ["2023", "2024", "2025"]
    assert YEAR_DIGITS.fullmatch("2022") and not YEAR_DIGITS.fullmatch("2022a")


def test_whole_year_opener_reads_no_quarter() -> None:
    lead = year_opener(r"^\W*", spans=r"full[- ]year\s+")
    assert lead.match("During fiscal 2022, the shop opened ten stalls.")
    assert lead.match("For the full-year 2021, costs rose.")
    assert lead.match("In the year ended March 31, 2020, costs rose.")
    assert not lead.match("During the third quarter of 2022, costs rose.")
    assert not lead.match("Costs rose during 2022, mostly late.")


def test_opener_with_heading_words_parts_of_year_and_the_year_as_group() -> None:
    opener = year_opener(r"^(?:[A-Z0-9][\w'’&-]*\s+){0,6}?", prepositions=r"during|in|for|as\s+of|at",
                         spans=PART_OF_YEAR_OF, fiscal_year=True, capture=True)
    m = opener.match("Garden Tools During the second half of fiscal 2019, sales fell.")
    assert m is not None and m.group(1) == "2019"
    assert opener.match("As of June 30, 2021, the debt was repaid.")
    # heading words are capitalised; a lower-case run before the opener is a sentence, not a heading
    assert not opener.match("sales fell during 2019, then rose.")
    # "fiscal" straight before the year after a span only where the reader allows it
    plain = year_opener(r"^", spans=PART_OF_YEAR_OF)
    assert plain.match("In the first quarter of 2020, sales fell.")
    assert not plain.match("In the first quarter of fiscal 2020, sales fell.")
