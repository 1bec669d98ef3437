"""The period a sentence's figure is stated for, read from its own words, against the period asked.

A passage about several years passes the sentence-level period check (`answer.extractive`) on any
year it names; the figure quoted must still be the asked year's. Three readings, nearest first:

- the figure's own words (up to its neighbouring figures) name a year: "Our tax rate for fiscal
  2019 was 22.4%" is fiscal 2019's, whatever year is asked; a year that is only the base of a
  comparison ("up 10% over 2021", "from $4.5 billion in 2021") does not count;
- else a later year than asked named by its clause or sentence: "We expect to return $7.7 billion
  in 2023, comprising ... share repurchases of $1.0 billion" states 2023's plan, not 2022's. An
  earlier year there is often the comparison base ("15.5% versus 13.4% in fiscal 2017"), so only
  later ones are read as the figure's period; a sentence that compares with a figure ("from $5
  million", "compared with the prior year") may state the earlier year's figure, and is left alone;
- a sentence that opens with a whole year ("During fiscal 2022, the Company opened 47 stores")
  states that year's figures, not a quarter's.

Years that are not the figure's period ("notes due 2028", "by 2030", "the 2023 Credit Agreement"
as a name) are not read. A question that asks for the prior period is left to the comparison
readers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.core.answer.column_years import column_year
from assistant.core.answer.half_span import other_span_stated
from assistant.core.answer.period_lists import years_after, years_before
from assistant.core.answer.qualifiers import clause, figure_list, local_text, respective_year
from assistant.core.answer.question import ruled_out
from assistant.core.answer.respective_names import (
    name_stems,
    negated_name,
    respective_figure,
    unasked_name,
)
from assistant.core.answer.sibling_figure import bound_sibling, period_sibling
from assistant.core.answer.text import figures_text
from assistant.core.answer.units import FIT
from assistant.core.finance.periods import MONTH, NAME_AFTER_YEAR, NOT_PERIOD_BEFORE
from assistant.core.finance.years import YEAR, year_opener
from assistant.core.numbers import Quantity

if TYPE_CHECKING:
    from assistant.core.answer.question import Question

__all__ = ["figure_years", "other_period", "sentence_figure", "stated_before_base", "year_after_base"]

# A year that is a deadline, maturity or target, or a name's part, is not a period a figure is for.
_NOT_PERIOD = NOT_PERIOD_BEFORE
_NAME_AFTER = NAME_AFTER_YEAR
# A year that is the base a figure is compared with: "over 2021", "compared with 2021", "from 2021".
_BASE = re.compile(r"(?i)\b(?:over|from|compared\s+(?:with|to)|versus|vs\.?|than|since|relative\s+to"
                   r"|against)\s+(?:the\s+same\s+\w+\s+(?:of|in)\s+)?(?:the\s+)?(?:fiscal\s+(?:year\s+)?)?$")
# The sentence compares a figure with an earlier period's: it may state the earlier figure.
_COMPARES = re.compile(r"(?i)\b(?:from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:about\s+|approximately\s+)?"
                       r"[$€£]?\d|\b(?:prior|previous|last)\s+(?:fiscal\s+)?(?:year|quarter|period)\b"
                       r"|\byear[- ](?:ago|earlier)\b|\ba\s+year\s+(?:ago|earlier)\b")
# "During fiscal 2022, ...", "For the year ended December 31, 2022, ...": the whole year's figures.
_YEAR_LEAD = year_opener(r"^\W*", spans=r"full[- ]year\s+", month=r"[A-Z][a-z]+")
# "its FY2023 10-K" names the filing as "its 2023 10-K" does: "FY" runs into the year without a word break.
_DOC_YEAR = re.compile(r"(?i)(?:\b|(?<=FY))((?:19|20)\d\d)\s+(?:annual\s+report|10-?[KQ]|form\s+10-?[KQ]|filing|proxy|8-?K)\b")
_DATED_AFTER = re.compile(rf"(?i)^\s*(?:as\s+of|at|on)\s+{MONTH}\s+\d{{1,2}},\s+((?:19|20)\d\d)\b")
_QUARTERISH = re.compile(r"(?i)\bquarter|\bQ[1-4]\b|\bmonths?\b|\bhalf\b")


def _period_years(text: str, *, bases: bool = False) -> set[int]:
    """The years `text` names as a period; `bases`: also those named as a comparison's base."""
    out = set()
    for m in YEAR.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _NOT_PERIOD.search(before) or _NAME_AFTER.match(text[m.end() :]):
            continue
        if not bases and _BASE.search(before):
            continue
        out.add(int(m.group(1)))
    return out


def figure_years(sentence: str, fig: Quantity, *, bases: bool = False, order: bool = True) -> set[int]:
    """The years the figure's own words state it for: its place in a "respectively" list of years,
    else the period years of the words that belong to it alone; empty when they name none.
    `bases`: a year named as what it is compared with counts ("compared to 2022 EPS of $6.79").
    `order`: a list of years beside its list without "respectively" dates it too."""
    paired = respective_year(sentence, fig)
    if paired is not None:
        return {paired}
    if (column := column_year(sentence, fig)) is not None:  # a table read as text: its column's heading
        return {column}
    # "in 2022 and 2021 we received refunds of $1.5 billion and $1.7 billion": years listed in order
    # beside the list, no "respectively" (`answer.period_lists`). Read where the quoted figure's period
    # is checked, not in the pick (`units.pick_figure`): as a pick's boost it let a listed figure of
    # another metric win (measured: a dev answer turned wrong).
    if order and (listed := figure_list(sentence, fig)) is not None and (
            by_order := years_after(sentence, listed[0], listed[2]) or years_before(sentence, listed[0], listed[2])):
        return {by_order}
    dated = _DATED_AFTER.match(sentence[fig.end :])
    if dated is not None:  # "$1.3 billion as of July 2, 2033": the date's comma ends its own words early
        return {int(dated.group(1))}
    return _period_years(local_text(sentence, fig), bases=bases)


def other_period(sentence: str, fig: Quantity, years: frozenset[int], quarters: frozenset[int]) -> str | None:
    """Why the figure is another period's than the one asked (`years`, `quarters`), else None."""
    if years:
        own = figure_years(sentence, fig)
        if own and not own & years:
            return f"its own words state it for {', '.join(str(y) for y in sorted(own))}"
        if not own and not _COMPARES.search(sentence):
            wider = _period_years(clause(sentence, fig.start, fig.end)) or _period_years(sentence)
            if wider and not wider & years and min(wider) > max(years):
                return f"its sentence is about {', '.join(str(y) for y in sorted(wider))}"
    if quarters:
        lead = _YEAR_LEAD.match(sentence)
        if lead is not None and not _QUARTERISH.search(lead.group()):
            return "its sentence states the whole year's figures, not a quarter's"
    return None


def sentence_figure(q: Question, sentence: str, fig: Quantity) -> Quantity | None:
    """The figure of `sentence` that answers `q`: `fig`, the one a "respectively" list pairs with
    the name asked (`answer.respective_names`), or the one the question's words or asked year are
    said of (`answer.sibling_figure`); None when it is another period's than asked, or its own
    words negate the name asked."""
    if q.want not in FIT:
        return fig
    text = figures_text(sentence).replace("\n", " ")
    skip = name_stems(" ".join(q.company.values()))
    fig = respective_figure(q.text, text, fig, skip) or fig
    if unasked_name(q.text, text, fig, skip):
        return None  # "$2 million ... to our Retiree Plans, respectively" for the U.S. and foreign plans asked
    bound = bound_sibling(q, text, fig, figure_years)  # "includes $45 million of revenue from the extra week"
    if bound is None:
        return None
    fig = bound
    if negated_name(q.text, local_text(text, fig)) is not None:
        return None  # "customers outside the United States" for a question about U.S. customers
    if other_span_stated(q.text, text, fig):
        return None  # "For the first nine months, revenue was ..." when the quarter's is asked
    if _ONWARD.search(q.text) and respective_year(text, fig) is not None:
        return None  # "from 2024 onward": the years of a list together, not the first one's figure
    if q.prior and not ruled_out(q.text):  # a year ruled out leaves the asked one named
        return fig
    years = asked_years(q.text, q.years)
    if other_period(text, fig, years, q.quarters) is None:
        return fig
    # "$1.3 billion as of July 2, 2033 and $5.2 billion as of December 31, 2032": the asked year's
    alt = period_sibling(text, fig, years, figure_years)
    return alt if alt is not None and other_period(text, alt, years, q.quarters) is None else None


# A span of years from one on, asked as a whole: "from 2024 onward", "2024 and beyond".
_ONWARD = re.compile(r"(?i)\b(?:19|20)\d\d\s+(?:and\s+)?(?:onwards?|beyond|thereafter|(?:and\s+)?later)\b")


# What a sentence compares its figure with: "compared to 23.9% in fiscal 2021", "from $4.1 billion in 2021".
_BASE_WORD = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.|from|against|than)\s")
_FIGURE = re.compile(r"[$€£]\s?\d|\d\s?%|\d(?:\.\d+)?\s+(?:million|billion|thousand)\b")


def year_after_base(sentence: str) -> frozenset[int]:
    """The year a sentence states its figure for when the only year it names is its comparison's
    base: "SG&A decreased to 23.5% of sales compared to 23.9% in fiscal 2021" states fiscal 2022's
    ratio, as a year-on-year comparison does (the year after the base); empty when it names a
    year of its own, several base years, or no figure before the comparison."""
    years = list(YEAR.finditer(sentence))
    if not years or len({m.group(1) for m in years}) > 1:
        return frozenset()
    marks = list(_BASE_WORD.finditer(sentence[: years[0].start()]))
    if not marks or not _FIGURE.search(sentence[: marks[-1].start()]):
        return frozenset()
    return frozenset({int(years[0].group(1)) + 1})


def stated_before_base(sentence: str, start: int) -> frozenset[int]:
    """The year of a figure at `start` stated before its sentence's comparison whose base year is the
    sentence's only year: "EPS rose to $24.01, compared to $17.98 in fiscal 2021" states $24.01 for
    fiscal 2022 (`year_after_base`); empty for the base's own figure or any other sentence."""
    later = year_after_base(sentence)
    year = YEAR.search(sentence)
    if not later or year is None:
        return frozenset()
    marks = [m for m in _BASE_WORD.finditer(sentence[: year.start()])]
    return later if marks and start < marks[0].start() else frozenset()


def other_own_year(question: str, q_years: frozenset[int], own: frozenset[int]) -> bool:
    """A sentence naming its own years, none of them asked, where the question's only other year
    names the document ("its 2024 plan, per its 2022 annual report" over "our 2023 capital program"):
    the document's year the passage shares is no match."""
    asked = asked_years(question, q_years)
    return bool(own) and asked != q_years and not own & asked


def asked_years(question: str, years: frozenset[int]) -> frozenset[int]:
    """The years a question asks figures for: those naming the document it is to be read in
    ("according to its 2022 annual report", "in the fiscal 2019 10-K") are not, nor a year the asked
    date is counted back from ("a year before its fiscal 2023 year-end, i.e. at May 31, 2022"),
    unless no other is."""
    doc = {int(m.group(1)) for m in _DOC_YEAR.finditer(question)}
    doc |= {int(m.group(1)) for m in _COUNTED_FROM.finditer(question)}
    return years - doc - ruled_out(question) or years



# "a year before its fiscal 2023 year-end", "one year prior to the end of Q2 fiscal 2024": the year
# named is where the asked period is counted back from, not the period asked.
_COUNTED_FROM = re.compile(r"(?i)\b(?:a|one)\s+year\s+(?:before|earlier\s+than|prior\s+to)\s+(?:the\s+end\s+of\s+)?"
                           r"(?:its\s+|the\s+)?(?:Q[1-4]\s+|(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?)?"
                           r"(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\b")
