"""Batch runs through a scripted Batch API server (real sockets, the real ``openai`` SDK).

The scripted "model" answers an extraction request with the rules engine's notes for its chunk
and an overview request with one line per section, in batches and in real time alike, so a batch
run can be compared with a real-time run of the same reports.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from scripted_batch_server import USAGE, LineReply, ScriptedBatchServer
from scripted_server import Hit, Reply, ScriptedServer

from summarizer.batch import BatchOptions, BatchRun, BatchState, Progress, request_key
from summarizer.cli import main
from summarizer.engines import LLMEngine
from summarizer.engines.rules import extract_notes
from summarizer.errors import ConfigError
from summarizer.ingest import Document
from summarizer.llm import LLMConfig, Price
from summarizer.models import ReportSummary
from summarizer.pipeline import summarize

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
REPORTS = [CORPUS / "wenzhou-etdz-2021.txt", CORPUS / "jiaojiang-drc-2022.txt"]
PRICE = Price(input_per_million=2.0, output_per_million=8.0)


def answer(body: dict[str, Any]) -> str:
    """The scripted model's answer to a request body (a batch line's or a real-time request's)."""
    user = body["messages"][-1]["content"]
    if "文本块:\n" in user:
        text = user.split("文本块:\n", 1)[1]
        notes = extract_notes(Document(text=text, start=0, end=len(text)))
        return json.dumps({**notes.model_dump(), "sections": [{"title": "", "summary": text[:20]}]}, ensure_ascii=False)
    indexes = [int(i) for i in re.findall(r"^\[(\d+)\]", user, re.MULTILINE)]
    reply: dict[str, Any] = {"sections": [{"index": i, "summary": f"第{i}部分"} for i in indexes]}
    if "先压缩" not in body["messages"][0]["content"]:
        reply["overview"] = "报告概要。"
    return json.dumps(reply, ensure_ascii=False)


@pytest.fixture
def batch_server() -> Iterator[ScriptedBatchServer]:
    with ScriptedBatchServer(lambda body: LineReply.completion(answer(body))) as server:
        yield server


def _config(base_url: str, tmp_path: Path, **changes: Any) -> LLMConfig:
    return LLMConfig(
        base_url=base_url, api_key="test-key", model="scripted-model", cache_path=tmp_path / "cache.sqlite3",
        max_attempts=2, backoff_initial=0.01, backoff_max=0.01, stream=False, price=PRICE, **changes,
    )  # fmt: skip


def _until_done(run: BatchRun, limit: int = 12) -> tuple[Progress, int]:
    """Step until every report is done; the progress and the steps it took."""
    async def go() -> tuple[Progress, int]:
        for steps in range(1, limit + 1):
            progress = await run.step()
            if progress.done:
                return progress, steps
        raise AssertionError(f"not done after {limit} steps: {progress.requests}")

    return asyncio.run(go())


def _targets(summaries: list[ReportSummary]) -> list[list[tuple[Any, ...]]]:
    """Each report's figures: its targets and results, with where they were found."""
    return [
        [(t.canonical_indicator, t.value, t.unit, t.evidence.start) for t in s.targets]
        + [(r.canonical_indicator, r.value, r.change, r.evidence.start) for r in s.results]
        for s in summaries
    ]


def test_a_batch_run_gives_the_real_time_summaries_at_half_price(
    batch_server: ScriptedBatchServer, tmp_path: Path
) -> None:
    config = _config(batch_server.base_url, tmp_path)
    run = BatchRun.start(tmp_path / "run", REPORTS, config, BatchOptions())
    progress, _ = _until_done(run)
    asyncio.run(run.close())
    batched = [s for s in progress.summaries if s is not None]
    assert len(batched) == 2 and sum(map(len, _targets(batched))) > 5

    # Two rounds: every extraction request in the first batch, the overview requests in the second.
    first, second = (batch_server.requests_of(b) for b in batch_server.batches)
    assert all("文本块:\n" in line["body"]["messages"][-1]["content"] for line in first)
    assert all("文本块:\n" not in line["body"]["messages"][-1]["content"] for line in second)
    for line in first + second:
        assert line["custom_id"] == request_key(line["body"]) and "stream" not in line["body"]
        assert line["body"]["response_format"]["type"] == "json_schema"  # the preset's mode, no probing

    # The same reports in real time, with the same scripted model: the same requests, the same figures.
    with ScriptedServer() as live:
        live.responder = lambda hit: Reply.completion(answer(hit.json), usage=USAGE)
        realtime = summarize(REPORTS, engine=LLMEngine(_config(live.base_url, tmp_path / "rt")))
        sent = [hit.json for hit in live.hits]
    assert _targets(batched) == _targets(realtime)
    assert sorted(request_key(body) for body in sent) == sorted(line["custom_id"] for line in first + second)
    # Billed at the batch price: half of what the same tokens cost in real time.
    batch_cost = sum(s.usage.cost or 0 for s in batched)
    assert batch_cost == pytest.approx(sum(s.usage.cost or 0 for s in realtime) / 2)

    # The answers went into the answer cache: summarizing the same reports again, at the same
    # endpoint with the same settings, sends nothing.
    before = len(batch_server.hits)
    again = summarize(REPORTS, engine=LLMEngine(_config(batch_server.base_url, tmp_path)))
    assert batch_server.hits[before:] == []
    assert _targets(again) == _targets(batched)


def test_failed_and_expired_lines_go_out_again_and_a_rejected_one_fails_its_chunk(
    batch_server: ScriptedBatchServer, tmp_path: Path
) -> None:
    seen: dict[str, int] = {}
    wenzhou = REPORTS[0].read_text(encoding="utf-8")

    def flaky(body: dict[str, Any]) -> LineReply:
        key = request_key(body)
        seen[key] = seen.get(key, 0) + 1
        user = body["messages"][-1]["content"]
        if "文本块:\n" in user and "一、" in user.split("文本块:\n", 1)[1][:80] and seen[key] == 1:
            return LineReply.error(500, "server overloaded")  # transient: tried again
        return LineReply.completion(answer(body))

    batch_server.model = flaky
    batch_server.expire_after = 1  # the first batch answers one line, then expires
    run = BatchRun.start(tmp_path / "run", [REPORTS[0]], _config(batch_server.base_url, tmp_path), BatchOptions())

    async def first_round() -> Progress:
        await run.step()  # submitted
        for _ in range(2):
            progress = await run.step()  # validating -> in_progress -> expired, then collected
        return progress

    asyncio.run(first_round())
    batch_server.expire_after = None
    progress, _ = _until_done(run)
    asyncio.run(run.close())
    [summary] = [s for s in progress.summaries if s is not None]
    assert not [w for w in summary.warnings if w.code == "chunk_failed"]
    assert batch_server.batches["batch-2"].status == "expired"
    assert max(seen.values()) >= 2  # the failed and the expired lines were sent again

    # A request the provider rejects (4xx) is not tried again: its chunk is reported failed.
    with ScriptedBatchServer(lambda body: LineReply.error(400, "bad request")) as rejecting:
        run = BatchRun.start(tmp_path / "run2", [REPORTS[0]], _config(rejecting.base_url, tmp_path / "c2"),
                             BatchOptions())  # fmt: skip
        progress, _ = _until_done(run)
        asyncio.run(run.close())
        assert len(rejecting.batches) == 1
    [failed] = [s for s in progress.summaries if s is not None]
    assert progress.failed == [0]
    assert [w.code for w in failed.warnings].count("chunk_failed") == len(rejecting.requests_of("batch-2"))
    assert wenzhou  # the report itself was readable


def test_a_batch_created_just_before_a_crash_is_adopted_not_sent_twice(
    batch_server: ScriptedBatchServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _config(batch_server.base_url, tmp_path)
    run = BatchRun.start(tmp_path / "run", REPORTS, config, BatchOptions())

    def crash(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt  # the batch exists at the provider; the state never heard of it

    monkeypatch.setattr(BatchState, "add_batch", crash)
    with pytest.raises(KeyboardInterrupt):
        asyncio.run(run.step())
    monkeypatch.undo()
    run.state.close()

    resumed = BatchRun.resume(tmp_path / "run", config)
    assert resumed.state.counts() == {"pending": len(batch_server.requests_of("batch-2"))}
    progress, _ = _until_done(resumed)
    asyncio.run(resumed.close())
    assert progress.done
    extraction_batches = [b for b in batch_server.batches if "文本块" in json.dumps(batch_server.requests_of(b), ensure_ascii=False)]
    assert extraction_batches == ["batch-2"]  # adopted: the extraction requests went out once


def test_reduce_in_real_time_takes_one_batch_round(batch_server: ScriptedBatchServer, tmp_path: Path) -> None:
    config = _config(batch_server.base_url, tmp_path)
    run = BatchRun.start(tmp_path / "run", REPORTS, config, BatchOptions(reduce="realtime"))
    progress, _ = _until_done(run)
    asyncio.run(run.close())
    assert progress.done and len(batch_server.batches) == 1
    assert ("POST", "/v1/chat/completions") in batch_server.hits  # the overviews, in real time


def test_a_provider_without_a_batch_api_is_refused(tmp_path: Path) -> None:
    config = LLMConfig(base_url="https://api.deepseek.com", api_key="k", model="deepseek-chat", provider="deepseek")
    with pytest.raises(ConfigError, match="no Batch API"):
        BatchRun.start(tmp_path / "run", REPORTS, config, BatchOptions())


def _vllm_run_batch(requests: Path, results: Path) -> int:
    """What `vllm run-batch -i requests -o results` does, with the scripted model."""
    lines = [json.loads(line) for line in requests.read_text(encoding="utf-8").splitlines()]
    out = [{"id": f"vllm-{n}", "custom_id": line["custom_id"],
            "response": {"status_code": 200, "request_id": f"r{n}",
                         "body": LineReply.completion(answer(line["body"])).body}, "error": None}
           for n, line in enumerate(lines)]  # fmt: skip
    results.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    return len(out)


def test_export_and_results_files_through_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    runner = CliRunner()
    requests, state = tmp_path / "requests.jsonl", tmp_path / "state"
    common = ["--provider", "vllm", "--model", "qwen2.5-7b"]
    done = runner.invoke(main, ["batch", "export", *map(str, REPORTS), "-o", str(requests), "--state", str(state), *common])
    assert done.exit_code == 0, done.output
    sent = _vllm_run_batch(requests, tmp_path / "results-1.jsonl")
    first = runner.invoke(main, ["batch", "collect", "--state", str(state), "--results", str(tmp_path / "results-1.jsonl")])
    assert first.exit_code == 4, first.output  # the overview requests are the next round
    [following] = sorted(state.glob("requests-*.jsonl"))[1:]
    assert following.name in first.output
    _vllm_run_batch(following, tmp_path / "results-2.jsonl")
    out = tmp_path / "out.json"
    last = runner.invoke(main, ["batch", "collect", "--state", str(state), "--results", str(tmp_path / "results-2.jsonl"),
                                "-o", str(out)])  # fmt: skip
    assert last.exit_code == 0, last.output
    reports = json.loads(out.read_text(encoding="utf-8"))["reports"]
    assert len(reports) == 2 and all(r["engine"] == "llm" for r in reports) and sent > 2
    status = runner.invoke(main, ["batch", "status", "--state", str(state), "--json"])
    assert status.exit_code == 0 and [r["state"] for r in json.loads(status.output)["reports"]] == ["done", "done"]
    # collecting twice is harmless
    again = runner.invoke(main, ["batch", "collect", "--state", str(state), "-o", str(out)])
    assert again.exit_code == 0 and len(json.loads(out.read_text(encoding="utf-8"))["reports"]) == 2


def test_submit_status_collect_through_the_command_line(
    batch_server: ScriptedBatchServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    runner = CliRunner()
    state = tmp_path / "state"
    submitted = runner.invoke(main, ["batch", "submit", str(REPORTS[0]), "--state", str(state),
                                     "--base-url", batch_server.base_url, "--model", "scripted-model"])  # fmt: skip
    assert submitted.exit_code == 0, submitted.output
    status = runner.invoke(main, ["batch", "status", "--state", str(state)])
    assert status.exit_code == 0 and "waiting" in status.output and "batch-2" in status.output
    pending = runner.invoke(main, ["batch", "collect", "--state", str(state)])
    assert pending.exit_code == 4 and "not done yet" in pending.output
    out = tmp_path / "out" / "summary.md"
    done = runner.invoke(main, ["batch", "collect", "--state", str(state), "--wait", "--poll-interval", "0",
                                "-o", str(out), "--format", "md"])  # fmt: skip
    assert done.exit_code == 0, done.output
    assert out.read_text(encoding="utf-8").startswith("# ")
    assert not [hit for hit in batch_server.hits if hit == ("POST", "/v1/chat/completions")]
