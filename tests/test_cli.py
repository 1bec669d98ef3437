"""The `footnote` command as users and scripts call it: exit codes, --json purity, errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE


def run(home: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "FOOTNOTE_EMBEDDING_BACKEND": "hash", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", "--home", str(home), *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


@pytest.fixture
def docs_dir(tmp_path: Path) -> Path:
    dest = tmp_path / "docs"
    shutil.copytree(SAMPLE, dest)
    return dest


def test_ingest_docs_search_remove_json(tmp_path: Path, docs_dir: Path) -> None:
    home = tmp_path / "home"
    res = run(home, "ingest", str(docs_dir), "--json")
    assert res.returncode == 0, res.stderr
    payload = json.loads(res.stdout)  # exactly one JSON object on stdout
    assert set(payload) == {"added", "updated", "unchanged", "chunks_added", "failed"}
    assert len(payload["added"]) == 3 and payload["failed"] == []

    res = run(home, "docs", "--json")
    docs = json.loads(res.stdout)["documents"]
    assert len(docs) == 3
    expected_keys = {"doc_id", "title", "source", "sha256", "pages", "chunks", "company", "ticker", "period", "doc_type", "ingested_at"}
    assert all(expected_keys <= set(d) for d in docs)

    res = run(home, "search", "Americas growth", "-k", "2", "--json")
    assert res.returncode == 0, res.stderr
    results = json.loads(res.stdout)["results"]
    assert 1 <= len(results) <= 2
    assert {"doc_id", "title", "source", "page", "text", "score"} <= set(results[0])
    assert results[0]["page"] >= 1

    target = docs[0]["doc_id"]
    res = run(home, "remove", target, "--json")
    assert res.returncode == 0 and json.loads(res.stdout)["removed"] == [target]
    res = run(home, "docs", "--json")
    assert target not in {d["doc_id"] for d in json.loads(res.stdout)["documents"]}



def test_docs_says_which_documents_an_older_ingest_stored_and_ingest_refreshes_them(
    tmp_path: Path, docs_dir: Path
) -> None:
    from assistant.api import Library
    from assistant.core.settings import Settings

    home = tmp_path / "home"
    assert run(home, "ingest", str(docs_dir)).returncode == 0
    res = run(home, "docs")
    assert res.returncode == 0 and "older version" not in res.stderr
    lib = Library(Settings(home=home, embedding_backend="hash"))
    old = lib.documents()[0]
    lib.store.put_document(old.model_copy(update={"reader": None}))  # as a library built before stamps
    del lib
    res = run(home, "docs")
    assert res.returncode == 0 and "1 of 3 documents were stored by an older version" in res.stderr
    res = run(home, "ingest", str(docs_dir), "--json")
    payload = json.loads(res.stdout)
    assert payload["updated"] == [old.doc_id] and len(payload["unchanged"]) == 2
    assert "older version" not in run(home, "docs").stderr


def test_ingest_stale_reads_the_old_documents_again_and_needs_no_paths(tmp_path: Path, docs_dir: Path) -> None:
    from assistant.api import Library
    from assistant.core.settings import Settings

    home = tmp_path / "home"
    assert run(home, "ingest", str(docs_dir)).returncode == 0
    lib = Library(Settings(home=home, embedding_backend="hash"))
    old = lib.documents()[0]
    lib.store.put_document(old.model_copy(update={"reader": None}))
    del lib
    assert "ingest --stale" in run(home, "docs").stderr
    res = run(home, "ingest", "--stale", "--json")
    assert res.returncode == 0, res.stderr
    payload = json.loads(res.stdout)
    assert payload["updated"] == [old.doc_id] and payload["added"] == [] and payload["failed"] == []
    assert "older version" not in run(home, "docs").stderr
    nothing = run(home, "ingest")
    assert nothing.returncode == 2 and "--stale" in nothing.stderr
    mixed = run(home, "ingest", str(docs_dir), "--stale")
    assert mixed.returncode == 2 and "no paths" in mixed.stderr

def test_partial_failure_exit_code_and_one_line_errors(tmp_path: Path, docs_dir: Path) -> None:
    home = tmp_path / "home"
    (docs_dir / "empty.txt").write_text("")
    (docs_dir / "deck.pptx").write_bytes(b"PK\x03\x04")
    res = run(home, "ingest", str(docs_dir), str(docs_dir / "deck.pptx"), "--json")
    assert res.returncode == 1
    payload = json.loads(res.stdout)
    failed = {Path(f["path"]).name: f["error"] for f in payload["failed"]}
    assert set(failed) == {"empty.txt", "deck.pptx"}
    assert len(payload["added"]) == 3
    # One clear line per failed file on stderr, naming the file.
    err_lines = [ln for ln in res.stderr.splitlines() if ln.startswith("failed:")]
    assert len(err_lines) == 2 and any("deck.pptx" in ln and "unsupported" in ln for ln in err_lines)


def test_usage_error_exit_code_2(tmp_path: Path) -> None:
    res = run(tmp_path, "search")
    assert res.returncode == 2
    res = run(tmp_path, "no-such-command")
    assert res.returncode == 2


def test_ask_on_empty_library_is_a_clear_error(tmp_path: Path) -> None:
    res = run(tmp_path / "home", "ask", "What was revenue?")
    assert res.returncode == 1
    assert "library is empty" in res.stderr and "footnote ingest" in res.stderr


def test_unreachable_chroma_server_is_a_clear_error(tmp_path: Path) -> None:
    res = run(tmp_path, "docs", env={"FOOTNOTE_CHROMA_URL": "http://127.0.0.1:9"})
    assert res.returncode == 1
    assert "cannot reach the Chroma server" in res.stderr and "chroma run" in res.stderr
    assert "Traceback" not in res.stderr
