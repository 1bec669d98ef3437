"""Why the offline answerer sets a computed figure aside for the passages: it leaves more of the
question's words unsaid than a metric question does, or it leaves out the part the question narrows it to."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from assistant.core.types import Answer, SearchHit

if TYPE_CHECKING:
    from assistant.core.library import Library
    from assistant.core.query import ParsedQuery

logger = logging.getLogger(__name__)


def says_too_little(library: Library, query: ParsedQuery, hits: list[SearchHit], computed: Answer) -> bool:
    """The computed figure leaves more of the question's words unsaid than a metric question does
    (answer.computed_fit): it is the metric, not the part of it asked about."""
    from assistant.core.answer.computed_fit import loosely_matched, unsaid

    if computed.refused:
        return False
    docs = list(dict.fromkeys(c.doc_id for c in computed.citations))
    # Only the primary statements' rows excuse a word: a note table's labels (`extra["note"]`) name almost
    # every word a filing uses ("collateral", "derivatives"), so they would excuse any question.
    labels = () if loosely_matched(computed.trace) else (
        f.label for f in library.facts(docs) if not f.extra.get("note"))
    left = unsaid(query, hits, computed, labels)
    if computed.trace:  # a signal of the computed path's gate (answer.gate_computed)
        computed.trace["unsaid"] = float(len(left))
    if len(left) > library.settings.computed_unsaid_max:
        logger.debug("computed answer set aside: the question's %s unsaid", ", ".join(left))
        return True
    if query.printed_part and (narrower := [t for t in left if t not in line_name_stems(query.asked)]):
        # A note's, table's or schedule's figure asked: a statement line answers it only when the
        # question names that line; a word the line's name leaves out ("long-term contract liabilities"
        # for long-term liabilities, PP&E "held under finance leases") names the note's narrower item.
        logger.debug("computed answer set aside: the note's item is named by %s", ", ".join(narrower))
        return True
    return False


def line_name_stems(question: str) -> set[str]:
    """The stems of the words a question names line items by, as questions name them
    (`QUESTION_TERMS`: "weighted-average common shares, assuming dilution")."""
    from assistant.core.answer.text import word_stems
    from assistant.core.finance.question_terms import TERM_PATTERNS

    # Tried from every word: a line named with its alternatives overlapping ("weighted-average diluted
    # common shares outstanding") is named by all of them.
    starts = [m.start() for m in re.finditer(r"\b\w", question)]
    found = (pattern.match(question, i) for pattern, _ in TERM_PATTERNS for i in starts)
    return {s for m in found if m is not None for s in word_stems(m.group())}


_DOCUMENT_WORDS = frozenset({"form", "annual", "report", "quarterly", "release", "filing"})


_COLUMN_READ = re.compile(r"\bColumn: ([^;\n]+);")
_BLOCK_READ = re.compile(r"\bUnder: ([^;)\n]+)")


def leaves_out(query: ParsedQuery, hits: list[SearchHit], computed: Answer) -> bool:
    """A computed figure whose inputs leave out what the question narrows it to: a segment or
    product it names ("Commercial Airplanes (BCA)", "leaving aside Comirnaty") that no cited row
    names is the company's total, the wrong figure; the passages are read instead."""
    if computed.refused:
        return False
    from assistant.core.answer.metric_check import names_all
    from assistant.core.answer.qualifiers import families
    from assistant.core.answer.question import METRIC_STEMS, analyse
    from assistant.core.finance.catalogue_names import names_metric
    from assistant.core.finance.plan import question_concept

    q = analyse(query, hits)
    # A name that is a metric ("EBITDA", "ROE", "CAGR", "DIO"), its basis ("GAAP"), a line item the
    # statements carry, however abbreviated ("D&A", "R&D"), the asked company's own name or a
    # document word ("Form 10-K") narrows nothing.
    own = {t.lower() for name in query.companies for t in re.findall(r"[A-Za-z&]+", name)}
    names = {s for s, w in q.named.items() if s not in q.company and s not in METRIC_STEMS and not families(w)
             and question_concept(w) is None and not names_metric(w)
             and w.lower() not in own and w.lower() not in _DOCUMENT_WORDS}
    cited = " ".join(f"{c.title} {c.quote}" for c in computed.citations)
    # the column a cell was read under names it as its row does ("Consumer Health" over a roll-forward's cell)
    cited += " " + " ".join(_COLUMN_READ.findall(computed.answer))
    # and the segment's block its rows were read under ("Under: Homeowners", `answer.computed_compose`)
    cited += " " + " ".join(_BLOCK_READ.findall(computed.answer))
    return bool(names) and not any(names_all({n}, cited) for n in names)
