"""Batch mode at scale: 1,000 reports through the scripted Batch API server.

Usage: ``python benchmarks/batch.py [--reports 1000] [--compare 60]``

The reports are the corpus's 29 (``tests/fixtures/corpus``), copied round-robin into as many
files, each copy made distinct by a marker after every line but its title and every sentence
(so no two copies send the same request and the answer cache cannot help). The scripted "model" answers an
extraction request with the rules engine's notes for its chunk, an overview request with one line
per section (as in ``benchmarks/pipeline.py``).

Printed:

- the time to read the reports and build, upload and start the first round's batches; the time
  to take in each round's results (download, parse, validate, ground, merge, and build the next
  round); aim: under a minute each for 1,000 reports on a 2-core machine;
- requests and prompt tokens per report, and the same for the first ``--compare`` reports sent in
  real time (``summarize`` against the scripted real-time server): they should match;
- the process's peak memory (``ru_maxrss``) before and after.

The server runs in a process of its own (its files and answers are not ours to count), and it
answers a batch when it is polled, so the benchmark polls each batch to its end first and times
only our side.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import re
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import openai

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from scripted_batch_server import LineReply, ScriptedBatchServer  # noqa: E402
from scripted_server import Reply, ScriptedServer  # noqa: E402

from summarizer.batch import BatchOptions, BatchRun, request_key  # noqa: E402
from summarizer.engines import LLMEngine  # noqa: E402
from summarizer.engines.rules import extract_notes  # noqa: E402
from summarizer.ingest import Document, load, split_reports  # noqa: E402
from summarizer.llm import LLMConfig  # noqa: E402
from summarizer.pipeline import summarize  # noqa: E402
from summarizer.text.tokens import token_counter  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
COUNT = token_counter()
USAGE = {"prompt_tokens": 1000, "completion_tokens": 200, "total_tokens": 1200}


def answer(body: dict[str, Any]) -> str:
    user = body["messages"][-1]["content"]
    if "文本块:\n" in user:
        text = user.split("文本块:\n", 1)[1]
        notes = extract_notes(Document(text=text, start=0, end=len(text)))
        return json.dumps({**notes.model_dump(), "sections": [{"title": "", "summary": text[:30]}]}, ensure_ascii=False)
    indexes = [int(i) for i in re.findall(r"^\[(\d+)\]", user, re.MULTILINE)]
    reply: dict[str, Any] = {"sections": [{"index": i, "summary": "本部分概述主要工作。"} for i in indexes]}
    if "先压缩" not in body["messages"][0]["content"]:
        reply["overview"] = "报告概要:回顾成绩,提出目标和任务。"
    return json.dumps(reply, ensure_ascii=False)


def prompt_tokens(body: dict[str, Any]) -> int:
    """What a provider bills as prompt: the messages plus the schema in ``response_format``."""
    schema = json.dumps(body.get("response_format", {}), ensure_ascii=False, separators=(",", ":"))
    return sum(COUNT(m["content"]) for m in body["messages"]) + COUNT(schema)


def make_reports(folder: Path, n: int) -> list[Path]:
    """``n`` distinct report files, round-robin over the corpus's reports."""
    bodies = [d.body for p in sorted(CORPUS.glob("*.txt")) for d in split_reports(load(p))]
    paths = []
    for i in range(n):
        title, _, rest = bodies[i % len(bodies)].partition("\n")
        marked = "\n".join(f"{line}〔{i}〕" if line.strip() else line for line in rest.split("\n"))
        marked = marked.replace("。", f"。〔{i}〕")  # one report is a single line of 17,000 characters
        path = folder / f"report-{i:04d}.txt"
        path.write_text(f"{title}\n{marked}", encoding="utf-8")
        paths.append(path)
    return paths


def _config(base_url: str, cache: Path) -> LLMConfig:
    return LLMConfig(base_url=base_url, api_key="bench", model="scripted", cache_path=cache, stream=False,
                     max_attempts=2, backoff_initial=0.01, backoff_max=0.01)  # fmt: skip


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _serve(conn: Connection) -> None:
    with ScriptedBatchServer(lambda body: LineReply.completion(answer(body), usage=USAGE)) as server:
        conn.send(server.base_url)
        conn.recv()  # until the parent is done


@contextmanager
def batch_server() -> Iterator[str]:
    """The scripted Batch API server in a child process; its base URL."""
    parent, child = multiprocessing.Pipe()
    process = multiprocessing.Process(target=_serve, args=(child,), daemon=True)
    process.start()
    try:
        yield str(parent.recv())
    finally:
        parent.send("stop")
        process.join(timeout=10)


async def _finish_batches(base_url: str, ids: list[str]) -> None:
    """Poll each batch until the server has answered it."""
    sdk = openai.AsyncOpenAI(base_url=base_url, api_key="bench", max_retries=0, timeout=600)
    for batch_id in ids:
        while (await sdk.batches.retrieve(batch_id)).status not in ("completed", "expired", "failed", "cancelled"):
            pass
    await sdk.close()


async def _lines(base_url: str, ids: list[str]) -> list[dict[str, Any]]:
    """The request lines of the batches ``ids``."""
    sdk = openai.AsyncOpenAI(base_url=base_url, api_key="bench", max_retries=0)
    lines = []
    for batch_id in ids:
        batch = await sdk.batches.retrieve(batch_id)
        data = (await sdk.files.content(batch.input_file_id)).content
        lines += [json.loads(line) for line in data.decode().splitlines()]
    await sdk.close()
    return lines


def batch_run(paths: list[Path], base_url: str, folder: Path) -> dict[str, Any]:
    """Every round of a batch run over ``paths``, timed; the requests sent."""
    async def go() -> dict[str, Any]:
        run = BatchRun.start(folder / "state", paths, _config(base_url, folder / "cache.sqlite3"), BatchOptions())
        timings = []
        started = time.perf_counter()
        progress = await run.step()
        timings.append(("read + build + upload round 1", time.perf_counter() - started))
        rounds = 1
        while not progress.done:
            await _finish_batches(base_url, [b.id for b in progress.running])  # outside our timing
            started = time.perf_counter()
            progress = await run.step()
            rounds += 1
            timings.append((f"take in round {rounds - 1}" + ("" if progress.done else f", build round {rounds}"),
                            time.perf_counter() - started))  # fmt: skip
        batches = [b.id for b in run.state.batches()]
        await run.close()
        return {"timings": timings, "lines": await _lines(base_url, batches), "summaries": progress.summaries}

    return asyncio.run(go())


def realtime(paths: list[Path], folder: Path) -> list[dict[str, Any]]:
    """The request bodies real-time ``summarize`` sends for ``paths``."""
    with ScriptedServer() as server:
        server.responder = lambda hit: Reply.completion(answer(hit.json), usage=USAGE)
        summarize(paths, engine=LLMEngine(_config(server.base_url, folder / "rt-cache.sqlite3")))
        return [hit.json for hit in server.hits]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--compare", type=int, default=60, help="reports also sent in real time")
    args = parser.parse_args()
    rss_before = _maxrss_mb()
    with tempfile.TemporaryDirectory() as tmp, batch_server() as base_url:
        folder = Path(tmp)
        paths = make_reports(folder, args.reports)
        result = batch_run(paths, base_url, folder)
        rss_after = _maxrss_mb()
        lines = result["lines"]
        print(f"{args.reports} reports, {len(lines)} requests in {len(result['timings']) - 1} round(s) "
              f"({len(lines) / args.reports:.2f} per report), "
              f"{sum(prompt_tokens(line['body']) for line in lines) / args.reports:,.0f} prompt tokens per report")  # fmt: skip
        for what, seconds in result["timings"]:
            print(f"  {what}: {seconds:.1f} s ({seconds / args.reports * 1000:.1f} ms per report)")
        print(f"peak memory of this process (ru_maxrss): {rss_before:.0f} MB before the run, {rss_after:.0f} MB after")

    with tempfile.TemporaryDirectory() as tmp, batch_server() as base_url:
        folder = Path(tmp)
        subset = make_reports(folder, args.compare)
        batched = batch_run(subset, base_url, folder / "subset")["lines"]
        sent = realtime(subset, folder)
        streamless = [{k: v for k, v in body.items() if k not in ("stream", "stream_options")} for body in sent]
        same = sorted(line["custom_id"] for line in batched) == sorted(map(request_key, streamless))
        print(f"first {args.compare} reports: batch {len(batched) / args.compare:.2f} requests and "
              f"{sum(prompt_tokens(x['body']) for x in batched) / args.compare:,.0f} prompt tokens per report; "
              f"real time {len(sent) / args.compare:.2f} and {sum(map(prompt_tokens, sent)) / args.compare:,.0f}; "
              f"the same requests: {'yes' if same else 'NO'}")  # fmt: skip


if __name__ == "__main__":
    main()
