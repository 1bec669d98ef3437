"""Near concepts: words a question attaches to a line item's name that make it another line.

"Dividends payable" is a liability at a date, not the dividends paid during the year;
"accumulated depreciation" is a balance, not the year's depreciation charge; "gross property,
plant and equipment" is before the accumulated depreciation that net PP&E has taken off; the
"depreciation expense" is a part of "depreciation and amortization"; the
long-term debt "due in 2024" is one bucket of the maturity schedule, not the balance; the
"weighted average rate on long-term debt" is a rate, not the debt; the D&A of "cost of services
(exclusive of depreciation and amortization)" is named only to be left out. Each is a qualifier an
analyst reads as naming a different line, so the concept the bare name maps to must not answer
it. `contradiction` says which qualifier the question states against the concept it matched;
the question is then read as naming a line the vocabulary does not know (answered only from a
row printed under that name). "Interest expense on deposits" is one part of interest expense, and
a line named as a note's name ("the PP&E note") says where to look, not what is asked. A line
named as where another amount sits, "restricted cash included in other current assets" or
"charges recorded in SG&A", asks for that amount, a part of the line, not the line's total. One reconciling item of a total, "write-downs added back
in operating cash flow" or "the operating cash flow add-back for stock compensation", is that item,
not the total it is added back to.
A line's name used to qualify another noun names that other line: "revenue deductions" (or its
allowances, reserves, returns) are contra-lines reported against revenue, not revenue. The total of a
cash-flow section named with what it paid for ("operating cash flows for operating leases") asks that
one line of the section. An amount the question says was included in a line ("how much amortization
was included in cost of sales") asks that amount, as "included in" without the auxiliary does.
A line named as where a part sits, "land within property and equipment", asks that part. A debt line
asked at another measure than the carrying amount the balance sheet prints, "the fair value of
long-term debt" or "long-term debt principal", is the note's figure, not the balance sheet's.
"""

from __future__ import annotations

import re

from assistant.core.finance.concepts import concept as concept_of
from assistant.core.finance.periods import MONTH

__all__ = ["NOTE_AFTER", "ON_PART", "amount_sitting_in", "asks_bucket", "contradiction", "narrows_label"]

# A balance held at a date, said of a line that is a flow over a period.
_BALANCE_BEFORE = re.compile(r"\b(?:accrued|accumulated|deferred|unpaid|prepaid)\s+$", re.I)
_BALANCE_AFTER = re.compile(r"^\s*(?:payables?|receivables?|accrued|liabilit(?:y|ies))\b", re.I)
# Before an amount that statements report net: the gross figure is another line.
_GROSS_BEFORE = re.compile(r"\bgross\s+$", re.I)
# A balance said to be "impaired" is a charge of the period; a balance "and other intangible assets" is
# their combined line, not the balance (an impairment or write-down named with it is `_CHARGE_AFTER`'s).
_IMPAIRED_AFTER = re.compile(r"^\s*(?:impaired|(?:and|&|plus)\s+(?:other\s+)?(?:identifiable\s+)?intangibles?)\b", re.I)
_NET_CONCEPTS = frozenset({"ppe_net", "receivables"})
# One year's bucket of a maturity schedule, said of a balance.
_DUE_AFTER = re.compile(r"^\s*(?:that\s+|which\s+)?(?:comes?\s+|coming\s+|falls?\s+|falling\s+|is\s+|are\s+|was\s+|were\s+|"
                        r"becomes?\s+|scheduled\s+to\s+)?(?:due|matur\w*|payable|repayable)\s+(?:in|during|by)\s+"
                        r"(?:fiscal\s+(?:year\s+)?|fy\s*)?(?:19|20)\d\d\b", re.I)
_DUE_BEFORE = re.compile(r"\b(?:maturit(?:y|ies)|due|repayments?)\s+(?:in\s+(?:fiscal\s+)?(?:19|20)\d\d\s+)?(?:of|on)\s+"
                         r"(?:the\s+|its\s+)?$", re.I)
# A line named only to be left out of another.
_LEFT_OUT = re.compile(r"\b(?:exclusive\s+of|excluding|excludes|exclude|net\s+of|other\s+than)\s+(?:the\s+|its\s+)?$", re.I)
_AMORTIZATION = re.compile(r"amortization|d&a", re.I)
# Where a named amount sits: "<amount> included in <line>" asks the amount, a part of the line. An
# auxiliary or a bare total before the verb ("what was recorded in", "the amount included in") names
# no amount of its own, so the line itself may be asked.
_SITS_IN = re.compile(r"\b(?!(?:was|were|is|are|be|been|being|amounts?|totals?|much|what|which|that|all)\b)"
                      r"[a-z][\w-]*\s+(?:included|recorded|recogni[sz]ed|reported|classified|presented|booked)\s+"
                      r"(?:in|within|under|as\s+part\s+of)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
# One reconciling item of a total: "<item> added back in <the company's 2021> operating cash flow",
# "operating cash flow add-back for <item>", "the adjustment to net income for <item>".
_ADDED_BACK_BEFORE = re.compile(r"\b[a-z][\w-]*\s+(?:added\s+back|adjusted\s+for)\s+(?:in|to|within|into)\s+"
                                r"[^,;:?()]{0,50}$", re.I)
_ADD_BACK_AFTER = re.compile(r"^\s*(?:add-?\s?backs?|adjustments?|reconciling\s+items?)\s+(?:for|of|from|on)\s+[a-z]",
                             re.I)
# A debt line at another measure than its carrying amount: the fair value, the principal (face) amount.
_DEBT = frozenset({"long_term_debt", "short_term_debt"})
_MEASURE_BEFORE = re.compile(r"\b(?:fair\s+values?|principal(?:\s+amounts?)?|face\s+(?:values?|amounts?))\s+"
                             r"(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w&'’.-]+\s+){0,3}$", re.I)
_MEASURE_AFTER = re.compile(r"^[,\s]*(?:(?:at\s+)?fair\s+values?|principal(?:\s+amounts?)?|face\s+(?:values?|amounts?))\b", re.I)
# A rate or yield of a line, not the line.
_RATE_BEFORE = re.compile(r"\b(?:interest|effective|coupon|stated|average)\s+(?:interest\s+)?(?:rates?|yields?)\s+"
                          r"(?:on|of|for)\s+(?:the\s+|its\s+|their\s+)?$", re.I)


# A charge against a balance, named with it: "goodwill impairment", "amortization of intangible assets",
# "inventory write-downs" ask the charge (a flow), not the balance at a date.
_CHARGE_AFTER = re.compile(r"^\s*(?:impairments?|amortization|write-?\s?(?:downs?|offs?)|accretion)\b", re.I)
# The charge may be named with its kind between ("amortization expense on intangible assets", "impairment charged
# on IPR&D intangible assets"), and whose assets may stand before the name ("for Acme's intangible assets").
_CHARGE_BEFORE = re.compile(r"\b(?:impairments?|amortization|write-?\s?(?:downs?|offs?))(?:\s+(?:expenses?|charges?|charged|"
                            r"costs?|losses?))?\s+(?:of|on|to|for|against)\s+(?:the\s+|its\s+|their\s+)?(?:[\w&'’-]+\s+){0,3}$",
                            re.I)
# The part of a long-term line falling due within a year: "the current portion of long-term debt" is the
# current line (US-GAAP's LongTermDebtCurrent), never the long-term balance the name maps to.
_CURRENT_PART_BEFORE = re.compile(r"\bcurrent\s+(?:portions?|maturities|parts?)\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_NONCURRENT = frozenset({"long_term_debt"})
# The tax on a line: "the tax benefit on stock-based compensation" asks the tax, not the line.
_TAX_ON_BEFORE = re.compile(r"\btax\s+(?:benefits?|effects?|expenses?|deductions?|impacts?)\s+(?:on|of|from|for|related\s+to)\s+"
                            r"(?:the\s+|its\s+|their\s+)?$", re.I)


# A balance named as what was issued, raised, borrowed or repaid ("how much long-term debt did it issue",
# "raised from issuing long-term debt") asks the cash that moved during the period, not the balance at a date.
_MOVED_VERB = r"(?:issu|rais|borrow|repa(?:y|id)|retir|redeem)\w*"
_MOVED_AFTER = re.compile(rf"^\s*(?:did|does|do|has|have|had|was|were)\s+(?:[\w&.'’-]+\s+){{0,3}}?{_MOVED_VERB}\b", re.I)
_MOVED_BEFORE = re.compile(rf"\b{_MOVED_VERB}\s+(?:of\s+)?(?:new\s+)?(?:the\s+|its\s+|their\s+)?$", re.I)


# A contra-line named after the line it is set against: "revenue deductions", "sales returns".
_CONTRA_AFTER = re.compile(r"^s?\s+(?:deductions?|allowances?|reserves?|returns?|rebates?|chargebacks?|"
                           r"adjustments?)\b", re.I)
# A section total of the cash flow statement, named with what the cash went to: one line of it. A
# period, a determiner or a company (capitalised) after "for" says whose or when, not what for.
_SECTION_TOTALS = frozenset({"cash_from_operations", "cash_from_investing", "cash_from_financing"})
_PAID_FOR = re.compile(r"^s?\s+(?:(?:paid|spent|used|incurred)\s+)?(?:for|on)\s+(?!(?:a|an|the|its|their|this|that|"
                       r"each|both|all|fiscal|fy|calendar|years?|periods?|quarters?|q[1-4]|first|second|third|fourth|"
                       r"full|half|six|three|nine|twelve|months?|weeks?|record|behalf|average|continuing|"
                       r"discontinued)\b)[a-z][a-z-]+")
# "<amount> was included in [the company's year] <line>": the amount, a part of the line.
_WAS_IN = re.compile(r"\b(?!(?:what|which|that|how|much|amounts?|totals?|all|it)\b)[a-z][\w-]*\s+"
                     r"(?:was|were|is|are|been|being)\s+(?:included|recorded|recogni[sz]ed|reported|classified|booked)\s+"
                     r"(?:in|within|under|as\s+part\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w&'’.-]+\s+){0,6}$", re.I)


# A part of a flow by what it is earned or paid on: "interest expense on deposits" is one line of
# interest expense, not the total; "on a reported basis" or "on its income statement" is no part.
_MONTHS = MONTH + r"\s"
ON_PART = re.compile(rf"^\s*on\s+(?!(?:a|an|the|its|their|this|that|each|both|average|behalf|hand|record)\b|\d|fy|q[1-4]\b|{_MONTHS})[a-z][a-z-]+", re.I)
# What a flow was earned or paid on, said after its verb: "how much interest income did Acme earn on deposits".
_EARNED_VERB = re.compile(r"^\s*(?:did|does|do|has|have|had)\s+(?:[\w&.'’-]+\s+){0,3}?(?:earn|pay|paid|incur|receive|generate)\w*"
                          r"(?=\s+on\s)", re.I)
# A part held within a line: "land within property and equipment", "accrued rebates within other
# current liabilities"; the company's name may stand between ("land within Acme's property").
_WITHIN_BEFORE = re.compile(r"\b(?!(?:what|which|that|how|much|amounts?|totals?|all|it|was|were|is|are)\b)[a-z][\w-]*\s+"
                            r"(?:within|inside)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w&'’.-]*\s+){0,3}$", re.I)
# Another measure of a balance: the fair value a note discloses, not the carrying amount printed.
_FAIR_VALUE_BEFORE = re.compile(r"\bfair\s+values?\s+(?:of|for)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w&'’.-]*\s+){0,3}$",
                                re.I)


# "on Acme Tools' balance sheet", "on American Express's": whose statement, not what the line is on.
_WHOSE = re.compile(r"^\s*on\s+(?:[\w&.-]+\s+){0,3}?[\w&.-]+(?:['’]s\b|s['’])")


def narrows_label(before: str, after: str) -> str | None:
    """The qualifier around a line named by a row's printed label (`before` and `after` it in the
    question) that asks a part or another measure of that line, not the line: "on credit card"
    after "provision for credit losses", "land within" or "the fair value of" before it."""
    on = ON_PART.match(after)
    if on is not None and _WHOSE.match(after):
        on = None  # "on Acme's balance sheet": whose statement, not what the line is on
    m = on or next((m for rx in (_LEFT_OUT, _SITS_IN, _WAS_IN, _WITHIN_BEFORE, _FAIR_VALUE_BEFORE)
                    if (m := rx.search(before))), None)
    return m.group().strip().lower() if m else None


# A note named as where to look ("PP&E note", "the debt note"): a source, not the line asked.
NOTE_AFTER = re.compile(r"^\s*(?:note|footnote|disclosure)s?\b", re.I)


_SITS_VERB = re.compile(r"\b(?:included|recorded|recogni[sz]ed|reported|classified|presented|booked)\s+"
                        r"(?:in|within|under|as\s+part\s+of)\s+(?:the\s+|its\s+|their\s+)?"
                        # a statement or a document says where the amount is printed, not which line holds it
                        r"(?!(?:consolidated|condensed|income|balance|statements?|cash\s+flows?\s+statement|annual|"
                        r"quarterly|reports?|filings?|notes?|footnotes?|md&a|form|press|release|results|fiscal|"
                        r"q[1-4]|fy|first|second|third|fourth|prior|current|this|that|each|the|its|their)\b)[a-z]", re.I)
_NO_AMOUNT = frozenset({"was", "were", "is", "are", "be", "been", "being", "amount", "amounts", "total", "totals",
                        "much", "what", "which", "that", "all", "and", "or", "the", "a", "an", "of", "its", "their",
                        "how", "any", "figures", "figure", "items", "item", "as"})


def amount_sitting_in(question: str) -> list[str]:
    """The words of an amount the question says sits in a line ("restricted cash" of "restricted
    cash included in other current assets", "relocation charges recorded in SG&A"): the question
    asks that part, not the line. Empty when the verb has no amount of its own before it ("what
    was recorded in SG&A")."""
    for m in _SITS_VERB.finditer(question):
        lead = re.split(r"[:;,?()]", question[: m.start()])[-1]
        words = re.findall(r"[A-Za-z][A-Za-z&'-]*", lead)[-4:]
        if not words or words[-1].lower() in _NO_AMOUNT:
            continue
        tail: list[str] = []
        for w in reversed(words):
            if w.lower() in _NO_AMOUNT:
                break
            tail.append(w.lower())
        return tail[::-1]
    return []


def asks_bucket(question: str) -> bool:
    """The question asks for one year's bucket of a maturity schedule ("how much long-term debt
    comes due in 2024"), which no balance-sheet line answers."""
    return any(_DUE_AFTER.match(question[m.end():]) for m in re.finditer(r"\w\b", question)) or bool(
        re.search(r"\b(?:19|20)\d\d\s+maturities\b", question, re.I))


# What a repurchase authorization still allows, "buyback capacity left", "remaining under the share repurchase
# program": a figure the text states, not the cash flow statement's repurchases of the period.
_AUTHORIZED_AFTER = re.compile(r"^\s*(?:capacity|authori[sz]ations?|programs?|programmes?|plans?)\b", re.I)
_UNUSED = re.compile(r"\b(?:capacity|remain(?:s|ed|ing)?|left|available|headroom|unused)\b", re.I)


def contradiction(name: str, before: str, after: str, named: str = "") -> str | None:
    """The qualifier in `before` or `after` (the question's words right before and after where
    it names concept `name` as `named`) that makes the question ask for another line, else None."""
    c = concept_of(name)
    if m := NOTE_AFTER.match(after):
        return f"the {named} note"
    if not c.instant and c.unit == "USD" and (m := ON_PART.match(after)):
        return m.group().strip().lower()
    if not c.instant and c.unit == "USD" and (v := _EARNED_VERB.match(after)) and (m := ON_PART.match(after[v.end():])):
        return m.group().strip().lower()  # "interest income did it earn on deposits with banks": a part, as "on deposits"
    if m := _LEFT_OUT.search(before):
        return m.group().strip().lower()  # "cost of services (exclusive of depreciation and amortization)"
    if m := _SITS_IN.search(before):
        return m.group().strip().lower()  # "restricted cash included in other current assets"
    if m := _WAS_IN.search(before):
        return m.group().strip().lower()  # "how much amortization was included in cost of sales"
    if m := _WITHIN_BEFORE.search(before):
        return m.group().strip().lower()  # "land within property and equipment": a part of the line
    if c.instant and (m := _FAIR_VALUE_BEFORE.search(before)):
        return m.group().strip().lower()  # "the fair value of its long-term debt": a note's measure
    if c.instant and ((m := _CHARGE_AFTER.match(after)) or (m := _CHARGE_BEFORE.search(before))):
        return m.group().strip().lower()  # "goodwill impairment": a charge against the balance, not the balance
    if c.instant and ((m := _MOVED_AFTER.match(after)) or (m := _MOVED_BEFORE.search(before))):
        return m.group().strip().lower()  # "how much long-term debt did it issue": the cash raised, not the balance
    if name in _NONCURRENT and (m := _CURRENT_PART_BEFORE.search(before)):
        return m.group().strip().lower()  # "current portion of long-term debt": the current line, not the balance
    if m := _TAX_ON_BEFORE.search(before):
        return m.group().strip().lower()  # "the tax benefit on stock-based compensation": the tax, not the line
    if c.unit == "USD" and (m := _CONTRA_AFTER.match(after)):
        return m.group().strip().lower()  # "revenue deductions": set against revenue, not revenue
    if name in _SECTION_TOTALS and (m := _PAID_FOR.match(after)):
        return m.group().strip().lower()  # "operating cash flows for operating leases": one line of it
    if not c.instant and ((m := _ADD_BACK_AFTER.match(after)) or (m := _ADDED_BACK_BEFORE.search(before))):
        return m.group().strip().lower()  # one reconciling item, not the total it reconciles to
    if name == "share_repurchases" and _AUTHORIZED_AFTER.match(after) and _UNUSED.search(f"{before} {after}"):
        return "capacity left under the authorization"  # "buyback capacity left": not the cash spent
    if name == "depreciation_amortization" and named and not _AMORTIZATION.search(named):
        return "depreciation alone"  # depreciation is a part of D&A, often a row of its own
    flow = not c.instant and c.unit == "USD"
    if flow and ((m := _BALANCE_BEFORE.search(before)) or (m := _BALANCE_AFTER.match(after))):
        return m.group().strip().lower()
    if name in _NET_CONCEPTS and (m := _GROSS_BEFORE.search(before)):
        return m.group().strip().lower()
    if c.instant and (m := _IMPAIRED_AFTER.match(after)):
        return m.group().strip().lower()  # "goodwill impaired", "goodwill and other intangible assets": not the balance
    if c.instant and ((m := _DUE_AFTER.match(after)) or (m := _DUE_BEFORE.search(before))):
        return m.group().strip().lower()
    if name in _DEBT and ((m := _MEASURE_BEFORE.search(before)) or (m := _MEASURE_AFTER.match(after))):
        return m.group().strip().lower()  # the fair value or principal of the debt, not its carrying amount
    if c.unit == "USD" and (m := _RATE_BEFORE.search(before)):
        return m.group().strip().lower()
    return None
