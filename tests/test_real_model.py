"""The real bundled MiniLM (ONNX int8, the default) end to end: no chunk is cut, search works."""

from __future__ import annotations

import shutil

import pytest

from assistant.api import Library
from assistant.core.answering import search_library
from assistant.core.settings import Settings
from tests.conftest import SAMPLE

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def real_library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    home = tmp_path_factory.mktemp("home")
    docs = home / "docs"
    shutil.copytree(SAMPLE, docs)
    lib = Library(Settings(home=home))  # defaults: bundled model, ONNX int8
    report = lib.ingest([docs])
    assert report.failed == [] and len(report.added) == 3
    return lib


def test_default_embedder_is_the_bundled_model(real_library: Library) -> None:
    assert "minilm" in real_library.embedder.name.lower() and "onnx" in real_library.embedder.name
    assert real_library.embedder.dimension == 384
    assert real_library.embedder.max_tokens == 256


def test_no_stored_chunk_exceeds_the_model_limit(real_library: Library) -> None:
    texts = []
    for batch in real_library.store.iter_chunks():
        for chunk in batch:
            header = str(chunk.meta.get("header") or "")
            texts.append(f"{header}\n{chunk.text}" if header else chunk.text)
    counts = real_library.embedder.count_tokens(texts)
    assert texts and max(counts) <= 256


def test_semantic_search_finds_the_passage(real_library: Library) -> None:
    hits = search_library(real_library, "Why did sales in the Americas increase so much?", k=3)
    assert any("77.8%" in h.text for h in hits)
    hits = search_library(real_library, "Who leads Nokia?", k=3)
    assert any("Hotard" in h.text for h in hits)

