"""Which company a document is by, from its text: the SEC cover's registrant caption, an
exchange ticker in brackets ("(NYSE: BBY)") or a "ticker symbol" sentence, a name followed by a
company suffix ("Acme Corp."), and the name written in the document's own case (split out of
`ingest.metadata`)."""

from __future__ import annotations

import re
from collections import Counter

from assistant.core.finance.companies import canonical_company

_REGISTRANT_RE = re.compile(
    r"\(?\s*exact\s+name\s+of\s+registrants?\s+as\s+specified\s+in\s+(?:its|their)\s+charters?\s*\)?",
    re.IGNORECASE,
)
_EXCHANGES = (
    r"NYSE(?:\s+American|\s+Arca|\s+MKT)?|NASDAQ|Nasdaq(?:\s+\w+)?|AMEX|TSXV?|LSE|ASX|OSE|OB|XOSL|"
    r"Oslo(?:\s+Børs)?|HEL|STO|CPH|Euronext(?:\s+\w+)?|SIX|XETRA|FWB|HKEX|SGX|TYO|OTC\w*"
)
_PAREN_TICKER_RE = re.compile(
    rf"\(\s*(?:{_EXCHANGES})\s*:\s*([A-Z][A-Z0-9]{{0,6}}(?:\.[A-Z]{{1,2}})?)\s*\)"
)
BARE_TICKER_RE = re.compile(rf"\b(?:{_EXCHANGES})\s*:\s*([A-Z][A-Z0-9]{{1,6}})\b")
SYMBOL_SENTENCE_RE = re.compile(
    r"\b(?:ticker|trading)\s+symbols?\s*(?:of\s+|is\s+)?[\"“']?([A-Z]{1,5}(?:\.[A-Z])?)[\"”']?(?![A-Za-z])"
)
_SUFFIX_WORDS = (
    r"Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|ASA|AB|Oyj|plc|PLC|Group|Ltd\.?|"
    r"Limited|LLC|N\.V\.|S\.A\.|AG|SE|Holdings"
)
_SUFFIX_NAME_RE = re.compile(
    rf"\b((?:[A-Z][\w&'’.-]*\s+(?:&\s+)?){{0,4}}[A-Z][\w&'’.-]*),?\s+({_SUFFIX_WORDS})(?![\w])"
)
_NOT_NAME_RE = re.compile(  # cover lines that can sit above the registrant caption
    r"(?i)^\(|commission\s+file|file\s+number|^for\s+the|transition\s+period|^or$|\d{1,2},\s+\d{4}$"
)
_NOT_COMPANIES = {"nasdaq stock market", "new york stock exchange", "securities exchange",
                  "stock market", "exchange", "securities", "nasdaq", "nyse"}
_LEAD_WORDS = {"shares", "meanwhile", "while", "when", "today", "and", "but", "as", "in", "at", "for",
               "on", "by", "with", "stock", "investors", "analysts", "rival", "rivals", "like", "both",
               "unlike", "peers", "competitors", "including", "from", "to", "if", "how", "why"}
_KEEP_CASE = {"inc.": "Inc.", "co.": "Co.", "corp.": "Corp.", "llc": "LLC", "plc": "plc", "asa": "ASA",
              "ab": "AB", "oyj": "Oyj", "ag": "AG", "se": "SE", "n.v.": "N.V.", "s.a.": "S.A.",
              "ltd.": "Ltd.", "and": "and", "of": "of", "the": "the", "&": "&"}


def squash(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def display_case(name: str, context: str) -> str:
    """An all-caps cover name in the document's own mixed case, else a careful title case."""
    if not name.isupper():
        return name
    pattern = re.compile(r"\s+".join(map(re.escape, name.split())), re.IGNORECASE)
    variants = Counter(m.group(0) for m in pattern.finditer(context) if not m.group(0).isupper())
    if variants:
        return " ".join(variants.most_common(1)[0][0].split())
    return " ".join(_KEEP_CASE.get(w.lower(), w.capitalize()) for w in name.split())


def cover_registrant(cover: str) -> str | None:
    """The name line above "(Exact name of registrant as specified in its charter)"."""
    match = _REGISTRANT_RE.search(cover)
    if not match:
        return None
    same_line = cover[cover.rfind("\n", 0, match.start()) + 1 : match.start()].strip(" ,")
    candidates = [same_line] if same_line else []
    candidates += reversed(cover[: match.start()].splitlines()[-4:])
    for line in candidates:
        line = re.sub(r"_{2,}", " ", line).strip(" ,")
        if re.search(r"[A-Za-z]{2}", line) and len(line) <= 80 and not _NOT_NAME_RE.search(line):
            return " ".join(line.split())
    return None


def name_before(text: str, end: int) -> str | None:
    """The capitalised words right before a "(NYSE: X)" on the same line."""
    line = text[text.rfind("\n", 0, end) + 1 : end]
    # A dateline ends at its dash: "CITY, St.--(BUSINESS WIRE)-- Acme Inc." names Acme Inc.
    line = re.split(r"--|—|–|\)\s*-", line)[-1]
    picked: list[str] = []
    for token in reversed(line.split()):
        core = token.strip(",")
        if core == "&" or (core[:1].isupper() and core.lower() not in _LEAD_WORDS):
            picked.append(token)
            if len(picked) >= 6:
                break
        else:
            break
    while picked and picked[-1].strip(",").lower() in _LEAD_WORDS | {"the"}:
        picked.pop()
    name = " ".join(reversed(picked)).strip(" ,")
    return name if re.search(r"[A-Za-z]{2}", name) else None


def ticker_company(text: str) -> tuple[str | None, str | None]:
    """Most frequent name + ticker among "Name (NYSE: TKR)" mentions."""
    pairs: list[tuple[str, str]] = []
    for m in _PAREN_TICKER_RE.finditer(text):
        name = name_before(text, m.start())
        if name:
            pairs.append((name, m.group(1)))
    if not pairs:
        return None, None
    keys = Counter(canonical_company(n) for n, _ in pairs)
    best = keys.most_common(1)[0][0]
    names = Counter(n for n, _ in pairs if canonical_company(n) == best)
    tickers = Counter(t for n, t in pairs if canonical_company(n) == best)
    return names.most_common(1)[0][0], tickers.most_common(1)[0][0]


def suffix_company(text: str, title: str) -> str | None:
    """Most frequent "Name Inc./ASA/plc..." in title (counted double) and first pages."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for source, weight in ((title, 2), (text, 1)):
        for m in _SUFFIX_NAME_RE.finditer(source):
            words = m.group(1).split()
            while words and words[0].lower() in _LEAD_WORDS | {"the"}:
                words.pop(0)
            if not words:
                continue
            full = f"{' '.join(words)} {m.group(2)}"
            key = canonical_company(full)
            if key and key not in _NOT_COMPANIES:
                counts[key] += weight
                shown.setdefault(key, full)
    return shown[counts.most_common(1)[0][0]] if counts else None
