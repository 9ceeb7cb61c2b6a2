"""The one retry policy (tenacity): transient errors only, ``Retry-After`` aware, bounded.

Only :class:`~summarizer.errors.TransientLLMError` is retried, except
:class:`~summarizer.errors.RateLimitedError` (the server asked for a longer wait than we accept, so
we fail fast). The wait is the server's ``Retry-After`` when it gave one (already capped at
``max_retry_wait`` by the time it gets here), else exponential backoff with full jitter.
Attempts are bounded by ``max_attempts``, and the waits between them by ``max_retry_time`` seconds
in all: the time the attempts themselves take is not counted, since a slow local server may take
minutes over one answer and a stream cut off after that deserves a second try all the same.
The last real exception is re-raised (never ``tenacity.RetryError``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_random_exponential,
)

from tenacity.stop import stop_base

from ..errors import RateLimitedError, TransientLLMError
from .config import LLMConfig

__all__ = ["RetryAfter", "is_retryable", "retrying"]

logger = logging.getLogger("summarizer.llm")

RetryAfter = Callable[[BaseException], "float | None"]
"""Given a failure, the wait in seconds the server asked for, if any."""


def is_retryable(exc: BaseException) -> bool:
    """Transient failures are retried, except a rate limit that asks for too long a wait."""
    return isinstance(exc, TransientLLMError) and not isinstance(exc, RateLimitedError)


class _waited_too_long(stop_base):
    """Stop before the next wait would take the waits between attempts past ``limit`` seconds."""

    def __init__(self, limit: float) -> None:
        self.limit = limit

    def __call__(self, retry_state: RetryCallState) -> bool:
        return retry_state.idle_for + retry_state.upcoming_sleep >= self.limit


def retrying(config: LLMConfig, *, retry_after: RetryAfter) -> AsyncRetrying:
    """A fresh ``AsyncRetrying`` for one request: ``await retrying(...)(fn, *args)``."""
    backoff = wait_random_exponential(multiplier=config.backoff_initial, max=config.backoff_max)

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        asked = retry_after(exc) if exc is not None else None
        return min(asked, config.max_retry_wait) if asked is not None else backoff(state)

    def log_retry(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        wait_s = state.next_action.sleep if state.next_action else 0.0
        logger.warning(
            "attempt %d failed (%s); retrying in %.2fs", state.attempt_number, exc, wait_s
        )

    return AsyncRetrying(
        retry=retry_if_exception(is_retryable),
        stop=stop_after_attempt(config.max_attempts) | _waited_too_long(config.max_retry_time),
        wait=wait,
        before_sleep=log_retry,
        reraise=True,
    )
