"""Test helpers for code that uses the library: a model that answers from a queue.

:class:`FakeModel` is a :class:`~summarizer.llm.model.Model`: put answers in its queue and run the
real pipeline on it - validation, salvage of partial answers, re-asks, splitting of cut-short
answers, grounding, merging - without a server::

    from summarizer.notes import ChunkNotes
    from summarizer.testing import FakeModel, fake_engine

    model = FakeModel()
    model.queue({"sections": [], "results": [], "targets": [...], ...})  # a dict, a pydantic model or JSON text
    model.queue_cut_short('{"targets": [{"indicator": "生产总值", ...}, {"indic')  # hit the token limit
    model.queue_error(TransientLLMError("busy"))                          # a failure
    model.respond_with(lambda request: ...)   # answers for requests the queue has none for
    [summary] = summarizer.summarize(text, engine=fake_engine(model))
    model.requests                            # every Request it was asked, in order

A request the queue has no answer for (and no responder) fails the test with an ``AssertionError``
naming it. The HTTP side (negotiation, streaming, retries) is below the seam and not involved.
"""

from __future__ import annotations

import asyncio
import json
from collections import deque
from collections.abc import Callable
from typing import Any, Union

from pydantic import BaseModel

from .engines import LLMEngine
from .errors import LLMError
from .llm import LLMClient, LLMConfig
from .llm.model import Reply, Request
from .models import Usage

__all__ = ["Answer", "FakeModel", "fake_config", "fake_engine"]

Answer = Union[str, dict[str, Any], BaseModel, Reply, LLMError]
"""What a fake model can answer: JSON text, a dict or pydantic model (sent as JSON), a prepared
:class:`~summarizer.llm.model.Reply`, or an error to raise."""

_NO_TOKENS = Usage(attempts=1)


class FakeModel:
    """A model that answers each request with the next queued answer."""

    def __init__(self, *answers: Answer) -> None:
        self.requests: list[Request] = []
        self._queue: deque[Answer] = deque(answers)
        self._responder: Callable[[Request], Answer] | None = None

    def queue(self, *answers: Answer) -> FakeModel:
        """Answer the next requests with these, in order."""
        self._queue.extend(answers)
        return self

    def queue_cut_short(self, text: str, *, reason: str = "length") -> FakeModel:
        """Answer the next request with ``text`` cut off at the token limit (``reason="runaway"``:
        stopped for repeating itself)."""
        return self.queue(Reply(text, reason, _NO_TOKENS))

    def queue_error(self, error: LLMError) -> FakeModel:
        """Fail the next request with ``error``."""
        return self.queue(error)

    def respond_with(self, responder: Callable[[Request], Answer]) -> FakeModel:
        """Build answers from requests once the queue is empty."""
        self._responder = responder
        return self

    @property
    def pending(self) -> int:
        """Queued answers not asked for yet."""
        return len(self._queue)

    async def execute(self, request: Request) -> Reply:
        await asyncio.sleep(0)  # a model call always waits for something: let other calls run
        self.requests.append(request)
        if self._queue:
            answer = self._queue.popleft()
        elif self._responder is not None:
            answer = self._responder(request)
        else:
            raise AssertionError(f"FakeModel: no answer queued for request {len(self.requests)} ({request.name})")
        if isinstance(answer, LLMError):
            answer.usage = answer.usage if isinstance(answer.usage, Usage) else _NO_TOKENS
            raise answer
        return answer if isinstance(answer, Reply) else Reply(_text(answer), "stop", _NO_TOKENS)


def _text(answer: str | dict[str, Any] | BaseModel) -> str:
    if isinstance(answer, BaseModel):
        return answer.model_dump_json()
    return answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)


def fake_config(**options: Any) -> LLMConfig:
    """An :class:`LLMConfig` for a fake model: no endpoint is ever called, nothing is cached."""
    settings: dict[str, Any] = {"base_url": "http://fake-model.invalid/v1", "api_key": "fake",
                                "model": "fake-model", "use_cache": False, "cache_path": None}  # fmt: skip
    return LLMConfig(**(settings | options))


def fake_engine(model: FakeModel, *, config: LLMConfig | None = None, **engine_options: Any) -> LLMEngine:
    """An :class:`LLMEngine` whose model is ``model`` (``engine_options``: ``language``,
    ``chunk_tokens``)."""
    config = config or fake_config()
    return LLMEngine(config, client=LLMClient(config, model=model), **engine_options)
