"""Where a sentence ends: the one builder of the sentence-splitting patterns the readers use.

Every reader splits after ".", "!" or "?" and white space, before what may start a sentence. They
differ on purpose, and each difference is a parameter here rather than another copy of the pattern:

- `starts`: the characters a next sentence may start with (a character class's body). A capital
  or a digit always; "$" where figures open sentences ("$4.2 billion was ..."); a bullet or dash
  where a list item is a unit of its own; a quote mark or bracket where the reader keeps the mark
  on the next sentence rather than allowing an `openers` mark before the start.
- `openers`: marks that may stand before the start ("“(" before "In 2021 ..."), optional.
- `closers`: whether closing quotes and brackets after the stop ('."', '.)') belong to the break,
  so they do not begin the next sentence.
- `keep_initials`: a stop after a single capital is an initial, not an end ("U.S. Consumer
  Services" stays one sentence); for readers that look for a name within one sentence.
- `month_days`: a stop after an abbreviated month before its day ("ended Sept. 30 rose 11%", "on
  Oct. 1") is the month's, not an end; news wires write dates so.
- `also`: another break, as a pattern: a blank line between paragraphs, a bullet run into a line.

`sentences_of` splits text with such a pattern, stripped, empty pieces dropped. `FULL_STOP` is a
stop and the space after it that may end a sentence, for the readers that cut clauses at one.
"""

from __future__ import annotations

import re

__all__ = ["FULL_STOP", "MONTH_DAY", "sentence_end", "sentences_of"]

_CLOSERS = r"[\"'”’)\]]*"
# Placed right after a stop: it is not an abbreviated month's before a day ("Sept. 30", "Jan. 31").
# Python's look-behind is fixed-width, hence one for "Sept." and one for the three-letter months.
MONTH_DAY = (r"(?:(?<!\bSept\.)(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)"
             r"|(?!\s+(?:[1-9]|[12]\d|3[01])\b))")
# A stop and the white space after it, where that may end a sentence: not "Sept. 30".
FULL_STOP = rf"\.{MONTH_DAY}\s"


def sentence_end(starts: str, *, openers: str = "", closers: bool = False, keep_initials: bool = False,
                 month_days: bool = False, also: str = "") -> re.Pattern[str]:
    """The pattern of a sentence break: after ".", "!" or "?" (and closing marks where `closers`),
    white space, then an optional mark of `openers` and a character of `starts`; or `also`."""
    pattern = (r"(?<=[.!?])" + (r"(?<!\b[A-Z]\.)" if keep_initials else "") + (MONTH_DAY if month_days else "")
               + (_CLOSERS if closers else ""))
    pattern += r"\s+(?=" + (f"[{openers}]?" if openers else "") + f"[{starts}])"
    return re.compile(pattern + (f"|{also}" if also else ""))


def sentences_of(text: str, end: re.Pattern[str]) -> list[str]:
    """The sentences of `text` split at `end`, stripped, with no empty ones."""
    return [s.strip() for s in end.split(text) if s.strip()]
