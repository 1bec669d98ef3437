"""The cited page beside the answer: opened from the answer's source pills or a footnote."""

from __future__ import annotations

import logging
import threading
import time

import streamlit as st

from assistant.core.pages import is_pdf
from assistant.core.types import Answer, Citation
from assistant.pageview import CitedPage, cited_page
from assistant.ui.markup import display_title, escape_md, passage_for
from assistant.ui.state import CITE_PREFIX, OPEN_PAGE, close_page, current_settings

logger = logging.getLogger(__name__)


def open_page(turn_key: str, n: int) -> None:
    """Callback: show footnote `n` of the answer drawn under `turn_key` (one page at a time)."""
    close_page()
    st.session_state[OPEN_PAGE] = (turn_key, n)
    st.session_state[CITE_PREFIX + turn_key] = n
    st.session_state["page_opened_at"] = time.perf_counter()


def on_pick(turn_key: str) -> None:
    """Callback of the pills: a pick opens its page, unpicking closes it."""
    n = st.session_state.get(CITE_PREFIX + turn_key)
    if n is None:
        close_page()
    else:
        open_page(turn_key, int(n))


def open_citation(turn_key: str) -> int | None:
    """The footnote number whose page is open beside this answer, if any."""
    opened = st.session_state.get(OPEN_PAGE)
    if opened and opened[0] == turn_key:
        return int(opened[1])
    return None


def render_source_pills(answer: Answer, turn_key: str) -> None:
    pages = {c.n: c.page for c in answer.citations}
    if not pages:
        return
    key = CITE_PREFIX + turn_key
    if st.session_state.get(key) not in (None, *pages):
        st.session_state[key] = None
    st.pills(
        "Open the cited page",
        list(pages),
        format_func=lambda n: f"[{n}] p. {pages[n]}",
        key=key,
        on_change=on_pick,
        args=(turn_key,),
        help="Shows the page of the original document beside the answer, the quote highlighted.",
    )


def _shown(citation: Citation, answer: Answer) -> CitedPage:
    hit = passage_for(citation, answer)
    return cited_page(
        citation.source,
        citation.page,
        citation.quote,
        current_settings(),
        title=citation.title,
        fallback_text=hit.text if hit is not None else citation.quote,
    )


def prefetch_pages(answer: Answer) -> None:
    """Render the cited PDF pages in the background right after an answer, so that a click
    on a source only reads the cache."""
    settings = current_settings()
    wanted = {(c.source, c.page, c.quote) for c in answer.citations if is_pdf(c.source)}
    if not wanted:
        return

    def work() -> None:
        for source, page, quote in sorted(wanted):
            cited_page(source, page, quote, settings)

    threading.Thread(target=work, name="footnote-page-prefetch", daemon=True).start()


def render_page_panel(answer: Answer, n: int, turn_key: str) -> None:
    citation = next((c for c in answer.citations if c.n == n), None)
    if citation is None:
        close_page()
        return
    shown = _shown(citation, answer)
    with st.container(border=True, key=f"page-panel-{turn_key}"):
        head, close = st.columns([5, 1], vertical_alignment="center")
        head.markdown(f"**\\[{n}\\] {escape_md(display_title(citation.title))}** · page {citation.page}")
        close.button("Close", icon=":material/close:", key=f"close-page-{turn_key}", on_click=close_page, type="tertiary")
        if shown.image is not None:
            if shown.image.focus_path is not None:
                st.image(str(shown.image.focus_path), width="stretch", caption="The cited lines, enlarged")
            st.image(str(shown.image.path), width="stretch", caption=f"Page {citation.page} of {shown.image.pages}")
            if not shown.image.found:
                st.caption(":orange[The quote could not be located on this page; the page is shown as it is.]")
            elif shown.image.partial:
                st.caption("Part of the quote is highlighted (the rest is on another page or laid out differently).")
        elif shown.text is not None:
            st.html(shown.text.html)
            if not shown.text.found:
                st.caption(":orange[The quote could not be located in this text.]")
        if shown.error:
            st.caption(f":orange[{escape_md(shown.error)}]")
    opened_at = st.session_state.pop("page_opened_at", None)
    server_s = time.perf_counter() - opened_at if opened_at else shown.seconds
    logger.info("page %s of %s shown in %.3f s (render %.3f s)", citation.page, citation.source, server_s, shown.seconds)
    st.caption(f"Page ready in {shown.seconds:.2f} s")
