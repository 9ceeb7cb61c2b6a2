"""A provider's Batch API (``/v1/files`` + ``/v1/batches``), through the ``openai`` SDK.

The OpenAI format is shared by OpenAI, DashScope (Qwen), Zhipu and Moonshot: a JSONL file of
``{custom_id, method, url, body}`` lines is uploaded with purpose ``batch``, a batch is created on
it for ``/v1/chat/completions`` within a 24-hour window, polled, and its output and error files
(lines of ``{custom_id, response: {status_code, body}, error}``) are downloaded. ``vllm
run-batch`` reads and writes the same lines.

Every call goes through the same retry policy as real-time calls (tenacity, :mod:`.retry`) and
the same error translation (:func:`.transport.translate_error`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Final, TypeVar

import openai

from .transport import retry_after_seconds, translate_error
from .config import LLMConfig
from .retry import retrying

__all__ = ["BatchInfo", "BatchAPI", "ENDPOINT"]

ENDPOINT: Final = "/v1/chat/completions"
_METADATA_KEY = "summarizer_run"
T = TypeVar("T")


@dataclass(frozen=True)
class BatchInfo:
    """What the provider says about one batch."""

    id: str
    status: str
    output_file_id: str | None = None
    error_file_id: str | None = None
    completed: int = 0
    failed: int = 0
    total: int = 0
    errors: tuple[str, ...] = ()
    metadata: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, batch: Any) -> BatchInfo:
        counts = getattr(batch, "request_counts", None)
        errors = getattr(getattr(batch, "errors", None), "data", None) or []
        return cls(
            id=batch.id,
            status=batch.status,
            output_file_id=batch.output_file_id,
            error_file_id=batch.error_file_id,
            completed=getattr(counts, "completed", 0) or 0,
            failed=getattr(counts, "failed", 0) or 0,
            total=getattr(counts, "total", 0) or 0,
            errors=tuple(str(getattr(e, "message", e)) for e in errors),
            metadata=dict(batch.metadata or {}),
        )


class BatchAPI:
    """Upload, create, poll and download batches at the endpoint of ``config``."""

    def __init__(self, config: LLMConfig) -> None:
        self.config = config
        self._client: openai.AsyncOpenAI | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def _sdk(self) -> openai.AsyncOpenAI:
        """The SDK client of the running loop (pooled connections cannot outlive their loop)."""
        loop = asyncio.get_running_loop()
        if self._client is None or self._loop is not loop:
            self._client = openai.AsyncOpenAI(
                api_key=self.config.api_key, base_url=self.config.base_url,
                timeout=self.config.silence_timeout, max_retries=0,
                http_client=openai.DefaultAsyncHttpxClient(),  # see transport._sdk: no self-closing pool
            )  # fmt: skip
            if self.config.provider != "openai":  # an OpenAI account's headers are no one else's business
                self._client.organization = self._client.project = None
            self._loop = loop
        return self._client

    async def upload(self, name: str, data: bytes) -> str:
        """Upload a request file; its id."""
        uploaded = await self._call(lambda: self._sdk.files.create(file=(name, data), purpose="batch"))
        return str(uploaded.id)

    async def create(self, file_id: str, run_id: str, part: str) -> BatchInfo:
        """Start a batch on an uploaded file, tagged with the run and part it belongs to."""
        batch = await self._call(
            lambda: self._sdk.batches.create(
                input_file_id=file_id, endpoint=ENDPOINT, completion_window="24h",
                metadata={_METADATA_KEY: run_id, "part": part},
            )
        )  # fmt: skip
        return BatchInfo.of(batch)

    async def retrieve(self, batch_id: str) -> BatchInfo:
        return BatchInfo.of(await self._call(lambda: self._sdk.batches.retrieve(batch_id)))

    async def of_run(self, run_id: str) -> list[BatchInfo]:
        """The batches tagged with ``run_id`` (the most recent page of the account's batches)."""
        page = await self._call(lambda: self._sdk.batches.list(limit=100))
        found = [BatchInfo.of(b) for b in page.data]
        return [b for b in found if b.metadata.get(_METADATA_KEY) == run_id]

    async def content(self, file_id: str) -> bytes:
        """A result file's bytes."""
        response = await self._call(lambda: self._sdk.files.content(file_id))
        return bytes(response.content)

    async def cancel(self, batch_id: str) -> BatchInfo:
        return BatchInfo.of(await self._call(lambda: self._sdk.batches.cancel(batch_id)))

    async def aclose(self) -> None:
        client, self._client = self._client, None
        if client is not None and self._loop is asyncio.get_running_loop():
            await client.close()

    async def __aenter__(self) -> BatchAPI:
        return self

    async def __aexit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        await self.aclose()

    async def _call(self, request: Callable[[], Awaitable[T]]) -> T:
        """One API call with transient-failure retries; failures in our error tree."""

        async def attempt() -> T:
            try:
                return await request()
            except (openai.OpenAIError, asyncio.TimeoutError) as exc:
                raise translate_error(
                    exc, max_retry_wait=self.config.max_retry_wait, secret=self.config.api_key
                ) from exc

        policy = retrying(self.config, retry_after=_retry_after)
        result: T = await policy(attempt)
        return result


def _retry_after(exc: BaseException) -> float | None:
    cause = exc.__cause__
    if isinstance(cause, openai.APIStatusError):
        return retry_after_seconds(cause.response.headers)
    return None
