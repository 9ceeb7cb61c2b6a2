"""The pipeline drives any Engine through the same stages: jobs → extract → ground/merge → reduce.

A toy engine (no model, no rules) shows what the pipeline itself guarantees: reports come back
in order, each grounded from its own jobs' notes; a failure that is not contained stops the run
and is raised as itself; a report whose answers are deferred is set aside, the others finish.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from summarizer.engines import Engine, Extraction, Job, Reduction
from summarizer.errors import AuthError, ConfigError
from summarizer.ingest import Document, split_reports
from summarizer.llm.deferred import AnswerDeferred
from summarizer.models import Findings
from summarizer.notes import ChunkNotes, TargetNote
from summarizer.pipeline import run_reports, summarize
from summarizer.text.chunking import Chunk

TEXT = (
    "2024年甲市政府工作报告\n主要预期目标是:地区生产总值增长6%左右。\n"
    "2024年乙市政府工作报告\n主要预期目标是:地区生产总值增长5.5%左右。\n"
)


def _reports() -> list[Document]:
    return split_reports(Document(TEXT, 0, len(TEXT)))


class ToyEngine(Engine):
    """Quotes each report's growth target; defers or fails the reports it is told to."""

    name = "rules"

    def __init__(self, defer: Sequence[int] = (), fail: Sequence[int] = (), defer_reduce: Sequence[int] = ()) -> None:
        self.defer, self.fail, self.defer_reduce = set(defer), set(fail), set(defer_reduce)
        self.reduced: list[int] = []

    def jobs(self, reports: Sequence[Document]) -> list[Job]:
        return [Job.single(i, doc, Chunk(0, doc.start, doc.end, doc.body, 1, ())) for i, doc in enumerate(reports)]

    async def extract(self, job: Job) -> Extraction:
        report = job.members[0].report
        await asyncio.sleep(0.01 * (2 - report))  # the later report finishes first
        if report in self.fail:
            raise AuthError("key refused")
        if report in self.defer:
            raise AnswerDeferred(f"r{report}")
        quote = job.doc.body.split("是:")[1].rstrip("。\n")
        value = float(quote.removeprefix("地区生产总值增长").removesuffix("%左右"))
        target = TargetNote(indicator="地区生产总值", value=value, value_max=None, year=2024, headline=True, evidence=quote)
        notes = ChunkNotes(sections=[], results=[], targets=[target], qualitative_targets=[], priorities=[])
        return Extraction(parts=[(job.piece, notes)])

    async def reduce(self, report: Document, extraction: Extraction, findings: Findings) -> Reduction:
        index = [d.region for d in _reports()].index(report.region)
        if index in self.defer_reduce:
            raise AnswerDeferred(f"reduce{index}")
        self.reduced.append(index)
        return Reduction(overview=f"{report.region}: {len(findings.targets)} target(s)", overview_evidence=[], sections=[])


def test_reports_come_back_in_order_each_grounded_from_its_own_notes() -> None:
    steps: list[tuple[int, int]] = []
    summaries = summarize(_reports(), engine=ToyEngine(), progress=lambda done, total: steps.append((done, total)))
    assert [(s.region, s.overview, [t.value for t in s.targets]) for s in summaries] == [
        ("甲市", "甲市: 1 target(s)", [6.0]),
        ("乙市", "乙市: 1 target(s)", [5.5]),
    ]
    assert all(TEXT[t.evidence.start : t.evidence.end] == t.evidence.text for s in summaries for t in s.targets)
    assert steps == [(n, 4) for n in range(1, 5)]  # two jobs, two reports


def test_a_failure_that_is_not_contained_stops_the_run_and_is_raised_as_itself() -> None:
    with pytest.raises(AuthError, match="key refused"):
        summarize(_reports(), engine=ToyEngine(fail=[1]))


def test_a_deferred_report_is_set_aside_and_the_others_finish() -> None:
    engine = ToyEngine(defer=[0])
    done = asyncio.run(run_reports(_reports(), engine))
    assert done[0] is None and done[1] is not None and done[1].region == "乙市"
    assert engine.reduced == [1]  # a report waiting for its notes is not reduced from half of them
    late = asyncio.run(run_reports(_reports(), ToyEngine(defer_reduce=[1])))
    assert late[0] is not None and late[1] is None
    # summarize() has no use for a report that is not ready: it says what to use instead
    with pytest.raises(ConfigError, match="summarizer batch"):
        summarize(_reports(), engine=ToyEngine(defer=[0]))
