"""Batch files: request lines out, result lines in (the OpenAI format, also ``vllm run-batch``'s).

A request line is ``{"custom_id", "method": "POST", "url": "/v1/chat/completions", "body"}``; a
result line ``{"custom_id", "response": {"status_code", "body"}, "error"}``. Request files are
cut to a provider's limits (requests and bytes per file).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..llm.batches import ENDPOINT
from ..llm.config import BatchLimits

__all__ = ["request_line", "request_files", "Results", "read_results"]


def request_line(key: str, body: Mapping[str, Any]) -> bytes:
    """One request as a line of a request file (UTF-8, newline-terminated)."""
    line = {"custom_id": key, "method": "POST", "url": ENDPOINT, "body": body}
    return (json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def request_files(
    requests: Iterable[tuple[str, Mapping[str, Any]]], limits: BatchLimits | None
) -> Iterator[tuple[list[str], bytes]]:
    """The requests (key, body) as files within ``limits`` (one file when there are none): each
    file's keys and bytes, in the order given."""
    keys: list[str] = []
    chunks: list[bytes] = []
    size = 0
    for key, body in requests:
        line = request_line(key, body)
        full = limits is not None and (len(keys) >= limits.max_requests or size + len(line) > limits.max_bytes)
        if full and keys:
            yield keys, b"".join(chunks)
            keys, chunks, size = [], [], 0
        if limits is not None and len(line) > limits.max_bytes:
            raise ValueError(f"one request is {len(line)} bytes, more than a batch file may hold")
        keys.append(key)
        chunks.append(line)
        size += len(line)
    if keys:
        yield keys, b"".join(chunks)


@dataclass
class Results:
    """What a results or errors file said: answers (response bodies) and failures (a message),
    by key; lines that are not result lines are counted in ``unreadable``."""

    answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    unreadable: int = 0

    def add(self, other: Results) -> None:
        self.answers.update(other.answers)
        self.failures.update(other.failures)
        self.unreadable += other.unreadable


def read_results(data: bytes) -> Results:
    """The result lines of a batch's output or error file (or of ``vllm run-batch``)."""
    out = Results()
    for raw in data.decode("utf-8", errors="replace").splitlines():
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
            key = str(line["custom_id"])
        except (ValueError, KeyError, TypeError):
            out.unreadable += 1
            continue
        response = line.get("response") or {}
        body = response.get("body") if isinstance(response, dict) else None
        status = response.get("status_code") if isinstance(response, dict) else None
        if status == 200 and isinstance(body, dict) and body.get("choices"):
            out.answers[key] = body
        else:
            out.failures[key] = _failure(status, body, line.get("error"))
    return out


def _failure(status: Any, body: Any, error: Any) -> str:
    """A failed line's reason: ``HTTP 400: …`` or the batch error's ``code: message``."""
    if isinstance(error, dict) and (error.get("code") or error.get("message")):
        return f"{error.get('code') or 'error'}: {error.get('message') or ''}".strip()
    detail = body.get("error") if isinstance(body, dict) else body
    if isinstance(detail, dict):
        detail = detail.get("message") or detail
    return f"HTTP {status}: {str(detail)[:300]}" if status else f"no response: {str(detail)[:300]}"
