"""`run_eval` end to end: the real extractive assistant on the seed questions and on a
FinanceBench subset (hash embedder, so it stays fast), answers scored from a file, the
answer cache, LLM mode against a scripted local server, and report comparison."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.api import Library
from assistant.core.settings import Settings
from assistant.core.types import Answer, KeyFigure
from eval.datasets import load_dataset
from eval.harness import compare_reports, render_compare, render_table, run_eval
from eval.models import EvalReport, EvalRow
from eval.scoring import score_answer
from tests.conftest import FINANCEBENCH, SHARED, needs_shared

SEED = SHARED / "eval" / "seed_articles.jsonl"
SMALL_DOCS = ("PEPSICO_2023_8K_dated-2023-05-05", "JOHNSON_JOHNSON_2023_8K_dated-2023-08-30")


def hash_settings(tmp: Path, **over: Any) -> Settings:
    return Settings(home=tmp / "unused-home", embedding_backend="hash", **over)


def fb_subset(tmp: Path) -> tuple[Path, list[dict[str, Any]]]:
    """FinanceBench questions on two small filings, in the benchmark's own format."""
    lines = (FINANCEBENCH / "questions_dev.jsonl").read_text().splitlines()
    records = [
        json.loads(x) for x in lines if x.strip() and json.loads(x)["doc_name"] in SMALL_DOCS
    ]
    path = tmp / "fb_subset.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    return path, records


def assert_rows_consistent(report: EvalReport, dataset: Path) -> None:
    """Each verdict follows from the answer that was given (scored again from the row)."""
    questions = {q.id: q for q in load_dataset(dataset).questions}
    for row in report.rows:
        q = questions[row.id]
        if row.verdict == "error":
            continue
        text = row.got_figure if row.got_figure else row.got
        if q.must_mention and row.got_figure:
            text = row.got_figure + " " + row.got
        again = score_answer(q, text, refused=row.refused)
        assert again.verdict == row.verdict, (row.id, row.got, row.got_figure, row.reason)


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[EvalReport, Path]:
    if not SHARED.is_dir():
        pytest.skip("shared data not found")
    tmp = tmp_path_factory.mktemp("seed")
    report = run_eval(SEED, library=None, answers=None, out=tmp / "run", docs=None, progress=False,
                      settings=hash_settings(tmp))  # fmt: skip
    return report, tmp / "run"


@needs_shared()
def test_seed_extractive_report_content(seed_run: tuple[EvalReport, Path]) -> None:
    report, out = seed_run
    assert report.n == 24 and report.mode == "extractive" and report.dataset_format == "footnote"
    assert {k: g.n for k, g in report.by_type.items()} == {
        "currency": 8, "percent": 9, "range": 1, "text": 3, "count": 1, "refusal": 2,
    }  # fmt: skip
    assert report.not_scored == 0 and report.scored == 24
    assert report.accuracy == round(report.right / report.scored, 4)
    assert report.right == sum(r.verdict == "right" for r in report.rows)
    assert report.by_tag["unanswerable"].n == 2
    assert report.retrieval["n"] == 22  # refusal questions carry no evidence
    r1, r3, r5 = (report.retrieval[f"recall@{k}"] for k in (1, 3, 5))
    assert r1 is not None and r3 is not None and r5 is not None and r1 <= r3 <= r5
    for row in report.rows:
        if row.type == "refusal":
            assert (row.verdict == "right") is row.refused
    assert report.latency_ms["p50"] is not None and report.latency_ms["p50"] <= (
        report.latency_ms["p95"] or 0
    )
    assert report.answer_in_context is not None
    assert_rows_consistent(report, SEED)

    saved = json.loads((out / "report.json").read_text())
    for key in (
        "n",
        "accuracy",
        "by_type",
        "by_tag",
        "retrieval",
        "citation_validity",
        "latency_ms",
        "rows",
    ):
        assert key in saved
    assert saved["n"] == 24 and [r["id"] for r in saved["rows"]] == [r.id for r in report.rows]
    html = (out / "report.html").read_text()
    assert html.count("<img") >= 3 and "data:image/png;base64," in html
    for row in report.rows:
        assert f"<td>{row.id}</td>" in html
    table = render_table(report)
    assert "accuracy" in table and "currency" in table


@needs_shared()
def test_seed_rerun_is_cached_and_deterministic(
    seed_run: tuple[EvalReport, Path], tmp_path: Path
) -> None:
    first, out = seed_run
    again = run_eval(SEED, out=out, settings=hash_settings(tmp_path))
    assert again.cache_hits == 24
    assert [(r.id, r.verdict, r.got) for r in again.rows] == [
        (r.id, r.verdict, r.got) for r in first.rows
    ]
    assert again.retrieval == first.retrieval


@needs_shared()
def test_financebench_subset_extractive(tmp_path: Path) -> None:
    dataset, records = fb_subset(tmp_path)
    report = run_eval(
        dataset, docs=FINANCEBENCH / "pdfs", out=tmp_path / "run", settings=hash_settings(tmp_path)
    )
    assert report.n == len(records) == 4 and report.dataset_format == "financebench"
    assert report.by_type["text"].n == 2 and report.by_type["currency"].n == 2
    for row in report.rows:
        if row.type == "text" and row.refused:
            assert row.verdict == "wrong"
        elif row.type == "text" and row.verdict != "not_scored":
            # no judge: scored only by the fact the gold names, its stance or its figures
            assert any(w in row.reason for w in ("names", "name ", "answers", "figure")), row.reason
    assert report.not_scored == sum(r.verdict == "not_scored" for r in report.rows)
    assert report.scored == report.n - report.not_scored
    assert report.retrieval["n"] == 4
    assert_rows_consistent(report, dataset)

    # Evidence ranks agree with the raw 0-based pages, checked against the cached passages.
    raw = {r["financebench_id"]: r for r in records}
    cached = [
        json.loads(x) for x in (tmp_path / "run" / "answers-cache.jsonl").read_text().splitlines()
    ]
    retrieved = {c["id"]: c["retrieved"] for c in cached}

    def is_evidence(h: dict[str, Any], rec: dict[str, Any]) -> bool:
        pages = {e["evidence_page_num"] + 1 for e in rec["evidence"]}
        end = h["page_end"] or h["page"]
        return Path(h["source"]).stem == rec["doc_name"] and any(
            h["page"] <= p <= end for p in pages
        )

    for row in report.rows:
        hits = retrieved[row.id]
        expect = next((i for i, h in enumerate(hits, 1) if is_evidence(h, raw[row.id])), None)
        assert row.evidence_rank == expect


@needs_shared()
def test_answers_file_scored_without_the_assistant(tmp_path: Path) -> None:
    dataset, _ = fb_subset(tmp_path)
    jnj = "JOHNSON_JOHNSON_2023_8K_dated-2023-08-30"
    answers = [
        {"id": "financebench_id_01490", "answer": "A gain of approximately $20 billion [1].",
         "citations": [{"source": f"/docs/{jnj}.pdf", "page": 4, "quote": "a gain of approximately $20 billion"}]},
        {"id": "financebench_id_01491", "answer": "Cash proceeds were $13.2 million.",
         "key_figure": {"value": 13.2, "unit": "USD", "scale": "million", "text": "$13.2 million"},
         "citations": [{"source": f"/docs/{jnj}.pdf", "page": 3, "quote": "cash proceeds"}]},
        {"id": "financebench_id_01488", "answer": "Consumer Health."},
        {"id": "financebench_id_01482", "answer": "The documents don't say."},
        {"id": "not-in-dataset", "answer": "ignored"},
    ]  # fmt: skip
    path = tmp_path / "answers.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in answers))
    report = run_eval(dataset, answers=path, out=tmp_path / "run")
    rows = {r.id: r for r in report.rows}
    assert report.mode == "external" and report.n == 4
    assert rows["financebench_id_01490"].verdict == "right"
    assert rows["financebench_id_01490"].cited_pages == [f"{jnj}.pdf p.4"]
    assert (rows["financebench_id_01491"].verdict, rows["financebench_id_01491"].reason) == (
        "wrong",
        "wrong scale (off by 1,000x)",
    )
    # "Which segment ...?": the gold names Consumer Health, and so does the answer.
    assert rows["financebench_id_01488"].verdict == "right"
    assert (
        rows["financebench_id_01482"].verdict == "wrong" and rows["financebench_id_01482"].refused
    )
    assert (report.right, report.scored, report.not_scored, report.false_refusals) == (2, 4, 0, 1)
    assert report.accuracy == 0.5
    # retrieval from the citations' pages: evidence is page 4 (0-based 3) of the JnJ 8-K
    assert report.retrieval == {"recall@1": 0.5, "recall@3": 0.5, "recall@5": 0.5, "n": 2}
    assert report.citation_validity is None and report.latency_ms == {"p50": None, "p95": None}
    assert not (tmp_path / "run" / "library").exists()  # no assistant, no library


# --- runner mechanics on a tiny library ----------------------------------------------------


@pytest.fixture
def tiny(tmp_path: Path) -> tuple[Path, Library]:
    doc = tmp_path / "docs" / "acme.txt"
    doc.parent.mkdir()
    doc.write_text(
        "Acme Q1 2026 results.\n\nAcme revenue was $22.91 million in Q1 2026. Nokia's CEO is Justin Hotard.\n"
    )
    qs = [
        {"id": "rev", "question": "What was Acme's revenue?", "answer": "$22.91 million", "type": "currency",
         "value": 22.91, "unit": "USD", "scale": "million", "evidence": [{"doc": "acme.txt", "quote": "revenue was $22.91 million"}]},
        {"id": "ceo", "question": "Who is the CEO?", "answer": "Justin Hotard", "type": "text"},
        {"id": "boom", "question": "Explode?", "answer": "x", "type": "text", "must_mention": [["x"]]},
    ]  # fmt: skip
    dataset = tmp_path / "qs.jsonl"
    dataset.write_text("\n".join(json.dumps(x) for x in qs))
    lib = Library(hash_settings(tmp_path))
    lib.ingest([doc])
    return dataset, lib


def test_cache_resumes_and_errors_are_rows(tiny: tuple[Path, Library], tmp_path: Path) -> None:
    dataset, lib = tiny
    calls: list[str] = []

    def answer_fn(library: Library, question: str) -> Answer:
        calls.append(question)
        if question == "Explode?":
            raise RuntimeError("kaboom")
        kf = (
            KeyFigure(value=22.91, unit="USD", scale="million", text="$22.91 million")
            if "revenue" in question
            else None
        )
        return Answer(
            question=question,
            answer="Revenue was $22.91 million [1].",
            mode="extractive",
            key_figure=kf,
        )

    out = tmp_path / "run"
    first = run_eval(dataset, library=lib, out=out, answer_fn=answer_fn)
    assert len(calls) == 3
    rows = {r.id: r for r in first.rows}
    # "Who is the CEO?" gold "Justin Hotard": an answer that never names him is wrong.
    assert rows["rev"].verdict == "right" and rows["ceo"].verdict == "wrong"
    assert "Justin Hotard" in rows["ceo"].reason
    assert rows["boom"].verdict == "error" and "kaboom" in (rows["boom"].error or "")
    assert (first.errors, first.scored, first.right) == (1, 3, 1)  # an error counts as wrong

    calls.clear()
    second = run_eval(dataset, library=lib, out=out, answer_fn=answer_fn)
    assert calls == ["Explode?"]  # errors are not cached; the rest comes from the cache
    assert second.cache_hits == 2

    calls.clear()
    changed = Library(hash_settings(tmp_path, top_k=3))
    run_eval(dataset, library=changed, out=out, answer_fn=answer_fn)
    assert len(calls) == 3  # a setting that shapes answers invalidates the cache


def test_unavailable_llm_stops_the_run(tiny: tuple[Path, Library], tmp_path: Path) -> None:
    from assistant.core.llm import LLMUnavailableError

    dataset, lib = tiny

    def answer_fn(library: Library, question: str) -> Answer:
        raise LLMUnavailableError("down", model="m", endpoint="e", kind="connection")

    with pytest.raises(LLMUnavailableError):
        run_eval(dataset, library=lib, out=tmp_path / "run", answer_fn=answer_fn)


def test_llm_mode_concurrent_tokens_and_judge(
    tiny: tuple[Path, Library], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.fakes.openai_server import Reply, ScriptedOpenAIServer

    dataset, _ = tiny
    monkeypatch.setattr(
        "eval.harness.judge_prompt", lambda question, expected, answer: f"JUDGE {expected} || {answer}"
    )

    def handler(request: dict[str, Any]) -> Reply:
        text = str(request["messages"][-1]["content"])
        if text.startswith("JUDGE"):
            return Reply.text('{"verdict": "correct", "reason": "names the CEO"}')
        asked = text.rsplit("Question:", 1)[-1]  # the sources mention the CEO too
        if "CEO" in asked:
            return Reply.text(
                'Justin Hotard [1].\n<<<JSON>>>\n{"refused": false, "key_figure": null, "citations": [{"n": 1, "quote": "Nokia\'s CEO is Justin Hotard."}]}'
            )
        if "Explode" in asked:
            return Reply.text(
                'The documents don\'t say.\n<<<JSON>>>\n{"refused": true, "key_figure": null, "citations": []}'
            )
        return Reply.text(
            'Revenue was $22.91 million [1].\n<<<JSON>>>\n{"refused": false, "key_figure": {"value": 22.91, "unit": "USD", '
            '"scale": "million", "text": "$22.91 million"}, "citations": [{"n": 1, "quote": "Acme revenue was $22.91 million in Q1 2026."}]}'
        )

    with ScriptedOpenAIServer(handler=handler) as srv:
        settings = hash_settings(tmp_path, llm="openai:test-model", llm_base_url=srv.base_url,
                                 llm_api_key="test", llm_timeout_s=5.0, llm_max_retries=0)  # fmt: skip
        lib = Library(settings)
        lib.ingest([tmp_path / "docs" / "acme.txt"])
        report = run_eval(dataset, library=lib, out=tmp_path / "run", concurrency=3)
        requests_first = len(srv.requests)
        again = run_eval(dataset, library=lib, out=tmp_path / "run", concurrency=3)
        assert len(srv.requests) == requests_first  # answers and verdicts come from the cache
    rows = {r.id: r for r in report.rows}
    assert report.mode == "llm"
    assert rows["rev"].verdict == "right" and rows["rev"].figure_source == "key_figure"
    assert rows["ceo"].verdict == "right" and rows["ceo"].judge_verdict == "right"
    assert rows["boom"].verdict == "wrong" and rows["boom"].refused  # a false refusal
    assert report.judge == {"n": 1, "accuracy": 1.0}
    assert report.tokens.get("total_tokens", 0) > 0
    assert again.judge == report.judge and again.cache_hits == 3


# --- compare --------------------------------------------------------------------------------


def _report(rows: list[tuple[str, str]], accuracy: float) -> EvalReport:
    return EvalReport(
        n=len(rows), accuracy=accuracy, retrieval={"recall@1": 0.5, "recall@3": 0.5, "recall@5": 0.75, "n": 4},
        rows=[EvalRow(id=i, question=f"Q {i}?", type="currency", expected="1", got=f"got {v}", verdict=v) for i, v in rows],  # type: ignore[arg-type]
    )  # fmt: skip


def test_compare_two_reports(tmp_path: Path) -> None:
    a = _report(
        [("q1", "right"), ("q2", "wrong"), ("q3", "right"), ("q4", "not_scored"), ("q5", "wrong")],
        0.5,
    )
    b = _report(
        [("q1", "right"), ("q2", "right"), ("q3", "wrong"), ("q4", "wrong"), ("q6", "right")], 0.6
    )
    b.retrieval["recall@5"] = 1.0
    pa, pb = tmp_path / "a.json", tmp_path / "b.json"
    pa.write_text(a.model_dump_json())
    pb.write_text(b.model_dump_json())
    result = compare_reports(pa, pb)
    assert [i.id for i in result.better] == ["q2"]
    assert [i.id for i in result.worse] == ["q3"]
    assert [(i.id, i.a, i.b) for i in result.changed] == [("q4", "not_scored", "wrong")]
    assert result.same == 1 and result.only_in_a == ["q5"] and result.only_in_b == ["q6"]
    assert result.totals["accuracy"] == {"a": 0.5, "b": 0.6, "delta": 0.1}
    assert result.totals["recall@5"]["delta"] == 0.25
    text = render_compare(result)
    assert "better (1):" in text and "q2: wrong → right" in text and "worse (1):" in text
    assert "+10.0pp" in text
    with pytest.raises(ValueError, match="not an eval report"):
        (tmp_path / "x.json").write_text("{}")
        compare_reports(pa, tmp_path / "x.json")
