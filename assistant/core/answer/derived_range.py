"""A forecast range asked by a position in it or by its move. The end asked ("the low end", "the top of
its guidance"): `range_end`. How far a revision moved its mid-point: "by how much did the October downgrade lower
the midpoint of its profit guidance". A forecast revised is stated with its earlier range beside
the new one, in a sentence ("now expects EUR 85 million to EUR 95 million, from EUR 110 million to
EUR 125 million") or in an outlook table's two columns ("Current guidance  Previous guidance"):
the move is the new range's mid-point less the earlier one's, given as its size (the question's
verb, "lower" or "raise", says the direction)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.core.answer.derived_fit import clash
from assistant.core.answer.derived_inputs import (
    Derived,
    Fig,
    Words,
    as_input,
    best,
    metric_words,
    show,
)
from assistant.core.answer.qualifiers import figure_families, revision_of
from assistant.core.answer.question import Question
from assistant.core.answer.question_words import RANGE_POSITION, WORD, range_position
from assistant.core.answer.revision_columns import revision_sides
from assistant.core.answer.units import figure_kind, figures_text
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.words import stem

__all__ = ["midpoint_move", "range_end"]

# "..., against EUR 110 million to EUR 125 million": a range set beside the new one
_SET_BESIDE = re.compile(r"(?i)\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\b")
# a revision's own verbs and the precision asked: no words of what the forecast is of
_NOT_METRIC = re.compile(r"(?:rais|lift|lower|cut|upgrad|downgrad|narrow|revis|updat|mov|chang|decim|round)")

_MIDPOINT = re.compile(r"(?i)\bmid-?\s?point\b")
# "by how much did ... lower the midpoint", "how much did the midpoint move up"
_MOVED = re.compile(r"(?i)\bhow\s+(?:much|far)\b[^?]*?\b(?:mov|rais|lift|lower|cut|chang|shift|increas|reduc|drop"
                    r"|f[ae]ll|r[io]s[ei]|go\s+up|went\s+up|go\s+down|went\s+down)\w*")


def _n(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _pair(f: Fig) -> tuple[Quantity, Quantity] | None:
    """(the new range, the earlier one) a revision states with `f`: its row's two columns, else the
    sentence's revised range beside the earlier one; both ranges, in one scale."""
    if f.row:
        cells = [x for x in parse_quantities(figures_text(f.text).replace("\n", " ")) if not x.is_year]
        sides = revision_sides(f.header, len(cells))
        if sides is None or sides.count("current") != 1 or sides.count("prior") != 1:
            return None
        new, old = cells[sides.index("current")], cells[sides.index("prior")]
    else:
        text = figures_text(f.text).replace("\n", " ")  # as `derived_inputs.figures` reads it
        found = [x for x in parse_quantities(text) if not x.is_year and x.high is not None]
        pairs = [(n, x) for x in found if (n := revision_of(text, x)) is not None]
        if not pairs and len(found) == 2 and "current" in figure_families(text, found[0], sentence_wide=False) and (
                _SET_BESIDE.search(text[found[0].end : found[1].start])):
            # "now expects EUR 85 million to EUR 95 million, against EUR 110 million to EUR 125 million when
            # it reported in August": the question names the revision, so the range set beside is the earlier
            pairs = [(found[0], found[1])]
        if len(pairs) != 1:
            return None
        new, old = pairs[0]
    if new.high is None or old.high is None or new.scale != old.scale or new.unit != old.unit:
        return None
    return new, old


def midpoint_move(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """The size of the move in a revised forecast's mid-point, from the two ranges it is stated with."""
    if not _MIDPOINT.search(text) or not _MOVED.search(text):
        return None
    # what the forecast is of: not the revision's own verbs ("upgrade", "raise"), which date it, nor
    # the precision asked
    metric = Words({s for s in metric_words(q, vocab).words if not _NOT_METRIC.match(s)}, vocab)

    def key(f: Fig) -> float | None:
        if f.q.high is None or clash(q, f) or _pair(f) is None:
            return None
        s = metric(f)
        return s - 0.02 * f.hit if s >= 0.6 else None

    found = best(figs, key)
    pair = _pair(found) if found is not None else None
    if found is None or pair is None:
        return None
    new, old = pair
    ends = [(x.value, x.high if x.high is not None else x.value) for x in (new, old)]  # `_pair`: ranges only
    # both in one scale (`_pair`): the mid-points' difference is in it too
    mids = [(lo + hi) / 2.0 for lo, hi in ends]
    value = abs(mids[0] - mids[1])
    halves = "; ".join(f"({_n(lo)} + {_n(hi)}) / 2 = {_n(m)}" for (lo, hi), m in zip(ends, mids, strict=True))
    formula = f"mid-points {halves}; {_n(max(mids))} - {_n(min(mids))} = {show(value, new)}"
    inputs = [as_input(replace(found, q=new)), as_input(replace(found, q=old))]
    return Derived(value, new.unit, new.scale, formula, inputs)


def range_end(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """"What is the low end of the income it expects", "the top of its range" over a range stated
    whole ("$229 million to $233 million"): the end asked, read as printed. Only a range of the kind
    asked: a growth range does not give the amount at its top end (that needs the base it grows from)."""
    side = range_position(text)
    if side not in ("low", "high"):
        return None
    # what the range is of: not the words placing the figure in it ("low end", "top of its guidance")
    placed = {stem(w) for m in RANGE_POSITION.finditer(text) for w in WORD.findall(m.group())}
    metric = Words(metric_words(q, vocab).words - placed, vocab)
    kinds = {"amount": ("currency",), "percent": ("percent",), "change": ("percent", "currency")}.get(
        q.want, ("currency", "percent", "bare"))

    def key(f: Fig) -> float | None:
        if f.q.high is None or clash(q, f) or figure_kind(f.q) not in kinds:
            return None
        s = metric(f)
        return s - 0.02 * f.hit if s >= 0.6 else None

    rng = best(figs, key)
    if rng is None or rng.q.high is None:
        return None
    value = rng.q.value if side == "low" else rng.q.high
    formula = f"the {'low' if side == 'low' else 'high'} end of {rng.q.raw.strip()} = {show(value, rng.q)}"
    return Derived(value, rng.q.unit, rng.q.scale, formula, [as_input(rng)])
