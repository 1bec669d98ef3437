"""Evals page script (run by st.navigation)."""

from assistant.ui.evals_page import render_evals

render_evals()
