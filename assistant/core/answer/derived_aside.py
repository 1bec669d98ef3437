"""Two derivations from figures one sentence states: an average price per share (an amount over
the share count beside it, "repurchased 3.1 million shares for $250 million") and a growth without
a named contribution ("leaving out the acquisition, how much did sales grow": the growth less the
points the sentence gives the left-out part). Moved from `derived.py` unchanged."""

from __future__ import annotations

import re

from assistant.core.answer.derived_fit import clash, other_year
from assistant.core.answer.derived_inputs import (
    FRAME,
    Derived,
    Fig,
    Words,
    absolute,
    as_input,
    best,
    content,
    metric_words,
    money,
    show,
)
from assistant.core.answer.question import Question
from assistant.core.answer.units import counted, word_stems

__all__ = ["average_price", "excluding"]

_AVERAGE_PRICE = re.compile(r"(?i)\baverage\s+(?:price|cost)\b|\bon\s+average\b[^?]*\bper\s+share\b")
_LEAVING_OUT = re.compile(r"(?i)\b(?:leaving\s+out|excluding|without|stripping\s+out|setting\s+aside|apart\s+from|net\s+of)\s+(?:the\s+)?"
                          r"(?P<what>[\w'’&\- ]+?)(?=[,?]|\s+(?:how|what|by)\b)")
_PER_AMOUNT = re.compile(r"(?i)^\s*(?:/\s*\d+\s*)?(?:par\b|per\s+(?:\w+\s+)?share\b|a\s+share\b|each\b)")
_CONTRIBUTE = re.compile(r"(?i)\bcontribut\w*|\badd(?:ed|ing)\b|\bimpact\w*")


def average_price(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    if not _AVERAGE_PRICE.search(text):
        return None
    metric = metric_words(q, vocab)

    def key(f: Fig) -> float | None:
        if not money(f) or f.q.high is not None or "averag" in f.clause or clash(q, f) or other_year(q, f):
            return None
        if _PER_AMOUNT.match(f.text[f.q.end : f.q.end + 30]):
            return None  # "$1.66 par value", "$52 per share": an amount per share, no total paid to divide
        shares = [g for g in figs if g.hit == f.hit and g.start == f.start and not money(g)
                  and g.q.unit is None and counted(g.text, g.q) == "shares"]
        if not shares or any("averag" in g.unit for g in shares):
            return None  # the sentence states its average price: a lookup quotes it
        return metric(f) - 0.02 * f.hit

    amount = best(figs, key)
    if amount is None:
        return None
    count = next(g for g in figs if g.hit == amount.hit and g.start == amount.start and not money(g)
                 and g.q.unit is None and counted(g.text, g.q) == "shares")
    value = absolute(amount.q) / absolute(count.q)
    formula = f"{amount.q.raw.strip()} / {count.q.raw.strip()} shares = {show(value, amount.q, None)} per share"
    return Derived(value, amount.q.unit, None, formula, [as_input(amount), as_input(count)])


def excluding(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """"Leaving out the Abiomed acquisition, how much did sales grow": the growth minus what the
    left-out part contributed, both stated in one sentence."""
    m = _LEAVING_OUT.search(text)
    if m is None or q.want not in ("percent", "change"):
        return None
    # "the contribution of the Pioneer acquisition": the name, not its frame words
    left_out = content(q, m.group("what")) - {"acquisit", "acquir", "contribut", "impact", "effect"}
    if not left_out:
        return None
    aside = word_stems(m.group(0))  # "setting aside the contribution of ...": none of it is the metric
    metric = Words({s for s in q.terms if s not in FRAME and s not in aside and s not in q.company},
                    vocab)
    growths = [f for f in sorted(figs, key=lambda f: -metric(f))
               if f.q.unit == "percent" and metric(f) >= 0.6 and not left_out & f.clause]
    for f in growths[:3]:  # the best-matching growths that state the left-out part's contribution
        for g in figs:
            if (g.hit == f.hit and g.start == f.start and g is not f and g.q.unit in ("percent", "pp")
                    and left_out & g.unit and _CONTRIBUTE.search(g.text[max(0, g.q.start - 60) : g.q.end + 20])
                    and left_out & word_stems(g.text[max(0, g.q.start - 60) : g.q.end + 50])):
                value = f.q.value - g.q.value
                formula = f"{f.q.raw.strip()} - {g.q.raw.strip()} = {value:.1f}%"
                return Derived(value, "percent", None, formula, [as_input(f), as_input(g)])
    return None
