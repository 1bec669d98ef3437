"""Footnote's web app. Start it with `footnote ui` (or `streamlit run streamlit_app.py`);
FOOTNOTE_HOME and the other FOOTNOTE_* settings pick the library and the model."""

from assistant.ui.app import main

main()
