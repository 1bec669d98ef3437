"""Helpers for reading exceptions raised deep in third-party code."""

from __future__ import annotations

__all__ = ["exception_chain"]


def exception_chain(exc: BaseException) -> list[BaseException]:
    """`exc` and the exceptions behind it (its cause or context, and theirs), at most 10."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 10:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen
