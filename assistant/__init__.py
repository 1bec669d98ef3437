"""Footnote: answers from company documents in which every claim and number is footnoted.

    from assistant import Library, Settings, ask
    lib = Library(Settings(home="~/.footnote"))
    lib.ingest(["reports/"])
    answer = ask("What drove Smartoptics' Americas growth?", library=lib)
    print(answer.answer, answer.citations)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.library import Library
from assistant.settings import Settings
from assistant.types import Answer, Citation

if TYPE_CHECKING:
    from assistant.retrieval import Filters

__all__ = ["Answer", "Citation", "Library", "Settings", "ask"]


def ask(
    question: str,
    *,
    library: Library | None = None,
    filters: Filters | None = None,
    history: list[tuple[str, str]] | None = None,
    **kwargs: Any,
) -> Answer:
    """Answer `question` from `library` (default: the library that Settings() points at)."""
    from assistant.qa import ask as _ask

    return _ask(library or Library(Settings()), question, filters=filters, history=history, **kwargs)
