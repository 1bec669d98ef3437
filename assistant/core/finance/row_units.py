"""The unit a table row's label states for its own cells: "Average realized price ($/oz)", "Cash cost
per ounce sold", "Earnings per share (cents)", "Load factor (%)", "Days sales outstanding (days)",
"Employees (number)", "Leverage (x)". Such a row is not in its table's scale: a table "(in millions of
US dollars, except ounces and per ounce data)" prints its per-ounce rows in dollars, its ounces as
counted. The one place a row's own unit is read, for the table answer (`answer.key_figure`) and for the
figures computed from rows (a price's growth, a margin per ounce)."""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

__all__ = ["own_unit", "per_unit_words", "unscaled_by_table"]

# A bracket stating a rate per something: "($/oz)", "($/oz sold)", "(US$ per ounce)", "(£ per passenger)",
# "(C$/tonne)". Figures inside the bracket ("($2.585 per share)") describe another amount: not a unit.
_PER_BRACKET = re.compile(r"(?i)\(\s*(?:[A-Z]{0,3}\$|[€£¥]|[A-Z]{3}\b)?\s*(?:/|\bper\s+)\s*(?P<what>[a-z][a-z .]{0,24}?)\s*\)")
# "X per Y" in the label itself: "Cash costs per ounce sold", "Revenue per available seat mile", "Earnings
# per share". "Per cent" is a percentage; "as per", "per the", "per Consolidated Balance Sheets" cite a source,
# and "except per share" is a caption's: no unit.
_PER_WORDS = re.compile(r"(?i)(?<!\bas\s)(?<!\bexcept\s)\bper\s+(?:(?:diluted|basic|common|ordinary)\s+)?(?!cent\b|the\b|its\b|our\b|their\b|annum\b)"
                        r"(?P<what>(?-i:[a-z])[a-z-]*(?:\s+(?:seat|available|sold|mile|foot|feet|"
                        r"metre|meter|produced|equivalent))*)")
# A bracket naming a unit that is not money in the table's scale: a count, a percentage, days, cents,
# a multiple, physical quantities counted one by one.
_PLAIN_UNIT = re.compile(r"(?i)\(\s*(?P<unit>cents?|pence|%|percent|days?|months?|years?|number|no\.|count|#|fte|x|times|"
                         r"bps|basis\s+points|pts|points|ounces|oz|tonnes|barrels|boe)\s*\)")
# A bracket holding figures ("($2.585, $2.535 per share)") describes another amount, not the row's unit.
_FIGURED_BRACKET = re.compile(r"\([^()]*\d[^()]*\)")
# The label states its own scale ("(A$ thousands)", "(US$ millions)", "(in billions)"): not unscaled.
_OWN_SCALE = re.compile(r"(?i)\b(?:thousands?|millions?|billions?|'000s?|000s|mn|bn|m)\s*\)")


def own_unit(label: str) -> str | None:
    """The unit a row's label states for its cells ("per ounce", "cents", "%", "days"), or None."""
    if _OWN_SCALE.search(label):
        return None
    if m := _PER_BRACKET.search(label):
        return f"per {_spelled(m.group('what'))}"
    if m := _PLAIN_UNIT.search(label):
        return m.group("unit").lower()
    if m := _PER_WORDS.search(_FIGURED_BRACKET.sub(" ", label)):
        return f"per {_spelled(m.group('what'))}"
    return None


def unscaled_by_table(label: str) -> bool:
    """The row's label states a unit of its own, so its table's "(in millions)" does not scale it."""
    return own_unit(label) is not None


# Short forms of the things a rate is per, as an answer spells them.
_SPELLED = {"oz": "ounce", "bbl": "barrel", "t": "tonne", "lb": "pound", "sh": "share"}


def _spelled(what: str) -> str:
    words = what.strip(" .").split()
    return " ".join([_SPELLED.get(words[0].lower(), words[0].lower()), *words[1:]]) if words else what


def per_unit_words(label: str) -> str | None:
    """"per ounce" for a row of a rate per something ("Average realized gold price ($/oz)"): the words
    an answer writes after the figure. None for other rows (a percentage or count says itself)."""
    unit = own_unit(label)
    return unit if unit is not None and unit.startswith("per ") else None
