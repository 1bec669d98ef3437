"""Text safe to print: escape sequences and control characters removed.

A file name or a document's text can carry escape sequences ("\\x1b]0;pwned\\x07",
"\\x1b[2J"); printed raw they retitle, clear or recolour the user's terminal. Every face
(the CLI, logs on stderr) prints through `clean`; `CONTROLS` is what must not pass raw.
"""

from __future__ import annotations

import logging
import re

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \\), other two-byte ESC sequences, and the
# 8-bit CSI/OSC introducers; then any single control character left.
ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07]*\x07?"
)
# C0 except tab and newline, DEL, C1, and the Unicode bidi controls that reorder what is shown.
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: object) -> str:
    """`text` as a string safe to print: escape sequences and control characters removed."""
    s = str(text)
    if not CONTROLS.search(s):
        return s
    return CONTROLS.sub("", ESCAPES.sub("", s.replace("\r\n", "\n").replace("\r", "\n")))


def clean_line(text: object) -> str:
    """One line: like `clean`, and newlines become spaces (for names inside a message)."""
    return " ".join(clean(text).split("\n"))


class CleanFormatter(logging.Formatter):
    """A log formatter whose lines carry no escape sequences (log messages quote file names)."""

    def format(self, record: logging.LogRecord) -> str:
        return clean(super().format(record))
