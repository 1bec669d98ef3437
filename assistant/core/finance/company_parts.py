"""Whether a filing's text writes a name as a part of the company: a segment or a division.

A filing names its reportable segments in sentences that say so ("We are organized into three
reportable segments: Acme Snacks North America (ASNA), ..."; "our Acme Snacks segment"). Such a
name may also appear as a subsidiary's legal name ("Acme Snacks North America, Inc."), yet a
question about it asks about the company that reports it, not about a company of its own.
"""

from __future__ import annotations

import re

from assistant.core.sentences import sentence_end

__all__ = ["written_as_part"]

_PART_WORDS = re.compile(r"\b(?:segments?|divisions?)\b", re.IGNORECASE)
# A sentence ends at ".", "!" or "?" before a capital, but not at an initial's ("U.S. Consumer Services").
# (The text is read with its white space folded, so no paragraph break is left to split at.)
_SENTENCE_END = sentence_end("A-Z0-9(", keep_initials=True)


def _name_pattern(name: str) -> re.Pattern[str]:
    words = re.findall(r"[^\W_]+", name)
    return re.compile(r"(?<![^\W_])" + r"[\s\-–]*".join(re.escape(w) for w in words) + r"(?![^\W_])", re.IGNORECASE)


def written_as_part(name: str, text: str) -> bool:
    """Does `text` name `name` in a sentence about segments or divisions?"""
    if not re.search(r"[^\W_]", name):
        return False
    pattern = _name_pattern(name)
    for sentence in _SENTENCE_END.split(" ".join(text.split())):
        if pattern.search(sentence) and _PART_WORDS.search(sentence):
            return True
    return False
