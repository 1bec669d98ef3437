"""Library page script (run by st.navigation)."""

from assistant.ui.library_page import render_library

render_library()
