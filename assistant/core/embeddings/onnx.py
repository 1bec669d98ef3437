"""Sentence-transformers models run with ONNX Runtime.

On first use the transformer is exported to ONNX with torch (and optionally
int8-quantised); the file is prepared once per machine in `cache_dir` (see
`model_cache`: the user cache folder by default, shared by every library home), keyed
by a hash of the model's weights and config, the quantisation and the ONNX Runtime
version, so later runs need only onnxruntime, tokenizers and numpy. Pooling (masked
mean) and L2 normalisation are done in numpy, which reproduces sentence-transformers'
output for mean-pooling models.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.core.embeddings import model_cache
from assistant.core.embeddings.onnx_export import export_onnx, quantize_onnx

if TYPE_CHECKING:
    import onnxruntime
    from tokenizers import Encoding, Tokenizer

logger = logging.getLogger(__name__)

# Bump when the export recipe changes so stale cached files are not reused.
_EXPORT_VERSION = "1"
_WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")


def local_model_folder(model: str) -> Path:
    """A local folder for `model`; a hub name is only fetched when HF_HUB_OFFLINE is unset."""
    path = Path(model).expanduser()
    if path.is_dir():
        return path
    try:
        from huggingface_hub import snapshot_download
    except ImportError as exc:  # pragma: no cover - install problem
        raise RuntimeError(f"{model!r} is not a folder and huggingface_hub is missing") from exc
    offline = os.environ.get("HF_HUB_OFFLINE", "") not in ("", "0")
    return Path(snapshot_download(model, local_files_only=offline))


def _read_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def model_max_tokens(folder: Path) -> int:
    """sentence-transformers' max_seq_length, else the position-embedding limit."""
    st_cfg = _read_json(folder / "sentence_bert_config.json")
    if "max_seq_length" in st_cfg:
        return int(st_cfg["max_seq_length"])
    cfg = _read_json(folder / "config.json")
    return min(int(cfg.get("max_position_embeddings", 512)), 512)


def model_label(folder: Path) -> str:
    """A readable model name: the folder, or the package/repo folder above a generic one."""
    if folder.parent.name == "snapshots":  # hub cache: models--org--name/snapshots/<sha>
        return folder.parent.parent.name.removeprefix("models--")
    return folder.parent.name if folder.name in ("model", "models") else folder.name


def model_hash(folder: Path, cache_dir: Path | None = None) -> str:
    """Content hash of config + weights (not paths: a reinstalled identical model reuses the cache).

    With `cache_dir`, the hash is remembered there while the files' sizes and times are unchanged.
    """
    weights = [folder / name for name in _WEIGHT_FILES if (folder / name).is_file()]
    if not weights:
        raise FileNotFoundError(f"no model weights ({', '.join(_WEIGHT_FILES)}) in {folder}")
    return model_cache.content_hash([folder / "config.json", weights[0]], _EXPORT_VERSION, cache_dir)


def load_tokenizer(folder: Path, max_tokens: int) -> tuple[Tokenizer, Tokenizer]:
    """(counting tokenizer without truncation, embedding tokenizer truncating at max_tokens).

    tokenizer.json files often carry their own fixed padding/truncation (MiniLM's pads
    to 128): both are reset so counts are exact and padding is per batch.
    """
    return _tokenizer(folder, None), _tokenizer(folder, max_tokens)


def _tokenizer(folder: Path, truncate_at: int | None) -> Tokenizer:
    """The folder's fast tokenizer, without padding, truncating at `truncate_at` (None: never)."""
    try:
        from tokenizers import Tokenizer
    except ImportError as exc:  # pragma: no cover - install problem
        raise RuntimeError("The ONNX embedder needs tokenizers: pip install tokenizers") from exc
    path = folder / "tokenizer.json"
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing (a fast tokenizer file is required)")
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_padding()
    if truncate_at is None:
        tokenizer.no_truncation()
    else:
        tokenizer.enable_truncation(max_length=truncate_at)
    return tokenizer


def _check_pooling(folder: Path) -> int:
    """Only masked-mean pooling is reimplemented; return the embedding dimension."""
    pooling = _read_json(folder / "1_Pooling" / "config.json")
    if pooling:
        modes = {k for k, v in pooling.items() if k.startswith("pooling_mode") and v is True}
        if modes != {"pooling_mode_mean_tokens"}:
            raise NotImplementedError(
                f"ONNX embedder supports mean pooling only, {folder} uses {modes}"
            )
        return int(pooling["word_embedding_dimension"])
    return int(_read_json(folder / "config.json")["hidden_size"])


def cached_onnx(folder: Path, cache_dir: Path, quantize: bool) -> Path:
    """Path of the (exported, maybe quantised) model in the cache, creating it if needed.

    Named by model, content hash, ONNX Runtime version and quantisation; built once per
    machine, whole, however many processes ask at the same time (`model_cache.prepare`).
    """
    import onnxruntime

    key = f"{model_label(folder)}-{model_hash(folder, cache_dir)}-ort{onnxruntime.__version__}"
    about = {"model": str(folder), "onnxruntime": onnxruntime.__version__, "export_version": _EXPORT_VERSION}
    fp32 = cache_dir / f"{key}-fp32.onnx"
    if not quantize or not model_cache.is_ready(cache_dir / f"{key}-int8.onnx"):

        def export(tmp: Path) -> None:
            # Shown without -v: the one wait of ~15 s a user would otherwise not understand.
            logger.warning("preparing the embedding model for this machine (once, ~15 s): %s", fp32)
            export_onnx(folder, tmp)

        model_cache.prepare(fp32, export, {**about, "quantised": False})
    if not quantize:
        return fp32
    int8 = cache_dir / f"{key}-int8.onnx"

    def quantise(tmp: Path) -> None:
        logger.info("quantising %s to int8 (once per machine)", fp32.name)
        quantize_onnx(fp32, tmp)

    return model_cache.prepare(int8, quantise, {**about, "quantised": True})


def optimised_path(model: Path) -> Path:
    return model.with_name(f"{model.stem}-opt.onnx")


def optimised_onnx(model: Path) -> Path:
    """`model` as ONNX Runtime optimises it (extended level: fusions only, no layout tied to this
    CPU), saved once per machine beside it. Loading it with optimisation off skips ~40-70 ms of
    CPU per command (int8 MiniLM) and computes the same vectors (tests/test_embeddings.py)."""
    import onnxruntime as ort

    def optimise(tmp: Path) -> None:
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
        opts.optimized_model_filepath = str(tmp)
        ort.InferenceSession(str(model), sess_options=opts, providers=["CPUExecutionProvider"])

    return model_cache.prepare(
        optimised_path(model), optimise, {"optimised_from": model.name, "level": "extended"}
    )


def pad_batch(encodings: list[Encoding]) -> dict[str, np.ndarray]:
    """Right-pad one batch to its longest member (pad id 0 for every BERT-style input)."""
    width = max(len(e.ids) for e in encodings)
    ids = np.zeros((len(encodings), width), dtype=np.int64)
    mask = np.zeros_like(ids)
    types = np.zeros_like(ids)
    for row, enc in enumerate(encodings):
        n = len(enc.ids)
        ids[row, :n] = enc.ids
        mask[row, :n] = enc.attention_mask
        types[row, :n] = enc.type_ids
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}


def mean_pool_normalise(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    weights = mask[:, :, None].astype(np.float32)
    summed = (hidden * weights).sum(axis=1)
    pooled = summed / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


class OnnxEmbedder:
    """The Embedder protocol over ONNX Runtime (CPU)."""

    def __init__(
        self,
        model_path: str,
        *,
        cache_dir: str | Path,
        quantize: bool = True,
        batch_size: int = 32,
        threads: int = 0,
    ) -> None:
        try:
            import onnxruntime  # noqa: F401  (the install hint below, before any work)
        except ImportError as exc:  # pragma: no cover - install problem
            raise RuntimeError(
                "The ONNX embedder needs onnxruntime: pip install onnxruntime"
            ) from exc
        self._folder = local_model_folder(model_path)
        self._dim = _check_pooling(self._folder)
        self._max_tokens = model_max_tokens(self._folder)
        self._tokenizer = _tokenizer(self._folder, self._max_tokens)
        self._counter: Tokenizer | None = None  # built by the first count (ingest): a question never counts
        self._quantize = quantize
        self._batch_size = max(1, batch_size)
        cache = Path(cache_dir).expanduser()
        self.onnx_path = cached_onnx(self._folder, cache, quantize)

        # The tokenizers' own thread pool keeps spinning after each batch and slowed the ONNX
        # runs right after it by ~10% (same batches, measured); tokenizing is <2% of the work.
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        self._threads = threads if threads > 0 else (os.cpu_count() or 1)
        try:
            self._session: onnxruntime.InferenceSession = self._open(self.onnx_path)
        except Exception as exc:  # a damaged file of the right size: prepare it again, once
            logger.warning("cannot load %s (%s); preparing it again", self.onnx_path, exc)
            model_cache.invalidate(self.onnx_path)
            model_cache.invalidate(optimised_path(self.onnx_path))
            self.onnx_path = cached_onnx(self._folder, cache, quantize)
            self._session = self._open(self.onnx_path)
        self._input_names = {i.name for i in self._session.get_inputs()}
        self._counted: dict[str, Encoding] = {}

    def _open(self, model: Path) -> onnxruntime.InferenceSession:
        """A session over the graph optimised once per machine (`optimised_onnx`), so a command
        does not redo the optimisation passes; over `model` itself if that cannot be had."""
        import onnxruntime as ort

        def load(path: Path) -> onnxruntime.InferenceSession:
            return ort.InferenceSession(
                str(path), sess_options=self._options(ort.GraphOptimizationLevel.ORT_DISABLE_ALL),
                providers=["CPUExecutionProvider"],
            )

        try:
            ready = optimised_onnx(model)
            try:
                return load(ready)
            except Exception:  # a damaged copy of the right size: optimise it again, once
                model_cache.invalidate(ready)
                return load(optimised_onnx(model))
        except Exception as exc:
            logger.warning("the optimised copy of %s is unusable (%s); optimising in memory", model.name, exc)
            return ort.InferenceSession(
                str(model), sess_options=self._options(ort.GraphOptimizationLevel.ORT_ENABLE_ALL),
                providers=["CPUExecutionProvider"],
            )

    def _options(self, level: onnxruntime.GraphOptimizationLevel) -> onnxruntime.SessionOptions:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = self._threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = level
        # Idle pool threads sleep instead of spinning, leaving the core to the ingest's PDF
        # parser (6 filings: 74.5-75.8 s not spinning vs 79.4-82.2 s spinning).
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return opts

    @property
    def name(self) -> str:
        return f"{model_label(self._folder)}-onnx-{'int8' if self._quantize else 'fp32'}"

    @property
    def dimension(self) -> int:
        return self._dim

    @property
    def max_tokens(self) -> int:
        return self._max_tokens

    def count_tokens(self, texts: list[str]) -> list[int]:
        if not texts:
            return []
        if self._counter is None:
            self._counter = _tokenizer(self._folder, None)
        encodings = self._counter.encode_batch(texts, add_special_tokens=True)
        # Ingest counts a document's chunks, then embeds the same texts: keep the last
        # call's encodings that fit the model so they are not tokenized twice.
        self._counted = {
            t: e for t, e in zip(texts, encodings, strict=True) if len(e.ids) <= self._max_tokens
        }
        return [len(e.ids) for e in encodings]

    def _encode(self, texts: list[str]) -> list[Encoding]:
        counted = self._counted
        missing = [t for t in texts if t not in counted]
        fresh = dict(zip(missing, self._tokenizer.encode_batch(missing, add_special_tokens=True), strict=True))
        return [counted[t] if t in counted else fresh[t] for t in texts]

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self._dim), dtype=np.float32)
        encodings = self._encode(texts)
        cut = sum(1 for e in encodings if e.overflowing)
        if cut:
            logger.warning(
                "%d of %d texts exceed %d word pieces and were truncated for embedding",
                cut,
                len(texts),
                self._max_tokens,
            )
        # Longest first, so each batch pads to about its own length and a too-large
        # batch fails on the first call rather than at the end.
        order = sorted(range(len(texts)), key=lambda i: -len(encodings[i].ids))
        out = np.empty((len(texts), self._dim), dtype=np.float32)
        for start in range(0, len(order), self._batch_size):
            idx = order[start : start + self._batch_size]
            batch = pad_batch([encodings[i] for i in idx])
            feeds = {k: v for k, v in batch.items() if k in self._input_names}
            (hidden,) = self._session.run(["last_hidden_state"], feeds)
            out[idx] = mean_pool_normalise(hidden, batch["attention_mask"])
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]
