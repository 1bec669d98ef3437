"""A table whose columns are grouped by line item: a line of names over a line that repeats the
same years once per name,

    Net Revenue  Operating Profit/(Loss)
    2022  2021  2020  2022(a)  2021  2020
    Garden  9,779  8,108  6,942  1,627  1,369  1,033

(segment tables often print two line items side by side this way). Each cell is read as (name,
year) by count and order; a header that does not repeat one run of years once per name, or a row
whose cells do not fill every column, gives no reading: its cells are not guessed."""

from __future__ import annotations

import re
from collections.abc import Collection

from assistant.core.answer.units import word_stems
from assistant.core.answer.year_runs import year_runs
from assistant.core.finance.periods import MONTH
from assistant.core.finance.synonyms import RELATED
from assistant.core.numbers import Quantity
from assistant.core.words import stem

__all__ = ["NOTE_MARK", "group_cells", "named_group", "names_group"]

_YEAR = re.compile(r"\b((?:19|20)\d\d)(?:\s*\([a-z0-9]\))?")
_NOT_A_NAME = re.compile(r"\d|%|\bchange\b", re.I)
# A footnote mark printed onto a column name ("Consumer Health1", "Pharmaceutical(a)"): no part of it.
NOTE_MARK = re.compile(r"(?<=[a-z])(?:\d|\([a-z0-9]\))(?=\s|$)")
# The scale caption some tables print at the start of their years' line ("(Dollars in Millions)
# 2022  2021  2022  2021"): no column.
_CAPTION = re.compile(r"^\((?:[^()]*\b(?:millions|thousands|billions)\b[^()]*)\)\s*", re.I)
# The balance date or period end the years line opens with ("At December 31,  2022  2021  2022
# 2021", "Years Ended June 30,"): it dates every column alike, no column of its own.
_LEAD_IN = re.compile(r"^(?:(?:at|as\s+of)\s+|(?:for\s+the\s+)?(?:fiscal\s+)?(?:years?|periods?)\s+ended\s+)?"
                      rf"{MONTH}\s+\d{{1,2}},?\s+", re.I)
# Words of one meaning in a line item's name ("earnings" / "income" / "profit"): a question that
# asks for "earnings before tax" names the group "Income Before Tax".
_SAME: dict[str, set[str]] = {}
for _line in RELATED:
    _stems = {stem(w) for w in _line.split()}
    for _s in _stems:
        _SAME.setdefault(_s, set()).update(_stems - {_s})


def names_group(words: set[str], asked: set[str]) -> bool:
    """Every word of a group's name (stems) is asked, itself or by a word of the same meaning."""
    return bool(words) and all(w in asked or _SAME.get(w, set()) & asked for w in words)


def group_cells(header: str, cells: list[Quantity]) -> list[tuple[str, int]] | None:
    """Each cell's (group name as printed, year), or None when the header is not a line of group
    names over one run of years repeated once per name, with as many years as `cells`."""
    lines = [ln.strip() for ln in header.splitlines() if ln.strip()]
    while len(lines) > 2 and not re.search(r"\d", lines[-1]):
        lines.pop()  # a sub-heading under the years ("Change in Benefit Obligations") heads rows, not columns
    if len(lines) < 2:
        return None
    leaf, names_line = _LEAD_IN.sub("", _CAPTION.sub("", lines[-1])), NOTE_MARK.sub("", lines[-2])
    if _YEAR.sub("", leaf).strip():
        return None  # the lowest header line holds years only
    years = [int(y) for y in _YEAR.findall(leaf)]
    names = [n.strip() for n in re.split(r"\s{2,}", names_line) if n.strip()]
    if len(names) < 2 or any(_NOT_A_NAME.search(n) for n in names) or len(cells) != len(years):
        return None
    runs = year_runs(years, len(names))
    if runs is None:
        return None  # each name heads one run of years
    return [(name, year) for name, run in zip(names, runs, strict=True) for year in run]


def named_group(asked: set[str], years: Collection[int], header: str, cells: list[Quantity]) -> Quantity | None:
    """The cell of the latest of `years` under the one group whose name the question's words
    (`asked`, stems) say whole; None when the header is not grouped or names no group or two."""
    read = group_cells(header, cells) if years else None
    if read is None:
        return None
    named = {name for name, _ in read if names_group(word_stems(name), asked)}
    if len(named) != 1:
        return None
    year = max(years)
    return next((c for c, (name, y) in zip(cells, read, strict=True) if name in named and y == year), None)


# A caption opening a line of column names ("In thousands  Insured  ASC  Total"): no column.
_NAMES_CAPTION = re.compile(r"(?i)^(?:\(.*\)|\$?\s*in\s+(?:millions|thousands|billions)\b.*)$")
_TOTAL_NAME = frozenset({stem("total")})
# Names that say what a cell holds, not whose it is ("Amount  % of Sales" under each year): the
# cell readers (`cell_columns`) read those.
_KIND_NAME = re.compile(r"(?i)%|\b(?:amounts?|dollars|percent(?:age)?|change|variance|increase|decrease|ratio|rate)\b"
                        r"|\bof\s+(?:total|sales|revenues?)\b")


def year_groups(header: str, n_cols: int) -> list[tuple[int, str]] | None:
    """Each column's (year, name) where a line of years stands over one run of names repeated once
    per year ("2022  2021" over "Insured  ASC  Total  Insured  ASC  Total"; membership and
    headcount tables print their splits so); None when the header has no such pair of lines or its
    columns are not `n_cols`."""
    lines = [ln.strip() for ln in header.splitlines() if ln.strip()]
    for i in range(len(lines) - 1, 0, -1):
        leaf = [n for n in re.split(r"\s{2,}", lines[i]) if not _NAMES_CAPTION.match(n)]
        years = [int(y) for y in _YEAR.findall(lines[i - 1])]
        if len(years) < 2 or _YEAR.sub("", _CAPTION.sub("", lines[i - 1])).strip():
            continue
        if any(_NOT_A_NAME.search(n) or _KIND_NAME.search(n) for n in leaf) or len(leaf) != n_cols \
                or len(set(years)) != len(years):
            return None
        run, left = divmod(len(leaf), len(years))
        if run < 2 or left or any(leaf[k * run:(k + 1) * run] != leaf[:run] for k in range(len(years))):
            return None  # not the same names under each year
        return [(years[k // run], name) for k, name in enumerate(leaf)]
    return None


def year_group_column(asked: set[str], year: int, groups: list[tuple[int, str]]) -> int | None:
    """The column of `year` under the name the question says (`asked`, stems), else under the
    years' "Total" (a row's whole); None when the question names two names, or none and no total."""
    names = list(dict.fromkeys(name for _, name in groups))
    said = [n for n in names if word_stems(n) != _TOTAL_NAME and names_group(word_stems(n), asked)]
    total = [n for n in names if word_stems(n) == _TOTAL_NAME]
    if len(said) > 1 or not (said or total):
        return None
    name = (said or total)[0]
    return next((k for k, g in enumerate(groups) if g == (year, name)), None)
