"""How sources and history are written into the chat model's prompt: a document's label and
pages as block attributes, a passage unable to close its own block, old answers without their
[n] markers, a source cut to a token budget at a word boundary (split out of `answer.llm`)."""

from __future__ import annotations

import re

from assistant.core.tokens import encoding
from assistant.core.types import SearchHit


def strip_markers(text: str) -> str:
    # Old answers' [n] refer to old sources; left in, the model may reuse stale numbers.
    return re.sub(r"\s*\[\d{1,3}(?:\s*[,;]\s*\d{1,3})*\]", "", text).strip()


def attr(value: str) -> str:
    return re.sub(r"\s+", " ", value.replace('"', "'").replace("<", "").replace(">", "")).strip()


def neutralise_tags(text: str) -> str:
    # A passage must not be able to close its own <source> block and speak outside it.
    return re.sub(r"<(/?\s*sources?\b)", r"‹\1", text, flags=re.IGNORECASE)


def doc_label(hit: SearchHit) -> str:
    extra = [
        v
        for v in (hit.company, hit.period, hit.doc_type)
        if v and v.lower() not in hit.title.lower()
    ]
    return attr(f"{hit.title} ({', '.join(extra)})" if extra else hit.title)


def page_label(hit: SearchHit) -> str:
    return (
        f"{hit.page}-{hit.page_end}" if hit.page_end and hit.page_end != hit.page else str(hit.page)
    )


def trim_to_tokens(text: str, max_tokens: int) -> str:
    """A prefix of `text` of at most `max_tokens` tokens, cut at a word boundary."""
    enc = encoding()
    tokens = enc.encode(text, disallowed_special=())
    if len(tokens) <= max_tokens:
        return text
    prefix = enc.decode(tokens[:max_tokens]).rstrip("\ufffd")
    while prefix and not text.startswith(prefix):  # a split multi-byte character
        prefix = prefix[:-1]
    space = prefix.rfind(" ")
    return prefix[:space].rstrip() if space > len(prefix) * 0.8 else prefix
