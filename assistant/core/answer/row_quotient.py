"""A quotient the question writes itself over two table rows: "fair value of plan assets divided
by benefit obligation", "dividends declared as a percentage of net income attributable to X",
"the ratio of cost of equipment to equipment revenues", "(EBITDAR over net revenues)". The
question names both inputs; each is the row of the retrieved passages whose own label names that
input's words, read in the asked year's column as the table's header tells it. Unlike a share of a
total (`row_share`) the quotient may pass 100% (a payout, a funded ratio) and its inputs need not be
one table's part and total: each is the one row of the company's document that names it.

Refused rather than guessed: an input no row's label names (nearly) whole, two rows that name it
as well with other figures, a column the header does not tell as the asked year, or a bracketed
figure the question does not call a loss, cost or payment (its sign would be a guess)."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from assistant.core.answer.columns import locate_column
from assistant.core.answer.derived_fit import clash, span_clash
from assistant.core.answer.derived_inputs import Derived, Fig, content, row_label
from assistant.core.answer.question import Question
from assistant.core.answer.row_growth import printed_row
from assistant.core.answer.spans import label_figures
from assistant.core.answer.units import figure_kind, word_stems
from assistant.core.finance.periods import MONTH
from assistant.core.finance.plan import asked_decimals
from assistant.core.finance.years import YEAR_WORD
from assistant.core.numbers import Quantity, parse_quantities

__all__ = ["named_row_cell", "row_quotient", "writes_quotient", "year_cell"]

logger = logging.getLogger(__name__)

_END = r"(?=\s*(?:[?.;:()]|,\s|$|\s(?:in|for|at|of)\s+(?:fiscal\s+|the\s+(?:fiscal\s+)?year\s+)?(?:19|20)\d\d\b))"
_B = rf"(?:the\s+|its\s+|their\s+)?(?P<b>[\w'’&,\- ]+?){_END}"
# The operator between the two inputs: "A divided by B", "A as a percentage of B", "A over B" (not
# "2023 over 2022", a growth), "A / B"; "the ratio of A to B".
_FORMS = (
    re.compile(rf"(?i)(?P<a>[\w'’&,\- ]+?)\s+(?:divided\s+by|as\s+a\s+(?:percentage|percent|multiple)\s+of|"
               rf"over(?!\s+(?:the\s+)?(?:fiscal\s+)?(?:19|20)\d\d)(?!\s+the\s+(?:prior|previous|same))|/)\s+{_B}"),
    re.compile(rf"(?i)\bratio\s+of\s+(?:the\s+|its\s+)?(?P<a>[\w'’&,\- ]+?)\s+to\s+{_B}"),
)
# Words before an input that say what is computed or when, not which row: "payout ratio on a
# declared basis: dividends declared ...", "Compute X as A ...".
_LEAD = re.compile(r"(?i)^.*?(?:\b(?:defined|calculated|computed|taken|measured|expressed)\s+as|\bwhat\s+(?:was|were|is|are)"
                   r"|\bhow\s+(?:much|many)|\busing|\bwith|\bis|\bwas|\bwere|\bare)\s+")
# Words that say how to compute or report, or when: never a row's label.
_HOW = frozenset(word_stems("ratio percentage percent share multiple times decimal decimals one two year "
                            "fiscal both from statement statements consolidated reported"))
# A row whose label names a rate, a ratio, a count or a per-unit figure: its bare cells are no amounts
# (a rate printed without "%", shares or stores counted, an average of something), whatever the table's $.
_NOT_MONEY = re.compile(r"(?i)\b(?:rates?|ratios?|margins?|percent\w*|per|days|number|count|shares|units|employees"
                        r"|stores|customers|accounts|yields?|points|average)\b|%")
_MIN_MATCH = 0.8  # a row's own label names (nearly) every word of the input
_TIE = 0.05
# A bracketed cell is a deduction or a loss; its size is the input when the question calls it so.
_OUTFLOW = re.compile(r"(?i)\b(?:loss(?:es)?|costs?|expenses?|dividends?|repurchases?|payments?|paid|write-?offs?"
                      r"|charges?|outflows?|deductions?|allowances?)\b")
_SIGNED = re.compile(r"(?i)\bnegative\b|\bsigned\b|\bminus\b")


def writes_quotient(text: str) -> bool:
    """Whether the question writes its own quotient of two named inputs."""
    return _split(text) is not None


# Arithmetic joined to either end of the quotient: "1 − (A / B)", "365 × A / B", "A / B, times 365",
# "A over B minus 1". The quotient is then one step of the answer, not the answer.
_OPERAND_BEFORE = re.compile(r"(?:[×*·+−–/]|\b(?:one|minus|plus|times|x)\b)\s*\(?\s*$", re.IGNORECASE)
# A year or a day of a month inside an input's words names its period, not an operand.
_DATED = re.compile(rf"(?i)\b(?:19|20)\d\d\b|\b{MONTH}\s+\d{{1,2}}\b")
_OPERAND_AFTER = re.compile(
    r"(?i)^\s*\)?\s*,?\s*(?:[×*·+−–/]|-\s*\d|\bx\s*\d|\b(?:times|multiplied|minus|plus|less|then|where|with|"
    r"and\s+then|annuali[sz]ed)\b)")
# A unit no quotient of two amounts is stated in: days, basis points, per-share or per-unit amounts.
_OTHER_UNIT = re.compile(r"(?i)\bdays?\b|\bbasis\s+points?\b|\bbps\b|\bper\s+(?:share|unit|claim|employee)\b")


def _wrapped(text: str, m: re.Match[str]) -> bool:
    """Whether the question does more with its quotient than state it: a number or operator joined
    to either end, a further definition of an input ("..., where B is ..."), a number inside an
    input's words ("365 x average inventories"), or a unit no quotient of amounts is stated in."""
    if _OPERAND_BEFORE.search(text[: m.start("a")]) or _OPERAND_AFTER.search(text[m.end("b"):]):
        return True
    return bool(_OTHER_UNIT.search(text))


def _split(text: str) -> tuple[str, str] | None:
    """The words naming the numerator and the denominator, or None."""
    for rx in _FORMS:
        m = rx.search(text)
        if m is None:
            continue
        if _wrapped(text, m):
            return None
        a = _LEAD.sub("", m.group("a")).strip(" ,")
        a = re.split(r"[:,(]", a)[-1].strip() if re.search(r"[:(]", m.group("a")) else a
        b = m.group("b").strip(" ,")
        if re.search(r"\d", _DATED.sub("", f"{a} {b}")):
            return None  # "365 x average inventories", "Q4 2021": an operand or a period, not a row's name
        if a and b:
            return a, b
    return None


def year_cell(q: Question, f: Fig, year: int) -> Quantity | None:
    """The row's cell in the asked year's column, when its heading tells it."""
    row = printed_row(f.text)
    inside = label_figures(row)  # "Dividends declared ($2.585 per share)": the label's figures, no cells
    cells = [x for x in parse_quantities(row) if not x.is_year and not any(s <= x.start < e for s, e in inside)]
    if not cells or not re.search(rf"\b{year}\b", f.header):
        return None  # a header that never prints the asked year does not tell its column
    at, told = locate_column(replace(q, years=frozenset({year}), want="amount"), f.header, cells, row=row)
    if not told and len(cells) > 1:
        return None
    cell = cells[at]
    kind = figure_kind(cell)
    if kind == "bare" and len(cells) != len(YEAR_WORD.findall(f.header)):
        # a row of more (or fewer) cells than the header has period columns also holds a change,
        # a percent or a count column: a cell printed without its unit there may be one of them
        return None
    return None if kind not in ("currency", "bare") else cell


def named_row_cell(q: Question, words: set[str], rows: list[Fig], asked: set[str], year: int,
                   extra: float = 0.0) -> tuple[Fig, Quantity] | None:
    """The one row whose label names `words`, with its cell for `year`; None when none or two as good.
    `extra` is taken off a row's match for each label word beyond `words` (another line's word)."""
    scored: list[tuple[float, Fig, Quantity]] = []
    for f in rows:
        label = word_stems(row_label(f))
        if not label or len(label - asked) > 1:
            continue  # the label names a line the question does not ("deferred tax assets after ...")
        cover = len(words & label) / len(words)
        if cover >= _MIN_MATCH and (cell := year_cell(q, f, year)) is not None:
            scored.append((cover - extra * len(label - words), f, cell))
    if not scored:
        return None
    scored.sort(key=lambda x: -x[0])
    top, f, cell = scored[0]
    if any(s >= top - _TIE and c.value != cell.value for s, _, c in scored[1:]):
        return None  # two rows name the input as well with other figures: which is asked is not clear
    return f, cell


def _size(value: float, words: str) -> float | None:
    """The input's size: a bracketed figure only when the question calls the input a loss, cost or
    payment (a deduction's size); otherwise its sign would be a guess."""
    if value >= 0:
        return value
    return -value if _OUTFLOW.search(words) else None


def row_quotient(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """A over B from two rows of the company's document, in percent (or times when the question asks a ratio
    in times or "x"), each row named by the question's words for it."""
    split = _split(text)
    if split is None or len(q.years) != 1 or q.want not in ("percent", "number"):
        return None
    a_text, b_text = split
    a_w = content(q, a_text) - _HOW
    b_w = content(q, b_text) - _HOW
    if not a_w or not b_w or a_w == b_w:
        return None
    year = next(iter(q.years))
    asked = word_stems(text)
    rows = []
    seen: set[tuple[int, int]] = set()
    for f in figs:
        if not f.row or (f.hit, f.start) in seen or clash(q, f) or span_clash(q, f):
            continue
        seen.add((f.hit, f.start))
        rows.append(f)
    # Both inputs in one passage (one statement or note table) first; else each input is the one row
    # of the company's document that names it: a statement's line and a note's row may sit in two
    # passages ("dividends declared" in the equity statement, "net income" in the income statement),
    # and a label printed in several tables with other figures (each segment's "Revenues") names no
    # one row and gives nothing.
    found: list[tuple[Fig, Quantity, Fig, Quantity]] = []
    for key in (lambda f: (f.doc, f.hit), lambda f: (f.doc, -1)):
        groups: dict[tuple[str, int], list[Fig]] = {}
        for f in rows:
            groups.setdefault(key(f), []).append(f)
        for group in groups.values():
            a = named_row_cell(q, a_w, group, asked, year)
            b = named_row_cell(q, b_w, group, asked, year)
            if a is not None and b is not None and (a[0].hit, a[0].start) != (b[0].hit, b[0].start):
                found.append((a[0], a[1], b[0], b[1]))
        if found:
            break
    if len({(x[1].value, x[3].value) for x in found}) != 1:
        return None  # no document names both, or two that give other quotients
    fa, ca, fb, cb = found[0]
    if _SIGNED.search(text) and (ca.value < 0 or cb.value < 0):
        return None  # a signed answer over a bracketed input: which sign is meant is not clear
    if any(figure_kind(c) == "bare" and _NOT_MONEY.search(row_label(f)) for f, c in ((fa, ca), (fb, cb))):
        return None  # a rate, a count or an average printed bare: no amount of the quotient's kind
    num, den = _size(ca.value, a_text), _size(cb.value, b_text)
    if num is None or den is None or den == 0:
        return None
    times = bool(re.search(r"(?i)\btimes\b|\bmultiple\b|\bratio,|\(x\)|\bx\b", text)) and not re.search(
        r"(?i)percent|%", text)
    value = num / den if times else 100.0 * num / den
    shown = f"{value:.2f}x" if times else f"{value:.1f}%"
    formula = f"{ca.raw.strip()} / {cb.raw.strip()} = {shown}"
    logger.debug("quotient of rows %r over %r: %s", row_label(fa).strip(), row_label(fb).strip(), formula)
    return Derived(value, "x" if times else "percent", None, formula,
                   [(fa.hit, fa.start, fa.end, ca), (fb.hit, fb.start, fb.end, cb)], decimals=asked_decimals(text))
