"""The OpenAI-compatible transport against servers that behave like real ones: negotiation of
what they take, streaming (a timeout measures silence), runaways, cut-off streams, usage chunks.

Real ``openai`` SDK, real sockets, the scripted server on 127.0.0.1.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict
from scripted_server import Hit, Reply, ScriptedServer
from test_llm_client import GOOD, MESSAGES, Answer
from test_llm_client import make_config as client_config

from summarizer.errors import (
    RequestRejectedError,
    TransientLLMError,
    TruncatedOutputError,
    UnreachableError,
    UnsupportedParameterError,
)
from summarizer.llm import LLMClient, LLMConfig, Price

pytestmark = pytest.mark.anyio

# What llama-cpp-python answers a json_schema response_format with (a 500, not a 400).
LLAMA_CPP_PYTHON_500 = {"error": {
    "message": "1 validation error:\n  {'type': 'literal_error', 'loc': ('body', 'response_format', 'type'), "
               "'msg': \"Input should be 'text' or 'json_object'\", 'input': 'json_schema'}",
    "type": "internal_server_error", "param": None, "code": None}}  # fmt: skip
# What a FastAPI server answers a request it cannot validate with.
FASTAPI_422 = {"detail": [{"type": "literal_error", "loc": ["body", "response_format", "type"],
                           "msg": "Input should be 'text' or 'json_object'", "input": "json_schema"}]}  # fmt: skip


def make_config(server: ScriptedServer, **overrides: Any) -> LLMConfig:
    """test_llm_client's config, but "auto": each server is asked in the form its preset names."""
    return client_config(server, **({"strategy": "auto", "timeout": 2.0} | overrides))


async def ask(client: LLMClient, **kwargs: Any) -> Any:
    return await client.astructured(MESSAGES, Answer, prompt_version="v1", **kwargs)


def _format(hit: Hit) -> dict[str, Any]:
    return dict(hit.json.get("response_format") or {})


@pytest.mark.parametrize(
    ("status", "body"),
    [(500, LLAMA_CPP_PYTHON_500), (422, FASTAPI_422), (422, {"detail": "Unprocessable Entity"})],
    ids=["500-naming-response_format", "422-naming-it", "422-naming-nothing"],
)
async def test_a_refused_structured_output_mode_is_stepped_down_from_at_once(
    scripted_server: ScriptedServer, caplog: pytest.LogCaptureFixture, status: int, body: object
) -> None:
    scripted_server.push(status, body)
    scripted_server.responder = lambda hit: Reply.completion(GOOD)
    config = make_config(scripted_server, strategy="auto")  # no preset: json_schema first
    with caplog.at_level(logging.WARNING, logger="summarizer.llm"):
        async with LLMClient(config) as client:
            first = await ask(client)
            await client.astructured(MESSAGES[1:], Answer, prompt_version="v1")
    formats = [_format(h) for h in scripted_server.hits]
    # the first answer decides: not retried as a transient error, never asked for again
    assert [f["type"] for f in formats] == ["json_schema", "json_object", "json_object"]
    assert formats[1] == formats[2] == {"type": "json_object", "schema": formats[0]["json_schema"]["schema"]}
    assert first.attempts == 2 and client.strategy == "grammar"
    assert [r.getMessage() for r in caplog.records if "rejected" in r.getMessage()] == [
        f"{config.base_url} rejected response_format json_schema; using grammar from now on"]


async def test_each_refused_mode_is_stepped_down_from_until_one_is_taken(scripted_server: ScriptedServer) -> None:
    # json_schema: 400; the grammar form: 400 naming the unknown key; json_object: taken
    scripted_server.push(400, {"error": {"message": "response_format.type json_schema is unavailable now"}})
    scripted_server.push(400, {"error": {"message": "Unrecognized request argument: response_format.schema",
                                         "param": "response_format"}})  # fmt: skip
    scripted_server.responder = lambda hit: Reply.completion(GOOD)
    async with LLMClient(make_config(scripted_server, strategy="auto")) as client:
        assert (await ask(client)).attempts == 3
        assert client.strategy == "json_object"
    assert [_format(h) for h in scripted_server.hits][1:] == [
        {"type": "json_object", "schema": _format(scripted_server.hits[0])["json_schema"]["schema"]},
        {"type": "json_object"},
    ]
    assert '"growth"' in scripted_server.hits[2].json["messages"][0]["content"]  # the schema in words


async def test_a_forced_mode_that_is_refused_is_an_error_naming_the_option(scripted_server: ScriptedServer) -> None:
    scripted_server.push(500, LLAMA_CPP_PYTHON_500)
    async with LLMClient(make_config(scripted_server, strategy="json_schema")) as client:
        with pytest.raises(UnsupportedParameterError) as info:
            await ask(client)
    assert info.value.param == "response_format" and isinstance(info.value, RequestRejectedError)
    assert len(scripted_server.hits) == 1  # a 500 that names the format is not retried


async def test_a_500_that_names_no_option_is_still_transient(scripted_server: ScriptedServer) -> None:
    scripted_server.push(500, {"error": {"message": "CUDA out of memory"}})
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server, strategy="auto")) as client:
        assert (await ask(client)).attempts == 2
        assert client.strategy == "json_schema"


async def test_the_llamacpp_preset_asks_for_a_grammar_and_keeps_the_schema_out_of_the_prompt(
    scripted_server: ScriptedServer,
) -> None:
    scripted_server.push_completion(GOOD)
    config = make_config(scripted_server, provider="llamacpp")
    async with LLMClient(config) as client:
        await ask(client)
    [hit] = scripted_server.hits
    assert _format(hit)["type"] == "json_object" and _format(hit)["schema"]["required"] == ["city", "growth", "note"]
    assert hit.json["messages"] == MESSAGES  # the server enforces it: not sent twice


@pytest.mark.parametrize("provider", ["ollama", "vllm"])
async def test_ollama_and_vllm_get_a_json_schema(scripted_server: ScriptedServer, provider: str) -> None:
    # Ollama's OpenAI endpoint turns it into its native `format`; vLLM into guided decoding.
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server, provider=provider)) as client:
        await ask(client)
    assert _format(scripted_server.hits[0])["type"] == "json_schema"


async def test_a_refused_stream_option_is_dropped(scripted_server: ScriptedServer) -> None:
    scripted_server.push(400, {"error": {"message": "Unrecognized request argument supplied: stream_options"}})
    scripted_server.responder = lambda hit: Reply.completion(GOOD)
    async with LLMClient(make_config(scripted_server)) as client:
        await ask(client)
        await client.astructured(MESSAGES[1:], Answer, prompt_version="v1")
    assert ["stream_options" in h.json for h in scripted_server.hits] == [True, False, False]
    assert all(h.json["stream"] is True for h in scripted_server.hits)


async def test_a_slow_answer_that_keeps_coming_is_never_given_up(scripted_server: ScriptedServer) -> None:
    # 12 pieces 0.25 s apart: 3 s in all against a timeout of 1 s - of silence.
    scripted_server.push_completion(GOOD, piece=4, chunk_delay=0.25)
    async with LLMClient(make_config(scripted_server, timeout=1.0)) as client:
        result = await ask(client)
    assert result.value.city == "彬州市" and result.attempts == 1
    assert len(scripted_server.hits) == 1 and scripted_server.duplicates_in_flight == 0


async def test_silence_longer_than_the_timeout_is_a_timeout(scripted_server: ScriptedServer) -> None:
    scripted_server.push_completion(GOOD, piece=8, chunk_delay=1.5)
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server, timeout=0.5)) as client:
        result = await ask(client)
    assert result.attempts == 2 and result.usage.prompt_tokens is None  # the first may be billed
    # (whether a server silent for that long was still working on the first copy, no client
    # can know: hence the long silence allowed to local servers, which read prompts slowly)


async def test_a_stream_cut_off_without_a_finish_reason_is_retried(scripted_server: ScriptedServer) -> None:
    # llama-cpp-python ends a stream early, without a finish reason, when another request waits.
    scripted_server.push_completion(GOOD[:20], finish_reason=None)
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server)) as client:
        result = await ask(client)
    assert result.value.growth == 6.5 and result.attempts == 2
    assert result.usage.completion_tokens is None  # what the cut-off answer cost is unknown


async def test_an_error_event_in_the_middle_of_a_stream_is_transient(scripted_server: ScriptedServer) -> None:
    scripted_server.push_reply(Reply.events([{"error": {"message": "slot unavailable"}}]))
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server)) as client:
        assert (await ask(client)).attempts == 2


async def test_an_answer_that_repeats_itself_is_stopped_and_cut_short(scripted_server: ScriptedServer) -> None:
    loop = '{"city": "' + "推进项目建设," * 400
    scripted_server.push_completion(loop, finish_reason="stop", piece=20, chunk_delay=0.002)
    async with LLMClient(make_config(scripted_server, timeout=5.0)) as client:
        with pytest.raises(TruncatedOutputError, match="repeated itself") as info:
            await ask(client)
    assert len(scripted_server.hits) == 1  # handled like a truncation: never asked again
    assert info.value.raw_output is not None and len(info.value.raw_output) < len(loop) / 2
    assert scripted_server.wait_idle()
    assert scripted_server.disconnects == 1  # the client closed the stream: the server stops


async def test_an_answer_with_varied_items_is_not_taken_for_a_runaway(scripted_server: ScriptedServer) -> None:
    items = [{"indicator": f"指标{i}", "evidence": f"第{i}项指标增长{i * 1.7:.1f}%,达到{i * 37}亿元"} for i in range(60)]
    note = json.dumps(items, ensure_ascii=False)
    scripted_server.push_completion(json.dumps({"city": "彬州市", "growth": 6.5, "note": note}, ensure_ascii=False))
    async with LLMClient(make_config(scripted_server)) as client:
        assert (await ask(client)).value.note == note


async def test_cached_prompt_tokens_are_counted_and_priced(scripted_server: ScriptedServer) -> None:
    usage = {"prompt_tokens": 1000, "completion_tokens": 100, "total_tokens": 1100,
             "prompt_tokens_details": {"cached_tokens": 800}}  # fmt: skip
    scripted_server.push_completion(GOOD, usage=usage)
    scripted_server.push_completion(GOOD, usage={"prompt_tokens": 1000, "completion_tokens": 100,
                                                 "prompt_cache_hit_tokens": 600})  # DeepSeek's name
    price = Price(input_per_million=2.0, output_per_million=8.0, cached_input_per_million=0.5)
    async with LLMClient(make_config(scripted_server, price=price)) as client:
        first = await ask(client)
        second = await client.astructured(MESSAGES[1:], Answer, prompt_version="v1")
    assert first.usage.cached_prompt_tokens == 800 and second.usage.cached_prompt_tokens == 600
    assert first.usage.cost == pytest.approx((200 * 2 + 800 * 0.5 + 100 * 8) / 1e6)
    assert client.usage.cached_prompt_tokens == 1400
    assert all(h.json["stream_options"] == {"include_usage": True} for h in scripted_server.hits)


async def test_a_non_streaming_client_reads_whole_answers(scripted_server: ScriptedServer) -> None:
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server, stream=False)) as client:
        assert (await ask(client)).value.city == "彬州市"
    assert "stream" not in scripted_server.hits[0].json


async def test_an_unreachable_endpoint_is_named_by_its_url() -> None:
    with ScriptedServer() as gone:
        config = make_config(gone, max_attempts=1)
    async with LLMClient(config) as client:
        with pytest.raises(UnreachableError) as info:
            await ask(client)
    assert f"{config.base_url}/chat/completions" in str(info.value)


async def test_a_local_server_gets_one_request_at_a_time(scripted_server: ScriptedServer) -> None:
    import asyncio

    scripted_server.latency = 0.05
    scripted_server.responder = lambda hit: Reply.completion(GOOD)
    async with LLMClient(make_config(scripted_server)) as client:  # 127.0.0.1: a local server
        seen: list[int] = []
        client.on_activity = lambda activity: seen.append(activity.in_flight)
        await asyncio.gather(*(client.astructured(MESSAGES, Answer, prompt_version=f"v{i}") for i in range(4)))
    assert scripted_server.max_in_flight == 1 and max(seen) == 1 and client.activity.finished == 4


async def test_each_request_is_logged_with_the_calls_in_flight(
    scripted_server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    scripted_server.push_completion(GOOD)
    with caplog.at_level(logging.INFO, logger="summarizer.llm"):
        async with LLMClient(make_config(scripted_server)) as client:
            await ask(client)
    said = [r.getMessage() for r in caplog.records]
    assert "call 1: request sent (1 in flight, 0 waiting)" in said
    assert [m for m in said if m.startswith("call 1: answered in ") and m.endswith(f"({len(GOOD)} characters, stop)")]


async def test_a_busy_server_that_keeps_the_stream_alive_is_waited_for(scripted_server: ScriptedServer) -> None:
    # llama-cpp-python sends the headers at once and a keep-alive comment every 15 s while the
    # request waits for the model and while the prompt is read: silence never comes.
    scripted_server.push_completion(GOOD, pings=8, chunk_delay=0.2)
    async with LLMClient(make_config(scripted_server, timeout=0.5)) as client:
        assert (await ask(client)).attempts == 1
    assert len(scripted_server.hits) == 1 and scripted_server.duplicates_in_flight == 0


async def test_transient_errors_are_retried_within_the_waiting_budget_however_long_the_attempts(
    scripted_server: ScriptedServer,
) -> None:
    # Slow attempts do not use up max_retry_time: only the waits between them do.
    scripted_server.push_completion(GOOD[:10], finish_reason=None, piece=2, chunk_delay=0.1)
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server, max_retry_time=0.3)) as client:
        assert (await ask(client)).attempts == 2


async def test_transport_errors_from_a_step_down_are_counted(scripted_server: ScriptedServer) -> None:
    scripted_server.push(422, FASTAPI_422)
    scripted_server.push(503, {"error": {"message": "busy"}})
    scripted_server.push_completion(GOOD)
    async with LLMClient(make_config(scripted_server, strategy="auto")) as client:
        result = await ask(client)
    assert result.attempts == 3 and result.usage.attempts == 3 and client.usage.attempts == 3


async def test_a_transient_error_after_a_step_down_is_not_mistaken_for_a_refusal(
    scripted_server: ScriptedServer,
) -> None:
    scripted_server.push(503, {"error": {"message": "busy"}})
    scripted_server.push(503, {"error": {"message": "busy"}})
    scripted_server.push(503, {"error": {"message": "busy"}})
    async with LLMClient(make_config(scripted_server, strategy="auto")) as client:
        with pytest.raises(TransientLLMError):
            await ask(client)
        assert client.strategy == "json_schema"


class Notes(BaseModel):
    model_config = ConfigDict(extra="forbid")
    summary: str
    items: list[str]
    period: str | None


@pytest.mark.parametrize(("provider", "bounded"), [("llamacpp", True), ("openai", False)])
async def test_length_limits_go_to_a_local_grammar_only(
    scripted_server: ScriptedServer, provider: str, bounded: bool
) -> None:
    scripted_server.push_completion('{"summary": "短", "items": [], "period": null}')
    async with LLMClient(make_config(scripted_server, provider=provider)) as client:
        result = await client.astructured(MESSAGES, Notes, prompt_version="v", bounds={"summary": 40, "items": 3})
    assert result.value.summary == "短"
    fmt = _format(scripted_server.hits[0])
    schema = fmt["schema"] if "schema" in fmt else fmt["json_schema"]["schema"]
    props = schema["properties"]
    assert (props["summary"].get("maxLength"), props["items"].get("maxItems")) == ((40, 3) if bounded else (None, None))


async def test_usage_in_a_streamed_choice_is_read_too(scripted_server: ScriptedServer) -> None:
    # Moonshot puts the usage of a streamed answer in the last choice rather than beside it.
    head = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    usage = {"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19}
    scripted_server.push_reply(Reply.events([
        {**head, "choices": [{"index": 0, "delta": {"role": "assistant", "content": GOOD}, "finish_reason": None}]},
        {**head, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop", "usage": usage}]},
        "[DONE]",
    ]))  # fmt: skip
    async with LLMClient(make_config(scripted_server)) as client:
        result = await ask(client)
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (12, 7)
