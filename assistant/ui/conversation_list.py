"""The sidebar's conversations: new, saved ones (reopen), export to Markdown, delete."""

from __future__ import annotations

import streamlit as st

from assistant.api import Library
from assistant.ui.conversations import ConversationStore, to_markdown
from assistant.ui.state import (
    CONVERSATION_ID,
    clear_conversation,
    delete_conversation,
    messages,
    open_conversation,
)


def _open(conversation_id: str) -> None:
    if not open_conversation(conversation_id):
        st.toast("That conversation was deleted (perhaps in another tab).", icon=":material/info:")


def render_conversations(library: Library) -> None:
    store = ConversationStore(library.settings)
    # The sidebar runs before the page: load the conversation the URL names first. The list
    # itself is kept: the page appends this run's answer to it, and the export reads it later.
    turns = messages()
    current = st.session_state.get(CONVERSATION_ID)
    st.subheader("Conversations")
    st.button("New conversation", on_click=clear_conversation, icon=":material/add_comment:", key="new_conversation")
    saved = store.list()
    if not saved:
        st.caption("Your conversations are kept here (in the library folder, for you only).")
        return
    for info in saved:
        label = info.title if len(info.title) <= 48 else info.title[:47] + "…"
        st.button(
            label,
            key=f"conv-{info.id}",
            on_click=_open,
            args=(info.id,),
            icon=":material/chat:" if info.id == current else ":material/chat_bubble_outline:",
            type="secondary" if info.id == current else "tertiary",
            help=f"{info.updated:%Y-%m-%d %H:%M} UTC · {info.turns // 2} question(s)",
            width="stretch",
        )
    if current:
        title = next((i.title for i in saved if i.id == current), None)
        row = st.container(horizontal=True, gap="small")  # wraps on a narrow sidebar
        row.download_button(
            "Export",
            data=lambda: to_markdown(turns, title),  # called on click, outside the script run
            file_name=f"footnote-{current}.md",
            mime="text/markdown",
            key="export_conversation",
            on_click="ignore",
            icon=":material/download:",
            help="The conversation as Markdown, every answer with its footnotes",
        )
        row.button(
            "Delete",
            key="delete_conversation",
            on_click=delete_conversation,
            args=(current,),
            icon=":material/delete:",
            help="Delete this conversation from the library folder",
        )
