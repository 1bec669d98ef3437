"""Anthropic models via langchain-anthropic (optional extra: pip install 'footnote[anthropic]')."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.core.llm import LLMConfigError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.core.settings import Settings

INSTALL_HINT = "pip install 'footnote[anthropic]'"


def build(model: str, settings: Settings) -> BaseChatModel:
    try:
        from langchain_anthropic import ChatAnthropic
    except ImportError as exc:
        raise LLMConfigError(
            f"anthropic:{model} needs the optional langchain-anthropic package: {INSTALL_HINT}"
        ) from exc

    kwargs: dict[str, Any] = {
        "model": model,
        "temperature": settings.llm_temperature,
        "max_tokens": settings.llm_max_answer_tokens,
        "timeout": settings.llm_timeout_s,
        "max_retries": settings.llm_max_retries,
    }
    # Unset -> ChatAnthropic reads ANTHROPIC_API_KEY / its default URL itself.
    if settings.llm_api_key:
        kwargs["api_key"] = settings.llm_api_key
    if settings.llm_base_url:
        kwargs["base_url"] = settings.llm_base_url
    chat: BaseChatModel = ChatAnthropic(**kwargs)
    return chat
