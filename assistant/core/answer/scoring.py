"""Scoring for extractive answers: every sentence and table row of the retrieved passages is
scored against one question (support = the question's words it holds, weighted by how rare
each is among the passages, plus bonuses for the period, phrase and kind asked) and the figure
each would answer with is picked. `answer.extractive` turns the best into an answer.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from assistant.core.answer.figure_checks import ABOUT_OTHER, figure_refusal, move_refusal
from assistant.core.answer.figure_form import PAID_OTHER, asked_form_figure
from assistant.core.answer.figure_period import other_own_year, sentence_figure, year_after_base
from assistant.core.answer.half_span import asked_part_spans
from assistant.core.answer.named_row import named_row_first
from assistant.core.answer.paraphrase import similarities
from assistant.core.answer.qualifiers import (
    clause,
    families,
    figure_families,
    other_basis,
    qualifier_fit,
    result_for_forecast,
    row_families,
)
from assistant.core.answer.question import (
    Matcher,
    Question,
    company_keys,
    expansion,
    fiscal_years,
    is_company,
)
from assistant.core.answer.row_dates import other_balance_date, other_row_date, rolled_headers
from assistant.core.answer.spans import split_units
from assistant.core.answer.tax_basis import OTHER_BASIS, pretax_partner
from assistant.core.answer.text import asks_own_period, heading_before, passage_periods
from assistant.core.answer.unit_choice import (
    Unit,
    choose,
    exact_first,
)
from assistant.core.answer.units import (
    FIT,
    hedged,
    pick_figure,
    word_stems,
    word_tokens,
)
from assistant.core.finance.periods import MONTH
from assistant.core.finance.periods import quarters_and_years as periods
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.types import SearchHit

if TYPE_CHECKING:
    from assistant.core.embeddings.base import Embedder


_PARAPHRASE_TOP = 20  # candidates compared with the question by the embedder
# How much more than the floor a candidate ranked below the first must hold to be tried in its place.
HELD = 1.5
# --- scoring ------------------------------------------------------------------------------

_RELATIVE = re.compile(r"(?i)\b(?:last\s+year|prior\s+year|previous\s+year|year[- ]ago|a\s+year\s+"
                       r"earlier|same\s+(?:period|quarter)|year[- ]over[- ]year|from)\b")
CAUSAL = re.compile(
    r"(?i)\b(?:driven\s+by|drive[ns]?|due\s+to|because|as\s+a\s+result|result(?:ed|ing)?\s+(?:from|in)"
    r"|attribut\w+|reflect\w*|thanks\s+to|owing\s+to|led\s+by|fu[e]?l+ed|boosted|supported\s+by"
    r"|factors?|caused|contribut\w+|explain\w*|cites?|amid|on\s+the\s+back\s+of)\b"
    # a move and then "as" its cause: "gross margin improved to 35.2% as pricing actions offset ..."
    r"|\b(?:rose|fell|grew|improved|increased|decreased|declined|widened|narrowed|expanded|contracted|dropped)\b"
    r"(?:[^.;]|\.(?=\d)){0,80}?\s+as\s+(?!(?:a|an)\s+(?:percent|percentage|share|result)\b|(?:of|well|part|such|compared|"
    r"previously|reported|expected|adjusted|defined|follows|planned|noted|described)\b)[a-z]"
)
# A sentence that opens with its period ("In fiscal 2022, ...", "During the year ended December
# 31, 2021, ...") states every figure in it for that period, whatever years the passage names.
_LEAD_PERIOD = re.compile(r"(?i)^\W*(?:during|in|for|through|as\s+of|at|by)\b[^;.]{0,60}?\b(?:19|20)\d\d\s*,")
_COMPARE = re.compile(r"(?i)year[- ]over[- ]year|\byoy\b|\by/y\b|sequential|quarter[- ]over[- ]quarter")
_DATEISH = re.compile(rf"(?i)\b{MONTH}\s+\d"
                      r"|\b(?:19|20)\d\d\b")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b|\b[A-Z][A-Za-z]+\b")
_LISTED = re.compile(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX"
                     r"|OTC|OMX|Euronext|XETRA|HKEX|TSE|ASX)\s*:[^)]*\)")


# The refusal when the row closest to the question is found but which of its cells is asked is unclear.
UNREAD_CELL = ("The closest table row names what was asked, but its column headings do not say which of "
               "its cells is the figure asked for.")


def _cells(text: str) -> int:
    """How many figures (not years) a table row prints."""
    return sum(not x.is_year for x in parse_quantities(text))


@dataclass
class Scored:
    units: list[Unit]
    refusal: str | None = None
    candidate: Unit | None = None  # the figure a refusal set aside, kept for measurement (bench.withheld)


class Scorer:
    """Scores every sentence and table row of the hits against one question."""

    def __init__(self, q: Question, hits: list[SearchHit], embedder: Embedder | None = None,
                 paraphrase: float = 0.0) -> None:
        self.q, self.hits, self.n, self.embedder, self.paraphrase = q, hits, len(hits), embedder, paraphrase
        self.hit_stems = [word_stems(h.text) | word_stems(h.title) for h in hits]
        vocab = set().union(*self.hit_stems)
        self.match = Matcher(q.terms, vocab)
        self.absent = {s: w for s, w in q.named.items()
                       if not any(self.match(s, st) >= 0.9 for st in self.hit_stems)}
        for s, surface in list(self.absent.items()):
            words = expansion(surface, hits)
            if words:  # "CFO" written out as "Chief Financial Officer": match its words instead
                del self.absent[s], q.named[s], q.terms[s]
                q.terms.update(dict.fromkeys(words, 1.0))
                q.pairs += list(itertools.pairwise(words))
                self.match = Matcher(q.terms, vocab)
        for a, b in list(q.pairs):  # "Mary Dillon" is "Ms. Dillon" in the passages: one name
            for gone, kept in ((a, b), (b, a)):
                if gone in self.absent and kept in q.named and kept not in self.absent:
                    del self.absent[gone], q.named[gone]
                    q.terms.pop(gone, None)
        doc_stems: dict[str, set[str]] = {}
        for h, st in zip(hits, self.hit_stems, strict=True):
            doc_stems.setdefault(h.doc_id, set()).update(st)
        self.in_hit = [{t: self.match(t, st) for t in q.terms} for st in self.hit_stems]
        self.in_doc = [{t: self.match(t, doc_stems[h.doc_id]) >= 0.9 for t in q.terms} for h in hits]
        # Rarer among the retrieved passages = more telling (the company's name is everywhere).
        df = {t: sum(lv[t] >= 0.9 for lv in self.in_hit) for t in q.terms}
        self.weights = {t: b * math.log(1.0 + (self.n + 1) / (df[t] + 0.5)) for t, b in q.terms.items()}
        self.total = sum(self.weights.values())
        self.keys = company_keys(hits)
        self.anchor_w: dict[str, float] = {}  # stem -> weight of the question word it matches
        self.conflicts = self.other = 0
        self.ranked: list[Unit] = []  # every candidate, best first: the gate's runner-up signals
        self.spans = asked_part_spans(q.text)  # a half or nine months asked
        # What the question asks about ("shoe size", "net debt"), matched nowhere, not even by a
        # synonym: the passages cannot answer it, however well the rest of it matches.
        self.missing = [w for s, w in q.focus.items()
                        if s in self.weights and not any(self.match(s, st) >= 0.6 for st in self.hit_stems)]

    def run(self, min_support: float) -> Scored:
        q = self.q
        if self.total <= 0:
            return Scored([], "The question names nothing the passages could be matched on.")
        if self.absent and sum(self.weights[s] for s in self.absent) >= 0.5 * self.total:
            # What the question is specifically about ("Japan", "EMEA") is in none of the passages.
            return Scored([], f"No passage found mentions {', '.join(self.absent.values())}.")
        if self.missing:
            return Scored([], f"No passage found mentions {' '.join(self.missing)}.")
        units = [u for hi in range(self.n) for u in self._hit_units(hi)]
        unread: Unit | None = None
        if q.want in FIT:
            unread = max((u for u in units if u.figure is None and u.row and u.support >= min_support
                          and _cells(self.hits[u.hit].text[u.start : u.end]) >= 2), key=lambda u: u.support, default=None)
            units = [u for u in units if u.figure is not None]
        elif q.want == "explain" and any(u.causal and u.own and u.support >= min_support
                                         for u in units):
            units = [u for u in units if u.causal]
        units.sort(key=lambda u: (-u.score, u.hit, u.start))
        if self.embedder is not None and units:  # the closest in meaning among the leaders
            top = units[:_PARAPHRASE_TOP]
            texts = [f"{u.header} {self.hits[u.hit].text[u.start : u.end]}".strip() for u in top]
            for u, sim in zip(top, similarities(self.embedder, q.text, texts), strict=True):
                u.sim = sim
                u.score += self.paraphrase * sim
            units.sort(key=lambda u: (-u.score, u.hit, u.start))
        units = self.ranked = named_row_first(q, self.hits, exact_first(units))
        if not units:
            if self.other == self.n:
                return Scored([], "The passages found are about other companies.")
            if self.conflicts:
                return Scored([], "The closest passages are about a different period than the one "
                                   "asked about.")
            kind = {"percent": "percentage", "count": "count"}.get(q.want, "figure")
            return Scored([], f"The closest passages give no {kind} for what was asked.")
        chosen = choose(q, units, min_support) if units[0].support >= min_support else self._held(units, min_support)
        if not chosen:
            if unread is not None and unread.support > units[0].support:
                # The asked line's row was found; its cell was not read (the column heading that says
                # which cell is the asked one is cut off, or names something else): say so.
                return Scored([], UNREAD_CELL)
            return Scored([], "No passage found is close enough to the question to quote.", units[0])
        refusal = figure_refusal(q, self.hits, chosen[0]) if q.want in FIT else move_refusal(q, self.hits, chosen[0])
        if refusal is not None and refusal.startswith(ABOUT_OTHER) and (
                (next_to := self._neighbour(units, chosen[0], min_support)) is not None):
            return Scored([next_to])
        if refusal is not None and refusal.startswith(PAID_OTHER) and (paid := self._asked_form(chosen[0])) is not None:
            return Scored([paid])  # the sentence splits the amount: its part paid in the asked form
        if refusal == OTHER_BASIS and (pretax := self._pretax(chosen[0])) is not None:
            return Scored([pretax])  # the pair's pre-tax member: "($25.2 million before income taxes)"
        if refusal is not None:
            return Scored([], refusal, chosen[0])
        return Scored(chosen)

    def _asked_form(self, unit: Unit) -> Unit | None:
        """`unit` with its sentence's figure paid in the form asked (`figure_form.asked_form_figure`),
        when that figure passes the checks itself."""
        return self._other_figure(unit, asked_form_figure)

    def _pretax(self, unit: Unit) -> Unit | None:
        """`unit` with the pre-tax member of its figure's pair (`tax_basis.pretax_partner`), when
        that figure passes the checks itself."""
        return self._other_figure(unit, pretax_partner)

    def _other_figure(self, unit: Unit, find: Callable[[str, str, Quantity], Quantity | None]) -> Unit | None:
        """`unit` with the figure `find` reads in its sentence instead of its own (question, sentence,
        figure), when there is one and it passes the checks itself."""
        if unit.figure is None:
            return None
        alt = find(self.q.text, self.hits[unit.hit].text[unit.start : unit.end], unit.figure)
        if alt is None:
            return None
        other = replace(unit, figure=alt)
        return other if figure_refusal(self.q, self.hits, other) is None else None

    def _held(self, units: list[Unit], min_support: float) -> list[Unit]:
        """The candidate holding the most of the question, when the first-ranked one falls under the
        floor: the ranking's extras (a named row, the period, the kind) lifted a weakly supported figure
        over it. It is tried, with the same checks, only when it holds clearly more than the floor asks
        (`HELD` times it): one just over the floor lost to the first for a reason."""
        if self.q.want not in FIT:
            return []
        held = max(units, key=lambda u: u.support)
        return [held] if held.figure is not None and held.support >= HELD * min_support else []

    def _neighbour(self, units: list[Unit], best: Unit, min_support: float) -> Unit | None:
        """The sentence beside `best` in its passage whose figure answers, when `best`'s figure is
        about another metric: a paragraph names its subject once ("ZHC's backlog rose to $5.2
        billion ... Vessel order cancellations totaled $310 million"), so the sentence holding the
        asked metric ranks below the one naming the subject. The neighbour must name all of what the question
        asks about (its focus: "aircraft orders"), not merely share its subject."""
        focus = [s for s in self.q.focus if s in self.weights]
        if not focus:
            return None
        for u in units:
            if (u.hit == best.hit and abs(u.pos - best.pos) == 1 and not u.row and u.figure is not None
                    and u.support >= min_support and all(self.match(s, u.stems) >= 0.9 for s in focus)
                    and figure_refusal(self.q, self.hits, u) is None):
                return u
        return None

    def _hit_units(self, hi: int) -> list[Unit]:
        q, hit, text = self.q, self.hits[hi], self.hits[hi].text
        own_keys = company_keys([hit])
        if q.company and hit.company and not any(is_company(c, own_keys) for c in q.company.values()):
            self.other += 1  # a passage about another company
            return []
        spans = split_units(text)
        every = word_tokens(text)
        starts = [p for _, p in every]
        toks = [tuple((t, p - a) for t, p in every[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)])
                for a, b, _, _ in spans]  # (stem, offset in the unit) per unit
        stems = [{t for t, _ in tk} | (word_stems(hdr) if row else set())
                 for tk, (_, _, row, hdr) in zip(toks, spans, strict=True)]
        dated = q.quarters or q.years
        hq, hy = passage_periods(hit.period, text, bool(q.quarters)) if dated else (frozenset(), frozenset())
        own_period = hit.period if asks_own_period(q.text, hit.period) else None
        rolled = rolled_headers(text, spans)  # roll-forwards: a balance at a date is a dated row's
        out = []
        for pos, (a, b, row, hdr) in enumerate(spans):
            u = Unit(hi, pos, a, b, row, hdr, stems[pos])
            utext = text[a:b]
            relative, bonus = False, 0.0
            if dated:
                uq, uy = periods(f"{utext} {hdr}")
                quarters, years = uq or hq, uy | hy
                after = year_after_base(utext) if not row and not uq and not q.prior else frozenset()
                if after:  # "... increased to 15.5% versus 13.4% in fiscal 2017": fiscal 2018's and 2017's, not the passage's
                    years = after | uy
                relative = bool(_RELATIVE.search(utext)) and any(y - 1 in q.years for y in years)
                lead = _LEAD_PERIOD.match(utext)  # "During the year ended December 31, 2022, ...": all of it
                if lead is not None and not (q.prior or relative):
                    lq, ly = periods(lead.group())
                    quarters, years = lq or quarters, ly or years
                stray = not row and other_own_year(q.text, q.years, uy)  # "our 2023 program" for 2024, per a 2022 10-K
                if (q.quarters and quarters and not quarters & q.quarters) or (
                    q.years and ((years and not years & q.years) or stray) and not (q.prior or relative)
                ) or (row and other_row_date(q.text, utext, hdr, rolled)) or (  # "Balance at May 31, 2021"
                        not row and other_balance_date(q.text, utext)):  # "were $25,486 million at June 30, 2026"
                    self.conflicts += 1  # about another period: its figures are not the ones asked for
                    continue
                bonus += 0.08 * (bool(uq & q.quarters) + bool(uy & q.years))  # names the period
                if not row and fiscal_years(q.text) & fiscal_years(utext):
                    bonus += 0.1  # "fiscal 2022" in its own words, not a calendar column read as it
            if not row and self.spans and asked_part_spans(utext) & self.spans:
                # "recorded in the first six months of 2023" for a half asked: the sentence stating the
                # figure for that span, not its neighbour stating one quarter's
                bonus += 0.08
            u.causal = bool(CAUSAL.search(utext))
            window = set().union(*stems[max(0, pos - 1) : pos + 2])
            if q.named and not row:  # the segment an MD&A paragraph's heading names ("Commercial Airplanes")
                u.heading = word_stems(heading_before(text, a))
            own = [self.match(t, u.stems) for t in self.weights]
            u.own = any(own)
            if not u.own and not (q.want == "explain" and u.causal):
                continue  # shares no word with the question, whatever its neighbours say
            u.support = self._support(u, hi, own, window, utext)
            seq = [t for t, _ in toks[pos]]
            phrases = sum(any(seq[i] == x and y in seq[i + 1 : i + 3] for i in range(len(seq)))
                          for x, y in q.pairs)  # "operating profit" as a phrase, not two words
            bonus += min(0.18, 0.06 * phrases) + 0.05 * (self.n - hi) / self.n
            bonus += 0.05 * bool(_COMPARE.search(q.text) and _COMPARE.search(utext))
            anchors = [(p, self._anchor(w)) for w, p in toks[pos]]
            anchors = [x for x in anchors if x[1] > 0]
            u.figure, fit = pick_figure(q, utext, row, hdr, anchors, q.prior or relative, own_period)
            if u.figure is not None and not row:  # the asked name's of a list; another period's: none
                u.figure = sentence_figure(q, utext, u.figure)
                if u.figure is None:
                    self.conflicts += 1
                    continue
            u.hedged = u.figure is not None and hedged(utext, u.figure)
            if u.figure is not None and q.qualifiers:  # "Reported Sales" vs "Operational" rows
                quals = row_families(hdr, utext[: u.figure.start]) if row else figure_families(utext, u.figure)
                if other_basis(q.qualifiers, quals):
                    # Adjusted asked, only a reported figure here (or the reverse): a trap. The chosen
                    # figure's own basis, not the sentence's: "decreased 54%, ..., reflecting an
                    # operational decrease of 53%" holds both.
                    continue
                bonus += max(-0.4, min(0.3, 0.25 * math.log2(qualifier_fit(q.qualifiers, quals))))
                if not row and "outlook" not in q.qualifiers and "outlook" in families(
                        clause(utext, u.figure.start, u.figure.end)):
                    bonus -= 0.15  # "Its ambition is to reach 12 million subscribers": not a result
                bonus -= result_for_forecast(q.qualifiers, text, a, b, hdr)
            if q.want == "date":
                bonus += 0.2 * bool(_DATEISH.search(utext))
            elif q.want in FIT:
                bonus += 0.3 * fit
            if q.entity:  # who/which: a sentence naming someone or something not in the question
                asked = {w.lower() for w in q.named.values()}
                bonus += 0.1 * any(m.group().lower() not in asked for m in _NAME.finditer(utext[1:]))
            u.score = u.support + bonus
            out.append(u)
        return out

    def _support(self, u: Unit, hi: int, own: list[float], window: set[str], utext: str) -> float:
        q, factor, got = self.q, 1.0, 0.0
        for (t, w), m in zip(self.weights.items(), own, strict=True):
            if m < 0.9:
                m = max(m, 0.3 * self.match(t, window), 0.15 * self.in_hit[hi][t])
                if t in q.named and q.want == "explain" and u.causal and u.own:
                    # Causes are often stated without the qualifier ("Americas") being explained.
                    m = max(m, 0.7 * (self.in_hit[hi][t] >= 0.9), 0.5 * self.in_doc[hi][t])
                elif (t in q.named and self.match(t, u.heading) >= 0.9) or q.aliases.get(t, set()) & window:
                    m = max(m, 0.8)  # named by the heading it sits under, or by its abbreviation ("BCA", "CSD")
                elif t in q.named and t not in self.absent and self.match(t, window) < 0.9:
                    factor *= 0.75 if self.in_doc[hi][t] else 0.4  # missing here ("Americas"); 0.75: named elsewhere in its document
            got += w * m
        if q.company and not q.company.keys() & window and any(
            not is_company(m.group(1), self.keys) for m in _LISTED.finditer(utext)
        ):
            factor *= 0.7  # about another listed company ("NVIDIA (Nasdaq: NVDA) Chief Executive")
        return factor * got / self.total

    def _anchor(self, word: str) -> float:
        if word not in self.anchor_w:
            levels = (w * self.match(t, {word}) for t, w in self.weights.items())
            self.anchor_w[word] = max(levels, default=0.0)
        return self.anchor_w[word]
