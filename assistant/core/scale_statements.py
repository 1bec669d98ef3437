"""The scale a page or table states for its bare figures: "(in millions)", "($ in thousands,
except per share)", "dollars in billions", "(€m)", "(000s)"; the first on a page, or the one
nearest above a row (split out of `number_parsing`, which re-exports both)."""

from __future__ import annotations

import re

from assistant.core.number_parsing import CURRENCIES, CURRENCY_SYMBOLS, normalise_scale

# A currency as a scale statement names it: a symbol ("$", "€", "A$", "US$"), a code ("EUR", "AUD",
# "CHF"; the codes and symbols the number parser knows) or a word ("dollars", "euros", "yen").
_SYMBOL_WORD = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
_CODE_WORD = "|".join(c.lower() for c in CURRENCIES)
_CUR_WORD = (rf"(?:us\s*\$|{_SYMBOL_WORD}|(?<![a-z]){_CODE_WORD}(?![a-z])|u\.s\.\s*dollars|"
             r"(?:canadian\s+|australian\s+)?dollars|euros|yen)")
_NATION = r"(?:u\.?s\.?\s+|canadian\s+|australian\s+)"
# A currency named after its scale, "(Millions of yen)", "(Million yen)", "Million yen" over a column
_CUR_AFTER = rf"(?:yen|euros?|{_NATION}?dollars)"
_STATEMENTS = [
    # "(in millions)", "$ and shares in millions", "dollars in thousands", "inmillions" (glued PDF),
    # "(In millions of dollars)"; not "in millions of customers"
    re.compile(rf"(?i)in\s*{_CUR_WORD}?\s*(thousands?|millions?|billions?)\b"
               rf"(?!\s+of\b(?!\s+{_NATION}?(?:dollars|euros|yen)\b))"),
    # "(millions)", "($ millions)", "(USD 000s)", "($000)", "(MILLIONS, EXCEPT PER SHARE DATA)",
    # "($ million, except per share data)", "(Millions of dollars)"
    re.compile(rf"(?i)\(\s*{_CUR_WORD}?\s*(thousands?|millions?|billions?|000s?)\s*"
               rf"(?:\)|,?\s*(?:except|unless)\b|of\s+{_NATION}?(?:dollars|euros|yen)\b)"),
    # "(€m)", "(NOK mn)", "($bn)": a bare letter only next to a currency; also before the per-share
    # exception, "(SEK m, except per share data)", and after "in": "Amounts in EUR m"
    re.compile(rf"(?i)\(\s*{_CUR_WORD}\s*(m|mn|bn)\s*(?:\)|,\s*(?:except|unless)\b)"),
    re.compile(rf"(?i)\bin\s+{_CUR_WORD}\s*(m|mn|bn)\b(?![.\d])"),
    # A table's stub heading, a currency and a unit alone at a line's start or after a comma, before
    # the column headings: "EUR million  FY2026  FY2025", "£ million", "GBP m", "FY2026, EUR million".
    re.compile(rf"(?im)(?:^|,)[ \t]*{_CUR_WORD}[ \t]*(thousands?|millions?|billions?|m|mn|bn|000s?|'000)"
               rf"(?=[ \t]{{2,}}|[ \t]*$|,)"),
    # the scale before its currency, as Japanese and some European reports print it: "(Millions of
    # yen)", "(Million yen)", "Million yen" heading a column; never "million yen" inside a sentence
    re.compile(rf"(?i)\(\s*(thousands?|millions?|billions?)\s+(?:of\s+)?{_CUR_AFTER}\s*\)"),
    re.compile(rf"(?m)(?:^|[ \t]{{2}})[ \t]*(Thousands?|Millions?|Billions?)[ \t]+(?:of[ \t]+)?{_CUR_AFTER}(?=[ \t]{{2,}}|[ \t]*$)"),
    # the scale's letter written on to the code, as Nordic and German reports print it: "MSEK" (millions
    # of kronor), "TSEK", "KSEK", "TEUR" (thousands), in brackets or as a table's stub heading
    re.compile(rf"(?m)(?:\(\s*|(?:^|,)[ \t]*)(M|T|K)(?:{'|'.join(c for c in CURRENCIES)})(?=\s*\)|[ \t]{{2,}}|[ \t]*$|,)"),
]
_PREFIXED = _STATEMENTS[-1]
# A symbol or word first ("A$" before "$", "Canadian dollars" before "dollars"), then a code, with
# a scale's letter written on to it ("MSEK", "TEUR").
_CURRENCY_OF = (("AUD", r"\ba\$|australian\s+dollars"), ("CAD", r"\bc\$|canadian\s+dollars"),
                ("EUR", r"€|\beuros?\b"), ("GBP", r"£"), ("USD", r"us\s*\$|\$|u\.s\.\s*dollars|dollars"),
                ("JPY", r"¥|\byen\b"),
                *((code, rf"\b[mtk]?{code.lower()}\b") for code in CURRENCIES))


def _stated_scale(m: re.Match[str]) -> str | None:
    """The scale a matched statement names ("000s" is thousands)."""
    word = m.group(1).lower()
    if m.re is _PREFIXED:
        return "million" if word == "m" else "thousand"
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
