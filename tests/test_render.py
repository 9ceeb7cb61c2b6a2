"""Rendering summaries as JSON, Markdown and CSV, and writing one file per report."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from summarizer import summarize
from summarizer.models import (
    Evidence,
    Priority,
    QualitativeTarget,
    ReportSummary,
    Result,
    SectionSummary,
    SourceSpan,
    SummaryWarning,
    Target,
    Usage,
    format_target_value,
)
from summarizer.render import (
    TARGET_CSV_COLUMNS,
    render_json,
    render_markdown,
    report_stem,
    targets_csv,
    write_report_files,
)

TEXT = (
    "全年完成生产总值326.3亿元、增长6.8%。主要预期目标是:生产总值增长6.5—7%,"
    "单位GDP能耗下降3%以内,居民收入增长与经济增长基本同步。完成造林绿化2.8万亩。强化项目支撑|推动投资。"
)


def _ev(quote: str) -> Evidence:
    start = TEXT.index(quote)
    return Evidence(text=quote, start=start, end=start + len(quote))


def _summary(region: str | None = "彬州市", language: str = "zh") -> ReportSummary:
    return ReportSummary(
        region=region,
        year=2023,
        title="2023年彬州市政府工作报告",
        doc_type="government_work_report",
        source=SourceSpan(path="r.txt", start=0, end=len(TEXT)),
        language=language,
        overview="2022年生产总值增长6.8%。",
        sections=[SectionSummary(title="一、回顾", path=["一、回顾"], start=0, end=20, summary="回顾成绩。")],
        results=[Result(indicator="生产总值", canonical_indicator="地区生产总值", value=326.3, unit="亿元",
                        change=6.8, change_unit="%", direction="increase", period="2022年",
                        evidence=_ev("全年完成生产总值326.3亿元、增长6.8%"))],
        targets=[
            Target(indicator="生产总值", canonical_indicator="地区生产总值", value=6.5, value_max=7, unit="%",
                   kind="growth", direction="increase", year=2023, headline=True, evidence=_ev("生产总值增长6.5—7%")),
            Target(indicator="单位GDP能耗", canonical_indicator="单位地区生产总值能耗", value=3, unit="%",
                   qualifier="以内", kind="growth", direction="decrease", year=2023, headline=True,
                   evidence=_ev("单位GDP能耗下降3%以内")),
            Target(indicator="造林绿化", canonical_indicator="造林绿化", value=2.8, unit="万亩", kind="level",
                   year=2023, evidence=_ev("完成造林绿化2.8万亩")),
        ],
        qualitative_targets=[QualitativeTarget(text="居民收入增长与经济增长基本同步", headline=True, year=2023,
                                               evidence=_ev("居民收入增长与经济增长基本同步"))],
        priorities=[Priority(title="强化项目支撑", evidence=_ev("强化项目支撑|推动投资"))],
        engine="llm",
        model="m1",
        usage=Usage(calls=3, prompt_tokens=100, completion_tokens=20),
        warnings=[SummaryWarning(code="evidence_not_found", message="quote 'X' not in source", start=5, end=9)],
    )  # fmt: skip


def test_fixture_evidence_is_verbatim() -> None:
    s = _summary()
    for item in [*s.targets, *s.results, *s.qualitative_targets, *s.priorities]:
        assert TEXT[item.evidence.start : item.evidence.end] == item.evidence.text


def test_format_target_value() -> None:
    headline, energy, forest = _summary().targets
    assert format_target_value(headline) == "6.5—7%"
    assert format_target_value(energy) == "下降3%以内"
    assert format_target_value(energy, "en") == "down 3%以内"
    assert format_target_value(forest) == "2.8万亩"


def test_render_json_round_trips_in_order() -> None:
    summaries = [_summary("甲市"), _summary("乙市")]
    payload = json.loads(render_json(summaries))
    assert list(payload) == ["reports"]
    assert [r["region"] for r in payload["reports"]] == ["甲市", "乙市"]
    assert [ReportSummary.model_validate(r) for r in payload["reports"]] == summaries
    assert "彬州市政府工作报告" in render_json(summaries)  # not \u-escaped


def test_render_markdown_sections_and_quotes() -> None:
    md = render_markdown(_summary())
    lines = md.splitlines()
    assert lines[0] == "# 2023年彬州市政府工作报告"
    assert "地区: 彬州市" in lines[2] and "引擎: llm (m1)" in lines[2]
    for heading in ["## 概要", "## 各部分", "### 一、回顾", "## 主要预期目标", "## 其他目标",
                    "## 主要成绩", "## 定性目标", "## 重点任务", "## 提示", "## 用量"]:  # fmt: skip
        assert heading in lines, heading
    start = TEXT.index("生产总值增长6.5—7%")
    assert f"| 生产总值 | 6.5—7% | growth | 2023 | “生产总值增长6.5—7%” [{start}–{start + 12}] |" in lines
    assert any(line.startswith("| 单位GDP能耗 | 下降3%以内 |") for line in lines)
    # the non-headline target is not in the table, but in the list below it
    assert not any(line.startswith("| 造林绿化") for line in lines)
    assert any(line.startswith("- 造林绿化: 2.8万亩 (level, 2023) — “完成造林绿化2.8万亩”") for line in lines)
    assert any(line.startswith("- 生产总值: 326.3亿元, 增长6.8% (2022年)") for line in lines)
    assert "- 强化项目支撑 — “强化项目支撑\\|推动投资”" in md  # pipes escaped
    assert "- [evidence_not_found] quote 'X' not in source [5–9]" in lines
    assert md.endswith("\n") and not md.endswith("\n\n")


def test_render_markdown_english_labels_and_empty_parts() -> None:
    s = _summary(language="en").model_copy(
        update={"targets": [], "results": [], "qualitative_targets": [], "priorities": [],
                "warnings": [], "sections": [], "engine": "rules", "model": None}
    )  # fmt: skip
    md = render_markdown(s)
    assert "## Overview" in md
    for absent in ["Main expected targets", "Results", "Warnings", "Usage", "Sections"]:
        assert f"## {absent}" not in md


def test_render_markdown_marks_an_extractive_overview() -> None:
    s = _summary().model_copy(update={"overview_evidence": [_ev("完成造林绿化2.8万亩")]})
    assert "## 概要 (摘自原文)" in render_markdown(s)


def test_targets_csv_rows_and_bom() -> None:
    text = targets_csv([_summary("甲市"), _summary("乙市")])
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == TARGET_CSV_COLUMNS
    assert len(rows) == 1 + 2 * 3
    first = dict(zip(rows[0], rows[1]))
    start = TEXT.index("生产总值增长6.5—7%")
    assert first == {
        "region": "甲市", "year": "2023", "indicator": "生产总值", "canonical_indicator": "地区生产总值",
        "value": "6.5", "value_max": "7", "unit": "%", "qualifier": "", "kind": "growth",
        "direction": "increase", "headline": "true", "evidence": "生产总值增长6.5—7%",
        "evidence_start": str(start), "evidence_end": str(start + 12),
    }  # fmt: skip
    assert dict(zip(rows[0], rows[2]))["qualifier"] == "以内"
    assert dict(zip(rows[0], rows[3]))["value_max"] == ""
    assert not text.startswith("\ufeff")
    assert targets_csv([_summary()], bom=True).startswith("\ufeff" + TARGET_CSV_COLUMNS[0])


def test_report_stem_is_a_safe_file_name() -> None:
    assert report_stem(_summary(), 2) == "03-彬州市-2023"
    nasty = _summary(region='a/b\\c:d*?"<>| e').model_copy(update={"year": None})
    assert report_stem(nasty, 0) == "01-a_b_c_d_e"
    blank = _summary(region=None).model_copy(update={"title": None})
    assert report_stem(blank, 9) == "10-report-2023"


def test_write_report_files(tmp_path: Path) -> None:
    out = tmp_path / "new" / "dir"
    paths = write_report_files([_summary("甲市"), _summary("乙市")], out, "md", bom=True)
    assert [p.name for p in paths] == ["01-甲市-2023.md", "02-乙市-2023.md", "targets.csv"]
    assert paths[0].read_text(encoding="utf-8") == render_markdown(_summary("甲市"))
    assert paths[2].read_bytes().startswith(b"\xef\xbb\xbfregion,")
    json_paths = write_report_files([_summary("甲市")], tmp_path / "j", "json")
    assert json.loads(json_paths[0].read_text(encoding="utf-8"))["reports"][0]["region"] == "甲市"
    assert [p.name for p in write_report_files([_summary()], tmp_path / "c", "csv")] == ["targets.csv"]


def test_a_summarys_plan_year_is_in_its_summary_and_header() -> None:
    # a 工作总结和…工作思路 is of its year and plans the next; a work report plans its own
    text = "甲区2030年工作总结和2031年工作思路\n一、2030年工作总结\n全区生产总值增长5%。\n二、2031年工作思路\n全区生产总值增长6%左右。\n"
    (summary,) = summarize(text, engine="rules")
    assert (summary.year, summary.plan_year) == (2030, 2031)
    assert [t.year for t in summary.targets] == [2031]
    assert "年份: 2030 (目标年份 2031)" in render_markdown(summary)
    assert "年份: 2023 ·" in render_markdown(_summary())  # the same year said once
