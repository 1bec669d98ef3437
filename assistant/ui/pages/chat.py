"""Chat page script (run by st.navigation)."""

from assistant.ui.chat import render_chat

render_chat()
