"""Conversations kept in the library home, one JSON file each, per user (no Streamlit here).

<home>/conversations/<user>/<id>.json holds the turns with their answers (and the passages
the answers were drawn from, so footnotes and the page viewer work after a reload). The
user is the `ui_user` setting, else the OS login, so a shared home keeps histories apart.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.core.settings import Settings
from assistant.core.types import Answer, SearchHit
from assistant.ui.state import Turn

logger = logging.getLogger(__name__)

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
_ID = re.compile(r"^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$")


@dataclass
class ConversationInfo:
    id: str
    title: str
    updated: datetime
    turns: int


def current_user(settings: Settings) -> str:
    """Whose conversations these are: the setting, else the OS login, as a safe folder name."""
    name = settings.ui_user
    if not name:
        try:
            name = getpass.getuser()
        except Exception:  # no login name (some containers)
            name = os.environ.get("USER") or "default"
    return _SAFE.sub("_", name).strip("._") or "default"


def new_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S") + "-" + secrets.token_hex(3)


def _turn_to_json(turn: Turn) -> dict[str, Any]:
    data: dict[str, Any] = {"role": turn.role, "text": turn.text, "error": turn.error, "filters": turn.filters}
    if turn.answer is not None:
        data["answer"] = turn.answer.model_dump(mode="json")
        data["retrieved"] = [h.model_dump(mode="json") for h in turn.answer.retrieved]
    return data


def _turn_from_json(data: dict[str, Any]) -> Turn:
    answer = None
    if data.get("answer") is not None:
        answer = Answer.model_validate(data["answer"])
        answer.retrieved = [SearchHit.model_validate(h) for h in data.get("retrieved") or []]
    return Turn(
        role=str(data.get("role", "user")),
        text=str(data.get("text", "")),
        answer=answer,
        error=data.get("error"),
        filters=dict(data.get("filters") or {}),
    )


class ConversationStore:
    """Save, list, load and delete one user's conversations."""

    def __init__(self, settings: Settings, user: str | None = None):
        self.user = user or current_user(settings)
        self.folder = settings.home / "conversations" / self.user

    def _path(self, conversation_id: str) -> Path:
        if not _ID.match(conversation_id):
            raise ValueError(f"not a conversation id: {conversation_id!r}")
        return self.folder / f"{conversation_id}.json"

    def save(self, conversation_id: str, turns: list[Turn]) -> Path:
        path = self._path(conversation_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        title = next((t.text for t in turns if t.role == "user" and t.text), "Conversation")
        payload = {
            "id": conversation_id,
            "title": title,
            "updated": datetime.now(UTC).isoformat(),
            "turns": [_turn_to_json(t) for t in turns],
        }
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)  # atomic: a reload never reads half a file
        return path

    def load(self, conversation_id: str) -> list[Turn] | None:
        try:
            path = self._path(conversation_id)
            data = json.loads(path.read_text(encoding="utf-8"))
            return [_turn_from_json(t) for t in data.get("turns", [])]
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            logger.warning("conversation %s cannot be read: %s", conversation_id, exc)
            return None

    def delete(self, conversation_id: str) -> bool:
        try:
            self._path(conversation_id).unlink()
            return True
        except (FileNotFoundError, ValueError):
            return False

    def list(self, limit: int = 30) -> list[ConversationInfo]:
        """Newest first."""
        found: list[ConversationInfo] = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.glob("*.json"):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                found.append(
                    ConversationInfo(
                        id=str(data["id"]),
                        title=str(data.get("title") or "Conversation"),
                        updated=datetime.fromisoformat(str(data["updated"])),
                        turns=len(data.get("turns", [])),
                    )
                )
            except (OSError, ValueError, KeyError) as exc:
                logger.warning("skipping unreadable conversation %s: %s", path, exc)
        found.sort(key=lambda c: c.updated, reverse=True)
        return found[:limit]


def answer_with_citations(answer: Answer, *, start: int = 1) -> tuple[str, list[str]]:
    """(answer text with [n] as Markdown footnote refs, the footnote lines), numbered from `start`."""
    from assistant.ui.markup import MARKER, display_title, marker_numbers

    numbers = {c.n: start + i for i, c in enumerate(answer.citations)}

    def ref(m: re.Match[str]) -> str:
        return "".join(f"[^{numbers[n]}]" if n in numbers else f"[{n}]" for n in marker_numbers(m.group(1)))

    text = MARKER.sub(ref, answer.answer)
    notes = [
        f"[^{numbers[c.n]}]: {display_title(c.title)}, page {c.page}: “{' '.join(c.quote.split())}”" for c in answer.citations
    ]
    return text, notes


def to_markdown(turns: list[Turn], title: str | None = None) -> str:
    """The conversation as Markdown: questions as headings, answers with footnotes."""
    lines: list[str] = [f"# {title or 'Footnote conversation'}", ""]
    notes: list[str] = []
    for turn in turns:
        if turn.role == "user":
            lines += [f"## {turn.text}", ""]
        elif turn.error:
            lines += [f"> Error: {turn.error}", ""]
        elif turn.answer is not None:
            text, own = answer_with_citations(turn.answer, start=len(notes) + 1)
            lines += [text.strip() or "(no answer)", ""]
            if turn.answer.standalone_question:
                lines += [f"*Searched for: {turn.answer.standalone_question}*", ""]
            notes += own
    if notes:
        lines += ["---", "", *notes, ""]
    return "\n".join(lines)
