"""The OpenAI-compatible transport: the one module that talks to ``openai``.

:class:`OpenAICompatible` is the :class:`~summarizer.llm.model.Model` of any OpenAI-compatible
endpoint (OpenAI, DeepSeek, Qwen, Moonshot, Zhipu, Ollama, vLLM, llama.cpp, LM Studio ...). For
each request it

- asks in the form the server takes (:mod:`.negotiation`: structured-output strategy,
  temperature, stream options), stepping down on a refusal instead of retrying it;
- streams the answer, so the timeout measures silence rather than the whole answer, and a
  request the server is still working on is never given up and sent again; an answer that
  repeats itself (:mod:`.runaway`) is stopped and returned cut short, and closing the stream
  tells the server to stop generating;
- retries transient failures (tenacity, :mod:`.retry`, the one retry owner; the SDK's own
  retries are off), honouring ``Retry-After``;
- translates every ``openai``/``httpx`` failure into :mod:`summarizer.errors` in one place,
  :func:`translate_error`.

``AsyncOpenAI`` pools connections per event loop, so a transport reused under a new loop starts
a fresh SDK client.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import urlsplit

import httpx
import httpx2
import openai
from openai import AsyncStream
from openai.types.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionMessage

from ..errors import (
    AuthError,
    ContentFilteredError,
    InputTooLongError,
    LLMError,
    RateLimitedError,
    RequestRejectedError,
    TransientLLMError,
    UnreachableError,
    UnsupportedParameterError,
)
from ..models import Usage
from .config import LLMConfig, Strategy
from .model import RUNAWAY, Reply, Request
from .negotiation import Negotiation
from .retry import retrying
from .runaway import RunawayGuard

__all__ = ["OpenAICompatible", "translate_error", "retry_after_seconds", "reply_of_body"]

logger = logging.getLogger("summarizer.llm")

_TRANSIENT_STATUS = {408, 409, 429}
_AUTH_STATUS = {401, 402, 403}
_FILTER_MARKERS = (
    "data_inspection_failed",  # DashScope
    "content_filter",
    "content_policy_violation",
    "inappropriate content",
    "敏感内容",  # Zhipu 1301
)
# The options a server may refuse, and how its refusal names them.
_PARAM_MARKERS = {
    "response_format": ("response_format", "json_schema", "json_object"),
    "stream_options": ("stream_options",),
    "temperature": ("temperature",),
}
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

    ``secret`` (the API key) is scrubbed from the message in case a server echoes it. An
    endpoint that cannot be reached is named by its URL.
    """
    if isinstance(exc, openai.APITimeoutError):
        return TransientLLMError(_redact(f"request timed out ({exc.__cause__!r})", secret))
    if isinstance(exc, openai.APIConnectionError):
        url = str(exc.request.url)
        return UnreachableError(_redact(f"connection failed to {url}: {exc.__cause__ or exc}", secret))
    if isinstance(exc, openai.APIStatusError):
        return _from_status(exc, max_retry_wait, secret)
    if isinstance(exc, openai.APIError) and not isinstance(exc, openai.APIResponseValidationError):
        return _from_stream_error(exc, secret)  # an error event in the middle of a stream
    if isinstance(exc, (openai.APIResponseValidationError, json.JSONDecodeError)):
        return TransientLLMError("the server sent a 200 that is not a chat completion", status_code=200)
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
    refused = _refused_param(exc, haystack)
    if refused is not None:
        return UnsupportedParameterError(text, param=refused, status_code=status)
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


def _refused_param(exc: openai.APIStatusError, haystack: str) -> str | None:
    """The option a 400/422 (or, for the structured-output field, a 5xx) refuses, if it names
    one: by its ``param`` field or in its message."""
    status = exc.status_code
    if status not in (400, 422) and status < 500:
        return None
    named = exc.param if isinstance(exc.param, str) else ""
    for param, markers in _PARAM_MARKERS.items():
        if status >= 500 and param != "response_format":
            continue  # a 5xx is the server's trouble unless it names the format it cannot do
        if named.startswith(param) or any(marker in haystack for marker in markers):
            return param
    return None


def _from_stream_error(exc: openai.APIError, secret: str | None) -> LLMError:
    detail = _redact(f"{exc.message} {exc.body or ''}"[:500], secret)
    text = f"the server reported an error mid-answer: {detail}"
    lowered = detail.lower()
    if any(marker in lowered for marker in _FILTER_MARKERS):
        return ContentFilteredError(text)
    if any(marker in lowered for marker in _CONTEXT_MARKERS):
        return InputTooLongError(text)
    return TransientLLMError(text)


def _api_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        message = body.get("message") or body.get("error") or body.get("detail") or body
        return str(message)[:500]
    return exc.message[:500]


def _redact(text: str, secret: str | None) -> str:
    return text.replace(secret, "***") if secret else text


def _server_retry_after(exc: BaseException) -> float | None:
    cause = exc.__cause__
    if isinstance(cause, openai.APIStatusError):
        return retry_after_seconds(cause.response.headers)
    return None


# --------------------------------------------------------------------------- reading answers


class _CutOff(TransientLLMError):
    """The stream ended before the answer did: tokens were made, and perhaps billed."""


@dataclass
class _Answer:
    """An answer as it streams in."""

    guard: RunawayGuard = field(default_factory=RunawayGuard)
    finish_reason: str | None = None
    refusal: str | None = None
    reasoning: bool = False
    usage: Any = None
    chunks: int = 0

    def add(self, chunk: object) -> bool:
        """Take one streamed chunk; True when the answer has become a runaway."""
        if not isinstance(chunk, ChatCompletionChunk):
            raise TransientLLMError("the server streamed something that is not a chat completion chunk")
        self.chunks += 1
        self.usage = chunk.usage or self.usage
        runaway = False
        for choice in chunk.choices if isinstance(chunk.choices, list) else []:
            delta = getattr(choice, "delta", None)
            extra = getattr(delta, "model_extra", None) or {}
            self.reasoning = self.reasoning or bool(extra.get("reasoning_content") or extra.get("reasoning"))
            self.usage = self.usage or (getattr(choice, "model_extra", None) or {}).get("usage")  # Moonshot
            self.refusal = self.refusal or getattr(delta, "refusal", None)
            self.finish_reason = getattr(choice, "finish_reason", None) or self.finish_reason
            content = getattr(delta, "content", None)
            if isinstance(content, str) and content:
                runaway = self.guard.feed(content) or runaway
        return runaway


def reply_of_body(body: Mapping[str, Any], config: LLMConfig) -> Reply:
    """A chat completion that came back as JSON (a Batch API result line's body) as a
    :class:`Reply`; one that is not a chat completion is a transient error."""
    try:
        completion = ChatCompletion.model_validate(body)
    except ValueError as exc:
        raise TransientLLMError("the result is not a chat completion", status_code=200) from exc
    return _reply_of(completion, config)


def _reply_of(raw: object, config: LLMConfig) -> Reply:
    """A non-streamed response as a :class:`Reply`; a broken 200 is a transient error.

    The SDK builds responses without validating them, so every field is checked here.
    """
    choices = getattr(raw, "choices", None) if isinstance(raw, ChatCompletion) else None
    choice = choices[0] if isinstance(choices, list) and choices else None
    message = getattr(choice, "message", None)
    if not isinstance(raw, ChatCompletion) or not isinstance(message, ChatCompletionMessage):
        raise TransientLLMError("the server sent a 200 that is not a chat completion", status_code=200)
    content = message.content if isinstance(message.content, str) else None
    extra = message.model_extra or {}
    reasoning = bool(extra.get("reasoning_content") or extra.get("reasoning") or "<think>" in (content or "").lower())
    return Reply(
        text=content,
        finish_reason=getattr(choice, "finish_reason", None),
        usage=_usage_of(raw.usage, config, reasoning),
        refusal=message.refusal,
        reasoning=reasoning,
    )


def _usage_of(usage: Any, config: LLMConfig, reasoning: bool) -> Usage:
    """Tokens of one response; missing usage is unknown (None), never 0. ``usage`` is the SDK's
    object, or a plain dict where a server puts it in a streamed choice (Moonshot)."""
    prompt = _int_or_none(_field(usage, "prompt_tokens"))
    completion = _int_or_none(_field(usage, "completion_tokens"))
    reasoning_tokens = _int_or_none(_field(_field(usage, "completion_tokens_details"), "reasoning_tokens"))
    if reasoning_tokens is None and completion is not None and not reasoning:
        reasoning_tokens = 0  # no reasoning anywhere in the answer, so none was billed
    cached = _int_or_none(_field(_field(usage, "prompt_tokens_details"), "cached_tokens"))
    if cached is None:
        cached = _int_or_none(_field(usage, "prompt_cache_hit_tokens"))  # DeepSeek's name for it
    cost = config.price.cost(prompt, completion, cached) if config.price else None
    return Usage(attempts=1, prompt_tokens=prompt, completion_tokens=completion,
                 reasoning_tokens=reasoning_tokens, cached_prompt_tokens=cached, cost=cost)  # fmt: skip


def _field(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _failed_attempt(config: LLMConfig, *, unknown: bool) -> Usage:
    tokens = None if unknown else 0
    cost = config.price.cost(tokens, tokens) if config.price else None
    return Usage(attempts=1, prompt_tokens=tokens, completion_tokens=tokens,
                 reasoning_tokens=tokens, cached_prompt_tokens=tokens, cost=cost)  # fmt: skip


# --------------------------------------------------------------------------- the transport


class OpenAICompatible:
    """The :class:`~summarizer.llm.model.Model` of one OpenAI-compatible endpoint."""

    def __init__(
        self,
        config: LLMConfig,
        *,
        http_client: httpx.AsyncClient | httpx2.AsyncClient | None = None,
    ) -> None:
        self.config = config
        self.negotiation = Negotiation(config)
        self._http_client = http_client
        self._openai: openai.AsyncOpenAI | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def __repr__(self) -> str:
        return f"OpenAICompatible({self.config!r})"

    @property
    def strategy(self) -> Strategy:
        """The structured-output strategy used now (after any step down)."""
        return self.negotiation.strategy

    async def execute(self, request: Request) -> Reply:
        """Ask, in the form the server takes; retried when the failure is transient."""
        spent = Usage.empty(priced=self.config.price is not None)
        while True:
            try:
                reply = await self._with_retries(request, spent)
            except LLMError as err:
                spent = err.usage if isinstance(err.usage, Usage) else spent
                if self.negotiation.step_down(err):
                    continue
                raise
            self.negotiation.confirm()
            return reply

    async def aclose(self) -> None:
        """Close the HTTP connections."""
        sdk, self._openai, self._loop = self._openai, None, None
        if sdk is not None:
            await sdk.close()

    def drop(self) -> None:
        """Forget the connections of a loop that is gone (they cannot be closed from here)."""
        self._openai = self._loop = None

    async def _with_retries(self, request: Request, spent: Usage) -> Reply:
        """One request with transient-failure retries; every attempt is counted."""
        state = [spent]
        policy = retrying(self.config, retry_after=_server_retry_after)
        try:
            reply = cast(Reply, await policy(self._attempt, request, state))
        except LLMError as err:
            err.usage, err.attempts = state[0], state[0].attempts
            raise
        return Reply(reply.text, reply.finish_reason, state[0], reply.refusal, reply.reasoning)

    async def _attempt(self, request: Request, state: list[Usage]) -> Reply:
        sdk = self._sdk()
        options = self.negotiation.options(request)
        try:
            if self.config.stream:
                reply = await self._streamed(sdk, options)
            else:
                raw = await sdk.chat.completions.create(**options)
                reply = _reply_of(cast(object, raw), self.config)
        except (openai.OpenAIError, json.JSONDecodeError, httpx.HTTPError, httpx2.HTTPError) as exc:
            timed_out = isinstance(exc, openai.APITimeoutError)  # the provider may have charged
            state[0] = state[0] + _failed_attempt(self.config, unknown=timed_out)
            raise translate_error(exc, max_retry_wait=self.config.max_retry_wait,
                                  secret=self.config.api_key) from exc  # fmt: skip
        except TransientLLMError as exc:  # a broken 200, or a stream cut off
            state[0] = state[0] + _failed_attempt(self.config, unknown=isinstance(exc, _CutOff))
            raise
        state[0] = state[0] + reply.usage
        return reply

    async def _streamed(self, sdk: openai.AsyncOpenAI, options: dict[str, Any]) -> Reply:
        """Read a streamed answer; stop it when it runs away (closing the stream tells the
        server to stop). A stream that ends without saying why was cut off by the server (a
        llama-cpp-python server does so when another request is waiting): transient."""
        options = {**options, "stream": True}
        if self.negotiation.stream_usage:
            options["stream_options"] = {"include_usage": True}
        stream = cast(AsyncStream[ChatCompletionChunk], await sdk.chat.completions.create(**options))
        answer = _Answer()
        async with stream:
            async for chunk in stream:
                if answer.add(chunk):
                    answer.finish_reason = RUNAWAY
                    logger.warning("%s: the answer repeats itself; stopped after %d characters",
                                   self.config.model, len(answer.guard.text))  # fmt: skip
                    break
        if answer.chunks == 0:
            raise TransientLLMError("the server sent a 200 that is not a chat completion stream", status_code=200)
        text = answer.guard.text
        if answer.finish_reason is None:
            raise _CutOff(f"the answer stream ended unfinished after {len(text)} characters")
        reasoning = answer.reasoning or "<think>" in text.lower()
        return Reply(text, answer.finish_reason, _usage_of(answer.usage, self.config, reasoning),
                     answer.refusal, reasoning)  # fmt: skip

    def _sdk(self) -> openai.AsyncOpenAI:
        """The SDK client of the running loop: pooled connections cannot outlive their loop,
        so a transport reused under a new loop (two ``asyncio.run`` calls) starts a fresh pool."""
        loop = asyncio.get_running_loop()
        if self._openai is None or (self._loop is not loop and self._http_client is None):
            self._openai = openai.AsyncOpenAI(
                api_key=self.config.api_key,
                base_url=self.config.base_url,
                timeout=self.config.silence_timeout,  # streamed: the longest silence
                max_retries=0,  # tenacity (retry.py) is the one retry owner
                # Our own pool rather than the SDK's default one: the SDK's closes itself when
                # collected by scheduling a task on whatever loop runs then - for the pool of a
                # loop that is gone (a transport reused under a new loop) that fails in another
                # caller's loop. A pool of a finished loop is simply dropped.
                http_client=cast(httpx2.AsyncClient, self._http_client or openai.DefaultAsyncHttpxClient()),
            )
            if self.config.provider != "openai":
                # The SDK fills these from $OPENAI_ORG_ID / $OPENAI_PROJECT_ID and sends them
                # as headers: they name an OpenAI account, which is no other provider's business.
                self._openai.organization = self._openai.project = None
            self._loop = loop
        return self._openai
