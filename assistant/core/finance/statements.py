"""Financial statements and table rows: the vocabulary ingest and answering share.

A line with two or more figures is a table row; a page whose title names a primary
statement (balance sheet, income statement, cash flows, comprehensive income, equity)
and is dense with figures presents that statement.
"""

from __future__ import annotations

import re

from assistant.core.finance.periods import MONTH

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
            # IAS 1's title: "Consolidated statement of profit or loss" (not "... and other comprehensive income")
            rf"|{_OF}profit\s+(?:or|and)\s+loss(?!\s+and\s+(?:other\s+)?comprehensive)"
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
# The three primary statements, whose rows the statement facts and the metrics are read from.
PRIMARY_STATEMENTS = frozenset({"income_statement", "balance_sheet", "cash_flow"})

_DATE = re.compile(
    rf"\b{MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d\b",
    re.I,
)
_ENDS_WITH_FIGURE = re.compile(r"(?:\d|%|\)|—|–|-)\s*$")
_WORD = re.compile(r"[A-Za-z]{2,}")
# Running heads a PDF repeats on every page: they are not the page's title.
NAV_LINE = re.compile(
    r"^(?:table\s+of\s+contents|index|contents|page\s+\d+|\d{1,3}|[-–—\s]*\d{1,3}[-–—\s]*|"
    r".{0,60}\band\s+subsidiaries|\(?unaudited\)?)$",
    re.I,
)
# "Group income statement", "Group balance sheet": the titles UK reports give the consolidated statements.
# A results summary numbers its statements and names their span: "(2) Quarterly consolidated statement
# of income", "1. Interim condensed consolidated balance sheet", "Half-year consolidated cash flow statement".
_TITLE_LEAD = re.compile(r"^(?:\(\d{1,2}\)\s+|\d{1,2}\.\s+)?"
                         r"(?:(?:condensed|consolidated|combined|interim|group|quarterly|half-year(?:ly)?|semi-annual)\s+)*",
                         re.I)
# A name before the title, as press releases print it: "U.S. GAAP Condensed Consolidated Statements
# of Income", "Acme Holdings, Inc. Consolidated Balance Sheets" (not "Analysis of the ...").
_TITLE_PREFIX = re.compile(
    r"^(?:(?:U\.?\s?S\.?\s+)?(?:GAAP|IFRS)|(?:[A-Z][\w&'’.-]*,?\s+){0,4}"
    r"(?:Inc\.?|Corp(?:oration)?\.?|Company|Co\.|Ltd\.?|Limited|plc|PLC|International|Group|Holdings|N\.V\.|S\.A\.|AG|SE))"
    r",?\s+(?=(?i:condensed|consolidated|combined|interim)\s)")
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
        if not line or NAV_LINE.match(line):
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
        lead = _TITLE_LEAD.sub("", _TITLE_PREFIX.sub("", line))
        for kind, pattern in STATEMENT_PATTERNS:
            m = pattern.match(lead)
            # The title is the line: "... Balance Sheets (Unaudited)", not "changes in line items in...".
            rest = lead[m.end() :].strip() if m else ""
            if m and (not rest or (rest[0] in "(—–-,:" and len(rest) <= 40)):
                # Notes and indexes mention statements too; a statement page is full of figures.
                return kind if figure_count(page_text) >= 10 else None
    return None


# Other clear financial tables, read into label-only facts (no concept: a segment's "Total revenues"
# must never answer for the company's): supplementary sales data, segment and geography tables.
_SUPPLEMENTARY_TITLE = re.compile(
    r"^(?:[A-Z][\w&'’.-]*\s+){0,3}(?:supplementa(?:ry|l)\s+sales\s+data|(?:sales|revenues?|net\s+sales)\s+by\s+"
    r"(?:reportable\s+|business\s+|operating\s+)?(?:segments?|geograph\w*|regions?|product\s+categor\w+)|segment\s+"
    r"(?:information|results|performance\s+summary)|geographic\s+(?:information|areas)|(?:reportable\s+)?segments)"
    r"\s*(?:\(unaudited\))?$", re.I)
SUPPLEMENTARY = "supplementary"


# The rows that open and close profit or loss, as IAS 1 names them: a statement of comprehensive income
# printing them presents profit or loss in it (the single statement IAS 1 allows), not after it as US filers do.
_REVENUE_ROW = re.compile(r"^\s*(?:total\s+)?(?:revenues?|net\s+sales|sales|turnover)\b(?!\s+(?:by|from)\b)", re.I | re.M)
_PROFIT_BEFORE_TAX_ROW = re.compile(r"^\s*(?:profit|income|earnings|\(?loss\)?)[\w()/ ]*\s+before\s+(?:income\s+)?tax", re.I | re.M)


def table_kind(page_text: str) -> str | None:
    """A primary statement's kind, else "supplementary" for a segment, geography or
    supplementary sales table page, else None. A statement of comprehensive income that prints
    revenue and profit before tax rows is the income statement too (IAS 1's single statement)."""
    kind = statement_kind(page_text)
    if kind == "comprehensive_income" and _REVENUE_ROW.search(page_text) and _PROFIT_BEFORE_TAX_ROW.search(page_text):
        return "income_statement"
    if kind is not None:
        return kind
    for line in title_lines(page_text, 6):
        if _SUPPLEMENTARY_TITLE.match(line) and not re.match(r"note\s+\d", line, re.I):
            return SUPPLEMENTARY if figure_count(page_text) >= 10 else None
    return None


# A statement of a part of the group, not of the company as consolidated: the parent company alone
# (Schedule I), a guarantor or obligor group, the closed group of a deed of cross guarantee.
# ("Parent company only", "(Parent Company)", a title opening "Parent company"; not an equity column's "attributable
# to parent company").
_GROUP_PART = re.compile(r"deed\s+of\s+cross\s+guarantee|closed\s+group|parent\s+company\s+only|\(\s*parent\s+"
                         r"(?:company|only)\s*\)|^parent\s+company\b|condensed\s+"
                         r"financial\s+information\s+of\s+(?:the\s+)?registrant|\b(?:non-?)?guarantors?\b|"
                         r"obligor\s+group", re.I)


def group_part(page_text: str) -> bool:
    """Whether a statement page's title block says it presents a part of the group (its lines
    without figures among the first ones: "Deed of Cross Guarantee / Consolidated Balance Sheets")."""
    return any(_GROUP_PART.search(line) for line in title_lines(page_text, 6) if figure_count(line) == 0)


def page_kinds(pages: list[tuple[int, str]]) -> dict[int, str]:
    """Page → table kind for a document's pages; a page with no title of its own right after a
    primary statement page, laid out as that statement's rows (nearly every line a table row, no
    note heading), continues it ("Reconciliation of net income to net cash ..." on the next page)."""
    out: dict[int, str] = {}
    for n, text in pages:
        kind = table_kind(text)
        before = out.get(n - 1)
        if kind is None and before in ("cash_flow", "balance_sheet", "income_statement") and _continues(text):
            kind = before
        if kind is not None:
            out[n] = kind
    return out


_OTHER_TABLE = re.compile(r"reconciliation|non-?gaap|adjusted|supplement|segment|pro\s+forma|summary|highlights", re.I)


def _continues(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or figure_count(text) < 10 or any(re.match(r"\s*(?:notes?\b|\d{1,2}\.\s+[A-Z])", line, re.I)
                                                   for line in lines[:6]):
        return False
    if any(_OTHER_TABLE.search(line) for line in title_lines(text, 2)):
        return False  # a titled table of its own: a reconciliation, supplemental or segment data
    rows = sum(is_table_row(line) for line in lines)
    prose = sum(len(_WORD.findall(line)) > 14 and not is_table_row(line) for line in lines)
    return rows >= 0.5 * len(lines) and prose <= 2


# -- in questions: statements named, and line items that imply a statement ----------------------
# How a question names a statement (looser than a page title: "P&L", "cash flow statement").
STATEMENT_MENTIONS: list[tuple[str, re.Pattern[str]]] = [
    ("cash_flow", re.compile(r"cash[\s-]*flows?\s+statements?|statements?\s+of\s+(?:consolidated\s+)?cash\s*flows?", re.I)),
    ("balance_sheet", re.compile(r"balance\s+sheets?|statements?\s+of\s+financial\s+(?:position|condition)", re.I)),
    ("comprehensive_income", re.compile(r"statements?\s+of\s+comprehensive\s+income", re.I)),
    ("income_statement", re.compile(
        r"income\s+statements?|p\s*&\s*l\b|profit\s+(?:and|&)\s+loss|statements?\s+of\s+(?:consolidated\s+)?"
        r"(?:income|earnings|operations)", re.I)),
    ("equity", re.compile(r"statements?\s+of\s+(?:changes\s+in\s+)?(?:stockholders|shareholders)['’]?\s+equity", re.I)),
]

# line item (regex) → (statement it lives on, words a statement uses for it)
LINE_ITEMS: list[tuple[str, str, str]] = [
    (r"inventory\s+turnover|days\s+(?:of\s+)?inventory|inventory\s+days", "balance_sheet,income_statement",
     "inventories cost of sales"),
    (r"return\s+on\s+(?:assets|equity|invested\s+capital)|\broa\b|\broe\b|asset\s+turnover",
     "balance_sheet,income_statement", "net income total assets total equity"),
    (r"days\s+sales\s+outstanding|\bdso\b|receivables?\s+turnover", "balance_sheet,income_statement",
     "receivables revenue"),
    (r"inventor(?:y|ies)", "balance_sheet", "inventories merchandise inventories"),
    (r"total\s+assets|\bassets\b", "balance_sheet", "total assets"),
    (r"total\s+liabilities|\bliabilities\b", "balance_sheet", "total liabilities"),
    (r"(?:accounts\s+)?receivables?", "balance_sheet", "receivables net"),
    (r"accounts\s+payable|payables?", "balance_sheet", "accounts payable"),
    (r"(?:shareholders|stockholders)['’]?\s+equity|total\s+equity|book\s+value", "balance_sheet", "total equity"),
    (r"(?:long[\s-]*term\s+|short[\s-]*term\s+|total\s+)?(?:debt|borrowings)", "balance_sheet", "long-term debt short-term borrowings"),
    (r"goodwill", "balance_sheet", "goodwill"),
    (r"current\s+assets|current\s+liabilities|working\s+capital|quick\s+ratio|current\s+ratio",
     "balance_sheet", "total current assets total current liabilities"),
    (r"cash\s+(?:and|&)\s+cash\s+equivalents", "balance_sheet", "cash and cash equivalents"),
    (r"retained\s+earnings", "balance_sheet", "retained earnings"),
    (r"property,?\s+(?:plant\s+)?(?:and|&)\s+equipment|pp\s*(?:&\s*|n)e\b", "balance_sheet", "property and equipment net"),
    (r"revenues?|net\s+sales|top[\s-]*line|\bsales\b", "income_statement", "revenue net sales"),
    (r"cost\s+of\s+(?:goods\s+sold|sales|revenues?|products\s+sold)|cogs", "income_statement",
     "cost of sales cost of goods sold cost of products sold"),
    (r"gross\s+(?:profit|margins?)", "income_statement", "gross profit cost of sales cost of products sold"),
    (r"operating\s+(?:income|profit|margins?|earnings)|\bebit\b", "income_statement", "operating income operating profit"),
    (r"net\s+(?:income|earnings|profit|loss)(?:\s+margin)?|bottom[\s-]*line|profit\s+margin", "income_statement", "net income net earnings"),
    (r"earnings\s+per\s+share|\beps\b", "income_statement", "earnings per share diluted"),
    (r"selling,?\s+general|sg\s*&\s*a", "income_statement", "selling general and administrative expenses"),
    (r"research\s+and\s+development|r\s*&\s*d\b", "income_statement", "research and development expense"),
    (r"interest\s+expense", "income_statement", "interest expense"),
    (r"(?:income\s+)?tax(?:es)?\s+(?:expense|provision|rate)|provision\s+for\s+(?:income\s+)?taxes", "income_statement", "provision for income taxes"),
    (r"restructuring", "income_statement", "restructuring charges"),
    (r"\bebitda\b", "income_statement", "operating income depreciation and amortization"),
    (r"capital\s+(?:expenditures?|spending|intensive|intensity)|\bcapex\b|purchases?\s+of\s+property",
     "cash_flow", "capital expenditures capital spending purchases of property and equipment"),
    (r"depreciation|amortization|\bd\s*&\s*a\b", "cash_flow", "depreciation and amortization"),
    (r"free\s+cash\s+flow|operating\s+cash\s+flow|cash\s+(?:flows?\s+)?(?:from|provided\s+by|used\s+(?:in|for))\s+"
     r"(?:operating|investing|financing)|(?:operating|investing|financing)\s+activities",
     "cash_flow", "net cash provided by operating activities investing activities financing activities"),
    (r"dividends?\s+paid|share\s+repurchases?|buybacks?|repurchases?\s+of\s+common", "cash_flow", "dividends paid repurchase of common stock"),
]
