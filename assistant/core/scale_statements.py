"""The scale a page or table states for its bare figures: "(in millions)", "($ in thousands,
except per share)", "dollars in billions", "(€m)", "(000s)"; the first on a page, or the one
nearest above a row (split out of `number_parsing`, which re-exports both)."""

from __future__ import annotations

import re

from assistant.core.number_parsing import normalise_scale

_CUR_WORD = r"(?:us\s*\$|[$€£¥]|usd|eur|gbp|nok|sek|dkk|jpy|u\.s\.\s*dollars|dollars|euros|yen)"
# A currency named after its scale, "(Millions of yen)", "(Million yen)", "Million yen" over a column
_CUR_AFTER = r"(?:yen|euros?|(?:u\.?s\.?\s+)?dollars)"
_STATEMENTS = [
    # "(in millions)", "$ and shares in millions", "dollars in thousands", "inmillions" (glued PDF),
    # "(In millions of dollars)"; not "in millions of customers"
    re.compile(rf"(?i)in\s*{_CUR_WORD}?\s*(thousands?|millions?|billions?)\b"
               rf"(?!\s+of\b(?!\s+(?:u\.?s\.?\s+)?(?:dollars|euros|yen)\b))"),
    # "(millions)", "($ millions)", "(USD 000s)", "($000)", "(MILLIONS, EXCEPT PER SHARE DATA)",
    # "($ million, except per share data)", "(Millions of dollars)"
    re.compile(rf"(?i)\(\s*{_CUR_WORD}?\s*(thousands?|millions?|billions?|000s?)\s*"
               rf"(?:\)|,?\s*except\b|of\s+(?:u\.?s\.?\s+)?(?:dollars|euros|yen)\b)"),
    # "(€m)", "(NOK mn)", "($bn)": a bare letter only next to a currency
    re.compile(rf"(?i)\(\s*{_CUR_WORD}\s*(m|mn|bn)\s*\)"),
    # A table's stub heading, a currency and a unit alone at a line's start or after a comma, before
    # the column headings: "EUR million  FY2026  FY2025", "£ million", "GBP m", "FY2026, EUR million".
    re.compile(rf"(?im)(?:^|,)[ \t]*{_CUR_WORD}[ \t]*(thousands?|millions?|billions?|m|mn|bn|000s?|'000)"
               rf"(?=[ \t]{{2,}}|[ \t]*$|,)"),
    # the scale before its currency, as Japanese and some European reports print it: "(Millions of
    # yen)", "(Million yen)", "Million yen" heading a column; never "million yen" inside a sentence
    re.compile(rf"(?i)\(\s*(thousands?|millions?|billions?)\s+(?:of\s+)?{_CUR_AFTER}\s*\)"),
    re.compile(rf"(?m)(?:^|[ \t]{{2}})[ \t]*(Thousands?|Millions?|Billions?)[ \t]+(?:of[ \t]+)?{_CUR_AFTER}(?=[ \t]{{2,}}|[ \t]*$)"),
]
_CURRENCY_OF = (("EUR", r"€|\beur\b|\beuros?\b"), ("GBP", r"£|\bgbp\b"), ("USD", r"us\s*\$|\$|\busd\b|dollars"),
                ("NOK", r"\bnok\b"), ("SEK", r"\bsek\b"), ("DKK", r"\bdkk\b"),
                ("JPY", r"¥|\bjpy\b|\byen\b"))


def _stated_scale(m: re.Match[str]) -> str | None:
    """The scale a matched statement names ("000s" is thousands)."""
    word = m.group(1).lower()
    return "thousand" if word.startswith(("000", "'000")) else normalise_scale(word)


def scale_statement_above(text: str, pos: int) -> str | None:
    """The scale statement nearest above `pos` in `text`: the note heading the table a row at
    `pos` sits in, not another table's earlier on the page ("(in millions)" over a balance table,
    "(in thousands)" over the share table below it). None when none precedes `pos`."""
    found = [m for rx in _STATEMENTS for m in rx.finditer(text, 0, pos)]
    return _stated_scale(max(found, key=lambda m: m.start())) if found else None


def detect_scale_statement(text: str) -> str | None:
    """The scale a page or table states for its bare figures: "(in millions)", "($ in
    thousands, except per share)", "dollars in billions", "(€m)", "(000s)"; first one wins."""
    hits = [m for rx in _STATEMENTS if (m := rx.search(text))]
    return _stated_scale(min(hits, key=lambda m: m.start())) if hits else None


def detect_currency_statement(text: str) -> str | None:
    """The currency the first scale statement naming one gives ("EUR million", "(£m)", "($ in
    thousands)"): a report's amounts are in its own currency; None where no statement names one."""
    hits = sorted((m for rx in _STATEMENTS for m in rx.finditer(text)), key=lambda m: m.start())
    for m in hits:
        for code, rx in _CURRENCY_OF:
            if re.search(rx, m.group(), re.I):
                return code
    return None
