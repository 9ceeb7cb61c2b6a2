"""The LLM pipeline's overhead: calls, prompt tokens, wall time, and the cost of a re-run.

Usage: ``python benchmarks/pipeline.py [--latency 0.3] [--concurrency 4] [--strategy S] [--no-stream]
[--max-tokens-per-chunk N [N ...]]``

Every report of every corpus file (``tests/fixtures/corpus``) goes through :func:`summarize`
against the scripted OpenAI-compatible server (``tests/scripted_server.py``: real sockets, the real
``openai`` SDK), run in a separate process so that its threads never compete with the pipeline for
the GIL, with a fixed latency added to every call. The scripted "model" answers each chunk
with the rules engine's notes for that chunk (so the reduce step gets a realistic amount of
material) and each reduce/condense request with one line per section. Usage is what a provider
would bill: the prompt tokens are counted with tiktoken over the messages plus the JSON schema sent
in ``response_format`` (as compact JSON), and reported with and without the schema.

Printed, each against its target:

- calls, and calls per report; schema tokens per call;
- prompt tokens ÷ source tokens (a guard, ≤ 1.5 at the hosted chunk size: instructions, context
  lines, reduce material and any overlap included; clearer instructions for real models may cost
  tokens up to it);
- the extraction answers' size in tokens (median, p95, max: the truncation risk);
- wall time ÷ ideal, ideal = calls × latency ÷ concurrency (target ≤ 1.2), both from this run;
- the second run's calls, with the same cache (target 0).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import sys
import tempfile
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from scripted_server import Hit, Reply, ScriptedServer  # noqa: E402

from summarizer.ingest import Document, load, split_reports  # noqa: E402
from summarizer.engines import LLMEngine  # noqa: E402
from summarizer.engines.rules import extract_notes  # noqa: E402
from summarizer.llm import LLMConfig  # noqa: E402
from summarizer.llm.config import HOSTED_CHUNK_TOKENS  # noqa: E402
from summarizer.pipeline import summarize  # noqa: E402
from summarizer.text.tokens import token_counter  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
COUNT = token_counter()


def _extract_answer(hit: Hit) -> dict[str, Any]:
    """The rules engine's notes for the chunk in the request, as the model's answer."""
    user = hit.json["messages"][-1]["content"]
    text = user.split("文本块:\n", 1)[1]
    notes = extract_notes(Document(text=text, start=0, end=len(text)))
    section = re.search(r"小节:([^;\n]*)", user)
    summary = {"title": section.group(1).split(" > ")[-1] if section else "", "summary": text[:60]}
    return {**notes.model_dump(), "sections": [summary]}


def _reduce_answer(hit: Hit) -> dict[str, Any]:
    material = hit.json["messages"][-1]["content"]
    indexes = [int(i) for i in re.findall(r"^\[(\d+)\]", material, re.MULTILINE)]
    sections = [{"index": i, "summary": "本部分概述了主要工作和目标。"} for i in indexes]
    return {"overview": "报告概要:回顾上年成绩,提出今年目标和重点任务。", "sections": sections}


class Meter:
    """Answers requests and counts what a provider would bill for them."""

    def __init__(self) -> None:
        self.message_tokens = 0
        self.schema_tokens = 0
        self.busy = 0.0  # seconds spent building answers: part of each call's latency
        self.by_kind: dict[str, list[int]] = {"extract": [0, 0], "reduce": [0, 0]}
        self.extract_output: list[int] = []  # completion tokens of each extraction answer
        self._lock = threading.Lock()

    def __call__(self, hit: Hit) -> Reply:
        started = time.perf_counter()
        try:
            return self._answer(hit)
        finally:
            with self._lock:
                self.busy += time.perf_counter() - started

    def _answer(self, hit: Hit) -> Reply:
        messages = hit.json["messages"]
        is_extract = "文本块:\n" in messages[-1]["content"]
        answer = json.dumps(_extract_answer(hit) if is_extract else _reduce_answer(hit), ensure_ascii=False)
        prompt = sum(COUNT(m["content"]) + 4 for m in messages)
        # The schema the provider is given, as compact JSON (whitespace in the request body is
        # not content; OpenAI turns it into its own, terser, form, so this is an upper bound).
        schema = COUNT(json.dumps(hit.json.get("response_format") or {}, ensure_ascii=False, separators=(",", ":")))
        completion = COUNT(answer)
        with self._lock:
            self.message_tokens += prompt
            self.schema_tokens += schema
            kind = self.by_kind["extract" if is_extract else "reduce"]
            kind[0] += 1
            kind[1] += prompt
            if is_extract:
                self.extract_output.append(completion)
        usage = {"prompt_tokens": prompt + schema, "completion_tokens": completion}
        return Reply.completion(answer, usage={**usage, "total_tokens": sum(usage.values())})

    def stats(self, calls: int) -> dict[str, Any]:
        with self._lock:
            return {"calls": calls, "message_tokens": self.message_tokens, "schema_tokens": self.schema_tokens,
                    "busy": self.busy, "by_kind": {k: list(v) for k, v in self.by_kind.items()},
                    "extract_output": list(self.extract_output)}  # fmt: skip


def serve(conn: Connection, latency: float) -> None:
    """The scripted server in its own process (so its threads never share our GIL): sends its
    base URL, then answers each "stats" with the meter's counts until "stop"."""
    meter = Meter()
    with ScriptedServer() as server:
        server.responder = meter
        server.latency = latency
        conn.send(server.base_url)
        while conn.recv() == "stats":
            conn.send(meter.stats(len(server.hits)))


class RemoteServer:
    """A :func:`serve` process and the pipe to it."""

    def __init__(self, latency: float) -> None:
        self._conn, child = multiprocessing.get_context("spawn").Pipe()
        self._process = multiprocessing.get_context("spawn").Process(target=serve, args=(child, latency), daemon=True)
        self._process.start()
        self.base_url: str = self._conn.recv()

    def stats(self) -> dict[str, Any]:
        self._conn.send("stats")
        result: dict[str, Any] = self._conn.recv()
        return result

    def close(self) -> None:
        self._conn.send("stop")
        self._process.join(timeout=10)


def bench(files: list[Path], source_tokens: int, n_reports: int, args: argparse.Namespace, max_tokens: int) -> None:
    server = RemoteServer(args.latency)
    try:
        with tempfile.TemporaryDirectory() as cache_dir:
            # provider="openai": the scripted server stands in for a hosted API (no length
            # limits in the schema, which a local grammar server would get)
            config = LLMConfig(
                base_url=server.base_url, api_key="bench", model="scripted", provider="openai",
                concurrency=args.concurrency, cache_path=Path(cache_dir) / "cache.sqlite3",
                strategy=args.strategy, stream=not args.no_stream,
            )  # fmt: skip
            run = lambda: summarize(files, engine=LLMEngine(config, chunk_tokens=max_tokens))  # noqa: E731
            started = time.perf_counter()
            summaries = run()
            wall = time.perf_counter() - started
            first = server.stats()
            summaries_again = run()
            second_calls = server.stats()["calls"] - first["calls"]
    finally:
        server.close()
    assert len(summaries) == len(summaries_again) == n_reports
    calls, by_kind, outputs = first["calls"], first["by_kind"], sorted(first["extract_output"])
    prompt_tokens = first["message_tokens"] + first["schema_tokens"]
    ideal = max((calls * args.latency + first["busy"]) / args.concurrency, 1e-9)
    print(f"\n== {max_tokens} tokens per chunk (latency {args.latency}s per call, concurrency "
          f"{args.concurrency}, strategy {args.strategy}, {'not ' if args.no_stream else ''}streamed)")
    print(f"calls: {calls} ({calls / n_reports:.1f} per report): "
          + ", ".join(f"{k} {n} calls, {t} message tokens" for k, (n, t) in by_kind.items()))
    print(f"schema tokens per call: {first['schema_tokens'] / max(calls, 1):.0f}")
    print(f"prompt tokens / source tokens: {prompt_tokens / source_tokens:.3f} incl. the JSON schema "
          f"({first['message_tokens'] / source_tokens:.3f} messages only)   guard <= 1.5 at 4096")  # fmt: skip
    print(f"extraction answer tokens: median {outputs[len(outputs) // 2]}, "
          f"p95 {outputs[int(0.95 * (len(outputs) - 1))]}, max {outputs[-1]}")
    print(f"wall time / ideal: {wall:.2f}s / {ideal:.2f}s = {wall / ideal:.3f}   target <= 1.2")
    print(f"second run calls: {second_calls}   target 0")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--latency", type=float, default=0.3, help="seconds added to every call")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--strategy", choices=["auto", "json_schema", "grammar", "json_object", "prompt"],
                        default="auto", help="structured-output strategy (auto: json_schema on this "
                        "server; the deepseek/qwen/moonshot/zhipu presets use json_object)")
    parser.add_argument("--no-stream", action="store_true",
                        help="whole answers instead of streamed ones (the server streams 40 characters an event)")
    parser.add_argument("--max-tokens-per-chunk", type=int, nargs="+", default=[HOSTED_CHUNK_TOKENS],
                        help="one run per value (default: the pipeline's default for a hosted API, "
                        f"{HOSTED_CHUNK_TOKENS}; the scripted server stands in for one)")
    args = parser.parse_args()

    files = sorted(CORPUS.glob("*.txt"))
    reports = [r for f in files for r in split_reports(load(f))]
    source_tokens = sum(COUNT(r.body) for r in reports)
    print(f"corpus: {len(files)} files, {len(reports)} reports, {source_tokens} source tokens")
    for max_tokens in args.max_tokens_per_chunk:
        bench(files, source_tokens, len(reports), args, max_tokens)


if __name__ == "__main__":
    main()
