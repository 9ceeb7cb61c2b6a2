"""Tables read as grids: each row's figures named by the row and its column, with the column's unit."""

from __future__ import annotations

import pytest

from summarizer import load, summarize
from summarizer.ingest import Document
from summarizer.notes import ChunkNotes, ResultNote
from summarizer.verify.grounding import ground_notes
from summarizer.zh.tables import table_figures, table_spans

PIPES = (
    "全年粮食总产量9.6万吨。\n"
    "表1:2030年全区主要农产品产量\n"
    "单位:吨 | |\n"
    "产品名称 | 产量 |\n"
    "粮食 | 96120 |\n"
    "#稻谷 | 80310 |\n"
    "油料 | 15240 |\n"
    "二、工业\n"
)
SPACES = (
    "表1:2030年某某县地区生产总值及其增长速度\n"
    "指标 绝对值(万元) 比上年增长(%)\n"
    "全县地区生产总值 210560 5.2\n"
    "农林牧渔业 41230 3.6\n"
    "工业 9120 -12.4\n"
)


def _figures(text: str) -> list[tuple[str, float | None, str, float | None, str, str]]:
    return [(f.name, f.value, f.unit, f.change, f.change_unit, f.direction) for f in table_figures(text)]


def test_a_table_with_bars_names_each_row_by_its_column_in_the_tables_unit() -> None:
    assert _figures(PIPES) == [
        ("粮食产量", 96120.0, "吨", None, "", ""),
        ("稻谷产量", 80310.0, "吨", None, "", ""),  # (# marks a part of the row before)
        ("油料产量", 15240.0, "吨", None, "", ""),
    ]
    [(start, end)] = table_spans(PIPES)
    assert PIPES[start:end].startswith("产品名称") and PIPES[start:end].endswith("油料 | 15240 |")


def test_a_table_with_spaces_pairs_each_level_with_its_change_and_names_industries_by_the_title() -> None:
    # 地区生产总值及其增长速度: an industry's row is its 增加值; a fall is a negative change
    assert _figures(SPACES) == [
        ("全县地区生产总值", 210560.0, "万元", 5.2, "%", "increase"),
        ("农林牧渔业增加值", 41230.0, "万元", 3.6, "%", "increase"),
        ("工业增加值", 9120.0, "万元", -12.4, "%", "decrease"),
    ]
    # the reading drops the space between a name and its number (农林牧渔业41230 3.6): the same grid
    glued = SPACES.replace("产值 2", "产值2").replace("业 4", "业4").replace("工业 9", "工业9")
    assert _figures(glued) == _figures(SPACES)


def test_what_is_no_grid_gives_no_figures() -> None:
    assert table_figures("产品名称 | 产量 |\n粮食 | 96120 |\n") == []  # one row: no grid
    assert table_figures("粮食 | 96120 |\n油料 | 15240 |\n") == []  # no header: no column says what
    years = "指标 2029年 2030年\n粮食产量 95000 96120\n油料产量 15000 15240\n"
    assert table_figures(years) == []  # a year's column says which year, not what
    prose = "全县生产总值增长5.2%,工业增加值9120万元。\n粮食产量9.6万吨,增长3%。\n"
    assert table_figures(prose) == []


def test_a_communiques_tables_give_results_and_no_sentence_is_read_from_their_lines() -> None:
    text = "某某县2030年国民经济和社会发展统计公报\n一、综合\n" + SPACES + "二、农业\n" + PIPES
    [summary] = summarize(load(text=text), engine="rules")
    found = [(r.indicator, r.value, r.unit, r.change) for r in summary.results]
    assert found == [
        ("全县地区生产总值", 210560.0, "万元", 5.2),
        ("农林牧渔业增加值", 41230.0, "万元", 3.6),
        ("工业增加值", 9120.0, "万元", -12.4),
        ("粮食总产量", 9.6, "万吨", None),
        ("粮食产量", 96120.0, "吨", None),
        ("稻谷产量", 80310.0, "吨", None),
        ("油料产量", 15240.0, "吨", None),
    ]
    for r in summary.results:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.text


def test_grounding_a_quoted_row_takes_the_columns_unit_and_refuses_another_name() -> None:
    doc = Document(text=PIPES, start=0, end=len(PIPES), region="某区", year=2030, plan_year=2031)
    notes = ChunkNotes.empty()
    notes.results.extend(
        [
            ResultNote(indicator="油料产量", value=15240.0, change=None, period=None, evidence="油料 | 15240 |"),
            ResultNote(indicator="粮食产量", value=15240.0, change=None, period=None, evidence="油料 | 15240 |"),
        ]
    )
    out = ground_notes(notes, doc, start=0, end=len(PIPES))
    assert [(r.indicator, r.value, r.unit) for r in out.results] == [("油料产量", 15240.0, "吨")]
    assert [w.code for w in out.warnings] == ["indicator_mismatch"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title that says what is counted; 按城乡分 | ||: a heading of the rows below, no figures
        ("表1 2030年年末常住人口数及其构成\n指标名称 | 绝对数(万人) | 占年末常住人口比重(%) |\n"
         "年末常住人口 | 1250 | 100 |\n按城乡分 | ||\n城镇 | 710 | 56.8 |\n乡村 | 540 | 43.2 |\n",
         [("年末常住人口", 1250.0, "万人"), ("年末常住人口占年末常住人口比重", 100.0, "%"),
          ("城镇年末常住人口", 710.0, "万人"), ("城镇占年末常住人口比重", 56.8, "%"),
          ("乡村年末常住人口", 540.0, "万人"), ("乡村占年末常住人口比重", 43.2, "%")]),
        # 分产业 | -- | --: dashes for its cells, no new header (its dashes are no column names)
        ("表1:2030年全县地区生产总值及其构成\n指标 | 绝对数(万元) | 增长(%) |\n地区生产总值 | 341881 | 7.2 |\n"
         "分产业 | -- | -- |\n第一产业 | 56789 | 5.3 |\n第二产业 | 80349 | 19.4 |\n",
         [("地区生产总值", 341881.0, "万元"), ("第一产业增加值", 56789.0, "万元"), ("第二产业增加值", 80349.0, "万元")]),
    ],
)  # fmt: skip
def test_a_tables_group_rows_and_a_title_that_says_what_is_counted(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(f.name, f.value, f.unit) for f in table_figures(text)] == expected


def test_a_table_of_a_wholes_parts_names_each_part_by_what_the_title_counts() -> None:
    # 户籍人口数及构成: a part's row (城镇, 0-17岁) under a column of its own measure (年末数, 比重) is
    # that part's 户籍人口 (年末 is when); a row that names the whole keeps its own name
    text = (
        "表1 2031年末户籍人口数及构成情况\n"
        "指标 | 年末数(人) | 比重(%) |\n"
        "全县户籍总人口 | 832955 | 100 |\n"
        "其中:城镇 | 217319 | 26.09 |\n"
        "其中:0-17岁 | 220968 | 26.53 |\n"
    )
    assert [(f.name, f.value) for f in table_figures(text)] == [
        ("全县户籍总人口年末数", 832955.0), ("全县户籍总人口比重", 100.0),
        ("城镇户籍人口年末数", 217319.0), ("城镇户籍人口比重", 26.09),
        ("0-17岁户籍人口年末数", 220968.0), ("0-17岁户籍人口比重", 26.53),
    ]  # fmt: skip


def test_a_table_of_price_changes_with_padded_names_and_numbered_groups() -> None:
    # 指 标 | 涨 幅: cells padded to width; 一、… numbers the groups; 涨跌幅度 heads changes
    text = (
        "图3:2030年居民消费价格比上年涨跌幅度(%)\n"
        "指 标 | 涨 幅 |\n"
        "居民消费价格 | 0.4 |\n"
        "一、食品烟酒 | -0.6 |\n"
        "鲜 果 | 1.9 |\n"
        "二、教育文化和娱乐 | 2.2 |\n"
    )
    assert [(f.name, f.value, f.change, f.direction) for f in table_figures(text)] == [
        ("居民消费价格", None, 0.4, "increase"),
        ("食品烟酒", None, -0.6, "decrease"),
        ("鲜果", None, 1.9, "increase"),
        ("教育文化和娱乐", None, 2.2, "increase"),
    ]


def test_a_table_of_places_whose_header_leaves_its_corner_blank() -> None:
    # the header names only the measures; 1、… numbers rows; a place's row is the title's subject
    # there (2030年各县(市、区)棉花产量 → 甲县棉花产量); 全市合计 is the city's
    text = (
        "表1 2030年棉花生产情况\n"
        "播种面积 (千公顷) | 总产量 (万吨) | |\n"
        "全年棉花 | 210.4 | 36.2 |\n"
        "1、春棉 | 150.1 | 27.0 |\n"
        "表2 2030年全市及各县(市、区)棉花产量\n"
        "地区 | 播种面积 (千公顷) | 总产量 (万吨) |\n"
        "全市合计 | 210.4 | 36.2 |\n"
        "武 汉 | 12.5 | 2.1 |\n"
    )
    assert [(f.name, f.value, f.unit) for f in table_figures(text)] == [
        ("全年棉花播种面积", 210.4, "千公顷"),
        ("全年棉花总产量", 36.2, "万吨"),
        ("春棉播种面积", 150.1, "千公顷"),
        ("春棉总产量", 27.0, "万吨"),
        ("全市播种面积", 210.4, "千公顷"),
        ("全市总产量", 36.2, "万吨"),
        ("武汉棉花播种面积", 12.5, "千公顷"),
        ("武汉棉花总产量", 2.1, "万吨"),
    ]
    [summary] = summarize(load(text=text.rstrip("\n")), engine="rules")  # (the last row's closing bar ends the text)
    assert ("武汉棉花总产量", 2.1) in [(r.indicator, r.value) for r in summary.results]


def test_rows_opened_by_a_bar_too() -> None:
    # | 粮 食 | 86616 | 7.9 |: a row written with a bar at each end
    text = "| 产品名称 | 产量(吨) | 比上年增长(%) |\n| 稻 谷 | 52310 | 3.1 |\n| 玉米 | 871 | -2.4 |\n"
    assert [(f.name, f.value, f.change) for f in table_figures(text)] == [("稻谷产量", 52310.0, 3.1), ("玉米产量", 871.0, -2.4)]


def test_a_numbered_table_of_matters_done_gives_what_was_done_against_the_plan_in_its_names() -> None:
    # 序号 numbers the rows; the row's name holds the plan (新增4000张养老床位), its cells what was done
    # (in the planned count's unit) and the share of the plan (110%, a cell with its own unit)
    text = (
        "2030年某市为民办实事项目完成情况\n"
        "序号 | 实事项目名称 | 完成情况 | 占全年计划 |\n"
        "1 | 新增4000张养老床位 | 4385 | 110% |\n"
        "2 | 新增30个社区长者食堂 | 39 | 130% |\n"
    )
    assert [(f.name, f.value, f.unit) for f in table_figures(text)] == [
        ("新增养老床位", 4385.0, "张"), ("新增养老床位占计划", 110.0, "%"),
        ("新增社区长者食堂", 39.0, "个"), ("新增社区长者食堂占计划", 130.0, "%"),
    ]  # fmt: skip


def test_a_table_stacked_one_cell_a_line_is_read_as_its_grid() -> None:
    # 指 标⏎涨 跌⏎居民消费价格⏎0.6 …: a header (its corner over the rows' names), then a name and as many
    # numbers as the header has columns; bars and blank lines between are no cells
    text = "表1 2030年居民消费价格比上年涨跌幅度\n单位:%\n指 标 |\n涨 跌 |\n||\n居民消费价格 |\n0.6\n|\n食品烟酒 |\n-0.5 |\n衣着 |\n1.2 |\n"
    assert [(f.name, f.change, f.direction) for f in table_figures(text)] == [
        ("居民消费价格", 0.6, "increase"), ("食品烟酒", -0.5, "decrease"), ("衣着", 1.2, "increase"),
    ]  # fmt: skip
    # a column of levels in the unit its header says, and its changes; a place's column under a title of
    # changes (全市 under …涨跌幅度) is a column of changes
    levels = "2030年税收及其增长速度\n\n指标\n\n绝对值(万元)\n\n比上年增长(%)\n\n第一产业\n\n195\n\n-28.3\n\n第二产业\n\n58737\n\n1.7\n"
    assert [(f.name, f.value, f.unit, f.change) for f in table_figures(levels)] == [
        ("第一产业税收", 195.0, "万元", -28.3), ("第二产业税收", 58737.0, "万元", 1.7),
    ]  # fmt: skip
    places = "2030年全市居民消费价格比上年涨跌幅度\n\n指  标\n\n全市\n\n居民消费价格(%)\n\n0.6\n\n衣着\n\n1.9\n"
    assert [(f.name, f.change) for f in table_figures(places)] == [("居民消费价格", 0.6), ("衣着", 1.9)]


def test_a_list_numbered_on_lines_of_its_own_is_no_stacked_table() -> None:
    # 新建…⏎⏎6⏎⏎完成…⏎⏎7: items and their numbers, no header of a table (no corner, no unit, no change)
    text = "改建某某公园篮球场\n\n新建改建10个市民健身苑点\n\n6\n\n完成500户残疾人家庭无障碍设施改造\n\n7\n"
    assert table_figures(text) == []


def test_a_figure_said_in_a_sentence_and_a_stacked_table_is_quoted_from_the_sentence() -> None:
    text = ("2030年某县国民经济和社会发展统计公报\n全年第一产业增加值261.07亿元,增长4.3%;第二产业增加值1580.53亿元,增长7.0%。\n"
            "表1 2030年地区生产总值及其增长速度\n指标\n绝对值(亿元)\n比上年增长(%)\n第一产业\n261.07\n4.3\n第二产业\n1580.53\n7.0\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert [(r.indicator, r.value, r.evidence.text) for r in summary.results] == [
        ("第一产业增加值", 261.07, "全年第一产业增加值261.07亿元,增长4.3%"), ("第二产业增加值", 1580.53, "第二产业增加值1580.53亿元,增长7.0%"),
    ]  # fmt: skip
