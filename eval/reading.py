"""Which figure does an answer conclude with? Read the way a grader reads a worked answer.

Real answers show their working: "EBITDA = $1,196M + $636M = $1,832M", "(A + B) / 2",
each year's margin before the average. A grader scores the figure the answer lands on:
the one after the last "=", in the sentence that says "therefore" / "so" / "in summary",
in bold, or, for an answer that states its figure first and explains after, the first
figure stated. Operands of a sum, the "from" side of a change, figures the answer rules
out ("it was not $X") and figures it only compares with ("up from $X") are never the answer.
Two different figures offered as alternatives ("either $X or $Y") are a hedge. An answer
that marks no conclusion has `rivals`: figures it states just as plainly for what is asked.
Which figures are of the gold's kind is `eval.wanted`'s business.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.core.finance.years import YEAR_NUMBER
from assistant.core.numbers import Quantity
from eval.figure_years import fiscal_names, years_named
from eval.labels import (
    drop_levels,
    for_the_period,
    label_rank,
    listed_alternative,
    names_another_measure,
    names_the_asked_measure,
    own_clause,
    per_share,
    prefer_the_asked_measure,
    sibling_items,
    table_column_year,
    years_besides,
)
from eval.stating import (
    STATED,
    STATED_STRONG,
    concluding_from,
    in_bold,
    sentences,
)
from eval.stating import concludes_with as concludes_with  # re-exported
from eval.stating import is_conditional as is_conditional  # re-exported
from eval.stating import states_figure as states_figure  # re-exported

# Words that name an aggregate a question may ask for ("the 3-year average", "the total"); an
# insurer's "combined ratio" is no aggregate.
_AGGREGATE = re.compile(
    r"\b(?:average|mean|total|combined(?!\s+ratios?\b)|sum|aggregate|cumulative|overall|net\s+change|difference)\b",
    re.I,
)


_EQUALS = re.compile(
    r"(?:=|≈)\s*(?:\*\*)?\s*(?:approximately|about|roughly|~)?\s*(?:\*\*)?\s*$", re.I
)
# "**" is bold, not multiplication.
# Operators written as words too: "$700 million less $88 million of disposals gives ...".
_WORD_OPS = r"(?:less(?!\s+than)|minus|plus|times|divided\s+by|multiplied\s+by)\s+(?=\(?\s*[$€£]?\s*\d)"
_OPERATOR_AFTER = re.compile(
    r"^\s*\)?\s*(?:[+/×÷]|\*(?!\*)|-(?=\s*\(?\s*[$€£]?\s*\d)|(?:[\w\s]{0,30}?\s)?" + _WORD_OPS + ")",
    re.I,
)
_OPERATOR_BEFORE = re.compile(
    r"(?:[+/×÷]|(?<!\*)\*|(?<=\s)-|\b(?:less|minus|plus|times|divided\s+by|multiplied\s+by))\s*\(?\s*$", re.I
)
# The figure is what the answer rules out or compares with, not what it states.
_NOT_THE_ANSWER = re.compile(
    r"(?:\bnot|\brather\s+than|\binstead\s+of|\bfrom|\bcompared\s+(?:to|with)|\bversus|\bvs\.?|"
    r"\bagainst|\bup\s+from|\bdown\s+from|\bprior\s+year(?:'s)?|\bprevious(?:ly)?)"
    r"\s+(?:\w+\s+){0,1}(?:of\s+)?(?:\*\*)?\s*$",
    re.IGNORECASE,
)
_ALTERNATIVE = re.compile(
    r"^\s*(?:\*\*)?[,;)]?\s*(?:\(\w+\)\s*)?,?\s*or\s+(?:\w+\s+){0,3}?(?:\*\*)?\s*$", re.I
)


@dataclass(frozen=True)
class Reading:
    """The figure an answer concludes with; `hedge` when it offers two different ones."""

    figure: Quantity | None
    hedge: Quantity | None = None  # the alternative figure, when the answer hedges
    # What marks the figure as the answer: "conclusion", "bold", "labelled", "equals",
    # "period", "key_figure" (the assistant's structured figure), or "first" (the first
    # sentence that states one: no mark at all).
    basis: str = "first"
    # Other figures of the kind the answer states as values, unmarked, in other sentences.
    rivals: tuple[Quantity, ...] = ()


def _is_operand(text: str, q: Quantity) -> bool:
    if _EQUALS.search(text[max(0, q.start - 20) : q.start]):
        return False
    return bool(
        _OPERATOR_AFTER.match(text[q.end : q.end + 20])
        or _OPERATOR_BEFORE.search(text[max(0, q.start - 6) : q.start])
    )


def candidates(text: str, figures: Sequence[Quantity]) -> list[Quantity]:
    """The figures that could be the answer: not operands, not ruled out, not compared with."""
    out = []
    for q in figures:
        before = text[max(0, q.start - 40) : q.start]
        if _NOT_THE_ANSWER.search(before) or _is_operand(text, q):
            continue
        out.append(q)
    return out


def _pick_in_sentence(text: str, qs: list[Quantity], question: str = "") -> Quantity:
    qs = drop_levels(text, prefer_the_asked_measure(text, qs, question), question)
    after_eq = [q for q in qs if _EQUALS.search(text[max(0, q.start - 20) : q.start])]
    if after_eq:
        return after_eq[-1]
    for rx in (STATED_STRONG, STATED):
        stated = [q for q in qs if rx.search(text[max(0, q.start - 40) : q.start])]
        if stated:
            return stated[0]
    return qs[0]


def _labels(text: str, q: Quantity, label: str) -> bool:
    """The aggregate word names this figure: "total of $8.4B", "Average: 4.1%", "the total
    is $8.4B" (not "this total includes $4.2B")."""
    before = text[max(0, q.start - 40) : q.start]
    at = [m.end() for m in re.finditer(rf"\b{re.escape(label[:6])}\w*", before, re.I)]
    if not at:
        return False
    between = before[at[-1] :]  # "total of ", "Average: ", "averaging ", "total is about "
    return STATED.search(between) is not None or re.fullmatch(r"[\s:*~]*", between) is not None


def _hedge(text: str, pick: Quantity, qs: list[Quantity]) -> Quantity | None:
    """The other figure of "X or Y" / "either X or Y" / "X, Y or Z" around the pick, when it
    differs."""
    for other in qs:
        if other is pick or other.value == pick.value:
            continue
        a, b = (other, pick) if other.start < pick.start else (pick, other)
        if _ALTERNATIVE.match(text[a.end : b.start]) and not per_share(text, other):
            return other
    return listed_alternative(text, pick, qs)


def concluding_figure(text: str, figures: Sequence[Quantity], question: str = "") -> Reading:
    """The figure among `figures` (parsed from `text`, all of the wanted kind) that the
    answer concludes with, as a grader reads it. A question asking for an aggregate ("the
    3-year average") is answered by the figure labelled so ("Average: 4.1%")."""
    qs = candidates(text, figures) or list(figures)
    if not qs:
        return Reading(None)
    spans = sentences(text)

    def in_span(span: tuple[int, int]) -> list[Quantity]:
        return [q for q in qs if span[0] <= q.start < span[1]]

    concluding = [s for s in spans if in_span(s) and concluding_from(text, s) is not None]
    bold = [q for q in qs if in_bold(text, q)]
    equals = [q for q in qs if _EQUALS.search(text[max(0, q.start - 20) : q.start])]
    asked = _AGGREGATE.search(question)
    labelled = [
        s for s in spans
        if in_span(s) and asked and re.search(rf"\b{re.escape(asked.group(0)[:6])}", text[s[0] : s[1]], re.I)
    ]  # fmt: skip
    if concluding:
        span = concluding[-1]
        start = concluding_from(text, span) or span[0]
        chosen, basis = [q for q in in_span(span) if q.start >= start] or in_span(span), "conclusion"
    elif bold:
        chosen, basis = bold[-1:], "bold"
    elif labelled and asked:
        named = [q for s in labelled for q in in_span(s) if _labels(text, q, asked.group(0))]
        chosen, basis = named[-1:] or in_span(labelled[-1]), "labelled"
        # "Total revenue: $4,120M (FY2021), $4,410M (FY2022)": the asked year's figure.
        period = for_the_period(text, [q for s in labelled for q in in_span(s)], question)
        chosen = [period] if period is not None else chosen
    elif equals:
        pick = equals[-1]
        return Reading(pick, _hedge(text, pick, qs), "equals", _alternatives(text, qs, pick, question))
    else:
        span = next(s for s in spans if in_span(s))
        chosen, basis = in_span(span), "first"
        # A table or list by year whose first row is another year's: the asked year's row.
        by_year = for_the_period(text, qs, question)
        if by_year is not None and by_year not in chosen and other_period(text, chosen[0], question):
            chosen = [by_year]
    # "Therefore, free cash flow was $900M" concludes about another measure than the operating
    # cash flow asked; "Capex on vessels was $388M" opens with a part: the figure stated for
    # the asked measure is the answer.
    asked_for = [q for q in qs if q not in chosen and names_the_asked_measure(text, q, question)]
    if basis in ("conclusion", "first") and asked_for and all(
        names_another_measure(text, q, question) for q in chosen
    ):
        best = max(label_rank(text, q, question) for q in asked_for)
        if best > max(label_rank(text, q, question) for q in chosen):
            chosen = [q for q in asked_for if label_rank(text, q, question) == best][-1:]
            basis = "labelled"
    chosen = prefer_the_asked_measure(text, chosen, question)
    period = for_the_period(text, chosen, question)
    pick = period or _pick_in_sentence(text, chosen, question)
    if basis == "first":
        if period is not None:
            basis = "period"
        # Unmarked answers offer rivals too: plain ones, sibling bullet items, and a sentence
        # that offers another answer ("Including acquired businesses, it was $520 million").
        rivals = (
            _rivals(text, qs, span, question) + tuple(sibling_items(text, pick, qs, question))
            + _alternatives(text, qs, pick, question)
        )  # fmt: skip
        return Reading(pick, _hedge(text, pick, qs), basis, rivals)
    return Reading(pick, _hedge(text, pick, qs), basis, _alternatives(text, qs, pick, question))


_YEAR = YEAR_NUMBER
_PLAIN = frozenset(
    re.findall(
        r"\w+",
        "what which when where that this these those with from into over than been were have has "
        "does did the and for was are its their based answer using only shown amount total "
        "usd dollars millions billions thousands units round decimal places year fiscal",
    )
)


_OTHER_PERIOD = re.compile(
    r"\b(?:prior|previous|preceding|last|earlier)\s+(?:fiscal\s+)?(?:year|quarter|period)|"
    r"\ba\s+year\s+(?:ago|earlier|before)",
    re.I,
)


def _content(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z][a-z'-]{3,}", text.lower()) if w not in _PLAIN}


def _rivals(
    text: str, qs: list[Quantity], span: tuple[int, int], question: str
) -> tuple[Quantity, ...]:
    """Figures stated as values ("is", "was", "of") in other sentences that speak of what the
    question asks (two of its words) for no other period: in an answer that marks no
    conclusion, each is as much a candidate as the first one stated."""
    asked, years, names = _content(question), set(_YEAR.findall(question)), fiscal_names(question)
    need = 2 if len(asked) >= 4 else 1  # a short question shares fewer words with its answer
    out = []
    for start, end in sentences(text):
        if start == span[0]:
            continue
        sentence = text[start:end]
        if len(_content(sentence) & asked) < need:
            continue
        if years_named(sentence, names) - years or _OTHER_PERIOD.search(sentence):
            continue  # context for another period
        out += [
            q for q in qs
            if start <= q.start < end and STATED.search(text[max(start, q.start - 40) : q.start])
        ]  # fmt: skip
    return tuple(out)


# A sentence that offers another answer: "Alternatively, ...", "If leases are included, ...".
_OFFERS_ANOTHER = re.compile(
    r"^\W*(?:alternatively|or\b|otherwise|if\s+(?:instead|we|you|one)\b|if\s+[^,]{0,60}?\b(?:is|are)\s+"
    r"(?:included|excluded|used|considered)\b|(?:including|excluding)\b)",
    re.I,
)


def _alternatives(
    text: str, qs: list[Quantity], pick: Quantity, question: str
) -> tuple[Quantity, ...]:
    """Other answers an answer that marks its conclusion also offers for what is asked: the
    figures of a sentence that offers another answer ("Alternatively, the ratio is 1.4", "If
    leases are included, ..."). An earlier concluding sentence is not one (worked answers
    conclude each step); sentences about another period are context, not alternatives."""
    years, names = set(_YEAR.findall(question)), fiscal_names(question)
    out = []
    for start, end in sentences(text):
        if start <= pick.start < end:
            continue
        sentence = text[start:end]
        if (years_named(sentence, names) - years) or _OTHER_PERIOD.search(sentence):
            continue
        inside = [q for q in qs if start <= q.start < end]
        if not inside:
            continue
        if _OFFERS_ANOTHER.search(sentence):
            out += inside
    return tuple(out)


# Aggregates over several figures ("the 3-year average"), which one period's figure is not.
# "Weighted-average shares / rate / lease term" names a printed line, not an aggregate to work out.
# Nor does "combined ratio", an insurer's loss plus expense ratio.
_OVER_PERIODS = re.compile(
    r"\b(?:(?<!weighted[- ])average|mean|cumulative|combined(?!\s+ratios?\b)|sum|aggregate)\b", re.I
)


def asked_aggregate(question: str) -> str | None:
    """The aggregate over several figures a question asks for ("average", "combined"), or None."""
    m = _OVER_PERIODS.search(question)
    return None if m is None else m.group(0).lower()


def names_the_aggregate(text: str, q: Quantity, question: str) -> bool:
    """For a question asking for an aggregate ("the 3-year average"), the sentence stating
    `q` names it (or any aggregate, or draws a conclusion); True for other questions."""
    if asked_aggregate(question) is None:
        return True
    for start, end in sentences(text):
        if start <= q.start < end:
            sentence = text[start:end]
            named = re.search(r"\b(?:averag|mean|cumulat|combin|sum|aggregat|total|overall)", sentence, re.I)
            return bool(named or concluding_from(text, (start, end)) is not None)
    return True


def other_period(text: str, q: Quantity, question: str) -> str | None:
    """The years the sentence stating `q` gives it for, when the question names years and the
    sentence names none of them ("$5.2 billion in fiscal 2021" for a FY2022 question): a grader
    does not take a figure labelled with another period for the asked one. None otherwise."""
    asked = set(_YEAR.findall(question))
    if not asked:
        return None
    names = fiscal_names(question)  # "fiscal 2025" may be the year ended March 31, 2026
    column = table_column_year(text, q, names)  # a table cell: its column's header
    if column is not None:
        return None if column in asked else column
    for start, end in sentences(text):
        if start <= q.start < end:
            # The sentence names none of the asked years, or the figure's own clause names
            # only others ("**$1,234M** was FY2022's figure; FY2023's was $1,301M").
            return years_besides(text[start:end], asked, names) or years_besides(own_clause(text, q), asked, names)
    return None
