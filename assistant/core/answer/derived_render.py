"""How a figure derived from stated ones is shown: the result, the arithmetic and a quote of every
input with its [n] marker, so `assistant.core.verify` can redo it (`answer.derived` finds the figure)."""

from __future__ import annotations

import re

from assistant.core.answer.derived_inputs import Derived
from assistant.core.answer.spans import window
from assistant.core.numbers import Quantity, format_quantity
from assistant.core.types import Citation, KeyFigure, SearchHit

__all__ = ["COMPUTED", "derived_answer", "render"]

COMPUTED = "computed from the stated figures"  # how a derived answer says it is arithmetic
_RESULT = re.compile(r"(=\s*)-?\d[\d,]*(?:\.\d+)?(%|x)$")  # "... = 8.5%": a quotient's result closing the working


def _decimals(d: Derived) -> int:
    if d.decimals is not None:
        return d.decimals
    return 1 if d.unit in ("percent", "pp") else 2


def render(d: Derived) -> str:
    """The result as text, e.g. "$182.47 million"."""
    decimals = _decimals(d)
    return format_quantity(Quantity(round(d.value, decimals), d.scale, d.unit, decimals=decimals))


def derived_answer(d: Derived, hits: list[SearchHit]) -> tuple[str, list[Citation], KeyFigure]:
    """The answer text (result, arithmetic, a quote of every input), its citations and figure."""
    citations: list[Citation] = []
    quotes: list[str] = []
    for hi, start, end, fig in d.inputs:
        hit = hits[hi]
        a, b = window(hit.text, start, end, start + fig.start)
        quote = re.sub(r"\s+", " ", hit.text[a:b]).strip()
        if any(c.quote == quote for c in citations):
            continue
        n = len(citations) + 1
        citations.append(Citation(n=n, doc_id=hit.doc_id, title=hit.title, source=hit.source,
                                  page=hit.page, quote=quote, score=hit.score, chunk_id=hit.chunk_id))
        quotes.append(f'"{quote}" [{n}]')
    shown = render(d)
    marks = "".join(f"[{c.n}]" for c in citations)
    formula = d.formula
    if d.decimals is not None:  # the working's result at the decimals asked, as the answer states it
        formula = _RESULT.sub(lambda m: f"{m.group(1)}{d.value:.{d.decimals}f}{m.group(2)}", formula)
    text = f"About {shown} {marks}, {COMPUTED}: {formula}. {' '.join(quotes)}"
    key = KeyFigure(value=round(d.value, _decimals(d)), unit=d.unit, scale=d.scale, text=shown)
    return text, citations, key
