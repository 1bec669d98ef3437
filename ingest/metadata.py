"""Company, ticker, period and document type of a loaded document.

Text first (SEC cover conventions, press-release datelines, exchange tickers, stated
periods), then the file name (`PEPSICO_2022_10K.pdf`) when it carries hints. Periods
are canonical: "FY2022", "Q1 2026", "H1 2026" or a bare year "2026" (`normalise_period`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from assistant.core.finance.companies import canonical_company, company_matches
from assistant.core.finance.cover_tickers import cover_ticker
from assistant.core.finance.periods import (
    find_date,
    find_periods,
    fiscal_year_of,
    normalise_period,
    period_year,
    quarter_of,
    yearless_quarters,
)
from assistant.core.types import LoadedDocument
from ingest.article_company import article_company, named_more
from ingest.cover_company import (
    BARE_TICKER_RE,
    SYMBOL_SENTENCE_RE,
    cover_registrant,
    display_case,
    name_before,
    squash,
    suffix_company,
    ticker_company,
)

__all__ = [
    "DocMeta",
    "canonical_company",
    "company_matches",
    "detect_metadata",
    "display_title",
    "find_periods",
    "normalise_period",
    "parse_filename",
    "period_year",
    "yearless_quarters",
]

_HEAD_PAGES = 3  # cover and first pages: type, company, earnings wording
_BODY_PAGES = 40  # stated fiscal quarters and "ticker symbol" sentences live deeper
_COVER_CHARS = 6000
_COVER_SEARCH_PAGES = 5  # a glossy annual report may wrap the 10-K cover a few pages in
_COVER_TOP_CHARS = 600  # squashed characters: the form name is in the first lines of a cover



# --- document type -------------------------------------------------------------------------
_FORM_MARKERS = [  # squashed (A-Z0-9 only) cover phrases, in any order on the cover
    ("FORM10K", "10-K"), ("ANNUALREPORTPURSUANTTOSECTION13", "10-K"),
    ("FORM10Q", "10-Q"), ("QUARTERLYREPORTPURSUANTTOSECTION13", "10-Q"),
    ("FORM8K", "8-K"), ("CURRENTREPORTPURSUANTTOSECTION13", "8-K"),
    ("FORM20F", "report"), ("FORM40F", "report"),
]
_EARNINGS_RE = re.compile(
    r"\breports?\b[^.\n]{0,60}?\b(?:quarter|q[1-4]|full[- ]year|annual|fiscal)\b[^.\n]{0,40}?\bresults\b"
    r"|\btoday\s+(?:reported|announced)\b[^.]{0,120}?\bresults\b"
    r"|\b(?:earnings|results)\s+(?:press\s+|news\s+)?release\b",
    re.IGNORECASE,
)
_PRESS_RE = re.compile(
    r"\bfor\s+immediate\s+release\b|\b(?:press|news)\s+release\b|\btoday\s+announced\b", re.IGNORECASE
)
_HINT_FORM_RE = re.compile(r"\b(?:form\s+)?(10-K|10-Q|8-K)\b", re.IGNORECASE)
_DOC_TYPES = {"10k": "10-K", "10q": "10-Q", "8k": "8-K", "earnings": "earnings",
              "earningsrelease": "earnings", "article": "article", "news": "article",
              "pressrelease": "press-release", "report": "report", "annualreport": "report",
              "other": "other"}
_TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}

@dataclass
class DocMeta:
    """What a document is about. `sources` says where each value came from."""

    company: str | None = None
    ticker: str | None = None
    period: str | None = None
    doc_type: str | None = None
    sources: dict[str, str] = field(default_factory=dict)


# --- file names ----------------------------------------------------------------------------

_FN_TYPE_RE = re.compile(
    r"(?<![A-Z0-9])(10-?K|10-?Q|8-?K|EARNINGS|PRESS-?RELEASE|ANNUAL-?REPORT)(?![A-Z0-9])"
)
_FN_TYPES = {"10K": "10-K", "10Q": "10-Q", "8K": "8-K", "EARNINGS": "earnings",
             "PRESSRELEASE": "press-release", "ANNUALREPORT": "report"}


def parse_filename(path: Path) -> DocMeta:
    """Hints from names like `PEPSICO_2022_10K.pdf` or `JOHNSON_JOHNSON_2023Q2_EARNINGS.pdf`."""
    stem = path.stem
    upper = re.sub(r"[\s_.]+", "-", stem.upper())
    meta = DocMeta()
    type_match = _FN_TYPE_RE.search(upper)
    if type_match:
        meta.doc_type = _FN_TYPES[type_match.group(1).replace("-", "")]
        # A company name is only trusted in the structured NAME_YEAR_TYPE form.
        lead = re.match(r"([A-Z&]+(?:-[A-Z&]+)*)-(?:19|20)\d\d", upper)
        if lead and lead.end() <= type_match.start() + 4:
            meta.company = " ".join(w.capitalize() for w in lead.group(1).split("-"))
    when = find_date(stem.replace("_", " "))
    periods = [p for p in find_periods(stem.replace("_", " ").replace("-", " "), include_years=True)]
    if meta.doc_type == "8-K" and when:
        meta.period = quarter_of(when)
    elif periods:
        first = periods[0]
        year = period_year(first)
        meta.period = f"FY{year}" if meta.doc_type == "10-K" and first.isdigit() else first
    return meta


# --- periods from text ---------------------------------------------------------------------


def _stated_period(text: str, years: set[int] | None = None) -> str | None:
    """The quarter the text talks about most (yearless "first-quarter" votes for a dated Q1)."""
    dated = [p for p in find_periods(text) if p.startswith("Q")]
    if years is not None:
        dated = [p for p in dated if period_year(p) in years]
    if dated:
        counts = Counter(dated)
        for q in yearless_quarters(text):
            for p in counts:
                if p.startswith(f"Q{q} "):
                    counts[p] += 1
        top = max(counts.values())
        return next(p for p in dated if counts[p] == top)  # ties: first mentioned
    if years is not None:
        return None
    annual = [p for p in find_periods(text) if p.startswith(("FY", "H"))]
    if annual:
        return Counter(annual).most_common(1)[0][0]
    found = [p for p in find_periods(text, include_years=True) if p.isdigit()]
    return Counter(found).most_common(1)[0][0] if found else None


def _after(marker: str, text: str, span: int = 160) -> date | None:
    m = re.search(marker, text, re.IGNORECASE)
    return find_date(text[m.end() : m.end() + span]) if m else None


def _text_period(doc_type: str | None, cover: str, head: str, body: str) -> str | None:
    if doc_type == "10-K":
        end = _after(r"fiscal\s+year\s+ended", cover)
        if end:
            # Counting "fiscal 2022" mentions is no help: MD&A compares prior years at length.
            return f"FY{fiscal_year_of(end)}"
    if doc_type == "10-Q":
        end = _after(r"quarterly\s+period\s+ended", cover)
        if end:
            stated = _stated_period(body, {end.year, end.year + 1})
            return stated or quarter_of(end, fiscal_shift=True)
    if doc_type == "8-K":
        when = _after(r"date\s+of\s+report", cover)
        if when:
            return quarter_of(when)
    return _stated_period(head)


def _find_cover(texts: list[str]) -> tuple[int, str] | None:
    """Index of the SEC cover page among the first pages and the form it names.

    The form name sits in the first lines of a cover, under the full SEC heading or next to
    "... REPORT PURSUANT TO SECTION 13", so a sentence about "our Form 10-Q" is no cover.
    """
    for index, text in enumerate(texts[:_COVER_SEARCH_PAGES]):
        top = squash(text)[:_COVER_TOP_CHARS]
        found = [(top.find(marker), kind) for marker, kind in _FORM_MARKERS if marker in top]
        if found and (
            "UNITEDSTATESSECURITIESANDEXCHANGECOMMISSION" in top[: min(found)[0]]
            or "REPORTPURSUANTTOSECTION13" in top
        ):
            return index, min(found)[1]
    return None


def _text_type(cover_type: str | None, head: str, suffix: str, hints: dict[str, str]) -> str:
    if cover_type:
        return cover_type
    lead = head[:3000]
    if _EARNINGS_RE.search(lead) and (suffix not in _TEXT_SUFFIXES or _PRESS_RE.search(lead)):
        return "earnings"
    if suffix in _TEXT_SUFFIXES:
        return "article"
    if _PRESS_RE.search(lead):
        return "press-release"
    for key in ("subject", "keywords", "title"):
        m = _HINT_FORM_RE.search(hints.get(key, ""))
        if m:
            return m.group(1).upper()
    return "report" if re.search(r"\bannual\s+report\b", lead, re.IGNORECASE) else "other"


def detect_metadata(doc: LoadedDocument, path: Path) -> DocMeta:
    """Company, ticker, period and doc type from the text, then from `path`'s name.

    `path` is only read for its name (pass the original file path); explicit hints a loader
    found (Markdown front matter `company:`, `ticker:`, `period:`, `doc_type:`) win; an
    unknown `doc_type` hint is ignored.
    """
    texts = [p.text for p in doc.pages if p.text.strip()]
    head = "\n".join(texts[:_HEAD_PAGES])
    body = "\n".join(texts[:_BODY_PAGES])
    hints = doc.metadata_hints
    meta = DocMeta()
    found = _find_cover(texts)
    start = found[0] if found else 0
    cover = "\n".join(texts[start : start + 2])[:_COVER_CHARS]

    meta.doc_type = _text_type(found[1] if found else None, head, path.suffix.lower(), hints)
    meta.sources["doc_type"] = "text"

    registrant = cover_registrant(cover)
    tick_name, tick = ticker_company(f"{doc.title}\n{head}")
    company = registrant or tick_name or suffix_company(head, doc.title)
    # An article naming its company plainly, "Zephyr Networks raised its forecast".
    headline = article_company(doc.title, head) if not found else None
    if (headline and company and not registrant and meta.doc_type == "article"
            and not company_matches(company, headline) and named_more(headline, company, head)):
        # A news story names a rival's ticker or legal form in passing: it is about the company
        # its headline and lead name, when that one is named more often.
        company, tick = None, None
    if company:
        meta.company = display_case(company, body)
        meta.sources["company"] = "cover" if registrant else "text"
    elif headline:
        meta.company = headline
        meta.sources["company"] = "headline"
    if tick and registrant and not company_matches(registrant, tick_name):
        tick = None  # a "(NYSE: X)" next to some other company's name
    meta.ticker = (cover_ticker(cover) if meta.doc_type in {"10-K", "10-Q", "8-K"} else None) or tick
    if meta.ticker is None:
        m = SYMBOL_SENTENCE_RE.search(body)  # "traded ... under the ticker symbol BBY"
        bare = (b for b in BARE_TICKER_RE.finditer(head)
                if company_matches(meta.company, name_before(head, b.start())))
        m = m or next(bare, None)  # "Smartoptics OSE: SMOP"
        meta.ticker = m.group(1) if m else None
    meta.period = _text_period(meta.doc_type, cover, head, body)
    if meta.period:
        meta.sources["period"] = "text"

    _merge_filename(meta, parse_filename(path))
    explicit = {
        "company": hints.get("company"),
        "ticker": hints.get("ticker"),
        "period": (normalise_period(hints["period"]) or hints["period"]) if hints.get("period") else None,
        "doc_type": _DOC_TYPES.get(re.sub(r"[^a-z0-9]", "", (hints.get("doc_type") or "").lower())),
    }
    for key, value in explicit.items():
        if value:
            setattr(meta, key, value)
            meta.sources[key] = "hints"
    return meta


def _merge_filename(meta: DocMeta, fn: DocMeta) -> None:
    """A deliberate file name beats text guesses for type and period; the text names the company."""
    if fn.doc_type and fn.doc_type != meta.doc_type:
        meta.doc_type = fn.doc_type
        meta.sources["doc_type"] = "filename"
    if not meta.company and fn.company:
        meta.company = fn.company
        meta.sources["company"] = "filename"
    if fn.period and fn.period != meta.period:
        text_year = period_year(meta.period) if meta.period else None
        more_specific = meta.period is not None and fn.period.isdigit() and text_year == int(fn.period)
        if not more_specific:
            meta.period = fn.period
            meta.sources["period"] = "filename"


def display_title(meta: DocMeta, fallback: str) -> str:
    """"Best Buy Co., Inc. 10-K FY2023" for filings, whose own titles are often just "FORM 10-K"."""
    if meta.company and meta.doc_type in {"10-K", "10-Q", "8-K", "earnings"}:
        kind = "earnings release" if meta.doc_type == "earnings" else meta.doc_type
        return " ".join(x for x in (meta.company, kind, meta.period) if x)
    return fallback
