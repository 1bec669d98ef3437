"""Which of several rows of one printed label a question means, when they give different figures.

A filing repeats a line's label where it measures something else:

- under each part of the company: a segment-results page prints "Net premiums earned" once per
  segment (`finance.table_blocks` keeps each block's name as the row's heading), beside the income
  statement's consolidated line;
- in another unit: an income statement prints "Discontinued operations, net of tax" as an amount
  and again under "Earnings per share, basic" and "diluted" as a per-share figure.

An analyst reads the block the question names ("the Homeowners segment's net premiums earned"),
and the company's own line when it names none: a primary statement's row, else a row under no
part's name or under a whole-company one ("Total", "Consolidated"); a per-share row only when the
question asks a figure per share. `one_measure` narrows a label's rows that way; the rows it keeps
may still disagree (two segments, none named), and the caller then refuses.
"""

from __future__ import annotations

import re

from assistant.core.finance.asked import PER_UNIT
from assistant.core.finance.facts import Fact
from assistant.core.finance.statements import PRIMARY_STATEMENTS
from assistant.core.words import fold_plural

__all__ = ["block_named", "one_measure"]

# Words a block's name may carry beside the part's own ("Commercial Lines segment").
_PLAIN = frozenset({"and", "of", "the", "segment", "segments", "business", "businesses", "division", "region"})
# A block of the whole company, printed after its parts' blocks.
_WHOLE = re.compile(r"^(?:total(?:\s+(?:company|group|consolidated|segments?))?|consolidated(?:\s+total)?|"
                    r"company[\s-]+total|group(?:\s+total)?|worldwide|enterprise)$", re.I)


def _words(text: str) -> set[str]:
    return {fold_plural(w) for w in re.findall(r"[a-z0-9]+", text.lower())}


def block_named(f: Fact, question: str) -> bool:
    """Whether the question names the part whose block the row sits in (every word of its name)."""
    block = str(f.extra.get("block") or "")
    words = _words(block) - _PLAIN
    return bool(words) and words <= _words(question)


def one_measure(rows: list[Fact], question: str) -> list[Fact]:
    """The rows of one label that answer the question: its unit (per share or not), then the block
    it names, else the company's own line. Unchanged when that leaves none."""
    per_unit = bool(PER_UNIT.search(question))
    rows = [f for f in rows if (f.unit == "USD/share") == per_unit] or rows
    blocks = {str(f.extra.get("block")) for f in rows if f.extra.get("block")}
    if not blocks:
        return rows
    named = [f for f in rows if block_named(f, question)]
    if named:
        return named
    whole = [f for f in rows if f.statement in PRIMARY_STATEMENTS and not f.extra.get("block")]
    whole = whole or [f for f in rows if not f.extra.get("block") or _WHOLE.match(str(f.extra["block"]).strip())]
    return whole or rows
