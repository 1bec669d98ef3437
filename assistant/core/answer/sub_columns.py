"""Which of a year's several columns the question names by its heading.

A table may print two columns under each date: "June 30, 2023  June 30, 2022" over "Carrying Value
(Level 2)  Carrying Value  (Level 2)" for the carrying value and the fair value of a debt. The
year's place in the header is then not its cell's, and the year alone does not tell its two cells
apart; the heading the question names does. A question that says "fair value (Level 2)" asks the
column headed "(Level 2)", not "Carrying Value": of the headings repeated under each year, the one
whose every word the question says.

A rate beside each amount ("Amount  Rate" under each year of a tax rate reconciliation) is told
apart by the kind of figure asked before any word: a question in dollars asks the "Amount" column
even when it names the "rate reconciliation", and a question asking a percent asks the "Rate"."""

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


# A heading of a percent column, and of the amount beside it.
_RATE_HEAD = re.compile(r"(?i)^\(?(?:rate|%|percent(?:age)?|%\s*of\s+\w+(?:\s+\w+)?)\)?$")
_AMOUNT_HEAD = re.compile(r"(?i)^\(?(?:amount|dollars|\$)\)?$")


def _by_kind(heads: list[str], want: str) -> int | None:
    """The one heading of the kind of figure asked (`want`: amount or percent) where the run pairs an
    amount with a rate, else None."""
    rate = [i for i, h in enumerate(heads) if _RATE_HEAD.match(h)]
    amount = [i for i, h in enumerate(heads) if _AMOUNT_HEAD.match(h)]
    if len(rate) != 1 or len(amount) != 1:
        return None
    return amount[0] if want == "amount" else rate[0] if want == "percent" else None


def _words(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in STOPWORDS}


def year_sub_column(
    asked: set[str], header: str, n: int, years: list[int], year: int, want: str = ""
) -> int | None:
    """The cell of `year` under the heading the question names (`asked`: its words' stems), where
    the header's years (`years`, in order) each head the same run of worded columns over a row of
    `n` cells; None when the header is not so, or no heading of the run, or more than one, is named.
    `want` (the kind of figure asked) chooses between an amount and its rate before the words do."""
    if year not in years or len(years) < 2 or n % len(years) or n // len(years) < 2:
        return None
    per = n // len(years)
    heads = _heads(header, n)
    if heads is None or any(heads[k * per : (k + 1) * per] != heads[:per] for k in range(len(years))):
        return None  # not the same headings under each year
    if (kind := _by_kind(heads[:per], want)) is not None:
        logger.debug("%d's column headed %r (%s asked)", year, heads[kind], want)
        return years.index(year) * per + kind
    own = [_words(h) for h in heads[:per]]
    # every word of the heading said ("(Level 2)"), not one it shares with the question ("Carrying Value"
    # for "fair value")
    named = [i for i, w in enumerate(own) if w and w <= asked]
    if len(named) != 1:
        return None
    logger.debug("%d's column headed %r", year, heads[named[0]])
    return years.index(year) * per + named[0]
