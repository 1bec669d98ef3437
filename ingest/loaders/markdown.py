"""Markdown loader: the text with markup removed, as one page; front matter becomes hints."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.core.types import LoadedDocument, PageText
from ingest.errors import EmptyDocument
from ingest.loaders.base import (
    bytes_sha256,
    choose_title,
    decode_text,
    normalise_text,
    title_from_text,
)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FM_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S.*$", re.MULTILINE)
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_CODE = re.compile(r"`([^`\n]+)`")
_FENCE = re.compile(r"^\s*(```|~~~)")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    hints: dict[str, str] = {}
    for line in match.group(1).splitlines():
        kv = _FM_LINE.match(line)
        if kv and kv.group(2):
            hints[kv.group(1).lower()] = kv.group(2).strip("\"'")
    return hints, text[match.end() :]


def markdown_to_text(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Plain text of a Markdown document and its headings as (level, text)."""
    text = _REF_DEF.sub("", _COMMENT.sub("", text))
    text = _REF_LINK.sub(r"\1", _LINK.sub(r"\1", _IMAGE.sub(r"\1", text)))
    out: list[str] = []
    headings: list[tuple[int, str]] = []
    in_fence = False
    for line in text.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)
            continue
        atx = _ATX.match(line)
        if atx:
            headings.append((len(atx.group(1)), atx.group(2)))
            out.extend(["", atx.group(2), ""])
            continue
        setext = _SETEXT.match(line)
        if setext and out and out[-1].strip() and not out[-1].lstrip().startswith("|"):
            headings.append((1 if setext.group(1)[0] == "=" else 2, out[-1].strip()))
            out.append("")
            continue
        if (_TABLE_RULE.match(line) and "|" in line) or _RULE.match(line):
            continue
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            line = " | ".join(cell.strip() for cell in stripped[1:-1].split("|"))
        out.append(_CODE.sub(r"\1", _ITALIC.sub(r"\1", _BOLD.sub(r"\2", line))))
    return normalise_text("\n".join(out)), headings


class MarkdownLoader:
    """One page of text; headings kept as their own lines, tables as "cell | cell" rows."""

    suffixes: tuple[str, ...] = (".md", ".markdown")

    def load(self, path: Path) -> LoadedDocument:
        data = path.read_bytes()
        hints, body = _front_matter(decode_text(data, name=path.name))
        text, headings = markdown_to_text(body)
        if not text:
            raise EmptyDocument("contains no text once Markdown markup is removed")
        top = min(headings, key=lambda h: h[0])[1] if headings else None
        title = choose_title(hints.get("title"), top, title_from_text(text), fallback=path.stem)
        hints["format"] = "markdown"
        return LoadedDocument(
            source=str(path.resolve()),
            sha256=bytes_sha256(data),
            title=title,
            pages=[PageText(page=1, text=text)],
            metadata_hints=hints,
        )
