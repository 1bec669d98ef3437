"""The evals page: run a dataset with progress, read a report, compare two runs.

Runs are kept under <home>/evals/runs/<time>-<name>/ (report.json, report.html), the same
files `footnote eval --out DIR` writes, so reports from the CLI can be opened here too.
"""

from __future__ import annotations

import base64
import logging
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import streamlit as st

from assistant.ui.markup import escape_md
from assistant.ui.state import get_library, wait_until_warm
from assistant.ui.uploads import save_upload

if TYPE_CHECKING:
    import pandas as pd

    from assistant.api import Library
    from eval.models import CompareResult, EvalReport

logger = logging.getLogger(__name__)

# Colours, not emoji: a browser without an emoji font would show empty boxes.
VERDICT_COLOUR = {"right": "#d9ead3", "wrong": "#f4cccc", "not scored": "#eeeeee", "error": "#fce5cd"}
LAST_RUN = "eval_last_run"


@dataclass
class Run:
    path: Path  # the folder holding report.json
    label: str


def eval_available() -> str | None:
    """None when the eval package can be used, else why not."""
    import importlib

    try:
        importlib.import_module("eval.harness")
        importlib.import_module("eval.report")
    except ImportError as exc:
        return str(exc)
    return None


def runs_dir(library: Library) -> Path:
    return library.settings.home / "evals" / "runs"


def list_runs(folder: Path, limit: int = 50) -> list[Run]:
    found = sorted(folder.glob("*/report.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    runs: list[Run] = []
    for report in found[:limit]:
        summary = _summary(str(report), report.stat().st_mtime)
        runs.append(Run(report.parent, f"{report.parent.name} · {summary}"))
    return runs


@st.cache_data(show_spinner=False, max_entries=200)
def _summary(path: str, mtime: float) -> str:
    report = _load(path, mtime)
    accuracy = "–" if report.accuracy is None else f"{report.accuracy:.0%}"
    return f"{Path(report.dataset).name}, {report.mode}, accuracy {accuracy} ({report.right}/{report.scored})"


@st.cache_data(show_spinner=False, max_entries=50)
def _load(path: str, mtime: float) -> EvalReport:  # mtime: a rewritten report is re-read
    from eval.compare import load_report

    return load_report(Path(path))


@st.cache_data(show_spinner=False, max_entries=20)
def _plots(path: str, mtime: float) -> dict[str, bytes]:
    from eval.report import plots

    return {t: base64.b64decode(uri.split(",", 1)[1]) for t, uri in plots(_load(path, mtime)).items()}


def render_evals() -> None:
    st.header("Evals")
    problem = eval_available()
    if problem:
        st.warning(
            "The eval package is not available in this installation, so evals cannot be run or "
            f"viewed here ({escape_md(problem)}). Reinstall Footnote (`pip install -e .`).",
            icon=":material/warning:",
        )
        return
    library = get_library()
    folder = runs_dir(library)
    run_tab, view_tab, compare_tab = st.tabs(["Run an eval", "Reports", "Compare runs"])
    with run_tab:
        _run_section(library, folder)
    runs = list_runs(folder)
    with view_tab:
        _view_section(runs)
    with compare_tab:
        _compare_section(runs)


# -- running -----------------------------------------------------------------------------------
def _run_section(library: Library, folder: Path) -> None:
    st.caption(
        "A dataset is a JSONL file of questions with their answers: Footnote's own format or "
        "FinanceBench's. Each question is asked of the assistant and the answer scored."
    )
    uploaded = st.file_uploader("Dataset (.jsonl)", type=["jsonl", "json"], key="eval_upload")
    typed = st.text_input("…or the dataset's path on this machine", key="eval_path")
    fresh = st.toggle(
        "Build a fresh library from the dataset's documents (else: ask this library as it is)",
        key="eval_fresh",
    )
    docs = st.text_input(
        "Folder with the dataset's documents (default: next to the dataset)",
        key="eval_docs",
        disabled=not fresh,
    )
    name = st.text_input("Run name", key="eval_name", placeholder="baseline")
    # Never disabled: a path typed and not yet committed would make the first click a no-op.
    if st.button("Run eval", type="primary", key="eval_run", icon=":material/play_arrow:"):
        dataset: Path | None = None
        if uploaded is not None:
            datasets = library.settings.home / "evals" / "datasets"
            dataset, _ = save_upload(datasets, uploaded.name, uploaded.getvalue())
        elif typed.strip():
            dataset = Path(typed.strip()).expanduser()
        if dataset is None:
            st.warning("Choose a dataset first: upload a .jsonl file or type its path.")
            # Also where the eye is, whatever the scroll position (the warning may be off screen).
            st.toast("Choose a dataset first: upload a .jsonl file or type its path.", icon=":material/warning:")
        else:
            docs_dir = Path(docs.strip()).expanduser() if fresh and docs.strip() else None
            out = run_and_save(library, dataset, folder, name, docs=docs_dir, fresh=fresh)
            if out is not None:
                st.session_state[LAST_RUN] = str(out)
    last = st.session_state.get(LAST_RUN)
    if last and (Path(last) / "report.json").is_file():
        st.divider()
        st.subheader(f"Latest run: {escape_md(Path(last).name)}")
        show_report(Path(last), "latest")


def run_and_save(
    library: Library, dataset: Path, folder: Path, name: str, *, docs: Path | None, fresh: bool
) -> Path | None:
    """Run the eval with a progress bar; a problem becomes a message. Returns the run folder."""
    from assistant.core.llm import LLMConfigError, LLMUnavailableError
    from eval.datasets import DatasetError
    from eval.harness import run_eval

    if not dataset.is_file():
        st.error(f"No dataset file at {escape_md(str(dataset))}.")
        return None
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", name.strip() or dataset.stem).strip("-")[:40] or "run"
    out = folder / f"{datetime.now().strftime('%Y%m%d-%H%M%S')}-{slug}"
    bar = st.progress(0.0, text="Preparing…")
    wait_until_warm(library)

    def progress(done: int, total: int) -> None:
        bar.progress(min(1.0, done / max(1, total)), text=f"{done}/{total} questions answered")

    try:
        with st.spinner("Running the eval…", show_time=True):
            report = run_eval(
                dataset,
                library=None if fresh else library,
                out=out,
                docs=docs,
                settings=library.settings,  # a fresh library gets these settings in out/library
                on_progress=progress,
            )
    except DatasetError as exc:
        st.error(f"The dataset cannot be used: {escape_md(str(exc))}", icon=":material/error:")
        return None
    except (LLMUnavailableError, LLMConfigError) as exc:
        st.error(f"The eval stopped: {escape_md(str(exc))}", icon=":material/error:")
        return None
    bar.progress(1.0, text=f"Done: {report.n} questions in {report.seconds:.1f} s")
    return out


# -- reports -----------------------------------------------------------------------------------
def _view_section(runs: list[Run]) -> None:
    typed = st.text_input("Open a report.json by path (optional)", key="eval_report_path")
    if typed.strip():
        path = Path(typed.strip()).expanduser()
        show_report(path.parent if path.name == "report.json" else path, "typed")
        return
    if not runs:
        st.info("No eval runs yet: run one in the first tab, or open a report by path.")
        return
    chosen = st.selectbox("Run", runs, format_func=lambda r: r.label, key="eval_view")
    if chosen is not None:
        show_report(chosen.path, "view")


def show_report(folder: Path, where: str) -> None:
    """Summary metrics, plots, the per-question table; `where` keeps widget keys unique."""
    path = folder / "report.json"
    try:
        report = _load(str(path), path.stat().st_mtime)
    except (OSError, ValueError) as exc:
        st.error(f"Cannot open the report: {escape_md(str(exc))}")
        return
    cols = st.columns(5)
    cols[0].metric("Accuracy", _pct(report.accuracy), help="right / scored; not-scored questions are left out")
    cols[1].metric("Right", f"{report.right}/{report.scored}", help=f"{report.not_scored} not scored, {report.errors} errors")
    cols[2].metric("Recall@5", _pct(report.retrieval.get("recall@5")), help="evidence in the top 5 passages")
    cols[3].metric("Citations valid", _pct(report.citation_validity))
    p50 = report.latency_ms.get("p50")
    cols[4].metric("Latency p50", "–" if p50 is None else f"{p50:.0f} ms")
    st.caption(
        escape_md(
            f"{Path(report.dataset).name} ({report.dataset_format}) · {report.mode} · {report.n} questions · "
            f"{report.created_at} · {report.seconds:.1f} s · false refusals {report.false_refusals}, "
            f"missed refusals {report.missed_refusals}"
        )
    )
    images = _plots(str(path), path.stat().st_mtime)
    if images:
        for col, (title, png) in zip(st.columns(len(images)), images.items(), strict=True):
            col.image(png, caption=title)
    frame = rows_frame(report)
    styled = frame.style.map(lambda v: f"background-color: {VERDICT_COLOUR.get(v, 'inherit')}; color: #222", subset=["verdict"])
    st.dataframe(styled, hide_index=True, width="stretch")
    html = folder / "report.html"
    if html.is_file():
        st.download_button(
            "Download the HTML report", data=html.read_bytes, file_name=f"{folder.name}.html",
            mime="text/html", on_click="ignore", key=f"eval_html_{where}_{folder.name}", icon=":material/download:",
        )


def rows_frame(report: EvalReport) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(
        [
            {
                "id": r.id,
                "verdict": r.verdict.replace("_", " "),
                "type": r.type,
                "question": r.question,
                "expected": r.expected,
                "got": r.got_figure or r.got,
                "why": r.error or r.reason,
                "evidence rank": r.evidence_rank if r.evidence_checked else None,
                "cited pages": ", ".join(r.cited_pages),
                "ms": r.latency_ms,
            }
            for r in report.rows
        ]
    )


def _pct(x: Any) -> str:
    return "–" if x is None else f"{float(x):.0%}"


# -- comparing ---------------------------------------------------------------------------------
def _compare_section(runs: list[Run]) -> None:
    if len(runs) < 2:
        st.info("Compare needs two runs: run the eval twice (e.g. before and after a change).")
        return
    left, right = st.columns(2)
    a = left.selectbox("Run A (before)", runs, index=1, format_func=lambda r: r.label, key="eval_a")
    b = right.selectbox("Run B (after)", runs, index=0, format_func=lambda r: r.label, key="eval_b")
    if a is None or b is None:
        return
    from eval.harness import compare_reports

    try:
        result = compare_reports(a.path / "report.json", b.path / "report.json")
    except ValueError as exc:
        st.error(f"Cannot compare: {escape_md(str(exc))}")
        return
    show_compare(result)


def show_compare(result: CompareResult) -> None:
    import pandas as pd

    totals = pd.DataFrame(
        [{"metric": k, "A": v.get("a"), "B": v.get("b"), "B − A": v.get("delta")} for k, v in result.totals.items()]
    )
    st.dataframe(totals, hide_index=True, height="content")
    st.markdown(f"**{len(result.better)} better, {len(result.worse)} worse**, {result.same} unchanged")
    for title, items in (("Better in B", result.better), ("Worse in B", result.worse), ("Other changes", result.changed)):
        if items:
            st.caption(title)
            st.dataframe(
                pd.DataFrame([i.model_dump() for i in items]).rename(
                    columns={"a": "A", "b": "B", "a_got": "A got", "b_got": "B got"}
                ),
                hide_index=True,
            )
