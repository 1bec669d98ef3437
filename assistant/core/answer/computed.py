"""Computed answers: a line item or a metric worked out from statement facts, every input cited.

`answer_from_facts` plans the question (assistant.core.finance.plan), looks each input up in
the asked company's facts (the filings retrieval ranked first come first, then the newest),
computes, and writes one sentence around the figure ("Best Buy's FY2019 gross margin was
23.2% [1]."), then the working with every input footnoted to its statement row. A missing
input gives a plain refusal that names it. `computed_answer` is the same over a library.
"""

from __future__ import annotations

import ast
import logging
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from assistant.core.answer.computed_asked import asked_other, asks_average
from assistant.core.answer.computed_compose import compose, plan_year, title
from assistant.core.answer.computed_order import asked_period, order_documents
from assistant.core.answer.computed_rival import better_named_row
from assistant.core.answer.computed_text import readable
from assistant.core.answer.decline import as_decline
from assistant.core.answer.doubts import (
    alternatives,
    defined_part,
    implausible,
    named_equity,
    named_rival,
    off_statement,
    other_span,
    part_left_out,
    static_doubt,
)
from assistant.core.answer.gate_computed import retrieval_signals, signals
from assistant.core.answer.page_rows import page_rows
from assistant.core.answer.row_names import keyed_by_label, label_row, narrowed
from assistant.core.answer.sole_company import companies_giving
from assistant.core.finance.cash_flow_lines import CASH_FLOW_LINE, keyed_cash_flow_rows
from assistant.core.finance.companies import canonical_company, short_name
from assistant.core.finance.facts import Fact
from assistant.core.finance.labels import LABEL_PREFIX, keyed_rows
from assistant.core.finance.metrics import (
    Evaluation,
    MissingInput,
    average,
    cagr,
    evaluate,
    growth,
    run_expression,
)
from assistant.core.finance.plan import (
    Plan,
    label_plan,
    plan_question,
    printed_plan,
    qualifiers,
)
from assistant.core.finance.statements import PRIMARY_STATEMENTS
from assistant.core.types import (
    Answer,
    DocumentRecord,
    SearchHit,
    Withheld,
)

if TYPE_CHECKING:
    from assistant.core.library import Library
    from assistant.core.query import ParsedQuery

logger = logging.getLogger(__name__)

__all__ = ["MISSING_INPUT", "answer_from_facts", "asked_period", "computed_answer", "has_statements",
           "order_documents"]

#: A refusal for a quarter's or half's input the facts lack: `answering` then reads the passages
#: (selected quarterly data). A whole year or balance the statements lack is not in the library.
MISSING_INPUT = "missing_input"
def _evaluate(plan: Plan, facts: list[Fact]) -> Evaluation:
    if plan.kind == "formula" and plan.formula:
        try:
            return evaluate(plan.formula, facts, plan.periods[0])
        except MissingInput:
            # A catalogue metric's other standard form ("gross margin" as revenue less cost of sales
            # over revenue where no gross profit line is printed); the first missing input is named.
            # A form that only leaves the missing input out (a quick ratio without short-term
            # investments) would understate the metric, so it is never used.
            primary = _names(plan.formula)
            for other in plan.metric.fallbacks if plan.metric is not None and not plan.defined else ():
                if _names(other) < primary:
                    continue
                try:
                    return evaluate(other, facts, plan.periods[0])
                except MissingInput:
                    continue
            raise
    if plan.kind == "average" and plan.formula:
        return average(facts, plan.formula, plan.periods)
    assert plan.concept is not None
    if plan.kind == "growth":
        return growth(facts, plan.concept, plan.periods[0], plan.periods[1] if len(plan.periods) > 1 else None)
    if plan.kind == "cagr":
        start, end = plan.periods[0], plan.periods[-1]
        years = plan_year(end) - plan_year(start)
        return cagr(facts, plan.concept, start, end, years)
    if plan.kind == "average":  # an outflow counts as its size (finance/presentation.py), as in every formula
        return average(facts, plan.concept, plan.periods)
    return evaluate(plan.concept, facts, plan.periods[0])


def _names(formula: str) -> set[str]:
    return {n.id for n in ast.walk(ast.parse(formula, mode="eval")) if isinstance(n, ast.Name)} - {"abs", "avg", "prev"}


def answer_from_facts(
    question: str,
    facts: list[Fact],
    *,
    plan: Plan | None = None,
    company: str | None = None,
    documents: dict[str, DocumentRecord] | None = None,
) -> Answer | None:
    """The computed answer, a refusal naming a missing input, or None when the question is not
    a statement figure (the caller answers it another way). A metric over lines named as printed goes first."""
    printed = printed_plan(question) if facts and "row_" not in (plan.formula or "" if plan else "") else None
    if printed is not None and plan is not None and printed.formula == plan.formula:
        printed = None  # already the printed plan (a sum of lines named as printed that all carry concepts)
    if printed is not None and (first := answer_from_facts(question, facts, plan=printed, company=company,
                                                            documents=documents)):
        return first
    plan = plan or plan_question(question) or label_plan(question)
    if printed is not None and plan is not None and plan.kind == "lookup":
        return None  # the question's arithmetic over printed rows found no row: one operand's figure is not the answer
    if plan is None or not facts:
        return None
    if plan.kind == "average" and len(plan.periods) < 2:
        # one period's figure is no average of it: refused here, not left to a passage's other average
        return Answer(question=question, mode="extractive", refused=True,
                      answer="I won't state an average: the question names one period, and one figure is no average.")
    given = facts
    # A question the statement plan declines as narrowed is answered only by a table row that says so.
    narrowing = qualifiers(question) if plan.concept is None and plan_question(question) is None else None
    if (plan.concept or "").startswith(CASH_FLOW_LINE):  # a balance's movement as the cash flow statement prints it
        facts = keyed_cash_flow_rows(facts, plan.concept or "")
    elif not plan.formula:
        found = label_row(question, facts, plan.concept, company or next((f.company for f in facts if f.company), None),
                          narrowing)
        if found is not None:
            facts, plan.concept, clash = keyed_by_label(facts, found, narrowing is not None, question)
            if clash and _notes_only(facts, {plan.concept}):
                return None  # note tables' rows that disagree: the passages answer, as without them
            if clash:  # two tables' rows of that name: which one is meant?
                return Answer(question=question, mode="extractive", refused=True,
                              answer=f"I won't state {company or 'the company'}'s {found[0]}: more than one table row "
                                     f"is labelled so ({clash}).")
        elif plan.concept is None or narrowing is not None or narrowed(question, company):
            return None  # no line item, or a part of one ("domestic revenue") the statements do not break out
    who = company or next((f.company for f in facts if f.company), None) or "The company"
    facts = named_rival(question, named_equity(question, facts))
    if plan.formula and (keyed := keyed_rows(facts, _names(plan.formula), question)):  # operands named as printed: their rows
        facts, clash = keyed
        if clash and (_notes_only(facts, _names(plan.formula)) or plan.family == "share"):
            # note tables' rows that disagree, or a part named in words that several tables break out (a
            # region in the segment note and the MD&A): the passages answer, as without them
            return None
        if clash:
            return Answer(question=question, mode="extractive", refused=True, answer=f"I won't state {who}'s "
                          f"{plan.title or 'figure'}: rows of the same name disagree ({clash}).")
    try:
        ev = _evaluate(plan, facts)
    except MissingInput as missing:
        if missing.concept.startswith(LABEL_PREFIX):
            return None  # no row printed so: the question is answered another way
        if (rows := _printed_rows(question, plan, given, company, documents)) is not None:
            return rows
        if plan.kind == "lookup" and not any(f.concept == missing.concept for f in given):
            return None  # a line the statements never print (a note's "Interest income"): the passages answer
        if asks_average(question):
            return None  # an average balance asked: a bank's average-balance table, or its stated ratio, in the passages
        what = plan.title or title(plan.concept or "")
        when = readable(missing.period.label)
        when = when if when.startswith("at ") else f"for {when}"  # a balance is "at" its date
        text = f"I could not find {title(missing.concept)} {when} in {who}'s statements in the library"
        text += "." if plan.kind == "lookup" else f", so {who}'s {what} cannot be computed from them."
        return Answer(question=question, answer=text, mode="extractive", refused=True,
                      trace={MISSING_INPUT: 1.0} if missing.period.part_of_year and missing.period.reported_through(given) else {})
    except (ValueError, ZeroDivisionError) as exc:
        logger.info("computed answer not possible: %s", exc)
        return None
    if asked_other(question, plan, ev) is not None or better_named_row(question, plan, ev, facts, who) is not None:
        # a figure of another line than the one asked: the question's own definition over the rows it names
        # as printed ("dividends declared over net income"), if it answers; else the passages answer
        return _printed_rows(question, plan, given, company, documents)
    answer = compose(question, plan, ev, who, documents or {})
    reason = (implausible(plan, ev.value) or static_doubt(plan, ev, company) or off_statement(ev, facts)
              or part_left_out(question, plan, ev, company) or other_span(question, ev)
              or defined_part(question, plan, ev, company) or _other_reading(question, plan, ev, facts, who, answer))
    if reason is None:
        answer.trace = signals(plan, ev, facts)  # for the computed path's gate (answer.gate_computed)
        return answer
    if any(f.extra.get("note") for _, f in ev.inputs):
        return None  # a note table's row in doubt: the passages answer, as they would without it
    what = plan.title or title(plan.concept or "")
    held = Withheld(check="computed_doubt", reason=reason, key_figure=answer.key_figure,
                    text=answer.answer) if answer.key_figure is not None else None  # measurement only
    return Answer(question=question, answer=f"I won't state {who}'s {what}: {reason}.", mode="extractive", refused=True,
                  withheld=held)


def _notes_only(facts: list[Fact], names: set[str]) -> bool:
    """Whether every row keyed to `names` was read from a note table (`finance.note_tables`)."""
    rows = [f for f in facts if f.concept in names and (f.concept or "").startswith(LABEL_PREFIX)]
    return bool(rows) and all(f.extra.get("note") for f in rows)


def _printed_rows(question: str, plan: Plan, facts: list[Fact], company: str | None,
                  documents: dict[str, DocumentRecord] | None) -> Answer | None:
    """A catalogue metric the question defines over a line it names as printed ("operating profit
    divided by net interest expense and other"), when the concepts' plan lacks an input: the plan
    over the printed rows, if it answers (`printed_plan` leaves such a question to the concepts)."""
    if LABEL_PREFIX in (plan.formula or ""):
        return None
    printed = printed_plan(question, catalogue_rows=True)
    if printed is None or printed.formula == plan.formula:
        return None
    found = answer_from_facts(question, facts, plan=printed, company=company, documents=documents)
    return found if found is not None and not found.refused else None


def _own_measure_plan(question: str) -> Plan | None:
    """A catalogue metric the question defines over a company's own measure's printed row ("underlying
    operating margin, defined as underlying operating profit divided by total revenue"): the statement
    plan declines the qualified name (`finance.own_measures`), so the printed rows are the plan."""
    return printed_plan(question, catalogue_rows=True) if qualifiers(question) else None


def _other_reading(question: str, plan: Plan, ev: Evaluation, facts: list[Fact], who: str, answer: Answer) -> str | None:
    """What makes the figure uncertain when reading an input another way changes it at the asked
    precision (a rival row, the other net income), else None."""
    shown = answer.key_figure.value if answer.key_figure else None
    for k, other, what in alternatives(question, ev, facts):
        values = [f.value for _, f in ev.inputs]
        values[k] = other.value
        try:
            value = run_expression(ev.expression, values)
        except (ValueError, ZeroDivisionError):
            return what
        inputs = list(ev.inputs)
        inputs[k] = (inputs[k][0], other)
        alt = compose(question, plan, Evaluation(value, inputs, ev.formula, ev.expression), who, {})
        if alt.key_figure is None or alt.key_figure.value != shown:
            return what
    return None


def _first_word_named(company: str, question: str) -> bool:
    """Whether the question writes the first word of the company's name ("Ulta: growth in ...", an
    opening name the company reader leaves to the passages): then it is no question naming none."""
    words = short_name(company).split()
    return bool(words) and re.search(rf"(?i)\b{re.escape(words[0])}\b", question) is not None


def computed_answer(question: str, query: ParsedQuery | None, library: Library, hits: Sequence[SearchHit]) -> Answer | None:
    """A computed answer over the library's statement facts, or None (answer it another way)."""
    plan = plan_question(question) or printed_plan(question) or _own_measure_plan(question) or label_plan(question)
    if plan is None:
        return None
    # Only a company the question names: another company's figure must never answer it. One
    # company stored under two spellings ("Amcor plc", "Amcor Group") is still one company.
    keys = {canonical_company(c) for c in query.companies} if query is not None else set()
    giving = companies_giving(question, plan, query, library, _gives(question)) if query is not None and not keys else []
    if len(giving) > 1 and not any(_first_word_named(c, question) for c in giving):
        # None named, and several companies' statements give the figure for the date asked: a passage
        # would quote whichever company's ranked first (another's total assets for the one meant).
        return Answer(question=question, mode="extractive", refused=True, answer=(
            f"I won't state a figure: the question names no company, and the statements of {giving[0]} and "
            f"{giving[1]} both give it for the date asked. Name the company."))
    sole = giving[0] if giving else None
    if sole is not None:  # none named, and only one company's statements give the figure asked
        keys = {canonical_company(sole)}
    if query is None or len(keys) != 1:
        return None  # none named, or a comparison of several: answered another way
    (key,) = keys
    company = sole or query.companies[0]
    documents = library.documents()
    mine = [(d.doc_id, d.period) for d in documents if d.company and canonical_company(d.company) == key]
    facts = library.facts(order_documents(plan, mine, hits))
    # rows of the retrieved statement pages that ingest left unread, by the page's columns
    facts = facts + page_rows(facts, [h for h in hits if any(h.doc_id == d for d, _ in mine)])
    answer = answer_from_facts(question, facts, plan=plan, company=company, documents={d.doc_id: d for d in documents})
    if answer is None or answer.refused:
        return answer
    answer = as_decline(question, answer)
    answer.trace = {**answer.trace, **retrieval_signals([(c.doc_id, c.page) for c in answer.citations], hits)}
    wanted = [c.chunk_id for c in answer.citations if c.chunk_id]
    records = {d.doc_id: d for d in documents}
    cited = []
    for chunk in library.store.get_chunks(list(dict.fromkeys(wanted))):
        doc = records.get(str(chunk.meta.get("doc_id")))
        cited.append(SearchHit(
            chunk_id=chunk.chunk_id, doc_id=str(chunk.meta.get("doc_id")), title=doc.title if doc else "",
            source=doc.source if doc else "", page=int(chunk.meta.get("page") or 0), text=chunk.text, score=1.0,
            kind=str(chunk.meta.get("kind") or "text"), company=doc.company if doc else None,
        ))
    answer.retrieved = cited + [h for h in hits if h.chunk_id not in set(wanted)]
    return answer


def _gives(question: str) -> Callable[[Plan, list[Fact], str], bool]:
    """Whether one company's facts answer the question: a figure, not a refusal or another path."""

    def gives(plan: Plan, facts: list[Fact], company: str) -> bool:
        answer = answer_from_facts(question, facts, plan=plan, company=company)
        return answer is not None and not answer.refused

    return gives


def has_statements(query: ParsedQuery | None, library: Library) -> bool:
    """Whether the library holds financial statements of the company the question names (of any
    company, when it names none): then a figure the statement facts did not give is suspect when
    quoted from prose. A company known only from articles and notes has none to defer to."""
    keys = {canonical_company(c) for c in query.companies} if query is not None else set()
    docs = [d.doc_id for d in library.documents() if not keys or (d.company and canonical_company(d.company) in keys)]
    return any(f.statement in PRIMARY_STATEMENTS for f in library.facts(docs))
