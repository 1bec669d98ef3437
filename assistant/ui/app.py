"""The app's frame: page setup, navigation, sidebar, and a guard so no page shows a traceback."""

from __future__ import annotations

import logging
from collections.abc import Callable

import streamlit as st

from assistant.ui.state import PAGES, get_library

logger = logging.getLogger(__name__)


# On a narrow window the sidebar takes less of it, and its collapse arrow is always shown
# (Streamlit shows it only on hover).
LAYOUT_CSS = """<style>
@media (max-width: 960px) {
  section[data-testid="stSidebar"] { width: 230px !important; min-width: 230px !important; }
}
[data-testid="stSidebarCollapseButton"] { display: flex !important; visibility: visible !important; opacity: 1 !important; }
</style>"""


def guarded(what: str, render: Callable[[], None]) -> None:
    """Run `render`; a failure becomes a message and the rest of the app keeps working.

    st.rerun()/st.stop() raise BaseException subclasses and pass through untouched.
    """
    from assistant.core.library import LibraryBusyError
    from assistant.core.llm import LLMConfigError, LLMUnavailableError
    from assistant.core.store.chroma import StoreUnavailableError

    try:
        render()
    except StoreUnavailableError as exc:
        st.error(f"The library's store cannot be reached: {exc}", icon=":material/cloud_off:")
    except (LLMUnavailableError, LLMConfigError) as exc:
        st.error(str(exc), icon=":material/error:")
    except LibraryBusyError as exc:
        st.warning(f"The library is busy: {exc}. Try again in a moment.")
    except Exception as exc:
        logger.exception("%s failed", what)
        st.error(
            f"Something went wrong in {what} ({exc.__class__.__name__}: {exc}). The app is still "
            "running; details are in the log of `footnote ui`.",
            icon=":material/error:",
        )


def main() -> None:
    page = st.navigation(
        [
            st.Page(PAGES["chat"], title="Chat", icon=":material/forum:", default=True),
            st.Page(PAGES["library"], title="Library", icon=":material/library_books:"),
            st.Page(PAGES["evals"], title="Evals", icon=":material/fact_check:"),
        ]
    )
    # Chat reads best in a column; the tables of the other pages need the width.
    # Every page is "wide": a cited page opens beside its answer. Switching Streamlit's layout
    # on that click re-mounts the whole page (measured: about twice the click-to-page time), so
    # the chat page keeps itself to a readable width with CSS while no page is open.
    st.set_page_config(
        page_title=f"{page.title} · Footnote",
        page_icon=":material/format_quote:",
        layout="wide",
    )

    st.html(LAYOUT_CSS)

    def sidebar() -> None:
        from assistant.ui.sidebar import render_sidebar

        render_sidebar(get_library(), page.title)

    guarded("the sidebar", sidebar)
    guarded(f"the {page.title} page", page.run)
