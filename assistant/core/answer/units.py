"""The figure in a candidate unit (a sentence or table row, split by `spans`) that best answers
a question, and the kind of each figure."""

from __future__ import annotations

import re

from assistant.core.answer.cell_columns import read_cells
from assistant.core.answer.columns import locate_column
from assistant.core.answer.figure_series import (
    bracket_name,
    named_year_fit,
    series_lead,
    series_words,
)
from assistant.core.answer.listed_column import listed_column
from assistant.core.answer.period_lists import span_after
from assistant.core.answer.points_asked import points_asked
from assistant.core.answer.qualifiers import (
    asked_span,
    clause,
    figure_families,
    figure_list,
    local_text,
    qualifier_fit,
    respective_span,
    respective_year,
    revises,
    revision_of,
)
from assistant.core.answer.question import (
    BY_HOW,
    CHANGE_STEMS,
    METRIC_STEMS,
    Matcher,
    Question,
    asked_metrics,
    stem,
)
from assistant.core.answer.sentence_attribution import sizes_a_whole
from assistant.core.answer.spans import label_figures
from assistant.core.answer.text import (  # also re-exported: callers read a unit's words here
    figures_text,
    metric_stems,
    word_stems,
    word_tokens,
)
from assistant.core.finance.periods import quarters_and_years
from assistant.core.numbers import CURRENCIES, Quantity, numbers_match, parse_quantities

# --- figures ------------------------------------------------------------------------------

FIT = {  # how well a figure of each kind answers each kind of question
    "percent": {"percent": 1.0}, "change": {"percent": 1.0, "currency": 0.5, "bare": 0.3},
    "amount": {"currency": 1.0, "bare": 0.7}, "count": {"bare": 1.0},
    "number": {"percent": 1.0, "currency": 1.0, "bare": 1.0, "x": 1.0},
}
_FROM = re.compile(r"(?i)\b(?:from|compared\s+(?:to|with)|versus|vs\.?|against)\s+"
                   r"(?:about\s+|approximately\s+)?$")
_CHANGED_BY = re.compile(r"(?i)\b(?:increas|rais|expand|grow|grew|ris|rose|cut|reduc|decreas|lower)\w*\s+by\s+"
                         r"(?:up\s+to\s+|about\s+|approximately\s+|roughly\s+|a\s+further\s+)?$")
_CHANGE_COLUMN = re.compile(r"(?i)\bchange\b|\bincrease|\bdecrease|\bgrowth\b|\bvariance\b|\bvs\.?\s|\bdifference\b")
_RANGE_ASKED = re.compile(r"(?i)\brange\b|\blow\s+and\s+high|\bhigh\s+and\s+low")
_MIDPOINT_ASKED = re.compile(r"(?i)\bmid-?\s?point\b|\bmiddle\s+of\b")
_AFTER_END = re.compile(r"[,;:()]|\s(?:and|while|but|compared|versus|from|after)\s|\.\s"
                        r"|[$€£]\s?\d|\d(?:\.\d+)?\s?%|\d{1,3}(?:,\d{3})+")  # up to the next figure
_COMPARED = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.?|as\s+against)\s")
A_CHANGE = re.compile(r"(?i)(?:\b(?:increas|decreas|rose|fell|grew|declin|drop|jump|climb|improv|deteriorat)\w*"
                       r"(?:\s+by)?|\b(?:an?\s+)?(?:increase|decrease|decline|reduction|rise|drop|improvement)\s+of"
                       r"|\b(?:up|down)(?:\s+by)?)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?$")
_SET_ASIDE = re.compile(r"(?i)\b(?:excluding|excl\.|net\s+of|less)\s+"
                        r"(?:an?\s+|the\s+)?(?:approximately\s+|about\s+)?$")
_HEDGED = re.compile(r"(?i)\b(?:about|approximately|roughly|nearly|almost|around|some|over"
                     r"|more\s+than|less\s+than|up\s+to|at\s+least)\s+$")


def hedged(text: str, fig: Quantity) -> bool:
    """The figure is given as a round number ("about 60%")."""
    return bool(_HEDGED.search(text[max(0, fig.start - 30) : fig.start]))


_COUNTED = re.compile(r"^\s*(?:[A-Z][\w&.'’-]*\s+){0,3}(?:\([^)]{0,30}\)\s+)?(?:[a-z]+\s+)?([a-z]{3,}s)\b")
_MONEY_ASKED = re.compile(r"(?i)\b(?:dollars?|euros?|pounds?|kronor|krona|worth|valued?|USD|EUR|GBP)\b|[$€£]")
_NOT_COUNTS = frozenset(["millions", "billions", "thousands", "percent", "cents", "dollars", "euros", "times", "was"])
# Words ending in "s" that are no noun: "28 countries across Europe" counts countries, not "across".
_NOT_NOUNS = frozenset(["across", "versus", "plus", "towards", "has", "its", "this", "thus", "whereas",
                        "besides", "always", "perhaps", "was", "is", "as", "does"])
_COUNTED_BARE = re.compile(r"^\s*(?:[A-Z][\w&.'’-]*\s+){0,3}(?:\([^)]{0,30}\)\s+)?([a-z]{3,}s)\b")


def counted(text: str, fig: Quantity) -> str | None:
    """The figure counts things: a plural noun follows it ("44,682 Nokia (NYSE: NOK) shares",
    "2,800 retail stores")."""
    m = _COUNTED.match(text[fig.end : fig.end + 60])
    if m and m.group(1) in _NOT_NOUNS:  # the word before it was the noun, not a modifier
        m = _COUNTED_BARE.match(text[fig.end : fig.end + 60])
    return m.group(1) if m and m.group(1) not in _NOT_COUNTS else None


def _year_header(q: Quantity) -> bool:
    """"2022 %": a column heading's year over a column of rates, not a rate of 2,022%."""
    return q.unit == "percent" and q.high is None and float(q.value).is_integer() and 1990 <= q.value <= 2100


def figure_kind(q: Quantity) -> str:
    if q.unit in ("percent", "pp", "bp"):
        return "percent"
    if q.unit in CURRENCIES:
        return "currency"
    return "x" if q.unit == "x" else "bare"


def pick_figure(q: Question, text: str, row: bool, header: str, anchors: list[tuple[int, float]],
                 prior: bool, own_period: str | None = None) -> tuple[Quantity | None, float]:
    """The figure of the wanted kind nearest the question's words (weighted by their rarity).
    `own_period`: the passage's filing period ("Q2 2024"), when the question asks for it."""
    table = FIT.get(q.want)
    if table is None:
        return None, 0.0
    if q.want == "change" and _MONEY_ASKED.search(q.text):
        table = {"currency": 1.0, "bare": 0.5, "percent": 0.2}  # "by how many dollars did it grow"
    found = [x for x in parse_quantities(figures_text(text).replace("\n", " ")) if not x.is_year and not _year_header(x)]
    if row:  # the period's column, else the first cell that fits best
        inside = label_figures(text)
        found = [x for x in found if not any(s <= x.start < e for s, e in inside)]
        if not found:
            return None, 0.0
        if (q.want == "amount" and _PER_SHARE.search(text[: found[0].start])
                and not re.search(r"(?i)per\s+share|\beps\b", q.text)):
            return None, 0.0  # "Net earnings per share ... 8.93": a per-share row is no total asked in $m
        if q.want == "amount":  # a table's amounts carry no currency sign on every row
            table = {**table, "bare": table["currency"]}
        elif q.want == "change" and not _CHANGE_COLUMN.search(f"{header}\n{text}"):
            table = {"percent": table["percent"]}  # a row's amounts are levels, not how much it grew
        # A label stating amounts of its own ("net of tax of $30, $197 and $265") names one line: its
        # commas list those amounts, not metrics repeated per period.
        listed = listed_column(q, text[: found[0].start], header, found) if found and not inside else None
        if listed is not None:  # "EBITDA, EBIT, Net income, and EPS": one cell is the asked metric's
            cell = found[listed] if listed >= 0 else None
            fit = table.get(figure_kind(cell), 0.0) if cell is not None else 0.0
            return (cell, fit) if fit > 0 else (None, 0.0)
        at, told = locate_column(q, header, found, own_period, figures_text(text).replace("\n", " "))
        fitting = [x for x in found if table.get(figure_kind(x), 0.0) > 0]
        if not told and len({x.value for x in fitting}) > 1:
            return None, 0.0  # which cell is the asked period's its header does not say: no figure here
        cells = [x for x in found[at:] if table.get(figure_kind(x), 0.0) > 0]
        read = read_cells(header, found, figures_text(text).replace("\n", " ")) if q.want != "change" else None
        if read is not None:  # "$ 2,995  27 %" under "2022 vs. 2021": a change, not a share or a level
            cells = [x for x in cells if read[found.index(x)].kind != "change"]
        cell = max(cells, key=lambda x: table[figure_kind(x)], default=None)
        return cell, table[figure_kind(cell)] if cell is not None else 0.0
    total = sum(w for _, w in anchors) or 1.0
    best, best_fit, best_rank = None, 0.0, 0.0
    given = [g for g in parse_quantities(figures_text(q.text)) if not g.is_year]
    # The one span each figure's own words after it name; a figure of another span than asked gives way only
    # to one of the asked span in the same sentence (alone, `contrary` refuses it as the shorter period's).
    own_spans = {x.start: _own_span(text, x) for x in found}
    asked, spans_named = asked_span(q.text), set(own_spans.values())
    in_points = points_asked(q.text) and any(x.unit in ("pp", "bp") for x in found)
    for x in found:
        fit = table.get(figure_kind(x), 0.0)
        if fit <= 0:
            continue
        if any(figure_kind(g) == figure_kind(x) and numbers_match(g, x, rel_tol=1e-6) for g in given):
            continue  # "Of the $500 million it paid, how much was ...": the question's own figure
        run = _NAME_NUMBER.match(text, x.start)
        if run is not None and any(run.group().startswith(g.raw) for g in given if "-" in g.raw):
            continue  # "ATR 72-600s" for "how many ATR 72-600 aircraft": a name the question writes, no figure
        if _PER_SHARE.match(text[x.end : x.end + 20]) and not _PER_SHARE.search(q.text):
            fit *= 0.3  # "$100 per share ... a total of $6.7 billion": a total asked, not a price
        # In a series the words between two figures are the earlier one's ("33% ethnic minorities and 15%")
        own = series_words(text, x, figure_kind)
        near = sum(w / (1.0 + ((x.start - p) if p < x.start else 1.5 * (p - x.end)) / 40.0)
                   for p, w in anchors if own is None or not own[0] <= p < x.start)
        fit *= 0.4 + 0.6 * near / total
        if own is not None:  # "notes due 2028, and $650 million of notes due 2030": the maturity asked
            fit *= named_year_fit(q.text, own[1] or local_text(text, x))
        if in_points and x.unit == "percent":
            fit *= 0.2  # "expanded 99 basis points to 37.0%": a move asked in points is the figure stated in points
        noun = counted(text, x) if figure_kind(x) == "bare" else None
        if q.want == "amount" and figure_kind(x) == "bare" and (x.scale is None or _MONEY_ASKED.search(q.text)):
            continue  # in prose an amount carries its currency or scale; "10.1", "330" are not amounts
        if q.want == "amount" and noun:
            fit *= 0.2  # "44,682 shares" is a count, not what they were worth
        elif q.want == "count" and noun:
            # "2,800 stores in 28 countries": the noun asked for ("how many countries"); where the
            # question says what it counts, a noun it only mentions ("... run its stores") counts
            # something else.
            fit *= 1.5 if stem(noun) in (q.focus or q.terms) else 0.5
        elif q.want == "count" and set(q.focus) & word_stems(local_text(text, x)):
            fit *= 1.5  # "subscribers climbed to 8.2 million": the thing counted comes first
        if q.want == "count":
            fit *= _acted(q, local_text(text, x))
        before = text[max(0, x.start - 30) : x.start]
        after = _AFTER_END.split(text[x.end : x.end + 60], maxsplit=1)[0]
        own_years = quarters_and_years(after)[1] if q.years else frozenset()
        paired_year = respective_year(text, x) if q.years else None
        span = respective_span(text, x)
        if span is None:  # "$448 million in the second quarter of 2023 and $1.3 billion in the first six months"
            span = span_after(after)
        if span is not None and asked_span(q.text) not in (None, span):
            continue  # "in the second quarter and first six months, $9.6 billion and $19.1 billion, respectively"
        if span is None and asked is not None and asked in spans_named and own_spans[x.start] not in (None, asked):
            continue  # "$91 million in the second quarter and $183 million in the first six months": the half's asked
        if paired_year is not None:  # "$24 million and $16 million ... in 2023 and 2022, respectively"
            own_years = frozenset({paired_year})
        if own_years:  # "compared with $600 million in 2023": the year the figure is for
            fit *= (2.0 if len(q.years) == 1 else 1.0) if own_years & q.years else 0.6
        elif _FROM.search(before):
            fit *= 2.0 if prior else 0.4  # "to $1.81 million from $591,000": the old value
        elif _COMPARED.search(text[: x.start]):  # "$310 million, compared with $280 million, or $1.30"
            fit *= 1.5 if prior else 0.5
        # A series' lead-in ("approximately $5,070 and $3,634") is all its figures', a hedge in it too.
        lead = series_lead(text, x, figure_kind)
        if (hedged(text, x) or _HEDGED.search(lead)) and not BY_HOW.search(q.text):
            fit *= 0.7  # "about 60%" rounds a figure stated elsewhere
        if BY_HOW.search(q.text) and _CHANGED_BY.search(text[max(0, x.start - 40) : x.start]):
            fit *= 2.0  # "may be increased by up to $500,000,000": the change asked for
        if _RANGE_ASKED.search(q.text):  # "what range": the range, not its mid-point; and the reverse
            fit *= 1.5 if x.high is not None else 0.7
        elif _MIDPOINT_ASKED.search(q.text):
            fit *= 0.7 if x.high is not None else 1.3
        if q.want in ("amount", "count") and A_CHANGE.search(text[max(0, x.start - 40) : x.start]):
            fit *= 0.3  # "Adjusted EBIT decreased by $24 million": how much it moved, not the level asked
        if sizes_a_whole(q.text, text, x):
            fit *= 0.3  # "$265 million remained under the $400 million authorization": the whole, not what is left
        if _SET_ASIDE.search(text[max(0, x.start - 40) : x.start]):
            fit *= 0.3  # "Excluding a $45 million charge, ...": the amount set aside, not the result
        # Within one sentence: whether it is a forecast is shared by its figures, not a choice.
        fit *= qualifier_fit(q.qualifiers - {"outlook"}, figure_families(text, x, sentence_wide=False) - {"outlook"})
        fit *= _bound(q, text, x, lead)
        # "core EPS of $7.27 (previously $7.20)": the earlier value is named by its neighbour's words.
        named_by = (revises(text, x) or revision_of(text, x)) if figure_families(
            text, x, sentence_wide=False) & {"prior", "current"} else None
        if named_by is not None:
            lead = series_lead(text, named_by, figure_kind)
        # A bare list's figures ("$1,782 and $1,883 of our common stock") share the words before and after it.
        in_list = figure_list(text, named_by or x)
        ends = (in_list[2][0], in_list[2][-1]) if in_list is not None else None
        rank = (fit * _named_here(q, text, named_by or x, lead, ends)
                * _own_words(q, text, named_by or x, "" if ends else lead, ends, None if named_by else own))
        if rank > best_rank:
            best, best_fit, best_rank = x, fit, rank
    return best, min(best_fit, 1.0)


def _own_span(text: str, x: Quantity) -> int | None:
    """The one span (in months) a figure's own words after it name: a series figure's words up to the
    next one, else those up to the next figure or clause end ("$91 million in the second quarter" → 3)."""
    own = series_words(text, x, figure_kind)
    return asked_span(own[1] if own is not None and own[1] else _AFTER_END.split(text[x.end : x.end + 60], maxsplit=1)[0])


_NAME_NUMBER = re.compile(r"[\w.-]*")  # a number run into a name: "72-600s", "E195-E2"
_PER_SHARE = re.compile(r"(?i)\s*(?:per|a|/|for\s+each)\s*(?:common\s+|ordinary\s+)?share\b")
_PAST = re.compile(r"\b[a-z]{3,}ed\b")


def _acted(q: Question, own: str) -> float:
    """"How many stores did it open": the count the question's verb is bound to ("opened 35
    stores") over one bound to another verb ("closed 12 stores") or to none ("operates 2,800")."""
    acts = set(q.terms) - set(q.focus) - METRIC_STEMS - set(q.company) - set(q.named)
    if not acts:
        return 1.0
    words = word_stems(own)
    match = Matcher(acts, words)
    if any(match(a, words) >= 0.9 for a in acts):
        return 1.5
    return 0.7 if _PAST.search(own.lower()) else 1.0


def _bound(q: Question, text: str, x: Quantity, lead: str = "") -> float:
    """Within one sentence, the figure whose own words (up to its neighbouring figures) name the
    asked metric over one whose own words name another ("59.6% revenue growth and 121.6% EBITDA
    growth": the question's "growth" is next to both; only one is revenue's)."""
    asked = asked_metrics(q)
    if not asked:
        return 1.0
    own = metric_stems(f"{lead} {local_text(text, x)}")
    match = Matcher(asked, own)
    if any(match(t, own) >= 0.6 for t in asked):
        return 1.0
    return 0.3 if own & METRIC_STEMS else 1.0


def _own_words(q: Question, text: str, x: Quantity, lead: str = "",
               ends: tuple[Quantity, Quantity] | None = None, series: tuple[int, str] | None = None) -> float:
    """Within one sentence, the figure whose own words (up to its neighbouring figures) hold more
    of what the question asks about ("an upfront payment of $150 million and an equity investment
    of $350 million": "how much was an equity investment"). Names and the company are the
    sentence's subject, shared by all its figures: left out. Chooses inside a sentence only."""
    words = {t: w for t, w in q.terms.items() if t not in q.named and t not in q.company}
    total = sum(words.values())
    if not total:
        return 1.0
    # "Hispanic/Latino (16%), Asian (11%)": a bracketed figure's own words are the name before it; a
    # series' lead-in is no figure's own ("fell by $412 million, $937 million and ...": the first's no more)
    local = bracket_name(text, x) or _less_bracketed(text, x, local_text(text, x, compared=True))
    if ends is not None:  # the first's words and the last's: every figure of the list's
        local = " ".join(local_text(text, e, compared=True) for e in ends)
    elif series is not None and series[1]:  # "33% U.S. racial and ethnic minorities and": all its words
        local = series[1]
    elif lead.strip():
        local = local.replace(lead.strip(), " ")
    own = word_stems(local)
    match = Matcher(words, own)
    # A phrase of the question in the figure's own words ("$4.3 billion in opioid remediation")
    # binds it closer than the same words scattered around it; "shares rose" names no metric.
    seq = [t for t, _ in word_tokens(local)]
    phrases = sum(any(seq[i] == a and b in seq[i + 1 : i + 3] for i in range(len(seq)))
                  for a, b in q.pairs if a in words and b in words and not {a, b} & CHANGE_STEMS)
    return (1.0 + 0.5 * sum(w * match(t, own) for t, w in words.items()) / total) * (1.0 + 0.3 * min(phrases, 2))


def _less_bracketed(text: str, x: Quantity, words: str) -> str:
    """`words` around `x` less the names of the figures bracketed after them: in "losses of $188.6
    million came mainly from the hurricane ($96.4 million) and from hail", "the hurricane" is the
    bracketed figure's, the sentence's main figure is its subject's (the losses), not the hurricane's."""
    for y in parse_quantities(text):
        if y.is_year or y.start == x.start:
            continue
        name = bracket_name(text, y)
        if name:
            words = words.replace(name, " ")
    return words


_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][A-Za-z]+\b")


def _named_here(q: Question, text: str, x: Quantity, lead: str = "",
                ends: tuple[Quantity, Quantity] | None = None) -> float:
    """Within one sentence, the figure whose clause names what the question names besides its
    metric ("Asia Pacific sales fell 4% to $600 million", "the automotive segment slipped 3% to
    $96 million") over one whose clause names something else ("Sales in Latin America rose 15%
    to $900 million"). Chooses inside a sentence only; it does not rank sentences."""
    # What names the segment: its names, else the word before the metric ("automotive sales").
    words = set(q.named) or {a for a, b in q.pairs if b in METRIC_STEMS and a not in METRIC_STEMS}
    if not words:
        return 1.0
    part = f"{lead} {bracket_name(text, x) or _less_bracketed(text, x, clause(text, x.start, x.end))}".strip()
    if ends is not None:
        part = " ".join(clause(text, e.start, e.end) for e in ends)
    if words & word_stems(part):
        return 1.5
    others = {stem(m.group()) for m in _CAPITALISED.finditer(part)} - set(q.terms) - set(q.company)
    return 0.7 if others else 1.0

