"""LLMClient end to end: the real ``openai`` SDK against the scripted server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from email.utils import formatdate
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import BaseModel, ConfigDict
from scripted_server import Hit, Reply, ScriptedServer

from summarizer.errors import (
    AuthError,
    BudgetExceededError,
    ContentFilteredError,
    InputTooLongError,
    LLMError,
    OutputValidationError,
    RateLimitedError,
    RequestRejectedError,
    TransientLLMError,
    TruncatedOutputError,
    UnreachableError,
)
from summarizer.llm import LLMClient, LLMConfig, Price, Usage
from summarizer.llm.transport import retry_after_seconds

pytestmark = pytest.mark.anyio

SECRET = "sk-live-DO-NOT-LEAK-0123456789abcdef"
GOOD = '{"city": "彬州市", "growth": 6.5, "note": null}'
MESSAGES = [
    {"role": "system", "content": "你是政府工作报告分析助手。"},
    {"role": "user", "content": "地区生产总值增长6.5%左右。"},
]


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    city: str
    growth: float
    note: str | None


def make_config(server: ScriptedServer, **overrides: Any) -> LLMConfig:
    options: dict[str, Any] = {
        "base_url": server.base_url,
        "api_key": SECRET,
        "model": "test-model",
        "strategy": "json_schema",
        "timeout": 2.0,
        "max_attempts": 3,
        "backoff_initial": 0.01,
        "backoff_max": 0.02,
        "use_cache": False,
        "cache_path": None,
    }
    options.update(overrides)
    return LLMConfig(**options)


async def ask(client: LLMClient, **kwargs: Any) -> Any:
    return await client.astructured(MESSAGES, Answer, prompt_version="v1", **kwargs)


async def test_success(scripted_server: ScriptedServer) -> None:
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server)) as client:
        result = await ask(client)
    assert result.value == Answer(city="彬州市", growth=6.5, note=None)
    assert (result.attempts, result.cached) == (1, False)
    assert result.usage == Usage(calls=1, attempts=1, prompt_tokens=10, completion_tokens=5, reasoning_tokens=0,
                                 cached_prompt_tokens=None)  # the server did not say
    [hit] = scripted_server.hits
    assert hit.path == "/v1/chat/completions"
    assert hit.headers["authorization"] == f"Bearer {SECRET}"
    assert hit.json["model"] == "test-model"
    assert hit.json["messages"] == MESSAGES
    assert hit.json["temperature"] == 0.0
    fmt = hit.json["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["schema"]["required"] == ["city", "growth", "note"]


@pytest.mark.parametrize(("provider", "sent"), [(None, False), ("deepseek", False), ("openai", True)])
async def test_openai_account_headers_go_to_openai_only(
    scripted_server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, provider: str | None, sent: bool
) -> None:
    monkeypatch.setenv("OPENAI_ORG_ID", "org-private")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-private")
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server, provider=provider)) as client:
        await ask(client)
    [hit] = scripted_server.hits
    headers = (hit.headers.get("openai-organization"), hit.headers.get("openai-project"))
    assert headers == (("org-private", "proj-private") if sent else (None, None))


async def test_429_with_retry_after_waits_then_succeeds(scripted_server: ScriptedServer) -> None:
    scripted_server.push(429, {"error": {"message": "rate limited"}}, {"Retry-After": "1"})
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server)) as client:
        started = time.monotonic()
        result = await ask(client)
        waited = time.monotonic() - started
    assert len(scripted_server.hits) == 2
    assert result.attempts == 2
    assert waited >= 0.9  # honoured the server's wait instead of the 10 ms backoff


async def test_429_forever_surfaces_the_real_error(scripted_server: ScriptedServer) -> None:
    for _ in range(3):
        scripted_server.push(429, {"error": {"message": "rate limited"}})
    async with LLMClient(make_config(scripted_server, max_attempts=3)) as client:
        with pytest.raises(TransientLLMError) as info:
            await ask(client)
    assert len(scripted_server.hits) == 3
    assert info.value.attempts == 3
    assert info.value.status_code == 429
    assert isinstance(info.value.usage, Usage) and info.value.usage.attempts == 3
    assert client.usage.attempts == 3 and client.usage.calls == 1


async def test_total_retry_time_is_bounded(scripted_server: ScriptedServer) -> None:
    for _ in range(2):
        scripted_server.push(429, {"error": {"message": "later"}}, {"Retry-After": "1"})
    config = make_config(scripted_server, max_attempts=5, max_retry_time=0.5)
    async with LLMClient(config) as client:
        with pytest.raises(TransientLLMError) as info:
            await ask(client)
    assert len(scripted_server.hits) == 1 and info.value.attempts == 1


async def test_connection_refused_is_transient_and_aborts_a_batch_that_never_got_through() -> None:
    with ScriptedServer() as gone:
        config = make_config(gone, max_attempts=2)
    async with LLMClient(config) as client:
        with pytest.raises(UnreachableError, match="connection") as info:
            await ask(client)
        assert client.aborts_batch(info.value)
    assert isinstance(info.value, TransientLLMError)  # retried like any transient failure
    assert info.value.attempts == 2 and info.value.usage.prompt_tokens == 0


async def test_an_endpoint_that_answered_once_does_not_abort_the_batch(scripted_server: ScriptedServer) -> None:
    scripted_server.push(500, {"error": {"message": "upstream"}})  # an answer, if not a good one
    async with LLMClient(make_config(scripted_server, max_attempts=1)) as client:
        assert client.aborts_batch(UnreachableError("connection failed"))  # nothing reached yet
        with pytest.raises(TransientLLMError):
            await ask(client)
        # a later connection failure is one chunk's trouble, not the endpoint's
        assert not client.aborts_batch(UnreachableError("connection failed"))
        assert not client.aborts_batch(TransientLLMError("503")) and client.aborts_batch(AuthError("401"))


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (400, {"error": {"message": "This model's maximum context length is 8192 tokens. However, you "
                         "requested 9000 tokens (4904 in the messages, 4096 in the completion).",
                         "type": "invalid_request_error", "code": "context_length_exceeded"}}),
        (400, {"error": {"code": 400, "message": "the request exceeds the available context size, "
                         "try increasing it", "type": "exceed_context_size_error"}}),  # llama.cpp
        (400, {"error": {"message": "Invalid request: Your request exceeded model token limit: 8192"}}),
        (400, {"error": {"message": "Range of input length should be [1, 30720]", "code": "InvalidParameter"}}),
        (413, "<html>Request Entity Too Large</html>"),
    ],
)  # fmt: skip
async def test_a_prompt_over_the_context_is_input_too_long(
    scripted_server: ScriptedServer, status: int, body: object
) -> None:
    scripted_server.push(status, body)
    async with LLMClient(make_config(scripted_server)) as client:
        with pytest.raises(InputTooLongError) as info:
            await ask(client)
    assert isinstance(info.value, RequestRejectedError) and info.value.status_code == status
    assert len(scripted_server.hits) == 1  # never retried as it is


async def test_retry_after_longer_than_cap_fails_fast(scripted_server: ScriptedServer) -> None:
    scripted_server.push(429, {"error": {"message": "quota"}}, {"retry-after-ms": "120000"})
    async with LLMClient(make_config(scripted_server, max_retry_wait=5)) as client:
        with pytest.raises(RateLimitedError, match="120s") as info:
            await ask(client)
    assert info.value.retry_after == pytest.approx(120)
    assert len(scripted_server.hits) == 1


@pytest.mark.parametrize("status", [500, 503, 408])
async def test_server_errors_then_success(scripted_server: ScriptedServer, status: int) -> None:
    scripted_server.push(status, {"error": {"message": "upstream"}})
    scripted_server.push(502, "<html>bad gateway</html>")
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server)) as client:
        result = await ask(client)
    assert result.value.city == "彬州市"
    assert result.attempts == 3 and len(scripted_server.hits) == 3


@pytest.mark.parametrize(
    ("status", "error"),
    [(400, RequestRejectedError), (404, RequestRejectedError), (422, RequestRejectedError),
     (401, AuthError), (402, AuthError), (403, AuthError)],
)  # fmt: skip
async def test_client_errors_are_not_retried(
    scripted_server: ScriptedServer, status: int, error: type[LLMError]
) -> None:
    scripted_server.push(status, {"error": {"message": f"Incorrect API key provided: {SECRET}"}})
    async with LLMClient(make_config(scripted_server)) as client:
        with pytest.raises(error) as info:
            await ask(client)
    assert len(scripted_server.hits) == 1
    assert info.value.attempts == 1 and info.value.status_code == status
    assert SECRET not in str(info.value)


async def test_insufficient_quota_429_is_an_auth_error(scripted_server: ScriptedServer) -> None:
    scripted_server.push(429, {"error": {"message": "no money", "code": "insufficient_quota"}})
    async with LLMClient(make_config(scripted_server)) as client:
        with pytest.raises(AuthError):
            await ask(client)
    assert len(scripted_server.hits) == 1


async def test_read_timeout_is_retried_and_surfaced(scripted_server: ScriptedServer) -> None:
    scripted_server.push_completion(GOOD, delay=2.0)
    scripted_server.push_completion(GOOD, delay=2.0)
    config = make_config(scripted_server, timeout=0.5, max_attempts=2)
    async with LLMClient(config) as client:
        with pytest.raises(TransientLLMError, match="timed out") as info:
            await ask(client)
    assert info.value.attempts == 2
    assert info.value.usage.prompt_tokens is None  # the provider may have charged: unknown


async def test_timeout_then_success(scripted_server: ScriptedServer) -> None:
    scripted_server.push_completion(GOOD, delay=2.0)
    scripted_server.push_completion(GOOD)
    # 0.5 s: room for a loaded CI machine to answer the second request in time
    async with LLMClient(make_config(scripted_server, timeout=0.5)) as client:
        result = await ask(client)
    assert result.attempts == 2
    assert result.usage.prompt_tokens is None and result.usage.attempts == 2


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, "<html><body>502 Bad Gateway</body></html>"),
        Reply(200, {"object": "chat.completion", "choices": None}),
        Reply(200, {"object": "chat.completion", "choices": []}),
        Reply(200, {"object": "chat.completion", "choices": [None]}),
        Reply(200, {"choices": [{"message": None, "finish_reason": "stop"}]}),
        Reply(200, "{not json", {"Content-Type": "application/json"}),
    ],
)
async def test_broken_200_is_transient(scripted_server: ScriptedServer, reply: Reply) -> None:
    scripted_server.push_reply(reply)
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server)) as client:
        result = await ask(client)
    assert result.value.growth == 6.5 and len(scripted_server.hits) == 2


async def test_fenced_json_with_chinese_prose(scripted_server: ScriptedServer) -> None:
    scripted_server.push_completion(f"好的，以下是提取结果：\n```json\n{GOOD}\n```\n如有疑问请告知。")
    async with LLMClient(make_config(scripted_server)) as client:
        result = await ask(client)
    assert result.value.city == "彬州市" and result.attempts == 1


async def test_think_block_with_braces_before_json(scripted_server: ScriptedServer) -> None:
    content = '<think>用户要 {"city": "错误"} 这种格式吗？{ 想想 }</think>\n' + GOOD
    scripted_server.push_completion(content, reasoning_content="更多推理 {}")
    async with LLMClient(make_config(scripted_server)) as client:
        result = await ask(client)
    assert result.value.city == "彬州市" and result.attempts == 1


async def test_reask_replaces_the_failed_turn(scripted_server: ScriptedServer) -> None:
    scripted_server.push_completion('{"city": "彬州市", "growth": "六点五"}')
    scripted_server.push_completion("这不是JSON")
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server, max_reasks=2)) as client:
        result = await ask(client)
    first, second, third = (hit.json["messages"] for hit in scripted_server.hits)
    assert len(second) == len(first) + 2 and len(third) == len(second)  # never grows
    assert second[:-2] == first and third[:-2] == first
    assert second[-2] == {"role": "assistant", "content": '{"city": "彬州市", "growth": "六点五"}'}
    assert "growth" in second[-1]["content"] and "note" in second[-1]["content"]
    assert third[-2]["content"] == "这不是JSON"
    assert result.attempts == 3 and result.usage.completion_tokens == 15


async def test_reask_budget_is_bounded(scripted_server: ScriptedServer) -> None:
    for _ in range(3):
        scripted_server.push_completion('{"city": 1}')
    async with LLMClient(make_config(scripted_server, max_reasks=2)) as client:
        with pytest.raises(OutputValidationError) as info:
            await ask(client)
    assert len(scripted_server.hits) == 3
    assert info.value.attempts == 3 and info.value.raw_output == '{"city": 1}'


async def test_api_error_text_never_reaches_the_prompt(scripted_server: ScriptedServer) -> None:
    scripted_server.push(500, {"error": {"message": "INTERNAL-DETAIL-XYZ"}})
    scripted_server.push_completion('{"city": "x"}')
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server)) as client:
        await ask(client)
    assert all("INTERNAL-DETAIL-XYZ" not in json.dumps(h.json) for h in scripted_server.hits)


@pytest.mark.parametrize("by", ["finish_reason", "token_count"])
async def test_truncation_is_not_reasked(scripted_server: ScriptedServer, by: str) -> None:
    usage = {"prompt_tokens": 10, "completion_tokens": 50, "total_tokens": 60}
    reason = "length" if by == "finish_reason" else "stop"
    scripted_server.push_completion('{"city": "彬州', finish_reason=reason, usage=usage)
    async with LLMClient(make_config(scripted_server)) as client:
        with pytest.raises(TruncatedOutputError) as info:
            await ask(client, max_output_tokens=50)
    assert len(scripted_server.hits) == 1
    assert scripted_server.hits[0].json["max_tokens"] == 50
    assert info.value.reasoning_exhausted is False and info.value.attempts == 1


async def test_truncation_by_reasoning_says_so(scripted_server: ScriptedServer) -> None:
    usage = {
        "prompt_tokens": 10,
        "completion_tokens": 50,
        "total_tokens": 60,
        "completion_tokens_details": {"reasoning_tokens": 50},
    }
    scripted_server.push_completion("", finish_reason="length", usage=usage, reasoning_content="嗯")
    async with LLMClient(make_config(scripted_server)) as client:
        with pytest.raises(TruncatedOutputError, match="reasoning") as info:
            await ask(client, max_output_tokens=50)
    assert info.value.reasoning_exhausted is True
    assert info.value.usage.reasoning_tokens == 50


@pytest.mark.parametrize(
    "reply",
    [
        Reply.completion(None, finish_reason="content_filter"),
        Reply.completion("", finish_reason="sensitive"),
        Reply.completion(None, refusal="I can't help with that."),
        Reply(400, {"error": {"code": "data_inspection_failed", "message": "Input data may "
                              "contain inappropriate content."}}),
    ],
)  # fmt: skip
async def test_content_filter_is_never_retried(
    scripted_server: ScriptedServer, reply: Reply
) -> None:
    scripted_server.push_reply(reply)
    async with LLMClient(make_config(scripted_server)) as client:
        with pytest.raises(ContentFilteredError):
            await ask(client)
    assert len(scripted_server.hits) == 1


async def test_empty_content_then_valid(scripted_server: ScriptedServer) -> None:
    scripted_server.push_completion("")
    scripted_server.push_completion(None)
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server, max_empty_retries=2)) as client:
        result = await ask(client)
    assert result.attempts == 3
    assert scripted_server.hits[2].json["messages"] == MESSAGES  # resent as is, no feedback


async def test_empty_content_is_bounded(scripted_server: ScriptedServer) -> None:
    for _ in range(2):
        scripted_server.push_completion("  ")
    async with LLMClient(make_config(scripted_server, max_empty_retries=1)) as client:
        with pytest.raises(OutputValidationError, match="empty"):
            await ask(client)
    assert len(scripted_server.hits) == 2


async def test_json_schema_rejection_falls_back_once_and_is_remembered(
    scripted_server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    scripted_server.push(
        400,
        {"error": {"message": "response_format.type json_schema is not supported",
                   "param": "response_format", "type": "invalid_request_error"}},
    )  # fmt: skip
    for _ in range(2):
        scripted_server.push_completion(GOOD)
    config = make_config(scripted_server, strategy="auto", provider="openai")
    with caplog.at_level(logging.WARNING, logger="summarizer.llm"):
        async with LLMClient(config) as client:
            first = await ask(client)
            await client.astructured(MESSAGES[1:], Answer, prompt_version="v1")
    formats = [hit.json.get("response_format", {}) for hit in scripted_server.hits]
    assert [f.get("type") for f in formats] == ["json_schema", "json_object", "json_object"]
    assert "schema" in formats[1] and "schema" in formats[2]  # llama.cpp's grammar form
    assert first.attempts == 2 and client.strategy == "grammar"
    assert sum("using grammar" in r.getMessage() for r in caplog.records) == 1
    # a server reached by stepping down may ignore the schema beside json_object: it goes in the
    # instructions too
    assert '"growth"' in scripted_server.hits[1].json["messages"][0]["content"]
    assert '"growth"' in scripted_server.hits[2].json["messages"][0]["content"]


async def test_a_model_that_takes_no_temperature_gets_none_from_then_on(
    scripted_server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    scripted_server.push(
        400,
        {"error": {"message": "Unsupported value: 'temperature' does not support 0.0 with this model. "
                              "Only the default (1) value is supported.",
                   "param": "temperature", "type": "invalid_request_error", "code": "unsupported_value"}},
    )  # fmt: skip
    for _ in range(2):
        scripted_server.push_completion(GOOD)
    with caplog.at_level(logging.WARNING, logger="summarizer.llm"):
        async with LLMClient(make_config(scripted_server, model="gpt-5-mini")) as client:
            first = await ask(client)
            await client.astructured(MESSAGES[1:], Answer, prompt_version="v1")
    assert ["temperature" in hit.json for hit in scripted_server.hits] == [True, False, False]
    assert first.attempts == 2 and first.value.city == "彬州市"
    assert sum("temperature" in r.getMessage() for r in caplog.records) == 1


async def test_other_rejections_are_not_taken_for_temperature(scripted_server: ScriptedServer) -> None:
    scripted_server.push(400, {"error": {"message": "model not found", "param": "model"}})
    async with LLMClient(make_config(scripted_server)) as client:
        with pytest.raises(RequestRejectedError):
            await ask(client)
    assert len(scripted_server.hits) == 1


async def test_forced_strategy_does_not_fall_back(scripted_server: ScriptedServer) -> None:
    scripted_server.push(400, {"error": {"message": "bad", "param": "response_format"}})
    async with LLMClient(make_config(scripted_server, strategy="json_schema")) as client:
        with pytest.raises(RequestRejectedError):
            await ask(client)
    assert len(scripted_server.hits) == 1


async def test_prompt_strategy_sends_no_response_format(scripted_server: ScriptedServer) -> None:
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server, strategy="prompt")) as client:
        await ask(client)
    assert "response_format" not in scripted_server.hits[0].json


async def test_cache_hit_makes_zero_calls(scripted_server: ScriptedServer, tmp_path: Path) -> None:
    scripted_server.push_completion(GOOD)
    config = make_config(scripted_server, use_cache=True, cache_path=tmp_path / "c.sqlite3")
    async with LLMClient(config) as client:
        first = await ask(client)
    async with LLMClient(config) as again:  # a new run, same cache file
        second = await ask(again)
    assert len(scripted_server.hits) == 1
    assert second.value == first.value
    assert second.cached and second.attempts == 0
    assert (second.usage.calls, second.usage.cached_calls, second.usage.prompt_tokens) == (1, 1, 0)
    assert SECRET.encode() not in (tmp_path / "c.sqlite3").read_bytes()


async def test_cache_key_covers_prompt_version_and_model(
    scripted_server: ScriptedServer, tmp_path: Path
) -> None:
    for _ in range(3):
        scripted_server.push_completion(GOOD)
    config = make_config(scripted_server, use_cache=True, cache_path=tmp_path / "c.sqlite3")
    async with LLMClient(config) as client:
        await ask(client)
        await client.astructured(MESSAGES, Answer, prompt_version="v2")
    async with LLMClient(config.replace(model="other")) as client:
        await ask(client)
    assert len(scripted_server.hits) == 3


async def test_failed_calls_are_not_cached(scripted_server: ScriptedServer, tmp_path: Path) -> None:
    scripted_server.push(400, {"error": {"message": "bad"}})
    scripted_server.push_completion(GOOD)
    config = make_config(scripted_server, use_cache=True, cache_path=tmp_path / "c.sqlite3")
    async with LLMClient(config) as client:
        with pytest.raises(RequestRejectedError):
            await ask(client)
        assert (await ask(client)).cached is False
    assert len(scripted_server.hits) == 2


async def test_truncation_is_cached_and_replayed(scripted_server: ScriptedServer, tmp_path: Path) -> None:
    usage = {"prompt_tokens": 10, "completion_tokens": 50, "total_tokens": 60}
    scripted_server.push_completion('{"city": "彬州', finish_reason="length", usage=usage)
    config = make_config(scripted_server, use_cache=True, cache_path=tmp_path / "c.sqlite3",
                         price=Price(1.0, 2.0))  # fmt: skip
    async with LLMClient(config) as client:
        with pytest.raises(TruncatedOutputError) as first:
            await ask(client, max_output_tokens=50)
    async with LLMClient(config) as again:  # a new run, same cache file
        with pytest.raises(TruncatedOutputError) as second:
            await ask(again, max_output_tokens=50)
        assert again.usage == Usage(calls=1, cached_calls=1, attempts=0, cost=0.0)
    assert len(scripted_server.hits) == 1
    assert (first.value.attempts, first.value.usage.prompt_tokens) == (1, 10)
    assert (second.value.attempts, second.value.usage) == (0, Usage(calls=1, cached_calls=1, cost=0.0))
    assert str(second.value) == str(first.value)
    assert (second.value.raw_output, second.value.reasoning_exhausted) == ('{"city": "彬州', False)
    # another limit is another request: asked, and answered
    scripted_server.push_completion(GOOD)
    async with LLMClient(config) as client:
        assert (await ask(client, max_output_tokens=500)).cached is False
    assert len(scripted_server.hits) == 2


@pytest.mark.parametrize(
    "reply",
    [Reply.completion(None, finish_reason="content_filter"), Reply(503, {"error": {"message": "busy"}})],
)
async def test_filters_and_transient_failures_are_not_cached(
    scripted_server: ScriptedServer, tmp_path: Path, reply: Reply
) -> None:
    config = make_config(scripted_server, use_cache=True, cache_path=tmp_path / "c.sqlite3", max_attempts=1)
    for _ in range(2):
        scripted_server.push_reply(reply)
        async with LLMClient(config) as client:
            with pytest.raises((ContentFilteredError, TransientLLMError)):
                await ask(client)
    assert len(scripted_server.hits) == 2


async def test_cache_file_of_an_older_version_keeps_its_answers(
    scripted_server: ScriptedServer, tmp_path: Path
) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite3"
    scripted_server.push_completion(GOOD)
    config = make_config(scripted_server, use_cache=True, cache_path=path)
    async with LLMClient(config) as client:
        await ask(client)
    with sqlite3.connect(path) as conn:  # the table as it was before outcomes had kinds
        conn.execute("CREATE TABLE old AS SELECT key, value, usage, created FROM answers")
        conn.execute("DROP TABLE answers")
        conn.execute("ALTER TABLE old RENAME TO answers")
    conn.close()
    async with LLMClient(config) as client:
        assert (await ask(client)).cached is True
    assert len(scripted_server.hits) == 1


async def test_usage_summed_across_attempts_and_priced(scripted_server: ScriptedServer) -> None:
    scripted_server.push(503, {"error": {"message": "busy"}})
    scripted_server.push_completion(
        '{"city": 1}',
        usage={"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120,
               "completion_tokens_details": {"reasoning_tokens": 7}},
    )  # fmt: skip
    scripted_server.push_completion(
        GOOD, usage={"prompt_tokens": 130, "completion_tokens": 30, "total_tokens": 160}
    )
    price = Price(input_per_million=2.0, output_per_million=8.0)
    async with LLMClient(make_config(scripted_server, price=price)) as client:
        result = await ask(client)
    usage = result.usage
    assert (usage.calls, usage.attempts, usage.prompt_tokens) == (1, 3, 230)
    assert (usage.completion_tokens, usage.reasoning_tokens) == (50, 7)
    assert usage.cost == pytest.approx((230 * 2 + 50 * 8) / 1e6)
    assert client.usage == usage


@pytest.mark.parametrize("usage", [None, {}, {"total_tokens": 9}])
async def test_missing_usage_is_unknown_not_zero(
    scripted_server: ScriptedServer, usage: dict[str, int] | None
) -> None:
    scripted_server.push_completion(GOOD, usage=usage)
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server, price=Price(1, 1))) as client:
        unknown = await ask(client)
        known = await client.astructured(MESSAGES, Answer, prompt_version="v2")
    assert unknown.usage.prompt_tokens is None and unknown.usage.cost is None
    assert known.usage.prompt_tokens == 10
    assert client.usage.prompt_tokens is None and client.usage.calls == 2


async def test_key_never_in_errors_repr_or_logs(
    scripted_server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    scripted_server.push(503, {"error": {"message": f"bad key {SECRET}"}})
    scripted_server.push(401, {"error": {"message": f"Incorrect API key provided: {SECRET}"}})
    with caplog.at_level(logging.DEBUG):
        async with LLMClient(make_config(scripted_server)) as client:
            with pytest.raises(AuthError) as info:
                await ask(client)
            assert SECRET not in repr(client) and SECRET not in repr(client.config)
    assert SECRET not in str(info.value) and SECRET not in repr(info.value)
    assert SECRET not in caplog.text
    assert "***" in str(info.value)


async def test_concurrency_bound(scripted_server: ScriptedServer) -> None:
    scripted_server.latency = 0.1
    scripted_server.responder = lambda hit: Reply.completion(GOOD)
    async with LLMClient(make_config(scripted_server, concurrency=3)) as client:
        results = await asyncio.gather(
            *(client.astructured(MESSAGES, Answer, prompt_version=f"v{i}") for i in range(10))
        )
    assert len(results) == 10 and len(scripted_server.hits) == 10
    assert scripted_server.max_in_flight == 3


async def test_a_refused_key_fails_the_waiting_calls_unsent(scripted_server: ScriptedServer) -> None:
    scripted_server.latency = 0.05
    scripted_server.responder = lambda hit: Reply(401, {"error": {"message": "invalid key"}})
    async with LLMClient(make_config(scripted_server, concurrency=2)) as client:
        outcomes = await asyncio.gather(
            *(client.astructured(MESSAGES, Answer, prompt_version=f"v{i}") for i in range(6)),
            return_exceptions=True,
        )
        assert len(scripted_server.hits) == 2  # only the two already in flight
        assert all(isinstance(o, AuthError) and o.status_code == 401 for o in outcomes)
        unsent = [o for o in outcomes if isinstance(o, AuthError) and str(o).startswith("not sent")]
        assert len(unsent) == 4 and all(o.attempts == 0 and o.__cause__ is not None for o in unsent)
        assert client.usage.attempts == 2
        # a call begun after the refusal is sent: the balance may have been topped up since
        scripted_server.responder = lambda hit: Reply.completion(GOOD)
        assert (await ask(client)).value.city == "彬州市"
    assert len(scripted_server.hits) == 3


async def test_budget_per_document_is_checked_before_sending(
    scripted_server: ScriptedServer,
) -> None:
    scripted_server.responder = lambda hit: Reply.completion(
        GOOD, usage={"prompt_tokens": 40, "completion_tokens": 20, "total_tokens": 60}
    )
    async with LLMClient(make_config(scripted_server, max_tokens_per_document=80)) as client:
        await ask(client, budget_key="doc-1")
        with pytest.raises(BudgetExceededError, match="doc-1"):
            await client.astructured(MESSAGES, Answer, prompt_version="v2", budget_key="doc-1")
        await client.astructured(MESSAGES, Answer, prompt_version="v2", budget_key="doc-2")
        assert client.budget_spent("doc-1") == 60
    assert len(scripted_server.hits) == 2


async def test_budget_per_run(scripted_server: ScriptedServer) -> None:
    async with LLMClient(make_config(scripted_server, max_tokens_per_run=5)) as client:
        with pytest.raises(BudgetExceededError, match="per run"):
            await ask(client)
    assert scripted_server.hits == []


async def test_accepts_a_caller_supplied_httpx_client(scripted_server: ScriptedServer) -> None:
    scripted_server.push_completion(GOOD)
    headers = {"X-Trace": "abc"}
    async with httpx.AsyncClient(headers=headers) as http, LLMClient(
        make_config(scripted_server), http_client=http
    ) as client:
        assert (await ask(client)).value.growth == 6.5
    assert scripted_server.hits[0].headers["x-trace"] == "abc"


def test_sync_wrapper(scripted_server: ScriptedServer) -> None:
    scripted_server.push_completion(GOOD)
    scripted_server.push_completion(GOOD)
    with LLMClient(make_config(scripted_server)) as client:
        assert client.structured(MESSAGES, Answer, prompt_version="v1").value.growth == 6.5
        assert client.structured(MESSAGES, Answer, prompt_version="v2").attempts == 1
    assert len(scripted_server.hits) == 2


def test_one_client_across_event_loops(scripted_server: ScriptedServer) -> None:
    for _ in range(3):
        scripted_server.push_completion(GOOD)
    client = LLMClient(make_config(scripted_server))
    assert asyncio.run(ask(client)).attempts == 1
    assert asyncio.run(ask(client)).attempts == 1  # a new loop: a fresh connection pool
    assert client.structured(MESSAGES, Answer, prompt_version="v1").attempts == 1
    client.close()
    assert len(scripted_server.hits) == 3 and client.usage.calls == 3


async def test_sync_wrapper_refuses_inside_a_running_loop(scripted_server: ScriptedServer) -> None:
    async with LLMClient(make_config(scripted_server)) as client:
        with pytest.raises(RuntimeError, match="astructured"):
            client.structured(MESSAGES, Answer, prompt_version="v1")
    assert scripted_server.hits == []


def test_responder_sees_the_request(scripted_server: ScriptedServer) -> None:
    def echo(hit: Hit) -> Reply:
        text = hit.json["messages"][-1]["content"]
        return Reply.completion(json.dumps({"city": text[:2], "growth": 1, "note": None}))

    scripted_server.responder = echo
    with LLMClient(make_config(scripted_server)) as client:
        assert client.structured(MESSAGES, Answer, prompt_version="v").value.city == "地区"


def test_retry_after_parsing() -> None:
    now = time.time()
    assert retry_after_seconds({"retry-after-ms": "1500"}) == 1.5
    assert retry_after_seconds({"Retry-After": "3"}) == 3.0
    assert retry_after_seconds({"Retry-After": formatdate(now + 30, usegmt=True)}, now=now) == (
        pytest.approx(30, abs=1)
    )
    assert retry_after_seconds({"Retry-After": "soon"}) is None
    assert retry_after_seconds({}) is None
