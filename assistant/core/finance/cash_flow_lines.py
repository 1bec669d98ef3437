"""A balance-sheet line's movement asked as the cash flow statement shows it.

"The change in accounts payable in operating cash flow", "how much cash did the increase in
inventories absorb in the cash flow statement": the figure asked is the working-capital line of
the operating section, printed with the sign of its effect on cash, not the difference of two
balance sheet dates (acquisitions, disposals and currency make the two differ, and the balance
difference has the other sign for an asset). `cash_flow_line` reads the line the question moves
("change in", "increase in", "decrease in" right before a balance-sheet line item) when the
question places it in the cash flow statement; `keyed_cash_flow_rows` gives the cash flow
statement's rows of that line item the plan's key. Nothing is asked of a question that does not
place the figure there: a change in a balance there is the difference of the two balances.

`FLOW_VERBS`: the verbs that name a cash flow row's opening flow noun ("raise" for "Proceeds
from", "spend acquiring" for "Acquisitions of"), read by `answer.label_named`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.core.finance.concepts import match_concept
from assistant.core.finance.facts import Fact
from assistant.core.words import LABEL_WORD, stem

__all__ = ["CASH_FLOW_LINE", "FLOW_VERBS", "cash_flow_line", "keyed_cash_flow_rows"]

# The plan's key, a row named as printed (`finance.labels.LABEL_PREFIX`) whose words say what it is:
# "row_change_in_inventories_in_operating_activities" reads "change in inventories in operating activities".
CASH_FLOW_LINE = "row_change_in_"
_OPERATING = "_in_operating_activities"
# The balance-sheet lines whose movement the operating section prints (working capital); other
# balances move through investing or financing lines of other meaning.
_WORKING_CAPITAL = frozenset({"inventories", "receivables", "accounts_payable"})
# A cash flow line's opening flow noun is named by the question's verb of that flow: "how much did
# Acme raise from term borrowings" names "Proceeds from term borrowings", "spend acquiring licenses"
# names "Acquisitions of licenses", "pay for" names "Payments for" (stems).
FLOW_VERBS = {
    stem(noun): frozenset(stem(v) for v in verbs)
    for noun, verbs in (
        ("proceeds", ("receive", "received", "receives", "raise", "raised", "raises", "collect", "collected")),
        ("acquisitions", ("acquire", "acquired", "acquiring", "spend", "spent", "spending")),
        ("purchases", ("purchase", "purchased", "purchasing", "buy", "bought", "buying", "spend", "spent", "spending")),
        ("payments", ("pay", "paid", "paying", "spend", "spent", "spending")),
    )
}
# The question places the figure in the cash flow statement or its operating section.
_ON_CASH_FLOW = re.compile(
    r"\boperating\s+cash\s+flows?\b|\bcash[\s-]+flows?\s+(?:statements?|section)\b|\bstatements?\s+of\s+"
    r"(?:consolidated\s+|condensed\s+)*cash\s+flows\b|\boperating\s+activities\b"
    r"|\bcash\s+(?:flows?\s+)?(?:from|provided\s+by|used\s+in)\s+operati\w+",
    re.I,
)
# A movement of the line, right before it: "change in", "the increase in", "decrease of".
_MOVED = re.compile(r"\b(?:changes?|increases?|decreases?)\s+(?:in|of)\s+(?:the\s+|its\s+)?", re.I)
_WORD = LABEL_WORD


def cash_flow_line(question: str) -> str | None:
    """The plan's key for the working-capital line whose movement the question asks as the cash
    flow statement shows it, or None."""
    if not _ON_CASH_FLOW.search(question):
        return None
    moved = {name for m in _MOVED.finditer(question) if (name := _line_at(question, m.end()))}
    named = {name for m in _WORD.finditer(question) if (name := _line_at(question, m.start()))}
    if len(moved) != 1 or not moved <= _WORKING_CAPITAL or (named & _WORKING_CAPITAL) - moved:
        return None  # another line named too (a sum or a comparison, not one row), or a balance of another section
    return f"{CASH_FLOW_LINE}{moved.pop()}{_OPERATING}"


def _line_at(question: str, start: int) -> str | None:
    """The balance-sheet line item whose label is the longest run of words from `start`."""
    words = _WORD.findall(question[start: start + 60])
    for n in range(min(4, len(words)), 0, -1):
        if name := match_concept(" ".join(words[:n]), "", "balance_sheet"):
            return name
    return None


def keyed_cash_flow_rows(facts: list[Fact], key: str) -> list[Fact]:
    """`facts` with a copy of each cash flow statement row of the line `key` names keyed to it; a
    filing whose cash flow statement prints two rows of that line for one period gives none (which
    one is asked is not said)."""
    if not (key.startswith(CASH_FLOW_LINE) and key.endswith(_OPERATING)):
        return facts
    name = key.removeprefix(CASH_FLOW_LINE).removesuffix(_OPERATING)
    rows = [f for f in facts if f.statement == "cash_flow" and match_concept(f.label, "", "balance_sheet") == name]
    count: dict[tuple[str, str, int], set[str]] = {}
    for f in rows:
        count.setdefault((f.doc_id, f.period, f.duration_months), set()).add(f.row)
    return facts + [replace(f, concept=key) for f in rows if len(count[(f.doc_id, f.period, f.duration_months)]) == 1]
