"""A figure whose own passage says it is not the item asked: it leaves that item out, or it is
a rate per unit where a count is asked.

A maturity table introduced as "long-term debt, including current maturities (excluding payments
for finance leases)" holds no finance lease payment, however well its years and amounts match a
question about finance lease payments due in 2024; an analyst reads the exclusion and looks
elsewhere. Likewise a row "connections per account 2.77" is an average per account, never the
number of connections asked. `answer.figure_checks` refuses such a figure.
"""

from __future__ import annotations

import re

from assistant.core.words import STOPWORDS, stem

__all__ = ["excluded_item", "per_unit_for_count"]

# The words after an excluding word, up to punctuation, a figure or a joining word.
_EXCLUDING = re.compile(r"(?i)\b(?:excluding|excludes?|excluded|exclusive\s+of|other\s+than|not\s+including|"
                        r"except\s+for|apart\s+from|leaving\s+out)\s+((?:(?!and\b|or\b|as\b|at\b|in\b|on\b)[a-z][\w&'-]*\s*){1,5})")
# A question asking what was left out ("how much did it leave out of capex"): the exclusion is its subject.
_ASKS_LEFT_OUT = re.compile(r"(?i)\b(?:leaves?|left)\s+out\b|\bexcluded\s+from\b")
_WORD = re.compile(r"[a-z][a-z&'-]*")
_THE = frozenset({"the", "its", "their", "any", "all", "those", "such"})


def _stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text.lower()) if w not in STOPWORDS and w not in _THE and len(w) > 2}


def excluded_item(question: str, before_figure: str) -> str | None:
    """The item the passage says it leaves out (`before_figure`: the passage's words up to the
    figure) when that item is what the question asks about: every word naming it (two at least) is
    one of the question's, and the question neither leaves it out itself nor asks what was left out
    ("how much did it leave out of capital spending"). Else None."""
    if _ASKS_LEFT_OUT.search(question):
        return None  # the question asks about the item left out, which the passage's exclusion states
    asked = _stems(question)
    left_out = {frozenset(_stems(m.group(1))) for m in _EXCLUDING.finditer(question)}
    for m in _EXCLUDING.finditer(before_figure):
        item = _stems(m.group(1))
        if len(item) >= 2 and item <= asked and not any(item <= other for other in left_out):
            return m.group(1).strip()
    return None


_PER = re.compile(r"(?i)\bper\s+(?!cent\b)([a-z]+)")


def per_unit_for_count(question: str, label: str) -> str | None:
    """A row labelled as a rate per unit ("connections per account") for a question that asks a
    count and says no "per": the unit it is per, else None."""
    m = _PER.search(label)
    if m is None or re.search(r"(?i)\bper\b|\baverage\b|\beach\b|\bratio\b", question):
        return None
    return m.group(1).lower()
