"""The LLM pipeline's overhead: calls, prompt tokens, wall time, and the cost of a re-run.

Usage: ``python benchmarks/pipeline.py [--latency 0.3] [--concurrency 4] [--max-tokens-per-chunk 2048]``

Every report of every corpus file (``tests/fixtures/corpus``) goes through :func:`summarize`
against the scripted OpenAI-compatible server (``tests/scripted_server.py``: real sockets, the real
``openai`` SDK) with a fixed latency added to every call. The scripted "model" answers each chunk
with the rules engine's notes for that chunk (so the reduce step gets a realistic amount of
material) and each reduce/condense request with one line per section. Usage is what a provider
would bill: the prompt tokens are counted with tiktoken over the messages, and reported with and
without the JSON schema sent in ``response_format``.

Printed, each against its target:

- calls, and calls per report;
- prompt tokens ÷ source tokens (target ≤ 1.3: instructions, context lines, reduce material and
  any overlap included);
- wall time ÷ ideal, ideal = calls × latency ÷ concurrency (target ≤ 1.2), both from this run;
- the second run's calls, with the same cache (target 0).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from scripted_server import Hit, Reply, ScriptedServer  # noqa: E402

from summarizer.documents import Document, load, split_reports  # noqa: E402
from summarizer.extract.rules import extract_notes  # noqa: E402
from summarizer.llm import LLMConfig  # noqa: E402
from summarizer.pipeline import summarize  # noqa: E402
from summarizer.tokens import token_counter  # noqa: E402

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

    def __call__(self, hit: Hit) -> Reply:
        started = time.perf_counter()
        try:
            return self._answer(hit)
        finally:
            self.busy += time.perf_counter() - started

    def _answer(self, hit: Hit) -> Reply:
        messages = hit.json["messages"]
        is_extract = "文本块:\n" in messages[-1]["content"]
        answer = json.dumps(_extract_answer(hit) if is_extract else _reduce_answer(hit), ensure_ascii=False)
        prompt = sum(COUNT(m["content"]) + 4 for m in messages)
        schema = COUNT(json.dumps(hit.json.get("response_format") or {}, ensure_ascii=False))
        self.message_tokens += prompt
        self.schema_tokens += schema
        kind = self.by_kind["extract" if is_extract else "reduce"]
        kind[0] += 1
        kind[1] += prompt
        usage = {"prompt_tokens": prompt + schema, "completion_tokens": COUNT(answer)}
        return Reply.completion(answer, usage={**usage, "total_tokens": sum(usage.values())})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--latency", type=float, default=0.3, help="seconds added to every call")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--max-tokens-per-chunk", type=int, default=2048)
    args = parser.parse_args()

    files = sorted(CORPUS.glob("*.txt"))
    reports = [r for f in files for r in split_reports(load(f))]
    source_tokens = sum(COUNT(r.body) for r in reports)
    meter = Meter()
    with ScriptedServer() as server, tempfile.TemporaryDirectory() as cache_dir:
        server.responder = meter
        server.latency = args.latency
        config = LLMConfig(
            base_url=server.base_url, api_key="bench", model="scripted",
            concurrency=args.concurrency, cache_path=Path(cache_dir) / "cache.sqlite3",
        )  # fmt: skip
        run = lambda: summarize(files, config=config, max_tokens_per_chunk=args.max_tokens_per_chunk)  # noqa: E731
        started = time.perf_counter()
        summaries = run()
        wall = time.perf_counter() - started
        calls = len(server.hits)
        summaries_again = run()
        second_calls = len(server.hits) - calls

    prompt_tokens = meter.message_tokens + meter.schema_tokens
    ideal = max((calls * args.latency + meter.busy) / args.concurrency, 1e-9)
    assert len(summaries) == len(summaries_again) == len(reports)
    print(f"corpus: {len(files)} files, {len(reports)} reports, {source_tokens} source tokens")
    print(f"settings: latency {args.latency}s per call, concurrency {args.concurrency}, "
          f"{args.max_tokens_per_chunk} tokens per chunk")  # fmt: skip
    print(f"calls: {calls} ({calls / len(reports):.1f} per report): "
          + ", ".join(f"{k} {n} calls, {t} message tokens" for k, (n, t) in meter.by_kind.items()))
    print(f"prompt tokens / source tokens: {prompt_tokens / source_tokens:.3f} incl. the JSON schema "
          f"({meter.message_tokens / source_tokens:.3f} messages only)   target <= 1.3")  # fmt: skip
    print(f"wall time / ideal: {wall:.2f}s / {ideal:.2f}s = {wall / ideal:.2f}   target <= 1.2")
    print(f"second run calls: {second_calls}   target 0")


if __name__ == "__main__":
    main()
