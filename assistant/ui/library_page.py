"""The library page: documents and their metadata, uploads with progress, removal, corrections."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, get_args

import streamlit as st

from assistant.core.types import DocType, DocumentRecord, IngestReport
from assistant.ui.company_merge import render_company_merge
from assistant.ui.markup import escape_md
from assistant.ui.state import get_library, library_location, wait_until_warm
from assistant.ui.uploads import UPLOAD_TYPES, Upload, ingest_uploads, remove_documents
from ingest.reader_version import is_stale

if TYPE_CHECKING:
    import pandas as pd

    from assistant.api import Library
    from ingest.pipeline import Progress, ProgressCallback

logger = logging.getLogger(__name__)

EDITABLE = ["title", "company", "ticker", "period", "doc_type"]
EDITOR_KEY = "docs_editor"
REMOVE_KEY = "remove_select"
LAST_INGEST = "last_ingest"
NOTICE = "library_notice"
CONFIRM = "confirm_remove"


def render_library() -> None:
    library = get_library()
    st.header("Library")
    st.caption(f"Stored in {escape_md(library_location(library.settings))}")
    _upload_section(library)
    docs = sorted(library.documents(), key=lambda d: (d.company or "~", d.period or "", d.title))
    notice = st.session_state.pop(NOTICE, None)
    if notice:
        st.success(notice, icon=":material/check_circle:")
    if not docs:
        st.info("No documents yet: add some above.", icon=":material/library_add:")
        return
    st.subheader(f"Documents ({len(docs)})")
    stale = [d for d in docs if is_stale(d.reader)]
    if stale:
        st.warning(
            f"{_count(len(stale), 'document')} {'was' if len(stale) == 1 else 'were'} stored by an older version of Footnote's ingest, without what it "
            "reads now (e.g. more statement facts): read them again from their files (or run `footnote ingest --stale`). "
            "Your corrections to their labels are kept.",
            icon=":material/update:",
        )
        if st.button(f"Read {_count(len(stale), 'document')} again", icon=":material/refresh:", key="reread_stale"):
            _ingest_with_bar(library, f"Reading {len(stale)} file(s) again…",
                             lambda progress: library.reread_stale(progress=progress))
            st.rerun()
    _documents_editor(library, docs)
    render_company_merge(library, docs)
    _remove_section(library, docs)


# -- uploads -----------------------------------------------------------------------------------
def _upload_section(library: Library) -> None:
    gen = st.session_state.setdefault("uploader_gen", 0)
    with st.container(border=True):
        st.subheader("Add documents")
        files = st.file_uploader(
            "PDF, HTML, Markdown or text files",
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
            key=f"uploader-{gen}",
        )
        with st.expander("Label these files (optional: detected from the text otherwise)"):
            cols = st.columns(4)
            company = cols[0].text_input("Company", key="up_company")
            ticker = cols[1].text_input("Ticker", key="up_ticker")
            period = cols[2].text_input("Period", key="up_period", placeholder="FY2024, Q1 2026")
            doc_type = cols[3].selectbox(
                "Type", ["", *get_args(DocType)], key="up_doc_type", format_func=lambda v: v or "detect"
            )
        if st.button("Add to library", type="primary", disabled=not files, key="add_docs"):
            uploads = [Upload(f.name, f.getvalue()) for f in files or []]
            _ingest_with_bar(
                library,
                f"Reading {len(uploads)} file(s)…",
                lambda progress: ingest_uploads(
                    library,
                    uploads,
                    company=company.strip() or None,
                    ticker=ticker.strip() or None,
                    period=period.strip() or None,
                    doc_type=doc_type or None,
                    progress=progress,
                ),
            )
            st.session_state["uploader_gen"] = gen + 1  # a fresh, empty uploader
            st.rerun()
        last = st.session_state.get(LAST_INGEST)
        if isinstance(last, IngestReport):
            show_ingest_report(last, library)


def _ingest_with_bar(library: Library, start: str, run: Callable[[ProgressCallback], IngestReport]) -> None:
    """Run an ingest under a progress bar; its report is shown above the table after the rerun."""
    bar = st.progress(0.0, text=start)
    wait_until_warm(library)
    report = run(_progress_to(bar))
    bar.progress(1.0, text="Done")
    st.session_state[LAST_INGEST] = report


def _progress_to(bar: Any) -> Any:
    def update(p: Progress) -> None:
        fraction = min(1.0, p.files_done / max(1, p.files_total))
        text = f"{p.files_done}/{p.files_total} files · {p.chunks} chunks embedded"
        if p.current and p.files_done < p.files_total:
            text += f" · {p.current}"
        bar.progress(fraction, text=escape_md(text))

    return update


def show_ingest_report(report: IngestReport, library: Library) -> None:
    titles = {d.doc_id: d.title for d in library.documents()}

    def names(ids: list[str]) -> str:
        return ", ".join(escape_md(titles.get(i, i)) for i in ids)

    if report.added:
        st.success(
            f"Added {_count(len(report.added), 'document')}, {_count(report.chunks_added, 'passage')}: "
            f"{names(report.added)}",
            icon=":material/check_circle:",
        )
    if report.updated:
        st.success(f"Updated {len(report.updated)} document(s): {names(report.updated)}")
    if report.unchanged:
        st.info(f"Already in the library (unchanged): {names(report.unchanged)}")
    for failure in report.failed:
        st.error(f"Not added — **{escape_md(failure.path)}**: {escape_md(failure.error)}", icon=":material/error:")


# -- table and metadata corrections ------------------------------------------------------------
def documents_frame(docs: list[DocumentRecord]) -> pd.DataFrame:
    import pandas as pd

    rows = [
        {
            "doc_id": d.doc_id,
            "title": d.title,
            "company": d.company or "",
            "ticker": d.ticker or "",
            "period": d.period or "",
            "doc_type": d.doc_type or "",
            "pages": d.pages,
            "chunks": d.chunks,
            "ingested": d.ingested_at.replace(tzinfo=None) if d.ingested_at else None,
        }
        for d in docs
    ]
    return pd.DataFrame(rows)


def _documents_editor(library: Library, docs: list[DocumentRecord]) -> None:
    frame = documents_frame(docs)
    types = sorted({*get_args(DocType), *(d.doc_type for d in docs if d.doc_type)})
    gen = st.session_state.setdefault("editor_gen", 0)
    key = f"{EDITOR_KEY}-{gen}" if gen else EDITOR_KEY
    edited = st.data_editor(
        frame,
        key=key,
        hide_index=True,
        num_rows="fixed",
        disabled=["doc_id", "pages", "chunks", "ingested"],
        column_order=[*EDITABLE, "doc_id", "pages", "chunks", "ingested"],  # the id (for `footnote show`) in view
        column_config={
            "doc_id": st.column_config.TextColumn("Id", width="medium"),
            "title": st.column_config.TextColumn("Title", width="medium"),
            "company": st.column_config.TextColumn("Company"),
            "ticker": st.column_config.TextColumn("Ticker", width="small"),
            "period": st.column_config.TextColumn("Period", width="small"),
            "doc_type": st.column_config.SelectboxColumn("Type", options=["", *types]),
            "pages": st.column_config.NumberColumn("Pages", width="small"),
            "chunks": st.column_config.NumberColumn("Chunks", width="small"),
            "ingested": st.column_config.DatetimeColumn("Ingested (UTC)", format="YYYY-MM-DD HH:mm", width="small"),
        },
    )
    changes = metadata_changes(frame, edited)
    if changes:
        st.caption(f"{len(changes)} document(s) edited; the changes apply to search filters too.")
    if st.button("Save changes", disabled=not changes, key="save_meta", icon=":material/save:"):
        saved: list[str] = []
        for doc_id, fields in changes.items():
            try:
                library.update_metadata(doc_id, **fields)
                saved.append(doc_id)
            except (KeyError, ValueError) as exc:
                st.error(f"Could not update {escape_md(doc_id)}: {escape_md(str(exc))}")
        if saved:
            st.session_state[NOTICE] = f"Saved corrections to {len(saved)} document(s)."
            st.session_state["editor_gen"] = gen + 1
            st.rerun()


def metadata_changes(original: pd.DataFrame, edited: pd.DataFrame) -> dict[str, dict[str, str | None]]:
    """doc_id → {field: new value or None} for the cells the user changed."""
    changes: dict[str, dict[str, str | None]] = {}
    before = original.set_index("doc_id")
    for _, row in edited.iterrows():
        doc_id = str(row["doc_id"])
        if doc_id not in before.index:
            continue
        for field in EDITABLE:
            old = _cell(before.at[doc_id, field])
            new = _cell(row[field])
            if new != old:
                if field == "title" and new is None:
                    continue  # a document always has a title
                changes.setdefault(doc_id, {})[field] = new
    return changes


def _cell(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value):  # NaN from an emptied cell
        return None
    text = str(value).strip()
    return text or None


# -- removal -----------------------------------------------------------------------------------
def _remove_section(library: Library, docs: list[DocumentRecord]) -> None:
    by_id = {d.doc_id: d for d in docs}
    st.session_state[REMOVE_KEY] = [i for i in st.session_state.get(REMOVE_KEY, []) if i in by_id]
    with st.container(border=True):
        chosen: list[str] = st.multiselect(
            "Remove documents",
            list(by_id),
            key=REMOVE_KEY,
            format_func=lambda i: f"{by_id[i].title} ({i})",
            placeholder="Choose documents to remove",
        )
        if st.button("Remove…", disabled=not chosen, key="remove_ask", icon=":material/delete:"):
            st.session_state[CONFIRM] = list(chosen)
        pending = [i for i in st.session_state.get(CONFIRM, []) if i in by_id]
        if not pending:
            return
        st.warning(
            f"Remove {len(pending)} document(s) and all their passages? Uploaded copies are "
            "deleted too. This cannot be undone.\n\n"
            + "\n".join(f"- {escape_md(by_id[i].title)}" for i in pending),
            icon=":material/warning:",
        )
        yes, no = st.columns(2)
        if yes.button("Yes, remove", type="primary", key="remove_yes"):
            removed, _ = remove_documents(library, [by_id[i] for i in pending])
            st.session_state.pop(CONFIRM, None)
            st.session_state[NOTICE] = f"Removed {len(removed)} document(s)."
            st.rerun()
        if no.button("Cancel", key="remove_no"):
            st.session_state.pop(CONFIRM, None)
            st.rerun()


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
