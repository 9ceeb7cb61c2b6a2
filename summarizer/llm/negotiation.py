"""What an endpoint takes, learnt from its refusals and remembered for the run.

An OpenAI-compatible server is asked for the best it may offer and steps down on its first
refusal: the structured-output strategy (``json_schema`` → ``grammar`` → ``json_object`` →
``prompt``, see :data:`~summarizer.llm.config.Strategy`), ``temperature`` (reasoning models take
only their default) and ``stream_options`` (servers that stream but know no usage chunk). A
refusal is an :class:`~summarizer.errors.UnsupportedParameterError` naming the option; a 422
before the first answer came back counts as a refusal of the structured-output strategy too
(FastAPI servers reject an unknown ``response_format`` with one that may name nothing).

:class:`Negotiation` turns a :class:`~summarizer.llm.model.Request` into the options of the chat
request (``response_format``, the schema in the instructions when the server does not enforce
it) and holds what was learnt. It does not import ``openai``: the transport sends what it builds.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import LLMError, RequestRejectedError, UnsupportedParameterError
from .config import STRATEGIES, LLMConfig, Strategy
from .model import Message, Request
from .schema import bounded, schema_in_words

__all__ = ["Negotiation", "response_format", "with_schema_in_prompt"]

logger = logging.getLogger("summarizer.llm")


def response_format(strategy: Strategy, schema: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The ``response_format`` request field for a strategy (None for ``prompt``)."""
    if strategy == "json_schema":
        safe_name = re.sub(r"[^A-Za-z0-9_-]", "_", name)[:64] or "answer"
        return {"type": "json_schema", "json_schema": {"name": safe_name, "schema": schema, "strict": True}}
    if strategy == "grammar":
        return {"type": "json_object", "schema": schema}
    if strategy == "json_object":
        return {"type": "json_object"}
    return None


def with_schema_in_prompt(messages: list[Message], schema: dict[str, Any]) -> list[Message]:
    """The messages with the schema and a JSON-only instruction appended to the (first) system
    message, or in a new one: what a server that does not enforce the schema needs."""
    instruction = (
        "Reply with one JSON object and nothing else. It must conform to this JSON Schema "
        "(every property present and no others, null where a value is absent):\n"
        + json.dumps(schema_in_words(schema), ensure_ascii=False, separators=(",", ":"))
    )
    out = [dict(m) for m in messages]
    for message in out:
        if message.get("role") == "system":
            message["content"] = f"{message.get('content', '')}\n\n{instruction}"
            return out
    return [{"role": "system", "content": instruction}, *out]


@dataclass
class Negotiation:
    """The options one endpoint takes, as learnt so far (one per client, so one per run)."""

    config: LLMConfig
    strategy: Strategy = field(init=False)
    send_temperature: bool = field(default=True, init=False)
    stream_usage: bool = field(default=True, init=False)  # ask for a usage chunk at the end
    confirmed: bool = field(default=False, init=False)  # an answer came back in this strategy

    def __post_init__(self) -> None:
        self.strategy = self.config.preferred_strategy

    def options(self, request: Request) -> dict[str, Any]:
        """The chat request's fields for ``request`` (``messages`` included), as negotiated."""
        messages = [dict(m) for m in request.messages]
        if self._schema_in_prompt():
            messages = with_schema_in_prompt(messages, request.schema)
        limit = "max_completion_tokens" if self.config.provider == "openai" else "max_tokens"
        out: dict[str, Any] = {"model": self.config.model, "messages": messages, limit: request.max_tokens}
        if self.send_temperature:
            out["temperature"] = self.config.temperature
        # Local servers decode by grammar (llama.cpp, Ollama, vLLM), which holds a small model to
        # the length limits; hosted strict modes may reject them, and their models need none.
        schema = bounded(request.schema, dict(request.bounds)) if self.config.local else request.schema
        fmt = response_format(self.strategy, schema, request.name)
        if fmt is not None:
            out["response_format"] = fmt
        return out

    def confirm(self) -> None:
        """An answer came back: the current strategy is one the server takes."""
        self.confirmed = True

    def step_down(self, err: LLMError) -> bool:
        """Adjust to a refusal (remembered for the run); False when ``err`` is not one we can
        answer by sending less, and should be raised."""
        if not isinstance(err, RequestRejectedError):
            return False
        param = err.param if isinstance(err, UnsupportedParameterError) else None
        if param == "temperature" and self.send_temperature:
            logger.warning("%s rejects temperature=%s; sending none from now on",
                           self.config.model, self.config.temperature)  # fmt: skip
            self.send_temperature = False
            return True
        if param == "stream_options" and self.stream_usage:
            self.stream_usage = False
            return True
        format_refused = param == "response_format" or (err.status_code == 422 and not self.confirmed)
        return format_refused and self._next_strategy()

    def _next_strategy(self) -> bool:
        if self.config.strategy != "auto" or self.strategy == "prompt":
            return False
        failed = self.strategy
        self.strategy = STRATEGIES[STRATEGIES.index(failed) + 1]
        logger.warning("%s rejected response_format %s; using %s from now on",
                       self.config.base_url, failed, self.strategy)  # fmt: skip
        return True

    def _schema_in_prompt(self) -> bool:
        """Whether the instructions must carry the schema: yes unless the server enforces it.
        A ``grammar`` reached by stepping down may be a server that takes ``json_object`` and
        ignores the schema beside it, so only the preset that names it vouches for it."""
        if self.strategy == "json_schema":
            return False
        return not (self.strategy == "grammar" and self.config.preferred_strategy == "grammar")
