"""Finance synonyms: the words and phrases a question may use for what a filing or an article
says another way ("bring in" for revenue, "Asia" for APAC, "ambition" for target).

Two strengths: `EQUIVALENT` groups name the same thing (a region and its acronym, a metric
and its abbreviation) and match as well as the word itself; `RELATED` groups are near
synonyms that match more weakly. `PHRASES` turns a multi-word paraphrase into the word the
documents use, before a question is split into words. Words are surface forms; callers stem
them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["CHANGE_GROUPS", "EQUIVALENT", "MEASURES", "METRICS", "PHRASES", "RELATED", "UNIT_WORDS", "due_written",
           "rewrite_phrases"]

# Same meaning: matched like the word itself.
EQUIVALENT = [
    "apac asia asian asia-pacific", "emea europe", "americas america", "ebit", "ebitda",
    "eps", "capex", "ceo", "cfo", "buyback repurchase", "stake interest ownership holding",
    "coupon", "headcount employees staff workforce personnel colleagues", "stores locations outlets",
    "women female", "men male",
    # a company's headcount is the people it employs; the jobs a plan affects are its positions
    "headcount people", "jobs positions",
    # a credit line not drawn on, in US and British spelling
    "undrawn unused unutilized unutilised",
]
# Near synonyms: a weaker match. Groups in CHANGE_GROUPS are changes ("grew" ~ "increase").
RELATED = [
    "revenue sales turnover sell", "profit earnings income", "competitor rival peer",
    "buy purchase acquire acquisition deal transaction",
    "grow increase rise gain climb expand expansion jump surge improve up",
    "decline decrease fall drop shrink lower reduce reduction down slip",
    "target aim goal objective ambition ambitions aspiration",
    "guidance outlook forecast expect projection", "cost expense spending expenditure",
    "debt borrowing", "ceo chief executive", "market industry", "orders bookings book",
    "salary pay compensation bonus", "dividend payout", "proceeds received receive", "stock shares share", "facility agreement", "keep maintain retain continue",
    "savings reduction reductions",  # "cost savings" are cost reductions
    "contribution contribute give donate donation",  # "how much did it give" asks its contributions
    "value worth",  # "what was the deal worth": its value
    # "How much capacity was left under the authorization": what "remained (available) under" it.
    "capacity headroom remaining remain left available",
    # How many work there, as a report says it ("employs about 9,100 people", "affects about 140
    # positions") and an analyst asks it ("headcount", "how many jobs").
    "headcount employees workforce staff people jobs positions",
]
CHANGE_GROUPS = (4, 5)  # indexes in RELATED

# What a figure measures: a sentence whose figure answers a question names the question's metric
# (or a synonym), not only another one ("orders" when sales are asked for).
METRICS = frozenset([
    "revenue", "revenues", "sales", "sell", "turnover", "orders", "bookings", "backlog", "profit",
    "profits", "income", "earnings", "ebit", "ebitda", "ebitdar", "margin", "margins", "eps",
    "dividend", "dividends", "salary", "bonus", "occupancy", "headcount", "employees", "debt",
    "capex", "expenditures", "expense", "expenses", "cost", "costs", "tax", "cash", "flow",
    "price", "proceeds", "repurchases", "buybacks", "stores", "votes", "volume", "volumes",
    "deposits", "loans", "assets", "liabilities", "equity", "inventory", "inventories",
    "receivables", "payables", "borrowings", "savings", "synergies", "depreciation", "amortization"
])

# Nouns that say what an amount is, beyond the metrics: read where a figure's own phrase names
# one ("a remeasurement gain of $2.4 billion", "an intrinsic value of $1 million").
MEASURES = frozenset([
    "gain", "gains", "charge", "charges", "fee", "fees", "coupon", "provision", "provisions", "allowance",
    "reserve", "reserves", "commitment", "commitments", "obligation", "obligations", "principal",
    "payment", "payments", "refund", "refunds", "contribution", "contributions", "value", "impairment",
    "impairments", "severance", "investment", "investments", "premium", "premiums", "rent",
    "interest",  # what debt costs or a deposit earns ("how much interest did it capitalize")
    "load",  # "what catastrophe load", "what load factor": a figure asked, in points or percent
])

# Multi-word paraphrases, rewritten to the documents' word before the question is read.
PHRASES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.I), word) for p, word in (
        (r"\b(?:profits?|earnings)\s+before\s+interest\s+(?:and|&)\s+tax(?:es|ation)?\b",
         "EBIT|operating profit|operating income"),
        (r"\b(?:bring|brings|brought|bringing|take|takes|took|taking|rake|raked|pull|pulled)\s+in\b",
         "revenue"),
        (r"\bbuy(?:s|ing)?\s*-?\s*backs?\b|\bbought\s+back\b", "repurchase"),
        (r"\bcapital\s+(?:investment|spending|outlays?)s?\b", "capital expenditures"),
        (r"\bnew\s+business\b", "orders"),
        (r"\border\s*books?\b", "order backlog|order book"),  # a UK or Japanese report's word for backlog
        (r"\bcost\s+reductions?\b", "cost savings"),
        (r"\b(?:writ(?:e|es|ing)|wrote|written|mark(?:s|ed|ing)?)\s+down\b", "impaired|written down"),
        (r"\b(?:diluted\s+)?(?:EPS|earnings\s+per\s+(?:diluted\s+)?share)\b", "EPS|per diluted share|per share"),
        (r"\bhow\s+many\s+people\b", "how many employees"),
        # "undrawn credit lines", "lines of credit": the credit facilities a report names
        (r"\b(?:credit|revolving)\s+lines\b|\blines\s+of\s+credit\b", "credit facilities|lines of credit|credit lines"),
        (r"\b(?:credit|revolving)\s+line\b|\bline\s+of\s+credit\b", "credit facility|line of credit|credit line"),
        # "buyback capacity": what remains under the repurchase authorization
        (r"\b(?:buyback|repurchase)\s+capacity\b", "remaining repurchase authorization"),
        (r"\bper\s+cent\b", "percent"),
        # an insurer's "catastrophe load" is the catastrophe losses it assumes, in points of premiums
        (r"\bcat(?:astrophe)?\s+load\b", "catastrophe load|catastrophe losses"),
    )
]

# Words that name the unit of the answer, not what is asked ("in euros", "how many dollars").
UNIT_WORDS = frozenset([
    "dollar", "dollars", "euro", "euros", "cent", "cents", "pound", "pounds", "krona", "kronor",
    "krone", "usd", "eur", "gbp", "thousand", "thousands", "million", "millions", "billion",
    "billions", "bn", "mn", "yen", "pence", "yuan", "rupee", "rupees", "franc", "francs"
])


def rewrite_phrases(text: str, used: Callable[[str], bool] | None = None) -> str:
    """`text` with multi-word paraphrases replaced by the word the documents use: of several
    ("EBIT|operating profit"), the first that `used` says the documents contain."""
    for rx, words in PHRASES:
        options = words.split("|")
        word = next((w for w in options if used is not None and used(w)), options[0])
        text = rx.sub(word, text)
    return text


# "How much falls due after the next twelve months": when an amount is payable, as filings print it
# ("payments due", "is expected to be due within the next twelve months"). Not a fall (a decline asked,
# a change wanted), nor "falls" a word some passage must carry.
_FALLS_DUE = re.compile(r"(?i)\b(?:(falls|comes)|(fall|come)|(fell|came)|(falling|coming))\s+due\b")


def due_written(text: str) -> str:
    """`text` with "falls due" (and "fall", "fell", "come", "came" due) written as "is due", the way a
    reader takes it: `answering.ask` reads the question so before anything else does."""
    def plain(m: re.Match[str]) -> str:
        return "is due" if m.group(1) else "are due" if m.group(2) else "was due" if m.group(3) else "being due"

    return _FALLS_DUE.sub(plain, text)
