"""Run state: what the calls of one client share, above the model seam.

:class:`RunState` lets at most ``config.max_in_flight`` requests reach the model at once, checks
each against the token ceilings before it goes (:class:`~summarizer.llm.usage.TokenBudget`),
adds up usage, and decides what a failure means for the rest of the batch:

- a refused key or balance (:class:`~summarizer.errors.AuthError`) fails, unsent, every call
  that had already begun when the refusal came (those waiting for a slot), so a batch sends no
  more than the requests already in flight; calls begun afterwards are sent again, since a
  balance can be topped up while a long-lived client waits;
- an endpoint that no request of the run has reached (:class:`~summarizer.errors.UnreachableError`
  before any answer) dooms the whole batch too (:meth:`RunState.aborts_batch`).

:meth:`RunState.gate` wraps the model so that every request of a call goes through all of this;
:attr:`RunState.activity` says how many requests are in flight, for progress displays, and each
request's start and answer are logged at INFO (``summarizer summarize -v``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from ..errors import AuthError, LLMError, UnreachableError
from ..models import Usage
from .config import LLMConfig
from .model import Model, Reply, Request
from .usage import TokenBudget, estimate_tokens

__all__ = ["Activity", "Call", "RunState"]

logger = logging.getLogger("summarizer.llm")


@dataclass(frozen=True)
class Activity:
    """Requests in flight, calls waiting for a slot, and calls finished so far."""

    in_flight: int
    waiting: int
    finished: int


@dataclass
class Call:
    """One logical call: its place in the order calls began, its token ceiling's key, and the
    usage of every request it made (retries, re-asks and step-downs included)."""

    serial: int
    budget_key: str | None
    usage: Usage


@dataclass
class RunState:
    """Slots, ceilings, usage and abort decisions of one client's calls."""

    config: LLMConfig
    usage: Usage = field(init=False)
    on_activity: Callable[[Activity], None] | None = None
    _budget: TokenBudget = field(init=False)
    _slots: tuple[asyncio.AbstractEventLoop, asyncio.Semaphore] | None = field(default=None, init=False)
    _begun: int = field(default=0, init=False)
    _refusal: tuple[int, AuthError] | None = field(default=None, init=False)
    _reached: bool = field(default=False, init=False)
    _in_flight: int = field(default=0, init=False)
    _waiting: int = field(default=0, init=False)
    _finished: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.usage = Usage.empty(priced=self.config.price is not None)
        self._budget = TokenBudget(
            per_document=self.config.max_tokens_per_document, per_run=self.config.max_tokens_per_run
        )

    @property
    def activity(self) -> Activity:
        """What the calls are doing now."""
        return Activity(self._in_flight, self._waiting, self._finished)

    def begin(self, budget_key: str | None) -> Call:
        """A new call (not answered from the cache)."""
        self._begun += 1
        return Call(self._begun, budget_key, Usage.empty(priced=self.config.price is not None, calls=1))

    def end(self, call: Call) -> None:
        """Count a finished call's usage into the run's."""
        self.usage = self.usage + call.usage
        self._finished += 1
        self._notify()

    def add(self, usage: Usage) -> None:
        """Count usage that made no request (a cached answer)."""
        self.usage = self.usage + usage

    def spent(self, budget_key: str | None = None) -> int:
        """Tokens charged against a document's ceiling (or the run's, for None)."""
        return self._budget.spent(budget_key)

    def aborts_batch(self, err: BaseException) -> bool:
        """Whether ``err`` dooms every other call of the batch too: a refused key or balance,
        or an endpoint that no request of this run has reached (a wrong base URL, a server
        that is down), so that a batch stops at once instead of failing chunk by chunk."""
        return isinstance(err, AuthError) or (isinstance(err, UnreachableError) and not self._reached)

    def gate(self, model: Model, call: Call) -> Model:
        """``model`` as ``call`` may use it: each request in a slot, behind the checks."""
        return _Gated(self, model, call)

    async def execute(self, model: Model, call: Call, request: Request) -> Reply:
        """Send ``request`` for ``call``: in a slot, unless a refusal came first, within the
        ceilings; the usage of what was sent is counted in ``call``."""
        async with self._slot():
            self._raise_refusal(call)
            estimate = estimate_tokens(m.get("content", "") for m in request.messages)
            reservation = self._budget.reserve(call.budget_key, estimate)
            self._in_flight += 1
            self._notify()
            started = time.monotonic()
            logger.info("call %d: request sent (%d in flight, %d waiting)", call.serial, self._in_flight, self._waiting)
            try:
                reply = await model.execute(request)
            except LLMError as err:
                usage = err.usage if isinstance(err.usage, Usage) else Usage(attempts=1)
                reservation.settle(usage.total_tokens)
                call.usage = call.usage + usage
                self._learn(err)
                raise
            finally:
                self._in_flight -= 1
        logger.info("call %d: answered in %.0f s (%d characters, %s)", call.serial, time.monotonic() - started,
                    len(reply.text or ""), reply.finish_reason)  # fmt: skip
        self._reached = True
        reservation.settle(reply.usage.total_tokens)
        call.usage = call.usage + reply.usage
        return reply

    @asynccontextmanager
    async def _slot(self) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        if self._slots is None or self._slots[0] is not loop:  # a semaphore belongs to its loop
            self._slots = (loop, asyncio.Semaphore(self.config.max_in_flight))
        slots = self._slots[1]
        self._waiting += 1
        self._notify()
        try:
            await slots.acquire()
        finally:
            self._waiting -= 1
        try:
            yield
        finally:
            slots.release()
            self._notify()

    def _learn(self, err: LLMError) -> None:
        """What a failure says of the endpoint: reached (it answered with an HTTP status), and
        whether the key was refused."""
        self._reached = self._reached or err.status_code is not None
        if isinstance(err, AuthError):
            self._refusal = (self._begun, err)

    def _raise_refusal(self, call: Call) -> None:
        """Fail a call, unsent, that had begun before a refusal of the key or balance."""
        if self._refusal is not None and call.serial <= self._refusal[0]:
            refusal = self._refusal[1]
            raise AuthError(f"not sent: {refusal}", status_code=refusal.status_code) from refusal

    def _notify(self) -> None:
        if self.on_activity is not None:
            self.on_activity(self.activity)


@dataclass(frozen=True)
class _Gated:
    """A model seen through the run state, for one call."""

    run: RunState
    model: Model
    call: Call

    async def execute(self, request: Request) -> Reply:
        return await self.run.execute(self.model, self.call, request)
