"""Which cell of a table row a question asks for: the column its period, span ("six months")
or heading ("Against") points at. A row listing several metrics: `listed_column`; a header
whose columns are no periods: `part_columns`."""

from __future__ import annotations

import re

from assistant.core.answer.asked_spans import question_spans
from assistant.core.answer.cell_columns import SPAN as _SPAN
from assistant.core.answer.cell_columns import read_cells, slot_cells
from assistant.core.answer.group_column import named_group_column
from assistant.core.answer.part_columns import PERIOD_WORD, part_columns
from assistant.core.answer.part_heading import SCALE_PART, unplaced_part
from assistant.core.answer.question import Question
from assistant.core.answer.revision_columns import revision_column
from assistant.core.answer.split_dated import split_dated_column, without_change_spans
from assistant.core.answer.sub_columns import year_sub_column
from assistant.core.answer.text import asks_before_own, years_before_own
from assistant.core.finance.heading_periods import stacked_ranges
from assistant.core.finance.statements import STATEMENT_PATTERNS
from assistant.core.numbers import Quantity
from assistant.core.words import STOPWORDS, stem

__all__ = ["asked_span", "column_of", "locate_column"]


_YTD = re.compile(r"(?i)\byear[- ]to[- ]date\b|\bytd\b")
# "2022 vs. 2021", "2021 to 2020": a change column's heading, not a year's level.
_COMPARED = re.compile(r"(?i)\b(?:19|20)\d\d\s*(?:vs\.?|versus|to|compared\s+(?:to|with)|[-–])\s*(?:19|20)\d\d\b")
# "August 2024", "June 30, 2023": a dated column, not a year heading repeated over groups.
# Within one line: "December 31," over "2022" is a column's date split over two lines, and its year
# still counts among the header's years (the same years repeated over cut-off span groups).
_DATED = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[^\S\n]+(?:\d{1,2},?[^\S\n]+)?"
                    r"(?:19|20)\d\d\b")
_COLUMN_LABEL = re.compile(r"(?i)\b(?:19|20)\d\d\b|%\s*change|\bchange\b")


def _spans(text: str) -> list[str]:
    """The spans `text` names, in order ("three", "six", "nine", "twelve")."""
    return [m.lastgroup or "" for m in _SPAN.finditer(text)]


def asked_span(q: Question, groups: list[str]) -> str | None:
    """The span the question asks for among the header's groups: a half or nine months if it
    names one, else a quarter if it names one, else a full year or year-to-date (the longer)."""
    named = set(question_spans(q.text))
    for span in ("six", "nine", "three", "twelve"):
        if span in named and span in groups:
            return span
    if named & {"six", "nine", "three"}:
        return None
    longer = [g for g in groups if g != "three"]
    if (named or _YTD.search(q.text)) and len(set(longer)) == 1:
        return longer[0]  # "full year" over "Q4 ... Six Months": the one longer span
    return None


def _span_group(q: Question, header: str) -> tuple[int, int] | None:
    """(group, number of groups) when the header groups its columns by span and the question
    asks for one of them."""
    groups = list(dict.fromkeys(_spans(" ".join(header.split("\n")[-3:]))))
    if len(groups) < 2:
        return None
    asked = asked_span(q, groups)
    return (groups.index(asked), len(groups)) if asked is not None else None


_VOTED_FOR = re.compile(r"(?i)\b(?:votes?|voted|cast)\s+for\b|\bin\s+favou?r\b")


# A word that joins the words of one phrase ("Statements of Income"), never a column's heading by
# itself; "For" is one, a vote table's ("For  Against  Abstain").
_JOINING = STOPWORDS - {"for"}


def _title_line(line: str, columns: list[str]) -> bool:
    """The header's last line is a title over the table, not a line of column headings: it names a
    statement ("Parent Company – Condensed Statements of Cash Flows"), or, printed with single spaces,
    one of its words only joins the others ("Results of Operations")."""
    if any(p.search(line) for _, p in STATEMENT_PATTERNS):
        return True
    return not re.search(r"\s{2,}", line) and any(c.lower() in _JOINING for c in columns)


def _named_column(q: Question, header: str, cells: list[Quantity]) -> int | None:
    """A column the question names by its heading ("For Against Abstain" -> "against")."""
    if not header.strip() or len(cells) < 2 or re.search(r"\b(?:19|20)\d\d\b", header.split("\n")[-1]):
        return None  # no heading, or years head the columns
    if any(len(re.findall(r"\b(?:19|20)\d\d\b", ln)) >= 2 for ln in header.split("\n")):
        return None  # years head the columns; the line below them is a sub-heading ("Accounts and notes receivable")
    line = header.split("\n")[-1].strip()
    columns = re.split(r"\s{2,}", line) if re.search(r"\s{2,}", line) else line.split()
    if _title_line(line, columns):
        return None  # "CONSOLIDATED STATEMENTS OF INCOME": the table's title, whose words head no column
    if columns and SCALE_PART.match(columns[0]):
        columns = columns[1:]  # "($ in millions)" heads the labels, not a figure's column
    if len(columns) > len(cells) + 1:
        return None  # a sentence or a wrapped label above the row, not a line of column headings
    heads = columns[-len(cells) :]
    words = set(q.terms) - set(q.focus)  # "votes" is what is counted, "against" the column
    if _VOTED_FOR.search(q.text):
        words.add("for")  # "votes cast for her", "in favour": the For column ("for" is no term)
    asked = [i for i, c in enumerate(heads) if any(stem(w) in words for w in re.findall(r"[A-Za-z]+", c))]
    if not asked:
        # What is counted may itself be one column's own word ("how many abstentions"): a word
        # printed in one heading alone names it.
        own = [{stem(w) for w in re.findall(r"[A-Za-z]+", c)} for c in heads]
        alone = [o - set().union(*(x for k, x in enumerate(own) if k != i)) for i, o in enumerate(own)]
        asked = [i for i, o in enumerate(alone) if o & set(q.terms)]
    if len(asked) != 1:
        return None
    return asked[0] if len(heads) == len(cells) else None


def column_of(q: Question, header: str, cells: list[Quantity]) -> int:
    """Which cell of a table row the question's period and span point at (header "2023 2022" ->
    2022; "Q4 ... Full Year" over "2022 2021 % 2022 2021 %" -> the second 2022 for a full-year
    question; "Three Months Ended ... Six Months Ended" -> the third cell for the six months)."""
    return locate_column(q, header, cells)[0]


def locate_column(q: Question, header: str, cells: list[Quantity], own_period: str | None = None,
                  row: str | None = None) -> tuple[int, bool]:
    """(the cell `column_of` picks, whether the header says it is the asked one). A question that
    names a year (or a span) is answered from a row of several cells only by the cell its column
    heading names: the first cell of a row whose header is cut off, names other years, or groups
    its columns by spans the question does not choose between, is a guess. A row with no period
    heading at all, in a filing whose own period is asked (`own_period`, "Q2 2024"), is read as
    filings print it: the current period first, the prior one next. A quarter or half asked of a
    table whose header names other spans ("Twelve Months Ended") is not answered from it, nor from
    one whose header names none but in that quarter's own filing (elsewhere its columns are years)."""
    header = stacked_ranges(header)  # "Oct–Dec" over "2026": one heading, "Oct–Dec 2026"
    revised = revision_column(q, header, cells)
    if revised is not None:  # "Prior Outlook  Updated Outlook": one year's two forecasts, told by the side asked
        return revised, True
    at, told = _locate(q, header, cells, own_period, row)
    if told and _other_dates(q.text, header):
        return at, False
    part = next((s for s in ("six", "nine", "three") if s in question_spans(q.text)), None)
    spans = _spans(" ".join(without_change_spans(header).split("\n")[-3:]))
    if told and part and part not in spans and (spans or not (own_period or "FY").startswith(("Q", "H"))):
        return at, False
    if told and part is None and _whole_year_asked(q) and spans and set(spans) <= _PART_YEAR:
        return at, False  # a year asked of a table whose columns are quarters or halves only
    return at, told


_PART_YEAR = frozenset({"three", "six", "nine"})


def _whole_year_asked(q: Question) -> bool:
    """A question that names a year and no part of one ("in 2023", "full-year 2023", "fiscal
    2023"; not "the fourth quarter of 2023", "the first half", "year to date") asks the whole
    year: a column of "Three Months Ended December 31, 2023" is not its figure."""
    return bool(q.years) and not q.quarters and not _YTD.search(q.text)


# A full date as a header prints it, also run into the word before it ("as ofJanuary 28, 2023").
_RUN_ON_DATE = re.compile(r"(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b")


def _other_dates(question: str, header: str) -> bool:
    """The question asks a balance at one date ("at July 29, 2023") and the header dates its
    columns in full with other months ("January 28, 2023  January 29, 2022"): no cell is that
    date's, whatever year they share (a 10-K's year-end for a quarter's date asked)."""
    asked = {(m.group(1).lower(), m.group(3)) for m in _FULL_DATE.finditer(question)}
    full = list(_RUN_ON_DATE.finditer(header))
    dated = {(m.group(1).lower(), m.group(3)) for m in full}
    # Every year of the header inside a full date: a date split over lines ("July 2," over "2023") is unread.
    every = len(full) == len(re.findall(r"\b(?:19|20)\d\d\b", header))
    return len(asked) == 1 and bool(dated) and every and not asked & dated


def _aligned(q: Question, header: str, cells: list[Quantity], row: str | None) -> tuple[int, bool] | None:
    """The asked year's cell where every cell of the row has its column in the header
    (`cell_columns.read_cells`): of the asked span, and a percent cell only for a percent asked.
    None when the header cannot be read against the row or does not name the asked year."""
    read = read_cells(header, cells, row)
    if read is None or not q.years:
        return None
    for year in sorted(q.years):
        at = [i for i, c in enumerate(read) if c.year == year]
        if not at:
            continue
        spans = list(dict.fromkeys(span for i in at if (span := read[i].span)))
        asked = asked_span(q, spans) if len(spans) > 1 else (spans[0] if spans else None)
        if len(spans) > 1 and asked is None:
            return at[0], False  # span groups the question did not choose between
        at = [i for i in at if read[i].span in (asked, None)]
        quarters = any(read[i].quarter for i in at)  # "2Q23  1Q23": each quarter heads its own column
        if quarters and q.quarters:
            at = [i for i in at if read[i].quarter in q.quarters or read[i].span != "three"]
        kinds = ("percent", "amount") if q.want == "percent" else ("amount",)
        of_kind = next(([i for i in at if read[i].kind == k] for k in kinds if any(read[i].kind == k for i in at)), [])
        if len(of_kind) > 1 and quarters:
            return of_kind[0], False  # two quarters' columns could be the one asked: not told
        # Several cells of the year and kind (two dated columns of one year): the reading below.
        return (of_kind[0], True) if len(of_kind) == 1 else None
    return None


_FULL_DATE = re.compile(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b")


def _worded_columns(header: str) -> bool:
    """A header line names two columns or more in words, none a period or a scale caption, and the
    line is no table title."""
    for line in header.split("\n"):
        parts = [p.strip() for p in re.split(r"\s{2,}", line.strip()) if p.strip()]
        if (len(parts) >= 2 and not any(p.startswith("(") or PERIOD_WORD.search(p) for p in parts)
                and not _title_line(line, parts)):
            return True
    return False


def _year_grouped(q: Question, header: str, cells: list[Quantity], row: str | None) -> tuple[int, bool] | None:
    """In a header of years over names repeated per year (`row_groups.year_groups`), the asked
    year's cell under the name asked (else the year's total), told; not told when the question's
    year or name picks no one cell: the first cells are no run of years. None: no such header."""
    from assistant.core.answer.row_groups import (  # row_groups -> units -> columns
        year_group_column,
        year_groups,
    )

    slots = slot_cells(row, cells) if row is not None else None
    cols: list[int | None] = list(slots) if slots is not None else list(range(len(cells)))
    groups = year_groups(header, len(cols))
    if groups is None:
        return None
    if not q.years:
        return 0, False
    # of two years asked (a growth), the latest's cell stands for the row, as `row_groups.named_group`
    at = year_group_column({stem(w) for w in re.findall(r"[A-Za-z]+", q.text)}, max(q.years), groups)
    col = cols[at] if at is not None else None
    return (col, True) if col is not None else (0, False)


_ALL_SEGMENTS = frozenset(stem(w) for w in ("segment", "segments", "total", "reportable", "consolidated"))


def _side_by_side(q: Question, header: str, cells: list[Quantity], row: str | None) -> tuple[int, bool] | None:
    """In a line of two half-rows side by side (`side_rows`), the asked year's cell under the one
    column name the question says, told; not told when the year or the name picks no one cell.
    None: no such line."""
    from assistant.core.answer.row_groups import names_group  # row_groups -> units -> columns
    from assistant.core.answer.side_rows import side_by_side, side_header
    from assistant.core.answer.units import word_stems

    read = side_by_side(header, row, cells) if row is not None else None
    if read is None:
        # one half of a doubled line: which half, so which year, is not told
        return (0, False) if side_header(header) else None
    asked = {stem(w) for w in re.findall(r"[A-Za-z]+", q.text)}
    said = {r[1] for r in read if r is not None and names_group(word_stems(r[1]), asked)}
    # "the Fleet segment" says Fleet; the "Segments" (all segments) column only when no other name is said
    said = {n for n in said if not word_stems(n) <= _ALL_SEGMENTS} or said
    if not q.years or len(said) != 1:
        return 0, False
    at = next((k for k, r in enumerate(read) if r == (max(q.years), next(iter(said)))), None)
    return (at, True) if at is not None else (0, False)


# A date written day first, as international reports and questions write it: "30 Jun 2025", "30 June 2025".
_DAY_FIRST = re.compile(r"(?i)\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b")


def _dates(text: str, month_first: re.Pattern[str]) -> list[tuple[str, int, str]]:
    """(month, day, year) of each full date of `text` in order, written month first or day first."""
    found = [(m.start(), (m.group(1).lower(), int(m.group(2)), m.group(3))) for m in month_first.finditer(text)]
    found += [(m.start(), (m.group(2).lower(), int(m.group(1)), m.group(3))) for m in _DAY_FIRST.finditer(text)]
    return [d for _, d in sorted(found)]


def _full_dated_column(q: Question, header: str, cells: list[Quantity]) -> int | None:
    """The column of the one full date the question names, where the header's line of dates prints
    one full date per cell ("July 29, 2023  January 28, 2023  July 30, 2022"): two columns of one
    year are told apart by their month and day, never by the year alone; dates written day first
    ("30 Jun 2026  31 Dec 2025  30 Jun 2025") too. None otherwise."""
    asked = set(_dates(q.text, _FULL_DATE))
    line = next((ln for ln in reversed(header.split("\n")) if _dates(ln, _RUN_ON_DATE)), None)
    if len(asked) != 1 or line is None:
        return None
    dates = _dates(line, _RUN_ON_DATE)
    if len(dates) != len(cells) or len(re.findall(r"\b(?:19|20)\d\d\b", line)) != len(dates):
        return None  # a change column, a date split over lines: the dates do not count out the cells
    at = [i for i, d in enumerate(dates) if d in asked]
    return at[0] if len(at) == 1 else None


def _locate(q: Question, header: str, cells: list[Quantity], own_period: str | None,
            row: str | None) -> tuple[int, bool]:
    full = _full_dated_column(q, header, cells)
    if full is not None:
        return full, True
    side = _side_by_side(q, header, cells, row)
    if side is not None:
        return side
    by_year = _year_grouped(q, header, cells, row)
    if by_year is not None:
        return by_year
    named = _named_column(q, header, cells)
    if named is not None:
        return named, True
    dated = split_dated_column(q, header, cells)  # "December 31," over "2025" beside "September 30," over "2025"
    if dated is None:
        dated = named_group_column(q, header, cells)
    if dated is not None:
        return (dated, True) if dated >= 0 else (0, False)
    from assistant.core.answer.column_grid import (
        grid_column,  # column_grid -> row_groups -> units -> columns
    )

    grid = grid_column(q, header, cells, row)
    if grid is not None:
        return grid
    if unplaced_part(q, header, cells, row):
        return 0, False  # the named segment heads a column this row's cells cannot be counted against
    aligned = _aligned(q, header, cells, row)
    if aligned is not None:
        return aligned
    if part_columns(header, cells):
        return 0, False  # the cells are parts of the company; a lead-in's years are no cell's heading
    lines = [ln for ln in header.split("\n") if re.search(r"\b(?:19|20)\d\d\b", ln)]
    cols = [m.group().lower() for m in _COLUMN_LABEL.finditer(lines[-1])] if lines else []
    labels: list[int] = []
    # A line of two years or more heads the columns: a year above it dates a lead-in sentence ("the
    # maturities as of December 31, 2022 were:" over "2023  2024  2025"), no column.
    leaf = next((ln for ln in reversed(lines) if len(set(re.findall(r"\b(?:19|20)\d\d\b", ln))) >= 2), header)
    for m in re.finditer(r"\b(?:19|20)\d\d\b", leaf):
        if int(m.group()) not in labels:
            labels.append(int(m.group()))
    span = _span_group(q, header)
    group, groups = span if span is not None else (0, 1)
    # Span groups the header holds but the question did not choose between ("Q4 ... Twelve Months").
    unchosen = span is None and len(set(_spans(" ".join(header.split("\n")[-3:])))) > 1
    # Or the same years over several groups whose span words are cut off ("2022 2021 ... 2022 2021").
    levels = re.findall(r"\b(?:19|20)\d\d\b", _DATED.sub(" ", _COMPARED.sub(" ", header)))
    unchosen = unchosen or (span is None and any(levels.count(str(y)) > 1 for y in q.years))
    if len(cols) == len(cells):  # each cell has its label: the year's occurrence in that group
        for year in sorted(q.years):
            at = [i for i, c in enumerate(cols) if c == str(year)]
            if at:
                return at[min(group, len(at) - 1)], not unchosen
    if span is not None and len(cells) % groups == 0:
        per = len(cells) // groups
        within = next((labels.index(y) for y in sorted(q.years) if y in labels and labels.index(y) < per), None)
        told = within is not None or not q.years
        if within is None:
            within = 1 if q.prior and per > 1 else 0
        return group * per + within, told
    # Span groups ("Three Months Ended  Six Months Ended") over a row whose cells they do not divide
    # (an empty cell dropped, a change column): a year's place in the header is not its cell's.
    grouped = len(set(_spans(" ".join(header.split("\n")[-3:])))) > 1 and len(cells) > len(labels)
    for year in sorted(q.years):  # "Carrying Value  (Level 2)" under each year: the heading the question names
        if not unchosen and (sub := year_sub_column({stem(w) for w in re.findall(r"[A-Za-z]+", q.text)}, header, len(cells), labels, year, q.want)) is not None:
            return sub, True
    for year in sorted(q.years):
        if year in labels and labels.index(year) < len(cells):
            return labels.index(year), not unchosen and not grouped
    # A header that names its columns in words ("Shares  Amount  Total", "Options  Exercise Price")
    # dates none of them: the cells are measures or parts, not the filing's periods current-first.
    headless = not labels and not _spans(header) and not _worded_columns(header)
    before = own_period is not None and asks_before_own(q.text, own_period)
    if headless and (back := years_before_own(q.text, own_period)) is not None:
        # an annual filing's own columns, its year first then each year before: the asked year's place
        return (back, True) if back < len(cells) else (0, False)
    if own_period is not None and headless and len(cells) == 2 and before:
        return 1, True  # its own filing's two columns, current then prior: an earlier year asked is the second
    return (1 if q.prior and len(cells) > 1 else 0), not q.years or (own_period is not None and headless and not before)
