"""Packing: small reports of one source share an extraction call; notes go back by quote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scripted_server import Hit, Reply, ScriptedServer

from summarizer.text.chunking import chunk
from summarizer.ingest import Document, load, split_reports
from summarizer.engines import Extraction as ChunkExtraction
from summarizer.notes import ChunkNotes, PriorityNote, SectionNote, TargetNote
from summarizer.engines import Job
from summarizer.engines.llm.packing import plan_jobs
from summarizer.llm import LLMConfig, Usage
from summarizer.models import SummaryWarning
from summarizer.pipeline import summarize
from summarizer.engines import LLMEngine
from summarizer.text.tokens import token_counter

NEWS = Path(__file__).parent / "fixtures" / "corpus" / "wenzhou-investment-news-2025.txt"
COUNT = token_counter()


@pytest.fixture(scope="module")
def news() -> list[Document]:
    return split_reports(load(NEWS))


def _plan(docs: list[Document], budget: int) -> list[Job]:
    return plan_jobs([(doc, chunk(doc, budget)) for doc in docs], budget, COUNT)


@pytest.mark.parametrize("budget", [1024, 2048, 4096])
def test_every_report_is_served_once_per_chunk_and_packed_spans_fit(news: list[Document], budget: int) -> None:
    jobs = _plan(news, budget)
    for i, doc in enumerate(news):
        mine = [job.members[m] for job in jobs if (m := job.serves(i)) is not None]
        assert [member.piece for member in mine] == chunk(doc, budget)
        assert all(member.doc is doc for member in mine)
    for job in jobs:
        assert job.piece.text == job.doc.text[job.piece.start : job.piece.end]
        assert job.piece.n_tokens == COUNT(job.piece.text) <= budget
        if len(job.members) > 1:  # a packed span covers its members, in order, and says so
            assert (job.piece.start, job.piece.end) == (job.members[0].piece.start, job.members[-1].piece.end)
            assert [m.report for m in job.members] == list(range(job.members[0].report, job.members[-1].report + 1))
            assert job.context is not None and f"本块含{len(job.members)}篇" in job.context
    # the nine short items share calls; the long report at the end keeps its own chunks
    assert len(_plan(news, 4096)) == 2 + len(chunk(news[-1], 4096))
    assert all(len(job.members) == 1 for job in _plan(news, 512))  # no two items fit in 512


def test_reports_of_different_texts_are_never_packed(news: list[Document]) -> None:
    other = split_reports(load(NEWS))  # the same file read again: another text
    jobs = _plan([news[0], other[1]], 4096)
    assert [len(job.members) for job in jobs] == [1, 1]


def test_shared_region_and_year_are_kept_and_differing_ones_dropped() -> None:
    text = "甲市新闻一。\n乙市新闻二。\n"
    a = Document(text, 0, 7, title="新闻一", region="甲市", year=2025, plan_year=2025)
    b = Document(text, 7, 14, title="新闻二", region="乙市", year=2025, plan_year=2025)
    [job] = _plan([a, b], 512)
    assert (job.doc.region, job.doc.year, job.doc.plan_year) == (None, 2025, 2025)
    assert job.context == "本块含2篇,sections 每篇一条,title 用该篇标题;目标年份:2025"


def _target(evidence: str) -> TargetNote:
    return TargetNote(indicator="投资", value=10, value_max=None, year=None, headline=False, evidence=evidence)


def test_notes_go_to_the_member_whose_span_holds_them() -> None:
    text = "甲新闻\n甲地投资增长10%。\n乙新闻\n乙地投资增长12%。\n"
    a = Document(text, 0, 12, title="甲新闻")
    b = Document(text, 12, len(text), title="乙新闻")
    [job] = _plan([a, b], 512)
    notes = ChunkNotes(
        sections=[SectionNote(title="甲新闻", summary="甲"), SectionNote(title="乙新闻", summary="乙"),
                  SectionNote(title="改写过的标题", summary="乙续")],
        results=[],
        targets=[_target("乙地投资增长12%"), _target("甲地投资增长10%"), _target("不在原文里的10%")],
        qualitative_targets=[],
        priorities=[PriorityNote(title="乙", evidence="乙地投资")],
    )  # fmt: skip
    failed = SummaryWarning(code="chunk_failed", message="x", start=14, end=20)
    usage = Usage(calls=1, prompt_tokens=100, completion_tokens=10)
    extraction = ChunkExtraction(parts=[(job.piece, notes)], warnings=[failed], usages=[usage])
    first, second = job.share(extraction)
    [(piece_a, notes_a)] = first.parts
    [(piece_b, notes_b)] = second.parts
    assert (piece_a, piece_b) == (job.members[0].piece, job.members[1].piece)
    assert [t.evidence for t in notes_a.targets] == ["甲地投资增长10%", "不在原文里的10%"]  # unfound: first
    assert [t.evidence for t in notes_b.targets] == ["乙地投资增长12%"]
    assert [p.title for p in notes_b.priorities] == ["乙"] and not notes_a.priorities
    # a title not in the text stays with the member of the note before it
    assert [s.summary for s in notes_a.sections] == ["甲"]
    assert [s.summary for s in notes_b.sections] == ["乙", "乙续"]
    assert (first.warnings, second.warnings) == ([], [failed])
    assert (first.usages, second.usages) == ([usage], [])  # the call is counted once


def test_a_one_member_job_shares_everything() -> None:
    text = "甲新闻\n甲地投资增长10%。\n"
    doc = Document(text, 0, len(text))
    [job] = _plan([doc], 512)
    extraction = ChunkExtraction(parts=[(job.piece, ChunkNotes.empty())], usages=[Usage(calls=1)])
    assert job.share(extraction) == [extraction] and job.share(extraction)[0] is extraction


def _answer(hit: Hit) -> Reply:
    """Notes quoting each packed item's first line after its title, and one section per item."""
    user = hit.json["messages"][-1]["content"]
    if "文本块:\n" not in user:
        return Reply.completion(json.dumps({"overview": "概要", "sections": []}))
    text = user.split("文本块:\n", 1)[1]
    lines = [line for line in text.split("\n") if len(line) > 12]
    notes = ChunkNotes.empty()
    notes.sections.extend(SectionNote(title=line[:12], summary=f"摘要{i}") for i, line in enumerate(lines[:20]))
    notes.priorities.extend(PriorityNote(title=line[:6], evidence=line[:12]) for line in lines[:20])
    usage = {"prompt_tokens": 100, "completion_tokens": 10, "total_tokens": 110}
    return Reply.completion(notes.model_dump_json(), usage=usage)


def test_a_digest_through_the_pipeline_makes_one_call_per_job(
    news: list[Document], scripted_server: ScriptedServer, tmp_path: Path
) -> None:
    scripted_server.responder = _answer
    config = LLMConfig(
        base_url=scripted_server.base_url, api_key="k", model="m", provider="openai",
        cache_path=tmp_path / "cache.sqlite3", max_attempts=1,
    )  # fmt: skip
    summaries = summarize(NEWS, engine=LLMEngine(config))
    extractions = [h for h in scripted_server.hits if "文本块:\n" in h.json["messages"][-1]["content"]]
    assert len(extractions) == len(_plan(news, 4096)) < len(news)
    assert sum(s.usage.calls for s in summaries) == len(scripted_server.hits)
    for summary, doc in zip(summaries, news):
        assert summary.title == doc.title and summary.priorities
        assert all(doc.start <= p.evidence.start < p.evidence.end <= doc.end for p in summary.priorities)
        assert not [w for w in summary.warnings if w.code == "evidence_not_found"]


def test_the_same_report_twice_is_served_and_counted_once_each(
    news: list[Document], scripted_server: ScriptedServer, tmp_path: Path
) -> None:
    scripted_server.responder = _answer
    config = LLMConfig(base_url=scripted_server.base_url, api_key="k", model="m", cache_path=tmp_path / "c.sqlite3")
    first, second = summarize([news[0], news[0]], engine=LLMEngine(config))
    assert first.usage.calls == second.usage.calls == 1  # one extraction each, no reduce (one chunk)
    assert [p.title for p in first.priorities] == [p.title for p in second.priorities] != []
