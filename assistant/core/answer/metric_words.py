"""What a figure's words say it measures, where their metric noun alone misleads `metric_check`:
"21.2 million shares at a cost of $1.5 billion" (the price paid for what the clause did, not a
cost line), "$309 million of this liability" (the liability an earlier sentence named, with the
words that say which), "$140 million and $260 million, respectively, of write-offs to cost of
sales" (the figures are amounts of what follows them), and "loss from operations" over a table
asked for what a segment earned (profit and loss are one line with a sign), and "earnings of $1.42
a share" (earnings per share, not the earnings line)."""

from __future__ import annotations

import re

from assistant.core.finance.synonyms import MEASURES, METRICS, RELATED
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.words import root, stem

__all__ = ["POINTER", "amount_of", "measured_by", "paid_for", "pointed_back", "signed_profit"]

# "at a cost of", "for an aggregate cost of": what was paid for the act the clause names
_PAID = re.compile(r"(?i)\b(?:at|for)\s+(?:a|an)\s+(?:total\s+|aggregate\s+|combined\s+|net\s+)?cost\s+of\b")
_COST = stem("cost")


def paid_for(text: str, asked: list[str]) -> str:
    """`text` without the lead-in that prices an act ("at a cost of"), unless a cost is asked:
    the act (a repurchase, an acquisition) is what its figures are about."""
    return text if _COST in asked else _PAID.sub(" for ", text)


# "this liability", "these charges", "such costs" ("such as" lists, it points at nothing)
POINTER = re.compile(r"(?i)\b(?:this|these|those|such(?!\s+as\b))\s+([a-z][a-z-]+)\b")
_PHRASE_WORDS = 4  # words before the noun's earlier mention that say which one it is


def pointed_back(text: str, before: str) -> str:
    """`text` with each "this/these/such NOUN" read as the noun's mentions in `before` (the
    passage before the sentence), each with the words just before it in its own sentence: "this
    liability" after "our mandatory transition tax liability was ..." is that tax liability. A
    noun named nowhere before is left as it is."""
    def resolve(m: re.Match[str]) -> str:
        noun = m.group(1)
        said: list[str] = []
        for e in re.finditer(rf"(?i)\b{re.escape(noun)}\b", before):
            lead = re.split(r"[.;:!?]\s", before[max(0, e.start() - 80) : e.start()])[-1]
            said += [*re.findall(r"[\w&'’-]+", lead)[-_PHRASE_WORDS:], noun]
        return " ".join(said) or m.group()

    return POINTER.sub(resolve, text)


# ", respectively, of write-offs to cost of sales": what a list's figures are amounts of
_RESPECTIVELY_OF = re.compile(r"(?i)^\s*,?\s*respectively\s*,?\s+of\s+([^,;:.()$€£\d]{3,120})")


def amount_of(text: str, end: int) -> str | None:
    """The noun phrase a listed figure is an amount of, when "respectively, of ..." follows it
    (`end`: the figure's end in `text`); else None."""
    m = _RESPECTIVELY_OF.match(text[end:])
    if m is None:
        return None
    return re.split(r"(?i)\b(?:that|which|who|as|when|while|compared)\b", m.group(1), maxsplit=1)[0]


_PROFIT = frozenset(stem(w) for w in ("earnings", "income", "profit"))
# A profit line printed where it is negative: "Loss from operations", "operating loss", "net loss",
# "diluted loss per share" (earnings per share in a year of losses).
_LOSS_LINE = re.compile(r"(?i)\b(?:operating|net|segment)\s+loss(?:es)?\b|\bloss(?:es)?\s+(?:from\s+operations|before)\b"
                        r"|\b(?:earnings|income|profit)\s*\(\s*loss\s*\)|\bloss\s+per\s+(?:common\s+)?share\b")


def signed_profit(asked: list[str], text: str) -> bool:
    """`text` names the profit line asked by its loss name: "what did the segment earn from
    operations" over a table headed "Loss from operations"."""
    return bool(set(asked) & _PROFIT) and bool(_LOSS_LINE.search(text))


# "a remeasurement gain of $2.4 billion", "an intrinsic value of approximately $1 million": the noun
# right before "of" heads the phrase the figure completes; the words before it in its clause say which.
_HEAD_OF = re.compile(r"(?i)((?:\b[a-z][\w&'’-]*\s+){0,3})\b([a-z][a-z-]+)\s+of\s+"
                      r"(?:approximately\s+|about\s+|roughly\s+|nearly\s+|some\s+)?$")
_DONE_TO = re.compile(r"(?i)^\s*,?\s*(?:that|which)\s+(?:was|were|is|are|ha(?:s|ve)\s+been)\s+([a-z]+)\b")
# Acts whose object is the amount ("expect to incur costs of $700 million"): a question asking the act
# ("how much will it incur") asks that amount.
_ACTS = frozenset(root(w) for w in ["incur", "pay", "spend", "record", "recognize", "book", "receive", "raise",
                                    "earn", "generate", "invest", "contribute", "borrow", "repay", "issue", "return"])
# "$1.42 a share", "$6.45 per diluted share": what follows the figure makes a profit a per-share figure
_PER_SHARE = re.compile(r"(?i)^\s*(?:per|a)\s+(?:diluted\s+|basic\s+|common\s+|ordinary\s+)?share\b")
_EPS, _SHARE = stem("eps"), stem("share")
_LISTED = re.compile(r"^\s*,?\s*(?:and\s+)?$")  # "$13 million, $53 million and $141 million"
_HEADS = frozenset(stem(w) for w in METRICS | MEASURES)
# measure nouns and their near synonyms ("compensation" beside "salary" and "bonus")
_MEASURE_WORDS = _HEADS | {stem(w) for line in RELATED if any(stem(x) in _HEADS for x in line.split())
                           for w in line.split()}


def measured_by(sentence: str, fig: Quantity) -> tuple[str, set[str]] | None:
    """(the measure noun, the measure words of its phrase) whose "... of" the figure completes
    ("gain", {"gain"} in "a net pension remeasurement gain of $2.4 billion"; "expense",
    {"compensation", "expense"} in "incentive compensation expense of $52 million"), also for each
    figure of a list after it; None when no such noun heads it."""
    start = fig.start
    for x in reversed([x for x in parse_quantities(sentence) if not x.is_year and x.end <= fig.start]):
        if not _LISTED.match(sentence[x.end : start]):
            break
        start = x.start
    m = _HEAD_OF.search(sentence[max(0, start - 90) : start].split(",")[-1])
    if m is None or stem(m.group(2)) not in _HEADS:
        return None
    head = stem(m.group(2))
    if head in _PROFIT and _PER_SHARE.match(sentence[fig.end :]):
        # "expects adjusted earnings of $6.45 to $6.65 per share": the figure is EPS, named so
        return "earnings per share", {_EPS, _SHARE}
    # "an earnings charge of $200 that was paid in October": the charge is the payment too
    done = _DONE_TO.match(sentence[fig.end : fig.end + 40])
    said = {stem(done.group(1))} if done is not None else set()
    # the words before the head say which one only where they name a measure themselves ("incentive
    # compensation expense"); "facility fee" is a fee, whatever the facility
    return m.group(2).lower(), {head} | said | {stem(w) for w in re.findall(r"[A-Za-z]+", m.group(1))
                                               if stem(w) in _MEASURE_WORDS or root(w) in _ACTS}
