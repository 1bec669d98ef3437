"""The LLM output protocol: prose with [n] markers, then `<<<JSON>>>` and a JSON object.

Parsing is tolerant: a missing or broken JSON part leaves the prose usable, and
citations can be rebuilt from the [n] markers (quote = the source sentence that
best overlaps the sentence citing it).
"""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from assistant.core.sentences import sentence_end, sentences_of
from assistant.core.types import KeyFigure

logger = logging.getLogger(__name__)

MARKER = "<<<JSON>>>"
# Models drift: "<<JSON>>", "<<< JSON >>>", "<<<json>>>", sometimes inside a code fence.
_MARKER_RE = re.compile(r"(?:```[a-z]*\s*)?<{2,3}\s*JSON\s*>{2,3}", re.IGNORECASE)
_CITE_RE = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
_FENCE_RE = re.compile(r"^\s*```[a-zA-Z]*\s*|\s*```\s*$")
_JSON_KEYS = {"refused", "citations", "key_figure"}
_JSON_KEY_RE = re.compile(r'"(?:refused|citations|key_figure)"\s*:')

_REFUSAL_RE = re.compile(
    r"\b(?:documents?|sources?|excerpts?|passages?|filings?|reports?|provided (?:text|context|information|material))"
    r"\s+(?:do|does|did)\s*(?:not|n[’']t)\s+(?:contain|say|state|mention|include|provide|specify|report|disclose|give|show|cover)"
    r"|\bnot\s+(?:found|mentioned|stated|given|provided|available|reported|disclosed|specified)\s+in\s+the\s+"
    r"(?:provided\s+)?(?:documents?|sources?|excerpts?|passages?|filings?)"
    r"|\b(?:no|not enough|insufficient)\s+information\s+(?:in|from|within)\s+the\s+(?:provided\s+)?"
    r"(?:documents?|sources?|excerpts?|passages?)"
    r"|\bcannot\s+(?:be\s+)?(?:answer(?:ed)?|determine[d]?|find|found)\b[^.]{0,60}\b(?:from|in|based on)\s+the\s+"
    r"(?:provided\s+)?(?:documents?|sources?|excerpts?|passages?)",
    re.IGNORECASE,
)

_STOPWORDS_TEXT = (
    "a an and are as at be by for from has have in is it its of on or that the this to was "
    "were which with will would their they than into over per"
)
_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
_WORD_RE = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_SENTENCE_SPLIT_RE = sentence_end("A-Z0-9$€£", openers=r"\"'“‘(\[", closers=True, month_days=True)
MAX_QUOTE_CHARS = 400


@dataclass
class ParsedOutput:
    prose: str
    status: Literal["ok", "missing", "malformed"]
    refused: bool = False
    key_figure: KeyFigure | None = None
    quotes: dict[int, str] = field(default_factory=dict)
    problem: str | None = None


# -- splitting ---------------------------------------------------------------


def _strip_fences(text: str) -> str:
    return _FENCE_RE.sub("", text.strip()).strip()


def _trailing_json_start(raw: str) -> int | None:
    """Where a JSON object that ends the output starts, when the marker was left out."""
    for match in re.finditer(r"(?m)^[ \t]*(?:```[a-zA-Z]*\s*)?\{", raw):
        start = raw.index("{", match.start())
        try:
            obj, end = json.JSONDecoder().raw_decode(raw, start)
        except ValueError:
            # Broken JSON that is plainly ours: let the parser repair it or report it.
            if _JSON_KEY_RE.search(raw, start):
                return match.start()
            continue
        if isinstance(obj, dict) and _JSON_KEYS & set(obj) and not raw[end:].strip(" \t\r\n`"):
            return match.start()
    return None


def split_output(raw: str) -> tuple[str, str | None]:
    """(prose, JSON part or None when there is none)."""
    match = _MARKER_RE.search(raw)
    if match:
        return _clean_prose(raw[: match.start()]), raw[match.end() :]
    start = _trailing_json_start(raw)
    if start is not None:
        return _clean_prose(raw[:start]), raw[start:]
    return _clean_prose(raw), None


def _clean_prose(text: str) -> str:
    text = text.strip()
    if text.endswith("```"):  # a fence opened around the JSON part
        text = text[:-3].rstrip()
    return text


# -- the JSON part -----------------------------------------------------------


def _load_object(tail: str) -> dict[str, Any]:
    text = _strip_fences(tail)
    start = text.find("{")
    if start < 0:
        raise ValueError("no JSON object after the marker")
    decoder = json.JSONDecoder()
    try:
        obj, _ = decoder.raw_decode(text, start)
    except ValueError:
        # The two slips models make most: trailing commas and Python literals.
        repaired = re.sub(r",\s*([}\]])", r"\1", text[start:])
        repaired = re.sub(
            r"\bTrue\b",
            "true",
            re.sub(r"\bFalse\b", "false", re.sub(r"\bNone\b", "null", repaired)),
        )
        obj, _ = decoder.raw_decode(repaired, 0)
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
    return obj


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "yes", "1"}
    return bool(value)


def _as_float(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        text = value.strip()
        negative = text.startswith("(") and text.endswith(")")
        cleaned = re.sub(r"[^\d.\-]", "", text)
        try:
            number = float(cleaned)
        except ValueError:
            return None
        return -abs(number) if negative else number
    return None


def _key_figure(value: Any) -> KeyFigure | None:
    if not isinstance(value, dict):
        return None
    number = _as_float(value.get("value"))
    text = value.get("text")
    text = (
        str(text).strip() if text not in (None, "") else ("" if number is None else f"{number:g}")
    )
    if number is None and not text:
        return None

    def opt(key: str) -> str | None:
        item = value.get(key)
        return (str(item).strip() or None) if item not in (None, "") else None

    scale = opt("scale")
    return KeyFigure(
        value=number, unit=opt("unit"), scale=scale.lower() if scale else None, text=text
    )


def _quotes(value: Any) -> dict[int, str]:
    quotes: dict[int, str] = {}
    if not isinstance(value, list):
        return quotes
    for item in value:
        if not isinstance(item, dict):
            continue
        n_raw = item.get("n")
        n_text = str(n_raw).strip().strip("[]") if n_raw is not None else ""
        if not n_text.isdigit():
            continue
        quote = str(item.get("quote") or "").strip().strip("\"“”'‘’").strip()
        quote = re.sub(r"^(?:\.\.\.|…)\s*|\s*(?:\.\.\.|…)$", "", quote)
        n = int(n_text)
        if n not in quotes or (not quotes[n] and quote):
            quotes[n] = quote
    return quotes


def parse_output(raw: str) -> ParsedOutput:
    prose, tail = split_output(raw)
    if tail is None or not tail.strip(" \t\r\n`"):
        return ParsedOutput(prose=prose, status="missing")
    try:
        obj = _load_object(tail)
    except ValueError as exc:
        logger.info("LLM JSON part unreadable: %s", exc)
        return ParsedOutput(prose=prose, status="malformed", problem=str(exc))
    return ParsedOutput(
        prose=prose,
        status="ok",
        refused=_as_bool(obj.get("refused", False)),
        key_figure=_key_figure(obj.get("key_figure")),
        quotes=_quotes(obj.get("citations")),
    )


# -- streaming ----------------------------------------------------------------


class ProseStreamer:
    """Feeds streamed text through, stopping at the JSON marker.

    Holds back leading whitespace, trailing whitespace and anything that could be
    the start of the marker, so what it emits joins to exactly the parsed prose
    when the model follows the protocol.
    """

    def __init__(self) -> None:
        self._buffer = ""
        self._emitted = 0
        self._done = False

    def feed(self, piece: str) -> str:
        if self._done:
            return ""
        self._buffer += piece
        match = _MARKER_RE.search(self._buffer)
        if match:
            self._done = True
            return self._take(_clean_prose_end(self._buffer[: match.start()]))
        safe = len(self._buffer)
        for size in range(min(len(self._buffer), 40), 0, -1):  # a possible partial marker / fence
            tail = self._buffer[-size:]
            if tail.startswith(("<", "`")) and _could_start_marker(tail):
                safe = len(self._buffer) - size
                break
        return self._take(self._buffer[:safe].rstrip())

    def finish(self) -> str:
        if self._done:
            return ""
        self._done = True
        # No marker: the prose is whatever split_output keeps (a bare trailing JSON object is cut).
        prose, _ = split_output(self._buffer)
        lead = len(self._buffer) - len(self._buffer.lstrip())
        return self._take(self._buffer[: lead + len(prose)])

    def _take(self, upto_text: str) -> str:
        lead = len(upto_text) - len(upto_text.lstrip())
        end = len(upto_text)
        start = max(self._emitted, lead)
        if end <= start:
            return ""
        self._emitted = end
        return upto_text[start:end]


def _clean_prose_end(text: str) -> str:
    text = text.rstrip()
    if text.endswith("```"):
        text = text[:-3].rstrip()
    return text


def _could_start_marker(tail: str) -> bool:
    probe = re.sub(r"\s+", "", tail).upper()
    probe = re.sub(r"^`{1,3}[A-Z]*", "", probe)
    return not probe or MARKER.startswith(probe) or "<<JSON>>".startswith(probe)


# -- citations from prose -------------------------------------------------------


def cited_numbers(text: str) -> list[int]:
    """Source numbers cited as [n] or [n, m], in order of first appearance."""
    seen: list[int] = []
    for match in _CITE_RE.finditer(text):
        for part in re.split(r"[,;]", match.group(1)):
            n = int(part)
            if n not in seen:
                seen.append(n)
    return seen


def split_sentences(text: str) -> list[str]:
    return [sentence for line in text.splitlines() for sentence in sentences_of(line, _SENTENCE_SPLIT_RE)]


def sentence_citing(text: str, n: int) -> str:
    """The sentence of the answer that carries marker [n] (with the one before if it is only a marker)."""
    sentences = split_sentences(text)
    for i, sentence in enumerate(sentences):
        if n in cited_numbers(sentence):
            claim = _CITE_RE.sub(" ", sentence)
            if len(_words(claim)) < 3 and i > 0:
                return f"{sentences[i - 1]} {claim}"
            return claim
    return ""


def _words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(text.lower()) if w not in _STOPWORDS]


def best_quote(source_text: str, claim: str) -> str:
    """The sentence of the source that best overlaps `claim`, verbatim (numbers weigh double)."""
    sentences = split_sentences(source_text)
    if not sentences:
        return source_text.strip()[:MAX_QUOTE_CHARS]
    wanted = set(_words(claim))
    best, best_score = sentences[0], -math.inf
    for sentence in sentences:
        words = _words(sentence)
        shared = wanted & set(words)
        score = sum(2.0 if any(c.isdigit() for c in w) else 1.0 for w in shared) - 0.01 * len(words)
        if score > best_score:
            best, best_score = sentence, score
    if len(best) > MAX_QUOTE_CHARS:  # keep a verbatim prefix, cut at a word boundary
        cut = best[:MAX_QUOTE_CHARS]
        best = cut[: cut.rfind(" ")] if " " in cut else cut
    return best


def locate_quote(source_text: str, quote: str) -> str | None:
    """The exact source span a quote matches, ignoring whitespace, case and quote styles; else None."""
    tokens = quote.split()
    if not tokens:
        return None
    parts = [re.sub(r"[\"“”]", '["“”]', re.sub(r"['‘’]", "['‘’]", re.escape(t))) for t in tokens]
    match = re.search(r"\s+".join(parts), source_text, re.IGNORECASE)
    return match.group(0) if match else None


def looks_like_refusal(text: str) -> bool:
    return bool(_REFUSAL_RE.search(text))
