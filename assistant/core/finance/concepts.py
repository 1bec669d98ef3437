"""Concepts: the line items statements report, named after their US-GAAP elements.

Each concept has the statement it lives on, the US-GAAP element it corresponds to (for a
reader who knows XBRL) and the ways filings label it. `match_concept(label, heading)` maps a
printed row label, read together with the heading it sits under ("Diluted" under "Earnings
per share"), to a concept: first by the label patterns, then, for labels never seen, by word
overlap with the concept's names (a tolerant fallback that asks for most of a name's words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["CONCEPTS", "Concept", "clean_label", "concept", "match_concept", "match_ranked", "row_unit"]


@dataclass(frozen=True)
class Concept:
    name: str
    title: str  # how an answer names it
    statement: str  # balance_sheet (an instant), income_statement or cash_flow (a duration)
    gaap: str  # the nearest US-GAAP element
    patterns: tuple[str, ...]  # full-match regexes over the cleaned, lower-case label
    unit: str = "USD"  # USD, USD/share, shares
    fuzzy: bool = True  # also matched by name words when no pattern matches

    @property
    def instant(self) -> bool:
        return self.statement == "balance_sheet"


def _c(name: str, title: str, statement: str, gaap: str, *patterns: str, unit: str = "USD", fuzzy: bool = True) -> Concept:
    return Concept(name, title, statement, gaap, tuple(patterns), unit, fuzzy)


_IS, _BS, _CF = "income_statement", "balance_sheet", "cash_flow"
# A weighted-average share count's row, as printed ("Weighted-average shares––basic", "Weighted average number of
# shares outstanding – Diluted", "Weighted-average basic shares", "Average shares outstanding (Diluted)").
_COUNT = r"(?:weighted[\s-]+)?average\s+(?:number\s+of\s+)?(?:common\s+|ordinary\s+)?shares(?:\s+outstanding)?"


def _share_count(which: str) -> tuple[str, ...]:
    """The label patterns of the basic or the diluted weighted-average share count."""
    return (rf"{_COUNT}\s*\({which}\)", rf"{_COUNT}\W+{which}",
            rf"(?:weighted[\s-]+)?average\s+{which}\s+(?:common\s+|ordinary\s+)?shares(?:\s+outstanding)?",
            rf"{which}\s+(?:weighted[\s-]+)?average\s+(?:common\s+|ordinary\s+)?shares(?:\s+outstanding)?")


# A net intangible line's trailing words ("Intangible assets, net of accumulated amortization of $1,234").
_LESS_AMORTIZATION = r"(?:,?\s+(?:net\s+of|less)\s+accumulated\s+amortization.*)?"


def _activities(which: str) -> tuple[str, ...]:
    """The label patterns of the net cash of investing or financing activities, every way of naming its direction."""
    direction = (r"(?:provided\s+by|from|\(used\s+(?:in|for|by)\)|used\s+(?:in|for|by)|provided\s+by\s*/?\s*\(used\s+(?:in|for)\)"
                 r"|\(used\s+(?:in|for)\)\s*/?\s*provided\s+by|provided\s+by\s*/?\s*\(?used\s+(?:in|for)\)?|provided\s+\(used\)"
                 r"|\(?used\)?\s+(?:in|for)\s*/?\s*provided\s+by|(?:provided|used)\s+by\s*\((?:provided|used)\s+(?:by|in|for)\)"
                 r"|provided\s*/\s*\(?used\)?\s+(?:by|in|for)|\(?used\)?\s*/\s*provided\s+(?:by|in|for))")  # "provided/(used) by"
    return (rf"(?:net|total)\s+cash\s+(?:flows?\s+)?{direction}\s*(?:\(used\s+in\)\s+)?(?:by\s+)?{which}\s+activities",
            rf"cash\s+(?:flows?\s+)?{direction}\s*(?:by\s+)?{which}\s+activities",
            rf"net\s+cash\s+(?:flows?\s+)?(?:from|for)\s+{which}(?:\s+activities)?",
            rf"(?:net\s+)?cash\s+flows?\s+(?:from|used\s+in)\s+{which}\s+activities")


# The names IAS 1 gives the lines, as IFRS reports print them: "Profit before tax", "(Loss)/profit before
# taxation", "Profit for the year", "Loss for the period" (net income including non-controlling interests).
_PROFIT_OR_LOSS = r"(?:profit|loss|\(loss\)|\(profit\))(?:\s*/\s*\(?(?:profit|loss)\)?)?"
_IFRS_PRETAX = rf"{_PROFIT_OR_LOSS}(?:\s+from\s+continuing\s+operations)?\s+before\s+(?:income\s+)?tax(?:ation|es)?"
_IFRS_PROFIT = rf"(?:net\s+)?{_PROFIT_OR_LOSS}\s+for\s+the\s+(?:financial\s+)?(?:year|period)"


# Earnings per share named by dilution, as IFRS reports print it: "Earnings per share after dilution, SEK",
# "Earnings per share before dilution" (the currency it is in may follow).
_EPS_DILUTION = r"(?:earnings|profit)\s+per\s+(?:ordinary\s+)?share,?\s+{}\s+dilution(?:,?\s*\(?[a-z]{{3}}\)?)?"


# Order matters: the first concept whose pattern matches wins (totals before parts).
CONCEPTS: tuple[Concept, ...] = (
    _c("revenue", "revenue", _IS, "Revenues",
       r"(?:total\s+)?(?:net\s+)?(?:operating\s+)?revenues?(?:,?\s+net)?", r"(?:total\s+)?net\s+sales",
       r"(?:total\s+)?sales(?:\s+to\s+customers)?", r"total\s+(?:net\s+)?(?:operating\s+)?revenues?(?:\s+and\s+other\s+income)?",
       r"total\s+revenues?\s+net\s+of\s+interest\s+expense",
       r"revenues?\s+from\s+contracts?\s+with\s+customers"),
    _c("cost_of_sales", "cost of sales", _IS, "CostOfGoodsAndServicesSold",
       r"(?:total\s+)?cost\s+of\s+(?:goods\s+sold|sales|revenues?|products\s+sold|merchandise\s+sold)(?:\s*\(.*\))?",
       r"cost\s+of\s+goods\s+and\s+services\s+sold", r"cost\s+of\s+sales\s+and\s+services"),
    _c("gross_profit", "gross profit", _IS, "GrossProfit", r"gross\s+(?:profit|margin)"),
    _c("sga", "SG&A", _IS, "SellingGeneralAndAdministrativeExpense",
       r"selling,?\s+(?:general|marketing)\s+and\s+administrative\s+expenses?", r"sg\s*&\s*a(?:\s+expenses?)?",
       r"selling,?\s+general,?\s+(?:and|&)\s+administrative(?:\s+expenses?)?",
       r"(?:total\s+)?selling,?\s+(?:[a-z]+,?\s+)?(?:and|&)\s+administrative(?:\s+expenses?)?"),
    _c("depreciation_amortization", "depreciation and amortization", _CF, "DepreciationDepletionAndAmortization",
       r"depreciation(?:,?\s+(?:depletion\s+)?and\s+amortization)?(?:\s+expense)?(?:\s+of\s+property(?:\s+and\s+intangibles)?)?",
       r"depreciation\s+and\s+amortization\s+of\s+.*"),
    _c("operating_income", "operating income", _IS, "OperatingIncomeLoss",
       r"operating\s+(?:income|profit|earnings)(?:\s*\(loss\))?", r"(?:income|earnings|loss)(?:\s*\((?:loss|income)\))?\s+from\s+operations",
       r"operating\s+(?:loss|income\s+\(loss\))"),
    _c("rnd", "research and development expense", _IS, "ResearchAndDevelopmentExpense",
       r"research\s+(?:and|&)\s+development(?:\s+expenses?)?"),
    _c("interest_expense", "interest expense", _IS, "InterestExpense",
       r"interest\s+expense(?:,?\s+net)?(?:,?\s+net\s+of\s+.*)?"),
    _c("pretax_income", "income before income taxes", _IS, "IncomeLossFromContinuingOperationsBeforeIncomeTaxes",
       r"(?:income|earnings)(?:\s+from\s+continuing\s+operations)?\s+before\s+(?:provision\s+for\s+)?(?:income\s+tax(?:es)?"
       r"|taxes\s+on\s+income)(?:\s+expense)?(?:\s+and\s+equity\s+in\s+.*)?",
       r"(?:income|earnings)(?:\s*/?\s*\((?:loss|income)\))?(?:\s+from\s+continuing\s+operations)?\s+before\s+(?:(?:the\s+)?"
       r"(?:provision|benefit)\s*(?:/\s*\(benefit\)\s*|\s+for\s*/\s*\(benefit\s+from\)\s*)?(?:for\s+)?)?(?:income\s+tax(?:es)?|taxes"
       r"\s+on\s+income)(?:\s+(?:expense|provision|\(?benefit\)?|provision\s*\(benefit\)))?(?:\s+from\s+continuing\s+operations)?",
       _IFRS_PRETAX),
    _c("income_tax", "income tax expense", _IS, "IncomeTaxExpenseBenefit",
       r"(?:provision\s+for|benefit\s+from)\s+(?:\(benefit\s+from\)\s+)?(?:income\s+taxes|taxes\s+on\s+income)",
       r"income\s+tax(?:es)?(?:\s+expense)?(?:\s*\(benefit\))?", r"income\s+tax\s+(?:provision|expense\s+\(benefit\))",
       r"provision\s*(?:/\s*\(benefit\)\s*for|\s+for\s*/\s*\(benefit\s+from\))\s+(?:income\s+taxes|taxes\s+on\s+income)",
       r"(?:income\s+tax|provision\s+for\s+income\s+taxes)\s*(?:provision\s*)?(?:/\s*)?\(benefit\)"),
    _c("net_income_attributable", "net income attributable to shareholders", _IS, "NetIncomeLoss",
       r"net\s+(?:income|earnings|loss|\(loss\)\s+income|income\s+\(loss\))\s+attributable\s+to\s+(?!non-?controlling|minority).+",
       r"net\s+(?:income|earnings)\s+attributable\s+to\s+(?:common\s+)?(?:share|stock)holders"),
    _c("net_income", "net income", _IS, "ProfitLoss",
       r"net\s+(?:income|earnings)(?:\s*\(loss\))?(?:\s+including\s+non-?controlling\s+interests?)?",
       r"net\s+(?:income|earnings|loss)(?:\s*\(loss\))?\s+before\s+allocation\s+to\s+non-?controlling\s+interests?",
       r"net\s+loss", r"consolidated\s+net\s+(?:income|earnings)", r"net\s+(?:income|earnings)\s*/\s*\(loss\)",
       _IFRS_PROFIT),
    _c("eps_diluted", "diluted EPS", _IS, "EarningsPerShareDiluted",
       r"diluted(?:\s+(?:net\s+)?(?:earnings|income|loss|\(loss\)\s+earnings|earnings\s+\(loss\))\s+per\s+(?:common\s+)?share)?",
       r"(?:net\s+)?(?:earnings|income)\s+per\s+(?:common\s+)?share\s*\(?(?:-\s*)?diluted\)?",
       r"diluted\s+(?:net\s+)?(?:earnings|income)\s+per\s+(?:common\s+)?share\s+attributable\s+to\s+(?!non-?controlling|minority).+",
       _EPS_DILUTION.format("after"), unit="USD/share"),
    _c("eps_basic", "basic EPS", _IS, "EarningsPerShareBasic",
       r"basic(?:\s+(?:net\s+)?(?:earnings|income|loss|\(loss\)\s+earnings|earnings\s+\(loss\))\s+per\s+(?:common\s+)?share)?",
       r"(?:net\s+)?(?:earnings|income)\s+per\s+(?:common\s+)?share\s*\(?(?:-\s*)?basic\)?",
       r"basic\s+(?:net\s+)?(?:earnings|income)\s+per\s+(?:common\s+)?share\s+attributable\s+to\s+(?!non-?controlling|minority).+",
       _EPS_DILUTION.format("before"), unit="USD/share"),
    _c("shares_outstanding", "diluted weighted-average shares", _IS, "WeightedAverageNumberOfDilutedSharesOutstanding",
       *_share_count("diluted"), unit="shares"),
    _c("shares_basic", "basic weighted-average shares", _IS, "WeightedAverageNumberOfSharesOutstandingBasic",
       *_share_count("basic"), unit="shares"),
    _c("cash_from_operations", "cash from operations", _CF, "NetCashProvidedByUsedInOperatingActivities",
       r"(?:net|total)\s+cash\s+(?:flows?\s+)?(?:provided\s+by|from|\(used\s+(?:in|for)\)|used\s+(?:in|for)|provided\s+by\s+\(used\s+in\)"
       r"|\(used\s+for\)/provided\s+by|provided\s+by/\(used\s+for\))\s*(?:\(used\s+in\)\s+)?operating\s+activities",
       r"cash\s+(?:flows?\s+)?(?:provided\s+by|from)\s+operations", r"net\s+cash\s+from\s+operating\s+activities",
       r"(?:net\s+)?cash\s+provided\s+(?:\(used\)\s+)?by\s+(?:\(used\s+in\)\s+)?operations",
       r"net\s+cash\s+provided\s+by\s+operating\s+activities\s+from\s+continuing\s+operations",
       r"cash\s+flows?\s+from\s+operating\s+activities"),  # IFRS reports drop "net": "Cash flow from operating activities"
    _c("capex", "capital expenditures", _CF, "PaymentsToAcquirePropertyPlantAndEquipment",
       r"capital\s+(?:expenditures?|spending)(?:\s*\(.*\))?", r"(?:additions\s+to|purchases?\s+of|payments\s+for)\s+(?:property"
       r"(?:,?\s+plant)?|premises),?\s+and\s+equipment(?:,?\s+and\s+.*|,?\s+net\s+of\s+.*)?",
       # as IFRS cash flow statements name the outflow: "Investments in property, plant and equipment"
       r"(?:investments?\s+in|acquisitions?\s+of)\s+property,?\s+plant\s+and\s+equipment"),
    _c("dividends_paid", "dividends paid", _CF, "PaymentsOfDividends",
       r"(?:cash\s+)?dividends\s+(?:paid|to\s+(?:share|stock)holders)(?:\s+to\s+.*)?", r"payments?\s+of\s+(?:cash\s+)?dividends",
       r"(?:cash\s+)?dividends\s*(?:[—–-]\s*|on\s+|paid\s+on\s+)?common(?:\s+(?:stock|shares))?(?:\s+and\s+preferred)?"),
    _c("share_repurchases", "share repurchases", _CF, "PaymentsForRepurchaseOfCommonStock",
       r"(?:share\s+)?repurchases?\s+(?:of\s+)?(?:common\s+(?:stock|shares)|-\s*common)", r"share\s+repurchases(?:\s*-\s*common)?",
       r"purchases?\s+of\s+(?:treasury|common)\s+(?:stock|shares)"),
    _c("cash", "cash and cash equivalents", _BS, "CashAndCashEquivalentsAtCarryingValue",
       r"cash\s+and\s+(?:cash\s+)?equivalents", r"cash"),
    _c("short_term_investments", "short-term investments", _BS, "ShortTermInvestments",
       r"short[\s-]+term\s+investments", r"marketable\s+securities"),
    _c("receivables", "receivables", _BS, "AccountsReceivableNetCurrent",
       r"(?:trade\s+)?(?:accounts\s+)?(?:and\s+notes\s+)?receivables?(?:\s+trade)?(?:,?\s+net)?(?:,?\s+less\s+allowances?.*)?",
       r"accounts\s+and\s+notes\s+receivable,?\s+net", r"accounts\s+receivable,?\s+net(?:\s+of\s+.*)?",
       r"(?:trade\s+)?(?:accounts\s+)?receivables?,?\s+net\s+of\s+(?:the\s+)?allowances?\s+.*",
       r"trade\s+and\s+other\s+receivables?"),
    _c("inventories", "inventories", _BS, "InventoryNet", r"(?:merchandise\s+)?inventor(?:y|ies)(?:,?\s+net)?"),
    _c("total_current_assets", "total current assets", _BS, "AssetsCurrent", r"total\s+current\s+assets"),
    _c("ppe_net", "net PP&E", _BS, "PropertyPlantAndEquipmentNet",
       r"(?:net\s+)?property(?:,?\s+plant)?,?\s+and\s+equipment,?\s+net", r"net\s+property(?:,?\s+plant)?,?\s+and\s+equipment",
       r"(?:property(?:,?\s+plant)?|premises),?\s+and\s+equipment,?\s+(?:net,?\s+)?(?:less|net\s+of)\s+accumulated\s+depreciation.*",
       r"(?:net\s+)?premises\s+and\s+equipment(?:,?\s+net)?"),
    _c("goodwill", "goodwill", _BS, "Goodwill", r"goodwill(?:,?\s+net)?", fuzzy=False),  # by its label only, as the s28 lines
    _c("total_assets", "total assets", _BS, "Assets", r"total\s+assets"),
    _c("accounts_payable", "accounts payable", _BS, "AccountsPayableCurrent", r"(?:trade\s+)?accounts\s+payable(?:,?\s+trade)?",
       r"trade\s+(?:and\s+other\s+)?payables?"),
    _c("short_term_debt", "short-term debt", _BS, "DebtCurrent",
       r"short[\s-]+term\s+(?:debt|borrowings)(?:\s+obligations)?", r"current\s+(?:portion|maturities)\s+of\s+long[\s-]+term\s+debt",
       r"debt\s+maturing\s+within\s+one\s+year", r"loans\s+and\s+notes\s+payable", r"notes\s+payable",
       r"short[\s-]+term\s+(?:debt|borrowings)(?:,?\s+(?:and|including)\s+(?:the\s+)?current\s+(?:portion|maturities)\s+of\s+"
       r"long[\s-]+term\s+(?:debt|borrowings)).*"),
    _c("total_current_liabilities", "total current liabilities", _BS, "LiabilitiesCurrent", r"total\s+current\s+liabilities"),
    _c("long_term_debt", "long-term debt", _BS, "LongTermDebtNoncurrent",
       r"long[\s-]+term\s+debt(?:\s+obligations)?(?:,?\s+(?:net|less\s+current\s+(?:portion|maturities)))?",
       r"long[\s-]+term\s+borrowings"),
    _c("total_liabilities", "total liabilities", _BS, "Liabilities", r"total\s+liabilities"),
    _c("total_liabilities_and_equity", "total liabilities and equity", _BS, "LiabilitiesAndStockholdersEquity",
       r"total\s+liabilities(?:,\s+(?:redeemable\s+)?[a-z\s-]{0,60})?,?\s+and\s+(?:total\s+)?(?:(?:share|stock)(?:holders|owners)['’]?\s+)?"
       r"(?:equity|investment)(?:\s*\(deficit\)|\s*/\s*\(deficit\))?", fuzzy=False),  # before total equity: its name ends with equity
    _c("total_equity", "total equity", _BS, "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest",
       r"total\s+equity", r"total\s+(?:share|stock)holders['’]?\s+equity", r"total\s+.{0,40}\s+(?:share|stock)holders['’]?\s+equity",
       r"total\s+(?!.*liabilit)(?:.{0,40}\s+)?(?:(?:share|stock)holders['’]?\s+)?(?:equity\s*\(deficit\)|deficit|equity\s*/\s*\(deficit\))"),
    # Common lines every filing prints (session 28; goodwill sits above). Each is read only from its own label's full wording,
    # never by name words (fuzzy=False): "Goodwill impairment", "Net interest income" or "Deferred revenue, non-current"
    # are other lines, and a line no pattern names is better left unnamed than named by a guess.
    _c("intangible_assets", "intangible assets", _BS, "IntangibleAssetsNetExcludingGoodwill",
       rf"(?:other\s+|identifiable\s+|acquired\s+|purchased\s+)?intangible\s+assets?(?:,?\s+net)?{_LESS_AMORTIZATION}",
       rf"(?:other\s+)?intangibles(?:,?\s+net)?{_LESS_AMORTIZATION}", fuzzy=False),
    _c("retained_earnings", "retained earnings", _BS, "RetainedEarningsAccumulatedDeficit",
       r"retained\s+earnings(?:\s*\(?(?:accumulated\s+)?deficit\)?)?", r"(?:accumulated\s+deficit|deficit\s+accumulated)",
       r"reinvested\s+earnings", r"earnings\s+(?:retained|reinvested)\s+in\s+the\s+business",
       r"(?:accumulated\s+deficit|\(accumulated\s+deficit\))\s*/?\s*retained\s+earnings", fuzzy=False),
    _c("deferred_revenue", "deferred revenue", _BS, "ContractWithCustomerLiabilityCurrent",
       r"(?:current\s+)?(?:deferred|unearned)\s+revenues?(?:,?\s+current)?", fuzzy=False),
    _c("operating_lease_assets", "operating lease right-of-use assets", _BS, "OperatingLeaseRightOfUseAsset",
       r"operating\s+lease\s+(?:right[\s-]+of[\s-]+use\s+)?assets?(?:,?\s+net)?", r"operating\s+lease\s+rou\s+assets?(?:,?\s+net)?",
       r"right[\s-]+of[\s-]+use\s+assets?\s+(?:from|under|for)\s+operating\s+leases(?:,?\s+net)?", fuzzy=False),
    _c("cash_from_investing", "cash from investing activities", _CF, "NetCashProvidedByUsedInInvestingActivities",
       *_activities("investing"), fuzzy=False),
    _c("cash_from_financing", "cash from financing activities", _CF, "NetCashProvidedByUsedInFinancingActivities",
       *_activities("financing"), fuzzy=False),
    _c("stock_compensation", "stock-based compensation", _CF, "ShareBasedCompensation",
       r"(?:stock|share|equity)[\s-]+based\s+compensation(?:\s+(?:expense|costs?))?", r"stock\s+compensation(?:\s+expense)?",
       r"share[\s-]+based\s+plans\s+expense", fuzzy=False),
    _c("debt_proceeds", "proceeds from long-term debt", _CF, "ProceedsFromIssuanceOfLongTermDebt",
       r"proceeds\s+from\s+(?:the\s+)?(?:issuances?\s+of\s+)?long[\s-]+term\s+(?:debt|borrowings)(?:,?\s+net(?:\s+of\s+.*)?)?",
       r"(?:issuances?|borrowings?)\s+of\s+long[\s-]+term\s+debt(?:,?\s+net(?:\s+of\s+.*)?)?", fuzzy=False),
    _c("debt_repayments", "repayments of long-term debt", _CF, "RepaymentsOfLongTermDebt",
       r"(?:re)?payments?\s+(?:of|on)\s+long[\s-]+term\s+(?:debt|borrowings)", r"(?:retirements?|repayments?)\s+of\s+long[\s-]+term\s+debt",
       r"long[\s-]+term\s+debt\s+(?:repayments?|payments?|retirements?)", fuzzy=False),
    _c("interest_income", "interest income", _IS, "InvestmentIncomeInterest",
       r"(?:total\s+)?interest\s+income", r"interest\s+and\s+dividend\s+income", fuzzy=False),
)
_BY_NAME = {c.name: c for c in CONCEPTS}
_COMPILED = [(c, [re.compile(p) for p in c.patterns]) for c in CONCEPTS]
# A heading that changes what a generic row means.
_EPS_HEADING = re.compile(r"per\s+(?:common\s+)?share|\beps\b")
_SHARES_HEADING = re.compile(r"shares\s+outstanding|average\s+(?:common\s+)?shares|number\s+of\s+shares")
# Note marks, and what a line "includes" (the line is still the whole item).
_NOTES = re.compile(r"\((?:see\s+)?notes?\s[^)]*\)|\((?:[a-z]|\d{1,2})\)|\*+$|\(\s*includ(?:es|ing|ed)\b[^)]*\)?", re.I)
_WORDS = re.compile(r"[a-z&]+")
_STOP = frozenset({"and", "of", "the", "to", "for", "in", "net", "total", "from", "by", "on", "less"})


_SHARE_COUNTS = {"diluted": "shares_outstanding", "basic": "shares_basic"}


def _count_kind(text: str) -> str | None:
    """ "diluted" or "basic": which share count a label (or its heading) names, None for neither. A row
    "Basic and diluted" is the diluted count too (the two are equal)."""
    if re.search(r"\bdiluted\b|assuming\s+dilution", text):
        return "diluted"
    return "basic" if re.search(r"\bbasic\b", text) else None


def concept(name: str) -> Concept:
    return _BY_NAME[name]


_OWN_ABBREVIATION = re.compile(r"\s\((?:[A-Z][A-Z&]{1,7})\)\s*$")


def clean_label(label: str) -> str:
    """ "Inventories (Notes 1 and 3)" → "inventories"; spacing, case and note marks removed."""
    text = _NOTES.sub(" ", label.replace("’", "'"))
    # "Operating profit (EBIT)", "Research and development (R&D)": the line's own abbreviation restates it
    text = _OWN_ABBREVIATION.sub(" ", text)
    # A leading sign word ("Less: X") stays: concept matching reads the label as printed, and
    # `answer.row_names.row_name` drops it where a row is named by a question.
    text = re.sub(r"[:$]+", " ", text)
    return re.sub(r"\s+", " ", text).strip(" ,.-").lower()


def _heading_kind(heading: str) -> str | None:
    h = clean_label(heading)
    if len(h) > 70 or h.startswith(("common stock", "preferred stock")):
        return None  # a long line above a row is wrapped label text, not a heading
    if _SHARES_HEADING.search(h):
        return "shares"
    if _EPS_HEADING.search(h):
        return "eps"
    if h in ("diluted", "basic"):
        return h
    return None


# A row that counts shares ("Weighted-average shares outstanding (in millions)", "Number of shares used in ...") and
# one stated per share ("Dividends declared per common share"); a bracket's words ("Dividends declared ($2.585 per
# share)", "... (1,448 million shares, respectively)") and a par value name no unit of the row's figures.
_COUNT_ROW = re.compile(r"(?:weighted[\s-]+)?average\s+(?:number\s+of\s+)?(?:[a-z]+\s+){0,2}shares\b|"
                        r"number\s+of\s+(?:[a-z]+\s+){0,2}shares\b|shares\s+used\b")
_PER_SHARE_ROW = re.compile(r"\bper\s+(?:(?:basic|diluted|common|ordinary)\s+)*(?:share|ads)\b|\beps\b")
_BRACKETED = re.compile(r"\([^)]*\)?")


_PERCENT_ROW = re.compile(r"(?:,|\s|\()\s*%\s*\)?\s*$|\bin\s+%")


def row_unit(label: str, heading: str = "") -> str:
    """The unit of a row no concept names, from its label and the heading it sits under: USD/share for
    a figure per share, shares for a share count, percent for a row naming "%" last, else USD (the table's
    amounts)."""
    if _PERCENT_ROW.search(label):
        return "percent"  # "Adjusted EBITA margin, %", "Gross margin (%)": a rate, not an amount in the table's scale
    text = _BRACKETED.sub(" ", clean_label(label))
    if "par value" in text:
        return "USD"
    kind = _heading_kind(heading) if heading else None
    bare = not re.search(r"[a-z]", re.sub(r"\b(?:basic|diluted|and)\b", "", text))
    if _PER_SHARE_ROW.search(text) or (kind == "eps" and not re.search(r"\bshares\b|dividend", text)):
        return "USD/share"
    if _COUNT_ROW.match(text) or (kind == "shares" and (bare or re.search(r"\bshares\b|dilutive", text))):
        return "shares"
    return "USD"


def match_concept(label: str, heading: str = "", statement: str | None = None) -> str | None:
    """The concept a row label names, or None. `heading` is the label-only line above the row."""
    found = match_ranked(label, heading, statement)
    return found[0] if found else None


@lru_cache(maxsize=8192)
def match_ranked(label: str, heading: str = "", statement: str | None = None) -> tuple[str, int] | None:
    """(concept, rank): rank is the matching pattern's place (0 = the most typical label), 99 fuzzy."""
    text = clean_label(label)
    if not text:
        return None
    kind = _heading_kind(heading) if heading else None
    h = clean_label(heading)
    # Rows under "Earnings per share" / "Weighted-average shares" take their meaning from it.
    counts = bool(re.search(r"\bshares\b|dividends?", text))  # a share count or dividend under the heading
    if (kind == "eps" and not counts) or (kind in ("diluted", "basic") and "per" in text and "share" in text):
        if re.search(r"continuing|discontinued", text):
            return None
        which = "diluted" if "diluted" in text or "diluted" in h else "basic" if "basic" in text or "basic" in h else ""
        return (f"eps_{which}", 0) if which else None
    if kind == "shares" or (kind in ("diluted", "basic") and "shares" in text):
        count = _count_kind(text) or _count_kind(h)
        return (_SHARE_COUNTS[count], 0) if count else None
    if re.search(r"shares\s+outstanding", text) and (count := _count_kind(text)):
        return (_SHARE_COUNTS[count], 0)
    if kind and re.match(_COUNT, text) and (count := _count_kind(text) or _count_kind(h)):
        # "Weighted-average shares outstanding" under "Basic Earnings Per Common Share": that count; a row
        # naming its own ("Weighted-average shares––basic" under "Earnings per share––diluted:") is that one
        return (_SHARE_COUNTS[count], 0)
    if text in ("basic", "diluted"):
        return None  # a bare Basic/Diluted row with no heading to say what it counts
    for c, regexes in _COMPILED:
        if not _allowed(c, statement):
            continue
        for rank, regex in enumerate(regexes):
            if regex.fullmatch(text):
                # "Accounts receivable, net" is the balance, not the gross line above it.
                net = 0 if (not c.instant or re.search(r"\bnet\b", text)) else 1
                return c.name, rank * 2 + net
    fuzzy = _fuzzy(text, statement)
    return (fuzzy, 99) if fuzzy else None


def _allowed(c: Concept, statement: str | None) -> bool:
    """A concept is read from its own statement (net income also heads the cash flow statement;
    some income statements show D&A as a line)."""
    if statement in ("equity", "comprehensive_income"):
        return statement == "comprehensive_income" and c.name == "net_income"
    if statement not in ("balance_sheet", "income_statement", "cash_flow"):
        return True
    if statement == c.statement:
        return True
    return (statement, c.name) in {("cash_flow", "net_income"), ("income_statement", "depreciation_amortization")}


def _tokens(text: str) -> set[str]:
    return {w.rstrip("s") for w in _WORDS.findall(text) if w not in _STOP}


@lru_cache(maxsize=1)
def _names() -> list[tuple[str, set[str]]]:
    out = []
    for c in CONCEPTS:
        if not c.fuzzy:
            continue
        for phrase in (c.title, c.name.replace("_", " ")):
            toks = _tokens(phrase)
            if toks:
                out.append((c.name, toks))
        gaap = re.sub(r"(?<!^)(?=[A-Z])", " ", c.gaap).lower()
        out.append((c.name, _tokens(gaap)))
    return out


def _fuzzy(text: str, statement: str | None) -> str | None:
    """Unseen labels: a concept whose name words all appear, with few words left over."""
    if re.search(r"non-?controlling|minority|per\s+share|%|percent|discontinued|other\b", text):
        return None
    words = _tokens(text)
    if not words or len(words) > 8:
        return None
    best: tuple[float, str] | None = None
    for name, toks in _names():
        if not _allowed(_BY_NAME[name], statement):
            continue
        if not toks <= words:
            continue
        score = len(toks) / len(words)
        if score >= 0.6 and (best is None or score > best[0]):
            best = (score, name)
    return best[1] if best else None
