"""Parts of a filing a question names as where to look: statements, notes, MD&A, schedules, exhibits,
tables, reconciliations, releases and the filing itself ("per the cash flow statement", "in the MD&A of
its 2023 10-K", "(Schedule II)", "from the debt note").

Such a phrase says where the figure is printed, not what the figure is: its words ("MD&A", "revenue
disaggregation note", "other earnings items table") are never names or line items the answer must
match. The search still reads them (a statement named is a hint there); the statement facts are matched
on the question without them (`without_filing_parts`), and the passages never require them. A part that
is not a primary statement nor the filing itself (`names_printed_part`: a note, the MD&A, a schedule, a
table) says the figure is printed there, so its passages are read before the statement facts. A source
that is no filing part ("going by the article", "per the auditor's report") or a speaker ("according to its
CEO") is where to read too; a source's words are not even weighed by the passage scorer (`without_sources`).
"""

from __future__ import annotations

import re

__all__ = ["FILING_PART", "WHERE_IN_FILING", "names_printed_part", "without_filing_parts", "without_sources"]

# A source other than a filing part: the news article, an announcement, a part's discussion, the audit
# report. Unlike a part ("the cash flow statement"), its words never describe the figure.
_SOURCE = r"(?:article|announcement|discussion|audit(?:or['’]s)?\s+report|(?:critical\s+)?audit\s+matters?)"
# The document parts themselves (the noun that ends the phrase).
FILING_PART = (
    r"(?:md&a|management['’]s\s+discussion(?:\s+and\s+analysis)?"
    r"|statements?\s+of\s+(?:consolidated\s+|condensed\s+)*(?:cash\s*flows?|financial\s+(?:position|condition)"
    r"|comprehensive\s+(?:income|earnings|loss)|income|earnings|operations"
    r"|(?:changes\s+in\s+)?(?:(?:stockholders|shareholders|share\s*owners)['’]?\s+)?equity)"
    r"|(?:cash[\s-]*flows?|income)\s+statements?|balance\s+sheets?|financial\s+statements"
    # "the debt note", "Note 8", "the notes": never "senior notes" or "the 2030 Notes" (debt, not a part)
    r"|(?:foot)?note(?:\s+\d{1,2}\b)?|(?:foot)?notes\s+to\s+the\s+(?:consolidated\s+|condensed\s+)*financial\s+statements"
    r"|(?<=the\s)(?:foot)?notes"
    r"|schedule(?:\s+[IVX]{1,4}\b)?|exhibit(?:\s+\d{1,3}(?:\.\d{1,2})?)?|tables?|reconciliations?|disclosures?"
    r"|sections?|roll-?forwards?|10-?K|10-?Q|8-?K|annual\s+report|quarterly\s+report"
    r"|(?:earnings\s+|results\s+|press\s+)?release"
    rf"|{_SOURCE})"
)
# Who said it, named as the source ("according to its CEO", "per the CFO"): the speaker is no word a
# passage must say (it quotes the figure, or names the speaker once, far from it).
_SOURCE_END = re.compile(rf"^{_SOURCE}$", re.I)
_SPEAKER = r"(?:ceo|cfo|coo|chief\s+(?:executive|financial|operating)\s+officer|chair(?:man|woman)?|management)"
# The filing a part sits in, after the part: "of its fiscal 2023 10-K", "in the Q2 2023 10-Q".
_OWNER = r"(?:[A-Z][\w&.]*\s+){0,3}[A-Z][\w&.]*(?:['’]s|s['’])"
_IN_FILING = (
    rf"(?:\s+(?:of|in|from)\s+(?:its|their|the|{_OWNER})\s+(?:[\w&'’-]+\s+){{0,4}}?"
    r"(?:10-?K|10-?Q|8-?K|annual\s+report|quarterly\s+report|(?:earnings\s+|results\s+|press\s+)?release|filing))?"
)
# Words between the article and the part: "direct-method cash flow", "Q2 fiscal 2024 10-Q", "debt".
# A basis word ("the Adjusted EPS reconciliation", "core amounts") may pick the figure: such a phrase stays.
_BASIS = r"(?!(?:adjusted|non-gaap|gaap|core|organic|comparable|reported|recast|restated|pro\s+forma)\b)"
_MODIFIERS = rf"(?:{_BASIS}[\w&'’/.-]+\s+){{0,5}}?"
# A numbered part needs no article: "per Schedule II", "in Note 8", "from Exhibit 99.1".
_NUMBERED = r"(?:schedule\s+[IVX]{1,4}|(?:foot)?note\s+\d{1,2}|exhibit\s+\d{1,3}(?:\.\d{1,2})?)\b"
# A phrase that ends where the question's clause ends: "the revenue disaggregation note" is a source
# only when nothing follows it ("the reconciliation of segment income to ..." names what is asked).
_CLAUSE_END = r"(?=\s*(?:[?.,;:)\]—–]|$))"
WHERE_IN_FILING = re.compile(
    rf"\b(?:per|according\s+to|going\s+by|(?:as\s+)?(?:shown|presented|stated|disclosed|printed|given|cited|set\s+out)"
    rf"\s+(?:in|on)|in|on|from|within|using)\s+(?:(?:its|their|the|{_OWNER})\s+{_MODIFIERS}(?P<part>{FILING_PART})"
    rf"|(?P<numbered>{_NUMBERED}))"
    rf"{_IN_FILING}{_CLAUSE_END}"
    rf"|\b(?:per|according\s+to)\s+(?:its|their|the|{_OWNER})\s+(?P<speaker>{_SPEAKER}){_CLAUSE_END}",
    re.I,
)
# "(income statement)", "(accounts receivable note)", "(Schedule II of the 2021 10-K)": a bracket that
# only says where.
_BRACKETED = re.compile(rf"\(\s*(?:(?:per|see|from|in)\s+)?(?:(?:its|their|the)\s+)?{_MODIFIERS}(?P<part>{FILING_PART})"
                        rf"{_IN_FILING}\s*\)", re.I)


def without_filing_parts(text: str) -> str:
    """`text` less the phrases that say which part of a filing to read ("per the cash flow statement",
    "in the MD&A of its 2023 10-K", "(Schedule II)"); unchanged when it names none."""
    out = _BRACKETED.sub(" ", text)
    out = WHERE_IN_FILING.sub(" ", out)
    return text if out == text else _tidy(out)


def _tidy(out: str) -> str:
    """A question with a phrase cut out, its punctuation and spaces made whole again."""
    out = re.sub(r"\s+([?.,;:)])", r"\1", out)
    out = re.sub(r"[,;:]+([?.)])", r"\1", out)
    out = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", out)
    out = re.sub(r"^\s*[,;:]\s*", "", out)
    return re.sub(r"\s{2,}", " ", out).strip()


# Parts whose figures the statement facts may not hold: notes, MD&A, schedules, exhibits, tables, ...
# (not the primary statements, nor the filing or release as a whole).
_PRINTED_PART = re.compile(r"(?:foot)?notes?\b|md&a|management|schedule|exhibit|tables?\b|reconciliation|disclosure"
                           r"|section|roll-?forward", re.I)


def without_sources(text: str) -> str:
    """`text` less the phrases that name a source that is not a filing part ("according to the article",
    "per PwC's audit report"), whose words never describe the figure; unchanged when it names none. Not
    a speaker ("according to its CEO"): a figure is quoted as someone's, and the speaker's words help
    find the quote."""
    out = text
    for m in reversed(list(WHERE_IN_FILING.finditer(text))):
        if m.group("part") and _SOURCE_END.search(m.group("part")):
            out = out[: m.start()] + " " + out[m.end() :]
    return text if out == text else _tidy(out)


def names_printed_part(text: str) -> bool:
    """Does `text` name a part of a filing other than a primary statement or the filing itself (a note,
    the MD&A, a schedule, an exhibit, a table, a reconciliation) as where the figure is printed?"""
    parts = [m.group("part") or m.group("numbered") or "" for m in WHERE_IN_FILING.finditer(text)]
    parts += [m.group("part") for m in _BRACKETED.finditer(text)]
    return any(_PRINTED_PART.match(p) for p in parts)
