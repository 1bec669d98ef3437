"""Why a computed figure must not be stated: the checks that turn a confident guess into a refusal.

A figure worked out from statement facts is only as sure as its inputs. It is refused, naming
what is uncertain, when

- an input comes from a filing of another company than the one asked about;
- an amount is stated in dollars but its statement page gives no scale (thousands? millions?);
- the question names a fiscal year by its label alone and the filing does not say whether the
  year ending in January is its "fiscal 2022" or "fiscal 2023";
- another reading of an input gives a different figure at the asked precision: a second row as
  typical for the concept on the same statement ("Total revenues" twice), or net income where
  the statement also shows net income attributable to the company and the question says
  neither, or total equity where the balance sheet also totals the shareholders' part
  (`alternatives`; the caller recomputes with each and compares);
- the question asks for an amount it says sits in a line ("restricted cash included in other
  current assets") and the row read is that line, whose label leaves the amount out: the line's
  total, not the part asked (`part_left_out`);
- the question names the span of its figure ("for the six months ended ...") and an input's
  column covers another span ("Three Months Ended ..."): a quarter is not the half-year (`other_span`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.core.answer.row_names import phrase_in
from assistant.core.finance.companies import canonical_company
from assistant.core.finance.concepts import clean_label
from assistant.core.finance.facts import Fact
from assistant.core.finance.labels import LABEL_PREFIX
from assistant.core.finance.metrics import Evaluation
from assistant.core.finance.near_concepts import amount_sitting_in
from assistant.core.finance.periods import SPAN_MONTHS
from assistant.core.finance.plan import Plan

__all__ = ["alternatives", "implausible", "named_equity", "named_rival", "off_statement", "other_span", "part_left_out", "static_doubt"]

# What a figure of each kind can be; outside, an input was misread (another scale, a quarter's
# cost of sales for a year, a part for the total), whatever the arithmetic says.
_DAYS = (0.0, 1000.0)  # DIO, DSO, DPO
_SIGNED_DAYS = (-1000.0, 1000.0)  # the cash conversion cycle can be negative
_FRACTION = (-1.0, 1.0)  # margins
_POSITIVE = {"current_ratio", "quick_ratio", "inventory_turnover", "receivables_turnover", "payables_turnover",
             "asset_turnover", "fixed_asset_turnover", "capex_intensity"}

_ABSOLUTE_UNITS = frozenset({"USD", "shares", "same"})
# Words by which a question picks one of the two net incomes.
# Two equity totals (with and without non-controlling interests) and the words that pick the whole.
_EQUITY_TOTAL = re.compile(r"total\s+(?!liabilities).*(?:shareholders|stockholders|share\s*owners)'?\s+equity$")
_ALL_EQUITY = re.compile(r"\btotal\s+equity\b|including\s+(?:the\s+)?non-?controlling|non-?controlling\s+interests?\s+included", re.I)
_SAYS_WHICH = re.compile(r"attributable|consolidated\s+net|non-?controlling|minority|including\s+(?:the\s+)?non", re.I)


def _where(f: Fact) -> str:
    return f"p. {f.page} of {f.doc_id}" if f.doc_id else f"p. {f.page}"


def static_doubt(plan: Plan, ev: Evaluation, company: str | None) -> str | None:
    """A reason no figure should be stated, from the inputs alone, or None."""
    facts = [f for _, f in ev.inputs]
    if company:
        asked = canonical_company(company)
        other = next((f for f in facts if f.company and canonical_company(f.company) != asked), None)
        if other is not None:
            return f"one of its inputs comes from a filing of {other.company} ({_where(other)}), not {company}"
    if plan.restated and plan.kind == "formula" and len({f.doc_id for f in facts}) > 1:
        # A recast basis and the one first reported are not one set of figures: never mixed in one metric.
        return (f"the question asks for restated figures, but its inputs come from different filings "
                f"({', '.join(sorted({_where(f) for f in facts})[:2])})")
    unstated = [f for f in facts if f.extra.get("scale_assumed")]
    if unstated and (plan.unit in _ABSOLUTE_UNITS or len({(f.doc_id, f.page) for f in facts}) > 1):
        return f"the statement on {_where(unstated[0])} does not say whether its figures are in thousands or millions"
    if any(p.end is None and p.fiscal_year is not None for p in plan.periods):
        named = next((f for f in facts if f.extra.get("fy_naming") == "assumed"), None)
        if named is not None:
            end = f"{named.period_end:%B} {named.period_end.day}, {named.period_end.year}"
            year = named.fiscal_year
            return (f"its filing does not say whether the fiscal year ended {end} is its fiscal {year} or "
                    f"fiscal {year - 1}; name the year-end date to decide")
    return None


def implausible(plan: Plan, value: float) -> str | None:
    """Why a metric's value cannot be right (a DIO of 2,000 days, a margin of 140%), else None."""
    metric = plan.metric
    if metric is None and plan.family == "share" and not 0.0 <= value <= 1.0:
        # a part's share of its whole: a row read for the part is no part of it (a balance over a year's expense)
        return f"the inputs found give {value:.1%}, which a part's share of its whole cannot be; an input was likely misread"
    if metric is None:
        return None
    bounds = None
    if metric.unit == "days":
        bounds = _SIGNED_DAYS if metric.name == "ccc" else _DAYS
    elif metric.family == "margin":
        bounds = _FRACTION
    elif metric.name in _POSITIVE:
        bounds = (1e-9, float("inf"))
    if bounds is None or bounds[0] <= value <= bounds[1]:
        return None
    shown = f"{value:.1%}" if metric.unit == "percent" else f"{value:,.2f}"
    return f"the inputs found give {shown}, which a {metric.title} cannot be; an input was likely misread"


def off_statement(ev: Evaluation, facts: list[Fact]) -> str | None:
    """A balance-sheet input read from a table far from the filing's consolidated balance sheet
    (the page with its largest total assets at that date), such as a parent-only or guarantor
    balance sheet or a disposal group's table: not the company's figure."""
    for _, f in ev.inputs:
        if f.statement != "balance_sheet":
            continue
        totals = [g for g in facts if g.concept == "total_assets" and g.doc_id == f.doc_id and g.period_end == f.period_end]
        if not totals:
            continue
        sheet = max(totals, key=lambda g: abs(g.value)).page
        if abs(f.page - sheet) > 1:
            return (f'its "{f.label}" is read from a table on {_where(f)}, not from the consolidated balance sheet '
                    f"(p. {sheet})")
    return None


def named_equity(question: str, facts: list[Fact]) -> list[Fact]:
    """`facts` with the shareholders' part of equity read as total equity where the question names
    that row whole ("average total Acme Inc. shareholders' equity"): the question has said which of
    the balance sheet's two equity totals it means."""
    parts = [g for g in facts if g.concept != "total_equity" and _EQUITY_TOTAL.match(clean_label(g.label))
             and phrase_in(clean_label(g.label), question, set())]
    if not parts:
        return facts
    out: list[Fact] = []
    for f in facts:
        part = None
        if f.concept == "total_equity":
            part = next((g for g in parts if g.doc_id == f.doc_id and g.page == f.page and g.period == f.period
                         and g.duration_months == f.duration_months), None)
        out.append(f if part is None else replace(part, concept="total_equity"))
    return out


_FIRST_CELL = re.compile(r"\s+[$(]?\s*-?\d[\d,.]*\)?(?=\s|$)")
_BOTH_WAYS = re.compile(r"/\s*\([^)]*\)|\s*\((?:used\s+in|provided\s+by|loss|income|expense|benefit)\)")


def _named_words(label: str, question: str) -> int:
    """How many words of a row's printed label the question names whole (0: it does not name it).
    A label printed both ways, "provided by/(used in)", is named by either."""
    plain = clean_label(_BOTH_WAYS.sub("", label))
    return len(plain.split()) if phrase_in(plain, question, set()) else 0


def named_rival(question: str, facts: list[Fact]) -> list[Fact]:
    """`facts` with a rival row read instead where the question names that row by its printed label
    and names no longer one of the rows read the same way: "net cash provided by operating
    activities" asked, of that row and "... from continuing operations", is the first. The row the
    question names is the one meant, so the other reading is no doubt."""
    out: list[Fact] = []
    for f in facts:
        rivals = f.extra.get("rivals") or []
        if not rivals:
            out.append(f)
            continue
        rows = [(f.label, f.value, f.row)] + [(_FIRST_CELL.split(str(r["row"]), maxsplit=1)[0], float(r["value"]),
                                               str(r["row"])) for r in rivals]
        named = sorted(((_named_words(label, question), k) for k, (label, _, _) in enumerate(rows)), reverse=True)
        if named[0][0] == 0 or (len(named) > 1 and named[1][0] == named[0][0]):
            out.append(f)  # names none of them, or two alike: the doubt stands
            continue
        label, value, row = rows[named[0][1]]
        extra = {k: v for k, v in f.extra.items() if k != "rivals"}
        out.append(replace(f, label=label, value=value, row=row, extra=extra))
    return out


def alternatives(question: str, ev: Evaluation, facts: list[Fact]) -> list[tuple[int, Fact, str]]:
    """(input index, the other reading of that input, what the two are) for each input that could
    be read another way."""
    out: list[tuple[int, Fact, str]] = []
    says_which = bool(_SAYS_WHICH.search(question))
    for k, (_, f) in enumerate(ev.inputs):
        for rival in f.extra.get("rivals", []):
            other = replace(f, value=float(rival["value"]), row=str(rival["row"]), extra={})
            out.append((k, other, f'two rows of the statement on {_where(f)} read as "{f.label}" '
                                  f'("{f.row}" and "{other.row}")'))
        if f.concept == "net_income" and not says_which:
            attributable = next((g for g in facts if g.concept == "net_income_attributable" and g.doc_id == f.doc_id
                                 and g.period == f.period and g.duration_months == f.duration_months), None)
            if attributable is not None and attributable.value != f.value:
                out.append((k, attributable, f'the statement on {_where(f)} shows both "{f.label}" and '
                                             f'"{attributable.label}" and the question does not say which'))
        # The question naming the row read ("equity = shareholders' equity" for "Total shareholders'
        # equity") has said which; a bare "equity" names no row.
        read = re.sub(r"^total\s+", "", clean_label(f.label))
        if f.concept == "total_equity" and not _ALL_EQUITY.search(question) and not (
                " " in read and phrase_in(read, question, set())):
            part = next((g for g in facts if g is not f and g.doc_id == f.doc_id and g.page == f.page
                         and g.period == f.period and g.duration_months == f.duration_months and g.value != f.value
                         and _EQUITY_TOTAL.match(clean_label(g.label))), None)
            if part is not None:
                out.append((k, part, f'the balance sheet on {_where(f)} shows both "{f.label}" and "{part.label}" '
                                      f"and the question does not say which"))
    return out


def _stem(word: str) -> str:
    return word.lower().strip("'")[:5]  # "charges" and "charge", "cash" and "cash"


def part_left_out(question: str, plan: Plan, ev: Evaluation, company: str | None) -> str | None:
    """A line item looked up for a question that asks an amount sitting in it ("relocation charges
    recorded in SG&A") is the line's total unless the row's label or heading names that amount."""
    if plan.kind != "lookup" or len(ev.inputs) != 1:
        return None
    own = {_stem(w) for w in re.findall(r"[a-z]+", (company or "").lower())}
    amount = [w for w in amount_sitting_in(question) if _stem(w) not in own]
    if not amount:
        return None
    f = ev.inputs[0][1]
    printed = {_stem(w) for w in re.findall(r"[a-z]+", f"{f.label} {f.extra.get('heading') or ''}".lower())}
    if all(_stem(w) in printed for w in amount):
        return None
    return (f'the question asks for the {" ".join(amount)} in a line, a part of it, but the row read, '
            f'"{clean_label(f.label)}", is the whole line')


_SPAN = re.compile(r"\b(three|six|nine|twelve|3|6|9|12)[- ]months?\s+(?:ended|ending)\b", re.I)


def other_span(question: str, ev: Evaluation) -> str | None:
    """The span the question names for its figure ("for the six months ended July 1") that an
    input's column does not cover ("Three Months Ended July 1"): another period's figure."""
    asked = {SPAN_MONTHS[m.group(1).lower()] for m in _SPAN.finditer(question)}
    if not asked:
        return None
    for _, f in ev.inputs:
        if f.duration_months > 0 and f.duration_months not in asked:
            return (f'the question asks for {" or ".join(f"{n} months" for n in sorted(asked))}, but the column read, '
                    f'"{f.column or f.period}", covers {f.duration_months} months')
    return None


def defined_part(question: str, plan: Plan, ev: Evaluation, company: str | None) -> str | None:
    """A formula worked out over line items for a question whose own arithmetic names a part of
    one ("(products revenue - cost of products sold) / products revenue", "current portion of
    long-term debt + long-term debt"): the whole line read is not the operand defined, unless the
    row read is labelled with the words that narrow it ("Trade accounts payable")."""
    from assistant.core.finance.narrowed_operands import narrowed_operand

    if not plan.formula or LABEL_PREFIX in plan.formula or (found := narrowed_operand(question)) is None:
        return None
    phrase, concept, words = found
    own = {_stem(w) for w in re.findall(r"[a-z]+", (company or "").lower())}
    words = [w for w in words if _stem(w.lower()) not in own]
    for _, f in ev.inputs:
        printed = {_stem(w) for w in re.findall(r"[a-z]+", f"{f.label} {f.extra.get('heading') or ''}".lower())}
        if f.concept == concept and words and not all(_stem(w.lower()) in printed for w in words):
            return (f'the question\'s own formula names {phrase}, a part of a line, but the row read, '
                    f'"{clean_label(f.label)}", is the whole line')
    return None
