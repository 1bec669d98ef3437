"""What a sentence's figure is to the line it sits near, read from the words around it.

Three readings an analyst makes before quoting a sentence's figure for a line item:

- "expected to drop to 21%", "rose to 14.2%": a percent after "to" is the level reached, not the
  change, so it answers no growth question.
- "a pre-tax gain of $131 million recorded in equity in earnings": an amount said to be recorded
  (included, recognised) in the asked line is one part of that line, not the line.
- "$7.4 billion to repay asset-backed borrowings" for what was raised from those borrowings: a
  financing flow's two directions (proceeds in, repayments out) are different lines.
- "(a) Excludes cash expenditures of $2 million, reported in ...": a table note that opens by
  saying what the line leaves out; its figures are the amounts left out, never the line.
"""

from __future__ import annotations

import re

from assistant.core.answer.question import Matcher, Question, asked_metrics
from assistant.core.answer.units import metric_stems
from assistant.core.numbers import Quantity

__all__ = ["left_out_by_note", "level_reached", "opposite_flow", "part_recorded_in"]

_GROWTH = re.compile(r"(?i)\b(?:growth|grow(?:s|n)?|grew|increases?|decreases?|declines?|changes?|cagr)\b(?!\s+(?:to|in\s+\w+\s+to)\b)")
_TO_LEVEL = re.compile(r"(?i)\b(?:up\s+)?to\s+(?:about\s+|approximately\s+|roughly\s+)?$")


def level_reached(text: str, fig: Quantity) -> bool:
    """The percent `fig` of `text` is a level a change reached ("dropped to 21%"), not a change."""
    before = text[max(0, fig.start - 60) : fig.start]
    # "growth accelerated to 8%": a growth rate reached is still a change
    return fig.unit == "percent" and bool(_TO_LEVEL.search(before)) and not _GROWTH.search(before)


_VERB = r"(?:recorded|included|recogni[sz]ed|reported|booked|reflected)"
_LINE = r"(?:the\s+|our\s+|its\s+)?([^.;]{3,80})"
# "$131 million was recorded in <line>"; "recorded a gain of $131 million in <line>".
_VERB_AFTER = re.compile(rf"(?i)^[^.;\d]{{0,40}}?\b{_VERB}\s+(?:(?:as\s+)?(?:a\s+)?(?:component|part)\s+of|in|within)\s+{_LINE}")
_VERB_BEFORE = re.compile(rf"(?i)\b{_VERB}\b[^.;\d]{{0,50}}$")
_IN_AFTER = re.compile(rf"(?i)^\s*(?:in|within)\s+{_LINE}")


def part_recorded_in(q: Question, text: str, fig: Quantity) -> str | None:
    """The asked line when the sentence says its figure was recorded in that line ("a gain of
    $131 million recorded in other income"): the figure is one part of the line. None when the
    figure is not said to sit in a line the question asks for, or its own words name the line."""
    asked = asked_metrics(q)
    if not asked:
        return None
    after = text[fig.end :]
    m = _VERB_AFTER.match(after)
    if m is None and _VERB_BEFORE.search(text[max(0, fig.start - 60) : fig.start]):
        m = _IN_AFTER.match(after)
    if m is None:
        return None
    # its own words: those before it and those between it and the line ("$150 million of restructuring
    # charges in restructuring and other charges" is named the line itself)
    own = metric_stems(re.split(r"[.;]", text[max(0, fig.start - 60) : fig.start])[-1] + " " + after[: m.start(1)])
    if own and all(Matcher(asked, own)(t, own) >= 0.6 for t in asked):
        return None  # "revenue of $5 billion, included in revenue": the figure is named the line itself
    line = re.split(r"(?i)\s+(?:in|on|of)\s+(?:our|the|its)\s+(?:consolidated|condensed|statements?)\b", m.group(1))[0]
    stems = metric_stems(line)
    match = Matcher(asked, stems)
    if all(match(t, stems) >= 0.6 for t in asked):
        return line.strip()
    return None


_IN = re.compile(r"(?i)\bproceeds\b|\braised?\b|\braising\b|\bissu(?:ed|ance|ing)\b|\bborrowed\b")
_OUT = re.compile(r"(?i)\b(?:re|pre)pa(?:y|id|yments?|ying)\b|\bredeem(?:ed)?\b|\bredemptions?\b|\bretire(?:d|ment)\b"
                  r"|\brepurchas(?:e|ed|es)\b|\bpaid\s+down\b|\bextinguish(?:ed|ment)\b")


def opposite_flow(question: str, own: str) -> str | None:
    """"repayments" when the question asks what was raised (proceeds, issued, borrowed) and the
    figure's own words say only that it was repaid or redeemed; "proceeds" the other way round."""
    q_in, q_out = bool(_IN.search(question)), bool(_OUT.search(question))
    f_in, f_out = bool(_IN.search(own)), bool(_OUT.search(own))
    if q_in and not q_out and f_out and not f_in:
        return "repayments"
    if q_out and not q_in and f_in and not f_out:
        return "proceeds"
    return None


# A note that opens by saying what its line leaves out: "(a) Excludes ...", "Does not include ...".
_NOTE_EXCLUDES = re.compile(r"(?i)^\s*(?:\(?[a-z\d]{1,2}\)|\*+)?\s*(?:excludes|excluding|does\s+not\s+include|"
                            r"do\s+not\s+include|not\s+included)\b")


def left_out_by_note(question: str, text: str, fig: Quantity) -> bool:
    """`fig` stands in a note that opens by naming what its line excludes ("(a) Excludes cash
    expenditures of $2 million ..."), and the question asks nothing excluded."""
    if re.search(r"(?i)\bexclu|\bleft\s+out\b|\bnot\s+included\b|\b(?:leav|sett?|putt?|stripp?)(?:e|es|s|ing)?\s+"
                 r"(?:out|aside)\b|\bapart\s+from\b|\bwithout\b", question):
        return False
    head = text[: fig.start]
    return bool(_NOTE_EXCLUDES.match(head)) and not re.search(r"[.;]\s", head)
