"""Blocks of one table printed once per part of the company, each under its own name.

A segment-results page prints the same rows ("Net premiums earned", "Losses and LAE", "Combined
ratio") once per segment, each block under the segment's name and its own repeated column headings:

    Personal Auto
                         Three Months Ended June 30,
                            2026        2025
     Net premiums earned   $776.9      $731.8
     ...
    Homeowners
                         Three Months Ended June 30,
     ...

An analyst reads each row as its block's: "Net premiums earned" under "Homeowners" is the Homeowners
segment's, not the company's. The statement reader splits such a page into one table per repeated
column heading (`tables._next_table`); `name_blocks` gives each table's rows the name printed right
above its column headings as their heading (`extra["heading"]`, what a row belongs to), so the answer
side picks the block a question names, or a consolidated row when it names none (`answer.row_names`,
`finance.labels`). Only where the split tables carry different names and repeat row labels: a page
that repeats one title over each period's table ("Sales to customers by geographic area" over the
first quarter, then the second) has blocks of periods, not of parts, and tables of different rows
under their own titles ("Free cash flow", then "Net debt") are separate tables, not blocks of one.
"""

from __future__ import annotations

import re

from assistant.core.finance.columns import FULL_DATE
from assistant.core.finance.facts import Fact, duration_of

__all__ = ["block_name", "name_blocks"]

# A part's name: a few words of letters, nothing a title block or a period heading prints
# ("(in millions)", "Unaudited", "June 30, 2026").
_NAME = re.compile(r"[A-Z][A-Za-z&'’.,/ -]{1,48}[A-Za-z.)]?")
_NOT_NAME = re.compile(r"\b(?:unaudited|millions?|thousands?|billions?|except|dollars|percent|change|ended|"
                       r"continued|results|supplement(?:al|ary)?|statements?|data)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _period_line(line: str) -> bool:
    """A line of a table's column headings: a span ("Three Months Ended June 30,"), a date, or years."""
    return duration_of(line) is not None or bool(FULL_DATE.search(line)) or bool(_YEAR.search(line))


def block_name(lines: list[str], first_row: int) -> str | None:
    """The name printed right above the column headings over the row at `first_row` ("Homeowners"),
    or None when the line above the headings is no part's name (a title, a scale note, nothing)."""
    i, headed = first_row - 1, False
    while i >= 0 and (not lines[i].strip() or _period_line(lines[i])):
        headed = headed or bool(lines[i].strip())
        i -= 1  # the column headings and the blank lines between them
    if i < 0 or not headed:
        return None  # no column headings of its own right above the rows
    name = lines[i].strip().rstrip(":")
    if not _NAME.fullmatch(name) or len(name.split()) > 5 or _NOT_NAME.search(name) or "  " in name:
        return None
    return name


def name_blocks(upper: list[Fact], upper_name: str | None, lower: list[Fact], lower_name: str | None) -> None:
    """Give the rows of two tables split from one page their block's name as heading, when both
    tables are named, by different names (blocks of parts, not of periods), and repeat rows of one
    label (blocks of one table). A row under a heading of its own inside the block keeps it."""
    if not upper_name or not lower_name or upper_name == lower_name:
        return
    if not {f.label for f in upper} & {f.label for f in lower}:
        return  # tables of other rows ("Free cash flow", then "Net debt"): titled tables, not blocks of one
    for facts, name in ((upper, upper_name), (lower, lower_name)):
        for f in facts:
            f.extra.setdefault("heading", name)
            f.extra.setdefault("block", name)  # a part's block (set once: the innermost split names it)
