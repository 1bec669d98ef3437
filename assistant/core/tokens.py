"""Token counting with tiktoken (offline)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.core.offline import ensure_tiktoken_offline

if TYPE_CHECKING:
    import tiktoken


@lru_cache(maxsize=4)
def encoding(name: str = "cl100k_base") -> tiktoken.Encoding:
    ensure_tiktoken_offline()
    import tiktoken

    return tiktoken.get_encoding(name)


def count_tokens(text: str, name: str = "cl100k_base") -> int:
    return len(encoding(name).encode(text, disallowed_special=()))
