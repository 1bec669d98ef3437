"""How questions name line items: a pattern per concept ("net sales" → revenue, "capex" →
capital expenditures) and the first line item a question names (`question_concept`), unless
the words around it name another line (split out of `plan.py`, which re-exports these names)."""

from __future__ import annotations

import re

from assistant.core.finance.near_concepts import contradiction


def _share_count(which: str) -> str:
    """How a question names the basic or diluted weighted-average share count."""
    shares = r"(?:common\s+|ordinary\s+)?(?:shares?|share\s+counts?)"
    return (rf"(?:{which}\s+(?:weighted[\s-]+)?average|(?:weighted[\s-]+)?average\s+{which})\s+{shares}"
            rf"|(?:weighted[\s-]+)?average\s+(?:number\s+of\s+)?(?:common\s+|ordinary\s+)?shares(?:\s+outstanding)?"
            rf"(?:,\s*|\s*\(|\s*[—–-]+\s*|\s+)(?:{which}\b)"
            rf"|{which}\s+(?:common\s+|ordinary\s+)?(?:shares\s+outstanding|share\s+count)")


def _activities(which: str) -> str:
    """How a question names the net cash of investing or financing activities, in either direction."""
    return (rf"(?:net\s+)?cash\s+(?:flows?\s+)?(?:provided\s+by|from|used\s+(?:in|for|by)|provided\s*\(?(?:by\s+)?\(?used\s+(?:in|for)\)?"
            rf"|\(used\s+(?:in|for)\)|provided\s+\(used\)(?:\s+by)?)\s+(?:by\s+)?{which}(?:\s+activities)?|{which}\s+cash\s+flows?")


def _moved(verbs: str) -> str:
    """Long-term debt named before the verb that moved it: "how much long-term debt did Acme issue"."""
    return rf"long[\s-]+term\s+debt\s+(?:did|does|do|has|have|had)\s+(?:[\w&.'’-]+\s+){{0,3}}?(?:{verbs})\b"


# How questions name line items (first match by position; at one position, the longest).
QUESTION_TERMS: list[tuple[str, str]] = [
    (r"basic\s+(?:net\s+)?(?:earnings|income)\s+per\s+(?:common\s+)?share|basic\s+eps", "eps_basic"),
    (r"(?:diluted\s+)?(?:net\s+)?(?:earnings|income)\s+per\s+(?:diluted\s+|common\s+)?share|\beps\b", "eps_diluted"),
    # The diluted share count ("diluted weighted-average shares", "average shares outstanding, assuming dilution")
    (_share_count("diluted") + r"|(?:weighted[\s-]+)?average\s+(?:common\s+|ordinary\s+)?shares(?:\s+outstanding)?,?\s+"
     r"assuming\s+dilution", "shares_outstanding"),
    # The basic one ("weighted-average basic shares", "weighted average shares outstanding, basic")
    (_share_count("basic"), "shares_basic"),
    (r"net\s+(?:income|earnings)\s+attributable", "net_income_attributable"),
    (r"net\s+(?:income|earnings)|net\s+profit|bottom[\s-]+line", "net_income"),
    (r"gross\s+profit", "gross_profit"),
    (r"operating\s+(?:income|profit)", "operating_income"),
    (r"cost\s+of\s+(?:goods\s+sold|sales|products\s+sold|revenues?)|\bcogs\b", "cost_of_sales"),
    (r"selling,?\s+(?:general|marketing)|\bsg&a\b", "sga"),
    (r"research\s+and\s+development|\br&d\b", "rnd"),
    (r"(?:income|earnings)(?:\s+from\s+continuing\s+operations)?\s+before\s+(?:provision\s+for\s+)?(?:income\s+)?tax"
     r"|pre-?tax\s+income", "pretax_income"),
    (r"(?:net\s+)?cash\s+(?:flows?\s+)?(?:provided\s+by|from)\s+operati\w+(?:\s+activities)?|operating\s+cash\s+flow",
     "cash_from_operations"),
    (r"capital\s+(?:expenditures?|spending)|\bcapex\b|(?:additions\s+to|purchases?\s+of)\s+property[\w\s,]*?equipment",
     "capex"),
    # Dividends per share are not the cash paid out ("dividends declared per share" is its own row).
    (r"(?:cash\s+)?dividends(?:\s+paid|\s+to\s+shareholders)?(?!\s+(?:declared\s+|paid\s+)?per\s+(?:common\s+)?share)",
     "dividends_paid"),
    (r"(?:common\s+)?(?:share|stock)\s+repurchases?|repurchas(?:es?|ing)\s+(?:of\s+)?(?:its\s+)?(?:common\s+)?(?:stock|shares)\b|buybacks?", "share_repurchases"),
    (r"depreciation(?:\s+and\s+amortization)?(?:\s+expense)?|\bd&a\b", "depreciation_amortization"),
    (r"(?:merchandise\s+)?inventor(?:y|ies)", "inventories"),
    (r"(?:trade\s+)?(?:accounts\s+(?:and\s+notes\s+)?)?receivables?(?:,?\s+net)?", "receivables"),
    (r"accounts\s+payable", "accounts_payable"),
    (r"total\s+current\s+assets|current\s+assets", "total_current_assets"),
    (r"total\s+current\s+liabilities|current\s+liabilities", "total_current_liabilities"),
    (r"total\s+assets", "total_assets"),
    (r"total\s+liabilities", "total_liabilities"),
    (r"(?:total\s+)?(?:shareholders['’]?|stockholders['’]?)\s+equity|total\s+equity", "total_equity"),
    (r"long[\s-]+term\s+debt(?:\s+obligations)?", "long_term_debt"),
    # the current portion of long-term debt is the line the statements read as short-term debt (`concepts`), not long-term debt
    (r"short[\s-]+term\s+debt(?:\s+obligations)?|debt\s+maturing\s+within\s+one\s+year|loans\s+and\s+notes\s+payable|"
     r"current\s+(?:portion|maturities)\s+of\s+long[\s-]+term\s+debt",
     "short_term_debt"),
    (r"cash\s+and\s+(?:cash\s+)?equivalents", "cash"),
    (r"marketable\s+securities|short[\s-]+term\s+investments", "short_term_investments"),
    (r"(?:net\s+)?property,?\s+(?:plant,?\s+)?and\s+equipment(?:,?\s+net)?|\bpp&e\b", "ppe_net"),
    (r"(?:provision\s+for\s+)?(?:income\s+)?tax(?:es)?\s+(?:expense|on\s+income)|provision\s+for\s+(?:income\s+)?taxes",
     "income_tax"),
    (r"interest\s+expense", "interest_expense"),
    # Session 28: the common lines of the primary statements (concepts.py), named as analysts name them.
    # No term for goodwill: a plain goodwill lookup turned a pair-24 refusal into a wrong (main, 46d8854).
    (r"(?:other\s+|identifiable\s+|acquired\s+)?intangible\s+assets?(?:,?\s+net)?|intangibles", "intangible_assets"),
    (r"retained\s+earnings|accumulated\s+deficit|reinvested\s+earnings", "retained_earnings"),
    (r"total\s+liabilities\s+and\s+(?:total\s+)?(?:(?:share|stock)holders['’]?\s+)?equity", "total_liabilities_and_equity"),
    # The current balance: a long-term one is another line ("Deferred revenue, non-current").
    (r"(?<!long-term\s)(?<!noncurrent\s)(?<!non-current\s)(?:deferred|unearned)\s+revenues?(?![\s,]+(?:non-?current|long-term))",
     "deferred_revenue"),
    (r"operating\s+lease\s+(?:right[\s-]+of[\s-]+use\s+|rou\s+)?assets?", "operating_lease_assets"),
    (_activities("investing"), "cash_from_investing"),
    (_activities("financing"), "cash_from_financing"),
    (r"(?:stock|share|equity)[\s-]+based\s+compensation|stock\s+compensation", "stock_compensation"),
    # Long-term debt named as what was issued (or repaid) during a period is the cash raised (or paid) for it, not the
    # balance: "how much long-term debt did it issue", "raised from issuing long-term debt" (near_concepts refuses the rest).
    (r"proceeds\s+from\s+(?:the\s+)?(?:issuances?\s+of\s+)?long[\s-]+term\s+debt|(?:issu(?:ed|ing)|borrow(?:ed|ing))\s+"
     r"(?:new\s+)?long[\s-]+term\s+debt|" + _moved("issue|raise|borrow"), "debt_proceeds"),
    (r"(?:re)?payments?\s+of\s+long[\s-]+term\s+debt|(?:repa(?:id|ying)|retir(?:ed|ing))\s+(?:of\s+)?long[\s-]+term\s+debt|"
     + _moved("repay|retire"), "debt_repayments"),
    # Interest income alone: a net figure ("net interest income", "interest income, net") is another line.
    (r"(?<!net\s)(?:total\s+)?interest\s+income(?!,?\s+net|\s*\(?expense|\s+and\s+other)", "interest_income"),
    (r"(?:total\s+)?(?:net\s+)?(?:operating\s+)?revenues?|net\s+sales|sales(?:\s+to\s+customers)?|top[\s-]+line", "revenue"),
]
# Each pattern compiled, in the list's order (also read by `answer.statement_ask`).
TERM_PATTERNS = [(re.compile(rf"\b(?:{p})", re.I), c) for p, c in QUESTION_TERMS]


def question_concept(text: str, contradicted: bool = False) -> tuple[str, int, int] | None:
    """(concept, start, end) of the first line item a question names; None when there is none, or when
    the question's words around it name another line ("dividends payable"), the one `contradicted` asks for."""
    best: tuple[int, int, str] | None = None
    for rx, name in TERM_PATTERNS:
        m = rx.search(text)
        if m and (best is None or (m.start(), -m.end()) < (best[0], -best[1])):
            best = (m.start(), m.end(), name)
    if best is None or (contradiction(best[2], text[: best[0]], text[best[1]:], text[best[0]:best[1]]) is None) == contradicted:
        return None
    return (best[2], best[0], best[1])
