"""A figure the PDF's text extraction left unreadable: split by a stray space ("$8 4.5 billion" for
$84.5 billion) or in words that came out in reverse order ("proceeds of billion $5.6 included").
Read as it stands, either gives a confidently wrong amount; the quote is refused instead. So is
a table row whose label runs two labels together ("Cost of servicesTotal segments  $ 126 18 $ 119"):
the extraction merged two rows of a page, and its cells belong to neither label."""

from __future__ import annotations

import re

from assistant.core.answer.text import bare_label
from assistant.core.numbers import Quantity

__all__ = ["fused_row", "unreadable"]

# "$8 4.5 billion": the digits after a currency figure with no scale, then the scale word.
_SPLIT_AFTER = re.compile(r"(?i)^\s{1,3}\d[\d.,]*\s*(?:billion|million|thousand|bn)\b")
# "of billion $5.6": a scale word before its own figure, which no one writes.
_SCALE_BEFORE = re.compile(r"(?i)\b(?:billion|million|thousand)\s*$")


# "retired 1  1.8 million shares" (11.8 million): a lone digit just before the figure, which no
# sentence writes, is its first digit split off.
_DIGIT_BEFORE = re.compile(r"(?:^|\s)\d\s{1,3}$")


def unreadable(sentence: str, fig: Quantity) -> str | None:
    """Why `fig`, a figure of `sentence`, cannot be read as written, or None."""
    if fig.raw[:1].isdigit() and _DIGIT_BEFORE.search(sentence[max(0, fig.start - 8) : fig.start]):
        return "split apart by the document's text extraction"
    if fig.unit is None or fig.unit in ("percent", "pp", "bp"):
        return None
    if fig.scale is None and _SPLIT_AFTER.match(sentence[fig.end:]):
        return "split apart by the document's text extraction"
    if fig.high is None and _RANGE_END_AFTER.match(sentence[fig.end :]):
        return "one end of a range whose other end was not read"  # "EUR 490m-540m" read as EUR 490m
    if fig.high is None and not sentence[fig.end :].strip() and _RANGE_OPENED.search(sentence[: fig.start]):
        # "guidance to a range of $5.38" ending its passage: the text was cut before the other end
        return "one end of a range whose other end was not read"
    if _SCALE_BEFORE.search(sentence[max(0, fig.start - 12) : fig.start]):
        return "in words that came out of the document out of order"
    return None


# "EUR 490m-540m": a dash and a figure right after one, which the reader did not take as a range
_RANGE_END_AFTER = re.compile(r"[-–]\d[\d.,]*\s?(?:m|bn|b|k|mn|million|billion)?\b")


# "a range of $", "between ": words that open a range, its first figure to follow
_RANGE_OPENED = re.compile(r"(?i)\b(?:range\s+of|between)\s*(?:about\s+|approximately\s+)?[$€£¥]?\s*$")


# "equipmentTotal": a word in lower case running into a capitalised one with no space between,
# which no label prints ("iPhone", "eBay" and company names start otherwise).
_FUSED = re.compile(r"(?<![A-Za-z])[a-z]{4,}[A-Z][a-z]{2,}")


def fused_row(row: str) -> str | None:
    """Why a table row cannot be read as one row (its label fuses two labels), or None."""
    label = bare_label(row)
    if _FUSED.search(label):
        return "in a row the document's text extraction ran together with another"
    return None
