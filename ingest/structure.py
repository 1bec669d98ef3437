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

_FIGURE = re.compile(r"\(?-?\$?\s?\d[\d,]*(?:\.\d+)?\)?%?")
_YEARISH = re.compile(r"^(?:19|20)\d\d$")
_OF = r"statements?\s+of\s+(?:consolidated\s+|condensed\s+)*"

STATEMENT_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("cash_flow", re.compile(rf"{_OF}cash\s*flows?|cash\s*flows?\s+statements?", re.I)),
    (
        "balance_sheet",
        re.compile(rf"balance\s*sheets?|{_OF}financial\s+(?:position|condition)", re.I),
    ),
    (
        "comprehensive_income",
        re.compile(rf"{_OF}comprehensive\s+(?:income|earnings|loss)", re.I),
    ),
    (
        "income_statement",
        re.compile(
            rf"{_OF}(?:income|earnings|operations)(?!\s+and\s+comprehensive)|income\s+statements?"
            rf"|{_OF}(?:income|earnings|operations)",
            re.I,
        ),
    ),
    (
        "equity",
        re.compile(
            rf"{_OF}(?:changes\s+in\s+)?(?:stockholders|shareholders|share\s*owners)['’]?\s+equity"
            rf"|{_OF}(?:changes\s+in\s+)?equity",
            re.I,
        ),
    ),
]

STATEMENT_TITLES = {
    "balance_sheet": "Balance sheet",
    "income_statement": "Income statement",
    "cash_flow": "Cash flow statement",
    "comprehensive_income": "Statement of comprehensive income",
    "equity": "Statement of shareholders' equity",
}
STATEMENT_KINDS = frozenset(STATEMENT_TITLES)

_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b",
    re.I,
)
_ENDS_WITH_FIGURE = re.compile(r"(?:\d|%|\)|—|–|-)\s*$")
_WORD = re.compile(r"[A-Za-z]{2,}")
# Running heads a PDF repeats on every page: they are not the page's title.
_NAV_LINE = re.compile(
    r"^(?:table\s+of\s+contents|index|contents|page\s+\d+|\d{1,3}|[-–—\s]*\d{1,3}[-–—\s]*|"
    r".{0,60}\band\s+subsidiaries|\(?unaudited\)?)$",
    re.I,
)
_TITLE_LEAD = re.compile(r"^(?:(?:condensed|consolidated|combined|interim)\s+)*", re.I)
_NOT_STATEMENT_TITLE = re.compile(r"\bnotes?\s+to\b|\bindex\s+to\b|\breport\s+of\b|\bsee\s+", re.I)


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


def title_lines(page_text: str, n: int = 8) -> list[str]:
    """The first meaningful lines of a page, running heads ("Table of Contents", page numbers) skipped."""
    out: list[str] = []
    for raw in page_text.splitlines():
        line = raw.strip()
        if not line or _NAV_LINE.match(line):
            continue
        out.append(line)
        if len(out) >= n:
            break
    return out


def statement_kind(page_text: str) -> str | None:
    """The primary statement a page presents, judged from its title and its density of figures."""
    for line in title_lines(page_text, 6):
        if re.match(r"note\s+\d", line, re.I):
            return None  # a note's supporting table, not the statement itself
        if len(line) > 110 or _NOT_STATEMENT_TITLE.search(line):
            continue
        if re.search(r"\s\d{1,3}$", line) and figure_count(line) == 1:
            continue  # "Consolidated Balance Sheets 52": an index entry, not a title
        lead = _TITLE_LEAD.sub("", line)
        for kind, pattern in STATEMENT_PATTERNS:
            m = pattern.match(lead)
            # The title is the line: "... Balance Sheets (Unaudited)", not "changes in line items in...".
            rest = lead[m.end() :].strip() if m else ""
            if m and (not rest or (rest[0] in "(—–-,:" and len(rest) <= 40)):
                # Notes and indexes mention statements too; a statement page is full of figures.
                return kind if figure_count(page_text) >= 10 else None
    return None


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
    if not (3 <= len(s) <= 80) or s[0] in "(•*-–—$·" or s.endswith((",", ";", ":")) or _NAV_LINE.match(s):
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
