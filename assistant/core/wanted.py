"""The kind of answer a question wants, read from its words: an explanation, a name, a percent, a
change, a count, a date, a ratio or other number, an amount of money, or a fact in words.

How a finance reader decides: a rate, margin or share asks for a percent, but a percent the
question itself gives as its premise ("it has incurred 85% of the costs; what total ...") does
not. Comparable (same-store) sales are a growth in percent; "how much did the number of visits
rise" and "how did sales develop" ask how much a figure moved, not a count or a level. A question
whose words ask for no figure but whose instructions state a scale ("in millions") asks for one.
A question that states its answer in money and a scale ("USD millions", "$ bn", "(EUR m)") and in
no percent asks for an amount, whatever rate, share or count its words name ("what did the
valuation allowance add in the tax rate reconciliation", "its share of the venture's earnings").
Kept narrow on purpose: each reading that opened a passage's other figures to a question
("roughly what", a stated "$ millions" for a question whose words ask for no figure, "how much
were X down") added wrong answers on the development sets and was left out."""

from __future__ import annotations

import logging
import re

from assistant.core.finance.asked import CAUSE_ASKED
from assistant.core.finance.stated_money import GIVEN_PERCENT, money_in_scale

__all__ = ["CAUSE_ASKED", "GIVEN_PERCENT", "wanted"]

logger = logging.getLogger(__name__)

_EXPLAIN = re.compile(
    r"(?i)^\s*why\b|\bwhat\s+(?:drove|drives|caused|causes|explains|led\s+to|contributed)"
    r"|\breasons?\b|\bexplain|\bfactors?\b|\bdrivers?\b|\bhow\s+did\b.*\b(?:affect|impact)"
)
_PCT = re.compile(r"(?i)%|\bpercent|\bmargins?\b|\brates?\b|\bcagr\b"
                  r"|\bshare\s+of\b|\breturn\s+on\b"
                  r"|\b(?:fraction|(?<!current\s)portion|proportion|slice)\s+of\b"  # "current portion of debt": a line item
                  r"|\bmarket\s+share\b|\bhow\s+fast\b|\byield"
                  r"|\bwhat\s+(?:[\w-]+\s+){0,2}coupons?\b(?!\s+payments?)")  # a note's coupon is its interest rate
# Comparable (same-store, like-for-like) sales are reported as a growth over the year before.
_COMPARABLE = re.compile(r"(?i)\b(?:comparable|comp|same[- ]store|like[- ]for[- ]like)(?:\s+stores?)?\s+sales\b")
_MONEY_UNITS = r"(?:more\s+|fewer\s+)?(?:dollars|euros|pounds|cents|kronor|yen|francs)\b"
# "What is its headcount": how many people it employs, a count
_COUNT = re.compile(r"(?i)\bhow\s+many\b(?!\s+" + _MONEY_UNITS + r")|\bnumber\s+of\b|\bheadcount\b")
# "When X closed, at what value ...": a leading when-clause followed by another question word sets
# the moment the figure is asked at; it asks no date.
_DATE = re.compile(r"(?i)^\s*when\b(?![^?]*,\s*(?:(?:at|by|in|for|to|on)\s+)?(?:how|what|which)\b)"
                   r"|\b(?:what|which)\s+(?:date|day|month)\b")
_GROWTH = re.compile(r"(?i)\b(?:grow|grew|growth|increased?|rise|rose|risen|declined?|decreased?|fall"
                     r"|fell|drop|dropped|change[ds]?|improved?|expand(?:ed)?|climb(?:ed)?|gain(?:ed)?"
                     r"|jump(?:ed)?|surge[ds]?|soar(?:ed)?|slump(?:ed)?|plunge[ds]?|slide|slid"
                     r"|(?:go(?:es)?|went|gone|move[ds]?)\s+(?:up|down|higher|lower))\b")  # "did it go up or down"
_GROWTH_NOUN = re.compile(r"(?i)\b(?:growth|increase|decrease|decline|change)\b"
                          r"(?!\s+(?:in|of)\s+(?:the\s+)?(?:number|amount))")
_HOWMUCH = re.compile(r"(?i)\bhow\s+(?:much|large|big)\b|\bby\s+(?:how\s+much|what)\b"
                      r"|\bhow\s+many\s+" + _MONEY_UNITS)
_BY_HOW_MUCH = re.compile(r"(?i)\bby\s+(?:how\s+much|what\s+(?:amount|percentage))\b")
HOW_MUCH = re.compile(r"(?i)\bhow\s+much\b(?!\s+of\b)")  # "how much did the number of visits rise"
# "How did the franchise's sales develop": how the figure moved over the year, asked as a change.
_DEVELOP = re.compile(r"(?i)\bhow\s+(?:did|have|has|do|does)\b[^?.;]*\b(?:develop|perform|fare|trend)(?:ed)?\b")
_NUMBER = re.compile(r"(?i)\bratio\b|\bmultiple\b|\beps\b|\bper\s+share\b|\bturnover\b")
_AMOUNT = re.compile(
    r"(?i)\$|€|£|\b(?:usd|eur|dollars?|euros?|revenues?|sales|income|profits?|earnings|ebitda|ebit"
    r"|cash|capex|expenditures?|debt|assets?|liabilit\w*|equity|inventor\w*|orders|costs?|expenses?"
    r"|dividends?|price|proceeds|gain|loss|backlog|bookings|spending|investments?|worth|paid|pay"
    r"|borrow\w*|valued?|size|salary|bonus|earn(?:s|ed)?|spen[dt]"
    # what an amount is called or what is done with one: "up to what total", "what did it
    # contribute to its plans", "what allowance", "reimburse legal fees"
    r"|amounts?|total|contribut(?:e|es|ed|ions?)|allowances?|fees|reimburs\w*)\b"
)
# "What did the board decide about the dividend?": the verb asks for what was decided or said, a
# fact in words; the amount word it names ("dividend") is its topic, not the answer's kind.
_DECIDED = re.compile(r"(?i)^\W*what\s+(?:did|does|do|has|have|had|will|would)\s+(?:[\w.'’&-]+\s+){0,6}?"
                      r"(?:decide|announce|approve|say|state|disclose|conclude|agree|vote|do)\b")
# The unit the whole question states for its answer ("in $ millions", "USD bn", "in millions").
_STATED_MONEY = re.compile(r"(?i)(?:\b(?:usd|us\$)|\$)\s*(?:millions?|billions?|thousands?|mn|bn|m|b|k)\b"
                           r"|\b(?:millions|billions|thousands)\s+of\s+(?:us\s+)?dollars\b|\bin\s+(?:usd|us\s+dollars|dollars)\b")
_STATED_SCALE = re.compile(r"(?i)\bin\s+(?:millions|billions|thousands)\b")


def wanted(ask: str, entity: bool, question: str = "") -> str:
    """The kind of answer `ask` (the question without its answer-format instructions) wants:
    explain, text, percent, change, count, date, number or amount. `question`, the whole question,
    tells the unit its instructions state where the words ask for no figure."""
    kind = _want(ask, entity)
    if kind in ("percent", "number", "count") and money_in_scale(question):
        # "What did the valuation allowance add in the tax rate reconciliation? USD millions": the unit
        # says an amount of money is asked, whatever rate, share or count the question names.
        return "amount"
    if kind == "text" and not entity and _STATED_SCALE.search(question) and not _STATED_MONEY.search(question):
        return "number"  # "average diluted shares outstanding, in millions?"; "$ millions" opened wrong amounts
    return kind


def _want(ask: str, entity: bool) -> str:
    if _EXPLAIN.search(ask) or CAUSE_ASKED.search(ask):
        return "explain"
    if entity:
        return "text"  # a name is asked for, whatever figures the question mentions
    if _PCT.search(GIVEN_PERCENT.sub(" ", ask)):
        return "percent"
    if _COMPARABLE.search(ask):
        return "change"  # a percent, the growth over the year before
    if _GROWTH.search(ask) and (_BY_HOW_MUCH.search(ask) or HOW_MUCH.search(ask)):
        return "change"  # "by how much did the number of units sold rise": how much it moved, not a count
    if _COUNT.search(ask):
        return "count"
    if _DATE.search(ask):
        return "date"
    if (_GROWTH.search(ask) and (_HOWMUCH.search(ask) or _GROWTH_NOUN.search(ask))) or _DEVELOP.search(ask):
        return "change"  # a percent, else an amount ("by how much did X increase")
    if _NUMBER.search(ask):
        return "number"
    if _DECIDED.search(ask) and not _HOWMUCH.search(ask):
        return "text"
    return "amount" if _HOWMUCH.search(ask) or _AMOUNT.search(ask) else "text"
