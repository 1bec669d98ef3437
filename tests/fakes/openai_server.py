"""A scripted OpenAI-compatible chat server on 127.0.0.1, for tests over real HTTP.

    with ScriptedOpenAIServer([Reply.text("Hello [1].")]) as srv:
        settings = Settings(llm="openai:test-model", llm_base_url=srv.base_url)
        ...
        srv.requests[0]["messages"]  # what the model saw

Implements POST /v1/chat/completions (plain JSON and SSE streaming, with a
usage chunk when `stream_options.include_usage` is set) and GET /v1/models.
Replies come from a queue, else from a handler callable(request_json) -> Reply.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

ReplyKind = Literal["text", "error", "malformed"]


@dataclass
class Reply:
    """One scripted answer. Build with the class methods."""

    kind: ReplyKind = "text"
    content: str = ""
    status: int = 200
    body: str = ""
    delay_s: float = 0.0
    chunks: list[str] | None = None
    usage: dict[str, int] | None = None
    stall_after_first_chunk_s: float = 0.0

    @classmethod
    def text(
        cls,
        content: str,
        *,
        usage: dict[str, int] | None = None,
        chunks: list[str] | None = None,
        delay_s: float = 0.0,
    ) -> Reply:
        """Assistant message `content`; streamed as `chunks` (default: word by word)."""
        return cls(kind="text", content=content, usage=usage, chunks=chunks, delay_s=delay_s)

    @classmethod
    def error(cls, status: int = 500, message: str = "scripted server error") -> Reply:
        return cls(kind="error", status=status, content=message)

    @classmethod
    def delay(cls, seconds: float, then: str = "too late") -> Reply:
        """Wait `seconds` before answering (to trigger client timeouts)."""
        return cls(kind="text", content=then, delay_s=seconds)

    @classmethod
    def stall(cls, content: str, seconds: float) -> Reply:
        """Stream the first chunk, then go silent for `seconds` (a read timeout mid-stream)."""
        return cls(kind="text", content=content, stall_after_first_chunk_s=seconds)

    @classmethod
    def malformed(cls, body: str = '{"choices": [ this is not json') -> Reply:
        """HTTP 200 with a body that is not a valid completion."""
        return cls(kind="malformed", body=body)


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # names lower-cased
    body: dict[str, Any] | None


def _word_chunks(text: str) -> list[str]:
    # Whitespace stays attached to the word before it, as real tokenizers roughly do.
    return re.findall(r"\S+\s*|\s+", text) or [text]


def _rough_tokens(text: str) -> int:
    return max(1, len(text) // 4)


@dataclass
class _State:
    queue: deque[Reply | str] = field(default_factory=deque)
    handler: Callable[[dict[str, Any]], Reply | str] | None = None
    model: str = "test-model"
    requests: list[RecordedRequest] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    closing: threading.Event = field(default_factory=threading.Event)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
        return

    # -- plumbing -----------------------------------------------------------
    def _send(self, status: int, body: str, content_type: str = "application/json") -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _record(self, body: dict[str, Any] | None) -> None:
        state = self.server.state
        with state.lock:
            state.requests.append(
                RecordedRequest(
                    self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body
                )
            )

    def _next_reply(self, body: dict[str, Any]) -> Reply:
        state = self.server.state
        with state.lock:
            item: Reply | str | None = state.queue.popleft() if state.queue else None
        if item is None and state.handler is not None:
            item = state.handler(body)
        if item is None:
            state.problems.append("request arrived with no scripted reply left")
            return Reply.error(500, "ScriptedOpenAIServer: no scripted reply left")
        return Reply.text(item) if isinstance(item, str) else item

    # -- routes -------------------------------------------------------------
    def do_GET(self) -> None:
        self._record(None)
        if self.path.rstrip("/") == "/v1/models":
            model = {
                "id": self.server.state.model,
                "object": "model",
                "created": 0,
                "owned_by": "tests",
            }
            self._send(200, json.dumps({"object": "list", "data": [model]}))
        else:
            self._send(404, json.dumps({"error": {"message": f"no route {self.path}"}}))

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode() if length else ""
        try:
            body = json.loads(raw) if raw else {}
        except json.JSONDecodeError:
            body = {"_unparsed": raw}
        self._record(body)
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._send(404, json.dumps({"error": {"message": f"no route {self.path}"}}))
            return
        reply = self._next_reply(body)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
            self._answer(reply, body)

    def _answer(self, reply: Reply, body: dict[str, Any]) -> None:
        state = self.server.state
        if reply.delay_s and state.closing.wait(reply.delay_s):
            return
        if reply.kind == "error":
            error = {
                "error": {"message": reply.content, "type": "server_error", "code": reply.status}
            }
            self._send(reply.status, json.dumps(error))
            return
        if reply.kind == "malformed":
            if body.get("stream"):
                self._start_sse()
                self._sse_line(reply.body)
                self._sse_line("[DONE]")
                self._end_sse()
            else:
                self._send(200, reply.body)
            return
        prompt = sum(_rough_tokens(str(m.get("content", ""))) for m in body.get("messages", []))
        usage = reply.usage or {
            "prompt_tokens": prompt,
            "completion_tokens": _rough_tokens(reply.content),
            "total_tokens": prompt + _rough_tokens(reply.content),
        }
        model = str(body.get("model") or state.model)
        if body.get("stream"):
            self._stream(
                reply, model, usage, bool((body.get("stream_options") or {}).get("include_usage"))
            )
        else:
            completion = {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": reply.content},
                        "finish_reason": "stop",
                    }
                ],
                "usage": usage,
            }
            self._send(200, json.dumps(completion))

    def _start_sse(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

    def _sse_line(self, payload: str) -> None:
        data = f"data: {payload}\n\n".encode()
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _end_sse(self) -> None:
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _stream(self, reply: Reply, model: str, usage: dict[str, int], include_usage: bool) -> None:
        base = {
            "id": "chatcmpl-test",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": model,
        }

        def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
            choice = {"index": 0, "delta": delta, "finish_reason": finish}
            return json.dumps({**base, "choices": [choice]})

        self._start_sse()
        self._sse_line(chunk({"role": "assistant", "content": ""}))
        pieces = reply.chunks if reply.chunks is not None else _word_chunks(reply.content)
        for i, piece in enumerate(pieces):
            self._sse_line(chunk({"content": piece}))
            stall = reply.stall_after_first_chunk_s if i == 0 else 0.0
            if stall and self.server.state.closing.wait(stall):
                return
        self._sse_line(chunk({}, "stop"))
        if include_usage:
            self._sse_line(json.dumps({**base, "choices": [], "usage": usage}))
        self._sse_line("[DONE]")
        self._end_sse()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, state: _State) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = state


class ScriptedOpenAIServer:
    """OpenAI-compatible server answering from a script; see the module docstring."""

    def __init__(
        self,
        replies: Iterable[Reply | str] = (),
        handler: Callable[[dict[str, Any]], Reply | str] | None = None,
        model: str = "test-model",
    ) -> None:
        self._state = _State(queue=deque(replies), handler=handler, model=model)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def push(self, *replies: Reply | str) -> None:
        with self._state.lock:
            self._state.queue.extend(replies)

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("server not started")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def requests(self) -> list[dict[str, Any]]:
        """JSON bodies of the chat-completion requests received, in order."""
        with self._state.lock:
            return [
                r.body
                for r in self._state.requests
                if r.method == "POST"
                and r.path.rstrip("/") == "/v1/chat/completions"
                and r.body is not None
            ]

    @property
    def recorded(self) -> list[RecordedRequest]:
        """Every request (any route), with headers."""
        with self._state.lock:
            return list(self._state.requests)

    @property
    def problems(self) -> list[str]:
        return list(self._state.problems)

    def start(self) -> ScriptedOpenAIServer:
        self._server = _Server(self._state)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},  # shutdown() waits up to one poll
            name="scripted-openai",
            daemon=True,
        )
        self._thread.start()
        return self

    def close(self) -> None:
        self._state.closing.set()  # wake handlers sleeping in a delay
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> ScriptedOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
