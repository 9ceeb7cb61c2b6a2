"""Grounding: quotes located verbatim (or tolerantly, mapped back), numbers re-parsed, drops warned."""

from __future__ import annotations

from summarizer.documents import Document
from summarizer.extract.notes import (
    ChunkNotes,
    PriorityNote,
    QualitativeNote,
    ResultNote,
    TargetNote,
)
from summarizer.grounding import ground_notes, locate

TEXT = (
    "2023年彬州市政府工作报告\n"
    "一、2022年工作回顾\n"
    "全年完成生产总值326.3亿元、增长6.8%,地方财政收入21.1亿元,增长94.4%。\n"
    "二、2023年目标\n"
    "主要预期目标是:生产总值增长7%左右,规模以上工业增加值增长8%左右,"
    "城镇和农村居民人均可支配收入分别增长7%和8%左右,工业增加值增长6.5—7%。\n"
    "居民收入增长与经济增长基本同步。\n"
    "(一)强化项目支撑,推动有效投资走在前列\n"
)
DOC = Document(text="前言\n" + TEXT, start=3, end=3 + len(TEXT), region="彬州市", year=2023)


def target(indicator: str, value: float, evidence: str, value_max: float | None = None) -> TargetNote:
    return TargetNote(
        indicator=indicator, value=value, value_max=value_max, year=None, headline=True, evidence=evidence
    )


def notes(**kw: object) -> ChunkNotes:
    base = ChunkNotes.empty().model_dump()
    base.update(kw)
    return ChunkNotes.model_validate(base)


def ground(n: ChunkNotes):  # type: ignore[no-untyped-def]
    return ground_notes(n, DOC, start=DOC.start, end=DOC.end, default_year=2023)


def test_target_fields_come_from_the_quote_not_the_claim() -> None:
    out = ground(notes(targets=[target("GDP", 7, "生产总值增长7%左右")]))
    assert out.warnings == []
    (t,) = out.targets
    assert (t.indicator, t.canonical_indicator) == ("生产总值", "地区生产总值")
    assert (t.value, t.value_max, t.unit, t.qualifier, t.kind, t.direction) == (
        7.0, None, "%", "左右", "growth", "increase"
    )
    assert (t.year, t.headline) == (2023, True)
    assert DOC.text[t.evidence.start : t.evidence.end] == t.evidence.text == "生产总值增长7%左右"


def test_range_parsed_even_if_claim_omits_the_max() -> None:
    (t,) = ground(notes(targets=[target("工业增加值", 6.5, "工业增加值增长6.5—7%")])).targets
    assert (t.value, t.value_max) == (6.5, 7.0)


def test_distributive_picks_the_claimed_side() -> None:
    quote = "城镇和农村居民人均可支配收入分别增长7%和8%左右"
    out = ground(notes(targets=[target("农村居民人均可支配收入", 8, quote), target("城镇居民人均可支配收入", 7, quote)]))
    assert [(t.indicator, t.value, t.qualifier) for t in out.targets] == [
        ("农村居民人均可支配收入", 8.0, "左右"),
        ("城镇居民人均可支配收入", 7.0, "左右"),
    ]


def test_tolerant_match_maps_back_to_exact_source_offsets() -> None:
    # The model "corrected" the ASCII comma/colon to full width and added spaces.
    quote = "主要预期目标是：生产总值增长7% 左右，规模以上工业增加值增长8%左右"
    (t,) = ground(notes(targets=[target("规模以上工业增加值", 8, quote)])).targets
    assert t.evidence.text == "主要预期目标是:生产总值增长7%左右,规模以上工业增加值增长8%左右"
    assert DOC.text[t.evidence.start : t.evidence.end] == t.evidence.text
    assert t.indicator == "规模以上工业增加值"


def test_full_width_digits_in_quote_still_match() -> None:
    (t,) = ground(notes(targets=[target("生产总值", 7, "生产总值增长７％左右")])).targets
    assert t.evidence.text == "生产总值增长7%左右"


def test_quote_not_in_source_is_dropped_with_warning() -> None:
    out = ground(notes(targets=[target("地区生产总值", 7, "地区生产总值增长7%以上")]))
    assert out.targets == []
    (w,) = out.warnings
    assert w.code == "evidence_not_found"
    assert "地区生产总值" in w.message
    assert (w.start, w.end) == (DOC.start, DOC.end)


def test_number_not_in_quote_is_dropped_with_warning() -> None:
    out = ground(notes(targets=[target("生产总值", 7.5, "生产总值增长7%左右")]))
    assert out.targets == []
    assert [w.code for w in out.warnings] == ["number_not_in_evidence"]


def test_wrong_range_max_is_dropped() -> None:
    out = ground(notes(targets=[target("工业增加值", 6.5, "工业增加值增长6.5—7%", value_max=8)]))
    assert out.targets == [] and out.warnings[0].code == "number_not_in_evidence"


def test_chunk_first_then_document_span() -> None:
    chunk_start = DOC.text.index("二、")
    out = ground_notes(
        notes(targets=[target("生产总值", 7, "生产总值")]),  # quote lacks the number
        DOC,
        start=chunk_start,
        end=DOC.end,
    )
    assert out.warnings[0].code == "number_not_in_evidence"
    quote = "全年完成生产总值326.3亿元"  # outside the chunk, inside the document
    hit = locate(quote, DOC.text, [(chunk_start, DOC.end), (DOC.start, DOC.end)])
    assert hit is not None and DOC.text[hit.start : hit.end] == quote
    assert locate("前言", DOC.text, [(DOC.start, DOC.end)]) is None  # boilerplate outside the span


def test_results_check_value_and_change() -> None:
    ok = ResultNote(indicator="生产总值", value=326.3, change=6.8, period="2022年",
                    evidence="全年完成生产总值326.3亿元、增长6.8%")
    revenue = ResultNote(indicator="地方财政收入", value=21.1, change=94.4, period=None,
                         evidence="地方财政收入21.1亿元,增长94.4%")
    bad = ResultNote(indicator="生产总值", value=326.3, change=7.0, period=None,
                     evidence="全年完成生产总值326.3亿元、增长6.8%")
    out = ground(notes(results=[ok, revenue, bad]))
    assert [(r.canonical_indicator, r.value, r.unit, r.change, r.change_unit, r.direction) for r in out.results] == [
        ("地区生产总值", 326.3, "亿元", 6.8, "%", "increase"),
        ("一般公共预算收入", 21.1, "亿元", 94.4, "%", "increase"),
    ]
    assert [w.code for w in out.warnings] == ["number_not_in_evidence"]


def test_qualitative_and_priorities_need_found_evidence_only() -> None:
    out = ground(notes(
        qualitative_targets=[
            QualitativeNote(text="居民收入与经济增长同步", headline=True, evidence="居民收入增长与经济增长基本同步"),
            QualitativeNote(text="编造", headline=True, evidence="完成省下达节能减排任务"),
        ],
        priorities=[PriorityNote(title="强化项目支撑", evidence="(一)强化项目支撑,推动有效投资走在前列")],
    ))
    assert [q.evidence.text for q in out.qualitative_targets] == ["居民收入增长与经济增长基本同步"]
    assert out.qualitative_targets[0].year == 2023
    assert [p.title for p in out.priorities] == ["强化项目支撑"]
    assert [w.code for w in out.warnings] == ["evidence_not_found"]


def test_dash_variants_match_and_the_source_dash_is_kept() -> None:
    (t,) = ground(notes(targets=[target("工业增加值", 6.5, "工业增加值增长6.5-7%")])).targets
    assert t.evidence.text == "工业增加值增长6.5—7%"
    assert (t.value, t.value_max) == (6.5, 7.0)


def test_repeated_number_in_a_long_quote_goes_to_the_claimed_indicator() -> None:
    quote = "生产总值增长7%左右,规模以上工业增加值增长8%左右,城镇和农村居民人均可支配收入分别增长7%和8%左右"
    out = ground(notes(targets=[target("城镇居民人均可支配收入", 7, quote), target("地区生产总值", 7, quote)]))
    assert [(t.indicator, t.canonical_indicator, t.value) for t in out.targets] == [
        ("城镇居民人均可支配收入", "城镇居民人均可支配收入", 7.0),
        ("生产总值", "地区生产总值", 7.0),
    ]
