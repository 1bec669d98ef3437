"""A part of a whole the question names by its amount: "Of the $7.7 billion it plans to return,
what share goes to dividends?", "How much of the $8 million grant is made in stock options?", "Of
the $550 million loss, how much was not recognized in 2020?".

A filing that states a whole states its parts beside it ("a total of $7.7 billion, comprising
dividends of $6.7 billion and ..."; "an annual $8,000,000 grant ... stock options (20%)"; "totaled
$550 million. This loss included $389 million, recognized in 2020"). The passage stating the
question's amount (within rounding) is where the part is read: the figure stated with it or just
after it whose own words name the part the question's other words name, alone. That gives the share
asked (part / whole), the amount asked (the part's percent x the whole) or the rest asked ("not",
"yet to": whole - part). Both inputs are quoted from that passage and the arithmetic is shown."""

from __future__ import annotations

import logging
import re

from assistant.core.answer.derived_inputs import (
    NAMED_BEFORE,
    Derived,
    Fig,
    Words,
    absolute,
    arithmetic,
    as_input,
    content,
    money,
    rescale,
    show,
)
from assistant.core.answer.qualifiers import local_text
from assistant.core.answer.question import Question
from assistant.core.answer.units import word_stems
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.words import stem

__all__ = ["given_base", "given_whole", "given_whole_amount"]

logger = logging.getLogger(__name__)

# "of the roughly $7.7 billion", "of Mary Dillon's $8 million", "out of its $2 billion": the amount
# names a whole the question takes a part of.
_OF_BEFORE = re.compile(r"(?i)\b(?:of|out\s+of)\s+(?:(?:the|its|their|this|that)\s+|(?:[\w.&-]+\s+){0,3}?[\w.&-]+(?:'s|’s)\s+)?"
                        r"(?:(?:roughly|about|approximately|around|some|nearly|almost)\s+)?$")
# where the whole's own name ends: "$7.7 billion PepsiCo expects to return ..., what share ..."
_WHAT_END = re.compile(r"(?i),|\?|;|\s(?:is|was|are|were|did|does|do|has|had|have|will|would|went|goes|go)\s")
_SHARE = re.compile(r"(?i)\b(?:what|which)\s+(?:share|percentage|proportion|fraction|percent)\b|\bwhat\s+per\s?cent\b")
_NOT = re.compile(r"(?i)\b(?:not|yet\s+to)\b|n't\b")
_REST = re.compile(r"(?i)\b(?:not|yet|remain\w*|left|unrecogni\w*|unused|unspent)\b|n't\b")
# words that ask, not name the part
_ASKING = frozenset(stem(w) for w in ("much", "many", "share", "percentage", "proportion", "fraction",
                                      "percent", "part", "portion", "roughly", "approximately", "already"))
_NEXT = re.compile(r"[$€£]\s?\d|\d[\d,.]*\s?%|[.;]\s|\(")  # where the next figure or sentence starts
# "If her base salary is $1,300,000, what is her target bonus?": the question supposes the base
_SUPPOSED = re.compile(r"(?i)\bif\s+(?P<name>[^,?]{3,80}?)\s+(?:is|was|were|are|equals?)\s+(?:(?:roughly|about|"
                       r"approximately)\s+)?(?P<amount>[$€£]\s?\d[\d.,]*(?:\s*(?:billion|million|thousand))?)\s*,(?P<rest>[^?]+)")
# "200 percent of Executive's then-current Base Salary": what the percent is of
_OF = re.compile(r"(?i)^\s*of\s+(?:(?:the|her|his|its|their|such|[\w-]+(?:'s|’s))\s+)?((?:[\w'’-]+\s*){1,4})")
_ROUNDING = 0.005  # the question's "$550 million" is the passage's "approximately $550 million"
_REACH = 400  # characters after the whole's sentence start where its parts are stated
_MIN = 0.4  # the share of the part's words the figure's own words must hold
_MARGIN = 0.2  # ... and by how much more than any figure of another value


def _given(text: str) -> tuple[Quantity, str, str] | None:
    """The whole's amount the question gives, the words naming the whole and the rest of the question."""
    for x in parse_quantities(text):
        if x.is_year or x.unit in (None, "percent") or x.high is not None:
            continue
        if _OF_BEFORE.search(text[max(0, x.start - 60) : x.start]) is None:
            continue
        after = text[x.end :]
        end = _WHAT_END.search(after)
        if end is None:
            return None
        rest = after[end.start() :].split("?", 1)[0]  # not the answer's format after it ("Percent, one decimal.")
        return x, after[: end.start()], text[: max(0, x.start - 60)] + " " + rest
    return None


def given_whole_amount(question: str) -> Quantity | None:
    """The amount of the whole `question` takes a part of ("Of its $150 million of unrecognized tax
    benefits, how much ..."), or None."""
    found = _given(question)
    return found[0] if found is not None else None


def _stating(figs: list[Fig], amount: Quantity) -> list[Fig]:
    """The passages' figures that state `amount` the question gives: one amount of its currency,
    in a sentence, equal within rounding."""
    size = absolute(amount)
    return [f for f in figs if not f.row and money(f) and f.q.high is None and f.q.unit == amount.unit
            and abs(absolute(f.q) - size) <= _ROUNDING * size]


def _own(f: Fig) -> set[str]:
    """The words naming this figure alone: a name written just before its bracket ("non-qualified
    stock options (20%)"); else its own words and those after it up to the next figure or the
    sentence's end ("included $389 million, recognized primarily in fiscal 2020")."""
    own = word_stems(local_text(f.text, f.q))
    named = NAMED_BEFORE.search(f.text[max(0, f.q.start - 60) : f.q.start])
    if named is not None:
        return own | word_stems(named.group(1))
    after = _NEXT.split(f.text[f.q.end : f.q.end + 80], maxsplit=1)[0]
    return own | word_stems(after)


def given_whole(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """The share, amount or rest of a part of the whole the question names by its amount, or None."""
    found = _given(text)
    if found is None:
        return None
    whole_q, what, rest = found
    share = _SHARE.search(text) is not None
    negated = _NOT.search(rest) is not None
    if not share and q.want != "amount":
        return None
    part_w = content(q, rest) - content(q, what) - _ASKING
    if not part_w:
        return None
    part_s = Words(part_w, vocab)
    wholes = _stating(figs, whole_q)
    scored: list[tuple[float, Fig, Fig]] = []
    for w in wholes:
        for p in figs:
            if p.hit != w.hit or p.row or p.q.high is not None or not 0 <= p.start - w.start <= _REACH:
                continue
            if p.start == w.start and p.q.start < w.q.start:
                continue  # a part is stated with its whole or after it
            if share or negated:
                if not money(p) or p.q.unit != w.q.unit or not 0 < absolute(p.q) < absolute(w.q):
                    continue
            elif p.q.unit != "percent" or not 0 < p.q.value < 100:
                continue
            s = sum(part_s.match(t, _own(p)) for t in part_w) / len(part_w)
            scored.append((s - 0.01 * w.hit, w, p))
    logger.debug("given whole: %s", [(round(s, 2), p.q.raw) for s, _, p in scored])
    if not scored:
        return None
    top, w, p = max(scored, key=lambda t: t[0])
    if top < _MIN or any(s > top - _MARGIN and absolute(o.q) != absolute(p.q) for s, _, o in scored):
        return None  # no figure names the part, or two of other values name it as well
    logger.debug("part %s of the whole %s the question gives", p.q.raw, w.q.raw)
    if share:
        value = 100.0 * absolute(p.q) / absolute(w.q)
        formula = f"{p.q.raw.strip()} / {w.q.raw.strip()} = {value:.1f}%"
        return Derived(value, "percent", None, formula, [as_input(p), as_input(w)])
    if negated:
        if _REST.search(local_text(p.text, p.q)):
            return None  # "$120 million has not yet been recognized": the rest itself, stated
        return arithmetic([w, p], minus=True)
    value, scale = rescale(p.q.value / 100.0 * absolute(w.q), w.q)
    formula = f"{p.q.raw.strip()} x {w.q.raw.strip()} = {show(value, w.q, scale)}"
    return Derived(value, w.q.unit, scale, formula, [as_input(p), as_input(w)])


def given_base(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """"If her base salary is $1,300,000, what is her target bonus?" over "a target bonus of 200% of
    her base salary": the stated percent of what the question supposes, times its amount. The
    amount must be stated in the percent's document too (it is quoted as the input)."""
    m = _SUPPOSED.search(text)
    given = [x for x in parse_quantities(m.group("amount")) if not x.is_year] if m is not None else []
    if m is None or len(given) != 1 or q.want != "amount":
        return None
    # "Mary Dillon's base salary at Acme": the percent is "of her base salary"; whose it is and names
    # are no part of what it is of
    name = re.split(r"['’]s\s+", m.group("name"))[-1]
    names = set(q.named) | {stem(w) for w in re.findall(r"\b[A-Z][\w-]*", m.group("name"))}
    base_w = (content(q, name) - names) or content(q, name)
    asked_w = content(q, m.group("rest")) - base_w - names - _ASKING
    if not base_w or not asked_w:
        return None
    base_s, asked_s = Words(base_w, vocab), Words(asked_w, vocab)
    scored: list[tuple[float, Fig]] = []
    for f in figs:
        of = _OF.match(f.text[f.q.end : f.q.end + 80])
        if f.row or f.q.unit != "percent" or f.q.high is not None or of is None or f.q.value <= 0:
            continue
        if sum(base_s.match(t, word_stems(of.group(1))) for t in base_w) / len(base_w) < 0.6:
            continue  # a percent of something else
        before = word_stems(f.text[: f.q.start])
        scored.append((sum(asked_s.match(t, before) for t in asked_w) / len(asked_w) - 0.01 * f.hit, f))
    if not scored:
        return None
    top, f = max(scored, key=lambda t: t[0])
    if top < _MIN or any(s > top - _MARGIN and o.q.value != f.q.value for s, o in scored):
        return None
    stated = [g for g in _stating(figs, given[0]) if g.doc == f.doc]
    if not stated:
        return None
    base = min(stated, key=lambda g: (g.hit != f.hit, g.hit))
    value, scale = rescale(f.q.value / 100.0 * absolute(base.q), base.q)
    formula = f"{f.q.raw.strip()} x {base.q.raw.strip()} = {show(value, base.q, scale)}"
    return Derived(value, base.q.unit, scale, formula, [as_input(f), as_input(base)])
