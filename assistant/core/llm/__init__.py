"""Chat models from settings, and one error type for "the model cannot answer now".

`build_chat_model(settings)` turns `settings.llm` ('provider:model') into a
LangChain chat model, or None when no LLM is configured (extractive mode).
Provider packages are imported only when that provider is used.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

from assistant.core.errors import exception_chain

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.core.settings import Settings

logger = logging.getLogger(__name__)

# provider -> module under assistant.core.llm that has `build(model, settings)`
PROVIDERS: dict[str, str] = {
    "openai": "assistant.core.llm.openai",
    "ollama": "assistant.core.llm.ollama",
    "anthropic": "assistant.core.llm.anthropic",
}
DEFAULT_ENDPOINTS = {
    "openai": "the OpenAI API",
    "ollama": "Ollama at http://127.0.0.1:11434",
    "anthropic": "the Anthropic API",
}


class LLMConfigError(ValueError):
    """settings.llm cannot be turned into a chat model (bad spec, missing package or key)."""


class LLMUnavailableError(RuntimeError):
    """The configured model did not answer (server error, timeout, refused connection, ...).

    The message says which model and endpoint failed and what to do; show it as is.
    """

    def __init__(
        self, message: str, *, model: str, endpoint: str, kind: str, status: int | None = None
    ):
        super().__init__(message)
        self.model = model
        self.endpoint = endpoint
        self.kind = kind
        self.status = status


def parse_llm_spec(spec: str) -> tuple[str, str]:
    """'ollama:qwen2.5:7b' -> ('ollama', 'qwen2.5:7b'); the provider is what precedes the first colon."""
    provider, sep, model = spec.strip().partition(":")
    provider = provider.strip().lower()
    if not sep or not provider or not model.strip():
        raise LLMConfigError(
            f"FOOTNOTE_LLM={spec!r} is not 'provider:model'. Supported providers: "
            f"{', '.join(PROVIDERS)} (e.g. openai:gpt-4o-mini, ollama:qwen2.5:7b)."
        )
    if provider not in PROVIDERS:
        raise LLMConfigError(
            f"Unknown LLM provider {provider!r} in FOOTNOTE_LLM={spec!r}. Supported providers: "
            f"{', '.join(PROVIDERS)}. For vLLM, llama.cpp or LM Studio use "
            "openai:<model> with FOOTNOTE_LLM_BASE_URL pointing at the server."
        )
    return provider, model.strip()


def build_chat_model(settings: Settings) -> BaseChatModel | None:
    """The chat model named by settings.llm, or None when it is unset."""
    if not settings.llm:
        return None
    provider, model = parse_llm_spec(settings.llm)
    module = importlib.import_module(PROVIDERS[provider])
    chat: BaseChatModel = module.build(model, settings)
    logger.debug("chat model %s (%s)", settings.llm, describe_endpoint(settings))
    return chat


def describe_endpoint(settings: Settings) -> str:
    if settings.llm_base_url:
        return settings.llm_base_url
    provider = (settings.llm or "").partition(":")[0].strip().lower()
    return DEFAULT_ENDPOINTS.get(provider, "the provider's default endpoint")



def _classify(exc: BaseException) -> tuple[str, int | None]:
    """('timeout' | 'connection' | 'status' | 'other', HTTP status or None), from the whole cause chain."""
    chain = exception_chain(exc)
    for item in chain:
        status = getattr(item, "status_code", None)
        if isinstance(status, int) and status >= 400:
            return "status", status
    for item in chain:
        name = type(item).__name__
        if isinstance(item, TimeoutError) or "Timeout" in name:
            return "timeout", None
    for item in chain:
        name = type(item).__name__
        if isinstance(item, ConnectionError) or "Connect" in name or "RemoteProtocol" in name:
            return "connection", None
    return "other", None


def unavailable_error(exc: BaseException, settings: Settings) -> LLMUnavailableError:
    """Translate whatever a provider raised into an LLMUnavailableError with advice."""
    model = settings.llm or "(no model)"
    endpoint = describe_endpoint(settings)
    kind, status = _classify(exc)
    fallback = "or unset FOOTNOTE_LLM to get extractive answers."
    if kind == "timeout":
        tries = settings.llm_max_retries + 1
        bound = settings.llm_timeout_s * tries
        reason = (
            f"it did not answer within {settings.llm_timeout_s:g} s"
            + (f" per try ({tries} tries, {bound:g} s in all)" if tries > 1 else "")
        )
        advice = f"Check that the server is up and not overloaded, raise FOOTNOTE_LLM_TIMEOUT_S, {fallback}"
    elif kind == "connection":
        reason = "the connection failed"
        advice = f"Check that the server is running and FOOTNOTE_LLM_BASE_URL is right, {fallback}"
    elif status in (401, 403):
        reason = f"the server refused the credentials (HTTP {status})"
        advice = f"Set FOOTNOTE_LLM_API_KEY (or the provider's usual key variable), {fallback}"
    elif status == 404:
        reason = "the server does not know this model or route (HTTP 404)"
        advice = f"Check the model name in FOOTNOTE_LLM and the base URL, {fallback}"
    elif status == 429:
        reason = "the server is rate-limiting requests (HTTP 429)"
        advice = f"Wait and retry, raise FOOTNOTE_LLM_MAX_RETRIES, {fallback}"
    elif status is not None:
        reason = f"the server answered with an error (HTTP {status})"
        advice = f"Check the server's logs and retry, {fallback}"
    else:
        detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
        reason = f"the call failed ({type(exc).__name__}{': ' + detail if detail else ''})"
        advice = f"Check the server and retry, {fallback}"
    message = f"The language model {model} at {endpoint} is unavailable: {reason}. {advice}"
    return LLMUnavailableError(message, model=model, endpoint=endpoint, kind=kind, status=status)


__all__ = [
    "PROVIDERS",
    "LLMConfigError",
    "LLMUnavailableError",
    "build_chat_model",
    "describe_endpoint",
    "parse_llm_spec",
    "unavailable_error",
]
