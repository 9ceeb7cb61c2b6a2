"""Strict JSON schemas of answer models: what a server enforces, and what a prompt shows.

:func:`strict_schema` makes a pydantic model's schema strict-mode compatible (OpenAI's
``json_schema``, vLLM's guided decoding, llama.cpp's grammars and Ollama's ``format`` all take
it) and small, since it is sent with every call. :func:`schema_in_words` is the same schema as
a prompt shows it, where one sentence says what ``required``/``additionalProperties`` say for
every object. :func:`bounded` adds length limits for a server that decodes by grammar.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

__all__ = ["strict_schema", "schema_in_words", "bounded"]

# Keywords that strict json_schema modes reject or that only cost tokens; pydantic still enforces
# the constraints after the answer arrives (a violation triggers a re-ask).
_UNSUPPORTED = frozenset(
    {
        "default", "examples", "title", "format", "pattern", "minLength", "maxLength",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "discriminator",
    }
)  # fmt: skip


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


def schema_in_words(node: Any) -> Any:
    """A strict schema without its per-object ``required`` lists and ``additionalProperties:
    false``: in a prompt the instruction says it once for all objects (~100 fewer tokens for
    ChunkNotes, on every call)."""
    if isinstance(node, list):
        return [schema_in_words(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: {name: schema_in_words(sub) for name, sub in value.items()}
        if key in ("properties", "$defs")  # maps of names: never filter the names themselves
        else schema_in_words(value)
        for key, value in node.items()
        if key != "required" and not (key == "additionalProperties" and value is False)
    }


def bounded(schema: dict[str, Any], bounds: dict[str, int]) -> dict[str, Any]:
    """``schema`` with ``maxLength`` on each string property and ``maxItems`` on each array
    property that ``bounds`` names (by property name, wherever it occurs).

    A grammar built from the schema (llama.cpp, Ollama, vLLM) then cannot write a longer string
    or list: a small model that would copy a whole paragraph into a one-line summary, or go on
    listing, has to stop. Validation never checks these limits: they only shape decoding.
    """

    def visit(node: Any, name: str | None) -> Any:
        if isinstance(node, list):
            return [visit(item, name) for item in node]
        if not isinstance(node, dict):
            return node
        out = {key: _visit_value(key, value, visit) for key, value in node.items()}
        limit = bounds.get(name or "")
        declared = out.get("type")
        kinds: list[Any] = declared if isinstance(declared, list) else [declared]
        if limit is not None and "string" in kinds:
            out["maxLength"] = limit
        if limit is not None and "array" in kinds:
            out["maxItems"] = limit
        return out

    result: dict[str, Any] = visit(schema, None)
    return result


def _visit_value(key: str, value: Any, visit: Any) -> Any:
    if key == "properties" and isinstance(value, dict):
        return {name: visit(sub, name) for name, sub in value.items()}
    if key == "$defs" and isinstance(value, dict):
        return {name: visit(sub, None) for name, sub in value.items()}
    return visit(value, None) if isinstance(value, (dict, list)) else value
