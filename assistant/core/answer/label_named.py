"""Whether a question names a table row's printed label in its own words.

`row_names.phrase_in` asks a label's words to stand together in the question, in order, as
printed. Questions rarely quote a label: they inflect it ("pay" for "Cash payments", "liability"
for "liabilities", "obtain" for "obtained"), put its inverted parts in reading order ("diluted
weighted-average shares" for "Weighted-average shares––diluted", "IPR&D intangible assets" for
"Intangible assets––IPR&D"), change its preposition ("cash flows for operating leases" for "from
operating leases"), split it with a verb ("net loss was attributable to") or drop the sign word a
statement prints before a deduction ("Less accumulated depreciation"). A finance reader still
reads the row as the one asked. `names_label` accepts such wordings, and only them: every word
of the label that names something is one of the question's words (by stem, or one stem the start
of the other), all within one stretch of the
question hardly longer than the label, with at most one other word in that stretch besides the question's verb frame and its
subject ("did PepsiCo pay", "was") and none that turns the item into another one ("net of", "less", "excluding") unless the
label says it too, nor an "and" right after it that adds to the item ("net of hedges and tax").
"""

from __future__ import annotations

import re

from assistant.core.answer.row_names import FRAME
from assistant.core.finance.cash_flow_lines import FLOW_VERBS
from assistant.core.finance.periods import MONTH_NAMES
from assistant.core.words import stem

__all__ = ["names_label"]

# Words a label's name does not rest on: function words, prepositions (a question may write
# "for" where the label prints "from"), and the sign words a statement prints before a line.
_FUNCTION = frozenset({"and", "of", "the", "a", "an", "s", "its", "their", "for", "from", "in", "on", "to", "by",
                       "with", "under", "at", "as", "per", "into", "less", "add", "plus", "deduct"})
# Label words that name no line by themselves: a row labelled only with them ("Fiscal year",
# "Balance, July") is dated or totalled, and its name is elsewhere.
_PLAIN = frozenset(stem(w) for w in ("total", "other", "net", "year", "years", "fiscal", "quarter", "month", "months",
                                     "period", "balance", "beginning", "end", "ending", "ended", "amount", "amounts",
                                     "subtotal", "items", *MONTH_NAMES))
# Words inside the question's stretch that make it name another item than the label.
_TURNING = frozenset({"net", "less", "minus", "excluding", "excluded", "after", "before", "than", "without", "other"})
# Other words the stretch may hold besides the label's and the question's verb frame ("did", "was"):
# one ("diluted common shares", "pay out in"); two would name another subject inside the label
# ("additions to warranty reserves related to products sold" is no row "Additions related to products sold"
# of another table).
_SLACK = 1
_SHORTEST = 3  # a stem the start of another counts from this many letters ("pay" of "payment")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= _SHORTEST and long_.startswith(short) and not short.isdigit()


def names_label(label: str, question: str, loose: set[str] | None = None) -> bool:
    """Whether `question` names the row labelled `label` (cleaned, `concepts.clean_label`) in
    other order or inflection (see the module's docstring). A label of fewer than two naming
    words is left to the exact reading. `loose` words may stand in the stretch freely."""
    printed = _words(label)
    want = [stem(w) for w in printed if w not in _FUNCTION]
    opening = stem(printed[0]) if printed and printed[0] not in _FUNCTION else ""
    flow = FLOW_VERBS.get(opening, frozenset())  # the label opens with a flow noun: its verbs name it
    if len(want) < 2 or all(w in _PLAIN or w.isdigit() for w in want):
        return False
    printed_q = re.findall(r"[A-Za-z0-9]+", question.replace("’", "'"))
    words = [w.lower() for w in printed_q]
    stems = [stem(w) for w in words]
    free = {stem(w) for w in loose or set()}
    own = set(want)
    best: tuple[int, int] | None = None
    for i in range(len(stems)):
        # the shortest stretch from word i holding every label word, each a word of its own
        left = list(want)
        j = i
        while left and j < len(stems):
            hit = next((k for k, w in enumerate(left) if _same(w, stems[j]) or (w == opening and stems[j] in flow)), None)
            if hit is not None:
                left.pop(hit)
            elif j == i:
                break
            j += 1
        if not left and (best is None or j - i < best[1] - best[0]):
            best = (i, j)
    if best is None:
        return False
    i, j = best
    stretch = words[i:j]
    subject = _subject(printed_q, i, j)
    extra = [w for k, w in enumerate(stretch, i) if w not in _FUNCTION and w not in FRAME and k not in subject
             and not any(_same(stem(w), x) for x in own) and stem(w) not in free]
    if len(extra) > _SLACK:
        return False
    if any(w in _TURNING and stem(w) not in own for w in stretch):
        return False
    before = words[i - 1] if i else ""
    if before in _TURNING and stem(before) not in own:
        return False
    # "net of hedges and tax" asked of the row "..., net of hedges": the question's item goes on
    # where the label ends, so it names another line
    after = words[j : j + 2]
    return not (len(after) == 2 and after[0] in ("and", "or") and after[1] not in _FUNCTION and after[1] not in FRAME
                and not any(_same(stem(after[1]), x) for x in own))


def _subject(printed: list[str], i: int, j: int) -> set[int]:
    """The places of a name the question's verb frame puts between the label's words: "did
    PepsiCo pay for", "did Acme Robotics obtain" (capitalised words right after "did", "was"...)."""
    out: set[int] = set()
    for k in range(i, j):
        if printed[k].lower() in FRAME:
            n = k + 1
            while n < j and printed[n][:1].isupper():
                out.add(n)
                n += 1
    return out
