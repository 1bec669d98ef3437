"""A share of a total read from two rows of one table: "what share of total lease cost was
variable lease cost" over a lease-cost table's rows "Variable lease cost 233" and "Total lease
cost $ 1,017". Both cells are the asked period's column (told by the table's header, or the
row's only amount), the part row's own label and sub-heading name the part, and the total row
is the table's total (its label says "total" and its headings name the total asked) or a row
whose label names the total whole. Two rows as good with other figures, for the part or the
total, give nothing: which line is asked is not clear."""

from __future__ import annotations

import re

from assistant.core.answer.derived_fit import clash, span_clash
from assistant.core.answer.derived_inputs import (
    PART_SUM,
    Derived,
    Fig,
    absolute,
    as_input,
    content,
    row_label,
)
from assistant.core.answer.question import Matcher, Question
from assistant.core.answer.row_growth import heading_words
from assistant.core.answer.row_head import deducted_line, head_unsaid
from assistant.core.answer.text import BRACKETED
from assistant.core.answer.units import figure_kind, word_stems
from assistant.core.finance.plan import asked_decimals
from assistant.core.words import stem

__all__ = ["row_share"]

_VERB = (r"(?:came|comes|come|was|were|is|are|went|represented|represents|accounted|consisted|consists|"
         r"made\s+up|makes\s+up|did|does|do|belonged|belongs|belong|sat|sits)")
# "what share of X was Y", "Y as a percentage of X", "Y's share of X", "Y made up what percentage of X"
_FORMS = (
    re.compile(rf"(?i)\b(?:share|percentage|proportion|portion|fraction|percent)\s+of\s+(?:the\s+)?(?P<total>.+?)\s+"
               rf"{_VERB}\b(?P<part>[^?]*)"),
    re.compile(r"(?i)(?P<part>[\w'’&,\- ]+?)\s+(?:as\s+a\s+(?:share|percentage|proportion|percent)\s+of|divided\s+by)"
               r"\s+(?:the\s+)?(?P<total>[\w'’&,\- ]+)"),
    re.compile(r"(?i)(?P<part>[\w&,\- ]+?)['’]s?\s+(?:share|percentage|portion|proportion)\s+of\s+(?:the\s+)?"
               r"(?P<total>[\w'’&,\- ]+)"),
    re.compile(r"(?i)(?P<part>[\w'’&,\- ]+?)\s+(?:made|make|makes|represented|accounted\s+for)\s+(?:up\s+)?"
               r"what\s+(?:share|percentage|proportion|portion|fraction)\s+of\s+(?:the\s+)?(?P<total>[\w'’&,\-() ]+)"),
)
_TOTAL = re.compile(r"(?i)^\s*(?:total|worldwide|consolidated)\b")
_TOTAL_WORDS = frozenset(word_stems("total worldwide consolidated net the"))
_MIN_MATCH = 0.8  # a row's label and headings name (nearly) every word of the part or total asked
_TIE = 0.05
_LEAD = frozenset(word_stems("total net the"))
# Words that say how a part is told from the rest, not its row's label: "spent in the Domestic
# segment", "classified as Level 2", "came from foreign jurisdictions".
_HOW_PART = frozenset(word_stems("spent generated earned classified recorded held segment segments region regions "
                                 "division divisions unit units business businesses jurisdiction jurisdictions operations"))
_BRACKETS = BRACKETED  # "(as opposed to U.S.)": an aside, not the part's name
# "internationally rather than in the United States": what the part is contrasted with is no part
_CONTRAST = re.compile(r"(?i)\s+(?:rather\s+than|as\s+opposed\s+to|instead\s+of|versus|vs\.?)\s.*$")
# "in the three months ended June 30, 2023": the period asked, read by the columns, not a row's words
_PERIOD = frozenset(word_stems("months month ended ending end three six nine twelve quarter half first second "
                               "third fourth year fiscal period"))
# "worldwide Oncology sales", "Pharmacy Services revenue": the whole's scope and the line measured
# are the table's subject (its title, "Sales to customers"), not words its total row prints: the
# total row need name only the rest ("Total Oncology", "Total" under "Pharmacy Services").
_SUBJECT = frozenset(word_stems("worldwide consolidated sales revenue revenues"))


def _cover(words: set[str], own: set[str], vocab: set[str]) -> float:
    """The share of `words` a row's own words name (a synonym counts a little less)."""
    match = Matcher(words, vocab | own)
    return sum(match(w, own) for w in words) / len(words)


def _sums(f: Fig, rows: list[Fig]) -> bool:
    """The row is the sum of the rows above it in its table ("U.S. 6,064  International 18,247  Income
    before taxes 24,311"): their total, whatever its label adds ("before provision/(benefit) for")."""
    above = [g for g in rows if g.start < f.start]
    return len(above) >= 2 and abs(sum(absolute(g.q) for g in above) - absolute(f.q)) <= 0.005 * absolute(f.q)


def _pick(scored: list[tuple[float, Fig]]) -> Fig | None:
    """The best row unless another as good has another figure."""
    if not scored:
        return None
    scored.sort(key=lambda x: -x[0])
    top, f = scored[0]
    if any(s >= top - _TIE and g.q.value != f.q.value for s, g in scored[1:]):
        return None
    return f


_DEFINED = re.compile(r"(?i)^.*?\b(?:define[sd]?|calculated?|computed?)\b[^.?]*?\bas\s+")
# A deduction printed in brackets ("Allowance (881)") is a part of its size.
_DEDUCTION = re.compile(r"(?i)\b(?:allowances?|reserves?|accumulated)\b")


def _subject_part(q: Question, every: list[Fig], whole: Fig, part_w: set[str], vocab: set[str]) -> Fig | None:
    """The part row named by the words the total's row does not print: "the allowance on device
    plan receivables divided by those receivables at amortized cost" over the rows "Device plan
    receivables, at amortized cost 25,709" and "Allowance (881)": the receivables are the table's
    subject, "allowance" names the part's own row."""
    own_w = part_w - content(q, row_label(whole))
    if not own_w or own_w == part_w:
        return None
    rows = []
    for f in every:
        if f.start == whole.start or clash(q, f) or span_clash(q, f):
            continue
        if f.q.value <= 0 and not (f.q.value < 0 and _DEDUCTION.search(row_label(f))):
            continue
        if (c := _cover(own_w, content(q, row_label(f)) | word_stems(f.above), vocab)) >= _MIN_MATCH:
            rows.append((c, f))
    return _pick(rows)


def row_share(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """The part's share of the total, both rows of one table, in percent."""
    m = next((m for rx in _FORMS if (m := rx.search(text))), None)
    if m is None or q.want not in ("percent", "number"):
        return None
    if PART_SUM.search(m.group("part")):
        return None  # a part written as a sum is no one row
    part_text = _DEFINED.sub("", m.group("part"))  # "Define the X rate as the A": A is the part
    part_all = content(q, _CONTRAST.sub("", _BRACKETS.sub(" ", part_text))) - _LEAD - _HOW_PART - _PERIOD
    part_w = (part_all & set(q.named)) or part_all  # "the Devices business line": Devices names it
    total_all = content(q, _BRACKETS.sub(" ", m.group("total"))) - _LEAD - _PERIOD
    total_w = {w for w in total_all if q.terms.get(w, 1.0) >= 1.0}
    if part_w <= total_w:
        # "Retail gift card balances as a share of total gift card balances": the part is named by
        # the words it adds to the whole's ("Retail"), which no name narrowed away
        part_w = part_all - total_w
    if not part_w or not total_w:
        return None
    # the whole's own words, without the scope and line the table's title says (`_SUBJECT`)
    whole_w = (total_w - _SUBJECT) or total_w
    # one table's rows under one sub-heading ("Capital expenditures" over "Domestic" and its total)
    tables: dict[tuple[int, str, str], list[Fig]] = {}
    for f in figs:
        if f.row and f.q.unit != "percent" and f.q.high is None and figure_kind(f.q) in ("currency", "bare"):
            tables.setdefault((f.hit, f.header, f.above), []).append(f)
    found: list[tuple[float, Fig, Fig]] = []
    asked = content(q, text)
    for every in tables.values():
        titles = heading_words(every[0])
        parts, totals = [], []
        for f in every:
            if f.q.value <= 0 or clash(q, f) or span_clash(q, f):
                continue
            label = content(q, row_label(f))
            own = label | word_stems(f.above)
            if (p := _cover(part_w, own, vocab)) >= _MIN_MATCH and not label & total_w - part_w and not head_unsaid(
                    part_w | total_w, f.text) and not deducted_line(part_w, row_label(f)):
                # "Loan servicing rights" for loans: another line sharing a word; "Loans, net of allowance
                # for loan losses" for the allowance: what is left once the part is taken off
                parts.append((p, f))
            if _TOTAL.match(row_label(f)):
                # "Total Markets & Securities Services" is no total of Markets: a total row's label
                # names nothing the question leaves unsaid
                t = 0.0 if label - asked - _TOTAL_WORDS else _cover(whole_w, label | titles | word_stems(f.above), vocab)
            elif not label - total_all - {stem("total")}:
                t = _cover(whole_w, label, vocab)  # a row naming the total whole and nothing else
            elif _sums(f, every):
                # the sum of the rows above, whatever its label adds; but a label naming another line
                # ("Segment earnings" for segment sales) leaves the whole's own subject unsaid
                t = _cover(total_w, label, vocab)
            else:
                t = 0.0
            if t >= _MIN_MATCH:
                totals.append((t, f))
        part = _pick(parts)
        whole = _pick([(t, f) for t, f in totals if part is None or f.start != part.start])
        if part is None and whole is not None:
            part = _subject_part(q, every, whole, part_w, vocab)
        if part is None or whole is None or absolute(whole.q) <= absolute(part.q):
            continue
        if {figure_kind(part.q), figure_kind(whole.q)} - {"currency", "bare"}:
            continue  # a count or a percent against an amount
        found.append((_cover(part_w, word_stems(row_label(part)), vocab), part, whole))
    if len({(p.q.value, t.q.value) for _, p, t in found}) != 1:
        return None  # no table, or two tables that give other shares
    _, part, whole = found[0]
    value = 100.0 * abs(absolute(part.q) / absolute(whole.q))  # a deduction "(881)" is a part of its size
    formula = f"{part.q.raw.strip()} / {whole.q.raw.strip()} = {value:.1f}%"
    return Derived(value, "percent", None, formula, [as_input(part), as_input(whole)], decimals=asked_decimals(text))
