"""Processes: the API works from a plain script, and children die with their parent (issue 14)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOOTNOTE_")}
    env["PYTHONPATH"] = str(ROOT)
    env["HF_HUB_OFFLINE"] = "1"
    return env


def _docs(folder: Path, n: int = 3) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"note{i}.md").write_text(f"# Note {i}\n\nAcme revenue in Q{i + 1} 2026 was ${10 + i} million.\n")
    return folder


def test_api_from_a_script_without_main_guard_ends(tmp_path: Path) -> None:
    """The README example as a plain script: the parse worker must not re-run it."""
    docs = _docs(tmp_path / "docs")
    script = tmp_path / "plain.py"
    script.write_text(
        textwrap.dedent(
            f"""
            from assistant import Library, Settings
            lib = Library(Settings(home={str(tmp_path / 'home')!r}, embedding_backend="hash"))
            report = lib.ingest([{str(docs)!r}])
            print("added", len(report.added))
            """
        )
    )
    done = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "added 3" in done.stdout


def test_api_from_python_c_ends(tmp_path: Path) -> None:
    docs = _docs(tmp_path / "docs")
    code = (
        "from assistant import Library, Settings; "
        f"r = Library(Settings(home={str(tmp_path / 'home')!r}, embedding_backend='hash')).ingest([{str(docs)!r}]); "
        "print('added', len(r.added))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "added 3" in done.stdout


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped by init) counts as gone.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_parse_worker_dies_with_its_parent(tmp_path: Path) -> None:
    """A parent killed with SIGKILL (no cleanup at all) leaves no worker behind."""
    code = textwrap.dedent(
        """
        import sys, time
        from ingest.worker import ParseWorker
        w = ParseWorker()
        print(w._proc.pid, flush=True)
        time.sleep(60)
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=_env(), stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    assert _alive(child)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child), "the parse worker outlived its parent"


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return found


def test_killed_ingest_piped_to_cat_ends(tmp_path: Path) -> None:
    """`footnote ingest ... 2>&1 | cat`: once ingest is killed, nothing holds the pipe open."""
    import threading

    docs = _docs(tmp_path / "docs", n=30)
    env = _env() | {"FOOTNOTE_EMBEDDING_BACKEND": "hash"}
    cli = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "--home", str(tmp_path / "home"), "ingest", str(docs)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while not workers and cli.poll() is None and time.monotonic() < deadline:
        workers = _children(cli.pid)
        time.sleep(0.02)
    assert workers, "the parse worker was never seen (ingest ended first?)"
    cli.kill()
    cli.wait()
    assert cli.stdout is not None
    reader = threading.Thread(target=cli.stdout.read, daemon=True)  # what `cat` does
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "the pipe stayed open after ingest was killed"
    # The worker notices its parent is gone on its next read; on a loaded machine that takes a moment.
    deadline = time.monotonic() + 15
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers)


def test_same_content_twice_in_one_run_is_added_once(tmp_path: Path) -> None:
    from assistant.api import Library
    from assistant.core.settings import Settings

    docs = _docs(tmp_path / "docs", n=2)
    (docs / "copy-of-note0.md").write_bytes((docs / "note0.md").read_bytes())
    lib = Library(Settings(home=tmp_path / "home", embedding_backend="hash"))
    first = lib.ingest([docs])
    assert len(first.added) == 2 and len(first.duplicates) == 1
    assert len(lib.documents()) == 2
    dup = first.duplicates[0]
    assert dup.same_as in first.added
    # Across runs: each document is reported once, the extra name as a duplicate.
    again = lib.ingest([docs])
    assert sorted(again.unchanged) == sorted(first.added) and len(again.duplicates) == 1
    assert again.added == [] and len(lib.documents()) == 2


def test_orphan_chunks_of_abandoned_ingests_can_be_listed_and_removed(tmp_path: Path) -> None:
    import json

    from assistant.api import Library
    from assistant.core.settings import Settings

    docs = _docs(tmp_path / "docs", n=2)
    home = tmp_path / "home"
    lib = Library(Settings(home=home, embedding_backend="hash"))
    report = lib.ingest([docs])
    kept, abandoned = sorted(report.added)
    total = lib.store.count()
    abandoned_chunks = len(lib.store.chunk_ids(abandoned))
    lib.store.delete_document(abandoned)  # as if the ingest died before its commit
    lib.refresh()
    assert [(doc_id, n) for (doc_id, _sha), n in lib.orphans().items()] == [(abandoned, abandoned_chunks)]
    res = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "--home", str(home), "remove", "--orphans", "--json"],
        cwd=ROOT, env=_env() | {"FOOTNOTE_EMBEDDING_BACKEND": "hash"}, capture_output=True, text=True, timeout=120,
    )
    assert res.returncode == 0, res.stderr
    [orphan] = json.loads(res.stdout)["orphans"]
    assert orphan["doc_id"] == abandoned and orphan["chunks"] == abandoned_chunks
    lib2 = Library(Settings(home=home, embedding_backend="hash"))
    assert lib2.orphans() == {} and lib2.store.count() == total - abandoned_chunks
    assert [d.doc_id for d in lib2.documents()] == [kept]


def test_a_crashed_parse_worker_fails_one_file_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest.worker as worker
    from assistant.api import Library
    from assistant.core.settings import Settings

    real = worker.ParseWorker
    started: list[worker.ParseWorker] = []

    class Fragile(real):  # type: ignore[misc, valid-type]
        def __init__(self) -> None:
            super().__init__()
            started.append(self)
            if len(started) == 1:  # the first worker dies (out of memory, a parser crash)
                self._proc.kill()

    monkeypatch.setattr(worker, "ParseWorker", Fragile)
    monkeypatch.delenv("FOOTNOTE_INGEST_INLINE", raising=False)
    docs = _docs(tmp_path / "docs", n=3)
    report = Library(Settings(home=tmp_path / "home", embedding_backend="hash")).ingest([docs])
    assert len(report.added) == 2 and len(started) == 2
    [failure] = report.failed
    assert "parse worker stopped" in failure.error
    assert all(w._proc.poll() is not None for w in started)
