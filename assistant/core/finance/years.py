"""Years as text writes them: the one place for the patterns of a year (1900-2099) and of a
sentence opener that sets the year of what follows.

They differ by where a year may stand, and each reader takes the one it means:

- `YEAR`: a year in running text, never part of an amount, a percent or a "2,0xx" figure
  ("$2019", "2019%", "1.2019", "2,019" are no years); its one group is the year.
- `YEAR_WORD`: a year written as a word of its own ("2023", "FY 2023"; not "FY2023"), as table
  headers and formulas print it.
- `YEAR_NUMBER`: a year that is not part of a longer number, also run into letters ("FY2023").
- `YEAR_DIGITS`: the four digits alone, for `fullmatch` on a cell or token that is a year, or
  for years inside a column label however they are run together.

`year_opener` builds the pattern of a sentence's opening words that set its year ("During fiscal
2022,", "For the year ended June 30, 2021,").
"""

from __future__ import annotations

import re

__all__ = ["PART_OF_YEAR_OF", "YEAR", "YEAR_DIGITS", "YEAR_NUMBER", "YEAR_WORD", "year_opener"]

YEAR = re.compile(r"(?<![\d$.,])((?:19|20)\d\d)(?![\d%]|,\d)")
YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")
YEAR_NUMBER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")

# A quarter or half of a year before it: "the third quarter of", "the first half of".
PART_OF_YEAR_OF = r"(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?|(?:first|second)\s+half\s+(?:of\s+)?"
# The whole year's words before it: "fiscal year ended", "year", "fiscal".
_YEAR_ENDED = r"(?:fiscal\s+)?year\s+(?:ended\s+)?|fiscal\s+"


def year_opener(lead: str, *, prepositions: str = r"during|in|for", spans: str = "", month: str = r"[a-z]+",
                fiscal_year: bool = False, capture: bool = False) -> re.Pattern[str]:
    """The opening words that set a sentence's year: one of `prepositions` ("during", "in", "for" by
    default; `answer.period_above` adds "as of" and "at"), "the", the span's words (the whole year's, "fiscal year ended", or
    one of `spans` such as `PART_OF_YEAR_OF`), a month and day, then the year and a comma.

    `lead` is what may come before, matched case-sensitively from the start (`^\\W*`, or a
    heading's capitalised words); the opener itself is matched in any case. `fiscal_year` allows
    "fiscal" straight before the year after a span ("the first quarter of fiscal 2020,"). `month`
    is the month's word: `answer.figure_period` reads one of two letters or more, `[A-Z][a-z]+`,
    `answer.period_above` any word. `capture` makes the year the pattern's one group."""
    year = r"((?:19|20)\d\d)" if capture else r"(?:19|20)\d\d"
    span = f"(?:{spans}|{_YEAR_ENDED})?" if spans else f"(?:{_YEAR_ENDED})?"
    fiscal = r"(?:fiscal\s+)?" if fiscal_year else ""
    opener = rf"(?:{prepositions})\s+(?:the\s+)?{span}(?:{month}\.?\s+\d{{1,2}},?\s+)?{fiscal}{year}\s*,"
    return re.compile(f"{lead}(?i:{opener})")
