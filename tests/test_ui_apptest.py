"""The Streamlit app through `streamlit.testing.v1.AppTest`: real Library (hash embedder),
real ingest, the real extractive answerer, and the LLM path over HTTP to a scripted server."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.api import Library
from assistant.core.settings import Settings
from assistant.core.types import Answer, Checks, Citation, SearchHit
from assistant.ui.markup import answer_markdown, escape_md, find_quote, passage_html
from assistant.ui.uploads import Upload, ingest_uploads, save_upload
from tests.conftest import SAMPLE
from tests.fakes import scrub_provider_env
from tests.fakes.openai_server import Reply, ScriptedOpenAIServer

AppTest = pytest.importorskip("streamlit.testing.v1").AppTest

APP = str(Path(__file__).resolve().parents[1] / "streamlit_app.py")
LIBRARY_PAGE = "assistant/ui/pages/library.py"
NOKIA_Q = "What was Nokia's comparable operating profit in Q1 2026?"


def _env(monkeypatch: pytest.MonkeyPatch, home: Path, **extra: str) -> None:
    scrub_provider_env(monkeypatch)
    monkeypatch.setenv("FOOTNOTE_HOME", str(home))
    monkeypatch.setenv("FOOTNOTE_EMBEDDING_BACKEND", "hash")
    monkeypatch.setenv("FOOTNOTE_INGEST_INLINE", "1")
    for key, value in extra.items():
        monkeypatch.setenv(key, value)


def _app() -> Any:
    at = AppTest.from_file(APP, default_timeout=60)
    return at.run()


def _alive(at: Any) -> None:
    assert not at.exception, [e.value for e in at.exception]


def _texts(elements: Any) -> str:
    return "\n".join(str(e.value) for e in elements)


@pytest.fixture(scope="module")
def sample_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library of our own sample notes (read-only for the tests that use it)."""
    home = tmp_path_factory.mktemp("sample-home")
    report = Library(Settings(home=home, embedding_backend="hash")).ingest([SAMPLE])
    assert len(report.added) == 3 and not report.failed
    return home


@pytest.fixture
def server() -> Iterator[ScriptedOpenAIServer]:
    with ScriptedOpenAIServer() as srv:
        yield srv


# -- empty library, uploads, corrections, removal ------------------------------------------------
def test_empty_library_says_add_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _env(monkeypatch, tmp_path / "home")
    at = _app()
    _alive(at)
    assert "library is empty" in _texts(at.info)
    assert at.chat_input[0].disabled
    at.switch_page(LIBRARY_PAGE).run()
    _alive(at)
    assert "No documents yet" in _texts(at.info)


def test_upload_adds_files_and_reports_bad_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    _env(monkeypatch, home)
    at = _app().switch_page(LIBRARY_PAGE).run()
    nokia = (SAMPLE / "nokia-q1-2026-notes.txt").read_bytes()
    at.file_uploader[0].set_value(
        [
            ("nokia-q1-2026-notes.txt", nokia, "text/plain"),
            ("broken.pdf", b"%PDF-1.4 not really a pdf", "application/pdf"),
            ("empty.txt", b"", "text/plain"),
        ]
    )
    at.run()
    at.button(key="add_docs").click().run()
    _alive(at)
    assert "Added 1 document" in _texts(at.success)
    errors = _texts(at.error)
    assert "broken.pdf" in errors and "PDF" in errors
    assert "empty.txt" in errors and "empty" in errors
    assert sorted(p.name for p in (home / "files").iterdir()) == ["nokia-q1-2026-notes.txt"]
    table = at.data_editor[0].value
    assert list(table["title"]) and "Nokia" in table["title"][0]
    # The uploader was reset, and the chat page now accepts questions.
    assert not at.file_uploader[0].value
    at.switch_page("assistant/ui/pages/chat.py").run()
    assert not at.chat_input[0].disabled


def test_save_upload_never_clobbers(tmp_path: Path) -> None:
    first, fresh = save_upload(tmp_path, "report.txt", b"one")
    assert fresh and first.name == "report.txt"
    same, fresh = save_upload(tmp_path, "report.txt", b"one")
    assert same == first and not fresh
    other, fresh = save_upload(tmp_path, "report.txt", b"two")
    assert fresh and other.name == "report (2).txt" and first.read_bytes() == b"one"
    sneaky, _ = save_upload(tmp_path, "../../etc/passwd", b"x")
    assert sneaky.parent == tmp_path and sneaky.name == "passwd"


def test_ingest_uploads_deletes_copies_that_did_not_become_documents(tmp_path: Path) -> None:
    library = Library(Settings(home=tmp_path / "home", embedding_backend="hash"))
    text = (SAMPLE / "nokia-q1-2026-notes.txt").read_bytes()
    report = ingest_uploads(library, [Upload("a.txt", text), Upload("bad.pdf", b"%PDF-1 junk")], company="Nokia")
    assert len(report.added) == 1 and [f.path for f in report.failed] == ["bad.pdf"]
    # Same bytes under another name: a duplicate of a document already there.
    again = ingest_uploads(library, [Upload("copy.txt", text)])
    assert again.unchanged and not again.added
    assert sorted(p.name for p in (tmp_path / "home" / "files").iterdir()) == ["a.txt"]
    assert library.documents()[0].company == "Nokia"


def _library_with_nokia(home: Path) -> Library:
    library = Library(Settings(home=home, embedding_backend="hash"))
    ingest_uploads(library, [Upload("nokia.txt", (SAMPLE / "nokia-q1-2026-notes.txt").read_bytes())])
    return library


def test_metadata_correction_through_the_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    _env(monkeypatch, home)
    library = _library_with_nokia(home)
    at = _app().switch_page(LIBRARY_PAGE).run()
    assert at.button(key="save_meta").disabled
    at.session_state["docs_editor"] = {
        "edited_rows": {0: {"company": "Nokia Oyj", "period": "FY2026", "doc_type": "report"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    at.button(key="save_meta").click().run()
    _alive(at)
    assert "Saved corrections to 1 document" in _texts(at.success)
    record = library.documents()[0]
    assert (record.company, record.period, record.doc_type) == ("Nokia Oyj", "FY2026", "report")
    # The chat filters are not on the Library page; on the chat page they follow the correction.
    assert not at.sidebar.multiselect
    at.switch_page("assistant/ui/pages/chat.py").run()
    assert "Nokia Oyj" in at.sidebar.multiselect[0].options



def test_library_page_names_documents_an_older_ingest_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    _env(monkeypatch, home)
    library = _library_with_nokia(home)
    at = _app().switch_page(LIBRARY_PAGE).run()
    _alive(at)
    assert "older version" not in _texts(at.warning)
    (record,) = library.documents()
    library.store.put_document(record.model_copy(update={"reader": None}))
    at = _app().switch_page(LIBRARY_PAGE).run()
    _alive(at)
    assert "1 document was stored by an older version" in _texts(at.warning)
    # Adding the same file again reads it again: the warning goes, nothing is doubled.
    report = ingest_uploads(library, [Upload("nokia.txt", (SAMPLE / "nokia-q1-2026-notes.txt").read_bytes())])
    assert report.updated == [record.doc_id] and len(library.documents()) == 1
    at = _app().switch_page(LIBRARY_PAGE).run()
    assert "older version" not in _texts(at.warning)


def test_library_page_reads_stale_documents_again_with_one_click(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    _env(monkeypatch, home)
    library = _library_with_nokia(home)
    (record,) = library.documents()
    library.store.put_document(record.model_copy(update={"reader": None, "company": "Nokia Oyj"}))
    at = _app().switch_page(LIBRARY_PAGE).run()
    _alive(at)
    at.button(key="reread_stale").click().run()
    _alive(at)
    assert "Updated 1 document(s)" in _texts(at.success)
    assert "older version" not in _texts(at.warning)
    (after,) = library.documents()
    assert after.doc_id == record.doc_id and after.reader is not None and after.company == "Nokia Oyj"
    assert after.chunks == record.chunks

def test_remove_asks_for_confirmation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    _env(monkeypatch, home)
    library = _library_with_nokia(home)
    doc = library.documents()[0]
    at = _app().switch_page(LIBRARY_PAGE).run()
    at.multiselect(key="remove_select").set_value([doc.doc_id]).run()
    at.button(key="remove_ask").click().run()
    assert "cannot be undone" in _texts(at.warning)
    assert library.documents(), "nothing is removed before the confirmation"
    at.button(key="remove_no").click().run()
    assert library.documents() and "cannot be undone" not in _texts(at.warning)
    at.multiselect(key="remove_select").set_value([doc.doc_id]).run()
    at.button(key="remove_ask").click().run()
    at.button(key="remove_yes").click().run()
    _alive(at)
    assert library.documents() == []
    assert "Removed 1 document" in _texts(at.success)
    assert not Path(doc.source).exists(), "the uploaded copy goes with its document"


# -- asking ---------------------------------------------------------------------------------------
def _answer_markdown(at: Any) -> str:
    return _texts(at.chat_message[-1].markdown)


def test_extractive_answer_with_footnotes(sample_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _env(monkeypatch, sample_home)
    at = _app()
    assert "extractive" in _texts(at.sidebar.caption)
    at.chat_input[0].set_value(NOKIA_Q).run()
    _alive(at)
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert "281" in _answer_markdown(at)
    assert any("281" in str(m.value) for m in at.metric)
    labels = [e.label for e in at.expander]
    assert labels and all(re.match(r"\\\[\d+\\\] ", lab) for lab in labels)
    assert any("Nokia" in lab and "p. 1" in lab for lab in labels)
    marked = [re.findall(r"<mark[^>]*>(.*?)</mark>", h.value, re.S) for h in at.html]
    assert any("281" in m for ms in marked for m in ms), "the cited quote is highlighted in its passage"
    # The no-LLM notice is one line (a popover) with the how-to behind it.
    notice = "\n".join(m.value for m in at.markdown if "FOOTNOTE_LLM" in m.value)
    assert "extractive" in notice and "FOOTNOTE_LLM_BASE_URL" in notice
    assert not any("FOOTNOTE_LLM" in i.value for i in at.info)
    assert any("Nokia" in d.label or "nokia" in d.label for d in at.get("download_button"))
    # A follow-up keeps the conversation; the how-to box is shown once, under the latest answer.
    at.chat_input[0].set_value("How much did sales to AI and cloud customers grow?").run()
    _alive(at)
    assert [m.name for m in at.chat_message] == ["user", "assistant"] * 2
    assert len([m for m in at.markdown if "FOOTNOTE_LLM" in m.value]) == 1


def test_filters_restrict_the_answer(sample_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _env(monkeypatch, sample_home)
    at = _app()
    companies = at.sidebar.multiselect[0]
    smartoptics = [c for c in companies.options if c.lower().startswith("smartoptics")]
    assert smartoptics and "Nokia" in companies.options
    companies.set_value(smartoptics).run()
    at.chat_input[0].set_value(NOKIA_Q).run()
    _alive(at)
    assert "281" not in _answer_markdown(at)
    assert not any("Nokia" in e.label for e in at.expander)
    assert "Company = Smartoptics" in _texts(at.chat_message[0].caption)


def _sources(body: dict[str, Any]) -> dict[int, str]:
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    return {int(n): t for n, t in re.findall(r'<source n="(\d+)"[^>]*>\n?(.*?)</source>', user, re.S)}


def _scripted_answer(body: dict[str, Any], figure: str = "€281 million") -> Reply:
    """Answer like a model that follows the prompt: prose with [n], then the JSON part."""
    system = str(body["messages"][0]["content"])
    if "rewrite" in system.lower():
        return Reply.text(str(body["messages"][-1]["content"]).rsplit("Follow-up question:", 1)[-1].split("\n")[0].strip())
    sources = _sources(body)
    n = next(k for k, text in sources.items() if "Comparable operating profit" in text)
    quote = "Comparable operating profit was €281 million"
    prose = f"Nokia's comparable operating profit in Q1 2026 was {figure} [{n}]."
    meta = {"refused": False, "key_figure": {"value": 281, "unit": "EUR", "scale": "million", "text": figure},
            "citations": [{"n": n, "quote": quote}]}
    return Reply.text(prose + "\n<<<JSON>>>\n" + json.dumps(meta))


def _llm_env(monkeypatch: pytest.MonkeyPatch, home: Path, srv: ScriptedOpenAIServer) -> None:
    _env(
        monkeypatch, home, FOOTNOTE_LLM="openai:test-model", FOOTNOTE_LLM_BASE_URL=srv.base_url,
        FOOTNOTE_LLM_MAX_RETRIES="0", FOOTNOTE_LLM_TIMEOUT_S="5",
    )


def test_llm_answer_streams_with_checked_footnotes(
    sample_home: Path, monkeypatch: pytest.MonkeyPatch, server: ScriptedOpenAIServer
) -> None:
    server._state.handler = _scripted_answer
    _llm_env(monkeypatch, sample_home, server)
    at = _app()
    assert "openai:test-model" in _texts(at.sidebar.caption)
    at.chat_input[0].set_value(NOKIA_Q).run()
    _alive(at)
    assert server.requests and server.requests[-1].get("stream") is True
    text = _answer_markdown(at)
    assert "€281 million" in text and "](#cite-t1-" in text and "⚠" not in text
    assert [m.value for m in at.metric] == ["€281 million"]
    assert not any("FOOTNOTE_LLM" in i.value for i in at.info), "no extractive notice in LLM mode"
    assert any("Comparable operating profit" in e.label for e in at.expander)
    # A follow-up carries the conversation: the model is asked to rewrite it first.
    at.chat_input[0].set_value("And a year earlier?").run()
    _alive(at)
    rewrite = server.requests[-2]["messages"][-1]["content"]
    assert NOKIA_Q in rewrite and "And a year earlier?" in rewrite
    assert len(at.chat_message) == 4


def test_ungrounded_number_is_flagged(
    sample_home: Path, monkeypatch: pytest.MonkeyPatch, server: ScriptedOpenAIServer
) -> None:
    server._state.handler = lambda body: _scripted_answer(body, figure="€912 million")
    _llm_env(monkeypatch, sample_home, server)
    at = _app()
    at.chat_input[0].set_value(NOKIA_Q).run()
    _alive(at)
    assert ":orange-background[€912 million ⚠]" in _answer_markdown(at)
    warning = _texts(at.warning)
    assert "Number not found in the cited sources: €912 million" in warning and "Unverified" in warning


def test_llm_server_error_is_a_message_and_the_app_lives(
    sample_home: Path, monkeypatch: pytest.MonkeyPatch, server: ScriptedOpenAIServer
) -> None:
    _llm_env(monkeypatch, sample_home, server)
    server.push(Reply.error(500, "the model crashed"))
    at = _app()
    at.chat_input[0].set_value(NOKIA_Q).run()
    _alive(at)
    error = _texts(at.error)
    assert "openai:test-model" in error and "500" in error
    # The search ran: its passages are shown, quoted, under the error.
    assert "the search ran" in _texts(at.chat_message[-1].caption)
    assert any("Nokia" in e.label for e in at.chat_message[-1].expander)
    server._state.handler = _scripted_answer
    at.chat_input[0].set_value(NOKIA_Q).run()
    _alive(at)
    assert "€281 million" in _answer_markdown(at)
    assert error in _texts(at.error), "the failed turn stays in the conversation"


# -- markup -------------------------------------------------------------------------------------
def _answer(text: str, **checks: Any) -> Answer:
    hit = SearchHit(chunk_id="c1", doc_id="d", title="T", source="/x", page=2, text="Revenue was $5.2 million.", score=1)
    citation = Citation(n=1, doc_id="d", title="T", source="/x", page=2, quote="Revenue was $5.2 million", chunk_id="c1")
    return Answer(question="q", answer=text, mode="llm", citations=[citation], retrieved=[hit],
                  checks=Checks(citations_valid=not checks.get("invalid_citations"), **checks))


def test_answer_markdown_escapes_and_flags() -> None:
    ok = answer_markdown(_answer("Revenue was $5.2 million [1] and $6 million [1, 2]."))
    # [2] names no retrieved source: flagged even before the verifier says so.
    assert "\\$5.2 million :blue-badge[1] and" in ok and ":blue-badge[1]:red-badge[⚠ 2]." in ok
    bad = answer_markdown(
        _answer("Revenue was $7 million [3].", ungrounded_numbers=["$7 million"], invalid_citations=["[3] refers to no source"])
    )
    assert ":orange-background[\\$7 million ⚠]" in bad and ":red-badge[⚠ 3]" in bad
    assert escape_md("[x] <b>") == "\\[x\\] \\<b\\>"


def test_quote_is_found_despite_case_spacing_and_elisions() -> None:
    passage = "Net sales rose to “USD 120\nmillion”, the company said. Margins improved to 45%."
    spans = find_quote('net sales rose to "USD 120 million" ... margins improved', passage)
    assert [passage[s:e] for s, e in spans] == ["Net sales rose to “USD 120\nmillion", "Margins improved"]
    assert find_quote("not in the passage", passage) == []
    html = passage_html("a <b> & c", [(2, 5)], page=3)
    assert "<mark class=\"footnote-quote\">&lt;b&gt;</mark>" in html and "Page 3" in html


# -- evals --------------------------------------------------------------------------------------
EVALS_PAGE = "assistant/ui/pages/evals.py"


def _dataset(path: Path) -> Path:
    rows = [
        {"id": "nokia-op", "question": NOKIA_Q, "answer": "€281 million", "type": "currency", "value": 281,
         "unit": "EUR", "scale": "million", "tolerance": 0.01, "tags": ["lookup"],
         "evidence": [{"doc": "nokia-q1-2026-notes.txt", "quote": "Comparable operating profit was €281 million"}]},
        {"id": "tesla-revenue", "question": "What was Tesla's revenue in 2019?",
         "answer": "The documents do not say.", "type": "refusal", "tags": ["unanswerable"]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_eval_run_report_and_compare(sample_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _env(monkeypatch, sample_home)
    dataset = _dataset(tmp_path / "mini.jsonl")
    at = _app().switch_page(EVALS_PAGE).run()
    _alive(at)
    for name in ("before", "after"):
        at.text_input(key="eval_path").set_value(str(dataset))
        at.text_input(key="eval_name").set_value(name)
        at.button(key="eval_run").click().run()
        _alive(at)
        assert not at.error, _texts(at.error)
    labels = [m.label for m in at.metric]
    assert "Accuracy" in labels and "Recall@5" in labels
    table = at.dataframe[0].value
    assert list(table["id"]) == ["nokia-op", "tesla-revenue"]
    assert set(table["verdict"]) <= {"right", "wrong", "not scored", "error"}
    runs = sorted(p.name for p in (sample_home / "evals" / "runs").iterdir())
    # Folder names start with the run's time (to the second), then the name given.
    assert sorted(r.rsplit("-", 1)[1] for r in runs) == ["after", "before"]
    assert all((sample_home / "evals" / "runs" / r / "report.html").is_file() for r in runs)
    # The compare tab lists the totals of both runs, B - A.
    totals = next(d.value for d in at.dataframe if "metric" in d.value.columns)
    assert "accuracy" in list(totals["metric"]) and list(totals.columns) == ["metric", "A", "B", "B − A"]


def test_eval_bad_dataset_is_a_message(sample_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _env(monkeypatch, sample_home)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    at = _app().switch_page(EVALS_PAGE).run()
    at.text_input(key="eval_path").set_value(str(bad))
    at.button(key="eval_run").click().run()
    _alive(at)
    assert "dataset cannot be used" in _texts(at.error)
    at.text_input(key="eval_path").set_value(str(tmp_path / "missing.jsonl"))
    at.button(key="eval_run").click().run()
    assert "No dataset file" in _texts(at.error)


def test_evals_page_says_when_the_eval_package_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    _env(monkeypatch, tmp_path / "home")
    monkeypatch.setitem(sys.modules, "eval.harness", None)  # import eval.harness now raises ImportError
    at = _app().switch_page(EVALS_PAGE).run()
    _alive(at)
    assert "eval package is not available" in _texts(at.warning)


def test_refusal_is_shown_plainly(sample_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _env(monkeypatch, sample_home)
    at = _app()
    at.chat_input[0].set_value("What was Tesla's revenue in 2019?").run()
    _alive(at)
    refusal = _texts(at.chat_message[-1].warning)
    assert "don't say" in refusal and "Tesla" in refusal
    assert not at.metric and not at.expander


def test_footnote_says_when_the_original_file_is_gone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    _env(monkeypatch, home)
    library = _library_with_nokia(home)
    Path(library.documents()[0].source).unlink()
    at = _app()
    at.chat_input[0].set_value(NOKIA_Q).run()
    _alive(at)
    assert at.expander and not [d for d in at.get("download_button") if str(d.key).startswith("dl-")]
    assert "no longer at" in _texts(at.caption)
