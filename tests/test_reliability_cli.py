"""The CLI meets bad luck with one clean line and the right exit code (issue 14)."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli.errors import describe
from assistant.cli.output import clean, emit_json

ROOT = Path(__file__).resolve().parents[1]
ESC_NAME = "\x1b]0;pwned\x07evil\x1b[2J\x1b[31mname\u202e.md"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("FOOTNOTE_")}
    base["FOOTNOTE_EMBEDDING_BACKEND"] = "hash"
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        cwd=ROOT, env={**base, **(env or {})}, capture_output=True, text=True, timeout=120,
    )


def one_line_error(res: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in res.stderr, res.stderr
    lines = [ln for ln in res.stderr.strip().splitlines() if ln.strip()]
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "is full"),
        (RuntimeError("Error in compaction: Failed to apply logs to the metadata segment"), "is full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only or permission denied"),
        (PermissionError(errno.EACCES, "Permission denied"), "read-only or permission denied"),
        (OSError(errno.EROFS, "Read-only file system"), "read-only or permission denied"),
        (FileExistsError(errno.EEXIST, "File exists"), "is not a folder"),
    ],
)
def test_disk_and_permission_errors_are_one_line(exc: BaseException, expected: str) -> None:
    message, code = describe(exc, Path("/lib"))
    assert expected in message and "/lib" in message and "\n" not in message
    assert code == 1


def test_chroma_server_gone_mid_command() -> None:
    httpx = pytest.importorskip("httpx")
    try:
        raise httpx.ConnectError("[Errno 111] Connection refused")
    except httpx.ConnectError as inner:
        wrapped = RuntimeError("upsert failed")
        wrapped.__cause__ = inner
    message, code = describe(wrapped)
    assert "Chroma server" in message and "FOOTNOTE_CHROMA_URL" in message and code == 1


def test_unknown_errors_are_one_line_with_a_hint() -> None:
    message, code = describe(KeyError("boom\nsecond line"))
    assert "internal error" in message and "--verbose" in message and "\n" not in message and code == 1


def test_main_turns_a_full_disk_into_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import importlib

    cli = importlib.import_module("assistant.cli.main")

    def full() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cli, "app", full)
    with pytest.raises(SystemExit) as ended:
        cli.main()
    assert ended.value.code == 1
    err = capsys.readouterr().err
    assert "disk" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_home_that_is_a_file(tmp_path: Path) -> None:
    home = tmp_path / "afile"
    home.write_text("not a folder")
    res = run("docs", env={"FOOTNOTE_HOME": str(home)})
    assert res.returncode == 1
    assert "is a file" in one_line_error(res)


def test_chroma_server_not_running(tmp_path: Path) -> None:
    res = run("--home", str(tmp_path), "docs", env={"FOOTNOTE_CHROMA_URL": "http://127.0.0.1:9"})
    assert res.returncode == 1
    assert "Chroma server" in one_line_error(res)


def test_negative_k_is_a_usage_error(tmp_path: Path) -> None:
    assert run("--home", str(tmp_path), "search", "revenue", "-k", "-1").returncode == 2


def test_clean_removes_escape_sequences() -> None:
    assert clean(ESC_NAME) == "evilname.md"
    assert clean("plain\ttext\nnext") == "plain\ttext\nnext"
    assert clean("a\x9b31mb\x00c") == "abc"


def test_json_escapes_what_a_terminal_would_run(capsys: pytest.CaptureFixture[str]) -> None:
    emit_json({"title": "a\x1b[2Jb\x9bc\u202ed"})
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out and "\u202e" not in out
    import json

    assert json.loads(out)["title"] == "a\x1b[2Jb\x9bc\u202ed"


def test_escape_sequences_in_a_file_name_never_reach_the_terminal(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / ESC_NAME).write_text("Acme revenue in Q1 2026 was $12 million, up 5% on strong demand.\n")
    home = str(tmp_path / "home")
    outputs = [
        run("--home", home, "ingest", str(docs)),
        run("--home", home, "docs"),
        run("--home", home, "search", "Acme revenue"),
        run("--home", home, "ask", "What was Acme revenue in Q1 2026?"),
    ]
    for res in outputs:
        assert res.returncode == 0, res.stderr
        for stream in (res.stdout, res.stderr):
            assert "\x1b]" not in stream and "\x1b[2J" not in stream and "\x07" not in stream
            assert "\u202e" not in stream
    assert "evil" in outputs[2].stdout


@pytest.mark.server
def test_a_real_chroma_server_gone_mid_command_is_one_line(tmp_path: Path) -> None:
    """The client connected, then the server died: the real exception chain maps to one line."""
    import shutil
    import socket
    import time

    from assistant.api import Library
    from assistant.core.settings import Settings

    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    if not Path(chroma).exists():
        pytest.skip("the `chroma` command is not installed")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(tmp_path / "data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.time() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                assert time.time() < deadline and proc.poll() is None, "chroma run did not start"
                time.sleep(0.3)
        url = f"http://127.0.0.1:{port}"
        lib = Library(Settings(home=tmp_path / "home", embedding_backend="hash", chroma_url=url))
        assert lib.documents() == []
    finally:
        proc.kill()
        proc.wait()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# Acme\n\nAcme revenue was $12 million.\n")
    with pytest.raises(Exception) as failed:
        lib.ingest([docs])
    message, code = describe(failed.value)
    assert "Chroma server" in message and code == 1, (message, repr(failed.value))


def test_log_lines_carry_no_escape_sequences() -> None:
    import logging

    from assistant.core.printable import CleanFormatter

    record = logging.LogRecord("ingest", logging.WARNING, __file__, 1, "%s: page 3 could not be read", (ESC_NAME,), None)
    line = CleanFormatter("%(levelname)s %(name)s: %(message)s").format(record)
    assert line == "WARNING ingest: evilname.md: page 3 could not be read"


def test_titles_are_stored_without_control_characters(tmp_path: Path) -> None:
    from ingest.pipeline import prepare_file

    path = tmp_path / ESC_NAME
    path.write_text("no heading here, just revenue of $12 million in Q1 2026.\n")
    prepared = prepare_file(str(path), "doc", "sha", {}, "layout", 200, 180, 30)
    assert "\x1b" not in prepared.title and "\u202e" not in prepared.title and "evil" in prepared.title
