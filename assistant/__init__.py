"""Footnote: answers from company documents in which every claim and number is footnoted.

    from assistant import Library, Settings, ask
    lib = Library(Settings(home="~/.footnote"))
    lib.ingest(["reports/"])
    answer = ask("What drove Smartoptics' Americas growth?", library=lib)
    print(answer.answer, answer.citations)

Parts: `assistant.core` (settings, store, retrieval, answering, verification, typed
results), `ingest/` and `eval/` (services on the core), `assistant.api` (this API),
`assistant.cli` and `assistant.ui` (the faces). See docs/architecture.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.api import Library, ask
    from assistant.core.settings import Settings
    from assistant.core.types import Answer, Citation

__all__ = ["Answer", "Citation", "Library", "Settings", "ask"]

_EXPORTS = {
    "Library": "assistant.api",
    "ask": "assistant.api",
    "Settings": "assistant.core.settings",
    "Answer": "assistant.core.types",
    "Citation": "assistant.core.types",
}


def __getattr__(name: str) -> Any:
    # Lazy: `import assistant.core.x` (as ingest does) must not pull in ingest through the API.
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'assistant' has no attribute {name!r}")
