"""Company names: one matching key for every way a company is written.

"Best Buy Co., Inc.", "BEST BUY", "Best Buy's" → "best buy"; shared by ingest (labelling
documents) and answering (recognising the company a question is about).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.core.finance.periods import MONTH_NAMES

if TYPE_CHECKING:
    from assistant.core.types import DocumentRecord

__all__ = [
    "LEGAL_SUFFIXES",
    "canonical_company",
    "company_aliases",
    "company_matches",
    "find_companies",
    "shared_short_names",
    "short_name",
    "tickers_named",
]

LEGAL_SUFFIXES = {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited",
                   "plc", "llc", "lp", "ag", "se", "sa", "nv", "asa", "ab", "oyj", "group", "holdings",
                   "holding", "the"}

@lru_cache(maxsize=8192)  # search and filters ask for the same few names again and again
def canonical_company(name: str) -> str:
    """A matching key: lower case, no punctuation, no legal suffixes ("Best Buy Co., Inc." → "best buy")."""
    s = re.sub(r"['’]s\b|['’]", "", name.lower().replace("&", " and "))
    s = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\.)|\.(?=\s|$)", "", s)  # N.V. → nv, Inc. → inc
    tokens = [t for t in re.sub(r"[^a-z0-9]+", " ", s).split() if t != "and"]
    while tokens and tokens[-1] in LEGAL_SUFFIXES:
        tokens.pop()
    if tokens and tokens[0] == "the":
        tokens.pop(0)
    return " ".join(tokens)


def company_matches(a: str | None, b: str | None) -> bool:
    """Same company? Equal keys, equal without spaces ("BESTBUY"), or one key a word-prefix of the other."""
    if not a or not b:
        return False
    ca, cb = canonical_company(a), canonical_company(b)
    if not ca or not cb:
        return False
    if ca == cb or ca.replace(" ", "") == cb.replace(" ", ""):
        return True
    ta, tb = ca.split(), cb.split()
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return long_[: len(short)] == short


# -- companies as questions name them ----------------------------------------------------------
_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'’.\-]*")


@lru_cache(maxsize=4096)
def company_aliases(company: str, ticker: str | None) -> dict[str, str]:
    """Matching keys for one company: canonical key, spaceless key, "j&j"-style initials, ticker."""
    key = canonical_company(company)
    out: dict[str, str] = {}
    if key:
        out[key] = company
        out[key.replace(" ", "")] = company
    words = re.findall(r"[A-Za-z]+", company.split(",")[0])
    if "&" in company or " and " in company.lower():
        parts = [w for w in words if w.lower() not in ("and", "inc", "co", "corp", "the")]
        if len(parts) == 2:  # Johnson & Johnson → j&j, jnj
            a, b = parts[0][0].lower(), parts[1][0].lower()
            for alias in (f"{a}&{b}", f"{a}n{b}"):
                out[alias] = company
                out[canonical_company(alias)] = company  # "J&J" → "j j"
    if ticker:
        out[f"ticker:{ticker.upper()}"] = company
    return out


_DATED = re.compile(r"FY(?:\d{2}|\d{4})?|Q[1-4]|(?:19|20)\d\d", re.I)


def _inside_a_name(tokens: list[re.Match[str]], i: int) -> bool:
    """The word at `i` continues a capitalised name that starts before it: "Richard A. Johnson",
    "Mary Johnson", "North American". Such a word is a surname or an adjective, not the short
    form of a library company (only exact names and aliases match there). A capital that opens
    the question is a question word's ("Did Johnson ..."), and a period ("FY2022") is no name."""
    if i == 0:
        return False
    prev = tokens[i - 1].group()
    if re.fullmatch(r"[A-Z]\.", prev):  # an initial
        return True
    return i - 1 > 0 and prev.istitle() and prev.isalpha() and not _DATED.fullmatch(prev)


def find_companies(question: str, records: list[DocumentRecord]) -> list[str]:
    """Library companies `question` names (by name, key, initials, word-prefix or ticker), in order."""
    return list(dict.fromkeys(m.company for m in _company_mentions(question, records)))


def tickers_named(question: str, records: list[DocumentRecord]) -> str:
    """`question` with each library ticker or initials written as its company's name ("JNJ's" →
    "Johnson & Johnson's", "PEP" → "PepsiCo"): a reader takes a ticker as the company, and what is
    searched, matched and checked downstream reads names. A mention that starts the name already
    ("MGM" of MGM Resorts, "CVS" of CVS Health, "Verizon") stays as written."""
    out = question
    for m in sorted(_company_mentions(question, records), key=lambda m: m.start, reverse=True):
        said, key = canonical_company(m.text).split(), canonical_company(m.company).split()
        if said and key[: len(said)] != said:
            out = out[: m.start] + short_name(m.company) + out[m.end :]
    return out


def short_name(company: str) -> str:
    """The name as written, less legal suffixes and a leading "The" ("Best Buy Co., Inc." → "Best Buy")."""
    words = company.split()
    while words and (not canonical_company(words[-1]) or canonical_company(words[-1]) in LEGAL_SUFFIXES
                     or words[-1].lower().strip(".,") in LEGAL_SUFFIXES):
        words.pop()
    if len(words) > 1 and words[0].lower() == "the":
        words.pop(0)
    return " ".join(words).rstrip(" ,&") or company


def _prefixed(key: str, keys: set[str], aliases: dict[str, str], coded: bool) -> set[str]:
    """The library companies whose key `key` starts word by word ("verizon" of "verizon communications")."""
    shortest = 2 if coded else 4
    return {aliases[k] for k in keys if k.startswith(key + " ") and len(key) >= shortest}


def shared_short_names(question: str, records: list[DocumentRecord]) -> list[str]:
    """Library companies a question may mean by a short name several of them start with: "Quillmont"
    in a library holding Quillmont Networks and Quillmont Bancorp names one of the two, not none.
    Empty when the question names a company outright (`find_companies`) or no such word appears.
    Which one is meant is for the passages to tell (`retrieval.shared_name`)."""
    if find_companies(question, records):
        return []
    aliases = _library_aliases(records)
    keys = {k for k in aliases if not k.startswith("ticker:")}
    tokens = list(_WORD_RE.finditer(question))
    for i, token in enumerate(tokens):
        raw = token.group()
        key = canonical_company(raw)
        possessive = raw.endswith(("'s", "’s"))
        if not raw[:1].isupper() or not key or _a_month(key) or (i == 0 and not possessive):
            continue
        if _inside_a_name(tokens, i):
            continue
        prefixed = _prefixed(key, keys, aliases, coded=False)
        if len(prefixed) > 1:
            return sorted(prefixed)
    return []


@dataclass(frozen=True)
class _Mention:
    company: str
    start: int
    end: int  # the name's end, before a possessive "'s"
    text: str


# A month's name, written out or cut to three or four letters ("Sept"): never a company a question names.
# A document whose company ingest misread as its period's month ("September") must not claim every
# question dated in that month; the name a question gives is its own.
_MONTH_KEYS = frozenset(MONTH_NAMES) | {m[:3] for m in MONTH_NAMES} | {"sept"}


def _a_month(key: str) -> bool:
    """Whether a company key is only a month's name ("september", "sep")."""
    return key in _MONTH_KEYS


def _library_aliases(records: list[DocumentRecord]) -> dict[str, str]:
    """Matching key → company name, for every company in the library."""
    aliases: dict[str, str] = {}
    counts = Counter(r.company for r in records if r.company)
    pairs = {(r.company, r.ticker) for r in records if r.company}
    # Two spellings of one company ("Acme plc", "Acme Group") share a key and the last written
    # wins: write in a fixed order, the spelling most documents use last (set order follows the
    # hash seed, so the name an answer opened with changed between runs of the same code).
    for company, ticker in sorted(pairs, key=lambda p: (counts[p[0]], p[1] is not None, p[0], p[1] or "")):
        aliases.update(company_aliases(company, ticker))
    return aliases


def _company_mentions(question: str, records: list[DocumentRecord]) -> list[_Mention]:
    aliases = _library_aliases(records)
    if not aliases:
        return []
    keys = {k for k in aliases if not k.startswith("ticker:")}
    tokens = list(_WORD_RE.finditer(question))
    found: list[_Mention] = []
    used: set[int] = set()
    for n in (5, 4, 3, 2, 1):
        for i in range(len(tokens) - n + 1):
            span = range(i, i + n)
            if used.intersection(span):
                continue
            raw = question[tokens[i].start() : tokens[i + n - 1].end()]
            key = canonical_company(raw)
            if _a_month(key):
                continue  # "at September 30", "September's statements": a date, whatever a document was filed under
            name = aliases.get(key) or aliases.get(key.replace(" ", ""))
            word = re.sub(r"['’]s$", "", raw.rstrip("."))
            if name is None and n == 1 and len(word) >= 2 and word.isupper():
                name = aliases.get(f"ticker:{word}")  # tickers in capitals only: "PEP", never "pep"
            elif name is None and n == 1 and len(word) >= 3 and not word.istitle() and not word.islower():
                name = aliases.get(f"ticker:{word.upper()}")  # mixed case: "JnJ"
            possessive = raw.endswith(("'s", "’s"))
            # "7Q" for "7Q Industries": a figure and a capital is a name however short.
            coded = bool(re.fullmatch(r"\d+[A-Z][A-Za-z0-9]*", word))
            # An opening capital is a sentence's, unless a period follows it at once: "Acme FY2022 sales".
            dated = i + n < len(tokens) and bool(_DATED.fullmatch(tokens[i + n].group()))
            if (
                name is None and key and (raw[:1].isupper() or coded) and (i > 0 or n > 1 or possessive or dated)
                and not _inside_a_name(tokens, i)
            ):
                # "Verizon" for "Verizon Communications": a capitalised word-prefix of one key.
                prefixed = _prefixed(key, keys, aliases, coded)
                name = prefixed.pop() if len(prefixed) == 1 else None
            if name is not None:
                used.update(span)
                start = tokens[i].start()
                found.append(_Mention(name, start, start + len(word), word))
    return found
