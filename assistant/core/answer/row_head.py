"""A table row's head noun: the last word of its label ("intangibles" of "Core deposit and
customer relationship intangibles", "expense" of "Total selling and administrative expense").
A row that shares a word with a line the question names but whose head is another noun is
another line; used where arithmetic picks its inputs by shared words (`answer.derived`)."""

from __future__ import annotations

import logging
import re

from assistant.core.answer.derived_inputs import content
from assistant.core.answer.question import METRIC_STEMS, Matcher, Question
from assistant.core.answer.text import TOTAL_LABEL, printed_label
from assistant.core.answer.units import word_stems

logger = logging.getLogger(__name__)

__all__ = ["broader_total", "deducted_line", "head_unsaid", "narrower_total"]

# Nouns that end a line item's name; a row ending in another word ("Asia Pacific", "Domestic")
# names a part of the company, read by its other words.
_LINE_HEADS = METRIC_STEMS | frozenset(word_stems(
    "intangibles rights fees charges reserves allowances securities obligations commitments goodwill "
    "investments revenues expenses liabilities assets receivables payables deposits loans income costs"))


# Where a label turns to what its line leaves out: what follows is not the line's name.
_NETTED = re.compile(r"(?i)\b(?:net\s+of|less|excluding|exclusive\s+of)\b")


def row_head(row_text: str) -> str | None:
    """The stem of a row label's last word, asides in brackets and footnote letters left out."""
    label = re.split(r"[$€£\d]", row_text, maxsplit=1)[0]
    label = _NETTED.split(label, maxsplit=1)[0]  # "Loans, net of allowance for loan losses": loans
    label = re.sub(r"\([^)]*\)?", " ", label)
    words = re.findall(r"[A-Za-z][A-Za-z'-]*[A-Za-z]", label)
    if not words:
        return None
    stems = word_stems(words[-1])
    return next(iter(stems)) if len(stems) == 1 else None


def head_unsaid(words: set[str], row_text: str) -> bool:
    """A row whose head noun is none of the question's `words` (nor a synonym): it shares a
    modifier with the asked line ("deposit"), not the line itself ("intangibles"). A part's row
    may end in its whole's noun ("Europe revenue" of total revenue): callers pass both."""
    head = row_head(row_text)
    if head is None or head not in _LINE_HEADS or not words:
        return False
    match = Matcher(words, {head})
    return not any(match(w, {head}) >= 0.6 for w in words)


_TOTAL_ROW = TOTAL_LABEL
# Words a total row uses of the table it closes, not of a narrower line: "Total segment revenue".
_TOTAL_OF = frozenset(word_stems("total segment segments reportable consolidated company group worldwide net"))


def narrower_total(q: Question, row: str, text: str) -> bool:
    """A total row whose label names what the question `text` leaves unsaid ("Total term debt"
    for the share of total debt): the total of a narrower line, not the whole asked."""
    label = printed_label(row)
    return bool(_TOTAL_ROW.match(label)) and bool(content(q, label) - content(q, text) - _TOTAL_OF)


_OWNER = re.compile(r"(?:\b[A-Z][\w&.-]*\s+)*\b[A-Z][\w&.-]*['’]s?(?=\s|$)")
_NAME = re.compile(r"\b[A-Z][\w&.-]*")
_WHEN = re.compile(r"(?i)\s+(?:at|as\s+of|in|for|during|on|over|from|through)\b")


def broader_total(q: Question, row: str, whole: str) -> bool:
    """A total row whose label leaves out a word the question names its whole by ("Total current
    liabilities" for the share of total lease liabilities): a total row's label is the whole name of
    what it totals, so it is the total of a broader line (or another one), not the whole asked."""
    label = printed_label(row)
    if not _TOTAL_ROW.match(label):
        return False
    said = word_stems(label)
    # "Best Buy's total lease liabilities": the owner names no line; a name ("Meadow Division", "Domestic")
    # is a segment or place, read from the table's headings elsewhere (`row_pair`), not from a total's label
    whole = _NAME.sub(" ", _OWNER.sub(" ", whole))
    whole = _WHEN.split(whole, maxsplit=1)[0]  # "... receivables at year end": the period names no line
    asked = content(q, whole) - _TOTAL_OF
    match = Matcher(asked, said)
    return any(match(w, said) < 0.6 for w in asked)


# Where a row's label turns to what has been taken off its line: "Loans, net of allowance for loan losses".
_DEDUCTION = re.compile(r"(?i)\b(?:net\s+of|less|excluding|exclusive\s+of|after)\b")


def deducted_line(words: set[str], label: str) -> bool:
    """A row whose label names the asked line (`words`, stems) only after a deduction, "Loans, net of
    allowance for loan losses" for the allowance: the row is what is left once that line is taken off,
    not the line itself."""
    m = _DEDUCTION.search(label)
    if m is None or not words or not re.search(r"[A-Za-z]", label[: m.start()]):
        return False  # "Less allowance for losses": a row opening with its sign is the deducted line itself
    head, tail = set(word_stems(label[: m.start()])), set(word_stems(label[m.end():]))
    return words <= tail and not words <= head
