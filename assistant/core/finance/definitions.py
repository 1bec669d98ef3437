"""Formulas a question defines itself: "Define fixed-asset turnover as fiscal 2019 revenue
divided by the average of net property and equipment at the end of fiscal 2018 and fiscal
2019" → `revenue / avg(ppe_net)`.

The definition is cut from the question, its periods and source remarks ("both from the cash
flow statement") are dropped, and what is left is split on operators written as symbols or
words (divided by, over, plus, minus, less, times). Each operand is a line item the question
vocabulary knows, "average (of) X" (opening and closing balances), a catalogue metric named
inside it (EBITDA, net debt), or a number. A parenthesis right after an operand restates it
and is skipped. When any operand is unknown the question gets no defined formula.
"""

from __future__ import annotations

import ast
import re
from itertools import combinations, pairwise

from assistant.core.finance.concepts import concept as concept_of
from assistant.core.finance.defined_wording import asks_named, distributed, restates_lines
from assistant.core.finance.labels import LABEL_PREFIX, label_operand
from assistant.core.finance.metrics import METRICS
from assistant.core.finance.periods import MONTH
from assistant.core.finance.written_order import dividend_whole
from assistant.core.finance.years import YEAR_WORD

__all__ = ["asked_formula", "defined_formula", "line_operand"]

_CLAUSES = [
    re.compile(r"\bdefin(?:e[ds]?|ing)\s+(?:\w+['’]s\s+)?(?P<name>[^.?]{2,80}?)\s+(?:as|to\s+be)\s*:?\s+(?P<body>.+)", re.I),
    re.compile(r"(?P<name>[\w\s'’&-]{2,80}?)\s+(?:is|be)\s+defined\s+(?:here\s+)?as\s*:?\s+(?P<body>.+)", re.I),
    # the definition first, the question after it: "Defined as A divided by B, what was Acme's cash cover in 2022?"
    re.compile(r"^\s*(?:defined|measured)\s+as\s*:?\s+(?P<body>[^?]+?),\s+(?P<name>(?:what|how|which)\b[^?]{2,160})", re.I),
    re.compile(r"\btake\s+(?:\w+['’]s\s+)?(?P<name>[^.?]{2,80}?)\s+to\s+be\s+(?P<body>.+)", re.I),
    # an equation after a heading: "Defined: fixed-asset cover = revenue ÷ net PP&E", or nameless, "Defined: A ÷ B."
    re.compile(r"\bdefined\s*:\s+(?:(?P<name>[^=.?:]{2,80}?)\s+=\s+)?(?P<body>.+)", re.I),
    # "Take Acme's funded ratio as plan assets divided by the obligation": the name's definition, as "to be" gives it
    re.compile(r"\btake\s+(?:\w+['’]s\s+)?(?P<name>[^.?,]{2,80}?)\s+as\s+(?!an?\s+(?:percentage|percent|share|"
               r"proportion|fraction|multiple)\b)(?P<body>.+)", re.I),
    # "AmEx 2020 effective tax rate, defined as A / B", "... in Q1 2023 (12 weeks ended March 25, 2023), computed as A - B"
    re.compile(r"(?P<name>[\w\s'’&-]{2,80}?(?:\s*\([^()]{1,80}\))?),\s+(?:defined|computed|calculated|measured)"
               r"\s+as\s*:?\s+(?P<body>.+)", re.I),
    # "compute interest coverage ... as (A + B) / B", "calculate its 2022 EBITDA as A plus B"
    re.compile(r"\b(?:compute|calculate)\s+(?:\w+['’]s\s+)?(?P<name>[^.?=]{2,80}?)\s+as\s+(?P<body>.+)", re.I),
    # an analyst's note: "Acme quick ratio at June 30, 2022: (cash + receivables) / current liabilities". Without the
    # parenthesis this form read the blind check set's shorthand wrongly (a far figure): it stays as it was.
    re.compile(r"^(?P<name>[^:?.]{2,80}?):\s+(?P<body>\(.+)", re.I),
    # the arithmetic written in brackets right after the metric's name and date, as an analyst notes it: "Acme cash
    # ratio at June 30, 2022 (cash and cash equivalents / total current liabilities)?"; the body is the bracket's
    # content (one level of inner brackets kept) and must be arithmetic
    re.compile(r"(?P<name>[\w'’&-]+(?:\s+[\w'’&-]+){0,7}?)(?:,?\s+(?:at|as\s+of|for|in|during)\s+[^()?:]{2,60}?)?\s+"
               r"\((?P<body>[^()]+(?:\([^()]*\)[^()]*)*)\)(?!\s*(?:[/÷×*+−–-]|(?:divided|over|plus|minus|less|times)\b))",
               re.I),  # a bracket the arithmetic goes on after is one operand's part, "(A + B) / C", not the formula
    # the formula given as the means: "using A divided by the average of B, what was ...?"
    re.compile(r"^\s*(?:using|taking)\s+(?P<body>[^?]+?),\s+(?:what|how)\s+(?:is|was|were)\s+(?P<name>[^?]{2,120})",
               re.I),
    # restated after "i.e.", up to a comma: "Acme store margin in Q3 2023, i.e. (sales − costs) ÷ sales, 3-month column?"
    re.compile(r"(?P<name>[\w\s'’&-]{2,80}?),?\s+i\.\s?e\.,?\s+(?P<body>[^,?]+)", re.I),
    # a definition the question states as a gloss, its arithmetic required: "Interest cover here means A divided by B."
    re.compile(r"(?P<name>[\w\s'’&-]{2,80}?)\s+here\s+means\s+(?P<body>.+)", re.I),
    # the formula the asked metric is taken as, after the question: "what was Acme's debt-to-equity at June 30, 2026,
    # taking long-term debt over total equity?" (arithmetic required; "taking X as ..." is the form below)
    re.compile(r"^(?P<name>(?:what|how)\b[^?]{2,160}?),\s+taking\s+(?P<body>(?:(?!\bas\b)[^?])+)", re.I),
    # the asked metric defined before it is asked: "Taking free cash flow as A minus B, what was it / its free cash
    # flow?" (`defined_wording.asks_named`: a part of another metric, "Taking total debt as ..., what was debt-to-equity", is not it)
    re.compile(r"^\s*taking\s+(?:\w+['’]s\s+)?(?P<name>[\w\s-]{2,40}?)\s+(?:simply\s+)?as\s+(?P<body>[^?]+?),\s+"
               r"(?P<asked>(?:what|how)\b[^?]*)", re.I),
]
# The forms after the first six name no definition by their words: their body must be arithmetic.
_NEEDS_OPERATOR = _CLAUSES[7:]
_BRACKETED = _CLAUSES[9]
_MEANS = next(rx for rx in _CLAUSES if rx.pattern.startswith(r"^\s*(?:using|taking)"))
_TAKEN_AS = _CLAUSES[-1]
# a bracket after a question's verb ("what share ... did Acme pay out as dividends (A / B)") names its metric by its
# arithmetic: the words before it are the question's, not a metric's name
_QUESTION_VERB = re.compile(r"\b(?:did|does|do|was|were|is|are|has|have|had)\b", re.I)
_LOOSE = _CLAUSES[6:]  # the later forms: a part of the metric (", where debt, defined as ...") is no metric
_PART = re.compile(r"\b(?:where|with|and|if|let|when|whereas)\b", re.I)
# Where a definition ends: the question mark, a sentence's end (a capital after the full stop: "Pfizer Inc.
# shareholders' equity" goes on), a restatement after "i.e.", the question resuming, or the unit the answer is
# asked in (", in USD millions", ". $ millions"), which is no line of the formula.
_END = re.compile(r"\?|\.\s+(?=(?-i:[A-Z]))|\.\s*$|[,:]\s+(?:what|how|and\s+what|with|using|taking)\b|,?\s+i\.\s?e\.|"
                  # a remark on what the formula leaves out, ", leaving lease liabilities out": no line of it
                  r",\s+(?:leaving|ignoring)\b|"
                  r"[.,]?\s+(?:in\s+)?(?:USD|US\$|\$)\s?(?:millions?|billions?|thousands?|mn|bn|m)\b|"
                  # the precision or form asked, ", to two decimals", ", percent", ", in times": no line either
                  r",\s+(?:to\s+|with\s+|in\s+)?(?:one|two|three|four|zero|\d)\s+(?:decimals?|dp|decimal\s+places?)\b|"
                  # ", times the 91 days of the quarter" multiplies: no unit asked
                  r",\s+(?:as\s+a\s+|in\s+)?(?:percent(?:age)?|%|times(?!\s+(?:the\s+)?\d)|days)(?=[,.;?)]|\s+(?!\d)|$)|"
                  r";\s", re.I)  # a clause after a semicolon ("; days, one decimal") is the question's again
_NOISE = [
    re.compile(rf",?\s*\b(?:at|on|as\s+of)\s+{MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d", re.I),
    # "cost of sales for the three months ended July 29, 2023": the operand's span, which the plan's period carries
    # ("12 weeks ended March 25, 2023" likewise, with or without "for the")
    re.compile(rf",?\s*\b(?:(?:for|in|over)\s+)?(?:the\s+)?(?:three|six|nine|twelve|\d{{1,2}})[\s-](?:months?|weeks?)\s+"
               rf"ended\s+{MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d", re.I),
    # "the Dec 31, 2021 and 2020 inventories": the balances' dates, which the average carries (after the spans ended on one)
    re.compile(rf"\b{MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d(?:\s*(?:and|to|-)\s*(?:19|20)\d\d)?\b", re.I),
    # "both from the fiscal 2022 cash flow statement", "from the shareholders' equity statement"
    re.compile(r",?\s*\b(?:both\s+|all\s+)?(?:as\s+shown\s+|as\s+reported\s+)?(?:from|on|in|per)\s+the\s+"
               r"(?:(?:fiscal\s+(?:year\s+)?|FY\s*)?(?:19|20)\d\d\s+)?(?:consolidated\s+)?(?:(?:cash\s+flow|income|balance)\s+"
               r"(?:statements?|sheets?)|(?:share|stock)holders['’]?\s+equity\s+statements?|"
               r"statements?\s+of\s+(?:operations|income|earnings|cash\s+flows|financial\s+position|"
               r"(?:changes\s+in\s+)?(?:share|stock)holders['’]?\s+equity))", re.I),
    re.compile(r"\b(?:at\s+the\s+end\s+of|between|for|in|during|at|of)?\s*(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s*)?"
               r"(?:19|20)\d\d\b(?:\s*(?:and|to|-)\s*(?:fiscal\s+(?:year\s+)?|FY\s*)?(?:19|20)\d\d\b)?(?:\s+year[\s-]ends?)?",
               re.I),
    re.compile(r"\b(?:the\s+)?(?:opening\s+and\s+closing|start\s+and\s+end\s+of\s+the\s+year)\b", re.I),
    # "third-quarter cost of sales", "six-month net sales": the operand's span, which the plan's period carries
    re.compile(r"\b(?:(?:first|second|third|fourth)[\s-]quarter|(?:three|six|nine|twelve)[\s-]month|(?:first|second)[\s-]half)"
               r"(?=\s+[a-z])", re.I),
    # "shown in the ROIC table of the 10-K", "as reported in the debt note": where to look, not a line
    re.compile(r",?\s*\b(?:as\s+)?(?:shown|reported|presented|given|stated|disclosed|listed)\s+(?:in|on)\s+(?:the\s+|its\s+)?"
               r"[\w&'’ -]{0,40}?\b(?:table|note|schedule|section|reconciliation)s?\b"
               r"(?:\s+(?:of|in)\s+(?:the\s+|its\s+)?(?:form\s+)?(?:10-k|10-q|8-k|annual\s+report|filing))?", re.I),
    # ", from the FY2023 10-K": the filing to read, not a line ("both from ...": of every operand)
    re.compile(r",?\s*\b(?:(?:both|all)\s+)?(?:from|per|in)\s+(?:(?:the|its)\s+)?(?:(?:fiscal\s+|FY\s*)?(?:19|20)\d\d\s+)?(?:form\s+)?"
               r"(?:10-k|10-q|8-k|annual\s+report)(?![\w-])", re.I),
    # "from the lease note of the 2022 10-K": the same where the filing is named ("proceeds from the notes" is a line)
    re.compile(r",?\s*\b(?:(?:both|all)\s+)?(?:from|per|in)\s+(?:the\s+|its\s+)[\w&'’ -]{0,40}?\b(?:table|note|schedule|section|reconciliation)s?"
               r"(?:\s+(?:of|in)\s+(?:the\s+|its\s+)?(?:(?:fiscal\s+)?(?:19|20)\d\d\s+)?|\s+)(?:form\s+)?"
               r"(?:10-k|10-q|8-k|annual\s+report|filing)\b", re.I),
]
# "A as a percentage of B" divides as "A over B" does
_SHARE_OF = r"\bas\s+an?\s+(?:percentage|percent|%|share|proportion|fraction)\s+of\b"
_WORDS = rf"\bdivided\s+by\b|\bover\b|\bplus\b|\bminus\b|\bless\b(?!\s+than\b)|\btimes\b|{_SHARE_OF}"
_OPERATORS = re.compile(rf"(\(|\)|\s/\s|/|÷|\s\+\s|\+|\s[-–−]\s|\s[x×*]\s|{_WORDS})", re.I)
_WORD_SLASH = re.compile(rf"(\(|\)|\s/\s|(?<![A-Za-z)])/(?![A-Za-z(])|÷|\s\+\s|\+|\s[-–−]\s|\s[x×*]\s|{_WORDS})", re.I)
_SPACED = re.compile(rf"\s[-–−+/x×*÷]\s|÷|{_WORDS}", re.I)
_SYMBOL = {"divided by": "/", "over": "/", "plus": "+", "minus": "-", "less": "-", "times": "*", "x": "*", "×": "*", "÷": "/",
           "–": "-", "−": "-"}
_ARITHMETIC = re.compile(rf"\s[-–−+/x×*÷]\s|\S/\S|{_WORDS}|\bsum\s+of\b", re.I)
# "the sum of A, B and C": the items up to the next operator, a closing parenthesis or the end
_SUM = re.compile(r"\b(?:the\s+)?sum\s+of\s+(?:the\s+)?(?P<items>.+?)(?=\s+(?:divided\s+by|over|less|minus|times)\b|\s/\s|\)|$)",
                  re.I)
_METRIC_WORDS = [
    (re.compile(r"^\s*ebitda\s*$", re.I), "ebitda"),
    (re.compile(r"^\s*net\s+debt\s*$", re.I), "net_debt"),
    (re.compile(r"^\s*total\s+debt\s*$", re.I), "total_debt"),
    (re.compile(r"^\s*free\s+cash\s+flow\s*$", re.I), "fcf"),
    (re.compile(r"^\s*working\s+capital\s*$", re.I), "working_capital"),
]


def line_operand(phrase: str, labels: bool = False) -> str | None:
    """The formula term for one operand; with `labels`, a line no concept covers (or one narrowed
    by words in front of a concept's name: "wireless equipment revenues") is named as printed."""
    from assistant.core.finance.plan import OUTFLOWS, question_concept

    text = re.sub(r"^\s*(?:the|a|an|its|their|total\s+of)\s+", "", phrase.strip(" ,;:"), flags=re.I).strip()
    text = re.sub(r"^(?:unadjusted|reported|gaap|as\s+reported)\s+", "", text, flags=re.I)
    if not text:
        return None
    if (number := re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+days)?(?:\s+(?:of|in)\s+the\s+(?:quarter|year|period))?", text)) is not None:
        return number.group(1)  # "× 91 days": the number of days a quarter counts
    for rx, name in _METRIC_WORDS:
        if rx.match(text):
            return f"({METRICS[name].formula})"
    average = re.match(r"^(?:the\s+)?(?:average\s+(?:of\s+)?|mean\s+of\s+)(?:the\s+)?", text, re.I)  # "the mean of X"
    rest = text[average.end():] if average else text
    found = question_concept(rest)
    if found is None:
        return _printed(rest, average is not None) if labels else None
    name, start, end = found
    if _FLOW_OF.match(rest) and concept_of(name).statement == "balance_sheet":
        # "purchases of intangible assets", "investments in PP&E": cash paid for a balance, not the balance
        return _printed(rest, average is not None) if labels else None
    leftover = re.sub(r"\b(?:reported|as\s+reported|balance|balances|amount|figure|value|net|total|the|of|and)\b", "",
                      rest[:start] + rest[end:], flags=re.I)
    narrowing = re.sub(r"\b(?:reported|as\s+reported|net|total|the|its|consolidated)\b", "", rest[:start], flags=re.I)
    if labels and re.search(r"[A-Za-z]{3,}", narrowing):
        return _printed(rest, average is not None)  # "wireless equipment revenues" is a row, not total revenue
    if len(re.findall(r"[A-Za-z]{3,}", leftover)) > 2:
        return _printed(rest, average is not None) if labels else None  # more words than the line item
    if labels and re.search(r"[A-Za-z]{3,}", leftover) and (printed := _printed(rest, average is not None)):
        # "net interest expense and other" names its printed row, which the concept may not hold;
        # the plan over printed rows is tried first and gives way to the concept's when no row is so printed
        return printed
    if average:
        return f"avg({name})"
    return f"abs({name})" if name in OUTFLOWS else name


_FLOW_OF = re.compile(r"(?:purchases?|investments?|additions?|payments?|acquisitions?|expenditures?)\s+(?:of|in|on|to|for)\s",
                      re.I)


def _printed(phrase: str, average: bool) -> str | None:
    name = label_operand(phrase)
    return None if name is None else (f"avg({name})" if average else name)


def _expression(body: str, labels: bool = False) -> str | None:
    body = re.sub(r"\[[^\]]*\]", " ", body)
    if len(set(YEAR_WORD.findall(body))) > 1 and not re.search(r"\baverage\b|\bmean\s+of\b", body, re.I):
        return None  # "fiscal 2022 EPS divided by fiscal 2020 EPS": one plan period cannot serve both
    body = distributed(_without_sources(body))
    if (m := _SUM.search(body)) is not None:
        items = _sum_items(m.group("items"), labels)
        if items is None:
            return None
        body = body[: m.start()] + " ( " + " + ".join(items) + " ) " + body[m.end():]
    # "net income/revenue" divides; "share buyback/cancellations" is one printed line, tried second. Beside
    # operators written apart ("A − B − tender offers/redemption"), a slash closed up between words joins one line's names.
    if _SPACED.search(body) and re.search(r"[A-Za-z]/[A-Za-z]", body):
        return _parsed(body, _WORD_SLASH, labels)
    return _parsed(body, _OPERATORS, labels) or (_parsed(body, _WORD_SLASH, labels) if labels else None)


def _sum_items(text: str, labels: bool) -> list[str] | None:
    """The items of "the sum of A, B and C" as printed phrases. "and" also joins words inside one
    line ("cash and cash equivalents"), so the pieces are grouped: the fewest groups (two or more)
    that each name a concept; else, over printed rows, the pieces themselves when the grouping is
    unambiguous (two pieces, or pieces separated by commas). None when no grouping fits."""
    pieces = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", text.strip(" ,")) if p.strip()]
    if len(pieces) < 2 or len(pieces) > 6:
        return None
    for count in range(2, len(pieces) + 1):
        for cuts in combinations(range(1, len(pieces)), count - 1):
            bounds = (0, *cuts, len(pieces))
            groups = [" and ".join(pieces[a:b]) for a, b in pairwise(bounds)]
            if all(line_operand(g) is not None for g in groups):
                return groups
    if not labels:
        return None
    if len(pieces) == 2 or len(re.findall(r"\s+and\s+", text)) <= 1:
        return pieces if all(line_operand(p, labels=True) is not None for p in pieces) else None
    return None  # "A and B and C and D": which "and" joins items and which names one line is a guess


def _parsed(body: str, operators: re.Pattern[str], labels: bool) -> str | None:
    parts = [p for p in operators.split(body) if p is not None]
    out: list[str] = []
    skip_depth = 0
    expect_operand = True
    depth = 0
    summed: dict[str, str] = {}  # operand -> the words that first named it
    for raw in parts:
        token = raw.strip()
        if not token:
            continue
        low = re.sub(r"\s+", " ", token.lower())
        if skip_depth:
            skip_depth += {"(": 1, ")": -1}.get(low, 0)
            continue
        if low == "(":
            if not expect_operand:
                skip_depth = 1  # "EBITDA (operating income + D&A)": a restatement of the operand
                continue
            depth += 1
            out.append("(")
            continue
        if low == ")":
            depth -= 1
            out.append(")")
            continue
        if not expect_operand and re.fullmatch(r",?\s*net", low):
            continue  # "interest expense (income), net": the printed label's ending, after its restatement
        if low in ("/", "+", "-", "*") or low in _SYMBOL or re.fullmatch(_SHARE_OF, low):
            out.append(_SYMBOL.get(low, "/" if low.startswith("as ") else low))
            expect_operand = True
            continue
        operand = line_operand(token, labels)
        if operand is not None and out and out[-1] == "+" and summed.get(operand, low) != low:
            # "short-term debt plus current maturities of long-term debt": two lines the question adds, one
            # concept; the second is its own printed row, or the formula is not read over concepts at all
            operand = _printed(token, False) if labels else None
        if operand is None:
            return None
        summed.setdefault(operand, low)
        out.append(operand)
        expect_operand = False
    if depth != 0 or not out:
        return None
    expr = " ".join(dividend_whole(out))
    try:
        ast.parse(expr, mode="eval")
    except SyntaxError:
        return None
    return expr


_ASKED = re.compile(r"\bwhat\s+(?:is|was|were)\s+(?:the\s+)?(?:\w+['’]s\s+)?(?P<body>[^?]+)", re.I)
# An analyst's shorthand: "J&J 2021: dividends paid plus repurchases of common stock, $m?"
_ASKED_AFTER_COLON = re.compile(r"^[^:?]{2,60}:\s+(?P<body>[^?:]+)", re.I)
# A question that is only its arithmetic, with no interrogative: "Acme goodwill plus other intangibles, net?"
_BARE = re.compile(r"^(?!\s*(?:what|how|which|who|why|when|where|is|are|was|were|did|does|do|define|compute|calculate|"
                   r"using|taking)\b)(?P<body>[^?:]+)\?", re.I)
_LEADING_NAME = re.compile(r"^\s*(?:[A-Z][\w&.'’-]*\s+){1,3}(?=[a-z])")
_ASKED_END = re.compile(r",|\(|\?|\s(?:with|using|defined|computed|calculated|where|if)\s|\s(?:for|of|at|in)\s+(?:[A-Z]|the\s)")


def asked_formula(question: str, labels: bool = False) -> tuple[str, str] | None:
    """ "What is the FY2022 unadjusted EBITDA less capex for PepsiCo?" → an expression, when the
    thing asked is itself arithmetic over named items; with `labels`, over lines named as printed
    too ("Acme goodwill plus other intangible assets, net, at June 30, 2022?")."""
    m = _ASKED.search(question) or _ASKED_AFTER_COLON.search(question) or (_BARE.search(question) if labels else None)
    if not m:
        return None
    body = m.group("body")
    end = _ASKED_END.search(body)
    body = body[: end.start()] if end else body
    if m.re is _BARE:
        from assistant.core.finance.catalogue_names import catalogue_metric

        if catalogue_metric(question) is not None:
            return None  # "Acme capex as a share of sales?": the catalogue's metric, with its standard forms
        body = _LEADING_NAME.sub("", body)  # "Acme goodwill plus ...": the company, then the first line
    # "what was A as a percentage of B" is a ratio (`ratio_formula`) or a catalogue metric: only a bare one is read here
    share = f"|{_SHARE_OF}" if m.re is _BARE else ""
    if not re.search(rf"\s(?:less(?!\s+than\b)|minus|plus|divided\s+by|over)\s|\s[-+/÷]\s{share}", body, re.I):
        return None
    expr = _expression(body, labels and m.re is not _ASKED_AFTER_COLON)  # a shorthand after a colon: concepts only
    if expr is None:
        return None
    name = _without_sources(body)
    return expr, re.sub(r"\s+", " ", name).strip()


def _tidy(name: str) -> str:
    """A defined metric's name without the question around it: a catalogue metric it names by its
    title ("J&J 2022 interest coverage" → "interest coverage"), else without a leading "what was
    X's" and a trailing period ("debt-to-equity at December 31, 2021" → "debt-to-equity")."""
    from assistant.core.finance.catalogue_names import catalogue_metric

    metric = catalogue_metric(name)
    if metric is not None:
        return METRICS[metric].title
    name = re.sub(r"^(?:what\s+(?:is|was|were)\s+)?(?:the\s+)?(?:(?:[\w&.]+\s+){0,2}[\w&.]+['’]s\s+)?", "", name,
                  flags=re.I)
    return re.sub(r"\s+(?:at|as\s+of|for|in|during)\s+[^:]*(?:19|20)\d\d$", "", name).strip() or name


def _without_sources(body: str) -> str:
    """The text without its periods and sources ("both from the cash flow statement"); also the name
    of a metric defined only by its arithmetic, "Defined: A ÷ B"."""
    for rx in _NOISE:
        body = rx.sub(" ", body)
    return body


# An analyst's shorthand after the metric's name, with no bracket: "Acme DIO for 2022: 365 x average inventories /
# (cost of products + cost of services)", or as the sentence after the question, "What was Acme's DIO for 2022? 365 x
# ...". Read only for a catalogue metric whose own formula found no input (`catalogue_rows`): elsewhere this form read
# a blind set's shorthand wrongly, and where the catalogue's lines answer, they stand.
_SHORTHAND = re.compile(r"^(?P<name>[^:?]{2,120}?)[:?]\s+(?P<body>.+)", re.I)
_PERCENT_NAME = re.compile(r"\b(?:margins?|(?:tax|growth|return|payout|retention)\s+rates?|yields?|intensity)\b", re.I)  # a percent


def defined_formula(question: str, labels: bool = False, catalogue_rows: bool = False) -> tuple[str, str, str] | None:
    """(formula, unit, name) when the question defines its own metric, else None; with `labels`,
    operands no concept covers are named as printed (`row_...`); with `catalogue_rows` too, even
    where the question names a catalogue metric (its concepts' plan found no input)."""
    from assistant.core.finance.catalogue_names import catalogue_metric
    from assistant.core.finance.defined_parts import defines_own_terms as defines

    asked = asked_formula(question, labels)
    if asked is not None:
        ratio = "percent" if _PERCENT_NAME.search(question) else "ratio"  # "pretax margin: pretax income over revenue"
        unit = "percent" if re.search(r"percent|%", question, re.I) else (ratio if "/" in asked[0] else "USD")
        return asked[0], unit, asked[1]
    shorthand = [_SHORTHAND] if catalogue_rows and labels and catalogue_metric(question) is not None else []
    for rx in [*_CLAUSES, *shorthand]:
        m = rx.search(question)
        if not m or (rx in _LOOSE and _PART.search(m.group("name") or "")):
            continue  # "..., where debt = A + B" defines a part of the metric, not the metric
        body = m.group("body")
        if rx is _MEANS and re.match(r"^(?:the\s+)?[\w\s-]{2,40}?\s+as\s", body, re.I):
            continue  # "Taking total debt as A plus B, what was ...": a part defined (`defined_parts`), not the metric
        if rx is _TAKEN_AS and not asks_named(m.group("name"), m.group("asked")):
            continue
        end = _END.search(body)
        body = body[: end.start()] if end else body
        if (rx in _NEEDS_OPERATOR or rx is _SHORTHAND) and not _ARITHMETIC.search(body):
            continue  # "Acme, Q1 2023: cash from the sale of ..." names a line, it defines no formula
        if rx is _BRACKETED and not restates_lines(question, body):
            continue
        expr = _expression(body, labels=labels and rx is not _BRACKETED)
        if expr is None or not re.search(r"[a-z_]{3,}", expr):
            continue
        if LABEL_PREFIX in expr and catalogue_metric(question) is not None and not catalogue_rows and not defines(question):
            continue  # the planned path first: a catalogue metric the question names (not defines) is worked out over concepts
        named = m.group("name") or ""
        if not named or (rx is _BRACKETED and _QUESTION_VERB.search(re.sub(r"^(?:what|how\s+much)\s+(?:is|was|were)\s+",
                                                                            "", named, flags=re.I))):
            named = _without_sources(body)  # "Defined: A ÷ B" names its metric by its arithmetic
        elif rx is _BRACKETED:
            named = _without_sources(named)  # "Acme 2022 pretax margin (A / B)": the year is the plan's period
        name = re.sub(r"\s+", " ", re.sub(r"\s*\([^()]*\)", "", named)).strip()  # "(12 weeks ended ...)"
        metric = catalogue_metric(name)
        if not re.search(r"[A-Za-z]{3}", name):  # "Acme net debt at December 31, 2022, defined as": named before its date
            name = re.sub(r"^.*\?\s*", "", question[: m.start("name")] + name) if m.group("name") else name
        name = _tidy(name)
        if metric is not None and not re.search(r"percent|%", question, re.I):
            unit = METRICS[metric].unit  # "ROE = ...": a return is a percentage, a DIO days, as the catalogue has it
        elif re.match(r"(?:the\s+)?days\b", name, re.I) or re.search(r"\bdays\s*$", name, re.I):
            unit = "days"  # "days of device inventory": 365 x a balance over a flow
        elif re.search(r"percent|%", question, re.I) or re.search(r"\b(?:margin|rate|intensity|share|yield)\b", name, re.I):
            unit = "percent"
        elif "/" in expr:
            unit = "ratio"
        else:
            unit = "USD"
        return expr, unit, name
    return None
