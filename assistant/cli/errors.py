"""What went wrong, in one line, with the exit code: no traceback reaches a CLI user.

`describe(exc)` turns the errors a user can cause or meet (bad settings, a home that is a
file or read-only, a full disk, a Chroma server gone, a model unavailable, a busy library)
into one line naming the cause and what to do. Anything else is an internal error: one
line too, with the hint to rerun with --verbose for the traceback.
"""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from assistant.core.errors import exception_chain

logger = logging.getLogger(__name__)

USAGE = 2
FAILED = 1



def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else exc.__class__.__name__


def _settings_error(exc: BaseException) -> str | None:
    from pydantic import ValidationError

    from assistant.core.settings import SettingsError

    if isinstance(exc, SettingsError):
        return str(exc)
    if isinstance(exc, ValidationError):
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'value'}: {e['msg']}" for e in exc.errors()[:3]
        )
        return f"invalid setting ({problems}); fix the FOOTNOTE_* variable or footnote.toml entry"
    return None


def _disk_error(exc: BaseException, home: Path | None) -> str | None:
    where = f" {home}" if home else ""
    text = " ".join(str(e) for e in exception_chain(exc)).lower()
    codes = {getattr(e, "errno", None) for e in exception_chain(exc)}
    if errno.ENOSPC in codes or "disk is full" in text or "no space left" in text or "error in compaction" in text:
        return (
            f"the disk holding the library{where} is full; free some space and run the command again "
            "(documents already committed are kept; an interrupted ingest resumes)"
        )
    if errno.EROFS in codes or errno.EACCES in codes or errno.EPERM in codes or "readonly database" in text or "read-only" in text:
        return (
            f"cannot write to the library folder{where} (read-only or permission denied); "
            "fix its permissions or choose another folder with --home / FOOTNOTE_HOME"
        )
    if errno.EEXIST in codes or errno.ENOTDIR in codes:
        return (
            f"the library folder{where} is not a folder (a file has that name); "
            "point --home / FOOTNOTE_HOME at a folder"
        )
    return None


def _connection_error(exc: BaseException) -> str | None:
    for item in exception_chain(exc):
        name = type(item).__name__
        module = type(item).__module__
        if module.startswith(("httpx", "httpcore", "requests", "urllib3")) and (
            "Connect" in name or "RemoteProtocol" in name or "ReadError" in name or "Timeout" in name
        ):
            return (
                f"lost the connection to the Chroma server ({name}); check that it is running "
                "(FOOTNOTE_CHROMA_URL) and run the command again (committed documents are kept; "
                "an interrupted ingest resumes)"
            )
    return None


def describe(exc: BaseException, home: Path | None = None) -> tuple[str, int]:
    """(one line for the user, exit code) for any exception that ended a command."""
    from assistant.core.library import LibraryBusyError, LibraryHomeError
    from assistant.core.llm import LLMConfigError, LLMUnavailableError
    from assistant.core.store.chroma import StoreUnavailableError

    settings_problem = _settings_error(exc)
    if settings_problem:
        return settings_problem, USAGE
    if isinstance(exc, (LLMConfigError, LLMUnavailableError, StoreUnavailableError, LibraryBusyError, LibraryHomeError)):
        return _first_line(exc), FAILED
    problem = _disk_error(exc, home) or _connection_error(exc)
    if problem:
        return problem, FAILED
    if isinstance(exc, ValueError):
        return _first_line(exc), FAILED
    return (
        f"internal error ({exc.__class__.__name__}: {_first_line(exc)}); rerun with --verbose "
        "for details and report it",
        FAILED,
    )
