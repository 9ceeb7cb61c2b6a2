"""find_quantities: every phrasing of issue 5, on small real excerpts."""

from __future__ import annotations

import pytest

from summarizer.zh.numbers import Quantity, find_quantities, unwrap


def fields(q: Quantity) -> tuple[float, float | None, str, str, str, str]:
    return (q.value, q.value_max, q.unit, q.qualifier, q.kind, q.direction)


def only(text: str) -> tuple[float, float | None, str, str, str, str]:
    found = find_quantities(text)
    assert len(found) == 1, found
    return fields(found[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("工业增加值增长6.5—7%", (6.5, 7.0, "%", "", "growth", "increase")),
        ("增长7-7.5%", (7.0, 7.5, "%", "", "growth", "increase")),
        ("增长6.5%-7%", (6.5, 7.0, "%", "", "growth", "increase")),
        ("增长6.5～7%", (6.5, 7.0, "%", "", "growth", "increase")),
        ("增长6.5至7%", (6.5, 7.0, "%", "", "growth", "increase")),
        ("地区生产总值增长7.5-8%", (7.5, 8.0, "%", "", "growth", "increase")),
    ],
)
def test_ranges(text: str, expected: tuple[float, float | None, str, str, str, str]) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生产总值增长7%左右", (7.0, None, "%", "左右", "growth", "increase")),
        ("规模以上工业增加值增长8.8%以上", (8.8, None, "%", "以上", "growth", "increase")),
        ("居民消费价格总水平涨幅3%以内", (3.0, None, "%", "以内", "growth", "increase")),
        ("城镇登记失业率控制在3%以内", (3.0, None, "%", "以内", "level", "")),
        ("万元GDP用水量控制在40立方米以下", (40.0, None, "立方米", "以下", "level", "")),
        ("地区生产总值力争增长6%", (6.0, None, "%", "", "growth", "increase")),
        ("进出口总额增长4.0%", (4.0, None, "%", "", "growth", "increase")),
        # A bound written before the number: the schema has no 不低于, so it reads as 以上 (不超过 → 以内).
        ("增速不低于6%", (6.0, None, "%", "以上", "growth", "increase")),
        ("亩均税收不低于10万元", (10.0, None, "万元", "以上", "level", "")),
        ("粮食产量约80万吨", (80.0, None, "万吨", "左右", "level", "")),  # 约 is about: 左右
        ("年节约1.2万吨标准煤", (1.2, None, "万吨标准煤", "", "level", "")),  # 节约 is not
        ("签约项目30个", (30.0, None, "个", "", "level", "")),
        ("新增城镇污水管网不少于600公里", (600.0, None, "公里", "以上", "level", "")),
        ("资产负债率不超过60%", (60.0, None, "%", "以内", "level", "")),
        ("居民消费价格涨幅不高于3%", (3.0, None, "%", "以内", "growth", "increase")),
        ("增长不低于 6.5%", (6.5, None, "%", "以上", "growth", "increase")),
    ],
)
def test_qualifiers(text: str, expected: tuple[float, float | None, str, str, str, str]) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("城镇调查失业率控制在5.5%左右", (5.5, None, "%", "左右", "level", "")),
        ("研发投入强度达到2.75%以上", (2.75, None, "%", "以上", "level", "")),
        ("粮食产量保持在180万吨以上", (180.0, None, "万吨", "以上", "level", "")),
        ("城镇新增就业4万人", (4.0, None, "万人", "", "level", "")),
        ("新增城镇就业4000人", (4000.0, None, "人", "", "level", "")),
        ("完成造林绿化2.8万亩", (2.8, None, "万亩", "", "level", "")),
        ("粮食产量稳定在1.3万亿斤以上", (1.3, None, "万亿斤", "以上", "level", "")),
        ("城镇化率提高到60%", (60.0, None, "%", "", "level", "increase")),  # LABELLING: 提高到 → increase
        ("增速高于全省1个百分点", (1.0, None, "个百分点", "", "relative", "increase")),
        ("增长快于全国平均0.5个百分点", (0.5, None, "个百分点", "", "relative", "increase")),
        ("超年度计划目标12.5%", (12.5, None, "%", "", "relative", "")),  # over the plan: a comparison
        ("单位地区生产总值能耗降低2%", (2.0, None, "%", "", "growth", "decrease")),
        ("主要污染物排放量下降3%", (3.0, None, "%", "", "growth", "decrease")),
        ("居民消费价格涨幅控制在3%左右", (3.0, None, "%", "左右", "growth", "increase")),
    ],
)
def test_kinds(text: str, expected: tuple[float, float | None, str, str, str, str]) -> None:
    assert only(text) == expected


def test_distributive_shares_qualifier_and_kind() -> None:
    text = "城镇和农村居民人均可支配收入分别增长7%和8%左右"
    got = [fields(q) for q in find_quantities(text)]
    assert got == [
        (7.0, None, "%", "左右", "growth", "increase"),
        (8.0, None, "%", "左右", "growth", "increase"),
    ]


def test_distributive_keeps_own_qualifiers() -> None:
    text = "城乡居民人均可支配收入分别增长6%以上、7%以上"
    assert [(q.value, q.qualifier) for q in find_quantities(text)] == [(6.0, "以上"), (7.0, "以上")]


def test_distributive_reached() -> None:
    text = "确保全年地区生产总值(GDP)增速、规上工业增加值增速分别达到6%、5.5%"
    got = [fields(q) for q in find_quantities(text)]
    assert got == [
        (6.0, None, "%", "", "growth", "increase"),
        (5.5, None, "%", "", "growth", "increase"),
    ]


def test_level_and_change_in_one_clause() -> None:
    text = "全年完成生产总值326.3亿元、增长6.8%"
    got = find_quantities(text)
    assert [fields(q) for q in got] == [
        (326.3, None, "亿元", "", "level", ""),
        (6.8, None, "%", "", "growth", "increase"),
    ]
    assert [text[q.start : q.end] for q in got] == ["326.3亿元", "6.8%"]


def test_full_width_digits_keep_offsets() -> None:
    text = "地区生产总值增长６．５％左右"
    (q,) = find_quantities(text)
    assert fields(q) == (6.5, None, "%", "左右", "growth", "increase")
    assert text[q.start : q.end] == "６．５％左右"


@pytest.mark.parametrize(
    "text",
    [
        "2023年全市经济工作",
        "国土空间总体规划(2021-2035年)",
        "国土空间总体规划(2021—2035)初步完成",
        "1-5月,全市固定资产投资",
        "成文日期: 2023-07-03",
        "第一,坚持稳中求进",
        "第3次全国经济普查",
        "1.加快项目建设\n2、做强产业",
        "“四个一”[8]的保姆式服务",
        "（1）强化项目支撑",
        "建成5G基站",
        "G105里仁至临塘段公路改建",
        "实现两位数增长",
        "年末户籍总人口(见表1)",  # a table's number
        "各区增速详见图2",
        "发布时间:2030-02-27 20:51\n本报讯",  # a time of day's minutes, no count of 本
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_years_around_real_numbers() -> None:
    text = "2023年固定资产投资增长8%以上"
    assert [fields(q) for q in find_quantities(text)] == [(8.0, None, "%", "以上", "growth", "increase")]


def test_amount_before_indicator_is_its_own_quantity() -> None:
    got = find_quantities("500万元以上固定资产投资增长10%以上")
    assert [(q.value, q.unit, q.qualifier, q.kind) for q in got] == [
        (500.0, "万元", "以上", "level"),
        (10.0, "%", "以上", "growth"),
    ]


def test_a_rate_needs_a_rate_unit() -> None:
    # "增长19.22" lost its % sign in the source: not a growth rate we can trust.
    assert [(q.value, q.unit, q.kind) for q in find_quantities("营业收入83.23亿元,增长19.22")] == [
        (83.23, "亿元", "level"),
        (19.22, "", "level"),
    ]


def test_unit_written_once_for_a_list() -> None:
    got = find_quantities("城镇和农村居民人均可支配收入分别增长7和8%左右")
    assert [fields(q) for q in got] == [
        (7.0, None, "%", "左右", "growth", "increase"),
        (8.0, None, "%", "左右", "growth", "increase"),
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("光伏装机达到2.4亿千瓦", "亿千瓦"),
        ("光伏装机达到2.4億千瓦", "亿千瓦"),  # read through the simplified copy
        ("风电装机达到860万千瓦", "万千瓦"),
        ("全社会用电量达到3.1万亿千瓦时", "万亿千瓦时"),
        ("发电量达到95亿千瓦时", "亿千瓦时"),
        ("港口货物吞吐量6.2亿吨", "亿吨"),
        ("接待游客1.6亿人次", "亿人次"),
        ("快递业务量4.5亿件", "亿件"),
        ("供水能力8亿立方米", "亿立方米"),
        ("算力规模达到3.2万P", "万P"),  # PFLOPS, only after a magnitude
    ],
)
def test_a_magnitude_before_a_unit_is_one_unit(text: str, unit: str) -> None:
    assert only(text)[2] == unit


def test_a_bound_before_a_list_governs_every_number() -> None:
    got = find_quantities("城镇和农村居民人均可支配收入分别增长不低于6%和7%")
    assert [(q.value, q.qualifier, q.kind) for q in got] == [(6.0, "以上", "growth"), (7.0, "以上", "growth")]


def test_a_bound_only_governs_the_number_right_after_it() -> None:
    got = find_quantities("不低于全省平均水平,增长6%")
    assert [(q.value, q.qualifier) for q in got] == [(6.0, "")]


def test_an_institute_number_is_a_name_not_a_count() -> None:
    text = "航天六院165所宇航新动力试验基地、中国电科38所项目建成,新建学校3所"
    assert [(q.value, q.unit, text[q.start : q.end]) for q in find_quantities(text)] == [(3.0, "所", "3所")]


# -- whitespace a PDF extraction leaves inside a sentence ------------------------------------------


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        # a line break inside a word and before a number, letter-spaced words, spaces by a list mark
        ("税收\n收入和居民 人 均可 支 配收入,预 计 分别 增 长\n6% 、8%", "税收收入和居民人均可支配收入,预计分别增长6%、8%"),
        # a heading's line end, a sentence's end and a space between long pieces stay
        ("一、2023年工作回顾\n全年生产总值", "一、2023年工作回顾\n全年生产总值"),
        ("增长6%。\n新建学校", "增长6%。\n新建学校"),
        ("提升质量 单位GDP能耗降低3%", "提升质量 单位GDP能耗降低3%"),
        ("地区生产总值增长6%\n(二)工业", "地区生产总值增长6%\n(二)工业"),
    ],
)  # fmt: skip
def test_unwrap_drops_only_whitespace_inside_sentences(text: str, flat: str) -> None:
    out, origin = unwrap(text)
    assert out == flat
    assert origin is None or "".join(text[i] for i in origin) == flat


def test_quantities_of_a_wrapped_text_keep_their_offsets() -> None:
    text = "分别增 长\n5.8% 、6%"
    found = find_quantities(text)
    assert [(q.value, q.kind, text[q.start : q.end]) for q in found] == [(5.8, "growth", "5.8%"), (6.0, "growth", "6%")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("歲出編列 302 億 1,292萬9,000元", [(302.12929, "亿元")]),  # Taiwan writes an amount in mixed magnitudes
        ("總預算案規模3兆1,648億元", [(3.1648, "兆元")]),
        ("总预算约为新台币56亿6,184万元", [(56.6184, "亿元")]),
        ("生产总值1.2亿元,增长5%", [(1.2, "亿元"), (5.0, "%")]),  # (two figures, not one amount)
        ("3亿 5000万人次", [(3.0, "亿"), (5000.0, "万人次")]),  # (a count is no part of an amount)
        ("經費增加1億2千萬元", [(1.2, "亿元")]),  # (8千万 after 亿: 8000万)
        ("首次突破9千亿元大关,超3千万元", [(9.0, "千亿元"), (3.0, "千万元")]),  # (千亿, 千万: magnitudes, as written)
    ],
)
def test_an_amount_in_mixed_magnitudes_is_one_number(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("敬老礼金每年1万5000元", [(1.5, "万元/年")]),  # ten thousands, then ones: one amount
        ("补助1万2,045户", [(1.2045, "万户")]),  # a count glued so is one too
        ("冻结数6亿7,220万5,110元", [(6.7220511, "亿元")]),
        ("3亿500元", [(3.0, "亿"), (500.0, "元")]),  # a magnitude skipped: no one amount
        ("增长1万2.5%", [(1.0, "万"), (2.5, "%")]),  # a rate is no part of an amount
    ],
)
def test_an_amount_down_to_its_ones(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_a_currency_named_before_its_amount_is_its_unit() -> None:
    # 修改为澳门元107,375,096,600元 (Macau's budget): the amount is in 澳门元; 人民币 is 元 anyway
    [q] = find_quantities("收入总额修改为澳门元107,375,096,600元")
    assert (q.value, q.unit) == (107375096600.0, "澳门元")
    [q] = find_quantities("注资港币3亿元")
    assert (q.value, q.unit) == (3.0, "亿港币")
    [q] = find_quantities("达人民币5.67亿元")
    assert (q.value, q.unit) == (5.67, "亿元")


def test_thousands_in_words_after_ten_thousands() -> None:
    # 2万4千元 is 2.4万元; 2万4千人 is left as written (a count in words), not misread as 2.0004万
    assert [(q.value, q.unit) for q in find_quantities("最高可领2万4千元")] == [(2.4, "万元")]
    assert [(q.value, q.unit) for q in find_quantities("2万4千人")] == [(2.0, "万"), (4.0, "")]


def test_an_amount_grouped_by_ten_thousands() -> None:
    # 1089,0827,000元 (a Taiwan budget's grouping): 10,890,827,000元; 1,564,000元 as before
    assert [(q.value, q.unit) for q in find_quantities("岁入预算数1089,0827,000元")] == [(10890827000.0, "元")]
    assert [(q.value, q.unit) for q in find_quantities("短数为4,0329,000元")] == [(40329000.0, "元")]
    assert [(q.value, q.unit) for q in find_quantities("共1,564,000元")] == [(1564000.0, "元")]


def test_a_level_below_zero_right_after_its_name() -> None:
    # 人口自然增长率-3.5‰: below zero; 增长-2.1%: a fall; 6.5-7%: a range
    assert [(q.value, q.unit) for q in find_quantities("人口自然增长率-3.5‰")] == [(-3.5, "‰")]
    [fall] = find_quantities("增加值增长-2.1%")
    assert (fall.value, fall.direction) == (2.1, "decrease")
    [span] = find_quantities("增长6.5-7%")
    assert (span.value, span.value_max) == (6.5, 7.0)
