"""The LLM client: the one module that talks to ``openai``.

:class:`LLMClient` wraps ``AsyncOpenAI(max_retries=0)`` (tenacity, in :mod:`.retry`, is the only
retry owner) and adds the cache, token ceilings, bounded concurrency, structured-output strategy
fallback and usage accounting. :func:`translate_error` is the single place where SDK and HTTP
failures become :mod:`summarizer.errors` exceptions.

One implementation is async (:meth:`LLMClient.astructured`); :meth:`LLMClient.structured` runs it
on a private event loop (call the sync methods from one thread at a time). Connection pools belong
to an event loop, so a client reused under a new loop starts a fresh pool; prefer one client per
loop and close it with ``aclose()`` in async code, ``close()`` otherwise.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import time
from collections.abc import Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Generic, TypeVar, cast
from urllib.parse import urlsplit

import httpx
import httpx2
import openai
from openai.types.chat import ChatCompletion, ChatCompletionMessage
from pydantic import BaseModel

from .._sync import run_sync
from ..errors import (
    AuthError,
    ContentFilteredError,
    InputTooLongError,
    LLMError,
    RateLimitedError,
    RequestRejectedError,
    TransientLLMError,
    TruncatedOutputError,
    UnreachableError,
)
from .cache import Cached, Outcome, ResponseCache, cache_key
from .config import LLMConfig
from .retry import retrying
from .structured import (
    FALLBACK,
    Completion,
    ConcreteStrategy,
    Message,
    prepare_messages,
    response_format,
    strict_schema,
    validated_answer,
)
from ..models import Usage
from .usage import TokenBudget, estimate_tokens

__all__ = ["LLMClient", "StructuredResult", "translate_error", "retry_after_seconds"]

logger = logging.getLogger("summarizer.llm")

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")

_TRANSIENT_STATUS = {408, 409, 429}
_AUTH_STATUS = {401, 402, 403}
_FILTER_MARKERS = (
    "data_inspection_failed",  # DashScope
    "content_filter",
    "content_policy_violation",
    "inappropriate content",
    "敏感内容",  # Zhipu 1301
)
_FORMAT_MARKERS = ("response_format", "json_schema", "json_object")
# How servers say that the prompt (with the room asked for the answer) exceeds the context.
_CONTEXT_MARKERS = (
    "context_length_exceeded",  # OpenAI's code
    "maximum context length",  # OpenAI, DeepSeek, vLLM
    "exceed_context_size",  # llama.cpp server's error type
    "exceeds the available context",  # llama.cpp server
    "exceeded model token limit",  # Moonshot
    "range of input length",  # DashScope (Qwen)
    "prompt is too long",
    "input is too long",
)


@dataclass(frozen=True)
class StructuredResult(Generic[T]):
    """A validated answer. ``attempts`` counts HTTP requests (0 when ``cached``)."""

    value: T
    usage: Usage
    attempts: int
    cached: bool


# --------------------------------------------------------------------------- error translation


def retry_after_seconds(
    headers: Mapping[str, str] | None, *, now: float | None = None
) -> float | None:
    """The wait a response asks for: ``retry-after-ms``, else ``Retry-After`` in seconds or as an
    HTTP date; None when absent or unparsable."""
    if not headers:
        return None
    lowered = {k.lower(): v for k, v in headers.items()}
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        raw = lowered.get(name)
        if raw is None:
            continue
        try:
            return max(0.0, float(raw) / scale)
        except ValueError:
            pass
    raw_date = lowered.get("retry-after")
    try:
        when = email.utils.parsedate_to_datetime(raw_date) if raw_date else None
    except (TypeError, ValueError):
        when = None
    return None if when is None else max(0.0, when.timestamp() - (now or time.time()))


def translate_error(
    exc: BaseException, *, max_retry_wait: float = 60.0, secret: str | None = None
) -> LLMError:
    """Map an ``openai``/``httpx`` failure (or an undecodable 200) to our error tree.

    ``secret`` (the API key) is scrubbed from the message in case a server echoes it.
    """
    if isinstance(exc, openai.APITimeoutError):
        return TransientLLMError(_redact(f"request timed out ({exc.__cause__!r})", secret))
    if isinstance(exc, openai.APIConnectionError):
        return UnreachableError(_redact(f"connection failed: {exc.__cause__ or exc}", secret))
    if isinstance(exc, openai.APIStatusError):
        return _from_status(exc, max_retry_wait, secret)
    if isinstance(exc, (openai.APIResponseValidationError, json.JSONDecodeError)):
        return TransientLLMError(
            "the server sent a 200 that is not a chat completion", status_code=200
        )
    if isinstance(exc, (httpx.HTTPError, httpx2.HTTPError)):
        return TransientLLMError(_redact(f"HTTP error: {exc!r}", secret))
    return LLMError(_redact(f"unexpected client error: {exc!r}", secret))


def _from_status(exc: openai.APIStatusError, max_retry_wait: float, secret: str | None) -> LLMError:
    status = exc.status_code
    detail = _redact(_api_message(exc), secret)
    where = urlsplit(str(exc.request.url)).netloc
    text = f"HTTP {status} from {where}: {detail}"
    haystack = f"{detail} {exc.code or ''} {exc.type or ''}".lower()
    if any(marker in haystack for marker in _FILTER_MARKERS):
        return ContentFilteredError(text, status_code=status)
    if status in _AUTH_STATUS or (status == 429 and "insufficient_quota" in haystack):
        return AuthError(text, status_code=status)
    if status == 429:
        wait = retry_after_seconds(exc.response.headers)
        if wait is not None and wait > max_retry_wait:
            return RateLimitedError(
                f"{text} (server asks to wait {wait:.0f}s, more than max_retry_wait="
                f"{max_retry_wait:.0f}s)",
                retry_after=wait,
                status_code=status,
            )
    if status in _TRANSIENT_STATUS or status >= 500:
        return TransientLLMError(text, status_code=status)
    if status == 413 or any(marker in haystack for marker in _CONTEXT_MARKERS):
        return InputTooLongError(text, status_code=status)
    return RequestRejectedError(text, status_code=status)


def _api_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        message = body.get("message") or body.get("error") or body
        return str(message)[:500]
    return exc.message[:500]


def _redact(text: str, secret: str | None) -> str:
    return text.replace(secret, "***") if secret else text


def _rejects_response_format(err: LLMError) -> bool:
    """A 400 that names the structured-output field: the strategy, not the request, is wrong."""
    cause = err.__cause__
    if not isinstance(err, RequestRejectedError) or not isinstance(cause, openai.APIStatusError):
        return False
    return cause.param == "response_format" or any(m in str(err).lower() for m in _FORMAT_MARKERS)


def _rejects_temperature(err: LLMError) -> bool:
    """A 400 about the ``temperature`` parameter: the model accepts only its default value."""
    cause = err.__cause__
    if not isinstance(cause, openai.APIStatusError):
        return False
    return cause.param == "temperature" or "temperature" in str(err).lower()


def _server_retry_after(exc: BaseException) -> float | None:
    cause = exc.__cause__
    if isinstance(cause, openai.APIStatusError):
        return retry_after_seconds(cause.response.headers)
    return None


# --------------------------------------------------------------------------- the client


@dataclass
class _CallState:
    """Attempts and usage of one logical call, across retries, re-asks and fallbacks."""

    usage: Usage
    budget_key: str | None
    max_tokens: int
    strategy: ConcreteStrategy = "json_schema"
    schema: dict[str, Any] = field(default_factory=dict)
    name: str = "answer"
    serial: int = 0  # the call's place in the order calls began


class LLMClient:
    """Structured calls to one OpenAI-compatible endpoint; safe to share across many documents.

    At most ``config.concurrency`` HTTP requests are in flight at once (an ``asyncio.Semaphore``
    around each request, not around retry waits). :attr:`usage` is the run total, failed calls
    included.

    A refused key or balance (:class:`AuthError`) fails, unsent, every call that had already
    begun when the refusal came (those waiting for a slot or a retry), so a batch sends no more
    than the requests already in flight; calls begun afterwards are sent again, since a balance
    can be topped up while a long-lived client waits.
    """

    def __init__(
        self,
        config: LLMConfig,
        *,
        http_client: httpx.AsyncClient | httpx2.AsyncClient | None = None,
    ) -> None:
        self.config = config
        self._http_client = http_client
        self._openai: openai.AsyncOpenAI | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._semaphore = asyncio.Semaphore(config.concurrency)
        self._strategy: ConcreteStrategy = cast(ConcreteStrategy, config.preferred_strategy)
        self._budget = TokenBudget(
            per_document=config.max_tokens_per_document, per_run=config.max_tokens_per_run
        )
        self._usage = Usage.empty(priced=config.price is not None)
        self._cache = (
            ResponseCache(config.cache_path) if config.use_cache and config.cache_path else None
        )
        self._runner: asyncio.Runner | None = None
        self._reached = False  # whether any request has had an HTTP response
        self._begun = 0  # calls begun (not answered from the cache)
        self._refusal: tuple[int, AuthError] | None = None  # calls begun by then, and the error
        self._send_temperature = True  # until the model says it takes only its default

    def __repr__(self) -> str:
        return f"LLMClient({self.config!r})"

    @property
    def usage(self) -> Usage:
        """Usage of every call made through this client so far."""
        return self._usage

    @property
    def strategy(self) -> ConcreteStrategy:
        """The structured-output strategy currently used (after any fallback)."""
        return self._strategy

    def aborts_batch(self, err: BaseException) -> bool:
        """Whether ``err`` dooms every other call of the batch too: a refused key or balance,
        or an endpoint that no request of this client has reached (a wrong base URL, a server
        that is down), so that a batch stops at once instead of failing chunk by chunk."""
        return isinstance(err, AuthError) or (isinstance(err, UnreachableError) and not self._reached)

    def budget_spent(self, budget_key: str | None = None) -> int:
        """Tokens charged against a document's ceiling (or the run's, for None)."""
        return self._budget.spent(budget_key)

    async def astructured(
        self,
        messages: Sequence[Message],
        response_model: type[T],
        *,
        prompt_version: str,
        max_output_tokens: int | None = None,
        budget_key: str | None = None,
    ) -> StructuredResult[T]:
        """Ask for an answer that validates as ``response_model``.

        ``prompt_version`` is part of the cache key: change it when the prompt's meaning changes.
        ``budget_key`` names the document whose token ceiling this call counts against.
        Raises an :class:`~summarizer.errors.LLMError` subclass (with ``attempts`` and ``usage``
        attached) or :class:`~summarizer.errors.BudgetExceededError`. A truncation is cached like
        an answer: the same request later raises the same :class:`TruncatedOutputError` with
        ``attempts=0`` and a cached call's usage, without a request.
        """
        max_tokens = max_output_tokens or self.config.max_output_tokens
        schema = strict_schema(response_model)
        key = self._cache_key(messages, schema, prompt_version, max_tokens)
        hit = await self._cached(key, response_model)
        if hit is not None:
            return hit
        state = _CallState(
            usage=Usage.empty(priced=self.config.price is not None, calls=1),
            budget_key=budget_key,
            max_tokens=max_tokens,
            schema=schema,
            name=response_model.__name__,
        )
        self._begun += 1
        state.serial = self._begun
        try:
            value = await self._answer(list(messages), response_model, state)
        except LLMError as err:
            err.attempts, err.usage = state.usage.attempts, state.usage
            # Cached outcomes: validated answers, and truncations - a property of the request
            # (max_tokens is in the key) that the caller resolves by splitting the input, so a
            # re-run must reach the same split without paying again for the most expensive
            # answer there is (a whole max_tokens of output). Not cached: content filters and
            # refusals (a terminal failure the user sees; caching would make it permanent
            # until the whole cache is dropped, while asking again costs one request and
            # providers' filters change), validation failures (a new attempt may succeed) and
            # transient errors (never: they say nothing about the request).
            if isinstance(err, TruncatedOutputError):
                await self._store(key, "truncated", _truncation_json(err), state.usage)
            raise
        finally:
            self._usage = self._usage + state.usage
        await self._store(key, "answer", value.model_dump_json(), state.usage)
        return StructuredResult(value, state.usage, state.usage.attempts, cached=False)

    def structured(
        self,
        messages: Sequence[Message],
        response_model: type[T],
        *,
        prompt_version: str,
        max_output_tokens: int | None = None,
        budget_key: str | None = None,
    ) -> StructuredResult[T]:
        """Blocking :meth:`astructured` (not from inside a running event loop)."""
        return self._run_sync(
            self.astructured(
                messages,
                response_model,
                prompt_version=prompt_version,
                max_output_tokens=max_output_tokens,
                budget_key=budget_key,
            ),
            "client.astructured",
        )

    async def aclose(self) -> None:
        """Close the HTTP connections and the cache."""
        sdk, self._openai, self._loop = self._openai, None, None
        if sdk is not None:
            await sdk.close()
        if self._cache is not None:
            self._cache.close()

    def close(self) -> None:
        """Blocking :meth:`aclose` (from async code, use ``await client.aclose()``)."""
        if self._runner is None:  # connections of someone else's (finished) loop: just drop them
            self._drop()
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

    # ----------------------------------------------------------------------- internals

    def _sdk(self) -> openai.AsyncOpenAI:
        """The SDK client of the running loop: pooled connections cannot outlive their loop,
        so a client reused under a new loop (two ``asyncio.run`` calls) starts a fresh pool."""
        loop = asyncio.get_running_loop()
        if self._openai is None or (self._loop is not loop and self._http_client is None):
            self._openai = openai.AsyncOpenAI(
                api_key=self.config.api_key,
                base_url=self.config.base_url,
                timeout=self.config.timeout,
                max_retries=0,  # tenacity (retry.py) is the one retry owner
                http_client=cast(httpx2.AsyncClient | None, self._http_client),
            )
            if self.config.provider != "openai":
                # The SDK fills these from $OPENAI_ORG_ID / $OPENAI_PROJECT_ID and sends them
                # as headers: they name an OpenAI account, which is no other provider's business.
                self._openai.organization = self._openai.project = None
            self._loop = loop
            self._semaphore = asyncio.Semaphore(self.config.concurrency)
        return self._openai

    def _drop(self) -> None:
        self._openai = self._loop = None
        if self._cache is not None:
            self._cache.close()

    def _run_sync(self, coro: Coroutine[Any, Any, R], instead: str) -> R:
        """On this client's own loop, kept between blocking calls so connections are reused."""
        if self._runner is None:
            self._runner = asyncio.Runner()  # lazy: no loop is made before run()
        return run_sync(coro, instead=instead, runner=self._runner)

    def _cache_key(
        self, messages: Sequence[Message], schema: dict[str, Any], version: str, max_tokens: int
    ) -> str:
        # The configured strategy (not the one reached by fallback) so that a re-run of an
        # "auto" client finds its answers before probing the endpoint again.
        return cache_key(
            base_url=self.config.base_url,
            model=self.config.model,
            messages=list(messages),
            schema=schema,
            prompt_version=version,
            temperature=self.config.temperature,
            max_tokens=max_tokens,
            strategy=self.config.strategy,
        )

    async def _store(self, key: str, kind: Outcome, value: str, usage: Usage) -> None:
        if self._cache is not None:
            await asyncio.to_thread(self._cache.put, key, value, usage.model_dump(), kind)

    async def _cached(self, key: str, response_model: type[T]) -> StructuredResult[T] | None:
        """The stored outcome of this exact request: its answer, or its truncation raised again
        (``attempts=0``, a cached call's usage); None when there is nothing usable."""
        found = None if self._cache is None else await asyncio.to_thread(self._cache.get, key)
        if found is None:
            return None
        usage = Usage.empty(priced=self.config.price is not None, calls=1, cached_calls=1)
        try:
            outcome = _decode(found, response_model, usage)
        except (ValueError, KeyError, TypeError):  # incl. ValidationError
            outcome = None  # the model or the record changed without a prompt_version bump
        if outcome is None:
            return None
        self._usage = self._usage + usage
        if isinstance(outcome, TruncatedOutputError):
            raise outcome
        return StructuredResult(outcome, usage, attempts=0, cached=True)

    async def _answer(self, messages: list[Message], model: type[T], state: _CallState) -> T:
        """Run the re-ask loop, stepping down the strategy when the server rejects one."""
        async def send(conversation: list[Message]) -> Completion:
            return await self._send(conversation, state)

        while True:
            state.strategy = self._strategy
            prompt = prepare_messages(messages, state.strategy, state.schema)
            try:
                return await validated_answer(
                    send,
                    prompt,
                    model,
                    max_tokens=state.max_tokens,
                    max_reasks=self.config.max_reasks,
                    max_empty_retries=self.config.max_empty_retries,
                )
            except RequestRejectedError as err:
                if not (self._drop_temperature(err) or self._fall_back(state.strategy, err)):
                    raise

    def _drop_temperature(self, err: RequestRejectedError) -> bool:
        """Stop sending ``temperature`` (remembered for the run) if the 400 says the model takes
        none but its default, as reasoning models do (OpenAI's o-series and gpt-5)."""
        if not self._send_temperature or not _rejects_temperature(err):
            return False
        logger.warning(
            "%s rejects temperature=%s; sending none from now on",
            self.config.model, self.config.temperature,
        )  # fmt: skip
        self._send_temperature = False
        return True

    def _fall_back(self, failed: ConcreteStrategy, err: RequestRejectedError) -> bool:
        """Step down (once per rejection, remembered for the run) if the 400 was about it."""
        nxt = FALLBACK.get(failed)
        if self.config.strategy != "auto" or nxt is None or not _rejects_response_format(err):
            return False
        order = ("json_schema", "json_object", "prompt")
        if order.index(nxt) > order.index(self._strategy):
            logger.warning(
                "%s rejected response_format %s; using %s from now on",
                self.config.base_url, failed, nxt,
            )
            self._strategy = nxt
        return True

    async def _send(self, conversation: list[Message], state: _CallState) -> Completion:
        """One request with transient-failure retries; every attempt is counted in ``state``."""
        policy = retrying(self.config, retry_after=_server_retry_after)
        return cast(Completion, await policy(self._attempt, conversation, state))

    async def _attempt(self, conversation: list[Message], state: _CallState) -> Completion:
        sdk = self._sdk()  # before the semaphore: a new loop gets a new one
        async with self._semaphore:
            # Checked and recorded while holding a slot: a waiter that gets the slot released
            # by a refused request already sees the refusal.
            self._raise_refusal(state)
            reservation = self._budget.reserve(
                state.budget_key, estimate_tokens(m.get("content", "") for m in conversation)
            )
            try:
                raw = await self._create(sdk, conversation, state)
                self._reached = True
                completion = _completion(raw, self.config)
            except (openai.OpenAIError, json.JSONDecodeError, TransientLLMError) as exc:
                timed_out = isinstance(exc, openai.APITimeoutError)  # the provider may have charged
                reservation.settle(None if timed_out else 0)
                state.usage = state.usage + _failed_attempt(self.config, unknown=timed_out)
                if isinstance(exc, TransientLLMError):
                    raise
                raise self._translated(exc) from exc
        reservation.settle(completion.usage.total_tokens)
        state.usage = state.usage + completion.usage
        return completion

    def _translated(self, exc: BaseException) -> LLMError:
        """The error in our tree, noting what it says of the endpoint (reached; key refused)."""
        self._reached = self._reached or isinstance(exc, openai.APIStatusError)
        err = translate_error(exc, max_retry_wait=self.config.max_retry_wait, secret=self.config.api_key)
        if isinstance(err, AuthError):
            self._refusal = (self._begun, err)
        return err

    def _raise_refusal(self, state: _CallState) -> None:
        """Fail a call, unsent, that had begun before a refusal of the key or balance."""
        if self._refusal is not None and state.serial <= self._refusal[0]:
            refusal = self._refusal[1]
            raise AuthError(f"not sent: {refusal}", status_code=refusal.status_code) from refusal

    async def _create(
        self, sdk: openai.AsyncOpenAI, conversation: list[Message], state: _CallState
    ) -> object:
        fmt = response_format(state.strategy, state.schema, state.name)
        limit_name = "max_completion_tokens" if self.config.provider == "openai" else "max_tokens"
        kwargs: dict[str, Any] = {
            "model": self.config.model, "messages": conversation, limit_name: state.max_tokens,
        }  # fmt: skip
        if self._send_temperature:
            kwargs["temperature"] = self.config.temperature
        if fmt is not None:
            kwargs["response_format"] = fmt
        return cast(object, await sdk.chat.completions.create(**kwargs))


def _decode(found: Cached, model: type[T], usage: Usage) -> T | TruncatedOutputError | None:
    if found.kind == "answer":
        return model.model_validate_json(found.value)
    if found.kind == "truncated":
        return _replayed_truncation(found.value, usage)
    return None  # written by a newer version


def _truncation_json(err: TruncatedOutputError) -> str:
    return json.dumps(
        {"message": str(err), "reasoning_exhausted": err.reasoning_exhausted,
         "raw_output": err.raw_output},
        ensure_ascii=False,
    )  # fmt: skip


def _replayed_truncation(record: str, usage: Usage) -> TruncatedOutputError:
    """The cached truncation as the error the original request raised (same message)."""
    data = json.loads(record)
    return TruncatedOutputError(
        str(data["message"]),
        reasoning_exhausted=bool(data["reasoning_exhausted"]),
        raw_output=data["raw_output"],
        attempts=0,
        usage=usage,
    )


def _failed_attempt(config: LLMConfig, *, unknown: bool) -> Usage:
    tokens = None if unknown else 0
    cost = config.price.cost(tokens, tokens) if config.price else None
    return Usage(attempts=1, prompt_tokens=tokens, completion_tokens=tokens,
                 reasoning_tokens=tokens, cost=cost)  # fmt: skip


def _completion(raw: object, config: LLMConfig) -> Completion:
    """Reduce an SDK response to a :class:`Completion`; a broken 200 is a transient error.

    The SDK builds responses without validating them, so every field is checked here.
    """
    choices = getattr(raw, "choices", None) if isinstance(raw, ChatCompletion) else None
    choice = choices[0] if isinstance(choices, list) and choices else None
    message = getattr(choice, "message", None)
    if not isinstance(raw, ChatCompletion) or not isinstance(message, ChatCompletionMessage):
        raise TransientLLMError(
            "the server sent a 200 that is not a chat completion", status_code=200
        )
    content = message.content if isinstance(message.content, str) else None
    extra = message.model_extra or {}
    reasoning = bool(
        extra.get("reasoning_content")
        or extra.get("reasoning")
        or "<think>" in (content or "").lower()
    )
    return Completion(
        content=content,
        finish_reason=getattr(choice, "finish_reason", None),
        refusal=message.refusal,
        usage=_usage_of(raw, config, reasoning),
        reasoning=reasoning,
    )


def _usage_of(raw: ChatCompletion, config: LLMConfig, reasoning: bool) -> Usage:
    """Tokens of one response; missing usage is unknown (None), never 0."""
    usage = raw.usage
    prompt = _int_or_none(getattr(usage, "prompt_tokens", None))
    completion = _int_or_none(getattr(usage, "completion_tokens", None))
    details = getattr(usage, "completion_tokens_details", None)
    reasoning_tokens = _int_or_none(getattr(details, "reasoning_tokens", None))
    if reasoning_tokens is None and completion is not None and not reasoning:
        reasoning_tokens = 0  # no reasoning anywhere in the answer, so none was billed
    cost = config.price.cost(prompt, completion) if config.price else None
    return Usage(
        attempts=1,
        prompt_tokens=prompt,
        completion_tokens=completion,
        reasoning_tokens=reasoning_tokens,
        cost=cost,
    )


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
