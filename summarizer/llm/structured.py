"""Structured answers: the JSON in a reply, validated item by item, re-asked when nothing is usable.

:func:`ask` drives one logical call over a :class:`~summarizer.llm.model.Model`: it sends,
classifies the reply (refusal, cut short, empty), extracts the JSON (tolerating ``<think>``
blocks, fences and prose around it) and validates it with pydantic. An answer whose lists hold
some invalid items keeps the valid ones (:func:`validate_items`): each dropped item is counted,
with the reason, in :attr:`Answer.dropped`; only an answer with nothing usable is re-asked, with
the validation errors. A re-ask *replaces* the previous failed turn - the conversation is always
the original messages plus at most one bad answer and one correction - so the prompt never grows.

An answer cut short (the token limit, or a runaway the transport stopped) is never re-asked: it
raises :class:`~summarizer.errors.TruncatedOutputError` with the text so far, from which
:func:`salvage_partial` can still take the items that were complete.
"""

from __future__ import annotations

import functools
import json
import re
import typing
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

import pydantic_core
from pydantic import BaseModel, TypeAdapter, ValidationError

from ..errors import ContentFilteredError, OutputValidationError, TruncatedOutputError
from .model import CUT_SHORT, RUNAWAY, Message, Model, Reply, Request

__all__ = [
    "Dropped",
    "Answer",
    "strip_think",
    "extract_json",
    "validate_items",
    "salvage_partial",
    "ask",
]

T = TypeVar("T", bound=BaseModel)

_FILTER_REASONS = {"content_filter", "sensitive"}


@dataclass(frozen=True)
class Dropped:
    """Items of one list field that were dropped, and why."""

    field: str
    count: int
    reason: str


@dataclass(frozen=True)
class Answer(Generic[T]):
    """A validated answer and the items dropped from it."""

    value: T
    dropped: tuple[Dropped, ...] = ()


# --------------------------------------------------------------------------- JSON extraction

_THINK_BLOCK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_FENCE = re.compile(r"```(?:json|JSON)?[ \t]*\n?(.*?)```", re.DOTALL)
# strict=False: a raw line feed inside a string (small models write them, and grammars let them
# through) is taken as it is, rather than failing the whole object.
_DECODER = json.JSONDecoder(strict=False)


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


# --------------------------------------------------------------------------- item-wise validation


def _item_type(annotation: Any) -> type[BaseModel] | None:
    """``X`` for a field typed ``list[X]`` with ``X`` a model, else None."""
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) is list and args and isinstance(args[0], type):
        return args[0] if issubclass(args[0], BaseModel) else None
    return None


@functools.cache
def _adapter(item: type[BaseModel]) -> TypeAdapter[BaseModel]:
    return TypeAdapter(item)


def _reason(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "item"
    return f"{where}: {first['msg']}"


def _known_keys(item: Any, model: type[BaseModel]) -> Any:
    """An item without the keys its model does not know (a small model's extra ``unit``
    carries nothing the item needs)."""
    return {k: v for k, v in item.items() if k in model.model_fields} if isinstance(item, dict) else item


def _valid_items(name: str, raw: Any, item: type[BaseModel]) -> tuple[list[BaseModel], list[Dropped]]:
    if not isinstance(raw, list):
        return [], [Dropped(name, 1, "not a list")]
    kept: list[BaseModel] = []
    reasons: Counter[str] = Counter()
    for entry in raw:
        try:
            kept.append(_adapter(item).validate_python(_known_keys(entry, item)))
        except ValidationError as exc:
            reasons[_reason(exc)] += 1
    return kept, [Dropped(name, n, why) for why, n in reasons.items()]


def validate_items(data: Any, model: type[T]) -> Answer[T]:
    """``data`` as a ``model``, keeping the valid items of its list fields when some are not.

    Raises the whole answer's ``ValidationError`` when nothing usable is left: ``data`` has none
    of the model's fields (an object from inside the answer, or another answer altogether), a
    field that is not a list fails, or every list is empty after items were dropped.
    """
    try:
        return Answer(model.model_validate(data))
    except ValidationError as exc:
        whole = exc
    if not isinstance(data, dict) or not set(data) & set(model.model_fields):
        raise whole
    values: dict[str, Any] = {}
    dropped: list[Dropped] = []
    for name, info in model.model_fields.items():
        item = _item_type(info.annotation)
        if item is None:
            if name in data:
                values[name] = data[name]
            continue
        values[name], lost = _valid_items(name, data.get(name, []), item)
        dropped += lost
    lists = [values[n] for n, info in model.model_fields.items() if _item_type(info.annotation)]
    if dropped and not any(lists):
        raise whole
    try:
        return Answer(model.model_validate(values), tuple(dropped))
    except ValidationError:
        raise whole from None


def salvage_partial(text: str, model: type[T]) -> Answer[T] | None:
    """The complete items of an answer that was cut short, or None when there are none.

    The JSON is read as far as it goes (open strings, lists and objects closed); the item that
    was being written when the answer stopped is dropped as ``cut off``, since its last field
    may be cut too (``12`` of ``123``).
    """
    text = strip_think(text)
    start = text.find("{")
    if start < 0:
        return None
    try:
        data = pydantic_core.from_json(text[start:], allow_partial=True)
    except ValueError:
        return None
    if not isinstance(data, dict) or not data:
        return None
    cut: list[Dropped] = []
    last = next(reversed(data))
    if isinstance(data[last], list) and data[last]:
        data[last] = data[last][:-1]
        cut.append(Dropped(last, 1, "cut off"))
    try:
        answer = validate_items(data, model)
    except ValidationError:
        return None
    return Answer(answer.value, tuple(cut) + answer.dropped)


# --------------------------------------------------------------------------- the re-ask loop


async def ask(
    model: Model,
    request: Request,
    response_model: type[T],
    *,
    max_reasks: int,
    max_empty_retries: int,
) -> Answer[T]:
    """Ask ``model`` until the answer validates (:func:`validate_items`), re-asking at most
    ``max_reasks`` times.

    Raises :class:`ContentFilteredError` on a refusal or filter (never retried),
    :class:`TruncatedOutputError` when the answer was cut short (never re-asked) and
    :class:`OutputValidationError` when the re-ask or empty-answer budget runs out.
    """
    conversation: Sequence[Message] = request.messages
    reasks, empties = 0, 0
    while True:
        reply = await model.execute(replace(request, messages=conversation))
        _reject_filtered(reply)
        if reply.finish_reason in CUT_SHORT:
            raise _truncated(reply, request.max_tokens)
        text = strip_think(reply.text or "")
        if not text:
            if empties >= max_empty_retries:
                raise OutputValidationError(f"empty answer {empties + 1} times in a row")
            empties += 1
            continue
        try:
            return validate_items(extract_json(text), response_model)
        except ValueError as exc:  # incl. ValidationError
            if _hit_limit(reply, request.max_tokens):
                raise _truncated(reply, request.max_tokens) from exc
            if reasks >= max_reasks:
                raise OutputValidationError(
                    f"no valid answer after {reasks} re-asks: {_describe(exc)}", raw_output=text
                ) from exc
            reasks += 1
            conversation = [
                *request.messages,
                {"role": "assistant", "content": text},
                {"role": "user", "content": _correction(exc)},
            ]


def _reject_filtered(reply: Reply) -> None:
    if reply.refusal:
        raise ContentFilteredError(f"the model refused: {reply.refusal[:200]}")
    if reply.finish_reason in _FILTER_REASONS:
        raise ContentFilteredError(
            f"the provider's content filter stopped the answer ({reply.finish_reason})"
        )


def _hit_limit(reply: Reply, max_tokens: int) -> bool:
    used = reply.usage.completion_tokens
    return used is not None and used >= max_tokens


def _truncated(reply: Reply, max_tokens: int) -> TruncatedOutputError:
    answer = strip_think(reply.text or "")
    exhausted = not answer and (reply.reasoning or bool(reply.usage.reasoning_tokens))
    if reply.finish_reason == RUNAWAY:
        why = f"the answer repeated itself and was stopped after {len(reply.text or '')} characters"
    else:
        why = "reasoning used up the whole budget" if exhausted else "the answer was cut off"
        why = f"output truncated at max_tokens={max_tokens}: {why}"
    return TruncatedOutputError(
        f"{why}; split the input or raise the limit",
        reasoning_exhausted=exhausted,
        raw_output=reply.text,
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
