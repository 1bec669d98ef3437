"""Citation markers and quote matching: does a quoted passage appear in its source text,
and where (for highlighting)?

Matching forgives what PDF extraction and LLMs change (whitespace, case, curly quotes,
hyphenation, "..." elisions) and nothing else. `assistant.core.verify` re-exports these names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_MARKER = re.compile(r"\[(\s*\d+(?:\s*(?:[,;]|[-–])\s*\d+)*\s*)\]")
_QUOTE_TRANS = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-", "‐": "-",
     "‑": "-", "−": "-", "\u00ad": None}
)
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-[ \t]*\n\s*(?=[a-z])")
_WS = re.compile(r"\s+")
_LETTER_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
_ELLIPSIS = re.compile(r"\.\.\.+")


def cited_numbers(text: str) -> list[int]:
    """Source numbers referred to by [n], [1, 3], [1][2] or [1-3] markers, in order, unique."""
    seen: dict[int, None] = {}
    for m in _MARKER.finditer(text):
        for part in re.split(r"[,;]", m.group(1)):
            ends = [int(x) for x in re.split(r"[-–]", part)]
            lo, hi = ends[0], max(ends[0], min(ends[-1], ends[0] + 20))
            for n in range(lo, hi + 1):
                seen.setdefault(n, None)
    return list(seen)


def normalise_for_match(text: str) -> str:
    """Canonical text for quote matching: NFKC, straight quotes, plain hyphens, lower case,
    words re-joined across line-break hyphenation, whitespace collapsed."""
    t = unicodedata.normalize("NFKC", text).translate(_QUOTE_TRANS).lower()
    t = _HYPHEN_BREAK.sub("", t)
    return _WS.sub(" ", t).strip()


def _compact(normalised: str) -> str:
    # PDF text often loses spaces ("Costofgoodssold") or splits "year-over-\nyear".
    return _LETTER_HYPHEN.sub("", normalised.replace(" ", ""))


def _quote_parts(quote: str) -> list[str]:
    q = normalise_for_match(quote).strip(" \"'")
    parts = [p.strip(" .,;:\"'") for p in _ELLIPSIS.split(q)]
    return [p for p in parts if p]


def _find_in_order(parts: Sequence[str], text: str) -> bool:
    pos = 0
    for part in parts:
        k = text.find(part, pos)
        if k < 0:
            return False
        pos = k + len(part)
    return True


def quote_in_text(quote: str, text: str) -> bool:
    """True when `quote` is in `text` up to whitespace, case, curly quotes, hyphenation and
    "..." elisions (each piece must appear, in order)."""
    parts = _quote_parts(quote)
    if not parts:
        return False
    norm = normalise_for_match(text)
    if _find_in_order(parts, norm):
        return True
    return _find_in_order([_compact(p) for p in parts], _compact(norm))


def quote_span(quote: str, text: str) -> tuple[int, int] | None:
    """(start, end) offsets in `text` of the quoted passage (first to last piece), for
    highlighting; None when `quote_in_text` is False."""
    parts = [_compact(p) for p in _quote_parts(quote)]
    if not parts:
        return None
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):  # per character, so every output char keeps its origin
        for c in unicodedata.normalize("NFKC", ch).translate(_QUOTE_TRANS).lower():
            if not c.isspace():
                chars.append(c)
                index.append(i)
    flat = "".join(chars)
    keep = [k for k, c in enumerate(flat) if not (c == "-" and 0 < k < len(flat) - 1
                                                   and flat[k - 1].isalpha() and flat[k + 1].isalpha())]
    flat = "".join(flat[k] for k in keep)
    index = [index[k] for k in keep]
    first = flat.find(parts[0])
    if first < 0:
        return None
    pos = first + len(parts[0])
    for part in parts[1:]:
        k = flat.find(part, pos)
        if k < 0:
            return None
        pos = k + len(part)
    return index[first], index[pos - 1] + 1
