"""A figure the question leaves out is no answer: "scheduled debt principal due in 2026 (excluding
finance lease obligations)" is not answered by the row "Minimum finance lease obligations  $69
$52 ...", although that row holds more of the question's words than the "Debt" row above it.

The question's left-out phrase is read after "excluding", "other than", "not including", "except
(for)" or "leaving out"; a quoted row or sentence whose label (the words before its first figure)
holds every content word of it, without itself saying it leaves them out ("Revenue excluding fuel
surcharges"), is that left-out line.
"""

from __future__ import annotations

import logging
import re

from assistant.core.answer.text import word_stems
from assistant.core.types import Answer

__all__ = ["excluded_quote"]

logger = logging.getLogger(__name__)

_LEAVES_OUT = r"(?:excluding|excl\.|other\s+than|not\s+including|except(?:\s+for)?|leaving\s+out|exclusive\s+of)"
_EXCLUDED = re.compile(rf"\b{_LEAVES_OUT}\s+(?:the\s+|its\s+|any\s+)?(?P<what>[^,;:.()?]+)", re.I)
_SAYS_LEAVES_OUT = re.compile(rf"\b{_LEAVES_OUT}\b|\bwithout\b|\bex\b", re.I)
_FIGURE = re.compile(r"[$€£]|\(?\d")


def _excluded(question: str) -> list[set[str]]:
    out = []
    for m in _EXCLUDED.finditer(question):
        words = {w for w in word_stems(m.group("what")) if len(w) >= 3 and not w.isdigit()}
        if words:
            out.append(words)
    return out


def excluded_quote(question: str, answer: Answer) -> str | None:
    """The label of a quoted row or sentence that is the line the question leaves out, else None."""
    if answer.refused or not answer.citations:
        return None
    left_out = _excluded(question)
    if not left_out:
        return None
    for citation in answer.citations:
        label = _FIGURE.split(citation.quote, maxsplit=1)[0].strip(" :-–")
        if not label or _SAYS_LEAVES_OUT.search(label):
            continue
        stems = set(word_stems(label))
        if any(words <= stems for words in left_out):
            logger.debug("quoted row %r is what the question leaves out", label)
            return label
    return None
