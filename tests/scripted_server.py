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

Streaming: a request with ``"stream": true`` gets a chat-completion reply as server-sent events,
the content in pieces of ``Reply.piece`` characters ``Reply.chunk_delay`` seconds apart (after
``Reply.pings`` keep-alive comments, as a busy llama-cpp-python server sends them), then the
finish reason, the usage (when ``stream_options.include_usage`` asks for it) and ``[DONE]``.
``Reply.completion(..., finish_reason=None)`` streams an answer cut off without a finish reason;
``Reply.events([...])`` sends raw ``data:`` events. Any other reply is sent as it is.

API: :class:`ScriptedServer` (``base_url``, ``hits``, ``push``, ``push_completion`` (alias
``push_json``), ``push_reply``, ``pending``, ``responder``, ``latency``, ``max_in_flight``,
``duplicates_in_flight`` (requests that arrived while an identical one was still being answered),
``disconnects`` (streams the client closed early), ``wait_idle``, ``close``), :class:`Reply`
(``Reply.completion(...)`` builds a chat-completion reply; also handy inside a responder),
:class:`Hit` (``method``, ``path``, ``headers``, ``json``).
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
    """A scripted answer: a dict/list body is sent as JSON, a str/bytes body raw as text/html.

    ``delay`` is the wait before the reply starts; a streamed reply then waits ``chunk_delay``
    before each piece of ``piece`` characters."""

    status: int = 200
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    chunk_delay: float = 0.0
    piece: int = 40
    pings: int = 0  # keep-alive comments before a streamed answer
    sse: tuple[str, ...] | None = None  # raw events, sent as they are

    @classmethod
    def events(cls, data: list[Any], *, chunk_delay: float = 0.0) -> Reply:
        """A 200 event stream of these ``data:`` payloads (dicts as JSON), without ``[DONE]``."""
        encoded = tuple(d if isinstance(d, str) else json.dumps(d, ensure_ascii=False) for d in data)
        return cls(200, None, chunk_delay=chunk_delay, sse=encoded)

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
        chunk_delay: float = 0.0,
        piece: int = 40,
        pings: int = 0,
    ) -> Reply:
        """A 200 chat completion with one choice; ``usage=None`` omits the usage block.
        Streamed, it starts with ``pings`` keep-alive comments, as a busy server sends them."""
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
        return cls(200, body, delay=delay, chunk_delay=chunk_delay, piece=piece, pings=pings)

    def stream_events(self, hit: Hit) -> list[str] | None:
        """The ``data:`` payloads of this reply streamed to ``hit``, or None to send it as is."""
        if self.sse is not None:
            return list(self.sse)
        asked = isinstance(hit.json, dict) and hit.json.get("stream") is True
        choices = self.body.get("choices") if isinstance(self.body, dict) else None
        if not asked or self.status != 200 or not isinstance(choices, list) or len(choices) != 1:
            return None
        choice = choices[0]
        message = choice.get("message") if isinstance(choice, dict) else None
        if not isinstance(message, dict):
            return None
        return _completion_events(self.body, message, choice.get("finish_reason"), self.piece, hit)

    def encode(self) -> tuple[bytes, str]:
        """The body bytes and their content type."""
        if isinstance(self.body, (dict, list)):
            return json.dumps(self.body, ensure_ascii=False).encode(), "application/json"
        if isinstance(self.body, str):
            return self.body.encode(), "text/html; charset=utf-8"
        return bytes(self.body or b""), "text/html; charset=utf-8"


Responder = Callable[[Hit], Reply]


def _completion_events(
    body: dict[str, Any], message: dict[str, Any], finish: str | None, piece: int, hit: Hit
) -> list[str]:
    """A chat completion as the chunks a streaming server sends."""
    head = {k: body[k] for k in ("id", "created", "model") if k in body} | {"object": "chat.completion.chunk"}

    def chunk(delta: dict[str, Any], reason: str | None = None) -> str:
        event = {**head, "choices": [{"index": 0, "delta": delta, "finish_reason": reason}]}
        return json.dumps(event, ensure_ascii=False)

    events = [chunk({"role": "assistant", "content": ""})]
    if message.get("reasoning_content"):
        events.append(chunk({"reasoning_content": message["reasoning_content"]}))
    if message.get("refusal"):
        events.append(chunk({"refusal": message["refusal"]}))
    content = message.get("content") or ""
    events += [chunk({"content": content[i : i + piece]}) for i in range(0, len(content), piece)]
    if finish is not None:
        events.append(chunk({}, finish))
    options = hit.json.get("stream_options") or {}
    if finish is not None and options.get("include_usage") and "usage" in body:
        events.append(json.dumps({**head, "choices": [], "usage": body["usage"]}))
    return events + (["[DONE]"] if finish is not None else [])


class ScriptedServer:
    """An OpenAI-compatible server answering from a script; see the module docstring."""

    def __init__(self) -> None:
        self.hits: list[Hit] = []
        self.responder: Responder | None = None
        self.latency: float = 0.0
        self.max_in_flight = 0
        self.duplicates_in_flight = 0
        self.disconnects = 0
        self._in_flight = 0
        self._bodies: list[str] = []  # the requests being answered
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
        chunk_delay: float = 0.0,
        piece: int = 40,
        pings: int = 0,
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
                chunk_delay=chunk_delay,
                piece=piece,
                pings=pings,
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

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait until no request is being answered (a stream the client closed is noticed at the
        server's next write); False if that took longer than ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if not self._in_flight:
                    return True
            time.sleep(0.01)
        return False

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

    def _begin(self, hit: Hit) -> Reply:
        """Record ``hit`` as in flight and choose its reply (call :meth:`_end` when sent)."""
        body = json.dumps(hit.json, sort_keys=True)
        with self._lock:
            self.hits.append(hit)
            self.duplicates_in_flight += body in self._bodies
            self._bodies.append(body)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            reply = self._queue.popleft() if self._queue else None
        if reply is None and self.responder is not None:
            reply = self.responder(hit)
        if reply is None:
            reply = Reply(500, {"error": {"message": "scripted server: script exhausted"}})
        time.sleep(self.latency + reply.delay)
        return reply

    def _end(self, hit: Hit) -> None:
        with self._lock:
            self._in_flight -= 1
            self._bodies.remove(json.dumps(hit.json, sort_keys=True))


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
            hit = Hit(self.command, self.path, headers, parsed)
            try:
                reply = server._begin(hit)
                events = reply.stream_events(hit)
                if events is None:
                    self._send(reply)
                else:
                    self._stream(reply, events)
            except (BrokenPipeError, ConnectionResetError):
                server.disconnects += 1  # the client gave up (a timeout test, a stopped stream)
            finally:
                server._end(hit)

        def _send(self, reply: Reply) -> None:
            body, content_type = reply.encode()
            self.send_response(reply.status)
            if not any(name.lower() == "content-type" for name in reply.headers):
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def _stream(self, reply: Reply, events: list[str]) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Connection", "close")  # the body ends when the connection does
            self.end_headers()
            self.close_connection = True
            lines = [": ping\n\n"] * reply.pings + [f"data: {data}\n\n" for data in events]
            for line in lines:
                time.sleep(reply.chunk_delay)
                self.wfile.write(line.encode())
                self.wfile.flush()

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output quiet

    return Handler
