"""The chat page: the conversation, streaming answers, and every failure as a message."""

from __future__ import annotations

import logging
import time
from dataclasses import asdict
from typing import TYPE_CHECKING

import streamlit as st

from assistant.api import Library
from assistant.core.types import Answer
from assistant.ui.answer_view import render_answer
from assistant.ui.cite_links import opened_from_click
from assistant.ui.markup import escape_md
from assistant.ui.page_panel import open_citation, prefetch_pages, render_page_panel
from assistant.ui.state import (
    CONVERSATION_ID,
    OPEN_PAGE,
    PAGES,
    PENDING_QUESTION,
    Turn,
    get_library,
    history_pairs,
    messages,
    save_conversation,
    selected_filters,
    wait_until_warm,
)

if TYPE_CHECKING:
    from assistant.core.retrieval import Filters

logger = logging.getLogger(__name__)

READABLE_CSS = """<style>
[data-testid="stMainBlockContainer"], [data-testid="stBottomBlockContainer"] { max-width: 52rem; }
</style>"""
EMPTY_LIBRARY = (
    "Your library is empty. Add articles and filings (PDF, HTML, Markdown or text) on the "
    "**Library** page, then ask questions about them here."
)
NO_ANSWER = (
    "Nothing in the library answers this question. Try other words, or widen the filters "
    "in the sidebar."
)


class TokenStream:
    """`on_token` callback that shows the answer as it arrives (redrawn at most ~12 times/s)."""

    def __init__(self, placeholder: st.delta_generator.DeltaGenerator, interval_s: float = 0.08):
        self.placeholder = placeholder
        self.interval_s = interval_s
        self.parts: list[str] = []
        self.first_token_at: float | None = None
        self._drawn = 0.0

    def __call__(self, token: str) -> None:
        now = time.perf_counter()
        if self.first_token_at is None:
            self.first_token_at = now
        self.parts.append(token)
        if now - self._drawn >= self.interval_s:
            self._drawn = now
            self.placeholder.markdown(escape_md("".join(self.parts)) + " ▌")


def render_chat() -> None:
    library = get_library()
    docs = library.documents()
    turns = messages()
    # Read first (the input is pinned to the bottom wherever it is called), so the history
    # knows whether a new answer is about to follow it.
    question = st.chat_input(
        "Ask about your documents…" if docs else "Add documents first",
        key="question",
        disabled=not docs,
    )
    question = question.strip() if isinstance(question, str) else ""
    opened_from_click()  # a click on an answer's [n] opens its page in this run
    if not st.session_state.get(OPEN_PAGE):
        st.html(READABLE_CSS)  # no page open: keep the chat to a readable width
    question = question or str(st.session_state.pop(PENDING_QUESTION, None) or "").strip()
    asked: Turn | None = None
    for i, turn in enumerate(turns):
        with st.chat_message(turn.role):
            _render_turn(turn, f"t{i}", latest=not question and i == len(turns) - 1, asked=asked)
        asked = turn if turn.role == "user" else None
    if not docs:
        st.info(EMPTY_LIBRARY, icon=":material/library_add:")
        st.page_link(PAGES["library"], label="Add documents", icon=":material/upload_file:")
    if question:
        _ask(library, question, turns)


def describe_filters(filters: dict[str, list[str]]) -> str:
    names = {"company": "Company", "period": "Period", "doc_type": "Type", "doc_id": "Document"}
    return "; ".join(f"{names.get(k, k)} = {', '.join(v)}" for k, v in filters.items() if v)


def _render_turn(turn: Turn, key: str, *, latest: bool = True, asked: Turn | None = None) -> None:
    if turn.role == "user":
        st.markdown(escape_md(turn.text))
        if any(turn.filters.values()):
            st.caption(":material/filter_alt: Filters: " + escape_md(describe_filters(turn.filters)))
    elif turn.error:
        st.error(turn.error, icon=":material/error:")
        if turn.answer is not None and turn.answer.citations:
            st.caption("No written answer (the LLM failed), but the search ran: the passages it found, quoted.")
            _answer_with_page(turn.answer, key, latest=False)
    elif turn.answer is not None:
        filtered = describe_filters(asked.filters) if asked is not None and any(asked.filters.values()) else None
        answer = turn.answer
        if not answer.answer.strip() and not answer.citations and not filtered:
            st.warning(NO_ANSWER, icon=":material/search_off:")
            return
        if filtered and not answer.citations:
            answer = answer.model_copy(update={"refused": True})
        _answer_with_page(answer, key, latest=latest, filtered=filtered)


def _answer_with_page(answer: Answer, key: str, *, latest: bool, filtered: str | None = None) -> None:
    """The answer; with the cited page beside it when one of its sources is open."""
    n = open_citation(key)
    if n is None:
        render_answer(answer, key, latest=latest, filtered=filtered)
        return
    left, right = st.columns([1, 1], gap="medium")
    with left:
        render_answer(answer, key, latest=latest, filtered=filtered)
    with right:
        render_page_panel(answer, n, key)


def _ask(library: Library, question: str, turns: list[Turn]) -> None:
    filters = selected_filters()
    history = history_pairs(turns)
    user = Turn("user", question, filters={k: list(v) for k, v in asdict(filters).items() if v})
    turns.append(user)
    with st.chat_message("user"):
        _render_turn(user, f"t{len(turns) - 1}")
    with st.chat_message("assistant"):
        placeholder = st.empty()
        answer, error = answer_question(library, question, filters, history, TokenStream(placeholder))
        placeholder.empty()
        turn = Turn("assistant", answer=answer, error=error)
        turns.append(turn)
        _render_turn(turn, f"t{len(turns) - 1}", asked=user)
    first = not st.session_state.get(CONVERSATION_ID)
    save_conversation(turns)
    if answer is not None:
        prefetch_pages(answer)
    if first and st.session_state.get(CONVERSATION_ID):
        st.rerun()  # the sidebar (drawn before this answer) lists the new conversation


def answer_question(
    library: Library,
    question: str,
    filters: Filters,
    history: list[tuple[str, str]],
    on_token: TokenStream | None = None,
) -> tuple[Answer | None, str | None]:
    """Run `ask`; every failure becomes a message for the user (never a traceback)."""
    from assistant.core.answering import ask
    from assistant.core.library import LibraryBusyError
    from assistant.core.llm import LLMConfigError, LLMUnavailableError
    from assistant.core.store.chroma import StoreUnavailableError

    try:
        with st.spinner("Searching your documents…", show_time=True):
            wait_until_warm(library)
            return ask(question, library=library, filters=filters, history=history, on_token=on_token), None
    except LLMUnavailableError as exc:
        return sources_without_llm(library, question, filters), str(exc)
    except LLMConfigError as exc:
        return sources_without_llm(library, question, filters), f"The configured LLM cannot be used: {exc}"
    except StoreUnavailableError as exc:
        return None, f"The library's store cannot be reached: {exc}"
    except LibraryBusyError as exc:
        return None, f"The library is busy: {exc}. Try again in a moment."
    except ValueError as exc:
        return None, f"That question cannot be answered: {exc}"
    except Exception as exc:
        logger.exception("answering %r failed", question)
        return None, (
            f"Something went wrong while answering ({exc.__class__.__name__}: {exc}). "
            "The app is still running; details are in the log of `footnote ui`."
        )


def sources_without_llm(library: Library, question: str, filters: Filters) -> Answer | None:
    """When the LLM fails, the search still ran: the extractive answer from the same passages
    (so the sources are there to read), or None if even that fails."""
    from assistant.core.answering import answer_offline, verify
    from assistant.core.retrieval import HybridRetriever

    try:
        found = HybridRetriever(library).search(question, filters=filters)
        # The same offline path as `ask` (computed figures, widened passages), not a narrower one.
        answer = answer_offline(library, question, found.hits, found.query, found.siblings)
        hits = found.hits
        answer.retrieved = answer.retrieved or hits
        return verify(answer)
    except Exception as exc:
        logger.warning("no sources to show after the LLM failed: %s", exc)
        return None
