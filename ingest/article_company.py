"""The company a news article is about, read from its own words (split out of `ingest.metadata`).

An article often prints no registrant, no "(NYSE: X)" and no "Inc.": a wire story, a column or
a deal story names its company plainly, "Zephyr Networks raised its forecast". A reader tells
the company it is about by three things together: the headline names it, the lead (the first
paragraphs of running text) names it, and the text names it more often than any other name the
headline and lead share; a rival or a target named in the headline too is named less often,
and a tie goes to the name the headline writes first (its subject). The name is stored as the
text first writes it in full, "Zephyr Networks" before the short "Zephyr" the story uses after.
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.core.finance.periods import CALENDAR_WORDS

__all__ = ["article_company", "headline_and_body", "named_more"]

_LEAD_PARAGRAPHS = 2  # a standfirst or a dateline paragraph may come before the paragraph naming it
_LEAD_MIN_WORDS = 12  # a byline, a date or a kicker is no lead paragraph
_MIN_MENTIONS = 3  # named in passing is not what the article is about
_MAX_NAME_WORDS = 4
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'’.-]*")
_PERIOD = re.compile(r"(?:Q[1-4]|H[12]|FY\d*|CY\d*)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


def headline_and_body(title: str, text: str) -> tuple[str, str]:
    """The headline and the text after it: the first line where it is the document's title (a
    text file's), else the title and the first line both (a PDF's title is often not its headline)."""
    lines = [line.strip() for line in text.splitlines()]
    first = next((line for line in lines if line), "")
    headline = title.strip() or first
    if first and (first == headline or first.startswith(headline) or headline.startswith(first)):
        body = text.split(first, 1)[1]
        return first if len(first) >= len(headline) else headline, body
    return "\n".join(x for x in (headline, first) if x), text.split(first, 1)[1] if first else text


def _words(text: str) -> list[str]:
    return [_POSSESSIVE.sub("", w.rstrip(".")) for w in _WORD.findall(text)]


def _lead(body: str) -> str:
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", body)]
    return "\n".join([p for p in paragraphs if len(p.split()) >= _LEAD_MIN_WORDS][:_LEAD_PARAGRAPHS])


def _is_name(word: str, text: str) -> bool:
    """Capitalised and never written in lower case in the text ("Optical" in "optical gear" is a word)."""
    if not word[:1].isupper() or len(word) < 2 or _PERIOD.fullmatch(word):
        return False
    if word.lower() in CALENDAR_WORDS:  # "September" of a headline's "Six Months Ended September 30" dates it
        return False
    return re.search(rf"(?<![A-Za-z]){re.escape(word.lower())}(?![A-Za-z])", text) is None


def _only_in_name(word: str, name: list[str], body: str) -> bool:
    """`word` is part of the name: written in words, not capitals, and capitalised nowhere but
    right after the name ("Networks" of "Zephyr Networks"; not "Chief" of "Zephyr Chief Executive
    Dana Roe", which the text writes in "Chief Financial Officer" too)."""
    if word.isupper():
        return False
    alone = len(re.findall(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", body))
    after = len(re.findall(r"\s+".join(map(re.escape, [*name, word])) + r"(?![A-Za-z])", body))
    return alone == after


def _full_name(word: str, body: str) -> str:
    """The name as the text first writes it, with the capitalised words that follow it there:
    "Zephyr Networks' shares" → "Zephyr Networks"; a possessive or a punctuation mark ends it."""
    match = re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", body)
    if match is None:
        return word
    name = [word]
    rest = body[match.end() :]
    if _POSSESSIVE.match(rest) or not rest.startswith(" "):
        return word
    for token in rest.split(maxsplit=_MAX_NAME_WORDS)[: _MAX_NAME_WORDS - 1]:
        core = token.rstrip(",;:.!?")
        bare = _POSSESSIVE.sub("", core)
        if not bare[:1].isupper() or not bare.replace("&", "").isalpha() or not _only_in_name(bare, name, body):
            break
        name.append(bare)
        if bare != token:  # a possessive or a punctuation mark closes the name
            break
    return " ".join(name)


def _acronym(word: str) -> bool:
    """"AI", "GPUs", "EU": a word in capitals is as often a technology or a body as a company."""
    return word.removesuffix("s").isupper()


def _place(word: str, text: str) -> bool:
    """A name written "in Norway", "from Gothenburg" in half its mentions or more is a place."""
    name = rf"{re.escape(word)}(?![A-Za-z])"
    mentions = len(re.findall(rf"(?<![A-Za-z]){name}", text))
    after = len(re.findall(rf"\b(?:in|from|near|across|throughout)\s+{name}", text))
    return mentions > 0 and 2 * after >= mentions


def article_company(title: str, text: str) -> str | None:
    """The company the article is about (None when no name its headline and lead share is named
    often enough): see the module's docstring."""
    headline, body = headline_and_body(title, text)
    lead = set(_words(_lead(body)))
    counts = Counter(_words(body))
    seen: list[str] = []
    for word in _words(headline):
        if word in lead and word not in seen and _is_name(word, text) and not _place(word, text):
            seen.append(word)
    candidates = [w for w in seen if counts[w] + 1 >= _MIN_MENTIONS]
    # A name in capitals is left to the tickers and suffixes that name a company for sure.
    candidates = [w for w in candidates if not _acronym(w)]
    if not candidates:
        return None
    best = max(candidates, key=lambda w: (counts[w], -seen.index(w)))
    return _full_name(best, body)


def named_more(name: str, other: str, text: str) -> bool:
    """Does `text` write `name` (by its first word) more often than `other`?"""

    def times(company: str) -> int:
        first = company.split()[0] if company.split() else ""
        return len(re.findall(rf"(?<![A-Za-z]){re.escape(first)}(?![A-Za-z])", text)) if first else 0

    return times(name) > times(other)
