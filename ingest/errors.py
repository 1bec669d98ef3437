"""Why a file could not be ingested.

Each message names the reason and what to do about it; the caller prefixes the
file path ("report.pdf: encrypted with a password; decrypt it first ...").
"""

from __future__ import annotations


class IngestError(Exception):
    """A file that cannot be turned into text. `str(err)` is the user-facing reason."""


class UnsupportedFormat(IngestError):
    """The file's extension has no loader."""


class EmptyDocument(IngestError):
    """The file has no bytes, or no text once parsed."""


class EncryptedDocument(IngestError):
    """A PDF that needs a password we do not have."""


class CorruptDocument(IngestError):
    """The file is damaged or not what its extension says."""


class NoTextLayer(IngestError):
    """A PDF whose pages carry no extractable text (usually a scan)."""


class BinaryContent(IngestError):
    """A text-format file (.txt, .md, .html) whose bytes are not text."""


class TooLarge(IngestError):
    """The file exceeds the configured size limit."""
