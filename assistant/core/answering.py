"""Answering a question: retrieve → answer (LLM or extractive) → verify → Answer."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.core.answer.contrary import CONTRARY
from assistant.core.answer.equity_blocks import equity_statement
from assistant.core.answer.other_part import other_part
from assistant.core.answer.segment_ratio import segment_ratio
from assistant.core.finance.companies import tickers_named
from assistant.core.finance.company_mentions import named_only_to_compare
from assistant.core.finance.synonyms import due_written
from assistant.core.injection import screen
from assistant.core.retrieval import Filters, HybridRetriever
from assistant.core.types import Answer, SearchHit, Withheld

if TYPE_CHECKING:
    from assistant.core.library import Library
    from assistant.core.query import ParsedQuery

logger = logging.getLogger(__name__)

History = Sequence[tuple[str, str]]
# A question is a sentence or a paragraph; anything longer is pasted text, not a question.
MAX_QUESTION_CHARS = 10_000


def search_library(
    library: Library, query: str, *, k: int | None = None, filters: Filters | None = None
) -> list[SearchHit]:
    return HybridRetriever(library).search(query, k=k, filters=filters).hits


def verify(answer: Answer) -> Answer:
    """Check every citation and number of `answer` against the passages it was drawn from."""
    from assistant.core.verify import verify_answer

    # [n] means the n-th passage the answerer was given, unless its citation names the chunk.
    sources = {i: hit.text for i, hit in enumerate(answer.retrieved, 1)}
    by_chunk = {hit.chunk_id: hit.text for hit in answer.retrieved}
    for citation in answer.citations:
        if citation.chunk_id in by_chunk:
            sources[citation.n] = by_chunk[citation.chunk_id]
    answer.checks = verify_answer(answer.answer, answer.citations, sources)
    if answer.computation is not None:
        from assistant.core.verify_computed import check_computation

        check_computation(answer, sources)
    return answer


def answer_offline(library: Library, question: str, hits: list[SearchHit],
                   query: ParsedQuery | None = None, siblings: Sequence[SearchHit] = ()) -> Answer:
    """The answer without a model, the one path `ask`, the UI's fallback when the LLM fails and
    `Library.warm` share: a line item or a metric worked out from the statement facts; anything
    else quoted from the passages and the next-best ones of their best documents (`widen`). Either
    is refused when its figure is not of the unit the question states (`answer.stated_unit`).
    `siblings` (the search's other passages of the hits' pages) are read only when the passages
    give no answer (`_sibling_quote`)."""
    from assistant.core.answer.agreement_ratio import agreement_defined
    from assistant.core.answer.computed import MISSING_INPUT, computed_answer
    from assistant.core.answer.computed_setaside import leaves_out, says_too_little
    from assistant.core.answer.level_change import level_for_change
    from assistant.core.answer.points_asked import level_for_points
    from assistant.core.answer.sibling_order import beside_their_pages

    if query is not None and query.companies and named_only_to_compare(question, query.companies):
        # "Zephyr's 2022 revenue, to compare with Acme's": the figure asked is a company's the library lacks
        from assistant.core.answer.extractive import REFUSAL

        return Answer(question=question, mode="extractive", refused=True, answer=(
            f"{REFUSAL} {query.companies[0]} is named only to compare with; the library holds no filing of "
            "the company whose figure is asked."))
    # A question that names a note, the MD&A, a schedule or a table as where to read asks for the figure
    # printed there: those passages are read first, the statements' facts only when they give no answer.
    first = _quoted(library, question, hits, query) if query is not None and query.printed_part else None
    if first is not None and not first.refused:
        return first
    if query is not None and query.explanatory:
        # a reason asked: the filing's words of cause answer it, no statement figure (`answer.stated_reason`)
        from assistant.core.answer.stated_reason import reason_answer

        return reason_answer(library, question, hits, query, first or _quoted(library, question, hits, query))
    plain = replace(query, asked=query.asked_plain) if query is not None and query.asked_plain else query
    # a ratio as an agreement defines it is the filing's reported one (`answer.agreement_ratio`)
    computed = None if agreement_defined(question) else computed_answer(question, plain, library, hits)
    if computed is not None and computed.refused and (equity := equity_statement(library, question, hits)) is not None:
        # the facts read no equity statement's movements: its blocks dated by their balance lines do
        return _in_stated_unit(question, equity)
    if computed is not None and computed.refused and computed.trace.get(MISSING_INPUT):
        # The statements' facts lack an input (a quarter's column, a line not read at ingest):
        # a passage that prints the figure for that period still answers; else the refusal stands.
        quoted = first or _quoted(library, question, hits, query)
        return quoted if not quoted.refused else _in_stated_unit(question, _gated(library, computed))
    if computed is not None and not (computed.answer and query is not None and plain is not None and (
            leaves_out(plain, hits, computed) or says_too_little(library, plain, hits, computed)
            or level_for_change(query.want, question, query.years, computed) or level_for_points(question, computed))):
        return _in_stated_unit(question, _gated(library, computed))
    answer = first or _quoted(library, question, hits, query)
    if answer.refused and siblings and CONTRARY not in answer.answer:
        # Only a sibling's own quote can stand (`_sibling_quote`): the table fallbacks, which cite
        # table chunks, were already tried on the hits and are not run again.
        again = _quoted(library, question, beside_their_pages(hits, siblings), query, read_tables=False)
        if _sibling_quote(again, {h.chunk_id for h in siblings}):
            return again
    if answer.refused and answer.withheld is None and computed is not None:
        # measurement only: what the computed path withheld, or its figure set aside for the passages
        held = computed.withheld
        if held is None and not computed.refused and computed.key_figure:
            held = Withheld(check="computed_setaside", reason="set aside for the passages",
                            key_figure=computed.key_figure, text=computed.answer)
        if held is not None:
            answer = answer.model_copy(update={"withheld": held})
    return answer


def _sibling_quote(answer: Answer, sibling_ids: set[str]) -> bool:
    """An answer read with the hits' page siblings is taken only as a figure quoted as stated whose
    words do not contradict the question's qualifiers (a forecast for a result, adjusted for
    reported: `gate.signals`' qual_fit below 0). A sibling is another chunk of a page already read,
    beside the sentence that ranked (a heading's figures, the next paragraph of a segment's
    discussion); read always, or as an input of arithmetic, its neighbouring figures (another
    segment, year or total) replaced right answers and made wrong ones (session 15, prose dev sets).
    The quote must come from a sibling: a passage already read and refused that answers only once
    siblings join the ranking was refused for a reason (a gain read for cash proceeds)."""
    return (not answer.refused and answer.key_figure is not None and not answer.trace.get("derived")
            and answer.trace.get("qual_fit", 0.0) >= 0.0
            and bool(answer.citations) and all(c.chunk_id in sibling_ids for c in answer.citations))


def _quoted(library: Library, question: str, hits: list[SearchHit], query: ParsedQuery | None,
            read_tables: bool = True) -> Answer:
    """A figure or sentence quoted from `hits` and the next-best passages of their documents; when
    refused and `read_tables`, the retrieved tables read whole and the hits' pages' tables."""
    from assistant.core.answer.agreement_ratio import agreement_defined
    from assistant.core.answer.computed import has_statements
    from assistant.core.answer.extractive import ExtractiveAnswerer
    from assistant.core.answer.figure_company import rival_refusal
    from assistant.core.answer.quote_only import quote_doubt
    from assistant.core.answer.statement_ask import statement_ask, table_scale
    from assistant.core.answer.units import FIT

    if hits and library.settings.widen_passages:
        from assistant.core.retrieval.widen import widen

        hits = widen(library, query or question, hits, extra=library.settings.widen_passages)
    if hits and query is not None and query.want in FIT:
        # a table chunk cut from below its heading is read under the heading its page prints above it
        from assistant.core.answer.table_heading import headed

        hits = headed(hits, library.store.get_chunks)

    if query is not None and (ratio := segment_ratio(library, question, hits, query)) is not None:
        return _in_stated_unit(question, ratio)

    # A statement figure the facts did not give (for a company whose statements the library
    # holds) is quoted only from a row or sentence that names it and its period; a quoted row's
    # amount takes the scale its page's facts read.
    def page_scale(doc_id: str, page: int, label: str) -> str | None:
        return table_scale(library.facts([doc_id]), doc_id, page, label)

    ask_for = statement_ask(question)
    if ask_for is not None and (not has_statements(query, library) or (query is not None and query.explanatory)
                                or agreement_defined(question)):
        ask_for = None  # articles and notes only, or a reason asked: their own figures and words answer
    answer = ExtractiveAnswerer(library.settings, library.embedder, page_scale).answer(question, hits, query, ask_for)
    if query is not None and (why := other_part(library, question, query, hits, answer, whole=True)) is not None:
        answer = _refused(answer, why, "other_part")
    if query is not None and (why := rival_refusal(library, query, hits, answer)) is not None:
        answer = _refused(answer, why, "rival_company")  # an article's sentence about another company
    if query is not None and (why := quote_doubt(query.want, question, query.years, answer)) is not None:
        answer = _refused(answer, why, "quote_doubt")  # a figure asked, quotes given: the quotes must hold that one figure
    if not read_tables or CONTRARY in answer.answer:  # the other side of the qualifier asked: final
        return _in_stated_unit(question, answer)
    if answer.refused and hits and (equity := equity_statement(library, question, hits)) is not None:
        return _in_stated_unit(question, equity)
    if answer.refused and query is not None and hits:
        # A retrieved table's other rows often sit in the chunks next to the one found: read the
        # table whole, but only for a share or growth of its rows (`answer.table_rows`), never a quote.
        from assistant.core.answer.table_rows import table_derived

        if (whole := table_derived(question, query, hits, library.store.get_chunks)) is not None:
            return _in_stated_unit(question, ExtractiveAnswerer(library.settings, page_scale=page_scale).derived(question, *whole))
        # A growth between fiscal years in a table dated by calendar: the company's fiscal calendar
        # (its statement facts) says which dated columns are the years asked (`answer.row_fiscal`).
        from assistant.core.answer.row_fiscal import fiscal_derived

        if (by_fiscal := fiscal_derived(question, query, hits, library.store.get_chunks, library.facts)) is not None:
            return _in_stated_unit(question, ExtractiveAnswerer(library.settings, page_scale=page_scale).derived(question, *by_fiscal))
    if answer.refused and query is not None and hits and query.want in FIT:
        # The page found, its table not: read the tables of the leading passages' pages (`answer.page_tables`).
        from assistant.core.answer.page_tables import page_tables, trusted

        paged = page_tables(hits, library.store.get_chunks)
        if len(paged) > len(hits):
            again = ExtractiveAnswerer(library.settings, library.embedder, page_scale).answer(question, paged, query, ask_for)
            if trusted(again) and other_part(library, question, query, paged, again) is None:
                return _in_stated_unit(question, again)
    return _in_stated_unit(question, answer)


def _withheld(answer: Answer, text: str, check: str) -> Answer:
    """`answer` turned into a refusal reading `text`: no figure, citations or working kept. The
    figure withheld stays beside it for measurement only (`Answer.withheld`, `bench.withheld`)."""
    held = answer.withheld
    if not answer.refused and answer.key_figure is not None:
        held = Withheld(check=check, reason=text, key_figure=answer.key_figure, text=answer.answer)
    return answer.model_copy(update={"answer": text, "refused": True, "key_figure": None,
                                     "citations": [], "computation": None, "withheld": held})


def _refused(answer: Answer, reason: str, check: str) -> Answer:
    from assistant.core.answer.extractive import REFUSAL

    return _withheld(answer, f"{REFUSAL} {reason}", check)


def _in_stated_unit(question: str, answer: Answer) -> Answer:
    """The answer, or a refusal when its figure is not of the unit the question states ("USD
    millions" answered with a percent, "in percent" with an amount, or no figure at all)."""
    from assistant.core.answer.moved_asked import level_doubt, moved_doubt
    from assistant.core.answer.points_asked import points_doubt
    from assistant.core.answer.stated_unit import (
        instrument_doubt,
        self_quotient_doubt,
        sum_doubt,
        unit_doubt,
    )
    from assistant.core.answer.written_arithmetic import arithmetic_doubt

    doubts: tuple[tuple[str, Callable[[str, Answer], str | None]], ...] = (
        ("unit", unit_doubt), ("sum", sum_doubt), ("instrument", instrument_doubt),
        ("self_quotient", lambda _q, a: self_quotient_doubt(a)), ("points", points_doubt),
        ("moved", moved_doubt), ("level", level_doubt), ("arithmetic", arithmetic_doubt))
    for check, doubt_of in doubts:  # the first that doubts it (each names its check for bench.withheld)
        if (doubt := doubt_of(question, answer)) is not None:
            logger.debug("offline answer set aside: %s", doubt)
            return _withheld(answer, f"I won't state a figure: {doubt}.", check)
    return answer


def _gated(library: Library, computed: Answer) -> Answer:
    """The computed answer, or an honest refusal when its fitted chance of being right
    (answer.gate_computed) is below `Settings.gate_threshold`, naming the weakest signal."""
    from assistant.core.answer.gate_computed import gate_reason

    why = None if computed.refused else gate_reason(computed.trace, library.settings.gate_threshold)
    if why is None:
        return computed
    what = computed.key_figure.about if computed.key_figure is not None and computed.key_figure.about else "a figure"
    return _withheld(computed, f"I won't state {what}: {why}.", "computed_gate")


def ask(
    question: str,
    *,
    library: Library,
    filters: Filters | None = None,
    history: History | None = None,
    on_token: Callable[[str], None] | None = None,
) -> Answer:
    """Answer a question from the library with verified footnotes.

    Uses the configured LLM (settings.llm) or, when none is configured, the extractive
    answerer. Raises `assistant.core.llm.LLMUnavailableError` when the configured LLM fails.
    """
    question = question.strip()
    if not question:
        raise ValueError("the question is empty")
    if len(question) > MAX_QUESTION_CHARS:
        raise ValueError(
            f"the question is {len(question):,} characters long (limit {MAX_QUESTION_CHARS:,}); ask it in fewer words"
        )
    started = time.perf_counter()
    timings: dict[str, float] = {}
    chat = library.chat_model()
    standalone = question
    if chat is not None and history:
        from assistant.core.answer.llm import LLMAnswerer

        t0 = time.perf_counter()
        standalone = LLMAnswerer(chat, library.settings).rewrite_question(question, list(history))
        timings["rewrite"] = (time.perf_counter() - t0) * 1000
    elif history:  # no model to rewrite it: carry the previous question's company, item, period
        from assistant.core.followup import carry_over

        standalone = carry_over(question, list(history), library.documents())
    # "PEP", "J&J": read as the company's name by everything after (search, matching, checks).
    standalone = tickers_named(standalone, library.documents())
    standalone = due_written(standalone)  # "falls due after 2026": payable then, no fall asked

    t0 = time.perf_counter()
    retriever = HybridRetriever(library)
    top_k = library.settings.top_k
    found = retriever.search(standalone, k=top_k, filters=filters)
    # The question is read once, by the search: the answerers read the same `found.query`.
    query = found.query
    # Passages that address the model are never evidence; fetch others in their place.
    hits, suspicious = screen(found.hits)
    if suspicious:
        logger.info("%d passage(s) contain instructions to the model; set aside", len(suspicious))
        found = retriever.search(query or standalone, k=top_k + len(suspicious), filters=filters)
        hits, suspicious = screen(found.hits)
        hits = hits[:top_k]
    siblings = screen(found.siblings)[0]
    timings["retrieve"] = (time.perf_counter() - t0) * 1000

    t0 = time.perf_counter()
    if chat is not None:
        from assistant.core.answer.computed import computed_answer
        from assistant.core.answer.computed_text import computed_source
        from assistant.core.answer.llm import LLMAnswerer

        # The model sees a computed figure (and the rows it came from) as a source it can cite.
        computed = computed_answer(standalone, query, library, hits)
        if computed is not None and not computed.refused:
            hits = [computed_source(computed), *computed.retrieved][: max(len(hits), library.settings.top_k) + 1]
        answer = LLMAnswerer(chat, library.settings).answer(
            standalone, hits, list(history) if history else None, on_token
        )
    else:
        answer = answer_offline(library, standalone, hits, query, siblings)
        if on_token is not None:
            on_token(answer.answer)
    timings["answer"] = (time.perf_counter() - t0) * 1000
    if answer.mode == "extractive" and not answer.retrieved:
        answer.retrieved = hits

    t0 = time.perf_counter()
    verify(answer)
    answer.checks.suspicious_sources = suspicious
    timings["verify"] = (time.perf_counter() - t0) * 1000
    timings["total"] = (time.perf_counter() - started) * 1000

    answer.question = question
    if standalone != question:
        answer.standalone_question = standalone
    answer.timings_ms = {**{k: round(v, 1) for k, v in timings.items()}, **answer.timings_ms}
    return answer
