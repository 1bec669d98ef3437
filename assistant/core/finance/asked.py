"""What a question asks of a statement line, beyond naming it: a period relative to another
("a year before June 30, 2023"), what moved the line or a part of it, a ratio of it to another,
a difference, a total or an extreme over periods, a change in dollars, a margin over revenue.
`plan.py` reads these to plan (or decline) the line item the question names."""

from __future__ import annotations

import re

from assistant.core.finance.metrics import Period

__all__ = [
    "AMOUNT_ASKED",
    "BY_HOW_MUCH_MOVED",
    "CAUSE_ASKED",
    "COMPUTATION_ASKED",
    "EFFECT",
    "HOW_MUCH_MORE",
    "LATER_HALF",
    "MARGIN_AFTER",
    "MOVE",
    "MOVED",
    "PER_PART",
    "PER_SHARE",
    "PER_UNIT",
    "RATE_ASKED",
    "SUM_OR_EXTREME",
    "THINGS_COUNTED",
    "TO_ANOTHER",
    "X_TO_Y",
    "change_asked_in_amount",
    "every_year",
    "level_asked",
    "years_before",
]

# The company's own reason asked, its verb of cause after "say", "cite" or "give as": "what does Acme
# say drove the improvement in its gross margin", "what did Acme cite as behind the decline".
CAUSE_ASKED = re.compile(
    r"(?i)\bwhat\b[^?]*?\b(?:say|says|said|cite[sd]?|give[sn]?|gave|credit(?:s|ed)?)\b[^?]*?"
    r"\b(?:drove|drives|driven|caused|causes|lifted|lifts|led\s+to|behind|held\s+back|weighed\s+on|hurt|helped|boosted)\b"
)

# A question about what moved a line item or about a part of it ("how much did currency take off
# revenues", "how much of net sales came from pricing", "by how many percentage points did FX
# reduce growth", "the revenue of its jetliner business"): the statement line is not the answer.
_MOVED = (
    r"\b(?:take|took|taken|shaved?|knock(?:ed)?)\s+off\b|\b(?:cut|reduced?|reduces|hurt|hurts|weigh(?:ed|s)?\s+on|"
    r"boost(?:ed|s)?|lift(?:ed|s)?|add(?:ed|s)?\s+to|contribut(?:e|ed|es)|account(?:ed|s)?\s+for)\b|"
    r"\bhow\s+much\s+of\b|\b(?:came|come|comes)\s+from\b|\b(?:impact|effect)s?\s+(?:of|on)\b|"
    r"\b(?:percentage|basis)\s+points?\b|\bpassing\s+through\b")
EFFECT = re.compile(_MOVED + r"|\b(?:business|division)\b", re.I)
# What moved a line, without the part named as a business or division: a row printed with that part's
# name ("Frozen & Chilled" under "Segment profit") is what `plan.label_plan` looks up for such a part.
MOVED = re.compile(_MOVED, re.I)
# A period named relative to another: "a year before June 30, 2023", "two years prior to fiscal
# 2023", "the fiscal year preceding fiscal 2023", "the prior-year quarter to Q2 2023".
_BEFORE = re.compile(
    r"\b(?:(a|one|two|three|four|five|[1-5])\s+(?:fiscal\s+)?years?\s+(?:before|earlier\s+than|prior\s+to|preceding)|"
    r"(?:the\s+)?(?:fiscal\s+)?(?:year|quarter)\s+(?:before|preceding|prior\s+to)|"
    r"(?:the\s+)?prior[\s-]+year\s+(?:quarter|period)\s+(?:to|of|for))\s+(?:the\s+)?"
    r"(?=(?:fiscal|fy|q[1-4]|(?:three|six|nine|twelve)\s+months|(?:19|20)\d\d|first|second|third|fourth|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)",
    re.I,
)
# The second half of a year is no statement column (the year less its first half): not planned.
LATER_HALF = re.compile(r"\b(?:second|latter|back)\s+half\b|\bH2\b|\b2H\b", re.I)
# A line item "to" another, the way ratios are named without the word ("debt to equity").
_OTHER_ITEM = (r"to[\s-]+(?:(?:total|average|shareholders|stockholders|common)['’]?\s+)*"
               r"(?:equity|assets|capital|capitalization|revenues?|sales|ebitda|earnings|income|liabilities|debt)\b")
TO_ANOTHER = re.compile(rf"\s*(?:-\s*)?{_OTHER_ITEM}", re.I)  # right after the line item the question names
X_TO_Y = re.compile(rf"\w[\s-]{_OTHER_ITEM}", re.I)  # anywhere, for a row named by its label
# A difference asked ("how much higher was ..."), or a per-share figure of a line item that is a total.
HOW_MUCH_MORE = re.compile(r"\bhow\s+much\s+(?:higher|lower|more|less|greater|bigger|smaller|larger)\b|"
                            r"\b(?:higher|lower|greater|larger|smaller)\s+than\b", re.I)
# "How many awards", "how many shares": things counted, never money (not "how many dollars", "how many points").
THINGS_COUNTED = re.compile(r"\bhow\s+many\s+(?!(?:more\s+|fewer\s+|additional\s+)?(?:dollars|euros|pounds|cents|yen"
                            r"|percentage|basis|points|times|percent)\b)", re.I)
PER_SHARE = re.compile(r"\bper\s+(?:diluted\s+|basic\s+|common\s+)?share\b", re.I)
# An amount per unit asked ("per share", "EPS", "per option granted"): a price, not a total in the table's scale.
PER_UNIT = re.compile(r"\bper\s+(?:diluted\s+|basic\s+|common\s+|ordinary\s+)?(?:share|option|unit|award|right)s?\b|\beps\b",
                      re.I)
# A change asked in dollars: a word of movement, an amount unit, and no rate.
MOVE = re.compile(r"\b(?:gr[eo]w(?:n|th|s)?|increase[ds]?|decrease[ds]?|decline[ds]?|rise|rises|rose|risen|fall|falls|"
                   r"fell|fallen|drop(?:ped|s)?|climb(?:ed|s)?|change[ds]?|shr[iau]nks?)\b", re.I)  # "shrink": a fall
AMOUNT_ASKED = re.compile(r"\bUSD\b|\bdollars?\b|\$|\bin\s+(?:millions|billions|thousands)\b|"
                           r"\b(?:millions|billions|thousands)\s+of\b", re.I)
# "By how much did cost of sales fall?": a line item's move named by a verb of direction, not growth,
# asks how far it moved in its own unit (a growth verb, "grow", is as often asked as a rate).
BY_HOW_MUCH_MOVED = re.compile(r"\bby\s+how\s+much\b(?!.*\bgr[eo]w(?:n|th|s)?\b).*\b(?:increase[ds]?|decrease[ds]?|"
                               r"decline[ds]?|rise|rose|risen|fall|fell|fallen|drop(?:ped)?|climb(?:ed)?|shr[iau]nk)\b", re.I)
RATE_ASKED = re.compile(r"percent|%|\brate\b|how\s+fast|\bpoints?\b|\bratio\b|\bmargin\b|\bper\s+share\b", re.I)
SUM_OR_EXTREME = re.compile(r"\b(?:cumulative|cumulatively|combined|in\s+total|sum|summed|plus|together|aggregate|"
                             r"highest|lowest|largest|smallest|peak|maximum|minimum)\b|"
                             r"\btotal\s+\w+\s+(?:over|across|for)\s+the\s+(?:two|three|four|five|\d)\s+(?:fiscal\s+)?(?:years|quarters)\b")  # lower case:
# a company's name ("Peak Resorts", "Summit Bank") is no such word


# A question that asks for a figure to be worked out, not read: a share, ratio, margin, growth or other
# change, a difference, a sum or average, an amount per share other than the printed EPS or dividend, an
# implied figure, or one it says to compute. Such a question is answered by that computation or by a
# sentence naming it, never by one printed figure that merely shares its line's words.
COMPUTATION_ASKED = re.compile(
    r"\b(?:share|proportion|percentage|portion|fraction)\s+of\b|\bhow\s+much\s+of\b|\b(?:came|come|comes)\s+from\b"
    r"|\bratios?\b|\bmargins?\b|\bimpl(?:y|ies|ied)\b|\b(?:re)?(?:comput|calculat)\w*|\bderiv\w*|\bdefined?\s+as\b|\bdefin(?:e|ing)\s+[^.?]{1,80}?\s+as\b"
    r"|\bdifference\b|\bgap\b|\bspread\b|\bminus\b|\bless\b|\bdivided\b|\bplus\b|\bsum\b|\bsumm\w+|\badding\b"
    r"|\baverage\b|\bmultiple\b|\btimes\b|\breturn\s+on\b|\bby\s+how\s+(?:much|many)\b|\bby\s+what\b|\bhow\s+fast\b"
    r"|\bpoints?\b|\b(?:cagr|yoy)\b|(?<!earnings\s)(?<!dividends\s)(?<!dividend\s)(?<!loss\s)\bper\s+(?:diluted\s+|basic\s+)?share\b"
    r"|(?<!per\s)(?<!diluted\s)(?<!basic\s)\bshare\b(?!\s+(?:price|capital|count|repurchases?|buybacks?|based|premium|options?"
    r"|awards?|units?|issues?))"
    rf"|{MOVE.pattern}|{HOW_MUCH_MORE.pattern}|{SUM_OR_EXTREME.pattern}|{LATER_HALF.pattern}",
    re.I,
)


def change_asked_in_amount(text: str) -> bool:
    """A change asked in the line's own unit: a word of movement with an amount unit, or "by how much"
    with a verb of direction; never with a rate asked."""
    return bool(MOVE.search(text) and (AMOUNT_ASKED.search(text) or BY_HOW_MUCH_MOVED.search(text))
                and not RATE_ASKED.search(text))


PER_PART = re.compile(r"\b(?:quarterly|monthly|weekly|daily|per\s+(?:quarter|month|week|day))\b", re.I)


def every_year(periods: list[Period]) -> list[Period]:
    """Fiscal years named as a span ("between 2020 and 2022") with the years inside it."""
    if len(periods) < 2 or any(p.months != 12 or p.end is not None or p.fiscal_year is None for p in periods):
        return periods
    named = sorted({p.fiscal_year for p in periods if p.fiscal_year is not None})
    return [Period(12, y, None, None) for y in range(named[0], named[-1] + 1)]


MARGIN_AFTER = re.compile(r"\s*margins?\b", re.I)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def years_before(question: str) -> int:
    """How many years before the period it names the question asks for (0: the period itself)."""
    m = _BEFORE.search(question)
    if m is None:
        return 0
    n = m.group(1)
    return 1 if n is None else (int(n) if n.isdigit() else _COUNTS[n.lower()])


# "given its year-end balance and the change during 2022", "from the dollar and percentage decline it
# reports for its 2022 operating income": a clause handing over a move as the input to work from.
_HANDED_MOVE = re.compile(r"\b(?:given|using|from|based\s+on|judging\s+(?:by|from))\s+[^,?]{0,120}?"
                          r"\b(?:change|decline|growth|increase|decrease|rise|drop|fall)s?\b[^,?]*", re.I)


def level_asked(text: str) -> str:
    """`text` without a clause that hands over a move as an input where the rest asks a level ("what
    cash did it hold at December 31, 2021, given its year-end 2022 balance and the change during
    2022": the balance at that date, not the change); `text` itself where no such clause is, or
    where the rest asks a move too ("by how much did it rise, given ...")."""
    m = _HANDED_MOVE.search(text)
    if m is None:
        return text
    rest = f"{text[: m.start()]} {text[m.end():]}"
    return text if MOVE.search(rest) or re.search(r"\bby\s+how\b|%|percent|\brate\b", rest, re.I) else rest
