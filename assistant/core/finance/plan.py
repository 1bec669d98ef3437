"""From a question to a metric plan: what to compute, over which periods, rounded how.

`plan_question(text)` reads a question such as "What was Best Buy's gross margin in fiscal
2019 (the year ended February 2, 2019)? One decimal." into a `Plan`: the metric (a catalogue
formula, a formula the question defines itself, or growth / CAGR / an average / a plain line
item), the periods (fiscal years, quarters, year-to-date, or dates, in the order the question
names them), the decimals and the scale asked for. Questions about adjusted, organic, segment
or otherwise qualified figures get no plan: statements do not hold those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.core.finance.asked import (
    CAUSE_ASKED,
    EFFECT,
    HOW_MUCH_MORE,
    LATER_HALF,
    MARGIN_AFTER,
    MOVE,
    MOVED,
    PER_PART,
    PER_SHARE,
    RATE_ASKED,
    SUM_OR_EXTREME,
    TO_ANOTHER,
    X_TO_Y,
    change_asked_in_amount,
    every_year,
    level_asked,
    years_before,
)
from assistant.core.finance.cash_flow_lines import cash_flow_line
from assistant.core.finance.catalogue_names import ATTRIBUTABLE, CATALOGUE_RES, catalogue_pattern
from assistant.core.finance.concepts import concept as concept_of
from assistant.core.finance.metrics import METRICS, Metric, Period
from assistant.core.finance.own_measures import rows_carry_qualifiers
from assistant.core.finance.periods import fiscal_year_of
from assistant.core.finance.presentation import OUTFLOWS
from assistant.core.finance.question_periods import (
    filing_hints,
    period_year,
    prior_column,
    question_periods,
)
from assistant.core.finance.question_terms import QUESTION_TERMS as QUESTION_TERMS  # re-exported
from assistant.core.finance.question_terms import question_concept
from assistant.core.finance.stated_money import money_in_scale

# "average revenue per account", "average spending per card": a figure per unit the filing states,
# not an average of the line over periods (a year, quarter or share is a period or per-share figure)
_PER_UNIT = re.compile(r"(?i)\baverage\s+(?:[\w&-]+\s+){1,4}per\s+(?!(?:year|quarter|month|week|day|annum|share|"
                       r"diluted|basic)\b)[a-z]")
__all__ = ["OUTFLOWS", "Plan", "asked_decimals", "catalogue_pattern", "plan_question", "printed_plan", "question_concept", "question_formula"]


# Figures statements do not hold: adjusted, organic, by segment, guidance, per-share dividends...
_QUALIFIED = re.compile(
    r"\b(?:adjusted|underlying|normali[sz]ed|non-?gaap|core|organic|operational|excluding|ex-|segment|guidance|outlook|forecast|recast|"
    r"leaving\s+out|stripping\s+out|setting\s+aside|apart\s+from|"
    r"expects?|expected|expectations?|assumes?|assumed|assumptions?|implied|targets?|projected|projections?|headwinds?|"
    r"tailwinds?|"
    r"continuing[\s-]+operations|pro\s+forma|constant\s+currency|per\s+employee|backlog|same[\s-]+store|comparable)\b",
    re.I,
)
_COMPARABLE_PERIOD = re.compile(r"\bcomparable\s+(?:prior[\s-]+year\s+|prior\s+|year[\s-]+ago\s+)?(?:quarter|period|year)\b", re.I)
_RESTATED = re.compile(r"\b(?:recast|restated|restatement|as\s+revised|continuing[\s-]+operations)\b", re.I)
_RESTATED_WORDS = re.compile(r"\b(?:recast|restated|continuing[\s-]+operations(?:\s+basis)?|excluding\s+[\w\s]+?(?=[,.;)?]|$))",
                             re.I)
# Why / what-drove / yes-no / which questions want prose or a choice, not one figure.
_NOT_A_FIGURE = re.compile(
    r"^\s*(?:why|explain|describe|which|who|is|are|was|were|did|does|do|has|have|can|could|should|will|would)\b|"
    r"^[^?,]{0,60},\s*(?:why|which|who)\b|"  # "For Pfizer, which region ..."
    # what moved a line ("What lifted its gross margin?"); as the company tells it, `asked.CAUSE_ASKED`
    r"^\s*what\s+(?:drove|caused|explains?|lifted|boosted|"
    r"held\s+back|weighed\s+on|were\s+the\s+(?:drivers|reasons|factors))\b|^\s*how\s+(?:did|does)\s+[^?]*\b"
    r"(?:perform|compare)\b(?![\s\S]*(?:percent|%|\brate\b))",
    re.I,
)


def _not_a_figure(text: str) -> bool:
    """A question asking a reason, a name or a yes/no, not a figure of a line."""
    return bool(_NOT_A_FIGURE.match(text) or CAUSE_ASKED.search(text))


# The answer is relative (a percentage, share or ratio), not an amount.
_RELATIVE = re.compile(r"\b(?:percent(?:age)?|share\s+of|ratio|proportion|fraction)\b|%", re.I)
# "Percent, two decimals", "to one decimal place", "to the nearest tenth", "rounded to a whole number"
_DECIMALS = re.compile(r"\b(one|two|three|four|zero|no|\d)\s+decimals?\b|\b(?:nearest\s+)(whole|integer|tenth|hundredth)"
                       r"|\b(?:to|as)\s+an?\s+(whole)\s+(?:number|percent(?:age)?)\b", re.I)
_WORD_N = {"zero": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "whole": 0, "integer": 0, "tenth": 1, "hundredth": 2}


@dataclass
class Plan:
    kind: str  # lookup, formula, growth, cagr, average
    title: str
    unit: str  # percent, ratio, days, USD, USD/share, shares
    family: str
    periods: list[Period]
    concept: str | None = None  # the line item (lookup, growth, CAGR, average)
    metric: Metric | None = None
    formula: str | None = None
    decimals: int | None = None
    scale: str | None = None  # million / billion when the question asks for one
    defined: bool = False  # the question gave the formula
    filings: list[str] = field(default_factory=list)  # filings the question names: "FY2022" for "its 2022 Form 10-K"
    restated: bool = False  # asks for restated figures: the latest filing reporting the period comes first


def asked_decimals(text: str) -> int | None:
    """The decimals a question asks for ("Percent, two decimals" -> 2), else None."""
    m = _DECIMALS.search(text)
    if not m:
        return None
    word = (m.group(1) or m.group(2) or m.group(3)).lower()
    return int(word) if word.isdigit() else _WORD_N[word]


def _scale(text: str) -> str | None:
    m = re.search(r"\b(?:usd|us\$|\$|dollars?)\s+(millions?|billions?|thousands?)\b|\bin\s+(millions|billions|thousands)\b", text, re.I)
    return (m.group(1) or m.group(2)).lower().rstrip("s") if m else None


def question_formula(text: str) -> str | None:
    """The formula of the metric a question names ("inventory turnover") or defines itself, else None.

    Unlike `plan_question` this holds for qualified and periodless questions too: search only
    wants to know which statements the inputs are on."""
    from assistant.core.finance.definitions import defined_formula
    from assistant.core.finance.ratio_wording import ratio_formula

    defined = defined_formula(text)
    if defined is not None:
        return defined[0]
    for rx, name in CATALOGUE_RES:
        if rx.search(text):
            return METRICS[name].formula
    ratio = ratio_formula(text)
    return ratio[0] if ratio is not None else None


def plan_question(question: str) -> Plan | None:
    """The computation a question asks for, or None when it is not a statement figure."""
    plan = _plan(question)
    if plan is not None and plan.kind in ("lookup", "formula") and plan.unit == "percent" and money_in_scale(question):
        # "how much of its tax benefits would lower the effective tax rate? USD millions": an amount
        # is asked, the rate it names is no figure to compute
        return None
    if plan is not None:
        plan.restated = bool(_RESTATED.search(question))
        back = years_before(question)
        if back and plan.kind in ("lookup", "formula"):
            plan.periods = [p.shifted(-back) for p in plan.periods]  # "a year before June 30, 2023"
        if plan.kind in ("lookup", "formula") and (prior := prior_column(question)) is not None:
            asked, filing = prior
            plan.periods = [asked]
            if filing not in plan.filings:
                plan.filings.append(filing)
    return plan


_OPENING_AND_CLOSING = re.compile(r"\b(?:opening\s+and\s+closing|beginning\s+and\s+end(?:ing)?|start\s+and\s+end)\b", re.I)
_CHANGE = re.compile(r"\bchange[ds]?\s+(?:in|of)\b|\b(?:increase|decrease|decline|rise|drop|fall)[ds]?\s+(?:in|of)\b", re.I)


def printed_plan(question: str, catalogue_rows: bool = False) -> Plan | None:
    """The plan of a metric the question defines over lines named as printed (operands no concept
    covers, `row_...`), or None when it defines none such; `catalogue_rows`: also for a catalogue
    metric the question names (`definitions.defined_formula`)."""
    plan = _plan(question, labels=True, catalogue_rows=catalogue_rows)
    if plan is None or not plan.defined:
        return None
    if "row_" not in (plan.formula or "") and _defined_without_labels(question, catalogue_rows):
        return None  # over concepts only, and read so without labels: the statement plan answers it
    # (a bare "goodwill plus intangible assets" is read only as lines named as printed, concepts or not)
    plan.restated = bool(_RESTATED.search(question))
    return plan


def _defined_without_labels(question: str, catalogue_rows: bool) -> bool:
    """Whether the question defines its metric in words read without lines named as printed."""
    from assistant.core.finance.definitions import defined_formula

    return defined_formula(level_asked(question.strip()), False, catalogue_rows) is not None


def _plan(question: str, labels: bool = False, catalogue_rows: bool = False) -> Plan | None:
    text = level_asked(question.strip())  # a level asked from a move handed over: the level
    # A restated basis ("recast to continuing operations (excluding Consumer Health)") is still a
    # statement figure: the later filing that restated it holds it.
    plain = _RESTATED_WORDS.sub(" ", re.sub(r"\([^)]*\)", " ", text)) if _RESTATED.search(text) else text
    plain = _COMPARABLE_PERIOD.sub(" ", plain)  # "the comparable prior-year quarter" is a column, not same-store
    if _not_a_figure(text) or LATER_HALF.search(text):
        return None
    from assistant.core.finance.definitions import defined_formula

    qualified = _qualifier_words(plain)
    defined = defined_formula(text, labels, catalogue_rows) if labels or not qualified else None
    if qualified and not (labels and defined is not None and rows_carry_qualifiers(qualified, defined[0])):
        return None  # a basis the statements lack, unless the company's own measures are the printed rows it defines over
    periods = question_periods(text)
    if not periods:
        return None
    decimals, scale = asked_decimals(text), _scale(text)
    hints = filing_hints(text)
    if defined is not None:
        formula, unit, title = defined
        # over an average of two year-ends: the later one, and of that year its span before its date (a flow divided
        # by the average balance is the year's: "2021 cost of sales over the average of the Dec 31, 2021 and 2020 ...")
        later = max(periods[:2], key=lambda p: (period_year(p)[0], p.months > 0, period_year(p)[1]))
        return Plan("formula", title, unit, "defined",
                    [later] if "avg(" in formula else periods[:1], formula=formula, decimals=decimals,
                    scale=scale, defined=True, filings=hints)
    if (line := cash_flow_line(text)) is not None and not (RATE_ASKED.search(text) or SUM_OR_EXTREME.search(plain)):
        # "the change in accounts payable in operating cash flow": the cash flow statement's row
        return Plan("lookup", "", "same", "lookup", periods[:1], line, decimals=decimals,
                    scale=scale, filings=hints)
    from assistant.core.finance.defined_parts import defines_own_terms, part_defined

    if (part := part_defined(text, labels)) is not None:  # "Taking total debt as A plus B, what was debt-to-equity?"
        return Plan("formula", part[2], part[1], "defined", periods[:1], formula=part[0], decimals=decimals,
                    scale=scale, defined=True, filings=hints)
    if defines_own_terms(text):
        return None  # its own terms, which its lines could not be read as: never the catalogue's formula instead
    averaged = len(periods) >= 2 and bool(re.search(r"\baverage\b", text, re.I))
    for rx, name in CATALOGUE_RES:
        if (found_metric := rx.search(text)) is not None:
            if name in ATTRIBUTABLE and re.search(r"attributable", text, re.I):
                name = ATTRIBUTABLE[name]
            metric = METRICS[name]
            if metric.unit == "USD" and MARGIN_AFTER.match(text[found_metric.end():]):
                # "free cash flow margin": the amount over revenue, not the amount
                return Plan("formula", f"{metric.title} margin", "percent", "margin", periods[:1],
                            formula=f"({metric.formula}) / revenue", decimals=decimals, scale=scale, defined=True,
                            filings=hints)
            if averaged and "avg(" not in metric.formula:  # "the FY2015 - FY2017 3 year average net profit margin"
                return Plan("average", f"average {metric.title}", metric.unit, metric.family, periods, metric=metric,
                            formula=metric.formula, decimals=decimals, scale=scale, filings=hints)
            return Plan("formula", metric.title, metric.unit, metric.family, periods[:1], metric=metric,
                        formula=metric.formula, decimals=decimals, scale=scale, filings=hints)
    from assistant.core.finance.ratio_wording import ratio_formula, share_of_whole

    ratio = ratio_formula(text, labels)
    if ratio is not None:
        formula, unit, title = ratio
        return Plan("formula", title, unit, "share" if share_of_whole(text) else "ratio", periods[:1], formula=formula, decimals=decimals, scale=scale,
                    defined=True, filings=hints)
    if EFFECT.search(plain) or SUM_OR_EXTREME.search(plain):
        # What moved a line item, a part of one, a total over several periods or the highest of
        # them: not the line item for the one period a lookup would read.
        return None
    found = question_concept(text)
    concept = found[0] if found is not None else None
    if concept is None and (over := _averaged_over(text, periods)) is not None:
        # "average G&A over 2020-2022": the mean of the row named by its label, never one year of it
        return Plan("average", "average", "same", "average", over, None, decimals=decimals, scale=scale, filings=hints)
    if concept is None and not _asks_growth(text):
        if _RELATIVE.search(text) or X_TO_Y.search(text):
            return None  # a share or ratio asked ("debt-to-assets"): a row's amount is not it
        # No line item the vocabulary knows: a row named by its printed label, looked up.
        return Plan("lookup", "", "same", "lookup", periods[:1], None, decimals=decimals, scale=scale, filings=hints)
    if concept is not None and PER_SHARE.search(text) and concept_of(concept).unit != "USD/share":
        return None  # a per-share figure asked of a total's line ("dividends paid per share"), its growth too
    if _COMPOUNDED.search(text):  # a rate compounded over the years asked: never the simple growth between them
        years = sorted(periods, key=lambda p: (p.fiscal_year or (fiscal_year_of(p.end) if p.end else 0)))
        if len(years) < 2:
            return None
        return Plan("cagr", "compound annual growth rate", "percent", "cagr", [years[0], years[-1]], concept,
                    decimals=decimals, scale=scale, filings=hints)
    if change_asked_in_amount(text):
        # "By how much did revenue grow? USD millions": the change in dollars, not a rate or the level
        named = sorted({period_year(p)[0] for p in periods}, reverse=True)
        if concept is None or len(named) > 2 or (len(named) == 2 and named[0] - named[1] != 1):
            return None  # a change over more than a year is not one statement's comparative
        term = f"abs({concept})" if concept in OUTFLOWS else concept
        latest = max(periods, key=period_year)
        return Plan("formula", f"{concept_of(concept).title} change", "USD", "change", [latest],
                    formula=f"{term} - prev({term})", decimals=decimals, scale=scale, defined=True, filings=hints)
    if concept is None:  # the growth of a row named by its label ("net interest income")
        return _growth(text, periods, None, decimals, scale, hints)
    # "average" inside the line's own name ("weighted-average diluted shares") asks no average over periods
    if re.search(r"\baverage\b|\bmean\b", text[: found[1]] + " " + text[found[2]:] if found else text, re.I):
        if _PER_UNIT.search(text):
            return None  # "average revenue per account": a per-unit statistic, not the line over years
        if PER_PART.search(text) and len(periods) == 1 and periods[0].months == 12:
            return None  # an average per quarter or month of one year: no statement column holds it
        if (len(periods) == 1 and periods[0].months > 0 and _OPENING_AND_CLOSING.search(text)
                and concept_of(concept).statement == "balance_sheet"):
            # "the average of its opening and closing inventories for fiscal 2025": the mean of the balance at
            # the span's start and end, one period's average, as a turnover's denominator reads it
            return Plan("formula", f"average {concept_of(concept).title}", concept_of(concept).unit, "defined",
                        periods[:1], formula=f"avg({concept})", decimals=decimals, scale=scale, defined=True,
                        filings=hints)
        return Plan("average", "average", "same", "average", every_year(periods), concept, decimals=decimals,
                    scale=scale, filings=hints)
    if _asks_growth(text):
        return _growth(text, periods, concept, decimals, scale, hints)
    if (found is not None and concept is not None and MARGIN_AFTER.match(text[found[2]:])
            and concept_of(concept).statement != "balance_sheet" and concept != "revenue"):
        # "operating income margin": the line item over revenue
        term = f"abs({concept})" if concept in OUTFLOWS else concept
        return Plan("formula", f"{concept_of(concept).title} margin", "percent", "margin", periods[:1],
                    formula=f"{term} / revenue", decimals=decimals, scale=scale, defined=True, filings=hints)
    if (_RELATIVE.search(text) or _CHANGE.search(text) or HOW_MUCH_MORE.search(text)
            or (found is not None and TO_ANOTHER.match(text[found[2]:]))):
        # A share or a ratio of something this plan cannot name ("total liabilities to equity"), or a
        # change it cannot say is in dollars or percent: not the line item itself.
        return None
    return Plan("lookup", "", "same", "lookup", periods[:1], concept, decimals=decimals, scale=scale, filings=hints)


# A rate the question calls compound, "compound annual growth", "compound annual rate of change", "annual compound
# return", "compounded annually", is the CAGR from the first year named to the last.
_COMPOUNDED = re.compile(r"\bcompound(?:ed)?\s+(?:annual(?:ly)?|average)\b|\bannual(?:ly)?\s+compound|\bcompounded\b|\bcagr\b", re.I)
_GROWTH_WORD = re.compile(r"\bgrowth\b", re.I)
_CHANGE_WORD = re.compile(r"\bgr[eo]w(?:th|n)?\b|\bchange[ds]?\b|\bincrease[ds]?\b|\bdecrease[ds]?\b|\bdecline[ds]?\b|"
                          r"\b(?:rise|rises|rose|risen|fall|falls|fell|fallen|drop|dropped|climb|climbed)\b|\bcompare", re.I)
_RATE_WORD = re.compile(r"percent|%|\bhow\s+(?:fast|much)\b|\brate\b|year[\s-]+(?:over|on)[\s-]+year|\byoy\b", re.I)


def _asks_growth(text: str) -> bool:
    """"growth", or a change asked as a percent or a rate."""
    return bool(_GROWTH_WORD.search(text) or (_CHANGE_WORD.search(text) and _RATE_WORD.search(text)))


_FROM_TO = re.compile(r"(?i)\bfrom\b.+\bto\b|\bbetween\b.+\band\b")


def _growth(text: str, periods: list[Period], concept: str | None, decimals: int | None, scale: str | None,
            hints: list[str]) -> Plan:
    # "from FY2021 to FY2022" and "FY2022 compared with FY2021": the later period grows from the earlier.
    # "from fiscal 2021 to fiscal 2023" reads as the years 2021-2023: the growth is from the first to the last.
    ends = periods[:2]
    if len(periods) > 2 and _FROM_TO.search(text) and all(p.months == 12 and p.quarter is None for p in periods):
        ends = [min(periods, key=period_year), max(periods, key=period_year)]
    pair = sorted(ends, key=period_year, reverse=True)
    if len(pair) == 2 and pair[0].months != pair[1].months:
        # "the three months ended June 30, 2023 versus the same quarter of 2022": like periods are
        # compared, so a bare year beside a quarter or a year-to-date names that period's year.
        bare = [p for p in pair if p.months == 12 and p.end is None and p.quarter is None]
        if len(bare) == 1:
            spec = pair[1 - pair.index(bare[0])]
            shifted = spec.shifted(period_year(bare[0])[0] - period_year(spec)[0])
            pair = sorted([spec, shifted], key=period_year, reverse=True)
    return Plan("growth", "growth", "percent", "growth", pair, concept, decimals=decimals, scale=scale, filings=hints)


# "weighted-average shares", "average price paid per share", "average interest rate": lines of their own
_OWN_AVERAGE = re.compile(r"(?i)\bweighted[\s-]+average\b|\baverage\s+(?:[\w&-]+\s+){0,2}(?:prices?|rates?|yields?|"
                          r"balances?|costs?)\b")


def _averaged_over(text: str, periods: list[Period]) -> list[Period] | None:
    """The fiscal years a question averages a line over ("average ... over 2020 to 2022", "three-year
    average") or the dates of the balances it averages ("at December 31, 2021 and 2022"), or None: a
    weighted-average share count or a per-unit average is a line of its own, and so is an average a
    move is asked of ("how much did the average monthly balance rise")."""
    if (not re.search(r"\b(?:average|mean)\b", text, re.I) or _OWN_AVERAGE.search(text) or _PER_UNIT.search(text)
            or PER_PART.search(text) or _CHANGE_WORD.search(text) or HOW_MUCH_MORE.search(text)):
        return None
    years = every_year(periods)
    if len(years) >= 2 and all(p.months == 0 and p.end is not None for p in years):
        return years  # "the average of the balances at December 31, 2021 and 2022": never one date's balance
    return years if len(years) >= 2 and all(p.months == 12 for p in years) else None


def label_plan(question: str) -> Plan | None:
    """A lookup of a row the question names by its printed label, for a question the statement
    plan leaves alone because a qualifier narrows it ("worldwide sales excluding the vaccine",
    "Domestic segment revenue"): only a table row whose label carries those qualifiers answers it."""
    text = question.strip()
    if (_not_a_figure(text) or _RELATIVE.search(text) or _CHANGE.search(text) or MOVED.search(text)
            or (EFFECT.search(text) and MOVE.search(text))  # a business's growth: no row's level
            or X_TO_Y.search(text) or LATER_HALF.search(text) or HOW_MUCH_MORE.search(text)
            or SUM_OR_EXTREME.search(text) or (PER_PART.search(text) and re.search(r"\baverage\b", text, re.I)
                                                and len(periods := question_periods(text)) == 1 and periods[0].months == 12)):
        return None
    periods = question_periods(text)
    if not periods:
        return None
    if (over := _averaged_over(text, periods)) is not None:  # "the Domestic segment's average gross profit over ..."
        return Plan("average", "average", "same", "average", over, None, decimals=asked_decimals(text),
                    scale=_scale(text), filings=filing_hints(text))
    back = years_before(text)
    return Plan("lookup", "", "same", "lookup", [p.shifted(-back) for p in periods[:1]], None,
                decimals=asked_decimals(text), scale=_scale(text), filings=filing_hints(text))


def qualifiers(question: str) -> set[str]:
    """The narrowing words of a question ("excluding", "segment", "adjusted"), lower case."""
    return {w.lower() for w in _qualifier_words(question)}


# "reported (not adjusted) net earnings", "GAAP rather than underlying": a basis the question sets aside
# narrows nothing; it says the statements' own figure is asked.
_NEGATED = re.compile(r"(?i)\b(?:not|rather\s+than|instead\s+of)\s*$")


def without_negated(text: str) -> str:
    """`text` without the bases it sets aside ("reported (not adjusted) net earnings" -> "reported ( ) net earnings")."""
    return _QUALIFIED.sub(lambda m: " " if _NEGATED.search(text[max(0, m.start() - 16) : m.start()]) else m.group(), text)


def _qualifier_words(text: str) -> list[str]:
    return [m.group() for m in _QUALIFIED.finditer(text) if not _NEGATED.search(text[max(0, m.start() - 16) : m.start()])]
