"""The model layer: structured, cached, retried, accounted calls to a model.

Typical use::

    config = LLMConfig.from_env(provider="deepseek")      # ConfigError if no key
    async with LLMClient(config) as client:
        result = await client.astructured(messages, ChunkNotes, prompt_version="notes-v1",
                                          budget_key=doc_id)
        result.value, result.usage, result.attempts, result.cached, result.dropped

The parts, each with one job: ``model`` (the seam: :class:`Model`, :class:`Request`,
:class:`Reply`), ``transport`` (:class:`OpenAICompatible`, the only module importing ``openai``:
negotiation, streaming, retries, error translation), ``negotiation``, ``runaway``, ``retry``,
``structured`` (validation, salvage, re-asks), ``schema``, ``cache`` (store and replay), ``run``
(slots, budgets, usage, batch aborts), ``usage``, ``config``, and ``client`` putting them together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..models import Usage
from .client import LLMClient, StructuredResult
from .config import PRESETS, LLMConfig, Strategy
from .model import Model, Reply, Request
from .run import Activity
from .usage import Price

if TYPE_CHECKING:
    from .transport import OpenAICompatible, translate_error

__all__ = [
    "Activity",
    "LLMClient",
    "LLMConfig",
    "Model",
    "OpenAICompatible",
    "PRESETS",
    "Price",
    "Reply",
    "Request",
    "Strategy",
    "StructuredResult",
    "Usage",
    "translate_error",
]


def __getattr__(name: str) -> Any:
    # The transport loads the openai SDK (~0.4 s of a CLI run) and only a call to an endpoint needs
    # it: the rules engine, the batch state and FakeModel never do, so it is imported on first use.
    if name in ("OpenAICompatible", "translate_error"):
        from . import transport

        return getattr(transport, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
