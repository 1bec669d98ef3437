"""The sidebar: search filters from the library's documents, the answering model, the library."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from assistant.api import Library
from assistant.core.types import DocumentRecord
from assistant.ui.conversation_list import render_conversations
from assistant.ui.markup import escape_md
from assistant.ui.state import FILTER_KEYS, library_location, model_label


def _multiselect(
    label: str,
    options: Sequence[str],
    key: str,
    placeholder: str,
    format_func: Callable[[str], str] = str,
) -> None:
    # A value whose document was removed or relabelled would make Streamlit reject the widget.
    st.session_state[key] = [v for v in st.session_state.get(key) or [] if v in options]
    st.multiselect(label, list(options), key=key, placeholder=placeholder, format_func=format_func)


def render_sidebar(library: Library, page: str = "Chat") -> None:
    """The sidebar; the filters and the conversations belong to the chat page only."""
    docs: list[DocumentRecord] = library.documents()
    with st.sidebar:
        if page == "Chat":
            _render_filters(docs)
            render_conversations(library)
        label, problem = model_label(library)
        st.caption(f"**Answers:** {escape_md(label)}")
        if problem:
            st.error(f"The LLM setting cannot be used: {escape_md(problem)}", icon=":material/error:")
        chunks = sum(d.chunks for d in docs)
        st.caption(
            f"**Library:** {escape_md(library_location(library.settings))} · "
            f"{_count(len(docs), 'document')}, {_count(chunks, 'passage')}"
        )


def _render_filters(docs: list[DocumentRecord]) -> None:
    st.subheader("Filters")
    if not docs:
        st.caption("Filters appear once the library has documents.")
        return
    companies = sorted({d.company for d in docs if d.company}, key=str.lower)
    periods = sorted({d.period for d in docs if d.period})
    types = sorted({d.doc_type for d in docs if d.doc_type})
    titles = {d.doc_id: d.title for d in docs}
    _multiselect("Company", companies, FILTER_KEYS["company"], "All companies")
    _multiselect("Period", periods, FILTER_KEYS["period"], "All periods")
    _multiselect("Document type", types, FILTER_KEYS["doc_type"], "All types")
    _multiselect(
        "Documents",
        sorted(titles, key=lambda i: titles[i].lower()),
        FILTER_KEYS["doc_id"],
        "All documents",
        format_func=lambda i: titles.get(i, i),
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
