"""Words of a gold or an answer, as the text-gold rules compare them: content words
(no stop words, no scale words), stemmed to their first six letters."""

from __future__ import annotations

import re

Judged = tuple[str, str]  # (verdict, reason)

STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "and",
        "or",
        "its",
        "it",
        "their",
        "this",
        "that",
        "these",
        "those",
        "from",
        "as",
        "fy",
        "q1",
        "q2",
        "q3",
        "q4",
        "also",
        "both",
        "all",
        "any",
    ]
)


def stem(word: str) -> str:
    """The first six letters, lowercased: 'margins' and 'margin' compare equal."""
    return word.lower()[:6]


SCALE_WORDS = frozenset("bn mn mm thousand thousands million millions billion billions".split())  # noqa: SIM905


def content_words(text: str) -> list[str]:
    """Words of three letters or more, less stop words and scale words, in order."""
    return [
        w for w in re.findall(r"[A-Za-z][A-Za-z\-']+", text)
        if len(w) > 2 and w.lower() not in STOP and w.lower() not in SCALE_WORDS
    ]  # fmt: skip


# LaTeX escapes and separators LLMs write figures with ("\$1{,}234", "43.8\%", "1\,234").
_LATEX = (("{,}", ","), ("\\$", "$"), ("\\%", "%"), ("\\,", ""))
# A two-digit fiscal year ("FY22", "FY'23", "fiscal '22") is the year in full.
_SHORT_YEAR = re.compile(r"\b(FY\s?|[Ff]iscal\s+(?:[Yy]ear\s+)?)'?(\d{2})(?:\b|(?=E\b))(?![,.]?\d|-[KQ])")


# An en dash or a minus sign used as a minus ("Change: –5.0%"), not between two figures.
_DASH_MINUS = re.compile(r"(?<![\w.,%)])[–−](?=\s?[$€£]?\d)")
# Thousands grouped by a thin or no-break space ("1 234").
_SPACE_GROUPS = re.compile(r"(?<=\d)[\u00a0\u2009\u202f](?=\d{3}(?!\d))")


def plain_notation(text: str) -> str:
    """The text with LaTeX escapes undone, dashes used as minus signs and spaced thousands
    written plainly, and two-digit fiscal years in full, so that figures and periods read as
    in plain prose."""
    for old, new in _LATEX:
        text = text.replace(old, new)
    text = _SPACE_GROUPS.sub("", _DASH_MINUS.sub("-", text))
    return _SHORT_YEAR.sub(lambda m: f"{m.group(1)}{'20' if int(m.group(2)) < 50 else '19'}{m.group(2)}", text)


# "about $300 million", "~30%": a figure the answer itself gives as approximate (the text
# just before the figure).
HEDGED_FIGURE = re.compile(r"(?:\b(?:about|approximately|roughly|around|nearly|almost|some)|~)\s*[$€£]?\s*$", re.I)
