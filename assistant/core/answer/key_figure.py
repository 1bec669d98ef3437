"""The key figure of an extractive answer: the chosen figure with the currency and scale its
table or page states (a table cell rarely carries "$" or "millions" itself)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from assistant.core.answer.question import Question
from assistant.core.answer.text import bare_label, printed_label
from assistant.core.answer.units import figure_kind
from assistant.core.finance.asked import PER_UNIT
from assistant.core.finance.presentation import (
    asked_as_size,
    asked_by_title,
    credit_among_costs,
    label_names_direction,
    negative_asked,
    states_direction,
)
from assistant.core.finance.rate_nouns import names_a_rate
from assistant.core.finance.row_units import per_unit_words, unscaled_by_table
from assistant.core.numbers import Quantity, detect_scale_statement, format_quantity
from assistant.core.scale_statements import scale_statement_above
from assistant.core.types import KeyFigure, SearchHit

__all__ = ["AS_POSITIVE", "FigureUnit", "PageScale", "key_figure"]


class FigureUnit(Protocol):
    """Where the figure was found: a passage (by index), a span of it, a table row's header."""

    hit: int
    start: int
    end: int
    row: bool
    header: str


_CURRENCY_MARK = re.compile(r"US\$|\$|€|£|\b(?:USD|EUR|GBP|NOK|SEK|DKK|CHF|JPY)\b")
_TICKER = re.compile(r"\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|OTC|OMX|Euronext|XETRA|HKEX|TSE|ASX)\s*:[^)]*\)")
_MULTIPLE_ROW = re.compile(r"(?i)\((?:times|x|multiple)\)|\bin\s+times\b")
# A row of per-unit figures, ratios, margins or counts: never in its table's scale. A rate only
# qualifying the line's noun ("Effect of exchange rate changes", "Interest rate swaps") leaves an
# amount row (`finance.rate_nouns`).
# A label naming its unit as a count in brackets, "Customers (number)", "Employees (FTE)", is one too:
# a key-figure table's "(A$ millions, unless otherwise stated)" does not scale it.
_UNSCALED_ROW = re.compile(
    r"(?i)per\s+(?:share|unit|diluted|basic)|\beps\b|\bratio\b|\bmargin\b|number\s+of|%"
    r"|\(\s*(?:number|no\.|count|#|fte)\s*\)"
)


# The cells a row prints before the chosen one ("Commercial  986.4  921.7  7.0%  "): a "%" among them
# is a change column's, not the label's unit.
_CELLS_AFTER = re.compile(r"(?:[ \t]*(?:US)?[$€£]?[ \t]*[-(]?[\d][\d,.]*\)?[ \t]*%?)+[ \t]*$")


def _unscaled_row(label: str) -> bool:
    return _UNSCALED_ROW.search(label) is not None or names_a_rate(label) or unscaled_by_table(label)



# A price or a rate ("$25 per share"), or a figure whose scale word follows a split ("$8 4.5 billion").
_PER_AFTER = re.compile(r"(?i)\s*(?:per\b|a\s+share|each\b|/|[\d.,]*\s*(?:billion|million|thousand|bn|mm?)\b)")

# Answer formats that ask a size; and "how much did <item> reduce <balance>", which asks by how much
# the item reduced it (its size), whatever sign the table prints the deduction with.
AS_POSITIVE = re.compile(r"(?i)\b(?:as\s+an?\s+)?positive\s+(?:amount|number|figure|value|percentage|percent|rate)|\bas\s+an?\s+positive\s+[a-z]+|\bin\s+absolute\s+terms\b|"
                          r"\bhow\s+much\s+did\b[^?]{1,150}?\b(?:reduce|lower|decrease|cut|shrink)\b")

# A footnote marker in a label ("Interest income (a)"): no direction, no alternative.
_MARKER = re.compile(r"\((?:[a-z]|[ivx]{1,4})\)")

# "(in millions, except per share data)": the table says which of its rows are not in its scale.
_EXCEPT_PER_SHARE = re.compile(r"(?i)\bexcept\s+(?:for\s+)?per[\s-]+share\b")


def _per_share_row(above: str, row: str) -> bool:
    """A row of a table "in millions, except per share data" whose every cell is dollars and cents
    ("Net income attributable to common shareholders $ 0.41 $ 1.77"): per-share data, in dollars."""
    if not _EXCEPT_PER_SHARE.search(above):
        return False
    cells = re.findall(r"\d[\d,]*(?:\.\d+)?", row[len(printed_label(row)) :])
    return len(cells) >= 2 and all(re.fullmatch(r"\d{1,2}\.\d\d", c) is not None for c in cells)


PageScale = Callable[[str, int, str], "str | None"]


def key_figure(
    q: Question, fig: Quantity, hits: list[SearchHit], unit: FigureUnit, page_scale: PageScale | None = None,
    question: str = "",
) -> KeyFigure:
    """The figure as a KeyFigure; a table cell takes its currency and scale from the table.
    `page_scale(doc_id, page, row label)` is the scale the statement facts read for that page,
    for a heading that no retrieved passage of the page carries. `question` as asked, with its answer
    format ("as a positive amount"), which `q.text` leaves out."""
    hit = hits[unit.hit]
    currency = fig.unit
    if currency is None and q.want in ("amount", "change"):
        near = _TICKER.sub(" ", f"{unit.header} {hit.text[unit.start : unit.end]}")
        m = _CURRENCY_MARK.search(near) or _CURRENCY_MARK.search(_TICKER.sub(" ", f"{unit.header}\n{hit.text}"))
        symbols = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}
        currency = symbols.get(m.group(), m.group()) if m else None
    scale = fig.scale
    before = hit.text[unit.start : unit.start + fig.start]  # the row as printed up to its figure
    label = bare_label(before)
    own_label = _CELLS_AFTER.sub("", before)  # its brackets kept, the cells printed before the figure cut
    if unit.row and _MULTIPLE_ROW.search(before):
        # "Leverage (times)  2.3  2.7": a row whose label names its unit as times holds multiples, not money
        return KeyFigure(value=fig.value, unit="x", scale=None, text=f"{fig.raw.strip()}x")
    # A per-unit amount asked: "(in millions, except per share amounts)" heads the table, and its
    # per-share rows ("Basic $ 3.27", "Property transactions, net (2.74)" of an EPS reconciliation,
    # "fair value of options granted $ 19.72") are in dollars, whatever their label says.
    if (scale is None and unit.row and figure_kind(fig) in ("currency", "bare") and not _unscaled_row(label)
            and not _unscaled_row(own_label)
            and not PER_UNIT.search(question or q.text)):
        # "(in millions)" heads the page: another passage of the same page may carry it.
        same_page = [h.text for h in hits
                     if h.doc_id == hit.doc_id and h.page == hit.page and h is not hit]
        # "Total segment assets (billions)": the row's own label states its scale, before the table's
        # Then the note nearest above the row in its passage, the one governing its table: the header
        # a row carries is its passage's first table's, another table's where a passage holds two.
        # Then that header (its passage may start below it), and only then the first the passage or
        # its page states.
        above = scale_statement_above(hit.text, unit.start)
        statements = [detect_scale_statement(before), above, detect_scale_statement(unit.header),
                      *map(detect_scale_statement, [hit.text, *same_page])]
        scale = next(filter(None, statements), None)
        per_share = scale is not None and _per_share_row(f"{unit.header}\n{hit.text[: unit.start]}",
                                                         hit.text[unit.start : unit.end])
        if per_share:
            scale = None
        elif scale is None and page_scale is not None and q.want != "count":
            # The statements' scale is their amounts'; a count asked ("how many stores") is not in it.
            scale = page_scale(hit.doc_id, hit.page, label)
    elif (scale is None and not unit.row and currency == "USD" and page_scale is not None and fig.value >= 1
          and float(fig.value).is_integer() and "." not in fig.raw and q.want in ("amount", "change")
          and not _PER_AFTER.match(hit.text[unit.start + fig.end : unit.start + fig.end + 24])):
        # "an earnings charge of $200" in the notes of a filing whose statements are all in millions:
        # a filing's notes print its amounts in its statements' scale.
        scale = page_scale(hit.doc_id, hit.page, "")
    text = re.sub(r"(?<=[$€£])\s+", "", fig.raw.strip())
    # "(646)" of income asked "as a positive amount"; "Treasury stock, at cost (107,336)": a line whose
    # label names a deduction is printed in parentheses for its direction, and its amount is its size
    # (as the computed answers state it, finance/presentation.py).
    # So is an income line printed in parentheses among costs ("Interest income (316) (30)"), and a line
    # asked for by what its parentheses mean ("how much income" of "Other (income) expense, net (280)").
    # The sign is read from the label as printed, its brackets kept: "cost/(credit)" says what a
    # bracketed cell is, where the bare label ("cost/") would read a cost printed as its size.
    row_text = hit.text[unit.start : unit.end]
    printed = _MARKER.sub(" ", printed_label(before))
    magnitude = unit.row and q.want == "amount" and re.match(r"\s*(?:US)?[$€£]?\s*\(", fig.raw) is not None and (
        label_names_direction(printed) or credit_among_costs(printed, row_text) or asked_as_size(question, printed)
        or asked_by_title(question, printed, f"{unit.header}\n{hit.text[: unit.start]}"))
    # "Negative for a loss" of "an EBITDAR loss of $203 million": the sentence says the figure is the
    # direction the question gives as negative.
    direction = negative_asked(question)
    stated_negative = (not unit.row and fig.value > 0 and direction is not None
                       and states_direction(before, direction))
    if (fig.value < 0 and (AS_POSITIVE.search(question) or magnitude)) or stated_negative:
        fig = replace(fig, value=-fig.value)
        text = format_quantity(Quantity(fig.value, scale, currency, high=fig.high, decimals=fig.decimals))
    if scale != fig.scale or currency != fig.unit:
        text = format_quantity(Quantity(fig.value, scale, currency, high=fig.high,
                                        decimals=fig.decimals))
    unit_name = "count" if currency is None and q.want == "count" else currency
    per = per_unit_words(own_label) if unit.row and scale is None and currency is not None else None
    if per is not None and not re.search(r"(?i)\bper\s+share\b", per):
        text = f"{text} {per}"  # "$4,019 per ounce": the row's own unit, as its label states it
    return KeyFigure(value=fig.value, unit=unit_name, scale=scale, text=text)
