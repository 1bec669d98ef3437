"""The cell of a row in the column group a question names: a line of group names ("Retirement
Plans  Other Benefit Plans", "Total Assets  Capital Spending") over a line of years, one run of
years per group (`year_runs`)."""

from __future__ import annotations

import re

from assistant.core.answer.question import Question
from assistant.core.answer.year_runs import year_runs
from assistant.core.numbers import Quantity
from assistant.core.words import stem

__all__ = ["named_group_column"]


def named_group_column(q: Question, header: str, cells: list[Quantity]) -> int | None:
    """The asked year's cell in the column group the question names, where a line of group names
    ("Retirement Plans  Other Benefit Plans", "Domestic  International") stands over the same years
    repeated per group ("2023  2022  2023  2022"). None unless the question names one year and
    exactly one group (every word of its name), and both lines count out against the row's cells;
    -1 when that group's years leave out the asked one. The groups' runs of years may differ in
    length ("Total Assets  Capital Spending" over "2022  2021  2022  2021  2020": `year_runs`)."""
    from assistant.core.answer.row_groups import (  # row_groups -> units -> columns
        NOTE_MARK,
        names_group,
    )

    if len(q.years) != 1:
        return None
    year = next(iter(q.years))
    lines = [NOTE_MARK.sub("", ln) for ln in header.split("\n") if ln.strip()]
    for i in range(len(lines) - 1, 0, -1):
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", lines[i])]
        if not years:
            continue
        names = [c for c in re.split(r"\s{2,}", lines[i - 1].strip()) if c and not re.match(r"^\(|\$$", c)]
        if names and _STUB.match(names[0]):
            names = names[1:]  # "ended June 30,": the stub heading over the row labels, dating every column
        if len(years) != len(cells) or any(re.search(r"\d", n) for n in names):
            return None
        runs = year_runs(years, len(names)) if len(names) >= 2 else None
        if runs is None:
            return None  # not one run of years under each group
        asked = {stem(w) for w in re.findall(r"[A-Za-z]+", q.text)}
        own = [{stem(w) for w in re.findall(r"[A-Za-z]+", n) if len(w) >= 3} - _GROUP_PLAIN for n in names]
        named = [g for g, words in enumerate(own) if names_group(words, asked)]
        if len(named) != 1:
            return None
        if year not in runs[named[0]]:
            return -1  # the group asked prints no column of the asked year: no cell of the row is it
        return sum(len(r) for r in runs[: named[0]]) + runs[named[0]].index(year)
    return None


_GROUP_PLAIN = frozenset(stem(w) for w in ("the", "and", "total"))
# The stub heading at the head of a line of group names, over the row labels: the period every
# column shares ("ended June 30,", "For the years ended December 31,", "As of June 30,").
_STUB = re.compile(r"(?i)^(?:for\s+the\s+)?(?:(?:three|six|nine|twelve)\s+months\s+|(?:fiscal\s+)?years?\s+|quarters?\s+"
                   r"|periods?\s+)?(?:ended|ending|as\s+of|at)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                   r"\s+\d{1,2},?(?:\s+(?:19|20)\d\d)?$")
