"""Shared fixtures. Tests never reach the network: model calls go to a scripted local server."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("FOOTNOTE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
ARTICLES = SHARED / "corpus" / "articles"
FINANCEBENCH = SHARED / "financebench"
SAMPLE = Path(__file__).resolve().parents[1] / "sample"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# Ingest parses in a worker process; tests are small, inline is faster and easier to debug.
os.environ.setdefault("FOOTNOTE_INGEST_INLINE", "1")
# The calibrated gate (answer.gate) is off in tests: the answerer's rules are tested on what they
# pick; tests/test_gate.py sets the threshold itself, and the evals measure the gate's default.
os.environ["FOOTNOTE_GATE_THRESHOLD"] = "0"
for key in list(os.environ):
    if key.startswith("FOOTNOTE_") and key not in ("FOOTNOTE_INGEST_INLINE", "FOOTNOTE_SHARED", "FOOTNOTE_SCREENSHOT_DIR",
                                                   "FOOTNOTE_GATE_THRESHOLD"):
        del os.environ[key]


def needs_shared() -> pytest.MarkDecorator:
    return pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared data not found at {SHARED}")


@pytest.fixture(autouse=True)
def _no_outside_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any connection to a host other than loopback fails the test (no real model calls)."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else str(address)
        if isinstance(host, str) and not (
            host.startswith("127.") or host in ("localhost", "::1") or self.family == socket.AF_UNIX
        ):
            raise RuntimeError(f"test tried to reach {address!r}: only 127.0.0.1 is allowed")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)
    yield


@pytest.fixture
def fake_settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from assistant.core.settings import Settings

    return Settings(home=tmp_path / "home", embedding_backend="hash")


@pytest.fixture
def fake_library(fake_settings):  # type: ignore[no-untyped-def]
    from assistant.api import Library

    return Library(fake_settings)
