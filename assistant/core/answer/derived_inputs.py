"""The inputs of a derived figure: every figure of the retrieved passages with the words of its
own clause and sentence, how well those match a phrase of the question, and the growth rate or
earlier value stated beside an amount. `assistant.core.answer.derived` combines them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from assistant.core.answer.columns import locate_column
from assistant.core.answer.qualifiers import (
    clause,
)
from assistant.core.answer.question import (
    STOP,
    WORD,
    Matcher,
    Question,
    company_keys,
    is_company,
    stem,
)
from assistant.core.answer.row_groups import named_group
from assistant.core.answer.spans import split_units
from assistant.core.answer.text import printed_label
from assistant.core.answer.units import figure_kind, figures_text, word_stems
from assistant.core.finance.concepts import match_concept
from assistant.core.finance.periods import MONTH_NAMES
from assistant.core.numbers import SCALES, Quantity, format_quantity, parse_quantities
from assistant.core.types import SearchHit

__all__ = [
    "DECLINE",
    "FRAME",
    "FROM",
    "GROWTH",
    "NAMED_BEFORE",
    "PART_SUM",
    "Derived",
    "Fig",
    "Words",
    "absolute",
    "across_tables",
    "arithmetic",
    "as_input",
    "best",
    "change_of",
    "content",
    "factor",
    "figures",
    "growth_of",
    "metric_words",
    "money",
    "other_heading",
    "own_figures",
    "rescale",
    "row_label",
    "show",
    "stated_prior",
    "swap",
]

GROWTH = re.compile(r"(?i)\b(?:gr[eo]w\w*|increas\w*|r[io]s[ei]\w*|up|jump\w*|gain\w*|higher|climb\w*"
                     r"|surg\w*|expand\w*)\b")
DECLINE = re.compile(r"(?i)\b(?:declin\w*|decreas\w*|f[ae]ll\w*|down|drop\w*|lower|shr[iu]nk\w*)\b")
FROM = re.compile(r"(?i)\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+"
                  r"(?:about\s+|approximately\s+|roughly\s+)?$")
PERIODISH = re.compile(r"(?i)^(?:q[1-4]|h[12]|fy\d*|\d+|quarter|year|fiscal|month|first|second|third|fourth"
                       rf"|full|half|{'|'.join(MONTH_NAMES)})$")
# Words that say how to derive, not what the inputs are about.
FRAME = {s for w in [
    "share", "percentage", "proportion", "portion", "fraction", "percent", "implied", "imply",
    "judging", "derive", "based", "figure", "growth", "grow", "rate", "roughly", "approximately",
    "earlier", "ago", "increase", "rise", "change", "average", "price", "per", "came", "come",
    "went", "expected", "planned", "leaving", "excluding", "without", "compared", "mid", "point",
    "midpoint", "given", "using"
] for s in word_stems(w)}



@dataclass
class Fig:
    q: Quantity
    hit: int
    doc: str
    start: int  # the unit's span in the hit's text
    end: int
    clause: set[str]
    unit: set[str]
    text: str
    row: bool = False
    column: bool = False  # a row's cell told from the row's other, different cells by its column heading
    header: str = ""  # a row's table header (its column headings)
    above: str = ""  # a row's nearest sub-heading in its passage ("International:" over "Services 140")


def absolute(q: Quantity) -> float:
    return q.value * SCALES.get(q.scale or "", 1.0)


def row_label(f: Fig) -> str:
    """A table row's label: its words before its first cell."""
    return printed_label(f.text)


def figures(hits: list[SearchHit], q: Question | None = None) -> list[Fig]:
    """Every figure of the passages; of a table row, one cell of each kind: the cell whose column
    heading names the question's period (`q`), else the first (the period the row is about)."""
    out: list[Fig] = []
    for hi, h in enumerate(hits):
        for a, b, row, header in split_units(h.text):
            text = h.text[a:b]
            found = [x for x in parse_quantities(figures_text(text).replace("\n", " ")) if not x.is_year]
            told = False
            if row:  # the first cell of each kind in the asked period's column
                found, told = _row_cells(q, header, found, figures_text(text).replace("\n", " "))
            stems = word_stems(text)
            above = sub_heading(h.text, a) if row else ""
            for x in found:
                ctx = text[: x.start] if row else clause(text, x.start, x.end)
                out.append(Fig(x, hi, h.doc_id, a, b, word_stems(ctx), stems, text, row, told, header, above))
    return out


_PROSE_END = re.compile(r"[.;]\s*$")


def sub_heading(text: str, start: int) -> str:
    """The nearest line above a table row that holds no figure: the sub-heading it sits under
    ("International:" over "Services 140 151"), or the table's title over its first rows; ""
    when a sentence (the passage opens inside the table) or nothing comes first."""
    for line in reversed(text[:start].splitlines()[-12:]):
        line = line.strip()
        if not line or line.startswith("(") or _FIGURE.search(line):
            continue  # a row, a header of years, "(in millions)"
        return "" if _PROSE_END.search(line) or len(line) > 90 else line
    return ""


def _row_cells(q: Question | None, header: str, found: list[Quantity], row: str) -> tuple[list[Quantity], bool]:
    """The first cell of each kind from the column the header names as the asked period's, and
    whether the header had to tell it from the row's other, different cells. A row with two
    different cells of one kind ("3,628 3,237 12 7,173 6,408") whose header does not say which
    column is asked (cut off, other spans) gives none of that kind: a guessed column would be
    arithmetic on the wrong period."""
    # the amount cell of the asked column: a derived figure is worked out from amounts, and a
    # row's own percent cells follow it (`cell_columns` pairs "Amount %" under one year)
    at, told = (locate_column(replace(q, want="amount"), header, found, row=row)
                if q is not None and found else (0, False))
    if q is not None and not told and (cell := named_group(word_stems(q.text), q.years, header, found)) is not None:
        return [cell], True
    start = at if told else 0
    out, differ = [], False
    for i, x in enumerate(found[start:], start):
        kind = figure_kind(x)
        if any(figure_kind(y) == kind for y in found[start:i]):
            continue
        if any(figure_kind(y) == kind and y.value != x.value for y in found):
            differ = True
            if not told:
                continue
        out.append(x)
    # "$ 19,514 $ 16,498 18 31": bare cells after a row's amounts are its change columns
    # (percent changes printed without the sign), never amounts to divide or add; but the cell the
    # header tells is the asked column's ("$ 5,369 6,110": tables print "$" on the first column only).
    money_at = next((x.start for x in found if figure_kind(x) == "currency"), None)
    if money_at is not None:
        out = [x for x in out if figure_kind(x) != "bare" or x.start < money_at or (told and x is found[at])]
    return out, told and differ


def across_tables(d: Derived, figs: list[Fig]) -> bool:
    """Arithmetic over a cell told by its column heading and a figure of another passage: the
    two rows may be of different tables (a segment's income over the company's revenue), which
    the headings cannot show; within one table, rows share the heading that told the column."""
    told = {(f.hit, f.start, f.q.start) for f in figs if f.column}
    return len({i[0] for i in d.inputs}) > 1 and any((h, s, x.start) in told for h, s, _, x in d.inputs)


_FIGURE = re.compile(r"\d")
_PART_OF = {stem(w) for w in ("segment", "region", "division", "unit", "business")}


def other_heading(q: Question, question: str, hit_text: str, f: Fig) -> bool:
    """A table row labelled only by names the question gives (a segment or region: "North
    America $ 1,653") whose sub-heading above it names a line item the question does not
    ("ACCOUNTS RECEIVABLE, NET" for an EBIT margin): the row is that line item's."""
    label = content(q, f.text[: f.q.start]) if f.row else set()
    if not label or not label <= set(q.named) | _PART_OF:
        return False
    for line in reversed(hit_text[: f.start].splitlines()[-15:]):
        line = line.strip()
        if not line or line.startswith("(") or _FIGURE.search(line):
            continue  # a row of figures, a header of years, "(Dollars in millions)"
        if match_concept(line) is None:
            return False
        asked, said = word_stems(question), word_stems(line) - STOP
        match = Matcher(said, asked)
        return not any(match(w, asked) for w in said)
    return False


# A part the question writes as a sum of two lines, "Global Enterprise plus Public Sector",
# "(current portion + long-term)": no one stated figure is that part of a share.
PART_SUM = re.compile(r"(?i)\bplus\b|\s\+\s")
# Up to four words written straight before an opening bracket: the name a bracketed figure is given, "Asia (".
NAMED_BEFORE = re.compile(r"([\w'’&-]+(?:[ \t]+[\w'’&-]+){0,3})[ \t]*\([ \t]*$")


class Words:
    """How well a figure's words match a set of question words (synonyms count a little less)."""

    def __init__(self, words: set[str], vocab: set[str], *, clause_only: bool = False) -> None:
        self.words, self.match, self.wide = words, Matcher(words, vocab), 0.0 if clause_only else 0.6

    def __call__(self, f: Fig) -> float:
        if not self.words:
            return 0.0
        got = sum(max(self.match(w, f.clause), self.wide * self.match(w, f.unit)) for w in self.words)
        return got / len(self.words)


def content(q: Question, phrase: str) -> set[str]:
    """The words of a phrase that name what a figure is about (no company, period or frame)."""
    # a short word written in capitals is a code naming a thing ("the VC-25B program"), not a stop word
    words = {m.group().lower() for m in WORD.finditer(phrase) if len(m.group()) >= 3 or m.group().isupper()}
    kept = {stem(w) for w in words if w not in STOP and len(w) >= 2 and not PERIODISH.match(w)}
    return {s for s in kept if s not in FRAME and s not in q.company}


def money(f: Fig) -> bool:
    return figure_kind(f.q) == "currency"


def growth_of(f: Fig, figs: list[Fig]) -> float | None:
    """The growth rate stated with an amount in its sentence ("grew 46.5% to $7.8 million")."""
    found: list[tuple[int, float]] = []
    for g in figs:
        if g.hit != f.hit or g.start != f.start or g.q.unit != "percent" or g.q.high is not None:
            continue
        near = f.text[max(0, g.q.start - 40) : g.q.end + 25]
        sign = -1.0 if DECLINE.search(near) and not GROWTH.search(near) else 1.0
        if GROWTH.search(near) or sign < 0:  # the growth stated nearest the amount is its own
            found.append((min(abs(g.q.start - f.q.end), abs(f.q.start - g.q.end)), sign * g.q.value))
    return min(found)[1] if found else None


def stated_prior(f: Fig, figs: list[Fig]) -> Fig | None:
    """The earlier value stated with an amount ("rose to $1.81 million from $591,000")."""
    for g in figs:
        if (g.hit == f.hit and g.start == f.start and g is not f and money(g) == money(f)
                and g.q.unit == f.q.unit and FROM.search(f.text[max(0, g.q.start - 30) : g.q.start])):
            return g
    return None


_BY = re.compile(r"(?i)\b(?:(increase|rise|gain|growth|decrease|decline|drop|fall)\s+of|(up|down)(?:\s+by)?)\s+"
                 r"(?:about\s+|approximately\s+|roughly\s+)?$")
_THAN = re.compile(r"(?i)^\s*(?:\w+\s+){0,2}?(higher|more|above|lower|less|below)\b")


def change_of(f: Fig, figs: list[Fig]) -> Fig | None:
    """The absolute change stated with an amount, signed by its direction ("8.2 million, an
    increase of 1.1 million"; "$259 million was $124 million higher than last year")."""
    for g in figs:
        if g.hit != f.hit or g.start != f.start or g is f or g.q.unit != f.q.unit or g.q.unit == "percent":
            continue
        before, after = f.text[max(0, g.q.start - 30) : g.q.start], f.text[g.q.end : g.q.end + 25]
        m, n = _BY.search(before), _THAN.match(after)
        if m or n:
            down = bool(re.match(r"(?i)decrease|decline|drop|fall|down|lower|less|below",
                                 (m.group(1) or m.group(2)) if m else n.group(1)))  # type: ignore[union-attr]
            sign = -1.0 if down else 1.0
            return Fig(Quantity(sign * g.q.value, g.q.scale, g.q.unit, raw=g.q.raw, start=g.q.start, end=g.q.end),
                       g.hit, g.doc, g.start, g.end, g.clause, g.unit, g.text, g.row)
    return None


def factor(growth: float) -> str:
    """1 + growth, as the arithmetic checker reads it back ("1.596" for 59.6%)."""
    return f"{1 + growth / 100:.6g}"


def show(value: float, like: Quantity, scale: str | bool | None = False) -> str:
    """`value` written like `like` (its currency; its scale unless one is given)."""
    sc = like.scale if scale is False else scale
    return format_quantity(Quantity(round(value, 2), sc if isinstance(sc, str) else None, like.unit,
                                    decimals=2))


def rescale(value: float, like: Quantity) -> tuple[float, str | None]:
    """An absolute value in the scale of `like` (or a readable one)."""
    scale = like.scale
    if scale is None and abs(value) >= 1e6:
        scale = "billion" if abs(value) >= 1e9 else "million"
    return value / SCALES.get(scale or "", 1.0), scale


def swap(fn: Callable[[Fig, Fig], float | None], part: Fig, f: Fig) -> float | None:
    return fn(f, part)


def best(figs: list[Fig], key: Callable[[Fig], float | None]) -> Fig | None:
    scored = [(k, f) for f in figs if (k := key(f)) is not None]
    return max(scored, key=lambda x: x[0])[1] if scored else None



def as_input(f: Fig) -> tuple[int, int, int, Quantity]:
    return f.hit, f.start, f.end, f.q


@dataclass
class Derived:
    """A computed figure and how: `inputs` are (hit index, unit start, unit end, quantity)."""

    value: float
    unit: str | None
    scale: str | None
    formula: str
    inputs: list[tuple[int, int, int, Quantity]]
    decimals: int | None = None  # as the question asks ("two decimals"); None: the unit's usual


def own_figures(q: Question, hits: list[SearchHit]) -> list[Fig]:
    """`figures` of the passages of the asked company's documents (every passage where the question
    or the passage names no company)."""
    own = [h for h in hits if not (q.company and h.company) or any(
        is_company(c, company_keys([h])) for c in q.company.values())]
    return [f for f in figures(hits, q) if hits[f.hit] in own]


def arithmetic(parts: list[Fig], minus: bool = False) -> Derived:
    """The sum of `parts` (`minus`: the first less the others) at the first's scale, the working
    shown and every part quoted."""
    first = parts[0]
    value = (absolute(first.q) - sum(absolute(f.q) for f in parts[1:]) if minus
             else sum(absolute(f.q) for f in parts))
    value, scale = rescale(value, first.q)
    formula = f" {'-' if minus else '+'} ".join(f.q.raw.strip() for f in parts) + f" = {show(value, first.q, scale)}"
    return Derived(value, first.q.unit, scale, formula, [as_input(f) for f in parts])


def metric_words(q: Question, vocab: set[str]) -> Words:
    return Words({s for s in q.terms if s not in FRAME and s not in q.company}, vocab)
