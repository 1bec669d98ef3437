"""Figures listed and paired by "respectively": a figure's place in a list of figures
("$24 million and $16 million"), and the year, span or words that place pairs it with ("for
2023 and 2022, respectively", "in the three and six months ended ...", "on a reported and
currency-neutral basis"); the one span a question names (split out of `qualifiers.py`, which
re-exports these names)."""

from __future__ import annotations

import re

from assistant.core.answer.period_lists import LIST_GAP, span_list, span_list_year
from assistant.core.numbers import Quantity, parse_quantities

_RESPECTIVELY = re.compile(r"(?i),?\s*\brespectively\b")
# The word alone, where only whether and where a sentence pairs its lists is read.
RESPECTIVELY_WORD = re.compile(r"(?i)\brespectively\b")
LIST_ITEMS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def figure_list(sentence: str, fig: Quantity) -> tuple[int, int, list[Quantity]] | None:
    """The figure's place in a list of figures ("$24 million and $16 million") and the list, or None."""
    figs = sorted((x for x in parse_quantities(sentence) if not x.is_year), key=lambda x: x.start)
    at = next((i for i, x in enumerate(figs) if x.start == fig.start), None)
    if at is None:
        return None
    lo = hi = at
    while lo > 0 and LIST_GAP.fullmatch(sentence[figs[lo - 1].end : figs[lo].start]):
        lo -= 1
    while hi + 1 < len(figs) and LIST_GAP.fullmatch(sentence[figs[hi].end : figs[hi + 1].start]):
        hi += 1
    return (at - lo, hi - lo + 1, figs[lo : hi + 1]) if hi > lo else None


def respectively_paired(sentence: str, fig: Quantity, *, own: bool = False) -> tuple[int, int, str] | None:
    """A list of figures followed by "..., respectively": the figure's place in the list, the
    list's length and the text between the list and "respectively" (what the figures pair with).
    Only the sentence's first "respectively" pairs, unless `own`: then the first after the list
    ("..., respectively, and $5 and $4 for the six months ..., respectively" holds two lists)."""
    listed = figure_list(sentence, fig)
    m = _RESPECTIVELY.search(sentence) if listed is not None else None
    if listed is None or m is None:
        return None
    i, n, figs = listed
    if m.start() < figs[-1].end:
        # Years paired by a later "respectively" gave a glued chunk's unrelated list confidence
        # (measured: a dev answer turned wrong); only the span reading takes the list's own one.
        m = _RESPECTIVELY.search(sentence, figs[-1].end) if own else None
        if m is None:
            return None
    return i, n, sentence[figs[-1].end : m.start()]


def respective_year(sentence: str, fig: Quantity) -> int | None:
    """"$24 million and $16 million ... for the fiscal years ended June 30, 2023, and 2022,
    respectively": the year the figure's place in its list pairs it with, or None."""
    # "charges of $50 million and $46 million for the three and six months ended July 3, 2022, respectively"
    if (spans := respectively_paired(sentence, fig, own=True)) and (year := span_list_year(spans[2], spans[1])):
        return year
    paired = respectively_paired(sentence, fig)
    if paired is None:
        # "totaled $1.0 billion and $2.5 billion during 2022 and 2021": the years listed right
        # after the figures pair with them in order, "respectively" or not.
        listed = figure_list(sentence, fig)
        after = _YEARS_AFTER.match(sentence[listed[2][-1].end:]) if listed is not None else None
        if listed is None or after is None:
            return None
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", after.group())]
        return years[listed[0]] if len(years) == listed[1] else None
    i, n, between = paired
    years = [int(y) for y in re.findall(r"(?<![\d,.$])((?:19|20)\d\d)(?!\d|,\d)", between)]
    if len(years) == n:
        return years[i]
    if years:
        return None
    # "At December 31, 2023 and 2022, $5 million and $4 million, respectively", "for 2024, 2025 and
    # thereafter was $9 billion, $6 billion and $2 billion, respectively": the years listed before.
    listed = figure_list(sentence, fig)
    before = [m for m in _YEARS_BEFORE.finditer(sentence[: listed[2][0].start])] if listed is not None else []
    items = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)|thereafter", before[-1].group()) if before else []
    return int(items[i]) if len(items) == n and items[i].isdigit() else None


_YEARS_BEFORE = re.compile(r"(?<![\d,.$])(?:19|20)\d\d(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][a-z]+\.?\s+\d{1,2},\s*|fiscal\s+)?"
                           r"(?:(?:19|20)\d\d(?!\d)|thereafter\b))+")  # "fiscal 2024 and fiscal 2023" too
_YEARS_AFTER = re.compile(r"\s*(?:during|in|for)\s+(?:fiscal\s+(?:years\s+)?)?(?:19|20)\d\d"
                          r"(?:,?\s+(?:and\s+)?(?:fiscal\s+)?(?:19|20)\d\d|,\s*(?:19|20)\d\d)+(?!\d)", re.I)


_SPAN_NAMES = re.compile(r"(?i)\b(?:(?:three|3)[- ]months?|quarter)|\b(?:(?:six|6)[- ]months?|(?:first\s+)?half)"
                         r"|\b(?:nine|9)[- ]months?|\b(?:(?:twelve|12)[- ]months?|full[- ]year|fiscal\s+year)\b")


def respective_span(sentence: str, fig: Quantity) -> int | None:
    """"In the second quarter and first six months, revenue was $9.6 billion and $19.1 billion,
    respectively": the months of the span the figure's place in its list pairs it with, or None."""
    paired, listed = respectively_paired(sentence, fig, own=True), figure_list(sentence, fig)
    if paired is None or listed is None:
        return None
    i, n, figs = listed
    # "$310 million and $55 million for the three months ended June 30, 2024 and 2023,
    # respectively": one span named between the list and its "respectively" dates every figure.
    spans_listed = span_list(paired[2])  # "in the three and six months ended ..., respectively"
    if spans_listed is not None:
        return spans_listed[i] if len(spans_listed) == n else None
    between = {_months(m.group().lower()) for m in _SPAN_NAMES.finditer(paired[2])}
    if len(between) == 1:
        return between.pop()
    spans = [m.group().lower() for m in _SPAN_NAMES.finditer(sentence[: figs[0].start])]
    if len(spans) != n:
        return None
    return _months(spans[i])


def asked_span(question: str) -> int | None:
    """The one span a question names, in months ("the second quarter" → 3), else None."""
    months = {_months(m.group().lower()) for m in _SPAN_NAMES.finditer(question)}
    return months.pop() if len(months) == 1 else None


def _months(word: str) -> int:
    if "three" in word or "3" in word or "quarter" in word:
        return 3
    if "six" in word or "6" in word or "half" in word:
        return 6
    return 9 if ("nine" in word or "9" in word) else 12


def respective(sentence: str, fig: Quantity) -> tuple[str, list[str]] | None:
    """"Revenues increased 10% and 16% on a reported and currency-neutral basis, respectively": the
    words the figure is paired with ("currency-neutral basis") and the other figures' words; None
    when the sentence pairs no list of figures with a list of words of the same length."""
    paired = respectively_paired(sentence, fig)
    if paired is None:
        return None
    i, n, between = paired
    items = [w.strip() for w in LIST_ITEMS.split(between) if w.strip()]
    if len(items) != n:
        return None
    return items[i], [w for j, w in enumerate(items) if j != i]
