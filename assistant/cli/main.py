"""`footnote`: the command line. Parses, calls the library, renders; nothing more.

Exit codes: 0 success, 1 some input failed (the rest was done), 2 usage error.
With --json, stdout carries exactly one JSON object; progress and logs go to stderr.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from assistant.cli.output import clean, clean_line, emit_json, say, warn

if TYPE_CHECKING:  # imported by the commands that need it: `--help` stays fast
    from assistant.core.settings import Settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Footnote: answers from your company documents, every number footnoted.",
    pretty_exceptions_enable=False,
)

HomeOpt = Annotated[
    Path | None,
    typer.Option("--home", help="Library folder (default: $FOOTNOTE_HOME or ~/.footnote).", show_default=False),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON object on stdout.")]
CompanyOpt = Annotated[list[str] | None, typer.Option("--company", help="Only this company (repeatable).")]
PeriodOpt = Annotated[list[str] | None, typer.Option("--period", help="Only this period, e.g. FY2022 (repeatable).")]
DocTypeOpt = Annotated[list[str] | None, typer.Option("--doc-type", help="Only this type, e.g. 10-K (repeatable).")]
DocIdOpt = Annotated[list[str] | None, typer.Option("--doc-id", help="Only this document (repeatable).")]

_state: dict[str, Any] = {}


def _setup_logging(verbose: bool) -> None:
    from assistant.cli.quiet import quiet_third_party
    from assistant.core.printable import CleanFormatter

    quiet_third_party(verbose)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(CleanFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, handlers=[handler])
    # Third-party chatter would drown the one-line errors users need to read.
    for noisy in ("chromadb", "httpx", "urllib3", "sentence_transformers", "onnxruntime"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


@app.callback()
def main_options(
    home: HomeOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Debug logs on stderr.")] = False,
) -> None:
    _setup_logging(verbose)
    _state["home"] = home


def settings() -> Settings:
    from assistant.core.settings import Settings

    home = _state.get("home")
    return Settings(home=home) if home else Settings()


def library() -> Any:
    from assistant.api import Library

    return Library(settings())


def fail(message: str, code: int = 1) -> typer.Exit:
    warn(f"error: {message}")
    return typer.Exit(code)


def filters_from(
    company: list[str] | None, period: list[str] | None, doc_type: list[str] | None, doc_id: list[str] | None
) -> Any:
    from assistant.core.retrieval import Filters

    return Filters(
        company=list(company or []), period=list(period or []), doc_type=list(doc_type or []), doc_id=list(doc_id or [])
    )


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files and folders (folders are read recursively).")
    ] = None,
    stale: Annotated[
        bool, typer.Option("--stale", help="Read again, from their files, the documents an older ingest stored.")
    ] = False,
    company: Annotated[str | None, typer.Option(help="Company name for these documents.")] = None,
    ticker: Annotated[str | None, typer.Option(help="Ticker for these documents.")] = None,
    period: Annotated[str | None, typer.Option(help="Period, e.g. FY2022 or 'Q1 2026'.")] = None,
    doc_type: Annotated[str | None, typer.Option("--doc-type", help="10-K, 10-Q, 8-K, earnings, article, ...")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Add documents to the library (unchanged files are skipped, changed ones replaced)."""
    from assistant.cli.progress import IngestBar

    if not paths and not stale:
        raise fail("give the files or folders to add (footnote ingest PATH...), or --stale to refresh old documents", code=2)
    if stale and (paths or company or ticker or period or doc_type):
        raise fail("--stale re-reads the library's own files with their labels; give it no paths or labels", code=2)
    lib = library()
    with IngestBar(enabled=sys.stderr.isatty() or not as_json) as bar:
        if stale:
            report = lib.reread_stale(progress=bar.update)
        else:
            report = lib.ingest(
                paths or [], company=company, ticker=ticker, period=period, doc_type=doc_type, progress=bar.update
            )
    for dup in report.duplicates:
        warn(f"skipped: {clean_line(dup.path)}: same content as {dup.same_as}", typer.colors.YELLOW)
    for failure in report.failed:
        warn(f"failed: {clean_line(failure.path)}: {failure.error}")
    if as_json:
        emit_json(report.model_dump(include={"added", "updated", "unchanged", "chunks_added", "failed"}))
    else:
        rate = report.pages / report.seconds if report.seconds else 0.0
        say(
            f"added {len(report.added)}, updated {len(report.updated)}, unchanged {len(report.unchanged)}, "
            f"duplicates {len(report.duplicates)}, failed {len(report.failed)}; {report.chunks_added} chunks from {report.pages} pages "
            f"in {report.seconds:.1f}s ({rate:.1f} pages/s)"
        )
    if report.failed:
        raise typer.Exit(1)


@app.command()
def docs(as_json: JsonOpt = False) -> None:
    """List the documents in the library."""
    records = library().documents()
    if as_json:
        emit_json({"documents": [r.model_dump(mode="json") for r in records]})
        return
    if not records:
        say("The library is empty. Add documents with: footnote ingest PATH...")
        return
    from assistant.cli.render import docs_table
    from ingest.reader_version import is_stale

    say(docs_table(records))
    stale = [r.doc_id for r in records if is_stale(r.reader)]
    if stale:
        warn(
            f"{len(stale)} of {len(records)} documents were stored by an older version of Footnote's ingest and lack "
            "what it reads now (e.g. more statement facts); run `footnote ingest --stale` to read them again.",
            color=typer.colors.YELLOW,
        )


@app.command()
def facts(
    doc_id: Annotated[str, typer.Argument(help="Document id (see `footnote docs`).")],
    concept: Annotated[str | None, typer.Option(help="Only this concept, e.g. revenue or total_assets.")] = None,
    period: Annotated[str | None, typer.Option(help="Only this fiscal period, e.g. FY2022 or 'Q2 FY2024'.")] = None,
    all_rows: Annotated[bool, typer.Option("--all", help="Also rows that name no concept.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """List the statement facts read from a document at ingest."""
    lib = library()
    if lib.document(doc_id) is None:
        raise fail(f"no document {doc_id!r} in the library; see: footnote docs")
    found = [
        f for f in lib.facts([doc_id])
        if (all_rows or f.concept or concept) and (concept is None or f.concept == concept)
        and (period is None or f.period.replace(" ", "").lower() == period.replace(" ", "").lower())
    ]
    if as_json:
        emit_json({"doc_id": doc_id, "facts": [f.to_dict() for f in found]})
        return
    if not found:
        typer.echo("No statement facts match." if (concept or period) else
                   "No statement facts were read from it (no statement pages found, or it was ingested before facts "
                   "existed: `footnote remove` it and ingest it again).")
        return
    for f in found:
        scale = f" {f.scale}" if f.scale else ""
        typer.echo(f"{f.concept or '-':28s} {f.period:10s} {f.period_end}  {f.value:>14,.2f} {f.unit}{scale}"
                   f"  p.{f.page} {f.statement}: {f.label}")


@app.command()
def remove(
    doc_ids: Annotated[list[str] | None, typer.Argument(help="Document ids (see `footnote docs`).")] = None,
    orphans: Annotated[
        bool, typer.Option("--orphans", help="Remove chunks left by killed or failed ingests (listed first).")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Remove documents and all their chunks; or, with --orphans, chunks no document owns."""
    if not doc_ids and not orphans:
        warn("usage: footnote remove DOC_ID... | footnote remove --orphans")
        raise typer.Exit(2)
    lib = library()
    if orphans:
        found = lib.remove_orphans()
        for (doc_id, sha), n in sorted(found.items()):
            say(f"removed {n} orphan chunk(s) of {clean_line(doc_id)} (version {sha[:12]})", err=as_json)
        if as_json and not doc_ids:
            emit_json({"orphans": [{"doc_id": d, "sha256": s, "chunks": n} for (d, s), n in sorted(found.items())]})
        elif not found:
            say("no orphan chunks", err=as_json)
        if not doc_ids:
            return
    removed, unknown = lib.remove(doc_ids or [])
    for doc_id in unknown:
        warn(f"failed: {clean_line(doc_id)}: no such document (see `footnote docs`; `footnote remove --orphans` "
             "cleans chunks of abandoned ingests)")
    if as_json:
        emit_json({"removed": removed, "unknown": unknown})
    else:
        say(f"removed {len(removed)} document(s)")
    if unknown:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What to look for.")],
    k: Annotated[int, typer.Option("-k", min=1, max=100, help="Number of passages (1-100).")] = 5,
    company: CompanyOpt = None,
    period: PeriodOpt = None,
    doc_type: DocTypeOpt = None,
    doc_id: DocIdOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Find passages (hybrid dense + BM25 search), no answering."""
    from assistant.core.answering import search_library

    hits = search_library(library(), query, k=k, filters=filters_from(company, period, doc_type, doc_id))
    if as_json:
        emit_json(
            {
                "results": [
                    h.model_dump(include={"doc_id", "title", "source", "page", "text", "score"}) for h in hits
                ]
            }
        )
        return
    from assistant.cli.render import hits_text

    say(hits_text(hits))


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in plain words.")],
    company: CompanyOpt = None,
    period: PeriodOpt = None,
    doc_type: DocTypeOpt = None,
    doc_id: DocIdOpt = None,
    stream: Annotated[bool, typer.Option(help="Print the answer as it is written (LLM mode).")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Answer a question with footnotes (document, page, quote) and check results."""
    from assistant.cli.render import answer_text
    from assistant.core.answering import ask as run_ask

    lib = library()
    if not lib.documents():
        raise fail("the library is empty; add documents first: footnote ingest PATH...")
    on_token = None
    if stream and not as_json and lib.chat_model() is not None:

        def on_token(token: str) -> None:
            sys.stderr.write(clean(token))
            sys.stderr.flush()

    answer = run_ask(question, library=lib, filters=filters_from(company, period, doc_type, doc_id), on_token=on_token)
    if on_token is not None:
        sys.stderr.write("\n\n")
    if as_json:
        emit_json(answer.model_dump(mode="json", exclude={"retrieved"}))
        return
    if answer.mode == "extractive":
        warn("(extractive mode: no LLM configured)", typer.colors.YELLOW)
    say(answer_text(answer))


@app.command("eval")
def eval_cmd(
    target: Annotated[str, typer.Argument(help="A dataset (JSONL: own format or FinanceBench), or `compare`.", metavar="DATASET|compare")],
    reports: Annotated[list[Path] | None, typer.Argument(help="With `compare`: two report JSON files.", show_default=False)] = None,
    answers: Annotated[Path | None, typer.Option("--answers", help="Score these answers (JSONL of {id, answer, ...}) instead of running the assistant.")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Folder for report.json, report.html and the answer cache.")] = None,
    docs: Annotated[Path | None, typer.Option("--docs", help="Folder with the dataset's documents: evaluate on a fresh library built from them.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Measure answer accuracy on a dataset; or `footnote eval compare A.json B.json`."""
    if target == "compare":
        if not reports or len(reports) != 2:
            typer.secho("usage: footnote eval compare A.json B.json", err=True)
            raise typer.Exit(2)
        from eval.harness import compare_reports, render_compare

        result = compare_reports(reports[0], reports[1])
        if as_json:
            emit_json(result.model_dump(mode="json"))
        else:
            say(render_compare(result))
        return
    if reports:
        typer.secho("usage: footnote eval DATASET [--answers FILE] [--out DIR] [--docs DIR] [--json]", err=True)
        raise typer.Exit(2)
    dataset = Path(target)
    if not dataset.is_file():
        raise fail(f"{dataset}: no such dataset file")
    from eval.harness import render_table, run_eval

    lib = None
    if answers is None and docs is None:
        lib = library()
        if not lib.documents():
            lib = None  # empty library: build a fresh one from the documents the dataset names
    report = run_eval(
        dataset, library=lib, answers=answers, out=out, docs=docs, progress=sys.stderr.isatty(), settings=settings()
    )
    if as_json:
        emit_json(report.model_dump(mode="json"))
    else:
        say(render_table(report))
        if out:
            say(f"reports written to {out}", err=True)
    if report.errors:
        raise typer.Exit(1)


@app.command()
def ui(
    port: Annotated[int, typer.Option(help="Port for the web app.")] = 8501,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
) -> None:
    """Open the Streamlit chat app on this library."""
    import os
    import subprocess

    app_path = Path(__file__).resolve().parents[2] / "streamlit_app.py"  # the repository root
    if not app_path.is_file():
        raise fail(f"the app file is missing: {app_path}")
    env = dict(os.environ)
    home = _state.get("home")
    if home:
        env["FOOTNOTE_HOME"] = str(Path(home).expanduser().resolve())
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(app_path),
        "--server.address", host, "--server.port", str(port),
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "minimal",
        # The library home changes while the app runs; watching it floods the log
        # ("Inotify queue overflowed") and the app has nothing to hot-reload.
        "--server.fileWatcherType", "none",
        # Actions in blue (red reads as an error), per variant so light/dark still follow the system.
        "--theme.light.primaryColor", "#2563eb", "--theme.dark.primaryColor", "#5b9bf8",
    ]
    say(f"Footnote UI on http://{host}:{port} (Ctrl+C to stop)", err=True)
    raise typer.Exit(subprocess.call(cmd, env=env))


# `footnote show` lives in its own module; importing it registers the command on `app`.
from assistant.cli import show as _show  # noqa: E402,F401


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        warn("interrupted", typer.colors.YELLOW)
        sys.exit(130)
    except Exception as exc:
        from assistant.cli.errors import describe

        logging.getLogger(__name__).debug("the command failed", exc_info=exc)
        message, code = describe(exc, _state.get("home"))
        warn(f"error: {message}")
        sys.exit(code)


if __name__ == "__main__":
    main()
