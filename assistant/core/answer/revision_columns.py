"""An outlook table printing a forecast before and after its revision side by side: "Prior Outlook
Updated Outlook", "Previous forecast 2026  Narrowed forecast 2026", "Current guidance  Previous
guidance". Both columns are the same year's, so the year asked tells no cell; the question's own
point of view does: "before it was narrowed", "the original forecast" ask the earlier column, "now
expects", "the updated outlook" the later one, and a forecast asked plainly is the one in force (the
latest), as an analyst reads such a table. Read by `answer.columns.locate_column`."""

from __future__ import annotations

import re

from assistant.core.answer.qualifiers import asked_families, families
from assistant.core.answer.question import Question
from assistant.core.numbers import Quantity

__all__ = ["revision_column", "revision_sides"]

# A heading's words that say it is the revised forecast. `qualifiers` reads "raised", "now", "updated",
# "new", "revised", "current"; a heading also says how it was revised.
_REVISED = re.compile(r"(?i)\b(?:narrowed|lowered|reduced|cut|increased|latest)\b")
# A heading's words that say it is a forecast at all: the revision sides of other figures are no outlook.
_FORECAST = re.compile(r"(?i)\b(?:outlook|guidance|forecasts?|targets?|expectations?)\b")


def _side(heading: str) -> str | None:
    """"prior" or "current" for a forecast column's heading, else None."""
    if not _FORECAST.search(heading):
        return None
    found = families(heading) & {"prior", "current"}
    if _REVISED.search(heading):
        found.add("current")
    return next(iter(found)) if len(found) == 1 else None


def revision_sides(header: str, cells: int) -> list[str | None] | None:
    """Each of a row's `cells` columns' side ("prior", "current" or None), read from the header line
    naming a forecast's earlier and revised columns; None where no line names both."""
    for line in reversed(header.split("\n")):
        heads = [h.strip() for h in re.split(r"\s{2,}", line.strip()) if h.strip()]
        if len(heads) < cells or cells < 2:
            continue
        sides = [_side(h) for h in heads[-cells:]]
        if "prior" in sides and "current" in sides:
            return sides
    return None


def revision_column(q: Question, header: str, cells: list[Quantity]) -> int | None:
    """The cell of a row, under a header line naming a forecast's earlier and revised columns, that
    the question's point of view picks; None where no header line names both sides for as many
    columns as the row has cells, or the question asks no forecast."""
    asked = asked_families(q.text)
    if "outlook" not in asked and not asked & {"prior", "current"}:
        return None
    want = "prior" if "prior" in asked else "current"
    sides = revision_sides(header, len(cells))
    if sides is None:
        return None
    at = [i for i, s in enumerate(sides) if s == want]
    return at[0] if len(at) == 1 else None
