"""A faster drop-in for pypdf 7.1's layout-mode text-show pass, with byte-identical output.

With content-stream parsing sped up (`pdf_fastparse`), most of the CPU left in
`page.extract_text(extraction_mode="layout")` is pypdf's `text_show_operations`: for every
string shown it builds a `TextStateParams` dataclass, a `ChainMap` of dict matrices and
many small lists, and measures every glyph through `Font.get_text_width`; and it rebuilds
every font on every page. This module replaces `text_show_operations` (and the recursion
under it) with the same algorithm on lighter structures: tuples for matrices, a list for the
transform stack, a slotted record per text-show operation, and memos of decoded strings and
glyph widths kept on each `Font` (pure functions of the font and the bytes shown). It also
lets `PageObject._layout_mode_fonts` reuse a reader's fonts across its pages (cached per
reader, keyed by the font dictionary object, freed with the reader).

Equality is the point, so every float is computed by the same expression, in the same
order, from the same operands as pypdf's (including its `0.0 * x` terms and `**`), and
exceptions, warnings and malformed-operand fallbacks happen where pypdf's do.
`install()` patches only when the replaced pypdf source is exactly the one this was
written against (`MIRRORED_PYPDF`, a hash of its source), so another pypdf version runs
unpatched; `accelerator_status()` says which, and `ingest.loaders.pdf` warns about it.
`tests/test_pdf_fastlayout.py` and `bench/pdf_fastlayout.py` compare page text with and
without the patch (the bench on every page of the shared filings).

Long on purpose: it mirrors one pypdf function tree line for line, and splitting it would
hide the correspondence that keeps its output identical.
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import logging
import math
import weakref
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from functools import cache
from typing import Any

logger = logging.getLogger(__name__)

# The pypdf release this module mirrors (pinned exactly in pyproject.toml), and the sha256 of
# its layout-mode source (see `_source_fingerprint`).
MIRRORED_PYPDF = "7.1.0"
_EXPECTED_FINGERPRINT = "5a6bf2159e182dd94399207568c51a893ae2dbc790ddbfe76fa1da858953d5a7"

_MEMO = "_footnote_layout_memo"  # attribute holding a font's _FontInfo
_STATE_PARAMS = {b"Tc": "Tc", b"Tz": "Tz", b"Tw": "Tw", b"TL": "TL", b"Ts": "Ts"}
# What recurse_to_target_op does with an operator (anything else it ignores).
_NEST, _BT, _CM, _SHOW, _SHOW_ARRAY, _QUOTE, _DQUOTE, _MOVE, _FONT, _PARAM = range(10)
_KINDS = {b"q": _NEST, b"BT": _BT, b"cm": _CM, b"Tj": _SHOW, b"TJ": _SHOW_ARRAY, b"Tf": _FONT}
_KINDS |= {b"'": _QUOTE, b'"': _DQUOTE, **dict.fromkeys([b"Td", b"Tm", b"TD", b"T*"], _MOVE)}
_KINDS |= dict.fromkeys(_STATE_PARAMS, _PARAM)
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_ROOT = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0, False, False)
# A transform-stack entry: (a, b, c, d, e, f, is_text, is_render), as pypdf's dict entries.
Entry = tuple[Any, ...]


def _mult(m: Entry, n: Entry) -> Entry:
    """pypdf's `_text_extraction.mult`, returning a tuple."""
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )


def _as_float(value: Any, default: float) -> float:
    """`TextStateManager._as_float`."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _entry(values: list[Any], is_text: bool, is_render: bool) -> Entry:
    """`TextStateManager.new_transform(*values, ...)` (values: at most 6)."""
    floats = [_as_float(v, d) for v, d in zip(values, _IDENTITY, strict=False)]
    return (*floats, *_IDENTITY[len(floats) :], is_text, is_render)


class _FontInfo:
    """Memos for one `Font`: its decoded strings and glyph widths (pure functions of it)."""

    __slots__ = ("chars", "decoded", "font", "space", "words")

    def __init__(self, font: Any) -> None:
        self.font = font  # held so its id() cannot be reused while this memo lives
        self.chars: dict[str, Any] = {}
        self.words: dict[str, tuple[Any, int, int]] = {}
        self.decoded: dict[bytes, tuple[str, tuple[Any, int, int]]] = {}
        self.space: tuple[Any, int, int] | None = None

    def measure(self, word: str) -> tuple[Any, int, int]:
        """(width, len, space count) as `TextStateParams.word_tx` sums them."""
        font, chars = self.font, self.chars
        space_char = font.space_char
        width = 0.0
        for char in word:
            w = chars.get(char)
            if w is None:
                w = font.space_width if char == space_char else font.get_text_width(char)
                chars[char] = w
            width += w
        result = (width, len(word), word.count(space_char))
        self.words[word] = result
        return result

    def decode(self, value: bytes) -> tuple[str, tuple[Any, int, int]]:
        """(text, measure(raw chars)) as `TextStateParams.__post_init__` decodes `value`."""
        font = self.font
        decoded = ""
        if isinstance(font.encoding, str):
            try:
                raw = value.decode(font.encoding, "surrogatepass")
            except UnicodeDecodeError:
                raw = value.decode(font.encoding, "replace")
        else:
            raw = "".join(chr(byte) for byte in value)
            decoded = "".join(font.encoding.get(x, chr(x)) for x in value)
        cmap = font.character_map
        text = "".join(cmap.get(x, x) for x in (decoded or raw))
        result = (text, self.words.get(raw) or self.measure(raw))
        self.decoded[value] = result
        return result


class _Style:
    """Font, size and spacing shared by the strings shown until the next Tf/Tc/Tw/Tz/.../Q."""

    __slots__ = ("Tc", "Tw", "Tz", "font", "font_size", "info", "space_tx", "tz_scale")

    def __init__(
        self, font: Any, info: _FontInfo, font_size: Any, tc: Any, tw: Any, tz: Any
    ) -> None:
        self.font, self.info, self.font_size = font, info, font_size
        self.Tc, self.Tw, self.Tz, self.tz_scale = tc, tw, tz, tz / 100.0
        # TextStateParams.space_tx: round(word_tx(font.space_char), 3), else from space_width
        space = info.space
        if space is None:
            space = info.space = info.words.get(font.space_char) or info.measure(font.space_char)
        sw, sn, sns = space
        fs = font_size
        space_tx = round(((fs * ((sw - 0.0) / 1000.0)) + sn * tc + sns * tw) * (tz / 100.0), 3)
        if space_tx < 1e-6:  # zero-width space glyph
            td = -font.space_width
            zero = "".count(font.space_char)
            space_tx = round(((fs * ((0.0 - td) / 1000.0)) + 0 * tc + zero * tw) * (tz / 100.0), 3)
        self.space_tx = space_tx


class _Shown:
    """The fields of pypdf's `TextStateParams` that layout mode reads."""

    __slots__ = (
        "displaced_tx",
        "flip_vertical",
        "font_height",
        "measured",
        "rotated",
        "scale_x",
        "style",
        "text",
        "tx",
        "ty",
    )
    displaced_tx: float
    flip_vertical: bool
    font_height: float
    measured: tuple[Any, int, int]  # (width, len, space count) of the raw characters
    rotated: bool
    scale_x: float  # transform[0]
    style: _Style
    text: str
    tx: float
    ty: float

    def word_tx(self, td_offset: Any) -> float:
        """`TextStateParams.word_tx(self.value, td_offset)` from the memoised width."""
        style = self.style
        width, n_chars, n_spaces = self.measured
        return (
            (style.font_size * ((width - td_offset) / 1000.0))
            + n_chars * style.Tc
            + n_spaces * style.Tw
        ) * (style.Tz / 100.0)


class _State:
    """pypdf's `TextStateManager`, with the ChainMap kept as a list (top last)."""

    def __init__(self, font_class: type, error: type[Exception]) -> None:
        self.stack: list[Entry] = [_ROOT]
        self.q_queue: dict[int, int] = {}
        self.q_depth = [0]
        self.Tc: float = 0.0
        self.Tw: float = 0.0
        self.Tz: float = 100.0
        self.TL: float = 0.0
        self.Ts: float = 0.0
        self.font_stack: list[tuple[Any, int | float]] = []
        self.font: Any = None
        self.font_size: int | float = 0
        self.style: _Style | None = None  # None whenever font, size, Tc, Tw or Tz change
        self._font_class = font_class
        self._error = error

    def set_state_param(self, op: bytes, value: Any) -> None:
        name = _STATE_PARAMS.get(op)
        if name is None:
            return
        raw = (value[0] if value else None) if isinstance(value, list) else value
        setattr(self, name, _as_float(raw, getattr(self, name)))
        self.style = None

    def reset_tm(self) -> None:
        stack = self.stack
        while stack[-1][6] or stack[-1][7]:
            stack.pop()
            if not stack:  # ChainMap.parents would leave one empty dict
                raise KeyError("is_text")

    def reset_trm(self) -> None:
        stack = self.stack
        while stack[-1][7]:
            stack.pop()
            if not stack:
                raise KeyError("is_render")

    def add_q(self) -> None:
        self.font_stack.append((self.font, self.font_size))
        self.q_depth.append(len(self.q_depth))

    def remove_q(self) -> None:
        self.font, self.font_size = self.font_stack.pop(-1)
        self.style = None
        self.reset_tm()
        drop = self.q_queue.pop(self.q_depth.pop(), 0)
        if drop:
            del self.stack[max(len(self.stack) - drop, 0) :]

    def add_cm(self, operands: list[Any]) -> None:
        self.reset_tm()
        depth = self.q_depth[-1]
        self.q_queue[depth] = self.q_queue.get(depth, 0) + 1
        self.stack.append(_entry(operands[-6:], False, False))

    def add_tm(self, operands: list[Any]) -> None:
        top = self.stack[-1]
        if len(operands) == 2:  # Td and the like: [1, 0, 0, 1, tx, ty]
            x, y = _as_float(operands[0], 0.0), _as_float(operands[1], 0.0)
            if top[6] and not top[7]:  # merged into the text matrix: _mult inlined
                t0, t1, t2, t3, t4, t5 = top[:6]
                self.stack[-1] = (
                    1.0 * t0 + 0.0 * t2,
                    1.0 * t1 + 0.0 * t3,
                    0.0 * t0 + 1.0 * t2,
                    0.0 * t1 + 1.0 * t3,
                    x * t0 + y * t2 + t4,
                    x * t1 + y * t3 + t5,
                    True,
                    False,
                )
            else:
                self.stack.append((1.0, 0.0, 0.0, 1.0, x, y, True, False))
            return
        new = _entry(operands[-6:], True, False)
        if top[6] and not top[7]:  # merge into the text matrix, as pypdf does
            self.stack[-1] = (*_mult(new, top), True, False)
        else:
            self.stack.append(new)

    def add_displacement(self, shown: _Shown, td_offset: Any) -> None:
        """`add_trm(shown.displacement_matrix(td_offset=...))` for a number in a TJ array."""
        self.stack.append((1.0, 0.0, 0.0, 1.0, float(shown.word_tx(td_offset)), 0.0, True, True))

    def set_font(
        self, fonts: dict[str, Any], operands: list[Any], resolve: Callable[..., Any]
    ) -> None:
        """`set_font_operation`."""
        name = operands[0] if operands else ""
        size = _as_float(operands[1] if len(operands) > 1 else None, self.font_size)
        self.font = resolve(fonts, name)
        self.font_size = size
        self.style = None

    @staticmethod
    def _font_info(font: Any) -> _FontInfo:
        """The memo kept on the font itself, so that it outlives the page with the font."""
        info = getattr(font, _MEMO, None)
        if not isinstance(info, _FontInfo) or info.font is not font:
            info = _FontInfo(font)
            with contextlib.suppress(AttributeError):  # a slotted Font: memo for this page only
                setattr(font, _MEMO, info)
        return info

    def shown(self, value: Any) -> _Shown:
        """`text_state_params(value)`: a `TextStateParams` computed the same way."""
        font = self.font
        if not isinstance(font, self._font_class):
            raise self._error("font not set: is PDF missing a Tf operator?")
        stack = self.stack
        # effective_transform: the top matrix times each one below it, as _mult inlined
        a, b, c, d, e, f = stack[-1][:6]
        for n0, n1, n2, n3, n4, n5, _, _ in stack[-2::-1]:
            a, b, c, d, e, f = (
                a * n0 + b * n2,
                a * n1 + b * n3,
                c * n0 + d * n2,
                c * n1 + d * n3,
                e * n0 + f * n2 + n4,
                e * n1 + f * n3 + n5,
            )
        style = self.style
        info = style.info if style is not None else self._font_info(font)
        s = _Shown()
        if isinstance(value, bytes):
            s.text, s.measured = info.decoded.get(value) or info.decode(value)
        else:
            s.text = value
            s.measured = info.words.get(value) or info.measure(value)
        rotated = False
        if not (d > 1e-6 or d < -1e-6):  # orient() is 90 or 270
            a, b, c, d, e, f = _mult((1.0, -b, -c, 1.0, 0.0, 0.0), (a, b, c, d, e, f))
            rotated = True
        if d < -1e-6 and a < -1e-6:  # orient() is 180, truly rotated
            a, b, c, d, e, f = _mult((-1.0, 0.0, 0.0, -1.0, 0.0, 0.0), (a, b, c, d, e, f))
            rotated = True
        s.rotated = rotated
        s.scale_x = a
        if style is None:  # words are measured before the space, as in pypdf
            style = self.style = _Style(font, info, self.font_size, self.Tc, self.Tw, self.Tz)
        s.style = style
        fs = style.font_size
        width, n_chars, n_spaces = s.measured
        wtx = (fs * ((width - 0.0) / 1000.0)) + n_chars * style.Tc + n_spaces * style.Tw
        wtx *= style.tz_scale
        s.displaced_tx = wtx * a + 0.0 * c + e
        s.tx = e
        s.ty = 0.0 * b + self.Ts * d + f
        s.font_height = fs * math.sqrt(b**2 + d**2)
        s.flip_vertical = d < -1e-6
        return s


class _Layout:
    """pypdf's `recurse_to_target_op` and `text_show_operations` over `_State`."""

    def __init__(self, fwp: Any, fonts: dict[str, Any], strip_rotated: bool) -> None:
        from pypdf._utils import logger_warning
        from pypdf.errors import PdfReadError
        from pypdf.generic import ArrayObject
        from pypdf.generic._font import Font

        self.fwp = fwp  # pypdf's _fixed_width_page module: its constants and names
        self.fonts = fonts
        self.strip_rotated = strip_rotated
        self.warn = logger_warning
        self.array = ArrayObject
        self.state = _State(Font, PdfReadError)

    def bt_group(self, tj: _Shown, text: str, displaced_tx: float) -> dict[str, Any]:
        return {
            "tx": tj.tx,
            "ty": tj.ty,
            "font_size": tj.style.font_size,
            "font_height": tj.font_height,
            "text": text,
            "displaced_tx": displaced_tx,
            "flip_sort": -1 if tj.flip_vertical else 1,
        }

    def end_text(self, tj_ops: list[_Shown], bt_groups: list[dict[str, Any]]) -> None:
        """The ET branch of `recurse_to_target_op`: join this BT's strings into groups."""
        fwp = self.fwp
        new_group_widths = fwp.LAYOUT_NEW_BT_GROUP_SPACE_WIDTHS
        whitespace_limit = fwp.WHITESPACE_LIMIT
        _text = ""
        bt_idx = 0
        last_displaced_tx = tj_ops[bt_idx].displaced_tx
        last_ty = tj_ops[bt_idx].ty
        for _idx, _tj in enumerate(tj_ops):
            if self.strip_rotated and _tj.rotated:
                continue
            if not _tj.style.font.interpretable:
                continue
            if abs(_tj.ty - last_ty) > _tj.font_height:
                if _text.strip():
                    bt_groups.append(self.bt_group(tj_ops[bt_idx], _text, last_displaced_tx))
                bt_idx = _idx
                _text = ""
            if last_displaced_tx - _tj.tx > _tj.style.space_tx * new_group_widths:
                if _text.strip():
                    bt_groups.append(self.bt_group(tj_ops[bt_idx], _text, last_displaced_tx))
                bt_idx = _idx
                last_displaced_tx = _tj.displaced_tx
                _text = ""
            excess_tx = round(_tj.tx - last_displaced_tx, 3) * (_idx != bt_idx)
            page_space_tx = _tj.style.space_tx * abs(_tj.scale_x)
            spaces = round(excess_tx / page_space_tx) if excess_tx > 0 and page_space_tx else 0
            if spaces > whitespace_limit:
                self.warn(
                    "Limiting excessive whitespace from %(actual)d to %(limit)d characters.",
                    actual=spaces,
                    limit=whitespace_limit,
                    source=fwp.__name__,
                )
                spaces = whitespace_limit
            new_text = f"{' ' * spaces}{_tj.text}"
            last_ty = _tj.ty
            _text = f"{_text}{new_text}"
            last_displaced_tx = _tj.displaced_tx
        if _text:
            bt_groups.append(self.bt_group(tj_ops[bt_idx], _text, last_displaced_tx))

    def recurse(
        self, ops: Iterator[tuple[list[Any], bytes]], end_target: bytes
    ) -> tuple[list[dict[str, Any]], list[_Shown]]:
        state, array, fonts, resolve = self.state, self.array, self.fonts, self.fwp.resolve_font
        bt_groups: list[dict[str, Any]] = []
        tj_ops: list[_Shown] = []
        if end_target == b"Q":
            state.add_q()
        kinds = _KINDS
        for operands, op in ops:
            if op == end_target:
                if op == b"Q":
                    state.remove_q()
                if op == b"ET":
                    if not tj_ops:
                        return bt_groups, tj_ops
                    self.end_text(tj_ops, bt_groups)
                    state.reset_tm()
                break
            kind = kinds.get(op)
            if kind is None:
                continue  # pypdf hands it to set_state_param, which ignores it
            if kind == _MOVE:
                state.reset_trm()
                if op == b"Tm":
                    state.reset_tm()
                elif op == b"TD" and len(operands) >= 2 and isinstance(operands[1], (int, float)):
                    state.set_state_param(b"TL", -operands[1])
                elif op == b"T*":
                    operands = [0, -state.TL]
                state.add_tm(operands)
            elif kind == _SHOW:
                if operands and isinstance(operands[0], (str, bytes)):
                    tj_ops.append(state.shown(operands[0]))
            elif kind == _SHOW_ARRAY:
                if operands and isinstance(operands[0], array):
                    _tj = state.shown("")
                    for item in operands[0]:
                        if isinstance(item, bytes):
                            _tj = state.shown(item)
                            tj_ops.append(_tj)
                        elif isinstance(item, (int, float)):
                            state.add_displacement(_tj, item)
            elif kind == _FONT:
                state.set_font(fonts, operands, resolve)
            elif kind == _PARAM:
                state.set_state_param(op, operands)
            elif kind == _CM:
                state.add_cm(operands)
            elif kind == _NEST or (kind == _BT and end_target == b"Q"):
                bts, tjs = self.recurse(ops, b"ET" if op == b"BT" else b"Q")
                bt_groups.extend(bts)
                tj_ops.extend(tjs)
            elif kind == _BT:
                state.reset_tm()  # BT inside a text object only resets the text matrix
            elif kind == _QUOTE:
                state.reset_trm()
                state.add_tm([0, -state.TL])
                if operands and isinstance(operands[0], (str, bytes)):
                    tj_ops.append(state.shown(operands[0]))
            elif kind == _DQUOTE and len(operands) >= 3:
                state.reset_trm()
                state.set_state_param(b"Tw", operands[0])
                state.set_state_param(b"Tc", operands[1])
                state.add_tm([0, -state.TL])
                if isinstance(operands[2], (str, bytes)):
                    tj_ops.append(state.shown(operands[2]))
        else:
            self.warn(
                "Unbalanced target operations, expected %(end_target)r.",
                source=self.fwp.__name__,
                end_target=end_target,
            )
        return bt_groups, tj_ops

    def run(self, ops: Iterator[tuple[list[Any], bytes]]) -> list[dict[str, Any]]:
        """`text_show_operations` without its debug output."""
        state, fonts, resolve = self.state, self.fonts, self.fwp.resolve_font
        bt_groups: list[dict[str, Any]] = []
        tj_ops: list[_Shown] = []
        for operands, op in ops:
            if op in (b"BT", b"q"):
                bts, tjs = self.recurse(ops, b"ET" if op == b"BT" else b"Q")
                bt_groups.extend(bts)
                tj_ops.extend(tjs)
            elif op == b"Tf":
                state.set_font(fonts, operands, resolve)
            else:
                state.set_state_param(op, operands)
        source = self.fwp.__name__
        if any(tj.rotated for tj in tj_ops):
            if self.strip_rotated:
                self.warn("Rotated text discovered. Output will be incomplete.", source=source)
            else:
                self.warn("Rotated text discovered. Layout will be degraded.", source=source)
        if not all(tj.style.font.interpretable for tj in tj_ops):
            self.warn(
                "PDF contains an uninterpretable font. Output will be incomplete.", source=source
            )
        min_x = min((x["tx"] for x in bt_groups), default=0.0)
        return [
            dict(ogrp, tx=ogrp["tx"] - min_x, displaced_tx=ogrp["displaced_tx"] - min_x)
            for ogrp in sorted(
                bt_groups, key=lambda x: (x["ty"] * x["flip_sort"], -x["tx"]), reverse=True
            )
        ]


# Fonts built for layout mode, per reader: {id(font dictionary): (font dictionary, Font)}.
# `Font.from_font_resource` is a pure function of the dictionary, and pypdf rebuilds every
# font on every page; the cache (and the memos on the fonts) live as long as the reader.
_FontCache = dict[int, tuple[Any, Any]]
_READER_FONTS: weakref.WeakKeyDictionary[Any, _FontCache] = weakref.WeakKeyDictionary()
_ACTIVE_FONTS: ContextVar[_FontCache | None] = ContextVar("_ACTIVE_FONTS", default=None)


def _install_font_cache(page_class: Any, font_class: Any) -> None:
    """Make `PageObject._layout_mode_fonts` reuse the reader's fonts across pages."""
    original_fonts = inspect.unwrap(page_class._layout_mode_fonts)
    build = inspect.unwrap(font_class.__dict__["from_font_resource"].__func__)

    def _layout_mode_fonts(self: Any) -> dict[str, Any]:
        try:
            cache = _READER_FONTS.setdefault(self.pdf, {})
        except TypeError:  # no reader, or one that takes no weak references
            return original_fonts(self)
        token = _ACTIVE_FONTS.set(cache)
        try:
            return original_fonts(self)
        finally:
            _ACTIVE_FONTS.reset(token)

    def from_font_resource(cls: Any, pdf_font_dict: Any) -> Any:
        cache = _ACTIVE_FONTS.get()
        if cache is None or cls is not font_class:
            return build(cls, pdf_font_dict)
        hit = cache.get(id(pdf_font_dict))
        if hit is not None and hit[0] is pdf_font_dict:
            return hit[1]
        font = build(cls, pdf_font_dict)
        cache[id(pdf_font_dict)] = (pdf_font_dict, font)  # holding the dict keeps its id unique
        return font

    _layout_mode_fonts.__wrapped__ = original_fonts  # type: ignore[attr-defined]
    from_font_resource.__wrapped__ = build  # type: ignore[attr-defined]
    page_class._layout_mode_fonts = _layout_mode_fonts
    font_class.from_font_resource = classmethod(from_font_resource)


def _source_fingerprint(modules: list[Any]) -> str:
    """sha256 over the pypdf source whose behaviour `_Layout` and `_State` reproduce."""
    fwp, tsm, tsp, extraction, font, page = modules
    parts = [
        page.PageObject._layout_mode_fonts,
        font.Font.from_font_resource,
        fwp.text_show_operations,
        fwp.recurse_to_target_op,
        fwp.bt_group,
        fwp.set_font_operation,
        fwp.resolve_font,
        fwp._show_text_operand,
        tsm.TextStateManager,
        tsp.TextStateParams,
        extraction.mult,
        extraction.orient,
        font.Font.get_text_width,
    ]
    digest = hashlib.sha256()
    for part in parts:
        # Unwrapped: a second install (tests restore and re-patch) still sees pypdf's source.
        digest.update(inspect.getsource(inspect.unwrap(part)).encode())
    return digest.hexdigest()


@cache
def _installed_fingerprint() -> tuple[str, str]:
    """(fingerprint, "") of the installed pypdf, or ("", why it could not be taken)."""
    try:
        from pypdf import _page as page
        from pypdf import _text_extraction as extraction
        from pypdf._text_extraction._layout_mode import _fixed_width_page as fwp
        from pypdf._text_extraction._layout_mode import _text_state_manager as tsm
        from pypdf._text_extraction._layout_mode import _text_state_params as tsp
        from pypdf.generic import _font as font

        return _source_fingerprint([fwp, tsm, tsp, extraction, font, page]), ""
    except (ImportError, AttributeError, OSError, TypeError) as exc:
        return "", f"{type(exc).__name__}: {exc}"


def accelerator_status() -> tuple[bool, str]:
    """(active, reason): whether `install()` can patch the installed pypdf, and why (not)."""
    from ingest.loaders.pdf_fastparse import mirror_status

    return mirror_status(_installed_fingerprint(), _EXPECTED_FINGERPRINT, MIRRORED_PYPDF, "layout-mode")


_installed = False


def install() -> bool:
    """Route pypdf's layout-mode text-show pass through `_Layout` (once, idempotent).

    Returns False, patching nothing, on a pypdf whose source differs from the one mirrored.
    """
    global _installed
    if _installed:
        return True
    active, reason = accelerator_status()
    if not active:
        logger.info("fast layout off: %s", reason)
        return False
    from pypdf import _page as page
    from pypdf._text_extraction import _layout_mode
    from pypdf._text_extraction._layout_mode import _fixed_width_page as fwp
    from pypdf.generic import _font as font

    original = inspect.unwrap(_layout_mode.text_show_operations)

    def text_show_operations(
        ops: Iterator[tuple[list[Any], bytes]],
        fonts: dict[str, Any],
        strip_rotated: bool = True,
        debug_path: Any = None,
    ) -> list[Any]:
        if debug_path:  # the debug dump serialises pypdf's own TextStateParams
            return list(original(ops, fonts, strip_rotated, debug_path))
        return _Layout(fwp, fonts, strip_rotated).run(ops)

    text_show_operations.__wrapped__ = original  # type: ignore[attr-defined]
    _layout_mode.text_show_operations = text_show_operations
    fwp.text_show_operations = text_show_operations
    _install_font_cache(page.PageObject, font.Font)
    _installed = True
    return True
