"""Merging grounded items across chunks: dedupe keys, best evidence, contradictions."""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.verify.merge import (
    find_contradictions,
    merge_parts,
    merge_priorities,
    merge_qualitative,
    merge_results,
    merge_targets,
)
from summarizer.models import Evidence, Priority, QualitativeTarget, Result, SummaryWarning, Target


def _ev(start: int, text: str) -> Evidence:
    return Evidence(text=text, start=start, end=start + len(text))


def _target(value: float, start: int, quote: str, *, canonical: str = "地区生产总值", headline: bool = False,
            value_max: float | None = None, unit: str = "%", year: int | None = 2023,
            kind: str = "growth") -> Target:  # fmt: skip
    return Target(indicator=canonical, canonical_indicator=canonical, value=value, value_max=value_max,
                  unit=unit, kind=kind, year=year, headline=headline, evidence=_ev(start, quote))  # type: ignore[arg-type]  # fmt: skip


def test_targets_dedupe_by_key_headline_then_shortest_quote_wins() -> None:
    long_plain = _target(7, 500, "确保全年生产总值增长7%")
    headline = _target(7, 100, "生产总值增长7%左右,规上工业增长8%", headline=True)
    short_plain = _target(7, 800, "增长7%")
    other_year = _target(7, 900, "增长7%", year=2024)
    ranged = _target(6.5, 950, "增长6.5—7%", value_max=7)
    merged = merge_targets([long_plain, headline, short_plain, other_year, ranged])
    assert merged == [headline, other_year, ranged]
    # without a headline copy, the shortest quote is kept
    assert merge_targets([long_plain, short_plain]) == [short_plain]


def test_targets_with_different_units_or_indicators_are_kept() -> None:
    a = _target(8, 10, "增长8%")
    b = _target(8, 30, "8亿元", unit="亿元", kind="level")
    c = _target(8, 50, "投资增长8%", canonical="固定资产投资")
    assert merge_targets([a, b, c]) == [a, b, c]


def test_contradictions_only_between_headline_targets_of_one_indicator_year_and_kind() -> None:
    first = _target(7, 100, "生产总值增长7%", headline=True)
    same = _target(7, 300, "增长7%", headline=True)
    other = _target(7.5, 400, "生产总值增长7.5%", headline=True)
    plain = _target(9, 500, "增长9%")  # not headline: a task target, no contradiction
    level = _target(420, 600, "生产总值420亿元", headline=True, unit="亿元", kind="level")
    warnings = find_contradictions([first, same, other, plain, level])
    assert [(w.code, w.start, w.end) for w in warnings] == [("contradiction", 400, 400 + len(other.evidence.text))]
    assert "7.5%" in warnings[0].message and "7%" in warnings[0].message


def test_results_dedupe_by_indicator_value_change_period() -> None:
    def result(start: int, quote: str, value: float | None, change: float | None, period: str | None = "2022年") -> Result:
        return Result(indicator="生产总值", canonical_indicator="地区生产总值", value=value, unit="亿元",
                      change=change, change_unit="%", period=period, evidence=_ev(start, quote))  # fmt: skip

    a = result(10, "全年完成生产总值326.3亿元、增长6.8%", 326.3, 6.8)
    b = result(2000, "生产总值326.3亿元、增长6.8%", 326.3, 6.8)
    c = result(3000, "上半年生产总值150亿元", 150, None, "上半年")
    assert merge_results([a, b, c]) == [b, c]


def test_qualitative_and_priorities_dedupe_by_overlapping_evidence() -> None:
    q1 = QualitativeTarget(text="居民收入与经济增长基本同步", evidence=_ev(100, "居民收入增长与经济增长基本同步"))
    q2 = QualitativeTarget(text="居民收入增长与经济增长基本同步。", headline=True,
                           evidence=_ev(100, "居民收入增长与经济增长基本同步"))  # fmt: skip
    q3 = QualitativeTarget(text="完成节能减排任务", evidence=_ev(90, "完成节能减排任务,居民收入"))
    assert merge_qualitative([q1, q2, q3]) == [q3, q2]
    p1 = Priority(title="强化项目支撑", evidence=_ev(10, "(一)强化项目支撑,推动有效投资走在前列"))
    p2 = Priority(title="强化项目支撑", evidence=_ev(13, "强化项目支撑"))
    p3 = Priority(title="实施倍增计划", evidence=_ev(400, "(二)实施倍增计划"))
    assert merge_priorities([p1, p2, p3]) == [p2, p3]


@dataclass
class _Part:
    targets: list[Target] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    qualitative_targets: list[QualitativeTarget] = field(default_factory=list)
    priorities: list[Priority] = field(default_factory=list)
    warnings: list[SummaryWarning] = field(default_factory=list)


def test_merge_parts_concatenates_in_chunk_order_and_dedupes_warnings() -> None:
    dropped = SummaryWarning(code="evidence_not_found", message="quote not found", start=5, end=9)
    failed = SummaryWarning(code="chunk_failed", message="chunk [0, 50) failed", start=0, end=50)
    t1 = _target(7, 10, "增长7%", headline=True)
    t2 = _target(8, 60, "增长8%", headline=True)
    parts = [_Part(targets=[t1], warnings=[dropped]), _Part(targets=[t1, t2], warnings=[dropped])]
    merged = merge_parts(parts, [failed])
    assert merged.targets == [t1, t2]
    assert [w.code for w in merged.warnings] == ["evidence_not_found", "chunk_failed", "contradiction"]
