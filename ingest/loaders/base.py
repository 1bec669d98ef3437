"""What every loader shares: the protocol, hashing, decoding, whitespace and title rules."""

from __future__ import annotations

import codecs
import hashlib
import logging
import re
import unicodedata
from pathlib import Path
from typing import Protocol, runtime_checkable

from assistant.core.types import LoadedDocument
from ingest.errors import BinaryContent, EmptyDocument

log = logging.getLogger(__name__)


@runtime_checkable
class Loader(Protocol):
    """Turns one file into pages of text. Raises `IngestError` with a user-facing reason."""

    suffixes: tuple[str, ...]

    def load(self, path: Path) -> LoadedDocument: ...


def file_sha256(path: Path) -> str:
    """Hash of the file bytes, streamed so large PDFs never sit in memory twice."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def bytes_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- decoding -------------------------------------------------------------------------------

_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_BINARY_SAMPLE = 65536
# Real text has next to no control characters; compressed or random bytes have ~10-20%.
_MAX_CONTROL_SHARE = 0.01


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 files saved without a BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.6 and even_nuls < 0.05:
        encoding = "utf-16-le"
    elif even_nuls > 0.6 and odd_nuls < 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _try_declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        return data.decode(declared)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_text(data: bytes, *, name: str = "", declared: str | None = None) -> str:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16, then Windows-1252/Latin-1.

    `declared` is an encoding the file names itself (an HTML meta charset); it is tried
    after UTF-8 and before the Windows-1252 fallback.

    Raises `BinaryContent` for bytes that are not text and `EmptyDocument` for files with
    nothing but whitespace.
    """
    if not data:
        raise EmptyDocument("file is empty (0 bytes); nothing to ingest")
    text: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        text = _utf16_without_bom(data)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _try_declared(data, declared)
        if text is None:
            try:
                text = data.decode("cp1252")
                log.warning("%s: not UTF-8; decoded as Windows-1252", name or "text")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                log.warning("%s: not UTF-8; decoded as Latin-1", name or "text")
    sample = text[:_BINARY_SAMPLE]
    controls = sum(
        1 for ch in sample if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise BinaryContent(
            "contains binary data, not text (NUL/control bytes); "
            "check the file type, or export it as UTF-8 text, PDF or HTML"
        )
    if not text.strip():
        raise EmptyDocument("contains no text (only whitespace); nothing to ingest")
    return text


# --- whitespace ------------------------------------------------------------------------------

_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_TRANSLATE = {**_INVISIBLE, **{ord(k): v for k, v in _LIGATURES.items()}}
_SPACES_RE = re.compile(r"[^\S\n]+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BLANKS_RE = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """Tidy whitespace but keep line structure (tables are found later from lines).

    Any horizontal whitespace becomes spaces; a run of two or more spaces is kept as exactly
    two, because in PDF text it marks a column gap; lines are stripped; at most one blank
    line separates paragraphs. Ligatures are expanded and invisible characters dropped so
    that search and quote checks see plain words.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATE)
    text = _CONTROL_RE.sub(" ", text)
    lines = (_SPACES_RE.sub(_gap, line).strip() for line in text.split("\n"))
    return _BLANKS_RE.sub("\n\n", "\n".join(lines)).strip()


def _gap(match: re.Match[str]) -> str:
    return "  " if len(match.group()) > 1 else " "


# --- titles ------------------------------------------------------------------------------------

_BOILERPLATE_LINE = re.compile(
    r"^(united states|(united states )?securities and exchange commission|washington,? d\.? ?c\.?( \d{5})?"
    r"|table of contents|contents|for immediate release|press release|news release"
    r"|\(mark one\)|page \d+( of \d+)?|\d+|[\W_]+)$",
    re.IGNORECASE,
)
_JUNK_TITLE = re.compile(
    r"^(untitled|document\d*|microsoft (word|powerpoint|excel)\b.*|powerpoint presentation|slide \d+"
    r"|title|none|null)$|\.(docx?|pdf|pptx?|xlsx?|indd|rtf|txt|html?)$",
    re.IGNORECASE,
)


def _clean_line(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()


def is_boilerplate_line(line: str) -> bool:
    """Cover-page furniture that is never a document's title."""
    return bool(_BOILERPLATE_LINE.match(_clean_line(line)))


def is_meaningful_title(title: str | None) -> bool:
    """A PDF/HTML title worth showing: words, not an id, a file name or SEC furniture."""
    if not title:
        return False
    s = _clean_line(title)
    if len(s) < 4 or _JUNK_TITLE.search(s) or is_boilerplate_line(s):
        return False
    letters = sum(ch.isalpha() for ch in s)
    return letters >= 3 and letters / len(s) >= 0.4


def looks_like_title(line: str) -> bool:
    """A short, mostly-alphabetic line that does not read as a sentence fragment."""
    s = _clean_line(line).lstrip("#").strip()
    if not 3 <= len(s) <= 160 or s[0] in "•·-*–—(|[" or s.endswith((",", ";", ":", "-")):
        return False
    words = s.split()
    letters = sum(ch.isalpha() for ch in s)
    if len(words) > 25 or letters / len(s) < 0.5:
        return False
    # A long line ending in a full stop is prose, not a heading.
    return not (s.endswith(".") and len(words) > 10)


def title_from_text(text: str, *, max_lines: int = 12) -> str | None:
    """The first non-boilerplate line, if it looks like a title; None if it reads as prose."""
    for seen, raw in enumerate(line for line in text.splitlines() if line.strip()):
        if seen >= max_lines:
            break
        if is_boilerplate_line(raw):
            continue
        return _clean_line(raw).lstrip("#").strip() if looks_like_title(raw) else None
    return None


def choose_title(*candidates: str | None, fallback: str) -> str:
    """First meaningful candidate, else the fallback (the file stem)."""
    for candidate in candidates:
        if candidate and is_meaningful_title(candidate):
            return _clean_line(candidate)
    return fallback
