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
derive: `answer.derived`. Questions: `answer.question`; sentences and rows: `answer.units`; how each
is scored against the question: `answer.scoring`.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.core.answer.asked_names import kind_unnamed
from assistant.core.answer.derived import Derived, derive, share_part
from assistant.core.answer.derived_relations import relation_derived
from assistant.core.answer.derived_render import derived_answer
from assistant.core.answer.derived_rest import rest_before, stated_rest
from assistant.core.answer.derived_stated import stated_through
from assistant.core.answer.explain_cause import states_cause
from assistant.core.answer.figure_checks import ONE_FIGURE, PART_OF_TOTAL
from assistant.core.answer.gate import derived_signals, gate_reason, signals
from assistant.core.answer.given_inputs import ignores_given
from assistant.core.answer.key_figure import PageScale, key_figure
from assistant.core.answer.metric_check import share_unstated
from assistant.core.answer.named_row import named_row_below
from assistant.core.answer.question import BY_HOW, Question, analyse
from assistant.core.answer.row_average import row_average
from assistant.core.answer.row_growth import row_growth
from assistant.core.answer.row_quotient import row_quotient, writes_quotient
from assistant.core.answer.row_sum import row_sum, sum_checked, writes_sum
from assistant.core.answer.scoring import Scored, Scorer
from assistant.core.answer.source_words import names_only
from assistant.core.answer.spans import MAX_QUOTE_CHARS, split_units
from assistant.core.answer.statement_ask import StatementAsk, quote_doubt
from assistant.core.answer.unit_choice import GLUED, Unit, quote_units, states_a_change
from assistant.core.finance.plan import asked_decimals
from assistant.core.query import ParsedQuery, parse_question
from assistant.core.settings import Settings
from assistant.core.types import Answer, Citation, KeyFigure, SearchHit, Withheld
from assistant.core.words import stem

if TYPE_CHECKING:
    from assistant.core.embeddings.base import Embedder

__all__ = ["MAX_QUOTE_CHARS", "NOTICE", "REFUSAL", "ExtractiveAnswerer", "analyse", "split_units", "stem"]

logger = logging.getLogger(__name__)

NOTICE = ("No LLM is configured, so this answer quotes the documents directly. Set FOOTNOTE_LLM "
          "(e.g. openai:gpt-4o-mini, or ollama:qwen2.5:7b with FOOTNOTE_LLM_BASE_URL for a local "
          "server) for written answers.")
REFUSAL = "The documents in the library don't say."


# A question naming the scale or unit of its answer ("Millions, one decimal", "$M", "how many") asks for
# a figure, which a passage quoted without one does not give.
ASKS_A_FIGURE = re.compile(r"\b(?:millions?|billions?|thousands?|percent(?:age)?|decimals?|usd|how\s+many)\b|"
                           r"\$\s?[mbk]\b", re.I)


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
        # so is a quotient the question writes over two rows it names, each read in its own row
        own_quotient = hits and self.settings.derived_answers and statement is not None and writes_quotient(question)
        # and a sum the question writes over rows it names ("summing A, B and C"), each read in its own row
        own_sum = hits and self.settings.derived_answers and statement is not None and writes_sum(question)
        # and a row's mean over the years asked, read from its own cells
        by_mean = hits and self.settings.derived_answers and statement is not None and statement.kind == "average"
        rules = (row_growth,) if by_row else (row_average,) if by_mean else (row_quotient,) if own_quotient else (row_sum,) if own_sum else ()
        derived = derive(q, hits, question) if derive_ok else derive(q, hits, question, rules=rules) if rules else None
        if derived is not None and ignores_given(question, derived):  # `given_inputs`: the figures handed over
            text = f"{REFUSAL} The closest figures are not the ones the question gives to work from."
            return self._result(question, hits, text, t0, refused=True)
        if derived is not None:
            return self._derived(question, hits, derived, t0, q)
        if statement is not None and statement.names is None and statement.kind != "label":
            return self._result(question, hits, f"{REFUSAL} {statement.refusal()}", t0, refused=True)
        scorer = Scorer(q, hits, self.embedder, self.settings.paraphrase_weight) if hits else None
        if scorer is not None:
            scored = scorer.run(self.min_support)
        else:  # a company the library lacks: say so (the retriever returned nothing for it)
            missing = ", ".join(query.unknown_companies) if query is not None else ""
            scored = Scored([], f"The library holds no documents of {missing}." if missing else "No passage was found.")
        part = share_part(q, question) if scored.refusal is None and scored.units else set()
        u0 = scored.units[0] if part else None
        if u0 is not None and share_unstated(part, hits, u0):
            scored = Scored([], "No passage states that share, or the figures to compute it from.")
        if derive_ok and (scored.refusal or "").startswith((ONE_FIGURE, PART_OF_TOTAL)) and (
                d := relation_derived(q, hits, question)):
            return self._derived(question, hits, d, t0, q)  # the relation asked, computed from its inputs
        if scored.refusal is not None or not scored.units:
            logger.debug("extractive refusal (%s question): %s", q.want, scored.refusal)
            text = f"{REFUSAL} {scored.refusal or ''}".strip()
            held = self._held(q, hits, scored.candidate, question, "scorer", scored.refusal or "")
            return self._result(question, hits, text, t0, refused=True, held=held)
        best = scored.units[0]
        if statement is not None:
            hit = hits[best.hit]
            if best.figure is not None:
                doubt = quote_doubt(statement, hit.text[best.start: best.end], best.figure, row=best.row,
                                    header=best.header, doc_period=hit.period)
            else:  # a row named by its label may be answered in words; a line item or metric may not
                doubt = None if statement.kind == "label" else "the closest passage gives no figure"
            if doubt is not None and scorer is not None and scorer.ranked[:1] == [best] and (
                    below := named_row_below(statement, hits, scorer.ranked)) is not None:
                best, doubt = below, None  # the asked row, ranked below rows the question does not name
                scored = Scored([below])
            if doubt is not None:
                text = f"{REFUSAL} {statement.refusal()} ({doubt})"
                held = self._held(q, hits, best, question, "statement", doubt)
                return self._result(question, hits, text, t0, refused=True, held=held)
        if best.figure is None and ASKS_A_FIGURE.search(question):
            # "shares outstanding? Millions": a quoted row of several cells with no figure read from it
            # leaves the reader to pick the column and the scale, and is read as the wrong figure.
            text = f"{REFUSAL} The closest passage gives no figure read as the answer in the unit asked."
            return self._result(question, hits, text, t0, refused=True)
        if len(GLUED.findall(hits[best.hit].text[best.start: best.end])) >= 2:
            # "retireemedicalNet interestProvision": run together by the PDF's extraction, unreadable.
            text = f"{REFUSAL} The closest passage's text is run together and cannot be read reliably."
            held = self._held(q, hits, best, question, "glued", text)
            return self._result(question, hits, text, t0, refused=True, held=held)
        by_count = q.want == "count" and BY_HOW.search(q.text)  # "by how many stores did it fall": a change
        if (q.want == "change" or by_count) and not states_a_change(hits[best.hit].text, best):
            # "By how much did it increase?" answered with the new level would be confidently wrong.
            text = f"{REFUSAL} The closest passage gives an amount, not how much it changed."
            held = self._held(q, hits, best, question, "change", text)
            return self._result(question, hits, text, t0, refused=True, held=held)
        if best.figure is not None and self.settings.derived_answers:
            sentence = hits[best.hit].text[best.start : best.end]
            # "$700 million, of which 75% has been incurred": the part asked; "$300 million, of which
            # $250 million expire within a year" asked what does not expire: the rest
            through = stated_through(q, sentence, best.figure) or stated_rest(q, question, sentence, best.figure)
            if through is not None:
                d, pct = through
                d.inputs = [(best.hit, best.start, best.end, best.figure), (best.hit, best.start, best.end, pct)]
                return self._derived(question, hits, d, t0, q)
            if (rest := rest_before(q, question, sentence, best.figure)) is not None:  # the part chosen: its whole precedes it
                d, whole = rest
                d.inputs = [(best.hit, best.start, best.end, whole), (best.hit, best.start, best.end, best.figure)]
                return self._derived(question, hits, d, t0, q)
        order, citations, text = quote_units(hits, scored.units, best)
        if best.figure is None and (kind := kind_unnamed(question, text)) is not None:
            # "Which authorities must clear the deal": a sentence naming none answers something else
            text = f"{REFUSAL} The closest passage names no {kind}, the kind of thing asked."
            held = self._held(q, hits, best, question, "names", text)
            return self._result(question, hits, text, t0, refused=True, held=held)
        if best.figure is None and citations and names_only(question, citations[0].quote):
            text = f"{REFUSAL} The closest passage names only the source asked about, not what it says."
            held = self._held(q, hits, best, question, "source", text)
            return self._result(question, hits, text, t0, refused=True, held=held)
        if q.want == "explain" and best.figure is None and not states_cause(c.quote for c in citations):
            text = f"{REFUSAL} The closest passages state no cause, which the question asks."  # `explain_cause`
            held = self._held(q, hits, best, question, "cause", text)
            return self._result(question, hits, text, t0, refused=True, held=held)
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
        t0 = time.perf_counter()
        q = analyse(parse_question(question, []), hits) if hits else None  # the gate's signals only
        return self._derived(question, hits, d, t0, q)

    def _derived(self, question: str, hits: list[SearchHit], d: Derived, t0: float, q: Question | None) -> Answer:
        """A computed figure: the result, the arithmetic, and a quote of every input."""
        checked = sum_checked(d, q, hits, self.page_scale, question) if q is not None else d
        if isinstance(checked, str):  # other figures than the parts asked, or a table's sum of no scale
            return self._result(question, hits, f"{REFUSAL} {checked}", t0, refused=True)
        d = checked
        if d.decimals is None and (asked := asked_decimals(question)) is not None:
            d = replace(d, decimals=asked)  # "Percent, two decimals": the figure worked out is stated so, as a computed one is
        text, citations, key = derived_answer(d, hits)
        trace = derived_signals(q, hits, d)
        return self._result(question, hits, text, t0, key=key, citations=citations, trace=trace)

    def _held(self, q: Question, hits: list[SearchHit], unit: Unit | None, question: str, check: str,
              reason: str) -> Withheld | None:
        """The figure `unit` would have answered with, kept beside a refusal for measurement
        (`bench.withheld`); never shown. A figure that cannot be read is simply not kept."""
        if unit is None or unit.figure is None:
            return None
        try:
            key = key_figure(q, unit.figure, hits, unit, self.page_scale, question)
        except Exception:  # measurement only: a candidate that does not read must not break the refusal
            logger.debug("withheld candidate not read", exc_info=True)
            return None
        return Withheld(check=check, reason=reason, key_figure=key, text=key.text)

    def _result(self, question: str, hits: list[SearchHit], text: str, t0: float, *,
                refused: bool = False, key: KeyFigure | None = None,
                citations: list[Citation] | None = None, trace: dict[str, float] | None = None,
                held: Withheld | None = None) -> Answer:
        ms = round((time.perf_counter() - t0) * 1000.0, 2)
        # The one place the calibrated gate (answer.gate) withholds a stated or computed figure.
        why = gate_reason(trace or {}, self.settings.gate_threshold) if key is not None else None
        if why is not None:
            held = Withheld(check="gate", reason=why, key_figure=key, text=text) if key is not None else None
            text, refused, key, citations = f"I won't state a figure: {why}.", True, None, []
        return Answer(question=question, answer=text, mode="extractive", refused=refused,
                      key_figure=key, citations=citations or [], notice=NOTICE, retrieved=hits,
                      timings_ms={"extractive": ms}, trace=trace or {}, withheld=held)
