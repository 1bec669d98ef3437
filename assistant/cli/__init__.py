"""The command line: `footnote` (parse, call the core, render)."""

from assistant.cli.main import main

__all__ = ["main"]
