"""Strict schemas, JSON extraction, item-wise validation and message preparation (no network)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, Field

from summarizer.notes import ChunkNotes
from summarizer.llm.negotiation import response_format, with_schema_in_prompt
from summarizer.llm.schema import strict_schema
from summarizer.llm.structured import extract_json, strip_think


class Inner(BaseModel):
    label: str = Field("x", description="a label", min_length=1)


class Outer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    default: int = 3  # a field *named* like a JSON-schema keyword must survive
    inner: Inner
    maybe: Inner | None = None
    tags: list[str] = []
    scores: dict[str, int] = {}


def _objects(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if node.get("type") == "object":
            found.append(node)
        for value in node.values():
            found.extend(_objects(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_objects(value))
    return found


def _keys(node: Any) -> set[str]:
    if isinstance(node, dict):
        keys = set(node)
        for name, value in node.items():
            keys |= _keys(value) if name not in ("properties", "$defs") else set().union(
                *(_keys(v) for v in value.values())
            )
        return keys
    if isinstance(node, list):
        return set().union(*(_keys(v) for v in node)) if node else set()
    return set()


def test_strict_schema_requires_everything_and_forbids_extras() -> None:
    schema = strict_schema(Outer)
    assert set(schema["required"]) == {"title", "default", "inner", "maybe", "tags", "scores"}
    assert schema["additionalProperties"] is False
    assert schema["$defs"]["Inner"]["required"] == ["label"]
    assert schema["$defs"]["Inner"]["additionalProperties"] is False
    # a real map keeps its value schema
    assert schema["properties"]["scores"]["additionalProperties"] == {"type": "integer"}
    for obj in _objects(schema):
        assert "additionalProperties" in obj


def test_strict_schema_drops_unsupported_keywords_but_not_field_names() -> None:
    schema = strict_schema(Outer)
    assert "default" in schema["properties"]
    assert not _keys(schema) & {"default", "minLength", "title"}
    assert schema["properties"]["maybe"]["anyOf"][1] == {"type": "null"}  # nullable, required


def test_strict_schema_of_the_chunk_notes_contract() -> None:
    schema = strict_schema(ChunkNotes)
    target = schema["properties"]["targets"]["items"]  # used once: written in place
    assert set(target["required"]) == set(target["properties"])
    assert target["properties"]["value_max"] == {"type": ["number", "null"]}  # nullable, required
    assert "$defs" not in schema and not _keys(schema) & {"$ref", "description"}


class Nullables(BaseModel):
    count: int | None
    label: str | None = Field(description="said once")
    inner: Inner | None


def test_strict_schema_writes_a_union_of_bare_types_as_a_type_list() -> None:
    props = strict_schema(Nullables)["properties"]
    assert props["count"] == {"type": ["integer", "null"]}
    assert props["label"] == {"type": ["string", "null"], "description": "said once"}
    # a member richer than a bare type keeps the union
    assert props["inner"]["anyOf"][1] == {"type": "null"} and props["inner"]["anyOf"][0]["type"] == "object"


class Tree(BaseModel):
    name: str
    children: list[Tree]


class Forest(BaseModel):
    big: Tree
    small: Tree | None
    note: Inner


def test_strict_schema_keeps_shared_and_recursive_definitions() -> None:
    forest = strict_schema(Forest)
    assert forest["properties"]["big"] == {"$ref": "#/$defs/Tree"}
    assert forest["properties"]["note"]["properties"]["label"] == {"description": "a label", "type": "string"}
    assert set(forest["$defs"]) == {"Tree"}
    assert forest["$defs"]["Tree"]["properties"]["children"]["items"] == {"$ref": "#/$defs/Tree"}
    tree = strict_schema(Tree)  # a recursive root: a reference next to its definition
    assert tree["$ref"] == "#/$defs/Tree" and tree["$defs"]["Tree"]["additionalProperties"] is False


def test_strict_schema_is_built_once_per_model_and_copied() -> None:
    built: list[type] = []

    class Counted(BaseModel):
        a: int

        @classmethod
        def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
            built.append(cls)
            return super().model_json_schema(*args, **kwargs)

    strict_schema(Counted)["properties"]["a"]["type"] = "string"
    assert strict_schema(Counted)["properties"]["a"] == {"type": "integer"}
    assert built == [Counted]


def test_response_format_per_strategy() -> None:
    schema = strict_schema(Outer)
    fmt = response_format("json_schema", schema, "Outer model")
    assert fmt is not None
    assert fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["name"] == "Outer_model"
    assert response_format("grammar", schema, "Outer") == {"type": "json_object", "schema": schema}
    assert response_format("json_object", schema, "Outer") == {"type": "json_object"}
    assert response_format("prompt", schema, "Outer") is None


def test_the_schema_in_the_instructions_without_mutating_input() -> None:
    messages = [{"role": "system", "content": "你是助手"}, {"role": "user", "content": "总结"}]
    schema = strict_schema(Outer)
    prompted = with_schema_in_prompt(messages, schema)
    assert prompted[0]["content"].startswith("你是助手")
    # compact, and the strict-mode bookkeeping said once in words rather than per object
    assert '{"title":{"type":"string"},"default":{"type":"integer"}' in prompted[0]["content"]
    assert '"required"' not in prompted[0]["content"]
    assert '"additionalProperties":false' not in prompted[0]["content"]
    assert '"additionalProperties":{"type":"integer"}' in prompted[0]["content"]  # a real map stays
    assert "every property present and no others" in prompted[0]["content"]
    assert "JSON" in prompted[0]["content"]
    assert messages[0]["content"] == "你是助手"
    bare = with_schema_in_prompt([{"role": "user", "content": "hi"}], schema)
    assert [m["role"] for m in bare] == ["system", "user"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1}', {"a": 1}),
        ('好的，结果如下：\n```json\n{"a": "二"}\n```\n以上。', {"a": "二"}),
        ("```\n{\"a\": 3}\n```", {"a": 3}),
        ('<think>先想想 {"a": 0} 和 {不是json}</think>\n{"a": 4}', {"a": 4}),
        ('推理…</think>{"a": 5}', {"a": 5}),
        ('前言 {注：见附件} 然后 {"a": "含有 } 和 { 的字符串"} 结尾', {"a": "含有 } 和 { 的字符串"}),
        ('{"o": {"i": [1, {"x": 2}]}} trailing {"b": 1}', {"o": {"i": [1, {"x": 2}]}}),
    ],
)
def test_extract_json(text: str, expected: dict[str, Any]) -> None:
    assert extract_json(text) == expected


@pytest.mark.parametrize("text", ["", "没有 JSON", "<think>{\"a\": 1}</think>", "[1, 2]", "{broken"])
def test_extract_json_without_an_object(text: str) -> None:
    with pytest.raises(ValueError):
        extract_json(text)


def test_strip_think_handles_unterminated_block() -> None:
    assert strip_think("<think>still thinking {") == ""
    assert strip_think("answer <THINK>x</THINK> done") == "answer  done"


def test_bounded_limits_named_strings_and_lists_only() -> None:
    from summarizer.llm.schema import bounded

    schema = strict_schema(ChunkNotes)
    limited = bounded(schema, {"summary": 40, "targets": 16, "evidence": 60, "value": 9})
    sections = limited["properties"]["sections"]
    assert sections["items"]["properties"]["summary"] == {"type": "string", "maxLength": 40}
    assert "maxItems" not in sections and limited["properties"]["targets"]["maxItems"] == 16
    target = limited["properties"]["targets"]["items"]["properties"]
    assert target["evidence"]["maxLength"] == 60 and "maxLength" not in target["value"]  # a number
    assert schema == strict_schema(ChunkNotes)  # the original is untouched
