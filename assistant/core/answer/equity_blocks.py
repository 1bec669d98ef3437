"""The statement of shareholders' equity read by its blocks (issue 12).

Such a statement prints its periods in row labels, not column headings:

    (Millions)                     Common stock  Retained earnings  Total
    Balance at December 31, 2021        100           900           1,000
    Net income                           —            250             250
    Dividends declared                   —            (80)            (80)
    Balance at December 31, 2022        100         1,070           1,170

A movement row belongs to the period between the balance line opening its block and the one
closing it (twelve months to December 31, 2022 above); a balance line is the balance at its own
date. Its columns are the parts of equity; the total column is the one equal to the sum of the
others on the row read (a finance reader's check that it is the total, whichever side it is
printed on). Only the total is read, so a question naming a component gives nothing here. A row
answers when the question names all of its label's words, the row is the one such row of the
asked period's block, and the block's span and closing date are the period asked; its words
named only as a note's name, "(stock-based compensation note)", say where to read, not the row.

Another layout: a statement printing its years as columns over blocks of rows per part
of equity ("2022  2021  2020" over "Shares  Amount" pairs) is read by `year_rows`: the row's
cell (or pair's amount) under the asked year, the row the one such in the whole statement.
"""

from __future__ import annotations

import logging
import re
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from assistant.core.answer.row_dates import label_date
from assistant.core.finance.asked import PER_UNIT
from assistant.core.finance.metrics import Period
from assistant.core.finance.near_concepts import NOTE_AFTER
from assistant.core.finance.periods import fiscal_year_of
from assistant.core.finance.plan import plan_question
from assistant.core.finance.presentation import asked_as_size, label_names_direction
from assistant.core.finance.statements import STATEMENT_PATTERNS
from assistant.core.finance.years import YEAR_DIGITS
from assistant.core.numbers import Quantity, format_quantity
from assistant.core.scale_statements import detect_scale_statement
from assistant.core.store.base import StoredChunk
from assistant.core.types import Answer, Citation, KeyFigure, SearchHit
from assistant.core.words import stem

if TYPE_CHECKING:
    from assistant.core.library import Library

log = logging.getLogger(__name__)

__all__ = ["EquityRow", "equity_answer", "equity_rows", "equity_statement", "year_rows"]

_CELL = re.compile(r"^(?:\(?-?[\d,]*\d(?:\.\d+)?\)?|[-—–])$")
_BALANCE = re.compile(r"^\s*balances?\b", re.I)
_TOTAL_WORD = re.compile(r"\btotal\b", re.I)
# "Common stock dividends, $2.80 per share": the rate printed in the label names no other row.
# "Dividends declared ($2.585, $2.535, $2.485 per share)": so are the rates of the years it spans.
_RATE_TAIL = re.compile(r",?\s*\(?[$€£]\s?[\d.,]+(?:\s*(?:and\s+)?[$€£]\s?[\d.,]+)*\s+per\s+share\)?.*$", re.I)
_WORD = re.compile(r"[A-Za-z]+")
_FUNCTION = frozenset({"of", "the", "a", "an", "and", "for", "to", "in", "on", "by", "at", "as", "s", "cash", "net"})
# Components, not the total: a question naming one asks another column than the one read here.
_COMPONENT = re.compile(r"retained\s+earnings|accumulated\s+other\s+comprehensive|\bAOCI\b|paid[\s-]+in|"
                        r"non-?controlling|\bpreferred\s+stock\s+column", re.I)
# A figure the row does not print: a ratio, a count, a rate, a change, or a sum of rows.
_NOT_A_ROW = re.compile(r"\b(?:ratio|percent(?:age)?|how\s+many|growth|cagr|divided|per\s+cent|change|plus|"
                        r"sum(?:ming)?|combined|together|including|average|compound)\b|%|\bshares?\s*\(millions\)", re.I)
# What equity returns to its owners is a deduction whichever way its label reads: its size is the amount.
_TO_OWNERS = re.compile(r"\bdividends?\b|\b(?:re)?purchases?\b|\brepurchased\b|\bbuy-?backs?\b|\bredemptions?\b", re.I)
_STATEMENT_NAME = dict(STATEMENT_PATTERNS)["equity"]
_CONTAINING = frozenset({"in", "within", "into", "inside"})
_SLACK_DAYS = 7  # 52/53-week years end on nearby days


@dataclass(frozen=True)
class EquityRow:
    """One row of the statement, dated: a movement over (start, end], or a balance at `end`."""

    label: str
    total: float  # the total column's cell, signed as printed (brackets negative)
    cell: str  # the cell as printed
    start: date | None  # None: a balance line
    end: date
    line: str  # the row as printed
    chunk: StoredChunk
    year: int | None = None  # a column of a statement printing its years as columns (`year_rows`)


def _split(line: str) -> tuple[str, list[str]]:
    """(label, cells) of a row printed with cells apart by two spaces; a lone "$" is no cell."""
    parts = [p.strip() for p in re.split(r"\s{2,}", line.strip()) if p.strip() and p.strip() not in "$€£"]
    cells: list[str] = []
    while parts and _CELL.match(parts[-1]):
        cells.insert(0, parts.pop())
    return " ".join(parts), cells


def _value(cell: str) -> float:
    if cell in "-—–":
        return 0.0
    v = float(cell.strip("()").replace(",", ""))
    return -v if cell.startswith("(") else v


def _total(cells: list[str]) -> str | None:
    """The total column's cell: the first or last cell equal to the sum of the others (a leading
    count of shares left out); None when neither or both disagree."""
    if len(cells) < 3:
        return None
    v = [_value(c) for c in cells]
    found = {cells[at] for at, rest in ((0, v[1:]), (len(v) - 1, v[:-1]), (len(v) - 1, v[1:-1]))
             if any(rest) and abs(v[at] - sum(rest)) <= 1.0 + 1e-6 * abs(v[at])}
    return found.pop() if len(found) == 1 else None


def equity_rows(chunks: Sequence[StoredChunk]) -> list[EquityRow]:
    """The dated rows of one statement's chunks (in order): header lines repeated at the top of
    every chunk are dropped, a label wrapped over two lines is joined."""
    leading: dict[str, int] = {}
    for c in chunks:
        for ln in c.text.split("\n"):
            if _split(ln)[1]:
                break
            leading[ln.strip()] = leading.get(ln.strip(), 0) + 1
    rows: list[EquityRow] = []
    opened: date | None = None
    pending: list[tuple[str, float, str, str, StoredChunk]] = []  # movements awaiting their closing balance
    wrapped, started = "", False
    for c in chunks:
        for ln in c.text.split("\n"):
            label, cells = _split(ln)
            if not cells:
                # the title and column names above the first row, or repeated over each chunk, are no label
                if started and ln.strip() and leading.get(ln.strip(), 0) < 2:
                    wrapped = ln.strip()
                continue
            # a balance line opens its own label; any other row's may have begun on the line above
            label = label if _BALANCE.match(label) else f"{wrapped} {label}".strip()
            wrapped, started = "", True
            total = _total(cells)
            day = label_date(label) if _BALANCE.match(label) else None
            if day is not None:
                if total is not None:
                    rows.append(EquityRow(label, _value(total), total, None, day, ln.strip(), c))
                if opened is not None and opened < day:
                    rows.extend(EquityRow(lb, v, cell, opened, day, line, ch) for lb, v, cell, line, ch in pending)
                opened, pending = day, []
            elif total is not None and label:
                pending.append((label, _value(total), total, ln.strip(), c))
    return rows


# "2021  2020  2019" or "Years Ended December 31,  2022  2021  2020": a statement printing its years as columns
_PAIRS = re.compile(r"^\s*shares\s{2,}amount(?:\s{2,}shares\s{2,}amount)+\s*$", re.I)


def year_rows(chunks: Sequence[StoredChunk]) -> list[EquityRow]:
    """The movement rows of a statement printing its years as columns and the parts of equity as
    blocks of rows ("Retained Earnings" over "Balance, beginning of year", "Net income", ...):
    each row's cell under each year, the amount of a "Shares  Amount" pair where the header pairs
    them; a row of another count of cells, a balance line, or no such header gives nothing."""
    years: list[int] = []
    paired = False
    rows: list[EquityRow] = []
    for c in chunks:
        for ln in c.text.split("\n"):
            parts = [p.strip() for p in re.split(r"\s{2,}", ln.strip()) if p.strip()]
            tail = [int(p) for p in parts[1 if len(parts) > 2 and not YEAR_DIGITS.fullmatch(parts[0]) else 0:] if YEAR_DIGITS.fullmatch(p)]
            if len(tail) >= 2 and len(tail) == len(parts) - (not YEAR_DIGITS.fullmatch(parts[0])) and len(set(tail)) == len(tail):
                years, paired = tail, False
                continue
            if years and _PAIRS.match(ln) and ln.lower().count("amount") == len(years):
                paired = True
                continue
            label, cells = _split(ln)
            if not years or not label or not cells or _BALANCE.match(label):
                continue
            amounts = cells if len(cells) == len(years) else cells[1::2] if paired and len(cells) == 2 * len(years) else []
            for year, cell in zip(years, amounts, strict=False):
                if cell not in "-—–":
                    # start/end: the year's own span as the header names it, calendar dates standing in
                    rows.append(EquityRow(label, _value(cell), cell, date(year - 1, 12, 31), date(year, 12, 31),
                                          ln.strip(), c, year))
    return rows


def _words(text: str) -> set[str]:
    return {stem(w.lower()) for w in _WORD.findall(text)} - {stem(w) for w in _FUNCTION}


def _months(start: date, end: date) -> int:
    return round((end - start).days / 30.44)


def _in_period(row: EquityRow, p: Period) -> bool:
    if row.year is not None:
        return p.months == 12 and row.year == (p.fiscal_year or (fiscal_year_of(p.end) if p.end else None))
    if p.months == 0:
        return row.start is None and p.end is not None and abs((row.end - p.end).days) <= _SLACK_DAYS
    if row.start is None or _months(row.start, row.end) != p.months:
        return False
    if p.end is not None:
        return abs((row.end - p.end).days) <= _SLACK_DAYS
    return p.fiscal_year is not None and fiscal_year_of(row.end) == p.fiscal_year


def _named(row: EquityRow, asked: set[str], question: str = "") -> bool:
    own = _words(_RATE_TAIL.sub("", row.label)) if row.start is not None else {stem("equity")}
    if len(own) < 2 - (row.start is None) or not own <= asked:
        return False
    # "translation adjustments in other comprehensive income": a row the question puts the asked
    # figure in is the whole it is part of, not the figure.
    words = [w.lower() for w in _WORD.findall(question)]
    first = next((i for i, w in enumerate(words) if stem(w) in own), None)
    if row.start is not None and _as_note(own, question):
        return False
    return row.start is None or first is None or first == 0 or words[first - 1] not in _CONTAINING


def _as_note(own: set[str], question: str) -> bool:
    """The row's words are the name of a note the question says to read, "(stock-based compensation
    note)": a source, not the row asked (`near_concepts.NOTE_AFTER`)."""
    for m in _WORD.finditer(question):
        if NOTE_AFTER.match(question[m.end():]):
            before = {stem(w.lower()) for w in _WORD.findall(question[: m.end()])[-len(own) - 2:]}
            if own <= before:
                return True
    return False


def equity_answer(question: str, hits: Sequence[SearchHit],
                  equity_chunks: Callable[[str], list[StoredChunk]]) -> Answer | None:
    """A movement or balance of the equity statement, read as the module docstring says, from the
    first document among `hits` whose statement gives exactly one row; None when none does."""
    # "per its statement of changes in equity": the statement's name says where to read, it asks no change
    text = _STATEMENT_NAME.sub(" ", question)
    if _NOT_A_ROW.search(text) or PER_UNIT.search(text) or _COMPONENT.search(text):
        return None
    plan = plan_question(text)
    if plan is None or len(plan.periods) != 1 or plan.kind not in ("lookup", "formula"):
        return None
    period = plan.periods[0]
    asked = _words(text)
    for doc_id in dict.fromkeys(h.doc_id for h in hits):
        chunks = equity_chunks(doc_id)
        rows = [r for r in equity_rows(chunks) + year_rows(chunks)
                if _in_period(r, period) and _named(r, asked, text)]
        if period.months == 0 and not _TOTAL_WORD.search(question):
            rows = []  # a balance asked without "total" may be a component's
        if len(rows) != 1:
            continue
        hit = next(h for h in hits if h.doc_id == doc_id)
        return _answer(question, rows[0], hit, chunks)
    return None


# A document version's equity chunks, per store: reading them means loading every chunk of the
# document, and the same filings come back question after question. A version (its sha256) never
# changes, so nothing held here goes stale.
_HELD: weakref.WeakKeyDictionary[object, dict[tuple[str, str], list[StoredChunk]]] = weakref.WeakKeyDictionary()


def equity_statement(library: Library, question: str, hits: Sequence[SearchHit]) -> Answer | None:
    """`equity_answer` over the library's chunks the ingest marked as the equity statement, in order."""
    def equity_chunks(doc_id: str) -> list[StoredChunk]:
        record = library.document(doc_id)
        if record is None:
            return []
        held = _HELD.setdefault(library.store, {})
        key = (doc_id, record.sha256)
        if key not in held:
            chunks = library.store.chunks_of({doc_id: record.sha256})
            held[key] = sorted((c for c in chunks if c.meta.get("kind") == "equity"),
                               key=lambda c: int(c.meta.get("index", 0)))
        return held[key]

    return equity_answer(question, hits, equity_chunks)


def _answer(question: str, row: EquityRow, hit: SearchHit, chunks: Sequence[StoredChunk]) -> Answer | None:
    # the scale is printed once, over the statement's first rows, or over each of its pages
    heads = [c.text for c in chunks if c.meta.get("page") == row.chunk.meta.get("page")]
    scale = detect_scale_statement(row.chunk.text) or next(filter(None, map(detect_scale_statement, heads)), None)
    if scale is None:
        return None
    value = row.total
    # "(3,332)" of a repurchase asked: the bracket says which way it moved equity, its size is asked.
    if value < 0 and row.start is not None and (
            label_names_direction(row.label) or _TO_OWNERS.search(row.label) or asked_as_size(question, row.label)):
        value = -value
    text = format_quantity(Quantity(value, scale, "USD"))
    when = f"at {row.end:%B} {row.end.day}, {row.end.year}" if row.start is None else \
        f"in the {row.year} column" if row.year is not None else \
        f"for the {_months(row.start, row.end)} months ended {row.end:%B} {row.end.day}, {row.end.year}"
    page = int(row.chunk.meta.get("page", hit.page))
    column = "" if row.year is not None else " (total column)"
    answer = (f"{hit.company or hit.title}'s statement of shareholders' equity: \"{row.label}\" {when} "
              f"was {text}{column} [1].")
    log.debug("equity statement row %r %s -> %s", row.label, when, text)
    return Answer(question=question, answer=answer, mode="extractive",
                  key_figure=KeyFigure(value=value, unit="USD", scale=scale, text=text),
                  citations=[Citation(n=1, doc_id=hit.doc_id, title=hit.title, source=hit.source, page=page,
                                      quote=row.line, chunk_id=row.chunk.chunk_id)],
                  trace={"equity_block": 1.0})
