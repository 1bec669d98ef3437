"""Extractive answers, the offline default: quote the best-supported sentence(s) of the
retrieved passages with [n] markers and pick out the figure the question asks for, or say
plainly that the library does not contain the answer.

Every rule is general. A question is read for the kind of answer it wants (amount,
percent, count, date, explanation, named fact), its content words and its period. Each
passage is cut into sentences and table rows; a candidate's support is its overlap with
the content words, weighted by how rare each word is among the retrieved passages. What
the question asks about (its focus: "shoe size", "net debt") must be mentioned somewhere, or
it is refused. Numbers are read only through `assistant.core.numbers`; those in links, paths and
reference codes are not figures.

Which figure is meant (reported/adjusted, a forecast or a result): `answer.qualifiers`; its period
and list name: `answer.figure_period`; figures not answering it: `answer.figure_checks`; figures to
derive: `answer.derived`. Questions: `answer.question`; sentences and rows: `answer.units`.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import math
import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.core.answer.derived import Derived, derive, derived_answer, share_part
from assistant.core.answer.derived_relations import relation_derived
from assistant.core.answer.derived_stated import stated_through
from assistant.core.answer.figure_checks import ONE_FIGURE, figure_refusal, move_refusal
from assistant.core.answer.figure_period import other_own_year, sentence_figure
from assistant.core.answer.gate import gate_reason, signals
from assistant.core.answer.key_figure import PageScale, key_figure
from assistant.core.answer.metric_check import share_unstated
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
    BY_HOW,
    Matcher,
    Question,
    analyse,
    company_keys,
    expansion,
    fiscal_years,
    is_company,
)
from assistant.core.answer.row_dates import other_row_date, rolled_headers
from assistant.core.answer.row_growth import row_growth
from assistant.core.answer.spans import MAX_QUOTE_CHARS, split_units
from assistant.core.answer.statement_ask import StatementAsk, quote_doubt
from assistant.core.answer.text import asks_own_period, heading_before, passage_periods
from assistant.core.answer.unit_choice import (
    GLUED,
    Unit,
    choose,
    exact_first,
    quote_units,
    states_a_change,
)
from assistant.core.answer.units import (
    FIT,
    hedged,
    pick_figure,
    word_stems,
    word_tokens,
)
from assistant.core.finance.periods import quarters_and_years as periods
from assistant.core.query import ParsedQuery, parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, Citation, KeyFigure, SearchHit
from assistant.core.words import stem

if TYPE_CHECKING:
    from assistant.core.embeddings.base import Embedder

__all__ = ["MAX_QUOTE_CHARS", "NOTICE", "REFUSAL", "ExtractiveAnswerer", "analyse", "split_units", "stem"]

logger = logging.getLogger(__name__)

NOTICE = ("No LLM is configured, so this answer quotes the documents directly. Set FOOTNOTE_LLM "
          "(e.g. openai:gpt-4o-mini, or ollama:qwen2.5:7b with FOOTNOTE_LLM_BASE_URL for a local "
          "server) for written answers.")
REFUSAL = "The documents in the library don't say."
_PARAPHRASE_TOP = 20  # candidates compared with the question by the embedder
# --- scoring ------------------------------------------------------------------------------

_RELATIVE = re.compile(r"(?i)\b(?:last\s+year|prior\s+year|previous\s+year|year[- ]ago|a\s+year\s+"
                       r"earlier|same\s+(?:period|quarter)|year[- ]over[- ]year|from)\b")
_CAUSAL = re.compile(
    r"(?i)\b(?:driven\s+by|drive[ns]?|due\s+to|because|as\s+a\s+result|result(?:ed|ing)?\s+(?:from|in)"
    r"|attribut\w+|reflect\w*|thanks\s+to|owing\s+to|led\s+by|fu[e]?l+ed|boosted|supported\s+by"
    r"|factors?|caused|contribut\w+|explain\w*|cites?|amid|on\s+the\s+back\s+of)\b"
)
# A sentence that opens with its period ("In fiscal 2022, ...", "During the year ended December
# 31, 2021, ...") states every figure in it for that period, whatever years the passage names.
_LEAD_PERIOD = re.compile(r"(?i)^\W*(?:during|in|for|through|as\s+of|at|by)\b[^;.]{0,60}?\b(?:19|20)\d\d\s*,")
_COMPARE = re.compile(r"(?i)year[- ]over[- ]year|\byoy\b|\by/y\b|sequential|quarter[- ]over[- ]quarter")
_DATEISH = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
                      r"|\b(?:19|20)\d\d\b")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b|\b[A-Z][A-Za-z]+\b")
_LISTED = re.compile(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX"
                     r"|OTC|OMX|Euronext|XETRA|HKEX|TSE|ASX)\s*:[^)]*\)")


@dataclass
class _Scored:
    units: list[Unit]
    refusal: str | None = None


class _Scorer:
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
        # What the question asks about ("shoe size", "net debt"), matched nowhere, not even by a
        # synonym: the passages cannot answer it, however well the rest of it matches.
        self.missing = [w for s, w in q.focus.items()
                        if s in self.weights and not any(self.match(s, st) >= 0.6 for st in self.hit_stems)]

    def run(self, min_support: float) -> _Scored:
        q = self.q
        if self.total <= 0:
            return _Scored([], "The question names nothing the passages could be matched on.")
        if self.absent and sum(self.weights[s] for s in self.absent) >= 0.5 * self.total:
            # What the question is specifically about ("Japan", "EMEA") is in none of the passages.
            return _Scored([], f"No passage found mentions {', '.join(self.absent.values())}.")
        if self.missing:
            return _Scored([], f"No passage found mentions {' '.join(self.missing)}.")
        units = [u for hi in range(self.n) for u in self._hit_units(hi)]
        if q.want in FIT:
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
        units = self.ranked = exact_first(units)
        if not units:
            if self.other == self.n:
                return _Scored([], "The passages found are about other companies.")
            if self.conflicts:
                return _Scored([], "The closest passages are about a different period than the one "
                                   "asked about.")
            kind = {"percent": "percentage", "count": "count"}.get(q.want, "figure")
            return _Scored([], f"The closest passages give no {kind} for what was asked.")
        chosen = choose(q, units, min_support) if units[0].support >= min_support else []
        if not chosen:
            return _Scored([], "No passage found is close enough to the question to quote.")
        refusal = figure_refusal(q, self.hits, chosen[0]) if q.want in FIT else move_refusal(q, self.hits, chosen[0])
        if refusal is not None:
            return _Scored([], refusal)
        return _Scored(chosen)

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
                relative = bool(_RELATIVE.search(utext)) and any(y - 1 in q.years for y in years)
                lead = _LEAD_PERIOD.match(utext)  # "During the year ended December 31, 2022, ...": all of it
                if lead is not None and not (q.prior or relative):
                    lq, ly = periods(lead.group())
                    quarters, years = lq or quarters, ly or years
                stray = not row and other_own_year(q.text, q.years, uy)  # "our 2023 program" for 2024, per a 2022 10-K
                if (q.quarters and quarters and not quarters & q.quarters) or (
                    q.years and ((years and not years & q.years) or stray) and not (q.prior or relative)
                ) or (row and other_row_date(q.text, utext, hdr, rolled)):  # "Balance at May 31, 2021"
                    self.conflicts += 1  # about another period: its figures are not the ones asked for
                    continue
                bonus += 0.08 * (bool(uq & q.quarters) + bool(uy & q.years))  # names the period
                if not row and fiscal_years(q.text) & fiscal_years(utext):
                    bonus += 0.1  # "fiscal 2022" in its own words, not a calendar column read as it
            u.causal = bool(_CAUSAL.search(utext))
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


# --- the answer ---------------------------------------------------------------------------


class ExtractiveAnswerer:
    """Answers by quoting the retrieved passages: no model, deterministic, a few ms."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None,
                 page_scale: PageScale | None = None) -> None:
        self.settings = settings
        self.page_scale = page_scale  # the scale statement facts read for a table's page
        # The library's embedder ranks candidate sentences by meaning too (answer.paraphrase).
        self.embedder = embedder if settings.paraphrase_weight > 0 else None
        self.min_support = settings.min_support

    def answer(self, question: str, hits: list[SearchHit], query: ParsedQuery | None = None,
               statement: StatementAsk | None = None) -> Answer:
        """Answer from `hits`; `query` is the question as retrieval parsed it (parsed here if absent).
        `statement`: the statement figure the question asks for, which the statement facts did not
        answer; only a figure whose own row or sentence names it and its period is quoted."""
        t0 = time.perf_counter()
        hits = [h for h in hits if h.text.strip()]
        q = analyse(query if query is not None else parse_question(question, []), hits)
        # Arithmetic over prose figures is no answer to a statement figure the facts could not give,
        # but a growth read from one row's two year columns is that figure in its own row.
        derive_ok = hits and self.settings.derived_answers and (statement is None or statement.kind == "label")
        by_row = hits and self.settings.derived_answers and statement is not None and statement.kind in ("growth", "cagr")
        derived = derive(q, hits, question) if derive_ok else derive(q, hits, question, rules=(row_growth,)) if by_row else None
        if derived is not None:
            return self._derived(question, hits, derived, t0)
        if statement is not None and statement.names is None and statement.kind != "label":
            return self._result(question, hits, f"{REFUSAL} {statement.refusal()}", t0, refused=True)
        scorer = _Scorer(q, hits, self.embedder, self.settings.paraphrase_weight) if hits else None
        if scorer is not None:
            scored = scorer.run(self.min_support)
        else:  # a company the library lacks: say so (the retriever returned nothing for it)
            missing = ", ".join(query.unknown_companies) if query is not None else ""
            scored = _Scored([], f"The library holds no documents of {missing}." if missing else "No passage was found.")
        part = share_part(q, question) if scored.refusal is None and scored.units else set()
        u0 = scored.units[0] if part else None
        if u0 is not None and share_unstated(part, hits, u0):
            scored = _Scored([], "No passage states that share, or the figures to compute it from.")
        if derive_ok and (scored.refusal or "").startswith(ONE_FIGURE) and (d := relation_derived(q, hits, question)):
            return self._derived(question, hits, d, t0)  # the relation asked, computed from its inputs
        if scored.refusal is not None or not scored.units:
            logger.debug("extractive refusal (%s question): %s", q.want, scored.refusal)
            text = f"{REFUSAL} {scored.refusal or ''}".strip()
            return self._result(question, hits, text, t0, refused=True)
        best = scored.units[0]
        if statement is not None:
            hit = hits[best.hit]
            if best.figure is not None:
                doubt = quote_doubt(statement, hit.text[best.start: best.end], best.figure, row=best.row,
                                    header=best.header, doc_period=hit.period)
            else:  # a row named by its label may be answered in words; a line item or metric may not
                doubt = None if statement.kind == "label" else "the closest passage gives no figure"
            if doubt is not None:
                text = f"{REFUSAL} {statement.refusal()} ({doubt})"
                return self._result(question, hits, text, t0, refused=True)
        if len(GLUED.findall(hits[best.hit].text[best.start: best.end])) >= 2:
            # "retireemedicalNet interestProvision": run together by the PDF's extraction, unreadable.
            text = f"{REFUSAL} The closest passage's text is run together and cannot be read reliably."
            return self._result(question, hits, text, t0, refused=True)
        by_count = q.want == "count" and BY_HOW.search(q.text)  # "by how many stores did it fall": a change
        if (q.want == "change" or by_count) and not states_a_change(hits[best.hit].text, best):
            # "By how much did it increase?" answered with the new level would be confidently wrong.
            text = f"{REFUSAL} The closest passage gives an amount, not how much it changed."
            return self._result(question, hits, text, t0, refused=True)
        if best.figure is not None and self.settings.derived_answers:
            through = stated_through(q, hits[best.hit].text[best.start : best.end], best.figure)
            if through is not None:  # "$700 million, of which 75% has been incurred": the part asked
                d, pct = through
                d.inputs = [(best.hit, best.start, best.end, best.figure), (best.hit, best.start, best.end, pct)]
                return self._derived(question, hits, d, t0)
        order, citations, text = quote_units(hits, scored.units, best)
        if q.want == "explain" and best.figure is None:  # the change explained, stated first; repeats once
            from assistant.core.answer.explain import carry_figure

            names = " ".join(query.companies if query is not None else []).lower()
            carried = carry_figure(question, hits, citations, set(re.findall(r"[a-z][a-z&'’-]+", names)))
            if carried is not None:
                text, citations = carried
        key, trace = None, {}
        if best.figure is not None and scorer is not None:
            key = key_figure(q, best.figure, hits, best, self.page_scale, question)
            text = f"{key.text} [{order.index(best.hit) + 1}]: {text}"
            trace = signals(q, hits, scorer.ranked, best, scorer.match, scorer.weights)
        return self._result(question, hits, text, t0, key=key, citations=citations, trace=trace)

    def derived(self, question: str, hits: list[SearchHit], d: Derived) -> Answer:
        """The answer a figure computed elsewhere (`answer.row_ratio`) gives: as `_derived`'s."""
        return self._derived(question, hits, d, time.perf_counter())

    def _derived(self, question: str, hits: list[SearchHit], d: Derived, t0: float) -> Answer:
        """A computed figure: the result, the arithmetic, and a quote of every input."""
        text, citations, key = derived_answer(d, hits)
        return self._result(question, hits, text, t0, key=key, citations=citations, trace={"derived": 1.0})

    def _result(self, question: str, hits: list[SearchHit], text: str, t0: float, *,
                refused: bool = False, key: KeyFigure | None = None,
                citations: list[Citation] | None = None, trace: dict[str, float] | None = None) -> Answer:
        ms = round((time.perf_counter() - t0) * 1000.0, 2)
        # The one place the calibrated gate (answer.gate) withholds a stated or computed figure.
        why = gate_reason(trace or {}, self.settings.gate_threshold) if key is not None else None
        if why is not None:
            text, refused, key, citations = f"I won't state a figure: {why}.", True, None, []
        return Answer(question=question, answer=text, mode="extractive", refused=refused,
                      key_figure=key, citations=citations or [], notice=NOTICE, retrieved=hits,
                      timings_ms={"extractive": ms}, trace=trace or {})
