"""Library page: merge company names that mean the same company ("Smartoptics" and
"Smartoptics Group ASA"), so the chat's Company filter lists each company once."""

from __future__ import annotations

from collections import Counter

import streamlit as st

from assistant.api import Library
from assistant.core.types import DocumentRecord
from assistant.ui.markup import escape_md

MERGE_SELECT = "merge_companies"
MERGE_NAME = "merge_name"


def suggested_groups(docs: list[DocumentRecord]) -> list[list[str]]:
    """Company names where one is the start of another (case-insensitive): likely one company."""
    names = sorted({d.company for d in docs if d.company}, key=lambda n: (len(n), n.lower()))
    groups: list[list[str]] = []
    for name in names:
        for group in groups:
            if name.lower().startswith(group[0].lower() + " ") or name.lower() == group[0].lower():
                group.append(name)
                break
        else:
            groups.append([name])
    return [g for g in groups if len(g) > 1]


def merge_companies(library: Library, docs: list[DocumentRecord], names: list[str], target: str) -> list[str]:
    """Relabel every document of `names` as `target`; returns the doc ids changed."""
    target = target.strip()
    if not target:
        raise ValueError("give the name to keep")
    changed: list[str] = []
    for doc in docs:
        if doc.company in names and doc.company != target:
            library.update_metadata(doc.doc_id, company=target)
            changed.append(doc.doc_id)
    return changed


def render_company_merge(library: Library, docs: list[DocumentRecord]) -> None:
    counts = Counter(d.company for d in docs if d.company)
    if len(counts) < 2:
        return
    groups = suggested_groups(docs)
    label = "Merge company names" + (f" ({len(groups)} likely duplicate(s))" if groups else "")
    with st.expander(label, icon=":material/merge:", expanded=bool(groups)):
        if groups:
            st.caption("Possibly the same company: " + "; ".join(escape_md(" = ".join(g)) for g in groups))
        if MERGE_SELECT not in st.session_state and groups:
            st.session_state[MERGE_SELECT] = groups[0]
        st.session_state[MERGE_SELECT] = [c for c in st.session_state.get(MERGE_SELECT) or [] if c in counts]
        chosen: list[str] = st.multiselect(
            "Companies to merge", sorted(counts, key=str.lower), key=MERGE_SELECT,
            format_func=lambda c: f"{c} ({counts[c]} doc{'s' if counts[c] != 1 else ''})",
        )
        default = max(chosen, key=lambda c: (counts[c], len(c))) if chosen else ""
        name = st.text_input("Keep this name", value=default, key=f"{MERGE_NAME}-{'|'.join(chosen)}")
        if st.button("Merge", disabled=len(chosen) < 2 or not name.strip(), key="merge_go", icon=":material/merge:"):
            changed = merge_companies(library, docs, chosen, name)
            st.session_state.pop(MERGE_SELECT, None)
            st.session_state["library_notice"] = f"Merged {len(chosen)} company names into {name.strip()} ({len(changed)} document(s) relabelled)."
            st.rerun()
