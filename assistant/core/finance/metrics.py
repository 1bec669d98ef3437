"""Metrics: small formulas over concepts and periods, and their evaluation over facts.

A formula is a Python-style expression over concept names, read with `ast` (nothing is
executed): `gross_profit / revenue`, `365 * avg(inventories) / cost_of_sales`,
`cash_from_operations - abs(capex)`. In a formula a concept means its value for the asked
period (a balance-sheet concept: at the period's end); `avg(x)` is the mean of the opening
and closing balances (the prior year-end and this period's end); `prev(x)` is the same
period a year earlier; `abs(x)` drops the sign a cash flow statement prints outflows with.
Growth, CAGR and averages over several periods are built from the same lookups.
"""

from __future__ import annotations

import ast
import logging
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from assistant.core.finance.concepts import concept as concept_def
from assistant.core.finance.derived_spans import first_quarter_parts
from assistant.core.finance.facts import Fact
from assistant.core.finance.presentation import COSTS, is_magnitude

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}

logger = logging.getLogger(__name__)

__all__ = ["COSTS", "METRICS", "Evaluation", "Metric", "MissingInput", "Period", "evaluate", "find_fact", "formula_statements"]




@dataclass(frozen=True)
class Metric:
    name: str
    title: str
    family: str  # margin, growth, cagr, average, ratio, turnover, days, ebitda, fcf, ...
    formula: str
    unit: str  # percent, ratio, days, USD
    fallbacks: tuple[str, ...] = ()  # other formulas, tried in order when an input is missing


def _m(name: str, title: str, family: str, formula: str, unit: str, *fallbacks: str) -> Metric:
    return Metric(name, title, family, formula, unit, fallbacks)


METRICS: dict[str, Metric] = {m.name: m for m in (
    _m("gross_margin", "gross margin", "margin", "gross_profit / revenue", "percent",
       "(revenue - cost_of_sales) / revenue"),
    _m("operating_margin", "operating margin", "margin", "operating_income / revenue", "percent"),
    _m("net_margin", "net profit margin", "margin", "net_income / revenue", "percent"),
    _m("net_margin_attributable", "net profit margin", "margin", "net_income_attributable / revenue", "percent",
       "net_income / revenue"),
    _m("ebitda_margin", "EBITDA margin", "margin", "(operating_income + depreciation_amortization) / revenue", "percent"),
    _m("current_ratio", "current ratio", "ratio", "total_current_assets / total_current_liabilities", "ratio"),
    _m("quick_ratio", "quick ratio", "ratio", "(cash + short_term_investments + receivables) / total_current_liabilities",
       "ratio", "(cash + receivables) / total_current_liabilities"),
    _m("debt_to_equity", "debt-to-equity ratio", "ratio", "(short_term_debt + long_term_debt) / total_equity", "ratio",
       "long_term_debt / total_equity"),
    _m("lt_debt_to_equity", "long-term debt-to-equity ratio", "ratio", "long_term_debt / total_equity", "ratio"),
    _m("roa", "return on average assets", "ratio", "net_income / avg(total_assets)", "percent"),
    _m("roa_attributable", "return on average assets", "ratio", "net_income_attributable / avg(total_assets)", "percent",
       "net_income / avg(total_assets)"),
    _m("roe", "return on average equity", "ratio", "net_income / avg(total_equity)", "percent"),
    _m("roe_attributable", "return on average equity", "ratio", "net_income_attributable / avg(total_equity)", "percent",
       "net_income / avg(total_equity)"),
    _m("payout", "dividend payout ratio", "ratio", "abs(dividends_paid) / net_income", "percent"),
    _m("payout_attributable", "dividend payout ratio", "ratio", "abs(dividends_paid) / net_income_attributable", "percent",
       "abs(dividends_paid) / net_income"),
    _m("retention", "retention ratio", "ratio", "1 - abs(dividends_paid) / net_income", "percent"),
    _m("interest_coverage", "interest coverage", "ratio", "operating_income / abs(interest_expense)", "ratio"),
    _m("effective_tax_rate", "effective tax rate", "ratio", "income_tax / pretax_income", "percent"),
    _m("inventory_turnover", "inventory turnover", "turnover", "cost_of_sales / avg(inventories)", "ratio"),
    _m("receivables_turnover", "receivables turnover", "turnover", "revenue / avg(receivables)", "ratio"),
    _m("payables_turnover", "payables turnover", "turnover", "cost_of_sales / avg(accounts_payable)", "ratio"),
    _m("asset_turnover", "total asset turnover", "turnover", "revenue / avg(total_assets)", "ratio"),
    _m("fixed_asset_turnover", "fixed-asset turnover", "turnover", "revenue / avg(ppe_net)", "ratio"),
    _m("dio", "days inventory outstanding", "days", "365 * avg(inventories) / cost_of_sales", "days"),
    _m("dso", "days sales outstanding", "days", "365 * avg(receivables) / revenue", "days"),
    _m("dpo", "days payable outstanding", "days", "365 * avg(accounts_payable) / cost_of_sales", "days"),
    _m("ccc", "cash conversion cycle", "days", "365 * avg(inventories) / cost_of_sales + 365 * avg(receivables) / revenue"
       " - 365 * avg(accounts_payable) / cost_of_sales", "days"),
    _m("ebitda", "EBITDA", "ebitda", "operating_income + depreciation_amortization", "USD"),
    _m("fcf", "free cash flow", "fcf", "cash_from_operations - abs(capex)", "USD"),
    _m("capex_intensity", "capital expenditure intensity", "capex_intensity", "abs(capex) / revenue", "percent"),
    _m("working_capital", "working capital", "working_capital", "total_current_assets - total_current_liabilities", "USD"),
    _m("net_debt", "net debt", "defined", "short_term_debt + long_term_debt - cash", "USD"),
    # A company's debt: what falls due within a year (with the current portion of long-term debt) plus
    # the long-term debt, as the balance sheet prints them.
    _m("total_debt", "total debt", "defined", "short_term_debt + long_term_debt", "USD"),
)}


def formula_statements(formula: str) -> list[str]:
    """The statements a formula's inputs are reported on, in order of first use:
    "cost_of_sales / avg(inventories)" → income statement, balance sheet."""
    out: list[str] = []
    for node in ast.walk(ast.parse(formula, mode="eval")):
        if isinstance(node, ast.Name):  # avg, prev, abs are no concepts (KeyError)
            try:
                kind = concept_def(node.id).statement
            except KeyError:
                continue
            if kind not in out:
                out.append(kind)
    return out


@dataclass(frozen=True)
class Period:
    """An asked period: a fiscal year, a quarter or a year-to-date (by fiscal label), or the
    period of that length ending on a date. `months` 0 asks for a balance at a date."""

    months: int  # 12, 3, 6, 9; 0 = an instant
    fiscal_year: int | None = None
    quarter: int | None = None
    end: date | None = None

    @property
    def label(self) -> str:
        if self.end is not None and self.fiscal_year is None:
            return f"{'at ' if self.months == 0 else ''}{self.end:%B} {self.end.day}, {self.end.year}"
        if self.months == 3 and self.quarter:
            return f"Q{self.quarter} FY{self.fiscal_year}"
        if self.months in (6, 9):
            return f"{self.months}M FY{self.fiscal_year}"
        return f"FY{self.fiscal_year}"

    @property
    def part_of_year(self) -> bool:
        """A quarter, half or nine months: a span the annual statements' columns do not print."""
        return self.months in (3, 6, 9)

    def reported_through(self, facts: list[Fact]) -> bool:
        """Whether the statements' facts run to the end of this part of a year or later: a fact of
        its fiscal year reaching as far into it (a year's total for any quarter of it, "6M FY2023"
        for its second quarter), or one dated at or after its end. A quarter after the last filing
        the library holds is in none of its documents."""
        need = 3 * self.quarter if self.months == 3 and self.quarter else self.months
        for f in facts:
            if self.end is not None and f.period_end >= self.end:
                return True
            if self.fiscal_year is not None and f.fiscal_year == self.fiscal_year:
                m = re.match(r"(?:Q(\d)|(\d+)M)\s+FY", f.period)
                reach = 12 if m is None else (3 * int(m.group(1)) if m.group(1) else int(m.group(2)))
                if reach >= need:
                    return True
        return False

    def shifted(self, years: int) -> Period:
        end = None
        if self.end is not None:
            end = self.end - timedelta(days=round(365.25 * -years))
        fy = self.fiscal_year + years if self.fiscal_year is not None else None
        return Period(self.months, fy, self.quarter, end)

    def instant(self) -> Period:
        """The balance-sheet date this period ends on: a half year or nine months of a fiscal year
        ends on its second or third quarter's balance sheet, not on the year-end."""
        quarter = self.quarter if self.months == 3 else None
        if self.months in (6, 9) and self.end is None:
            quarter = self.months // 3
        return Period(0, self.fiscal_year if self.months in (0, 12) or self.end is None else None,
                      quarter, self.end)

    def opening(self) -> Period:
        """The balance at the start of the span: the prior fiscal year-end for a year, a half year
        or nine months; the prior quarter-end for a quarter; for a span ending on a date, the
        balance that many months before it."""
        if self.end is not None and self.months in (0, 12):
            return Period(0, None, None, self.end - timedelta(days=364))
        if self.end is not None and self.part_of_year:
            return Period(0, None, None, self.end - timedelta(days=round(self.months * 30.44)))
        if self.months == 3 and self.quarter and self.quarter > 1:
            return Period(0, self.fiscal_year, self.quarter - 1)
        return Period(0, (self.fiscal_year or 0) - 1)


class MissingInput(LookupError):
    """A fact a formula needs is not in the library."""

    def __init__(self, concept: str, period: Period) -> None:
        super().__init__(f"{concept} for {period.label}")
        self.concept = concept
        self.period = period


def _matches(fact: Fact, period: Period, instant: bool) -> bool:
    months = 0 if instant else period.months
    if fact.duration_months != months:
        return False
    if period.end is not None:
        return abs((fact.period_end - period.end).days) <= 7 and (
            period.fiscal_year is None or instant or fact.fiscal_year == period.fiscal_year
        )
    if months == 0:
        if period.quarter:  # the fourth quarter's end is the year-end balance
            return fact.period in (f"Q{period.quarter} FY{period.fiscal_year}",) + (
                (f"FY{period.fiscal_year}",) if period.quarter == 4 else ())
        return fact.period == f"FY{period.fiscal_year}"
    if months == 3:
        return fact.period == f"Q{period.quarter} FY{period.fiscal_year}"
    if months in (6, 9):
        return fact.period == f"{months}M FY{period.fiscal_year}"
    return fact.period == f"FY{period.fiscal_year}"


def find_fact(facts: list[Fact], concept: str, period: Period, prefer: list[str] | None = None) -> Fact | None:
    """The fact for a concept and period; facts come in preference order (asked filing first)."""
    labelled = False
    try:
        instant = concept_def(concept).instant
    except KeyError:  # a row named by its label: a balance when its facts are instants
        instant, labelled = any(f.concept == concept and f.duration_months == 0 for f in facts), True
    # A segment block's column that prints no span ("2023" over a 10-K's segment table, read as a value at
    # its date) is the year's result: a quarter or half asked is not it (`finance.table_blocks`).
    part_of_year = labelled and instant and period.months in (3, 6, 9)
    if instant and period.months != 0:
        period = period.instant()
    elif not instant and period.months == 0:
        if labelled:
            return None  # a balance asked ("loans at December 31"): a row of flows of that name is not it
        period = Period(12, period.fiscal_year, None, period.end)  # "2022 EBITDA" with a year-end balance
    for f in facts:
        if f.concept == concept and _matches(f, period, instant) and not (part_of_year and f.extra.get("block")):
            return f
    return None


@dataclass
class Evaluation:
    value: float
    inputs: list[tuple[str, Fact]] = field(default_factory=list)  # (role, fact), e.g. ("inventories (opening)", fact)
    formula: str = ""
    expression: str = ""  # the arithmetic over x1, x2, ... (the inputs in order): what a verifier recomputes


_OPS: dict[type, tuple[Callable[[float, float], float], str]] = {
    ast.Add: (operator.add, "+"), ast.Sub: (operator.sub, "-"), ast.Mult: (operator.mul, "*"),
    ast.Div: (operator.truediv, "/"), ast.Pow: (operator.pow, "**"),
}


def evaluate(formula: str, facts: list[Fact], period: Period, used: list[tuple[str, Fact]] | None = None) -> Evaluation:
    """Evaluate a formula for a period over facts (in preference order); raises MissingInput.
    `used` collects the inputs across several evaluations (growth, averages) so that the
    expression's x1, x2, ... number them once."""
    tree = ast.parse(formula, mode="eval")
    used = [] if used is None else used

    def look(name: str, p: Period, role: str) -> tuple[float, str]:
        fact = find_fact(facts, name, p)
        if fact is None and (parts := first_quarter_parts(facts, name, p.months, p.fiscal_year, p.quarter, p.end)):
            # a first quarter no column prints: the half's figure less the second quarter's, of one document
            (whole, whole_text), (part, part_text) = (one(name, f, role) for f in parts)
            return whole - part, f"({whole_text} - {part_text})"
        if fact is None:
            raise MissingInput(name, p)
        return one(name, fact, role)

    def one(name: str, fact: Fact, role: str) -> tuple[float, str]:
        index = next((i for i, (_, f) in enumerate(used) if f is fact), None)
        if index is None:
            used.append((role, fact))
            index = len(used) - 1
        # Statements print costs and outflows either way ("Cost of sales (11,723)"): a cost, or a row whose
        # label names its direction, counts as its size (finance/presentation.py).
        value, text = ((abs(fact.value), f"abs(x{index + 1})") if is_magnitude(name, fact.label, fact.row, fact.statement)
                       else (fact.value, f"x{index + 1}"))
        # Amounts from pages of another scale (a release in thousands, a 10-K in millions) are
        # brought to the first amount's scale, the factor written into the expression.
        first = next((f for _, f in used if f.unit == fact.unit and f.scale), None)
        if fact.unit == "USD" and first is not None and fact.scale and fact.scale != first.scale:
            factor = _SCALES.get(fact.scale, 1.0) / _SCALES.get(first.scale or "", 1.0)
            return value * factor, f"({text} * {factor!r})"
        return value, text

    def ev(node: ast.AST, p: Period) -> tuple[float, str]:
        if isinstance(node, ast.Expression):
            return ev(node.body, p)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return float(node.value), repr(node.value)
        if isinstance(node, ast.Name):
            return look(node.id, p, node.id)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            v, t = ev(node.operand, p)
            return -v, f"-{t}"
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            fn, sym = _OPS[type(node.op)]
            (lv, lt), (rv, rt) = ev(node.left, p), ev(node.right, p)
            return fn(lv, rv), f"({lt} {sym} {rt})"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and len(node.args) == 1:
            fn_name, arg = node.func.id, node.args[0]
            if fn_name == "abs":
                v, t = ev(arg, p)
                return abs(v), t if t.startswith("abs(") and _closing_at_end(t) else f"abs({t})"
            if fn_name == "prev":
                return ev(arg, p.shifted(-1))
            if fn_name == "avg" and isinstance(arg, ast.Name):
                closing = look(arg.id, p.instant() if p.months else p, f"{arg.id} (closing)")
                opening = look(arg.id, p.opening(), f"{arg.id} (opening)")
                return (opening[0] + closing[0]) / 2, f"(({opening[1]} + {closing[1]}) / 2)"
        raise ValueError(f"unsupported formula: {ast.unparse(node)}")

    value, expression = ev(tree, period)
    return Evaluation(value, used, formula, expression)


def _closing_at_end(text: str) -> bool:
    """ "abs(x1)" but not "abs(x1) - abs(x2)": the first parenthesis closes at the end."""
    depth = 0
    for i, ch in enumerate(text):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0 and ch == ")":
            return i == len(text) - 1
    return False


def run_expression(expression: str, values: list[float]) -> float:
    """Recompute an expression over x1, x2, ... (what the verifier does with the cited inputs)."""
    env = {f"x{i + 1}": v for i, v in enumerate(values)}

    def ev(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return float(node.value)
        if isinstance(node, ast.Name) and node.id in env:
            return env[node.id]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -ev(node.operand)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)][0](ev(node.left), ev(node.right))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "abs" and len(node.args) == 1:
            return abs(ev(node.args[0]))
        raise ValueError(f"not an arithmetic expression: {ast.unparse(node)}")

    return ev(ast.parse(expression, mode="eval"))


def growth(facts: list[Fact], concept: str, period: Period, prior: Period | None = None) -> Evaluation:
    used: list[tuple[str, Fact]] = []
    now = evaluate(concept, facts, period, used)
    then = evaluate(concept, facts, prior or period.shifted(-1), used)
    if then.value == 0:
        raise ZeroDivisionError(concept)
    if (now.value < 0) != (then.value < 0) and now.value != 0:
        # A loss turned to a profit (or the reverse) has no growth rate: filings print "NM" (not meaningful).
        raise ValueError(f"{concept} changed sign: a growth rate across a sign change is not meaningful")
    value = (now.value - then.value) / abs(then.value)
    return Evaluation(value, used, f"({concept} - prior {concept}) / prior {concept}",
                      f"({now.expression} - {then.expression}) / abs({then.expression})")


def cagr(facts: list[Fact], concept: str, start: Period, end: Period, years: int) -> Evaluation:
    used: list[tuple[str, Fact]] = []
    first = evaluate(concept, facts, start, used)
    last = evaluate(concept, facts, end, used)
    if years <= 0 or first.value == 0 or (last.value / first.value) < 0:
        raise ValueError("CAGR needs two same-signed values a year or more apart")
    value = (last.value / first.value) ** (1 / years) - 1
    return Evaluation(value, used, f"({concept} end / {concept} start)^(1/{years}) - 1",
                      f"({last.expression} / {first.expression}) ** (1 / {years}) - 1")


def average(facts: list[Fact], formula: str, periods: list[Period]) -> Evaluation:
    used: list[tuple[str, Fact]] = []
    parts = [evaluate(formula, facts, p, used) for p in periods]
    value = sum(e.value for e in parts) / len(parts)
    return Evaluation(value, used, f"mean of {formula} over {len(parts)} periods",
                      f"({' + '.join(e.expression for e in parts)}) / {len(parts)}")
