"""Footnote's web app. Start it with `footnote ui` (or `streamlit run streamlit_app.py`);
FOOTNOTE_HOME and the other FOOTNOTE_* settings pick the library and the model."""

from assistant.ui.app import main

# Streamlit runs this file as __main__. Ingest's worker processes (multiprocessing spawn)
# re-import it as __mp_main__: the guard keeps them from starting a second app.
if __name__ == "__main__":
    main()
