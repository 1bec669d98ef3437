"""Refusal when the best figure is about another metric: the question asks for sales and the
closest sentence with a figure gives orders. A figure answers only if its sentence (or its
table row and header) names one of the question's metrics, or a synonym of one; a sentence that
names none of them but names another metric is the nearest trap, not the answer."""

from __future__ import annotations

import re
from typing import Protocol

from assistant.core.answer.closing_total import closing_total
from assistant.core.answer.figure_role import (
    left_out_by_note,
    level_reached,
    opposite_flow,
    part_recorded_in,
)
from assistant.core.answer.key_figure import FigureUnit as LocatedUnit
from assistant.core.answer.measure_modifier import other_modifier
from assistant.core.answer.measure_phrase import (
    deducted_only,
    label_measure,
    ratio_to_revenue,
    share_asked,
)
from assistant.core.answer.metric_words import (
    amount_of,
    measured_by,
    paid_for,
    pointed_back,
    signed_profit,
)
from assistant.core.answer.places import other_place
from assistant.core.answer.qualifiers import clause, figure_list, local_text, revision_of
from assistant.core.answer.question import (
    CHANGE_STEMS,
    METRIC_STEMS,
    STOP,
    Matcher,
    Question,
    asked_measures,
    asked_metrics,
)
from assistant.core.answer.relations import asked_relation
from assistant.core.answer.share_words import names_part
from assistant.core.answer.text import FIRST_CELL_OR_BRACKET, bare_label, surface_word
from assistant.core.answer.units import counted, metric_stems, word_stems
from assistant.core.numbers import Quantity
from assistant.core.types import SearchHit
from assistant.core.words import stem


class FigureUnit(LocatedUnit, Protocol):
    """A sentence or table row of a passage (by index) and the figure chosen in it."""

    figure: Quantity | None

__all__ = ["counts_asked", "is_change", "kind_clash", "names_all", "other_metric", "share_unstated", "unit_other_metric"]

# A metric's kind: "gross margin" and "operating margin" share a word and are different metrics.
_KIND = re.compile(r"(?i)\b(gross|operating|net|pre-?tax|free|ebitda|ebit|contribution|interest)\s+"
                   r"(margin|profit|income|earnings|cash\s+flow|loss)\b"
                   # a pension plan's cost and its components: "interest cost" is not "net periodic pension cost"
                   r"|\b(interest|service|pension)\s+(cost)s?\b")


def _kinds(text: str) -> dict[str, set[str]]:
    """{"margin": {"gross"}} for the kinds of metric `text` names."""
    found: dict[str, set[str]] = {}
    for m in _KIND.finditer(text):
        mod, head = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        found.setdefault(re.sub(r"\s+", " ", head.lower()), set()).add(mod.lower().replace("-", ""))
    return found


def kind_clash(asked: str, given: str) -> bool:
    """`given` names a metric of another kind than `asked` does ("net income" for "net interest
    income", "gross margin" for "operating margin")."""
    want, got = _kinds(asked), _kinds(given)
    return any(head in got and not mods & got[head] for head, mods in want.items())


def other_metric(q: Question, *texts: str, passage: str = "") -> str | None:
    """The metric the figure's text is about when it names none of the question's metrics, else
    None. `texts` go from narrow to wide (its own words, its clause, its sentence): the first that names any
    metric decides. Where none names one, the figure's `passage` must name one of the
    question's metrics somewhere (else the answer is "another metric": the first asked)."""
    kind = _kinds(q.text)
    for text in texts:  # "operating margin" asked, "gross margin" given: the same word, another metric
        given = _kinds(text)
        for head, mods in kind.items():
            if head in given and not mods & given[head]:
                return f"{sorted(given[head])[0]} {head}"
    # what the question takes out ("after tax") is named by it: a figure "after-tax" is not about tax
    asked, vocab, deducted = _measured(q)
    if not asked:
        return None
    for text in texts:
        stems = metric_stems(paid_for(text, asked))
        match = Matcher(asked, stems)
        if any(match(t, stems) >= 0.6 for t in asked):
            return None
        other = sorted(s for s in stems if s in vocab and s not in deducted
                       and not any(s.startswith(d) or d.startswith(s) for d in deducted))
        if other:
            return surface_word(other[0], text)
    if passage:
        stems = metric_stems(passage)
        match = Matcher(asked, stems)
        if not any(match(t, stems) >= 0.6 for t in asked) and not signed_profit(asked, passage):
            return f"something other than {surface_word(asked[0], q.text)}"
    return None


# Names a question gives that say where to look or what basis, not which part of the company.
_LABEL_END = FIRST_CELL_OR_BRACKET
_NOT_PARTS = frozenset(word_stems("note notes other md&a gaap non-gaap form item part table schedule annual report "
                                  "quarterly release statement statements consolidated total fiscal one two three four "
                                  "five six seven eight nine ten first second third fourth"))
# "the 2023 Five Year Credit Agreement": an instrument's name says what the passage is about, and its
# sentences rarely repeat it ("a $750 million swing line subfacility").
_INSTRUMENT = re.compile(r"((?:[A-Z][\w&-]*\s+){1,5})(?:Agreements?|Plans?|Facilit(?:y|ies)|Programs?|Act|Notes"
                         r"|Indentures?|Debentures|Contracts?)\b")


_SEGMENT_NAMED = re.compile(r"((?:[A-Z][\w&'-]*\s+){0,2}[A-Z][\w&'-]*)(?:['’]s)?\s+(?:reportable\s+|operating\s+)?segment\b")


def _part_left_out(q: Question, hit: SearchHit, u: FigureUnit, text: str) -> str | None:
    """The segment, place or line the question names ("Mexico", "ICS", "Global Services") that the
    figure's table row leaves out of its label and headings: the company's total or another part's
    figure, not the part asked."""
    named_as = {st for m in _INSTRUMENT.finditer(q.text) for st in word_stems(m.group())}
    named = dict(q.named)
    # "Verizon's Business segment": the words before "segment" name a part, in whatever case it is common
    for m in _SEGMENT_NAMED.finditer(q.text):
        for w in re.findall(r"[A-Za-z][\w&-]*", m.group(1)):
            if len(s := stem(w)) >= 2:
                named.setdefault(s, w)
    parts = {s: w for s, w in named.items() if s not in q.company and s not in _NOT_PARTS and s not in named_as}
    if not parts or u.figure is None or not u.row:
        return None  # a sentence's subject may sit sentences away; a row's is in its label or headings
    stems = word_stems(f"{_LABEL_END.split(text, maxsplit=1)[0]} {u.header}")
    match = Matcher(set(parts), stems)
    for s, surface in parts.items():
        if match(s, stems) >= 0.9 or any(Matcher({a}, stems)(a, stems) >= 0.9 for a in q.aliases.get(s, ())):
            continue
        return f"something other than {surface}"
    return None


_CAGR = re.compile(r"(?i)\bcagr\b|\bcompound(?:ed)?\s+(?:annual|average)|\bannuali[sz]ed\b")


def names_all(words: set[str], text: str) -> bool:
    """`text` names every one of `words` (stems), or a close form of it."""
    stems = word_stems(text)
    match = Matcher(words, stems)
    return all(match(w, stems) >= 0.9 for w in words)


def unit_other_metric(q: Question, hits: list[SearchHit], u: FigureUnit) -> str | None:
    """`other_metric` for a unit's figure: narrowest text first (the figure's own words up to its
    neighbouring figures, its clause, its sentence); a table row by its label, then its header."""
    hit = hits[u.hit]
    text = hit.text[u.start : u.end]
    own = text if u.figure is None else clause(text, u.figure.start, u.figure.end)
    if u.row and u.figure is not None:  # a row's own words are its label
        own = bare_label(text)
    left_out = other_place(q.text, own) or _part_left_out(q, hit, u, text)
    if left_out is not None:
        return left_out
    # A sentence names its rates' kind once for all of them ("ten-year compound annual growth rates
    # ... were 3.5%, 5.0% and 2.2%, respectively"); a row, by its label or header.
    if _CAGR.search(q.text) and u.figure is not None and not _CAGR.search(f"{u.header} {own if u.row else text}"):
        return "a rate that is not a compound annual growth rate"  # a year's change, a point move
    if u.row:  # its label first: a header's "except EPS" does not make a sales row EPS
        label = label_measure(text)
        if ratio_to_revenue(label):  # a margin answers a margin or a share of revenue, not the line's amount
            if not share_asked(q.text):
                return f"{label.strip()} (a ratio to revenue)"
            label = f"{label} margin"
        if (deducted := _named_as_deducted(q, label)) is not None:
            return deducted
        if (unsaid := _synonym_without_modifier(q, label)) is not None:
            return unsaid
        if (which := other_modifier(q, label, text)) is not None:  # "Litigation charges" for severance ones
            return which
        # What a table measures is said above its rows (its title, its lead-in), not anywhere in
        # the document: occupancy stated for one segment's table does not label another's rows.
        above = f"{hit.title}\n{hit.text[: u.start]}"
        # the label's head names its line: "..., net of hedges and tax" is not a tax line
        cut = _deduction_cut(label)
        named_line = label[: cut.start()] if cut is not None else label
        # the total closing its block names what the row is part of, ahead of a heading the passage
        # repeats from its table's top ("Assets" over liability rows) or another table's title
        total = closing_total(hit.text, u.start)
        if total is not None and _names_asked(q, total):
            return other_metric(q, named_line, total)
        return other_metric(q, named_line, f"{u.header} {text}", passage=f"{u.header}\n{above}")
    if u.figure is not None:  # a repayment for what was raised; a part recorded in the line asked
        # its own words and the rest of its clause: "$7.4 billion to prepay and repay ..."
        own_flow = f"{local_text(text, u.figure)} {re.split(r'[.;,]', text[u.figure.end :])[0]}"
        if (flow := opposite_flow(q.text, own_flow)) is not None:
            return flow
        if (line := part_recorded_in(q, text, u.figure)) is not None:
            return f"a part of {line}"
        if left_out_by_note(q.text, text, u.figure):
            return "an amount the line leaves out"
        if (which := other_modifier(q, clause(text, u.figure.start, u.figure.end), text)) is not None:
            return which
        # "a remeasurement gain of $2.4 billion" for early debt redemption costs; a relation asked ("the
        # swing from a loss to a profit") is refused as one input, so it can be computed from its inputs
        if (head := measured_by(text, u.figure)) is not None and not _named(q, head[1]) and asked_relation(q.text) is None:
            return head[0]
    # The document as retrieved: a chunk may leave its subject out.
    passage = "\n".join([u.header, *(f"{h.title}\n{h.text}" for h in hits if h.doc_id == hit.doc_id)])
    if u.figure is None:
        return other_metric(q, f"{u.header} {text}", passage=passage)
    # "this liability": the one an earlier sentence named, by the words that say which
    before = hit.text[max(0, u.start - 600) : u.start]
    texts = [pointed_back(t, before) for t in (local_text(text, u.figure), clause(text, u.figure.start, u.figure.end),
                                                text)]
    if (of := amount_of(text, u.figure.end)) is not None:  # "..., respectively, of write-offs to cost of sales"
        texts.insert(0, of)
    return other_metric(q, *texts, passage=passage)


def _measured(q: Question, wide: bool = True) -> tuple[list[str], frozenset[str], set[str]]:
    """The measures the question asks (`asked_measures`; only its metrics unless `wide`), less those
    it names only as taken out of its measure ("taxes" in "loss before interest and taxes", "tax"
    in "net of hedges and tax"); the vocabulary they come from; and those taken out."""
    asked, vocab = asked_measures(q) if wide else (asked_metrics(q), METRIC_STEMS)
    out = deducted_only(q.text, asked)
    return [t for t in asked if t not in out], vocab, out


def _names_asked(q: Question, text: str) -> bool:
    """`text` names one of the measures the question asks (a close form or a synonym)."""
    asked = _measured(q)[0]
    stems = metric_stems(paid_for(text, asked))
    match = Matcher(asked, stems)
    return any(match(t, stems) >= 0.6 for t in asked)


def _named(q: Question, said: set[str]) -> bool:
    """The question names one of the measure words `said` among all its words, by a synonym, a close
    form or the verb it comes from ("what did it pay" names payments, "bonus" compensation)."""
    words = word_stems(q.text) - set(q.company)  # "worth" is a stop word, and names a value
    match = Matcher(words, said)
    return any(match(t, said) >= 0.6 or (t not in STOP and any(len(t) >= 3 and s.startswith(t) for s in said))
               for t in words)


def _synonym_without_modifier(q: Question, label: str) -> str | None:
    """A row whose label names the asked metric only by a near synonym ("Interest expense" for
    "capital spending": expense ~ expenditure) and leaves out the word the question puts before
    it ("capital"): another line of the same family, not the one asked. The label alone is read:
    the table's title may name the word for another line ("Return on Invested Capital")."""
    stems = word_stems(label)
    around = stems
    for t in _measured(q, wide=False)[0]:
        level = Matcher({t}, stems)(t, stems)
        if not 0 < level < 0.9:
            continue
        mods = [a for a, b in q.pairs if b == t and a not in q.company and a not in METRIC_STEMS]
        if mods and not any(m in around or Matcher({m}, around)(m, around) >= 0.9 for m in mods):
            return label.strip() or "another line"
    return None


# A label that names a line only after one of these names it as taken out of another line:
# "Total revenues net of interest expense" is revenue, not the interest expense.
_DEDUCTED = re.compile(r"(?i)\b(?:net\s+of|after|less|excluding|exclusive\s+of|before)\b")


def _deduction_cut(label: str) -> re.Match[str] | None:
    """Where a row's label turns to what its line leaves out ("..., net of hedges"), when a line's
    name stands before it; "Less: treasury stock" is a presentation prefix, no line it is taken from."""
    m = _DEDUCTED.search(label)
    return m if m is not None and re.search(r"[A-Za-z]", label[: m.start()]) else None


def _named_as_deducted(q: Question, label: str) -> str | None:
    """The row's own line when the asked metrics appear in its label only after "net of",
    "after", "excluding" or "before": the row is the line they are taken from, not them."""
    m = _deduction_cut(label)
    asked = _measured(q, wide=False)[0]
    if m is None or not asked:
        return None
    head, rest = metric_stems(label[: m.start()]), metric_stems(label[m.end() :])
    if any(Matcher(asked, head)(t, head) >= 0.6 for t in asked) or not any(
            Matcher(asked, rest)(t, rest) >= 0.6 for t in asked):
        return None
    return f"{label[: m.start()].strip(' ,') or 'another line'} ({m.group().lower()} what was asked)"


def counts_asked(q: Question, hits: list[SearchHit], u: FigureUnit) -> bool:
    """"How many stores": the figure counts stores: the thing follows it ("2,800 stores"), or is
    named in its own words, or in its row's label, header or the text just above the row."""
    things = set(q.focus) - set(q.company)
    if not things or u.figure is None:
        return True
    hit = hits[u.hit]
    text = hit.text[u.start : u.end]
    if u.row:
        near = f"{text[: u.figure.start]} {u.header} {hit.text[max(0, u.start - 300) : u.start]}"
    else:
        noun = counted(text, u.figure)
        if noun is None and _list_counts(text, u.figure, things):
            return True
        if noun is not None and noun.lower() not in _PERSONS:
            # "more than 9,000 CVS pharmacy locations": the noun says what it counts ("employed 350
            # individuals" counts people, whatever the question calls them)
            own = word_stems(noun)
            if not any(Matcher(things, own)(t, own) >= 0.6 for t in things):
                return False
        near = f"{local_text(text, u.figure)} {noun or ''}"
    stems = word_stems(near)
    match = Matcher(things, stems)
    return any(match(t, stems) >= 0.6 for t in things)


def _list_counts(text: str, fig: Quantity, things: set[str]) -> bool:
    """A list of counts names its noun once, after its last figure ("1.2 million, 0.9 million and
    0.7 million shares"): a figure of the list counts what those words name, when they name all of
    what is asked ("options to purchase 31.7 million, 9.4 million and 11.3 million shares of common
    stock" count shares, not stock options)."""
    listed = figure_list(text, fig)
    if listed is None:
        return False
    last = listed[2][-1]
    tail = word_stems(f"{local_text(text, last)} {counted(text, last) or ''}")
    match = Matcher(things, tail)
    return all(match(t, tail) >= 0.9 for t in things)


_SHARE_ROW = re.compile(r"(?i)\b(?:percent(?:age)?|%|share|proportion)\s+of\b|\bas\s+a\s+percent")
_PERSONS = frozenset(["individuals", "persons", "people", "members", "workers", "employees", "staff"])
_COMPARED = re.compile(r"(?i)year[- ]over[- ]year|\byoy\b|\by/y\b|\bcompared\b|\bversus\b|\bvs\b|\bfrom\b|\bhigher\b")


def is_change(hits: list[SearchHit], u: FigureUnit) -> bool:
    """"How much did X grow": a sentence's figure answers only if its clause says it is a change
    ("grew 11%", "an increase of 11%", "up 11% year over year"); a win rate of 30.0% is not."""
    text = hits[u.hit].text[u.start : u.end]
    if u.row and u.figure is not None and _SHARE_ROW.search(text[: u.figure.start]):
        return False  # "Percentage of Revenues 25.4 %": a share of a total, not a change
    if not u.row and u.figure is not None and level_reached(text, u.figure):
        return False  # "expected to drop to 21%": the level reached, not the change
    if u.row or u.figure is None or u.figure.unit in ("pp", "bp"):
        return True  # a row's percent cells are its change columns (units.pick_figure); points are a change
    # Its own words (up to its neighbouring figures), and those just before it: "8 percent organic
    # revenue growth (previously 6 percent)"; not "... of 30.0% for Baccarat and ... table games drops".
    near = f"{local_text(text, u.figure)} {text[max(0, u.figure.start - 60) : u.figure.start]}"
    if (new := revision_of(text, u.figure)) is not None:  # "growth of 8% to 9%, above the earlier 6% to 8%"
        near += f" {local_text(text, new)}"  # an earlier forecast is what its revised value is
    return bool(word_stems(near) & CHANGE_STEMS or _COMPARED.search(near))


def share_unstated(part: set[str], hits: list[SearchHit], u: FigureUnit) -> bool:
    """The unit a share question would quote does not state that share: it leaves out the part
    asked, or it is a table row's percent cell, which is the row's change column ("$ 14,002
    $ 11,007 $ 2,995 27 %") unless its label or the table's header says it is a share ("% of")."""
    unit = hits[u.hit].text[u.start : u.end]
    at = None if u.figure is None or u.row else len(u.header) + 1 + u.figure.start
    if not names_part(part, f"{u.header} {unit}", figure_end=at,
                      before=hits[u.hit].text[: u.start]):
        return True
    if u.figure is None or u.figure.unit != "percent":
        return False
    text = unit
    if not u.row:  # "unit sales increased 1%": a change, not a share, unless "of" a whole follows it
        of_whole = re.match(r"\s*(?:of|to)\b", text[u.figure.end :])
        return (not of_whole and bool(word_stems(local_text(text, u.figure)) & CHANGE_STEMS)
                and not level_reached(text, u.figure))  # "decreased to 23.5%" of sales: the share reached
    return not _SHARE_ROW.search(text[: u.figure.start]) and not _SHARE_ROW.search(u.header)
