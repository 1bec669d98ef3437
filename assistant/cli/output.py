"""Everything the CLI prints goes through here: control characters never reach a terminal.

A file name or a document's text can carry escape sequences ("\\x1b]0;pwned\\x07",
"\\x1b[2J"); printed raw they retitle, clear or recolour the user's terminal. `clean`
removes whole escape sequences and every other control or bidi-override character;
`emit_json` keeps the data but writes those characters as JSON escapes.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

import typer

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \\), other two-byte ESC sequences, and the
# 8-bit CSI/OSC introducers; then any single control character left.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07]*\x07?"
)
# C0 except tab and newline, DEL, C1, and the Unicode bidi controls that reorder what is shown.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: object) -> str:
    """`text` as a string safe to print: escape sequences and control characters removed."""
    s = str(text)
    if not _CONTROLS.search(s):
        return s
    return _CONTROLS.sub("", _ESCAPES.sub("", s.replace("\r\n", "\n").replace("\r", "\n")))


def clean_line(text: object) -> str:
    """One line: like `clean`, and newlines become spaces (for names inside a message)."""
    return " ".join(clean(text).split("\n"))


def say(text: object, *, err: bool = False) -> None:
    typer.echo(clean(text), err=err)


def warn(text: object, color: str = typer.colors.RED) -> None:
    typer.secho(clean(text), err=True, fg=color)


def emit_json(payload: Any) -> None:
    """One JSON object on stdout; control characters that JSON lets through raw are escaped."""
    text = json.dumps(payload, ensure_ascii=False, default=str)
    text = _CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
