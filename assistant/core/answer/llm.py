"""Answers from a chat model, with inline [n] citations, streamed, within a token budget.

The sources reach the model as numbered, delimited data inside the user message;
the instructions live only in the system message (prompts.toml). The model writes
prose first (streamed as it arrives), then `<<<JSON>>>` and a JSON object with the
refusal flag, the key figure and a verbatim quote per citation; see llm_output.py.
Verification of quotes and numbers is the caller's job (assistant.core.verify).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant.core.answer.llm_output import (
    ProseStreamer,
    best_quote,
    cited_numbers,
    locate_quote,
    looks_like_refusal,
    parse_output,
    sentence_citing,
    split_sentences,
)
from assistant.core.answer.llm_sources import (
    doc_label,
    neutralise_tags,
    page_label,
    strip_markers,
    trim_to_tokens,
)
from assistant.core.llm import unavailable_error
from assistant.core.prompts import Prompts, prompts
from assistant.core.tokens import count_tokens
from assistant.core.types import Answer, Citation, SearchHit

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.core.settings import Settings

logger = logging.getLogger(__name__)

# OpenAI's accounting: each message costs a few tokens of framing, the reply a few more.
MESSAGE_OVERHEAD_TOKENS = 4
REPLY_PRIMING_TOKENS = 3
# A source trimmed below this is not worth sending: it would rarely hold the answer.
MIN_TRIMMED_SOURCE_TOKENS = 100
MAX_HISTORY_TURNS = 4
HISTORY_ANSWER_CHARS = 1500
REFUSAL_TEXT = "The documents do not say."

History = Sequence[tuple[str, str]]


@dataclass
class PreparedPrompt:
    """What will be sent: the messages, the hits numbered 1..k in them, and the token count."""

    messages: list[BaseMessage]
    hits: list[SearchHit]
    prompt_tokens: int
    dropped: int
    trimmed: int


class QuestionTooLongError(ValueError):
    """The question alone fills the model's context budget: no source would fit beside it."""


def _message_tokens(text: str) -> int:
    return count_tokens(text) + MESSAGE_OVERHEAD_TOKENS


def _text_of(message: BaseMessage) -> str:
    return str(message.text)


class LLMAnswerer:
    """Answers questions from retrieved passages with a LangChain chat model."""

    def __init__(
        self, model: BaseChatModel, settings: Settings, prompt_set: Prompts | None = None
    ) -> None:
        self.model = model
        self.settings = settings
        self.prompts = prompt_set or prompts()

    # -- prompt -------------------------------------------------------------------
    def _source_block(self, n: int, hit: SearchHit, text: str) -> str:
        return self.prompts.render(
            "answer.source",
            n=n,
            doc=doc_label(hit),
            page=page_label(hit),
            text=neutralise_tags(text),
        )

    def _history_messages(self, history: History | None, room: int) -> list[BaseMessage]:
        turns: list[list[BaseMessage]] = []
        for question, answer in list(history or [])[-MAX_HISTORY_TURNS:]:
            turns.append(
                [
                    HumanMessage(question.strip()),
                    AIMessage(strip_markers(answer)[:HISTORY_ANSWER_CHARS]),
                ]
            )
        # Oldest turns go first: sources matter more than old conversation.
        while turns and sum(_message_tokens(_text_of(m)) for t in turns for m in t) > room:
            turns.pop(0)
        return [m for t in turns for m in t]

    def prepare(
        self, question: str, hits: Sequence[SearchHit], history: History | None = None
    ) -> PreparedPrompt:
        """Build the messages within llm_context_tokens - llm_max_answer_tokens."""
        budget = self.settings.llm_context_tokens - self.settings.llm_max_answer_tokens
        system = self.prompts.render("answer.system")

        def user(sources: str) -> str:
            return self.prompts.render("answer.user", sources=sources, question=question.strip())

        fixed = _message_tokens(system) + _message_tokens(user("")) + REPLY_PRIMING_TOKENS
        history_messages = self._history_messages(history, max(0, min(budget // 4, budget - fixed)))
        remaining = budget - fixed - sum(_message_tokens(_text_of(m)) for m in history_messages)
        if remaining <= 0:
            logger.warning(
                "prompt without sources already uses %d of %d tokens", budget - remaining, budget
            )

        blocks: list[str] = []
        sent: list[SearchHit] = []
        trimmed = 0
        for hit in hits:
            n = len(blocks) + 1
            block = self._source_block(n, hit, hit.text)
            cost = count_tokens(block) + 1  # +1: the newline joining blocks
            if cost <= remaining:
                blocks.append(block)
                sent.append(hit)
                remaining -= cost
                continue
            # Lower-ranked sources are dropped; one that only partly fits is trimmed if enough fits.
            room = remaining - count_tokens(self._source_block(n, hit, "")) - 1
            if room >= MIN_TRIMMED_SOURCE_TOKENS:
                blocks.append(self._source_block(n, hit, trim_to_tokens(hit.text, room)))
                sent.append(hit)
                trimmed += 1
            break

        while True:
            sources = "\n".join(blocks) if blocks else self.prompts.render("answer.no_sources")
            messages: list[BaseMessage] = [
                SystemMessage(system),
                *history_messages,
                HumanMessage(user(sources)),
            ]
            total = sum(_message_tokens(_text_of(m)) for m in messages) + REPLY_PRIMING_TOKENS
            # Token counts are not exactly additive across block boundaries: re-check the whole.
            if total <= budget or len(blocks) <= 1:
                break
            blocks.pop()
            sent.pop()
        if hits and not sent:
            # Sending the question with no sources would answer from nothing: refuse instead.
            raise QuestionTooLongError(
                f"the question ({count_tokens(question)} tokens) leaves no room for any source in the "
                f"model's budget of {budget} tokens (FOOTNOTE_LLM_CONTEXT_TOKENS minus "
                "FOOTNOTE_LLM_MAX_ANSWER_TOKENS); shorten the question or raise FOOTNOTE_LLM_CONTEXT_TOKENS"
            )
        dropped = len(hits) - len(sent)
        if dropped or trimmed:
            logger.info(
                "context budget %d tokens: sent %d of %d sources (%d trimmed)",
                budget,
                len(sent),
                len(hits),
                trimmed,
            )
        return PreparedPrompt(messages, sent, total, dropped, trimmed)

    # -- calls ----------------------------------------------------------------------
    def _invoke(self, messages: list[BaseMessage]) -> tuple[str, dict[str, Any] | None]:
        try:
            message = self.model.invoke(messages)
        except Exception as exc:  # any provider failure becomes one clear error
            raise unavailable_error(exc, self.settings) from exc
        usage = getattr(message, "usage_metadata", None)
        return _text_of(message), dict(usage) if usage else None

    def _stream(
        self,
        messages: list[BaseMessage],
        on_token: Callable[[str], None],
        timings: dict[str, float],
    ) -> tuple[str, dict[str, Any] | None]:
        start = time.perf_counter()
        streamer = ProseStreamer()
        pieces: list[str] = []
        usage: dict[str, Any] | None = None
        iterator = iter(self.model.stream(messages))
        while True:
            try:
                chunk = next(iterator)
            except StopIteration:
                break
            except Exception as exc:  # raised mid-stream too (read timeouts)
                raise unavailable_error(exc, self.settings) from exc
            if chunk.usage_metadata:
                usage = dict(chunk.usage_metadata)
            piece = _text_of(chunk)
            pieces.append(piece)
            out = streamer.feed(piece)
            if out:
                timings.setdefault("llm_first_token", (time.perf_counter() - start) * 1000)
                # Outside the try: a failing callback is the caller's error, not the model's.
                on_token(out)
        out = streamer.finish()
        if out:
            timings.setdefault("llm_first_token", (time.perf_counter() - start) * 1000)
            on_token(out)
        return "".join(pieces), usage

    # -- public ------------------------------------------------------------------------
    def answer(
        self,
        question: str,
        hits: list[SearchHit],
        history: list[tuple[str, str]] | None = None,
        on_token: Callable[[str], None] | None = None,
    ) -> Answer:
        """Answer `question` from `hits` (best first). Raises LLMUnavailableError if the model fails."""
        started = time.perf_counter()
        prepared = self.prepare(question, hits, history)
        timings: dict[str, float] = {}
        if on_token is None:
            raw, usage_meta = self._invoke(prepared.messages)
        else:
            raw, usage_meta = self._stream(prepared.messages, on_token, timings)
        timings["llm"] = (time.perf_counter() - started) * 1000
        answer = self.build_answer(question, raw, prepared)
        answer.timings_ms.update(timings)
        answer.usage.update(self._usage(prepared, raw, usage_meta))
        return answer

    def build_answer(self, question: str, raw: str, prepared: PreparedPrompt) -> Answer:
        """Turn the model's raw output into an Answer (no I/O; the same for streamed and plain calls)."""
        parsed = parse_output(raw)
        prose = parsed.prose
        markers = cited_numbers(prose)
        by_n = {i + 1: hit for i, hit in enumerate(prepared.hits)}
        notices: list[str] = []

        citations: list[Citation] = []
        for n in markers + [n for n in parsed.quotes if n not in markers]:
            hit = by_n.get(n)
            if hit is None:  # the [n] stays in the text: verification reports it
                logger.info("answer cites [%d] but only %d sources were given", n, len(by_n))
                continue
            quote = parsed.quotes.get(n, "")
            if quote:
                quote = locate_quote(hit.text, quote) or quote
            else:
                quote = best_quote(hit.text, sentence_citing(prose, n))
            citations.append(
                Citation(
                    n=n,
                    doc_id=hit.doc_id,
                    title=hit.title,
                    source=hit.source,
                    page=hit.page,
                    quote=quote,
                    score=hit.score,
                    chunk_id=hit.chunk_id,
                )
            )

        prose_refusal = looks_like_refusal(prose)
        if parsed.status == "ok":
            refused = parsed.refused or (prose_refusal and not markers)
        else:
            first = split_sentences(prose)[:1]
            refused = prose_refusal and (
                not markers or (bool(first) and looks_like_refusal(first[0]))
            )
        if parsed.status == "malformed":
            notices.append(
                "The model's structured output could not be read; citations were rebuilt from the [n] markers."
            )
        if not prose:
            if refused:
                prose = REFUSAL_TEXT
            else:
                notices.append("The model returned an empty answer.")
        if prepared.dropped:
            notices.append(
                f"Only the top {len(prepared.hits)} of {len(prepared.hits) + prepared.dropped} passages fit "
                "the model's context budget."
            )
        return Answer(
            question=question,
            answer=prose,
            mode="llm",
            refused=refused,
            key_figure=None if refused else parsed.key_figure,
            citations=citations,
            notice=" ".join(notices) or None,
            retrieved=list(prepared.hits),
        )

    def _usage(
        self, prepared: PreparedPrompt, raw: str, meta: dict[str, Any] | None
    ) -> dict[str, int]:
        prompt_tokens = int(meta.get("input_tokens") or 0) if meta else 0
        completion_tokens = int(meta.get("output_tokens") or 0) if meta else 0
        prompt_tokens = prompt_tokens or prepared.prompt_tokens
        completion_tokens = completion_tokens or count_tokens(raw)
        return {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
            "sources_sent": len(prepared.hits),
            "sources_dropped": prepared.dropped,
        }

    def rewrite_question(self, question: str, history: list[tuple[str, str]] | None) -> str:
        """A follow-up rewritten into a standalone question; unchanged (and no call) without history."""
        if not history:
            return question
        turns = [
            self.prompts.render("rewrite.turn", question=q.strip(), answer=strip_markers(a)[:600])
            for q, a in history[-MAX_HISTORY_TURNS:]
        ]
        messages: list[BaseMessage] = [
            SystemMessage(self.prompts.render("rewrite.system")),
            HumanMessage(
                self.prompts.render(
                    "rewrite.user", history="\n\n".join(turns), question=question.strip()
                )
            ),
        ]
        raw, _ = self._invoke(messages)
        return _clean_rewrite(raw, question)


def _clean_rewrite(raw: str, question: str) -> str:
    lines = [line.strip() for line in raw.strip().splitlines() if line.strip()]
    if not lines:
        return question
    text = re.sub(r"^(?:standalone question|question)\s*:\s*", "", lines[0], flags=re.IGNORECASE)
    text = text.strip().strip("\"“”'‘’`").strip()
    # A rambling reply is not a question: keep the user's words rather than guess.
    if not text or len(text) > 4 * len(question) + 300:
        return question
    return text
