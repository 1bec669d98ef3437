"""Recognise the structure of a page: table rows, headings, financial statements, boilerplate.

Filings are mostly tables. A line with two or more figures is a table row; the
lines just above the first row of a run of rows (title, column years) are the
table's header, repeated on every chunk cut from that table. A page whose title
names a primary statement gets that statement as its kind, because many
questions name the statement ("using the balance sheet") or its line items.
Pages that answer nothing (tables of contents, exhibit indexes, signatures,
certifications, cover check boxes) are recognised so search can push them down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.core.finance.statements import (
    NAV_LINE,
    STATEMENT_KINDS,
    STATEMENT_PATTERNS,
    STATEMENT_TITLES,
    figure_count,
    is_table_row,
    statement_kind,
    title_lines,
)

__all__ = [
    "STATEMENT_KINDS",
    "STATEMENT_PATTERNS",
    "STATEMENT_TITLES",
    "Block",
    "boilerplate_kind",
    "doc_heading",
    "figure_count",
    "is_boilerplate",
    "is_forward_looking",
    "is_heading",
    "is_table_row",
    "repair_split_words",
    "split_blocks",
    "statement_kind",
    "title_lines",
]

# -- boilerplate ---------------------------------------------------------------------------------
_PAGE_REF_LINE = re.compile(r"^(?=.*[A-Za-z]{3}).{3,140}?\s\.*\s*\d{1,3}$")
_ITEM_PREFIX = re.compile(r"^(?:item|note|part)?\s*\d{1,2}[a-c]?\.?\s", re.I)
_ITEM_LINE = re.compile(r"^(?:item\s+)?\d{1,2}[a-c]?\.?\s+[A-Z]", re.I)
_EXHIBIT_NO_LINE = re.compile(r"^\(?\d{1,3}(?:\.\d{1,3}|\([a-z]{1,3}\))[a-z]?\*?\)?\s", re.I)
_BOILER_HEADS: list[tuple[str, re.Pattern[str]]] = [
    ("exhibit_index", re.compile(r"exhibit\s+index|index\s+to\s+exhibits|^exhibit\s+(?:no\.?|number)|"
                                 r"exhibit\s+table|exhibit\s+description", re.I | re.M)),
    ("signatures", re.compile(r"^\s*signatures?\s*$|this\s+report\s+has\s+been\s+signed\s+below", re.I | re.M)),
    ("certification", re.compile(r"certifications?\s+pursuant\s+to|^\s*I,\s+[A-Z][^,]{2,60},\s+certify", re.I | re.M)),
    ("consent", re.compile(r"consent\s+of\s+independent\s+registered", re.I)),
    ("subsidiaries", re.compile(r"subsidiaries\s+of\s+(?:the\s+)?(?:registrant|company)|"
                                r"list\s+of\s+subsidiaries", re.I)),
]
_FORWARD_LOOKING = re.compile(
    r"forward[- ]looking\s+statements?|private\s+securities\s+litigation\s+reform\s+act|"
    r"undue\s+reliance|actual\s+results\s+(?:could|may)\s+differ", re.I
)


def boilerplate_kind(page_text: str) -> str | None:
    """Why a page answers nothing: toc, exhibit_index, signatures, certification, consent,
    subsidiaries, cover; None for a page with content."""
    lines = [ln.strip() for ln in page_text.splitlines() if ln.strip()]
    if not lines:
        return None
    head = "\n".join(title_lines(page_text, 10))
    # "Item 1A. Risk Factors 11": the item number is not a figure, the page number is the only one.
    refs = sum(1 for ln in lines if _PAGE_REF_LINE.match(ln) and figure_count(_ITEM_PREFIX.sub("", ln)) == 1)
    items = sum(1 for ln in lines if _ITEM_LINE.match(ln))
    if len(lines) >= 6 and refs / len(lines) >= 0.4 and (
        items >= 4 or re.search(r"contents|index", page_text[:400], re.I)
    ):
        return "toc"
    for kind, pattern in _BOILER_HEADS:
        # An exhibit list titles its page; an 8-K's short "Item 9.01 Exhibits" list does not.
        if pattern.search(head if kind != "exhibit_index" else "\n".join(head.splitlines()[:4])):
            return kind
    numbered = sum(1 for ln in lines if _EXHIBIT_NO_LINE.match(ln))
    if numbered >= 6 and numbered / len(lines) >= 0.2 and re.search(r"\bexhibit", page_text, re.I):
        return "exhibit_index"
    if len(re.findall(r"indicate\s+by\s+check\s+mark|check\s+the\s+appropriate\s+box", page_text, re.I)) >= 2:
        return "cover"
    return None


def is_boilerplate(page_text: str) -> bool:
    return boilerplate_kind(page_text) is not None


def is_forward_looking(text: str) -> bool:
    """A passage that is mostly the safe-harbour disclaimer found in every filing and release."""
    return len(_FORWARD_LOOKING.findall(text)) >= 2


# -- headings ------------------------------------------------------------------------------------
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
_DOC_HEADING = re.compile(
    r"^(?P<h>(?:item\s+\d{1,2}[a-c]?\.\s*|note\s+\d{1,2}\s*(?:[.:—–-]\s*|(?=[A-Z][a-z]))|part\s+[ivx]+\b)"
    r"(?P<t>.{0,140}))$",
    re.I,
)
_NUMBERED_NOTE = re.compile(r"^(?P<n>\d{1,2})\.\s+(?P<t>[A-Z][A-Za-z,'’&\- ]{3,80})$")


def is_heading(line: str) -> bool:
    """A short title-like line: "Vendor Allowances", "Results of Operations", "NOTE 7. DEBT"."""
    s = line.strip()
    if not (3 <= len(s) <= 80) or s[0] in "(•*-–—$·" or s.endswith((",", ";", ":")) or NAV_LINE.match(s):
        return False
    if is_table_row(s) or (s.endswith(".") and not re.search(r"\b(?:inc|co|corp|no)\.$", s, re.I)):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'’&-]*", s)
    # Column heads ("Level 1 Level 2 Total", "2023 2022") carry digits; titles rarely do.
    if not 1 <= len(words) <= 9 or any(ch.isdigit() for ch in s):
        return False
    if len({w.lower() for w in words}) < len(words):
        return False  # "Shares Amount Shares Amount": a column head
    big = [w for w in words if w.lower() not in _SMALL]
    return bool(big) and sum(w[0].isupper() for w in big) / len(big) >= 0.75


def doc_heading(line: str) -> str | None:
    """A document-level heading ("Item 7. ...", "Note 9. ...", "4. Goodwill ...") in short form."""
    s = " ".join(line.split())
    m = _DOC_HEADING.match(s)
    # "Note 13 to our consolidated statements ..." is a sentence; "Note 13. Debt" is a heading.
    if m and not _PAGE_REF_LINE.match(s) and not re.match(r"\s*(?:to|of|in|and|for)\b", m.group("t")):
        return s[:70]
    m2 = _NUMBERED_NOTE.match(s)
    if m2 and is_heading(m2.group("t")):
        return f"Note {m2.group('n')}. {m2.group('t')}"[:70]
    return None


def repair_split_words(page_text: str) -> str:
    """pypdf sometimes breaks a heading inside a word ("Not\\ne 7. Debt"); rejoin that one shape."""
    return re.sub(r"(?m)^(\s*Not)\s*\n\s*(e\s+\d{1,2}\.)", r"\1\2", page_text)


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
    # The header of a table is the last few short lines of the prose block before it.
    for i, block in enumerate(blocks):
        if block.kind != "table":
            continue
        if i > 0 and blocks[i - 1].kind == "prose":
            prev = [ln for ln in blocks[i - 1].lines if ln.strip()]
            tail = [ln for ln in prev[-3:] if len(ln.strip()) < 120]
            block.header = tail
    for block in blocks:
        while block.lines and not block.lines[-1].strip():
            block.lines.pop()
    return [b for b in blocks if any(ln.strip() for ln in b.lines)]
