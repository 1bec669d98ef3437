"""How a note, MD&A, segment or schedule table's header is read, where it differs from a statement's.

A statement prints one period a figure column; a note table also prints columns that are no
period ("Current  Long-term  Total" under a year, "Level 1  Level 2", "$  %" of a change), and
headings set over the middle of their figures. So, for such a table (`tables.read_statement_page`
with `note=True`):

- a column heading names the figures right below it: each period column takes the figure column
  nearest to it, and only where that figure column has no nearer period (a "Change" column to the
  right of the years is no year's);
- a header that names columns below its period line ("2022" over "Current  Long-term  Total")
  splits a period into parts the reader cannot name as periods: the table is not read;
- a period printed without a span ("December 31,  2022  2021", or the years alone) is a value at
  its date: it answers for that date and for the fiscal year ending then;
- a line of names over repeated periods ("Worldwide  U.S.  International" over two dates each) names
  each column's group, kept as the row's heading, so that "U.S." rows answer only a question naming it;
- the table's title is the nearest lines of words above its header (what the rows are of:
  "Deferred tax assets", "The components of net periodic benefit cost were:"), kept in the fact.
"""

from __future__ import annotations

import re
from itertools import pairwise

from assistant.core.finance.columns import FULL_DATE, SEGMENT, YEAR_CELL
from assistant.core.finance.facts import PeriodColumn, duration_of
from assistant.core.finance.heading_periods import names_period, names_span, yearless_range

__all__ = ["assign_nearest", "column_groups", "heading_start", "names_parts", "no_heading", "note_title", "period_line", "span_named", "years_only"]

_FIGURES = re.compile(r"[\d$%()—–,.\s-]+")
_SCALE_STUB = re.compile(r"^\(?(?:\$|dollars|amounts)?\s*(?:in\s+)?(?:millions|thousands|billions)\b.*$", re.I)
# A change column's heading: its figures are a move between two periods, no period's own.
_CHANGE_HEAD = re.compile(r"^(?:\$|%|change|increase|\(decrease\)|decrease|vs\.?|percent(?:age)?)$", re.I)


def span_named(header: list[str]) -> bool:
    """Whether the header lines right above a table's rows name a span ("Year Ended", "Three
    Months Ended", "Fiscal 2023"), not only dates or years."""
    tail = [line for line in header if line.strip()][-6:]
    return any(duration_of(line) is not None or names_span(line) or yearless_range(line) for line in tail)


def _word_cells(line: str, label_end: int) -> list[str]:
    """The cells of words set over the figure columns (right of the labels)."""
    return [m.group() for m in SEGMENT.finditer(line)
            if m.start() >= label_end and re.search(r"[A-Za-z]", m.group()) and not FULL_DATE.search(m.group())]


def names_parts(header: list[str], period_line: int, label_end: int) -> bool:
    """Whether a header line at or below the period line names columns that are no periods and no
    change ("Current  Long-term  Total", "Level 1  Level 2  Level 3"): parts of a period."""
    for line in header[period_line:]:
        cells = [c for c in _word_cells(line, label_end) if not _CHANGE_HEAD.match(c.strip())
                 and not YEAR_CELL.match(c.strip()) and duration_of(c) is None and not _SCALE_STUB.match(c.strip())
                 and not names_period(c)]  # "Q3 2026  Q1–Q3 2026", "FY26": periods in a release's spellings
        if len(cells) >= 2:
            return True
    return False


def assign_nearest(edges: list[int], columns: list[PeriodColumn], tol: int = 8) -> dict[int, int]:
    """Figure column (right edge) → period column index: each period takes its nearest figure
    column when that column has no nearer period and lies within `tol` characters of it."""
    out: dict[int, int] = {}
    for i, c in enumerate(columns):
        e = min(edges, key=lambda e: abs(e - c.x_end), default=None)
        if e is None or abs(e - c.x_end) > tol:
            continue
        nearest = min(range(len(columns)), key=lambda k: abs(columns[k].x_end - e))
        if nearest == i and e not in out:
            out[e] = i
    return out


def years_only(line: str) -> bool:
    """A line of two or more years and nothing else ("2022   2021", after a scale note, "In millions"):
    a table's period heading."""
    cells = [m.group() for m in SEGMENT.finditer(line)]
    cells = cells[1:] if cells and _SCALE_STUB.match(cells[0]) else cells
    return len(cells) >= 2 and all(YEAR_CELL.match(c) for c in cells)


def heading_start(header: list[str]) -> int:
    """Where a note table's column headings start: below the last line of words set at the labels'
    margin above its period line (the lead-in, "Components of deferred tax assets were:"), so that
    prose above it ("a five year carryback", "in the fourth quarter") dates no column."""
    at = period_line(header)
    for i in range(at - 1, -1, -1):
        line = header[i]
        if line.strip() and len(line) - len(line.lstrip()) <= 10 and len(re.findall(r"[A-Za-z]{2,}", line)) >= 3:
            return i + 1
    return 0


def no_heading(line: str) -> bool:
    """A line of words among a note table's rows that heads none of them: a scale note ("In millions")
    or a row whose figures did not split ("Loss on sale  2,492  —  — %")."""
    return bool(_SCALE_STUB.match(line.strip()) or re.search(r"\d\s", line))


def period_line(header: list[str]) -> int:
    """The last header line that prints a year or a date (0 when none does)."""
    return max((k for k, line in enumerate(header) if FULL_DATE.search(line) or any(
        YEAR_CELL.match(m.group()) for m in SEGMENT.finditer(line))), default=0)


def note_title(lines: list[str], before: int, limit: int = 12) -> str:
    """The table's title: up to two nearest lines of words above line `before` that start at the
    labels' margin (column headings are set in over the figures), skipping period headings and
    scale notes ("In millions"); "" when none is within `limit` lines."""
    found: list[str] = []
    for i in range(before - 1, max(-1, before - 1 - limit), -1):
        text = re.sub(r"\s+", " ", lines[i]).strip()
        indent = len(lines[i]) - len(lines[i].lstrip())
        if not text or not re.search(r"[A-Za-z]{3,}", text) or _SCALE_STUB.match(text) or indent > 10:
            continue
        if (duration_of(text) is not None and len(text.split()) <= 8) or (FULL_DATE.search(text) and len(text.split()) <= 6):
            continue  # "Year Ended December 31,": a period heading, no title
        if _FIGURES.fullmatch(re.sub(r"[A-Za-z]+", "", text)) and len(text) > 60 and "  " in lines[i].strip():
            continue  # a header line of column names
        if found and text.endswith("."):
            break  # the end of the paragraph before: no part of the title
        found.insert(0, text.rstrip(":"))
        if len(found) == 2:
            break
    return " / ".join(found)[:200]


def column_groups(header: list[str], period_at: int, columns: list[PeriodColumn], label_end: int) -> list[str] | None:
    """A name for each period column from the lines of group headings above the period line
    ("Worldwide  U.S.  International" over pairs of dates; "Pension" over "U.S.  International" beside
    "Retiree Medical"): the upper line's headings part all the columns between them, each column going
    to the heading centred nearest it; a lower line's heading names only the columns within half the
    distance to its neighbouring heading. Read only where no name takes a period twice; else None."""
    right = max(c.x_end for c in columns) + 3
    found: list[list[tuple[float, str]]] = []  # heading lines, nearest first: (centre, name)
    for line in reversed(header[max(0, period_at - 4):period_at]):
        if line.strip() and len(line) - len(line.lstrip()) <= 10:
            break  # a line at the labels' margin: the title, above the headings
        cells = [((m.start() + m.end()) / 2, m.group().strip()) for m in SEGMENT.finditer(line)
                 if m.start() >= label_end and (m.start() + m.end()) / 2 <= right and re.search(r"[A-Za-z]", m.group())
                 and not re.search(r"\d", m.group()) and duration_of(m.group()) is None
                 and not _CHANGE_HEAD.match(m.group().strip())]
        if cells:
            found.append(cells)
        if len(found) == 2:
            break
    if not found or (len(found) == 1 and len(found[0]) < 2):
        return None
    names = []
    for c in columns:
        centre = c.x_end - 4  # figures end at x_end; a heading is centred over its columns
        under: tuple[float, str] | None = None
        if len(found) == 2:
            lower = sorted(found[0])
            reach = min((b[0] - a[0] for a, b in pairwise(lower)), default=40.0) / 2
            near = min(lower, key=lambda s: abs(s[0] - centre))
            under = near if abs(near[0] - centre) <= reach else None
        # A lower heading's columns share the upper heading nearest that heading, not each its own.
        at = under[0] if under else centre
        upper = min(found[-1], key=lambda s: abs(s[0] - at))[1]
        names.append(f"{upper} {under[1]}" if under else upper)
    if len({(n, c.end, c.duration_months) for n, c in zip(names, columns, strict=True)}) < len(columns):
        return None
    return names
