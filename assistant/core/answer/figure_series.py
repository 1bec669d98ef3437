"""The lead-in a series of figures shares: "decreased by $654 million, $788 million and $429
million in 2022, 2021 and 2020, respectively"; "to consist of approximately 55% of severance
costs, 10% for asset impairments and 35% for other costs".

A sentence that lists figures of one kind names what they measure once, before the first of
them. Those words belong to every figure of the series, not to the first alone because it sits
next to them: which figure is asked is told by each one's own words after it ("for asset
impairments") or by the period it pairs with, never by nearness to the shared lead-in.

A series is a run of figures of one kind where each next figure follows a list separator
(", ", ", and ", " and "), whatever words the one before it has after it; a semicolon, a
sentence end, a figure of another kind or a verb before the next figure ("..., and operating
income was $1 billion") ends it. A bare list ("$1,782 and $1,883 of our common stock") shares
the words after its last figure too: `units.pick_figure` reads those lists by `figure_list`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.core.answer.qualifiers import CONNECTOR
from assistant.core.finance.periods import named_years
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.sentences import FULL_STOP

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["bracket_name", "named_year_fit", "series_lead", "series_words"]

# What may stand between two figures of one series: the first one's own words (no clause end),
# then a list separator, then at most a hedge before the next figure.
_GAP = re.compile(r"(?:(?![;]|(?<!(?-i:[A-Z]))\.\s)[^\n]){0,160}?(?:,\s*(?:and\s+)?|\s+and\s+)"
                  r"(?:approximately\s+|about\s+|roughly\s+|nearly\s+)?", re.I)
# Where the clause holding the series' first figure begins, and the connectors that begin its own part.
_CUT = re.compile(rf"[;:()\[\]]|,\s|{FULL_STOP}|\s[-–—]\s")  # not "Sept. 30"


def _in_series(sentence: str, a: Quantity, b: Quantity) -> bool:
    """`b` follows `a` in one series: a list separator before it, and no figure of another kind
    between them ("6.5 million shares for $710.0 million ... and 83.8 million shares for $9.4
    billion" are two clauses, each with its own figures)."""
    gap = sentence[a.end : b.start]
    return bool(_GAP.fullmatch(gap)) and not any(not x.is_year for x in parse_quantities(gap))


def _series(sentence: str, fig: Quantity, kind: Callable[[Quantity], str]) -> tuple[list[Quantity], int] | None:
    """The figures of the series `fig` stands in and its place among them; None when it stands in none."""
    figs = sorted((x for x in parse_quantities(sentence) if not x.is_year and kind(x) == kind(fig)),
                  key=lambda x: x.start)
    at = next((i for i, x in enumerate(figs) if x.start == fig.start), None)
    if at is None:
        return None
    first = last = at
    while first > 0 and _in_series(sentence, figs[first - 1], figs[first]):
        first -= 1
    while last + 1 < len(figs) and _in_series(sentence, figs[last], figs[last + 1]):
        last += 1
    return (figs[first : last + 1], at - first) if last > first else None


def series_lead(sentence: str, fig: Quantity, kind: Callable[[Quantity], str]) -> str:
    """The words before the first figure of the series `fig` stands in, the first one included
    ("" when it stands in no series)."""
    found = _series(sentence, fig, kind)
    if found is None:
        return ""
    before = _CUT.split(sentence[: found[0][0].start])[-1]
    return CONNECTOR.split(before)[-1]


_SEPARATOR = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:approximately\s+|about\s+|roughly\s+|nearly\s+)?$", re.I)


def series_words(sentence: str, fig: Quantity, kind: Callable[[Quantity], str]) -> tuple[int, str] | None:
    """For a figure of a series: where the words of the figure before it end (the words between
    them are that one's: "33% U.S. racial and ethnic minorities and 15% U.S. veterans"; its own
    start for the first), and its own words, all of them up to the next figure's separator ("" for
    the last, whose words `local_text` reads). None when `fig` stands in no series."""
    found = _series(sentence, fig, kind)
    if found is None:
        return None
    figs, at = found
    start = figs[at - 1].end if at > 0 else fig.start
    if at + 1 == len(figs):
        return start, ""
    gap = sentence[fig.end : figs[at + 1].start]
    return start, _SEPARATOR.sub("", gap)


def named_year_fit(question: str, own: str) -> float:
    """How a series figure's own words (`series_words`, or the last one's words after it) fit the
    years the question writes as what its thing is, not as the period asked: "notes due October 1,
    2030" asked of "$500 million of notes due October 1, 2028, and $650 million of notes due October
    1, 2030" is the second's. The figure naming such a year the question names 1.5, one naming only
    others 0.5; 1.0 where either names none (the period asked, "as of July 29, 2023", is no such year)."""
    asked = named_years(question)
    mine = named_years(own)
    if not asked or not mine:
        return 1.0
    return 1.5 if mine & asked else 0.5


# A figure alone in brackets: "Hispanic/Latino (16%), Asian (11%)", or with words that qualify it and
# state no other figure: "the hurricane ($96.4 million, net of reinsurance)".
_OPEN = re.compile(r"\(\s*$")
_CLOSE = re.compile(r"^\s*(?:,[^()\d]{1,60})?\)")
_NAME = re.compile(r"[A-Za-z][^()\[\];:,]*$")


def bracket_name(sentence: str, fig: Quantity) -> str | None:
    """The name a figure printed alone in brackets stands for, the words right before its opening
    bracket back to the previous bracket, comma or figure ("Asian" in "..., Asian (11%) and Other
    (6%)"); the words after its closing bracket name the next figure. None when `fig` is not alone
    in brackets (words qualifying it may follow it there, "($96.4 million, net of reinsurance)") or no
    words stand before them ("$1.1 billion (5%)")."""
    head, tail = sentence[: fig.start], sentence[fig.end :]
    opened = _OPEN.search(head)
    if opened is None or _CLOSE.match(tail) is None:
        return None
    before = head[: opened.start()].rstrip()
    prev = max((x.end for x in parse_quantities(before) if not x.is_year), default=0)
    name = _NAME.search(before[prev:])
    if name is None:
        return None
    words = CONNECTOR.split(f" {name.group()} ")[-1].strip()
    return words or None
