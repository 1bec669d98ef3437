"""How a computed answer writes its figures: amounts in their unit and scale, decimals as the
statement printed them, period keys as words, and the working with every input footnoted."""

from __future__ import annotations

import re

from assistant.core.types import Answer, SearchHit

__all__ = ["amount", "change_rate", "computed_source", "printed_decimals", "readable", "working"]


_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def amount(value: float, unit: str, scale: str | None, decimals: int | None = None, currency: str | None = None) -> str:
    """An amount in the currency its statement states (`currency`, dollars when None)."""
    sign = "-" if value < 0 else ""
    v = abs(value)
    mark = _SYMBOL.get(currency or "USD", f"{currency} ")
    if unit == "USD/share":
        return f"{sign}{mark}{v:,.{2 if decimals is None else decimals}f}"
    d = decimals if decimals is not None else (0 if float(v).is_integer() else 1)
    if unit == "shares":
        return f"{sign}{v:,.{d}f} {scale or ''} shares".replace("  ", " ")
    return f"{sign}{mark}{v:,.{d}f}{' ' + scale if scale else ''}"


def printed_decimals(value: float) -> int:
    """Decimals of a figure as the statement printed it (0.529 → 3), at most 4."""
    text = f"{value:.4f}".rstrip("0")
    return min(4, len(text.split(".")[1])) if "." in text else 0


_SPAN_WORDS = {"6": "six", "9": "nine"}


def readable(label: str) -> str:
    """"6M FY2024" is a key, not words: say "the first six months of FY2024" (a bare "6M" would
    also read as six million to a reader and to the verifier)."""
    return re.sub(r"\b([69])M (FY\d{4})\b", lambda m: f"the first {_SPAN_WORDS[m[1]]} months of {m[2]}", label)


def working(expression: str, shown: list[str], result: str) -> str:
    """The expression over x1, x2, ... with each input written out and footnoted."""
    text = re.sub(r"abs\((x\d+)\)", r"\1", expression)  # inputs are shown as the formula uses them
    while text.startswith("(") and _closing(text, 0) == len(text) - 1:
        text = text[1:-1]
    text = re.sub(r"x(\d+)", lambda m: f"{{{int(m.group(1)) - 1}}}", text.replace("{", "{{").replace("}", "}}"))
    text = text.replace("**", "^").replace("*", "×")
    return f"{text.format(*shown)} = {result}"


def _closing(text: str, start: int) -> int:
    depth = 0
    for i in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return -1


def change_rate(result: float, earlier: float) -> float | None:
    """A change in a line's own unit as a percent of the earlier value it moved from (None from nothing):
    the rate analysts state beside it ("rose $334 million, or 16.2%"), for either reading of "by how much"."""
    return None if earlier == 0 else 100.0 * result / abs(earlier)


def computed_source(answer: Answer) -> SearchHit:
    """A computed answer as a source an LLM can cite: the result, the working and every input's
    row with its filing and page (the rows themselves follow as ordinary sources)."""
    rows = "\n".join(
        f"- [{c.title}, p. {c.page}] {c.quote}" for c in answer.citations
    )
    body = re.sub(r"\s*\[\d+\]", "", answer.answer)
    text = f"Computed by Footnote from the statement facts below (arithmetic checked):\n{body}\nRows used:\n{rows}"
    return SearchHit(
        chunk_id=f"computed:{abs(hash(text)) % 10**12}", doc_id="computed", title="Computed from statement facts",
        source="", page=1, text=text, score=1.0, kind="computed",
    )
