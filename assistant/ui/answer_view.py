"""How one Answer is drawn: key figure, text with footnote badges, checks, footnotes."""

from __future__ import annotations

import mimetypes
from pathlib import Path

import streamlit as st

from assistant.core.types import Answer, Citation
from assistant.ui.conversations import answer_with_citations
from assistant.ui.markup import (
    answer_markdown,
    display_title,
    escape_md,
    find_quote,
    footnote_label,
    passage_for,
    passage_html,
    working_markdown,
)
from assistant.ui.page_panel import open_page, render_source_pills
from assistant.ui.state import EXTRACTIVE_HELP, search_whole_library
from assistant.ui.verdict import verification

VERDICT_HELP = (
    "Verified: the question asks for a figure, the answer's key figure is in a cited quote about "
    "what the question names, and every quote and number checked out. Quoted only: every quote "
    "is in its source, but nothing ties a figure to the question. Unverified: a quote or number "
    "was not found in the sources, or arithmetic failed."
)
REFUSAL_NOTE = "The documents in your library do not contain the answer to this question."


def render_answer(answer: Answer, key: str, *, latest: bool = True, filtered: str | None = None) -> None:
    """Everything a reader needs to trust (or distrust) the answer; `key` makes widget keys
    unique. The no-LLM badge is shown under the latest answer only. `filtered` describes the
    filters the question was asked under (a refusal then says so and offers the whole library)."""
    if answer.standalone_question:  # a follow-up: what was actually searched
        st.caption(f":material/manage_search: Searched for: “{_esc(answer.standalone_question)}”")
    if answer.refused:
        if filtered:
            st.warning(
                f"**Nothing in the documents your filters allow ({escape_md(filtered)}) answers this.** "
                "Other documents in the library may.",
                icon=":material/filter_alt_off:",
            )
            st.button(
                "Search the whole library",
                key=f"everywhere-{key}",
                icon=":material/travel_explore:",
                on_click=search_whole_library,
                args=(answer.question,),
            )
        else:
            # The refusal's own words say what is missing; fall back to a plain sentence.
            body = answer_markdown(answer) if answer.answer.strip() else REFUSAL_NOTE
            st.warning(body, icon=":material/search_off:")
    else:
        if answer.key_figure is not None and answer.key_figure.text:
            st.metric("Key figure", answer.key_figure.text, border=True, width="content")
        st.markdown(answer_markdown(answer, link_key=key))
        computation = getattr(answer, "computation", None)  # computed answers (when present)
        if computation is not None and getattr(computation, "inputs", None):
            st.markdown(working_markdown(computation, link_key=key))
        render_source_pills(answer, key)
    _render_checks(answer)
    if answer.citations and not answer.refused:
        st.caption(f"Sources ({len(answer.citations)}) — open a footnote to see the passage")
        for citation in answer.citations:
            _render_footnote(citation, answer, key)
    with st.container(horizontal=True, gap="small", key=f"answer-actions-{key}"):
        if answer.citations and not answer.refused:
            with st.popover("Copy with citations", icon=":material/content_copy:", type="tertiary"):
                text, notes = answer_with_citations(answer)
                st.code(text.strip() + "\n\n" + "\n".join(notes), language="markdown", wrap_lines=True)
        if answer.mode == "extractive" and latest:
            with st.popover("No LLM: extractive answer", icon=":material/info:", type="tertiary"):
                st.markdown(EXTRACTIVE_HELP)
    if answer.notice and not (answer.mode == "extractive" and "FOOTNOTE_LLM" in answer.notice):
        st.caption(escape_md(answer.notice))
    _render_timings(answer)


_BADGES = {
    "verified": ":green-badge[:material/verified: Verified]",
    "quoted": ":blue-badge[:material/format_quote: Quoted only]",
    "unverified": ":orange-badge[:material/warning: Unverified]",
}


def _render_checks(answer: Answer) -> None:
    verdict = verification(answer)
    if verdict is None:  # a refusal: nothing to verify
        pass
    elif verdict.problems:
        st.warning(
            f"{_BADGES['unverified']} **Verification found problems — check these before relying on the answer.**\n\n"
            + "\n".join(f"- {_esc(p)}" for p in verdict.problems),
            icon=":material/warning:",
        )
    else:
        st.markdown(f"{_BADGES[verdict.state]} {_esc(verdict.reason)}", help=VERDICT_HELP)
    checks = answer.checks
    ok = [c for c in checks.computations if not c.upper().startswith("MISMATCH")]
    if ok:
        st.caption("Computations re-checked: " + "; ".join(_esc(c) for c in ok))
    if checks.suspicious_sources:
        st.warning(
            "**Passages set aside: they give instructions to the model instead of stating facts.**\n\n"
            + "\n".join(f"- {_esc(s)}" for s in checks.suspicious_sources),
            icon=":material/warning:",
        )


def _render_footnote(citation: Citation, answer: Answer, turn_key: str) -> None:
    key = f"{turn_key}-{citation.n}"
    with st.expander(footnote_label(citation)):
        hit = passage_for(citation, answer)
        passage = hit.text if hit is not None else citation.quote
        spans = find_quote(citation.quote, passage)
        st.markdown(f"**{_esc(display_title(citation.title))}** · page {citation.page}")
        st.html(passage_html(passage, spans, page=citation.page))
        if hit is not None and not spans:
            st.caption(":orange[The quote could not be located in this passage.]")
        st.button(
            f"Show page {citation.page} beside the answer",
            key=f"show-{key}",
            icon=":material/find_in_page:",
            on_click=open_page,
            args=(turn_key, citation.n),
        )
        _download(citation, key)


def _download(citation: Citation, key: str) -> None:
    path = Path(citation.source)
    if not path.is_file():
        st.caption(f":orange[The original file is no longer at {_esc(str(path))}.]")
        return
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    st.download_button(
        f"Open the original ({path.name}, page {citation.page})",
        data=path.read_bytes,  # a callable: read only when clicked
        file_name=path.name,
        mime=mime,
        key=f"dl-{key}",
        on_click="ignore",
        icon=":material/download:",
    )


def _render_timings(answer: Answer) -> None:
    total = answer.timings_ms.get("total")
    parts = [answer.mode + " answer"]
    if total is not None:
        parts.append(f"{total / 1000:.2f} s")
    st.caption(" · ".join(parts))


def _esc(text: str) -> str:
    return escape_md(text)
