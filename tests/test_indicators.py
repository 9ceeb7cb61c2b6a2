"""The alias table and reading indicator names off clauses."""

from __future__ import annotations

import pytest

from summarizer.indicators import (
    aliases_of,
    canonical_indicator,
    indicator_for,
    indicator_kind,
    indicator_phrase,
    split_distributive,
)
from summarizer.numbers import find_quantities


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("生产总值", "地区生产总值"),
        ("全市生产总值", "地区生产总值"),
        ("GDP", "地区生产总值"),
        ("gdp", "地区生产总值"),
        ("地区生产总值(GDP)", "地区生产总值"),
        ("地区生产总值（GDP）", "地区生产总值"),
        ("规上工业增加值", "规模以上工业增加值"),
        ("规工", "规模以上工业增加值"),
        ("规模以上工业增加值增速", "规模以上工业增加值"),
        ("固投", "固定资产投资"),
        ("全社会固定资产投资", "固定资产投资"),
        ("社零", "社会消费品零售总额"),
        ("地方一般公共预算收入", "一般公共预算收入"),
        ("地方财政收入", "一般公共预算收入"),
        ("CPI", "居民消费价格"),
        ("居民消费价格总水平", "居民消费价格"),
        ("外贸进出口", "进出口总额"),
        ("单位地区生产总值能耗", "单位GDP能耗"),
        ("新增城镇就业", "城镇新增就业"),
        ("全市社会消费品零售总额增速", "社会消费品零售总额"),
    ],
)
def test_canonical(name: str, canonical: str) -> None:
    assert canonical_indicator(name) == canonical


def test_unknown_names_pass_through_normalised() -> None:
    assert canonical_indicator(" 造林 绿化, ") == "造林绿化"


def test_kind_and_aliases() -> None:
    assert indicator_kind("居民消费价格指数") == "growth"
    assert indicator_kind("地区生产总值") is None
    assert "规工" in aliases_of("规上工业增加值")
    assert aliases_of("没有的指标") == ["没有的指标"]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("确保全年固定资产投资增长", "固定资产投资"),
        ("居民消费价格涨幅控制在", "居民消费价格"),
        ("城镇调查失业率控制在", "城镇调查失业率"),
        ("地区生产总值力争增长", "地区生产总值"),
        ("完成造林绿化", "造林绿化"),
        ("城镇新增就业", "城镇新增就业"),
        ("力争增长", ""),
    ],
)
def test_indicator_phrase(lead: str, name: str) -> None:
    assert indicator_phrase(lead) == name


def test_split_distributive() -> None:
    assert split_distributive("城镇和农村居民人均可支配收入", 2) == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
    ]
    assert split_distributive("城乡居民人均可支配收入", 2) == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
    ]
    assert split_distributive("地区生产总值", 1) == ["地区生产总值"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "主要预期目标是:生产总值增长7%左右,城镇和农村居民人均可支配收入分别增长7%和8%左右。",
            ["生产总值", "城镇居民人均可支配收入", "农村居民人均可支配收入"],
        ),
        (
            "确保全年地区生产总值(GDP)增速、规上工业增加值增速分别达到6%、5.5%",
            ["地区生产总值(GDP)", "规上工业增加值"],
        ),
        ("城镇、农村居民人均可支配收入分别增长7.5%、9.5%左右", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        ("规工增长9%左右;固投增长9.5%;社零增长8%左右", ["规工", "固投", "社零"]),
        ("500万元以上固定资产投资增长10%以上", ["", "固定资产投资"]),
    ],
)
def test_indicator_for(text: str, names: list[str]) -> None:
    qs = find_quantities(text)
    assert [indicator_for(text, qs, i) for i in range(len(qs))] == names


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("研发经费支出占生产总值比重达", "研发经费支出占生产总值比重"),
        ("城镇和农村居民人均可支配收入均增长", "城镇和农村居民人均可支配收入"),
        ("争取不良率降至", "不良率"),
        ("到2021年地区生产总值超", "地区生产总值"),
        ("项目实质性开工、到位投资", "到位投资"),
        ("新增城镇污水管网不少于", "新增城镇污水管网"),
        ("居民消费价格涨幅不高于", "居民消费价格"),
    ],
)
def test_verbs_glued_to_the_number_are_not_part_of_the_name(lead: str, name: str) -> None:
    text = lead + "8%"
    qs = find_quantities(text)
    assert indicator_for(text, qs, 0) == name
