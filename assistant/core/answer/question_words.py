"""The words a question is read with, for `question.analyse`: stopwords, period words, the
metric and measure vocabulary, synonyms and how well a term is matched (`Matcher`), and which
metrics or measures a question asks (split out of `question.py`, which re-exports them)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from assistant.core.finance.concepts import CONCEPTS
from assistant.core.finance.periods import CALENDAR_WORDS
from assistant.core.finance.synonyms import (
    CHANGE_GROUPS,
    EQUIVALENT,
    MEASURES,
    METRICS,
    RELATED,
)
from assistant.core.words import stem

if TYPE_CHECKING:
    from assistant.core.answer.question import Question


def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_set = word_set


# "By how much did it grow?": the question asks for the change, not the level it reached.
BY_HOW = re.compile(r"(?i)\bby\s+how\s+(?:many|much)\b|\bby\s+what\s+(?:amount|percentage)\b")
WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z0-9&]*(?:['’][sS]\b)?")
# Where in a stated range the figure asked sits: "the mid-point", "the low end", "the top of its
# guidance". The words frame what is asked; passages state the range, seldom its position.
RANGE_POSITION = re.compile(r"(?i)\bmid-?\s?point\b|\b(?P<low>low|lower|bottom)\s+end\b|\b(?P<high>top|high|upper)\s+end\b"
                            r"|\b(?:the\s+)?(?:(?P<low2>bottom)|(?P<high2>top))\s+of\s+(?:the\s+|its\s+)?"
                            r"(?:[\w-]+\s+){0,3}?(?:range|guidance|outlook|forecast|target)\b")


def range_position(text: str) -> str | None:
    """"low", "high" or "mid" for the position in a range `text` asks, else None."""
    m = RANGE_POSITION.search(text)
    if m is None:
        return None
    return "low" if m["low"] or m["low2"] else "high" if m["high"] or m["high2"] else "mid"

STOP = _set(
    """a an and are as at be by for from has have had in into is it its of on or that the their
    this to was were will with what which who whom whose how did does do our we you your than then
    there these those not no but if so such can could would should may might been being over per
    about also any all more most much many when where why whether between during after before up
    out off via vs versus based using given according roughly approximately around exactly company far
    companies firm business amount figure number level quantity value size worth large big report reported
    reporting
    show shown state stated make made get got see now one ones they them he she his her reach alone"""
)
# A question's period words: the calendar's, its tokens and abbreviations, and a period relative to another.
_PERIOD_WORDS = CALENDAR_WORDS | _set(
    """q1 q2 q3 q4 h1 h2 fy ytd quarters quarterly years yearly month period periods prior previous last
    same ago earlier current latest recent yoy end jan feb mar apr jun jul aug sep sept oct nov dec"""
)
# "i.e.", "e.g.": how the question goes on, not what it asks about (no passage writes them).
_ABBREVIATED_STOP = frozenset({"i.e.", "e.g.", "etc", "viz"})
_PERIOD_TOKEN = re.compile(
    r"(?:(?:fy|cy)['’]?\d{2,4}|q[1-4]|h[12]|[1-4]q)(?:['’]?\d{2,4}|q[1-4]|h[12])*$|\d{4}$"
)
# "the United States" is "the U.S.": one word, as a question or a passage may write either (the
# question's words are read as "U.S.", written in the same width; passages name both: `text.word_tokens`).
UNITED_STATES = re.compile(r"\bUnited\s+States\b")


def us_written(text: str) -> str:
    """`text` with "United States" written "U.S.", padded to the same length."""
    return UNITED_STATES.sub(lambda m: "U.S.".ljust(len(m.group())), text)


WEAK = _set("balance sheet income statement statements cash flow flows total")
_SYN: dict[str, dict[str, float]] = {}  # stem -> {synonym stem: match level}
_CHANGE: set[str] = set()
for _i, _line in enumerate(RELATED):
    _group = {stem(w) for w in _line.split()}
    for _s in _group:
        for _o in _group - {_s}:
            _SYN.setdefault(_s, {})[_o] = max(_SYN.get(_s, {}).get(_o, 0.0), 0.6)
    if _i in CHANGE_GROUPS:
        _CHANGE |= _group
for _line in EQUIVALENT:  # the same thing by another name ("APAC", "Asia")
    _group = {stem(w) for w in _line.split()}
    for _s in _group:
        for _o in _group - {_s}:
            _SYN.setdefault(_s, {})[_o] = 0.9
METRIC_STEMS = frozenset(stem(w) for w in METRICS) | {stem("taxes")}  # "taxes" stems apart from "tax"
# Every noun that names what an amount measures: the metrics, the other measure nouns ("fee",
# "interest", "principal") and the head of each statement line's name ("short-term investments").
_LINE_HEADS = frozenset(w for c in CONCEPTS if (w := c.title.split()[-1]).isalpha() and w.islower()
                        and w not in ("operations", "equivalents", "paid", "shareholders", "shares"))
MEASURE_STEMS = METRIC_STEMS | frozenset(stem(w) for w in MEASURES | _LINE_HEADS)
CHANGE_STEMS = frozenset(_CHANGE)  # words for a change: "grew", "increase", "fell", ...
CAUSE_WORDS = {stem(w) for w in _set("drove drivers drive cause reasons factors explain led behind")}


# Verbs that share a stem with a metric: "did it earn" (earnings), "did it cost Acme" (costs); the
# last flag: dropped only when another metric is named beside it.
_METRIC_VERBS = {
    "earn": (re.compile(r"(?i)\bearn(?:s|ed)?\b(?!\s+(?:per|before))"), re.compile(r"(?i)\bearnings\b"), True),
    "cost": (re.compile(r"\b[Cc]osts?\s+(?:[A-Z]|(?:it|them|us|the\s+company)\b)"), re.compile(r"(?!)"), False),
    # "notes priced at issuance": how an offering was set, not a price the figure must name
    "price": (re.compile(r"(?i)\bpriced\b"), re.compile(r"(?i)\bprices?\b"), False),
}


def asked_metrics(q: Question) -> list[str]:
    """The metrics the question names. "How much EBITDA did it earn", "what loss did it cost Acme":
    the verb is not a metric (else any profit or cost figure would do)."""
    asked = [t for t in q.terms if t in METRIC_STEMS and t not in q.where]  # "the other earnings items table"
    for word, (verb, noun, beside) in _METRIC_VERBS.items():
        s = stem(word)
        if s in asked and (len(asked) > 1 or not beside) and verb.search(q.text) and not noun.search(q.text):
            asked.remove(s)
    return asked


_DISTINCT = frozenset(stem(w) for w in ("ebit", "ebitda", "ebitdar", "ebita"))


def asked_measures(q: Question) -> tuple[list[str], frozenset[str]]:
    """The measures the question asks and the vocabulary they were read from: its metrics, else
    (a fee, interest, a principal asked) the other measure nouns it names."""
    asked = asked_metrics(q)
    if asked or q.want == "count":  # what a count counts is `metric_check.counts_asked`'s
        return asked, METRIC_STEMS
    # a metric word left out above is a verb ("did it cost"); a measure noun before a noun that is
    # none is that noun's modifier ("interest rate", "fee structure"): neither is the measure asked
    modifies = {a for a, b in q.pairs if b not in MEASURE_STEMS}
    return [t for t in q.terms if t in MEASURE_STEMS - METRIC_STEMS and t not in q.where and t not in modifies], \
        MEASURE_STEMS


class Matcher:
    """How well a question term is matched by a set of stems: 1 same stem, 0.9 same root
    ("employ"/"employe"), 0.6 a synonym (0.9 between words for a change: "grew"/"increase")."""

    def __init__(self, terms: Iterable[str], vocab: set[str]) -> None:
        self.levels: dict[str, dict[str, float]] = {}
        for term in terms:
            lv = {term: 1.0}
            syn, change = _SYN.get(term, {}), term in _CHANGE
            for v in vocab:
                if len(term) >= 4 and len(v) >= 4 and abs(len(v) - len(term)) <= 3 and (
                    v.startswith(term) or term.startswith(v)
                ) and not (term in _DISTINCT and v in _DISTINCT):  # "ebit" is not "ebitda"
                    lv[v] = max(lv.get(v, 0.0), 0.9)
                elif v in syn:
                    lv[v] = max(lv.get(v, 0.0), 0.9 if change else syn[v])
            self.levels[term] = lv

    def __call__(self, term: str, stems: set[str]) -> float:
        return max((v for s, v in self.levels[term].items() if s in stems), default=0.0)


def unweighed(low: str) -> bool:
    """A question word (lower case, no possessive) that is never a term: a stopword, "i.e.", a
    word or token of a period ("fiscal", "Q3", "FY23")."""
    return low in STOP or low in _ABBREVIATED_STOP or low in _PERIOD_WORDS or bool(_PERIOD_TOKEN.match(low))
