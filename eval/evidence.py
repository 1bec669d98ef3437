"""Retrieval checks: did the passages hold the evidence, and did they hold the gold figure?

A passage is an evidence hit when it comes from the evidence document and
- covers one of the evidence pages (FinanceBench: page p+1 of doc_name.pdf), or
- contains the evidence quote, compared on letters and digits only so that PDF text
  glued together ("Costofgoodssold") and line breaks do not hide a match.

`with_quote_pages` reads a quote-only item the way the issue defines recall ("an evidence page
in the top k"): the pages of a multi-page document that hold the quote become its pages. A
quote cut by a chunk boundary, or a table row the chunker wrote apart, is then found on its
page; a one-page document (an article) keeps the quote, or any passage of it would count.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from assistant.core.numbers import (
    Quantity,
    detect_scale_statement,
    numbers_match,
    parse_quantities,
    significant_digits,
    units_compatible,
)
from assistant.core.types import Citation, SearchHit
from eval.models import Evidence

# A bare table cell counts as the gold in the gold's scale only when it has this many
# significant digits: "20" is everywhere in a filing, "5,409" is not.
_BARE_CELL_MIN_DIGITS = 3


def _alnum(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).lower())


def doc_matches(hit: SearchHit, doc: str) -> bool:
    """The hit comes from `doc`: a file name ('x.txt'), a file stem ('BESTBUY_2019_10K'),
    or a doc_id/title, compared case-insensitively."""
    want = doc.strip().lower()
    want_stem = Path(want).stem if Path(want).suffix else want
    source = Path(hit.source or "")
    names = {
        source.name.lower(),
        source.stem.lower(),
        hit.doc_id.lower(),
        (hit.title or "").lower(),
    }
    return want in names or want_stem in names


def hit_matches(hit: SearchHit, ev: Evidence) -> bool:
    if ev.doc and not doc_matches(hit, ev.doc):
        return False
    if ev.pages:
        end = hit.page_end if hit.page_end is not None else hit.page
        return any(hit.page <= p <= end for p in ev.pages)
    if ev.quote:
        quote = _alnum(ev.quote)
        return bool(quote) and quote in _alnum(hit.text)
    return bool(ev.doc)


def evidence_rank(hits: Sequence[SearchHit], evidence: Sequence[Evidence]) -> int | None:
    """1-based rank of the first passage that matches any evidence item, or None."""
    for rank, hit in enumerate(hits, 1):
        if any(hit_matches(hit, ev) for ev in evidence):
            return rank
    return None


def quote_pages(quote: str, pages: Mapping[int, str]) -> set[int]:
    """The pages whose text holds `quote` (letters and digits only), or else the two pages of a
    page break the quote runs across."""
    want = _alnum(quote)
    if not want:
        return set()
    text = {p: _alnum(t) for p, t in pages.items()}
    found = {p for p, t in text.items() if want in t}
    if not found:
        found = {q for p, t in text.items() if p + 1 in text and want in t + text[p + 1] for q in (p, p + 1)}
    return found


def with_quote_pages(
    evidence: Sequence[Evidence], page_texts: Callable[[str], Mapping[int, str]]
) -> list[Evidence]:
    """Each quote-only item of a multi-page document with the pages that hold its quote
    (`page_texts(doc)`: page number → page text; empty when the library lacks the document).
    Items with pages, one-page documents and quotes found nowhere are kept as they are."""
    out: list[Evidence] = []
    for ev in evidence:
        pages = page_texts(ev.doc) if ev.doc and ev.quote and not ev.pages else {}
        found = quote_pages(ev.quote or "", pages) if len(pages) > 1 else set()
        out.append(ev.model_copy(update={"pages": sorted(found)}) if found else ev)
    return out


def hits_from_citations(citations: Sequence[Citation]) -> list[SearchHit]:
    """Citations as passages, in footnote order (retrieval metrics for --answers files)."""
    return [
        SearchHit(
            chunk_id=c.chunk_id or f"cite-{c.n}",
            doc_id=c.doc_id,
            title=c.title,
            source=c.source,
            page=c.page,
            text=c.quote,
            score=c.score,
        )
        for c in citations
    ]


def _points(text: str) -> list[Quantity]:
    """Every figure of a passage, a range counted as both its ends."""
    out: list[Quantity] = []
    for q in parse_quantities(text):
        if q.is_year:
            continue
        if q.high is None:
            out.append(q)
        else:
            out.append(Quantity(q.value, scale=q.scale, unit=q.unit, decimals=q.decimals))
            out.append(Quantity(q.high, scale=q.scale, unit=q.unit, decimals=q.decimals))
    return out


def figure_in_passages(gold: Quantity, hits: Sequence[SearchHit], tol: float) -> bool:
    """True when some passage states the gold figure (sign-agnostic: '(1,577)' and 'a loss of
    1,577' both count). Bare cells are read in the passage's stated scale ('in millions'), or
    else in the gold's scale when they have enough digits to be unlikely by chance."""
    if gold.high is not None:
        low = Quantity(gold.value, scale=gold.scale, unit=gold.unit, decimals=gold.decimals)
        high = Quantity(gold.high, scale=gold.scale, unit=gold.unit, decimals=gold.decimals)
        return figure_in_passages(low, hits, tol) and figure_in_passages(high, hits, tol)
    for hit in hits:
        stated = detect_scale_statement(hit.text)
        for q in _points(hit.text):
            if not units_compatible(gold.unit, q.unit):
                continue
            enough_digits = significant_digits(q) >= _BARE_CELL_MIN_DIGITS
            if q.unit is None and gold.unit in ("percent", "pp") and not enough_digits:
                continue
            if numbers_match(gold, q, tol, context_scale=stated, ignore_sign=True):
                return True
            if (
                stated is None
                and q.scale is None
                and gold.scale is not None
                and enough_digits
                and numbers_match(gold, q, tol, context_scale=gold.scale, ignore_sign=True)
            ):
                return True
    return False
