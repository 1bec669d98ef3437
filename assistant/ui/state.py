"""Per-process clients and per-session state for the app.

The Library (store, embedder, chat model) is built once per process and settings
with `st.cache_resource`, never on a rerun; the conversation lives in
`st.session_state`.
"""

from __future__ import annotations

import logging
import threading
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import streamlit as st

from assistant.api import Library
from assistant.core.settings import Settings

if TYPE_CHECKING:
    from assistant.core.retrieval import Filters
    from assistant.core.types import Answer

logger = logging.getLogger(__name__)

# Session-state keys (widgets use them too, so they are part of the tests' vocabulary).
MESSAGES = "messages"
OPEN_PAGE = "open_page"  # (turn key, footnote number) of the page shown beside its answer
CONVERSATION_ID = "conversation_id"
PENDING_QUESTION = "pending_question"  # asked again by a button ("search the whole library")
CONVERSATION_PARAM = "c"  # the URL's ?c=<id>: a reload reopens the conversation
CITE_PREFIX = "cite-"  # the "open the cited page" pills, one per answer
FILTER_KEYS = {
    "company": "filter_company",
    "period": "filter_period",
    "doc_type": "filter_doc_type",
    "doc_id": "filter_doc_id",
}
PAGES = {
    "chat": "assistant/ui/pages/chat.py",
    "library": "assistant/ui/pages/library.py",
    "evals": "assistant/ui/pages/evals.py",
}
EXTRACTIVE_HELP = (
    "No LLM is configured, so answers are **extractive**: the passages that best answer "
    "the question, quoted from your documents. For written answers set `FOOTNOTE_LLM` "
    "(e.g. `openai:gpt-4o-mini` or `ollama:qwen2.5:7b`) and, for a local OpenAI-compatible "
    "server (vLLM, llama.cpp, LM Studio), `FOOTNOTE_LLM_BASE_URL`; then restart `footnote ui`."
)


@dataclass
class Turn:
    """One message of the conversation as shown (and re-shown on every rerun)."""

    role: str  # "user" or "assistant"
    text: str = ""
    answer: Answer | None = None
    error: str | None = None
    filters: dict[str, list[str]] = field(default_factory=dict)


_warming: weakref.WeakKeyDictionary[Library, threading.Thread] = weakref.WeakKeyDictionary()


def _warm_up(library: Library) -> None:
    # Loading the embedding model and the BM25 index takes a second or more: do it while
    # the user types the first question, not after they press Enter. The store exists already.
    try:
        library.embedder.embed_query("warm up")
        if not library.sharded:  # a shared library reads what each search needs, on demand
            library.lexical()
    except Exception as exc:  # the page that needs them will show the error
        logger.warning("warming up the library failed: %s", exc)


@st.cache_resource(show_spinner=False, max_entries=4)
def _library_for(settings_json: str) -> Library:
    # Keyed by the settings' JSON: a changed env (home, LLM, store URL) gets its own clients.
    settings = Settings.model_validate_json(settings_json)
    logger.info("building the library for %s", settings.home)
    library = Library(settings)
    # The store is built here, once, under the cache's lock: Chroma's client registry is not
    # safe to populate from two threads (sessions, or the warm-up) at the same time. (An
    # embedded library's Chroma client is opened on first need, under the store's own lock.)
    library.store  # noqa: B018
    thread = threading.Thread(target=_warm_up, args=(library,), name="footnote-warm-up", daemon=True)
    _warming[library] = thread
    thread.start()
    return library


def wait_until_warm(library: Library, timeout: float = 300) -> None:
    """Wait for the warm-up to finish before using the embedder, so it is built only once."""
    thread = _warming.get(library)
    if thread is not None:
        thread.join(timeout)


def current_settings() -> Settings:
    """Settings from FOOTNOTE_* variables and the home's footnote.toml (cheap: no clients)."""
    return Settings()


def get_library(settings: Settings | None = None) -> Library:
    settings = settings or current_settings()
    return _library_for(settings.model_dump_json())


def messages() -> list[Turn]:
    """The conversation of this session; after a reload, the one the URL names (?c=<id>)."""
    if MESSAGES not in st.session_state:
        st.session_state[MESSAGES] = []
        wanted = st.query_params.get(CONVERSATION_PARAM)
        if wanted:
            open_conversation(str(wanted))
    turns: list[Turn] = st.session_state[MESSAGES]
    return turns


def close_page() -> None:
    st.session_state[OPEN_PAGE] = None
    for key in [k for k in st.session_state if str(k).startswith(CITE_PREFIX)]:
        st.session_state[key] = None


def clear_conversation() -> None:
    st.session_state[MESSAGES] = []
    st.session_state[CONVERSATION_ID] = None
    st.query_params.pop(CONVERSATION_PARAM, None)
    close_page()


def open_conversation(conversation_id: str) -> bool:
    """Show a saved conversation; False (and an empty chat) when it is gone."""
    from assistant.ui.conversations import ConversationStore

    turns = ConversationStore(current_settings()).load(conversation_id)
    close_page()
    if turns is None:
        st.session_state[MESSAGES] = []
        st.session_state[CONVERSATION_ID] = None
        st.query_params.pop(CONVERSATION_PARAM, None)
        return False
    st.session_state[MESSAGES] = turns
    st.session_state[CONVERSATION_ID] = conversation_id
    st.query_params[CONVERSATION_PARAM] = conversation_id
    return True


def save_conversation(turns: list[Turn]) -> None:
    """Keep the conversation in the library home (a failure is logged, the chat goes on)."""
    from assistant.ui.conversations import ConversationStore, new_id

    conversation_id = st.session_state.get(CONVERSATION_ID) or new_id()
    try:
        ConversationStore(current_settings()).save(conversation_id, turns)
    except OSError as exc:
        logger.warning("the conversation could not be saved: %s", exc)
        return
    st.session_state[CONVERSATION_ID] = conversation_id
    st.query_params[CONVERSATION_PARAM] = conversation_id


def delete_conversation(conversation_id: str) -> None:
    from assistant.ui.conversations import ConversationStore

    ConversationStore(current_settings()).delete(conversation_id)
    if st.session_state.get(CONVERSATION_ID) == conversation_id:
        clear_conversation()


def clear_filters() -> None:
    for key in FILTER_KEYS.values():
        st.session_state[key] = []


def search_whole_library(question: str) -> None:
    """Button callback: drop the filters and ask the same question again."""
    clear_filters()
    st.session_state[PENDING_QUESTION] = question


def history_pairs(turns: list[Turn], limit: int = 4) -> list[tuple[str, str]]:
    """(question, answer) pairs of the last answered turns, for follow-up questions."""
    pairs: list[tuple[str, str]] = []
    question: str | None = None
    for turn in turns:
        if turn.role == "user":
            question = turn.text
        elif question is not None and turn.answer is not None:
            pairs.append((question, turn.answer.answer))
            question = None
    return pairs[-limit:]


def selected_filters() -> Filters:
    from assistant.core.retrieval import Filters

    values: dict[str, Any] = {
        name: list(st.session_state.get(key) or []) for name, key in FILTER_KEYS.items()
    }
    return Filters(**values)


def library_location(settings: Settings) -> str:
    if settings.chroma_url:
        return f"Chroma server {settings.chroma_url} (files in {settings.home})"
    return str(settings.home)


def model_label(library: Library) -> tuple[str, str | None]:
    """(what answers the questions, an error to show if the configured LLM cannot be built)."""
    from assistant.core.llm import LLMConfigError, describe_endpoint

    settings = library.settings
    if not settings.llm:
        return "extractive (no LLM configured)", None
    try:
        library.chat_model()
    except (LLMConfigError, ImportError, ValueError) as exc:
        return f"{settings.llm} (not usable)", str(exc)
    return f"{settings.llm} via {describe_endpoint(settings)}", None
