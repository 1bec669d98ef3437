"""A computed figure (statement facts) read from a row when another row of the same filing names
more of what the question asks.

A finance reader checks that the line used is the line asked: "proceeds from disposals of
property, plant and equipment" is not the "Property, plant and equipment, net" row when the
filing also prints "Proceeds from disposals of property, plant and equipment"; "dividends
declared" is not "Dividends paid" when the equity statement prints "Dividends declared"; "trade
payables in operating cash flow" is not "Cash from operations" when the cash flow statement prints
"Trade payables". The row used matched a concept whose words the question contains, but the
question's item is narrower or another line, and a row that says so exists.

So: for each input row, a rival row of the same filing and period end (a flow's of its own span too), with another value, whose
label names question words that no input row names, and more of the question's words than the
input's own label does (all of the input's, or at least two new ones; or a row of the input's own
table whose every word the question names: the part asked of a total), and whose own words are
mostly the question's (it is a row about what was asked, not one sharing a word with it), means
the figure is of another line than the one asked. Such a question is left to the passages
(`computed.answer_from_facts` returns None), as `computed_asked.asked_other` does.

Only the question's item words count: method words ("divided by", "percentage"), period words
("fiscal", "ended", month names), generic label words ("total", "net", "other"), the basis of the
statements ("continuing operations", "recast"), the metric's own name ("working capital", "gross
margin": no row prints it, its inputs' rows are its parts), words in parentheses (a clarification:
"(lease liabilities excluded)"), a statement named as the place to look ("per the statement of
changes in equity") and the company's name never make a row a better match.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from assistant.core.answer.computed_fit import METHOD_WORDS
from assistant.core.answer.text import BRACKETED, word_stems
from assistant.core.finance.facts import Fact
from assistant.core.finance.metrics import Evaluation
from assistant.core.finance.plan import Plan
from assistant.core.words import STOPWORDS, stem

logger = logging.getLogger(__name__)

__all__ = ["better_named_row", "item_words"]

# Words of a question's form, method, period or place to look, not of the line it asks for: the
# computed-fit check's method words and the words of periods, scale and where to look.
_NOT_ITEM = METHOD_WORDS | frozenset(stem(w) for w in re.findall(r"[a-z]+", (
    "one six nine month months year years quarter quarters fiscal ended ending end period periods "
    "first second third fourth half january february march april may june july august september october "
    "november december versus growth grow increase decrease report reported reports form filing note "
    "notes table page item million millions billion billions thousand thousands amount amounts value "
    "total net other company what how much many did does was were record recorded show shown shows "
    "according per both all each continuing discontinued recast restated including excluding "
    # the currency the answer is asked in ("EUR millions"), a unit, no line's word
    "usd eur euro euros gbp sterling pound pounds dollar dollars sek nok dkk chf jpy")))
_PARENS = BRACKETED
# A statement named as the place to look: "per the statement of changes in equity" asks nothing of equity.
_STATEMENT = re.compile(r"(?i)\b(?:consolidated\s+)?statements?\s+of\s+(?:changes\s+in\s+)?(?:(?:share|stock)holders['’]?\s+)?"
                        r"(?:equity|cash\s+flows?|operations|earnings|income|comprehensive\s+(?:income|loss)|financial\s+position)\b"
                        r"|\b(?:balance\s+sheets?|income\s+statements?|cash\s+flow\s+statements?)\b"
                        # a document named as the place to look: "its Q4 earnings release"
                        r"|\b(?:earnings|press|results|news)\s+releases?\b|\b(?:annual|quarterly)\s+reports?\b"
                        # the statements' basis: "on the continuing-operations basis"
                        r"|\b(?:dis)?continu\w*[\s-]+operations?\b"
                        # what the line is taken net of: "revenues net of interest expense" asks no expense row
                        r"|\b(?:net\s+of|excluding|exclusive\s+of|less|minus)\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,3}[\w&'’-]+")
# Label words that say nothing of what a row is: a question naming "net" does not name "Net card fees".
_GENERIC = frozenset(stem(w) for w in ("total", "net", "other", "less", "and"))
# Rows within this share of each other report the same figure (rounding, a restated cent).
_SAME = 0.005


def _said(question: str) -> set[str]:
    """The question's stems, leaving out its clarifications in parentheses and the statement or
    document it names as the place to look."""
    return word_stems(_STATEMENT.sub(" ", _PARENS.sub(" ", question)))


def _content(text: str) -> set[str]:
    return {s for s in _said(text)
            if len(s) > 2 and not s.isdigit() and s not in STOPWORDS and s not in _NOT_ITEM}


def item_words(question: str, company: str | None = None, metric: str = "") -> set[str]:
    """The question's stems that can name the line it asks for (`metric`: the words of the metric
    computed, which name no row)."""
    return _content(question) - word_stems(company or "") - word_stems(metric.replace("_", " "))


def _metric_words(plan: Plan) -> str:
    """The computed metric's own name ("working capital", "gross margin"); a formula the question
    defines is titled by its own words ("dividends declared divided by net income"), which name rows."""
    return " ".join(["" if plan.defined else plan.title, plan.metric.name if plan.metric else "",
                     plan.metric.title if plan.metric else ""])


def _label(f: Fact) -> set[str]:
    """The row's label and its concept's name: "Operating profit" read as operating income says "income";
    a note table's row says its table's title too ("Pension benefits" under "Components of deferred tax assets")."""
    concept = (f.concept or "").replace("_", " ") if not (f.concept or "").startswith("row_") else ""
    title = str(f.extra.get("table") or "") if f.extra.get("note") else ""
    return word_stems(f"{_PARENS.sub(' ', f.label)} {concept} {title}")


def _section(f: Fact) -> set[str]:
    """The words of the section heading a statement row is printed under ("Revenues" over "Rooms")."""
    return word_stems(str(f.extra.get("section") or ""))


def _full(label: str) -> set[str]:
    """Every word of a row's label, generic ones included ("other", "net", "total")."""
    return {s for s in word_stems(_PARENS.sub(" ", label)) if len(s) > 2 and not s.isdigit() and s not in STOPWORDS}


def _named_in_full(label: str, question: str) -> bool:
    """Every word of the row's label is the question's ("Credit card"; not "Other investing, net")."""
    words = _full(label)
    return bool(words) and words <= _said(question)


def _differs(f: Fact, g: Fact) -> bool:
    a, b = abs(f.absolute), abs(g.absolute)
    return abs(a - b) > _SAME * max(a, b)


def better_named_row(question: str, plan: Plan, ev: Evaluation, facts: Sequence[Fact],
                     company: str | None = None) -> str | None:
    """Why an input row of `ev` is not the line asked (a rival row names more of it), else None."""
    inputs = [f for _, f in ev.inputs]
    asked = item_words(question, company, _metric_words(plan))
    if not inputs or not asked:
        return None
    said = set().union(*(_label(f) for f in inputs)) & asked
    company_words = word_stems(company or "")
    inputs_said = set().union(*(_label(f) | _section(f) for f in inputs))  # the inputs' lines with their sections
    for f in inputs:
        own = _label(f) & asked
        for g in facts:
            if g.doc_id != f.doc_id or g.period_end != f.period_end or g.label == f.label or g.unit != f.unit:
                continue
            if g.duration_months and f.duration_months and g.duration_months != f.duration_months:
                continue  # a flow's rival is of its own span: a year-to-date column ending that day is another period
                # (a balance against a flow stays a rival: "Proceeds from disposals of PP&E" is not "PP&E, net")
            if g.extra.get("note") and not f.extra.get("note") and not (
                    _named_in_full(g.label, question) and _content(_PARENS.sub(" ", g.label)) - inputs_said):
                continue  # a note table's row is a part or a detail, not the statement line's better name,
                # unless the question says its every word and they are more than the inputs' lines say with
                # their sections ("Restricted stock vested" against "Total equity"; not "Rooms revenue" against
                # the "Rooms" printed under "Revenues")
            if _full(g.label) & company_words:
                continue  # a row named by the company ("Acme Stores") is about it, not a part of the line
            words = _content(g.label)
            theirs = words & asked
            new = theirs - said
            if not new or not _differs(f, g):
                continue
            # a part of the input's own table that the question names in full ("Credit card" under
            # "Provision for credit losses", "Wholesale"): the part asked, not the table's total
            part = g.page == f.page and bool(words) and _named_in_full(g.label, question)
            if not part and (len(theirs) <= len(own) or not (own <= theirs or len(new) >= 2)):
                continue
            if 3 * len((_full(g.label) - _GENERIC) & _said(question)) < 2 * len(_full(g.label)):
                continue  # a row that shares a word with the question, about something else ("Other investing, net")
            reason = f'the filing prints "{g.label}", which names more of the question than "{f.label}"'
            logger.debug("computed figure set aside: %s", reason)
            return reason
    return None
