"""Everything above the model seam, on the fake model users get from ``summarizer.testing``:
partial answers (one invalid item costs that item), re-asks only when nothing is usable, the
cache of partial answers, cut-short answers, and that a copied worked example is never reported.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict

from summarizer.engines.llm.extract import output_cap
from summarizer.engines.llm.prompts import load_prompt
from summarizer.errors import AuthError, OutputValidationError, TransientLLMError, TruncatedOutputError
from summarizer.ingest import Document, load, split_reports
from summarizer.llm import LLMClient, Reply, Request, Usage
from summarizer.llm.structured import Dropped, extract_json, salvage_partial, validate_items
from summarizer.notes import ChunkNotes
from summarizer.pipeline import summarize
from summarizer.testing import FakeModel, fake_config, fake_engine

pytestmark = pytest.mark.anyio

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
PLAN = (
    "二、2024年工作安排\n今年经济社会发展的主要预期目标是:地区生产总值增长5.5%左右,"
    "城镇新增就业1.2万人,居民人均可支配收入增长6%。"
)


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    value: float | None


class Listing(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    items: list[Item]
    others: list[Item]


MESSAGES = [{"role": "user", "content": "列出"}]


def _notes(**lists: list[dict[str, Any]]) -> dict[str, Any]:
    return {**ChunkNotes.empty().model_dump(), **lists}


def _target(indicator: str, value: float, evidence: str, **extra: Any) -> dict[str, Any]:
    return {"indicator": indicator, "value": value, "value_max": None, "year": 2024, "headline": True,
            "evidence": evidence, **extra}  # fmt: skip


# --------------------------------------------------------------------------- item-wise validation


def test_one_invalid_item_costs_that_item_only() -> None:
    data = {"title": "t", "items": [{"name": "a", "value": 1}, {"name": "b", "value": "六点五"},
                                     {"name": "c", "value": None, "unit": "%"}], "others": [{"value": 2}]}  # fmt: skip
    answer = validate_items(data, Listing)
    assert [i.name for i in answer.value.items] == ["a", "c"]  # an extra key is not worth an item
    assert answer.value.others == []
    assert answer.dropped == (Dropped("items", 1, "value: Input should be a valid number, unable to parse "
                                      "string as a number"), Dropped("others", 1, "name: Field required"))


def test_nothing_usable_is_the_whole_answers_error() -> None:
    with pytest.raises(ValueError):
        validate_items({"title": "t", "items": [{"value": 1}], "others": []}, Listing)
    with pytest.raises(ValueError):
        validate_items({"title": 3.5j, "items": [{"name": "a", "value": 1}], "others": []}, Listing)  # type: ignore[dict-item]
    assert validate_items({"title": "t", "items": [], "others": []}, Listing).dropped == ()  # empty is an answer


def test_the_complete_items_of_a_cut_answer() -> None:
    text = '{"title": "t", "items": [{"name": "a", "value": 1}, {"name": "b", "value": 12'
    answer = salvage_partial(text, Listing)
    assert answer is not None and [i.name for i in answer.value.items] == ["a"]
    assert answer.dropped == (Dropped("items", 1, "cut off"),)  # 12 may have been 123
    assert salvage_partial('{"title": "t", "ite', Listing) is None or not salvage_partial('{"title": "t", "ite', Listing).value.items  # type: ignore[union-attr]
    assert salvage_partial("no JSON at all", Listing) is None


async def test_a_partly_invalid_answer_is_kept_without_a_reask() -> None:
    model = FakeModel({"title": "t", "items": [{"name": "a", "value": 1}, {"name": "b", "value": "x"}], "others": []})
    async with LLMClient(fake_config(), model=model) as client:
        result = await client.astructured(MESSAGES, Listing, prompt_version="v")
    assert [i.name for i in result.value.items] == ["a"] and result.attempts == 1
    assert [(d.field, d.count) for d in result.dropped] == [("items", 1)]
    assert len(model.requests) == 1


async def test_nothing_usable_is_asked_again_with_the_errors() -> None:
    model = FakeModel({"title": "t", "items": [{"value": 1}], "others": []},
                      {"title": "t", "items": [{"name": "a", "value": 1}], "others": []})  # fmt: skip
    async with LLMClient(fake_config(), model=model) as client:
        result = await client.astructured(MESSAGES, Listing, prompt_version="v")
    assert result.attempts == 2 and result.dropped == ()
    second = model.requests[1].messages
    assert len(second) == 3 and "items.0.name" in second[-1]["content"]


async def test_the_reask_budget_still_ends() -> None:
    model = FakeModel(*["not JSON"] * 3)
    async with LLMClient(fake_config(max_reasks=2), model=model) as client:
        with pytest.raises(OutputValidationError):
            await client.astructured(MESSAGES, Listing, prompt_version="v")
    assert len(model.requests) == 3


async def test_a_partial_answer_is_replayed_from_the_cache_with_what_it_dropped(tmp_path: Path) -> None:
    config = fake_config(use_cache=True, cache_path=tmp_path / "c.sqlite3")
    answer = {"title": "t", "items": [{"name": "a", "value": 1}, {"name": "b", "value": "x"}], "others": []}
    async with LLMClient(config, model=FakeModel(answer)) as client:
        first = await client.astructured(MESSAGES, Listing, prompt_version="v")
    async with LLMClient(config, model=FakeModel()) as client:  # no answer queued: must not ask
        again = await client.astructured(MESSAGES, Listing, prompt_version="v")
    assert again.cached and (again.value, again.dropped) == (first.value, first.dropped)


async def test_an_identical_call_waits_for_the_running_one_and_is_answered_from_the_cache(tmp_path: Path) -> None:
    # a local server answers one request at a time: a twin request would wait in line and pay again
    config = fake_config(use_cache=True, cache_path=tmp_path / "c.sqlite3", concurrency=4)
    answer = {"title": "t", "items": [{"name": "a", "value": 1}], "others": []}
    other = [{"role": "user", "content": "另一个问题"}]
    model = FakeModel(answer, answer)  # two answers: one for MESSAGES, one for the other call
    async with LLMClient(config, model=model) as client:
        results = await asyncio.gather(*(client.astructured(m, Listing, prompt_version="v")
                                         for m in (MESSAGES, MESSAGES, other, MESSAGES)))  # fmt: skip
        assert client.usage.cached_calls == 2
    assert len(model.requests) == 2 and model.pending == 0
    assert [r.cached for r in results] == [False, True, False, True]
    assert all(r.value == results[0].value for r in results)


async def test_a_cut_short_answer_is_a_truncation_with_its_text() -> None:
    model = FakeModel().queue_cut_short('{"title": "t", "items": [{"name"', reason="runaway")
    async with LLMClient(fake_config(), model=model) as client:
        with pytest.raises(TruncatedOutputError, match="repeated itself") as info:
            await client.astructured(MESSAGES, Listing, prompt_version="v")
    assert info.value.raw_output == '{"title": "t", "items": [{"name"' and len(model.requests) == 1


async def test_errors_and_requests_through_the_fake_model() -> None:
    model = FakeModel().queue_error(TransientLLMError("busy"))
    model.respond_with(lambda request: {"title": request.name, "items": [], "others": []})
    async with LLMClient(fake_config(), model=model) as client:
        with pytest.raises(TransientLLMError):
            await client.astructured(MESSAGES, Listing, prompt_version="v")
        assert (await client.astructured(MESSAGES, Listing, prompt_version="v")).value.title == "Listing"
        assert client.usage.calls == 2 and client.usage.attempts == 2
    [first, _] = model.requests
    assert isinstance(first, Request) and first.schema["required"] == ["title", "items", "others"]
    with pytest.raises(AssertionError, match="no answer queued"):
        async with LLMClient(fake_config(), model=FakeModel()) as client:
            await client.astructured(MESSAGES, Listing, prompt_version="v")


async def test_a_refusal_through_the_fake_model_stops_the_calls_still_waiting() -> None:
    model = FakeModel().queue_error(AuthError("401 invalid key", status_code=401))
    async with LLMClient(fake_config(concurrency=1), model=model) as client:
        import asyncio

        outcomes = await asyncio.gather(
            *(client.astructured(MESSAGES, Listing, prompt_version=f"v{i}") for i in range(3)), return_exceptions=True
        )
    assert all(isinstance(o, AuthError) for o in outcomes) and len(model.requests) == 1


# --------------------------------------------------------------------------- through the pipeline


def _doc(text: str) -> Document:
    [doc] = split_reports(Document(text=text, start=0, end=len(text)))
    return doc


def test_a_copied_worked_example_is_never_reported() -> None:
    # A small model copies the prompt's example into its answer, next to the chunk's real items
    # (and puts one real target under results, as Qwen2.5-1.5B did).
    example = json.loads(load_prompt("extract").example.split("targets:", 1)[1])
    real = [_target("地区生产总值", 5.5, "地区生产总值增长5.5%左右"), _target("城镇新增就业", 1.2, "城镇新增就业1.2万人")]
    copied_result = {"indicator": "甲指标", "value": None, "change": 12, "period": None, "evidence": "甲指标增长12%左右"}
    copied = _notes(targets=example + real, results=[copied_result],
                    sections=[{"title": "二、2024年工作安排", "summary": "示例县今年主要预期目标:甲指标增长12%左右"},
                              {"title": "二、2024年工作安排", "summary": "提出今年的主要预期目标"}])  # fmt: skip
    model = FakeModel(copied)
    [summary] = summarize(_doc(PLAN), engine=fake_engine(model, chunk_tokens=1024))
    reported = json.dumps(summary.model_dump(), ensure_ascii=False)
    assert not [s for s in load_prompt("extract").example_strings if s in reported]
    assert "示例县" not in reported and "甲指标" not in reported
    assert [(t.canonical_indicator, t.value) for t in summary.targets] == [("地区生产总值", 5.5), ("城镇新增就业", 1.2)]
    [warning] = [w for w in summary.warnings if w.code == "example_copied"]
    assert warning.message.startswith("6 item(s)")  # 4 targets, 1 result, 1 section summary
    assert not [w for w in summary.warnings if w.code == "evidence_not_found"]  # dropped before grounding


def test_invalid_items_are_dropped_with_a_warning_that_counts_them() -> None:
    answer = _notes(targets=[_target("地区生产总值", 5.5, "地区生产总值增长5.5%左右"),
                             {**_target("城镇新增就业", 1.2, "城镇新增就业1.2万人"), "value": "1.2万"}],
                    results=[{"indicator": "收入", "value": None, "change": "增长6%", "period": None,
                              "evidence": "居民人均可支配收入增长6%"}],
                    sections=[{"title": "二、2024年工作安排", "summary": "提出今年的主要预期目标"}])  # fmt: skip
    model = FakeModel(answer)
    [summary] = summarize(_doc(PLAN), engine=fake_engine(model, chunk_tokens=1024))
    assert [t.canonical_indicator for t in summary.targets] == ["地区生产总值"]
    [warning] = [w for w in summary.warnings if w.code == "invalid_items"]
    assert warning.message.startswith("2 item(s) of the model's answer were invalid and dropped: 1 results (change")
    assert "1 targets (value" in warning.message and (warning.start, warning.end) == (0, len(PLAN))
    assert len(model.requests) == 1  # the valid target was worth keeping: no re-ask


def test_a_cut_short_answer_is_split_and_the_last_pieces_keep_their_complete_items() -> None:
    doc = split_reports(load(CORPUS / "wenzhou-etdz-2021.txt"))[0]
    complete = json.dumps(_target("核心区GDP", 8.9, "核心区GDP同比增长8.9%"), ensure_ascii=False)
    cut = '{"sections": [], "results": [], "targets": [' + complete + ', {"indicator": "规上'

    model = FakeModel().respond_with(lambda request: Reply(cut, "runaway", Usage(attempts=1)))
    [summary] = summarize(doc, engine=fake_engine(model, chunk_tokens=1024))
    chunks = 2  # at 1024 tokens: split twice, so 2 + 4 + 8 requests, and no reduce for nothing
    assert len(model.requests) >= chunks * (1 + 2 + 4)
    codes = {w.code for w in summary.warnings}
    assert "chunk_failed" not in codes and "chunk_truncated" in codes
    assert [t.evidence.text for t in summary.targets] == ["核心区GDP同比增长8.9%"]  # merged, once
    caps = sorted({r.max_tokens for r in model.requests if r.name == "ChunkNotes"})
    assert caps[-1] <= output_cap(1024, 4096) < 4096 and caps[0] < caps[-1] - 400  # in proportion


def test_a_cut_answer_with_nothing_complete_is_a_failed_chunk() -> None:
    model = FakeModel().respond_with(lambda request: Reply('{"sections": [{"ti', "length", Usage(attempts=1)))
    [summary] = summarize(_doc(PLAN), engine=fake_engine(model, chunk_tokens=1024))
    assert [w.code for w in summary.warnings] == ["chunk_failed"]
    assert "TruncatedOutputError" in summary.warnings[0].message


def test_users_queue_answers_for_their_own_pipeline_tests() -> None:
    model = FakeModel(_notes(targets=[_target("地区生产总值", 5.5, "地区生产总值增长5.5%左右")],
                             sections=[{"title": "二、2024年工作安排", "summary": "提出今年目标"}]))  # fmt: skip
    [summary] = summarize(_doc(PLAN), engine=fake_engine(model, chunk_tokens=1024))
    assert (summary.engine, summary.model) == ("llm", "fake-model")
    assert [(t.value, t.unit, t.qualifier) for t in summary.targets] == [(5.5, "%", "左右")]
    assert summary.overview == "提出今年目标。" and model.pending == 0


def test_an_overview_copied_from_the_reduce_example_is_not_reported() -> None:
    doc = split_reports(load(CORPUS / "wenzhou-etdz-2021.txt"))[0]
    example = json.loads(load_prompt("reduce").example.rsplit("示例输出:", 1)[1])

    def answer(request: Request) -> dict[str, Any]:
        if request.name == "ChunkNotes":
            return _notes(sections=[{"title": "一、2021年工作总结", "summary": "回顾六方面亮点"}])
        return example  # the reduce call: the prompt's example, word for word

    [summary] = summarize(doc, engine=fake_engine(FakeModel().respond_with(answer), chunk_tokens=1024))
    assert "示例县" not in summary.overview and summary.overview_evidence  # the extractive overview
    assert not [s for s in summary.sections if "示例县" in s.summary]
    [warning] = [w for w in summary.warnings if w.code == "example_copied"]
    assert warning.message.startswith("3 summary text(s)")


def test_an_object_that_is_not_the_answer_is_not_taken_for_an_empty_one() -> None:
    # Qwen2.5-1.5B wrote a raw line feed inside a string: the answer still decodes, and an inner
    # object ({"title": ..., "summary": ...}) is never mistaken for an answer with empty lists.
    text = ('{"sections": [{"title": "主要预期目标", "summary": "生产总值增长7%左右,\n"}], "results": [], '
            '"targets": [{"indicator": "生产总值", "value": 7, "value_max": null, "year": null, '
            '"headline": true, "evidence": "生产总值增长7%左右"}], "qualitative_targets": [], "priorities": []}')
    assert [t.value for t in validate_items(extract_json(text), ChunkNotes).value.targets] == [7]
    with pytest.raises(ValueError):
        validate_items({"title": "主要预期目标", "summary": "生产总值增长7%左右"}, ChunkNotes)


REPORT = (
    "2024年青石县政府工作报告\n一、2023年工作回顾\n全县地区生产总值增长5.8%,城镇新增就业3200人。\n"
    "二、2024年主要目标\n今年的主要预期目标是:地区生产总值增长6%左右,城镇新增就业3000人以上。\n"
)


def test_figures_filed_under_the_wrong_list_go_where_the_report_puts_them() -> None:
    past = {"indicator": "地区生产总值", "value": 5.8, "value_max": None, "year": 2023, "headline": False,
            "evidence": "全县地区生产总值增长5.8%"}  # fmt: skip
    plan = {"indicator": "城镇新增就业", "value": 3000, "change": None, "period": "2024年",
            "evidence": "城镇新增就业3000人以上"}  # fmt: skip
    both = [_target("地区生产总值", 6, "地区生产总值增长6%左右"),
            {"indicator": "地区生产总值", "value": None, "change": 6, "period": None, "evidence": "地区生产总值增长6%左右"}]
    answer = _notes(targets=[past, both[0]], results=[plan, both[1]],
                    sections=[{"title": "二、2024年主要目标", "summary": "提出目标"}])  # fmt: skip
    [summary] = summarize(_doc(REPORT), engine=fake_engine(FakeModel(answer), chunk_tokens=1024))
    assert [(t.canonical_indicator, t.value, t.headline) for t in summary.targets] == [
        ("地区生产总值", 6.0, True), ("城镇新增就业", 3000.0, True)]  # the plan part's, in the headline passage
    assert [(r.canonical_indicator, r.change) for r in summary.results] == [("地区生产总值", 5.8)]
    [moved] = [w for w in summary.warnings if w.code == "items_moved"]
    assert "1 target(s) quoted from before its plan part" in moved.message
    assert "1 result(s) from its plan part as targets, 1 figure(s) filed under both" in moved.message


def test_a_report_the_rules_read_no_plan_in_gives_results_only_and_a_list_before_its_progress_plans() -> None:
    # no plan section, and no time cue that dates a stretch ahead: the rules read a review, and
    # so the model's "target" is a result
    text = "全县地区生产总值增长5.8%,城镇新增就业3200人,完成年度计划。"
    answer = _notes(targets=[_target("地区生产总值", 5.8, "全县地区生产总值增长5.8%")],
                    sections=[{"title": "", "summary": "一句话"}])  # fmt: skip
    [summary] = summarize(_doc(text), engine=fake_engine(FakeModel(answer), chunk_tokens=1024))
    assert summary.targets == [] and [r.change for r in summary.results] == [5.8]
    text = ("某某市重点项目建设进展顺利\n2029年安排市重点项目300个,年度计划投资260亿元。其中,计划开工项目140个。\n"
            "1—8月份,累计完成投资180亿元,投资完成率69.2%。\n")  # fmt: skip
    # a progress report on the year's project list: the list is the plan, the months so far are done
    answer = _notes(targets=[_target("累计完成投资", 180, "累计完成投资180亿元")],
                    results=[{"indicator": "累计完成投资", "value": 180, "change": None, "period": None,
                              "evidence": "累计完成投资180亿元"},
                             {"indicator": "市重点项目", "value": 300, "change": None, "period": None,
                              "evidence": "2029年安排市重点项目300个"}],
                    sections=[{"title": "", "summary": "一句话"}])  # fmt: skip
    [summary] = summarize(load(text=text), engine=fake_engine(FakeModel(answer), chunk_tokens=1024))  # (dated 2029)
    assert [t.value for t in summary.targets] == [300.0] and [r.value for r in summary.results] == [180.0]


def test_a_stretch_dated_ahead_keeps_the_models_targets() -> None:
    # no plan section, but 今年…将…力争: the rules read a plan from there
    text = "去年全县地区生产总值增长5.8%。今年,全县将力争地区生产总值增长6%。"
    answer = _notes(targets=[_target("地区生产总值", 6, "地区生产总值增长6%")],
                    sections=[{"title": "", "summary": "一句话"}])  # fmt: skip
    [summary] = summarize(_doc(text), engine=fake_engine(FakeModel(answer), chunk_tokens=1024))
    assert [t.value for t in summary.targets] == [6.0] and summary.results == []


def test_the_figures_of_a_page_that_plans_nothing_are_results() -> None:
    # no word a plan needs (将, 目标, 计划, …): the small model's "targets" are the page's results
    text = "某某县:2029年完成18个老旧小区改造工作\n2029年,某某县共投资3.49亿元,完成18个老旧小区改造工作。"
    answer = _notes(targets=[_target("老旧小区改造工作", 18, "完成18个老旧小区改造工作")],
                    sections=[{"title": "", "summary": "一句话"}])  # fmt: skip
    [summary] = summarize(_doc(text), engine=fake_engine(FakeModel(answer), chunk_tokens=1024))
    assert summary.targets == [] and [r.value for r in summary.results] == [18.0]
    assert [w for w in summary.warnings if w.code == "items_moved"]
    # a traditional page with pinyin readings (實(shí)現(xiàn)): read on its shorter reading, placed alike
    text = "某某縣:2029年實(shí)現(xiàn)地區生產總值500億元\n2029年,某某縣實(shí)現(xiàn)地區生產總值500億元。"
    answer = _notes(targets=[_target("地區生產總值", 500, "地區生產總值500億元")],
                    sections=[{"title": "", "summary": "一句話"}])  # fmt: skip
    [summary] = summarize(_doc(text), engine=fake_engine(FakeModel(answer), chunk_tokens=1024))
    assert summary.targets == [] and [r.value for r in summary.results] == [500.0]


def test_an_indicator_written_as_a_phrase_is_cut_to_its_name() -> None:
    review = {"indicator": "全县地区生产总值增长5.8%", "value": None, "change": 5.8, "period": None,
              "evidence": "全县地区生产总值增长5.8%"}  # fmt: skip
    wrong = {"indicator": "城镇新增就业", "value": 5.8, "change": None, "period": None,
             "evidence": "全县地区生产总值增长5.8%"}  # another indicator's number: not renamed  # fmt: skip
    answer = _notes(results=[review, wrong], sections=[{"title": "一、2023年工作回顾", "summary": "回顾"}])
    [summary] = summarize(_doc(REPORT), engine=fake_engine(FakeModel(answer), chunk_tokens=1024))
    # the county's 全县 is no part of the name (naming strips a report's place and 全县/全市)
    assert [(r.indicator, r.change) for r in summary.results] == [("地区生产总值", 5.8)]
    assert sorted(w.code for w in summary.warnings) == ["indicator_mismatch", "indicators_renamed"]


def test_a_piece_of_the_quote_claimed_as_a_name_becomes_the_quotes_name_for_its_number() -> None:
    text = "二、2024年工作安排\n建设200兆瓦风电、80兆瓦光伏项目协同发展,推出15项助企举措。\n"
    quote = "建设200兆瓦风电、80兆瓦光伏项目协同发展"
    pieces = [_target("200兆瓦风电、80兆瓦光伏项目协同", 80, quote),  # the model's name starts with a number
              _target("推出15项助企举措", 15, "推出15项助企举措"),
              _target("200兆瓦风电、80兆瓦光伏", 90, quote)]  # a number the quote does not hold: dropped  # fmt: skip
    answer = _notes(targets=pieces, sections=[{"title": "二、2024年工作安排", "summary": "安排"}])
    [summary] = summarize(_doc(text), engine=fake_engine(FakeModel(answer), chunk_tokens=1024))
    assert [(t.indicator, t.value) for t in summary.targets] == [("光伏项目协同发展", 80), ("助企举措", 15)]
    assert "number_not_in_evidence" in [w.code for w in summary.warnings]


def test_a_shared_name_claimed_for_one_number_becomes_its_share() -> None:
    text = "今年的主要预期目标是:城镇和农村居民人均可支配收入分别增长7%和8%左右,地区生产总值增长6%。"
    quote = "城镇和农村居民人均可支配收入分别增长7%和8%左右"
    pair = [_target("城镇和农村居民人均可支配收入", v, quote) for v in (7, 8)]
    misread = _target("城镇新增就业", 6, "地区生产总值增长6%")  # another name the quote writes: kept, then dropped
    answer = _notes(targets=[*pair, misread], sections=[{"title": "", "summary": "目标"}])
    [summary] = summarize(_doc(text), engine=fake_engine(FakeModel(answer), chunk_tokens=1024))
    assert [(t.canonical_indicator, t.value) for t in summary.targets] == [
        ("城镇居民人均可支配收入", 7.0), ("农村居民人均可支配收入", 8.0)]  # fmt: skip
    assert sorted(w.code for w in summary.warnings) == ["indicator_mismatch", "indicators_renamed"]


def test_a_quote_that_misses_its_figure_is_taken_again_from_the_chunk() -> None:
    text = ("今年的主要预期目标是:地方一般公共预算收入增长8%,城镇新增就业3000人以上。实施绿美生态建设行动。"
            "林分改造3.74万亩,森林抚育5.59万亩。")  # fmt: skip
    answer = _notes(targets=[
        _target("地方一般公共预算收入", 8, "地方一般公共预算收入增长8%左右"),  # not in the source
        _target("林分改造", 3.74, "实施绿美生态建设行动。"),  # the sentence before
        _target("森林抚育", 7, "实施绿美生态建设行动。"),  # a number the chunk does not give it
    ], sections=[{"title": "", "summary": "目标"}])  # fmt: skip
    [summary] = summarize(_doc(text), engine=fake_engine(FakeModel(answer), chunk_tokens=1024))
    assert [(t.canonical_indicator, t.value, t.evidence.text) for t in summary.targets] == [
        ("一般公共预算收入", 8.0, "地方一般公共预算收入增长8%"), ("林分改造", 3.74, "林分改造3.74万亩")]  # fmt: skip
    [requoted] = [w for w in summary.warnings if w.code == "requoted"]
    assert requoted.message.startswith("2 quote(s)")
    assert [w.code for w in summary.warnings if w.code == "number_not_in_evidence"] == ["number_not_in_evidence"]


def test_a_table_row_quoted_as_a_sentence_is_quoted_again_as_the_row() -> None:
    # Qwen2.5-1.5B quoted 油料 | 15240 | -0.8 as 油料产量15240吨; and a row of changes only gives
    # its change as the value, its padded name (鲜 果) as written
    text = (
        "2030年某县统计公报\n表1:2030年主要农产品产量\n产品 | 产量(吨) | 比上年增长(%) |\n"
        "粮食 | 143972 | 2.1 |\n油料 | 15240 | -0.8 |\n"
        "图2:居民消费价格涨跌幅度(%)\n指 标 | 涨 幅 |\n居民消费价格 | 0.6 |\n鲜 果 | 1.7 |\n"
    )
    results = [
        {"indicator": "油料产量", "value": 15240, "change": -0.8, "period": None, "evidence": "油料产量15240吨"},
        {"indicator": "鲜 果", "value": 1.7, "change": None, "period": None, "evidence": "鲜 果 | 1.7"},
    ]
    answer = _notes(results=results, sections=[{"title": "", "summary": "统计公报"}])
    [summary] = summarize(_doc(text), engine=fake_engine(FakeModel(answer), chunk_tokens=1024))
    assert [(r.indicator, r.value, r.unit, r.change, r.evidence.text) for r in summary.results] == [
        ("油料产量", 15240.0, "吨", -0.8, "油料 | 15240 | -0.8"), ("鲜果", None, "", 1.7, "鲜 果 | 1.7")]  # fmt: skip


def test_a_result_is_quoted_again_with_its_level_and_change() -> None:
    text = "一、2023年工作回顾\n全年地方财政收入21.1亿元,增长9.4%。城镇新增就业3200人。\n"
    result = {"indicator": "地方财政收入", "value": 21.1, "change": 9.4, "period": None,
              "evidence": "全年地方财政收入21.1亿元"}  # the change is not in this quote  # fmt: skip
    answer = _notes(results=[result], sections=[{"title": "一、2023年工作回顾", "summary": "回顾"}])
    [summary] = summarize(_doc(text), engine=fake_engine(FakeModel(answer), chunk_tokens=1024))
    assert [(r.value, r.change, r.evidence.text) for r in summary.results] == [
        (21.1, 9.4, "地方财政收入21.1亿元,增长9.4%")]  # fmt: skip
