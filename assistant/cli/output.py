"""Everything the CLI prints goes through here: control characters never reach a terminal.

A file name or a document's text can carry escape sequences ("\\x1b]0;pwned\\x07",
"\\x1b[2J"); printed raw they retitle, clear or recolour the user's terminal. `clean`
removes whole escape sequences and every other control or bidi-override character;
`emit_json` keeps the data but writes those characters as JSON escapes.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import typer

from assistant.core.printable import CONTROLS, clean, clean_line

__all__ = ["clean", "clean_line", "emit_json", "say", "warn"]


def say(text: object, *, err: bool = False) -> None:
    typer.echo(clean(text), err=err)


def warn(text: object, color: str = typer.colors.RED) -> None:
    typer.secho(clean(text), err=True, fg=color)


def emit_json(payload: Any) -> None:
    """One JSON object on stdout; control characters that JSON lets through raw are escaped."""
    text = json.dumps(payload, ensure_ascii=False, default=str)
    text = CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
