"""The one month vocabulary in finance/periods.py: the lenient form reads any case and any ending,
the capitalised form only a month as a date prints it, the exact words only real names."""

from __future__ import annotations

import re

from assistant.core.finance.periods import (
    DATE_IN_WORDS,
    MONTH,
    MONTH_CAPITALISED,
    MONTH_NAMES,
    MONTH_NUMBERS,
    MONTH_WORDS,
)


def test_names_and_numbers_agree() -> None:
    assert len(MONTH_NAMES) == 12 and MONTH_NAMES[8] == "september"
    assert MONTH_NUMBERS["sep"] == 9 and MONTH_NUMBERS["jan"] == 1 and len(MONTH_NUMBERS) == 12


def test_lenient_month_reads_abbreviations_and_case() -> None:
    lenient = re.compile(rf"\b{MONTH}\s+\d{{1,2}}\b", re.I)
    for text in ("Sept. 30", "SEPTEMBER 30", "sep 3", "Dec 31"):
        assert lenient.fullmatch(text), text
    assert not lenient.search("Total 30")


def test_capitalised_month_reads_case_as_written() -> None:
    printed = re.compile(rf"\b{MONTH_CAPITALISED}\s+\d{{1,2}}\b")
    assert printed.fullmatch("June 30") and printed.fullmatch("Sept. 30")
    assert not printed.search("june 30")


def test_exact_month_words_are_names_only() -> None:
    exact = re.compile(rf"\b(?:{MONTH_WORDS})\b")
    assert exact.fullmatch("Sept") and exact.fullmatch("June") and exact.fullmatch("Jun")
    assert not exact.fullmatch("Junes") and not exact.fullmatch("Marching")


def test_date_in_words_wants_the_month_written_out() -> None:
    assert DATE_IN_WORDS.search("as of march 31, 2023")
    assert DATE_IN_WORDS.search("June 30 2022")
    assert not DATE_IN_WORDS.search("as of Mar 31, 2023")
