"""Companies a question names that the library may not hold.

`find_companies` (companies.py) recognises names the library has. This module finds the
*other* side: spans written the way questions name a company ("Does Xyz have", "Xyz's",
"Xyz Corporation", "XYZ" in capitals, "4K") that match no company of the library, so the
retriever can answer "not in the library" instead of returning another company's pages.
It also recognises abbreviations of library names built from the starts of their words
("Amex" for "American Express", "JPM" for "JPMorgan Chase"). A name written after "Mr."/"Ms."
or an officer's title ("CEO Jane Roe", "Jane Roe, the chief financial officer") is a person's,
not a company's: a question about an executive is searched like any other, not refused.

Rules are about how names are written, never about particular companies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.core.finance.companies import LEGAL_SUFFIXES, canonical_company, company_matches

__all__ = [
    "abbreviated_companies", "abbreviates", "abbreviation_matches", "name_candidates", "named_only_to_compare",
    "opening_company", "person_names", "unknown_companies",
]

# Capitalised words questions use that are not names: finance abbreviations, periods,
# statement and line-item words that open a sentence or a title.
_NOT_NAME_WORDS = """
    a an the and or of in on for to by at as is was were be does did do has have had can could will would should
    what which who whom whose when where why how whether please if then than assume answer using based given
    are among looking during since after before with within across compare list name describe explain
    calculate define according considering including excluding roughly approximately
    q1 q2 q3 q4 h1 h2 fy ytd ttm ltm yoy qoq cagr usd eur gbp us u.s usa uk eu
    gaap non-gaap ifrs asc asu ias fas sfas fasb iasb pcaob cecl eps ebit ebitda ebitdar cogs sg&a r&d pp&e ppne ppe capex opex fcf roa roe roic roce
    dso dio dpo ccc nim nii arpu ffo affo var ceo cfo coo cto board chairman president ipo m&a esg ai it hr
    agm egm fx ar ap nol oci aoci rsu psu lifo fifo ebt pbt bps dps tsr kpi sku gmv aum ltv cac ev
    sec form 10-k 10-q 8-k k q annual quarterly report filing statement statements balance sheet income cash
    flow flows equity operations comprehensive consolidated total net gross adjusted organic operating
    revenue revenues sales profit margin margins capital expenditure expenditures debt assets liabilities
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    north south east west america americas europe asia africa china japan india latin pacific emea apac
    segment segments company companies corporation group
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
# Ways filings and questions introduce a person: honorifics, and officers' titles.
_HONORIFIC = r"(?:Mr|Mrs|Ms|Mx|Dr|Sir|Dame)\.?"
_TITLE = (
    r"(?i:(?:co-?)?(?:chief\s+\w+\s+officer|ceo|cfo|coo|cto|cio|chair(?:man|woman|person)?|president|"
    r"founder|(?:executive\s+)?vice\s+president|director|treasurer|general\s+counsel|controller|"
    r"corporate\s+secretary|(?:senior\s+|general\s+)?manager))"
)
_SUFFIX_WORDS = r"(?:Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited|plc|PLC|LLC|LP|AG|SE|SA|NV|N\.V|S\.A|Holdings|Group)"
_CAP = r"(?:[A-Z][A-Za-z0-9&\-]*|[0-9]+[A-Z][A-Za-z0-9&\-]*)"  # "Acme", "ACME", "3M", "4Kids"
_SPAN = rf"{_CAP}(?:[ \-]{_CAP}){{0,3}}"
_AUX = r"(?:does|did|do|has|have|had|is|was|were|will|can|could|should|would)"
_PATTERNS = [
    re.compile(rf"(?<![\w&])({_SPAN})['’](?:s\b|(?=\s))"),  # possessive: "Acme Foods' ", "Acme's"
    re.compile(rf"(?<![\w&])({_SPAN})\s*,?\s+{_SUFFIX_WORDS}\b\.?"),  # "Acme Foods Corporation"
    re.compile(rf"(?i:\b{_AUX})\s+({_SPAN})\s+(?=[a-z])"),  # "Does Acme have ..."
    re.compile(rf"\b(?:for|of|at|by|from|under|about)\s+({_SPAN})(?=\s*(?:[?.,;]|$|\s+(?:in|during|for|as|of)\b))"),
    re.compile(r"(?<![\w&\-])([A-Z]{2,5}|[0-9][A-Z][A-Z0-9]{0,3})(?![\w&\-])"),  # "XYZ", "3M"
]


def person_names(question: str, titles: bool = True) -> set[str]:
    """Lower-cased words of the names `question` gives people: after an honorific ("Mr. Roe"),
    and with `titles`, after an officer's title ("CEO Jane Roe") or before a comma and a title
    ("Jane Roe, the CFO"). Filings' own text is read with honorifics only: a biography's
    "President, Acme North America" names a company after a title."""
    word = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"
    name = rf"({word}(?:\s+[A-Z]\.)?(?:\s+{word}){{0,2}})"
    patterns = [rf"\b{_HONORIFIC}\s+{name}"]
    if titles:
        patterns += [
            rf"\b{_TITLE}\s+{name}",
            rf"{name}\s*,\s+(?:(?:the|its|our|their|a|an|then|former|new|interim)\s+)*{_TITLE}\b",
        ]
    out: set[str] = set()
    for pattern in patterns:
        for m in re.finditer(pattern, question):
            out.update(re.sub(r"['’]s?$", "", w.lower()) for w in re.split(r"[\s\-]+", m.group(1)) if w)
    return out


def _without_people(span: str, people: set[str]) -> str:
    """`span` less the words of people's names and officers' titles ("Acme CEO Jane Roe": "Acme")."""
    if not people:
        return span
    words = [w for w in span.split() if w.lower().strip("'’.") not in people and not re.fullmatch(_TITLE, w)]
    return " ".join(words)


def _is_name(span: str) -> bool:
    words = [w for w in re.split(r"[ \-]", span) if w]
    content = [w for w in words if w.lower().strip(".") not in _NOT_NAMES and w.lower() not in LEGAL_SUFFIXES]
    if not content:
        return False
    # "FY2022", "Q2'23": periods written with figures are not names.
    return not all(re.fullmatch(r"(?:fy|q[1-4]|h[12])?'?\d+(?:q[1-4]|h[12])?", w.lower()) for w in content)


def name_candidates(question: str) -> list[str]:
    """Spans of `question` written the way a company's name is written, in order of appearance."""
    found: list[tuple[int, str]] = []
    seen: set[str] = set()
    for pattern in _PATTERNS:
        for m in pattern.finditer(question):
            span = m.group(1).strip(" -")
            # Drop a leading question word kept by the capital ("Which Acme ..." keeps "Acme").
            words = span.split()
            while words and words[0].lower() in _NOT_NAMES:
                words.pop(0)
            span = " ".join(words)
            if span and _is_name(span) and span.lower() not in seen:
                seen.add(span.lower())
                found.append((m.start(1), span))
    found.sort()
    spans = [s for _, s in found]
    # "Acme" inside "Acme Corporation" is the same mention.
    return [s for s in spans if not any(t != s and f" {s.lower()} " in f" {t.lower()} " for t in spans)]


def abbreviates(short: str, company: str) -> bool:
    """Is `short` ("amex", "jpm") made of the starts of `company`'s words, in order, from the first?"""
    token = re.sub(r"[^a-z0-9]", "", short.lower())
    words = canonical_company(company).split()
    if len(token) < 3 or not words or token == "".join(words):
        return False

    def walk(rest: str, i: int) -> bool:
        if not rest:
            return True
        if i >= len(words):
            return False
        w = words[i]
        return any(rest.startswith(w[:n]) and walk(rest[n:], i + 1) for n in range(min(len(w), len(rest)), 0, -1))

    first = words[0]
    # One word: a proper prefix of at least three letters ("jpm" for "jpmorgan"); more: each word's start.
    if first.startswith(token):
        return len(words) > 1 or len(token) >= 3
    return len(words) > 1 and walk(token, 0)


def abbreviation_matches(span: str, companies: Iterable[str]) -> list[str]:
    """Library companies `span` abbreviates (a single token of three or more letters)."""
    if " " in span.strip() or len(span) < 3:
        return []
    return [c for c in companies if abbreviates(span, c)]


def unknown_companies(question: str, companies: Iterable[str], tickers: Iterable[str] = ()) -> list[str]:
    """Names in `question` that match no library company (by name, prefix, abbreviation or ticker)."""
    names = [c for c in companies if c]
    ticks = {t.upper() for t in tickers if t}
    people = person_names(question)
    out: list[str] = []
    for span in (_without_people(s, people) for s in name_candidates(question)):
        if not span or span.upper() in ticks:
            continue
        if any(company_matches(span, c) for c in names) or abbreviation_matches(span, names):
            continue
        key = canonical_company(span)
        # A library name inside the span ("Acme Foods North America" holds "Acme Foods").
        if key and any(canonical_company(c) and f" {canonical_company(c)} " in f" {key} " for c in names):
            continue
        out.append(span)
    return out


def abbreviated_companies(question: str, companies: Iterable[str]) -> list[str]:
    """Library companies a one-word candidate abbreviates, when it abbreviates exactly one."""
    names = sorted({c for c in companies if c})
    out: list[str] = []
    for span in name_candidates(question):
        matches = abbreviation_matches(span, names)
        if len(matches) == 1 and matches[0] not in out:
            out.append(matches[0])
    return out


# The question's first word(s) written as a name, then a lower-case word or a figure: "Acme debt-to-equity
# at ...", "AcmeCo 2020 tax rate". Only ever matched against the library's names (never reported as an
# unknown company: "Compute the ..." opens with a capital too).
_OPENING = re.compile(rf"^\s*({_SPAN})(?=\s+[a-z0-9$(])")


def opening_company(question: str, companies: Iterable[str]) -> list[str]:
    """The library company the question's opening name abbreviates or starts ("Acme" for "Acme
    Widgets Inc."), when it is exactly one: a question may open with the company, as a headline does."""
    m = _OPENING.match(question)
    if m is None:
        return []
    words = m.group(1).split()
    while words and words[0].lower().strip(".") in _NOT_NAMES:
        words.pop(0)
    span = " ".join(words)
    if not span or not _is_name(span):
        return []
    names = sorted({c for c in companies if c})
    key = canonical_company(span)
    found = {c for c in names if key and (canonical_company(c) == key or canonical_company(c).startswith(key + " "))}
    found |= set(abbreviation_matches(span, names))
    keys = {canonical_company(c) for c in found}
    return sorted(found) if len(keys) == 1 else []


# "..., to put next to Acme's", "beside Acme's", "for comparison with Acme": the company named to compare with
_COMPARED_WITH = re.compile(r"(?i)\b(?:beside|next\s+to|alongside|against|versus|vs\.?|compared?\s+(?:it\s+|them\s+)?"
                            r"(?:with|to)|comparison\s+(?:with|to))\s+(?:that\s+of\s+|those\s+of\s+|the\s+)?$")


def named_only_to_compare(question: str, companies: Iterable[str]) -> bool:
    """Whether every library company `question` names stands right after a comparison's words
    ("Zephyr's margin, to compare with Acme's"): the figure asked is then the other name's, which
    the library lacks. A question opening with the comparison ("Against Acme's guidance, ...") is not one."""
    names = [c for c in companies if c]
    spans = [s for s in name_candidates(question)
             if any(company_matches(s, c) for c in names) or abbreviation_matches(s, names)]
    for c in names:  # the name as filed, less its legal form ("American Express" of "American Express Company")
        words = [w for w in re.findall(r"[\w&'’-]+", c) if w.lower() not in LEGAL_SUFFIXES]
        spans += [" ".join(words)] if words else []
    starts = sorted({m.start() for s in spans for m in re.finditer(rf"(?i)(?<![\w]){re.escape(s)}(?![\w])", question)})
    if not starts:
        return False
    for start in starts:
        m = _COMPARED_WITH.search(question[max(0, start - 60):start])
        if m is None or len(question[: max(0, start - 60) + m.start()].split()) < 2:
            return False
    return True
