"""The LLM layer: structured, cached, retried, accounted calls to OpenAI-compatible endpoints.

Typical use::

    config = LLMConfig.from_env(provider="deepseek")      # ConfigError if no key
    async with LLMClient(config) as client:
        result = await client.astructured(messages, ChunkNotes, prompt_version="notes-v1",
                                          budget_key=doc_id)
        result.value, result.usage, result.attempts, result.cached
"""

from __future__ import annotations

from .client import LLMClient, StructuredResult, translate_error
from .config import PRESETS, LLMConfig, Strategy
from ..models import Usage
from .usage import Price

__all__ = [
    "LLMClient",
    "LLMConfig",
    "PRESETS",
    "Price",
    "Strategy",
    "StructuredResult",
    "Usage",
    "translate_error",
]
