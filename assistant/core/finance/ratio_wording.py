"""A ratio a question names in words rather than writing its arithmetic: "gross profit as a
percentage of revenue", "the ratio of total liabilities to total assets", "what share of revenue
went to SG&A", "COGS % margin": A / B over two line items the question names (each read by
`definitions.line_operand`). Split out of `definitions.py` at its 400-line limit.
"""

from __future__ import annotations

import re

from assistant.core.finance.definitions import line_operand

__all__ = ["ratio_formula", "share_of_whole"]

_RATIOS = [
    # "gross profit as a percentage of revenue", "capex as a share of sales"
    re.compile(r"(?:what\s+(?:is|was|were)\s+(?:the\s+)?(?:\w+['’]s\s+)?)?(?P<a>[\w\s,&'’-]+?)\s+as\s+an?\s+"
               r"(?P<kind>percentage|percent|%|share|proportion|fraction|ratio|multiple)\s+of\s+(?:its\s+|the\s+)?(?P<b>[\w\s,&'’-]+)", re.I),
    # "the ratio of total liabilities to total assets"
    re.compile(r"\b(?P<kind>ratio)\s+of\s+(?:its\s+|the\s+)?(?P<a>[\w\s,&'’-]+?)\s+to\s+(?:its\s+|the\s+)?(?P<b>[\w\s,&'’-]+)", re.I),
    # "what share of revenue went to SG&A", "what percentage of its operating cash flow did J&J pay out as dividends"
    re.compile(r"\b(?P<kind>share|percentage|percent|proportion|fraction)\s+of\s+(?:\w+['’]s\s+|its\s+|the\s+)?(?P<b>[\w\s,&'’-]+?)\s+"
               r"(?:went\s+to|was\s+(?:spent\s+on|paid\s+(?:out\s+)?(?:as|in))|did\s+[\w&'’.\s]+?\s+(?:pay(?:\s+out)?|spend|return)\s+"
               r"(?:as|on|in))\s+(?P<a>[\w\s,&'’-]+)", re.I),
    # the same with any verb of the company's: "what share of net sales did Acme keep as net income", "convert into"
    re.compile(r"\b(?P<kind>share|percentage|percent|proportion|fraction)\s+of\s+(?:\w+['’]s\s+|its\s+|the\s+)?(?P<b>[\w\s,&'’-]+?)"
               r"(?:\s*\([^()]*\))?\s+did\s+[\w&'’.\s]+?\s+[a-z]+(?:\s+out)?\s+(?:as|into)\s+(?P<a>[\w\s,&'’-]+)", re.I),
    # a line as the subject: "what share of revenue did SG&A represent", "... did Acme's selling expenses account for"
    re.compile(r"\b(?P<kind>share|percentage|percent|proportion|fraction)\s+of\s+(?:\w+['’]s\s+|its\s+|the\s+)?(?P<b>[\w\s,&'’-]+?)"
               r"(?:\s*\([^()]*\))?\s+did\s+(?:[\w&.]+(?:\s+[\w&.]+){0,3}['’]s?\s+|its\s+|the\s+)?(?P<a>[\w\s,&'’-]+?)\s+"
               r"[a-z]+(?:\s+(?:for|up))?(?=\s+(?:in|for|during|over|at|according)\b|\s*[,?(])", re.I),
    # how often one line covers another: "how many times did Acme's operating income cover its interest expense"
    re.compile(r"\bhow\s+many\s+(?P<kind>times)\s+(?:did|does|do|was|were|is)\s+(?:[\w&.]+(?:\s+[\w&.]+){0,3}['’]s?\s+|its\s+|the\s+)?"
               r"(?P<a>[\w\s,&'’-]+?)\s+[a-z]+\s+(?:its|the|their)\s+(?P<b>[\w\s,&'’-]+)", re.I),
]
# A part named with its whole: a share of the whole's size (`share_of_whole`).
_PARTS = [
    # a part as where the whole came from: "what share of Acme's total revenues came from services", "what
    # proportion of net sales was derived from the U.S."
    re.compile(r"\b(?P<kind>share|percentage|percent|proportion|portion|fraction)\s+of\s+(?:\w+['’]s\s+|its\s+|the\s+)?"
               r"(?P<b>[\w\s,&'’-]+?)(?:\s*\([^()]*\))?\s+(?:came|comes|come|was\s+derived|were\s+derived)\s+from\s+"
               r"(?:the\s+|its\s+)?(?P<a>[\w\s,&'’-]+)", re.I),
    # the part named after "was": "what share of Acme's 2025 operating costs was fuel" (not "was spent on", above)
    re.compile(r"\b(?P<kind>share|percentage|percent|proportion|portion|fraction)\s+of\s+(?:\w+['’]s\s+|its\s+|the\s+)?"
               r"(?P<b>[\w\s,&'’-]+?)(?:\s*\([^()]*\))?\s+(?:was|were)\s+(?!(?:spent|paid|made|recorded|reported|"
               r"generated|earned|used|due|in|on|at|from|for|by|outside|inside)\b)(?:the\s+|its\s+)?(?P<a>[\w\s,&'’-]+)", re.I),
]
# Period words that open an operand, "second-quarter 2026 operating profit": the plan's period, no part of the line.
_LEAD_PERIOD = re.compile(r"^(?:(?:the\s+)?(?:first|second|third|fourth)[\s-]quarter\s+|(?:first|second)[\s-]half\s+|"
                          r"(?:fiscal\s+|fy\s*)?(?:19|20)\d\d\s+|year[\s-]to[\s-]date\s+|"
                          r"(?:h[12]|q[1-4])\s+(?:fy\s*)?(?:19|20)?\d\d\s+|fy\s*\d\d\s+)+", re.I)
# The company before a line named as printed ("Johnson & Johnson's worldwide sales"): no word of the row's label.
_OWNER = re.compile(r"^(?:[\w&.-]+\s+){0,3}[\w&.-]+['’]s?\s+(?=\S)")
# "COGS % margin", "operating income percentage margin": the item over revenue.
_MARGIN = re.compile(r"(?:what\s+(?:is|was|were)\s+(?:the\s+)?(?:\w+['’]s\s+)?)?(?P<a>[\w\s,&'’-]+?)\s+(?:%|percent(?:age)?)\s+margin\b",
                     re.I)
_TAIL = re.compile(r"\s+(?:in|for|at|during|over|of)\s+(?:the\s+)?(?:fiscal|fy|q[1-4]|first|second|third|fourth|six|nine|twelve|"
                   r"three|(?:19|20)\d\d|[A-Z]).*$", re.I)


def ratio_formula(question: str, labels: bool = False) -> tuple[str, str, str] | None:
    """(formula, unit, name) for "A as a percentage of B", "the ratio of A to B" and "what share
    of B went to A": A / B over two line items the question names; with `labels`, a line no concept
    covers (or one narrowed: "passenger revenue") is named as printed (`definitions.line_operand`)."""
    m = _MARGIN.search(question)
    if m:
        phrase = re.sub(r"^.*?\b(?:FY\s*)?(?:19|20)\d\d\s+", "", m.group("a"))
        operand = line_operand(re.sub(r"^[\w&.\s]+?['’]s\s+", "", phrase))
        if operand is not None and "revenue" not in operand:
            return f"{operand} / revenue", "percent", f"{phrase.strip()} margin"
    for rx in [*_RATIOS, *_PARTS]:
        m = rx.search(question)
        if not m:
            continue
        sides = []
        for key in ("a", "b"):
            phrase = _TAIL.sub("", m.group(key))
            phrase = re.sub(r"^.*\b(?:did|does|do|was|were|is)\s+[\w&'’.]+\s+", "", phrase)
            phrase = _LEAD_PERIOD.sub("", phrase.strip())
            if labels:  # a row's label names no company, nor the period the plan carries
                phrase = _LEAD_PERIOD.sub("", _OWNER.sub("", phrase))
            operand = line_operand(phrase, labels)
            if operand is None or not re.search(r"[a-z_]{3,}", operand):
                break
            sides.append((operand, re.sub(r"^[\w&.\s]+?['’]s\s+", "", phrase.strip())))
        if len(sides) != 2 or sides[0][0] == sides[1][0]:
            continue  # a line over itself ("passenger revenue" read as revenue, over revenue) is no share
        kind = m.group("kind").lower()
        if rx in _PARTS:  # a cost table prints its part and its total as outflows, or one of them: their sizes
            return f"abs({sides[0][0]}) / abs({sides[1][0]})", "percent", f"{sides[0][1]} as a share of {sides[1][1]}"
        unit = "ratio" if kind in ("ratio", "multiple", "times") and not re.search(r"percent|%", question, re.I) else "percent"
        return f"{sides[0][0]} / {sides[1][0]}", unit, f"{sides[0][1]} to {sides[1][1]}" if unit == "ratio" else \
            f"{sides[0][1]} as a share of {sides[1][1]}"
    return None


def share_of_whole(question: str) -> bool:
    """Whether the question asks a part's share of its whole ("what share of revenue came from
    services"): a figure between 0% and 100%, whatever signs the table prints its rows with."""
    return any(rx.search(question) for rx in _PARTS)
