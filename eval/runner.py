"""Running the assistant over a dataset, with a resumable answer cache, and turning each
answer into a scored `EvalRow`.

Extractive mode runs one question at a time (deterministic, CPU bound); LLM mode runs a
few at once (the time is spent waiting on the model). Each finished answer is appended
to a JSONL cache keyed by (question, the settings that shape answers, the library's
documents, the answering code), so an interrupted run resumes where it stopped and an
unchanged rerun costs nothing.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.core.types import Answer, Citation, KeyFigure, SearchHit
from eval.answer_cache import AnswerCache as AnswerCache  # re-exported
from eval.answer_cache import code_fingerprint as code_fingerprint  # re-exported
from eval.answer_cache import run_fingerprint as run_fingerprint  # re-exported
from eval.evidence import evidence_rank, figure_in_passages, hits_from_citations
from eval.models import EvalQuestion, EvalRow, TolerancePolicy
from eval.scoring import (
    describe_gold,
    effective_tolerance,
    gold_quantity,
    score_answer,
)

if TYPE_CHECKING:
    from assistant.api import Library

logger = logging.getLogger(__name__)

AnswerFn = Callable[["Library", str], Answer]
ProgressFn = Callable[[int, int], None]
LLM_CONCURRENCY = 4
# Settings that do not change an answer (paths, credentials, timeouts, batch sizes).


@dataclass
class Produced:
    """One answer as scoring needs it, from `ask` or from an --answers file."""

    answer: Answer
    mode: str
    refused: bool | None  # None: unknown, read it from the text
    retrieved: list[SearchHit] | None  # None: not known (retrieval metrics n/a)
    citations_valid: bool | None = None
    cached: bool = False
    error: str | None = None
    judge: tuple[str | None, str] | None = field(default=None)


# --- answering ------------------------------------------------------------------------------


def _default_answer(library: Library, question: str) -> Answer:
    from assistant.core.answering import ask

    return ask(question, library=library)


def _fatal_errors() -> tuple[type[BaseException], ...]:
    from assistant.core.llm import LLMConfigError, LLMUnavailableError

    return (LLMConfigError, LLMUnavailableError, KeyboardInterrupt)


def answer_questions(
    library: Library,
    questions: Sequence[EvalQuestion],
    *,
    cache: AnswerCache | None = None,
    concurrency: int | None = None,
    progress: bool = False,
    on_progress: ProgressFn | None = None,
    answer_fn: AnswerFn | None = None,
) -> dict[str, Produced]:
    """Answer every question (cached ones from the cache). A question whose answering
    raises becomes an error row; an unavailable or misconfigured LLM stops the run
    (what was answered so far stays cached)."""
    fn = answer_fn or _default_answer
    llm_mode = library.chat_model() is not None
    workers = concurrency or (LLM_CONCURRENCY if llm_mode else 1)
    mode = "llm" if llm_mode else "extractive"
    fingerprint = run_fingerprint(library) if cache is not None else ""
    results: dict[str, Produced] = {}
    todo: list[tuple[EvalQuestion, str]] = []
    for q in questions:
        key = AnswerCache.key("answer", q.question, fingerprint)
        hit = cache.get_answer(key) if cache is not None else None
        if hit is not None:
            results[q.id] = _produced(hit, cached=True)
        else:
            todo.append((q, key))

    def work(q: EvalQuestion, key: str) -> Produced:
        try:
            answer = fn(library, q.question)
        except _fatal_errors():
            raise
        except Exception as exc:
            logger.warning("question %s failed: %s", q.id, exc)
            empty = Answer(question=q.question, answer="", mode=mode)  # type: ignore[arg-type]
            return Produced(empty, mode, False, None, error=f"{type(exc).__name__}: {exc}")
        if cache is not None:
            cache.put_answer(key, q.id, answer)
        return _produced(answer, cached=False)

    if todo and answer_fn is None:
        # What the first question would otherwise pay alone (indexes and vectors read from disk,
        # the embedder's session, the answerers' imports and patterns): once, before any is
        # timed, so each question's latency is its own; the command's time still counts it.
        try:
            library.warm()
        except Exception as exc:  # the first question then builds what it needs
            logger.warning("could not prepare the library before the questions: %s", exc)
    total = len(questions)
    with _bar(progress, total, len(results)) as tick:
        done = len(results)
        if on_progress is not None:
            on_progress(done, total)
        if workers <= 1:
            for q, key in todo:
                results[q.id] = work(q, key)
                done += 1
                tick()
                if on_progress is not None:
                    on_progress(done, total)
        else:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                futures = {pool.submit(work, q, key): q.id for q, key in todo}
                for future in as_completed(futures):
                    results[futures[future]] = future.result()
                    done += 1
                    tick()
                    if on_progress is not None:
                        on_progress(done, total)
    return results


def _produced(answer: Answer, *, cached: bool) -> Produced:
    valid = None
    if not answer.refused:
        valid = bool(answer.checks.citations_valid and answer.citations)
    return Produced(answer, answer.mode, answer.refused, list(answer.retrieved), valid, cached)


class _bar:
    """tqdm on stderr when asked for; a no-op otherwise."""

    def __init__(self, enabled: bool, total: int, initial: int) -> None:
        self.enabled, self.total, self.initial = enabled, total, initial
        self._bar: Any = None

    def __enter__(self) -> Callable[[], None]:
        if self.enabled:
            from tqdm import tqdm

            self._bar = tqdm(
                total=self.total, initial=self.initial, unit="q", desc="eval", file=sys.stderr,
                dynamic_ncols=True,
            )  # fmt: skip
        return self.tick

    def tick(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()


# --- answers produced elsewhere -------------------------------------------------------------


def load_answers(path: Path, questions: Sequence[EvalQuestion]) -> dict[str, Produced]:
    """Read an --answers JSONL: {"id", "answer"}, optionally "key_figure" ({value, unit,
    scale, text}), "citations" ([{doc_id|source|title, page, quote}]), "refused",
    "citations_valid", "latency_ms". Ids not in the dataset are ignored with a warning."""
    from eval.datasets import read_jsonl

    known = {q.id: q for q in questions}
    out: dict[str, Produced] = {}
    for record in read_jsonl(Path(path)):
        qid = str(record.get("id", ""))
        if qid not in known:
            logger.warning("answers file: id %r is not in the dataset; ignored", qid)
            continue
        kf = record.get("key_figure")
        key_figure = None
        if isinstance(kf, dict) and kf.get("value") is not None:
            key_figure = KeyFigure(
                value=float(kf["value"]), unit=kf.get("unit"), scale=kf.get("scale"),
                text=str(kf.get("text") or ""),
            )  # fmt: skip
        citations = [_citation(i, c) for i, c in enumerate(record.get("citations") or [], 1)]
        timings = (
            {"total": float(record["latency_ms"])} if record.get("latency_ms") is not None else {}
        )
        answer = Answer(
            question=known[qid].question, answer=str(record.get("answer") or ""), mode="extractive",
            refused=bool(record.get("refused", False)), key_figure=key_figure, citations=citations,
            timings_ms=timings, usage={k: int(v) for k, v in (record.get("usage") or {}).items()},
        )  # fmt: skip
        refused = record.get("refused")
        valid = record.get("citations_valid")
        out[qid] = Produced(
            answer=answer,
            mode="external",
            refused=None if refused is None else bool(refused),
            retrieved=hits_from_citations(citations) if citations else None,
            citations_valid=None if valid is None else bool(valid),
        )
    return out


def _citation(n: int, c: dict[str, Any]) -> Citation:
    doc = str(c.get("doc_id") or c.get("doc") or c.get("source") or c.get("title") or "")
    return Citation(
        n=int(c.get("n", n)), doc_id=doc, title=str(c.get("title") or doc),
        source=str(c.get("source") or c.get("doc") or doc), page=int(c.get("page") or 1),
        quote=str(c.get("quote") or ""), score=float(c.get("score") or 0.0),
    )  # fmt: skip


# --- rows -----------------------------------------------------------------------------------


def build_row(
    q: EvalQuestion, p: Produced | None, policy: TolerancePolicy, price: tuple[float, float] | None
) -> EvalRow:
    """Score one question's answer into a row (no answer at all: an error row, counted wrong)."""
    base: dict[str, Any] = {
        "id": q.id, "question": q.question, "type": q.type, "tags": q.tags, "expected": q.answer,
        "expected_figure": describe_gold(q),
    }  # fmt: skip
    if p is None:  # counted as wrong (an error), and never as a missed refusal
        return EvalRow(
            **base,
            verdict="error",
            reason="no answer given",
            error="no answer in the answers file",
            mode="external",
        )
    a = p.answer
    cited = [f"{Path(c.source).name or c.doc_id} p.{c.page}" for c in a.citations]
    tokens = {k: v for k, v in a.usage.items() if k.endswith("tokens")}
    cost = None
    if price is not None and tokens:
        cost = (
            tokens.get("prompt_tokens", 0) * price[0]
            + tokens.get("completion_tokens", 0) * price[1]
        ) / 1000
    common: dict[str, Any] = {
        **base, "got": a.answer, "mode": p.mode, "cited_pages": cited, "cached": p.cached,
        "latency_ms": a.timings_ms.get("total"), "tokens": tokens, "cost": cost,
    }  # fmt: skip
    if p.error is not None:
        return EvalRow(
            **common, verdict="error", reason="the assistant raised an error", error=p.error
        )
    # Unknown (None): the scorer reads it from the text, knowing what an answer would be.
    s = score_answer(q, a.answer, key_figure=a.key_figure, refused=p.refused, policy=policy)
    refused = s.refused
    rank = None
    checked = False
    in_context = None
    if p.retrieved is not None:
        checked = bool(q.evidence)
        rank = evidence_rank(p.retrieved, q.evidence) if checked else None
        gold = gold_quantity(q)
        if gold is not None:
            default = q.tolerance if q.tolerance is not None else policy.default_for(q.type, q.unit)
            in_context = figure_in_passages(
                gold, p.retrieved, effective_tolerance(gold, default, policy)
            )
    judge_verdict, judge_reason = p.judge if p.judge is not None else (None, None)
    return EvalRow(
        **common, verdict=s.verdict, reason=s.reason, got_figure=s.got_figure,
        figure_source=s.figure_source, tolerance=s.tolerance,  # type: ignore[arg-type]
        must_mention_missing=s.must_mention_missing, refused=refused, evidence_rank=rank,
        evidence_checked=checked, answer_in_context=in_context,
        citations_valid=None if refused else p.citations_valid,
        ungrounded_numbers=list(a.checks.ungrounded_numbers), judge_verdict=judge_verdict,  # type: ignore[arg-type]
        judge_reason=judge_reason, trace=dict(a.trace), **_withheld_fields(q, a, refused, policy),
    )  # fmt: skip


def _withheld_fields(q: EvalQuestion, a: Answer, refused: bool, policy: TolerancePolicy) -> dict[str, Any]:
    """A refusal's withheld figure scored as if it had been stated: would the check's refusal
    have been a right answer? (measurement for `bench.withheld`; the row's verdict is untouched)."""
    held = a.withheld
    if not refused or held is None:
        return {}
    s = score_answer(q, held.text or held.key_figure.text, key_figure=held.key_figure, refused=False, policy=policy)
    return {"withheld_check": held.check, "withheld_reason": held.reason, "withheld_figure": held.key_figure.text,
            "withheld_verdict": s.verdict if s.verdict in ("right", "wrong") else None}


def iter_judgeable(
    questions: Sequence[EvalQuestion], produced: dict[str, Produced]
) -> Iterator[tuple[EvalQuestion, Produced]]:
    """Text questions with an answer that is neither an error nor a refusal."""
    for q in questions:
        p = produced.get(q.id)
        if p is None or p.error or q.type != "text" or p.refused or not p.answer.answer.strip():
            continue
        yield q, p
