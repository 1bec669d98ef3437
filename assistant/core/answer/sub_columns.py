"""Which of a year's several columns the question names by its heading.

A table may print two columns under each date: "June 30, 2023  June 30, 2022" over "Carrying Value
(Level 2)  Carrying Value  (Level 2)" for the carrying value and the fair value of a debt. The
year's place in the header is then not its cell's, and the year alone does not tell its two cells
apart; the heading the question names does. A question that says "fair value (Level 2)" asks the
column headed "(Level 2)", not "Carrying Value": of the headings repeated under each year, the one
whose every word the question says."""

from __future__ import annotations

import logging
import re

from assistant.core.answer.part_heading import SCALE_PART
from assistant.core.words import STOPWORDS, stem

__all__ = ["year_sub_column"]

logger = logging.getLogger(__name__)


def _heads(header: str, n: int) -> list[str] | None:
    """The last header line's column headings, one per cell of a row of `n` cells, or None when
    the line does not count out one heading per cell."""
    line = header.split("\n")[-1].strip() if header.strip() else ""
    if not re.search(r"\s{2,}", line):
        return None
    heads = [p.strip() for p in re.split(r"\s{2,}", line) if p.strip()]
    if heads and SCALE_PART.match(heads[0]):
        heads = heads[1:]  # "($ in millions)" heads the labels, not a figure's column
    return heads if len(heads) == n else None


def _words(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in STOPWORDS}


def year_sub_column(asked: set[str], header: str, n: int, years: list[int], year: int) -> int | None:
    """The cell of `year` under the heading the question names (`asked`: its words' stems), where
    the header's years (`years`, in order) each head the same run of worded columns over a row of
    `n` cells; None when the header is not so, or no heading of the run, or more than one, is named."""
    if year not in years or len(years) < 2 or n % len(years) or n // len(years) < 2:
        return None
    per = n // len(years)
    heads = _heads(header, n)
    if heads is None or any(heads[k * per : (k + 1) * per] != heads[:per] for k in range(len(years))):
        return None  # not the same headings under each year
    own = [_words(h) for h in heads[:per]]
    # every word of the heading said ("(Level 2)"), not one it shares with the question ("Carrying Value"
    # for "fair value")
    named = [i for i, w in enumerate(own) if w and w <= asked]
    if len(named) != 1:
        return None
    logger.debug("%d's column headed %r", year, heads[named[0]])
    return years.index(year) * per + named[0]
