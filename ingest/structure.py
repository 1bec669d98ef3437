"""Recognise the structure of a page: table rows, headings, financial statements.

Filings are mostly tables. A line with two or more figures is a table row; the
lines just above the first row of a run of rows (title, column years) are the
table's header, repeated on every chunk cut from that table. A page whose title
names a primary statement gets that statement as its kind, because many
questions name the statement ("using the balance sheet") or its line items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FIGURE = re.compile(r"\(?-?\$?\s?\d[\d,]*(?:\.\d+)?\)?%?")
_YEARISH = re.compile(r"^(?:19|20)\d\d$")

STATEMENT_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "cash_flow",
        re.compile(r"statements?\s+of\s+(?:consolidated\s+)?cash\s+flows?|cash\s+flows?\s+statements?", re.I),
    ),
    (
        "balance_sheet",
        re.compile(
            r"balance\s+sheets?|statements?\s+of\s+(?:consolidated\s+)?financial\s+(?:position|condition)",
            re.I,
        ),
    ),
    (
        "comprehensive_income",
        re.compile(r"statements?\s+of\s+(?:consolidated\s+)?comprehensive\s+(?:income|earnings|loss)", re.I),
    ),
    (
        "income_statement",
        re.compile(
            r"statements?\s+of\s+(?:consolidated\s+)?(?:income|earnings|operations)(?!\s+and\s+comprehensive)"
            r"|income\s+statements?|statements?\s+of\s+(?:consolidated\s+)?(?:income|earnings|operations)",
            re.I,
        ),
    ),
    (
        "equity",
        re.compile(r"statements?\s+of\s+(?:consolidated\s+)?(?:changes\s+in\s+)?(?:stockholders|shareholders|share\s*owners)['’]?\s+equity|statements?\s+of\s+equity", re.I),
    ),
]

# Pages that crowd search results without answering anything.
_BOILERPLATE = [
    re.compile(r"exhibit\s+index", re.I),
    re.compile(r"pursuant\s+to\s+the\s+requirements\s+of\s+(?:section\s+13|the\s+securities\s+exchange)", re.I),
    re.compile(r"^\s*signatures?\s*$", re.I | re.M),
    re.compile(r"table\s+of\s+contents", re.I),
]

STATEMENT_TITLES = {
    "balance_sheet": "Balance sheet",
    "income_statement": "Income statement",
    "cash_flow": "Cash flow statement",
    "comprehensive_income": "Statement of comprehensive income",
    "equity": "Statement of shareholders' equity",
}


_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b",
    re.I,
)
_ENDS_WITH_FIGURE = re.compile(r"(?:\d|%|\)|—|–|-)\s*$")
_WORD = re.compile(r"[A-Za-z]{2,}")


def figure_count(line: str) -> int:
    """Numbers that look like figures (years and dates alone do not count)."""
    line = _DATE.sub(" ", line)
    n = 0
    for match in _FIGURE.finditer(line):
        token = match.group().strip("()$% -")
        if not token or not any(ch.isdigit() for ch in token):
            continue
        if _YEARISH.match(token.replace(",", "")):
            continue
        n += 1
    return n


def is_table_row(line: str) -> bool:
    """A line of a table: a short label followed by figures (prose with numbers is not)."""
    stripped = line.strip()
    if not stripped:
        return False
    if stripped.count("|") >= 2:
        return True
    if not _ENDS_WITH_FIGURE.search(stripped):
        return False
    figures = figure_count(stripped)
    words = len(_WORD.findall(stripped))
    if figures >= 2:
        return words <= max(12, 3 * figures)
    # A label followed by a single figure ("Total assets 12,345") is a row too.
    return figures == 1 and 1 <= words <= 8 and len(stripped) < 100


def statement_kind(page_text: str) -> str | None:
    """The primary statement a page presents, judged from its first lines (its title)."""
    head = "\n".join(page_text.strip().splitlines()[:8])
    for kind, pattern in STATEMENT_PATTERNS:
        if pattern.search(head):
            # Notes and indexes mention statements too; a statement page is mostly rows.
            lines = [ln for ln in page_text.splitlines() if ln.strip()]
            rows = sum(1 for ln in lines if is_table_row(ln))
            if lines and rows / len(lines) >= 0.3:
                return kind
    return None


def is_boilerplate(page_text: str) -> bool:
    head = "\n".join(page_text.strip().splitlines()[:6])
    return any(p.search(head) for p in _BOILERPLATE)


@dataclass
class Block:
    """A run of lines of one kind: prose or table."""

    kind: str  # "prose" or "table"
    lines: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)  # table title/column lines, repeated on cuts


def split_blocks(page_text: str) -> list[Block]:
    """Group a page's lines into prose and table blocks; give each table its header lines."""
    lines = [ln.rstrip() for ln in page_text.splitlines()]
    blocks: list[Block] = []
    current: Block | None = None
    for line in lines:
        if not line.strip():
            if current is not None and current.kind == "prose":
                current.lines.append("")
            continue
        kind = "table" if is_table_row(line) else "prose"
        if current is None or current.kind != kind:
            # A short prose line right between table rows is a sub-heading of the table.
            if (
                current is not None
                and current.kind == "table"
                and kind == "prose"
                and len(line.strip()) < 80
            ):
                current.lines.append(line)
                continue
            current = Block(kind=kind)
            blocks.append(current)
        current.lines.append(line)
    # Trailing prose lines swallowed by a table at its end belong to the table anyway;
    # the header of a table is the last few short lines of the prose block before it.
    for i, block in enumerate(blocks):
        if block.kind != "table":
            continue
        if i > 0 and blocks[i - 1].kind == "prose":
            prev = [ln for ln in blocks[i - 1].lines if ln.strip()]
            tail = [ln for ln in prev[-3:] if len(ln.strip()) < 120]
            block.header = tail
        while block.lines and not block.lines[-1].strip():
            block.lines.pop()
    for block in blocks:
        while block.lines and not block.lines[-1].strip():
            block.lines.pop()
    return [b for b in blocks if any(ln.strip() for ln in b.lines)]
