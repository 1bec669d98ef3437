"""An optional LLM judge for text answers, reported apart from the deterministic score.

The prompt lives in assistant/prompts.toml as `judge.user` (fields: question, expected,
answer). Until it is there, `judge_prompt` returns None and no row is judged.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

logger = logging.getLogger(__name__)

JUDGE_TEMPLATE = "judge.user"


@dataclass(frozen=True)
class JudgeResult:
    verdict: Literal["right", "wrong"] | None  # None: the reply could not be read
    reason: str


def judge_prompt(question: str, expected: str, answer: str) -> str | None:
    """The filled judge prompt, or None when prompts.toml has no judge template yet."""
    from assistant.core.prompts import PromptError, prompts

    try:
        return prompts().render(JUDGE_TEMPLATE, question=question, expected=expected, answer=answer)
    except PromptError as exc:
        logger.info("no LLM judge: %s", exc)
        return None


def parse_judge_reply(text: str) -> JudgeResult:
    """Read {"verdict": "correct"|"incorrect", "reason": ...}; a bare CORRECT/INCORRECT also works."""
    match = re.search(r"\{.*\}", text, re.DOTALL)
    if match:
        try:
            data = json.loads(match.group(0))
        except json.JSONDecodeError:
            data = None
        if isinstance(data, dict):
            verdict = str(data.get("verdict", "")).strip().lower()
            reason = str(data.get("reason", "")).strip()
            if verdict in ("correct", "right", "yes", "true"):
                return JudgeResult("right", reason)
            if verdict in ("incorrect", "wrong", "no", "false"):
                return JudgeResult("wrong", reason)
    word = re.search(r"\b(incorrect|correct)\b", text, re.IGNORECASE)
    if word:
        verdict_word = word.group(1).lower()
        return JudgeResult("right" if verdict_word == "correct" else "wrong", text.strip()[:300])
    return JudgeResult(None, f"unreadable judge reply: {text.strip()[:200]!r}")


def run_judge(chat: BaseChatModel, prompt: str) -> JudgeResult:
    """Ask `chat` to grade one answer with the filled `prompt`."""
    from langchain_core.messages import HumanMessage

    message = chat.invoke([HumanMessage(prompt)])
    content = message.content
    if isinstance(content, str):
        text = content
    else:  # content blocks: keep their text
        text = " ".join(str(p.get("text", "")) if isinstance(p, dict) else str(p) for p in content)
    return parse_judge_reply(text)
