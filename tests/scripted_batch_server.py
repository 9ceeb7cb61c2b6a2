"""A scripted OpenAI-compatible *Batch API* server for offline tests (real sockets, real ``openai``).

It speaks the part of the API a batch client uses — ``POST /v1/files`` (multipart upload),
``GET /v1/files/{id}``, ``GET /v1/files/{id}/content``, ``POST /v1/batches``,
``GET /v1/batches`` (list), ``GET /v1/batches/{id}``, ``POST /v1/batches/{id}/cancel`` — and ``POST /v1/chat/completions`` for
real-time calls, all answered by one :attr:`ScriptedBatchServer.model`: a function from a request
body to a :class:`LineReply` (a chat completion, or an error for that line).

A batch moves ``validating → in_progress → completed`` one step per poll (``GET`` of the batch),
and is answered line by line when it completes. Knobs for the unhappy paths:

- ``model`` returning ``LineReply.error(...)`` for some lines: those go to the error file;
- :attr:`expire_after`: the batch ends ``expired`` after answering that many lines (the rest are
  in the error file with code ``batch_expired``);
- :attr:`fail_next_batch`: the next created batch ends ``failed`` with that message.

Every request is recorded in :attr:`hits` (method, path); uploaded files in :attr:`files`.
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

__all__ = ["LineReply", "ScriptedBatchServer", "completion_body"]

USAGE = {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}


def completion_body(content: str, *, finish_reason: str = "stop", usage: dict[str, int] | None = None) -> dict[str, Any]:
    """A chat completion with one choice whose message content is ``content``."""
    return {
        "id": "chatcmpl-batch",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "scripted",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish_reason}
        ],
        "usage": dict(usage or USAGE),
    }


@dataclass(frozen=True)
class LineReply:
    """How the model answers one request: an HTTP status and body (a completion, or an error)."""

    status: int
    body: dict[str, Any]

    @classmethod
    def completion(cls, content: str, **kwargs: Any) -> LineReply:
        return cls(200, completion_body(content, **kwargs))

    @classmethod
    def error(cls, status: int, message: str) -> LineReply:
        return cls(status, {"error": {"message": message, "type": "invalid_request_error"}})


@dataclass
class _Batch:
    id: str
    input_file_id: str
    endpoint: str
    metadata: dict[str, Any] | None
    created_at: int
    status: str = "validating"
    output_file_id: str | None = None
    error_file_id: str | None = None
    errors: dict[str, Any] | None = None
    counts: dict[str, int] = field(default_factory=lambda: {"total": 0, "completed": 0, "failed": 0})

    def json(self) -> dict[str, Any]:
        return {
            "id": self.id, "object": "batch", "endpoint": self.endpoint, "errors": self.errors,
            "input_file_id": self.input_file_id, "completion_window": "24h", "status": self.status,
            "output_file_id": self.output_file_id, "error_file_id": self.error_file_id,
            "created_at": self.created_at, "request_counts": dict(self.counts), "metadata": self.metadata,
        }  # fmt: skip


Model = Callable[[dict[str, Any]], LineReply]


class ScriptedBatchServer:
    """See the module docstring. Thread-safe; start with ``with ScriptedBatchServer() as s:``."""

    def __init__(self, model: Model | None = None) -> None:
        self.model: Model = model or (lambda body: LineReply.completion("{}"))
        self.expire_after: int | None = None
        self.fail_next_batch: str | None = None
        self.hits: list[tuple[str, str]] = []
        self.files: dict[str, tuple[str, bytes]] = {}  # id → (purpose, content)
        self.batches: dict[str, _Batch] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def requests_of(self, batch_id: str) -> list[dict[str, Any]]:
        """The request lines of a batch's input file."""
        _, content = self.files[self.batches[batch_id].input_file_id]
        return [json.loads(line) for line in content.decode().splitlines() if line.strip()]

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ScriptedBatchServer:
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # ---------------------------------------------------------------- the API

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}-{next(self._ids)}"

    def upload(self, purpose: str, filename: str, content: bytes) -> dict[str, Any]:
        with self._lock:
            file_id = self._new_id("file")
            self.files[file_id] = (purpose, content)
        return _file_json(file_id, purpose, filename, content)

    def create_batch(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._lock:
            if body.get("input_file_id") not in self.files:
                return 404, {"error": {"message": "no such file"}}
            batch = _Batch(self._new_id("batch"), body["input_file_id"], body["endpoint"],
                           body.get("metadata"), int(time.time()))  # fmt: skip
            batch.counts["total"] = len(self._lines(batch))
            if self.fail_next_batch is not None:
                batch.status, batch.errors = "failed", {"object": "list", "data": [{"message": self.fail_next_batch}]}
                self.fail_next_batch = None
            self.batches[batch.id] = batch
        return 200, batch.json()

    def poll(self, batch_id: str) -> tuple[int, dict[str, Any]]:
        with self._lock:
            batch = self.batches.get(batch_id)
            if batch is None:
                return 404, {"error": {"message": "no such batch"}}
            if batch.status == "validating":
                batch.status = "in_progress"
            elif batch.status == "in_progress":
                self._finish(batch)
            return 200, batch.json()

    def cancel(self, batch_id: str) -> tuple[int, dict[str, Any]]:
        with self._lock:
            batch = self.batches[batch_id]
            if batch.status in ("validating", "in_progress"):
                batch.status = "cancelled"
            return 200, batch.json()

    def _lines(self, batch: _Batch) -> list[dict[str, Any]]:
        _, content = self.files[batch.input_file_id]
        return [json.loads(line) for line in content.decode().splitlines() if line.strip()]

    def _finish(self, batch: _Batch) -> None:
        """Answer every line (or the first ``expire_after``), writing output and error files."""
        out, err = [], []
        for n, line in enumerate(self._lines(batch)):
            custom_id = line["custom_id"]
            if self.expire_after is not None and n >= self.expire_after:
                err.append({"id": f"req-{n}", "custom_id": custom_id, "response": None,
                            "error": {"code": "batch_expired", "message": "not completed in time"}})  # fmt: skip
                continue
            reply = self.model(line["body"])
            record = {"id": f"req-{n}", "custom_id": custom_id,
                      "response": {"status_code": reply.status, "request_id": f"r{n}", "body": reply.body},
                      "error": None}  # fmt: skip
            (out if reply.status == 200 else err).append(record)
        batch.counts.update(completed=len(out), failed=len(err))
        batch.status = "expired" if self.expire_after is not None else "completed"
        for records, attr in ((out, "output_file_id"), (err, "error_file_id")):
            if records:
                file_id = self._new_id("file")
                content = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
                self.files[file_id] = ("batch_output", content)
                setattr(batch, attr, file_id)


def _file_json(file_id: str, purpose: str, filename: str, content: bytes) -> dict[str, Any]:
    return {"id": file_id, "object": "file", "bytes": len(content), "created_at": int(time.time()),
            "filename": filename, "purpose": purpose, "status": "processed"}  # fmt: skip


def _multipart(content_type: str, raw: bytes) -> dict[str, tuple[str | None, bytes]]:
    """The parts of a multipart/form-data body: name → (filename, content)."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + raw
    )
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        parts[str(name)] = (part.get_filename(), payload if isinstance(payload, bytes) else b"")
    return parts


def _handler(server: ScriptedBatchServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            self._serve()

        def do_POST(self) -> None:
            self._serve()

        def _serve(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with server._lock:
                server.hits.append((self.command, self.path))
            status, body = self._route(raw)
            self._send(status, body)

        def _route(self, raw: bytes) -> tuple[int, Any]:
            path = self.path.split("?")[0].removeprefix("/v1")
            parts = [p for p in path.split("/") if p]
            if self.command == "POST" and parts == ["files"]:
                form = _multipart(self.headers["Content-Type"], raw)
                filename, content = form["file"]
                return 200, server.upload(form["purpose"][1].decode(), filename or "upload.jsonl", content)
            if self.command == "GET" and len(parts) == 3 and parts[0] == "files" and parts[2] == "content":
                found = server.files.get(parts[1])
                return (200, found[1]) if found else (404, {"error": {"message": "no such file"}})
            if self.command == "GET" and len(parts) == 2 and parts[0] == "files":
                found = server.files.get(parts[1])
                if not found:
                    return 404, {"error": {"message": "no such file"}}
                return 200, _file_json(parts[1], found[0], parts[1], found[1])
            if self.command == "POST" and parts == ["batches"]:
                return server.create_batch(json.loads(raw))
            if self.command == "GET" and parts == ["batches"]:  # newest first, as the API lists them
                data = [b.json() for b in reversed(list(server.batches.values()))]
                return 200, {"object": "list", "data": data, "has_more": False,
                             "first_id": data[0]["id"] if data else None, "last_id": data[-1]["id"] if data else None}
            if self.command == "GET" and len(parts) == 2 and parts[0] == "batches":
                return server.poll(parts[1])
            if self.command == "POST" and len(parts) == 3 and parts[0] == "batches" and parts[2] == "cancel":
                return server.cancel(parts[1])
            if self.command == "POST" and parts == ["chat", "completions"]:
                reply = server.model(json.loads(raw))
                return reply.status, reply.body
            return 404, {"error": {"message": f"scripted batch server: no route {self.command} {self.path}"}}

        def _send(self, status: int, body: Any) -> None:
            data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
            kind = "application/octet-stream" if isinstance(body, bytes) else "application/json"
            try:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
