"""What a command costs before it does anything: imports, and third-party chatter.

Each check runs in a fresh interpreter (sys.modules of this test process is full).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("chromadb", "onnxruntime", "tokenizers", "langchain_core", "streamlit", "matplotlib", "scipy", "torch", "transformers")


def _run(script: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]


def test_help_imports_no_heavy_library() -> None:
    out = _run(
        f"""
        import json, sys
        from assistant.cli.main import app
        try:
            app(["--help"])
        except SystemExit:
            pass
        print(json.dumps([m for m in {(*HEAVY, "pydantic_settings")!r} if m in sys.modules]))
        """
    )
    assert json.loads(out) == []


def test_warm_ask_imports_no_heavy_library(tmp_path: Path) -> None:
    """Extractive `ask` on a warm library (the hash embedder: no model runtime) reads the saved
    indexes and snapshot: no chromadb; once the store has changed, it opens the store."""
    from assistant.api import Library
    from assistant.core.settings import Settings
    from assistant.core.store.chroma import ChromaStore
    from tests.conftest import SAMPLE

    home = tmp_path / "home"
    settings = Settings(home=home, embedding_backend="hash")
    Library(settings).ingest([SAMPLE / "nokia-q1-2026-notes.txt"])
    script = f"""
        import json, sys
        from assistant.cli.main import app
        try:
            app(["--home", {str(home)!r}, "ask", "What did Nokia say about margins?"])
        except SystemExit as exc:
            assert not exc.code, exc.code
        print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))
        """
    env = {"FOOTNOTE_EMBEDDING_BACKEND": "hash"}
    assert json.loads(_run(script, env)) == []
    ChromaStore(settings.collection_name, path=home / "chroma").touch()  # another writer's commit
    assert json.loads(_run(script, env)) == ["chromadb"]
    assert json.loads(_run(script, env)) == []  # the first command after it saved a new snapshot


@pytest.mark.parametrize(("verbose", "bars"), [(False, False), (True, True)])
def test_model_library_bars_only_with_verbose(verbose: bool, bars: bool) -> None:
    pytest.importorskip("transformers")
    env = {k: v for k, v in os.environ.items() if k not in ("HF_HUB_DISABLE_PROGRESS_BARS", "TRANSFORMERS_VERBOSITY")}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            f"from assistant.cli.main import _setup_logging; _setup_logging({verbose}); "
            "from transformers.utils import logging as hf; print(hf.is_progress_bar_enabled())",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == str(bars)
