"""Operands of a question's own arithmetic that name a part of a line item: "gross margin on products, i.e.
(products revenue - cost of products sold) / products revenue" names products revenue, not the revenue line.
Split out of `definitions.py`, whose text rules (where a definition ends, what in it is a source) it reads."""

from __future__ import annotations

import re

from assistant.core.finance.definitions import _ARITHMETIC, _END, _OPERATORS, _without_sources

__all__ = ["narrowed_operand", "narrowed_part"]


# Where a question writes out its own formula: "defined as", "i.e.", "define X as", "using A over B"
_WRITTEN = re.compile(r"\b(?:defined|computed|calculated|taken|measured)\s+as\b|\bdefined\s*:(?:[^=.?:]{2,80}?\s=)?|\bi\.\s?e\.|"
                      r"\b(?:define|compute|calculate|take)\s+"
                      r"[^.?]{2,80}?\s+as\b"
                      # "using its fiscal 2017 10-K, ..." names the source, not a formula
                      r"|\busing\b(?![^,.?]{0,60}\b(?:10-[KQ]|form|filings?|reports?|releases?|statements?|columns?)\b)", re.I)
# Words in front of a line item's name that leave it the whole line: "net revenue", "total revenues", "trade payables"
_WHOLE_LINE = re.compile(r"\b(?:as\s+reported|reported|gaap|unadjusted|net|total|the|its|their|consolidated|trade|average|of|"
                         r"ending|closing|opening|year[\s-]end|balances?|\w+['’]s)\b", re.I)


# A modifier narrows a line only written straight in front of its name: a preposition, a verb of the
# question's frame or punctuation in between ("the mean of total assets", "compute ROA: net income",
# "estimate EBITDA as operating income") leaves the line whole.
_FRAME_WORD = re.compile(r"(?i)^(?:of|as|in|on|at|to|by|for|from|with|and|or|is|was|a|an|"
                         r"compute|calculate|estimate|take|define|use|using)$")


def _modifiers(prefix: str) -> str:
    """The words written straight in front of a line's name at the end of `prefix`."""
    run = re.search(r"(?:[A-Za-z][\w&'’-]*\s+)*$", prefix)
    words = run.group(0).split() if run else []
    kept: list[str] = []
    for word in reversed(words):
        if _FRAME_WORD.match(word):
            break
        kept.insert(0, word)
    return " ".join(kept)


def narrowed_operand(question: str) -> tuple[str, str, list[str]] | None:
    """(phrase, concept, narrowing words) for the operand of the arithmetic a question writes out
    ("gross margin on products, i.e. (products revenue - cost of products sold) / products
    revenue") that names a part of a line item: words written straight in front of the line's name
    that are not the whole line's ("products revenue", "Domestic operating income"; not after a
    preposition or a frame verb: "the mean of total assets", "current portion of long-term debt").
    None when the question writes no arithmetic or its operands name whole lines."""
    m = _WRITTEN.search(question)
    if m is None:
        return None
    body = question[m.end():]
    end = _END.search(body)
    body = body[: end.start()] if end else body
    if not _ARITHMETIC.search(body):
        return None
    return narrowed_part(body)


def narrowed_part(body: str) -> tuple[str, str, list[str]] | None:
    """(phrase, concept, narrowing words) for the first operand of `body` that names a part of a line item."""
    from assistant.core.finance.plan import question_concept

    for part in _OPERATORS.split(_without_sources(body)):
        phrase = (part or "").strip(" ,;:'\"")
        found = question_concept(phrase) if re.search(r"[A-Za-z]{3,}", phrase) else None
        if found is None:
            continue
        words = re.findall(r"[A-Za-z][\w&-]{2,}", _WHOLE_LINE.sub(" ", _modifiers(phrase[: found[1]])))
        if words:
            return phrase, found[0], words
    return None
