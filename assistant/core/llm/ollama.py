"""Ollama's native API via langchain-ollama."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.core.llm import LLMConfigError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.core.settings import Settings


def build(model: str, settings: Settings) -> BaseChatModel:
    try:
        from langchain_ollama import ChatOllama
    except ImportError as exc:
        raise LLMConfigError(
            "langchain-ollama is not installed: pip install langchain-ollama"
        ) from exc

    # Ollama's client has no retry setting; the timeout goes to its httpx client.
    return ChatOllama(
        model=model,
        base_url=settings.llm_base_url,
        temperature=settings.llm_temperature,
        num_predict=settings.llm_max_answer_tokens,
        client_kwargs={"timeout": settings.llm_timeout_s},
    )
