"""What an answer's figure is labelled as, read against the measure the question asks for.

A grader reads "Depreciation was $388 million, while capital expenditure was $402 million" as
capex = $402 million, and "Therefore, free cash flow was $900 million" as a figure for free
cash flow, not for the operating cash flow asked about. The label is the words of the
figure's clause before it; it names the asked measure when it shares the question's measure
words, and another measure when it adds words of its own and lacks some of the question's.
A figure with no label words ("$612 million (...)", "the answer is $5M") names nothing.
"""

from __future__ import annotations

import re
from itertools import pairwise

from assistant.core.finance.synonyms import CHANGE_GROUPS, EQUIVALENT, RELATED, rewrite_phrases
from assistant.core.numbers import Quantity
from eval.figure_years import A_YEAR, FISCAL_YEAR
from eval.figure_years import for_the_period as for_the_period  # re-exported
from eval.figure_years import stated_for_other_years as stated_for_other_years  # re-exported
from eval.figure_years import table_column_year as table_column_year  # re-exported
from eval.figure_years import year_of as year_of  # re-exported
from eval.figure_years import years_besides as years_besides  # re-exported
from eval.words import content_words, stem

# Where a figure's label starts: a clause break, or a word that opens another clause (not a
# colon: "Depreciation: $210 million" is labelled by the words before it).
_CLAUSE_BREAK = re.compile(
    r"[.;!?\n(]\s*|,\s+|\b(?:while|whereas|but|and|compared\s+(?:to|with)|versus|vs\.?|"
    r"therefore|thus|hence|so|only)\b",
    re.I,
)
# Words that say how a figure is stated or worked out, not which measure it is.
_NOT_MEASURE = frozenset(
    stem(w)
    for w in re.findall(
        r"\S+",
        "was were is are been being be had has have totaled totalled totals total amounted amounts "
        "amount came comes stood reached equals equal gives give result results resulting "
        "approximately about roughly around nearly almost estimated just over under answer final "
        "figure figures value number calculated calculation computed based reported company "
        "company's firm year years fiscal quarter period ended ending approx some which what "
        "this that then into per cent percent usd dollars round rounded decimal places place "
        "using only shown how much many did does end beginning compared increase increased "
        "decrease decreased decline declined rose fell grew growth change changed up down higher "
        "lower therefore thus hence overall summary conclusion percentage points point basis "
        "relative terms between",
    )
)
_YEARISH = re.compile(r"^(?:fy)?\d{2,4}$", re.I)


# Words that name one measure alike ("sales" ~ "revenue", "spending" ~ "expenditure"), from
# the core's finance synonyms, so that a label in other words is not taken for another measure.
_SAME_AS = {
    stem(w): stem(group.split()[0])
    for i, group in enumerate(EQUIVALENT + RELATED)
    if i - len(EQUIVALENT) not in CHANGE_GROUPS
    for w in group.split()
}
_SPELLED_OUT = {"capex": "capital expenditure", "fcf": "free cash flow", "opex": "operating expense"}


def measure_words(text: str) -> set[str]:
    """Stems of the words that name a measure: content words less the words of stating,
    working out, periods and instructions; synonyms and abbreviations read alike."""
    text = re.sub(r"\b(?:capex|fcf|opex)\b", lambda m: _SPELLED_OUT[m.group(0).lower()],
                  rewrite_phrases(text), flags=re.I)  # fmt: skip
    text = re.sub(r"[’']s\b", "", text)  # "Zeta's" is Zeta
    return {
        _SAME_AS.get(stem(w), stem(w)) for w in content_words(text)
        if stem(w) not in _NOT_MEASURE and not _YEARISH.match(w)
    }  # fmt: skip


def label_of(text: str, q: Quantity) -> set[str]:
    """The measure words of the clause before `q` ("while capital expenditure was" → capital,
    expenditure)."""
    before = text[max(0, q.start - 80) : q.start]
    cuts = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    return measure_words(before[cuts[-1] :] if cuts else before)


def label_overlap(text: str, q: Quantity, question: str) -> int:
    """How many of the question's measure words the figure's label uses."""
    return len(label_of(text, q) & measure_words(question))


def label_rank(text: str, q: Quantity, question: str) -> tuple[int, int]:
    """How well the label names the asked measure: its words shared with the question, then
    (fewer is better) its words of its own ("capex on vessels" is a part of capex)."""
    label, asked = label_of(text, q), measure_words(question)
    return len(label & asked), -len(label - asked)


def names_another_measure(text: str, q: Quantity, question: str) -> bool:
    """The figure is labelled as a measure other than the asked one: its label adds words of
    its own and lacks some of the question's ("free cash flow" for "cash from operating
    activities"). A figure without a label, or labelled with the asked words only, is not."""
    label, asked = label_of(text, q), measure_words(question)
    return bool(label - asked) and bool(asked - label)


def names_the_asked_measure(text: str, q: Quantity, question: str) -> bool:
    """The label uses the question's measure words and no other measure words."""
    label, asked = label_of(text, q), measure_words(question)
    return bool(label & asked) and not (label - asked)


def prefer_the_asked_measure(text: str, qs: list[Quantity], question: str) -> list[Quantity]:
    """Of figures stated side by side, drop those labelled as another measure when one is
    labelled with the asked measure's words ("Depreciation was $388M, while capex was $402M")."""
    if len(qs) < 2 or not question:
        return qs
    if not any(
        label_overlap(text, q, question) and not names_another_measure(text, q, question) for q in qs
    ):
        return qs
    return [q for q in qs if not names_another_measure(text, q, question)]


# --- change questions: the "to" end of "from X to Y" is a level, not the change ------------

# A question that asks about a change itself.
ASKS_CHANGE = re.compile(
    r"\b(?:chang\w*|increas\w*|decreas\w*|grow\w*|grew|growth|declin\w*|differen\w*|rise|rose|"
    r"fall|fell|drop\w*|improv\w*|gain\w*|compar\w*|yoy|year[-\s]over[-\s]year|vs\.?|versus|"
    r"by\s+how\s+much|how\s+much\s+(?:did|has|have|had|was|were|will))\b",
    re.IGNORECASE,
)
_FROM_TO = re.compile(
    r"\bfrom\s+(?:[^.;]|\.(?=\d)){0,40}?\bto\s*(?:\*\*)?\s*(?:approximately\s+|about\s+)?[$€£]?\s*$", re.I
)


def drop_levels(text: str, qs: list[Quantity], question: str) -> list[Quantity]:
    """For a question asking for a change, the end level of "from 24.4% to 23.3%" is not the
    change, when the sentence gives another figure ("a decline of 4.5%")."""
    if len(qs) < 2 or not ASKS_CHANGE.search(question):
        return qs
    kept = [q for q in qs if not _FROM_TO.search(text[max(0, q.start - 80) : q.start])]
    return kept or qs


# --- lists of candidates --------------------------------------------------------------------

_COMMA = re.compile(r"^\s*(?:\*\*)?\s*(?:\([^()]{0,40}\))?\s*,\s*(?:\*\*)?\s*$")
_OR = re.compile(
    r"^\s*(?:\*\*)?\s*(?:\([^()]{0,40}\))?\s*,?\s*(?:and/)?or\s+(?:\w+\s+){0,3}?(?:\*\*)?\s*$", re.I
)


def listed_alternative(text: str, pick: Quantity, qs: list[Quantity]) -> Quantity | None:
    """Another figure of a list the pick is offered in ("$388M, $402M or $431M"): figures
    joined by commas where one joint is "or"."""
    ordered = sorted((q for q in qs if q is pick or not per_share(text, q)), key=lambda q: q.start)
    i = next((k for k, q in enumerate(ordered) if q is pick), None)
    if i is None:
        return None

    def joined(a: Quantity, b: Quantity) -> bool:
        between = text[a.end : b.start]
        return bool(_COMMA.match(between) or _OR.match(between))

    lo = hi = i
    while lo > 0 and joined(ordered[lo - 1], ordered[lo]):
        lo -= 1
    while hi + 1 < len(ordered) and joined(ordered[hi], ordered[hi + 1]):
        hi += 1
    chain = ordered[lo : hi + 1]
    joints = [text[a.end : b.start] for a, b in pairwise(chain)]
    if any(_OR.match(j) for j in joints):
        return next((q for q in chain if q.value != pick.value), None)
    # "$388 million in FY2022 (vs. ...), or $402 million including acquisitions": a second
    # answer later in the sentence ("$702 million, or $2.15 per share" is the same fact).
    for q in ordered[i + 1 :]:
        between = text[pick.end : q.start]
        if _LATER_OR.search(between) and not _ENDS.search(between) and not per_share(text, q):
            return q if q.value != pick.value else None
    return None


_LATER_OR = re.compile(r"[,;)]\s*or\s+(?:\w+\s+){0,3}?(?:\*\*)?\s*$", re.I)
_ENDS = re.compile(r"[.!?](?=\s+[A-Z]|\s*$)|\n")
_PER = re.compile(r"\s*(?:per\b|a\s+share\b|/\s*share\b)", re.I)


def per_share(text: str, q: Quantity) -> bool:
    """The figure is a per-share (or per-unit) amount: "$702 million, or $2.15 per share"
    states one fact twice, not two answers."""
    return _PER.match(text, q.end) is not None


# --- bullet lists ---------------------------------------------------------------------------

_ITEM = re.compile(r"^[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+", re.M)


def sibling_items(text: str, pick: Quantity, qs: list[Quantity], question: str) -> list[Quantity]:
    """When the pick sits in a bullet item, the figures other items state with no label of
    their own or the asked measure's ("- $431 million (including software)"): a list of
    candidates, not one answer. Items labelled as another measure or period are context."""
    starts = [m.start() for m in _ITEM.finditer(text)]
    if not starts:
        return []

    def item_of(pos: int) -> int | None:
        prior = [s for s in starts if s <= pos]
        if not prior:
            return None
        line_end = text.find("\n", prior[-1])
        end = len(text) if line_end < 0 else line_end
        return prior[-1] if pos < end else None

    mine = item_of(pick.start)
    if mine is None:
        return []
    out = []
    for q in qs:
        item = item_of(q.start)
        if item is None or item == mine or q.value == pick.value:
            continue
        if names_another_measure(text, q, question) or A_YEAR.search(text[item : q.start]):
            continue
        out.append(q)
    return out


# --- what a figure covers: part of the year, a segment, a plan -------------------------------

_PART_OF_YEAR = re.compile(
    r"\bQ[1-4]\b|\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\b|"
    r"\b(?:three|six|nine|3|6|9)[-\s]months?\b|\bquarter(?:ly)?\b|\b(?:first|second)\s+half\b|"
    r"\bH[12]\b|\byear[-\s]to[-\s]date\b|\bYTD\b",
    re.I,
)
_FULL_YEAR = re.compile(r"\bFY\s?'?\d{2,4}\b|\bfiscal\s+(?:year\s+)?(?:19|20)\d{2}\b|\bannual\b|\bfull[-\s]year\b", re.I)
# One segment's figure (a plural, "all segments", is the company's).
_CALENDAR = re.compile(r"\bcalendar(?:\s+year)?\b", re.I)
_SEGMENT = re.compile(r"\bsegment\b|\bdivision\b|\bbusiness\s+unit\b", re.I)
_PLANNED = re.compile(
    r"\b(?:guidance|guided|outlook|forecast\w*|budget\w*|planned|target\w*|projected|"
    r"projections?|anticipated|expected|expects?|consensus|estimates)\b|(?<=\d{4})E\b",
    re.I,
)
# A measure other than the one reported (unless the question asks for it).
_NOT_AS_REPORTED = re.compile(
    r"\b(?:pro[-\s]forma|constant[-\s]currency|currency[-\s]neutral|non-?\s?GAAP|adjusted|organic|"
    r"like[-\s]for[-\s]like|underlying|excluding)\b",
    re.I,
)
_BEFORE_BREAK = re.compile(r"[.;!?\n]\s*|,\s+|\b(?:while|whereas|but|compared)\b", re.I)
_AFTER_BREAK = re.compile(r"[.;!?\n(),]|\b(?:while|whereas|but|and|compared|versus|vs)\b", re.I)


def _clause_around(text: str, q: Quantity) -> str:
    before = text[max(0, q.start - 100) : q.start]
    cuts = [m.end() for m in _BEFORE_BREAK.finditer(before)]
    after = text[q.end : q.end + 60]
    # A bracket right after the figure qualifies it: "$215 million (adjusted)", "$5.2B (FY2021)".
    bracket = re.match(r"\s*(?:million|billion|thousand)?\s*\([^()]{0,40}\)", after, re.I)
    # ... unless it states another figure: "43.8% (FY2023: 44.6%)" is a comparison.
    skip = bracket.end() if bracket and not _STATES_A_FIGURE.search(bracket.group(0)) else 0
    stop = _AFTER_BREAK.search(after, skip)
    return (before[cuts[-1] :] if cuts else before) + " " + (after[: stop.start()] if stop else after)


_STATES_A_FIGURE = re.compile(r"[$€£%]|\d[\d,]*\.\d|\d\s*(?:million|billion|thousand|bn|[mbk]\b)", re.I)


# Words after a figure that start a comparison: the year after them is the other figure's.
_COMPARES = re.compile(r"\b(?:from|than|over|since|against|relative|up|down|vs)\b", re.I)


def own_clause(text: str, q: Quantity) -> str:
    """The words of the figure's own clause, the figure left out, up to a comparison ("rose to
    $1,234M from $900M in 2022": 2022 is the earlier figure's): what a grader reads as its
    label and period."""
    clause = _clause_around(text, q)
    cut = clause.find(" ", len(_clause_before(text, q)))  # the part after the figure
    m = _COMPARES.search(clause, max(cut, 0))
    return clause[: m.start()] if m else clause


def _clause_before(text: str, q: Quantity) -> str:
    before = text[max(0, q.start - 100) : q.start]
    cuts = [m.end() for m in _BEFORE_BREAK.finditer(before)]
    return before[cuts[-1] :] if cuts else before


def other_scope(text: str, q: Quantity, question: str) -> str | None:
    """What the figure's own clause says it covers, where the question asks for something
    else: part of a year ("in the fourth quarter") for a fiscal year, a segment's figure for
    the company's, a planned or expected figure (guidance, budget) for the actual one, an
    adjusted or pro forma figure for the reported one. A
    grader does not take those for the asked figure. None when the clause says none of these."""
    clause = _clause_around(text, q)
    if _FULL_YEAR.search(question) and not _PART_OF_YEAR.search(question):
        m = _PART_OF_YEAR.search(clause)
        if m:
            return m.group(0)
    # A calendar year for a fiscal one: many fiscal years end in another month.
    if FISCAL_YEAR.search(question) and not _CALENDAR.search(question) and (m := _CALENDAR.search(clause)):
        return m.group(0)
    if not _SEGMENT.search(question) and (m := _SEGMENT.search(clause)):
        return m.group(0)
    if not _PLANNED.search(question) and (m := _PLANNED.search(clause)):
        return m.group(0)
    if not _NOT_AS_REPORTED.search(question) and (m := _NOT_AS_REPORTED.search(clause)):
        return m.group(0)
    return None
