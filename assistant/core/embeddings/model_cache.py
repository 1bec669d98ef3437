"""Prepared model files, made once per machine and shared by every library home on it.

Exporting and quantising the embedder costs ~13 s of CPU; its result depends only on the
model, the recipe and the runtime, not on the library. Files live in the user cache
folder (`$XDG_CACHE_HOME/footnote/models`, else `~/.cache/footnote/models`; the
`model_cache` setting overrides it). Each file is built under an exclusive file lock,
written to a temporary name and renamed into place, then described by a small sidecar
(`<file>.json`, written last). A file without a matching sidecar, from a killed build or
a damaged disk, is rebuilt; so is one the runtime cannot load (see `invalidate`).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    """The platform's user cache folder for Footnote's prepared models."""
    if sys.platform == "darwin":
        base = Path("~/Library/Caches").expanduser()
    elif os.name == "nt":  # pragma: no cover - not run on our CI
        base = Path(os.environ.get("LOCALAPPDATA") or Path("~/AppData/Local").expanduser())
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path("~/.cache").expanduser())
    return base / "footnote" / "models"


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock between processes (and threads: each call opens its own handle)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _sidecar(target: Path) -> Path:
    return target.with_name(target.name + ".json")


def is_ready(target: Path) -> bool:
    """The file exists whole: its sidecar was written after it and records its size."""
    try:
        info = json.loads(_sidecar(target).read_text(encoding="utf-8"))
        return bool(info.get("bytes")) and target.stat().st_size == int(info["bytes"])
    except (OSError, ValueError, KeyError, TypeError):
        return False


def invalidate(target: Path) -> None:
    """Forget a prepared file (the runtime could not load it): the next `prepare` rebuilds it."""
    with file_lock(target.with_name(target.name + ".lock")):
        _sidecar(target).unlink(missing_ok=True)
        target.unlink(missing_ok=True)


def prepare(target: Path, build: Callable[[Path], None], about: dict[str, Any] | None = None) -> Path:
    """`target`, built by `build(temporary_path)` unless a whole copy is already there.

    Concurrent callers (threads or processes) build it once: the others wait on the lock
    and then find it ready. `about` is recorded in the sidecar for people reading the cache.
    """
    if is_ready(target):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with file_lock(target.with_name(target.name + ".lock")):
        if is_ready(target):  # another process built it while we waited
            return target
        if target.exists():
            logger.warning("prepared model %s is incomplete or damaged; rebuilding it", target)
        _sidecar(target).unlink(missing_ok=True)
        fd, name = tempfile.mkstemp(prefix=target.stem + ".", suffix=".tmp", dir=target.parent)
        os.close(fd)
        tmp = Path(name)
        try:
            build(tmp)
            tmp.chmod(0o644)  # mkstemp makes it private; the cache is shared by the user's homes
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        info = {"bytes": target.stat().st_size, **(about or {})}
        _write_atomic(_sidecar(target), json.dumps(info, indent=1))
    return target


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def content_hash(files: list[Path], salt: str, memo_dir: Path | None = None) -> str:
    """sha256 of `files` (name and bytes) and `salt`; with `memo_dir`, remembered there by
    path, size and modification time.

    Hashing MiniLM's 90 MB of weights takes ~50 ms, paid by every command that embeds;
    the remembered value is reused while the files are unchanged.
    """
    stats = [p.stat() for p in files]
    key = salt + "|" + "|".join(f"{p.resolve()}:{s.st_size}:{s.st_mtime_ns}" for p, s in zip(files, stats, strict=True))
    memo_path = memo_dir / "hashes.json" if memo_dir is not None else None
    memo: dict[str, Any] = {}
    if memo_path is not None:
        with contextlib.suppress(OSError, ValueError):
            loaded = json.loads(memo_path.read_text(encoding="utf-8"))
            memo = loaded if isinstance(loaded, dict) else {}
    known = memo.get(key)
    if isinstance(known, str):
        return known
    digest = hashlib.sha256(salt.encode())
    for path in files:
        digest.update(path.name.encode())
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    value = digest.hexdigest()[:16]
    if memo_path is not None:
        with contextlib.suppress(OSError):
            memo_path.parent.mkdir(parents=True, exist_ok=True)
            memo[key] = value
            _write_atomic(memo_path, json.dumps(memo, indent=1))
    return value
