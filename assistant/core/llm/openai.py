"""OpenAI and any OpenAI-compatible server (vLLM, llama.cpp server, LM Studio) via langchain-openai."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from assistant.core.llm import LLMConfigError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.core.settings import Settings

# Local OpenAI-compatible servers ignore the key, but the client refuses to start without one.
PLACEHOLDER_KEY = "not-needed"


def build(model: str, settings: Settings) -> BaseChatModel:
    try:
        from langchain_openai import ChatOpenAI
    except ImportError as exc:  # a core dependency, but say how to fix a broken install
        raise LLMConfigError(
            "langchain-openai is not installed: pip install langchain-openai"
        ) from exc

    key = settings.llm_api_key or os.environ.get("OPENAI_API_KEY")
    if not key:
        if not settings.llm_base_url:
            raise LLMConfigError(
                f"No API key for openai:{model}. Set OPENAI_API_KEY (or FOOTNOTE_LLM_API_KEY), "
                "or point FOOTNOTE_LLM_BASE_URL at a local OpenAI-compatible server."
            )
        key = PLACEHOLDER_KEY
    return ChatOpenAI(
        model=model,
        base_url=settings.llm_base_url,
        api_key=key,  # type: ignore[arg-type]  # str is accepted and wrapped in SecretStr
        temperature=settings.llm_temperature,
        timeout=settings.llm_timeout_s,
        max_retries=settings.llm_max_retries,
        max_tokens=settings.llm_max_answer_tokens,  # type: ignore[call-arg]  # pydantic field, sent as max_completion_tokens
        # Ask for the usage chunk when streaming (vLLM, llama.cpp and LM Studio send it too);
        # without it usage falls back to a tiktoken estimate.
        stream_usage=True,
    )
