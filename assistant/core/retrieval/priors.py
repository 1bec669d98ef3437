"""What the retriever does with a parsed question: per-document priors, the filings of the
asked period, and the weighted BM25 query."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from assistant.core.finance.companies import canonical_company
from assistant.core.finance.periods import period_year
from assistant.core.finance.synonyms import EQUIVALENT, RELATED, rewrite_phrases
from assistant.core.finance.topics import TOPICS

if TYPE_CHECKING:
    from assistant.core.query import ParsedQuery
    from assistant.core.types import DocumentRecord

__all__ = ["doc_priors", "focus_docs", "kind_priors", "lexical_query"]

_TOPIC_WORDS = {t.name: t.words for t in TOPICS}


def synonym_terms(text: str, related: bool = False) -> str:
    """The words filings use for what the question says another way (finance.synonyms): the
    other members of each EQUIVALENT group (and with `related`, each RELATED group) a question
    word belongs to, and the documents' word for a multi-word paraphrase ("bring in": revenue)."""
    from assistant.core.lexical import tokenize

    asked = set(tokenize(text))
    out: list[str] = []
    for line in EQUIVALENT + (RELATED if related else []):
        group = line.split()
        if asked & {t for w in group for t in tokenize(w)}:
            out += group
    rewritten = rewrite_phrases(text)
    if rewritten != text:
        out.append(rewritten)
    return " ".join(out)


def doc_priors(
    parsed: ParsedQuery, records: Iterable[DocumentRecord], period_weight: float, recency_weight: float,
    *, forward: bool = False,
) -> dict[str, float]:
    """Per-document score factor (1.0 = no opinion; missing = 1.0).

    A named period favours the filings of that period (others keep 1 - weight). With no
    period named, a company's latest filing of each kind is preferred a little: questions in
    the present tense ask about now, and the newest 10-K and newest 10-Q are both "current".
    `forward` (what a company expects, with no period named): the newest filing of any kind
    is current, since a later quarterly report updates an annual report's expectations.
    """
    records = list(records)
    out: dict[str, float] = {}
    if parsed.doc_periods and period_weight > 0:
        for record in records:
            other = bool(parsed.companies) and record.company not in parsed.companies
            affinity = 0.0 if other else parsed.doc_periods.get(record.period or "", 0.0)
            out[record.doc_id] = (1.0 - period_weight) + period_weight * affinity
    elif not parsed.periods and recency_weight > 0:
        latest: dict[tuple[str, str], int] = {}
        for record in records:
            year = period_year(record.period)
            if record.company and year:
                key = (record.company, "" if forward else record.doc_type or "")
                latest[key] = max(latest.get(key, 0), year)
        for record in records:
            year = period_year(record.period)
            if record.company and year and year < latest[(record.company, "" if forward else record.doc_type or "")]:
                out[record.doc_id] = 1.0 - recency_weight
    if parsed.doc_types:  # "in its 10-K", "the earnings release": other kinds of document keep 70%
        for record in records:
            if (record.doc_type or "").lower() not in {t.lower() for t in parsed.doc_types}:
                out[record.doc_id] = out.get(record.doc_id, 1.0) * 0.7
    return out


_FILINGS = frozenset({"10-k", "10-q", "8-k", "earnings"})  # articles and notes keep no opinion


def kind_priors(
    parsed: ParsedQuery, records: Iterable[DocumentRecord], weights: Mapping[str, float]
) -> dict[str, float]:
    """Per-document factor from the kind of filing the question's wording points to
    (`parsed.filing_kinds`: a quarter → quarterly reports and releases, adjusted measures →
    earnings releases): a company's other filings keep (1 - weight). A company without a
    filing of the kinds wanted, or with only those, is left alone: nothing to choose."""
    out: dict[str, float] = {}
    by_company: dict[str, list[DocumentRecord]] = {}
    for record in records:
        asked = not parsed.companies or record.company in parsed.companies
        if record.company and asked and (record.doc_type or "").lower() in _FILINGS:
            by_company.setdefault(record.company, []).append(record)
    for why, kinds in parsed.filing_kinds.items():
        weight = weights.get(why, 0.0)
        if weight <= 0:
            continue
        wanted = {k.lower() for k in kinds}
        for filings in by_company.values():
            other = [r for r in filings if (r.doc_type or "").lower() not in wanted]
            if 0 < len(other) < len(filings):
                for record in other:
                    out[record.doc_id] = out.get(record.doc_id, 1.0) * (1.0 - weight)
    return out


def focus_docs(parsed: ParsedQuery, records: Iterable[DocumentRecord], company_keys: Sequence[str]) -> list[str]:
    """Documents of exactly the period asked about, when they are a real subset of those searched."""
    if not parsed.doc_periods:
        return []
    keys = set(company_keys)
    pool = [r for r in records if not keys or canonical_company(r.company or "") in keys]
    best = [r.doc_id for r in pool if parsed.doc_periods.get(r.period or "", 0.0) >= 0.999]
    return best if best and len(best) < len(pool) else []


def lexical_query(
    parsed: ParsedQuery, line_item_weight: float, expansion_weight: float, cue_weight: float,
    topic_weight: float = 0.0, synonym_weight: float = 0.0, related_synonyms: bool = False,
) -> tuple[str, dict[str, float] | None]:
    """The BM25 query and per-term weights: the question, its line items weighted up, and the
    words statements use for those items, answers use for causes, filings use for the
    question's topics (finance.topics) and for what the question paraphrases
    (`synonym_terms`), weighted as given."""
    text = parsed.text
    topic_words = " ".join(_TOPIC_WORDS[t] for t in parsed.topics if t in _TOPIC_WORDS) if topic_weight > 0 else ""
    synonyms = synonym_terms(text, related_synonyms) if synonym_weight > 0 else ""
    if not (parsed.expansions or parsed.cue_words or parsed.line_items or topic_words or synonyms):
        return text, None
    from assistant.core.lexical import tokenize

    base_terms = set(tokenize(text))
    weights: dict[str, float] = {}
    for words, weight in ((" ".join(parsed.expansions), expansion_weight), (" ".join(parsed.cue_words), cue_weight),
                          (topic_words, topic_weight), (synonyms, synonym_weight)):
        for term in tokenize(words):
            if term not in base_terms:
                weights[term] = weight
    # The line item is what the question is about: its words outweigh the rest of the question.
    for term in tokenize(" ".join(parsed.line_items)):
        weights[term] = line_item_weight
    extra = [t for t in weights if t not in base_terms]
    return f"{text} {' '.join(extra)}", weights

