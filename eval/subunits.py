"""Money written in a currency's hundredths, compared in one unit as an analyst does.

A per-share gold of $0.48 is answered by "48 cents a share" or "48¢"; a gold of 20.5 pence
(unit "GBp", "GBX" or "pence") by "20.5p" or "£0.205"; a unit cost of 12.45 cents by "$0.1245",
and not by "$12.45". The product's number parser reads "48 cents" as a bare 48 and "GBp" as
pounds; this module, on the ruler's side only, says which figures are hundredths and rewrites an
answer's money figures into the gold's own unit before its figure is read:

- a gold in a main currency (USD, EUR, GBP ...): "48 cents", "48¢", "20.5 pence", "20.5p" become
  "0.48 USD", "0.205 GBP" (a figure in another currency's hundredths is left as it is);
- a gold in hundredths (cents, pence): "$0.1245", "£0.205" become "12.45 cents", "20.5 pence",
  which read as the bare figure the gold is ("$12.45" becomes "1245 cents": wrong by 100x).

"p" is also a page ("p. 20") and "p.a.": only a "p" written straight after the figure and
followed by no letter, digit or ".x" counts ("20.5p", "20.5p per share"). Only a money gold
gives this context; a percent or count question's figures are never rewritten.
"""

from __future__ import annotations

import re

from assistant.core.numbers import CURRENCIES, Quantity, parse_quantities

# Gold units that name hundredths: the sub-unit and the currency it is of (None: cents of
# whichever dollar or euro the answer uses). Codes are case-sensitive ("GBp" is pence, "GBP" pounds).
_SUBUNIT_CODES = {"GBp": ("pence", "GBP"), "GBX": ("pence", "GBP"), "GBx": ("pence", "GBP"),
                  "USc": ("cents", "USD"), "USX": ("cents", "USD")}  # fmt: skip
_SUBUNIT_WORDS = {
    "pence": ("pence", "GBP"), "penny": ("pence", "GBP"), "p": ("pence", "GBP"),
    "cents": ("cents", None), "cent": ("cents", None), "¢": ("cents", None), "c": ("cents", None),
    "cps": ("cents", None), "us cents": ("cents", "USD"), "euro cents": ("cents", "EUR"),
    "eur cents": ("cents", "EUR"),
}
# Currencies counted in cents and in pence.
_HUNDREDTHS = {"USD": "cents", "EUR": "cents", "CAD": "cents", "AUD": "cents", "GBP": "pence"}
_WITH_CENTS = frozenset(c for c, s in _HUNDREDTHS.items() if s == "cents")

# A figure (or a range) followed by a word or sign for hundredths ("48 cents", "48 US cents", "48¢",
# "48-cent", "20.5 pence", "20.5p", "48-52 cents"). The figure is no part of a longer number or word.
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_FIGURE = rf"(?<![\w.,])(?:(?P<low>{_NUMBER})(?P<to>[ \t]*(?:-|–|to)[ \t]*))?(?P<num>{_NUMBER})"  # "48-52 cents"
_AFTER = re.compile(
    _FIGURE
    + r"(?:[ \t\u00a0]*(?:(?P<of>US|U\.S\.|euro|EUR|Canadian|Australian)[ \t\u00a0]+)?(?P<cents>cents?)\b"
    r"|-(?P<cent>cents?)\b"
    r"|[ \t\u00a0]?(?P<sign>¢)"
    r"|[ \t\u00a0]*(?P<pence>pence|penny)\b"
    r"|(?P<p>p)(?![A-Za-z0-9]|\.[A-Za-z]))",
    re.IGNORECASE,
)
_OF = {"us": "USD", "u.s.": "USD", "euro": "EUR", "eur": "EUR", "canadian": "CAD", "australian": "AUD"}


def gold_subunit(unit: str | None) -> tuple[str, str | None] | None:
    """("pence", "GBP") for a gold unit naming hundredths ("GBp", "GBX", "pence", "cents" ...),
    else None. Main currencies ("GBP", "USD") are no sub-unit."""
    if not unit:
        return None
    if unit in _SUBUNIT_CODES:
        return _SUBUNIT_CODES[unit]
    return _SUBUNIT_WORDS.get(re.sub(r"\s+", " ", unit.strip()).lower())


def subunit_name(unit: str | None) -> str | None:
    """The gold unit as the ruler keeps it: "pence" / "cents" for hundredths, else `unit`."""
    sub = gold_subunit(unit)
    return unit if sub is None else sub[0]


def _money_gold(gold: Quantity) -> tuple[str, str | None] | None:
    """(kind, currency): ("main", "USD") for a gold in a currency with hundredths,
    ("pence", "GBP") / ("cents", None) for a gold in hundredths, None otherwise."""
    sub = gold_subunit(gold.unit)
    if sub is not None:
        return sub
    if gold.unit in _HUNDREDTHS:
        return "main", gold.unit
    return None


def hundredths_after(text: str, q: Quantity) -> str | None:
    """"cents" or "pence" when the figure `q` of `text` is written in hundredths ("48 cents",
    "48¢", "20.5p"), else None."""
    if q.is_year or q.scale is not None or q.unit is not None:
        return None
    m = _AFTER.match(text, q.start)
    if m is None or m.end("num") != q.end or m["low"]:
        return None
    return "pence" if (m["pence"] or m["p"]) else "cents"


def _shown(value: float, decimals: int) -> str:
    return f"{value:,.{max(decimals, 0)}f}"  # "2,050": "2050" would read as a year


def _in_units(core: str) -> str:
    """"48" (hundredths) as "0.48", "12.45" as "0.1245": the digits shown, two places on."""
    decimals = len(core.split(".")[1]) if "." in core else 0
    return _shown(float(core.replace(",", "")) / 100, decimals + 2)


def in_gold_units(text: str, gold: Quantity | None) -> tuple[str, dict[str, str]]:
    """`text` with its money figures written in the gold's unit (see the module's docstring),
    and {written: as the answer wrote it} for each figure rewritten (to show the figure scored
    as the answer wrote it)."""
    money = None if gold is None or gold.scale is not None else _money_gold(gold)
    if money is None:
        return text, {}
    kind, currency = money
    spans: list[tuple[int, int, str, str]] = []  # (start, end, new text, the figure as read)
    if kind == "main":
        assert currency is not None
        for m in _AFTER.finditer(text):
            sub = "pence" if (m["pence"] or m["p"]) else "cents"
            of = _OF.get((m["of"] or "").lower())
            if sub != _HUNDREDTHS[currency] or (of is not None and of != currency):
                continue  # another currency's hundredths: not this gold's
            new = f"{_in_units(m['num'])} {currency}"
            if m["low"]:  # "48-52 cents" is "0.48-0.52 USD"; "from 45 to 48 cents" reads as the parser reads it
                low = f"{_in_units(m['low'])}{'' if '-' in m['to'] or '–' in m['to'] else ' ' + currency}"
                new = f"{low}{m['to'].replace('–', '-')}{new}"
            spans.append((m.start(), m.end(), new, new))
    else:
        allowed = {currency} if currency else (_WITH_CENTS if kind == "cents" else set())
        for q in parse_quantities(text):
            if q.is_year or q.scale is not None or q.unit not in CURRENCIES or q.unit not in allowed:
                continue
            decimals = q.shown_decimals - 2
            lo = _shown(abs(q.value) * 100, decimals)
            hi = "" if q.high is None else f"-{_shown(q.high * 100, decimals)}"
            sign = "-" if q.value < 0 else ""
            spans.append((q.start, q.end, f"{sign}{lo}{hi} {kind}", f"{sign}{lo}{hi}"))
    if not spans:
        return text, {}
    out, shown, at = [], {}, 0
    for start, end, new, read in sorted(spans):
        if start < at:
            continue
        out += [text[at:start], new]
        shown[read] = f"{text[start:end]} (= {new})"
        at = end
    return "".join(out) + text[at:], shown


def key_figure_in_gold_units(kq: Quantity, gold: Quantity) -> Quantity:
    """A structured key figure written in hundredths ("48 cents", unit "cents") or in the main
    currency for a gold in hundredths, in the gold's unit."""
    text, shown = in_gold_units(kq.raw, gold)
    sub = gold_subunit(kq.unit)
    if shown:
        parsed = [q for q in parse_quantities(text) if not q.is_year]
        if len(parsed) == 1:
            return parsed[0]
        return kq
    money = _money_gold(gold) if sub is not None else None
    if (
        sub is not None and money is not None and money[0] == "main" and money[1] is not None
        and sub[0] == _HUNDREDTHS.get(money[1]) and sub[1] in (None, money[1])
    ):  # fmt: skip
        high = None if kq.high is None else kq.high / 100  # a key figure in unit "cents"
        return Quantity(kq.value / 100, unit=money[1], raw=kq.raw, high=high, decimals=kq.shown_decimals + 2)
    return kq
