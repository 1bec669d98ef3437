"""A sum the question writes itself over table rows it names: "summing operating, variable and
short-term lease cost", "adding the principal write-offs and the interest and fee write-offs",
"total operating lease liabilities (current plus non-current)". Each part is the row of one
retrieved table whose own label names that part's words, read in the asked year's column as the
table's header tells it; the parts are added and every row is cited.

A list whose first parts are single words shares the last part's noun ("operating, variable and
short-term lease cost" is three lease-cost rows), and so does a bracketed list after a line's
name ("operating lease liabilities (current plus non-current)").

Refused rather than guessed: a part no row's label names (nearly) whole, two rows naming a part
as well with other figures, two parts read from one row, a column the header does not tell as the
asked year, or bracketed cells whose sign the question does not settle."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from assistant.core.answer.derived_fit import clash, span_clash
from assistant.core.answer.derived_inputs import Derived, Fig, content, row_label
from assistant.core.answer.key_figure import PageScale, key_figure
from assistant.core.answer.question import Question
from assistant.core.answer.row_quotient import named_row_cell
from assistant.core.answer.sum_part import listed_parts
from assistant.core.answer.units import figure_kind, word_stems
from assistant.core.numbers import Quantity, format_quantity
from assistant.core.types import SearchHit

__all__ = ["TableSum", "other_sum", "row_sum", "sum_checked", "sum_parts", "writes_sum"]

logger = logging.getLogger(__name__)

_NAME = r"[\w'’&/\- ,;]+?"
_STOP = r"(?=\s*(?:[?.:()]|,\s*(?:what|how|in|for|at|as|per|from|USD|\$)\b|$|\s(?:in|for|at|as\s+of|during)\s+"
_STOP += r"(?:fiscal\s+|the\s+(?:fiscal\s+)?(?:year|quarter)\s+)?(?:(?:19|20)\d\d|[A-Z][a-z]+\s+\d))|\s+(?:what|how)\b)"
# "summing A, B and C", "adding (up) A and B", "the sum of A and B": the verb or noun that says the
# answer adds the parts named after it.
_VERB = re.compile(rf"(?i)\b(?:summing|adding(?:\s+up)?|the\s+sum\s+of|sum\s+of)\s+(?:the\s+|its\s+)?(?P<list>{_NAME}){_STOP}")
# "operating lease liabilities (current plus non-current)": parts of the named line in brackets.
# Only "plus" joins them: "(shipping and handling)" is one line's name, not two parts.
_BRACKET = re.compile(r"(?i)(?P<head>[\w'’\- ]+?)\s*\((?P<list>[\w\- ,]+?\s+plus\s+[\w\- ]+?)(?:\s+portions?)?\)")
_LISTED = re.compile(r"\s*\((?P<list>[^()]*;[^()]*)\)")
_JOIN = re.compile(r"(?i)\s*[;,]\s*(?:and\s+|plus\s+)?(?:the\s+)?|\s+plus\s+(?:the\s+)?")
_AND = re.compile(r"(?i)\s+and\s+(?:the\s+)?")
_TOTAL = re.compile(r"(?i)^(?:total|the|its)\s+")
# Words that say how to compute or report, never a row's name.
_HOW = frozenset(word_stems("total sum amount combined together figure both all each"))
# a label's words beyond the part's name another line ("non-current" beside "current")
_EXTRA = 0.1
_SIGNED = re.compile(r"(?i)\bnegative\b|\bsigned\b|\bnet\s+(?:cash|effect)\b|\bcash\s+(?:used|effect)\b")
_OUTFLOW = re.compile(r"(?i)\b(?:loss(?:es)?|costs?|expenses?|payments?|paid|write-?offs?|charges?|outflows?"
                      r"|deductions?|repurchases?|purchases?|dividends?)\b")
_MAX_PARTS = 6
_HEAD_WORDS = 5  # a line's name, not a clause ("what did it spend on getting products to customers")


def _shared(parts: list[str]) -> list[str]:
    """Parts whose first members are single words take the last part's noun: "operating, variable
    and short-term lease cost" -> operating lease cost, variable lease cost, short-term lease cost."""
    last = parts[-1].split()
    if len(last) < 2 or any(len(p.split()) != 1 for p in parts[:-1]):
        return parts
    noun = " ".join(last[1:])
    return [f"{p} {noun}" for p in parts[:-1]] + [parts[-1]]


def sum_parts(text: str) -> list[list[str]]:
    """The ways the question's words list the parts it adds (each a list of part names), or []."""
    m = _VERB.search(text)
    if m is not None:
        listed = _LISTED.match(text[m.end():])
        if listed is not None:  # "the sum of the four lines (A; B; C; D)": the bracket lists them
            pieces = [p.strip(" ,") for p in listed.group("list").split(";") if p.strip(" ,")]
            return [pieces] if 2 <= len(pieces) <= _MAX_PARTS else []
        pieces = [p.strip(" ,;") for p in _JOIN.split(m.group("list")) if p.strip(" ,;")]
        readings: list[list[str]] = []
        split = _shared([x.strip() for p in pieces for x in _AND.split(p) if x.strip()])
        if 2 <= len(split) <= _MAX_PARTS:
            readings.append(split)
        # an "and" may sit inside one line's name instead ("prepaid expenses and other assets")
        if split != pieces and 2 <= len(pieces) <= _MAX_PARTS and all(len(p.split()) > 1 for p in pieces):
            readings.append(pieces)
        return readings
    b = _BRACKET.search(text)
    if b is None:
        return []
    head = re.split(r"(?i)\b(?:the|its|total|of|was|were|is|are)\s+|['’]s\s+", b.group("head").strip())[-1].strip()
    pieces = [p.strip() for p in re.split(r"(?i)\s*,\s*|\s+plus\s+|\s+and\s+", b.group("list")) if p.strip()]
    if len(pieces) < 2 or any(len(p.split()) != 1 for p in pieces) or not 1 <= len(head.split()) <= _HEAD_WORDS:
        return []
    return [[f"{p} {head}" for p in pieces]]


def writes_sum(text: str) -> bool:
    """Whether the question writes its own sum of named parts."""
    return bool(sum_parts(text))


def _read(q: Question, parts: list[set[str]], group: list[Fig], asked: set[str], year: int) -> list[Fig] | None:
    """Each part's row of one table with its cell as the figure, or None when a part has none."""
    found: list[Fig] = []
    for words in parts:
        got = named_row_cell(q, words, group, asked, year, extra=_EXTRA)
        if got is None:
            return None
        found.append(replace(got[0], q=got[1]))
    if len({(f.hit, f.start) for f in found}) != len(found):
        return None  # two parts read from one row
    return found


def row_sum(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """The sum of the rows the question names, all from one table of the company's document."""
    if len(q.years) != 1 or q.want not in ("amount", "number"):
        return None
    year = next(iter(q.years))
    asked = word_stems(text)
    groups: dict[int, list[Fig]] = {}
    seen: set[tuple[int, int]] = set()
    for f in figs:
        if not f.row or (f.hit, f.start) in seen or clash(q, f) or span_clash(q, f):
            continue
        seen.add((f.hit, f.start))
        groups.setdefault(f.hit, []).append(f)
    sums: dict[float, list[Fig]] = {}
    for names in sum_parts(text):
        parts = [content(q, n) - _HOW for n in names]
        if any(not p for p in parts) or len({frozenset(p) for p in parts}) != len(parts):
            continue
        for group in groups.values():
            found = _read(q, parts, group, asked, year)
            if found is not None:
                sums.setdefault(round(sum(f.q.value for f in found), 6), found)
    if len(sums) != 1:
        return None  # no table names every part, or two readings that give other sums
    found = next(iter(sums.values()))
    if len({(figure_kind(f.q), f.q.scale) for f in found}) != 1:
        return None  # cells of other kinds or scales: not one table's amounts
    if any(f.q.value < 0 for f in found):
        if all(f.q.value < 0 for f in found) and _OUTFLOW.search(text) and not _SIGNED.search(text):
            found = [replace(f, q=replace(f.q, value=-f.q.value, raw=f.q.raw.strip().strip("()"))) for f in found]
        elif not _SIGNED.search(text):
            return None  # bracketed cells whose sign the question does not settle
    value = sum(f.q.value for f in found)
    first = found[0]
    shown = format_quantity(Quantity(round(value, 2), first.q.scale, first.q.unit, decimals=2))
    formula = " + ".join(f.q.raw.strip() for f in found) + f" = {shown}"
    logger.debug("sum of rows %s: %s", [row_label(f).strip() for f in found], formula)
    return TableSum(value, first.q.unit, first.q.scale, formula, [(f.hit, f.start, f.end, f.q) for f in found],
                    header=first.header)


@dataclass
class TableSum(Derived):
    """A sum of one table's cells, in the cells' own units: its scale is the table's (`table_scaled`)."""

    header: str = ""


@dataclass
class _FirstInput:
    """A computed figure's first input as `key_figure` reads it: the first added row of a table
    (where it reads the table's currency and scale), or the sentence of a prose input."""

    hit: int
    start: int
    end: int
    row: bool
    header: str


def _first_input(d: Derived, *, row: bool, header: str = "") -> _FirstInput:
    hit, start, end, _ = d.inputs[0]
    return _FirstInput(hit, start, end, row, header)


_ASKED_SCALE = re.compile(r"(?i)\b(?:thousands?|millions?|billions?|mn|bn)\b|\$\s?[mbk]\b|\b(?:usd|eur|gbp)\s?[mbk]\b")


def table_scaled(d: TableSum, q: Question, hits: list[SearchHit], page_scale: PageScale | None,
                 question: str) -> Derived | None:
    """The sum in its table's currency and scale, as a quoted row of that table would be; None when
    the question asks a scale and the table states none (the amount's size would be a guess)."""
    if d.scale is not None:
        return d
    key = key_figure(q, d.inputs[0][3], hits, _first_input(d, row=True, header=d.header), page_scale, question)
    if key.scale is None and _ASKED_SCALE.search(question):
        return None
    unit = d.unit or (key.unit if key.unit != "count" else None)
    return Derived(d.value, unit, key.scale, d.formula, d.inputs, d.decimals)


def sentence_scaled(d: Derived, q: Question, hits: list[SearchHit], page_scale: PageScale | None,
                    question: str) -> Derived:
    """A figure computed from a note's amounts printed without a scale ("commitments were $1,117 and
    $612" in a filing whose statements are in millions) is in the scale its inputs are quoted in."""
    if d.scale is not None or d.unit != "USD" or not d.inputs or any(
            f.scale is not None or f.unit != "USD" for _, _, _, f in d.inputs):
        return d
    key = key_figure(q, d.inputs[0][3], hits, _first_input(d, row=False), page_scale, question)
    return d if key.scale is None else replace(d, scale=key.scale)


def other_sum(d: Derived, question: str) -> bool:
    """Whether a sum computed by another rule adds other figures than the parts the question lists:
    "adding A, B and C" answered with two figures of a sentence is not the sum asked."""
    working = d.formula.split("=")[0]
    if isinstance(d, TableSum) or " + " not in working or re.search(r"\s[-−/×x*]\s", working):
        return False  # not a sum: a share or difference of sums names its own inputs
    readings = sum_parts(question)  # the first reading splits at every "and": the most parts listed
    # "adding A, B and C" however the parts are named: fewer figures than listed leave parts out
    return (bool(readings) and len(d.inputs) != len(readings[0])) or len(d.inputs) < listed_parts(question)


def sum_checked(d: Derived, q: Question, hits: list[SearchHit], page_scale: PageScale | None,
                question: str) -> Derived | str:
    """The derived figure as answered (a table's sum in the table's scale), or why it is refused."""
    if other_sum(d, question):
        listed = len(sum_parts(question)[0]) if sum_parts(question) else listed_parts(question)
        return f"The figures found are not the {listed} parts the question adds."
    if not isinstance(d, TableSum):
        return sentence_scaled(d, q, hits, page_scale, question)
    scaled = table_scaled(d, q, hits, page_scale, question)
    return "The table of the rows to add states no scale for their amounts." if scaled is None else scaled
