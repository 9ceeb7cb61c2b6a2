"""The pipeline end to end: a real report through chunking, scripted LLM calls (real openai SDK,
real sockets), grounding, merge and reduce; the rules engine on the whole compilation; engine choice.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel
from scripted_server import Hit, Reply, ScriptedServer

from summarizer.text.chunking import chunk
from summarizer.ingest import Document, load, split_reports
from summarizer.errors import AuthError, ConfigError, UnreachableError
from summarizer.notes import ChunkNotes
from summarizer.llm import LLMClient, LLMConfig
from summarizer.models import Findings
from summarizer.models import ReportSummary
from summarizer.pipeline import asummarize, resolve_engine, summarize
from summarizer.engines import LLMEngine, RulesEngine
from summarizer.llm.schema import strict_schema
from summarizer.engines.llm.prompts import load_prompt
from summarizer.engines.llm.reduce import CondenseAnswer, ReduceAnswer, areduce_llm
from summarizer.text.structure import parse_sections
from summarizer.text.tokens import token_counter

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
COMPILATION = CORPUS / "city-reports-2023.txt"
CHUNK_TOKENS = 1024
USAGE = {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}

# What the scripted model "finds" in a chunk: every entry whose anchor is in the chunk's text.
# (anchor, list, note). Two are wrong on purpose: a number that is not in its quote, and a quote
# that is not in the source.
SCRIPT: list[tuple[str, str, dict[str, Any]]] = [
    ("地方财政收入21.1亿元,增长94.4%", "results",
     {"indicator": "地方财政收入", "value": 21.1, "change": 94.4, "period": "2022年",
      "evidence": "地方财政收入21.1亿元,增长94.4%"}),
    ("主要预期目标是", "targets",
     {"indicator": "生产总值", "value": 7, "value_max": None, "year": 2023, "headline": True,
      "evidence": "生产总值增长7%左右"}),
    ("主要预期目标是", "targets",  # the same target again, with a longer quote: merged away
     {"indicator": "生产总值", "value": 7, "value_max": None, "year": 2023, "headline": True,
      "evidence": "主要预期目标是:生产总值增长7%左右"}),
    ("主要预期目标是", "targets",
     {"indicator": "规模以上工业增加值", "value": 8, "value_max": None, "year": 2023,
      "headline": True, "evidence": "规模以上工业增加值增长8%左右"}),
    ("主要预期目标是", "targets",  # hallucinated: 12 is not in the quote
     {"indicator": "地方财政收入", "value": 12, "value_max": None, "year": 2023, "headline": True,
      "evidence": "地方财政收入增长6%左右"}),
    ("主要预期目标是", "targets",
     {"indicator": "城镇居民人均可支配收入", "value": 7, "value_max": None, "year": 2023,
      "headline": True, "evidence": "城镇和农村居民人均可支配收入分别增长7%和8%左右"}),
    ("主要预期目标是", "targets",
     {"indicator": "农村居民人均可支配收入", "value": 8, "value_max": None, "year": 2023,
      "headline": True, "evidence": "城镇和农村居民人均可支配收入分别增长7%和8%左右"}),
    ("强化项目支撑,推动有效投资走在前列", "priorities",
     {"title": "强化项目支撑", "evidence": "强化项目支撑,推动有效投资走在前列"}),
    ("完成造林绿化2.8万亩", "targets",
     {"indicator": "造林绿化", "value": 2.8, "value_max": None, "year": 2023, "headline": False,
      "evidence": "完成造林绿化2.8万亩"}),
    ("引进高层次人才10名", "targets",  # misquoted: the source says 10名, not 20名
     {"indicator": "高层次人才", "value": 20, "value_max": None, "year": 2023, "headline": False,
      "evidence": "引进高层次人才20名"}),
    ("新增城镇就业4000人", "targets",
     {"indicator": "城镇新增就业", "value": 4000, "value_max": None, "year": 2023,
      "headline": False, "evidence": "新增城镇就业4000人"}),
]
TRUNCATE_ONCE = "完成造林绿化2.8万亩"  # its chunk is truncated until split once
ALWAYS_TRUNCATED = "旗帜鲜明讲政治"  # its piece is truncated at every depth


def _chunk_text(hit: Hit) -> str:
    return hit.json["messages"][-1]["content"].split("文本块:\n", 1)[1]


def _kind(hit: Hit) -> str:
    if "文本块:\n" in hit.json["messages"][-1]["content"]:
        return "extract"
    return "condense" if "先压缩" in hit.json["messages"][0]["content"] else "reduce"


def _extract_answer(hit: Hit) -> Reply:
    text = _chunk_text(hit)
    if ALWAYS_TRUNCATED in text or (TRUNCATE_ONCE in text and len(text) > 800):
        return Reply.completion('{"sections": [', finish_reason="length", usage=USAGE)
    notes: dict[str, list[Any]] = {k: [] for k in ChunkNotes.model_fields}
    section = re.search(r"小节:([^;\n>]*)", hit.json["messages"][-1]["content"])
    notes["sections"].append({"title": section.group(1).strip() if section else "",
                              "summary": f"要点:{text[:8]}"})  # fmt: skip
    for anchor, key, note in SCRIPT:
        if anchor in text:
            notes[key].append(note)
    return Reply.completion(json.dumps(notes, ensure_ascii=False), usage=USAGE)


def _reduce_answer(hit: Hit) -> Reply:
    material = hit.json["messages"][-1]["content"]
    indexes = [int(i) for i in re.findall(r"^\[(\d+)\]", material, re.MULTILINE)]
    answer: dict[str, Any] = {"sections": [{"index": i, "summary": f"第{i}部分摘要"} for i in indexes]}
    if _kind(hit) == "reduce":
        answer["overview"] = "彬州市2023年政府工作报告概要。"
    return Reply.completion(json.dumps(answer, ensure_ascii=False), usage=USAGE)


def responder(hit: Hit) -> Reply:
    return _extract_answer(hit) if _kind(hit) == "extract" else _reduce_answer(hit)


def _config(server: ScriptedServer, tmp_path: Path, **changes: Any) -> LLMConfig:
    return LLMConfig(
        base_url=server.base_url, api_key="test-key", model="scripted-model",
        cache_path=tmp_path / "cache.sqlite3", max_attempts=2, backoff_initial=0.01,
        backoff_max=0.01, concurrency=4, **changes,
    )  # fmt: skip


@pytest.fixture(scope="module")
def binzhou() -> Document:
    return split_reports(load(COMPILATION))[0]


def _targets(summary: ReportSummary) -> list[tuple[Any, ...]]:
    return [
        (t.indicator, t.canonical_indicator, t.value, t.value_max, t.unit, t.qualifier, t.kind,
         t.year, t.headline, t.evidence.text, t.evidence.start)
        for t in summary.targets
    ]  # fmt: skip


def _at(doc: Document, quote: str) -> int:
    return doc.text.index(quote, doc.start)


def test_llm_pipeline_end_to_end(binzhou: Document, scripted_server: ScriptedServer, tmp_path: Path) -> None:
    scripted_server.responder = responder
    config = _config(scripted_server, tmp_path)
    steps: list[tuple[int, int]] = []
    [summary] = summarize(binzhou, engine=LLMEngine(config, chunk_tokens=CHUNK_TOKENS),
                          progress=lambda done, total: steps.append((done, total)))  # fmt: skip
    text = binzhou.text
    chunks = chunk(binzhou, CHUNK_TOKENS)

    # Exactly the grounded, deduplicated targets survive, with offsets into the source text.
    assert _targets(summary) == [
        ("生产总值", "地区生产总值", 7.0, None, "%", "左右", "growth", 2023, True, "生产总值增长7%左右",
         _at(binzhou, "生产总值增长7%左右")),
        ("规模以上工业增加值", "规模以上工业增加值", 8.0, None, "%", "左右", "growth", 2023, True,
         "规模以上工业增加值增长8%左右", _at(binzhou, "规模以上工业增加值增长8%左右")),
        ("城镇居民人均可支配收入", "城镇居民人均可支配收入", 7.0, None, "%", "左右", "growth", 2023, True,
         "城镇和农村居民人均可支配收入分别增长7%和8%左右", _at(binzhou, "城镇和农村居民人均可支配收入分别增长7%和8%左右")),
        ("农村居民人均可支配收入", "农村居民人均可支配收入", 8.0, None, "%", "左右", "growth", 2023, True,
         "城镇和农村居民人均可支配收入分别增长7%和8%左右", _at(binzhou, "城镇和农村居民人均可支配收入分别增长7%和8%左右")),
        ("造林绿化", "造林绿化", 2.8, None, "万亩", "", "level", 2023, False, "完成造林绿化2.8万亩",
         _at(binzhou, "完成造林绿化2.8万亩")),
        ("新增城镇就业", "城镇新增就业", 4000.0, None, "人", "", "level", 2023, False, "新增城镇就业4000人",
         _at(binzhou, "新增城镇就业4000人")),
    ]  # fmt: skip
    items = [*summary.targets, *summary.results, *summary.priorities]
    assert all(text[i.evidence.start : i.evidence.end] == i.evidence.text for i in items)
    [result] = summary.results
    assert (result.canonical_indicator, result.value, result.unit, result.change, result.change_unit) == (
        "一般公共预算收入", 21.1, "亿元", 94.4, "%")  # fmt: skip
    assert [p.title for p in summary.priorities] == ["强化项目支撑"]

    # Every dropped or failed item is in the warnings, with its span.
    codes = sorted(w.code for w in summary.warnings)
    assert codes == ["chunk_failed", "evidence_not_found", "number_not_in_evidence"]
    failed = next(w for w in summary.warnings if w.code == "chunk_failed")
    home = next(c for c in chunks if ALWAYS_TRUNCATED in c.text)
    assert failed.start is not None and failed.end is not None
    assert home.start <= failed.start < failed.end <= home.end
    assert ALWAYS_TRUNCATED in text[failed.start : failed.end]
    assert failed.end - failed.start < (home.end - home.start) / 2  # split twice before giving up
    assert "TruncatedOutputError" in failed.message

    # Reduce: the LLM's overview and one summary per top-level section.
    assert summary.overview == "彬州市2023年政府工作报告概要。"
    sections = parse_sections(binzhou)
    assert [(s.title, s.start, s.end, s.summary, s.extractive) for s in summary.sections] == [
        (s.title, s.start, s.end, f"第{i}部分摘要", False) for i, s in enumerate(sections, start=1)
    ]

    # Calls: one per chunk, +2 for the chunk split once, +4 for the piece split twice, +1 reduce.
    kinds = [_kind(h) for h in scripted_server.hits]
    assert kinds.count("extract") == len(chunks) + 2 + 4
    assert kinds.count("reduce") == 1 and "condense" not in kinds
    calls = len(scripted_server.hits)
    assert summary.usage.model_dump() == {
        "calls": calls, "cached_calls": 0, "attempts": calls, "prompt_tokens": 100 * calls,
        "completion_tokens": 20 * calls, "reasoning_tokens": 0, "cached_prompt_tokens": None, "cost": None,
    }  # fmt: skip
    assert (summary.engine, summary.model, summary.region, summary.year) == ("llm", "scripted-model", "彬州市", 2023)
    assert steps[-1] == (len(chunks) + 1, len(chunks) + 1)
    assert [d for d, _ in steps] == list(range(1, len(chunks) + 2))

    # A second run is answered from the cache - the truncated requests too (replayed as
    # truncations, so the same chunks are split the same way): zero calls, the same summary.
    assert any(_is_truncated(h) for h in scripted_server.hits)
    [again] = summarize(binzhou, engine=LLMEngine(config, chunk_tokens=CHUNK_TOKENS))
    assert len(scripted_server.hits) == calls
    assert again.model_copy(update={"usage": summary.usage}) == summary
    assert again.usage.model_dump() == {
        "calls": calls, "cached_calls": calls, "attempts": 0, "prompt_tokens": 0,
        "completion_tokens": 0, "reasoning_tokens": 0, "cached_prompt_tokens": 0, "cost": None,
    }  # fmt: skip


def _is_truncated(hit: Hit) -> bool:
    return _kind(hit) == "extract" and _extract_answer(hit).body["choices"][0]["finish_reason"] == "length"


def test_second_run_makes_zero_calls(binzhou: Document, scripted_server: ScriptedServer, tmp_path: Path) -> None:
    scripted_server.responder = responder
    config = _config(scripted_server, tmp_path)
    doc = split_reports(load(COMPILATION))[1]  # 高安市: no scripted truncation
    [first] = summarize(doc, engine=LLMEngine(config, chunk_tokens=CHUNK_TOKENS))
    calls = len(scripted_server.hits)
    assert calls == first.usage.calls > 1 and first.usage.cached_calls == 0
    [second] = summarize(doc, engine=LLMEngine(config, chunk_tokens=CHUNK_TOKENS))
    assert len(scripted_server.hits) == calls
    assert (second.usage.calls, second.usage.cached_calls, second.usage.prompt_tokens) == (calls, calls, 0)
    assert second.model_copy(update={"usage": first.usage}) == first


def test_chunk_messages_carry_context_and_language(binzhou: Document, scripted_server: ScriptedServer, tmp_path: Path) -> None:
    scripted_server.responder = responder
    summarize(binzhou, engine=LLMEngine(_config(scripted_server, tmp_path, use_cache=False), chunk_tokens=CHUNK_TOKENS, language="en"))  # fmt: skip
    first_chunk = chunk(binzhou, CHUNK_TOKENS)[0].text
    [first] = [h.json["messages"] for h in scripted_server.hits if h.json["messages"][-1]["content"].endswith(first_chunk)]
    assert "English" in first[0]["content"]
    assert first[1]["content"] == f"背景:2023年彬州市政府工作报告\n文本块:\n{first_chunk}"
    assert all("English" in h.json["messages"][0]["content"] for h in scripted_server.hits)


def test_chunk_context_names_report_target_year_and_section(binzhou: Document) -> None:
    from summarizer.engines.llm.extract import chunk_context

    pieces = chunk(binzhou, CHUNK_TOKENS)
    assert chunk_context(binzhou, pieces[0]) == "2023年彬州市政府工作报告"  # the year is in the title
    plan = next(p for p in pieces if len(p.section_path) >= 3)
    outer, inner = plan.section_path[0], plan.section_path[-1]
    assert chunk_context(binzhou, plan) == f"2023年彬州市政府工作报告;小节:{outer} > {inner[:16]}"
    untitled = replace(binzhou, title="工作总结和2024年工作思路", region="甲区", plan_year=2024)
    assert chunk_context(untitled, pieces[0]) == "工作总结和2024年工作思路;地区:甲区"
    two_years = replace(binzhou, title="2022年工作总结和2023年工作思路")
    assert chunk_context(two_years, pieces[0]) == "2022年工作总结和2023年工作思路;地区:彬州市;目标年份:2023"


def test_auth_error_aborts_the_batch(binzhou: Document, scripted_server: ScriptedServer, tmp_path: Path) -> None:
    scripted_server.responder = lambda hit: Reply(401, {"error": {"message": "invalid key"}})
    with pytest.raises(AuthError, match="401"):
        summarize(binzhou, engine=LLMEngine(_config(scripted_server, tmp_path), chunk_tokens=CHUNK_TOKENS))
    assert len(chunk(binzhou, CHUNK_TOKENS)) > 4
    assert len(scripted_server.hits) <= 4  # concurrency=4: only those in flight; the rest never sent


def test_other_llm_errors_become_chunk_warnings(binzhou: Document, scripted_server: ScriptedServer, tmp_path: Path) -> None:
    def answer(hit: Hit) -> Reply:
        if _kind(hit) == "extract" and "主要预期目标是" in _chunk_text(hit):
            return Reply(400, {"error": {"message": "bad request"}})
        return responder(hit)

    scripted_server.responder = answer
    [summary] = summarize(binzhou, engine=LLMEngine(_config(scripted_server, tmp_path), chunk_tokens=CHUNK_TOKENS))
    failed = [w for w in summary.warnings if w.code == "chunk_failed"]
    home = next(c for c in chunk(binzhou, CHUNK_TOKENS) if "主要预期目标是" in c.text)
    assert [(w.start, w.end) for w in failed if "RequestRejectedError" in w.message] == [(home.start, home.end)]
    assert not any(t.headline for t in summary.targets)  # the headline chunk is lost, and says so
    assert summary.overview == "彬州市2023年政府工作报告概要。"


def test_reduce_is_hierarchical_and_bounded(binzhou: Document, scripted_server: ScriptedServer, tmp_path: Path) -> None:
    scripted_server.responder = _reduce_answer
    sections = list(parse_sections(binzhou))
    chunks = chunk(binzhou, CHUNK_TOKENS)
    parts = [
        (c, ChunkNotes.model_validate({
            "sections": [{"title": s.title, "summary": f"{c.index}号块" + "很长的要点" * 40} for s in sections],
            "results": [], "targets": [], "qualitative_targets": [], "priorities": [],
        }))
        for c in chunks
    ]  # fmt: skip
    merged = Findings()

    async def run(budget: int, max_depth: int) -> Any:
        async with LLMClient(_config(scripted_server, tmp_path, use_cache=False)) as client:
            return await areduce_llm(client, binzhou, sections, parts, merged, budget=budget,
                                     counter=token_counter(), max_depth=max_depth)  # fmt: skip

    reduction = asyncio.run(run(budget=3000, max_depth=2))
    kinds = [_kind(h) for h in scripted_server.hits]
    assert kinds[-1] == "reduce" and kinds.count("reduce") == 1
    assert kinds.count("condense") >= 2  # the notes were packed into several batches
    assert [s.summary for s in reduction.sections] == [f"第{i}部分摘要" for i in range(1, len(sections) + 1)]
    assert reduction.warnings == []
    assert len(reduction.usages) == len(scripted_server.hits)

    # A budget the condensed notes can never meet: bounded rounds, then a cut with a warning.
    before = len(scripted_server.hits)
    reduction = asyncio.run(run(budget=60, max_depth=1))
    kinds = [_kind(h) for h in scripted_server.hits[before:]]
    assert kinds.count("reduce") == 1 and kinds.count("condense") >= 1
    assert [w.code for w in reduction.warnings] == ["reduce_truncated"]


def test_rules_engine_on_the_whole_compilation() -> None:
    summaries = summarize(COMPILATION, engine="rules")
    assert [s.region for s in summaries] == [
        "彬州市", "高安市", "河源市", "乐昌市", "临沧市", "龙南市", "茂名市", "梅州市",
        "宁波市", "沁阳市", "汕尾市", "铜川市", "渭南市", "温州市", "咸阳市", "资兴市",
    ]  # fmt: skip
    text = load(COMPILATION).text
    for s in summaries:
        assert s.engine == "rules" and s.model is None and s.usage.calls == 0
        assert s.source.path is not None and s.source.path.endswith("city-reports-2023.txt")
        for item in [*s.targets, *s.results, *s.qualitative_targets, *s.priorities, *s.overview_evidence]:
            ev = item if not hasattr(item, "evidence") else item.evidence
            assert text[ev.start : ev.end] == ev.text
            assert s.source.start <= ev.start <= ev.end <= s.source.end
    headline = {(t.canonical_indicator, t.value) for t in summaries[0].targets if t.headline}
    assert ("地区生产总值", 7.0) in headline


def test_engine_choice(monkeypatch: pytest.MonkeyPatch, scripted_server: ScriptedServer) -> None:
    for name in ["OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_PROVIDER",
                 "DEEPSEEK_API_KEY", "DASHSCOPE_API_KEY", "MOONSHOT_API_KEY", "ZHIPUAI_API_KEY"]:  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    assert isinstance(resolve_engine("auto"), RulesEngine)
    assert isinstance(resolve_engine("rules"), RulesEngine)
    with pytest.raises(ConfigError):
        resolve_engine("llm")
    with pytest.raises(ConfigError, match="unknown engine"):
        resolve_engine("gpt")  # type: ignore[arg-type]
    mine = RulesEngine()
    assert resolve_engine(mine) is mine
    monkeypatch.setenv("OPENAI_BASE_URL", scripted_server.base_url)
    monkeypatch.setenv("SUMMARIZER_MODEL", "m")
    engine = resolve_engine("auto")
    assert isinstance(engine, LLMEngine)
    assert (engine.config.base_url, engine.config.model) == (scripted_server.base_url, "m")
    monkeypatch.delenv("OPENAI_BASE_URL")
    # auto with no endpoint: the rules engine, whatever the input
    [summary] = summarize("主要预期目标是:地区生产总值增长6%左右。")
    assert summary.engine == "rules"
    config = LLMConfig(base_url=scripted_server.base_url, api_key="k", model="m")
    with pytest.raises(ConfigError, match="unsupported language"):
        LLMEngine(config, language="fr")
    with pytest.raises(ConfigError, match="chunk_tokens"):
        LLMEngine(config, chunk_tokens=10)


@pytest.mark.anyio
async def test_asummarize_several_sources_in_order(tmp_path: Path) -> None:
    summaries = await asummarize([CORPUS / "wenzhou-etdz-2021.txt", COMPILATION], engine="rules")
    assert len(summaries) == 17
    assert summaries[0].source.path is not None and summaries[0].source.path.endswith("wenzhou-etdz-2021.txt")
    assert summaries[1].region == "彬州市"
    with pytest.raises(RuntimeError, match="asummarize"):
        summarize("报告", engine="rules")


@pytest.mark.parametrize(("provider", "chunk_tokens"), [(None, 1024), ("openai", 4096)])
def test_chunk_size_defaults_to_the_endpoints(
    binzhou: Document, scripted_server: ScriptedServer, tmp_path: Path, provider: str | None, chunk_tokens: int
) -> None:
    empty = ChunkNotes.empty().model_dump_json()
    scripted_server.responder = lambda hit: (
        Reply.completion(empty, usage=USAGE) if _kind(hit) == "extract" else _reduce_answer(hit)
    )
    config = _config(scripted_server, tmp_path, provider=provider)
    summarize(binzhou, engine=LLMEngine(config))
    extractions = [hit for hit in scripted_server.hits if _kind(hit) == "extract"]
    assert len(extractions) == len(chunk(binzhou, chunk_tokens)) != len(chunk(binzhou, 6144 - chunk_tokens))


def test_a_chunk_over_the_models_context_is_split_and_retried(
    binzhou: Document, scripted_server: ScriptedServer, tmp_path: Path
) -> None:
    too_long = {"error": {"message": "This model's maximum context length is 1000 tokens.",
                          "code": "context_length_exceeded"}}  # fmt: skip

    def answer(hit: Hit) -> Reply:
        if _kind(hit) == "extract" and len(_chunk_text(hit)) > 900:
            return Reply(400, too_long)
        return responder(hit)

    scripted_server.responder = answer
    [summary] = summarize(binzhou, engine=LLMEngine(_config(scripted_server, tmp_path), chunk_tokens=CHUNK_TOKENS))
    sent = [_chunk_text(h) for h in scripted_server.hits if _kind(h) == "extract"]
    rejected = [text for text in sent if len(text) > 900]
    assert rejected and len(sent) > len(chunk(binzhou, CHUNK_TOKENS)) + len(rejected)  # halves were sent
    # the script's one always-truncated passage still fails; nothing fails for being too long
    failed = [w.message for w in summary.warnings if w.code == "chunk_failed"]
    assert failed and not [m for m in failed if "InputTooLongError" in m]
    assert len(summary.targets) == 6  # what the script quotes survives the splits


def test_an_endpoint_never_reached_stops_the_batch(binzhou: Document, tmp_path: Path) -> None:
    with ScriptedServer() as gone:
        config = _config(gone, tmp_path)
    with pytest.raises(UnreachableError):
        summarize([binzhou, binzhou], engine=LLMEngine(config, chunk_tokens=CHUNK_TOKENS))


def test_failed_reduce_falls_back_to_the_extractive_overview(binzhou: Document, scripted_server: ScriptedServer, tmp_path: Path) -> None:
    def answer(hit: Hit) -> Reply:
        if _kind(hit) == "reduce":
            return Reply(422, {"error": {"message": "unprocessable"}})
        return responder(hit)

    scripted_server.responder = answer
    [summary] = summarize(binzhou, engine=LLMEngine(_config(scripted_server, tmp_path), chunk_tokens=CHUNK_TOKENS))
    [failed] = [w for w in summary.warnings if w.code == "reduce_failed"]
    assert (failed.start, failed.end) == (binzhou.start, binzhou.end)
    assert summary.overview_evidence and summary.overview
    assert all(binzhou.text[e.start : e.end] == e.text for e in summary.overview_evidence)
    assert summary.sections and all(s.extractive for s in summary.sections)
    assert len(summary.targets) == 6  # the extraction is kept
    assert summary.usage.calls == len(scripted_server.hits)


def test_split_chunk_cuts_in_two_at_a_boundary(binzhou: Document) -> None:
    from summarizer.engines.llm.extract import split_chunk

    for piece in chunk(binzhou, CHUNK_TOKENS):
        halves = split_chunk(binzhou, piece)
        assert len(halves) == 2
        first, second = halves
        assert (first.start, first.end, second.start, second.end) == (piece.start, first.end, first.end, piece.end)
        assert first.text + second.text == piece.text
        assert all(h.section_path == piece.section_path and h.index == piece.index for h in halves)
        # balanced: neither half holds more than three quarters of the tokens
        assert max(first.n_tokens, second.n_tokens) <= 0.75 * piece.n_tokens
    tiny = chunk(binzhou, CHUNK_TOKENS)[0]
    assert split_chunk(binzhou, replace(tiny, n_tokens=100)) == []


def test_one_chunk_report_needs_no_reduce_call(scripted_server: ScriptedServer, tmp_path: Path) -> None:
    [doc] = split_reports(load(CORPUS / "wenzhou-etdz-2021.txt"))
    sections = parse_sections(doc)
    notes = {k: [] for k in ChunkNotes.model_fields} | {"sections": [
        {"title": sections[0].title, "summary": "总结2021年六方面亮点"},
        {"title": sections[1].title, "summary": "部署2022年六个“全力以赴”。"},
    ]}  # fmt: skip
    scripted_server.responder = lambda hit: Reply.completion(json.dumps(notes, ensure_ascii=False))
    [summary] = summarize(doc, engine=LLMEngine(_config(scripted_server, tmp_path, use_cache=False), chunk_tokens=2048))
    assert [_kind(h) for h in scripted_server.hits] == ["extract"]
    assert summary.overview == "总结2021年六方面亮点。部署2022年六个“全力以赴”。"
    assert [(s.title, s.summary, s.extractive) for s in summary.sections] == [
        (sections[0].title, "总结2021年六方面亮点。", False),
        (sections[1].title, "部署2022年六个“全力以赴”。", False),
    ]
    # English notes are joined as English sentences
    notes["sections"] = [{"title": sections[0].title, "summary": "Reviews 2021"},
                         {"title": sections[1].title, "summary": "Plans 2022."}]  # fmt: skip
    [english] = summarize(doc, engine=LLMEngine(_config(scripted_server, tmp_path, use_cache=False), language="en",
                                                 chunk_tokens=2048))
    assert (english.overview, english.language) == ("Reviews 2021. Plans 2022.", "en")


def test_section_notes_find_their_top_level_section(binzhou: Document) -> None:
    from summarizer.engines.llm.reduce import section_materials

    sections = parse_sections(binzhou)
    second, third = sections[1], sections[2]
    # a chunk that mostly covers section two but reaches into section three
    piece = replace(chunk(binzhou, CHUNK_TOKENS)[0], start=second.start, end=third.start + 200)
    sub = "(一)强化项目支撑,推动有效投资走在前列"
    assert third.start <= binzhou.text.index(sub) < third.start + 200
    notes = ChunkNotes.model_validate({
        "sections": [
            {"title": sub, "summary": "子节要点"},                        # found in the chunk → section 3
            {"title": second.title, "summary": "按标题归属"},             # names section 2
            {"title": "无此标题", "summary": "按重叠归属"},               # neither → most overlap: 2
        ],
        "results": [], "targets": [], "qualitative_targets": [], "priorities": [],
    })  # fmt: skip
    materials, loose = section_materials(binzhou.text, sections, [(piece, notes), (piece, notes)])
    assert loose == []
    by_index = {m.index: m.notes for m in materials}
    assert by_index[2] == (f"{second.title}:按标题归属", "无此标题:按重叠归属")  # duplicates dropped
    assert by_index[3] == (f"{sub}:子节要点",)
    assert by_index[1] == by_index[4] == ()


def test_batches_keep_every_note_once_in_order_under_budget(binzhou: Document) -> None:
    from summarizer.engines.llm.reduce import SectionMaterial, _batches, _material_text

    counter = token_counter()
    sections = parse_sections(binzhou)
    materials = [SectionMaterial(i + 1, s, tuple(f"第{i}节第{j}条要点" * 5 for j in range(7)))
                 for i, s in enumerate(sections)]  # fmt: skip
    batches = _batches(binzhou, materials, 200, counter)
    assert len(batches) > 2
    flat = [(m.index, n) for batch in batches for m in batch for n in m.notes]
    assert flat == [(m.index, n) for m in materials for n in m.notes]
    assert all(counter(_material_text(binzhou, b, ())) <= 200 for b in batches)


def _field_names(schema: Any) -> set[str]:
    if isinstance(schema, list):
        return set().union(*map(_field_names, schema)) if schema else set()
    if not isinstance(schema, dict):
        return set()
    names = set(schema.get("properties", {}))
    return names.union(*(_field_names(v) for v in schema.values()))


@pytest.mark.parametrize(("name", "model"), [("extract", ChunkNotes), ("reduce", ReduceAnswer), ("condense", CondenseAnswer)])
def test_prompts_explain_every_field_the_schema_leaves_undescribed(name: str, model: type[BaseModel]) -> None:
    # The schema sent with every call carries no descriptions, so the instructions (the system
    # text before the worked example) must name every field.
    schema = strict_schema(model)
    assert "description" not in json.dumps(schema)
    instructions = load_prompt(name).system.split("示例")[0]
    assert _field_names(schema) and all(field in instructions for field in _field_names(schema))
