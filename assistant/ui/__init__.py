"""Helpers for the Streamlit app (`streamlit_app.py`): state, pages and answer rendering.

The app stays thin: it calls the same `Library` and `ask` the CLI uses and renders
their typed results. Pure helpers (markup, uploads) live apart from the pages so they
can be tested without Streamlit running.
"""
