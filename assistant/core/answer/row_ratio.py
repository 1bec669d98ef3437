"""A metric the question defines over rows of one segment's table: "Define the Garden segment's
margin as (total revenues - cost of goods sold) / total revenues", "the Garden segment's capital
expenditures as a percentage of Garden revenue", "segment EBITDA is defined as segment operating
income plus segment depreciation". The catalogue's plans name no segment, so nothing else works
these out.

Each input is one row of one page of the asked company's filing, read in the asked period's column
(told by the table's header), in one of two layouts:
- a line item's row ("Total revenues 1,200") under the asked segment's heading: the last part a
  heading above the row names (in its chunk or, when the table opens in the chunk before, there)
  is the asked segment, and the segments are not the table's columns;
- the segment's row ("Garden 96") under the line item's sub-heading ("Capital expenditures").
Two rows for one input with other figures, inputs on two pages, or a row whose column the header
does not tell, give nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.core.answer.derived_fit import clash
from assistant.core.answer.derived_inputs import (
    Derived,
    Fig,
    absolute,
    as_input,
    content,
    rescale,
    row_label,
    show,
)
from assistant.core.answer.part_above import parts_named
from assistant.core.answer.question import Matcher, Question
from assistant.core.answer.row_groups import group_cells
from assistant.core.answer.row_growth import printed_row
from assistant.core.answer.spans import split_units
from assistant.core.answer.text import printed_label
from assistant.core.answer.units import figure_kind, word_stems
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.types import SearchHit

__all__ = ["SegmentFormula", "row_ratio", "segment_formula"]

_PHRASE = r"[\w'’&\- ]+"
# "(A - B) / A", "(A minus B) divided by A"
_MARGIN = re.compile(rf"\(\s*(?P<a>{_PHRASE}?)\s+(?:−|–|-|minus)\s+(?P<b>{_PHRASE}?)\s*\)\s*"
                     rf"(?:/|divided\s+by|over)\s*(?P<c>{_PHRASE})", re.I)
# "A divided by B", "A as a percentage of B", "A / B"
_RATIO = re.compile(rf"(?P<a>{_PHRASE}?)\s*(?:\s/\s|\bdivided\s+by\b|\bas\s+a\s+(?:percentage|percent|share)\s+of\b)"
                    rf"\s*(?:the\s+)?(?P<b>{_PHRASE})", re.I)
# "A plus B"
_SUM = re.compile(rf"(?P<a>{_PHRASE}?)\s+(?:plus|\+)\s+(?P<b>{_PHRASE})", re.I)
# Where a defined formula's first input begins: after "defined as", "i.e.", "is", a colon.
_LEAD_IN = re.compile(r"(?i)^.*\b(?:as|is|was|i\.?e\.?|equals|being|namely)\s+")
# A phrase's words that say when or how, not which line: "in fiscal 2019", "for the segment".
_TAIL = re.compile(r"(?i)\s+(?:in|for|during|at|of\s+fiscal|from|per|both|using|over|on)\b.*$")
_LOOSE = frozenset(word_stems("total net the segment segments division divisions reportable its their"))
_PERCENT = re.compile(r"(?i)percent|%|\bmargin\b|\bintensity\b|\bshare\b")
_MIN_MATCH = 0.8
_DECIMALS = re.compile(r"(?i)\b(one|two|three|[123])\s*(?:decimals?|dp|decimal\s+places?)\b")
_COUNTS = {"one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3}
_WINDOW = 3000  # characters above a row read for the segment it sits under (a table's title chunks up)
# A capitalised word that opens a sentence, not a segment's name: "Define Consumer segment margin".
_NOT_NAMES = frozenset(word_stems("define compute calculate using use what for in at the during"))
_WHOLE = re.compile(r"(?i)\b(?:consolidated|total\s+company|company-wide|all\s+segments)\b")
_KIND = re.compile(r"\b(Segment|Division)(s?)\b")


@dataclass(frozen=True)
class SegmentFormula:
    """A defined metric over a named segment's rows: `op` is "ratio" (a / b), "margin" ((a - b) / a)
    or "sum" (a + b); `inputs` are the words naming each line, the segment's name left out."""

    segment: frozenset[str]  # the segment's name stems ("garden")
    name: str  # as the question writes it ("Garden")
    op: str
    inputs: tuple[frozenset[str], frozenset[str]]


def _words(phrase: str, segment: set[str], q_company: set[str]) -> frozenset[str]:
    phrase = _TAIL.sub("", _LEAD_IN.sub("", phrase))
    words = {w for w in word_stems(phrase) if len(w) >= 3 and not w.isdigit()}
    return frozenset(words - segment - _LOOSE - q_company)


def segment_formula(question: str, company: set[str]) -> SegmentFormula | None:
    """The defined metric over one named segment's rows `question` asks for, or None (no segment,
    two segments, or no formula). `company`: stems of the asked company's name."""
    named = {frozenset(stems - _NOT_NAMES): " ".join(w for w in name.split() if not word_stems(w) & _NOT_NAMES)
             for kind, stems, name, _ in parts_named(_KIND.sub(_lower, question), company)
             if kind in ("segment", "division") and stems - _NOT_NAMES}
    if len(named) != 1:
        return None
    segment, name = next(iter(named.items()))
    text = re.sub(r"\([^()]*\bnote\b[^()]*\)", " ", question)  # "(both from the segment note)"
    if (m := _MARGIN.search(text)) is not None:
        a, b, c = (_words(m.group(g), set(segment), company) for g in "abc")
        if a != c:
            return None  # "(A - B) / C": not a margin over A
        op, inputs = "margin", (a, b)
    elif (m := _RATIO.search(text) or _SUM.search(text)) is not None:
        op = "ratio" if m.re is _RATIO else "sum"
        inputs = (_words(m.group("a"), set(segment), company), _words(m.group("b"), set(segment), company))
    else:
        return None
    if any(not w for w in inputs) or len(set(inputs)) != len(inputs):
        return None
    return SegmentFormula(segment, name, op, inputs)


def _lower(m: re.Match[str]) -> str:
    return m.group().lower()


def _cover(words: frozenset[str], own: set[str], vocab: set[str]) -> float:
    match = Matcher(set(words), vocab | own)
    return sum(match(w, own) for w in words) / len(words)


def _heading(window: str) -> str:
    """The nearest line of `window` holding no figure: the sub-heading a row sits under."""
    for line in reversed(window.splitlines()):
        line = line.strip()
        if line and not line.startswith("(") and not re.search(r"\d", line):
            return line
    return ""


_TITLE_WORDS = frozenset(word_stems("segment segments division divisions performance results summary operating"))


def _columns(form: SegmentFormula, header: str) -> bool:
    """The table's columns are segments: a header line names the asked segment beside another
    capitalised name ("Consumer  Business", "Home  Garden (1)  Other"), not a title's words."""
    for line in header.splitlines():
        line = re.sub(r"\s+", " ", re.sub(r"\(\d\)", " ", line))
        for m in re.finditer(re.escape(form.name), line, re.I):
            after = re.match(r"\s*([A-Z][\w/&-]*)", line[m.end():])
            before = re.search(r"([A-Z][\w/&-]*)\s*$", line[: m.start()])
            if any(w and not word_stems(w.group(1)) <= _TITLE_WORDS for w in (after, before)):
                return True
    return False


def _grouped_rows(q: Question, form: SegmentFormula, hits: list[SearchHit]) -> list[Fig]:
    """The asked segment's own rows (labelled by its name alone) in tables whose columns are
    grouped by line item (`row_groups`), one year asked; each row's first cell stands for it."""
    if len(q.years) != 1:
        return []
    out = []
    for hi, h in enumerate(hits):
        for a, b, is_row, header in split_units(h.text):
            text = h.text[a:b]
            cells = [x for x in parse_quantities(printed_row(text)) if not x.is_year]
            if not is_row or not cells or group_cells(header, cells) is None:
                continue
            label = content(q, printed_label(text)) - _LOOSE
            if label == form.segment:
                out.append(Fig(cells[0], hi, h.doc_id, a, b, set(), set(), text, True, True, header))
    return out


def _grouped(q: Question, form: SegmentFormula, words: frozenset[str], f: Fig, vocab: set[str]) -> list[Quantity]:
    """The row's cells of the asked year under the one group whose name covers `words` (none when
    no group or two do)."""
    cells = [x for x in parse_quantities(printed_row(f.text)) if not x.is_year]
    read = group_cells(f.header, cells) or []
    groups = {name for name, _ in read if _cover(words, word_stems(name), vocab) >= _MIN_MATCH}
    if len(groups) != 1:
        return []
    return [c for c, (name, year) in zip(cells, read, strict=True) if name in groups and year in q.years]


def _under_segment(form: SegmentFormula, window: str, company: set[str]) -> bool:
    """The last part the headings of `window` name is the asked segment (by its name, with or
    without its kind), and no heading for the whole company follows it."""
    # headings only: a row labelled by a segment ("Garden 96") heads no rows below it
    heads = [line for line in window.splitlines() if not re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", line))]
    window = _KIND.sub(_lower, re.sub(r"\s+", " ", "\n".join(heads)))
    at = window.lower().rfind(form.name.lower())
    others = [m for m in parts_named(window, company, spans=True) if not m[1] <= form.segment]
    # a heading after it for the whole company ("Consolidated Results") heads the company's rows
    return at >= 0 and all(start < at for _, _, _, start in others) and not _WHOLE.search(window[at:])


def row_ratio(q: Question, question: str, figs: list[Fig], hits: list[SearchHit], above: dict[int, str],
              company: set[str]) -> Derived | None:
    """The defined segment metric worked out from its rows, or None. `above[i]`: the text of the
    chunks before hit `i` on its page (the table's title and heading may sit there)."""
    form = segment_formula(question, company)
    if form is None:
        return None
    vocab = set().union(*(f.unit for f in figs)) if figs else set()
    grouped = _grouped_rows(q, form, hits)
    grouped_at = {(f.hit, f.start) for f in grouped}
    picked: list[Fig] = []
    for words in form.inputs:
        found: dict[float, Fig] = {}
        for f in grouped:
            for cell in _grouped(q, form, words, f, vocab):  # the segment's row, under the group naming the line
                found.setdefault(cell.value, replace(f, q=cell, column=True))
        for f in figs:
            if (f.hit, f.start) in grouped_at:
                continue  # read by its group above
            if (not f.row or not f.column or f.q.unit == "percent" or f.q.high is not None
                    or figure_kind(f.q) not in ("currency", "bare") or clash(q, f)):
                continue
            label = content(q, row_label(f)) - _LOOSE
            window = f"{above.get(f.hit, '')}\n{hits[f.hit].text[: f.start]}"[-_WINDOW:]
            names = label >= form.segment  # the row's label names the segment ("Total Garden revenue")
            if names and not label - form.segment:  # the segment's row under the line item's sub-heading
                ok = _cover(words, word_stems(f.above or _heading(window)), vocab) >= _MIN_MATCH
            else:  # the line item's row under the segment's heading; segments are not the columns
                ok = (_cover(words, label, vocab) >= _MIN_MATCH and not label - words - form.segment
                      and not _columns(form, f.header) and (names or _under_segment(form, window, company)))
            if ok:
                found.setdefault(f.q.value, f)
        if len(found) != 1:
            return None  # no row, or rows that disagree
        picked.append(next(iter(found.values())))
    if len({hits[f.hit].doc_id for f in picked}) != 1:
        return None  # one filing: each input the asked segment's line, told by its own table
    a, b = (absolute(f.q) for f in picked)
    places = _COUNTS[m.group(1).lower()] if (m := _DECIMALS.search(question)) else None
    first, second = (f.q.raw.strip() for f in picked)
    inputs = [as_input(f) for f in picked]
    if form.op == "sum":
        value, scale = rescale(a + b, picked[0].q)
        formula = f"{first} + {second} = {show(value, picked[0].q, scale)}"
        return Derived(value, picked[0].q.unit, scale, formula, inputs, places)
    if form.op == "margin":
        value = 100.0 * (a - b) / a
    elif _PERCENT.search(question):
        value = 100.0 * a / b
    else:
        value = a / b
        return Derived(value, "x", None, f"{first} / {second} = {value:.{places or 2}f}x", inputs, places)
    shown = f"({first} - {second}) / {first}" if form.op == "margin" else f"{first} / {second}"
    return Derived(value, "percent", None, f"{shown} = {value:.{places or 1}f}%", inputs, places)
