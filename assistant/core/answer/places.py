"""A place and the rest of the world: "non-U.S. revenues" and "United States revenues" are
complements, so a figure for one never answers a question about the other. The question's words
and the figure's own words (its clause, or its row's label) are each read for the places they name
and whether they name them as the part left out ("outside the Americas", "non-U.S.",
"international rather than U.S."); a figure that names the asked place the other way round is
about the complement."""

from __future__ import annotations

import re

from assistant.core.answer.question import stem

__all__ = ["names_a_side", "other_place"]

# The United States by its usual names; "international", "foreign" and "non-U.S." are its rest.
# "the U.S. dollar", "U.S. GAAP": a currency and a basis of accounting, not a place. A name that
# begins with it names one thing, not the company's figure for a part of the world: a body of the
# state ("the U.S. Navy", "U.S. Treasury") is a counterparty, and a facility, note program or
# 401(k) plan so named is one instrument, asked whole.
_NAMED = (r"dollars?|GAAP|Navy|Army|Air\s+Force|Marine|Coast\s+Guard|(?i:government)|Treasury|Congress"
          r"|Department|(?:Supreme|District|Bankruptcy)\s+Court|Postal|Food\s+and\s+Drug|FDA|Securities\s+and"
          r"|SEC\b|Internal\s+Revenue|IRS\b|Justice"
          r"|(?:[\w$.,-]+\s+){0,2}(?:revolving|credit|term\s+loan)\s+(?:credit\s+)?facilit|revolver"
          r"|commercial\s+paper|401\s?\(k\)")
# "U.S" ending a text is the name cut at its last dot (a clause read up to ". ")
# A full stop ending the sentence after it ("... located in the United States.") still ends the name.
_US_ANY = r"(?:the\s+)?(?:United\s+States|U\.\s?S\.(?:\s?A\.)?|U\.\s?S$|US(?:A)?)(?!\w|\.\w)(?!\s*(?:dollars?|GAAP)\b)"
_US = rf"{_US_ANY}(?!\s*(?:{_NAMED}))"
_US_ANY_NAME = re.compile(_US_ANY)
_US_NAME = re.compile(_US)
_US_REST = re.compile(r"(?i)\bnon[-\s]?(?:U\.\s?S\.|US\b|United\s+States)|\binternational(?:ly)?\b|\boverseas\b"
                      r"|\bforeign\b(?![\s-]+(?:currenc|exchange|tax|operations\s+tax))")
# Words that name the place that follows as the one left out.
_NOT = r"(?:outside(?:\s+of)?|other\s+than|beyond|rather\s+than(?:\s+in)?|as\s+opposed\s+to|not\s+in)"
_LEFT_OUT = re.compile(rf"\b(?i:{_NOT})\s+(?:the\s+)?((?:[A-Z][\w&.-]*\s*){{1,3}})")
_US_LEFT_OUT = re.compile(rf"\b(?i:{_NOT})\s+(?:in\s+)?{_US}")


def _us(text: str) -> tuple[bool, bool]:
    """(names the United States as itself, names it as the part left out)."""
    rest = bool(_US_REST.search(text) or _US_LEFT_OUT.search(text))
    plain = re.sub(_US_LEFT_OUT, " ", text)
    plain = _US_REST.sub(" ", plain)
    return bool(_US_NAME.search(plain)), rest


def names_a_side(text: str, *, names: bool = False) -> bool:
    """Whether `text` names the United States or its rest ("international", "non-U.S."); with
    `names`, also inside a name ("the U.S. revolving credit facility"): a passage that prints the
    place at all says where its figure belongs."""
    return any(_us(text)) or (names and bool(_US_ANY_NAME.search(text)))


_SAYS_REST = re.compile(rf"(?i)\b(?:{_NOT}|excluding|except|rest\s+of)\b")
_NOT_PLACES = frozenset(["company", "compani", "our", "us", "we", "its", "control"])


def _words(name: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[A-Za-z]{2,}", name)} - {"the", "and", "of"}


def _names(words: set[str], text: str) -> bool:
    found = {stem(w) for w in re.findall(r"[A-Za-z]{2,}", text)}
    return bool(words) and words <= found


def other_place(question: str, own: str) -> str | None:
    """The place whose complement `own` (a figure's own words) is about, when the question asks
    the other side of it; else None. "Share earned internationally rather than in the United
    States" against a row "United States": the United States. "Revenue generated in the United
    States" against "operations outside of the United States generated 43%": the rest of it."""
    q_us, q_rest = _us(question)
    f_us, f_rest = _us(own)
    if q_rest and not q_us and f_us and not f_rest:
        return "the United States"
    if q_us and not q_rest and f_rest and not f_us:
        return "places outside the United States"
    for m in _LEFT_OUT.finditer(question):  # "outside the Americas" asked, a figure for the Americas
        words = _words(m.group(1))
        if _names(words, own) and not _SAYS_REST.search(own) and not _US_REST.search(own):
            return m.group(1).strip()
    for m in _LEFT_OUT.finditer(own):  # "the Americas" asked, a figure for everything outside them
        words = _words(m.group(1)) - _NOT_PLACES
        if not re.match(r"(?i)outside|beyond", m.group(0)):
            continue
        if _names(words, question) and not any(_words(n.group(1)) & words for n in _LEFT_OUT.finditer(question)):
            return f"places outside {m.group(1).strip()}"
    return None
