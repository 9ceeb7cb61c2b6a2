"""The model of a batch run: answers from the batch results collected so far, defers the rest.

It stands where the real-time transport stands (below the model seam), so everything above it —
validation and salvage of partial answers, re-asks, the answer cache, truncation and chunk
splitting, grounding, merge, reduce — runs exactly as in real time. A request it has an answer
for gets that answer; a request whose batch line failed for good gets that failure (the chunk is
reported failed, as in real time); any other request is recorded (its body is the line the next
batch sends: handed to ``record`` a few hundred at a time, so thousands of reports do not hold
every body in memory) and deferred with :class:`~summarizer.llm.deferred.AnswerDeferred`. Requests the user wants answered in real time
instead (the reduce step, or retries of failed lines) go to the real-time model.

The body of a request is what the real-time transport would send, minus streaming, in the
structured-output mode the endpoint's preset names (a batch cannot negotiate: there is no first
answer to learn from). Its key — the ``custom_id`` of its line — is the SHA-256 of that body.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from typing import Any

from ..errors import LLMError, RequestRejectedError, TransientLLMError
from ..llm.config import LLMConfig
from ..llm.deferred import AnswerDeferred
from ..llm.model import Model, Reply, Request
from ..llm.negotiation import Negotiation
from ..llm.transport import reply_of_body

__all__ = ["BatchModel", "Record", "request_key", "failure_error"]

Record = Callable[[dict[str, dict[str, Any]]], object]
"""Where a batch model puts the bodies of the requests it deferred (``key → body``)."""
_FLUSH_EVERY = 256


def request_key(body: Mapping[str, Any]) -> str:
    """The key of a request: SHA-256 of its body as canonical JSON."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def failure_error(message: str) -> LLMError:
    """A failed batch line as the error its chunk reports: a rejection for a 4xx, else transient."""
    rejected = message.startswith("HTTP 4")
    cls = RequestRejectedError if rejected else TransientLLMError
    return cls(f"batch request failed: {message}")


class BatchModel:
    """See the module docstring. ``answer_of`` gives the response body a batch returned for a
    request key (``None``: none yet); ``failures`` are by request key."""

    def __init__(
        self,
        config: LLMConfig,
        answer_of: Callable[[str], Mapping[str, Any] | None],
        failures: Mapping[str, str] | None = None,
        *,
        record: Record,
        realtime: Model | None = None,
        realtime_names: frozenset[str] = frozenset(),
        realtime_keys: frozenset[str] = frozenset(),
    ) -> None:
        self._negotiation = Negotiation(config)
        # Answers through the Batch API are billed at the batch price.
        self._priced = config.replace(price=config.price.for_batch()) if config.price else config
        self._answer_of = answer_of
        self._failures = failures or {}
        self._realtime = realtime
        self._realtime_names = realtime_names
        self._realtime_keys = realtime_keys
        self._record = record
        self._needed: dict[str, dict[str, Any]] = {}
        self.deferred = 0

    def body(self, request: Request) -> dict[str, Any]:
        """The request as a batch line's body."""
        return self._negotiation.options(request)

    async def execute(self, request: Request) -> Reply:
        body = self.body(request)
        key = request_key(body)
        answer = self._answer_of(key)
        if answer is not None:
            return reply_of_body(answer, self._priced)
        realtime = request.name in self._realtime_names or key in self._realtime_keys
        if realtime and self._realtime is not None:
            return await self._realtime.execute(request)
        if key in self._failures:
            raise failure_error(self._failures[key])
        self._needed[key] = body
        self.deferred += 1
        if len(self._needed) >= _FLUSH_EVERY:
            self.flush()
        raise AnswerDeferred(key)

    def flush(self) -> None:
        """Hand the bodies deferred so far to ``record``."""
        if self._needed:
            self._record(self._needed)
            self._needed = {}
