"""The quoting fallback for a statement figure the computed path did not answer.

A question that asks for a line item ("net sales for fiscal 2023") or a catalogue metric
("gross margin", "free cash flow", "current ratio") for a period is a statement figure. When
the statement facts do not answer it, the extractive answerer may still quote a figure, but
only one whose own row or sentence names that line item or metric and that period: a figure
worked out from prose figures, another line item's row, another period's figure or a
quarter's figure for a year would be confidently wrong, which is worse than a refusal naming
what was not found. A metric the question defines itself, an average or a CAGR is never
quoted: nobody states those, so a quote could only be about something else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.answer.computed import asked_period
from assistant.core.answer.label_named import names_label
from assistant.core.answer.row_dates import balance_row_named
from assistant.core.answer.row_names import phrase_in
from assistant.core.answer.row_part import part_doubt
from assistant.core.answer.text import bare_label, naming_label, printed_label
from assistant.core.answer.units import figure_kind
from assistant.core.finance.catalogue_names import catalogue_pattern
from assistant.core.finance.concepts import CONCEPTS, clean_label, match_concept
from assistant.core.finance.facts import Fact
from assistant.core.finance.metrics import Period
from assistant.core.finance.periods import WEEK_SPANS, fiscal_year_of, quarters_and_years
from assistant.core.finance.plan import label_plan, plan_question
from assistant.core.finance.presentation import asked_as_size, label_names_direction
from assistant.core.finance.question_terms import TERM_PATTERNS
from assistant.core.finance.rate_nouns import names_a_rate
from assistant.core.finance.statements import PRIMARY_STATEMENTS
from assistant.core.numbers import Quantity
from assistant.core.wanted import HOW_MUCH

__all__ = ["StatementAsk", "quote_doubt", "statement_ask", "table_scale"]

_TITLES = {c.name: c.title for c in CONCEPTS}
_UNITS = {c.name: c.unit for c in CONCEPTS}
_TERMS = {name: rx for rx, name in TERM_PATTERNS}
_QUARTER_WORDS = re.compile(rf"\bquarter|\bthree\s+months|{WEEK_SPANS[3]}|\bQ[1-4]\b", re.I)
_YEAR_WORDS = re.compile(r"\b(?:full[\s-]+year|fiscal\s+(?:year\s+)?(?:19|20)\d\d|year\s+ended|twelve\s+months|"
                         rf"annual|for\s+the\s+year|fy\s*\d{{2,4}})\b|{WEEK_SPANS[12]}", re.I)
# "the fourth quarter of fiscal 2023" names a quarter, not the year.
_PART_OF_YEAR = re.compile(r"(?:quarter|months|weeks|\bQ[1-4]|half)\s+(?:of\s+|ended\s+)?(?:fiscal\s+(?:year\s+)?|FY\s*)?"
                           r"(?:19|20)\d\d", re.I)
_YTD_WORDS = re.compile(rf"\b(?:six|nine)\s+months|\bfirst\s+half|{WEEK_SPANS[6]}|{WEEK_SPANS[9]}|year[\s-]+to[\s-]+date", re.I)
# A year the question names as its period: "in 2021", "at the end of fiscal 2022", "December 31, 2020".
_PERIOD_YEAR = re.compile(r"(?:\b(?:in|at|for|during|of|fiscal|year|ended|ending|calendar)\s+|\bfy\s?|\d,?\s+|,\s+)"
                          r"((?:19|20)\d\d)\b", re.I)
_AT_END = re.compile(r"\b(?:end\s+of|as\s+of|at\s+(?:the\s+)?(?:close|end))\b", re.I)
# A figure on another basis than the statements' (the question asked for none: its plan would be None).
_OTHER_BASIS = re.compile(r"\b(?:adjusted|non-?gaap|organic|excluding|pro\s+forma|constant\s+currency|operational)\b", re.I)
# Rows whose figures are never amounts in the table's scale.
# (a rate only qualifying the line's noun, "Interest rate swaps", leaves an amount row: `finance.rate_nouns`)
_UNSCALED = re.compile(r"per\s+(?:share|unit)|\beps\b|\bratio\b|\bmargin\b|number\s+of|%", re.I)


_GENERIC = frozenset({"total", "other", "less", "plus", "items", "amounts", "subtotal"})
_COUNT_IN_SCALE = re.compile(r"\b(?:millions?|billions?|thousands?)\b", re.I)
_MONEY = re.compile(r"[$€£]|\b(?:usd|eur|gbp|dollars?|euros?)\b", re.I)
# "How much did it distribute? In millions": an amount of money, unless the question counts things.
_COUNTED = re.compile(r"\b(?:shares?|units?|stores?|employees?|customers?|subscribers?|aircraft|vehicles?)\b", re.I)


def _asks_money(question: str) -> bool:
    return bool(_MONEY.search(question) or (HOW_MUCH.search(question) and not _COUNTED.search(question)))


@dataclass(frozen=True)
class StatementAsk:
    """What a statement-figure question asks: its name, how text names it, and its period."""

    what: str  # "gross margin", "revenue"
    kind: str  # the plan's kind: lookup, formula, growth, cagr, average
    concept: str | None  # the line item, for lookups and growth
    names: re.Pattern[str] | None  # how a sentence names it; None: nothing may be quoted
    period: Period
    question: str = ""  # a row named by its label (or a lookup's part, "in Asia"): the question naming it

    @property
    def period_text(self) -> str:
        """"for FY2023", "at June 30, 2023" (a balance is at its date)."""
        label = self.period.label
        return label if label.startswith("at ") else f"for {label}"

    def refusal(self) -> str:
        if self.kind == "label":
            return f"No table row found is labelled as the question names it {self.period_text}."
        return (f"The statements in the library give no {self.what} {self.period_text}, and no passage "
                f"states it for that period in its own words.")


def statement_ask(question: str) -> StatementAsk | None:
    """The statement figure `question` asks for, or None when it asks for something else (a
    qualified or segment figure, prose, a row named only by its printed label)."""
    plan = plan_question(question)
    if plan is None and (named := label_plan(question)) is not None and named.kind == "average":
        plan = named  # a qualified row's mean over years ("the segment's average ... over 2019-2021")
    if plan is None or not plan.periods:
        return None
    period = plan.periods[0]
    if plan.kind == "average" and plan.concept is None:  # a row's mean over years: never stated, never quoted
        return StatementAsk("average", plan.kind, None, None, period)
    if plan.kind == "formula":
        names = None if plan.defined or plan.metric is None else catalogue_pattern(plan.metric.name)
        return StatementAsk(plan.title, plan.kind, None, names, period)
    if plan.concept is None:
        # A row the question names by its printed label ("total deposits"): a quoted row must carry
        # that label whole, not a part of it ("total deposits in non-U.S. offices").
        return StatementAsk("row asked", "label", None, None, period, question) if plan.kind == "lookup" else None
    what = _TITLES.get(plan.concept, plan.concept.replace("_", " "))
    if plan.kind in ("cagr", "average"):
        return StatementAsk(f"{what} {plan.title}", plan.kind, plan.concept, None, period)
    if plan.kind == "growth":
        return StatementAsk(f"{what} growth", plan.kind, plan.concept, _TERMS.get(plan.concept), period)
    return StatementAsk(what, plan.kind, plan.concept, _TERMS.get(plan.concept), period, question)


def quote_doubt(ask: StatementAsk, text: str, figure: Quantity, *, row: bool, header: str,
                doc_period: str | None = None) -> str | None:
    """Why the figure `figure` of the row or sentence `text` (under `header`) must not answer
    `ask`, or None when it names the asked item and period. A sentence that names no year at all
    is read as about its filing's period (`doc_period`, "FY2023", "Q2 2023")."""
    before = text[: figure.start]
    label = bare_label(before).strip()
    if ask.kind == "label":
        subject = _subject_words(header)
        # the words before its first bracket, or all its words but a bracketed alternative
        # ("income from operating investments, net" of "(Loss)/income from operating investments, net")
        owns = [o for o in dict.fromkeys((clean_label(label), clean_label(naming_label(before)))) if o]
        exact = not row or any(phrase_in(o, ask.question, subject) for o in owns)
        # the label as printed, or in the question's own order and inflection ("diluted weighted-average shares")
        if not exact and not any(names_label(o, ask.question, subject) for o in owns) and not balance_row_named(
                ask.question, text, header, figure_last=not text[figure.end :].strip(" $)%")):
            return f'the closest row is "{label}", which the question does not name'
        if not exact and figure.scale is None and _COUNT_IN_SCALE.search(ask.question) and not _asks_money(ask.question):
            # "Millions of shares" asked: the answer states a count without the table's scale (it is
            # read for amounts only), which a paraphrased label does not make up for
            return f'the closest row "{label}" gives a count without its scale'
        if not exact and figure.raw.lstrip().startswith("(") and not label_names_direction(label) and not asked_as_size(
                ask.question, printed_label(before)):
            # "(224)" under "(income)/loss", "Plus: Net loss ... (604)": which way the line went is
            # the table's convention, not said by a label read in the question's own words
            return f'the closest row "{label}" brackets its figure and does not say which way it went'
        if not row and (year := _year_doubt(ask, text, doc_period)):
            return year
        # A sentence about a part of the year does not answer the year ("the quarterly dividend was
        # $0.50 in 2021"); a year in it may name something else ("the 2023 credit agreement").
        # A question about a point in time ("at the end of fiscal 2022") or a part of the year itself
        # is answered by such a sentence ("ended the fourth quarter with 1,355 stores").
        if row or _AT_END.search(ask.question) or _QUARTER_WORDS.search(ask.question) or _YTD_WORDS.search(ask.question):
            return None
        return _part_of_year(ask.period, text)
    if ask.names is None:
        return f"a {ask.what} is not stated in the documents; it must be worked out from the statements"
    if row:
        heading = header.strip().splitlines()[-1] if header.strip() else ""
        if (ask.concept is not None and _UNITS.get(ask.concept) == "shares" and figure.scale is None
                and _COUNT_IN_SCALE.search(ask.question)):
            # "Millions of shares" asked: a note's row quoted without its table's scale states another
            # count (the statement's own line, read with its scale, answers it)
            return f'the closest row "{label}" gives a count without its scale'
        if ask.concept is not None and ask.kind == "lookup":
            # "revenue from customers in Asia": the row "Asia" of a revenue table (its title checked by
            # metric_check) is the part the question names, not another line item.
            own = clean_label(label)
            named = bool(ask.question and set(re.findall(r"[a-z]{4,}", own)) - _GENERIC) and phrase_in(
                own, ask.question, set())
            if match_concept(label, heading) != ask.concept:
                if not named:
                    return f'the closest row is "{label}", not {ask.what}'
                if why := part_doubt(ask.question, ask.names, own, text, figure, header, ask.period):
                    return why
        elif not ask.names.search(label):
            return f'the closest row is "{label}", not {ask.what}'
    elif not ask.names.search(text):
        return f"the closest sentence does not name {ask.what}"
    if m := _OTHER_BASIS.search(label if row else text):
        return f'the closest figure is {m.group().lower()}, not as the statements report it'
    if ask.kind == "growth" and figure_kind(figure) != "percent":
        return "the closest figure is an amount, not a growth rate"
    if not row and doc_period and not quarters_and_years(text)[1] and doc_period == asked_period(ask.period):
        return None  # "Revenue rose 12% to $48.3 million" in the asked quarter's own release
    return _period_doubt(ask.period, text if not row else f"{header}\n{text}")


def _subject_words(header: str) -> set[str]:
    """The words of a table's title (the header's last two lines): a question may set the table's
    subject inside a row's label ("increases in unrecognized tax benefits related to current year
    tax positions" names the row "Increases related to current year tax positions" of a table of
    unrecognized tax benefits)."""
    title = " ".join(header.strip().splitlines()[-2:]).lower()
    words = {w for w in re.findall(r"[a-z]+", title) if len(w) >= 3}
    return words | {"in", "on", "for", "to"} if words else set()  # "increases in <subject>", "additions to <subject>"


def _year_doubt(ask: StatementAsk, text: str, doc_period: str | None) -> str | None:
    """A sentence quoted for a row asked by its label names a year the question names as its
    period, or names none and sits in a filing of such a year ("As of December 31, 2021, ... $7
    billion" does not answer December 31, 2020). A year naming something else ("the 2023 credit
    agreement", "notes due 2028") asks nothing of the sentence."""
    asked = {int(m.group(1)) for m in _PERIOD_YEAR.finditer(ask.question)}
    years = quarters_and_years(text)[1] or quarters_and_years(doc_period or "")[1]
    return None if not asked or not years or years & asked else f"the closest sentence does not name {ask.period.label}"


def _period_doubt(p: Period, text: str) -> str | None:
    quarters, years = quarters_and_years(text)
    asked_years = {y for y in (p.fiscal_year, p.end.year if p.end else None,
                               fiscal_year_of(p.end) if p.end else None) if y}
    if asked_years and not years & asked_years:
        return f"the closest figure's row or sentence does not name {p.label}"
    if p.months == 3 and not (_QUARTER_WORDS.search(text) or (p.quarter and p.quarter in quarters)):
        return f"the closest figure is not a quarter's ({p.label})"
    if p.months == 3 and p.quarter and quarters and p.quarter not in quarters:
        return f"the closest figure is for another quarter than {p.label}"
    if part := _part_of_year(p, text):
        return part
    if p.months in (6, 9) and not _YTD_WORDS.search(text):
        return f"the closest figure is not for the first {p.months} months of the year"
    return None


def _part_of_year(p: Period, text: str) -> str | None:
    if p.months == 12 and (_QUARTER_WORDS.search(text) or _YTD_WORDS.search(text)) and not _YEAR_WORDS.search(
            _PART_OF_YEAR.sub(" ", text)):
        return f"the closest figure is a part of the year, not the whole of {p.label}"
    return None


def table_scale(facts: list[Fact], doc_id: str, page: int, label: str) -> str | None:
    """The scale the statement facts read for a table row on `page` of `doc_id` (the page's
    heading may be in another passage than the row quoted); for a page no facts were read from,
    the one scale all the filing's statements use; else None."""
    if _UNSCALED.search(label) or names_a_rate(label):
        return None
    usd = [f for f in facts if f.doc_id == doc_id and f.unit == "USD" and not f.extra.get("scale_assumed")]
    scales = {f.scale for f in usd if f.page == page}
    if not scales:  # a notes table no facts were read from: the one scale the filing's statements use
        scales = {f.scale for f in usd if f.statement in PRIMARY_STATEMENTS}
    return scales.pop() if len(scales) == 1 else None
