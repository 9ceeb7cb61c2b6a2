"""Structured output: strategies, strict schemas, JSON extraction, validation and re-ask.

Strategies, best first: ``json_schema`` (the server enforces our strict schema), ``json_object``
(the server guarantees JSON; the schema goes in the instructions) and ``prompt`` (instructions
only). :func:`validated_answer` drives one logical call: it sends, classifies the completion
(refusal, truncation, empty), extracts the JSON, validates it with pydantic and re-asks with the
validation errors. A re-ask *replaces* the previous failed turn - the conversation is always the
original messages plus at most one bad answer and one correction - so the prompt never grows.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import ContentFilteredError, OutputValidationError, TruncatedOutputError
from ..models import Usage

__all__ = [
    "Completion",
    "Message",
    "ConcreteStrategy",
    "FALLBACK",
    "strict_schema",
    "response_format",
    "prepare_messages",
    "extract_json",
    "strip_think",
    "parse_answer",
    "Send",
    "validated_answer",
]

T = TypeVar("T", bound=BaseModel)
Message = dict[str, str]
ConcreteStrategy = Literal["json_schema", "json_object", "prompt"]

FALLBACK: dict[ConcreteStrategy, ConcreteStrategy] = {
    "json_schema": "json_object",
    "json_object": "prompt",
}
"""Where to go when the server rejects a strategy's ``response_format``."""

_FILTER_REASONS = {"content_filter", "sensitive"}

# Keywords that strict json_schema modes reject or that only cost tokens; pydantic still enforces
# the constraints after the answer arrives (a violation triggers a re-ask).
_UNSUPPORTED = frozenset(
    {
        "default", "examples", "title", "format", "pattern", "minLength", "maxLength",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "discriminator",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Completion:
    """What one successful HTTP attempt returned, reduced to what we act on."""

    content: str | None
    finish_reason: str | None
    refusal: str | None
    usage: Usage  # of this attempt alone
    reasoning: bool = False  # reasoning came back (reasoning_content/reasoning fields, <think>)


# --------------------------------------------------------------------------- schemas and prompts


def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema made strict-mode compatible, and small.

    Every object lists all its properties as required and sets ``additionalProperties: false``;
    optional fields must therefore be typed ``X | None`` to stay nullable. ``$defs`` are processed
    too, ``$ref`` loses its sibling keywords and unsupported keywords (``default``, ``pattern``,
    bounds, ...) are removed. A definition used once is written in place (the schema is sent, and
    billed, with every call; in place it needs no name and no reference); shared and recursive
    ones stay in ``$defs``. Descriptions are kept: they are the model's to give.

    Built once per model (pydantic's schema generation takes milliseconds); each caller gets its
    own copy.
    """
    return dict(json.loads(_strict_schema_json(model)))


@functools.cache
def _strict_schema_json(model: type[BaseModel]) -> str:
    return json.dumps(_inline_single_use(_strict(model.model_json_schema())), ensure_ascii=False)


def _strict(node: Any) -> Any:
    if isinstance(node, list):
        return [_strict(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:  # a recursive root model is a reference next to its definitions
        defs = {name: _strict(sub) for name, sub in node.get("$defs", {}).items()}
        return {"$ref": node["$ref"], **({"$defs": defs} if defs else {})}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _UNSUPPORTED:
            continue
        if key in ("properties", "$defs"):  # maps of names: never filter the names themselves
            out[key] = {name: _strict(sub) for name, sub in value.items()}
        else:
            out[key] = _strict(value)
    if out.get("type") == "object" and not isinstance(out.get("additionalProperties"), dict):
        out.setdefault("properties", {})
        out["required"] = list(out["properties"])
        out["additionalProperties"] = False
    return _type_union(out)


def _type_union(node: dict[str, Any]) -> dict[str, Any]:
    """``{"anyOf": [{"type": "number"}, {"type": "null"}]}`` as ``{"type": ["number", "null"]}``:
    the same schema (strict modes accept both), in 4 tokens instead of 11, for every nullable
    field on every call. Unions of anything richer than bare types stay as they are."""
    union = node.get("anyOf")
    if "type" in node or not isinstance(union, list):
        return node
    if not all(isinstance(m, dict) and m.keys() == {"type"} and isinstance(m["type"], str) for m in union):
        return node
    rest = {key: value for key, value in node.items() if key != "anyOf"}
    return {"type": [m["type"] for m in union], **rest}


_DEFS = "#/$defs/"


def _ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref[len(_DEFS) :] if isinstance(ref, str) and ref.startswith(_DEFS) else None


def _ref_names(node: Any) -> Iterator[str]:
    if isinstance(node, list):
        for item in node:
            yield from _ref_names(item)
    elif isinstance(node, dict):
        name = _ref_name(node)
        if name is not None:
            yield name
        for value in node.values():
            yield from _ref_names(value)


def _inline_single_use(schema: dict[str, Any]) -> dict[str, Any]:
    """Replace each reference to a definition used exactly once by the definition itself.

    A recursive definition is referenced from outside its cycle as well as from inside it, so
    it is used more than once and stays (unreachable ones are dropped)."""
    defs: dict[str, Any] = schema.get("$defs", {})
    uses = Counter(_ref_names(schema))

    def expand(node: Any) -> Any:
        if isinstance(node, list):
            return [expand(item) for item in node]
        if not isinstance(node, dict):
            return node
        name = _ref_name(node)
        if name is not None and uses[name] == 1 and name in defs:
            return expand(defs[name])
        return {key: expand(value) for key, value in node.items() if key != "$defs"}

    out: dict[str, Any] = expand(schema)
    shared = {name: expand(body) for name, body in defs.items() if uses[name] > 1}
    if shared:
        out["$defs"] = shared
    return out


def response_format(
    strategy: ConcreteStrategy, schema: dict[str, Any], name: str
) -> dict[str, Any] | None:
    """The ``response_format`` request field for a strategy (None for ``prompt``)."""
    if strategy == "json_schema":
        safe_name = re.sub(r"[^A-Za-z0-9_-]", "_", name)[:64] or "answer"
        return {
            "type": "json_schema",
            "json_schema": {"name": safe_name, "schema": schema, "strict": True},
        }
    if strategy == "json_object":
        return {"type": "json_object"}
    return None


def prepare_messages(
    messages: Sequence[Message], strategy: ConcreteStrategy, schema: dict[str, Any]
) -> list[Message]:
    """The messages to send: unchanged for ``json_schema``; otherwise the schema and a
    JSON-only instruction appended to the (first) system message, or a new system message."""
    if strategy == "json_schema":
        return [dict(m) for m in messages]
    instruction = (
        "Reply with one JSON object and nothing else. It must conform to this JSON Schema "
        "(every property present and no others, null where a value is absent):\n"
        + json.dumps(_in_words(schema), ensure_ascii=False, separators=(",", ":"))
    )
    out = [dict(m) for m in messages]
    for message in out:
        if message.get("role") == "system":
            message["content"] = f"{message.get('content', '')}\n\n{instruction}"
            return out
    return [{"role": "system", "content": instruction}, *out]


def _in_words(node: Any) -> Any:
    """A strict schema without its per-object ``required`` lists and ``additionalProperties:
    false``: in a prompt the instruction says it once for all objects (~100 fewer tokens for
    ChunkNotes, on every call)."""
    if isinstance(node, list):
        return [_in_words(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: {name: _in_words(sub) for name, sub in value.items()}
        if key in ("properties", "$defs")  # maps of names: never filter the names themselves
        else _in_words(value)
        for key, value in node.items()
        if key != "required" and not (key == "additionalProperties" and value is False)
    }


# --------------------------------------------------------------------------- JSON extraction

_THINK_BLOCK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_FENCE = re.compile(r"```(?:json|JSON)?[ \t]*\n?(.*?)```", re.DOTALL)
_DECODER = json.JSONDecoder()


def strip_think(text: str) -> str:
    """Remove ``<think>…</think>`` blocks (whatever they contain), a dangling ``…</think>``
    prefix (some models omit the opening tag) and an unterminated ``<think>`` tail."""
    text = _THINK_BLOCK.sub("", text)
    if "</think>" in text.lower():
        text = text[text.lower().rindex("</think>") + len("</think>") :]
    opening = text.lower().find("<think>")
    return (text if opening < 0 else text[:opening]).strip()


def extract_json(text: str) -> Any:
    """The JSON object in a model's answer, tolerating think blocks, fences and prose around it.

    A fenced block (```json …```) that holds an object wins; otherwise the first ``{`` from which
    a whole JSON object decodes (string-aware, so braces inside strings or stray braces in prose
    are handled). Raises ``ValueError`` when there is none.
    """
    text = strip_think(text)
    for match in _FENCE.finditer(text):
        found = _first_object(match.group(1))
        if found is not None:
            return found
    found = _first_object(text)
    if found is None:
        raise ValueError("the reply contains no JSON object")
    return found


def _first_object(text: str) -> dict[str, Any] | None:
    start = text.find("{")
    while start >= 0:
        try:
            value, _ = _DECODER.raw_decode(text, start)
        except ValueError:
            value = None
        if isinstance(value, dict):
            return value
        start = text.find("{", start + 1)
    return None


def parse_answer(text: str, response_model: type[T]) -> T:
    """Extract and validate; raises ``ValueError`` (incl. pydantic ``ValidationError``)."""
    return response_model.model_validate(extract_json(text))


# --------------------------------------------------------------------------- the re-ask loop

Send = Callable[[list[Message]], Awaitable[Completion]]


async def validated_answer(
    send: Send,
    prompt: list[Message],
    response_model: type[T],
    *,
    max_tokens: int,
    max_reasks: int,
    max_empty_retries: int,
) -> T:
    """Send ``prompt`` until the answer validates, re-asking at most ``max_reasks`` times.

    Raises :class:`ContentFilteredError` on a refusal or filter (never retried),
    :class:`TruncatedOutputError` when the answer hit the token limit (never re-asked) and
    :class:`OutputValidationError` when the re-ask or empty-answer budget runs out.
    """
    conversation, reasks, empties = prompt, 0, 0
    while True:
        completion = await send(conversation)
        _reject_filtered(completion)
        if completion.finish_reason == "length":
            raise _truncated(completion, max_tokens)
        answer = strip_think(completion.content or "")
        if not answer:
            if empties >= max_empty_retries:
                raise OutputValidationError(f"empty answer {empties + 1} times in a row")
            empties += 1
            continue
        try:
            return parse_answer(answer, response_model)
        except ValueError as exc:
            if _hit_limit(completion, max_tokens):
                raise _truncated(completion, max_tokens) from exc
            if reasks >= max_reasks:
                raise OutputValidationError(
                    f"no valid answer after {reasks} re-asks: {_describe(exc)}", raw_output=answer
                ) from exc
            reasks += 1
            conversation = [
                *prompt,
                {"role": "assistant", "content": answer},
                {"role": "user", "content": _correction(exc)},
            ]


def _reject_filtered(completion: Completion) -> None:
    if completion.refusal:
        raise ContentFilteredError(f"the model refused: {completion.refusal[:200]}")
    if completion.finish_reason in _FILTER_REASONS:
        raise ContentFilteredError(
            f"the provider's content filter stopped the answer ({completion.finish_reason})"
        )


def _hit_limit(completion: Completion, max_tokens: int) -> bool:
    used = completion.usage.completion_tokens
    return used is not None and used >= max_tokens


def _truncated(completion: Completion, max_tokens: int) -> TruncatedOutputError:
    answer = strip_think(completion.content or "")
    exhausted = not answer and (completion.reasoning or bool(completion.usage.reasoning_tokens))
    why = "reasoning used up the whole budget" if exhausted else "the answer was cut off"
    return TruncatedOutputError(
        f"output truncated at max_tokens={max_tokens}: {why}; split the input or raise the limit",
        reasoning_exhausted=exhausted,
        raw_output=completion.content,
    )


def _describe(exc: ValueError) -> str:
    if isinstance(exc, ValidationError):
        lines = [
            f"- {'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
            for err in exc.errors()[:20]
        ]
        more = exc.error_count() - len(lines)
        return "the JSON does not match the schema:\n" + "\n".join(lines) + (
            f"\n- … and {more} more" if more > 0 else ""
        )
    return f"the reply is not a valid JSON object ({exc})"


def _correction(exc: ValueError) -> str:
    return (
        f"Your previous reply could not be used: {_describe(exc)}\n"
        "Reply again with only the corrected JSON object, conforming to the schema."
    )
