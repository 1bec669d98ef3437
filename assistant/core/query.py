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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.core.finance.companies import canonical_company, find_companies
from assistant.core.finance.company_mentions import (
    abbreviated_companies,
    opening_company,
    unknown_companies,
)
from assistant.core.finance.event_dates import mask_event_years
from assistant.core.finance.filing_parts import names_printed_part, without_filing_parts
from assistant.core.finance.metrics import formula_statements
from assistant.core.finance.periods import (
    MONTH_NUMBERS,
    date_quarters,
    period_affinity,
    prior_period,
    quarters_and_years,
    question_periods,
    split_period,
)
from assistant.core.finance.plan import question_formula
from assistant.core.finance.question_periods import month_quarters, year_to_date_filings
from assistant.core.finance.statements import LINE_ITEMS, STATEMENT_MENTIONS
from assistant.core.finance.supposed import without_supposed
from assistant.core.finance.topics import ADJUSTED, find_topics
from assistant.core.wanted import CAUSE_ASKED, wanted

if TYPE_CHECKING:
    from assistant.core.types import DocumentRecord

__all__ = ["ParsedQuery", "doc_periods", "parse_question", "strip_instructions"]

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
# A sentence about the question itself, or the persona to answer in, says how to answer:
# "Address the question by adopting the perspective of an analyst ...", "Calculate what was asked ...".
_META_SENTENCE = re.compile(
    r"\b(?:(?:address|answer|approach|tackle)\s+(?:the|this)\s+question|what\s+(?:was|is|has\s+been)\s+(?:being\s+)?asked"
    r"|(?:adopt(?:ing)?|tak(?:e|ing))\s+the\s+(?:perspective|role|view|stance)\s+of"
    r"|(?:as|like)\s+an?\s+(?:\w+\s+){0,2}analyst\s+who)\b",
    re.I,
)
# A sentence made only of format words ("Two decimals.", "Percent, 1 dp.", "Signed, one
# decimal.", "$m.") says how to write the answer, not what is asked.
_FORMAT_WORDS = frozenset(
    [
        "one", "two", "three", "four", "zero", "0", "1", "2", "3", "4", "decimal", "decimals", "dp",
        "place", "places", "percent", "percentage", "pct", "signed", "sign", "usd", "us", "m", "mn",
        "bn", "k", "million", "millions", "billion", "billions", "thousand", "thousands", "in", "to",
        "round", "rounded", "a", "the", "ratio", "x", "times", "as", "with", "points", "basis", "bps",
        "pp", "significant", "figures", "digits", "nearest", "whole", "number", "answer",
        # "Give £ millions.", "In yen millions.", "EUR m.": the currency the answer is written in
        "give", "gbp", "eur", "euro", "euros", "yen", "jpy", "pence", "dollars", "sterling",
        # "Give it in A$ millions.", "Give the figure in EUR thousand.", "Express as a percent, one decimal."
        "it", "figure", "express"
    ]
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
        r",?\s*\b(?:to|in|with)\s+(?:one|two|three|four|zero|\d)\s+(?:decimal(?:\s+places?|s)?|dp|d\.p\.|"
        r"significant\s+(?:figures?|digits?))(?=\W|$)",
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
# What kind of filing a question's wording points to, when it names none (a soft prior in
# retrieval/priors.py): a quarter is reported in quarterly reports and earnings releases, a
# fiscal year in the annual report, adjusted (non-GAAP) measures in earnings releases.
_RELEASES = ["earnings", "8-K"]  # an 8-K is how an earnings release is filed
_FILING_KINDS = [
    ("adjusted", ADJUSTED, _RELEASES),
    ("quarterly", re.compile(
        r"\bQ[1-4]\b|\b[1-4]Q\b|\b(?:first|second|third|fourth)[\s-]+quarter\b|\bquarter(?:ly|s)?\b"
        r"|\b(?:three|3)[\s-]+months\s+ended\b|\b(?:13|thirteen)[\s-]+weeks\b", re.I),
     ["10-Q", *_RELEASES]),
    ("annual", re.compile(
        r"\bFY\s?'?\d{2,4}\b|\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\b|\bfull[\s-]+year\b|\bannual(?:ly)?\b"
        r"|\b(?:year|twelve\s+months|12\s+months)\s+ended\b", re.I),
     ["10-K"]),
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
# A month a question says something was announced, given or said in ("announced on February 9, 2023",
# "its August 2023 guidance"): the documents issued then report the period just ended (a January
# release reports the fourth quarter, a February 10-K the year before) or, an 8-K, that quarter.
_SAID = re.compile(r"\b(?:announc|declar|authori[sz]|approv|guid|outlook|forecast|reaffirm|rais|lower|"
                   r"updat|issu|said|sa(?:y|ys)\b|gave|give|given|expect|project)", re.I)
_MONTH_YEAR = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b")
# A date after these words is a balance or a span's end ("as of July 29, 2023"), not when it was said.
_NOT_SAID_BEFORE = re.compile(r"(?:\bas\s+of|\bat|\bended|\bending|\bthrough|\buntil|\bdue|\bby|\bsince|"
                              r"\bto|\bfrom|\bbetween|\band|-)\s*(?:the\s+)?$", re.I)


def said_periods(question: str) -> list[tuple[str, float]]:
    """(period, weight) of the documents issued in a month the question says something was said
    in: the quarter before (a release early in a quarter reports the last one; in a year's first
    quarter the 10-K reports the year before) and, weaker in a quarter's first month, the month's
    own quarter (an 8-K is filed under its date's quarter)."""
    if not _SAID.search(question):
        return []
    out: dict[str, float] = {}
    for m in _MONTH_YEAR.finditer(question):
        if _NOT_SAID_BEFORE.search(question[max(0, m.start() - 16) : m.start()]):
            continue
        month, year = MONTH_NUMBERS[m.group(1).lower()], int(m.group(2))
        quarter = f"Q{(month - 1) // 3 + 1} {year}"
        own = 0.5 if month % 3 == 1 else 1.0
        for period, weight in ((quarter, own), (prior_period(quarter), 1.0),
                               *([(f"FY{year - 1}", 1.0)] if month <= 3 else [])):
            out[period] = max(out.get(period, 0.0), weight)
    return list(out.items())


_FORWARD = re.compile(r"\b(?:expect(?:s|ed|ations?)?|guidance|outlook|forecast|project(?:s|ed|ions?)|target(?:s|ed)?"
                      r"|plan(?:s|ned)?\s+to)\b", re.I)


@dataclass
class ParsedQuery:
    """What `parse_question` understood; every field may be empty."""

    question: str
    text: str  # the question with answer-formatting instructions removed
    companies: list[str] = field(default_factory=list)  # library company names, as stored
    # Names written like a company's that match none in the library ("not in the library").
    unknown_companies: list[str] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)  # canonical: "FY2022", "Q2 2024", "2019"
    doc_periods: dict[str, float] = field(default_factory=dict)  # library period → affinity 0..1
    doc_types: list[str] = field(default_factory=list)
    # Filing kinds the wording points to, by reason (adjusted, quarterly, annual): doc types.
    filing_kinds: dict[str, list[str]] = field(default_factory=dict)
    statements: list[str] = field(default_factory=list)  # balance_sheet, income_statement, ...
    explicit_statements: list[str] = field(default_factory=list)  # named in the question itself
    line_items: list[str] = field(default_factory=list)  # phrases as written in the question
    expansions: list[str] = field(default_factory=list)  # words statements use for those items
    cue_words: list[str] = field(default_factory=list)  # how answers are phrased ("driven by", "due to")
    topics: list[str] = field(default_factory=list)  # event/fact topics (finance.topics): litigation, ...
    multi_statement: bool = False
    # Statements the inputs of a metric the question names or defines are on (metrics catalogue).
    formula_statements: list[str] = field(default_factory=list)
    numeric: bool = False  # asks for a figure
    explanatory: bool = False  # asks why / what drove: the answer is prose (MD&A), not a table
    # What the answer must be (read from the question without its formatting instructions).
    asked: str = ""  # the question less "round to", "in USD millions", "answer in ..." clauses
    # `asked` less the parts of the filing it names as where to read ("per the debt note", "in the MD&A"):
    # what the statement facts are matched on; the passages read `asked`, never requiring those words.
    asked_plain: str = ""
    # The question names a part of the filing other than a primary statement or the filing itself as where
    # the figure is printed ("per the debt note", "in the MD&A", "(Schedule II)").
    printed_part: bool = False
    want: str = "text"  # percent, change, amount, count, number, date, explain, text
    entity: bool = False  # who/which: the answer is a name
    prior: bool = False  # asks for the earlier period ("prior year")
    quarters: frozenset[int] = frozenset()  # quarter numbers named ("Q1", "first quarter")
    years: frozenset[int] = frozenset()  # years named ("2023", "FY22")

    @property
    def needs_statements(self) -> list[str]:
        """Statements to search one by one (only when a question needs more than one)."""
        return self.statements if self.multi_statement else []


# -- what kind of answer is wanted --------------------------------------------------------------
# Formatting instructions ("round to", "in USD millions") removed before reading the kind of answer.
_CUR = r"(?:usd|us\$|\$|eur|€|gbp)?\s*"
_OWNER = r"(?:[A-Z][\w&.]*\s+){0,3}[A-Z][\w&.]*(?:['’]s|s['’])"  # "Best Buy's", "Acme Optics'"
_INSTRUCTIONS = [  # how to answer, not what is asked
    # "express" only as a verb ("express it in millions"), never a name: a capitalised "Express" after a
    # word, "American Express in 2020", is the company's.
    r"(?i)\b(?:please\s+)?(?:answer|respond|reply|(?:(?-i:express)|(?<![A-Za-z&.]\s)(?-i:Express))(?=\s+(?:it|the|your|this|that|in|as|all|each|figures?|"
    r"amounts?|values?|results?)\b)|give\s+(?:a|your)\s+(?:response|answer)"
    r"|provide\s+(?:the|your)\s+answer|base\s+your)\b[^.?!]*[.?!]?",
    r"(?i)\bif\b[^.?!]*\b(?:state|say|explain)\b[^.?!]*[.?!]?",
    r"(?i)\bround(?:ed)?\s+to\b[^.?!,;]*", r"(?i)\bin\s+units\s+of\b[^.?!,;]*",
    r"(?i)\((?=[^)]*(?:\b(?:in|as|usd|eur|millions?|billions?|thousands?|percent|round\w*)\b|%))"
    r"[^)]*\)",
    rf"(?i)\b(?:in|as)\s+(?:a\s+)?{_CUR}(?:millions|billions|thousands|percent(?:age)?s?|%)"
    r"(?=\s*(?:[.?!,;)]|$))",
    r"(?i)^\s*(?:based\s+on|using|according\s+to|given|considering)\b[^,]*,",
    # The filing a question names as its source, not what it asks: "in its 2021 10-K", "per the
    # Q2 2023 10-Q". Its year names the filing, never the period asked. Only where the filing ends the
    # phrase: in "the 2019 10-K tax note" it qualifies the part read, whose passages its year dates.
    rf"(?i)\b(?:in|of|per|from|according\s+to|as\s+(?:shown|reported|presented|stated|disclosed|printed|given)\s+in)"
    rf"\s+(?:its|their|the|{_OWNER})\s+(?:Q[1-4]\s+)?(?:fiscal\s+(?:year\s+)?|FY\s*)?(?:19|20)\d\d\s+"
    r"(?:form\s+)?(?:10-?K|10-?Q|annual\s+report|(?:earnings\s+|results\s+)?release)\b(?![ \t]*[A-Za-z])",
]
_ENTITY = re.compile(r"(?i)(?:[^,?]*,\s*)?\s*(?:who|which|name)\b")
# "What were X's 2020 revenues, given the 2021 figure and the increase?": the premise names the
# figures to work from, not the kind asked; its "increase" does not make the level a change.
_PREMISE = re.compile(r"(?i),\s*given\b[^?]*")
_PRIOR = re.compile(r"(?i)\b(?:prior|previous|preceding|last|a\s+year\s+(?:earlier|ago)|year[- ]ago)\b")



# -- instructions ---------------------------------------------------------------------------------
def strip_instructions(question: str) -> str:
    """The question without the sentences and phrases that say how to write the answer."""
    kept: list[str] = []
    for sentence in re.split(r"(?<=[.?!;])\s+", question):
        if _INSTRUCTION_SENTENCE.match(sentence.strip()) or _META_SENTENCE.search(sentence):
            continue
        tokens = re.findall(r"[a-z]+|\d+|%|\$", sentence.lower())
        if tokens and all(t in _FORMAT_WORDS or t in "%$" for t in tokens):
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


def issued_before(period: str, doc: str) -> float:
    """How well a document of period `doc` is one issued just before `period` starts, when a
    company states what it expects for it: the last quarter's report, or the annual report of
    the year that quarter ends (filed with the fourth-quarter release; it states next year's plans)."""
    before = prior_period(period)
    kind, year, part = split_period(before)
    affinity = period_affinity(before, doc)
    if kind == "Q" and part == 4 and split_period(doc)[0] in ("FY", "Y"):
        affinity = max(affinity, period_affinity(f"FY{year}", doc))
    return affinity


def doc_periods(question: str, periods: list[str], companies: list[str],
                library_docs: list[DocumentRecord]) -> dict[str, float]:
    """Library period → affinity 0..1 (best 1) of the asked companies' documents to the periods
    named, and to those of the documents issued when the question says a thing was said."""
    q = " ".join(question.split())
    forward = bool(_FORWARD.search(q))
    weighted = [*((p, 1.0) for p in periods), *said_periods(q)]
    out: dict[str, float] = {}
    if not weighted:
        return out
    for record in library_docs:
        if not record.period or (companies and record.company not in companies):
            continue
        score = sum(w * period_affinity(p, record.period, record.doc_type) for p, w in weighted)
        if forward:  # the filing that gave the outlook comes from before the period
            score = max(score, 0.8 * sum(issued_before(p, record.period) for p in periods))
        if score > 0:
            out[record.period] = max(out.get(record.period, 0.0), score)
    top = max(out.values(), default=0.0)
    return {p: round(v / top, 3) for p, v in out.items()} if top > 0 else out


def parse_question(question: str, library_docs: list[DocumentRecord]) -> ParsedQuery:
    """Understand a question against the documents in the library (general rules only)."""
    q = " ".join(question.split())
    parsed = ParsedQuery(question=question, text=strip_instructions(q))

    parsed.companies = find_companies(q, library_docs)
    names = {d.company for d in library_docs if d.company}
    if not parsed.companies:  # "Amex" for American Express: the starts of the name's words
        parsed.companies = abbreviated_companies(q, names) or opening_company(q, names)
    if parsed.companies:  # one company filed under two spellings ("Acme plc", "Acme Group"): both
        keys = {canonical_company(c) for c in parsed.companies}
        parsed.companies += sorted(n for n in names if canonical_company(n) in keys and n not in parsed.companies)
    else:
        parsed.unknown_companies = unknown_companies(q, names, {d.ticker for d in library_docs if d.ticker})
    dated = month_quarters(q)  # "the June 2023 quarter" as the date it ends on, which the readers below know
    dated = mask_event_years(dated)  # "before the 2026 recast" names an event, not the period asked
    parsed.periods = question_periods(dated)
    for quarter in date_quarters(dated):
        year = quarter[-4:]
        parsed.periods = [p for p in parsed.periods if p != year]  # the date says more than its year
        if quarter not in parsed.periods:
            parsed.periods.append(quarter)
    for fy, filing in year_to_date_filings(q):  # "the first six months of fiscal 2023": its Q2 report
        parsed.periods = list(dict.fromkeys([*(p for p in parsed.periods if p not in (f"FY{fy}", str(fy))), filing]))
    parsed.doc_periods = doc_periods(q, parsed.periods, parsed.companies, library_docs)

    parsed.doc_types = [kind for kind, pattern in _DOC_TYPE_HINTS if pattern.search(q)]
    if not parsed.doc_types:
        parsed.filing_kinds = {why: kinds for why, pattern, kinds in _FILING_KINDS if pattern.search(parsed.text)}
        if "annual" in parsed.filing_kinds and ({"quarterly", "adjusted"} & set(parsed.filing_kinds)):
            # "the fourth quarter of fiscal 2023" is a quarter; an adjusted full-year figure is in the Q4 release
            del parsed.filing_kinds["annual"]
    for kind, pattern in STATEMENT_MENTIONS:
        if pattern.search(q) and kind not in parsed.explicit_statements:
            parsed.explicit_statements.append(kind)
    implied: list[str] = []
    probe = parsed.text
    named = [m.span() for _, p in STATEMENT_MENTIONS for m in p.finditer(probe)]
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
    formula = question_formula(q)
    parsed.formula_statements = formula_statements(formula) if formula else []
    ratio = bool(_RATIO_WORDS.search(q))
    parsed.multi_statement = len(parsed.explicit_statements) >= 2 or (len(parsed.statements) >= 2 and ratio)
    explanatory = parsed.explanatory = bool(_EXPLANATORY.match(parsed.text) or CAUSE_ASKED.search(parsed.text))
    if explanatory:  # causes are written "driven by", "due to", "factors": let lexical search see them
        parsed.cue_words = _CAUSE_WORDS.split()
    if (not parsed.multi_statement and parsed.explicit_statements) or explanatory:
        # The named statement wins over guesses; a "what drove" answer is prose, not a statement.
        parsed.statements = list(parsed.explicit_statements)
    parsed.topics = [t.name for t in find_topics(parsed.text)]
    parsed.numeric = bool(_NUMERIC.search(q)) and not explanatory  # "Answer in USD millions" counts

    asked = question
    for rx in _INSTRUCTIONS:
        asked = re.sub(rx, " ", asked)
    parsed.asked = asked
    # "per the cash flow statement", "in the MD&A": where to read, not what to find (the search keeps them).
    parsed.printed_part = names_printed_part(asked)
    parsed.asked_plain = without_filing_parts(asked)
    parsed.entity = bool(_ENTITY.match(asked))
    parsed.want = wanted(without_supposed(_PREMISE.sub(" ", asked)), parsed.entity, q)  # a supposed move is no ask
    parsed.prior = bool(_PRIOR.search(asked))
    parsed.quarters, parsed.years = quarters_and_years(asked)
    return parsed


