"""Sign by presentation: which statement lines are read as magnitudes.

Statements print expenses, costs, charges, outflows, deductions and contra accounts in
parentheses ("General and administrative expense (4,187)", "Treasury stock, at cost (50,814)",
"Acquisitions of wireless licenses (47,596)"). An analyst asked for such a line answers its
size, and the change of an expense that fell from 2,682 to 2,533 is a fall. The rule, in one
place: a line whose concept is a cost or an outflow, or whose printed label itself names the
direction (expense, cost, charge, loss as a line; purchases, acquisitions, payments or
repurchases of; dividends, taxes, interest or cash paid; treasury stock; allowances; pension plan contributions; "less:"),
counts as its size. A label that names both directions or a net result keeps its sign: "Other
income (expense), net", "Net cash used in investing activities", "Operating income (loss)",
"Provision for (benefit from) income taxes". An income line printed in parentheses in every
column ("Interest income (490) (53) (111)" among a statement's costs) is a credit set against
them: its size is the income. A question asking a size takes a bracketed cell's size whatever the
label: a portion ("how much of"), cash the company used, a loss it names of a bare row. A
balance-sheet liability (payables, debt, total current liabilities) is a size too: UK/IFRS balance
sheets print them in brackets ("Trade and other payables (405.3)"), and a current ratio divides sizes.
"""

from __future__ import annotations

import re

from assistant.core.words import stem

__all__ = ["COSTS", "LIABILITIES", "OUTFLOWS", "asked_as_size", "asked_by_title", "bracket_meaning", "credit_among_costs",
           "is_liability", "is_magnitude", "label_names_direction", "liability_label", "names_only_loss", "negative_asked", "states_direction"]

# Concepts the statements print as outflows (the cash flow statement's parentheses).
OUTFLOWS = frozenset({"capex", "dividends_paid", "share_repurchases", "debt_repayments"})
# Concepts that are costs whichever way they are printed.
COSTS = frozenset({"cost_of_sales", "sga", "rnd", "interest_expense", "income_tax", "depreciation_amortization"}) | OUTFLOWS
# Balance-sheet obligations: never below zero, whatever the print. A UK/IFRS balance sheet brackets
# its liabilities ("Trade and other payables (405.3) (379.2)", "Total current liabilities (574.6)")
# because it adds them to net assets; the payables asked are 405.3, and a current ratio divides sizes.
LIABILITIES = frozenset({"accounts_payable", "short_term_debt", "long_term_debt", "total_current_liabilities",
                         "total_liabilities"})

_DIRECTION = re.compile(
    r"^\s*less\b|"
    r"\b(?:expenses?|costs?|charges?|losses|loss\b(?!\s*\)))|"
    r"\b(?:purchases?|acquisitions?|payments?|repurchases?|redemptions?|repayments?|retirements?)\s+(?:of|for|on|to)\b|"
    # the same named after what is paid off, at the label's end: "Cash tender offers/debt redemption", "Debt repayments"
    r"\b(?:redemptions?|repayments?|retirements?)\s*(?:$|,|\()|"
    r"^\s*(?:business\s+)?(?:purchases|acquisitions|payments|repurchases)\s*(?:,|\(|\bnet\b)|"
    r"\b(?:share|stock)\s+buybacks?\b|\bbuybacks?\b|\bdividends?\s+(?:paid|to\s+shareholders|to\s+stockholders)|\bcash\s+dividends\b|"
    r"\bdistributions?\s+to\b|"
    r"\btreasury\b|\ballowances?\s+for\b|\bvaluation\s+allowances?\b|\baccumulated\s+(?:depreciation|amortization)\b|\bdepreciation\b|"
    r"\bamortization\b|\bimpairments?\b|"
    # What a company pays into its pension or benefit plans ("plan contributions"); contributions
    # it receives ("contributions from noncontrolling interests") name no plan and keep their sign.
    r"\b(?:plans?|pension)\s+contributions\b|\bcontributions\s+to\s+(?:[\w-]+\s+){0,3}(?:plans?|trusts?)\b",
    re.I,
)
# Words that name the other direction or a net result: the label's sign carries meaning.
_TWO_WAY = re.compile(
    r"\b(?:income|incomes|earnings|profits?|gains?|revenues?|sales|(?<!defined\s)benefits?(?!\s+(?:pension\s+)?plans?\b)|credits?|recover(?:y|ies)|proceeds|"
    r"provided|used\s+in|(?:increase|decrease)\s*\(|\((?:increase|decrease)|margin)\b",
    re.I,
)
# "Operating income (loss)", "Net income (loss)": a profit line whose loss is a genuine negative.
_PROFIT_LOSS = re.compile(r"\(\s*loss\s*\)|\bnet\s+loss\b|\bloss\s+before\b|\bloss\s+from\s+operations\b", re.I)


# Cash a company paid out ("Income taxes paid", "Cash paid for interest", "Benefits paid"): an
# outflow even where the label also names income or benefits; "paid-in capital" is equity, and a
# label naming the way back ("paid (refunded)", "paid (received)") keeps its sign.
_PAID = re.compile(r"\bpaid\b(?!\s*-\s*in\b|\s+in\s+capital\b)", re.I)
_PAID_BOTH_WAYS = re.compile(r"\(\s*(?:refund(?:ed|s)?|received|recovered|collected)\s*\)|\bpaid\s+(?:or|and)\s+received\b", re.I)


def label_names_direction(label: str) -> bool:
    """Whether a printed label itself says the line is a cost, a charge or an outflow (and so
    not a net or two-way line whose sign says which way it went)."""
    if _PAID.search(label) and not _PAID_BOTH_WAYS.search(label):
        return True
    if _PROFIT_LOSS.search(label) or _TWO_WAY.search(label):
        return bool(re.match(r"^\s*less\b", label, re.I)) and not _PROFIT_LOSS.search(label)
    return bool(_DIRECTION.search(label))


# A label naming income and nothing else: no net result ("net", "before", "from"), no other
# direction ("expense", "(loss)"), no parenthesised alternative.
_INCOME_ONLY = re.compile(r"\b(?:income|gains?)\b", re.I)
_NOT_INCOME_ONLY = re.compile(r"[()]|\b(?:net|before|after|from|expenses?|costs?|loss(?:es)?|charges?|operating|"
                              r"comprehensive|taxes|attributable|per|total)\b", re.I)
_CELL = re.compile(r"\(?\$?\s*\d[\d,]*(?:\.\d+)?\s*\)?")


def credit_among_costs(label: str, row: str) -> bool:
    """An income line ("Interest income", "Gain on sale of a business") whose row prints every
    cell in parentheses: a credit the statement sets against its costs, not a negative income."""
    bare = re.sub(r"\((?:notes?|see)\b[^)]*\)", "", label, flags=re.I)  # "(Note 4)": a reference, no alternative
    bare = re.sub(r",\s*net\s*$", "", bare, flags=re.I)  # "Gain on sale of assets, net": gains net of losses, one line
    if not _INCOME_ONLY.search(bare) or _NOT_INCOME_ONLY.search(bare):
        return False
    rest = row.split(label.strip(), 1)[-1] if label.strip() in row else row[len(label):]
    rest = re.sub(r"\((?:notes?|see)\b[^)]*\)", "", rest, flags=re.I)
    cells = [c.strip() for c in _CELL.findall(rest) if c.strip()]
    return bool(cells) and all(c.startswith("(") and c.endswith(")") for c in cells)


def is_magnitude(concept: str, label: str = "", row: str = "", statement: str = "") -> bool:
    """Whether a line counts as its size in answers and arithmetic: a cost or outflow concept, a
    liability, a row whose label names its direction, or an income printed as a credit among costs."""
    if bracket_meaning(label) not in (None, "used"):
        return False  # "Provision/(benefit) for taxes on income (71)": its brackets say a benefit, a genuine negative
    return (concept in COSTS or is_liability(concept, label, statement) or label_names_direction(label)
            or (bool(row) and credit_among_costs(label, row)))


def is_liability(concept: str | None, label: str, statement: str) -> bool:
    """A liability concept, or a balance-sheet row whose label the vocabulary reads as one (`liability_label`)."""
    return concept in LIABILITIES or (statement == "balance_sheet" and liability_label(label))


def liability_label(label: str) -> bool:
    """A balance-sheet row printed as a liability the vocabulary knows ("Trade and other payables"), looked up
    by its label; a net line ("Net current liabilities", "net current assets/(liabilities)") may be either way."""
    from assistant.core.finance.concepts import match_concept

    if re.match(r"\s*net\b", label, re.I) or re.search(r"\bassets\b", label, re.I):
        return False
    return match_concept(label, statement="balance_sheet") in LIABILITIES


# What a row's parentheses mean where its label says so. A label naming two directions puts the one its
# brackets show in parentheses: "Other (income) expense, net", "Provision for (benefit from) income
# taxes", "Net cash provided by (used in) investing activities", "Income tax (refunds)/payments",
# "Reclassification of (gains) losses". A cash flow line that only says "used in" or "used for" is
# printed in parentheses for that direction. Losses are not among these words: a loss asked keeps
# its minus sign, as analysts write it.
_CREDIT_WORD = r"(?:income|gains?|benefits?|refunds?|credits?|used|recover(?:y|ies))"
_IN_BRACKETS = re.compile(rf"\(\s*{_CREDIT_WORD}\b", re.I)
_USED = re.compile(r"\bused\s+(?:in|for|by)\b", re.I)
# A question asking cash that went out: "cash used for", "how much cash did it absorb", "the cash outflow".
# ... and what was paid for or spent on, asked of a cash flow line printed as a negative ("Investments in
# property, plant and equipment  -376": how much was paid for them is its size)
_CASH_OUT = re.compile(r"\b(?:use[sd]?|using)\s+(?:in|for|by)\b|\babsorb(?:s|ed)?\b|\boutflows?\b"
                       r"|\bpa(?:y|id)\s+for\b|\bspen[dt]\s+on\b", re.I)
_OTHER_WAY = re.compile(r"\b(?:expenses?|costs?|charges?|loss(?:es)?|payments?|provisions?|provided|deductions?)\b", re.I)
# A question that asks the signed figure itself.
_SIGNED_ASKED = re.compile(r"\bnegative\b|\bsigned\b|\bsign\b|\bminus\b|\bchange[ds]?\b|\bnet\s+of\b", re.I)
_WORD = re.compile(r"[a-z]+", re.I)
# A part of a whole asked ("how much of its earnings were allocated to ..."): a portion is a size.
_PORTION = re.compile(r"\bhow\s+much\s+of\b", re.I)
# A loss asked by name ("what loss from operations did it record", "how large a loss"): its size, as
# analysts write a loss they name, where the row is a bare item ("Commercial Aircraft ($905)");
# "what was the loss before ...", "income (loss)", "gain or loss" in the question, or a row
# printing a signed result ("Operating income (loss)"), keep the sign.
_LOSS_ASKED = re.compile(r"\b(?:what|how\s+(?:large|big|much))\s+(?:(?!(?:was|were|is|are|the)\b)[\w-]+\s+){0,3}"
                         r"loss(?:es)?\b(?!\s*\))", re.I)
_LOSS_NAMED = re.compile(r"\bloss(?:es)?\b(?!\s*\))", re.I)
_RESULT_NAMED = re.compile(r"\b(?:income|earnings|gains?|profits?)\s*(?:\(\s*|or\s+|/\s*)loss", re.I)


def _stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text)}


def names_only_loss(label: str) -> bool:
    """Whether a printed label names its line as a loss and nothing else ("Net loss attributable to
    noncontrolling interests", "Less: Comprehensive loss related to ..."): no income, gain or other
    direction beside it, no "(loss)" alternative to a result. Its bracketed cells are that loss."""
    return bool(_LOSS_NAMED.search(label)) and not _TWO_WAY.search(label) and not re.search(
        r"\(\s*loss|loss\s*\)|/", label, re.I)


def bracket_meaning(label: str) -> str | None:
    """The word saying what a bracketed cell of this row is: the credit or use its label puts in
    parentheses, or "used" of a one-way cash flow line. None where the label does not say."""
    m = _IN_BRACKETS.search(label)
    if m is not None:
        return _WORD.findall(m.group())[0].lower()
    if _USED.search(label) and not re.search(r"\bprovided\b", label, re.I):
        return "used"
    return None


def asked_as_size(question: str, label: str, statement: str = "") -> bool:
    """A bracketed cell asked for by what its brackets mean: "how much income" of "Other (income)
    expense, net (280)", "cash used in investing" of "Net cash used in investing activities (176)",
    "cash used for" any bracketed line of a cash flow statement. The figure asked is the size; a
    question that also names the label's other direction ("other (income) expense"), or asks a
    signed figure or a change, keeps the sign. A portion asked ("how much of its earnings went to")
    is a size, and so is a loss the question names where the row prints no signed result."""
    if _SIGNED_ASKED.search(question):
        return False
    if _PORTION.search(question):
        return True
    if (_LOSS_ASKED.search(question) and not _RESULT_NAMED.search(question)
            and not (_PROFIT_LOSS.search(label) or _TWO_WAY.search(label))):
        return True  # a loss named, of a row that does not print a signed result ("Operating income (loss)")
    if _LOSS_NAMED.search(question) and not _RESULT_NAMED.search(question) and names_only_loss(label):
        return True  # "net loss attributable to X" asked of the row so labelled: its brackets are the loss
    if statement == "cash_flow" and _CASH_OUT.search(question) and not re.search(r"\bprovided\b", question, re.I):
        return True  # "cash used for debt redemption", "cash the increase absorbed": the outflow's size
    word = bracket_meaning(label)
    if word is None:
        return False
    if word == "used" and _CASH_OUT.search(question) and not re.search(r"\bprovided\b", question, re.I):
        return True  # "how much cash did it use in financing" of "Net cash (used)/provided by financing"
    asked = _stems(question)
    others = _stems(" ".join(_OTHER_WAY.findall(label)))
    how = _HOW_MUCH.search(question)
    if how is not None:  # "other (income) expense, net: how much net other income?": what "how much" (or "give the") names is asked
        named = _stems(" ".join(_WORD.findall(how.group(1))[:5]))
        if _stems(word) & named and not others & named:
            return True
    return bool(_stems(word) & asked) and not (others & asked)


# A table's title sentence ending in a colon that puts one direction of its total in brackets: "a
# reconciliation of the U.S. federal statutory tax to actual income tax (benefit)/expense:".
_TITLE_BRACKET = re.compile(r"(?im)^[^\n]*\b[a-z]+\s+\(([a-z]+)\)\s*/\s*([a-z]+)\b[^\n]*:\s*$")


def title_bracket(text_above: str) -> tuple[str, str] | None:
    """The direction a table's title puts in brackets (the last such title above its row), which is
    what a bracketed cell of the table is: in a reconciliation to "income tax (benefit)/expense", a
    bracketed line is a benefit; with the other direction ("expense"). None where no title above says."""
    found = _TITLE_BRACKET.findall(text_above)
    return (found[-1][0].lower(), found[-1][1].lower()) if found else None


def asked_by_title(question: str, label: str, text_above: str) -> bool:
    """A bracketed cell asked for by what its table's title says its brackets are ("what tax
    benefit came from research credits" in a reconciliation to "income tax (benefit)/expense"): the
    figure asked is its size. Not where the row's own label says what its brackets are, nor where the
    question asks a signed figure or also names the other direction."""
    words = title_bracket(text_above)
    if words is None or bracket_meaning(label) is not None or _SIGNED_ASKED.search(question):
        return False
    asked = _stems(question)
    return stem(words[0]) in asked and stem(words[1]) not in asked


# What "how much" asks, up to the end of its clause.
_HOW_MUCH = re.compile(r"\b(?:how\s+much|give\s+the)\s+([^?,.;:]{1,60})", re.I)
# A question that says which way it wants a figure negative: "negative for a loss", "negative if a credit".
_NEGATIVE_FOR = re.compile(r"\bnegative\s+(?:if|for|when)\s+(?:it\s+(?:is|was)\s+)?(?:an?\s+)?(loss|credit|deficit|outflow)",
                           re.I)
# Words that tie a direction to the figure right after it: "a loss of $203 million", "deficit was $12 million".
_TIE = r"(?:(?:of|was|were|is|totall?(?:ed|ing)|amount(?:ed|ing)\s+to|approximately|about)\s+)"


def negative_asked(question: str) -> str | None:
    """The direction a question wants given as a negative figure ("loss" of "negative for a loss"), else None."""
    m = _NEGATIVE_FOR.search(question)
    return m.group(1).lower() if m is not None else None


def states_direction(before: str, word: str) -> bool:
    """Whether a sentence names `word` as what the figure after `before` is ("MGM China's EBITDAR loss
    of "): within its clause, the direction and at most two tying words before the figure."""
    clause = re.split(r"[.;]|\bcompared\b|\bversus\b|\bvs\b", before)[-1]
    return re.search(rf"\b{word}(?:es|s)?\s+{_TIE}{{1,2}}\$?\s*$", clause, re.I) is not None
