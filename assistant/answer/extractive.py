"""Extractive answers, the offline default: quote the best-supported sentence(s) of the
retrieved passages with [n] markers and pick out the figure the question asks for, or say
plainly that the library does not contain the answer.

Every rule is general. A question is read for the kind of answer it wants (amount,
percent, count, date, explanation, named fact), its content words and its period. Each
passage is cut into sentences and table rows; a candidate's support is its overlap with
the content words, weighted by how rare each word is among the retrieved passages.
Numbers are read only through `assistant.numbers`.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import math
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.numbers import (
    CURRENCIES,
    Quantity,
    detect_scale_statement,
    format_quantity,
    parse_quantities,
)
from assistant.settings import Settings
from assistant.types import Answer, Citation, KeyFigure, SearchHit
from ingest.metadata import canonical_company
from ingest.structure import is_table_row

logger = logging.getLogger(__name__)

NOTICE = (
    "No LLM is configured, so this answer quotes the documents directly. Set FOOTNOTE_LLM "
    "(e.g. openai:gpt-4o-mini, or ollama:qwen2.5:7b with FOOTNOTE_LLM_BASE_URL for a local "
    "server) for written answers."
)
REFUSAL = "The documents in the library don't say."
MAX_QUOTE_CHARS = 420
MAX_UNITS = 3  # sentences quoted for an explanation


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- words ------------------------------------------------------------------------------

_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z0-9&]*(?:['’][sS]\b)?")
_STOP = _set(
    """a an and are as at be by for from has have had in into is it its of on or that the their
    this to was were will with what which who whom whose how did does do our we you your than then
    there these those not no but if so such can could would should may might been being over per
    about also any all more most much many when where why whether between during after before up
    out off via vs versus based using given according roughly approximately around exactly company
    companies firm business amount figure number level quantity value report reported reporting
    show shown state stated make made get got see now one ones they them he she his her reach"""
)
_PERIOD_WORDS = _set(
    """q1 q2 q3 q4 h1 h2 fy ytd quarter quarters quarterly year years yearly fiscal month months
    half first second third fourth period periods prior previous last same ago earlier current
    latest recent yoy end ended ending january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec"""
)
_PERIOD_TOKEN = re.compile(
    r"(?:(?:fy|cy)['’]?\d{2,4}|q[1-4]|h[12]|[1-4]q)(?:['’]?\d{2,4}|q[1-4]|h[12])*$|\d{4}$"
)
_WEAK = _set("balance sheet income statement statements cash flow flows total")
_IRREGULAR = {
    "grew": "grow", "grown": "grow", "growth": "grow", "rose": "rise", "risen": "rise",
    "fell": "fall", "fallen": "fall", "sold": "sell", "bought": "buy", "paid": "pay",
    "spent": "spend", "drove": "drive", "driven": "drive", "led": "lead", "won": "win",
}
_SYNONYMS = [  # surface words, stemmed below; the 5th and 6th lines are changes
    "revenue sales turnover", "profit earnings income", "competitor rival peer",
    "buy purchase acquire acquisition",
    "grow increase rise gain climb expand expansion jump surge improve",
    "decline decrease fall drop shrink lower reduce reduction", "target aim goal objective",
    "guidance outlook forecast expect projection", "employee headcount staff workforce",
    "cost expense spending", "debt borrowing", "ceo chief", "market industry",
]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Light stemmer: plurals, -ing/-ed, a few derivations, so "competitors" ~ "competition"."""
    w = word.lower().replace("’", "'").replace(".", "")
    w = _IRREGULAR.get(w.removesuffix("'s"), w.removesuffix("'s")).rstrip("'")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsaeiou" and w != word.lower():
        w = w[:-1]  # "dropped" -> "drop"
    for suffix in ("ation", "ion", "ment", "ity", "ive", "or", "er", "al", "ly"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


_SYN: dict[str, set[str]] = {}
_CHANGE: set[str] = set()
for _i, _line in enumerate(_SYNONYMS):
    _group = {stem(w) for w in _line.split()}
    for _s in _group:
        _SYN.setdefault(_s, set()).update(_group - {_s})
    if _i in (4, 5):
        _CHANGE |= _group
_CAUSE_WORDS = {stem(w) for w in _set("drove drivers drive cause reasons factors explain led behind")}


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[tuple[str, int], ...]:
    """(stem, start offset) of every word."""
    return tuple((stem(m.group()), m.start()) for m in _WORD.finditer(text))


def _stems(text: str) -> set[str]:
    return {t for t, _ in _tokens(text)}


class _Matcher:
    """How well a question term is matched by a set of stems: 1 same stem, 0.9 same root
    ("employ"/"employe"), 0.6 a synonym (0.9 between words for a change: "grew"/"increase")."""

    def __init__(self, terms: Iterable[str], vocab: set[str]) -> None:
        self.levels: dict[str, dict[str, float]] = {}
        for term in terms:
            lv = {term: 1.0}
            syn, change = _SYN.get(term, set()), term in _CHANGE
            for v in vocab:
                if len(term) >= 4 and len(v) >= 4 and abs(len(v) - len(term)) <= 3 and (
                    v.startswith(term) or term.startswith(v)
                ):
                    lv[v] = max(lv.get(v, 0.0), 0.9)
                elif v in syn:
                    lv[v] = max(lv.get(v, 0.0), 0.9 if change else 0.6)
            self.levels[term] = lv

    def __call__(self, term: str, stems: set[str]) -> float:
        return max((v for s, v in self.levels[term].items() if s in stems), default=0.0)


# --- the question -----------------------------------------------------------------------

_CUR = r"(?:usd|us\$|\$|eur|€|gbp)?\s*"
_INSTRUCTIONS = [  # how to answer, not what is asked
    r"(?i)\b(?:please\s+)?(?:answer|respond|reply|express|give\s+(?:a|your)\s+(?:response|answer)"
    r"|provide\s+(?:the|your)\s+answer|base\s+your)\b[^.?!]*[.?!]?",
    r"(?i)\bif\b[^.?!]*\b(?:state|say|explain)\b[^.?!]*[.?!]?",
    r"(?i)\bround(?:ed)?\s+to\b[^.?!,;]*", r"(?i)\bin\s+units\s+of\b[^.?!,;]*",
    r"(?i)\((?=[^)]*(?:\b(?:in|as|usd|eur|millions?|billions?|thousands?|percent|round\w*)\b|%))"
    r"[^)]*\)",
    rf"(?i)\b(?:in|as)\s+(?:a\s+)?{_CUR}(?:millions|billions|thousands|percent(?:age)?s?|%)"
    r"(?=\s*(?:[.?!,;)]|$))",
    r"(?i)^\s*(?:based\s+on|using|according\s+to|given|considering)\b[^,]*,",
]
_EXPLAIN = re.compile(
    r"(?i)^\s*why\b|\bwhat\s+(?:drove|drives|caused|causes|explains|led\s+to|contributed)"
    r"|\breasons?\b|\bexplain|\bfactors?\b|\bdrivers?\b|\bhow\s+did\b.*\b(?:affect|impact)"
)
_ENTITY = re.compile(r"(?i)(?:[^,?]*,\s*)?\s*(?:who|which|name)\b")
_PCT = re.compile(r"(?i)%|\bpercent|\bmargins?\b|\brates?\b|\bcagr\b|\bshare\s+of\b"
                  r"|\bmarket\s+share\b|\bhow\s+fast\b|\byield")
_COUNT = re.compile(r"(?i)\bhow\s+many\b|\bnumber\s+of\b")
_DATE = re.compile(r"(?i)^\s*when\b|\b(?:what|which)\s+(?:date|day|month)\b")
_GROWTH = re.compile(r"(?i)\b(?:grow|grew|growth|increased?|rise|rose|declined?|decreased?|fall"
                     r"|fell|drop|dropped|change[ds]?|improved?|expand(?:ed)?)\b")
_GROWTH_NOUN = re.compile(r"(?i)\b(?:growth|increase|decrease|decline|change)\b"
                          r"(?!\s+(?:in|of)\s+(?:the\s+)?(?:number|amount))")
_HOWMUCH = re.compile(r"(?i)\bhow\s+much\b|\bby\s+(?:how\s+much|what)\b")
_NUMBER = re.compile(r"(?i)\bratio\b|\bmultiple\b|\beps\b|\bper\s+share\b|\bturnover\b")
_AMOUNT = re.compile(
    r"(?i)\$|€|£|\b(?:usd|eur|dollars?|euros?|revenues?|sales|income|profits?|earnings|ebitda|ebit"
    r"|cash|capex|expenditures?|debt|assets?|liabilit\w*|equity|inventor\w*|orders|costs?|expenses?"
    r"|dividends?|price|proceeds|gain|loss|backlog|bookings|spending|investments?|worth|paid|pay"
    r"|borrow\w*|valued?)\b"
)
_PRIOR = re.compile(r"(?i)\b(?:prior|previous|preceding|last|a\s+year\s+(?:earlier|ago)|year[- ]ago)\b")
_QUARTER = re.compile(r"(?i)(?:\b|(?<=\d))Q([1-4])\b|\b([1-4])Q(?=\s?'?\d\d\b|\b)"
                      r"|\b(first|second|third|fourth)[\s-]+quarter")
_YEAR = re.compile(r"(?<![\d$.,])((?:19|20)\d\d)(?![\d%]|,\d)|\bFY\s?'?(\d\d)\b"
                   r"|(?:['’]|(?<=[1-4]Q))(\d\d)\b")
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}


@dataclass
class _Question:
    text: str  # the question without answer-format instructions
    want: str  # percent, change, amount, count, number, date, explain, text
    terms: dict[str, float]  # stem -> base weight
    named: dict[str, str]  # stem -> surface of a name or acronym that qualifies the question
    pairs: list[tuple[str, str]]  # adjacent terms ("operating profit")
    quarters: frozenset[int]
    years: frozenset[int]
    prior: bool  # asks for the earlier period ("prior year")
    entity: bool  # who/which: the answer is a name
    company: dict[str, str] = field(default_factory=dict)  # stem -> surface of its company


@lru_cache(maxsize=4096)
def _periods(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """Quarter numbers and years a text names ("Q1 2026", "first-quarter", "FY22", "2023")."""
    quarters = {int(m[1] or m[2]) if (m[1] or m[2]) else _ORDINAL[m[3].lower()]
                for m in _QUARTER.finditer(text)}
    years = {int(m[1]) if m[1] else 2000 + int(m[2] or m[3]) for m in _YEAR.finditer(text)}
    return frozenset(quarters), frozenset(years)


def _company_keys(hits: list[SearchHit]) -> set[str]:
    keys: set[str] = set()
    for h in hits:
        if h.company:
            key = canonical_company(h.company)
            keys |= {key, key.replace(" ", ""), "".join(t[0] for t in key.split()), *key.split()}
    return {k for k in keys if len(k) >= 2}


def _is_company(surface: str, keys: set[str]) -> bool:
    s = canonical_company(surface)
    caps = "".join(c for c in surface if c.isupper()).lower()  # "JnJ" ~ "Johnson & Johnson"
    return s in keys or s.replace(" ", "") in keys or (len(caps) >= 2 and caps in keys)


def _is_name(surface: str, before: str, hits: list[SearchHit]) -> bool:
    """A name or acronym that qualifies the question ("Japan", "EMEA"): capitalised mid-sentence
    and, for a Title-case word, never written in lower case in the passages ("Market" is not)."""
    if not any(c.isupper() for c in surface) or not re.search(r"[^\s.?!:;]\s*$", before):
        return False
    word = surface.removesuffix("'s").removesuffix("’s")
    if any(c.isupper() for c in word[1:]):
        return True
    low = re.compile(rf"\b{re.escape(word.lower())}")
    return not any(low.search(h.text) for h in hits)


def _want(ask: str, entity: bool) -> str:
    if _EXPLAIN.search(ask):
        return "explain"
    if entity:
        return "text"  # a name is asked for, whatever figures the question mentions
    if _PCT.search(ask):
        return "percent"
    if _COUNT.search(ask):
        return "count"
    if _DATE.search(ask):
        return "date"
    if _GROWTH.search(ask) and (_HOWMUCH.search(ask) or _GROWTH_NOUN.search(ask)):
        return "change"  # a percent, else an amount ("by how much did X increase")
    if _NUMBER.search(ask):
        return "number"
    return "amount" if _HOWMUCH.search(ask) or _AMOUNT.search(ask) else "text"


def analyse(question: str, hits: list[SearchHit]) -> _Question:
    """What the question wants, which words carry it and which period it names."""
    ask = question
    for rx in _INSTRUCTIONS:
        ask = re.sub(rx, " ", ask)
    entity = bool(_ENTITY.match(ask))
    want = _want(ask, entity)
    keys = _company_keys(hits)
    terms: dict[str, float] = {}
    named: dict[str, str] = {}
    company: dict[str, str] = {}
    order: list[str | None] = []
    for m in _WORD.finditer(ask):
        surface = m.group()
        low = surface.lower().replace("’", "'").removesuffix("'s")
        s = stem(surface)
        order.append(None)
        if low in _STOP or low in _PERIOD_WORDS or _PERIOD_TOKEN.match(low) or len(s) < 2:
            continue
        if surface.upper() in CURRENCIES or (want == "explain" and s in _CAUSE_WORDS):
            continue  # "in USD"; "what drove" is what is asked for, not a word to match
        if _is_company(surface, keys):
            company[s] = surface  # the company is implied in its own documents
            continue
        weight = 0.3 if low in _WEAK else 1.0
        if _is_name(surface, ask[: m.start()], hits):
            named[s] = surface.removesuffix("'s").removesuffix("’s")
            weight = 1.5
        terms[s] = max(terms.get(s, 0.0), weight)
        order[-1] = s
    pairs = [(a, b) for a, b in itertools.pairwise(order) if a and b and a != b]
    quarters, years = _periods(ask)
    return _Question(ask, want, terms, named, pairs, quarters, years, bool(_PRIOR.search(ask)),
                     entity, company)


def _expansion(acronym: str, hits: list[SearchHit]) -> list[str]:
    """Stems of the words an acronym stands for in the passages ("CFO" -> chief, financi, offic)."""
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return []
    sep = r"[\w-]*\s+(?:(?:of|and|&|the)\s+)?"
    rx = re.compile(r"\b" + sep.join(f"[{c}{c.lower()}]" for c in acronym) + r"\w*")
    for h in hits:
        m = rx.search(h.text)
        if m:
            return [stem(w) for w in re.findall(r"[A-Za-z]+", m.group()) if w.lower() not in _STOP]
    return []


# --- candidate units: sentences and table rows --------------------------------------------

_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9$€£•▪-])"
                    r"|(?<=\S)\s+[-•▪]\s+(?=[A-Z0-9$€£])")
_ABBREV = re.compile(r"(?i)(?:\b(?:inc|co|corp|ltd|no|nos|vs|approx|mr|ms|dr|st|jan|feb|mar|apr|jun"
                     r"|jul|aug|sep|sept|oct|nov|dec|fig|e\.g|i\.e|u\.s)|\b[A-Z])\.$")
_CELL_LINE = re.compile(r"^[\s$€£()%.,\-–—\d]*[\d$€£][\s$€£()%.,\-–—\d]*$")
_CELL_GAP = re.compile(r"[\s$€£—–-]*")
Span = tuple[int, int, bool, str]  # start, end, is a table row, the table's header lines


@lru_cache(maxsize=1024)
def split_units(text: str) -> tuple[Span, ...]:
    """Sentences and table rows of a passage, as spans of `text` (quotes stay verbatim)."""
    out: list[Span] = []
    header: list[str] = []
    prose: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        s, e = offset, offset + len(line)
        offset = e + 1
        if not line.strip():
            continue
        if _CELL_LINE.match(line):
            # PDF text often puts each cell on its own line: join it to its row or its label.
            if prose and len(text[prose[-1][0] : prose[-1][1]].strip()) < 60:
                label = prose.pop()
                if header and header[-1] == text[label[0] : label[1]].strip():
                    header.pop()
                _flush(text, prose, out)
                prose = []
                out.append((label[0], e, True, "\n".join(header[-3:])))
            elif out and out[-1][2] and not prose:
                out[-1] = (out[-1][0], e, True, out[-1][3])
            continue
        if is_table_row(line):
            _flush(text, prose, out)
            prose = []
            out.append((s, e, True, "\n".join(header[-3:])))
            continue
        if not any(u[2] for u in out) and len(line.strip()) < 120:
            header.append(line.strip())
        prose.append((s, e))
    _flush(text, prose, out)
    units: list[Span] = []
    for a, b, row, hdr in sorted(out):
        segs = _segments(text, a, b)
        if segs is None:
            units.append((a, b, row, hdr))
        else:  # rows run together on one line: what precedes the first cells is their header
            first = f"{hdr}\n{text[a : segs[0][2]]}".strip()
            units += [(s0, e0, True, first) for s0, e0, _ in segs]
    return tuple(units)


def _segments(text: str, a: int, b: int) -> list[tuple[int, int, int]] | None:
    """(start, end, first cell) of each label-and-cells piece of a table-like span, else None."""
    qs = [x for x in parse_quantities(text[a:b]) if not x.is_year]
    if len(qs) < 4 or len(re.findall(r"[A-Za-z]{2,}", text[a:b])) > 3 * len(qs):
        return None  # prose with figures in it stays one sentence
    groups: list[list[Quantity]] = []
    for x in qs:
        if groups and _CELL_GAP.fullmatch(text[a + groups[-1][-1].end : a + x.start]):
            groups[-1].append(x)
        else:
            groups.append([x])
    if len(groups) < 2:
        return None
    out, prev = [], 0
    for g in groups:
        gap = text[a + prev : a + g[0].start]
        out.append((a + prev + len(gap) - len(gap.lstrip()), a + g[-1].end, a + g[0].start))
        prev = g[-1].end
    return out


def _flush(text: str, prose: list[tuple[int, int]], out: list[Span]) -> None:
    if not prose:
        return
    s0, block = prose[0][0], text[prose[0][0] : prose[-1][1]]
    cuts = [0] + [m.end() for m in _SPLIT.finditer(block)
                  if not _ABBREV.search(block[max(0, m.start() - 12) : m.start()].rstrip())]
    for a, b in zip(cuts, [*cuts[1:], len(block)], strict=True):
        piece = block[a:b]
        lead = len(piece) - len(piece.lstrip(" \t\n-•▪"))
        piece = piece.strip(" \t\n-•▪")
        if len(re.findall(r"[A-Za-z]{2,}", piece)) >= 2:
            out.append((s0 + a + lead, s0 + a + lead + len(piece), False, ""))


# --- figures ------------------------------------------------------------------------------

_FIT = {  # how well a figure of each kind answers each kind of question
    "percent": {"percent": 1.0}, "change": {"percent": 1.0, "currency": 0.5, "bare": 0.3},
    "amount": {"currency": 1.0, "bare": 0.7}, "count": {"bare": 1.0},
    "number": {"percent": 1.0, "currency": 1.0, "bare": 1.0, "x": 1.0},
}
_FROM = re.compile(r"(?i)\b(?:from|compared\s+(?:to|with)|versus|vs\.?|against)\s+"
                   r"(?:about\s+|approximately\s+)?$")
_HEDGED = re.compile(r"(?i)\b(?:about|approximately|roughly|nearly|almost|around|some|over"
                     r"|more\s+than|less\s+than|up\s+to|at\s+least)\s+$")
_URL = re.compile(r"(?i)\bhttps?://\S+|\bwww\.\S+")
_CURRENCY_MARK = re.compile(r"US\$|\$|€|£|\b(?:USD|EUR|GBP|NOK|SEK|DKK|CHF|JPY)\b")
_UNSCALED_ROW = re.compile(
    r"(?i)per\s+(?:share|unit|diluted|basic)|\bratio\b|\bmargin\b|\brate\b|number\s+of|%"
)


def _kind(q: Quantity) -> str:
    if q.unit in ("percent", "pp", "bp"):
        return "percent"
    if q.unit in CURRENCIES:
        return "currency"
    return "x" if q.unit == "x" else "bare"


def _column(q: _Question, header: str, cells: list[Quantity]) -> int:
    """Which cell of a table row the question's period points at (header "2023 2022" -> 2022)."""
    labels: list[int] = []
    for m in re.finditer(r"\b(?:19|20)\d\d\b", header):
        if int(m.group()) not in labels:
            labels.append(int(m.group()))
    for year in sorted(q.years):
        if year in labels and labels.index(year) < len(cells):
            return labels.index(year)
    return 1 if q.prior and len(cells) > 1 else 0


def _pick_figure(q: _Question, text: str, row: bool, header: str, anchors: list[tuple[int, float]],
                 prior: bool) -> tuple[Quantity | None, float]:
    """The figure of the wanted kind nearest the question's words (weighted by their rarity)."""
    table = _FIT.get(q.want)
    if table is None:
        return None, 0.0
    urls = [m.span() for m in _URL.finditer(text)]
    found = [x for x in parse_quantities(text)
             if not x.is_year and not any(a <= x.start < b for a, b in urls)]
    if row:  # the period's column, else the first cell that fits best
        cells = [x for x in found[_column(q, header, found) :] if table.get(_kind(x), 0.0) > 0]
        cell = max(cells, key=lambda x: table[_kind(x)], default=None)
        return cell, table[_kind(cell)] if cell is not None else 0.0
    total = sum(w for _, w in anchors) or 1.0
    best, best_fit = None, 0.0
    for x in found:
        fit = table.get(_kind(x), 0.0)
        if fit <= 0:
            continue
        near = sum(w / (1.0 + ((x.start - p) if p < x.start else 1.5 * (p - x.end)) / 40.0)
                   for p, w in anchors)
        fit *= 0.4 + 0.6 * near / total
        before = text[max(0, x.start - 30) : x.start]
        if _FROM.search(before):
            fit *= 2.0 if prior else 0.4  # "to $1.81 million from $591,000": the old value
        if _HEDGED.search(before):
            fit *= 0.7  # "about 60%" rounds a figure stated elsewhere
        if fit > best_fit:
            best, best_fit = x, fit
    return best, min(best_fit, 1.0)


# --- scoring ------------------------------------------------------------------------------

_RELATIVE = re.compile(r"(?i)\b(?:last\s+year|prior\s+year|previous\s+year|year[- ]ago|a\s+year\s+"
                       r"earlier|same\s+(?:period|quarter)|year[- ]over[- ]year|from)\b")
_CAUSAL = re.compile(
    r"(?i)\b(?:driven\s+by|drive[ns]?|due\s+to|because|as\s+a\s+result|result(?:ed|ing)?\s+(?:from|in)"
    r"|attribut\w+|reflect\w*|thanks\s+to|owing\s+to|led\s+by|fu[e]?l+ed|boosted|supported\s+by"
    r"|factors?|caused|contribut\w+|explain\w*|cites?|amid|on\s+the\s+back\s+of)\b"
)
_COMPARE = re.compile(r"(?i)year[- ]over[- ]year|\byoy\b|\by/y\b|sequential|quarter[- ]over[- ]quarter")
_DATEISH = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
                      r"|\b(?:19|20)\d\d\b")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b|\b[A-Z][A-Za-z]+\b")
_LISTED = re.compile(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX"
                     r"|OTC|OMX|Euronext|XETRA|HKEX|TSE|ASX)\s*:[^)]*\)")


@dataclass
class _Unit:
    hit: int
    pos: int
    start: int
    end: int
    row: bool
    header: str
    stems: set[str]
    support: float = 0.0  # weighted share of the question's words found here, 0..1
    score: float = 0.0  # support plus figure, period, phrase and rank evidence
    figure: Quantity | None = None
    causal: bool = False
    own: bool = False  # shares a word with the question (not only its neighbours do)


@dataclass
class _Scored:
    units: list[_Unit]
    refusal: str | None = None


class _Scorer:
    """Scores every sentence and table row of the hits against one question."""

    def __init__(self, q: _Question, hits: list[SearchHit]) -> None:
        self.q, self.hits, self.n = q, hits, len(hits)
        self.hit_stems = [_stems(h.text) | _stems(h.title) for h in hits]
        vocab = set().union(*self.hit_stems)
        self.match = _Matcher(q.terms, vocab)
        self.absent = {s: w for s, w in q.named.items()
                       if not any(self.match(s, st) >= 0.9 for st in self.hit_stems)}
        for s, surface in list(self.absent.items()):
            words = _expansion(surface, hits)
            if words:  # "CFO" written out as "Chief Financial Officer": match its words instead
                del self.absent[s], q.named[s], q.terms[s]
                q.terms.update(dict.fromkeys(words, 1.0))
                q.pairs += list(itertools.pairwise(words))
                self.match = _Matcher(q.terms, vocab)
        doc_stems: dict[str, set[str]] = {}
        for h, st in zip(hits, self.hit_stems, strict=True):
            doc_stems.setdefault(h.doc_id, set()).update(st)
        self.in_hit = [{t: self.match(t, st) for t in q.terms} for st in self.hit_stems]
        self.in_doc = [{t: self.match(t, doc_stems[h.doc_id]) >= 0.9 for t in q.terms} for h in hits]
        # Rarer among the retrieved passages = more telling (the company's name is everywhere).
        df = {t: sum(lv[t] >= 0.9 for lv in self.in_hit) for t in q.terms}
        self.weights = {t: b * math.log(1.0 + (self.n + 1) / (df[t] + 0.5)) for t, b in q.terms.items()}
        self.total = sum(self.weights.values())
        self.keys = _company_keys(hits)
        self.anchor_w: dict[str, float] = {}  # stem -> weight of the question word it matches
        self.conflicts = self.other = 0

    def run(self, min_support: float) -> _Scored:
        q = self.q
        if self.total <= 0:
            return _Scored([], "The question names nothing the passages could be matched on.")
        if self.absent and sum(self.weights[s] for s in self.absent) >= 0.5 * self.total:
            # What the question is specifically about ("Japan", "EMEA") is in none of the passages.
            return _Scored([], f"No passage found mentions {', '.join(self.absent.values())}.")
        units = [u for hi in range(self.n) for u in self._hit_units(hi)]
        if q.want in _FIT:
            units = [u for u in units if u.figure is not None]
        elif q.want == "explain" and any(u.causal and u.own and u.support >= min_support
                                         for u in units):
            units = [u for u in units if u.causal]
        units.sort(key=lambda u: (-u.score, u.hit, u.start))
        if not units:
            if self.other == self.n:
                return _Scored([], "The passages found are about other companies.")
            if self.conflicts:
                return _Scored([], "The closest passages are about a different period than the one "
                                   "asked about.")
            kind = {"percent": "percentage", "count": "count"}.get(q.want, "figure")
            return _Scored([], f"The closest passages give no {kind} for what was asked.")
        chosen = _choose(q, units, min_support) if units[0].support >= min_support else []
        if not chosen:
            return _Scored([], "No passage found is close enough to the question to quote.")
        return _Scored(chosen)

    def _hit_units(self, hi: int) -> list[_Unit]:
        q, hit, text = self.q, self.hits[hi], self.hits[hi].text
        own_keys = _company_keys([hit])
        if q.company and hit.company and not any(_is_company(c, own_keys) for c in q.company.values()):
            self.other += 1  # a passage about another company
            return []
        spans = split_units(text)
        every = _tokens(text)
        starts = [p for _, p in every]
        toks = [tuple((t, p - a) for t, p in every[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)])
                for a, b, _, _ in spans]  # (stem, offset in the unit) per unit
        stems = [{t for t, _ in tk} | (_stems(hdr) if row else set())
                 for tk, (_, _, row, hdr) in zip(toks, spans, strict=True)]
        dated = q.quarters or q.years
        hq, hy = _periods(f"{hit.period or ''} {text}") if dated else (frozenset(), frozenset())
        out = []
        for pos, (a, b, row, hdr) in enumerate(spans):
            u = _Unit(hi, pos, a, b, row, hdr, stems[pos])
            utext = text[a:b]
            relative, bonus = False, 0.0
            if dated:
                uq, uy = _periods(f"{utext} {hdr}")
                quarters, years = uq or hq, uy | hy
                relative = bool(_RELATIVE.search(utext)) and any(y - 1 in q.years for y in years)
                if (q.quarters and quarters and not quarters & q.quarters) or (
                    q.years and years and not years & q.years and not (q.prior or relative)
                ):
                    self.conflicts += 1  # about another period: its figures are not the ones asked for
                    continue
                bonus += 0.08 * (bool(uq & q.quarters) + bool(uy & q.years))  # names the period
            u.causal = bool(_CAUSAL.search(utext))
            window = set().union(*stems[max(0, pos - 1) : pos + 2])
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
            u.figure, fit = _pick_figure(q, utext, row, hdr, anchors, q.prior or relative)
            if q.want == "date":
                bonus += 0.2 * bool(_DATEISH.search(utext))
            elif q.want in _FIT:
                bonus += 0.3 * fit
            if q.entity:  # who/which: a sentence naming someone or something not in the question
                asked = {w.lower() for w in q.named.values()}
                bonus += 0.1 * any(m.group().lower() not in asked for m in _NAME.finditer(utext[1:]))
            u.score = u.support + bonus
            out.append(u)
        return out

    def _support(self, u: _Unit, hi: int, own: list[float], window: set[str], utext: str) -> float:
        q, factor, got = self.q, 1.0, 0.0
        for (t, w), m in zip(self.weights.items(), own, strict=True):
            if m < 0.9:
                m = max(m, 0.3 * self.match(t, window), 0.15 * self.in_hit[hi][t])
                if t in q.named and q.want == "explain" and u.causal and u.own:
                    # Causes are often stated without the qualifier ("Americas") being explained.
                    m = max(m, 0.7 * (self.in_hit[hi][t] >= 0.9), 0.5 * self.in_doc[hi][t])
                elif t in q.named and t not in self.absent and self.match(t, window) < 0.9:
                    factor *= 0.4  # a named qualifier ("Americas", "EBITDA") missing here
            got += w * m
        if q.company and not q.company.keys() & window and any(
            not _is_company(m.group(1), self.keys) for m in _LISTED.finditer(utext)
        ):
            factor *= 0.7  # about another listed company ("NVIDIA (Nasdaq: NVDA) Chief Executive")
        return factor * got / self.total

    def _anchor(self, word: str) -> float:
        if word not in self.anchor_w:
            levels = (w * self.match(t, {word}) for t, w in self.weights.items())
            self.anchor_w[word] = max(levels, default=0.0)
        return self.anchor_w[word]


def _choose(q: _Question, ranked: list[_Unit], min_support: float) -> list[_Unit]:
    """The best unit; for an explanation, up to three causal units and their follow-on sentences."""
    best = ranked[0]
    if q.want != "explain" or not best.causal:
        return [best]
    chosen: list[_Unit] = []
    by_pos = {(u.hit, u.pos): u for u in ranked}
    for u in ranked:
        if len(chosen) >= MAX_UNITS or u.support < max(min_support, 0.4 * best.support):
            break
        if u in chosen or not u.own:
            continue
        chosen.append(u)
        follow = by_pos.get((u.hit, u.pos + 1))
        if follow is not None and follow not in chosen and len(chosen) < MAX_UNITS and follow.causal:
            chosen.append(follow)
    return chosen


# --- the answer ---------------------------------------------------------------------------


def _window(text: str, start: int, end: int, focus: int | None) -> tuple[int, int]:
    """A verbatim span of at most MAX_QUOTE_CHARS around `focus`, cut at spaces."""
    if end - start <= MAX_QUOTE_CHARS:
        return start, end
    centre = focus if focus is not None else start
    a = max(start, min(centre - MAX_QUOTE_CHARS // 3, end - MAX_QUOTE_CHARS))
    b = min(end, a + MAX_QUOTE_CHARS)
    if a > start:
        a = text.find(" ", a, b) + 1 or a
    if b < end and text.rfind(" ", a, b) > a:
        b = text.rfind(" ", a, b)
    return a, b


def _key_figure(q: _Question, fig: Quantity, hits: list[SearchHit], unit: _Unit) -> KeyFigure:
    """The figure as a KeyFigure; a table cell takes its currency and scale from the table."""
    hit = hits[unit.hit]
    currency = fig.unit
    if currency is None and q.want in ("amount", "change"):
        near = f"{unit.header} {hit.text[unit.start : unit.end]}"
        m = _CURRENCY_MARK.search(near) or _CURRENCY_MARK.search(f"{unit.header}\n{hit.text}")
        symbols = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}
        currency = symbols.get(m.group(), m.group()) if m else None
    scale = fig.scale
    label = hit.text[unit.start : unit.start + fig.start]
    if scale is None and unit.row and _kind(fig) in ("currency", "bare") and not _UNSCALED_ROW.search(label):
        # "(in millions)" heads the page: another passage of the same page may carry it.
        same_page = [h.text for h in hits
                     if h.doc_id == hit.doc_id and h.page == hit.page and h is not hit]
        statements = map(detect_scale_statement, [unit.header, hit.text, *same_page])
        scale = next(filter(None, statements), None)
    text = re.sub(r"(?<=[$€£])\s+", "", fig.raw.strip())
    if scale != fig.scale or currency != fig.unit:
        text = format_quantity(Quantity(fig.value, scale, currency, high=fig.high,
                                        decimals=fig.decimals))
    unit_name = "count" if currency is None and q.want == "count" else currency
    return KeyFigure(value=fig.value, unit=unit_name, scale=scale, text=text)


class ExtractiveAnswerer:
    """Answers by quoting the retrieved passages: no model, deterministic, a few ms."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.min_support = settings.min_support

    def answer(self, question: str, hits: list[SearchHit]) -> Answer:
        t0 = time.perf_counter()
        hits = [h for h in hits if h.text.strip()]
        q = analyse(question, hits)
        if hits:
            scored = _Scorer(q, hits).run(self.min_support)
        else:
            scored = _Scored([], "No passage was found.")
        if scored.refusal is not None or not scored.units:
            logger.debug("extractive refusal (%s question): %s", q.want, scored.refusal)
            text = f"{REFUSAL} {scored.refusal or ''}".strip()
            return self._result(question, hits, text, t0, refused=True)
        best = scored.units[0]
        order = list(dict.fromkeys(u.hit for u in scored.units))  # passages, best first
        citations: list[Citation] = []
        parts: list[str] = []
        for n, hi in enumerate(order, 1):
            hit = hits[hi]
            group = sorted((u for u in scored.units if u.hit == hi), key=lambda u: u.start)
            a, b = group[0].start, max(u.end for u in group)
            if b - a > MAX_QUOTE_CHARS * 1.6:  # not one readable span: keep the first unit
                b = group[0].end
            focus = None
            if best.hit == hi and best.figure is not None:
                focus = best.start + best.figure.start
            a, b = _window(hit.text, a, b, focus)
            quote = re.sub(r"\s+", " ", hit.text[a:b]).strip()
            citations.append(Citation(n=n, doc_id=hit.doc_id, title=hit.title, source=hit.source,
                                      page=hit.page, quote=quote, score=hit.score,
                                      chunk_id=hit.chunk_id))
            parts.append(f'"{quote}" [{n}]')
        text = " ".join(parts)
        key = None
        if best.figure is not None:
            key = _key_figure(q, best.figure, hits, best)
            text = f"{key.text} [{order.index(best.hit) + 1}]: {text}"
        return self._result(question, hits, text, t0, key=key, citations=citations)

    def _result(self, question: str, hits: list[SearchHit], text: str, t0: float, *,
                refused: bool = False, key: KeyFigure | None = None,
                citations: list[Citation] | None = None) -> Answer:
        ms = round((time.perf_counter() - t0) * 1000.0, 2)
        return Answer(question=question, answer=text, mode="extractive", refused=refused,
                      key_figure=key, citations=citations or [], notice=NOTICE, retrieved=hits,
                      timings_ms={"extractive": ms})
