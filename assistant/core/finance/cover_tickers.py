"""A filing's ticker, read from its cover page's table of registered securities.

The SEC cover lists each registered class as "Title of class  Trading symbol  Exchange", under
or above the column captions "(Title of each class) (Trading symbol(s)) (Name of each exchange
...)": some filings print the captions first and the rows under them, others the rows first and
the captions beneath ("Class B Common Stock  NKE  New York Stock Exchange" then the captions).
Both orders are read. Shared by ingest (labelling a document) and the library (filling the
ticker of a document stored before this reader knew the second order).
"""

from __future__ import annotations

import re

__all__ = ["COVER_TICKER_RE", "cover_ticker"]

COVER_TICKER_RE = re.compile(
    r"(?:^|\s)([A-Z]{1,5}(?:\.[A-Z]{1,2})?)\s+(?i:the\s+)?"
    r"(?i:new\s+york\s+stock\s+exchange|nyse|nasdaq|cboe|chicago\s+stock\s+exchange)"
)
_CAPTION = re.compile(r"trading\s+symbol", re.IGNORECASE)
_AFTER = 10  # rows printed under the captions
_BEFORE = 6  # rows printed above them, back to the "Section 12(b)" line that opens the table
_TABLE_OPENS = re.compile(r"section\s+12\s*\(\s*b\s*\)", re.IGNORECASE)


def cover_ticker(cover: str) -> str | None:
    """The first class's trading symbol in `cover`'s registered-securities table (None: no table)."""
    caption = _CAPTION.search(cover)
    if caption is None:
        return None
    line_start = cover.rfind("\n", 0, caption.start()) + 1
    after = cover[line_start:].splitlines()[1 : 1 + _AFTER]
    for line in after:
        if m := COVER_TICKER_RE.search(line):
            return m.group(1)
    before = cover[:line_start].splitlines()[-_BEFORE:]
    opens = max((i for i, line in enumerate(before) if _TABLE_OPENS.search(line)), default=None)
    rows = before[opens:] if opens is not None else before
    for line in rows:
        if m := COVER_TICKER_RE.search(line):
            return m.group(1)
    return None
