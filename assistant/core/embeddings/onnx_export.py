"""Turning a sentence-transformers model into ONNX: the torch export of the transformer and its
int8 dynamic quantisation (split out of `embeddings.onnx`, whose `cached_onnx` runs them once
per machine)."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

_OPSET = 17


def export_onnx(folder: Path, target: Path) -> None:
    """Export the transformer (ids, mask, type ids -> last_hidden_state) with torch, offline.

    Writes `target` in place: `cached_onnx` hands it a temporary name and renames it when whole.
    """
    try:
        import torch
        from transformers import AutoModel
    except ImportError as exc:  # pragma: no cover - install problem
        raise RuntimeError(
            "Exporting to ONNX needs torch and transformers: pip install torch transformers"
        ) from exc

    # Eager attention traces to plain ops; SDPA paths may not export with the legacy exporter.
    model = AutoModel.from_pretrained(
        str(folder), local_files_only=True, attn_implementation="eager"
    )
    model.eval()

    class _Hidden(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(
            self,
            input_ids: torch.Tensor,
            attention_mask: torch.Tensor,
            token_type_ids: torch.Tensor,
        ) -> torch.Tensor:
            out = self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return out[0]

    sample = torch.ones((2, 16), dtype=torch.long)
    axes = {0: "batch", 1: "sequence"}
    # Tracer warnings are expected: the mask-padding branch is constant for an encoder
    # (mask length == sequence length), which the tests check on padded batches.
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            _Hidden(model),
            (sample, sample, torch.zeros_like(sample)),
            str(target),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_axes={
                "input_ids": axes,
                "attention_mask": axes,
                "token_type_ids": axes,
                "last_hidden_state": axes,
            },
            opset_version=_OPSET,
            do_constant_folding=True,
            dynamo=False,  # the dynamo exporter needs onnxscript, which we do not ship
        )


def quantize_onnx(source: Path, target: Path) -> None:
    """int8 dynamic quantisation of the weights (activations quantised on the fly).

    Per-channel weight scales: on MiniLM per-tensor scales gave cosine ~0.95 to fp32
    (min ~0.91) on filing text, per-channel ~0.99 (min ~0.97) at the same speed.
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    # The quantiser logs per-node chatter and a pre-processing hint on the root logger.
    root.setLevel(max(level, logging.ERROR))
    try:
        quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, per_channel=True)
    finally:
        root.setLevel(level)
