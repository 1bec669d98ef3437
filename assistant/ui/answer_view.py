"""How one Answer is drawn: key figure, text with footnote badges, checks, footnotes."""

from __future__ import annotations

import mimetypes
from pathlib import Path

import streamlit as st

from assistant.core.types import Answer, Citation
from assistant.ui.markup import (
    answer_markdown,
    escape_md,
    find_quote,
    footnote_label,
    passage_for,
    passage_html,
)
from assistant.ui.state import EXTRACTIVE_HELP

REFUSAL_NOTE = "The documents in your library do not contain the answer to this question."


def render_answer(answer: Answer, key: str, *, latest: bool = True) -> None:
    """Everything a reader needs to trust (or distrust) the answer; `key` makes widget keys
    unique. The how-to-configure-an-LLM box is shown under the latest answer only."""
    if answer.refused:
        # The refusal's own words say what is missing; fall back to a plain sentence.
        body = answer_markdown(answer) if answer.answer.strip() else REFUSAL_NOTE
        st.warning(body, icon=":material/search_off:")
    else:
        if answer.key_figure is not None and answer.key_figure.text:
            st.metric("Key figure", answer.key_figure.text, border=True, width="content")
        st.markdown(answer_markdown(answer))
    _render_checks(answer)
    if answer.citations:
        st.caption(f"Sources ({len(answer.citations)}) — open a footnote to see the passage")
        for citation in answer.citations:
            _render_footnote(citation, answer, f"{key}-{citation.n}")
    if answer.mode == "extractive" and latest:
        st.info(EXTRACTIVE_HELP, icon=":material/info:")
    if answer.notice and not (answer.mode == "extractive" and "FOOTNOTE_LLM" in answer.notice):
        st.caption(escape_md(answer.notice))
    _render_timings(answer)


def _render_checks(answer: Answer) -> None:
    checks = answer.checks
    problems: list[str] = []
    for number in checks.ungrounded_numbers:
        problems.append(f"Number not found in the cited sources: **{_esc(number)}**")
    for problem in checks.invalid_citations:
        problems.append(f"Citation problem: {_esc(problem)}")
    mismatches = [c for c in checks.computations if c.upper().startswith("MISMATCH")]
    for comp in mismatches:
        problems.append(f"Arithmetic does not check out: {_esc(comp)}")
    if problems:
        st.warning(
            "**Verification found problems — check these before relying on the answer.**\n\n"
            + "\n".join(f"- {p}" for p in problems),
            icon=":material/warning:",
        )
    elif answer.citations and not answer.refused:
        st.caption(":green[:material/verified:] Every quote was found in its source and every number in the answer is backed by one.")
    ok = [c for c in checks.computations if c not in mismatches]
    if ok:
        st.caption("Computations re-checked: " + "; ".join(_esc(c) for c in ok))
    if checks.suspicious_sources:
        st.warning(
            "**Passages set aside: they give instructions to the model instead of stating facts.**\n\n"
            + "\n".join(f"- {_esc(s)}" for s in checks.suspicious_sources),
            icon=":material/warning:",
        )


def _render_footnote(citation: Citation, answer: Answer, key: str) -> None:
    with st.expander(footnote_label(citation)):
        hit = passage_for(citation, answer)
        passage = hit.text if hit is not None else citation.quote
        spans = find_quote(citation.quote, passage)
        st.markdown(f"**{_esc(citation.title)}** · page {citation.page}")
        st.html(passage_html(passage, spans, page=citation.page))
        if hit is not None and not spans:
            st.caption(":orange[The quote could not be located in this passage.]")
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
    if answer.standalone_question:
        parts.append(f"searched for: “{_esc(answer.standalone_question)}”")
    st.caption(" · ".join(parts))


def _esc(text: str) -> str:
    return escape_md(text)
