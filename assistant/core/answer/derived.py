"""Figures derived from stated ones: a share of a total, a prior value from a figure and its
growth, the change between two stated values, a growth rate from two values, an average price
(an amount over a share count) and growth without a named contribution.

The question says which derivation it wants ("what share of X came from Y", "implied by the
figure and its growth", "by how many euros did X increase", "average price per share",
"leaving out Y"); the inputs are figures stated in the retrieved passages, found by the words
of their own clause, both from one document. The answer leads with the result, shows the
arithmetic and quotes every input with its [n] marker, so `assistant.core.verify` can redo it.
Nothing here fires unless the question asks for a derivation and every input is found.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import partial

from assistant.core.answer.derived_aside import average_price, excluding
from assistant.core.answer.derived_change import asks_moved, earlier_value, moved, moving_words
from assistant.core.answer.derived_fit import (
    clash,
    head_noun,
    line_head_unsaid,
    other_year,
    segment,
)
from assistant.core.answer.derived_given import given_base, given_whole
from assistant.core.answer.derived_inputs import (
    DECLINE,
    FROM,
    GROWTH,
    PART_SUM,
    Derived,
    Fig,
    Words,
    absolute,
    across_tables,
    as_input,
    best,
    change_of,
    content,
    factor,
    growth_of,
    metric_words,
    money,
    other_heading,
    own_figures,
    rescale,
    row_label,
    show,
    stated_prior,
    swap,
)
from assistant.core.answer.derived_range import midpoint_move, range_end
from assistant.core.answer.derived_ratios import margin, midpoint, percent_of, ratio, total
from assistant.core.answer.derived_relations import without_included
from assistant.core.answer.metric_check import kind_clash
from assistant.core.answer.qualifiers import clause
from assistant.core.answer.question import (
    BY_HOW,
    Question,
)
from assistant.core.answer.row_growth import row_growth
from assistant.core.answer.row_head import broader_total, deducted_line, head_unsaid, narrower_total
from assistant.core.answer.row_pair import unnamed_part
from assistant.core.answer.row_quotient import row_quotient
from assistant.core.answer.row_share import row_share
from assistant.core.answer.row_sum import row_sum
from assistant.core.answer.share_words import names_whole, stated_share, without_frame
from assistant.core.answer.text import word_stems
from assistant.core.answer.unit_choice import GLUED
from assistant.core.answer.units import (
    A_CHANGE,
)
from assistant.core.answer.vote_share import vote_share
from assistant.core.finance.concepts import concept as concept_of
from assistant.core.finance.filing_parts import without_sources
from assistant.core.finance.plan import question_concept
from assistant.core.query import strip_instructions
from assistant.core.types import SearchHit
from assistant.core.words import stem

__all__ = ["Derived", "derive", "share_part"]

logger = logging.getLogger(__name__)

_SHARE_OF = re.compile(
    r"(?i)\b(?:share|percentage|proportion|portion|fraction|percent)\s+of\s+(?:the\s+)?(?P<total>.+?)\s+"
    r"(?:came|comes|come|was|were|is|are|went|represented|accounted|did|does|do)\b(?P<part>.*)")
_AS_SHARE = re.compile(
    r"(?i)(?P<part>[\w'’&\- ]+?)\s+(?:as\s+a\s+(?:share|percentage|proportion|percent)\s+of"
    r"|divided\s+by)\s+(?:the\s+)?(?P<total>[\w'’&\- ]+)")
_RELATED_BY = re.compile(r"(?i)^\s*(?:held|covered|owned|paid(?:\s+for)?|made|generated|represented|employed"
                         r"|accounted\s+for|used|taken|transacted|sold|bought|done)\s+(?:by|with|through|under|using)\s+")
_PART_END = re.compile(r"(?i)\b(?:at|by|as\s+of)\s+(?:the\s+)?(?:end|close|start|beginning)\s+of\b")
_ALTERNATIVE = re.compile(r"[\w'’&-]+\s*\([^()]*\)")
_NEGATED = re.compile(r"(?i)\b(?:not|never)\b")
_IMPLIED = re.compile(r"(?i)\b(?:implied|impl(?:y|ies)|judging|derived?|based\s+on|given|using)\b.*\bgrowth\b"
                      r"|\bgrowth\b.*\b(?:implied|impl(?:y|ies))\b|\ba\s+year\s+(?:earlier|before|ago)\b"
                      # "from its Q1 revenue and its year-over-year growth", "given the figure and its decline":
                      # the question hands over a level and its move as the inputs
                      r"|\b(?:from|given|using|based\s+on)\b[^?]*?\band\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){0,2}"
                      r"(?:growth|decline)\b"
                      # "working back from the growth rate", "from the reported decline, what had it made":
                      # the stated move is the input, the level before it the answer
                      r"|\bworking\s+back\b|\bfrom\s+the\s+(?:[\w-]+\s+){0,2}?(?:growth|decline)(?:\s+rate)?\b")
# "working back from the growth rate it gives", "the stated growth": where the inputs come from, no
# word of the amount itself (a prior value's own figure never says them)
_SOURCE_WORDS = {s for w in ("working", "back", "give", "gives", "stated", "reported") for s in word_stems(w)}
_MONEY_WORD = re.compile(r"(?i)\b(?:dollars?|euros?|pounds?|kronor|krona|cents?|usd|eur)\b|[$€£]")
_POINTS = re.compile(r"(?i)\b(?:percentage\s+points?|basis\s+points?|bps|points?)\b")
_RATE = re.compile(r"(?i)\b(?:margins?|rates?|yields?|ratios?|share)\b")
_CHANGE = re.compile(r"(?i)\b(?:chang\w*|differ\w*|expan\w*|improv\w*|contract\w*|widen\w*|narrow\w*)\b")
_EARNED = re.compile(r"(?i)\bearned\b")
_OTHER_LINE = re.compile(r"(?i)\s*(?:\W\s*)?(?:all\s+)?other\b")
_JOINED = re.compile(r"(?i)\w\s+(?:and|plus|&)\s+(?:the\s+)?\w")


def derive(q: Question, hits: list[SearchHit], question: str | None = None, *,
           rules: tuple[Rule, ...] | None = None) -> Derived | None:
    """The figure the question asks to derive from stated ones, or None. `question` is the
    question as asked (with its brackets: "(operating profit as a share of revenue)"); `rules`:
    only these derivations (a statement figure's growth is read from one row, never from prose)."""
    text = question or q.text
    if not hits or (q.want in ("explain", "text", "date") and not _SHARE_OF.search(text)):
        return None
    figs = own_figures(q, hits)
    vocab = set().union(*(f.unit for f in figs)) if figs else set()
    if rules is None and (voted := vote_share(q, text, hits)) is not None:
        return voted  # a vote table's row: read from the passages, its cells no period tells apart
    for rule in rules or (row_sum, row_share, row_quotient, _share, ratio, margin, average_price, excluding,
                          without_included, _prior, _points, _change, row_growth, percent_of, midpoint_move, midpoint, range_end, total, given_whole, given_base):
        try:
            found = rule(q, text, figs, vocab)
        except (ZeroDivisionError, ValueError):
            found = None
        if found is not None:
            logger.debug("derived (%s): %s", rule.__name__, found.formula)
            rows = {(f.hit, f.start, f.q.start): f for f in figs if f.row}
            if any(GLUED.search(row_label(rows[h, s, x.start])) for h, s, _, x in found.inputs if (h, s, x.start) in rows):
                return None  # "Total reportable segmentsCost of ...": two rows run together, cells of either
            if any(other_heading(q, text, hits[h].text, rows[h, s, x.start])
                   for h, s, _, x in found.inputs if (h, s, x.start) in rows):
                return None  # a row of another line item's table, named by its segment
            if unnamed_part(q, hits, found, {(f.hit, f.start) for f in figs if f.row}):
                return None  # one table's rows that leave out the segment the question names
            # a question-defined quotient's inputs are each the one row naming them (`row_quotient`)
            return None if rule not in (row_quotient, row_sum) and across_tables(found, figs) else found
    return None


Rule = Callable[[Question, str, list[Fig], set[str]], Derived | None]


def share_part(q: Question, question: str) -> set[str]:
    """The words naming the part when the question asks for a share ("came from the Americas"),
    else an empty set: a figure quoted instead of computed must be about that part. The part is named
    by the question itself, not by how it asks the answer written ("Percent, one decimal") nor by the
    source it names ("per the auditor's report"): neither is a word the figure's passage need hold."""
    question = without_sources(question)
    m = _AS_SHARE.search(question) or _SHARE_OF.search(question)
    if m is None:
        return set()
    asked = m.group("part").split("?", 1)[0]  # the question ends at its mark; what follows says how to write it
    # "held by women", "covered by union agreements": the verb relates the part to the whole; the
    # words after its preposition name the part, and a passage need not use the verb ("44% female").
    part = _PART_END.sub(" ", _RELATED_BY.sub("", without_frame(question, m.start("part"), asked), count=1))
    part_w = content(q, part)
    # "union (collective bargaining) agreements": the brackets name the word before them another
    # way, and a passage uses one name or the other; the words around both name the part.
    around = content(q, _ALTERNATIVE.sub(" ", part))
    part_w = around if around and _ALTERNATIVE.search(part) else part_w
    # Every word of a name ("NIKE Brand Digital": not just "Brand", which "NIKE Brand revenues"
    # also has), else the words that name the part ("the Devices business line": Devices).
    caps = {stem(w) for w in re.findall(r"\b[A-Z][\w&-]*", asked)} - set(q.company)
    named = (part_w & caps) or (part_w & set(q.named)) or part_w
    # "were not postpaid": the rest of the whole, which a quote of the named part's share is not
    return named | {stem("not")} if named and _NEGATED.search(part) else named


_RATES = frozenset({"percent", "bp", "pp"})


def _share(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    m = _AS_SHARE.search(text) or _SHARE_OF.search(text)
    if m is None:
        return None
    if PART_SUM.search(m.group("part")):
        return None  # "(current portion plus long-term)": the part is a sum, which no one figure states
    part_w, total_w = content(q, m.group("part")), content(q, m.group("total"))
    if _EARNED.search(m.group("part")) and not re.search(r"(?i)\bearnings\b", m.group("part")):
        part_w.discard(stem("earn"))  # "earned in the fourth quarter": a verb, not the earnings line
    part_w = (part_w & set(q.named)) or part_w  # "the Devices business line": Devices names it
    # "did the Americas and EMEA account for": two parts named, their sum the part; a figure of one
    # of them is a share of that one
    need = 0.99 if len(part_w & set(q.named)) >= 2 and _JOINED.search(m.group("part")) else 0.5
    total_w = {w for w in total_w if q.terms.get(w, 1.0) >= 1.0} or total_w  # not "total" itself
    if not part_w or not total_w:
        return None
    part_s, total_s = Words(part_w, vocab, clause_only=True), Words(total_w, vocab)
    # each input a figure of the line named for it: its sentence or row names the line's head noun
    # ("A as a share of B" names two lines; "what share of B came from the U.S." names a part of B)
    total_head = head_noun(q, m.group("total"))
    part_head = head_noun(q, m.group("part")) if m.re is _AS_SHARE else None
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    # a share divides amounts: a rate, or a move of one in points ("up 120 basis points"), is none
    cands = [f for f in figs if f.q.unit not in _RATES and f.q.high is None and f.q.value > 0]
    if (line := question_concept(m.group("total"))) is not None and concept_of(line[0]).unit == "USD":
        # a share of an amount ("of total inventories"): a bare number in a sentence, with no currency or
        # scale, is a count or a name ("737 and 787 inventory"), not an amount; a row takes its table's scale
        cands = [f for f in cands if f.row or money(f) or f.q.scale is not None]

    def moved_level(f: Fig) -> bool:  # "operating income increased $193 million": a move, no level to share
        return bool(A_CHANGE.search(f.text[max(0, f.q.start - 40) : f.q.start])) and not asks_move

    asks_move = bool(GROWTH.search(m.group(0)) or DECLINE.search(m.group(0)))

    def part_key(f: Fig) -> float | None:
        if clash(q, f) or other_year(q, f) or (f.row and head_unsaid(part_w | total_w, f.text)) or line_head_unsaid(part_head, f, vocab) or kind_clash(
                m.group("part"), f.text[: f.q.start] if f.row else clause(f.text, f.q.start, f.q.end)):
            return None  # "Core deposit intangibles" for deposits, "net income" for net interest income
        if f.row and deducted_line(part_w, f.text[: f.q.start]):
            return None  # "Loans, net of allowance for loan losses" is not the allowance
        if not f.row and (stated_share(f.text, total_w) or names_whole(f.text, f.q, total_w) or moved_level(f)):
            return None  # the share stated in its sentence; "the total adjustment of $171 million" is the whole
        s = part_s(f) - 0.1 * bool(FROM.search(f.text[max(0, f.q.start - 20) : f.q.start]))
        return s + 0.3 * total_s(f) - 0.02 * f.hit if s >= need else None

    def total_key(f: Fig, part: Fig) -> float | None:
        if (f is part or f.doc != part.doc or money(f) != money(part) or clash(q, f) or other_year(q, f) or moved_level(f)
                or absolute(f.q) <= absolute(part.q) or (f.row and head_unsaid(total_w, f.text)) or line_head_unsaid(total_head, f, vocab)
                or (f.row and (narrower_total(q, f.text, text) or broader_total(q, f.text, m.group("total"))))
                or (f.row and _OTHER_LINE.match(f.text) and not _OTHER_LINE.search(m.group("total")))):
            return None  # "Other liabilities" is what is left of liabilities, never their total
        s = total_s(f) - 0.5 * part_s(f) * (not part_w <= total_w) - 0.3 * segment(f, asked)
        return s + 0.1 * (f.hit == part.hit) if total_s(f) >= 0.5 else None

    ranked = sorted(((k, f) for f in cands if (k := part_key(f)) is not None), key=lambda x: -x[0])
    for _, part in ranked[:5]:  # the best part that has a total in its own document
        total = best(cands, partial(swap, total_key, part))
        if total is not None:
            break
    else:
        return _share_of_sum(q, m.group("total"), ranked, cands, part_s, vocab)
    value = 100.0 * absolute(part.q) / absolute(total.q)
    if value < 0.1:
        return None  # a scale lost somewhere: not a share anyone states
    formula = f"{part.q.raw.strip()} / {total.q.raw.strip()} = {value:.1f}%"
    return Derived(value, "percent", None, formula, [as_input(part), as_input(total)])


_SUM_OF = re.compile(r"(?i)\s+and\s+|\s*[+&]\s*|\s+plus\s+")


def _share_of_sum(q: Question, total_phrase: str, ranked: list[tuple[float, Fig]], cands: list[Fig],
                  part_s: Words, vocab: set[str]) -> Derived | None:
    """"What share of the combined Americas and EMEA revenue came from the Americas": no figure
    states the total, which is the part plus the other one the question names."""
    pieces = _SUM_OF.split(re.sub(r"(?i)\b(?:combined|together|total|joint)\b", " ", total_phrase))
    if len(pieces) != 2:
        return None
    names = [(content(q, p) & set(q.named)) or content(q, p) for p in pieces]
    if not all(names):
        return None
    for _, part in ranked[:5]:
        others = [Words(n, vocab, clause_only=True) for n in names if not part_s.words <= n]
        if len(others) != 1:
            continue  # the part must be one of the two summed

        def key(f: Fig, part: Fig = part, other: Words = others[0]) -> float | None:
            if f is part or f.doc != part.doc or money(f) != money(part) or clash(q, f) or part_s(f) >= 0.5:
                return None
            s = other(f)
            return s + 0.1 * (f.hit == part.hit) if s >= 0.5 else None

        rest = best(cands, key)
        if rest is not None:
            value = 100.0 * absolute(part.q) / (absolute(part.q) + absolute(rest.q))
            formula = (f"{part.q.raw.strip()} / ({part.q.raw.strip()} + {rest.q.raw.strip()}) = "
                       f"{value:.1f}%")
            return Derived(value, "percent", None, formula, [as_input(part), as_input(rest)])
    return None


def _prior(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    if not _IMPLIED.search(text) or BY_HOW.search(text) or asks_moved(text, bool(_MONEY_WORD.search(text))):
        return None  # "how much lower than a year earlier": how far it moved (`_change`), not the earlier value
    metric = metric_words(q, vocab)
    # "USD millions, one decimal": how to write the answer names no input
    asked = {w for w in metric.words if w in content(q, strip_instructions(text))} - _SOURCE_WORDS
    metric = Words(asked, vocab) if asked else metric

    def key(f: Fig) -> float | None:
        if (f.q.unit == "percent" or f.q.high is not None or (not money(f) and f.q.scale is None)
                or clash(q, f)):
            return None
        s = metric(f)
        return s - 0.02 * f.hit if s >= 0.6 and (growth_of(f, figs) is not None or stated_prior(f, figs)
                                                 or change_of(f, figs)) else None

    cur = best(figs, key)
    if cur is None:
        return None
    stated = stated_prior(cur, figs)
    if stated is not None:
        return Derived(stated.q.value, stated.q.unit, stated.q.scale,
                       f"stated: {stated.q.raw.strip()}", [as_input(stated)])
    g = growth_of(cur, figs)
    if g is None:  # "8.2 million, an increase of 1.1 million from a year ago"
        change = change_of(cur, figs)
        assert change is not None
        value, scale = rescale(absolute(cur.q) - absolute(change.q), cur.q)
        formula = f"{cur.q.raw.strip()} - {change.q.raw.strip()} = {show(value, cur.q, scale)}"
        return Derived(value, cur.q.unit, scale, formula, [as_input(cur)])
    value = cur.q.value / (1.0 + g / 100.0)
    formula = f"{cur.q.raw.strip()} / {factor(g)} = {show(value, cur.q)}"
    return Derived(value, cur.q.unit, cur.q.scale, formula, [as_input(cur)])


def _points(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """"By how many percentage points did the margin rise": a rate now minus the rate before, both
    stated for the same measure, as `_change` reads an amount's two values: "improved to 48.2% from
    47.3%", "48.2% compared with 47.3%", or "48.2% and 47.3% ... in 2023 and 2022, respectively"
    for the question's two years; a fall asked is its size. The words saying how the rate moved
    ("improve", "widen") say nothing of what it measures."""
    if not ((_POINTS.search(text) or (BY_HOW.search(text) and _RATE.search(text)))
            and (GROWTH.search(text) or DECLINE.search(text) or _CHANGE.search(text))):
        return None
    metric = Words(metric_words(q, vocab).words - moving_words(text) - word_stems(" ".join(
        m.group() for m in _CHANGE.finditer(text))), vocab)

    def pair(f: Fig) -> tuple[Fig, Fig] | None:
        found = earlier_value(q, f, figs)
        return found if found is not None and found[0] is f and found[1].q.unit == "percent" else None

    def key(f: Fig) -> float | None:
        if (f.q.unit != "percent" or f.q.high is not None or clash(q, f) or other_year(q, f)
                or pair(f) is None):
            return None
        s = metric(f)
        return s - 0.02 * f.hit if s >= 0.6 else None

    cur = best(figs, key)
    if cur is None or any(g.q.unit in ("pp", "bp") for g in figs if g.hit == cur.hit and g.start == cur.start):
        return None  # the change in points is stated: a lookup quotes it
    found = pair(cur)
    assert found is not None
    before = found[1]
    # "by how many points is the share expected to fall": a fall asked is stated as its size; rates
    # that moved the other way than asked are not the pair the question means
    value = moved(text, cur.q.value - before.q.value)
    if value is None:
        return None
    a, b = (cur, before) if value == cur.q.value - before.q.value else (before, cur)
    formula = f"{a.q.raw.strip()} - {b.q.raw.strip()} = {value:.1f} percentage points"
    return Derived(value, "pp", None, formula, [as_input(cur), as_input(before)])


def _change(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """"By how many euros did X increase": now minus before; "by what percentage ... from A to B"
    over two stated amounts."""
    asks_money = bool(_MONEY_WORD.search(text))
    if not asks_moved(text, asks_money):
        return None
    in_money = asks_money or not re.search(r"(?i)percent|%|\brate\b", text)  # "by how much": an amount
    metric = Words(metric_words(q, vocab).words - moving_words(text), vocab)  # not "shrink", "fall short"

    def key(f: Fig) -> float | None:
        if not money(f) or f.q.high is not None or clash(q, f) or other_year(q, f):
            return None  # "sales in 2022 were $15.0 billion" is no value of 2023 asked
        s = metric(f)
        return s - 0.02 * f.hit if s >= (0.6 if in_money else 0.8) else None

    cur = best(figs, key)
    if cur is None:
        return None
    # "from $6 million", "compared with $6 million last year", "$9 million and $6 million at the end
    # of 2023 and 2022, respectively": the later value and the earlier one
    cur, before = earlier_value(q, cur, figs) or (cur, None)
    if in_money:
        if before is not None:
            raw = absolute(cur.q) - absolute(before.q)
            diff = moved(text, raw)
            if diff is None:
                return None  # they moved the other way than asked: not the pair the question means
            value, scale = rescale(diff, cur.q)
            a, b = (cur, before) if diff == raw else (before, cur)
            formula = f"{a.q.raw.strip()} - {b.q.raw.strip()} = {show(value, cur.q, scale)}"
            return Derived(value, cur.q.unit, scale, formula, [as_input(cur), as_input(before)])
        g = growth_of(cur, figs)
        if g is None or not asks_money or A_CHANGE.search(cur.text[max(0, cur.q.start - 40) : cur.q.start]):
            # "by how much did it grow" over a stated growth rate, or over the stated change itself
            # ("revenues increased $1.1 billion, or 5%"): a lookup quotes it
            return None
        prior = cur.q.value / (1.0 + g / 100.0)
        value = cur.q.value - prior
        formula = (f"{cur.q.raw.strip()} was up {g:g}%, so {cur.q.raw.strip()} - {show(prior, cur.q)} = "
                   f"{show(value, cur.q)}")
        return Derived(value, cur.q.unit, cur.q.scale, formula, [as_input(cur)])
    if before is None or growth_of(cur, figs) is not None or q.want not in ("percent", "change"):
        return None  # the growth is stated: a lookup answers it
    value = 100.0 * (absolute(cur.q) / absolute(before.q) - 1.0)
    formula = (f"({cur.q.raw.strip()} - {before.q.raw.strip()}) / {before.q.raw.strip()} = "
               f"{value:.1f}%")
    return Derived(value, "percent", None, formula, [as_input(cur), as_input(before)])
