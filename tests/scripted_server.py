"""A scripted OpenAI-compatible HTTP server for offline tests (real sockets, real ``openai``).

The server listens on ``127.0.0.1`` on an ephemeral port in a background thread. Every request
is recorded in :attr:`ScriptedServer.hits`; the answer is the next scripted :class:`Reply` from a
queue, else whatever :attr:`ScriptedServer.responder` builds from the request, else a 500 saying
the script ran out (so a test that makes one call too many fails loudly).

Typical use (the ``scripted_server`` fixture in ``tests/conftest.py`` starts and stops one)::

    server.push_completion('{"answer": 42}')        # 200, a chat completion with that content
    server.push(429, {"error": {"message": "slow down"}}, {"Retry-After": "1"})
    server.push(200, "<html>bad gateway</html>")    # a str/bytes body is sent raw (text/html)
    server.push_completion(GOOD, delay=1.0)         # answer after 1 s (timeout tests)
    server.responder = lambda hit: Reply.completion(answer_for(hit.json))  # content-based
    server.latency = 0.05                           # extra delay on every request (benchmarks)

    config = LLMConfig(base_url=server.base_url, api_key="test", model="m")
    ...
    assert len(server.hits) == 2
    assert server.hits[0].json["response_format"]["type"] == "json_schema"
    assert server.max_in_flight <= 4

API: :class:`ScriptedServer` (``base_url``, ``hits``, ``push``, ``push_completion`` (alias
``push_json``), ``push_reply``, ``pending``, ``responder``, ``latency``, ``max_in_flight``,
``close``), :class:`Reply` (``Reply.completion(...)`` builds a chat-completion reply; also handy
inside a responder), :class:`Hit` (``method``, ``path``, ``headers``, ``json``).
The responder runs on the server's request threads: keep it thread-safe.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

__all__ = ["DEFAULT_USAGE", "Hit", "Reply", "ScriptedServer"]

DEFAULT_USAGE: Mapping[str, int] = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}


@dataclass(frozen=True)
class Hit:
    """One recorded request; ``headers`` keys are lower-case, ``json`` is the parsed body or None."""

    method: str
    path: str
    headers: dict[str, str]
    json: Any


@dataclass(frozen=True)
class Reply:
    """A scripted answer: a dict/list body is sent as JSON, a str/bytes body raw as text/html."""

    status: int = 200
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0

    @classmethod
    def completion(
        cls,
        content: str | None,
        *,
        finish_reason: str | None = "stop",
        usage: Mapping[str, Any] | None = DEFAULT_USAGE,
        reasoning_content: str | None = None,
        refusal: str | None = None,
        delay: float = 0.0,
    ) -> Reply:
        """A 200 chat completion with one choice; ``usage=None`` omits the usage block."""
        message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": refusal}
        if reasoning_content is not None:
            message["reasoning_content"] = reasoning_content
        body: dict[str, Any] = {
            "id": "chatcmpl-scripted",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": "scripted",
            "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
        }
        if usage is not None:
            body["usage"] = dict(usage)
        return cls(200, body, delay=delay)

    def encode(self) -> tuple[bytes, str]:
        """The body bytes and their content type."""
        if isinstance(self.body, (dict, list)):
            return json.dumps(self.body, ensure_ascii=False).encode(), "application/json"
        if isinstance(self.body, str):
            return self.body.encode(), "text/html; charset=utf-8"
        return bytes(self.body or b""), "text/html; charset=utf-8"


Responder = Callable[[Hit], Reply]


class ScriptedServer:
    """An OpenAI-compatible server answering from a script; see the module docstring."""

    def __init__(self) -> None:
        self.hits: list[Hit] = []
        self.responder: Responder | None = None
        self.latency: float = 0.0
        self.max_in_flight = 0
        self._in_flight = 0
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = True
        # a short poll interval keeps close() (and so every test's teardown) fast
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.02,), daemon=True
        )
        self._thread.start()

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL, e.g. ``http://127.0.0.1:54321/v1``."""
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def push(
        self,
        status: int = 200,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        *,
        delay: float = 0.0,
    ) -> None:
        """Queue one raw reply (dict/list → JSON, str/bytes → sent as-is)."""
        self.push_reply(Reply(status, body, dict(headers or {}), delay))

    def push_completion(
        self,
        content: str | None,
        *,
        finish_reason: str | None = "stop",
        usage: Mapping[str, Any] | None = DEFAULT_USAGE,
        reasoning_content: str | None = None,
        refusal: str | None = None,
        delay: float = 0.0,
    ) -> None:
        """Queue a 200 chat completion whose message content is ``content``."""
        self.push_reply(
            Reply.completion(
                content,
                finish_reason=finish_reason,
                usage=usage,
                reasoning_content=reasoning_content,
                refusal=refusal,
                delay=delay,
            )
        )

    push_json = push_completion

    def push_reply(self, reply: Reply) -> None:
        """Queue a prepared :class:`Reply`."""
        with self._lock:
            self._queue.append(reply)

    @property
    def pending(self) -> int:
        """How many scripted replies have not been served yet."""
        with self._lock:
            return len(self._queue)

    def close(self) -> None:
        """Stop serving and release the port."""
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ScriptedServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _answer(self, hit: Hit) -> Reply:
        with self._lock:
            self.hits.append(hit)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            reply = self._queue.popleft() if self._queue else None
        try:
            if reply is None and self.responder is not None:
                reply = self.responder(hit)
            if reply is None:
                reply = Reply(500, {"error": {"message": "scripted server: script exhausted"}})
            time.sleep(self.latency + reply.delay)
            return reply
        finally:
            with self._lock:
                self._in_flight -= 1


def _make_handler(server: ScriptedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in separate writes: with Nagle's algorithm on, the body waits
        # for the client's delayed ACK (~40 ms per request), which is no part of what we measure.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            self._serve()

        def do_POST(self) -> None:
            self._serve()

        def _serve(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                parsed = json.loads(raw) if raw else None
            except ValueError:
                parsed = None
            headers = {k.lower(): v for k, v in self.headers.items()}
            reply = server._answer(Hit(self.command, self.path, headers, parsed))
            body, content_type = reply.encode()
            try:
                self.send_response(reply.status)
                if not any(name.lower() == "content-type" for name in reply.headers):
                    self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test) - nothing to answer

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output quiet

    return Handler
