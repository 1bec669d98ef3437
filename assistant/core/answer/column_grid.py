"""Two-level column headers: a line of groups (segments, measures, spans) standing over a line
that heads every cell with its period, or one period heading over a line of names,

    Revenue Mix                  Comparable Sales
    Three Months Ended           Three Months Ended
    July 29, 2023  July 30, 2022  July 29, 2023  July 30, 2022

    Six Months Ended July 2, 2023
    (MILLIONS)  Worldwide  U.S.  International

Each cell is read as (group, span, period) by count and order: a group heading covers the same
number of cells as every other heading of its line, and a line whose headings do not divide the
row's cells gives no reading. A question picks one cell when it names the period and, where the
header has several groups, says one group's name whole; where it says none or two, the cell is
not told (a cell read from the wrong group is a wrong answer)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.answer.asked_kind import share_asked
from assistant.core.answer.cell_columns import FIGURE, LONE_YEAR, SPAN, slot_cells, token_span
from assistant.core.answer.question import Question
from assistant.core.answer.row_groups import NOTE_MARK, names_group
from assistant.core.answer.text import CELL_GAPS, unglued, word_stems
from assistant.core.finance.periods import MONTH, PERIOD_TOKEN, token_period
from assistant.core.numbers import Quantity
from assistant.core.words import stem

__all__ = ["GridCell", "grid_cells", "grid_column"]

# One period heading of a leaf line: a full date, a quarter or half with its year ("2Q23", "Q2 2023",
# "1H23"), a year.
_PERIOD = re.compile(
    rf"(?P<date>(?P<mon>{MONTH})\s+(?P<day>\d{{1,2}}),?\s+(?P<dy>(?:19|20)\d\d))\b"
    rf"|(?P<token>{PERIOD_TOKEN})"
    r"|\b(?:fiscal\s+(?:year\s+)?|fy\s*)?(?P<y>(?:19|20)\d\d)\b",
    re.I,
)
_MONTH_DAY = re.compile(rf"(?P<mon>{MONTH})\s+(?P<day>\d{{1,2}}),?(?!\s*\d)", re.I)
# A caption among column headings ("(MILLIONS)", "($ in millions)", "In thousands"): no column.
_CAPTION = re.compile(r"(?i)^\(.*\)$|\bin\s+(?:millions|thousands|billions)\b|^\(?(?:millions|thousands|billions)\)?$"
                      r"|\bexcept\b|^\$$")
_GAPS = CELL_GAPS
_MARK = re.compile(r"(?<=[A-Za-z])\([a-z0-9]\)")
# Words a group heading carries that name no group ("Comparable Sales Summary").
# Words around a span heading that name no period ("Six Months Ended July 2, 2023").
_FILLER = re.compile(r"(?i)\b(?:ended|ending|as\s+of|at|for\s+the|period|through)\b")
_PLAIN = frozenset(stem(w) for w in ("the", "and", "of", "summary"))
# A group of shares of a whole ("Revenue Mix", "% of Total"), beside groups of changes or amounts.
_SHARE_GROUP = re.compile(r"(?i)\bmix\b|%\s*of\b|\bpercent(?:age)?\s+of\b|\bshares?\s+of\b")
# A group that is the whole of the others: a question naming no part asks it.
_TOTAL = frozenset(stem(w) for w in ("total", "worldwide", "consolidated"))


@dataclass(frozen=True)
class GridCell:
    """What a cell's headings say of it."""

    year: int | None
    span: str | None  # "three", "six", "nine", "twelve" or None
    quarter: int | None
    day: tuple[str, int] | None  # (month, day) where the heading dates the cell in full
    group: str | None  # the group heading over it, as printed


def _name(heading: str) -> str:
    """A column name without its note mark ("Pharmaceutical1", "EMEA(a)")."""
    return _MARK.sub("", NOTE_MARK.sub("", heading)).strip()


def _segments(line: str) -> list[str]:
    return [s for s in (p.strip() for p in _GAPS.split(line.strip())) if s and not _CAPTION.search(s)]


def _periods(line: str) -> list[tuple[int, str | None, int | None, tuple[str, int] | None]] | None:
    """(year, own span, quarter, day) of each heading of a line made of period headings only."""
    parts = _segments(line)
    if len(parts) > 1 and not _PERIOD.search(parts[0]):
        parts = parts[1:]  # the stub heading over the row labels ("As of or for the period ended")
    body = " ".join(parts)
    if not body:
        return None
    out: list[tuple[int, str | None, int | None, tuple[str, int] | None]] = []
    for m in _PERIOD.finditer(body):
        if m.group("date"):
            out.append((int(m.group("dy")), None, None, (m.group("mon")[:3].lower(), int(m.group("day")))))
        elif m.group("token"):
            period = token_period(m)
            if period is None:
                return None  # "H3 2023": no heading this reader knows
            span, quarter = token_span(period[0], period[1])
            out.append((period[2], span, quarter, None))
        else:
            out.append((int(m.group("y")), None, None, None))
    rest = _PERIOD.sub(" ", body)
    return out if out and not re.search(r"[A-Za-z0-9]", rest) else None


def _span_of(text: str) -> str | None:
    found = {m.lastgroup for m in SPAN.finditer(text)}
    return next(iter(found)) if len(found) == 1 else None


def _groups_above(lines: list[str], n: int) -> tuple[list[str | None], list[str | None]] | None:
    """(span, group) of each of `n` cells from the heading lines above them, nearest first; None
    when a line's headings do not divide the cells or mix spans with names."""
    spans: list[str | None] = [None] * n
    groups: list[str | None] = [None] * n
    for line in reversed(lines[-3:]):
        if FIGURE.search(_MONTH_DAY.sub(" ", line)):
            break  # a row of figures above: the header ends here
        parts = _segments(line)
        if not parts:
            continue
        if len(parts) == 1:
            span = _span_of(parts[0])
            if span is None:
                break  # a title or a lead-in sentence
            spans = [s or span for s in spans]
            continue
        if n % len(parts):
            return None
        per = n // len(parts)
        kinds = [_span_of(p) for p in parts]
        if all(kinds):
            spans = [s or kinds[i // per] for i, s in enumerate(spans)]
        elif any(kinds) or any(re.search(r"\d|%", p) for p in parts):
            return None
        elif all(g is None for g in groups):
            groups = [_name(parts[i // per]) for i in range(n)]
        else:
            return None  # two lines of names: which words belong to which is not told
    return spans, groups


def grid_cells(header: str, n: int) -> list[GridCell] | None:
    """Each of a row's `n` cells read against a two-level header, or None when the header is not
    one: no leaf line of `n` period headings (or of `n` names under one period heading), or no
    group or span line over it that divides the cells."""
    lines = [ln for ln in header.split("\n") if ln.strip()]
    # Figure-free sub-headings under the columns ("Operational growth/(decline):") head rows.
    while len(lines) > 2 and len(_segments(lines[-1])) <= 1 and not _PERIOD.search(lines[-1]):
        lines.pop()
    if len(lines) < 2 or n < 2:
        return None
    leaf = _periods(lines[-1])
    if leaf is not None and len(leaf) == n:
        above = lines[:-1]
        days = [(m.group("mon")[:3].lower(), int(m.group("day"))) for m in _MONTH_DAY.finditer(above[-1])]
        if len(days) == n and all(d is None for *_, d in leaf) and not _periods(above[-1]):
            # "July 2,  July 3," over "2023  2022": each column dated by the two lines together
            leaf = [(y, s, q, days[i]) for i, (y, s, q, _) in enumerate(leaf)]
            above = above[:-1]
        read = _groups_above(above, n)
        if read is None:
            return None
        spans, groups = read
        grid = [GridCell(year=y, span=own or spans[i], quarter=q, day=d, group=groups[i])
                for i, (y, own, q, d) in enumerate(leaf)]
        # one span over every column ("Year Ended December 31," over the years): one level, read by `cell_columns`
        return grid if len({(c.span, c.group) for c in grid}) > 1 else None
    if leaf is not None and len(leaf) == 1 and LONE_YEAR.match(lines[-1]):
        # "United States  EMEA  APAC  Consolidated" over a year alone: the year dates the block of
        # rows below it, each cell is the name over it
        names = _segments(lines[-2])
        if len(names) != n or any(re.search(r"\d|%", x) for x in names):
            return None
        return [GridCell(year=leaf[0][0], span=None, quarter=None, day=None, group=_name(x))
                for x in names]
    names = _segments(lines[-1])
    if len(names) != n or any(re.search(r"\d|%", x) for x in names):
        return None
    over = _periods(_FILLER.sub(" ", SPAN.sub(" ", lines[-2])))
    if over is not None and len(over) == 1:
        year, own, quarter, day = over[0]
        span = own or _span_of(lines[-2])
        return [GridCell(year=year, span=span, quarter=quarter, day=day, group=_name(x))
                for x in names]
    return _periods_over_names(lines[:-1], names)


def _periods_over_names(above: list[str], names: list[str]) -> list[GridCell] | None:
    """Names under several period headings, the same run of names under each ("Three Months Ended
    June 30, 2023  Three Months Ended June 30, 2022" over "Desk  Floor  Total  Desk  Floor  Total"):
    each cell is its name under the period its place in the line counts out to. One line of name
    fragments may stand between (the first words of wrapped names, over some columns only); its
    words are not read, so a question naming a column by them alone picks no cell."""
    for line in reversed(above[-2:]):
        parts = _segments(line)
        over = _periods(_FILLER.sub(" ", SPAN.sub(" ", line)))
        if over is None:
            if any(re.search(r"\d|%", p) for p in parts):
                return None  # a line of figures or changes: no heading of the names
            continue
        k, n = len(over), len(names)
        if k < 2 or n % k or len(parts) != k:
            return None
        per = n // k
        if any(names[g * per:(g + 1) * per] != names[:per] for g in range(k)):
            return None  # not the same names under each period
        return [GridCell(year=over[i // per][0], span=over[i // per][1] or _span_of(parts[i // per]),
                         quarter=over[i // per][2], day=over[i // per][3], group=_name(x))
                for i, x in enumerate(names)]
    return None


def grid_column(q: Question, header: str, found: list[Quantity], row: str | None = None) -> tuple[int, bool] | None:
    """(the cell of `found`, a row's figures, that the question's period, span and group name pick,
    whether that is told); None when the header is no two-level header of the row's columns.
    `row`, the row as printed, shows its empty cells ("—"), which keep their columns."""
    slots = slot_cells(row, found) if row is not None else None
    columns: list[int | None] = list(slots) if slots is not None else list(range(len(found)))
    at = _grid_at(q, header, len(columns))
    if at is None:
        return None
    col = columns[at[0]]
    return (col, at[1]) if col is not None else (0, False)


def _grid_at(q: Question, header: str, n: int) -> tuple[int, bool] | None:
    from assistant.core.answer.columns import asked_span  # columns reads grids through this module

    cells = grid_cells(header, n)
    if cells is None:
        return None
    at = list(range(n))
    dates = {(m.group("mon")[:3].lower(), int(m.group("day")), int(m.group("dy")))
             for m in _PERIOD.finditer(q.text) if m.group("date")}
    if len(dates) == 1 and any(c.day for c in cells):
        # a full date asked of dated columns: its own column ("Q2 FY24 (three months ended July 29, 2023)")
        at = [i for i in at if (*(cells[i].day or ("", 0)), cells[i].year) in dates]
    elif q.years:
        # the first asked year the columns print, as `cell_columns` readings are taken
        year = next((y for y in sorted(q.years) if any(c.year == y for c in cells)), None)
        at = [i for i in at if cells[i].year == year]
    elif len({c.year for c in cells}) > 1:
        return 0, False
    if q.quarters and any(cells[i].quarter for i in at):
        at = [i for i in at if cells[i].quarter in q.quarters or cells[i].span != "three"]
    spans = list(dict.fromkeys(s for i in at if (s := cells[i].span)))
    if len(spans) > 1:
        span = asked_span(q, spans)
        at = [i for i in at if cells[i].span == span]
    groups = list(dict.fromkeys(g for i in at if (g := cells[i].group)))
    if len(groups) > 1:
        asked = word_stems(unglued(q.text))  # a wrapped heading's words, run together in PDF text, read apart
        named = [g for g in groups if (w := word_stems(unglued(g)) - _PLAIN) and not w <= _TOTAL and names_group(w, asked)]
        if not named and share_asked(q.text):
            named = [g for g in groups if _SHARE_GROUP.search(g)]  # "what percent of revenue": the mix
        if not named:
            named = [g for g in groups if word_stems(g) - _PLAIN <= _TOTAL]  # no part named: the whole
        at = [i for i in at if cells[i].group in named] if len(named) == 1 else []
    return (at[0], True) if len(at) == 1 else (0, False)
