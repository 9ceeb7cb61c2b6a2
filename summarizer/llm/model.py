"""The model seam: one request in, one reply out.

Everything between the pipeline and a model goes through :class:`Model`, a protocol of one
async method (in the spirit of simonw/llm's ``Model.execute``). Below the seam, a transport
(:class:`~summarizer.llm.transport.OpenAICompatible` for any OpenAI-compatible endpoint) decides
how to ask: which structured-output mode the server takes, streaming, retries of transient
failures, error translation. Above it, :class:`~summarizer.llm.client.LLMClient` decides what
to ask and what to make of the answer: validation, salvage of partial answers, re-asks, the
cache, budgets. :class:`summarizer.testing.FakeModel` is a model that answers from a queue, so
everything above the seam can be tested without a server.

A model answers with the text it produced and why it stopped (``finish_reason``): ``"stop"``,
``"length"`` (the token limit), :data:`RUNAWAY` (the transport stopped an answer that was
repeating itself), or a provider's filter reason. A failure is raised as a
:class:`~summarizer.errors.LLMError`, with the usage of the attempts it made.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from ..models import Usage

__all__ = ["Message", "Request", "Reply", "Model", "Closable", "RUNAWAY", "CUT_SHORT"]

Message = dict[str, str]

RUNAWAY = "runaway"
"""The finish reason of an answer the transport stopped because it was repeating itself."""

CUT_SHORT = frozenset({"length", RUNAWAY})
"""Finish reasons of an answer that did not end by itself: handled as a truncation."""


@dataclass(frozen=True)
class Request:
    """What the model is asked: the chat ``messages`` and the JSON ``schema`` (strict, see
    :func:`~summarizer.llm.schema.strict_schema`) the answer must follow, named ``name``, in at
    most ``max_tokens`` tokens. ``bounds`` are length limits by property name (characters of a
    string, items of a list) that a model decoding by grammar may be held to (see
    :func:`~summarizer.llm.schema.bounded`); the answer is not validated against them."""

    messages: Sequence[Message]
    schema: dict[str, Any] = field(repr=False)
    name: str
    max_tokens: int
    bounds: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Reply:
    """What the model answered. ``usage`` covers every attempt the model made for this request;
    ``reasoning`` is true when reasoning came back (``reasoning_content``, ``<think>``)."""

    text: str | None
    finish_reason: str | None
    usage: Usage
    refusal: str | None = None
    reasoning: bool = False


class Model(Protocol):
    """Anything that answers a :class:`Request`."""

    async def execute(self, request: Request) -> Reply:
        """The model's reply, or an :class:`~summarizer.errors.LLMError`."""
        ...


@runtime_checkable
class Closable(Protocol):
    """A model holding resources (connections) that its client closes with it."""

    async def aclose(self) -> None: ...
