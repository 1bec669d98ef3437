"""The kind of figure a question asks for, held against a sentence's figure: a share asked ("what
share of", "how much of the debt") is not answered by an interest rate or a growth rate, and an
amount or count asked ("by how many dollars", "how many stores") is not answered by a percent. The
points a part contributed to a growth ("how many percentage points of the growth came from") are not
the growth itself ("sales increased 12%"), and a count asked ("how many stores") is not a measure
its own words name ("1,200 stores totaling 9.1 million square feet"). A figure per share asked is
not answered by an amount in millions or billions ("proceeds of $0.6 billion"), and the growth of an
amount not by a move in points of a rate ("the tax rate rose 0.9 percentage points")."""

from __future__ import annotations

import re

from assistant.core.answer.figure_role import level_reached
from assistant.core.answer.qualifiers import local_text
from assistant.core.answer.question import CHANGE_STEMS, Question
from assistant.core.answer.text import word_stems
from assistant.core.numbers import Quantity

__all__ = ["amount_for_percent", "amount_row_for_per_share", "amount_row_for_ratio", "kind_mismatch", "share_asked"]

_SHARE_ASKED = re.compile(r"(?i)\b(?:share|percentage|percent|proportion|portion|fraction)\s+of\b|\bhow\s+much\s+of\b"
                          r"|\bas\s+a\s+(?:share|percentage|percent|proportion)\b")


def share_asked(text: str) -> bool:
    """Whether the question asks a share of a whole ("what percent of ...", "as a share of")."""
    return bool(_SHARE_ASKED.search(text))


# "an interest rate of 2.75%", "2.75% Senior Notes", "bears interest at 4%": the price of a debt.
_RATE_WORDS = re.compile(r"(?i)\binterest\s+rate|\bcoupon|\bbear(?:s|ing)?\s+interest|\byield|\bper\s+annum\b")
_RATE_AFTER = re.compile(r"(?i)^\s*(?:senior\s+|subordinated\s+|convertible\s+|unsecured\s+)*(?:notes|bonds|debentures)\b")
# "30% of our debt", "43% of total revenues": a share of a whole.
_OF_WHOLE = re.compile(r"(?i)^\s*(?:of|to)\b")
_MONEY_ASKED = re.compile(r"(?i)\bhow\s+many\s+(?:dollars|euros|pounds)|\bin\s+(?:dollars|euros|pounds)\b"
                          r"|\bhow\s+much\s+money\b")
# "how many percentage points of the sales growth": the part of a growth, in points.
_POINTS_OF = re.compile(r"(?i)\b(?:percentage\s+points?|basis\s+points?|points?)\s+of\b")
# Units that measure rather than count: the figure they follow is a size, not a number of things.
_MEASURE = re.compile(r"(?i)^\s*(?:(?:gross|net|leasable|selling|retail)\s+)?(?:square\s+(?:feet|foot|meters?|metres?)"
                      r"|sq\.?\s*ft|acres?|hectares?|(?:metric\s+)?tons?|tonnes?|barrels?|gallons?|liters?|litres?"
                      r"|kilometers?|kilometres?|miles?|megawatts?|gigawatts?|kilowatt[- ]hours?|(?:mega|giga)watt[- ]hours?)\b")
# Points asked, or a measure that is itself a rate ("the margin", "the tax rate", "as a percent of sales"), or
# what a factor did to a growth ("a currency headwind"): a move in points may answer these.
_POINTS_ASKED = re.compile(r"(?i)\bpoints?\b|\bbps\b|\bpp\b")
_RATE_ASKED = re.compile(r"(?i)\b(?:rates?|margins?|ratios?|yields?|spreads?|shares?\s+of|mix|percent(?:age)?\s+of"
                         r"|as\s+a\s+(?:percent(?:age)?|share)|headwinds?|tailwinds?|impacts?|effects?|contribut\w*"
                         r"|dilut\w*|accreti\w*)\b")
_COUNT_ASKED = re.compile(r"(?i)\bhow\s+many\s+(?!(?:percentage\s+points|basis\s+points|points|times|percent)\b)[a-z]")


# A figure per share asked ("at what price per share", "the after-tax per-share cost", "EPS"): never an amount in
# millions or billions.
_PER_SHARE_ASKED = re.compile(r"(?i)\bper[\s-]+(?:common\s+|diluted\s+|basic\s+)?share\b|\beps\b|\bearnings\s+a\s+share\b")
_LARGE = frozenset({"thousand", "million", "billion", "trillion"})


# A percent or a ratio named as such: never a currency amount ("the coverage ratio", "what percentage").
_PERCENT_NAMED = re.compile(r"(?i)\bpercent(?:age)?s?\b|%|\bratios?\b")


def amount_for_percent(q: Question, fig: Quantity) -> str | None:
    """A currency amount, of a sentence or a table row, offered for a percent or ratio the question
    names ("what coverage ratio", "what percentage of sales"), or None."""
    # a multiple ("3.9 times", "2.7x") is a ratio, the kind asked; a figure in millions whose currency
    # was not read ("310,945 million" of a yen statement) is an amount or a count all the same
    amount = fig.unit not in (None, "percent", "pp", "bp", "x") or (fig.unit is None and fig.scale in _LARGE)
    if q.want in ("percent", "number") and amount and _PERCENT_NAMED.search(q.text):
        return "an amount, not the percent or ratio asked"
    return None


# A ratio named as such ("what equity ratio", "the coverage ratio"), and what a row's label says to be one:
# the word, a percent or multiple sign, or two lines set against each other ("Net debt / EBITDA", "to").
_RATIO_NAMED = re.compile(r"(?i)\bratios?\b")
_RATIO_LABEL = re.compile(r"(?i)\bratios?\b|%|\bpercent|\btimes\b|\bx\b|\bmultiple\b|\bcoverage\b|/|\bto\b|\bover\b"
                          r"|\bper\b|\brate\b|\bmargin\b|\byield\b")


def amount_row_for_ratio(q: Question, label: str, fig: Quantity) -> bool:
    """Whether a table row whose label names no ratio ("Total shareholders' equity 310,945") is offered
    for the ratio the question names ("what equity ratio did it report"): the line a ratio is
    built on is an amount, whatever words the two share."""
    return (q.want in ("percent", "number") and bool(_RATIO_NAMED.search(q.text))
            and fig.unit not in ("percent", "pp", "bp", "x") and not _RATIO_LABEL.search(label))


# What says a line is per share: in its label, or above it in its table ("Diluted earnings per share",
# "Reconciliation of GAAP EPS", "per diluted share"); "a share" as a news sentence says it.
_PER_SHARE_SAID = re.compile(r"(?i)\bper\s+(?:common\s+|diluted\s+|basic\s+|ordinary\s+)?share\b|\beps\b|\ba\s+share\b"
                             r"|\bearnings\s+per\b|\bper\s+(?:diluted|basic)\b")
_NOT_PER_SHARE = re.compile(r"(?i)\bnot\s+per\s+share\b|\bin\s+dollars\s+\(not\b")
# A table's caption saying its per-share rows are in another unit than the rest: no row is per share by it.
_EXCEPT_PER_SHARE = re.compile(r"(?i)\bexcept\s+(?:for\s+)?(?:per[\s-]+share|eps)\b")


def amount_row_for_per_share(question: str, label: str, above: str) -> bool:
    """Whether a table row whose `label` and the table text `above` it say nothing per share is offered
    for a per-share figure or its growth ("how much did operating EPS grow" answered from the "Operating
    income" row's change column): an amount line moves apart from its per-share line."""
    if not _PER_SHARE_ASKED.search(question) or _NOT_PER_SHARE.search(question):
        return False
    return not any(_PER_SHARE_SAID.search(_EXCEPT_PER_SHARE.sub(" ", text)) for text in (label, above))


def kind_mismatch(q: Question, sentence: str, fig: Quantity) -> str | None:
    """What `fig`, a figure of `sentence`, is instead of the kind `q` asks for, or None."""
    if fig.unit == "percent" and q.want in ("percent", "number") and _SHARE_ASKED.search(q.text):
        after = sentence[fig.end:]
        if _OF_WHOLE.match(after):
            return None
        own = local_text(sentence, fig)
        if _RATE_WORDS.search(own) or _RATE_AFTER.match(after):
            return "an interest rate, not a share"
        if (word_stems(own) & CHANGE_STEMS and not word_stems(q.text) & CHANGE_STEMS  # not "how much of the growth"
                and not level_reached(sentence, fig)):  # "decreased to 23.5% of sales": the share it reached
            return "a growth rate, not a share"
        return None
    if fig.unit == "percent" and _POINTS_OF.search(q.text) and word_stems(local_text(sentence, fig)) & CHANGE_STEMS:
        # "Sales increased 12%, reflecting a 3-point impact of pricing": 12% is the whole growth.
        return "the growth itself, not the points of it asked"
    if _PER_SHARE_ASKED.search(q.text) and fig.unit not in (None, "percent", "pp", "bp") and fig.scale in _LARGE:
        return "a total amount, not a per-share figure"  # a price or earnings per share is never in millions
    measure = _MEASURE.match(sentence[fig.end:]) if q.want == "count" and fig.unit is None else None
    if measure is not None and not word_stems(measure.group()) & word_stems(q.text):  # not "how many square feet"
        return f"a measure in {measure.group().strip()}, not a count"
    if (fig.unit in ("pp", "bp") and set(word_stems(q.text)) & CHANGE_STEMS and not _POINTS_ASKED.search(q.text)
            and not _RATE_ASKED.search(q.text)):
        # "By what percentage did the reserve grow": a move in points is the difference of two rates, never
        # the growth of an amount ("the tax rate rose 0.9 percentage points")
        return "a move in points of a rate, not the percent change asked"
    if fig.unit in ("percent", "pp", "bp") and q.want in ("change", "number"):
        if _MONEY_ASKED.search(q.text):
            return "a percent, not an amount"
        if _COUNT_ASKED.search(q.text):
            return "a percent, not a count"
    return None
