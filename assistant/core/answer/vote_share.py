"""The support a nominee or proposal won, from its row of a vote table: the votes For over the
votes the question counts (For plus Against, and Abstentions where it counts them), each cell the
one its column heading names ("Name  Votes For  Votes Against  Abstentions  Broker Non-Votes").

A question that does not say which votes make the whole ("what share supported X", no Against
named) gives nothing: support over votes cast and over shares present differ."""

from __future__ import annotations

import logging
import re

from assistant.core.answer.derived_inputs import Derived
from assistant.core.answer.question import Question, company_keys, is_company
from assistant.core.answer.row_growth import printed_row
from assistant.core.answer.spans import split_units
from assistant.core.answer.text import printed_label, word_stems
from assistant.core.finance.plan import asked_decimals
from assistant.core.numbers import Quantity, parse_quantities
from assistant.core.types import SearchHit
from assistant.core.words import stem

__all__ = ["vote_columns", "vote_share"]

logger = logging.getLogger(__name__)

# Each vote column by its heading's own words; one heading must name one kind only.
_KINDS = (
    ("for", re.compile(r"(?i)^(?:votes?\s+)?for$|^in\s+favou?r$")),
    ("against", re.compile(r"(?i)^(?:votes?\s+)?against$")),
    ("abstain", re.compile(r"(?i)^abstain(?:ed|s)?$|^abstentions?$")),
    ("withheld", re.compile(r"(?i)^(?:votes?\s+)?withheld$")),
    ("broker", re.compile(r"(?i)^broker\s+non[-\s]?votes?$")),
)
_AGAINST = re.compile(r"(?i)\bagainst\b")
_ABSTAIN = re.compile(r"(?i)\babst(?:ain|ention)")
# "ignore abstentions", "abstentions excluded", "not counting abstentions": the whole leaves them out.
_LEFT_OUT = re.compile(r"(?i)\b(?:ignor\w*|exclud\w*|excluding|without|not\s+counting|leav\w*\s+out)\b[^.?;]*"
                       r"\babst|\babst\w*\s+(?:and\s+[\w\s-]+?\s+)?(?:excluded|ignored|left\s+out)")
_ONLY = re.compile(r"(?i)\bonly\s+(?:the\s+)?votes?\s+for\s+and\s+against\b|\bcounting\s+only\b")
_SUPPORT = re.compile(r"(?i)\bsupport\w*|\bvotes?\s+for\b|\bfor[-\s]+and[-\s]+against\b|\bin\s+favou?r\b|\bwin\b|\bwon\b")
# Words of a nominee's row or a proposal's line that name no one of them.
_PLAIN = frozenset(stem(w) for w in ("the", "and", "for", "election", "elect", "director", "was", "were", "approved",
                                     "defeated", "regarding", "following"))


def vote_columns(header: str, n: int) -> dict[str, int] | None:
    """Which of a row's `n` cells is each vote kind's, where the header's last line heads the cells
    with vote columns ("Name  Votes For  Votes Against  Abstentions  Broker Non-Votes"); None when
    it does not count out one heading per cell or names no For and Against columns."""
    lines = [ln.strip() for ln in header.split("\n") if ln.strip()]
    if not lines:
        return None
    heads = [h for h in re.split(r"\s{2,}", lines[-1]) if h]
    heads = heads[-n:] if len(heads) in (n, n + 1) else []
    kinds: dict[str, int] = {}
    for i, h in enumerate(heads):
        kind = next((k for k, rx in _KINDS if rx.match(h.strip())), None)
        if kind is None or kind in kinds:
            return None
        kinds[kind] = i
    return kinds if {"for", "against"} <= set(kinds) else None


def _counted(text: str) -> set[str] | None:
    """The vote kinds the question's whole is made of, or None when it does not say."""
    if not _AGAINST.search(text) or not _SUPPORT.search(text):
        return None
    abstain = _ABSTAIN.search(text) and not _LEFT_OUT.search(text) and not _ONLY.search(text)
    return {"for", "against", "abstain"} if abstain else {"for", "against"}


def _named(words: str, asked: set[str]) -> float:
    """How much of a row label's or a proposal's words the question says."""
    own = {w for w in word_stems(words) if len(w) >= 3} - _PLAIN
    return len(own & asked) / len(own) if own else 0.0


_Found = tuple[float, int, dict[str, tuple[int, int, Quantity]], str]


def _cells(text: str, a: int, b: int, row: bool) -> tuple[str, list[Quantity]]:
    """A unit's row as printed ("" for prose) and its cells, years left out."""
    printed = printed_row(text[a:b]) if row else ""
    return printed, [x for x in parse_quantities(printed) if not x.is_year]


def _table_rows(hi: int, text: str, asked: set[str]) -> list[_Found]:
    """Rows of a vote table, one nominee or proposal a row under vote-kind column headings."""
    out: list[_Found] = []
    for a, b, row, header in split_units(text):
        printed, cells = _cells(text, a, b, row)
        kinds = vote_columns(header, len(cells)) if cells else None
        if kinds is not None:
            label = printed_label(printed)
            out.append((_named(label, asked), hi, {k: (a, b, cells[i]) for k, i in kinds.items()}, label))
    return out


def _listed(hi: int, text: str, asked: set[str]) -> list[_Found]:
    """Blocks of one-cell rows labelled by vote kind under the line naming their proposal ("The
    shareholder proposal regarding ... was defeated:" over "For  158,917,578", "Against  ...")."""
    out: list[_Found] = []
    block: dict[str, tuple[int, int, Quantity]] = {}
    heading, last = "", -1
    for a, b, row, _ in split_units(text):
        printed, cells = _cells(text, a, b, row)
        kind = next((k for k, rx in _KINDS if rx.match(printed_label(printed).strip())), None) if len(cells) == 1 else None
        if kind is None:
            continue
        if not block or text[last:a].strip():  # another unit between: a new block
            if block:
                out.append((_named(heading, asked), hi, block, heading))
            block = {}
            heading = (text[:a].rstrip().splitlines() or [""])[-1]
        block.setdefault(kind, (a, b, cells[0]))
        last = b
    if block:
        out.append((_named(heading, asked), hi, block, heading))
    return out


def vote_share(q: Question, text: str, hits: list[SearchHit]) -> Derived | None:
    """For / (the kinds counted) of the one nominee's or proposal's votes in the asked company's
    passages that the question names. Read from the passages, not `derived_inputs.figures`: a vote
    row's cells differ and no period tells them apart, so it offers no figure there."""
    counted = _counted(text) if q.want == "percent" else None
    if counted is None:
        return None
    asked = word_stems(text)
    found: list[_Found] = []
    for hi, h in enumerate(hits):
        if q.company and h.company and not any(is_company(c, company_keys([h])) for c in q.company.values()):
            continue
        found += [f for f in _table_rows(hi, h.text, asked) + _listed(hi, h.text, asked)
                  if f[0] >= 0.6 and counted <= set(f[2])]
    found.sort(key=lambda x: -x[0])
    if not found or any(f[0] == found[0][0] and _counts(f) != _counts(found[0]) for f in found[1:]):
        return None  # none named, or two as well with other counts: whose votes is not told
    _, hi, kinds, label = found[0]
    parts = [kinds[k] for k in ("for", "against", "abstain") if k in counted]
    whole = sum(x.value for *_, x in parts)
    if whole <= 0 or any(x.value < 0 for *_, x in parts):
        return None
    value = 100.0 * parts[0][2].value / whole
    formula = f"{parts[0][2].raw} / ({' + '.join(x.raw for *_, x in parts)}) = {value:.1f}%"
    logger.debug("vote share of %r: %s", label.strip(), formula)
    return Derived(value, "percent", None, formula, [(hi, a, b, x) for a, b, x in parts], decimals=asked_decimals(text))


def _counts(f: _Found) -> list[float]:
    return [x.value for *_, x in f[2].values()]
