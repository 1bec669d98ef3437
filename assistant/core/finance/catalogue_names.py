"""How questions name the catalogue's standard metrics ("gross margin", "DIO", "ROE"): the patterns
`plan.plan_question` reads a metric by, and lookups by name. Kept apart from `plan.py` so that
module stays one concern (from a question to a plan)."""

from __future__ import annotations

import re

CATALOGUE: list[tuple[str, str]] = [
    (r"cash\s+conversion\s+cycle", "ccc"),
    # the days metrics also by their British and analysts' names, "stock days", "debtor days", "payable days",
    # and as the days of revenue a balance stands for, "how many days of revenue were outstanding"
    (r"days\s+(?:of\s+)?inventory(?:\s+outstanding)?|\bDIO\b|(?:inventory|stock)\s+days", "dio"),
    (r"days\s+sales\s+outstanding|\bDSO\b|(?:debtors?|receivables?)\s+days|"
     r"days\s+of\s+(?:revenue|sales)\b[^?.]{0,40}\boutstanding", "dso"),
    (r"days\s+payables?\s+outstanding|\bDPO\b|(?:creditors?|payables?)\s+days", "dpo"),
    (r"inventory\s+turnover", "inventory_turnover"),
    (r"receivables?\s+turnover", "receivables_turnover"),
    (r"payables?\s+turnover", "payables_turnover"),
    (r"fixed[\s-]+asset\s+turnover|pp&e\s+turnover", "fixed_asset_turnover"),
    (r"asset\s+turnover", "asset_turnover"),
    (r"current\s+ratio", "current_ratio"),
    (r"quick\s+ratio|acid[\s-]+test", "quick_ratio"),
    (r"long[\s-]+term[\s-]+debt[\s-]+to[\s-]+(?:total\s+)?equity", "lt_debt_to_equity"),
    (r"debt[\s-]+to[\s-]+equity|\bd/e\b", "debt_to_equity"),
    (r"return\s+on\s+(?:average\s+)?(?:total\s+)?assets|\bROA\b", "roa"),
    (r"return\s+on\s+(?:average\s+)?(?:shareholders['’]?\s+|common\s+)?equity|\bROE\b", "roe"),
    (r"payout\s+ratio", "payout"),
    (r"retention\s+ratio", "retention"),
    (r"interest\s+coverage|times[\s-]+interest[\s-]+earned", "interest_coverage"),  # TIE: the same ratio
    (r"effective\s+tax\s+rate", "effective_tax_rate"),
    (r"ebitda\s+(?:%\s+|percent(?:age)?\s+)?margin", "ebitda_margin"),
    (r"\bebitda\b", "ebitda"),
    (r"free\s+cash\s+flow|\bFCF\b", "fcf"),
    (r"(?:capex|capital\s+(?:expenditures?|spending))\s+intensity|(?:capital\s+(?:expenditures?|spending)|capex|(?:additions"
     r"\s+to|purchases?\s+of)\s+property)[^?]{0,80}?\bas\s+a\s+(?:percentage|share|%|percent)\s+of|share\s+of\s+"
     r"(?:revenue|sales).{0,60}(?:(?:additions\s+to|purchases?\s+of)\s+property|capital\s+(?:expenditures?|spending)|capex)",
     "capex_intensity"),
    (r"working\s+capital", "working_capital"),
    (r"net\s+debt", "net_debt"),
    # the balance itself, not a measure of it ("total debt principal") nor a ratio over it ("total debt to capital",
    # "total debt over trailing net earnings", "total debt divided by EBITDA"), nor its movement ("total debt grow")
    (r"total\s+debt(?!\s*/|[\s-]+(?:principal|face|fair|to\b|over\b|divided\b|ratio|maturing|due\b|securities|issued"
     r"|outstanding\s+under|gr[eo]w\w*|rise|rose|increas\w*|decreas\w*|fell|fall\w*|declin\w*|chang\w*))",
     "total_debt"),
    (r"gross\s+(?:profit\s+)?margin", "gross_margin"),
    (r"operating\s+(?:profit\s+)?margin|\bebit\s+margin", "operating_margin"),
    (r"(?:net\s+)?profit\s+margin|net\s+(?:income\s+)?margin", "net_margin"),
]
CATALOGUE_RES = [(re.compile(p, re.I), m) for p, m in CATALOGUE]
ATTRIBUTABLE = {"net_margin": "net_margin_attributable", "roa": "roa_attributable", "roe": "roe_attributable",
                 "payout": "payout_attributable"}

def catalogue_metric(text: str) -> str | None:
    """The catalogue metric a text names ("J&J 2022 interest coverage" → interest_coverage), else None."""
    return next((name for rx, name in CATALOGUE_RES if rx.search(text)), None)


def catalogue_pattern(metric: str) -> re.Pattern[str] | None:
    """How text names a catalogue metric ("gross margin", "DIO"); the attributable variants are
    named as their plain metric."""
    plain = next((m for m, a in ATTRIBUTABLE.items() if a == metric), metric)
    return next((rx for rx, name in CATALOGUE_RES if name == plain), None)


def names_metric(word: str) -> bool:
    """Whether a word or acronym is itself a metric's name ("DIO", "CAGR", "ROE")."""
    return bool(re.fullmatch(r"cagr", word, re.I)) or any(rx.fullmatch(word) for rx, _ in CATALOGUE_RES)
