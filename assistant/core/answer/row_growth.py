"""Growth of a table row between two years the question names: "Garden revenue, growth in 2024
over 2023" over the row "Garden 1,340 1,210" of a notes or segment table whose header names both
years. Each year's cell is the one its column heading names (`columns.locate_column`); a row whose
header does not name both, or two rows that match the question as well with other figures, give
nothing. A growth a sentence states is quoted instead (stated first), and a compound rate is
worked out over the years between the two."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.core.answer.asked_kind import amount_row_for_per_share
from assistant.core.answer.columns import locate_column
from assistant.core.answer.derived_fit import clash, span_clash
from assistant.core.answer.derived_inputs import (
    DECLINE,
    FRAME,
    GROWTH,
    Derived,
    Fig,
    Words,
    absolute,
)
from assistant.core.answer.question import Question
from assistant.core.answer.row_groups import group_cells, names_group
from assistant.core.answer.text import bare_label
from assistant.core.answer.units import figure_kind, figures_text, word_stems
from assistant.core.answer.year_blocks import year_block_pair
from assistant.core.finance.presentation import credit_among_costs
from assistant.core.finance.years import YEAR_WORD
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.words import stem

__all__ = ["TIE", "cells_of", "heading_words", "named_rows", "own_label", "printed_row", "rival", "row_growth", "unasked"]

_CAGR = re.compile(r"(?i)\bcagr\b|\bcompound(?:ed)?\s+(?:annual|average)")
_CHANGE = re.compile(r"(?i)\bchang\w*|\bgrowth\b")
_PERCENT = re.compile(r"(?i)percent|%|\brate\b|\bdp\b|\bdecimal")
_SIGNED = re.compile(r"(?i)\bsigned\b|\bnegative\b")
# Words that say how to answer, not which line: "compound annual growth rate, percent, one decimal".
_HOW = frozenset(word_stems("compound annual annualized percent percentage decimal decimals dp signed negative "
                            "over versus compared year years fiscal end beginning compute calculate cagr two three "
                            "four five full"))
_LOOSE = frozenset(word_stems("total net"))
_TOTAL_HOW = re.compile(r"(?i)\btotal\s+(?:percent(?:age)?\s+)?(?:increase|decrease|growth|change|rise|decline)")
# A deduction printed in brackets grows as its size grows ("Valuation allowance (150) (128)").
_DEDUCTION = re.compile(r"(?i)\b(?:allowances?|reserves?|accumulated|less|treasury)\b")
# "Earnings (loss) before interest and taxes": a heading or label whose brackets show the loss
_LOSS_BRACKETED = re.compile(r"(?i)\(\s*loss(?:es)?\s*\)")
_LOSS_ASKED = re.compile(r"(?i)\blos(?:s|ses)\b")
_PROFIT_ASKED = re.compile(r"(?i)\b(?:income|earnings|profits?|gains?)\b")


def _grows_as_size(question: str, f: Fig) -> bool:
    """Whether a row bracketed in both years asked grows as its size: a deduction ("Valuation
    allowance (150) (128)"), an income printed as a credit among costs ("Royalty-related income
    (857) (770)" in an other (income)/deductions table), or a loss the question asks of (naming no
    profit line) where the row's label or headings say its brackets are the loss ("Earnings (loss)
    before interest and taxes" over "(4,841) (3,656)": the loss grew as its size did)."""
    label = bare_label(f.text)
    if _DEDUCTION.search(label) or credit_among_costs(label, printed_row(f.text)):
        return True
    return (bool(_LOSS_ASKED.search(question)) and not _PROFIT_ASKED.search(question)
            and bool(_LOSS_BRACKETED.search(f"{f.header}\n{f.above}\n{f.text}")))
# "at July 29, 2023": a date's month; a header dated by other months ("January 28, 2023") is
# another filing's balance, however its years read.
_DATED = re.compile(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d")
_MIN_MATCH = 0.8  # the row's own label names (nearly) every word of the line asked
TIE = 0.05


# "year-over-year growth in 2022", "2023 over the prior year": one year named, the one before it implied
_YOY = re.compile(r"(?i)\byear[-\s]+over[-\s]+year\b|\byoy\b|\b(?:over|from|versus|vs\.?|compared\s+(?:with|to))"
                  r"\s+the\s+(?:prior|previous|preceding)\s+(?:fiscal\s+)?year\b")


def _years(q: Question, text: str) -> tuple[int, int] | None:
    """The two years compared: the two the question names, or one it names and the year before
    when it asks a year-over-year change; a compound rate needs both named."""
    if len(q.years) == 2:
        old, new = sorted(q.years)
        return old, new
    if len(q.years) == 1 and _YOY.search(text) and not _CAGR.search(text):
        year = next(iter(q.years))
        return year - 1, year
    return None


def heading_words(f: Fig) -> set[str]:
    """The words of the headings a row sits under: its nearest sub-heading in the passage
    ("Capital expenditures" over "Garden 96 80") and the table's titles, the header's lines without
    figures but its last: that one heads the table's first rows only ("Revenue from external
    customers" is not the heading of "Long-lived assets" further down)."""
    # "TABLE 10: USCS ...": a table's number is no figure of its header
    lines = [_TABLE_NO.sub("", line) for line in f.header.splitlines()[:-1]]
    titles = [line for line in lines if not re.search(r"\d", line) or _LEAD_IN.match(line)]
    return word_stems(" ".join([*titles, f.above]))


# "Stock-based compensation expense was as follows in fiscal 2017, 2016 and 2015 ($ in millions):":
# the sentence leading into a table names its line though it prints the table's years
_LEAD_IN = re.compile(r"(?i)^\s*(?:[a-z][\w'’&/-]*[\s,]+){2,}[^:]*:\s*$")
_SCALE_NOTE = re.compile(r"(?i)\((?:in\s+)?(?:thousands|millions|billions|trillions)\)")
_TABLE_NO = re.compile(r"(?i)^\s*table\s+\d+[a-z]?\s*[:.\-–—]")
# "U.S. Consumer Services (USCS)": a name and the abbreviation the question gives it in brackets
_NAMED_AS = re.compile(r"((?:[A-Z][\w.&]*\s+){1,5})\(([A-Z][A-Za-z&]{1,7})\)")


def _abbreviated(text: str, words: set[str]) -> set[str]:
    """`words` with a name the question abbreviates in brackets ("U.S. Consumer Services (USCS)")
    named by its abbreviation alone: a table may print either."""
    for m in _NAMED_AS.finditer(text):
        short = word_stems(m.group(2))
        if short and short <= words:
            words = words - word_stems(m.group(1)) | short
    return words


# "Boeing Global Services" written "BGS" where the passages use it: the row says "Global Services".
_CAPS = re.compile(r"[A-Z][a-z]+(?:\s+(?:(?:of|and|&|the)\s+)?[A-Z][a-z]+)+")


def _spelled(text: str, words: set[str], company: set[str]) -> set[str]:
    """`words` with an acronym the question spells out ("BGS" of "Boeing Global Services")
    replaced by the spelled words that are not its company's: the first word is the company's
    when the question names no company apart from the acronym ("Boeing" in "BGS")."""
    for m in _CAPS.finditer(text):
        names = re.findall(r"[A-Z][a-z]+", m.group())
        acronym = "".join(w[0] for w in names).lower()
        if acronym in words:
            kept = names[1:] if not company or stem(names[0]) in company else names
            words = (words - {acronym}) | {s for s in word_stems(" ".join(kept)) if s not in company}
    return words


def _prefixed(words: set[str], stems: set[str]) -> float:
    """The share of `words` printed in `stems`, a stem and its longer form alike ("tax", "taxes")."""
    if not words:
        return 0.0
    hit = [w for w in words if any(s == w or (min(len(s), len(w)) >= 3 and (s.startswith(w) or w.startswith(s)))
                                   for s in stems)]
    return len(hit) / len(words)


# "Goodwill (Notes 1 and 5) 45,231": the notes a label cites are no cells of the row.
_NOTE_REF = re.compile(r"(?i)\((?:see\s+)?notes?\s[^)]*\)")


def printed_row(text: str) -> str:
    """The row as its cells are read: note references blanked (same length, so offsets hold)."""
    return _NOTE_REF.sub(lambda m: " " * len(m.group()), figures_text(text).replace("\n", " "))


def cells_of(q: Question, f: Fig, years: list[int], words: set[str]) -> list[Quantity] | None:
    """The row's cells for `years`, each told by its column heading; in a table whose columns are
    grouped by line item (`row_groups`), under the one group that names the line asked (`words`
    the row's own label leaves unsaid). None when a year's cell is not told, or two years read one cell."""
    row = printed_row(f.text)
    cells = [x for x in parse_quantities(row) if not x.is_year]
    read = group_cells(f.header, cells)
    if read is not None:
        rest = words - word_stems(bare_label(f.text))
        groups = {name for name, _ in read if rest and _prefixed(rest, word_stems(name)) >= _MIN_MATCH}
        if not groups:  # "pension interest cost ... benefit obligations": the one group the question names whole
            groups = {name for name, _ in read if names_group(word_stems(name), words)}
        if len(groups) != 1:
            return None
        by_year = {year: c for c, (name, year) in zip(cells, read, strict=True) if name in groups}
        if any(year not in by_year for year in years):
            return None
        got = [by_year[year] for year in years]
    else:
        got = []
        for year in years:
            at, told = locate_column(replace(q, years=frozenset({year}), want="amount"), f.header, cells, row=row)
            if not told or figure_kind(cells[at]) == "percent":
                return None
            got.append(cells[at])
    amounts = [c for c in cells if figure_kind(c) != "percent"]
    if len({c.raw.strip() for c in got}) < len(got) and len(amounts) > len(set(YEAR_WORD.findall(f.header))):
        return None  # "July 2, 2023  December 31, 2022" over "41,730 — 41,730 20,331 — 20,331": one date's cells twice
    kinds = {figure_kind(c) for c in got}
    # "$ 1,327  1,421": a table prints the currency sign on its first cell only; both are amounts.
    if len({c.start for c in got}) < len(got) or (len(kinds) > 1 and not kinds <= {"currency", "bare"}):
        return None
    return got


def _pair(q: Question, f: Fig, old: int, new: int, words: set[str]) -> tuple[Quantity, Quantity] | None:
    """The row's cells for the two years (`cells_of`)."""
    got = cells_of(q, f, [old, new], words)
    return None if got is None else (got[0], got[1])


def _read(q: Question, f: Fig, figs: list[Fig], old: int, new: int,
          words: set[str]) -> tuple[Quantity, Quantity, Fig, Fig] | None:
    """The line's two cells with the rows they stand in: both in `f`'s row, or (a table printed in
    a block of rows per year) one in each year's block."""
    pair = _pair(q, f, old, new, words)
    if pair is not None:
        return pair[0], pair[1], f, f
    blocks = year_block_pair(q, f, figs, old, new)
    return None if blocks is None else (blocks[0][1], blocks[1][1], blocks[0][0], blocks[1][0])


def named_rows(q: Question, text: str, figs: list[Fig], vocab: set[str], *, rate: bool = True,
               how: frozenset[str] = frozenset()) -> tuple[list[tuple[float, Fig]], list[Words], set[str]] | None:
    """The table rows that name the line the question asks of (best first, as (score, row)), the
    readings of that line's words, and those words; None when `rate` (a growth asked) and a
    sentence states the rate asked; `how`: more words that say how to answer."""
    words = {w for w in q.terms if w not in FRAME and w not in _HOW and w not in how and w not in q.company
             and not (GROWTH.fullmatch(w) or DECLINE.fullmatch(w) or _CHANGE.fullmatch(w))}
    if words - q.where:
        words -= q.where  # "(geographic operations table)": where to read the line, not its name
    if _TOTAL_HOW.search(text) and len(re.findall(r"(?i)\btotal\b", text)) == 1:
        words.discard(stem("total"))  # "total percentage increase over the two years": how, not the line
    headings = {(f.header, f.above): heading_words(f) for f in figs if f.row}
    named = vocab.union(*headings.values())
    spelled, metric = _spelled(text, words, set(q.company)), Words(words, named)
    metrics = [metric] if spelled == words else [metric, Words(spelled, named)]
    if (short := _abbreviated(text, words)) != words:
        metrics.append(Words(short, named))
    cagr = bool(_CAGR.search(text))
    # the part of the company the question names ("EMEA", "Flexibles"): a rate stated of the whole is not the part's
    parts = {w for w in words if w in q.named and w not in q.company}
    if rate and any(not f.row and f.q.unit == "percent" and metric(f) >= _MIN_MATCH and (not cagr or _CAGR.search(f.text))
           and all(metric.match(w, f.clause) >= _MIN_MATCH for w in parts) for f in figs):
        return None  # a sentence states the rate asked for the line: the lookup quotes it (a year's growth is no CAGR)
    rows: dict[tuple[int, int], tuple[float, Fig]] = {}
    asked = word_stems(text) | _LOOSE
    months = {m.lower() for m in _DATED.findall(text)}
    for f in figs:
        if not f.row or f.q.unit == "percent" or clash(q, f) or span_clash(q, f):
            continue
        if months and (dated := {m.lower() for m in _DATED.findall(f.header)}) and not months <= dated:
            continue  # the question's dates are not the header's
        label = bare_label(f.text)
        if len(word_stems(label) - asked) > 1:
            continue  # "deferred tax assets after valuation allowance" is not the allowance asked
        own = f.clause | headings[f.header, f.above]
        # "Total assets (billions)": the bracketed scale names no line ("billed" is not "billions")
        head = re.split(r"[$€£\d]", f.text, maxsplit=1)[0]
        own -= word_stems(" ".join(_SCALE_NOTE.findall(head))) - word_stems(_SCALE_NOTE.sub(" ", head))
        score = max(max(m(f), m(replace(f, clause=own)), _prefixed(m.words, own)) for m in metrics)
        if score >= _MIN_MATCH and score > rows.get((f.hit, f.start), (-1.0, f))[0]:
            rows[(f.hit, f.start)] = (score, f)

    # the row whose own label names the line first ("Non-GAAP operating income" over "Operating income"
    # under a title about non-GAAP measures)
    return sorted(rows.values(), key=lambda x: (-x[0], -own_label(metrics, x[1]), unasked(text, x[1]), x[1].hit)), metrics, words


def unasked(text: str, f: Fig) -> int:
    """How many words of the row's own label the question does not say: "Adjusted operating income"
    names one more than "operating income" asked, so it is another measure beside the row "Operating
    income", no rival to it."""
    return len(word_stems(bare_label(f.text)) - word_stems(text) - _LOOSE)


def rival(metrics: list[Words], text: str, best: tuple[float, Fig], other: tuple[float, Fig]) -> bool:
    """Whether another row (`other`: its score and figure) names the line as well as the best one: scored
    as high, its own label naming the line as much, and adding no more words the question does not say."""
    (score, f), (s, g) = best, other
    return s >= score - TIE and own_label(metrics, g) >= own_label(metrics, f) - TIE and unasked(text, g) <= unasked(text, f)


def own_label(metrics: list[Words], f: Fig) -> float:
    """How much of the line asked the row's own label says, its headings aside."""
    return max(_prefixed(m.words, word_stems(bare_label(f.text))) for m in metrics)


def row_growth(q: Question, text: str, figs: list[Fig], vocab: set[str]) -> Derived | None:
    """The percent change (or compound rate) of the best-matching row between the question's two years."""
    if (years := _years(q, text)) is None or not (GROWTH.search(text) or DECLINE.search(text)
                                                  or _CHANGE.search(text) or _CAGR.search(text)):
        return None
    if not _PERCENT.search(text) or q.want not in ("percent", "change"):
        return None
    old, new = years
    if (named := named_rows(q, text, figs, vocab)) is None:
        return None
    ranked, metrics, words = named
    if not ranked:
        return None
    # a row naming the line less well is no stand-in for the best-named one whose cells cannot be read
    found = [(s, f, p) for s, f in ranked if s >= ranked[0][0] - TIE and (p := _read(q, f, figs, old, new, words)) is not None]
    # a per-share line's growth is not its amount line's ("operating EPS" from the "Operating income" row)
    found = [x for x in found if not amount_row_for_per_share(text, f"{x[1].header} {x[1].above} {x[1].text}", "")]
    if not found:
        return None
    score, f, (a, b, fa, fb) = found[0]
    if any(rival(metrics, text, (score, f), (s, g)) and (p[0].value, p[1].value) != (a.value, b.value) for s, g, p in found[1:]):
        return None  # two rows as good with other figures: which line is asked is not clear
    if a.value < 0 and b.value < 0 and _grows_as_size(text, f):
        a, b = replace(a, value=-a.value), replace(b, value=-b.value)  # "Valuation allowance (150) (128)": its size
    if a.value <= 0 or b.value < 0:
        return None  # a growth rate over a loss or a credit balance means nothing
    ratio = absolute(b) / absolute(a)
    if _CAGR.search(text):
        value = 100.0 * (ratio ** (1.0 / (new - old)) - 1.0)
        formula = f"({b.raw.strip()} / {a.raw.strip()})^(1/{new - old}) - 1 = {value:.1f}%"
    else:
        value = 100.0 * (ratio - 1.0)
        formula = f"({b.raw.strip()} - {a.raw.strip()}) / {a.raw.strip()} = {value:.1f}%"
    if value < 0 and DECLINE.search(text) and not _SIGNED.search(text):
        value = -value  # "by how much did it decline": the size of the fall
    return Derived(value, "percent", None, formula, [(fa.hit, fa.start, fa.end, a), (fb.hit, fb.start, fb.end, b)])
