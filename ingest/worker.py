"""The parse worker: a child process that loads and chunks files while the parent embeds.

Why not `multiprocessing`: its spawn start re-imports the parent's `__main__` script in
the child, so a plain script calling `Library.ingest()` without an `if __name__ ==
"__main__"` guard ran its own ingest again in the child and waited forever for the
library lock its parent held. This worker is a fresh interpreter that imports only
`ingest.worker` (never the user's script), talks over its stdin/stdout pipes, and leaves
no resource tracker behind.

Children die with their parent: the worker exits when its stdin closes (the parent is
done or gone) and a watchdog thread exits it when its parent process changes (the parent
was killed), so a killed ingest never leaves a worker holding a pipe open.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

logger = logging.getLogger(__name__)

_HEADER = struct.Struct(">Q")
# Root of the source tree the parent runs from: the child imports the same code.
_ROOT = str(Path(__file__).resolve().parents[1])
_BOOT = f"import sys; sys.path.insert(0, {_ROOT!r}); from ingest.worker import main; main()"


class WorkerDied(Exception):
    """The worker process ended before answering (crashed, killed, out of memory)."""


def _write_frame(stream: IO[bytes], obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _read_exact(stream: IO[bytes], n: int) -> bytes | None:
    parts: list[bytes] = []
    while n:
        piece = stream.read(n)
        if not piece:
            return None
        parts.append(piece)
        n -= len(piece)
    return b"".join(parts)


def _read_frame(stream: IO[bytes]) -> Any:
    """The next object, or raises EOFError when the other side closed the pipe."""
    header = _read_exact(stream, _HEADER.size)
    if header is None:
        raise EOFError
    data = _read_exact(stream, _HEADER.unpack(header)[0])
    if data is None:
        raise EOFError
    return pickle.loads(data)


class ParseWorker:
    """The parent's handle: `submit(args)` in order, then `result()` once per submit, in order."""

    def __init__(self) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-c", _BOOT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            close_fds=True,
        )
        self._results: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._reader = threading.Thread(target=self._read_results, name="footnote-parse-results", daemon=True)
        self._reader.start()

    def _read_results(self) -> None:
        assert self._proc.stdout is not None
        try:
            while True:
                self._results.put(_read_frame(self._proc.stdout))
        except (EOFError, OSError, pickle.UnpicklingError):
            self._results.put(("died", None))

    def submit(self, args: tuple[Any, ...]) -> None:
        assert self._proc.stdin is not None
        with contextlib.suppress(OSError):  # the worker is gone: result() reports it
            _write_frame(self._proc.stdin, args)

    def result(self) -> Any:
        """The next file's result (a Prepared) or raises its exception, or WorkerDied."""
        kind, payload = self._results.get()
        if kind == "ok":
            return payload
        if kind == "error":
            raise payload
        self._results.put((kind, payload))  # every later result fails the same way
        try:
            code = self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:  # alive but its output unreadable: end it
            self._proc.kill()
            code = self._proc.wait()
        raise WorkerDied(f"the parse worker stopped (exit code {code}) while reading this file")

    def close(self) -> None:
        """Stop the worker now (it exits when its stdin closes); kill it if it does not."""
        try:
            if self._proc.stdin is not None:
                self._proc.stdin.close()
        except OSError:
            pass
        try:
            self._proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def _read_tasks(stream: IO[bytes], tasks: queue.Queue[Any]) -> None:
    try:
        while True:
            tasks.put(_read_frame(stream))
    except (EOFError, OSError, pickle.UnpicklingError):
        os._exit(0)  # the parent closed our stdin: it is done, or gone


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{exc.__class__.__name__}: {exc}")


def main() -> None:
    """Entry of the child: read argument tuples, answer ("ok", Prepared) or ("error", exc)."""
    from ingest.prepare import prepare_file

    # Ctrl+C goes to the whole process group: the parent decides, the worker follows.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from assistant.core.printable import CleanFormatter

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(CleanFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    # Our protocol owns the real stdout; anything a library prints goes to stderr instead.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()
    tasks: queue.Queue[Any] = queue.Queue()
    threading.Thread(target=_read_tasks, args=(sys.stdin.buffer, tasks), daemon=True).start()
    while True:
        args = tasks.get()
        try:
            reply: tuple[str, Any] = ("ok", prepare_file(*args))
        except Exception as exc:
            reply = ("error", _picklable(exc))
        try:
            _write_frame(out, reply)
        except OSError:
            os._exit(0)
