"""Query understanding: what is asked, about whom, for when, and from which statement.

`parse_question` separates the question from instructions on how to answer it
("Answer in USD millions", "round to one decimal place", "assume the perspective
of an analyst who only uses the cash flow statement"): instruction words pull
lexical search toward prose about those ideas. Statement names inside
instructions are kept as hints. Companies are recognised against the library's
own metadata (names, tickers, canonical keys, "J&J"-style initials), periods are
mapped to the library's document periods, and line items imply statements
(inventories → balance sheet, capex → cash flow statement).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ingest.metadata import canonical_company, find_periods, period_year

if TYPE_CHECKING:
    from assistant.types import DocumentRecord

__all__ = [
    "LINE_ITEMS",
    "ParsedQuery",
    "doc_priors",
    "focus_docs",
    "lexical_query",
    "parse_question",
    "period_affinity",
    "split_period",
]

# -- statements and line items (general accounting vocabulary) --------------------------------------
_STATEMENT_NAMES: list[tuple[str, re.Pattern[str]]] = [
    ("cash_flow", re.compile(r"cash[\s-]*flows?\s+statements?|statements?\s+of\s+(?:consolidated\s+)?cash\s*flows?", re.I)),
    ("balance_sheet", re.compile(r"balance\s+sheets?|statements?\s+of\s+financial\s+(?:position|condition)", re.I)),
    ("comprehensive_income", re.compile(r"statements?\s+of\s+comprehensive\s+income", re.I)),
    ("income_statement", re.compile(
        r"income\s+statements?|p\s*&\s*l\b|profit\s+(?:and|&)\s+loss|statements?\s+of\s+(?:consolidated\s+)?"
        r"(?:income|earnings|operations)", re.I)),
    ("equity", re.compile(r"statements?\s+of\s+(?:changes\s+in\s+)?(?:stockholders|shareholders)['’]?\s+equity", re.I)),
]

# line item (regex) → (statement it lives on, words a statement uses for it)
LINE_ITEMS: list[tuple[str, str, str]] = [
    (r"inventory\s+turnover|days\s+(?:of\s+)?inventory|inventory\s+days", "balance_sheet,income_statement",
     "inventories cost of sales"),
    (r"return\s+on\s+(?:assets|equity|invested\s+capital)|\broa\b|\broe\b|asset\s+turnover",
     "balance_sheet,income_statement", "net income total assets total equity"),
    (r"days\s+sales\s+outstanding|\bdso\b|receivables?\s+turnover", "balance_sheet,income_statement",
     "receivables revenue"),
    (r"inventor(?:y|ies)", "balance_sheet", "inventories merchandise inventories"),
    (r"total\s+assets|\bassets\b", "balance_sheet", "total assets"),
    (r"total\s+liabilities|\bliabilities\b", "balance_sheet", "total liabilities"),
    (r"(?:accounts\s+)?receivables?", "balance_sheet", "receivables net"),
    (r"accounts\s+payable|payables?", "balance_sheet", "accounts payable"),
    (r"(?:shareholders|stockholders)['’]?\s+equity|total\s+equity|book\s+value", "balance_sheet", "total equity"),
    (r"(?:long[\s-]*term\s+|short[\s-]*term\s+|total\s+)?(?:debt|borrowings)", "balance_sheet", "long-term debt short-term borrowings"),
    (r"goodwill", "balance_sheet", "goodwill"),
    (r"current\s+assets|current\s+liabilities|working\s+capital|quick\s+ratio|current\s+ratio",
     "balance_sheet", "total current assets total current liabilities"),
    (r"cash\s+(?:and|&)\s+cash\s+equivalents", "balance_sheet", "cash and cash equivalents"),
    (r"retained\s+earnings", "balance_sheet", "retained earnings"),
    (r"property,?\s+(?:plant\s+)?(?:and|&)\s+equipment|pp\s*&\s*e", "balance_sheet", "property and equipment net"),
    (r"revenues?|net\s+sales|top[\s-]*line|\bsales\b", "income_statement", "revenue net sales"),
    (r"cost\s+of\s+(?:goods\s+sold|sales|revenues?|products\s+sold)|cogs", "income_statement",
     "cost of sales cost of goods sold cost of products sold"),
    (r"gross\s+(?:profit|margins?)", "income_statement", "gross profit cost of sales cost of products sold"),
    (r"operating\s+(?:income|profit|margins?|earnings)|\bebit\b", "income_statement", "operating income operating profit"),
    (r"net\s+(?:income|earnings|profit|loss)(?:\s+margin)?|bottom[\s-]*line|profit\s+margin", "income_statement", "net income net earnings"),
    (r"earnings\s+per\s+share|\beps\b", "income_statement", "earnings per share diluted"),
    (r"selling,?\s+general|sg\s*&\s*a", "income_statement", "selling general and administrative expenses"),
    (r"research\s+and\s+development|r\s*&\s*d\b", "income_statement", "research and development expense"),
    (r"interest\s+expense", "income_statement", "interest expense"),
    (r"(?:income\s+)?tax(?:es)?\s+(?:expense|provision|rate)|provision\s+for\s+(?:income\s+)?taxes", "income_statement", "provision for income taxes"),
    (r"restructuring", "income_statement", "restructuring charges"),
    (r"\bebitda\b", "income_statement", "operating income depreciation and amortization"),
    (r"capital\s+(?:expenditures?|spending|intensive|intensity)|\bcapex\b|purchases?\s+of\s+property",
     "cash_flow", "capital expenditures capital spending purchases of property and equipment"),
    (r"depreciation|amortization|\bd\s*&\s*a\b", "cash_flow", "depreciation and amortization"),
    (r"free\s+cash\s+flow|operating\s+cash\s+flow|cash\s+(?:flows?\s+)?(?:from|provided\s+by|used\s+(?:in|for))\s+"
     r"(?:operating|investing|financing)|(?:operating|investing|financing)\s+activities",
     "cash_flow", "net cash provided by operating activities investing activities financing activities"),
    (r"dividends?\s+paid|share\s+repurchases?|buybacks?|repurchases?\s+of\s+common", "cash_flow", "dividends paid repurchase of common stock"),
]
_LINE_ITEM_RES = [(re.compile(rf"\b(?:{p})", re.I), kind, words) for p, kind, words in LINE_ITEMS]
# Ratios name one item per statement: the pair is needed, not one page.
_RATIO_WORDS = re.compile(
    r"\bratio\b|\bturnover\b|\bmargin\b|\breturn\s+on\b|\bper\s+cent\s+of\b|\bas\s+a\s+(?:%|percent)|"
    r"\bless\b|\bminus\b|\bdivided\s+by\b|\bcoverage\b|\byield\b|\bintensive\b", re.I
)

# -- instructions ---------------------------------------------------------------------------------
# A sentence that opens with one of these says how to answer, not what is asked.
_INSTRUCTION_SENTENCE = re.compile(
    r"^(?:please\s+)?(?:answer|respond|reply|round|express|base\s+your|assum(?:e|ing)|"
    r"give\s+(?:a|your|the)\s+(?:response|answer)|provide\s+(?:a|your|the)\s+(?:response|answer)|"
    r"(?:if|where|when)\b.*\b(?:not|n't)\s+(?:a\s+)?(?:relevant|meaningful|useful|applicable|explicitly)|"
    r"(?:then\s+)?state\s+(?:that|so)\b|explain\s+why)",
    re.I,
)
# Phrases inside a sentence that say how to answer.
_INSTRUCTION_PHRASES = [
    re.compile(p, re.I)
    for p in (
        r"\b(?:in\s+agreement\s+with|according\s+to|based\s+on|relying\s+on|using)\s+(?:the\s+)?"
        r"(?:information|details|data|figures)\b[^.?;,]*,?",
        r"\b(?:then\s+)?(?:please\s+)?state\s+(?:that|so)\b[^.?]*",
        r"\b(?:and\s+)?explain\s+why\b",
        r"\b(?:round(?:ed|ing)?)\s+to\b[^.?;]*",
        r"\b(?:in\s+)?(?:units\s+of\s+)?(?:usd|us\s*\$|\$|eur|euros?|dollars?)\s+(?:millions?|billions?|thousands?)\b",
        r"\((?=[^)]*(?:usd|\$|%|percent|million|billion|eur|decimal))[^)]*\)",
        r"\(\s*\)",
    )
]
# Words that only ever say how to answer (clauses above catch the longer forms).
_INSTRUCTION_WORDS = frozenset(
    {"answer", "respond", "response", "reply", "round", "rounded", "decimal", "decimals", "perspective",
     "analyst", "please", "explain"}
)

_DOC_TYPE_HINTS = [
    ("10-K", re.compile(r"\b10-?k\b|\bannual\s+report\b", re.I)),
    ("10-Q", re.compile(r"\b10-?q\b|\bquarterly\s+report\b", re.I)),
    ("8-K", re.compile(r"\b8-?k\b", re.I)),
    ("earnings", re.compile(r"\bearnings\s+(?:release|call|report)\b|\bpress\s+release\b", re.I)),
]
_NUMERIC = re.compile(
    r"\bhow\s+(?:much|many)\b|\bwhat\s+(?:is|was|were)\s+(?:the\s+)?(?:total|amount|value|number|percentage|ratio)|"
    r"\b(?:ratio|margin|rate|percent(?:age)?|average|amount|total|usd|eur|millions?|billions?|calculate|compute)\b"
    r"|%|\$", re.I
)
# Why/what-drove questions want the explanation in prose, even when they name a figure.
_EXPLANATORY = re.compile(r"^\s*(?:why|what\s+(?:drove|caused|explains?|were\s+the\s+(?:drivers|reasons))|explain|describe)\b", re.I)
_CAUSE_WORDS = "driven drivers factors due primarily because reflecting"
# "expected in FY2023", "guidance for 2026": the period is the future, the source is earlier.
_FORWARD = re.compile(r"\b(?:expect(?:s|ed|ations?)?|guidance|outlook|forecast|project(?:s|ed|ions?)|target(?:s|ed)?)\b", re.I)


@dataclass
class ParsedQuery:
    """What `parse_question` understood; every field may be empty."""

    question: str
    text: str  # the question with answer-formatting instructions removed
    companies: list[str] = field(default_factory=list)  # library company names, as stored
    periods: list[str] = field(default_factory=list)  # canonical: "FY2022", "Q2 2024", "2019"
    doc_periods: dict[str, float] = field(default_factory=dict)  # library period → affinity 0..1
    doc_types: list[str] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)  # balance_sheet, income_statement, ...
    explicit_statements: list[str] = field(default_factory=list)  # named in the question itself
    line_items: list[str] = field(default_factory=list)  # phrases as written in the question
    expansions: list[str] = field(default_factory=list)  # words statements use for those items
    cue_words: list[str] = field(default_factory=list)  # how answers are phrased ("driven by", "due to")
    multi_statement: bool = False
    numeric: bool = False  # asks for a figure
    explanatory: bool = False  # asks why / what drove: the answer is prose (MD&A), not a table

    @property
    def needs_statements(self) -> list[str]:
        """Statements to search one by one (only when a question needs more than one)."""
        return self.statements if self.multi_statement else []


# -- periods --------------------------------------------------------------------------------------
def split_period(period: str) -> tuple[str, int | None, int | None]:
    """("FY"|"Q"|"H"|"Y", year, part) from a canonical period string."""
    year = period_year(period)
    m = re.match(r"([QH])([1-4])\s", period)
    if m:
        return m.group(1), year, int(m.group(2))
    return ("FY" if period.upper().startswith("FY") else "Y"), year, None


def period_affinity(asked: str, doc: str, doc_type: str | None = None) -> float:
    """How well a document of period `doc` answers a question about period `asked` (0..1).

    A 10-K for FY2022 also reports FY2021 and FY2020 as comparatives; a Q4 release reports the
    full year; a quarterly report carries the prior year-end balance sheet.
    """
    a_kind, a_year, a_part = split_period(asked)
    d_kind, d_year, d_part = split_period(doc)
    if a_year is None or d_year is None:
        return 0.0
    gap = d_year - a_year
    if a_kind in ("FY", "Y") and d_kind in ("FY", "Y"):
        return {0: 1.0, 1: 0.5, 2: 0.3}.get(gap, 0.0)
    if a_kind == "Q" and d_kind == "Q":
        if a_part == d_part:
            return {0: 1.0, 1: 0.4}.get(gap, 0.0)  # next year's same quarter shows it as comparative
        return 0.2 if gap == 0 and (d_part or 0) > (a_part or 0) else 0.0
    if a_kind == "Q" and d_kind in ("FY", "Y"):
        return 0.3 if gap == 0 else 0.0
    if a_kind in ("FY", "Y") and d_kind == "Q":
        if gap == 0:
            return 0.7 if d_part == 4 else (0.5 if a_kind == "Y" else 0.3)
        return 0.3 if gap == 1 else 0.0  # next year's quarterly report: prior year-end comparatives
    if a_kind == "H" or d_kind == "H":
        return 0.6 if gap == 0 else 0.0
    return 0.0


def _prior(period: str) -> str:
    """The period just before the start of `period`: FY2023 → Q4 2022 (when its outlook is given)."""
    kind, year, part = split_period(period)
    if year is None:
        return period
    if kind == "Q" and part and part > 1:
        return f"Q{part - 1} {year}"
    return f"Q4 {year - 1}"


def _question_periods(text: str) -> list[str]:
    # "FY2023Q1" / "FY 2023 Q1" → "Q1 FY2023", a form the shared period parser knows.
    text = re.sub(r"\bFY\s*((?:19|20)\d\d)\s*Q([1-4])\b", r"Q\2 FY\1", text, flags=re.I)
    found = find_periods(text, include_years=True)
    out: list[str] = []
    for p in found:
        if p not in out:
            out.append(p)
    return out


# -- companies ------------------------------------------------------------------------------------
_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'’.\-]*")


@lru_cache(maxsize=4096)
def _aliases(company: str, ticker: str | None) -> dict[str, str]:
    """Matching keys for one company: canonical key, spaceless key, "j&j"-style initials, ticker."""
    key = canonical_company(company)
    out: dict[str, str] = {}
    if key:
        out[key] = company
        out[key.replace(" ", "")] = company
    words = re.findall(r"[A-Za-z]+", company.split(",")[0])
    if "&" in company or " and " in company.lower():
        parts = [w for w in words if w.lower() not in ("and", "inc", "co", "corp", "the")]
        if len(parts) == 2:  # Johnson & Johnson → j&j, jnj
            a, b = parts[0][0].lower(), parts[1][0].lower()
            for alias in (f"{a}&{b}", f"{a}n{b}"):
                out[alias] = company
                out[canonical_company(alias)] = company  # "J&J" → "j j"
    if ticker:
        out[f"ticker:{ticker.upper()}"] = company
    return out


def _find_companies(question: str, records: list[DocumentRecord]) -> list[str]:
    aliases: dict[str, str] = {}
    for company, ticker in {(r.company, r.ticker) for r in records if r.company}:
        aliases.update(_aliases(company, ticker))
    if not aliases:
        return []
    keys = {k for k in aliases if not k.startswith("ticker:")}
    tokens = list(_WORD_RE.finditer(question))
    found: list[str] = []
    used: set[int] = set()
    for n in (5, 4, 3, 2, 1):
        for i in range(len(tokens) - n + 1):
            span = range(i, i + n)
            if used.intersection(span):
                continue
            raw = question[tokens[i].start() : tokens[i + n - 1].end()]
            key = canonical_company(raw)
            name = aliases.get(key) or aliases.get(key.replace(" ", ""))
            word = re.sub(r"['’]s$", "", raw.rstrip("."))
            if name is None and n == 1 and len(word) >= 2 and word.isupper():
                name = aliases.get(f"ticker:{word}")  # tickers in capitals only: "PEP", never "pep"
            elif name is None and n == 1 and len(word) >= 3 and not word.istitle() and not word.islower():
                name = aliases.get(f"ticker:{word.upper()}")  # mixed case: "JnJ"
            possessive = raw.endswith(("'s", "’s"))
            if name is None and key and raw[:1].isupper() and (i > 0 or n > 1 or possessive):
                # "Verizon" for "Verizon Communications": a capitalised word-prefix of one key.
                prefixed = {aliases[k] for k in keys if k.startswith(key + " ") and len(key) >= 4}
                name = prefixed.pop() if len(prefixed) == 1 else None
            if name is not None:
                used.update(span)
                if name not in found:
                    found.append(name)
    return found


# -- instructions ---------------------------------------------------------------------------------
def _strip_instructions(question: str) -> str:
    kept: list[str] = []
    for sentence in re.split(r"(?<=[.?!;])\s+", question):
        if _INSTRUCTION_SENTENCE.match(sentence.strip()):
            continue
        for pattern in _INSTRUCTION_PHRASES:
            sentence = pattern.sub(" ", sentence)
        # "Define X as Y" / "Calculate X": keep X and Y (they name the line items), drop the verb.
        sentence = re.sub(r"\b(?:define|calculate|compute)\b", " ", sentence, flags=re.I)
        words = [w for w in sentence.split() if re.sub(r"[^\w]", "", w).lower() not in _INSTRUCTION_WORDS]
        sentence = " ".join(words).strip(" ,;")
        if re.search(r"[A-Za-z]{3}", sentence):
            kept.append(sentence)
    out = " ".join(kept)
    out = re.sub(r"\s+([,.;?])", r"\1", out)
    out = re.sub(r"([,;])(?:\s*[,;])+", r"\1", out)
    return out.strip(" ,;") or question.strip()


def _date_quarters(text: str) -> list[str]:
    """ "May 26, 2023" → "Q2 2023": filings are dated, and 8-Ks are filed by event date."""
    from ingest.metadata import find_date, quarter_of

    out: list[str] = []
    for m in re.finditer(r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b", text):
        day = find_date(m.group(0))
        if day is not None:
            out.append(quarter_of(day))
    return out


def parse_question(question: str, library_docs: list[DocumentRecord]) -> ParsedQuery:
    """Understand a question against the documents in the library (general rules only)."""
    q = " ".join(question.split())
    parsed = ParsedQuery(question=question, text=_strip_instructions(q))

    parsed.companies = _find_companies(q, library_docs)
    parsed.periods = _question_periods(q)
    for quarter in _date_quarters(q):
        year = quarter[-4:]
        parsed.periods = [p for p in parsed.periods if p != year]  # the date says more than its year
        if quarter not in parsed.periods:
            parsed.periods.append(quarter)
    forward = bool(_FORWARD.search(q))
    if parsed.periods:
        pool = [d for d in library_docs if not parsed.companies or d.company in parsed.companies]
        for record in pool:
            if not record.period:
                continue
            score = sum(period_affinity(p, record.period, record.doc_type) for p in parsed.periods)
            if forward:  # the filing that gave the outlook comes from before the period
                score = max(score, 0.8 * sum(period_affinity(_prior(p), record.period) for p in parsed.periods))
            if score > 0:
                parsed.doc_periods[record.period] = max(parsed.doc_periods.get(record.period, 0.0), score)
        top = max(parsed.doc_periods.values(), default=0.0)
        if top > 0:
            parsed.doc_periods = {p: round(v / top, 3) for p, v in parsed.doc_periods.items()}

    parsed.doc_types = [kind for kind, pattern in _DOC_TYPE_HINTS if pattern.search(q)]
    for kind, pattern in _STATEMENT_NAMES:
        if pattern.search(q) and kind not in parsed.explicit_statements:
            parsed.explicit_statements.append(kind)
    implied: list[str] = []
    probe = parsed.text
    named = [m.span() for _, p in _STATEMENT_NAMES for m in p.finditer(probe)]
    for pattern, kind, words in _LINE_ITEM_RES:
        for m in pattern.finditer(probe):
            if any(s < m.end() and m.start() < e for s, e in named):
                continue  # "income" inside "income statement" is the statement, not an item
            phrase = m.group(0)
            if phrase.lower() in (x.lower() for x in parsed.line_items):
                continue
            parsed.line_items.append(phrase)
            if words not in parsed.expansions:
                parsed.expansions.append(words)
            for one in kind.split(","):
                if one not in implied:
                    implied.append(one)
    parsed.statements = list(parsed.explicit_statements)
    for kind in implied:
        if kind not in parsed.statements:
            parsed.statements.append(kind)
    ratio = bool(_RATIO_WORDS.search(q))
    parsed.multi_statement = len(parsed.explicit_statements) >= 2 or (len(parsed.statements) >= 2 and ratio)
    explanatory = parsed.explanatory = bool(_EXPLANATORY.match(parsed.text))
    if explanatory:  # causes are written "driven by", "due to", "factors": let lexical search see them
        parsed.cue_words = _CAUSE_WORDS.split()
    if (not parsed.multi_statement and parsed.explicit_statements) or explanatory:
        # The named statement wins over guesses; a "what drove" answer is prose, not a statement.
        parsed.statements = list(parsed.explicit_statements)
    parsed.numeric = bool(_NUMERIC.search(q)) and not explanatory  # "Answer in USD millions" counts
    return parsed


# -- what the retriever does with a parsed question ---------------------------------------------------
def doc_priors(
    parsed: ParsedQuery, records: Iterable[DocumentRecord], period_weight: float, recency_weight: float
) -> dict[str, float]:
    """Per-document score factor (1.0 = no opinion; missing = 1.0).

    A named period favours the filings of that period (others keep 1 - weight). With no
    period named, a company's latest filing of each kind is preferred a little: questions in
    the present tense ask about now, and the newest 10-K and newest 10-Q are both "current".
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
                key = (record.company, record.doc_type or "")
                latest[key] = max(latest.get(key, 0), year)
        for record in records:
            year = period_year(record.period)
            if record.company and year and year < latest[(record.company, record.doc_type or "")]:
                out[record.doc_id] = 1.0 - recency_weight
    if parsed.doc_types:  # "in its 10-K", "the earnings release": other kinds of document keep 70%
        for record in records:
            if (record.doc_type or "").lower() not in {t.lower() for t in parsed.doc_types}:
                out[record.doc_id] = out.get(record.doc_id, 1.0) * 0.7
    return out


def focus_docs(parsed: ParsedQuery, records: Iterable[DocumentRecord], company_keys: Sequence[str]) -> list[str]:
    """Documents of exactly the period asked about, when they are a real subset of those searched."""
    if not parsed.doc_periods:
        return []
    keys = set(company_keys)
    pool = [r for r in records if not keys or _canonical(r.company or "") in keys]
    best = [r.doc_id for r in pool if parsed.doc_periods.get(r.period or "", 0.0) >= 0.999]
    return best if best and len(best) < len(pool) else []


def lexical_query(
    parsed: ParsedQuery, line_item_weight: float, expansion_weight: float, cue_weight: float
) -> tuple[str, dict[str, float] | None]:
    """The BM25 query and per-term weights: the question, its line items weighted up, and the
    words statements use for those items and answers use for causes, weighted as given."""
    text = parsed.text
    if not (parsed.expansions or parsed.cue_words or parsed.line_items):
        return text, None
    from assistant.lexical import tokenize

    base_terms = set(tokenize(text))
    weights: dict[str, float] = {}
    for words, weight in ((" ".join(parsed.expansions), expansion_weight), (" ".join(parsed.cue_words), cue_weight)):
        for term in tokenize(words):
            if term not in base_terms:
                weights[term] = weight
    # The line item is what the question is about: its words outweigh the rest of the question.
    for term in tokenize(" ".join(parsed.line_items)):
        weights[term] = line_item_weight
    extra = [t for t in weights if t not in base_terms]
    return f"{text} {' '.join(extra)}", weights


@lru_cache(maxsize=8192)
def _canonical(name: str) -> str:
    return canonical_company(name)
