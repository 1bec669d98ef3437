"""A roll-forward note table whose columns are categories, not periods, read into label-only facts.

Goodwill by reportable segment, a restructuring reserve by cost type, property, plant and equipment
by asset class: the columns name the parts ("Pantry & Snacks  Frozen & Chilled  Total", "Employee
Severance  Other Exit Costs  Total", "Land and buildings  Vehicles  Total") and the rows are dated
balances ("Balance at December 31, 2025", "At 30 June 2026") with the movements between them
("Charges", "Cash payments", "Additions"). A filing reader takes the cell under "Consumer Health" in
the row "Balance at June 30, 2026" as Consumer Health's balance at June 30, 2026, and a movement's
cell as the movement of that column's part over the span from the balance above it to the balance
below it. The period reader (`tables.read_statement_page`) finds no period in such a header, and
would read the rows under the period columns of the table above them: those lines are read here and
left out of it.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from assistant.core.finance.columns import FULL_DATE, SEGMENT
from assistant.core.finance.concepts import row_unit
from assistant.core.finance.facts import Fact, period_label
from assistant.core.finance.filing_quarters import quarter_and_offset, same_quarter
from assistant.core.finance.periods import find_date
from assistant.core.finance.statements import SUPPLEMENTARY
from assistant.core.finance.tables import split_row
from assistant.core.numbers import detect_scale_statement

logger = logging.getLogger(__name__)

__all__ = ["rollforward_facts"]

_YEARISH = re.compile(r"\b(?:19|20)\d\d\b")
_HEADER_LINES = 3  # lines of stacked column names a header may take ("Employee" over "Severance")
_PROSE_WORDS = 8  # a line of more words than this in the labels' margin is running text, no header


def _chunks(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in SEGMENT.finditer(line)]


def _label_end(line: str, label: str) -> int:
    at = line.find(label.split()[0]) if label.split() else 0
    return max(at, 0) + len(label)


def _header(lines: list[str], first: int, margin: int) -> tuple[list[str], int] | None:
    """The column names over the row at `first` (chunks right of the labels' `margin`, stacked
    lines joined by position, the lowest line naming every column), and the header's first line;
    None where the header names a period (a year or a date: the period reader's table)."""
    stacked: list[list[tuple[int, int, str]]] = []
    start = first
    for i in range(first - 1, max(-1, first - 1 - _HEADER_LINES - 1), -1):
        line = lines[i]
        if not line.strip() or split_row(line) is not None:
            break
        cols = [c for c in _chunks(line) if c[0] >= margin - 2]
        left = " ".join(c[2] for c in _chunks(line) if c[0] < margin - 2)
        if _YEARISH.search(line) or FULL_DATE.search(line):
            return None  # columns named by periods: not this reader's
        if not cols:
            if len(left.split()) > _PROSE_WORDS or stacked:
                break
            start = i  # a scale line ("(in millions)") between the names and the rows
            continue
        if len(left.split()) > _PROSE_WORDS:
            break
        stacked.insert(0, cols)
        start = i
        if len(stacked) == _HEADER_LINES:
            break
    if not stacked or len(stacked[-1]) < 2:
        return None
    names = _stack(stacked)
    if not names or not all(re.search(r"[A-Za-z]{3,}", n) for n in names):
        return None  # a figure or a note number where a name should be ("(57)", "12"): no header of names
    return names, start


def _stack(stacked: list[list[tuple[int, int, str]]]) -> list[str] | None:
    """Column names from stacked header lines, the lowest naming every column. An upper line's name
    joins the lowest name nearest it where that is clear; where it is not (layout text sets stacked
    words off their column), upper names join, in order, the lowest names that start in lower case
    ("Land and" over "buildings"); else the header is not read. A lone name over three or more
    columns heads them all ("Termination Benefits") and names none."""
    bottom = stacked[-1]
    parts: list[list[str]] = [[] for _ in bottom]
    centres = [(a + b) / 2 for a, b, _ in bottom]
    for line in stacked[:-1]:
        if len(line) == 1 and len(bottom) >= 3:
            continue
        placed: list[int | None] = []
        for a, b, _ in line:
            order = sorted(range(len(bottom)), key=lambda k: abs(centres[k] - (a + b) / 2))
            near = [abs(centres[k] - (a + b) / 2) for k in order[:2]]
            placed.append(order[0] if len(near) < 2 or 1.5 * near[0] <= near[1] else None)
        if None in placed or len(set(placed)) < len(placed):
            lower = [k for k, (_, _, t) in enumerate(bottom) if t[:1].islower()]
            if len(lower) != len(line):
                return None
            placed = list(lower)
        for (_, _, text), k in zip(line, placed, strict=True):
            if k is not None:
                parts[k].append(text)
    return [re.sub(r"(?<=\w-) ", "", " ".join([*up, t])) for up, (_, _, t) in zip(parts, bottom, strict=True)]


def _title(lines: list[str], start: int) -> str:
    """The sentence or heading just above the header: what the table is of."""
    found: list[str] = []
    for i in range(start - 1, max(-1, start - 4), -1):
        text = re.sub(r"\s+", " ", lines[i]).strip()
        if not text:
            if found:
                break
            continue
        found.insert(0, text.rstrip(":"))
        if len(found) == 2:
            break
    return " / ".join(found)[:200]


def rollforward_facts(text: str, *, doc_id: str = "", page: int = 0,
                      doc_period: str | None = None) -> tuple[list[Fact], set[int]]:
    """The facts of the category-column roll-forward tables of a page's layout text, and the lines
    they take (which the period reader then leaves alone)."""
    lines = text.replace("\xa0", " ").splitlines()
    facts: list[Fact] = []
    taken: set[int] = set()
    i = 0
    while i < len(lines):
        split = split_row(lines[i])
        if split is None or i in taken or len(split[1]) < 2:
            i += 1
            continue
        margin = _label_end(lines[i], split[0])
        head = _header(lines, i, margin)
        if head is None:
            i += 1
            continue
        names, start = head
        rows: list[tuple[int, str, list[float | None], str]] = []  # line, label, values, section above
        section, j = "", i
        while j < len(lines):
            line = lines[j]
            cells = split_row(line)
            if cells is not None and len(cells[1]) == len(names) and not any(c[2] for c in cells[1]):
                rows.append((j, cells[0], [c[1] for c in cells[1]], section))
                j += 1
                continue
            if not line.strip() and rows and j + 1 < len(lines) and (nxt := split_row(lines[j + 1])) is not None \
                    and len(nxt[1]) == len(names):
                j += 1  # a blank line between two blocks of one roll-forward (a year's movements, then the next's)
                continue
            words = line.split()
            if cells is None and 0 < len(words) <= 5 and not re.search(r"\d", line) and j + 1 < len(lines) \
                    and split_row(lines[j + 1]) is not None:
                section = line.strip().rstrip(":")  # "Cost", "Accumulated depreciation": what the rows below are
                j += 1
                continue
            break
        dated: list[tuple[int, date]] = [(n, d) for n, (_, label, _, _) in enumerate(rows)
                                         if FULL_DATE.search(label) and (d := find_date(label)) is not None]
        spans = any(len(FULL_DATE.findall(label)) > 1 for _, label, _, _ in rows)
        if len(rows) < 2 or not dated or spans:  # rows naming spans ("May 1, 2031 to May 28, 2031") are periods
            i = j if j > i else i + 1
            continue
        title = _title(lines, start)
        scale = detect_scale_statement("\n".join(lines[max(0, start - 4):i]))
        latest = max(d for _, d in dated)
        quarter, offset = quarter_and_offset(doc_period, latest)
        for n, (line_no, label, values, under) in enumerate(rows):
            own = next((d for k, d in dated if k == n), None)
            months, after = 0, [d for k, d in dated if k > n]
            if own is None:  # a movement: over the span from the balance above to the balance below
                before = [d for k, d in dated if k < n]
                if not before or not after:
                    continue
                months = round((after[0] - before[-1]).days / 30.44)
                if months <= 0:
                    continue
            end = own if own is not None else after[0]
            named = 3 if months == 0 and quarter not in (None, 4) and same_quarter(end, latest) else months
            period = period_label(end, named, quarter=quarter, fy_offset=offset)
            row_text = re.sub(r"\s+", " ", lines[line_no]).strip()
            for name, value in zip(names, values, strict=True):
                if value is None:
                    continue
                # a balance is the column's part at its date; a movement is the row's, of that part
                # a share count or a price per share by its column's or row's name ("Shares", "Exercise Price")
                unit = row_unit(name) if months == 0 else row_unit(f"{label} {name}")
                fact = Fact(concept=None, label=name if months == 0 else label, period_end=end, period=period,
                            duration_months=months, value=value, unit=unit,
                            scale=None if unit == "USD/share" else scale or "million",
                            statement=SUPPLEMENTARY, doc_id=doc_id, page=page, row=row_text, column=name,
                            extra={"table": title, "rollforward": True})
                if months:
                    fact.extra["heading"] = name
                elif under:
                    fact.extra["heading"] = under
                if not scale and unit != "USD/share":
                    fact.extra["scale_assumed"] = True
                facts.append(fact)
        taken.update(range(start, j))
        logger.debug("%s p%d: roll-forward table of %d columns, %d rows", doc_id, page, len(names), len(rows))
        i = j
    return facts, taken

