"""Which measure a phrase names: its head, not every measure word in it.

A table row's label names its line by its words before the first cell; a bracketed aside
("(Loss)", "(benefit)") does not end it when the label's own qualifier follows the aside
("Earnings (Loss) Before Interest and Taxes", "Operating income (loss) as % of revenue").
A ratio to revenue ("Operating income as % of revenue") is a margin, not the amount it divides.
A question's words after "net of", "before" or "excluding" ("loss before interest and taxes",
"translation adjustments, net of hedges and tax") name what is taken out of the measure asked,
not the measure asked."""

from __future__ import annotations

import re

from assistant.core.answer.text import bare_label, printed_label
from assistant.core.words import LABEL_WORD, stem

__all__ = ["deducted_only", "label_measure", "ratio_to_revenue", "share_asked"]

# What a bracketed aside may interrupt: the line's own qualifier ("before ...", "as % of ...").
_QUALIFIER_AFTER = re.compile(r"(?i)^\s*\([^()]{0,40}\)\s*/?\s*((?:before|after|net\s+of|excluding|as\s+(?:a\s+)?"
                              r"(?:%|percent(?:age)?)\s+of)\b[^$€£(\d]*)")


def label_measure(row: str) -> str:
    """The row's label as it names its line: `bare_label`, and the qualifier after a bracketed
    aside ("Earnings Before Interest and Taxes" of "Earnings (Loss) Before Interest and Taxes
    $ (2,840)"); an aside that ends the label ("Provision/(benefit) for taxes") leaves it bare."""
    bare = bare_label(row)
    rest = printed_label(row)[len(bare) :]
    m = _QUALIFIER_AFTER.match(rest)
    return f"{bare.rstrip()} {m.group(1).strip()}" if m else bare


# "as % of revenue", "as a percentage of net sales", "% to Sales": a line divided by revenue
_RATIO_TO_REVENUE = re.compile(r"(?i)(?:\bas\s+(?:a\s+)?)?(?:%|\bpercent(?:age)?)\s+(?:of|to)\s+(?:total\s+|net\s+)?"
                               r"(?:revenues?|sales)\b")
# A question asking a ratio to revenue: a margin, a share or percentage of revenue or sales.
_SHARE_ASKED = re.compile(r"(?i)\bmargins?\b|\b(?:%|percent(?:age)?|share|proportion|fraction|ratio)\s+(?:of|to)\s+"
                          r"(?:\w+\s+){0,2}?(?:revenues?|sales)\b|\bas\s+a\s+(?:%|percent(?:age)?|share)\b"
                          r"|\breturn\s+on\s+(?:sales|revenues?)\b")


def ratio_to_revenue(label: str) -> bool:
    """The label names a line divided by revenue ("Operating income as % of revenue")."""
    return bool(_RATIO_TO_REVENUE.search(label))


def share_asked(question: str) -> bool:
    """The question asks a margin or a share of revenue, which a ratio-to-revenue row answers."""
    return bool(_SHARE_ASKED.search(question))


# "net of hedges and tax", "before interest and taxes", "excluding restructuring": a complement
# that runs to the next preposition, verb or punctuation.
_WORD = LABEL_WORD
_STOPS = r"(?:of|in|for|at|on|from|during|to|by|was|were|is|are|did|does|do|per|as)\b"
_DEDUCTION = re.compile(rf"(?i)\b(?:net\s+of|before|after|excluding|exclusive\s+of)\s+"
                        rf"((?:(?!{_STOPS})[\w&'’-]+(?:\s*,\s*|\s+)(?=\w)){{0,3}}(?!{_STOPS})[\w&'’-]+)")


def deducted_only(question: str, asked: list[str]) -> set[str]:
    """The asked metric stems that the question names only after "net of", "before", "after" or
    "excluding": what it takes out of the measure it asks, not that measure ("taxes" in "loss
    before interest and taxes")."""
    inside: set[str] = set()
    spans = []
    for m in _DEDUCTION.finditer(question):
        spans.append(m.span(1))
        inside |= {stem(w) for w in _WORD.findall(m.group(1))}
    if not spans:
        return set()
    outside_text = question
    for a, b in reversed(spans):
        outside_text = outside_text[:a] + " " + outside_text[b:]
    outside = {stem(w) for w in _WORD.findall(outside_text)}
    return {t for t in asked if t in inside and t not in outside}
