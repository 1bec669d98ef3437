"""The eval's resumable answer cache: an append-only JSONL of answers keyed by (question, the
settings that shape answers, the library's documents, the answering code's fingerprint), so an
interrupted run resumes where it stopped (split out of `eval.runner`, which re-exports it)."""

from __future__ import annotations

import hashlib
import json
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.core.settings import ANSWER_SHAPING
from assistant.core.types import Answer, SearchHit, Withheld

if TYPE_CHECKING:
    from assistant.api import Library


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the code that shapes answers (the core and ingest, not the CLI or the UI)."""
    import assistant.core
    import ingest

    h = hashlib.sha256()
    for pkg_dir in (Path(assistant.core.__file__).parent, Path(ingest.__file__).parent):
        root = pkg_dir.parent
        for path in sorted(pkg_dir.rglob("*")):
            if path.suffix in (".py", ".toml") and path.is_file():
                h.update(str(path.relative_to(root)).encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def run_fingerprint(library: Library) -> str:
    shaping = library.settings.section(*ANSWER_SHAPING)
    state = {
        "settings": shaping,
        "collection": library.collection,
        "documents": sorted(library.committed().items()),
        "code": code_fingerprint(),
    }
    return hashlib.sha256(json.dumps(state, sort_keys=True, default=str).encode()).hexdigest()[:24]


class AnswerCache:
    """Append-only JSONL of answers; the last line for a key wins. Thread-safe."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._records: dict[str, dict[str, Any]] = {}
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut short by an interrupted run
                if isinstance(record, dict) and "key" in record:
                    self._records[str(record["key"])] = record

    @staticmethod
    def key(*parts: str) -> str:
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]

    def get_answer(self, key: str) -> Answer | None:
        record = self._records.get(key)
        if record is None or "answer" not in record:
            return None
        try:
            answer = Answer.model_validate(record["answer"])
            answer.retrieved = [SearchHit.model_validate(h) for h in record.get("retrieved", [])]
            if record.get("withheld"):  # measurement only, kept out of the answer's JSON
                answer.withheld = Withheld.model_validate(record["withheld"])
        except ValueError:
            return None
        return answer

    def put_answer(self, key: str, qid: str, answer: Answer) -> None:
        record = {
            "key": key,
            "id": qid,
            "answer": answer.model_dump(mode="json"),
            "retrieved": [h.model_dump(mode="json") for h in answer.retrieved],
            "withheld": answer.withheld.model_dump(mode="json") if answer.withheld is not None else None,
        }
        self._append(record)

    def get(self, key: str) -> dict[str, Any] | None:
        return self._records.get(key)

    def put(self, key: str, record: dict[str, Any]) -> None:
        self._append({"key": key, **record})

    def _append(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False)
        with self._lock:
            self._records[str(record["key"])] = record
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line + "\n")
