"""A faster tokenizer for PDF content streams, producing exactly pypdf's operations.

pypdf reads content streams a byte at a time in Python; on SEC filings that is
~60% of text-extraction time (hex glyph strings, TJ arrays, numbers). This module
tokenizes the whole stream with regular expressions and builds the very same
objects pypdf would (`NumberObject`, `FloatObject`, `NameObject`, string objects
via pypdf's own `create_string_object`, `ArrayObject`). Anything unusual (inline
images, comments, dictionaries with references, odd bytes, near the parsing-work
limit) makes it give up and pypdf parses the stream itself, so the result is
always pypdf's. Rarer tokens that are costly to re-implement exactly (strings
with escapes, dictionaries, names with `#`) are read by pypdf's own readers from
the same position.

`tests/test_pdf_fastparse.py` and `bench/pdf_fastparse.py` check operation-by-operation
equality with pypdf on the shared filings. `install()` patches only when the pypdf source this
mirrors is exactly the one it was written against (`MIRRORED_PYPDF`, a hash of that source);
`accelerator_status()` says whether it is and, if not, why.

Long on purpose: a tokenizer mirroring pypdf's content-stream parser case by case, with
its version check; splitting it would separate cases that must change together.
"""

from __future__ import annotations

import hashlib
import inspect
import logging
import re
from collections.abc import Callable
from functools import cache
from io import BytesIO
from typing import Any

logger = logging.getLogger(__name__)

# The pypdf release this module mirrors (pinned exactly in pyproject.toml), and the sha256 of
# its content-stream parsing source (see `_source_fingerprint`).
MIRRORED_PYPDF = "7.1.0"
_EXPECTED_FINGERPRINT = "e9ce0d130d6b4bfd0d84f58eaf78ac2c7099974c24c69a9cd4346f75bfc6ebfe"

# One token per match, leading whitespace included. pypdf's content-stream whitespace is
# NUL, TAB, LF, FF, CR, SPACE; names and operators end at regex whitespace (`\s`: no NUL,
# but VT) or a delimiter; its NumberPattern `[^+-.0-9]` is a range, so commas continue
# a number.
_TOKEN = re.compile(
    rb"[\x00\t\n\x0c\r ]*(?:"
    rb"([A-Za-z'\"][^\t\n\x0b\x0c\r ()<>\[\]{}/%]*)"  # 1 operator (or keyword in arrays)
    rb"|(/[^\t\n\x0b\x0c\r ()<>\[\]{}/%#\x80-\xff]*)(?![^\t\n\x0b\x0c\r ()<>\[\]{}/%])"  # 2 ASCII name
    rb"|([+\-.0-9][+,\-.0-9]*)"  # 3 number
    rb"|\(([^()\\]*)\)"  # 4 string without escapes or nesting
    rb"|<([0-9A-Fa-f]*)>"  # 5 hex string without whitespace
    rb"|(\[)"  # 6
    rb"|(\])"  # 7
    rb"|(?=([^\x00\t\n\x0c\r ]))"  # 8 anything else: looked at by the slow path
    rb")",
    re.S,
)
# The per-glyph idiom of many filings, "x y Td <hex> Tj", read in one match. Each part is
# what _TOKEN would match there (maximal numbers; operators end at a delimiter), so it
# yields the very operations token-by-token parsing gives, or does not match at all.
_WS = rb"[\x00\t\n\x0c\r ]*"
_NUM = rb"([+\-.0-9][+,\-.0-9]*)(?![+,\-.0-9])"
_OPERATOR_END = rb"(?=[\t\n\x0b\x0c\r ()<>\[\]{}/%]|\Z)"
_GLYPH_RUN = re.compile(
    _WS + _NUM + _WS + _NUM + _WS + rb"Td" + _OPERATOR_END + _WS + rb"<([0-9A-Fa-f]*)>" + _WS + rb"Tj" + _OPERATOR_END
)
_HEX_STRING = re.compile(rb"<([^<>]*)>")
# A literal string with escapes but no nested parentheses, and one escape sequence in it.
_ESCAPED_STRING = re.compile(rb"\(((?:[^()\\]|\\.)*)\)", re.S)
_ESCAPE = re.compile(rb"\\(?:([0-7]{1,3})|([\r\n][\r\n]?)|(.))", re.S)
_HEX_DIGITS = re.compile(rb"[0-9A-Fa-f]*")
_HEX_WS = re.compile(rb"[\x00\t\n\x0c\r ]")
_REF_HINT = re.compile(rb"\sR(?![a-zA-Z])")
_OPERATOR_LIMIT = 100  # pypdf refuses operators of ~128 bytes; leave those to it


class _GiveUp(Exception):
    """The stream has something this tokenizer does not mirror exactly: let pypdf parse it."""


@cache
def _escape_table() -> dict[bytes, bytes]:
    from pypdf.generic._utils import __ESCAPE_DICT__ as escapes  # the escapes pypdf knows

    return {k: bytes([v]) for k, v in escapes.items()}


def _unescape(raw: bytes) -> bytes:
    """A literal string's bytes, decoded the way pypdf's `read_string_from_stream` does."""
    escapes = _escape_table()

    def one(m: re.Match[bytes]) -> bytes:
        octal, _newline, other = m.groups()
        if octal is not None:
            value = int(octal, 8)
            if value > 255:
                raise _GiveUp  # pypdf re-reads these digits as text
            return bytes([value])
        if other is not None:
            known = escapes.get(other)
            if known is None:
                raise _GiveUp  # pypdf warns and keeps the backslash: leave it to pypdf
            return known
        return b""  # an escaped line break continues the string

    return _ESCAPE.sub(one, raw)


class _Parser:
    def __init__(self, data: bytes, forced_encoding: Any, budget: int, array_limit: int) -> None:
        from pypdf.generic import FloatObject, NameObject, NumberObject
        from pypdf.generic._data_structures import IndirectPattern
        from pypdf.generic._utils import create_string_object

        self.data = data
        self.end = len(data)
        self.forced_encoding = forced_encoding
        self.budget = budget
        self.array_limit = array_limit
        self._array_items = 0
        self._stream: BytesIO | None = None
        self._float = FloatObject
        self._number = NumberObject
        self._name = NameObject
        self._indirect = IndirectPattern
        self._string = create_string_object
        # Operands repeat a lot (font sizes, glyph strings); these objects are immutable
        # values, so one instance per distinct token is shared within the stream.
        self._numbers: dict[bytes, Any] = {}
        self._names: dict[bytes, Any] = {}
        self._strings: dict[bytes, Any] = {}
        # Indirect references ("12 0 R") make pypdf fail; only look for them where one may be.
        # (IndirectPattern backtracks a lot on digit runs: a cheap scan for " R" first.)
        self._refs = _REF_HINT.search(data) is not None and IndirectPattern.search(data) is not None

    def _delegate(self, pos: int, reader: Any) -> tuple[Any, int]:
        """Read one object with pypdf's own reader, from `pos` in the same bytes."""
        if self._stream is None:
            self._stream = BytesIO(self.data)
        self._stream.seek(pos)
        obj = reader(self._stream)
        return obj, self._stream.tell()

    def operations(self) -> list[tuple[Any, bytes]]:
        data, end, token = self.data, self.end, _TOKEN.match
        numbers, names, number = self._numbers, self._names, self._number_object
        strings = self._strings
        ops: list[tuple[Any, bytes]] = []
        operands: list[Any] = []
        pos = 0
        spent = 0
        glyphs = None if self._refs else _GLYPH_RUN.match  # numbers need the reference check
        # The hot tokens (operators, numbers, names) are handled inline: this loop runs
        # once per token, millions of times for per-glyph-positioned filings.
        while pos < end:
            m = token(data, pos)
            if m is None:  # only whitespace left
                break
            kind = m.lastindex
            spent += 1
            if kind == 1:
                operator = m.group(1)
                if operator == b"BI" or len(operator) > _OPERATOR_LIMIT:
                    raise _GiveUp  # inline images have their own grammar
                ops.append((operands, operator))
                operands = []
                pos = m.end()
                if operator == b"Tj" and glyphs is not None:
                    while (run := glyphs(data, pos)) is not None:
                        x, y, hexed = run.group(1, 2, 3)
                        a = numbers.get(x)
                        b = numbers.get(y)
                        text = strings.get(b"<" + hexed)
                        ops.append((
                            [self._plain_number(x) if a is None else a, self._plain_number(y) if b is None else b],
                            b"Td",
                        ))
                        ops.append(([self._hex_string(hexed) if text is None else text], b"Tj"))
                        spent += 5
                        pos = run.end()
            elif kind == 3:
                pos = m.end()
                obj = numbers.get(m.group(3))
                operands.append(number(m, pos) if obj is None or self._refs or pos >= end else obj)
            elif kind == 2:
                pos = m.end()
                obj = names.get(m.group(2))
                operands.append(self._name_object(m.group(2)) if obj is None else obj)
            else:
                obj, pos = self._object(m, kind or 0)
                operands.append(obj)
        if spent + self._array_items > self.budget:
            raise _GiveUp  # pypdf stops at its parsing-work limit: let it
        return ops  # like pypdf, trailing operands without an operator are dropped

    def _number_object(self, m: re.Match[bytes], stop: int) -> Any:
        num = m.group(3)
        start = m.start(3)
        if self._refs and self._indirect.match(self.data, start, start + 20):
            raise _GiveUp  # pypdf fails on references here; keep its behaviour
        if stop >= self.end:
            raise _GiveUp  # pypdf reads a number at the very end through another path
        return self._plain_number(num)

    def _plain_number(self, raw: bytes) -> Any:
        """A number token known not to be a reference nor the stream's last token."""
        obj = self._numbers.get(raw)
        if obj is None:
            if len(raw) >= 19:
                raise _GiveUp  # pypdf reads these through another path
            obj = self._numbers[raw] = self._float(raw) if b"." in raw else self._number(raw)
        return obj

    def _hex_string(self, raw: bytes) -> Any:
        key = b"<" + raw
        text = self._strings.get(key)
        if text is None:
            value = bytes.fromhex((raw + b"0" if len(raw) % 2 else raw).decode())
            text = self._strings[key] = self._string(value, self.forced_encoding)
        return text

    def _name_object(self, raw: bytes) -> Any:
        if len(raw) > 100:
            raise _GiveUp
        obj = self._names[raw] = self._name(raw.decode("ascii"))
        return obj

    def _object(self, m: re.Match[bytes], kind: int) -> tuple[Any, int]:
        if kind == 3:
            stop = m.end()
            obj = self._numbers.get(m.group(3))
            if obj is None or self._refs or stop >= self.end:
                obj = self._number_object(m, stop)
            return obj, stop
        if kind == 2:
            obj = self._names.get(m.group(2))
            return (self._name_object(m.group(2)) if obj is None else obj), m.end()
        if kind == 5:
            return self._hex_string(m.group(5)), m.end()
        if kind == 4:
            raw = m.group(4)
            text = self._strings.get(raw)
            if text is None:
                text = self._strings[raw] = self._string(raw, self.forced_encoding)
            return text, m.end()
        if kind == 6:
            return self._array(m.end())
        if kind == 8:
            return self._slow(m.start(8))
        raise _GiveUp  # a stray "]"

    def _slow(self, pos: int) -> tuple[Any, int]:
        """Tokens the master pattern leaves alone, read the way pypdf reads them."""
        data = self.data
        c = data[pos]
        if c == 0x2F:  # "/" name with #-escapes or non-ASCII bytes
            name = self._name
            return self._delegate(pos, lambda s: name.read_from_stream(s, None))
        if c == 0x28:  # "(" string with escapes or nested parentheses
            escaped = _ESCAPED_STRING.match(data, pos)
            if escaped is not None:
                raw = escaped.group(1)
                text = self._strings.get(raw)
                if text is None:
                    text = self._strings[raw] = self._string(_unescape(raw), self.forced_encoding)
                return text, escaped.end()
            from pypdf.generic._utils import read_string_from_stream

            return self._delegate(pos, lambda s: read_string_from_stream(s, self.forced_encoding))
        if c == 0x3C:  # "<": dictionary, or hex string with whitespace
            if data[pos + 1 : pos + 2] == b"<":
                from pypdf.generic import DictionaryObject
                from pypdf.generic._utils import StreamParsingBudget

                budget = StreamParsingBudget(remaining_budget=self.budget)
                obj, stop = self._delegate(
                    pos,
                    lambda s: DictionaryObject.read_from_stream(
                        s, None, self.forced_encoding, parsing_budget=budget
                    ),
                )
                self.budget = budget.remaining_budget
                return obj, stop
            hexed = _HEX_STRING.match(data, pos)
            if hexed is None:
                raise _GiveUp
            digits = _HEX_WS.sub(b"", hexed.group(1))
            if _HEX_DIGITS.fullmatch(digits) is None:
                raise _GiveUp  # pypdf raises on bad hex digits
            if len(digits) % 2:
                digits += b"0"
            return self._string(bytes.fromhex(digits.decode("ascii")), self.forced_encoding), hexed.end()
        raise _GiveUp  # comments, stray delimiters, bytes >= 0x80: pypdf's business

    def _array(self, pos: int) -> tuple[Any, int]:
        from pypdf.generic import ArrayObject, BooleanObject, NullObject

        data, end, token = self.data, self.end, _TOKEN.match
        arr = ArrayObject()
        room = self.array_limit
        while True:
            m = token(data, pos)
            kind = m.lastindex if m is not None else None
            if kind is None:
                return arr, end  # pypdf ends an unterminated array at EOF
            if kind == 7:
                return arr, m.end()  # type: ignore[union-attr]
            assert m is not None
            room -= 1
            self._array_items += 1
            if room < 0:
                raise _GiveUp  # pypdf refuses over-long arrays
            if kind == 1:
                word = m.group(1)
                if word == b"null":
                    arr.append(NullObject())
                elif word in (b"true", b"false"):
                    arr.append(BooleanObject(word == b"true"))
                else:
                    raise _GiveUp
                pos = m.end()
                continue
            obj, pos = self._object(m, kind)
            arr.append(obj)


def fast_operations(data: bytes, forced_encoding: Any = None) -> list[tuple[Any, bytes]] | None:
    """pypdf's `ContentStream.operations` for `data`, or None where pypdf must parse it."""
    from pypdf._configuration import get_configuration

    config = get_configuration()
    budget = config.stream_parsing_work_maximum_count // 2
    try:
        return _Parser(data, forced_encoding, budget, config.array_maximum_element_count).operations()
    except _GiveUp:
        return None
    except Exception as exc:  # any surprise: pypdf decides
        logger.debug("fast content-stream parse failed (%s); using pypdf's", exc)
        return None


def pypdf_version() -> str:
    """The version of the pypdf that is imported ("none" without pypdf)."""
    try:
        import pypdf
    except ImportError:  # pragma: no cover - pypdf is a core dependency
        return "none"
    return str(pypdf.__version__)


def _source_fingerprint() -> str:
    """sha256 over the pypdf source whose tokens and objects `_Parser` reproduces."""
    from pypdf.generic import _base, _data_structures, _utils

    parts: list[Callable[..., Any]] = [
        _data_structures.ContentStream._parse_content_stream,
        _data_structures.ContentStream._check_limits,
        _data_structures.ArrayObject.read_from_stream,
        _data_structures.ArrayObject._check_limits,
        _data_structures.DictionaryObject.read_from_stream,
        _data_structures.read_object,
        _base.NumberObject.read_from_stream,
        _base.NameObject.read_from_stream,
        _base.BooleanObject.read_from_stream,
        _base.NullObject.read_from_stream,
        _utils.read_string_from_stream,
        _utils.read_hex_string_from_stream,
        _utils.create_string_object,
    ]
    digest = hashlib.sha256()
    for part in parts:
        # Unwrapped: once installed, pypdf's own source is still what is measured.
        digest.update(inspect.getsource(inspect.unwrap(part)).encode())
    return digest.hexdigest()


@cache
def _installed_fingerprint() -> tuple[str, str]:
    """(fingerprint, "") of the installed pypdf, or ("", why it could not be taken)."""
    try:
        return _source_fingerprint(), ""
    except (ImportError, AttributeError, OSError, TypeError) as exc:
        return "", f"{type(exc).__name__}: {exc}"


def mirror_status(installed: tuple[str, str], expected: str, mirrored: str, what: str) -> tuple[bool, str]:
    """(active, reason) for an accelerator mirroring pypdf `mirrored`'s `what` source: `installed`
    is the (fingerprint, error) taken of the installed pypdf, `expected` the mirrored source's."""
    fingerprint, error = installed
    version = pypdf_version()
    if error:
        return False, f"pypdf {version} installed, written for {mirrored} ({what} internals missing: {error})"
    if fingerprint != expected:
        return False, (
            f"pypdf {version} installed, written for {mirrored} "
            f"(its {what} source differs from the one mirrored)"
        )
    return True, f"pypdf {version}: {what} source as mirrored"


def accelerator_status() -> tuple[bool, str]:
    """(active, reason): whether `install()` can patch the installed pypdf, and why (not)."""
    return mirror_status(_installed_fingerprint(), _EXPECTED_FINGERPRINT, MIRRORED_PYPDF, "content-stream parsing")


_installed = False


def install() -> bool:
    """Route pypdf's content-stream parsing through `fast_operations` (once, idempotent).

    Returns False, patching nothing, on a pypdf whose source differs from the one mirrored.
    """
    global _installed
    if _installed:
        return True
    active, reason = accelerator_status()
    if not active:
        logger.info("fast content-stream parsing off: %s", reason)
        return False
    from pypdf.generic import ContentStream

    original = ContentStream._parse_content_stream

    def _parse_content_stream(self: Any, stream: Any) -> None:
        data = stream.getvalue() if isinstance(stream, BytesIO) else None
        ops = fast_operations(data, self.forced_encoding) if data is not None else None
        if ops is None:
            original(self, stream)
        else:
            self._operations.extend(ops)

    _parse_content_stream.__wrapped__ = original  # type: ignore[attr-defined]
    ContentStream._parse_content_stream = _parse_content_stream  # type: ignore[method-assign]
    _installed = True
    return True
