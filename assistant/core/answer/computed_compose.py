"""How a computed answer is written from an evaluation: the sentence around the figure in the
unit, scale and decimals asked, a fall asked as a fall stated as its size, the working with every
input footnoted to its statement row, the key figure and the computation (split out of
`computed.py`)."""

from __future__ import annotations

import re

from assistant.core.answer.computed_text import amount, change_rate, printed_decimals, readable
from assistant.core.answer.computed_text import working as write_working
from assistant.core.answer.key_figure import AS_POSITIVE
from assistant.core.finance.concepts import CONCEPTS
from assistant.core.finance.facts import Fact
from assistant.core.finance.metrics import Evaluation
from assistant.core.finance.periods import fiscal_year_of
from assistant.core.finance.plan import Plan
from assistant.core.finance.presentation import asked_as_size, is_liability, is_magnitude
from assistant.core.types import (
    Answer,
    Citation,
    Computation,
    ComputedInput,
    DocumentRecord,
    KeyFigure,
)

_TITLES = {c.name: c.title for c in CONCEPTS}
_UNITS = {c.name: c.unit for c in CONCEPTS}
_DEFAULT_DECIMALS = {"percent": 1, "ratio": 2, "days": 1}
_DECLINE = re.compile(r"\b(?:declin|decreas|fall|fell|drop|shr[iau]nk|contract)\w*", re.I)
_SIGNED = re.compile(r"\bnegative\b|\bchange[ds]?\b|\bminus\b", re.I)  # a signed change asked for


def title(concept: str) -> str:
    """A concept's title as an answer names it ("gross profit"); a printed row's, from its key."""
    return _TITLES.get(concept, concept.removeprefix("row_").replace("_", " "))


def plan_year(p: object) -> int:
    """A period's fiscal year (that of its end date where it names none), else 0."""
    fy = getattr(p, "fiscal_year", None)
    end = getattr(p, "end", None)
    return int(fy) if fy is not None else (fiscal_year_of(end) if end else 0)


def compose(question: str, plan: Plan, ev: Evaluation, who: str, documents: dict[str, DocumentRecord]) -> Answer:
    citations: list[Citation] = []
    keys: dict[tuple[str, int, str], int] = {}
    inputs: list[ComputedInput] = []
    shown_inputs: list[str] = []
    sized: list[str] = []  # inputs printed as outflows that the arithmetic takes by their size
    for index, (role, fact) in enumerate(ev.inputs, 1):
        key = (fact.doc_id, fact.page, fact.row)
        if key not in keys:
            keys[key] = len(keys) + 1
            doc = documents.get(fact.doc_id)
            citations.append(Citation(
                n=keys[key], doc_id=fact.doc_id, title=doc.title if doc else fact.doc_id,
                source=doc.source if doc else "", page=fact.page, quote=fact.row, chunk_id=fact.chunk_id,
            ))
        n = keys[key]
        name = f"{title(role.split(' (')[0])}{' (' + role.split(' (')[1] if ' (' in role else ''} {fact.period}"
        inputs.append(ComputedInput(name=name, value=fact.value, n=n))
        # Shown as the formula uses it: a cost or a line whose label names its direction as its size.
        # (or taken by its size in the formula: a part's share of its whole, `ratio_wording.share_of_whole`)
        size = abs(fact.value) if (is_magnitude(role.split(" (")[0], fact.label, fact.row, fact.statement)
                                   or f"abs(x{index})" in ev.expression) else fact.value
        if size != fact.value and title(role.split(" (")[0]) not in sized:
            sized.append(title(role.split(" (")[0]))
        shown_inputs.append(f"{name} {amount(size, fact.unit, fact.scale, currency=fact.extra.get('currency'))} [{n}]")
    first = ev.inputs[0][1]
    unit = plan.unit
    if unit == "same":
        unit = _UNITS.get(plan.concept or "", "USD") if not (plan.concept or "").startswith("row_") else first.unit
    # a printed percent cell looked up ("Adjusted EBITA margin, %  19.6") is already in percent, not a fraction
    pct = 1.0 if plan.kind == "lookup" and all(f.unit == "percent" for _, f in ev.inputs) else 100.0
    factor = pct if unit == "percent" else 1.0
    decimals = plan.decimals if plan.decimals is not None else _DEFAULT_DECIMALS.get(unit)
    scale = first.scale if unit in ("USD", "shares") else None
    value = ev.value
    if unit == "USD" and plan.scale == "billion" and scale == "million":
        value, scale, factor = value / 1000, "billion", 1 / 1000
        decimals = 1 if decimals is None else decimals
    if decimals is None:
        if unit == "USD/share":  # as printed: "$0.529" stays three decimals, "$1.2" shows two
            decimals = max([2] + [printed_decimals(f.value) for _, f in ev.inputs] if plan.kind == "lookup" else [2])
        else:
            decimals = 0 if all(float(f.value).is_integer() for _, f in ev.inputs) and plan.kind in ("lookup", "formula") else 1
    # "By what percentage did revenue decline?" is answered with the size of the fall, as asked.
    moved = plan.kind == "growth" or plan.family == "change"
    fell = -1.0 if moved and value < 0 and _DECLINE.search(question) and not _SIGNED.search(question) else 1.0
    if value < 0 and (AS_POSITIVE.search(question) or (
            plan.kind == "lookup" and len(ev.inputs) == 1 and asked_as_size(question, first.label, first.statement))):
        fell = -1.0  # "expressed as a positive percentage"; "net cash used in investing" of its bracketed row
    shown = round(fell * value * (pct if unit == "percent" else 1.0), decimals)
    if unit == "percent":
        text = f"{shown:.{decimals}f}%"
    elif unit == "ratio":
        text = f"{shown:.{decimals}f}"
    elif unit == "days":
        text = f"{shown:.{decimals}f} days"
    else:
        # A report's own currency: every money input in one currency, else none is named as the result's.
        currencies = {f.extra.get("currency") or "USD" for _, f in ev.inputs if f.unit in ("USD", "USD/share")}
        text = amount(shown, unit, scale, decimals, currency=next(iter(currencies)) if len(currencies) == 1 else None)
    refs = "".join(f"[{c.n}]" for c in citations)
    period = period_text(plan, first)
    if plan.kind == "lookup":
        what = title(plan.concept or "")
        sentence = f"{who}'s {what} {'' if period.startswith('at ') else 'for '}{period} was {text} {refs}."
        metric = what
    else:
        metric = plan.title if plan.kind != "growth" else f"{title(plan.concept or '')} {'decline' if fell < 0 else 'growth'}"
        if plan.kind in ("cagr", "average"):
            metric = f"{title(plan.concept or '')} {plan.title}"
        elif fell < 0:
            metric = metric.replace(" change", " decline")
        if period.startswith(("at ", "the ")):  # "current ratio at June 30, 2023", "for the first six months"
            sentence = f"{who}'s {metric} {'' if period.startswith('at ') else 'for '}{period} was {text} {refs}."
        else:
            sentence = f"{who}'s {period} {metric} was {text} {refs}."
    if plan.family == "change" and len(ev.inputs) == 2 and (rate := change_rate(ev.value, ev.inputs[1][1].value)) is not None:
        sentence = f"{sentence[:-1]}, or {fell * rate:.1f}%."  # the amount asked, and its rate
    working = write_working(ev.expression, shown_inputs, f"-{text}" if fell < 0 else text)
    if sized and len(inputs) > 1:
        owed = all(is_liability(f.concept, f.label, f.statement) for _, f in ev.inputs if title(f.concept or "") in sized)
        what = ("liabilities" if len(sized) > 1 else "a liability") if owed else ("outflows" if len(sized) > 1 else "an outflow")
        working += f" ({' and '.join(sized)} printed as {what}, taken by size)"  # a UK balance sheet brackets what it owes
    answer_text = sentence if plan.kind == "lookup" and len(inputs) == 1 else f"{sentence}\n\nWorking: {working}"
    # a row of a segment's block ("Net premiums earned" under "Homeowners", `finance.table_blocks`) does not
    # name its segment: the block it was read under is said beside the working
    blocks = list(dict.fromkeys(str(f.extra["block"]) for _, f in ev.inputs if f.extra.get("block")))
    under = f"Under: {', '.join(blocks)}; " if blocks else ""
    if plan.kind == "lookup" and first.column:
        # a roll-forward's cell is named by its table and its column ("Consumer Health" under the goodwill
        # roll-forward's "Balance at June 30, 2026"): the table's title says what the figure is
        table = f"Table: {first.extra['table']}; " if first.extra.get("rollforward") and first.extra.get("table") else ""
        answer_text += f"\n\n({under}{table}Column: {first.column}; row: \"{first.row}\")"
    elif blocks:
        answer_text += f"\n\n({under.rstrip('; ')})"
    kf_unit = {"percent": "percent", "ratio": "ratio", "days": "days", "shares": "shares"}.get(unit, "USD")
    if kf_unit == "USD" and (cur := first.extra.get("currency")):
        kf_unit = cur
    return Answer(
        question=question, answer=answer_text, mode="extractive",
        key_figure=KeyFigure(value=shown, unit=kf_unit, scale=scale if unit in ("USD", "shares") else None, text=text,
                             about=f"{who} {period} {metric}"),
        citations=citations,
        computation=Computation(
            metric=metric, formula=ev.formula, expression=ev.expression, inputs=inputs, result=ev.value,
            shown=shown, factor=fell * (pct if unit == "percent" else (1 / 1000 if factor == 1 / 1000 else 1.0)),
            decimals=decimals,
        ),
    )


def period_text(plan: Plan, first: Fact) -> str:
    """The period the answer names, in words."""
    return readable(period_key(plan, first))


def period_key(plan: Plan, first: Fact) -> str:
    p = plan.periods[0]
    if plan.kind == "cagr":
        return f"FY{plan_year(plan.periods[0])}-FY{plan_year(plan.periods[-1])}"
    if plan.kind == "average":
        return ", ".join(q.label for q in plan.periods)
    if p.end is not None and p.fiscal_year is None:
        return first.period if first.duration_months else p.label
    return p.label
