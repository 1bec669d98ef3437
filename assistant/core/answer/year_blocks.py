"""A table printed in blocks of rows, one per year, under one line of column names (issue 12):

    (Millions)  United States  Europe  Asia  Consolidated
    2024
    Revenues  900  300  200  1,400
    2023
    Revenues  800  250  150  1,200

A line's change between the years is read from its row in each block: the same label, under the
same column headings, each block dated by the year printed alone above it. The cell of each row is
the one its column heading names (`columns.locate_column`); a block whose label is printed twice,
or a cell its heading does not name, gives nothing.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.core.answer.cell_columns import LONE_YEAR
from assistant.core.answer.columns import locate_column
from assistant.core.answer.derived_inputs import Fig
from assistant.core.answer.question import Question
from assistant.core.answer.text import bare_label
from assistant.core.answer.units import figure_kind, figures_text
from assistant.core.numbers import Quantity, parse_quantities

__all__ = ["block_year", "year_block_pair"]


def block_year(header: str) -> tuple[str, int] | None:
    """(the column headings above, the year) when a row's header ends in a year printed alone."""
    lines = [ln for ln in header.split("\n") if ln.strip()]
    if len(lines) < 2 or (m := LONE_YEAR.match(lines[-1])) is None:
        return None
    return "\n".join(lines[:-1]), int(m.group(1))


def _cell(q: Question, f: Fig, year: int) -> Quantity | None:
    row = figures_text(f.text).replace("\n", " ")
    cells = [x for x in parse_quantities(row) if not x.is_year]
    if len(cells) < 2:
        return None
    at, told = locate_column(replace(q, years=frozenset({year}), want="amount"), f.header, cells, row=row)
    return cells[at] if told and figure_kind(cells[at]) != "percent" else None


def year_block_pair(q: Question, f: Fig, figs: list[Fig], old: int,
                    new: int) -> tuple[tuple[Fig, Quantity], tuple[Fig, Quantity]] | None:
    """The line's cells in the blocks of `old` and `new`: `f`'s row in one, the row of the same
    label in the same passage under the same headings in the other."""
    own = block_year(f.header)
    if own is None or own[1] not in (old, new):
        return None
    label = bare_label(f.text).strip().lower()
    rows: dict[int, dict[int, Fig]] = {}  # year -> row start -> row
    for g in figs:
        other = block_year(g.header) if g.row and g.hit == f.hit else None
        if other is not None and other[0] == own[0] and bare_label(g.text).strip().lower() == label:
            rows.setdefault(other[1], {})[g.start] = g
    if any(len(rows.get(y, {})) != 1 for y in (old, new)):
        return None  # a block without the line, or with two rows of its label
    got = []
    for year in (old, new):
        g = next(iter(rows[year].values()))
        cell = _cell(q, g, year)
        if cell is None:
            return None
        got.append((g, cell))
    return got[0], got[1]
