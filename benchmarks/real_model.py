"""The LLM engine against a real model, beside the rules engine on the same text.

Usage: ``python benchmarks/real_model.py [--base-url URL] [--provider P] [--model M]
[--passages N | --all] [--extra DIR ... [--no-bundled]] [--report PATH ...] [--chunk-tokens N] [--cache]
[--markdown FILE]``

By default it asks the local server of ``/work/shared/local-llm`` (``serve.sh 18555``:
llama-cpp-python with Qwen2.5-Coder-1.5B-Instruct on the CPU) about a few labelled passages of the
bundled reports (``examples/labels/*.labels.json``), each passage as a document of its own
(offsets stay those of the source file, so the label files score it). ``--passages N`` takes more,
``--all`` every labelled passage, ``--extra DIR`` the passages of each ``NAME.labels.json`` in DIR
(e.g. ``/work/data/heldout/dev``), ``--report PATH`` whole reports too (``--reports N``: the first N
of each file; scored where they are labelled: ``--passages 0 --report
examples/data/city-reports-2023.txt --reports 1`` reads 彬州's whole report and scores its five
labelled passages). A passage read alone has no layout, so the LLM engine cannot place figures
the model filed under the wrong list by where the report puts them (:mod:`summarizer.engines.llm
.placement`); a whole report can. The rules engine reads the same documents.

For each engine it prints one line: documents, model calls (attempts = HTTP requests), re-asks
(requests that carried a correction), structured-output fallbacks, seconds per request (mean and
max), prompt and completion tokens (the server's count where it gives one, else ``~`` and an
o200k count of the messages and answers: llama-cpp-python streams no usage), items dropped by
validation (``invalid_items``), as copies of the prompt's example (``example_copied``) and by
grounding (``evidence_not_found``, ``number_not_in_evidence``, ``indicator_mismatch``), cut-short
and failed chunks, and precision / recall / F1 of targets and results against the labels (loose
match, :mod:`summarizer.evaluate`). Nothing is cached unless ``--cache`` says so, so every run asks
the model.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import logging
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.engines import Engine, LLMEngine, RulesEngine  # noqa: E402
from summarizer.evaluate import LabelFile, LabelPassage, evaluate, load_label_file  # noqa: E402
from summarizer.ingest import Document, load, split_reports  # noqa: E402
from summarizer.llm import LLMClient, LLMConfig, Reply, Request  # noqa: E402
from summarizer.llm.model import Model  # noqa: E402
from summarizer.models import ReportSummary  # noqa: E402
from summarizer.pipeline import asummarize  # noqa: E402
from summarizer.text.structure import parse_sections  # noqa: E402
from summarizer.text.tokens import token_counter  # noqa: E402

LABELS = ROOT / "examples" / "labels"
DATA = ROOT / "examples" / "data"
GROUNDING = ("evidence_not_found", "number_not_in_evidence", "indicator_mismatch")
COUNT = token_counter()


# --------------------------------------------------------------------------- what to read


@dataclass(frozen=True)
class Passage:
    """A labelled passage as a document of its own, with the label file that scores it."""

    doc: Document
    labels: LabelFile
    kind: str  # plan, plan (headline) or review


def _passages(label_path: Path, text_dir: Path) -> list[Passage]:
    """Each labelled passage as a document titled with its report's title and the heading of the
    top-level section it is in: what a chunk of the whole report tells the model (its context
    line names the section), without reading the whole report."""
    labels = load_label_file(label_path)
    source = text_dir / labels.source
    loaded = load(source)
    reports = split_reports(loaded)
    out = []
    for report in labels.reports:
        for p in report.passages:
            title = " ".join(t for t in (report.title, _heading(reports, p.start)) if t)
            doc = Document(text=loaded.text, start=p.start, end=p.end, title=title, region=report.region,
                           year=report.year, plan_year=report.year, path=str(source))  # fmt: skip
            out.append(Passage(doc, labels, p.type + (" (headline)" if p.headline else "")))
    return out


def _heading(reports: list[Document], at: int) -> str | None:
    """The heading of the top-level section around offset ``at``."""
    for doc in reports:
        if doc.start <= at < doc.end:
            return next((s.title for s in parse_sections(doc) if s.start <= at < s.end), None)
    return None


def pick(passages: list[Passage], n: int) -> list[Passage]:
    """``n`` passages taking each kind in turn (a headline plan passage, another plan passage,
    a review passage, ...), in the label files' order within a kind, so a few make a varied
    sample."""
    by_kind: dict[str, list[Passage]] = {}
    for p in passages:
        by_kind.setdefault(p.kind, []).append(p)
    order = sorted(by_kind)
    chosen: list[Passage] = []
    while len(chosen) < n and any(by_kind.values()):
        for kind in order:
            if by_kind[kind] and len(chosen) < n:
                chosen.append(by_kind[kind].pop(0))
    return chosen


def only(labels: list[LabelFile], docs: list[Document]) -> list[LabelFile]:
    """The label files holding only the passages that lie inside a document read (the others
    were not read, so they must not count as missed)."""
    out = []
    for lf in labels:
        spans = [(d.start, d.end) for d in docs if d.path and Path(d.path).name == lf.source]

        def read(x: LabelPassage, spans: list[tuple[int, int]] = spans) -> bool:
            return any(a <= x.start and x.end <= b for a, b in spans)

        reports = [dataclasses.replace(r, passages=tuple(x for x in r.passages if read(x))) for r in lf.reports]
        reports = [r for r in reports if r.passages]
        if reports:
            out.append(dataclasses.replace(lf, reports=tuple(reports)))
    return out


# --------------------------------------------------------------------------- what happened


@dataclass
class Recorder:
    """A model seen through the seam: how long each request took, which were re-asks, what
    came back. The o200k counts stand in when the server reports no usage."""

    model: Model
    seconds: list[float] = field(default_factory=list)
    reasks: int = 0
    prompt_estimate: int = 0
    completion_estimate: int = 0
    finish: Counter[str] = field(default_factory=Counter)
    replies: list[dict[str, object]] = field(default_factory=list)

    async def execute(self, request: Request) -> Reply:
        started = time.perf_counter()
        self.reasks += request.messages[-1]["role"] == "user" and len(request.messages) > 2
        self.prompt_estimate += sum(COUNT(m["content"]) + 4 for m in request.messages)
        try:
            reply = await self.model.execute(request)
        finally:
            self.seconds.append(time.perf_counter() - started)
        self.completion_estimate += COUNT(reply.text or "")
        self.finish[reply.finish_reason or "none"] += 1
        self.replies.append({"request": request.messages[-1]["content"][:300], "max_tokens": request.max_tokens,
                             "finish": reply.finish_reason, "seconds": round(self.seconds[-1], 1), "text": reply.text})
        return reply


class _Fallbacks(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += "rejected response_format" in record.getMessage()


def _dropped(summaries: list[ReportSummary], codes: tuple[str, ...]) -> int:
    """Items the warnings of these codes dropped (a warning may count several: "3 item(s)")."""
    total = 0
    for s in summaries:
        for w in s.warnings:
            if w.code in codes:
                many = re.match(r"(\d+) item", w.message)
                total += int(many.group(1)) if many else 1
    return total


def _tokens(reported: int | None, estimate: int) -> str:
    return f"{reported:,}" if reported is not None else f"~{estimate:,}"


def _scores(summaries: list[ReportSummary], labels: list[LabelFile]) -> str:
    ev = evaluate(summaries, labels)  # the scoring call
    cells = []
    for kind in ("target", "result"):
        c = ev.counts(kind)  # type: ignore[arg-type]
        cells.append(f"{c.precision:.2f} / {c.recall:.2f} / {c.f1:.2f} ({c.matched}/{c.predicted}/{c.labelled})")
    return " | ".join(cells)


HEADER = ("| engine | docs | calls (requests) | re-asks | fallbacks | s/request mean (max) | prompt tokens "
          "| completion tokens | dropped: validation / example / grounding | cut short / failed chunks "
          "| targets P / R / F1 (matched/predicted/labelled) | results P / R / F1 |")


async def run_llm(
    docs: list[Document], config: LLMConfig, chunk_tokens: int | None, dump: Path | None
) -> tuple[list[ReportSummary], str]:
    client = LLMClient(config)
    recorder = Recorder(client.model)
    client.model = recorder
    fallbacks = _Fallbacks()
    logging.getLogger("summarizer.llm").addHandler(fallbacks)
    started = time.perf_counter()
    try:
        async with LLMEngine(config, client=client, chunk_tokens=chunk_tokens) as engine:
            summaries = await asummarize(docs, engine)
    finally:
        logging.getLogger("summarizer.llm").removeHandler(fallbacks)
        await client.aclose()
    wall = time.perf_counter() - started
    if dump is not None:
        dump.write_text(json.dumps({"replies": recorder.replies, "summaries": [s.model_dump() for s in summaries]},
                                   ensure_ascii=False, indent=1), encoding="utf-8")  # fmt: skip
    usage = client.usage
    seconds = recorder.seconds or [0.0]
    codes = Counter(w.code for s in summaries for w in s.warnings)
    line = (
        f"| llm ({config.model}) | {len(summaries)} | {usage.calls} ({usage.attempts}) | {recorder.reasks} "
        f"| {fallbacks.count} | {statistics.mean(seconds):.0f} ({max(seconds):.0f}) "
        f"| {_tokens(usage.prompt_tokens, recorder.prompt_estimate)} "
        f"| {_tokens(usage.completion_tokens, recorder.completion_estimate)} "
        f"| {_dropped(summaries, ('invalid_items',))} / {_dropped(summaries, ('example_copied',))} / "
        f"{_dropped(summaries, GROUNDING)} | {codes['chunk_truncated']} / {codes['chunk_failed']} |"
    )
    print(f"llm: {wall:.0f} s in all; finish reasons {dict(recorder.finish)}", file=sys.stderr)
    return summaries, line


async def run_rules(docs: list[Document]) -> tuple[list[ReportSummary], str]:
    engine: Engine = RulesEngine()
    summaries = await asummarize(docs, engine)
    line = (f"| rules | {len(summaries)} | – | – | – | – | – | – | – / – / {_dropped(summaries, GROUNDING)} "
            "| – |")  # fmt: skip
    return summaries, line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:18555/v1")
    parser.add_argument("--provider", default="llamacpp")
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--passages", type=int, default=3, help="labelled passages to read (default 3; 0 with --report)")
    parser.add_argument("--all", action="store_true", help="every labelled passage (slow on a CPU)")
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="dirs of NAME.txt + NAME.labels.json")
    parser.add_argument("--no-bundled", action="store_true", help="only the --extra passages")
    parser.add_argument("--report", type=Path, nargs="*", default=[], help="whole reports to read too")
    parser.add_argument("--reports", type=int, help="only the first N reports of each --report file")
    parser.add_argument("--chunk-tokens", type=int, help="source tokens per call (default: the endpoint's)")
    parser.add_argument("--cache", action="store_true", help="use the answer cache (default: ask every time)")
    parser.add_argument("--markdown", type=Path, help="append the table to this file")
    parser.add_argument("--dump", type=Path, help="write the model's replies and the summaries to this JSON file")
    args = parser.parse_args()

    bundled = [] if args.no_bundled else sorted(LABELS.glob("*.labels.json"))
    passages = [p for f in bundled for p in _passages(f, DATA)]
    passages += [p for d in args.extra for f in sorted(d.glob("*.labels.json")) for p in _passages(f, d)]
    chosen = passages if args.all else pick(passages, args.passages)
    docs = [p.doc for p in chosen] + [r for path in args.report for r in split_reports(load(path))[: args.reports]]
    files = list({id(p.labels): p.labels for p in chosen}.values())
    files += [load_label_file(LABELS / f"{path.stem}.labels.json") for path in args.report
              if (LABELS / f"{path.stem}.labels.json").is_file()]  # fmt: skip
    labels = only(files, docs)
    tokens = sum(COUNT(d.body) for d in docs)
    print(f"{len(docs)} documents ({', '.join(p.kind for p in chosen)}{', reports' if args.report else ''}), "
          f"{tokens:,} source tokens", file=sys.stderr)  # fmt: skip

    config = LLMConfig.from_env(provider=args.provider, base_url=args.base_url, model=args.model,
                                use_cache=args.cache)  # fmt: skip
    llm, llm_line = asyncio.run(run_llm(docs, config, args.chunk_tokens, args.dump))
    rules, rules_line = asyncio.run(run_rules(docs))
    rule = "|" + "---|" * (HEADER.count("|") - 1)
    table = [HEADER, rule, f"{llm_line} {_scores(llm, labels)} |", f"{rules_line} {_scores(rules, labels)} |"]
    print("\n".join(table))
    if args.markdown:
        with args.markdown.open("a", encoding="utf-8") as out:
            out.write("\n".join(table) + "\n")


if __name__ == "__main__":
    main()
