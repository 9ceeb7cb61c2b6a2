"""Grounding: quotes located verbatim (or tolerantly, mapped back), numbers re-parsed, drops warned."""

from __future__ import annotations

import pytest

from summarizer.ingest import Document
from summarizer.notes import (
    ChunkNotes,
    PriorityNote,
    QualitativeNote,
    ResultNote,
    TargetNote,
)
from summarizer.text.quotes import locate
from summarizer.verify.grounding import ground_notes
from summarizer.verify.merge import merge_parts

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
    assert w.evidence is None  # nothing to point at
    assert "地区生产总值" in w.message
    assert (w.start, w.end) == (DOC.start, DOC.end)


def test_number_not_in_quote_is_dropped_with_warning() -> None:
    out = ground(notes(targets=[target("生产总值", 7.5, "生产总值增长7%左右")]))
    assert out.targets == []
    assert [w.code for w in out.warnings] == ["number_not_in_evidence"]
    [warning] = out.warnings
    # the dropped item's quote was found: the warning points at it, not only at its chunk
    assert warning.evidence is not None and warning.evidence.text == "生产总值增长7%左右"
    assert DOC.text[warning.evidence.start : warning.evidence.end] == "生产总值增长7%左右"
    assert (warning.start, warning.end) == (DOC.start, DOC.end)


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


def test_a_results_level_and_change_are_as_the_quote_gives_them() -> None:
    # a small model swaps the roles: the quote's words (增长, 完成…亿元) decide, not the claim
    change_as_value = ResultNote(indicator="地方财政收入", value=94.4, change=None, period=None,
                                 evidence="地方财政收入21.1亿元,增长94.4%")
    level_as_change = ResultNote(indicator="生产总值", value=None, change=326.3, period=None,
                                 evidence="全年完成生产总值326.3亿元、增长6.8%")
    swapped = ResultNote(indicator="生产总值", value=6.8, change=326.3, period=None,
                         evidence="全年完成生产总值326.3亿元、增长6.8%")
    out = ground(notes(results=[change_as_value, level_as_change, swapped]))
    assert [(r.value, r.unit, r.change, r.change_unit, r.direction) for r in out.results] == [
        (None, "", 94.4, "%", "increase"),
        (326.3, "亿元", None, "", ""),
        (326.3, "亿元", 6.8, "%", "increase"),
    ]
    assert out.warnings == []


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


HEADLINE = "2023年主要预期目标是:地区生产总值增长7%左右,规模以上工业增加值增长8%左右,固定资产投资增长10%。"


def ground_text(text: str, n: ChunkNotes):  # type: ignore[no-untyped-def]
    doc = Document(text=text, start=0, end=len(text))
    return ground_notes(n, doc, start=0, end=len(text), default_year=2023)


def test_a_number_the_quote_gives_to_another_indicator_is_dropped() -> None:
    out = ground_text(HEADLINE, notes(targets=[
        target("地区生产总值", 8, "地区生产总值增长7%左右,规模以上工业增加值增长8%左右"),  # 8 is 规上's
        target("地区生产总值", 10, HEADLINE),  # 10 is 固投's
        target("规上工业增加值", 8, HEADLINE),
    ]))
    assert [(t.indicator, t.canonical_indicator, t.value) for t in out.targets] == [
        ("规模以上工业增加值", "规模以上工业增加值", 8.0)  # the text's own words, as written
    ]
    assert [w.code for w in out.warnings] == ["indicator_mismatch", "indicator_mismatch"]
    assert [w.evidence.text for w in out.warnings if w.evidence] == [
        "地区生产总值增长7%左右,规模以上工业增加值增长8%左右", HEADLINE
    ]
    first, second = (w.message for w in out.warnings)
    assert "地区生产总值 8" in first and "8%左右 to 规模以上工业增加值" in first
    assert "(地区生产总值 is 7%左右)" in first
    assert "地区生产总值 10" in second and "10% to 固定资产投资" in second


@pytest.mark.parametrize(
    ("claim", "value", "quote", "indicator", "canonical"),
    [
        ("GDP", 7, HEADLINE, "地区生产总值", "地区生产总值"),
        ("生产总值", 7, HEADLINE, "地区生产总值", "地区生产总值"),
        ("规工", 8, "规上工业增加值增长8%左右", "规上工业增加值", "规模以上工业增加值"),
        ("城镇居民人均可支配收入", 7, "城镇和农村居民人均可支配收入分别增长7%和8%左右",
         "城镇居民人均可支配收入", "城镇居民人均可支配收入"),
        ("城镇居民收入", 6, "城乡居民收入分别增长6%和7%", "城镇居民收入", "城镇居民人均可支配收入"),
        ("农村居民人均可支配收入", 7.5, "城镇和农村居民人均可支配收入均增长7.5%",
         "农村居民人均可支配收入", "农村居民人均可支配收入"),
        ("地区生产总值", 7, "力争经济增长7%左右", "经济增长", "地区生产总值"),
        ("技改投资", 15, "工业技改投资增长15%", "工业技改投资", "工业技改投资"),
    ],
)
def test_paraphrased_claims_pass_with_the_texts_own_indicator(
    claim: str, value: float, quote: str, indicator: str, canonical: str
) -> None:
    text = HEADLINE + quote + "。"
    out = ground_text(text, notes(targets=[target(claim, value, quote)]))
    assert out.warnings == []
    (t,) = out.targets
    assert (t.indicator, t.canonical_indicator, t.value) == (indicator, canonical, value)


@pytest.mark.parametrize(
    ("claim", "value", "quote", "says"),
    [
        ("城镇居民收入", 7, "城乡居民收入分别增长6%和7%", "7% to 农村居民收入 (城镇居民收入 is 6%)"),
        ("工业增加值", 8, "规模以上工业增加值增长8%左右", "8%左右 to 规模以上工业增加值"),
        ("固定资产投资", 20, "工业固定资产投资增长20%以上", "20%以上 to 工业固定资产投资"),
        ("乡村旅游总收入", 270, "实现旅游总收入270亿元以上,乡村旅游总收入增长15%以上",
         "270亿元以上 to 旅游总收入 (乡村旅游总收入 is 15%以上)"),
        ("旅游总收入", 15, "实现旅游总收入270亿元以上,乡村旅游总收入增长15%以上",
         "15%以上 to 乡村旅游总收入 (旅游总收入 is 270亿元以上)"),
        ("地区生产总值", 2, "研发经费支出占生产总值比重达2%", "2% to 研发经费支出占生产总值比重"),
        ("地区生产总值", 7, "增长7%左右", "7%左右 to no indicator it names"),
    ],
)
def test_mis_attributed_claims_are_dropped(claim: str, value: float, quote: str, says: str) -> None:
    out = ground_text(quote, notes(targets=[target(claim, value, quote)]))
    assert out.targets == []
    (w,) = out.warnings
    assert w.code == "indicator_mismatch"
    assert says in w.message and f"{claim} {value:g}" in w.message


def test_a_repeated_number_goes_to_the_occurrence_the_claim_names() -> None:
    quote = "规模以上工业增加值增长8%左右,固定资产投资增长8%以上"
    out = ground_text(quote, notes(targets=[target("固投", 8, quote)]))
    (t,) = out.targets
    assert (t.indicator, t.canonical_indicator, t.qualifier) == ("固定资产投资", "固定资产投资", "以上")


REVIEW = (
    "全年完成生产总值326.3亿元、增长6.8%,地方财政收入21.1亿元,增长94.4%;"
    "城乡居民人均可支配收入达到39529元和16183元,分别增长4.7%和6.6%。"
)


def result(indicator: str, value: float | None, change: float | None, evidence: str = REVIEW) -> ResultNote:
    return ResultNote(indicator=indicator, value=value, change=change, period="2022年", evidence=evidence)


def test_results_value_and_change_must_both_be_the_claimed_indicators() -> None:
    out = ground_text(REVIEW, notes(results=[
        result("生产总值", 326.3, 6.8),
        result("地方财政收入", None, 94.4),
        result("农村居民人均可支配收入", 16183, 6.6),
        result("生产总值", 326.3, 94.4),  # 94.4% is the revenue's growth
        result("地区生产总值", 21.1, None),  # 21.1亿元 is the revenue
        result("农村居民人均可支配收入", 16183, 4.7),  # 4.7% is the urban income's growth
        result("农村居民人均可支配收入", 16183, 4.7, "城乡居民人均可支配收入达到39529元和16183元,分别增长4.7%"),
    ]))
    assert [(r.indicator, r.canonical_indicator, r.value, r.change) for r in out.results] == [
        ("生产总值", "地区生产总值", 326.3, 6.8),
        ("地方财政收入", "一般公共预算收入", None, 94.4),
        ("农村居民人均可支配收入", "农村居民人均可支配收入", 16183.0, 6.6),
    ]
    assert [w.code for w in out.warnings] == ["indicator_mismatch"] * 4
    assert "94.4% to 地方财政收入" in out.warnings[0].message
    assert "21.1亿元 to 地方财政收入" in out.warnings[1].message
    assert "4.7% to 城镇居民人均可支配收入" in out.warnings[2].message
    assert "4.7% to no indicator it names" in out.warnings[3].message


def test_both_claims_on_a_number_listed_indicators_share_stay_two_targets() -> None:
    quote = "城镇和农村居民人均可支配收入均增长7.5%"
    claims = [target("城镇居民人均可支配收入", 7.5, quote), target("农村居民人均可支配收入", 7.5, quote)]
    out = ground_text(HEADLINE + quote + "。", notes(targets=claims))
    assert out.warnings == []
    merged = merge_parts([out]).targets
    assert [(t.canonical_indicator, t.value, t.evidence.text) for t in merged] == [
        ("城镇居民人均可支配收入", 7.5, quote), ("农村居民人均可支配收入", 7.5, quote)]  # fmt: skip
