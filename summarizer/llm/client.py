"""The LLM client: structured, cached, budgeted calls to one model.

:class:`LLMClient` puts together the parts of the model layer, each with one job:

- the model (:mod:`.model`, the seam): by default :class:`~.transport.OpenAICompatible`, which
  negotiates, streams, retries and translates errors for any OpenAI-compatible endpoint; any
  object with an async ``execute(request) -> reply`` will do (:class:`summarizer.testing.FakeModel`);
- :mod:`.structured`: validation item by item, re-asks, truncation;
- :mod:`.cache`: answers and truncations stored and replayed;
- :mod:`.run`: slots, token ceilings, usage, and what a failure means for the batch.

One implementation is async (:meth:`LLMClient.astructured`); :meth:`LLMClient.structured` runs it
on a private event loop (call the sync methods from one thread at a time). Close the client with
``aclose()`` in async code, ``close()`` otherwise.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
import httpx2
from pydantic import BaseModel

from .._sync import run_sync
from ..errors import LLMError, TruncatedOutputError
from ..models import Usage
from .cache import CallCache
from .config import LLMConfig, Strategy
from .model import Closable, Message, Model, Request
from .run import Activity, RunState
from .schema import strict_schema
from .structured import Answer, Dropped, ask

if TYPE_CHECKING:  # imported when first needed: it loads the openai SDK (~0.4 s), which the
    from .transport import OpenAICompatible  # rules engine and a FakeModel never use

__all__ = ["LLMClient", "StructuredResult"]

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")


@dataclass(frozen=True)
class StructuredResult(Generic[T]):
    """A validated answer. ``attempts`` counts HTTP requests (0 when ``cached``); ``dropped``
    the invalid items left out of it (by list field, with the reason)."""

    value: T
    usage: Usage
    attempts: int
    cached: bool
    dropped: tuple[Dropped, ...] = ()


@dataclass
class _Running:
    """The lock identical calls queue on, and how many calls hold or wait for it."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0


class LLMClient:
    """Structured calls to one model; safe to share across many documents.

    ``model`` is what answers (default: the OpenAI-compatible endpoint of ``config``;
    ``http_client`` is then handed to the SDK). ``replay=False`` writes answers to the cache but
    never answers from it (a batch run, whose own record of answers carries what they cost). At
    most ``config.max_in_flight`` requests are in flight at once, and never two identical ones: a
    call identical to one still running waits for it and is then answered from the cache (sent
    then, when there is no cache). :attr:`usage` is the run total, failed calls included; :attr:`activity` says
    what the calls are doing now, and ``on_activity`` (settable) is told whenever it changes.
    """

    def __init__(
        self,
        config: LLMConfig,
        *,
        http_client: httpx.AsyncClient | httpx2.AsyncClient | None = None,
        model: Model | None = None,
        replay: bool = True,
    ) -> None:
        self.config = config
        self._replays = replay
        self.model: Model = model if model is not None else _endpoint(config, http_client)
        self._cache = CallCache(config)
        self._run = RunState(config)
        self._runner: asyncio.Runner | None = None
        self._running: dict[tuple[int, str], _Running] = {}

    def __repr__(self) -> str:
        return f"LLMClient({self.config!r})"

    @property
    def usage(self) -> Usage:
        """Usage of every call made through this client so far."""
        return self._run.usage

    @property
    def strategy(self) -> Strategy:
        """The structured-output strategy currently used (after any step down)."""
        endpoint = _as_endpoint(self.model)
        return endpoint.strategy if endpoint is not None else self.config.preferred_strategy

    @property
    def activity(self) -> Activity:
        """Requests in flight, calls waiting for a slot, calls finished."""
        return self._run.activity

    @property
    def on_activity(self) -> Callable[[Activity], None] | None:
        """Called with the new :attr:`activity` whenever a request starts or a call ends."""
        return self._run.on_activity

    @on_activity.setter
    def on_activity(self, callback: Callable[[Activity], None] | None) -> None:
        self._run.on_activity = callback

    def aborts_batch(self, err: BaseException) -> bool:
        """Whether ``err`` dooms every other call of the batch too: a refused key or balance,
        or an endpoint that no request of this client has reached."""
        return self._run.aborts_batch(err)

    def budget_spent(self, budget_key: str | None = None) -> int:
        """Tokens charged against a document's ceiling (or the run's, for None)."""
        return self._run.spent(budget_key)

    async def astructured(
        self,
        messages: Sequence[Message],
        response_model: type[T],
        *,
        prompt_version: str,
        max_output_tokens: int | None = None,
        budget_key: str | None = None,
        bounds: Mapping[str, int] | None = None,
    ) -> StructuredResult[T]:
        """Ask for an answer that validates as ``response_model``.

        ``prompt_version`` is part of the cache key: change it when the prompt's meaning changes.
        ``budget_key`` names the document whose token ceiling this call counts against;
        ``bounds`` length limits a grammar-decoding server may hold the answer to (see
        :class:`~summarizer.llm.model.Request`).
        Raises an :class:`~summarizer.errors.LLMError` subclass (with ``attempts`` and ``usage``
        attached) or :class:`~summarizer.errors.BudgetExceededError`. A truncation is cached like
        an answer: the same request later raises the same :class:`TruncatedOutputError` with
        ``attempts=0`` and a cached call's usage, without a request.
        """
        request = Request(
            messages=[dict(m) for m in messages],
            schema=strict_schema(response_model),
            name=response_model.__name__,
            max_tokens=max_output_tokens or self.config.max_output_tokens,
            bounds=dict(bounds or {}),
        )
        key = self._cache.key(request, prompt_version)
        async with self._alone(key):
            replayed = await self._replay(key, response_model) if self._replays else None
            if replayed is not None:
                return replayed
            return await self._ask(key, request, response_model, budget_key)

    async def _ask(
        self, key: str, request: Request, response_model: type[T], budget_key: str | None
    ) -> StructuredResult[T]:
        """Send ``request`` to the model (re-asks included) and cache the outcome."""
        call = self._run.begin(budget_key)
        try:
            answer = await ask(
                self._run.gate(self.model, call), request, response_model,
                max_reasks=self.config.max_reasks, max_empty_retries=self.config.max_empty_retries,
            )  # fmt: skip
        except LLMError as err:
            err.attempts, err.usage = call.usage.attempts, call.usage
            # Cached outcomes: validated answers, and truncations - a property of the request
            # (max_tokens is in the key) that the caller resolves by splitting the input, so a
            # re-run must reach the same split without paying again for the most expensive
            # answer there is. Not cached: content filters and refusals (a terminal failure the
            # user sees; caching would make it permanent until the whole cache is dropped, while
            # asking again costs one request and providers' filters change), validation failures
            # (a new attempt may succeed) and transient errors (they say nothing of the request).
            if isinstance(err, TruncatedOutputError):
                await self._cache.store_truncation(key, err, call.usage)
            raise
        finally:
            self._run.end(call)
        await self._cache.store(key, answer, call.usage)
        return StructuredResult(answer.value, call.usage, call.usage.attempts, cached=False,
                                dropped=answer.dropped)  # fmt: skip

    def structured(
        self,
        messages: Sequence[Message],
        response_model: type[T],
        *,
        prompt_version: str,
        max_output_tokens: int | None = None,
        budget_key: str | None = None,
        bounds: Mapping[str, int] | None = None,
    ) -> StructuredResult[T]:
        """Blocking :meth:`astructured` (not from inside a running event loop)."""
        return self._run_sync(
            self.astructured(
                messages,
                response_model,
                prompt_version=prompt_version,
                max_output_tokens=max_output_tokens,
                budget_key=budget_key,
                bounds=bounds,
            ),
            "client.astructured",
        )

    async def aclose(self) -> None:
        """Close the model's connections and the cache."""
        if isinstance(self.model, Closable):
            await self.model.aclose()
        self._cache.close()

    def close(self) -> None:
        """Blocking :meth:`aclose` (from async code, use ``await client.aclose()``)."""
        if self._runner is None:  # connections of someone else's (finished) loop: just drop them
            endpoint = _as_endpoint(self.model)
            if endpoint is not None:
                endpoint.drop()
            self._cache.close()
            return
        self._run_sync(self.aclose(), "client.aclose")
        self._runner.close()
        self._runner = None

    async def __aenter__(self) -> LLMClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __enter__(self) -> LLMClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextlib.asynccontextmanager
    async def _alone(self, key: str) -> AsyncIterator[None]:
        """Run the body while no identical call runs. Why: a second identical request would pay
        again for an answer the cache is about to hold, and a local server answers requests one
        at a time, so it would wait in line behind its twin (same chunk text in two reports of a
        compilation, or a report given twice). Per event loop, as asyncio locks are."""
        slot = (id(asyncio.get_running_loop()), key)
        running = self._running.setdefault(slot, _Running())
        running.users += 1
        try:
            async with running.lock:
                yield
        finally:
            running.users -= 1
            if not running.users:
                del self._running[slot]

    async def _replay(self, key: str, response_model: type[T]) -> StructuredResult[T] | None:
        """The cached outcome of this exact request, counted as a cached call (a cached
        truncation is raised again)."""
        usage = Usage.empty(priced=self.config.price is not None, calls=1, cached_calls=1)
        try:
            found: Answer[T] | None = await self._cache.replay(key, response_model, usage)
        except TruncatedOutputError:
            self._run.add(usage)
            raise
        if found is None:
            return None
        self._run.add(usage)
        return StructuredResult(found.value, usage, attempts=0, cached=True, dropped=found.dropped)

    def _run_sync(self, coro: Coroutine[Any, Any, R], instead: str) -> R:
        """On this client's own loop, kept between blocking calls so connections are reused."""
        if self._runner is None:
            self._runner = asyncio.Runner()  # lazy: no loop is made before run()
        return run_sync(coro, instead=instead, runner=self._runner)


def _endpoint(config: LLMConfig, http_client: httpx.AsyncClient | httpx2.AsyncClient | None) -> Model:
    from .transport import OpenAICompatible

    return OpenAICompatible(config, http_client=http_client)


def _as_endpoint(model: Model) -> OpenAICompatible | None:
    """``model`` if it is the OpenAI-compatible transport."""
    from .transport import OpenAICompatible

    return model if isinstance(model, OpenAICompatible) else None
