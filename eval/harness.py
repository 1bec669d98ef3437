"""What `footnote eval` and the app call. Nothing here prints; progress goes to stderr (tqdm)
only when asked for.

    report = run_eval(Path("questions.jsonl"), library=None, answers=None, out=Path("runs/a"),
                      docs=None, progress=True)
    print(render_table(report))
    print(render_compare(compare_reports(Path("runs/a/report.json"), Path("runs/b/report.json"))))
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.core.settings import ANSWER_SHAPING
from eval.compare import compare_files, render_compare
from eval.datasets import Dataset, DatasetError, load_dataset
from eval.judge import judge_prompt, run_judge
from eval.models import CompareResult, EvalReport, TolerancePolicy
from eval.report import render_html, render_table, write_reports
from eval.runner import (
    AnswerCache,
    AnswerFn,
    Produced,
    ProgressFn,
    answer_questions,
    build_row,
    iter_judgeable,
    load_answers,
)
from eval.summary import summarize

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.api import Library
    from assistant.core.settings import Settings

logger = logging.getLogger(__name__)

__all__ = [
    "DatasetError",
    "compare_reports",
    "render_compare",
    "render_html",
    "render_table",
    "run_eval",
    "write_reports",
]


def run_eval(
    dataset: Path,
    *,
    library: Library | None = None,
    answers: Path | None = None,
    out: Path | None = None,
    docs: Path | None = None,
    progress: bool = False,
    settings: Settings | None = None,
    concurrency: int | None = None,
    judge: bool = True,
    ids: Sequence[str] | None = None,
    policy: TolerancePolicy | None = None,
    on_progress: ProgressFn | None = None,
    answer_fn: AnswerFn | None = None,
    cache: Path | None = None,
) -> EvalReport:
    """Evaluate the assistant on `dataset` (own format or FinanceBench, detected).

    - `answers`: score the answers in that JSONL instead of running the assistant.
    - `library=None`: a fresh library (under `out/library`, else a temporary folder that is
      removed afterwards) built from the documents the dataset names, found under `docs`,
      next to the dataset, or below its folder. `settings` (default `Settings()`) shapes it.
    - `library` given: run on it as it is; with `docs` also, the dataset's documents are
      ingested into it first.
    - `out`: report.json and report.html go there, and the answer cache unless `cache` names
      another file (share one cache across runs to make unchanged reruns free); without either,
      the cache lives in the library's home under eval-cache/.
    Raises DatasetError for an unreadable dataset or documents that cannot be found.
    """
    started = time.perf_counter()
    # Scoring a file of answers touches no documents (no search below the dataset's folders).
    ds = load_dataset(Path(dataset), docs, find_documents=answers is None)
    if ids:
        wanted = set(ids)
        ds.questions = [q for q in ds.questions if q.id in wanted]
    policy = policy or TolerancePolicy()
    out = Path(out).expanduser().resolve() if out is not None else None
    temp_home: Path | None = None
    lib = library
    try:
        if answers is not None:
            produced = load_answers(Path(answers), ds.questions)
            mode = "external"
        else:
            if lib is None:
                temp_home = (
                    None if out is not None else Path(tempfile.mkdtemp(prefix="footnote-eval-"))
                )
                lib = _fresh_library(
                    ds, settings, (out / "library") if out is not None else temp_home
                )
            elif docs is not None:
                _ingest(lib, ds)
            if not lib.documents():
                raise DatasetError(
                    "the library is empty: add documents, or pass --docs DIR with the dataset's files"
                )
            where = cache or _cache_path(ds, lib, settings, out, temp_home is not None)
            answer_cache = AnswerCache(Path(where).expanduser())
            produced = answer_questions(
                lib, ds.questions, cache=answer_cache, concurrency=concurrency, progress=progress,
                on_progress=on_progress, answer_fn=answer_fn,
            )  # fmt: skip
            mode = "llm" if lib.chat_model() is not None else "extractive"
            if judge:
                chat = lib.chat_model()
                if chat is not None:
                    _judge(ds, produced, chat, answer_cache, lib.settings.llm or "")
        used = lib.settings if lib is not None else settings
        rows = [build_row(q, produced.get(q.id), policy, _prices(used)) for q in ds.questions]
        report = summarize(
            rows, policy=policy, dataset=str(ds.path), dataset_format=ds.format, mode=mode,
            settings=_settings_summary(used), created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            seconds=time.perf_counter() - started,
        )  # fmt: skip
        if out is not None:
            write_reports(report, out)
        return report
    finally:
        if temp_home is not None:
            shutil.rmtree(temp_home, ignore_errors=True)


def compare_reports(a: Path, b: Path) -> CompareResult:
    """Compare two report.json files question by question (raises ValueError if unreadable)."""
    return compare_files(Path(a), Path(b))


# --- helpers --------------------------------------------------------------------------------


def _fresh_library(ds: Dataset, settings: Settings | None, home: Path | None) -> Library:
    from assistant.api import Library
    from assistant.core.settings import Settings

    if not ds.documents:
        names = ", ".join(ds.missing_documents[:5]) or "none named"
        raise DatasetError(
            f"cannot build a library for {ds.path.name}: its documents were not found ({names}); "
            "pass --docs DIR, or run on an existing library"
        )
    base = settings or Settings()
    assert home is not None
    lib = Library(Settings(**{**base.model_dump(), "home": home}))
    _ingest(lib, ds)
    return lib


def _ingest(lib: Library, ds: Dataset) -> None:
    if ds.missing_documents:
        logger.warning("documents not found: %s", ", ".join(ds.missing_documents))
    report = lib.ingest(ds.documents)
    for failure in report.failed:
        logger.warning("ingest failed for %s: %s", failure.path, failure.error)


def _cache_path(
    ds: Dataset, lib: Library, settings: Settings | None, out: Path | None, temp: bool
) -> Path:
    if out is not None:
        return out / "answers-cache.jsonl"
    if temp:  # the temporary library goes away; keep the answers in the user's home
        from assistant.core.settings import Settings

        home = (settings or Settings()).home
    else:
        home = lib.settings.home
    return home / "eval-cache" / f"{ds.path.stem}.jsonl"


def _prices(settings: Settings | None) -> tuple[float, float] | None:
    # Optional settings (proposed): llm_price_per_1k_input / llm_price_per_1k_output.
    p_in = getattr(settings, "llm_price_per_1k_input", None)
    p_out = getattr(settings, "llm_price_per_1k_output", None)
    if p_in is None and p_out is None:
        return None
    return float(p_in or 0.0), float(p_out or 0.0)


def _settings_summary(settings: Settings | None) -> dict[str, Any]:
    if settings is None:
        return {}
    return {k: _plain(v) for k, v in settings.section(*ANSWER_SHAPING).items()}


def _plain(v: Any) -> str | int | float | bool | None:
    return v if v is None or isinstance(v, str | int | float | bool) else str(v)


def _judge(
    ds: Dataset, produced: dict[str, Produced], chat: BaseChatModel, cache: AnswerCache, llm: str
) -> None:
    """Grade text answers with the LLM judge (cached like answers); reported apart."""
    jobs: list[tuple[Produced, str, str]] = []
    for q, p in iter_judgeable(ds.questions, produced):
        prompt = judge_prompt(q.question, q.answer, p.answer.answer)
        if prompt is None:
            return  # no judge template configured yet
        key = AnswerCache.key("judge", prompt, llm)
        hit = cache.get(key)
        if hit is not None:
            p.judge = (hit.get("verdict"), str(hit.get("reason", "")))
        else:
            jobs.append((p, prompt, key))

    def grade(job: tuple[Produced, str, str]) -> None:
        p, prompt, key = job
        try:
            result = run_judge(chat, prompt)
        except Exception as exc:  # a judge failure must not sink the run: the row stays unjudged
            logger.warning("LLM judge failed: %s", exc)
            return
        p.judge = (result.verdict, result.reason)
        if result.verdict is not None:
            cache.put(key, {"verdict": result.verdict, "reason": result.reason})

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(grade, jobs))
