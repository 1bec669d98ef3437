"""The words and figures of passage text as the extractive answerer reads them: links, paths and
reference codes are not prose and their numbers are not figures; words as stems."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.core.answer.question import UNITED_STATES, WORD, stem
from assistant.core.finance.periods import quarters_and_years, question_periods
from assistant.core.numbers import CURRENCIES
from assistant.core.words import LETTER_WORD

# --- text that is not prose: links, paths and reference codes --------------------------------

LINK = re.compile(
    r"(?i)\b(?:https?|ftp)://\S+|\bwww\.\S+"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|\b10\.\d{4,9}/\S+"  # DOIs
    r"|\b(?:[a-z0-9-]+\.)+[a-z]{2,}/\S*"  # a host and path without the scheme
    r"|(?<![\w.])(?:[a-z]:\\|~?/)[^\s\\/]+(?:[\\/][^\s\\/]+)+"  # /data/q3/file, C:\reports\q3
    r"|\b[\w-]+(?:[\\/][\w.-]+)+\.[a-z][a-z0-9]{1,4}\b"  # reports/2023/q3.pdf
)
_CODE = re.compile(
    # What follows a reference label ("Ref. No. 2024/0457-12", "Note 12", "ISIN: ...")...
    r"(?i:\b(?:(?:ref(?:erence)?|case|file|doc(?:ument)?|order|invoice|reg(?:istration)?|ticket"
    r"|serial|account|contract|patent|application|project|id)\.?\s*(?:no|nos|nr|number|id|#)\.?"
    r"|ref\.|isin|cusip|sedol|lei|note|page|pp\.|section|item|exhibit|chapter|appendix"
    r"|schedule|footnote|rule)\s*[:#]?\s*(?=[\w/.-]*\d)[A-Za-z0-9][\w/.-]*|#\s?\d+\b)"
    # ...or an identifier mixing letters and digits ("ABC-2023-0457", "SE0012345678", "COVID-19").
    r"|\b[A-Za-z][A-Za-z0-9]*(?:[-/._][A-Za-z0-9]+)*\b"
)
_PERIOD_CODE = re.compile(r"(?i)(?:fy|cy|q[1-4]|h[12]|[1-4]q)[-/']?\d{0,4}(?:[-/'](?:\d{2,4}|q[1-4]))*$")
# The second half of a split year ("2024/25") or a year after a quarter ("Q1'26"): a period.
_YEAR_TAIL = re.compile(r"(?i)(?:(?<!\d)(?:19|20)\d\d|\b(?:q[1-4]|h[12]|fy)\s?)([/–-]\d\d|['’]\d\d)\b")
# A street number: "330 West 34th Street".
_ADDRESS = re.compile(r"\b\d{1,6}(?=(?:\s+[A-Z0-9][\w.]*){1,3}\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?"
                      r"|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Way|Place|Plaza|Parkway|Square|Court)\b)")
# A footnote marker glued to its word: "EPS (diluted)1", "Mid-point2,4".
_MARKER = re.compile(r"(?<=[a-z]{2}|[a-z]\))\d{1,2}(?:,\d{1,2})*(?![\d.%])")
# A note number in brackets between words: "Income US (1) EBITDA", "(1) The following"; or
# between a row's label and its amounts in thousands: "Commercial paper (1) 2,445 2,310" (a
# one-digit loss beside amounts of thousands would be no cell of the same table).
_NOTE = re.compile(r"(?:^|(?<=[A-Za-z] ))(\(\d\))(?=\s+(?:[A-Za-z]|[$€£]?\s*\d{1,3},\d{3}))|(?<=[”\"’)])(\(\d\))")
_CURRENCY_CODE = re.compile(r"(?i)^(?:" + "|".join(c for c in CURRENCIES if c.isalpha()) + r")\d")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the spans replaced by spaces: offsets stay those of the original."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


@lru_cache(maxsize=4096)
def unlinked(text: str) -> str:
    """`text` without URLs, e-mail addresses and file paths (their words are not prose)."""
    return _blank(text, [m.span() for m in LINK.finditer(text)])


@lru_cache(maxsize=4096)
def figures_text(text: str) -> str:
    """`text` with every number that is not a figure blanked out: links and paths, and reference
    codes ("ISIN SE0012345678", "Ref. No. 2024/0457-12", "Note 12") and the tails of periods
    ("2024/25"), but not amounts ("EUR1.2bn")."""
    text = unlinked(text)
    spans = [m.span(1) for m in _YEAR_TAIL.finditer(text)]
    for m in _CODE.finditer(text):
        code = m.group()
        if not any(c.isdigit() for c in code):
            continue
        if code[0].isalpha() and (_PERIOD_CODE.match(code) or _CURRENCY_CODE.match(code)):
            continue  # "Q1-2026", "FY2023/24" are periods; "EUR1.2bn" is an amount
        spans.append(m.span())
    spans += [m.span() for m in _MARKER.finditer(text)]
    spans += [m.span(1) if m.group(1) else m.span(2) for m in _NOTE.finditer(text)]  # "(“Adjusted EPS”)(1)"
    spans += [m.span() for m in _ADDRESS.finditer(text)]
    return _blank(text, spans)


@lru_cache(maxsize=8192)
def word_tokens(text: str) -> tuple[tuple[str, int], ...]:
    """(stem, start offset) of every word, links and paths left out; "United States" is also "U.S."
    (a question may write either), its own words kept for what reads them as written."""
    clean = unlinked(text)
    tokens = [(stem(m.group()), m.start()) for m in WORD.finditer(clean)]
    us = [("us", m.start()) for m in UNITED_STATES.finditer(clean)]
    return tuple(sorted(tokens + us, key=lambda t: t[1]) if us else tokens)


_FIRST_CELL = re.compile(r"[$€£]|\(?\d")


def printed_label(row: str) -> str:
    """A table row's label: its words before its first cell ("provision/(benefit) for taxes" kept whole)."""
    return _FIRST_CELL.split(row, maxsplit=1)[0]


# Where a row's label ends: its first cell or an opening bracket.
FIRST_CELL_OR_BRACKET = re.compile(r"[$€£(\d]")
# A bracketed aside without brackets inside: "(as opposed to U.S.)", "(Note 7)".
BRACKETED = re.compile(r"\([^()]*\)")
# The gap between a layout row's cells: two spaces or more.
CELL_GAPS = re.compile(r"\s{2,}")
# A total row's label: "Total", "  Total revenues".
TOTAL_LABEL = re.compile(r"(?i)^\s*total\b")


def bare_label(row: str) -> str:
    """A row's label up to its first cell or bracket ("Provision/" of "Provision/(benefit) for taxes"):
    the words that name the line, a bracketed aside or negative cell left out."""
    return FIRST_CELL_OR_BRACKET.split(row, maxsplit=1)[0]


# A word alternative a label prints in brackets around its line's name: "(Loss)/income from",
# "Earnings (Loss) Before", "Provision/(benefit) for": the direction the other way, not a cell.
_WORD_ALTERNATIVE = re.compile(r"/\s*\(\s*[A-Za-z][A-Za-z ]+\)|\(\s*[A-Za-z][A-Za-z ]+\)\s*/?")


def naming_label(row: str) -> str:
    """A row's label as the words that name its line: `bare_label` with a bracketed word
    alternative left out rather than ending it ("income from operating investments, net" of
    "(Loss)/income from operating investments, net (16) 210"); which way a bracketed cell went is
    read from the label as printed, not from these words."""
    return bare_label(_WORD_ALTERNATIVE.sub(" ", printed_label(row)))


def word_stems(text: str) -> set[str]:
    return {t for t, _ in word_tokens(text)}


# Two words of a heading wrapped over two lines that PDF text runs together, the second line's
# word first ("Depreciation and / Other Amortization" read as "Other AmortizationDepreciation and").
_GLUED_WORDS = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})")


def unglued(text: str) -> str:
    """`text` with words run together at a lower-to-capital letter seam set apart ("Total
    AssetsAmortization" -> "Total Assets Amortization"); a brand's inner capital after fewer
    than three small letters ("PepsiCo", "McDonald") is kept."""
    return _GLUED_WORDS.sub(" ", text)


def surface_word(stem_: str, *texts: str) -> str:
    """The word as `texts` print it for a stem ("receivables" for "receivabl"): refusals quote
    words a reader wrote, never the matcher's stems. The stem itself when no text has it."""
    for text in texts:
        clean = unlinked(text)
        for m in WORD.finditer(clean):
            if stem(m.group()) == stem_:
                return m.group().lower() if not m.group().isupper() else m.group()
    return stem_


# "Cost of sales", "costs of revenues": a cost, not the sales or revenue it names.
_COST_OF = re.compile(r"(?i)\bcosts?\s+of\s+(?:goods\s+|products\s+|services\s+)?(?:sales|sold|revenues?)\b")


# "$161 million payable within the next 12 months": payable as due, not the payables line item.
_DUE = re.compile(r"(?i)\bpayable(?=\s+(?:within|in|over|on|upon|by|after|through|during|beginning)\b)")


# "earnings per diluted share": EPS written out, which a question calls "EPS"
_PER_SHARE_EARNINGS = re.compile(r"(?i)\b(?:earnings|income|profit)\s+per\s+(?:diluted\s+|basic\s+|common\s+)?share\b")


def metric_stems(text: str) -> set[str]:
    """`word_stems` as a metric names itself: "cost of sales" names a cost, not sales; "payable
    within a year" names when an amount is due, not payables; "earnings per diluted share" is EPS
    (and still earnings)."""
    eps = " eps" if _PER_SHARE_EARNINGS.search(text) else ""
    return word_stems(_DUE.sub("due", _COST_OF.sub("cost", text)) + eps)


# --- the heading a passage puts above a sentence --------------------------------------------

_PIECES = re.compile(r"\n|[•▪]")
_HEADING_WORDS = LETTER_WORD


def heading_before(text: str, start: int, reach: int = 1500) -> str:
    """The nearest heading above `text[start:]` within `reach` characters: a short line (or a bullet
    list's lead-in) without closing punctuation ("Commercial Airplanes", "Regional Operations").
    An MD&A paragraph ("Revenues increased by $3,331 million ...") or a release's bullets name their
    segment only there. Empty when there is none."""
    lo = max(0, start - reach)
    pieces = _PIECES.split(text[lo:start])
    for piece in reversed(pieces[:-1]):  # the last piece is the start of the sentence's own line
        line = piece.strip()
        words = _HEADING_WORDS.findall(line)
        if 1 <= len(words) <= 6 and len(line) <= 60 and not re.search(r"[.;:,]$", line) \
                and not re.search(r"\d", line) and line[:1].isupper():
            return line
    return ""


def passage_periods(period: str | None, text: str, quarterly: bool) -> tuple[frozenset[int], frozenset[int]]:
    """The quarters and years a passage's sentences that name none are about: every one its report's
    period and text name; for a quarter asked, the report's own quarter when its text names it
    ("Q1 2026 ... up 30% from the first quarter of 2025": a bare sentence is about Q1 2026)."""
    (pq, py), (tq, ty) = quarters_and_years(period or ""), quarters_and_years(text)
    if quarterly and pq and py and pq <= tq and py <= ty:
        return pq, py
    return quarters_and_years(f"{period or ''} {text}")


@lru_cache(maxsize=256)
def asks_own_period(question: str, period: str | None) -> bool:
    """Whether the question asks for the period of a passage's own filing (`period`, "Q2 2024",
    "FY2023"; a year the question names bare is a fiscal year)."""
    asked = {p if p.startswith(("Q", "H", "FY")) else f"FY{p}" for p in question_periods(question)}
    return bool(period) and period in asked


# A period that names a filing: "the Q2 2023 10-Q", "its fiscal 2022 annual report", "FY2023 Form 10-K".
_FILING_PERIOD = re.compile(r"\b(?:Q[1-4]\s*|H[12]\s*|FY\s*|fiscal\s+(?:year\s+)?)?(?:19|20)\d\d(?=\W{0,3}(?:annual\s+report|"
                            r"form\s+10-?k|10-?k|10-?q|8-?k|(?:earnings|results|press)\s+release)\b)", re.I)


def asks_before_own(question: str, period: str | None) -> bool:
    """Whether every period the question names, apart from a filing it names by its period ("at
    December 31, 2022 (from the Q2 2023 10-Q)"), is of a year before that filing's own (`period`)."""
    own = quarters_and_years(period or "")[1]
    years = quarters_and_years(" ".join(question_periods(_FILING_PERIOD.sub(" ", question))))[1]
    return bool(own and years) and max(years) < min(own)


def years_before_own(question: str, period: str | None) -> int | None:
    """How many years the one year the question asks (a filing it names by its period aside) lies
    before an annual filing's own year (`period`, "FY2022"): 1 for 2021 asked. None for a quarter's
    filing, or where the question asks several years, none, or none before the filing's own."""
    if not (period or "").startswith("FY"):
        return None
    own = quarters_and_years(period or "")[1]
    years = quarters_and_years(" ".join(question_periods(_FILING_PERIOD.sub(" ", question))))[1]
    if len(own) != 1 or len(years) != 1:
        return None
    back = min(own) - min(years)
    return back if back > 0 else None
