"""Periods listed in order beside a list of figures: the period each figure is stated for.

A filing pairs a list of figures with a list of periods in order, with or without "respectively":

- spans written as one list: "6.8% and 11.6% in the three and six months ended July 2, 2023,
  respectively" (the first figure is the quarter's, the second the half year's);
- years listed before the figures in the same clause, no "respectively": "in 2022 and 2021 we
  received refunds of $1.5 billion and $1.7 billion", "for the years ended December 31, 2022 and
  2021 ... were $12,087 and $11,336";
- years after the figures through "the years ended": "of $1,240 and $468 during the years ended
  December 31, 2022 and 2021".

A reader pairs them in order; quoting the first figure for the second period is the commonest way
a right sentence gives a wrong answer. `answer.qualifiers` calls these where its own readings
(a "respectively" list, "during 2022 and 2021" right after the figures) find nothing."""

from __future__ import annotations

import itertools
import logging
import re

from assistant.core.finance.periods import SPAN_MONTHS
from assistant.core.numbers import Quantity, parse_quantities

logger = logging.getLogger(__name__)

__all__ = ["LIST_GAP", "span_after", "span_list", "years_after", "years_before"]

# What separates the figures of one list: "$5 and $4", "$5, $4 and $3" (`qualifiers` reads lists by it too).
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*")
_SPAN_WORD = r"(?:three|six|nine|twelve|3|6|9|12)"
# "three and six months", "three, six and nine months", "3- and 6-month": one list of spans.
_SPAN_LIST = re.compile(rf"(?i)\b{_SPAN_WORD}-?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_SPAN_WORD})+[- ]months?\b")

_DATE = r"(?:[A-Z][a-z]+\.?\s+\d{1,2},\s*)"
_YEAR_LIST = (rf"(?:19|20)\d\d(?:(?:,\s*(?:and\s+)?|\s+and\s+){_DATE}?(?:19|20)\d\d)+(?!\d)")
# The period words a year list opens with when it dates figures: "in", "for the years ended
# December 31,", "as of May 31,", "during fiscal". Years after "due", "through" or "by" are
# maturities or targets and never reach here (the opening must be one of these).
_OPENING = (rf"(?:\b(?:in|for|during|at|as\s+of)\s+(?:the\s+)?(?:(?:fiscal\s+)?years?\s+ended\s+|fiscal\s+(?:years?\s+)?)?"
            rf"{_DATE}?)")
_YEARS_BEFORE = re.compile(rf"(?i){_OPENING}({_YEAR_LIST})")
_YEARS_AFTER = re.compile(rf"(?i)^\s*(?:during|in|for)\s+the\s+(?:fiscal\s+)?years?\s+ended\s+{_DATE}?({_YEAR_LIST})")
_STOP = re.compile(r"[;:]|\.\s|\brespectively\b", re.I)


def span_list(text: str) -> list[int] | None:
    """The months of the one list of spans `text` writes ("three and six months" → [3, 6]), else None."""
    found = list(_SPAN_LIST.finditer(text))
    if len(found) != 1:
        return None
    return [SPAN_MONTHS[w.lower()] for w in re.findall(r"(?i)three|six|nine|twelve|\d+", found[0].group())]


def span_list_year(text: str, n: int) -> int | None:
    """The one year dating a list of `n` spans, "the three and six months ended July 3, 2022" (2022): a
    list of figures paired with those spans is all that year's; None for another list or more years."""
    spans, years = span_list(text), set(_years(text))
    return years.pop() if spans is not None and len(spans) == n and len(years) == 1 else None


# The span a figure's own words name right after it: "$448 million in the second quarter", "$1.3 billion
# in the first six months", "for the nine months ended".
_SPAN_AFTER = re.compile(r"(?i)^\s*(?:in|for|during|over)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|latest|same)\s+)?"
                         r"(?:(?P<q>(?:three|3)[- ]months?|quarter)|(?P<h>(?:six|6)[- ]months?|half)"
                         r"|(?P<n>(?:nine|9)[- ]months?)|(?P<y>(?:twelve|12)[- ]months?|full[- ]year))\b")
_SPAN_MONTHS = {"q": 3, "h": 6, "n": 9, "y": 12}


def span_after(after: str) -> int | None:
    """The months of the span `after` (a figure's words up to the next figure or clause) opens with:
    "$448 million in the second quarter of 2023 and $1.3 billion in the first six months" states the
    first for a quarter (3), the second for a half (6); None when it opens with no span."""
    m = _SPAN_AFTER.match(after)
    return _SPAN_MONTHS[m.lastgroup] if m is not None and m.lastgroup else None


def _years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"(?<![\d,.$])(?:19|20)\d\d(?!\d)", text)]


def _one_list(sentence: str, figs: list[Quantity]) -> bool:
    """`figs` is the sentence's only list of its length: "debt totaled $57.0 billion and $58.1 billion,
    of which $5.2 billion and $1.3 billion were short-term" lists a whole and a part per year, and
    which list the question means is for its words to say, not the years' order (measured: reading
    the order there turned two dev refusals into wrong answers, a whole quoted for its part)."""
    others = [x for x in parse_quantities(sentence) if not x.is_year and x.start not in {f.start for f in figs}]
    runs, run = [], 1
    for a, b in itertools.pairwise(others):
        if LIST_GAP.fullmatch(sentence[a.end : b.start]):
            run += 1
        else:
            runs.append(run)
            run = 1
    runs.append(run)
    return not others or len(figs) not in runs


def years_before(sentence: str, at: int, figs: list[Quantity]) -> int | None:
    """The year a list of years opening the figures' clause pairs the `at`-th of `figs` with, in
    order, when no "respectively" says so: "in 2022 and 2021 we received refunds of $1.5 billion
    and $1.7 billion". None unless the lists are as long, the years are the last dated list before
    the figures and no other figure, sentence break or colon stands between them."""
    head = sentence[: figs[0].start]
    found = list(_YEARS_BEFORE.finditer(head))
    if not found:
        return None
    last = found[-1]
    between = head[last.end() :]
    if _STOP.search(between) or any(not x.is_year for x in parse_quantities(between)):
        return None
    years = _years(last.group(1))
    return years[at] if len(years) == len(figs) and _one_list(sentence, figs) else None


def years_after(sentence: str, at: int, figs: list[Quantity]) -> int | None:
    """"$1,240 and $468 during the years ended December 31, 2022 and 2021": the year the `at`-th
    figure of the list is for, in order, or None when the lists differ in length."""
    m = _YEARS_AFTER.match(sentence[figs[-1].end :])
    if m is None:
        return None
    years = _years(m.group(1))
    return years[at] if len(years) == len(figs) and _one_list(sentence, figs) else None
