"""Server mode: a real `chroma run` on 127.0.0.1, shared by two "team members"."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api import Library
from assistant.core.answering import search_library
from assistant.core.settings import Settings
from tests.conftest import SAMPLE

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    if not Path(chroma).exists():
        pytest.skip("the `chroma` command is not installed")
    data = tmp_path_factory.mktemp("chroma-data")
    port = _free_port()
    log = (data / "server.log").open("w")
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"chroma run exited: {(data / 'server.log').read_text()}")
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("chroma server did not start in 60 s")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_ingest_into_a_real_chroma_server_is_shared(chroma_url: str, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SAMPLE, docs)
    alice = Library(Settings(home=tmp_path / "alice", chroma_url=chroma_url, embedding_backend="hash"))
    report = alice.ingest([docs])
    assert report.failed == [] and len(report.added) == 3
    assert "Chroma server" in alice.store.description

    # A teammate with an empty home of their own sees the same library through the server.
    bob = Library(Settings(home=tmp_path / "bob", chroma_url=chroma_url, embedding_backend="hash"))
    assert {d.doc_id for d in bob.documents()} == set(report.added)
    hits = search_library(bob, "Americas growth 77.8%", k=3)
    assert hits and any("77.8%" in h.text for h in hits)

    # Removal by one is seen by the other (the lexical cache is rebuilt from the server).
    target = report.added[0]
    alice.remove([target])
    assert target not in {d.doc_id for d in bob.documents()}
    assert all(h.doc_id != target for h in search_library(bob, "revenue growth", k=5))
    assert bob.store.chunk_ids(target) == set()

    # Re-ingesting unchanged files through the server embeds nothing.
    again = alice.ingest([docs])
    assert len(again.unchanged) == 2 and len(again.added) == 1


def test_statement_facts_are_shared_through_the_server(chroma_url: str, tmp_path: Path) -> None:
    from tests.test_facts import STATEMENT_TXT

    doc = tmp_path / "acme-fy2022-10k.txt"
    doc.write_text(STATEMENT_TXT)
    alice = Library(Settings(home=tmp_path / "alice", chroma_url=chroma_url, embedding_backend="hash",
                             collection_prefix="facts-test"))
    alice.ingest([doc], company="Acme Corp", period="FY2022", doc_type="10-K")
    bob = Library(Settings(home=tmp_path / "bob", chroma_url=chroma_url, embedding_backend="hash",
                           collection_prefix="facts-test"))
    [record] = bob.documents()
    assert {(f.concept, f.period, f.value) for f in bob.facts([record.doc_id]) if f.concept == "gross_profit"} == {
        ("gross_profit", "FY2022", 9961), ("gross_profit", "FY2021", 9876)}
    bob.remove([record.doc_id])
    assert alice.facts([record.doc_id]) == [] and alice.store.get_facts([record.doc_id]) == {}
