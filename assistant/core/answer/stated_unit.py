"""The unit a question states its answer in, held against the figure an offline answer gives.

"USD millions", "$M" or "in $ millions" ask for an amount of money; "in percent", "what
percentage", "%, one decimal" ask for a percent; "x", "times" or "(x)" ask for a ratio, which no amount
of money answers ("total equity $3,306 million" for debt to equity). A percent or a per-share figure given to the
first ("+ 0.790%" for asset-backed debt), an amount given to the second ("$178 million" for a
growth in percent), or a quoted sentence with no figure at all answers something else than what
was asked: confidently wrong, so the offline answer refuses instead. Nothing is re-picked: the gate only turns an
answer into a refusal, so it cannot make a right answer out of a wrong one, nor the reverse.
"""

from __future__ import annotations

import re

from assistant.core.answer.derived_render import COMPUTED
from assistant.core.answer.row_sum import writes_sum
from assistant.core.answer.text import bare_label
from assistant.core.finance.asked import PER_UNIT, THINGS_COUNTED
from assistant.core.finance.periods import MONTH
from assistant.core.finance.supposed import without_supposed
from assistant.core.numbers import CURRENCIES
from assistant.core.types import Answer
from assistant.core.wanted import GIVEN_PERCENT

__all__ = ["instrument_doubt", "self_quotient_doubt", "stated_kind", "sum_doubt", "unit_doubt"]

# An amount asked in a scale: "USD millions", "$ billions", "$M", "millions of dollars".
_SCALED_MONEY = re.compile(r"(?:\b(?:usd|us\$)|\$)\s*(?:millions?|billions?|thousands?|mn|bn|m|b|k)\b|"
                           r"\b(?:millions|billions|thousands)\s+of\s+(?:us\s+)?dollars\b", re.I)
# Money asked as an amount: in a scale, or "in dollars".
_MONEY_TOTAL = re.compile(_SCALED_MONEY.pattern + r"|\bin\s+(?:usd|us\s+dollars|dollars)\b", re.I)
# "USD per share", "dollars per share" ask money too, though no total
_MONEY = re.compile(_MONEY_TOTAL.pattern + r"|(?:\b(?:usd|us\$)|\$)\s*per\s+share\b|\bdollars\s+per\s+share\b", re.I)
# "percentage points" and "basis points" are percents too.
_PERCENT = re.compile(r"\bpercent(?:age)?s?\b|%", re.I)
# A multiple asked in words: "by what factor", "what multiple", "how many times larger".
_FACTOR = re.compile(r"(?i)\bby\s+what\s+factor\b|\bwhat\s+multiple\b|\bhow\s+many\s+times\s+(?:larger|bigger|greater|higher|more|as)\b")
# A ratio stated as its unit: "x, 2dp", "(x)", "Times, one decimal", "in times".
_RATIO = re.compile(r"(?:^|[,(;:?]\s*)(?:x|times)\s*(?:[,);.?]|$)|\bin\s+times\b", re.I)
_RATE_IN_LABEL = re.compile(r"[$€£]\s?(\d[\d,]*(?:\.\d+)?)\s+per\s+(?:common\s+)?share\b", re.I)
_PER_SHARE = re.compile(r"\bper\s+(?:diluted\s+|basic\s+|common\s+)?share\b|\beps\b", re.I)
_CENTS = re.compile(r"\d\.\d\d(?!\d)(?!\s*(?:million|billion|thousand))", re.I)
_TOTAL_SCALES = frozenset({"thousand", "million", "billion"})
_NOT_MONEY = frozenset({"percent", "pp", "bp", "ratio", "days", "x"})
# "senior notes due 2028-2032", "the 2.75% notes maturing 2030": an instrument named by its maturity
# (not "debt due in 2024", one year's bucket of a maturity schedule).
_DUE_NAME = re.compile(r"\b(?:due|maturing)\s+((?:19|20)\d\d)(?:\s*[-–]\s*(?:19|20)\d\d)?\b", re.I)
# A debt issue named by its coupon ("the 3.450% notes due 2046", "2.125% senior notes"); a rate as printed.
_COUPON_NAME = re.compile(r"(\d{1,2}\.\d{1,3}|\d{1,2})\s*%\s+(?=(?:[\w-]+\s+){0,2}(?:notes|debentures|bonds|debt\s+securities)\b)",
                          re.I)
_RATE = re.compile(r"(?<![\d.])(\d{1,2}\.\d{1,3}|\d{1,2})\s*%")
# "dividends plus repurchases", "third plus fourth quarter": two quantities the answer adds.
_PLUS = re.compile(r"\b[a-z]\w*\s+plus\s+(?:the\s+)?[a-z]", re.I)
# A metric the question defines by its arithmetic: "defined as A less B", "compute X as A / B", or the
# arithmetic in brackets after its name, "(gross carrying amount less accumulated amortization)" (an
# operand before the operator: "(less current portion)" names a printed line).
_DEFINES = re.compile(r"\b(?:defined|computed|calculated)\s+as\b|\bdefine\b|\bcompute\b|\bcalculate\b", re.I)
_OPERATOR = r"(?:\b(?:minus|less(?!\s+than)|plus|divided\s+by|times|multiplied\s+by)\b|(?<=\s)[-+/×÷*−](?=\s))"
_BRACKETED = re.compile(rf"\(\s*[^()\s][^()]*?\s{_OPERATOR}\s*[^()]*\w[^()]*\)", re.I)


# "restructuring charges minus cash payments for restructuring": a difference written out, no definition word needed
# ("minus" names no printed line, unlike "less current portion"); "plus or minus 3.5%" is a range
_MINUS = re.compile(r"\b(?!or\b)[a-z]\w*\s+minus\s+(?:the\s+|its\s+)?[a-z]", re.I)


def _writes_arithmetic(question: str) -> bool:
    """Whether the question writes the arithmetic of its figure (a definition, a bracket or a difference)."""
    m = _DEFINES.search(question)
    return (bool(m and re.search(_OPERATOR, question[m.end():], re.I)) or bool(_BRACKETED.search(question))
            or bool(_MINUS.search(question)))


def stated_kind(question: str) -> str | None:
    """"money", "percent" or "ratio" when the question states its answer's unit as one of them (and
    not another), else None."""
    money = bool(_MONEY.search(question))
    if _RATIO.search(question) or _FACTOR.search(question):
        return None if money else "ratio"
    percent = bool(_PERCENT.search(GIVEN_PERCENT.sub(" ", without_supposed(question))))  # "if it fell 10 percent"
    if money == percent:
        return None
    return "money" if money else "percent"


def unit_doubt(question: str, answer: Answer) -> str | None:
    """Why `answer` gives another kind of figure than the unit `question` states (or none at all),
    else None. Refusals and answers to questions stating no unit pass."""
    if answer.refused:
        return None
    if (given := _given(question, answer)) is not None:
        return given
    if (end := _range_end(answer) or _tax_part(question, answer)) is not None:
        return end
    key = answer.key_figure
    if (key is not None and (key.unit or "") in ("", "count", "shares") and _MONEY_WORD.search(question)
            and not _COUNT_ASKED.search(question) and _counted(key.text, _own_quote(answer))):
        return f"the closest figure ({key.text}) counts things, not an amount of money, which the question asks for"
    if (key is not None and key.value is not None and key.unit in ("USD", *CURRENCIES) and key.scale in _TOTAL_SCALES
            and PER_UNIT.search(question) and not _MONEY_TOTAL.search(question) and not _COUNT_ASKED.search(question)):
        # "how much did the charge add per share": a total in millions is not the amount per share
        return f"the closest figure ({key.text}) is a total, not the amount per share or unit the question asks for"
    if (key is not None and key.value is not None and key.unit in ("USD", *CURRENCIES) and key.scale is None
            and _SCALED_MONEY.search(question) and not PER_UNIT.search(question) and re.fullmatch(r"-?\d{1,2}\.\d\d", f"{key.value:.2f}")
            and _CENTS.search(key.text)):
        # "$1.77" for an amount asked in millions: dollars and cents, a per-share figure, not the total
        return f"the closest figure ({key.text}) is dollars and cents, not an amount in the millions the question asks for"
    if key is not None and key.unit in CURRENCIES and THINGS_COUNTED.search(question):
        return f"the closest figure ({key.text}) is an amount of money, not the count the question asks for"
    kind = stated_kind(question)
    if kind is None:
        return None
    if key is None or key.value is None:
        return f"the closest passage gives no {'amount' if kind == 'money' else kind}"
    unit = key.unit or ""
    if kind == "money" and unit in _NOT_MONEY:
        return f"the closest figure ({key.text}) is not an amount of money, which the question asks for"
    if kind == "money" and _PER_SHARE.search(_rate_aside(_own_quote(answer), key.value)) and not _PER_SHARE.search(question):
        return f"the closest figure ({key.text}) is per share, not the total the question asks for"
    if kind == "ratio" and (unit in CURRENCIES or unit in ("USD", "shares", "count")):
        return f"the closest figure ({key.text}) is an amount, not the ratio the question asks for"
    if kind == "ratio" and unit == "percent" and _FACTOR.search(question):  # "by what factor": a growth rate is none
        return f"the closest figure ({key.text}) is a percent, not the factor the question asks for"
    if kind == "percent" and (unit in CURRENCIES or unit in ("USD", "shares", "count")):
        return f"the closest figure ({key.text}) is an amount, not the percent the question asks for"
    return None


# A number the question itself writes (not a year, not part of a word such as "10-K" or "Q2").
_NUMBER = re.compile(r"(?<![\w.,-])(\d[\d,]*(?:\.\d+)?)(?![\w-]|,\d|\.\d)")

_QUANTITY_AFTER = re.compile(r"(?i)\s*(?:%|percent|per\s*cent|million|billion|thousand|bn|mn|m\b|b\b|k\b)")
_MONTH = re.compile(rf"(?i)\b{MONTH}\s+$")


def _given(question: str, answer: Answer) -> str | None:
    """Why an amount is no answer when it is a bare number the question itself writes as part of a
    name (the "401" of a "401(k)" plan, "Section 382"): the passage repeats the question's name. An
    amount or percent the question gives ("the $5 billion program", "the 2.5% notes") may be the
    answer itself, and is left alone."""
    key = answer.key_figure
    if key is None or key.value is None or key.unit not in ("USD", *CURRENCIES):
        return None
    for m in _NUMBER.finditer(question):
        value = float(m.group(1).replace(",", ""))
        if (1900 <= value <= 2100 and "." not in m.group(1)) or _MONTH.search(question[: m.start()]):
            continue  # a year, a day of a month
        if re.search(r"[$€£]\s*$", question[: m.start()]) or _QUANTITY_AFTER.match(question[m.end() :]):
            continue  # an amount or a percent the question gives
        if value == abs(key.value):
            return f"the closest figure ({key.text}) is a number the question itself gives"
    return None


def _range_end(answer: Answer) -> str | None:
    """Why an amount is no answer when its quoted row prints it as one end of a range ("Customer
    relationships 10 – 24 571 (237) 334": a useful life of 10 to 24 years), else None."""
    key = answer.key_figure
    if key is None or key.value is None or key.unit not in ("USD", *CURRENCIES) or not float(key.value).is_integer():
        return None
    n = f"{abs(key.value):,.0f}"
    quote = _own_quote(answer)
    # a row's cells: the range's upper end followed by the next cell ("10 – 24 571"); a sentence's
    # "$10-12 billion" is an amount stated as a range, and is left alone
    ends = re.findall(rf"(?<![\d.,$])\d{{1,3}}\s*[–—-]\s*{re.escape(n)}\s+\(?\$?\s*\d", quote)
    alone = re.findall(rf"(?<![\d.,–—-])(?<![–—-]\s){re.escape(n)}(?![\d,.]|\s*[–—-]\s*\d)", quote)
    if ends and not alone:
        return f"the closest figure ({key.text}) is one end of a range its row prints, not an amount"
    return None


# The parts of an income tax provision: "current state income tax", "deferred foreign tax (benefit)".
_TAX_PARTS = re.compile(r"(?i)\b((?:(?:current|deferred|federal|state|local|foreign|u\.?s\.?|international)[\s,]+"
                        r"(?:and\s+)?){1,3})(?:income\s+tax(?:es)?\b|tax(?:es)?\s+(?:expense|provision|benefit|\(benefit\)))"
                        r"(?!\s+rate)")


def _tax_part(question: str, answer: Answer) -> str | None:
    """Why a row is no answer to an income tax part the question names by its kind or jurisdiction
    ("current state income tax", "deferred foreign tax provision") when the row's label names none
    of those words ("Income tax expense", "Provision"): the row is the whole provision."""
    m = _TAX_PARTS.search(question)
    if m is None or answer.key_figure is None:
        return None
    words = {w.lower().replace(".", "") for w in re.findall(r"[A-Za-z.]+", m.group(1))} - {"and"}
    label = bare_label(_own_quote(answer)).lower().replace(".", "")
    if not label.strip() or any(re.search(rf"\b{w}\b", label) for w in words):
        return None
    return f"the closest row ({label.strip()}) is not the {m.group().strip().lower()} the question names"


# What a count without a currency counts: "43.5 million shares", "1,200 stores".
_COUNT_NOUN = r"\s+(?:of\s+(?:its|our|the)\s+)?(?:common\s+|class\s+[ab]\s+)?(?:shares|stores|employees|customers|units|subscribers|members|accounts)\b"


# A question asking money in any words ("? USD.", "what price"), and one asking a count.
_MONEY_WORD = re.compile(r"\b(?:usd|dollars?|price)\b|\$", re.I)
_COUNT_ASKED = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b", re.I)


def _counted(text: str, quote: str) -> bool:
    """`text` (a figure as stated, no currency) is a count in `quote`: "43.5 million shares"."""
    return bool(text) and re.search(re.escape(text) + _COUNT_NOUN, quote, re.I) is not None


def _rate_aside(quote: str, value: float) -> str:
    """The quote without a rate its label prints beside the figure, "Dividends declared, $1.72 per
    share  (1,392)": the rate names the row; the figure, another number, is the row's total."""
    def other(m: re.Match[str]) -> str:
        return "" if abs(float(m.group(1).replace(",", "")) - abs(value)) > 1e-9 else m.group()
    return _RATE_IN_LABEL.sub(other, quote)


def _own_quote(answer: Answer) -> str:
    """The quote the key figure comes from: the footnote right after it ("$2.35 [1]: ...")."""
    m = re.search(r"\[(\d+)\]", answer.answer)
    n = int(m.group(1)) if m else 0
    return next((c.quote for c in answer.citations if c.n == n), "")


def sum_doubt(question: str, answer: Answer) -> str | None:
    """Why a quoted figure cannot answer a question that adds two quantities ("dividends plus
    repurchases of common stock", "summing A, B and C", `row_sum.writes_sum`) or defines its figure by
    arithmetic ("defined as A less B", "(A less B)"), else None: one figure quoted from a passage is one of the
    parts or another total, not the sum asked. A computed answer (its inputs cited, the
    addition shown) passes, and so does one from two or more quoted figures; one worked out from
    quoted figures passes only when its working adds."""
    adds = bool(_PLUS.search(question) or writes_sum(question))
    if answer.refused or answer.computation is not None or not (adds or _writes_arithmetic(question)):
        return None
    working = answer.answer.split('"')[0]  # the sentence and its working, before the quotes
    if adds and COMPUTED in answer.answer and not re.search(r"\s\+\s", working):
        # "what share came from A plus B": a quotient of one part is not the figure of the sum asked
        return "the figure is worked out without the addition the question writes"
    if answer.key_figure is None or len(answer.citations) != 1 or COMPUTED in answer.answer:
        return None
    asked = "the sum the question asks for" if adds else "the arithmetic the question defines"
    return f"the closest figure ({answer.key_figure.text}) is one stated amount, not {asked}"


def instrument_doubt(question: str, answer: Answer) -> str | None:
    """Why the answer is not about the instrument the question names by its maturity ("senior
    notes due 2028-2032"), else None: none of its quotes names that maturity year, so its figure
    is another issue's (the notes "due June 2021" of the same paragraph)."""
    if answer.refused or not answer.citations:
        return None
    # "the 3.450% notes": an issue is named by its coupon too; quotes that print coupons, none the one
    # asked, are about other issues (the 4.450% notes of the same maturity table).
    asked = {float(r) for r in _COUPON_NAME.findall(question)}
    printed = {float(r) for c in answer.citations for r in _RATE.findall(c.quote)}
    if asked and printed and not asked & printed:
        return f"no passage quoted is about the {'/'.join(sorted(_COUPON_NAME.findall(question)))}% issue the question names"
    m = _DUE_NAME.search(question)
    if m is None:
        return None
    if any(m.group(1) in c.quote for c in answer.citations):
        return None
    return f"no passage quoted is about the instrument {m.group().strip()} that the question names"


def self_quotient_doubt(answer: Answer) -> str | None:
    """Why a computed share or ratio is no answer when it divides one cited figure by itself ("receivables
    FY2022 / receivables FY2022 = 100%"): the part and the whole were read as the same row, so the
    question's part has no row of its own among the inputs. None otherwise."""
    comp = answer.computation
    if answer.refused or comp is None or not comp.inputs:
        return None
    m = re.fullmatch(r"\(*x(\d+)/x(\d+)\)*", comp.expression.replace(" ", ""))
    if m is None or len(comp.inputs) < max(int(m.group(1)), int(m.group(2))):
        return None
    a, b = comp.inputs[int(m.group(1)) - 1], comp.inputs[int(m.group(2)) - 1]
    if (a.name, a.value, a.n) != (b.name, b.value, b.n):
        return None
    return f"the part and the whole asked were read as the same figure ({a.name})"
