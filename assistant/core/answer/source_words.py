"""A question in words that names where or from whom the answer comes ("In The Ledger column, what
does Hugh Denholm say Tarbeagh needs instead of growing its fleet?") asks what that source says
about its matter. A sentence that shares with it only the source's and speaker's names or the
words that introduce them ("Hugh Denholm writes The Ledger column ...", a byline) says who wrote,
not what (issue 17): `extractive` refuses it. The matter is the question less its names, its
leading "In <source>," or "According to <source>," phrase and the verb of saying after a name."""

from __future__ import annotations

import logging
import re

from assistant.core.answer.question_words import STOP
from assistant.core.answer.text import word_stems

__all__ = ["names_only"]

logger = logging.getLogger(__name__)

_LEADING_SOURCE = re.compile(r"(?i)^\s*(?:in|according\s+to|per|from)\s+[^,?]{1,60},")
_NAME = re.compile(r"\b[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*")
_SAYING = re.compile(r"(?i)\b(?:say|says|said|tell|tells|told|think|thinks|argue|argues|write|writes|wrote)\b")


def _matter(question: str) -> set[str]:
    rest = _LEADING_SOURCE.sub(" ", question)
    rest = _SAYING.sub(" ", _NAME.sub(" ", rest[:1].lower() + rest[1:]))
    return word_stems(" ".join(w for w in re.findall(r"[A-Za-z'’-]+", rest) if w.lower() not in STOP))


def names_only(question: str, quote: str) -> bool:
    """Whether `question` names a source or speaker and `quote` shares none of its matter's words."""
    if not (_LEADING_SOURCE.search(question) or _SAYING.search(question)):
        return False
    matter = _matter(question)
    if not matter or matter & word_stems(quote):
        return False
    logger.debug("quote names only the source: %s", quote[:80])
    return True
