"""Every figure of a report, in the phrasings reports use (issue 12), through the rules engine and
grounding: the items a reader would list, each named, valued and quoted as the text says it.

The phrases are our own, in the forms of real reports.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.engines.rules import extract_notes
from summarizer.ingest import Document, load
from summarizer.models import Findings
from summarizer.pipeline import summarize
from summarizer.verify.grounding import ground_notes
from summarizer.zh.numbers import find_quantities, unwrap

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
REVIEW = "2024年某某市政府工作报告\n一、2023年工作回顾\n"
PLAN = "2024年某某市政府工作报告\n二、2024年工作安排\n"


def _findings(text: str) -> Findings:
    doc = Document(text=text, start=0, end=len(text), region="某某市", year=2024, plan_year=2024)
    out = ground_notes(extract_notes(doc), doc, start=0, end=len(text), default_year=2024)
    assert out.warnings == []  # every note the rules make is what its quote says
    for item in [*out.targets, *out.results]:
        assert text[item.evidence.start : item.evidence.end] == item.evidence.text
    return out


def results(body: str) -> list[tuple[str, float | None, str, float | None]]:
    return [(r.indicator, r.value, r.unit, r.change) for r in _findings(REVIEW + body + "\n").results]


def targets(body: str) -> list[tuple[str, float, str, str]]:
    return [(t.indicator, t.value, t.unit, t.qualifier) for t in _findings(PLAN + body + "\n").targets]


# -- 1. results given as a level only ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("全年新增省级专精特新企业120家。", [("省级专精特新企业", 120.0, "家", None)]),
        ("完成植树造林3.5万亩。", [("植树造林", 3.5, "万亩", None)]),
        ("全县旅游总收入86亿元。", [("旅游总收入", 86.0, "亿元", None)]),
        ("政务服务事项网上可办率达98%。", [("政务服务事项网上可办率", 98.0, "%", None)]),
        ("建成乡镇综合文化站14个并投入使用。", [("乡镇综合文化站", 14.0, "个", None)]),
        ("认定专业村12个,18个“一村一品”示范村。", [("专业村", 12.0, "个", None), ("“一村一品”示范村", 18.0, "个", None)]),
        ("继续推进8个“一村一品", [("一村一品", 8.0, "个", None)]),  # a quote left open at the end
        ("高标准农田新增5.2万亩、总量达到60万亩。", [("高标准农田", 5.2, "万亩", None), ("高标准农田总量", 60.0, "万亩", None)]),
        # a level with its change, and a 分别 list of changes after two levels in their own clauses
        ("接待游客900万人次,实现旅游收入72亿元,分别增长11.2%、13.5%。",
         [("接待游客", 900.0, "万人次", 11.2), ("旅游收入", 72.0, "亿元", 13.5)]),
        # a change said before the level it reaches is that level's
        ("城镇化率提高1.2个百分点,达到58.6%。", [("城镇化率", 58.6, "%", 1.2)]),
        ("粮食总产量达到68.5万吨,连续5年稳定在65万吨以上。", [("粮食总产量", 68.5, "万吨", None), ("粮食总产量", 65.0, "万吨", None)]),
        ("建成区绿化覆盖率41.5%。", [("建成区绿化覆盖率", 41.5, "%", None)]),  # a noun that starts like a verb
        # a comparison is a figure of its own, named by what is compared with what
        ("规上工业增加值增长8.1%,分别高于全国、全省平均增速3.5、2.2个百分点。",
         [("规上工业增加值", None, "", 8.1), ("规上工业增加值增速高于全国", 3.5, "个百分点", None),
          ("规上工业增加值增速高于全省", 2.2, "个百分点", None)]),
        ("规上工业增加值增长8%,增速分别高全国、全省0.6、1.3个百分点。",  # (高 alone: 高于)
         [("规上工业增加值", None, "", 8.0), ("规上工业增加值增速高于全国", 0.6, "个百分点", None),
          ("规上工业增加值增速高于全省", 1.3, "个百分点", None)]),
    ],
)  # fmt: skip
def test_a_review_gives_every_named_figure(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


# -- 2. plan verbs, counts written before their noun, a level with its growth --------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("实施城市更新项目45个,举办30场招聘活动,创建省级文明村镇12个,改造老旧小区80个。",
         [("城市更新项目", 45.0, "个", ""), ("招聘活动", 30.0, "场", ""), ("省级文明村镇", 12.0, "个", ""),
          ("老旧小区", 80.0, "个", "")]),
        ("建设5G基站1200座,打造3个百亿级产业集群,筹集保障性租赁住房3000套,盘活闲置土地2000亩。",
         [("5G基站", 1200.0, "座", ""), ("百亿级产业集群", 3.0, "个", ""), ("保障性租赁住房", 3000.0, "套", ""),
          ("闲置土地", 2000.0, "亩", "")]),
        ("压减煤炭消费50万吨,招引企业入驻不少于20户。", [("压减煤炭消费", 50.0, "万吨", ""), ("企业入驻", 20.0, "户", "以上")]),
        ("举办40个大型文体活动。", [("大型文体活动", 40.0, "个", "")]),
        # a level with its growth in one phrase: two targets, the growth named by its level
        ("完成固定资产投资900亿元、增长9%以上。", [("固定资产投资", 900.0, "亿元", ""), ("固定资产投资", 9.0, "%", "以上")]),
        # 力争 carried past a comma
        ("力争外贸进出口总额突破200亿元,增长8%以上。",
         [("外贸进出口总额", 200.0, "亿元", "以上"), ("外贸进出口总额", 8.0, "%", "以上")]),
        # the projects' 完成投资 (LABELLING writes <projects>完成投资)
        ("推进市级重点项目300个,完成投资600亿元以上。",
         [("市级重点项目", 300.0, "个", ""), ("市级重点项目完成投资", 600.0, "亿元", "以上")]),
    ],
)  # fmt: skip
def test_a_plan_gives_every_named_figure_as_a_target(body: str, expected: list[tuple[object, ...]]) -> None:
    assert targets(body) == expected


# -- 3. units and qualifiers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("港口货物吞吐量达到1.2亿吨。", ("港口货物吞吐量", 1.2, "亿吨", "")),
        ("集装箱吞吐量120万标箱。", ("集装箱吞吐量", 120.0, "万标箱", "")),
        ("供水能力1.5亿立方米。", ("供水能力", 1.5, "亿立方米", "")),
        ("接待游客1.1亿人次。", ("接待游客", 1.1, "亿人次", "")),
        ("PM2.5浓度控制在30微克/立方米以内。", ("PM2.5浓度", 30.0, "微克/立方米", "以内")),
        ("城乡低保标准提高到每人780元/月。", ("城乡低保标准", 780.0, "元/月", "")),
        ("引进外资项目超过30个。", ("外资项目", 30.0, "个", "以上")),
        ("新增规上企业突破100家。", ("规上企业", 100.0, "家", "以上")),
        ("培训技能人才2000多人次。", ("培训技能人才", 2000.0, "人次", "以上")),
        ("争取上级资金50余亿元。", ("上级资金", 50.0, "亿元", "以上")),
        ("新增就业1200 万人以上。", ("新增就业", 1200.0, "万人", "以上")),  # a space before the unit
        ("提供就业岗位2.2万余个。", ("就业岗位", 2.2, "万个", "以上")),
        ("粮食产量约80万吨。", ("粮食产量", 80.0, "万吨", "左右")),
        ("赤字率拟按3%左右安排。", ("赤字率", 3.0, "%", "左右")),  # a light verb after the number
        ("中央预算内投资拟安排7000亿元。", ("中央预算内投资", 7000.0, "亿元", "")),
        # words of mood and of totals before the figure end no name: 会 before a verb of change,
        # "in all" written 合共, a budget's 计 (totalling); 统计 is a word of its own
        ("政府每年的税收会减少15亿元。", ("政府每年的税收减少", 15.0, "亿元", "")),
        ("预留合共300亿元。", ("预留", 300.0, "亿元", "")),
        ("岁入计246亿3,203万元。", ("岁入", 246.3203, "亿元", "")),
        ("新增统计调查点20个。", ("统计调查点", 20.0, "个", "")),
        # who said it is no part of what (a news item's words)
        ("司长又说预留防疫基金100亿元。", ("预留防疫基金", 100.0, "亿元", "")),
        # LABELLING: a verb + an absolute amount is the verb-named flow's value (支出增加, 预算增加);
        # a name that is a verb already, and 新增 (a count), stay as written
        ("经济发展支出增加23亿元。", ("经济发展支出增加", 23.0, "亿元", "")),
        ("总预算增59亿元。", ("总预算增加", 59.0, "亿元", "")),
        ("在社会福利支出上减少3亿元。", ("社会福利支出减少", 3.0, "亿元", "")),
        ("岁出删减276万元。", ("岁出删减", 276.0, "万元", "")),
        ("新增就业1200人。", ("新增就业", 1200.0, "人", "")),
    ],
)
def test_units_and_qualifiers(body: str, expected: tuple[object, ...]) -> None:
    assert targets(body) == [expected]


def test_a_growth_in_times_is_a_growth() -> None:
    [t] = _findings(PLAN + "数字经济规模增长1倍。\n").targets
    assert (t.value, t.unit, t.kind, t.direction) == (1.0, "倍", "growth", "increase")


# -- 4. names: no subjects, fragments, notes; a level in brackets --------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("开通国际货运航线5条。", [("国际货运航线", 5.0, "条", None)]),
        ("省控断面水质优良率93.8%。", [("省控断面水质优良率", 93.8, "%", None)]),
        ("全市(下同)生产总值增长5%。", [("生产总值", None, "", 5.0)]),
        ("某某区获评省级示范区1个。", []),  # an honour, and a place is no indicator
        ("新增市场主体增长50%(总数7万户)。", [("市场主体", None, "", 50.0), ("市场主体总数", 7.0, "万户", None)]),
        # the condition names nothing: the change is the level's
        ("地方一般公共预算收入完成9.5亿元,扣除留抵退税因素后增长6.2%。", [("地方一般公共预算收入", 9.5, "亿元", 6.2)]),
        # the basis it is counted on names nothing either, nor the abbreviation in brackets
        ("实际利用外资外管局口径完成3200万美元。", [("利用外资", 3200.0, "万美元", None)]),
        ("地区生产总值(GDP)增长5.1%。", [("地区生产总值", None, "", 5.1)]),
        # an adverb before the verb is no part of the name; a change told with 增长 after its
        # number, then the level it reached
        ("生产总值连续跨上两个千亿台阶,达到2300亿元。", [("生产总值", 2300.0, "亿元", None)]),
        ("电子信息产量继续保持30%以上增长、达460万台。", [("电子信息产量", 460.0, "万台", 30.0)]),
        # a share said with no name of its own is the figure's before it; so is a preliminary figure
        ("民营经济增加值增长6%,占比达48.5%。", [("民营经济增加值", None, "", 6.0), ("民营经济增加值占比", 48.5, "%", None)]),
        ("地区生产总值增速保持在合理区间,初步预计全年增长5.8%。", [("地区生产总值", None, "", 5.8)]),
        # 增长 inside a name is no change (对…经济增长的贡献率)
        ("对全省经济增长的贡献率保持在35%左右。", [("对全省经济增长的贡献率", 35.0, "%", None)]),
        # a change over the plan period after the year's: the same figure's, cumulated
        ("单位生产总值能耗下降2.6%,“十四五”以来累计降低11%。",
         [("单位生产总值能耗", None, "", 2.6), ("单位生产总值能耗累计", None, "", 11.0)]),
        # a comparison named with the rate word as written (增幅, not 增速)
        ("一产增加值增幅高于全国0.6个百分点。", [("一产增加值增幅高于全国", 0.6, "个百分点", None)]),
        # a level reached in a year named after the growth: the same figure's
        ("工业投资年均增长7.9%,2023年突破1800亿元。", [("工业投资", 1800.0, "亿元", 7.9)]),
        # a verb of keeping or of scope names nothing: what follows or what is counted does
        ("守住120万亩耕地保护红线。", [("耕地保护红线", 120.0, "万亩", None)]),
        ("竣工项目40个,涉及总投资320亿元。", [("竣工项目", 40.0, "个", None), ("总投资", 320.0, "亿元", None)]),
        ("全年12家“四上”企业成功入库。", [("“四上”企业", 12.0, "家", None)]),
        # a bare count after a count of the same things is of them, by its verb; the measure glued
        # after it names the next figure
        ("新增专项债项目入库18个,获批6个发行金额3.2亿元。",
         [("专项债项目入库", 18.0, "个", None), ("获批专项债项目入库", 6.0, "个", None), ("发行金额", 3.2, "亿元", None)]),
        # levels of what a count counts, in brackets after it; a period before 完成投资 is no part of its name
        ("建设项目21项(省级4项、市级7项)。", [("建设项目", 21.0, "项", None), ("省级建设项目", 4.0, "项", None),
                                          ("市级建设项目", 7.0, "项", None)]),
        ("1-12月份完成投资21.3亿元。", [("完成投资", 21.3, "亿元", None)]),
        # a gap to last year's goal is a comparison of its own
        ("地区生产总值增长7.6%,高于去年目标0.6个百分点。",
         [("地区生产总值", None, "", 7.6), ("地区生产总值增速高于去年目标", 0.6, "个百分点", None)]),
        # from one level to another after a time word: where it started is no item
        ("常住人口由上年512万人增加到515万人。", [("常住人口", 515.0, "万人", None)]),
        # the base compared with is no item; the increment over it and the growth are the level's
        ("地区生产总值达到3200亿元,较上年的3000亿元增加200亿元,增长6.7%。",
         [("地区生产总值", 3200.0, "亿元", 6.7), ("地区生产总值增加", 200.0, "亿元", None)]),
        # the base said with 相比 (较上年同期相比, 与上年相比, 同上年相比): the change is the level's
        ("农业总产值26.9亿元,较上年同期相比增长7.2%。工业总产值30亿元,与上年相比增长5%。",
         [("农业总产值", 26.9, "亿元", 7.2), ("工业总产值", 30.0, "亿元", 5.0)]),
        # 占比 said with an adverb (占比高达55.3%) is the level's share, no share "of 比高"
        ("新兴产业项目达到344个,占比高达55.3%。", [("新兴产业项目", 344.0, "个", None), ("新兴产业项目占比", 55.3, "%", None)]),
        # the total's share of a whole (总量占…的) is the level's, said just before
        ("民营经济增加值1553.73亿元,增长4.2%,总量占地区生产总值的61.4%。",
         [("民营经济增加值", 1553.73, "亿元", 4.2), ("民营经济增加值占地区生产总值", 61.4, "%", None)]),
        # to whom, then what: the verb of giving between is no part of the name
        ("为2100名困难家庭大学新生发放资助金1260万元。",
         [("困难家庭大学新生", 2100.0, "名", None), ("困难家庭大学新生资助金", 1260.0, "万元", None)]),
        # …but after the treasury that gives, the verbs say what its money is; an adverb between goes
        ("省财政共拨付下达资金65.5亿元,各級財政已下達預算20億元。",
         [("省财政拨付下达资金", 65.5, "亿元", None), ("各級財政下達預算", 20.0, "億元", None)]),
        # a change of a figure named between, counted on another basis
        ("社会消费品零售总额增长2.4%,地方一般公共预算收入扣除留抵退税,同口径增长8.8%。",
         [("社会消费品零售总额", None, "", 2.4), ("地方一般公共预算收入", None, "", 8.8)]),
        # one growth shared by indicators of the alias table, listed without 均: each one's
        ("社会消费品零售总额、固定资产投资增长4.3%。",
         [("社会消费品零售总额", None, "", 4.3), ("固定资产投资", None, "", 4.3)]),
        # a plan report's line: the year's plan figure recalled, then its months, its year and its completion
        ("——年计划完成地区生产总值520亿元以上,1—9月完成380.2亿元,同比增长4.1%,全年预计完成515亿元,完成年计划的99%。",
         [("地区生产总值", 380.2, "亿元", 4.1), ("地区生产总值", 515.0, "亿元", None),
          ("地区生产总值年计划完成率", 99.0, "%", None)]),
        # a comparison with the year before's growth (a year, then the figure: no date)
        ("全年生产总值增长4.2%,快于2022年1.6个百分点。",
         [("生产总值", None, "", 4.2), ("生产总值增速快于2022年", 1.6, "个百分点", None)]),
        # a list's 三是 is no part of the name
        ("三是对高危人群开展筛查2万名。", [("对高危人群开展筛查", 2.0, "万名", None)]),
        # a milestone passed, then the level reached and its growth: one figure
        ("财政总收入突破50亿元,实现50.37亿元,增长12.5%。", [("财政总收入", 50.37, "亿元", 12.5)]),
        # a unit written once in a 分别 list: 1200万 is 1200万人次
        ("东莞、佛山地铁单日最高客运量分别达120万、98万人次。",
         [("东莞地铁单日最高客运量", 120.0, "万人次", None), ("佛山地铁单日最高客运量", 98.0, "万人次", None)]),
        # an aside in brackets between a level and its change names nothing
        ("固定资产投资280亿元(主要是项目储备不足,难以支撑投资增长),下降12.4%。", [("固定资产投资", 280.0, "亿元", 12.4)]),
        # a rank said between a level and its growth names nothing: the growth is the level's
        ("全省地区生产总值达到4.2万亿元、稳居全国前十强、增长5.1%。", [("地区生产总值", 4.2, "万亿元", 5.1)]),
        # the practical matters done are counted (LABELLING: counts of things done)
        ("10类30件民生实事全面完成。", [("民生实事", 30.0, "件", None)]),
        # a comparison with the base's own rate in brackets (比全国(5.5%)高): the rate names nothing
        ("生产总值增长6.2%,增速比全国(5.1%)高1.1个百分点。",
         [("生产总值", None, "", 6.2), ("生产总值增速高于全国", 1.1, "个百分点", None)]),
        # a share between a level and its growth: the growth is the level's; a change in points is the share's
        ("规上工业总产值1200亿元,占全市的比重为60.5%,同比增长5.2%。",
         [("规上工业总产值", 1200.0, "亿元", 5.2), ("占全市的比重", 60.5, "%", None)]),
        ("民间投资占比35%、提高1.2个百分点。", [("民间投资占比", 35.0, "%", 1.2)]),
        # counts listed before a 分别: each figure after is the counted one's, and so is its share of the plan
        ("3个省级重点项目、12个市级重点项目分别完成投资8.2亿元、31.5亿元,分别占年度计划106.2%、103.9%。",
         [("省级重点项目", 3.0, "个", None), ("市级重点项目", 12.0, "个", None), ("省级重点项目完成投资", 8.2, "亿元", None),
          ("市级重点项目完成投资", 31.5, "亿元", None), ("省级重点项目完成投资占年度计划", 106.2, "%", None),
          ("市级重点项目完成投资占年度计划", 103.9, "%", None)]),
    ],
)  # fmt: skip
def test_names_are_what_is_measured(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "出台稳增长政策措施36条。",  # a policy package
        "进入全国百强县前50位。",  # a rank
        "年产20万吨新材料项目建成投产。",  # an attribute of what follows
        "开工建设110千伏变电站。",  # a voltage
        "聚焦8条重点产业链。",  # the set worked on
        "全年有3项指标增速居全省第一、8项居前五。",  # the standing of figures
        "14项主要经济指标中,有9项位列全省中游以上。",
        "成为全市首个200亿元园区。",  # what kind of thing the first one is
        "粮食播种面积、产量等5项指标均居全省前3。",
        "3项指标增速在27个省会城市中分别排两个第1位。",
        "某新材料基地签约后90天即开工。",  # how soon after a step
        "瞄准电子信息、绿色食品3个主导产业。",  # the set aimed at
    ],
)
def test_numbers_that_are_no_figures(body: str) -> None:
    assert results(body) == []


def test_a_count_for_each_of_a_set_is_the_figure_not_the_set() -> None:
    assert results("全市12个乡镇各建成1个养老服务站。") == [("养老服务站", 1.0, "个", None)]


# -- 5. where targets are: openers outside 主要预期目标, projections in a review ------------------


@pytest.mark.parametrize(
    "opener",
    ["今年全市经济社会发展的预期目标是,", "今年的努力目标为:", "今年指标体系安排上,具体为:", "主要预期目标\n●",
     "主要预期目标如下:\n▲", "主要预期目标:\n", "今年的主要目标任务是:", "主要指标安排如下:"],
)
def test_the_years_targets_have_several_openers(opener: str) -> None:
    sep = "\n" if opener.endswith(("\n", "●", "▲")) else ","
    mark = opener[-1] if opener.endswith(("●", "▲")) else ""
    text = f"某某市政府工作报告\n2024年,我们将坚定信心。{opener}地区生产总值增长5.5%左右{sep}{mark}城镇新增就业2万人以上。\n"
    out = _findings(text)
    assert [(t.indicator, t.value, t.headline) for t in out.targets] == [
        ("地区生产总值", 5.5, True),
        ("城镇新增就业", 2.0, True),
    ]
    assert out.results == []


def test_an_excerpt_is_read_by_its_time_cues() -> None:
    text = (
        "某某市召开人代会\n记者获悉,2024年某某市经济社会发展主要预期目标是:地区生产总值增长6%。\n"
        "报告指出,2023年某某市预计地区生产总值增长7%以上,新增市场主体1.2万户。\n"
        "2024年,该市将新建城市书房20处。\n"
    )
    doc = load(text)
    assert (doc.region, doc.year) == ("某某市", 2024)
    out = ground_notes(extract_notes(doc), doc, start=doc.start, end=doc.end, default_year=doc.plan_year)
    assert [(t.indicator, t.value, t.headline, t.year) for t in out.targets] == [
        ("地区生产总值", 6.0, True, 2024),
        ("城市书房", 20.0, False, 2024),
    ]
    assert [(r.indicator, r.value, r.change) for r in out.results] == [
        ("地区生产总值", None, 7.0),  # a projection of the year under review is its result
        ("市场主体", 1.2, None),
    ]


def test_a_pages_date_on_a_line_of_its_own_dates_no_stretch() -> None:
    # a statistics release dated in the year it is of: its date line is the day it came out, not a plan
    text = (
        "1月零售业销货值跌14.6%\n\n2030年03月03日\n\n统计处今日公布,1月零售业总销货价值为466亿元,较去年同月下跌14.6%。\n"
        "展望未来,零售业销售短期表现将视乎劳工市场情况。\n"
    )
    summary = summarize(text, engine="rules")[0]
    assert summary.targets == []
    assert ("1月零售业总销货价值", 466.0, 14.6, "decrease") in [(r.indicator, r.value, r.change, r.direction) for r in summary.results]


# -- 6. traditional and variant characters -------------------------------------------------------


def test_traditional_and_variant_characters_give_the_same_figures_quoted_as_written() -> None:
    simplified = "主要预期目标是:地区生产总值增长5%左右,城镇新增就业1.2万人以上,粮食产量1.3万亿斤以上。"
    written = "主要預期目標是:地區生產總値増長5%左右,城鎮新增就業1.2萬人以上,糧食產量1.3萬億斤以上。"
    a, b = _findings(PLAN + simplified + "\n"), _findings(PLAN + written + "\n")
    key = [(t.canonical_indicator, t.value, t.qualifier, t.evidence.start) for t in a.targets]
    assert [(t.canonical_indicator, t.value, t.qualifier, t.evidence.start) for t in b.targets] == key
    assert [(t.indicator, t.unit) for t in b.targets] == [
        ("地區生產總値", "%"),
        ("城鎮新增就業", "萬人"),
        ("糧食產量", "萬億斤"),
    ]


def test_the_months_so_far_look_back_on_a_year_end_page() -> None:
    text = (
        "某市重点工程进展\n2030年度某市政府重点工程1月至11月累计完成建安投资1100亿元。"
        "其中,80个协同发展类项目累计完成建安投资400亿元。\n"
    )
    summary = summarize(text, engine="rules")[0]
    assert summary.targets == []
    assert [(r.indicator, r.value) for r in summary.results] == [
        ("某市政府重点工程完成建安投资", 1100.0), ("协同发展类项目完成建安投资", 400.0), ("协同发展类项目", 80.0)]


def test_an_excerpt_that_leaves_out_its_plan_heading_plans_after_its_targets() -> None:
    # the review's heading, its opening, then the year's targets and task paragraphs (the plan's
    # heading left out): the tasks are targets, not results
    text = (
        "某某省2030年政府工作报告\n一、2029年工作回顾\n刚刚过去的一年,全省生产总值增长5.2%,城镇新增就业40万人。\n"
        "经济社会发展的主要预期目标是:生产总值增长5%左右,城镇新增就业38万人以上。\n"
        "扩大有效投资。实施省级重点项目600个、完成投资3200亿元以上。新增限额以上商贸企业900家。\n"
    )
    summary = summarize(text, engine="rules")[0]
    assert [(r.indicator, r.value, r.change) for r in summary.results] == [("生产总值", None, 5.2), ("城镇新增就业", 40.0, None)]
    assert [(t.indicator, t.value) for t in summary.targets] == [
        ("生产总值", 5.0), ("城镇新增就业", 38.0), ("省级重点项目", 600.0), ("省级重点项目完成投资", 3200.0), ("限额以上商贸企业", 900.0)]


def test_units_of_work_done_and_of_capacity_per_year() -> None:
    assert targets("农机作业服务面积50万亩次以上。力争3处煤矿、产能900万吨/年建成投产。") == [
        ("农机作业服务面积", 50.0, "万亩次", "以上"), ("煤矿", 3.0, "处", ""), ("产能", 900.0, "万吨/年", "")]
    assert targets("提质改造农村公路差等路800公里。") == [("农村公路差等路", 800.0, "公里", "")]


def test_the_kinds_a_breakdown_names_by_their_verb_are_of_the_things_counted_before() -> None:
    assert targets("实施重点项目180个,其中新建95个,续建85个。年投资亿元以上项目新开工40个、竣工30个。") == [
        ("重点项目", 180.0, "个", ""), ("新建重点项目", 95.0, "个", ""), ("续建重点项目", 85.0, "个", ""),
        ("年投资亿元以上项目新开工", 40.0, "个", ""), ("竣工", 30.0, "个", "")]


def test_the_state_at_a_months_end_looks_back_on_a_news_page() -> None:
    text = (
        "某市重点项目建设稳步推进\n今年,全市共确定建设项目180个,年度计划投资100亿元。截至6月底,共复工开工项目120个,"
        "完成固定资产投资30.5亿元,与去年同期相比增长8.1%。\n"
    )
    summary = summarize(text, engine="rules")[0]
    assert [(t.indicator, t.value) for t in summary.targets] == [("确定建设项目", 180.0), ("投资", 100.0)]
    assert [(r.indicator, r.value, r.change) for r in summary.results] == [
        ("复工开工项目", 120.0, None), ("固定资产投资", 30.5, 8.1)]


def test_a_year_end_summary_of_the_year_itself_gives_results() -> None:
    # the year is the page's own (a title without 总结 does not put it in the past), but its figures
    # are told as done (完成率, 提前完成…任务)
    text = (
        "某区招商引资工作\n2029年,全区共上报招商项目40个,总投资100.2亿元。完成市下达任务100亿的100.2%;"
        "全区共签约项目58个,计划总投资215亿元,完成率107.5%,提前完成区200亿招商引资任务。\n"
    )
    summary = summarize(text, engine="rules")[0]
    assert summary.plan_year == 2029 and summary.targets == []
    assert ("签约项目", 58.0) in [(r.indicator, r.value) for r in summary.results]


def test_a_year_after_a_dash_is_a_time_cue() -> None:
    text = "百个项目筑引擎\n这是项目建设的加速度——2029年,全县谋划实施重点项目146个,总投资达460亿元。\n"
    summary = summarize(text, engine="rules")[0]
    assert summary.plan_year == 2029 and summary.results == []
    assert [(t.indicator, t.value) for t in summary.targets] == [("谋划实施重点项目", 146.0), ("总投资", 460.0)]


def test_a_news_lead_on_a_report_reviews_then_plans() -> None:
    # results listed with their ranks after the year's target (the ranks are told of outcomes), a figure
    # named right after GDP, and the target recalled later (等预期目标) is no result
    text = (
        "某报讯 2月25日,某某市第八届人民代表大会第六次会议开幕。记者从2030年某某市政府工作报告获悉,去年全市GDP1629.6亿元、"
        "增长3.5%。今年,地区生产总值预期目标为增长5%左右。\n"
        "固定资产投资增长10.7%、增速居全省第一,工业投资和制造业投资均增长20.6%,外贸进出口总额增长17.7%、增速居全省第三。\n"
        "围绕地区生产总值增长5%等预期目标,今年将做好十方面重点工作。\n"
    )
    summary = summarize(text, engine="rules")[0]
    assert summary.plan_year == 2030 and [(t.indicator, t.value) for t in summary.targets] == [("地区生产总值", 5.0)]
    assert [(r.indicator, r.value, r.change) for r in summary.results] == [
        ("GDP", 1629.6, 3.5), ("固定资产投资", None, 10.7), ("工业投资", None, 20.6), ("制造业投资", None, 20.6),
        ("外贸进出口总额", None, 17.7)]


def test_the_plan_years_own_list_plans() -> None:
    text = (
        "某某市2030年10件民生实事票决产生\n1月22日,经全体参会代表差额票决,我市2030年10件民生实事项目正式确定。\n"
        "此次确定的10件民生实事包括:实施300个以上老旧小区改造;建设30个城市绿地公园;新增5000个以上初高中学位。\n"
    )
    summary = summarize(text, engine="rules")[0]
    assert summary.results == []
    assert ("城市绿地公园", 30.0) in [(t.indicator, t.value) for t in summary.targets]


def test_a_statistics_communique_tells_its_years_figures_only() -> None:
    text = (
        "某某县2029年国民经济和社会发展统计公报\n某某县统计局\n2030年4月15日\n"
        "2029年是全面贯彻落实的开局之年,经济发展实现稳中有进。\n一、综合\n全县地区生产总值86.3亿元,增长5.1%。\n"
    )
    summary = summarize(text, engine="rules")[0]
    assert summary.targets == [] and [(r.value, r.change) for r in summary.results] == [(86.3, 5.1)]


def test_a_years_list_told_as_all_done_gives_results() -> None:
    text = (
        "2029年某某区29项为民办实事项目完成 2030年01月19日\n"
        "2029年某某区共安排29个为民办实事项目,29个项目已全部完成,具体如下:\n(一)新增养老床位378张。\n"
    )
    summary = summarize(text, engine="rules")[0]
    # (the title's year and place name nothing; the 29 projects done are a result too)
    assert [(r.indicator, r.value) for r in summary.results] == [("项目", 29.0), ("养老床位", 378.0)]
    assert 378.0 not in [t.value for t in summary.targets]


def test_a_list_done_and_measured_against_its_plan_looks_back() -> None:
    # 比计划投资高 measures against the plan, no plan word; 截至9月底 is a time, no name
    text = (
        "记者从区人大会议上获悉:\n2029年某某区10件民生实事项目全部完成,累计完成投资14.4亿元,比计划投资高17.1个百分点。\n"
        "截至9月底已完成19项。\n"
    )
    summary = summarize(text, engine="rules")[0]
    assert summary.targets == []
    assert ("截至9月底", 19.0) not in [(r.indicator, r.value) for r in summary.results]


def test_an_annual_goal_exceeded_is_no_result_of_its_own() -> None:
    assert results("新建中小学45所,超额完成40所的年度目标。") == [("中小学", 45.0, "所", None)]


def test_what_was_signed_at_a_ceremony_is_a_result() -> None:
    text = (
        "某县重点项目签约仪式举行\n9月6日,2030某省(秋季)旅游节暨2030年某省村晚展示活动在某县举行。"
        "会上,现场签约项目18个,签约总金额超40亿元。\n"
    )
    summary = summarize(text, engine="rules")[0]
    assert summary.targets == []
    assert [(r.indicator, r.value) for r in summary.results] == [("现场签约项目", 18.0), ("总金额", 40.0)]


def test_a_rate_whose_words_are_all_verbs_keeps_them() -> None:
    assert targets("当年签约当年开工率达到55%以上。") == [("签约当年开工率", 55.0, "%", "以上")]


def test_a_years_twelve_months_told_put_the_year_behind() -> None:
    text = (
        "某县重点工程进展情况\n2029年,我县重点工程项目共25项。总投资300亿元,当年计划投资50亿元。\n"
        "截止目前,1-12月份,完成投资61亿元,投资完成率122%。\n"
    )
    assert load(text).plan_year == 2030  # (what it planned would be for the year after)
    summary = summarize(text, engine="rules")[0]
    assert summary.targets == [] and (summary.year, summary.plan_year) == (2029, None)  # (a page of 2029's figures)
    assert ("重点工程项目", 25.0) in [(r.indicator, r.value) for r in summary.results]


def test_thresholds_said_in_either_currency_describe_what_follows() -> None:
    body = "全年招引总投资超20亿元或3亿美元产业项目3个、首店项目25个。"
    assert targets(body) == [("产业项目", 3.0, "个", ""), ("首店项目", 25.0, "个", "")]


def test_a_level_striven_for_after_a_growth_is_the_same_figures() -> None:
    assert targets("一般公共预算收入增长8%、力争完成45亿元。") == [
        ("一般公共预算收入", 8.0, "%", ""), ("一般公共预算收入", 45.0, "亿元", "")]


def test_a_quarters_end_and_what_is_already_done_look_back_on_a_news_page() -> None:
    text = (
        "某省一季度项目建设综述\n全区2030年计划实施亿元以上项目2900个,年度计划完成建设投资8800亿元。"
        "一季度末,全区已开复工重大项目2500个,开复工率86.2%;已完成建设投资1800亿元,同比增长21.5%,"
        "完成了年度建设投资任务的20%。\n"
    )
    summary = summarize(text, engine="rules")[0]
    # the year's project list, told with the progress against it, is the progress report's (as
    # LABELLING's example labels 重大建设项目1171个): results, not the year's targets
    assert summary.targets == []
    assert [(r.indicator, r.value, r.change) for r in summary.results] == [
        ("亿元以上项目", 2900.0, None), ("建设投资", 8800.0, None),
        ("开复工重大项目", 2500.0, None), ("开复工率", 86.2, None), ("建设投资", 1800.0, 21.5), ("投资任务", 20.0, None)]


def test_the_field_a_count_is_counted_in_is_no_figure() -> None:
    assert [value for _, value, _, _ in results("国家开展的18个试点项目中某省入围11个。")] == [11.0]
    assert results("新建幼儿园12所、中小学6所。") == [("幼儿园", 12.0, "所", None), ("中小学", 6.0, "所", None)]


def test_a_listed_name_with_a_conjunction_keeps_its_own_figure() -> None:
    # 分别: one figure each, 半导体及集成电路 one of the listed names (not 半导体 and 集成电路)
    body = "光伏、半导体及集成电路产业链产值分别突破900亿元和600亿元。"
    assert targets(body) == [("光伏产业链产值", 900.0, "亿元", "以上"), ("半导体及集成电路产业链产值", 600.0, "亿元", "以上")]
    # a plan-period target after the year's is the same figure's
    assert targets("单位生产总值能耗下降2.5%,力争“十四五”以来累计降低10%左右。") == [
        ("单位生产总值能耗", 2.5, "%", ""), ("单位生产总值能耗累计", 10.0, "%", "左右")]


def test_a_name_put_in_another_order_keeps_the_quotes_characters() -> None:
    # 完成重點項目投資 is named <projects>完成投資 (LABELLING), in the page's own characters
    assert results("全年完成重點項目投資860億元。") == [("重點項目完成投資", 860.0, "億元", None)]


def test_a_figure_of_the_other_period_in_a_sentence_is_no_item() -> None:
    # LABELLING: numbers in a plan passage that describe the past, and vice versa, are not items
    assert targets("去年新建5G基站800座,今年新建5G基站1000座。") == [("5G基站", 1000.0, "座", "")]
    assert results("全年新增市场主体5000户,明年力争新增6000户。") == [("市场主体", 5000.0, "户", None)]
    # a review's 争取 and 确保 are no plan
    assert results("积极争取上级资金28亿元,确保粮食产量稳定在20万吨。") == [
        ("上级资金", 28.0, "亿元", None),
        ("粮食产量", 20.0, "万吨", None),
    ]


def test_the_year_so_far_is_a_review() -> None:
    text = "某某市经济运行情况\n发布时间:2023-11-20\n今年以来,全市地区生产总值增长5.2%,新增市场主体1.5万户。\n"
    doc = load(text)
    out = ground_notes(extract_notes(doc), doc, start=doc.start, end=doc.end, default_year=doc.plan_year)
    assert out.targets == []
    assert [(r.indicator, r.value, r.change) for r in out.results] == [("地区生产总值", None, 5.2), ("市场主体", 1.5, None)]


def test_a_plan_reports_execution_is_its_review_and_its_draft_its_plan() -> None:
    text = (
        "关于某某区2023年国民经济和社会发展计划执行情况及2024年计划草案的报告\n"
        "一、2023年国民经济和社会发展计划执行情况\n全区完成固定资产投资86亿元,增长7.5%。\n"
        "二、2024年国民经济和社会发展计划草案\n全区固定资产投资增长8%以上,新开工项目40个。\n"
    )
    doc = load(text)
    assert (doc.region, doc.year) == ("某某区", 2024)
    out = ground_notes(extract_notes(doc), doc, start=doc.start, end=doc.end, default_year=doc.plan_year)
    assert [(r.indicator, r.value, r.change) for r in out.results] == [("固定资产投资", 86.0, 7.5)]
    assert [(t.indicator, t.value, t.year) for t in out.targets] == [("固定资产投资", 8.0, 2024), ("新开工项目", 40.0, 2024)]


@pytest.mark.parametrize(
    "name",
    ["city-reports-2023.txt", "jiaojiang-drc-2022.txt", "wenzhou-drc-2023-h1.txt", "wenzhou-etdz-2021.txt",
     "wenzhou-investment-news-2025.txt"],
)  # fmt: skip
def test_every_note_of_the_rules_grounds_on_the_corpus(name: str) -> None:
    for summary in summarize(CORPUS / name, engine="rules"):
        assert summary.warnings == []  # the rules and grounding read every quote alike


# -- 7. where the year's targets stand, and a page that says them twice ---------------------------


def test_the_years_targets_said_before_the_plan_section_are_targets() -> None:
    text = (
        "今年全县经济社会发展主要预期目标是:全县地区生产总值增长7%左右,固定资产投资增长9%左右。\n"
        "三、2024年主要工作安排\n(一)抓项目。新建标准厂房5万平方米。\n"
    )
    out = _findings(text)
    assert out.results == []
    assert [(t.indicator, t.value, t.headline) for t in out.targets] == [
        ("地区生产总值", 7.0, True),
        ("固定资产投资", 9.0, True),
        ("标准厂房", 5.0, False),
    ]


def test_a_page_that_says_the_targets_twice_quotes_the_passage_it_reads() -> None:
    passage = "今年主要预期目标是:地区生产总值增长6%左右;城镇新增就业3万人以上。"
    text = f"某市新闻\n{passage}\n{passage[:-1]};粮食产量稳定在50万吨。\n"
    out = _findings(text)
    second = text.rindex(passage[:-1])
    heads = [t for t in out.targets if t.headline]
    assert [(t.indicator, t.value) for t in heads] == [("地区生产总值", 6.0), ("城镇新增就业", 3.0), ("粮食产量", 50.0)]
    assert all(t.evidence.start > second for t in heads)  # all in the passage read, none before it


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 经济 alone names nothing: the verb stays (LABELLING: 经济增长)
        ("某县将经济增长目标设为6.5%以上。", [("经济增长", 6.5, "%", "以上")]),
        ("经济增长预期目标为5%左右。", [("经济增长", 5.0, "%", "左右")]),
    ],
)  # fmt: skip
def test_economic_growth_keeps_its_verb(body: str, expected: list[tuple[object, ...]]) -> None:
    assert targets(body) == expected


def test_a_subject_and_an_adverb_before_the_verb_name_nothing() -> None:
    assert results("某山预计实现地区生产总值420亿元、比上年增长5%。") == [("地区生产总值", 420.0, "亿元", 5.0)]


# -- 8. units, separators and words of more pages --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("城鎮新增就業1,350萬人以上,糧食產量1.3兆斤左右。", [("城鎮新增就業", 1350.0, "萬人", "以上"), ("糧食產量", 1.3, "兆斤", "左右")]),
        # ﹔ (a small semicolon) ends a clause like ；
        ("居民收入增長與經濟增長同步﹔糧食總產量保持在9.8萬噸以上。", [("糧食總產量", 9.8, "萬噸", "以上")]),
        # what a list of examples stands for (…等道路), not the examples
        ("建成滨江大道、环城北路等道路12条。", [("道路", 12.0, "条", "")]),
        # a list's header is no figure (重点抓好6方面工作)
        ("重点抓好6方面工作,新建口袋公园15个。", [("口袋公园", 15.0, "个", "")]),
    ],
)  # fmt: skip
def test_plan_words_of_more_pages(body: str, expected: list[tuple[object, ...]]) -> None:
    assert targets(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("机场起降航班5200架次,举办文化演出60场次,查获毒品12公斤。",
         [("机场起降航班", 5200.0, "架次", None), ("文化演出", 60.0, "场次", None), ("查获毒品", 12.0, "公斤", None)]),
        # the field compared among is no figure (在全省80个县中)
        ("生产总值总量在全省80个县中继续排名第一。", []),
        # a number in a name (3人制), a duration before a slogan
        ("建成3人制篮球场8个,实现24小时“不打烊”。", [("3人制篮球场", 8.0, "个", None)]),
        # an adverb and a verb before the name, a time after the count, a verb the counted things do
        ("依法公开各类政府信息3200条,15个项目一年内投产,吸引90家企业参展。",
         [("政府信息", 3200.0, "条", None), ("项目", 15.0, "个", None), ("企业", 90.0, "家", None)]),
        # 增长贡献率 is one noun
        ("对全市工业增长贡献率超过25%。", [("对全市工业增长贡献率", 25.0, "%", None)]),
    ],
)  # fmt: skip
def test_review_words_of_more_pages(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a number with 的 and a task, goal or plan after it is the value of that
        ("继续推进老旧小区改造,完成1200户的改造任务。", [("改造", 1200.0, "户", "")]),
        ("确保顺利完成85亿元的年度投资计划。", [("年度投资", 85.0, "亿元", "")]),
        ("完成5.2亿元政府债务化解目标。", [("政府债务化解", 5.2, "亿元", "")]),
        # …but a share of what follows is still no figure of its own
        ("推动60%的村实现集体经济增收。", []),
    ],
)  # fmt: skip
def test_a_goal_after_its_number_names_it(body: str, expected: list[tuple[object, ...]]) -> None:
    assert targets(body) == expected


def test_a_level_with_its_qualifying_words_after_it() -> None:
    assert results("城镇登记失业率控制在3.2%的较低水平。") == [("城镇登记失业率", 3.2, "%", None)]


# -- 9. lists, pairs and increments --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # one change after 分别 for a list of levels said with 分别: each level's
        ("城镇和农村居民人均可支配收入分别达42100元、23800元,分别增长6.1%。",
         [("城镇居民人均可支配收入", 42100.0, "元", 6.1), ("农村居民人均可支配收入", 23800.0, "元", 6.1)]),
        ("工业和服务业增加值达到120亿元、260亿元,均增长5%。",
         [("工业增加值", 120.0, "亿元", 5.0), ("服务业增加值", 260.0, "亿元", 5.0)]),
        # a word that pairs two names (存贷, 存、贷)
        ("金融机构存贷款余额达到650亿元、420亿元,分别增长9%、7.5%。",
         [("金融机构存款余额", 650.0, "亿元", 9.0), ("金融机构贷款余额", 420.0, "亿元", 7.5)]),
        ("金融机构存、贷款余额分别增长6.2%、10.4%。",
         [("金融机构存款余额", None, "", 6.2), ("金融机构贷款余额", None, "", 10.4)]),
        # an increment takes no change; it is the level's 净增
        ("全县生产总值达到326亿元,净增40.2亿元,增长8.1%。",
         [("生产总值", 326.0, "亿元", 8.1), ("生产总值净增", 40.2, "亿元", None)]),
        # a figure of the years before, in a condition, is no item (LABELLING_NOTES 66)
        ("油料产量在连续两年每年增产5万多吨的基础上,新建高标准农田2万亩。", [("高标准农田", 2.0, "万亩", None)]),
        # and the increment after it is the subject's (LABELLING_NOTES 66)
        ("油料产量在连续两年每年增产5万多吨的基础上,再增产12万吨,达到310万吨。",
         [("油料产量增产", 12.0, "万吨", None), ("油料产量", 310.0, "万吨", None)]),
        # 增产 is an increment too; the level reached after it is the figure's own
        ("全省油料产量增产12万吨,达到310万吨。",
         [("油料产量增产", 12.0, "万吨", None), ("油料产量", 310.0, "万吨", None)]),
        # (the same measure in another magnitude)
        ("全省粮食产量增产2600万斤,达到16.3亿斤。",
         [("粮食产量增产", 2600.0, "万斤", None), ("粮食产量", 16.3, "亿斤", None)]),
    ],
)  # fmt: skip
def test_lists_pairs_and_increments_in_a_review(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


def test_a_figure_over_the_plan_is_named_by_its_level_and_the_plan() -> None:
    body = "市重点项目投资 420 亿元、超年度计划目标 8.5%。"
    assert targets(body) == [("市重点项目投资", 420.0, "亿元", ""), ("市重点项目投资超年度计划目标", 8.5, "%", "")]


def test_numbered_sectors_are_one_name_each() -> None:
    assert targets("一二三产增加值分别增长3%、5.5%、6%左右。") == [
        ("一产增加值", 3.0, "%", "左右"),
        ("二产增加值", 5.5, "%", "左右"),
        ("三产增加值", 6.0, "%", "左右"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a milestone alone is the level (以上); said with the exact level, it is none
        ("全市机场旅客吞吐量突破300万大关。", [("机场旅客吞吐量", 300.0, "万", None)]),
        ("生产总值突破600亿元大关,达到615亿元。", [("生产总值", 615.0, "亿元", None)]),
        ("生产总值达到615亿元,首次突破600亿元大关。", [("生产总值", 615.0, "亿元", None)]),
    ],
)  # fmt: skip
def test_a_milestone_is_a_level_only_alone(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


def test_a_threshold_inside_a_counted_name_is_no_count() -> None:
    assert targets("改造超120个30户以上连片村寨供水管网。") == [("连片村寨供水管网", 120.0, "个", "以上")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a comparison after a growth compares growth rates
        ("全年生产总值增长6.1%,高于全省0.9个百分点。",
         [("生产总值", None, "", 6.1), ("生产总值增速高于全省", 0.9, "个百分点", None)]),
        # last year's target recalled in a review is no result (its own: 优良天数超省定目标5天 is)
        ("固定资产投资增长9.2%(预期目标为10%以上),优良天数超省定目标5天。",
         [("固定资产投资", None, "", 9.2), ("优良天数超省定目标", 5.0, "天", None)]),
        # growth written as in Hong Kong and Taiwan
        ("本地生產總值按年增長4.1%,出口成長7%,高成长型企业12家。",
         [("本地生產總值", None, "", 4.1), ("出口", None, "", 7.0), ("高成长型企业", 12.0, "家", None)]),
    ],
)  # fmt: skip
def test_comparisons_recalled_targets_and_growth_words(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


def test_a_traditional_character_with_a_variant_form_is_read_and_quoted() -> None:
    assert targets("在線培訓基層衛生技術人員1200人以上。") == [("在線培訓基層衛生技術人員", 1200.0, "人", "以上")]


@pytest.mark.parametrize("so_far", ["今年1-6月", "今年上半年", "今年前8个月", "今年一季度"])
def test_the_year_so_far_said_with_its_months_is_a_review(so_far: str) -> None:
    text = f"某某市经济运行\n发布时间:2023-08-20\n{so_far},全市地区生产总值增长5.2%。下半年,力争新增市场主体3000户。\n"
    doc = load(text)
    out = ground_notes(extract_notes(doc), doc, start=doc.start, end=doc.end, default_year=doc.plan_year)
    assert [(r.indicator, r.change) for r in out.results] == [("地区生产总值", 5.2)]
    assert [(t.indicator, t.value) for t in out.targets] == [("市场主体", 3000.0)]


def test_a_news_page_in_traditional_characters_with_its_own_number_forms() -> None:
    text = (
        "今年發展主要預期目標是:國內生產總值增長5%左右;城鎮新增就業1,100萬人以上;經濟增長6 . 5%左右。\n"
        "報告指出,去年國內生產總值達126兆元,年增5.2%;居民消費價格指數上漲0.3%。\n"
    )
    doc = load(text)
    out = ground_notes(extract_notes(doc), doc, start=doc.start, end=doc.end, default_year=doc.plan_year)
    assert [(t.indicator, t.value, t.unit, t.qualifier) for t in out.targets] == [
        ("國內生產總值", 5.0, "%", "左右"),
        ("城鎮新增就業", 1100.0, "萬人", "以上"),  # 1,100: one number, not 1 and 100
        ("經濟增長", 6.5, "%", "左右"),  # 6 . 5: spaces around the point
    ]
    assert [(r.indicator, r.value, r.unit, r.change) for r in out.results] == [
        ("國內生產總值", 126.0, "兆元", 5.2),  # 年增 is a growth, 去年 no part of the name
        ("居民消費價格指數", None, "", 0.3),
    ]


def test_an_excerpt_that_only_says_what_the_report_proposes_is_a_plan() -> None:
    text = "某某市两会观察\n报告提出,全市地区生产总值增长6%左右,新增城镇就业3万人。\n"
    doc = load(text)
    out = ground_notes(extract_notes(doc), doc, start=doc.start, end=doc.end, default_year=doc.plan_year)
    assert out.results == []
    assert [(t.indicator, t.value) for t in out.targets] == [("地区生产总值", 6.0), ("新增城镇就业", 3.0)]


def test_a_target_recalled_in_brackets_leaves_a_review_a_review() -> None:
    text = "某某县经济运行\n去年,全县固定资产投资增长12.1%(预期目标为10%以上),新增市场主体2000户。\n"
    doc = load(text)
    out = ground_notes(extract_notes(doc), doc, start=doc.start, end=doc.end, default_year=doc.plan_year)
    assert out.targets == []
    assert [(r.indicator, r.value, r.change) for r in out.results] == [("固定资产投资", None, 12.1), ("市场主体", 2000.0, None)]


# -- 10. a plan report's review recalls last year's targets --------------------------------------

_PLAN_REPORT = (
    "关于某某县2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告\n"
    "一、2024年经济社会发展情况\n"
    "2024年,县人代会确定的主要预期目标为:地区生产总值增长7%,固定资产投资增长8%。预计全年地区生产总值"
    "增长6.5%,固定资产投资增长9.2%。年初确定的目标为新增市场主体3000户,全年实际新增3560户。\n"
    "二、2025年主要目标和重点任务\n"
    "2025年主要预期目标是:地区生产总值增长6%左右,固定资产投资增长7%。\n"
)


@pytest.mark.parametrize("text", [_PLAN_REPORT, _PLAN_REPORT.replace("计划执行情况与", "计划的执行情况与")])
def test_targets_recalled_in_a_review_are_neither_targets_nor_results(text: str) -> None:
    doc = load(text)
    assert doc.plan_year == 2025
    out = ground_notes(extract_notes(doc), doc, start=doc.start, end=doc.end, default_year=doc.plan_year)
    assert [(t.indicator, t.value, t.headline) for t in out.targets] == [
        ("地区生产总值", 6.0, True),
        ("固定资产投资", 7.0, True),
    ]
    assert [(r.indicator, r.value, r.change) for r in out.results] == [
        ("地区生产总值", None, 6.5),
        ("固定资产投资", None, 9.2),
        ("市场主体", 3560.0, None),
    ]


def test_an_excerpt_of_a_plan_reports_review_is_all_review() -> None:
    text = (
        "2024年国民经济和社会发展计划的执行情况\n2024年,全县主要预期目标为:地区生产总值增长7%,固定资产投资增长8%。"
        "预计全年地区生产总值增长6.5%,社会消费品零售总额增长5.1%。\n"
    )
    doc = load(text)
    out = ground_notes(extract_notes(doc), doc, start=doc.start, end=doc.end, default_year=doc.plan_year)
    assert out.targets == []
    assert [(r.indicator, r.change) for r in out.results] == [("地区生产总值", 6.5), ("社会消费品零售总额", 5.1)]


# -- 11. news pages about a report, and lists of 民生实事 ------------------------------------------


def test_a_news_items_words_around_the_reports_are_no_name() -> None:
    body = (
        "某某市将致力于实现地区生产总值增长5%左右,并努力争取更好结果。同时,一般公共预算收入也将力争增长4%左右。"
        "某某市政府将城镇调查失业率控制在5%以内作为重要目标,并提出力争规上工业增加值增长6%以上。"
    )
    assert [(name, value) for name, value, _, _ in targets(body)] == [
        ("地区生产总值", 5.0),
        ("一般公共预算收入", 4.0),
        ("城镇调查失业率", 5.0),
        ("规上工业增加值", 6.0),
    ]


def test_a_year_that_names_what_follows_is_no_time_cue() -> None:
    # 完工2024年9个续建项目: the projects carried over from 2024, to finish in the plan year
    doc = load(
        "2025年3月1日,某山区发布重点民生实事。从2024年9月开始征集,票决产生10件实事。2025年的10件实事由各单位实施。\n"
        "即实施老旧小区改造,完工2024年9个续建老旧小区改造项目,新开工5个老旧小区改造项目。\n"
    )
    out = ground_notes(extract_notes(doc), doc, start=doc.start, end=doc.end, default_year=doc.plan_year)
    assert [(t.indicator, t.value) for t in out.targets] == [("续建老旧小区改造项目", 9.0), ("老旧小区改造项目", 5.0)]
    assert out.results == []


def test_the_make_up_of_a_list_of_practical_matters_is_no_target() -> None:
    # the list's own composition: its categories, its items per category, who takes part
    body = (
        "今年的10件民生实事共26家单位参与,分为5大类16项,年度投资计划9.8亿元。\n"
        "一、教育惠民工程(项目4个,其中基建工程类3个、“小而美”事项类1个)。主要是新建幼儿园12所、中小学6所。\n"
        "8.*建成15个“10 分钟就业服务圈”社区就业驿站\n"
    )
    assert [(name, value, unit) for name, value, unit, _ in targets(body)] == [
        ("投资计划", 9.8, "亿元"),
        ("幼儿园", 12.0, "所"),
        ("中小学", 6.0, "所"),
        ("“10 分钟就业服务圈”社区就业驿站", 15.0, "个"),
    ]


def test_counts_of_things_done_to_and_people_reached_are_targets() -> None:
    body = (
        "对12个交通拥堵点开展“微改造”。改造老旧小区30个,惠及不少于8000个家庭。"
        "加强对50户重点企业监测调度。建成3条风貌带,惠及沿线12个镇街。"
    )
    assert [(name, value) for name, value, _, _ in targets(body)] == [
        ("交通拥堵点", 12.0),
        ("老旧小区", 30.0),
        ("家庭", 8000.0),
        ("风貌带", 3.0),
    ]


def test_a_count_of_people_served_is_named_by_the_service() -> None:
    body = (
        "为不少于1.5万名困难妇女提供免费两癌检查。为全县3万名35-64岁妇女免费做宫颈癌筛查、"
        "为全县2万名35-64岁妇女免费做乳腺癌筛查。对全市8000名学生实施“营养餐计划”。"
        "为8000名新入学、未接种过疫苗的女生提供疫苗免费接种。"
    )
    assert [(name, value, unit) for name, value, unit, _ in targets(body)] == [
        ("免费两癌检查", 1.5, "万名"),
        ("宫颈癌筛查", 3.0, "万名"),
        ("乳腺癌筛查", 2.0, "万名"),
        ("“营养餐计划”", 8000.0, "名"),
        ("疫苗免费接种", 8000.0, "名"),
    ]


def test_a_list_ends_at_deng_and_cheng_xiang_pairs_with_a_pause() -> None:
    body = "包括预期今年GDP增长6%,进出口总额增长2%等。城、乡居民人均可支配收入分别增长6%、7%。"
    assert [(name, value) for name, value, _, _ in targets(body)] == [
        ("GDP", 6.0),
        ("进出口总额", 2.0),
        ("城镇居民人均可支配收入", 6.0),
        ("农村居民人均可支配收入", 7.0),
    ]


def test_names_the_verbs_and_clauses_around_a_number_give() -> None:
    body = (
        "全年地区生产总值突破千亿,增长9%左右。某汽车城新增1.2万亩城镇开发边界。农村产权交易中心完成交易金额2.5亿元。"
        "重点项目完成投资80亿元。某某项目从签约到开工用时45天。年产2亿枚蛋鸡场、年出栏5万只肉鸭的养殖场建成投产。"
    )
    assert results(body) == [
        ("地区生产总值", None, "", 9.0),
        ("城镇开发边界", 1.2, "万亩", None),
        ("农村产权交易中心交易金额", 2.5, "亿元", None),
        ("重点项目完成投资", 80.0, "亿元", None),
    ]


def test_a_target_in_quotes_a_goal_word_and_how_often_each_is_served() -> None:
    body = (
        "报告将“生产总值增长5%左右”列入预期目标。新增就业目标1100万。"
        "每学年为5万余名中小学生开展1次心理健康测评。打造“双30”品牌。"
    )
    assert [(name, value, unit) for name, value, unit, _ in targets(body)] == [
        ("生产总值", 5.0, "%"),
        ("新增就业", 1100.0, "万"),
        ("心理健康测评", 5.0, "万名"),
    ]


def test_a_place_and_adverbs_around_an_indicator_are_no_part_of_its_name() -> None:
    body = (
        "浙江服务业增加值增长5%左右,2023年广东地区生产总值增长4%。民间投资逆势增长2.7%。"
        "城镇调查失业率平均为5.2%。粮食产量连续13年稳定在430亿斤以上。全市生产总值达人民币5.6万亿元。"
        "本外币存、贷款余额双双突破6万亿元。"
    )
    assert [(name, value, change) for name, value, _, change in results(body)] == [
        ("服务业增加值", None, 5.0),
        ("地区生产总值", None, 4.0),
        ("民间投资", None, 2.7),
        ("城镇调查失业率", 5.2, None),
        ("粮食产量", 430.0, None),
        ("生产总值", 5.6, None),
        ("本外币存款余额", 6.0, None),
        ("本外币贷款余额", 6.0, None),
    ]


def test_milestones_captions_attendance_and_speeds_are_no_results() -> None:
    body = (
        "工业增加值突破1万亿元、达1.19万亿元。图为某某大桥主塔突破300米。近2900名代表出席开幕式。"
        "成为全国首个全部设区市通时速350公里高铁的省份。具体抓好9个方面工作。"
    )
    assert results(body) == [("工业增加值", 1.19, "万亿元", None)]


def test_pages_in_other_styles_say_changes_and_levels_so() -> None:
    body = (
        "出口總額超4000億元人民幣,增長8%。去年本市GDP錄得3.2%增長。全年旅客吞吐量達到1200萬人次,按年上升12%。"
        "失業率維持在3%的低水平。全年工业增加值实现了5.5%的增长。"
    )
    assert results(body) == [
        ("出口總額", 4000.0, "億元", 8.0),
        ("GDP", None, "", 3.2),
        ("旅客吞吐量", 1200.0, "萬人次", 12.0),
        ("失業率", 3.0, "%", None),
        ("工业增加值", None, "", 5.5),
    ]
    quotes = [r.evidence.text for r in _findings(REVIEW + body + "\n").results]
    assert "GDP錄得3.2%增長" in quotes[1] and quotes[4].endswith("5.5%的增长")


def test_a_measure_shares_its_object_and_a_count_keeps_its_threshold() -> None:
    body = (
        "新建(改扩建)公办幼儿园8所。招引亿元以上项目50个、10亿元以上项目8个。"
        "新建高标准农田3万亩,改造提升2万亩。新建5万亩、改造提升6万亩旱作农田。"
    )
    assert [(name, value) for name, value, _, _ in targets(body)] == [
        ("公办幼儿园", 8.0),
        ("亿元以上项目", 50.0),
        ("10亿元以上项目", 8.0),  # (the threshold in digits is part of the name too)
        ("高标准农田", 3.0),
        ("改造提升高标准农田", 2.0),
        ("新建旱作农田", 5.0),
        ("旱作农田", 6.0),
    ]


def test_a_rate_of_completion_is_its_levels_and_a_change_after_it_is_the_level_s() -> None:
    body = (
        "一般公共预算收入完成15.8亿元,为年度预算的102.3%,同比增长8.1%。"
        "新增就业6435人,失业人员再就业1755人,分别完成目标任务的117%。"
        "工业、服务业增加值增速分别高于全省2.7、2.3个百分点。"
    )
    assert results(body) == [
        ("一般公共预算收入", 15.8, "亿元", 8.1),
        ("一般公共预算收入年度预算完成率", 102.3, "%", None),
        ("新增就业", 6435.0, "人", None),
        ("失业人员再就业", 1755.0, "人", None),
        ("新增就业目标任务完成率", 117.0, "%", None),
        ("失业人员再就业目标任务完成率", 117.0, "%", None),
        ("工业增加值增速高于全省", 2.7, "个百分点", None),
        ("服务业增加值增速高于全省", 2.3, "个百分点", None),
    ]


def test_a_per_capita_figure_is_not_each_of_a_pair() -> None:
    # 人均 holds 均 but says "per person", not "each of them"
    assert [name for name, *_ in targets("城乡居民人均可支配收入增长7%。")] == ["城乡居民人均可支配收入"]


def test_a_milestone_of_a_later_period_and_a_figure_under_a_condition() -> None:
    body = (
        "1—11月规上工业总产值超4500亿元、增长38%,预计全年首次突破5000亿元大关。"
        "地区生产总值达到556.4亿元,首次突破500亿元大关。在新增减税降费18.2亿元的基础上,税收收入达146.5亿元。"
    )
    assert results(body) == [
        ("规上工业总产值", 4500.0, "亿元", 38.0),
        ("规上工业总产值", 5000.0, "亿元", None),
        ("地区生产总值", 556.4, "亿元", None),
        ("减税降费", 18.2, "亿元", None),
        ("税收收入", 146.5, "亿元", None),
    ]


def test_rate_words_of_taiwan_and_hong_kong_pages_and_a_change_of_a_rate() -> None:
    body = (
        "全年地區生產總值達5.67兆元,年增率5.4%。固定資產投資按年下跌3.1%。"
        "全年GDP增長率達6.1%,增速較上年提高0.7個百分點。"
    )
    assert results(body) == [
        ("地區生產總值", 5.67, "兆元", 5.4),
        ("固定資產投資", None, "", 3.1),
        ("GDP", None, "", 6.1),
        ("GDP增速", None, "", 0.7),
    ]
    directions = [r.direction for r in _findings(REVIEW + body + "\n").results]
    assert directions[1] == "decrease"


# -- 9. a lead before the name, one change for a list, two values of a paired name ---------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the subject and the goal words said before the name are no part of it
        ("某市今年主要预期目标是2024年地区生产总值增长5.5%左右。", [("地区生产总值", 5.5, "%", "左右")]),
        ("2024年某县的主要预期目标是生产总值增长6%。", [("生产总值", 6.0, "%", "")]),
        ("会议提出,某区今年经济社会发展主要目标包括地区生产总值增长6.5%。", [("地区生产总值", 6.5, "%", "")]),
        ("会议提出,今年的目标是经济增长达到5%至5.5%,生产总值突破3万亿。",
         [("经济增长", 5.0, "%", ""), ("生产总值", 3.0, "万亿", "以上")]),
        # a place and a time before a table indicator
        ("同时杭州将2024年GDP增长目标定在5.5%以上。", [("GDP", 5.5, "%", "以上")]),
        # one change after 分别 is each listed indicator's
        ("规模以上工业增加值、固定资产投资、社会消费品零售总额、外贸进出口总额分别增长6%。",
         [("规模以上工业增加值", 6.0, "%", ""), ("固定资产投资", 6.0, "%", ""),
          ("社会消费品零售总额", 6.0, "%", ""), ("外贸进出口总额", 6.0, "%", "")]),
    ],
)  # fmt: skip
def test_leads_before_a_name_and_a_change_shared_by_a_list(body: str, expected: list[tuple[object, ...]]) -> None:
    assert targets(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("粮油产量分别稳定在20万吨、3.1万吨。", [("粮食产量", 20.0, "万吨", None), ("油料产量", 3.1, "万吨", None)]),
        ("某县茶叶、板栗、猕猴桃品牌价值分别达8.5、6.2、4.9亿元。",
         [("某县茶叶品牌价值", 8.5, "亿元", None), ("板栗品牌价值", 6.2, "亿元", None), ("猕猴桃品牌价值", 4.9, "亿元", None)]),
        ("规模以上工业增加值、固定资产投资分别增长4%。",
         [("规模以上工业增加值", None, "", 4.0), ("固定资产投资", None, "", 4.0)]),
        # names that end alike and start with a verb's word: 开工率 is a name, not 开工 and 率
        ("开工率、竣工率、达产率分别达96%、81%、90%。",
         [("开工率", 96.0, "%", None), ("竣工率", 81.0, "%", None), ("达产率", 90.0, "%", None)]),
        ("完成率、合格率分别为97%、99%。", [("完成率", 97.0, "%", None), ("合格率", 99.0, "%", None)]),
        ("新建、改扩建幼儿园分别为4所、6所。", [("新建幼儿园", 4.0, "所", None), ("改扩建幼儿园", 6.0, "所", None)]),
    ],
)  # fmt: skip
def test_values_of_a_paired_or_listed_name(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


# -- 10. counts and measures of works, and the scopes and attributes around them -----------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("在12个村(社区)铺设供水管网5公里并安装节能路灯800盏,惠及12个村(社区)。",
         [("供水管网", 5.0, "公里", ""), ("节能路灯", 800.0, "盏", "")]),
        ("开展200堂家庭教育讲座,铺设雨水管网420米及配套设施。",
         [("家庭教育讲座", 200.0, "堂", ""), ("雨水管网", 420.0, "米", "")]),
        # the length of a project named before is its attribute
        ("新建滨河路燃气主管道,全长约3.2公里,新增用气居民2万户。", [("用气居民", 2.0, "万户", "")]),
        # a clause on what is counted comes before what it is
        ("对300户符合条件的独居老人家庭进行安全改造。", [("独居老人家庭", 300.0, "户", "")]),
        ("承接150项需省里继续保障实施的审批事项。", [("审批事项", 150.0, "项", "")]),
    ],
)  # fmt: skip
def test_counts_of_works_without_their_scopes_and_attributes(body: str, expected: list[tuple[object, ...]]) -> None:
    assert targets(body) == expected


def test_a_pinyin_reading_left_with_a_space_is_no_part_of_a_name() -> None:
    body = "全社會(huì )固定資產(chǎn)投資增長(cháng)8%以上,地區生產總值(GDP)增長5%。"
    assert targets(body) == [("全社會固定資產投資", 8.0, "%", "以上"), ("地區生產總值", 5.0, "%", "")]  # (the abbreviation in brackets is no part of it)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a total after a clause that names it without a number is that figure's
        ("税收收入实现较快增长,其中:总量18.6亿元,增长9.2%。", [("税收收入", 18.6, "亿元", 9.2)]),
        # a level passed, said after the growth of the figure: one result
        ("全年地区生产总值增长5.1%,迈上3000亿元新台阶。", [("地区生产总值", 3000.0, "亿元", 5.1)]),
        # or passed with a bound, which is a verb there (but a clause with its own subject is its own)
        ("全年生产总值增长5.5%左右、突破4800亿元。", [("生产总值", 4800.0, "亿元", 5.5)]),
        ("全年生產總值增長5.5%,首次超過4800億元。", [("生產總值", 4800.0, "億元", 5.5)]),
        ("生产总值增长5.5%,税收收入突破300亿元。", [("生产总值", None, "", 5.5), ("税收收入", 300.0, "亿元", None)]),
        # <projects>完成投资 (LABELLING)
        ("全年完成市重点项目投资260亿元。", [("市重点项目完成投资", 260.0, "亿元", None)]),
        # an average over the years before, after a growth, is that figure's (LABELLING_NOTES 65)
        ("全市生产总值增长6.8%,两年平均增长5.1%。",
         [("生产总值", None, "", 6.8), ("生产总值两年平均", None, "", 5.1)]),
        # an adverb before 完成 is no part of it; a share of the goal is named as written
        ("21个市重点项目累计完成投资90亿元,占年度目标的108%。",
         [("市重点项目", 21.0, "个", None), ("市重点项目完成投资", 90.0, "亿元", None),
          ("市重点项目完成投资占年度目标", 108.0, "%", None)]),
    ],
)  # fmt: skip
def test_results_named_before_their_words(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a count, 的 and the thing counted; 人口 after a count of ten thousands is what it counts
        ("更换老旧小区25处的供水管道,保障6万人口的用水安全。", [("供水管道", 25.0, "处", ""), ("人口", 6.0, "万", "")]),
        # a count of key tasks carried out is a policy package (LABELLING_NOTES 55)
        ("推动全区16项重点工作落实,新建口袋公园9个。", [("口袋公园", 9.0, "个", "")]),
    ],
)  # fmt: skip
def test_counts_said_with_de_and_packages_of_tasks(body: str, expected: list[tuple[object, ...]]) -> None:
    assert targets(body) == expected


def test_a_hard_wrapped_page_with_letter_spaced_words_gives_each_name_its_change() -> None:
    lines = [  # a PDF's text, cut into lines of one width, some words letter-spaced
        "全区上下坚持稳中求进工作总基调,统筹发展和安全,",
        "扎实做好各项工作,较好完成了区人大会议确定的目",
        "标任务,经济社会发展取得新成效,人民群众获得感",
        "持续增强。一年来,全区经济稳中有进、质效双升。全年",
        "地区生产总值、规模工业增加值、社会消费品零售总额、",
        "城镇居民人均可支配收入和农村居民 人 均可 支 配收",
        "入,预 计 分别 增 长 6.1% 、5.2% 、4.3% 、5.5% 和",
        "7.2%;新登记市场主体 1860 户,增长9.5%;全区社会",
        "大局和谐稳定,群众获得感持续增强,各项改革扎实推",
        "进,营商环境不断优化,发展活力竞相迸发。",
    ]
    assert results("\n".join(lines)) == [
        ("地区生产总值", None, "", 6.1),
        ("规模工业增加值", None, "", 5.2),
        ("社会消费品零售总额", None, "", 4.3),
        ("城镇居民人均可支配收入", None, "", 5.5),
        ("农村居民人均可支配收入", None, "", 7.2),
        ("市场主体", 1860.0, "户", 9.5),
    ]


def test_a_page_wrapped_in_a_proportional_font_joins_a_word_cut_at_a_line_end() -> None:
    lines = [  # lines of uneven length, most of them ending inside a sentence
        "经济运行稳中向好,综合实力再上新台阶。地区生产总值增长6.2%;固定资产投资增",
        "长9.5%;规模以上工业增加值增长7.1%;社会消费品零售总额增长8.3%;地方一般",
        "公共预算收入增长5.6%。较好完成了年度目标任务。民生事业全面进步,城乡居",
        "民收入稳步增长,社会大局和谐稳定,群众获得感持续增强,各项改革扎实推进,营",
        "商环境不断优化,发展活力竞相迸发,开放水平不断提升,对外合作持续深化,城乡",
        "面貌持续改善,生态环境质量稳中向好,公共服务水平不断提升,社会治理效能持",
        "续增强,政府自身建设全面加强,依法行政水平进一步提高,各项事业取得新进展,",
        "为全面建设社会主义现代化开好局、起好步奠定了坚实基础。",
    ]
    assert results("\n".join(lines)) == [
        ("地区生产总值", None, "", 6.2),
        ("固定资产投资", None, "", 9.5),
        ("规模以上工业增加值", None, "", 7.1),
        ("社会消费品零售总额", None, "", 8.3),
        ("地方一般公共预算收入", None, "", 5.6),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a share of a set achieved is named by what the set achieves; a threshold in it is no figure
        ("实现95%以上的行政村通客车。", [("行政村通客车", 95.0, "%", "以上")]),
        ("力争实现30%的村集体经营性收入超50万元。", [("村集体经营性收入", 30.0, "%", "")]),
        # but a change said after its rate is the change
        ("地区生产总值实现6%的增长。", [("地区生产总值", 6.0, "%", "")]),
    ],
)  # fmt: skip
def test_a_share_of_a_set_achieved(body: str, expected: list[tuple[object, ...]]) -> None:
    assert targets(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a level after a bare verb is named by the clause before (a milestone said in words)
        ("地区生产总值突破五百亿元大关,达512.6亿元,增长5.3%。", [("地区生产总值", 512.6, "亿元", 5.3)]),
        # a measure of a quota is a figure, a count of measures a package
        ("保障建设用地指标超1800亩,出台惠企政策措施26条。", [("保障建设用地指标", 1800.0, "亩", None)]),
        ("平台解析量超3亿次。", [("平台解析量", 3.0, "亿次", None)]),
    ],
)  # fmt: skip
def test_levels_named_by_a_clause_before_and_measures_of_quotas(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


def test_a_double_figure_is_each_listed_indicators() -> None:
    body = "城市污水处理率、生活垃圾无害化处理率达到“双100%”。"
    assert results(body) == [("城市污水处理率", 100.0, "%", None), ("生活垃圾无害化处理率", 100.0, "%", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("工业投资、技改投资分别同比增长12%。", [("工业投资", None, "", 12.0), ("技改投资", None, "", 12.0)]),
        ("进口、出口均比上年增长4%。", [("进口", None, "", 4.0), ("出口", None, "", 4.0)]),
        # a pair written as one word, with 均 or 分别 and one number: each side's (人均 is no 均)
        ("城乡常住居民人均可支配收入均增长6.5%左右。",
         [("城镇常住居民人均可支配收入", None, "", 6.5), ("农村常住居民人均可支配收入", None, "", 6.5)]),
        ("城乡居民人均可支配收入分别增长5.8%。",
         [("城镇居民人均可支配收入", None, "", 5.8), ("农村居民人均可支配收入", None, "", 5.8)]),
        ("本外币存贷款余额均增长9%。", [("本外币存款余额", None, "", 9.0), ("本外币贷款余额", None, "", 9.0)]),
        ("城乡居民人均可支配收入增长5.8%。", [("城乡居民人均可支配收入", None, "", 5.8)]),
        # the places a work covers are a scope, the people it covers a figure
        ("覆盖全县12个乡镇,覆盖群众2万人。", [("覆盖群众", 2.0, "万人", None)]),
    ],
)  # fmt: skip
def test_a_change_for_each_said_with_its_base_and_places_covered(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


def test_a_letter_spaced_page_is_read_and_quoted_as_written() -> None:
    text = PLAN + "地 区 生 产 总 值 增 长 5 . 5 % 左 右 , 城 镇 新 增 就 业 1 . 5 万 人 。\n"
    out = _findings(text)
    assert [(t.indicator, t.value, t.unit, t.qualifier) for t in out.targets] == [
        ("地区生产总值", 5.5, "%", "左右"),
        ("城镇新增就业", 1.5, "万人", ""),
    ]
    assert [t.evidence.text for t in out.targets] == ["地 区 生 产 总 值 增 长 5 . 5 % 左 右", "城 镇 新 增 就 业 1 . 5 万 人"]


def test_more_counting_words() -> None:
    assert targets("新打机井20口,发放宣传资料5000份,组建志愿服务队12组。") == [
        ("新打机井", 20.0, "口", ""),
        ("宣传资料", 5000.0, "份", ""),
        ("组建志愿服务队", 12.0, "组", ""),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a change said before the level it reaches, without a comma; lists of each, one to one
        ("全县生产总值增长8.6%达95.2亿元。", [("生产总值", 95.2, "亿元", 8.6)]),
        ("城乡居民人均可支配收入分别增长7%和9%,分别达41200元和15300元。",
         [("城镇居民人均可支配收入", 41200.0, "元", 7.0), ("农村居民人均可支配收入", 15300.0, "元", 9.0)]),
        # how a change was counted names nothing: the figure before's change, or another one of it
        ("完成财政总收入512.4亿元,按省口径计算增长9.1%。", [("财政总收入", 512.4, "亿元", 9.1)]),
        ("税收收入301亿元,增长2.2%,剔除减税政策因素,同口径增长10.5%。",
         [("税收收入", 301.0, "亿元", 2.2), ("税收收入", None, "", 10.5)]),
        ("生产总值剔除某矿关停等不可比因素增长6.4%。", [("生产总值", None, "", 6.4)]),
        ("规上工业增加值按可比价格计算增长5%。", [("规上工业增加值", None, "", 5.0)]),
        # from A to B: B is the figure, A where it started
        ("贫困发生率由8.2%降到3.1%,贫困村从120个减少到35个。", [("贫困发生率", 3.1, "%", None), ("贫困村", 35.0, "个", None)]),
        ("住院报销比例从不足55%提高到72%。", [("住院报销比例", 72.0, "%", None)]),
        # a change before its level, the measure said again (增长11.6%,实现增加值10.57亿元): one figure, the change's name
        ("制造业增加值增长11.6%,实现增加值10.57亿元。", [("制造业增加值", 10.57, "亿元", 11.6)]),
        # a change said with another period alone is of that period (一季度…增长5.4%,二季度增长5.2%)
        ("一季度全市生产总值同比增长5.4%,二季度增长5.2%,上半年增长5.3%。",
         [("一季度生产总值", None, "", 5.4), ("二季度生产总值", None, "", 5.2), ("上半年生产总值", None, "", 5.3)]),
        # …and a change said after B is B's (从2025年的30338元提高到39138元、年均增长5.2%)
        ("城镇居民人均可支配收入从2025年的30338元提高到39138元、年均增长5.2%。",
         [("城镇居民人均可支配收入", 39138.0, "元", 5.2)]),
        # a kind of county is what is counted, not a place
        ("贫困县从12个减少到4个。", [("贫困县", 4.0, "个", None)]),
        # 、 separates the listed names; a name may hold 和
        ("工业增加值、软件和信息技术服务业营收分别增长7.1%和30.2%。",
         [("工业增加值", None, "", 7.1), ("软件和信息技术服务业营收", None, "", 30.2)]),
    ],
)  # fmt: skip
def test_levels_reached_counting_bases_and_starting_points(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a growth written with a minus sign is a fall, the change of the level before it
        ("固定资产投资预计完成41.2亿元,增长-12.5%。", [("固定资产投资", 41.2, "亿元", 12.5, "decrease")]),
        # what a count is compared with is no part of what it counts
        ("新认定高新技术企业9家同比增长80%。", [("新认定高新技术企业", 9.0, "家", 80.0, "increase")]),
        # a place said as the subject before 实现 is not what it measures
        ("某某区实现区级一般公共预算收入120.5亿元,同比增长4%。", [("区级一般公共预算收入", 120.5, "亿元", 4.0, "increase")]),
    ],
)  # fmt: skip
def test_signs_comparisons_and_subjects(body: str, expected: list[tuple[object, ...]]) -> None:
    found = _findings(REVIEW + body + "\n").results
    assert [(r.indicator, r.value, r.unit, r.change, r.direction) for r in found] == expected


def test_a_targets_opener_typeset_with_spaces() -> None:
    body = "2024 年全市经济社会发展 主要预期目标 为: 地区生产总值增长 6.0% 左右;城镇新增就业人数 5.4 万人。"
    assert targets(body) == [("地区生产总值", 6.0, "%", "左右"), ("城镇新增就业人数", 5.4, "万人", "")]
    doc = load(text="某某市2024年国民经济和社会发展计划\n" + body + "\n")
    assert [t.headline for t in extract_notes(doc).targets] == [True, True]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the articles of a package issued are no figure; roads built in 条 are
        ("出台稳就业18条、助企纾困12条,新建道路5条。", [("新建道路", 5.0, "条", None)]),
        # units of a herd, a floor area said colloquially, an output per area
        ("完成生猪育肥12.5万头只,盘活闲置资产2万平米,地均税收约6亿元/平方公里。",
         [("生猪育肥", 12.5, "万头只", None), ("闲置资产", 2.0, "万平米", None), ("地均税收", 6.0, "亿元/平方公里", None)]),
        # the investment of the projects counted just before (LABELLING: <projects>完成投资)
        ("28个市级重点项目开工,完成投资额31.2亿元。",
         [("开工市级重点项目", 28.0, "个", None), ("市级重点项目完成投资", 31.2, "亿元", None)]),
    ],
)  # fmt: skip
def test_packages_units_and_project_investment(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


def test_items_run_together_without_punctuation() -> None:
    # a page that lost its separators: each rate is followed by the next item's name, not by
    # what it describes (but 在减产5%情况下 is a condition, and 80%的村 describes the villages)
    body = "税收收入增长8.1%规上工业增加值增长12%左右城镇登记失业率2.6%,全市生产总值增长6%。"
    assert results(body) == [
        ("税收收入", None, "", 8.1),
        ("规上工业增加值", None, "", 12.0),
        ("城镇登记失业率", 2.6, "%", None),
        ("生产总值", None, "", 6.0),
    ]
    assert results("柑橘在减产4.2%情况下实现销售额增长9.5%。") == [("销售额", None, "", 9.5)]


def test_a_digests_change_on_the_line_after_its_level() -> None:
    assert results("完成一般公共预算收入21.4亿元\n增长7.5%\n新增就业3000人") == [
        ("一般公共预算收入", 21.4, "亿元", 7.5),
        ("新增就业", 3000.0, "人", None),
    ]


def test_the_field_a_milestone_is_first_in_names_nothing() -> None:
    assert targets("生产总值增长6.5%、在全省地级市中率先突破3000亿元。") == [
        ("生产总值", 6.5, "%", ""),
        ("生产总值", 3000.0, "亿元", "以上"),
    ]
    # (but 在库科技型中小企业 is what is counted)
    assert results("在库科技型中小企业达215家。") == [("在库科技型中小企业", 215.0, "家", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a growth, then the total it brought the figure to: one figure
        ("地区生产总值增长4.1%,总量突破3万亿元。", [("地区生产总值", 3.0, "万亿元", 4.1)]),
        ("预计生产总值增长5%左右,总量1.2万亿元左右。", [("生产总值", 1.2, "万亿元", 5.0)]),
        # (a count's total is another figure than what was added)
        ("新增市场主体1200家,总量3.1万家。", [("市场主体", 1200.0, "家", None), ("市场主体总量", 3.1, "万家", None)]),
        # a change over several years, said after the level
        ("税收收入达到860亿元,3年增长41.2%。", [("税收收入", 860.0, "亿元", 41.2)]),
        # 缩减/缩短 are falls, and no part of the name
        ("审批时间平均缩减60%以上。", [("审批时间", None, "", 60.0)]),
        # a measure in 人次 takes no other measure from the list (旅游收入)
        ("接待游客人次和旅游收入分别增长12.5%、9.8%。", [("接待游客人次", None, "", 12.5), ("旅游收入", None, "", 9.8)]),
    ],
)  # fmt: skip
def test_totals_spans_and_falls(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


def test_a_listed_pairs_quote_starts_at_its_list() -> None:
    found = _findings(REVIEW + "这一年,我们全力拼经济,城乡居民人均可支配收入分别增长5.8%、6.8%,入选百强县。\n").results
    assert [(r.indicator, r.evidence.text) for r in found] == [
        ("城镇居民人均可支配收入", "城乡居民人均可支配收入分别增长5.8%、6.8%"),
        ("农村居民人均可支配收入", "城乡居民人均可支配收入分别增长5.8%、6.8%"),
    ]


def test_a_step_up_names_the_level_it_reaches_and_is_no_figure_itself() -> None:
    assert results("地区生产总值再上一个百亿台阶,达到1519.9亿元、增长8.2%。全省生产总值连跨2个万亿元台阶。") == [
        ("地区生产总值", 1519.9, "亿元", 8.2)
    ]


def test_a_headline_lists_category_counts_are_no_targets() -> None:
    body = "2030年主要目标是:\n——关于经济发展类目标(13个)。地区生产总值增长7%左右;固定资产投资增长10%以上。\n"
    found = _findings(PLAN + body).targets
    assert [(t.indicator, t.value, t.headline) for t in found] == [("地区生产总值", 7.0, True), ("固定资产投资", 10.0, True)]


def test_a_level_reached_later_is_the_subject_named_with_an_earlier_years_milestone() -> None:
    # (the yearly average, the only change said, is the level's: LABELLING's level with its change)
    assert results("全县生产总值2018年突破百亿元大关,预计2020年实现132亿元、年均增长8%。") == [("生产总值", 132.0, "亿元", 8.0)]


def test_a_yearly_average_after_a_sum_over_the_years_is_that_sums_change() -> None:
    # a five-year total and its yearly average growth, read as one item (a level with its change), as
    # every held-out report of a term's review labels it (this reverses d154db2's own-figure reading)
    assert results("五年来,社会消费品零售总额累计实现289.6亿元、年均增长11.1%。") == [
        ("社会消费品零售总额", 289.6, "亿元", 11.1),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 比增 (同比增长) is a change; 可比增长 is no 比增
        ("工业增加值11.8亿元,比增7.5%。", [("工业增加值", 11.8, "亿元", 7.5)]),
        ("地方一般公共预算收入可比增长7.5%。", [("地方一般公共预算收入", None, "", 7.5)]),
        # 按可比价计算 names nothing; a change on the line after its level's comma
        ("全县实现生产总值255亿元,按可比价计算增长8.5%。", [("生产总值", 255.0, "亿元", 8.5)]),
        ("地方公共财政收入8.58亿元\n,下降4.3%。", [("地方公共财政收入", 8.58, "亿元", 4.3)]),
        # the milestone said before the level reached names nothing
        ("GDP突破700亿元大关、达到721.44亿元。", [("GDP", 721.44, "亿元", None)]),
        # 好于全国 is a comparison like 高于全国
        ("全年地区生产总值增长3.6%,好于全国1.3个百分点。",
         [("地区生产总值", None, "", 3.6), ("地区生产总值增速好于全国", 1.3, "个百分点", None)]),
    ],
)  # fmt: skip
def test_more_ways_of_saying_a_change(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


def test_what_is_striven_for_names_the_target_and_a_fraction_is_no_figure() -> None:
    assert targets("全市经济社会发展力争实现地区生产总值增长6.5%左右。地区生产总值力争增长6%。") == [
        ("地区生产总值", 6.5, "%", "左右"),
        ("地区生产总值", 6.0, "%", ""),
    ]
    assert targets("规模工业应税销售占全市1/8,新增企业数占全市1/5。") == []


def test_a_chain_of_places_before_a_name_and_hopes_and_natural_bases() -> None:
    assert results("2022年广东省珠海市金湾区地区生产总值预计达845亿元,有望增长3.0%。一般公共预算收入预计完成3.6亿元,自然口径同比增长26.2%。") == [
        ("地区生产总值", 845.0, "亿元", 3.0),
        ("一般公共预算收入", 3.6, "亿元", 26.2),
    ]


def test_an_excess_over_the_years_goal_is_its_own_figure_and_the_change_the_levels() -> None:
    assert results("固定资产投资完成17亿元,超额完成年度任务2.1亿元,增长20.6%。") == [
        ("固定资产投资", 17.0, "亿元", 20.6),
        ("固定资产投资超年度任务", 2.1, "亿元", None),
    ]


def test_a_comparison_said_with_bi_names_what_is_compared_and_a_nominal_rate_is_the_levels() -> None:
    # 比全国高 is 高于全国; a bare 增速 before it names nothing, so the figure named before is compared
    assert results("全省生产总值2000.5亿元,名义增长8.1%,实际增速比全国高1.5个百分点。") == [
        ("生产总值", 2000.5, "亿元", 8.1),
        ("生产总值增速高于全国", 1.5, "个百分点", None),
    ]
    # a period before the report's scope (三季度全省…): the scope is dropped, the period kept
    assert results("三季度全市规上工业增加值同比增长5.2%,增速比全省快0.6个百分点。") == [
        ("三季度规上工业增加值", None, "", 5.2),
        ("三季度规上工业增加值增速快于全省", 0.6, "个百分点", None),
    ]


def test_a_comparisons_quote_starts_at_the_clause_that_names_what_is_compared() -> None:
    out = _findings(REVIEW + "投资结构持续改善,民间投资增长3.1%,高于全省平均水平2.2个百分点。\n").results
    compared = next(r for r in out if r.indicator == "民间投资增速高于全省")
    assert compared.evidence.text == "民间投资增长3.1%,高于全省平均水平2.2个百分点"


def test_tobacco_is_counted_in_dan() -> None:
    assert results("烟叶产量3.5万担,增长2%。") == [("烟叶产量", 3.5, "万担", 2.0)]


def test_a_place_and_its_will_before_the_verb_name_nothing() -> None:
    assert targets("辽宁要完成地区生产总值增长6%左右,全县将实现一般公共预算收入增长5%。") == [
        ("地区生产总值", 6.0, "%", "左右"),
        ("一般公共预算收入", 5.0, "%", ""),
    ]


def test_vaccine_doses_are_counted() -> None:
    assert results("全年累计接种疫苗58.5万剂次。") == [("接种疫苗", 58.5, "万剂次", None)]


def test_a_completion_of_the_years_total_and_a_gap_to_the_goal() -> None:
    assert results("地区生产总值预计实现190亿元,完成全年总量目标的107%,同比增长15%,高于全年增速目标7.5个百分点。") == [
        ("地区生产总值", 190.0, "亿元", 15.0),
        ("地区生产总值全年总量目标完成率", 107.0, "%", None),
        ("地区生产总值增速高于目标", 7.5, "个百分点", None),
    ]


def test_growth_at_comparable_prices_names_nothing() -> None:
    assert results("地方一般公共预算收入7.7亿元,可比下降13.1%;规模以上工业增加值可比增长3%。") == [
        ("地方一般公共预算收入", 7.7, "亿元", 13.1),
        ("规模以上工业增加值", None, "", 3.0),
    ]


def test_standard_containers_and_ship_calls_are_units() -> None:
    assert results("港口吞吐量1200万标准箱,邮轮母港接待邮轮超过80艘次。") == [
        ("港口吞吐量", 1200.0, "万标准箱", None),
        ("邮轮母港接待邮轮", 80.0, "艘次", None),
    ]


def test_a_higher_figure_striven_for_after_its_floor_is_the_same_indicators_target() -> None:
    assert targets("地区生产总值超300亿元、力争达320亿元,GDP增长6%、力争达到6.5%。") == [
        ("地区生产总值", 300.0, "亿元", "以上"),
        ("地区生产总值", 320.0, "亿元", ""),
        ("GDP", 6.0, "%", ""),
        ("GDP", 6.5, "%", ""),
    ]


def test_each_name_of_a_fenbie_list_says_what_its_number_is() -> None:
    # a rate of a level and a growth rate share one verb: each is read as what it is
    assert results("城镇调查失业率、居民消费价格涨幅分别控制在5.2%和2.5%以内。") == [
        ("城镇调查失业率", 5.2, "%", None),
        ("居民消费价格", None, "", 2.5),
    ]
    # the schemes of 城乡低保 are 城市低保 and 农村低保; equipment is counted in 台(套)
    assert results("城乡低保标准分别提高6.6%和7.3%,完成设备更新3.5万台(套)。") == [
        ("城市低保标准", None, "", 6.6),
        ("农村低保标准", None, "", 7.3),
        ("设备更新", 3.5, "万台(套)", None),
    ]


def test_a_completion_of_the_plans_figure_and_the_change_after_it_are_the_levels() -> None:
    # 完成年计划710亿元的89.4%: the plan's figure is no result; the rate and the change are the level's
    assert results("地区生产总值600亿元,完成年计划700亿元的85.7%(主要是二产未达预期),增长2.5%。") == [
        ("地区生产总值", 600.0, "亿元", 2.5),
        ("地区生产总值年计划完成率", 85.7, "%", None),
    ]


def test_funds_won_from_above_and_upgrading_verbs() -> None:
    assert targets("力争全口径向上争取资金20亿元以上,升级改造市政道路6条,提档升级农村公路50公里。") == [
        ("全口径向上争取资金", 20.0, "亿元", "以上"),
        ("市政道路", 6.0, "条", ""),
        ("农村公路", 50.0, "公里", ""),
    ]


def test_a_total_reached_after_the_new_ones_and_more_counted_things() -> None:
    assert results("新登记市场主体1.5万户、增长12%,达到9.8万户;建成2.1万个5G基站;出栏家禽80万羽,花卉新增12万盆。") == [
        ("市场主体", 1.5, "万户", 12.0),
        ("市场主体", 9.8, "万户", None),
        ("5G基站", 2.1, "万个", None),
        ("出栏家禽", 80.0, "万羽", None),
        ("花卉", 12.0, "万盆", None),
    ]
    # how long something took is no figure
    assert results("项目从签约到投产仅用45天。") == []


def test_a_natural_basis_a_conversion_and_a_counting_aside_name_nothing() -> None:
    assert results("地方一般公共预算收入3.5亿元,自然增幅2%,同口径完成3.67亿元,增幅6.1%。") == [
        ("地方一般公共预算收入", 3.5, "亿元", 2.0),
        ("地方一般公共预算收入", 3.67, "亿元", 6.1),
    ]
    assert results("人均生产总值达到5.62万元,折合8606美元。实际利用外资(验资)0.93亿元,增长30.2%。") == [
        ("人均生产总值", 5.62, "万元", None),
        ("人均生产总值", 8606.0, "美元", None),
        ("实际利用外资", 0.93, "亿元", 30.2),
    ]
    # (按年平均汇率折…美元), 按年平均汇率折合…美元: the level just given, in dollars; the change after it is the level's
    assert results("全市人均生产总值103007元(按年平均汇率折14464美元),比上年增长5.5%。") == [
        ("人均生产总值", 103007.0, "元", 5.5),
        ("人均生产总值", 14464.0, "美元", None),
    ]
    assert results("人均生产总值53613元,比上年增长11.0%,按平均汇率计算折合8301美元。") == [
        ("人均生产总值", 53613.0, "元", 11.0),
        ("人均生产总值", 8301.0, "美元", None),
    ]
    assert results("全市人均生产总值98007元,按年平均汇率折合13464美元,比上年增长5.1%。") == [
        ("人均生产总值", 98007.0, "元", 5.1),
        ("人均生产总值", 13464.0, "美元", None),
    ]


def test_a_change_after_a_bracketed_share_is_of_what_the_share_is_of() -> None:
    # 煤炭行业(占比75.4%)增长9.9%: the share is the industry's, the change the industry's own
    assert results("全年规上工业中,煤炭行业(占比75.4%)增长9.9%,装备制造业(占比2.9%)下降26.8%。")[1::2] == [
        ("煤炭行业", None, "", 9.9),
        ("装备制造业", None, "", 26.8),
    ]


def test_gaps_to_the_plan_and_what_is_no_figure_of_the_year() -> None:
    assert results("固定资产投资完成172亿元,增长18.7%,超计划目标6.7个百分点;地区生产总值增长6.9%,差计划目标3.1个百分点。") == [
        ("固定资产投资", 172.0, "亿元", 18.7),
        ("固定资产投资增速超计划目标", 6.7, "个百分点", None),
        ("地区生产总值", None, "", 6.9),
        ("地区生产总值增速差计划目标", 3.1, "个百分点", None),
    ]
    # a ratio to a base year and a past year's revised level are no figures; 现价 names nothing
    assert results("旅游人次、旅游总收入分别恢复到2019年的113%、119%。上年地区生产总值修订为1943.3亿元;地区生产总值现价增长3.5%。") == [
        ("地区生产总值", None, "", 3.5),
    ]
    # a forecast revised (较5月预测数3.1%) and by how much (上修1.35个百分点) are no figures either
    assert results("全年出口增长4.5%,较5月预测数3.1%上修1.4个百分点。") == [("出口", None, "", 4.5)]
    # the last listed item's own words are no head of the others
    assert results("工业、制造业、工业技改投资分别增长9.4%、13.3%、6.1%,电池产能达35GWh。") == [
        ("工业投资", None, "", 9.4),
        ("制造业投资", None, "", 13.3),
        ("工业技改投资", None, "", 6.1),
        ("电池产能", 35.0, "GWh", None),
    ]


def test_a_gap_to_the_years_goal_keeps_which_goal() -> None:
    assert results("83个重点项目完成投资76亿元,超年度目标2个百分点。") == [
        ("重点项目", 83.0, "个", None),
        ("重点项目完成投资", 76.0, "亿元", None),
        ("重点项目完成投资超年度目标", 2.0, "个百分点", None),
    ]


def test_a_run_of_amounts_in_different_units_pairs_with_the_listed_names() -> None:
    assert targets("煤炭、原油、天然气产量7亿吨、2400万吨、300亿方以上。") == [
        ("煤炭产量", 7.0, "亿吨", "以上"),
        ("原油产量", 2400.0, "万吨", "以上"),
        ("天然气产量", 300.0, "亿方", "以上"),
    ]


def test_a_comparison_with_several_bases_said_with_bi() -> None:
    assert results("地区生产总值增长9.2%,分别比全国、自治区和全市高4.2、4.3和3.2个百分点。") == [
        ("地区生产总值", None, "", 9.2),
        ("地区生产总值增速高于全国", 4.2, "个百分点", None),
        ("地区生产总值增速高于自治区", 4.3, "个百分点", None),
        ("地区生产总值增速高于全市", 3.2, "个百分点", None),
    ]


def test_a_total_past_comparisons_and_a_unit_whose_first_word_is_on_each() -> None:
    # 高出 is 高于; 1个、0.2个百分点 writes 个百分点 once; 总量跨过 is the growth's own figure
    assert results("全年生产总值增长6%,高出全国、全省1个、0.2个百分点,总量跨过3000亿元。") == [
        ("生产总值增速高于全国", 1.0, "个百分点", None),
        ("生产总值增速高于全省", 0.2, "个百分点", None),
        ("生产总值", 3000.0, "亿元", 6.0),
    ]


def test_a_milestone_passed_then_the_level_reached_after_a_growth() -> None:
    assert results("全年生产总值增长9.1%,总量跨过2万亿元大关,达到2.26万亿元。") == [("生产总值", 2.26, "万亿元", 9.1)]
    assert results("地区生产总值增长3.8%,突破400亿元大关,达到420亿元。") == [("地区生产总值", 420.0, "亿元", 3.8)]


def test_listed_things_counted_by_kind_pairs_said_in_one_word_and_a_climb_from_a_to_b() -> None:
    # …等三大产业增加值: each one's 增加值; 产销/进出口 name two figures; 由A跃升至B after its clause
    assert targets("电子信息、装备制造、文化旅游等三大产业增加值分别增长9%、 8%、 7%。") == [
        ("电子信息增加值", 9.0, "%", ""),
        ("装备制造增加值", 8.0, "%", ""),
        ("文化旅游增加值", 7.0, "%", ""),
    ]
    assert results("全年外贸进出口分别增长6%、4%,新能源汽车产销量分别增长40%和30%。") == [
        ("外贸进口", None, "", 6.0),
        ("外贸出口", None, "", 4.0),
        ("新能源汽车产量", None, "", 40.0),
        ("新能源汽车销量", None, "", 30.0),
    ]
    assert results("进出口、实际利用外资分别增长5%、3%。") == [("进出口", None, "", 5.0), ("实际利用外资", None, "", 3.0)]
    assert results("地区生产总值连跨两个千亿级台阶,由3.1万亿元跃升至5.2万亿元。")[-1][:3] == ("地区生产总值", 5.2, "万亿元")
    assert results("家禽、肉羊饲养量增长4.1%和3.3%。") == [("家禽饲养量", None, "", 4.1), ("肉羊饲养量", None, "", 3.3)]


def test_the_years_targets_cued_with_you() -> None:
    # 主要预期目标有: opens the year's headline targets, as 主要预期目标是: does
    (summary,) = summarize("2030年某省政府工作报告\n2030年,全省经济社会发展主要预期目标有:地区生产总值增长5%左右,固定资产投资增长3%左右。\n", engine="rules")
    assert [(t.indicator, t.value, t.headline) for t in summary.targets] == [("地区生产总值", 5.0, True), ("固定资产投资", 3.0, True)]


def test_what_is_made_sure_of_after_a_subject_kept_levels_and_a_named_goal() -> None:
    assert targets("围绕主导产业确保全年实际使用内资增长10%以上。") == [("使用内资", 10.0, "%", "以上")]
    assert targets("工业总产值突破1000亿元、固定资产投资保持1000亿元以上“两个千亿”目标。") == [
        ("工业总产值", 1000.0, "亿元", "以上"),
        ("固定资产投资", 1000.0, "亿元", "以上"),
    ]


def test_an_adverb_between_what_is_counted_and_its_deed_is_no_part_of_the_name() -> None:
    # (…but the deed names the projects counted: 竣工项目, LABELLING's counts of things done)
    assert results("全年6个项目顺利竣工,9个产业项目相继投产。") == [("竣工项目", 6.0, "个", None), ("投产产业项目", 9.0, "个", None)]


def test_comparisons_said_with_bi_before_fenbie_an_excess_over_the_goal_an_improvement_and_days_added() -> None:
    assert results("地区生产总值增长8%,比全省、全市分别高2、1.4个百分点。") == [
        ("地区生产总值", None, "", 8.0),
        ("地区生产总值增速高于全省", 2.0, "个百分点", None),
        ("地区生产总值增速高于全市", 1.4, "个百分点", None),
    ]
    assert results("到位省外资金530亿元,超预期目标60亿元。") == [
        ("到位省外资金", 530.0, "亿元", None),
        ("到位省外资金超预期目标", 60.0, "亿元", None),
    ]
    # 改善 says a change, not which way the index moved
    (summary,) = summarize(REVIEW + "空气质量综合指数同比改善11.5%。\n", engine="rules")
    assert [(r.indicator, r.value, r.change, r.direction) for r in summary.results] == [("空气质量综合指数", None, 11.5, "")]
    assert results("空气优良天数达到300天,比上年增加12天。") == [
        ("空气优良天数", 300.0, "天", None),
        ("空气优良天数增加", 12.0, "天", None),
    ]


def test_industries_listed_a_gap_to_the_plan_and_growth_without_a_sector() -> None:
    assert results("汽车和化工新材料产业产值均增长10%。") == [("汽车产业产值", None, "", 10.0), ("化工新材料产业产值", None, "", 10.0)]
    assert results("纺织、电子信息等行业产值分别增长7%、8%。") == [("纺织行业产值", None, "", 7.0), ("电子信息行业产值", None, "", 8.0)]
    # 等产品产量: each one's 产量 (产品 the kind); a kind of goods (酒类) is whole, no start of the last one's name
    assert results("氧化铝、日用玻璃制品等产品产量分别增长64.8%、13.5%。酒类、机器设备与零件分别减少70.2%和52.0%。") == [
        ("氧化铝产量", None, "", 64.8), ("日用玻璃制品产量", None, "", 13.5),
        ("酒类", None, "", 70.2), ("机器设备与零件", None, "", 52.0),
    ]  # fmt: skip
    assert targets("光伏、储能产业链产值分别达到800亿元、300亿元。") == [("光伏产业链产值", 800.0, "亿元", ""), ("储能产业链产值", 300.0, "亿元", "")]
    assert results("社会消费品零售总额增长10.4%,高于预期0.4个百分点。") == [
        ("社会消费品零售总额", None, "", 10.4),
        ("社会消费品零售总额增速高于预期", 0.4, "个百分点", None),
    ]
    assert results("全省生产总值增长5.8%左右,剔除房地产业后增长6.2%左右。") == [("生产总值", None, "", 5.8), ("生产总值", None, "", 6.2)]


def test_satellites_and_years_of_life_are_units_an_age_describes_who_and_a_list_placing_is_an_honour() -> None:
    assert results("人均预期寿命提高到81.2岁,在轨运行卫星达到9颗,新上榜中国好人2名。") == [
        ("人均预期寿命", 81.2, "岁", None),
        ("在轨运行卫星", 9.0, "颗", None),
    ]
    assert targets("对全县65岁及以上老年人免费体检一次,为35-64岁妇女免费做宫颈癌筛查。") == []


def test_a_headline_level_reached_after_its_growth_in_a_clause_of_its_own() -> None:
    (summary,) = summarize(
        "2030年某市政府工作报告\n主要预期目标是:财政收入增长30%,达到8亿元;地区生产总值增长6%左右、奋力站上3000亿元大台阶。\n",
        engine="rules",
    )
    assert [(t.indicator, t.value, t.unit, t.qualifier) for t in summary.targets] == [
        ("财政收入", 30.0, "%", ""),
        ("财政收入", 8.0, "亿元", ""),
        ("地区生产总值", 6.0, "%", "左右"),
        ("地区生产总值", 3000.0, "亿元", "以上"),
    ]


def test_the_bases_own_rate_in_brackets_is_no_figure() -> None:
    assert results("第二产业增加值增长9.2%,高于全国(5.8%)3.4个百分点。") == [
        ("第二产业增加值", None, "", 9.2),
        ("第二产业增加值增速高于全国", 3.4, "个百分点", None),
    ]


def test_a_yearly_average_over_a_span_is_its_own_figure() -> None:
    assert results("地区生产总值完成90亿元,年均增速达到8%。") == [("地区生产总值", 90.0, "亿元", 8.0)]  # (its only change)
    assert results("地区生产总值增长5.5%,2026-2030年年均增长7.4%。") == [("地区生产总值", None, "", 5.5), ("地区生产总值年均", None, "", 7.4)]


def test_a_milestone_in_a_bare_magnitude_a_basis_ending_the_name_and_rates_that_lost_their_separator() -> None:
    assert results("地区生产总值突破200亿大关,达到212.5亿元,同比增长5.8%。") == [("地区生产总值", 212.5, "亿元", 5.8)]
    assert results("规模以上工业增加值剔除增加值率变化因素,同比增长2.2%。") == [("规模以上工业增加值", None, "", 2.2)]
    assert results("城镇和农村居民人均可支配收入分别增长4%6.2%。") == [
        ("城镇居民人均可支配收入", None, "", 4.0),
        ("农村居民人均可支配收入", None, "", 6.2),
    ]


def test_a_real_change_after_a_nominal_one_is_the_same_figures() -> None:
    assert results("全省地区生产总值5300亿元,名义增长10.2%,同比增长4.1%。") == [
        ("地区生产总值", 5300.0, "亿元", 10.2),
        ("地区生产总值", None, "", 4.1),
    ]


def test_a_yearly_average_is_no_for_each_and_halves_of_a_paired_word_listed() -> None:
    # 年均 holds 均 but shares nothing out; 存、贷款余额: 存款余额 and 贷款余额
    assert results("城乡居民人均可支配收入年均增长7%。") == [("城乡居民人均可支配收入", None, "", 7.0)]
    assert results("工业用电量和金融机构存、贷款余额分别增长12.8%、13.4%、14.9%。") == [
        ("工业用电量", None, "", 12.8),
        ("金融机构存款余额", None, "", 13.4),
        ("贷款余额", None, "", 14.9),
    ]


def test_a_milestone_in_words_on_the_way_and_a_climb_from_close_to_a() -> None:
    # (the growth is the level's, one item, as LABELLING reads a level with its change)
    assert results("全县生产总值增长6.0%,首次突破百亿元大关,达到100.6亿元。") == [("生产总值", 100.6, "亿元", 6.0)]
    assert results("全省生产总值从接近2万亿元到突破3万亿元。") == [("生产总值", 3.0, "万亿元", None)]


def test_amounts_in_different_units_after_names_joined_by_he_with_fenbie() -> None:
    assert targets("粮食播种面积和产量分别稳定在380万亩、110万吨以上。") == [
        ("粮食播种面积", 380.0, "万亩", "以上"),
        ("产量", 110.0, "万吨", "以上"),
    ]


def test_a_list_mark_before_a_shared_name_is_no_part_of_it() -> None:
    assert results("——城镇和农村居民人均可支配收入分别为6.2万元和3.5万元。") == [
        ("城镇居民人均可支配收入", 6.2, "万元", None),
        ("农村居民人均可支配收入", 3.5, "万元", None),
    ]


def test_an_income_ratio_and_thousands_of_millions() -> None:
    assert results("城乡收入比降至1.79,地区生产总值迈上4千亿元台阶。") == [
        ("城乡收入比", 1.79, "", None),
        ("地区生产总值", 4.0, "千亿元", None),
    ]


# -- goals, projections and the words around a name, seen on work summaries and project news ------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the goal a rate of completion is measured by, its figure in brackets, is no item
        ("外贸进出口总额为13亿元,同比增长0.5%,完成年任务(40.2亿元)的32.5%。",
         [("外贸进出口总额", 13.0, "亿元", 0.5), ("外贸进出口总额年任务完成率", 32.5, "%", None)]),
        # and the gap to the goal is a comparison, as one with a place is
        ("地区生产总值全年增长4.2%,比年初目标(6.5%)低2.3个百分点。",
         [("地区生产总值", None, "", 4.2), ("地区生产总值增速低于年初目标", 2.3, "个百分点", None)]),
        ("固定资产投资增长10%,高于年初目标(9%)1个百分点。",
         [("固定资产投资", None, "", 10.0), ("固定资产投资增速高于年初目标", 1.0, "个百分点", None)]),
        # what a signed project is to yield once it runs is a projection, neither result nor target
        ("现场签约项目18个。其中某电池项目总投资50亿元,达产后可实现年产值80亿元、年税收5亿元,带动就业2000人。",
         [("现场签约项目", 18.0, "个", None), ("某电池项目总投资", 50.0, "亿元", None)]),
        # adverbs inside a name or right before its verb are no part of it
        ("居民人均可支配收入实际增长7.4%。", [("居民人均可支配收入", None, "", 7.4)]),
        ("服务业累计营收突破2.7亿元,同比增长23.7%。", [("服务业营收", 2.7, "亿元", 23.7)]),
    ],
)  # fmt: skip
def test_goals_projections_and_adverbs_around_results(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


def test_a_next_step_is_no_name() -> None:
    assert targets("下一步将力争全年新引进重点项目100个以上。") == [("新引进重点项目", 100.0, "个", "以上")]


@pytest.mark.parametrize(
    "text",
    [
        # a project list of the year in progress, told beside its projects started: the list's figures
        "4月12日,某某县2029年第二季度23个重点项目集中开工。\n据了解,今年我县共安排重点项目79个,总投资55亿元,"
        "年度计划投资31.52亿元。第二季度集中开工项目23个。\n",
        "2029年县级重点项目共530项,总投资2944.7亿元,年度计划投资561.9亿元,1-6月累计完成投资362.3亿元,"
        "占年计划投资的64.5%。\n",
    ],
)
def test_a_project_list_of_the_year_in_progress_is_no_plan(text: str) -> None:
    summary = summarize(text, engine="rules")[0]
    assert summary.targets == []
    assert any(r.value in (79.0, 530.0) and r.unit in ("个", "项") for r in summary.results)


# -- a statistics page's comparisons: a growth rate's change, the base's own change, no verb ------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a change of the growth rate just given, against a period before: the rate is named
        ("全区生产总值同比增长5.1%,比去年同期加快1.3个百分点。",
         [("生产总值", None, "", 5.1), ("生产总值增速", None, "", 1.3)]),
        ("社会消费品零售总额同比增长6.4%,增速比1季度回落0.6个百分点。",
         [("社会消费品零售总额", None, "", 6.4), ("社会消费品零售总额增速", None, "", 0.6)]),
        # the base's own change in brackets is a figure of the base's
        ("规上工业增加值同比增长8.2%(全市9.6%),较去年同期放缓0.7个百分点。",
         [("规上工业增加值", None, "", 8.2), ("全市规上工业增加值", None, "", 9.6), ("规上工业增加值增速", None, "", 0.7)]),
        # 同比 before a signed figure: a change, each level its own (分别)
        ("全年实现营业收入42.5亿元,利润总额3亿元,同比分别-4.1%、-12.8%。",
         [("营业收入", 42.5, "亿元", 4.1), ("利润总额", 3.0, "亿元", 12.8)]),
        # 加快 before a count is a plan's manner, no change
        ("加快建设8条乡村公路。", [("乡村公路", 8.0, "条", None)]),
    ],
)  # fmt: skip
def test_statistics_page_comparisons(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


def test_the_sign_and_pace_of_changes() -> None:
    """A bracketed base follows its own sign under the verb (增长-2%(全省3%)); 放缓 is a fall."""
    qs = find_quantities("工业增加值增长-2.5%(全省3.1%),增速比上年放缓0.4个百分点")
    assert [(q.value, q.kind, q.direction) for q in qs] == [
        (2.5, "growth", "decrease"), (3.1, "growth", "increase"), (0.4, "growth", "decrease"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a count, then a threshold with 的, then what is counted; the last of a list after 和
        ("建成2处5000平方米以上的街心公园、4处300平方米以上的小微绿地和6公里慢行步道。",
         [("街心公园", 2.0, "处", ""), ("小微绿地", 4.0, "处", ""), ("慢行步道", 6.0, "公里", "")]),
        ("整治提升背街小巷35条。", [("背街小巷", 35.0, "条", "")]),
    ],
)  # fmt: skip
def test_lists_of_works_with_thresholds(body: str, expected: list[tuple[object, ...]]) -> None:
    assert targets(body) == expected


def test_deputies_are_no_count_of_work_but_their_motions_are() -> None:
    assert results("来自各条战线的280名人大代表齐聚一堂。全年人大代表建议195件,全部办结。") == [("人大代表建议", 195.0, "件", None)]


def test_the_past_year_is_no_part_of_a_name() -> None:
    assert results("过去的一年实现地区生产总值512亿元,增长6.1%。") == [("地区生产总值", 512.0, "亿元", 6.1)]


# -- a list's size, a roll call, the press, a body's make-up; currencies and cases; a year's progress --


@pytest.mark.parametrize(
    "body",
    [
        "本次会议应出席代表213名,实际出席代表196名,实到190人。",  # a roll call
        "省级媒体正面报道14次。",  # the press's notice, like an honour
        "成立由12个部门组成的工作专班。",  # the make-up of a body set up
    ],
)
def test_no_figure_of_the_work_done(body: str) -> None:
    assert results(body) == []


def test_a_plans_list_of_matters_counts_its_items_not_itself() -> None:
    assert targets("市政府将办好10件民生实事,新建口袋公园12个。") == [("口袋公园", 12.0, "个", "")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Macau's and Hong Kong's currencies and 按年 (同比); cases counted
        ("本地生产总值为3013.3亿澳门元,按年实质增长4.2%。", [("本地生产总值", 3013.3, "亿澳门元", 4.2)]),
        ("全年累计确诊病例46例。", [("确诊病例", 46.0, "例", None)]),
        # a year in progress told as done further on in its paragraph; the investment planned is the plan's
        ("2024年共安排重点项目40个,全年计划完成投资80亿元,1-4月累计完成投资22亿元,完成年度投资计划的27.5%。",
         [("重点项目", 40.0, "个", None), ("重点项目全年计划完成投资", 80.0, "亿元", None),
          ("完成投资", 22.0, "亿元", None), ("投资计划", 27.5, "%", None)]),
    ],
)  # fmt: skip
def test_currencies_cases_and_a_year_in_progress(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a threshold said right before what is counted is part of its name, and quoted with it
        ("签约项目25个,其中10亿元以上项目有6个,50亿元级项目2个。",
         [("签约项目", 25.0, "个", None), ("10亿元以上项目", 6.0, "个", None), ("50亿元级项目", 2.0, "个", None)]),
        ("新增营收超5亿元工业企业3家、纳税超千万元工业企业7家。",
         [("营收超5亿元工业企业", 3.0, "家", None), ("纳税超千万元工业企业", 7.0, "家", None)]),
    ],
)  # fmt: skip
def test_a_threshold_names_what_it_counts(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


def test_a_total_broken_down_by_place_names_each_places_share() -> None:
    body = "全市亿元以上新签约项目120个,分别为:甲县40个、乙区35个、市开发区20个。各县区项目开工率分别为:甲县91.5%、乙区88%。"
    assert results(body) == [
        ("亿元以上新签约项目", 120.0, "个", None),
        ("甲县亿元以上新签约项目", 40.0, "个", None),
        ("乙区亿元以上新签约项目", 35.0, "个", None),
        ("市开发区亿元以上新签约项目", 20.0, "个", None),
        ("甲县项目开工率", 91.5, "%", None),
        ("乙区项目开工率", 88.0, "%", None),
    ]


def test_a_threshold_with_its_measure_and_及以上() -> None:
    assert results("全市固投5亿元及以上新签约项目30个。65岁及以上老年人免费体检2.1万人次。") == [
        ("固投5亿元及以上新签约项目", 30.0, "个", None),
        ("65岁及以上老年人免费体检", 2.1, "万人次", None),
    ]


def test_verbs_listed_on_one_object_share_it() -> None:
    assert targets("开工保障性住房6000套以上、建成4000套以上。") == [
        ("保障性住房", 6000.0, "套", "以上"),
        ("建成保障性住房", 4000.0, "套", "以上"),
    ]


def test_a_half_year_is_no_part_of_a_name() -> None:
    assert results("高技术制造业增加值上半年增长12.5%,比一季度提高0.8个百分点。") == [
        ("高技术制造业增加值", None, "", 12.5),
        ("高技术制造业增加值增速", None, "", 0.8),
    ]


def test_a_roll_call_is_no_figure_and_同步_no_name() -> None:
    body = (
        "大会代表名额为300名,现在实有代表296名,因故缺席会议的代表12名,实际出席会议的代表284名。"
        "批发业销售额6.2亿元,同步增长12.5%。"
    )
    assert results(body) == [("批发业销售额", 6.2, "亿元", 12.5)]


def test_a_measure_named_before_its_unit_noun_and_a_base_of_a_change_names_nothing() -> None:
    # (单位 says what one of the count is: the measure is named before; 较上任时 is the base compared)
    assert results("公营房屋建屋量达10.5万个单位,较上任时增加约60%。该市当月共签约项目8个。") == [
        ("公营房屋建屋量", 10.5, "万个", 60.0),
        ("签约项目", 8.0, "个", None),
    ]


def test_a_numbered_line_with_a_base_in_brackets_and_an_indicators_总量() -> None:
    # (a heading mark before a figure is no heading with its make-up in brackets)
    assert results("(二)全区生产总值总量为61.5亿元,同比增长5.2%(全市4.8%)。") == [
        ("生产总值", 61.5, "亿元", 5.2),
        ("全市生产总值", None, "", 4.8),
    ]


def test_a_levels_change_in_its_own_unit_is_a_flow_of_its_own() -> None:
    # (LABELLING: a verb + an absolute amount is the verb-named flow's value, not a change)
    assert results("玉米种植面积 12400公顷,比上年增加 52公顷;油料种植面积80公顷,减少21公顷。") == [
        ("玉米种植面积", 12400.0, "公顷", None),
        ("玉米种植面积增加", 52.0, "公顷", None),
        ("油料种植面积", 80.0, "公顷", None),
        ("油料种植面积减少", 21.0, "公顷", None),
    ]
    # 较上一期/较2019年同期 are bases as 较上年 is; a level in brackets comes before its change
    found = results("總勞動力( 48.68萬人 )較上一期增加700人。失業人數6700人,較2019年同期減少400人。")
    assert [f for f in found if f[1] in (700.0, 400.0)] == [("總勞動力增加", 700.0, "人", None), ("失業人數減少", 400.0, "人", None)]
    # Macau's 按年增加 (a base, as 较上一期 is; 第1季末 is when), a bracketed level's change with 亦/则 before
    # its verb, and 比上年新增 (新增就业's is 增加: no 新增 twice)
    found = results("第1季末本市总人口( 68.8万人 )按年增加1,500人。结婚登记(717宗)亦减少220宗。准许居留人士(539人)则增加267人。")
    assert [f for f in found if f[3] is None and f[1] in (1500.0, 220.0, 267.0)] == [
        ("总人口增加", 1500.0, "人", None), ("结婚登记减少", 220.0, "宗", None), ("准许居留人士增加", 267.0, "人", None),
    ]  # fmt: skip
    assert results("今年首季新来人士(685人)按年减少41人。")[-1] == ("新来人士减少", 41.0, "人", None)  # (首季: when)
    # levels listed in brackets, then 分别 the amounts each moved by: each one's own flow
    found = results("死亡人数(596人)及结婚宗数(652宗)则分别减少29人及73宗。居澳劳动人口(38.34万人)及就业人口(37.68万人)较上一期分别增加300人及400人。")
    assert [f[:2] for f in found if f[1] in (29.0, 73.0, 300.0, 400.0)] == [
        ("死亡人数减少", 29.0), ("结婚宗数减少", 73.0), ("居澳劳动人口增加", 300.0), ("就业人口增加", 400.0),
    ]  # fmt: skip
    # …or one a clause (就业人口为37.11万人,本地就业居民为28.61万人,较上一期分别减少900人及1,700人)
    found = results("就业人口为37.11万人,本地就业居民为28.61万人,较上一期分别减少900人及1,700人。")
    assert [f[:2] for f in found if f[1] in (900.0, 1700.0)] == [("就业人口减少", 900.0), ("本地就业居民减少", 1700.0)]
    # 减少约1,500人至3,830,100人: the flow, then the level it got to (the measure's own)
    assert results("总劳动人口减少约1,500人至3,830,100人。") == [
        ("总劳动人口减少", 1500.0, "人", None), ("总劳动人口", 3830100.0, "人", None),
    ]  # fmt: skip
    assert results("户籍人口27万人,比上年新增1547人。全年新增就业1.2万人,比上年新增0.3万人。")[1::2] == [
        ("户籍人口新增", 1547.0, "人", None), ("全年新增就业增加", 0.3, "万人", None),
    ]  # fmt: skip


def test_a_plans_change_on_last_year_and_a_higher_goal_for_the_same_figure() -> None:
    assert targets("专项债券2.8万亿元、比上年年初预算增加600亿元。规上工业增加值确保目标增长8%,奋斗目标增长10%。") == [
        ("专项债券", 2.8, "万亿元", ""),
        ("专项债券增加", 600.0, "亿元", ""),
        ("规上工业增加值", 8.0, "%", ""),
        ("规上工业增加值", 10.0, "%", ""),
    ]


def test_a_name_made_of_a_levels_is_quoted_from_that_level() -> None:
    body = "扎实开展帮扶活动,累计减税降费8.2亿元,新增市场主体1.6万户、总量达到20.4万户、净增1.1万户。"
    quotes = {r.indicator: r.evidence.text for r in _findings(REVIEW + body + "\n").results}
    assert quotes["市场主体总量"] == "新增市场主体1.6万户、总量达到20.4万户"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # indicators listed before 等指标 each have the growth said after them
        ("税收收入、规上工业营业收入等指标保持15%以上的增速。",
         [("税收收入", None, "", 15.0), ("规上工业营业收入", None, "", 15.0)]),
        # a run of places after one said with its indicator: each place's figure of it
        ("具体来看,甲市地区生产总值 9200.5亿元,乙市7300.2亿元,丙市6100亿元。",
         [("甲市地区生产总值", 9200.5, "亿元", None), ("乙市地区生产总值", 7300.2, "亿元", None),
          ("丙市地区生产总值", 6100.0, "亿元", None)]),
        # how often a word occurs in the report is no figure
        ("报告中“创新”出现46次,“改革”出现31次。", []),
    ],
)  # fmt: skip
def test_lists_of_indicators_and_places_and_word_counts(body: str, expected: list[tuple[object, ...]]) -> None:
    assert results(body) == expected


def test_a_natural_growth_rate_is_a_level_and_may_be_below_zero() -> None:
    assert results("人口出生率7.2‰,人口自然增长率为-1.4‰。评选某省好人6名。") == [
        ("人口出生率", 7.2, "‰", None),
        ("人口自然增长率", -1.4, "‰", None),
    ]


def test_a_level_reached_past_steps_and_a_shares_change() -> None:
    assert results("地区生产总值跨越2个千亿元台阶,达到1.2万亿元、增长6.1%。工业投资增长21%,占比提高3.4个百分点。") == [
        ("地区生产总值", 1.2, "万亿元", 6.1),
        ("工业投资", None, "", 21.0),
        ("工业投资占比", None, "", 3.4),
    ]


def test_a_list_summed_up_by_its_number_of_kinds_shares_the_measure() -> None:
    assert results("纺织、食品、建材三大传统产业主营收入分别为820亿元、640亿元和510亿元。") == [
        ("纺织主营收入", 820.0, "亿元", None),
        ("食品主营收入", 640.0, "亿元", None),
        ("建材主营收入", 510.0, "亿元", None),
    ]


def test_a_count_then_为_and_what_they_are() -> None:
    assert results("签约项目18个,其中6个为市级重点项目,3例为输入病例。") == [
        ("签约项目", 18.0, "个", None),
        ("市级重点项目", 6.0, "个", None),
        ("输入病例", 3.0, "例", None),
    ]


def test_where_an_event_took_place_is_no_part_of_a_name() -> None:
    assert results("在上海的投资推介会上签订合作协议项目9个。") == [("签订合作协议项目", 9.0, "个", None)]


def test_capacities_per_day_and_rates_per_thousand_are_units() -> None:
    assert results("新增生活垃圾转运能力1200吨/天,新增污水处理能力3万立方米/日。") == [
        ("生活垃圾转运能力", 1200.0, "吨/天", None),
        ("污水处理能力", 3.0, "万立方米/日", None),
    ]


def test_ten_thousand_kilograms_is_a_unit() -> None:
    assert results("完成茶叶收购任务350万公斤,收购鲜叶12万千克。") == [
        ("茶叶收购任务", 350.0, "万公斤", None),
        ("收购鲜叶", 12.0, "万千克", None),
    ]


def test_in_all_said_around_a_name_is_no_part_of_it() -> None:
    # 合计/总计/共计 after the name or before its verb say "in all"
    assert results("签约金额合计12.5亿元,总计发放补贴3200万元。") == [
        ("签约金额", 12.5, "亿元", None),
        ("发放补贴", 3200.0, "万元", None),
    ]


def test_an_economy_forecast_for_the_year_is_its_growth() -> None:
    # 又预料今年本港经济增长…, 香港经济平均每年实质增长…: the economy's growth, whoever forecasts it
    assert [t[:2] for t in targets("又预料今年本港经济增长2%至3%。预测香港经济平均每年实质增长2.5%。")] == [
        ("经济增长", 2.0),
        ("经济增长", 2.5),
    ]
    assert results("全县粮食产量每年增长3%。") == [("粮食产量", None, "", 3.0)]


def test_a_rank_moved_by_places_and_an_outline_are_no_figures() -> None:
    assert results("全县生产总值在全市前移2个位次,排名上升3个名次。报告从6个方面回顾了过去一年。") == []
    assert targets("今年将重点做好以下7个方面、30项具体工作。") == []


def test_the_places_an_event_is_held_in_are_its_scope() -> None:
    assert results("某局采取主会场加分会场的形式在全市12个镇街举行一季度重点项目集中动工活动。") == []


def test_a_sub_districts_scope_and_a_yearly_capacity_are_no_names() -> None:
    assert results("全街实现规上工业总产值150.5亿元,签订年综合利用3000吨秸秆加工项目等8个项目。") == [
        ("规上工业总产值", 150.5, "亿元", None),
        ("项目", 8.0, "个", None),
    ]


def test_a_count_of_projects_is_of_whose_they_are() -> None:
    # 某产业专班2个项目: whose projects; 丘海学校等6个项目: examples, not whose
    assert results("其中,新能源产业专班4个项目,文旅专班2个项目,某学校等3个项目。") == [
        ("新能源产业专班项目", 4.0, "个", None),
        ("文旅专班项目", 2.0, "个", None),
        ("项目", 3.0, "个", None),
    ]


def test_signed_is_no_about() -> None:
    # 签约 ends with 约, which is no "about" there
    assert results("全县签约12个项目。") == [("签约项目", 12.0, "个", None)]


def test_thousands_of_hectares_is_a_unit() -> None:
    assert results("粮食作物播种面积35.5千公顷,其中谷物面积30.1千公顷。") == [
        ("粮食作物播种面积", 35.5, "千公顷", None),
        ("谷物面积", 30.1, "千公顷", None),
    ]


def test_the_three_sectors_shares_and_pulls_are_each_sectors() -> None:
    assert results("三次产业贡献率分别为20%、30.5%、49.5%,分别拉动经济增长1.2个百分点、1.8个百分点和2.9个百分点。") == [
        ("第一产业贡献率", 20.0, "%", None),
        ("第二产业贡献率", 30.5, "%", None),
        ("第三产业贡献率", 49.5, "%", None),
        ("第一产业拉动经济增长", 1.2, "个百分点", None),
        ("第二产业拉动经济增长", 1.8, "个百分点", None),
        ("第三产业拉动经济增长", 2.9, "个百分点", None),
    ]
    # a pull told after the part's own growth is that part's
    assert results("全市工业投资增长8.5%,拉动投资增长2.5个百分点。") == [
        ("工业投资", None, "", 8.5),
        ("工业投资拉动投资增长", 2.5, "个百分点", None),
    ]


def test_a_rate_rising_again_on_an_earlier_quarters_own_rate() -> None:
    # 较一季度(-10.8%)回升2.1个百分点: the quarter's own rate in brackets is no figure; 回升 raises
    assert results("上半年全县地区生产总值增长-6.5%,较一季度(-9.5%)回升3个百分点。PM2.5浓度回升5%。") == [
        ("地区生产总值", None, "", 6.5),  # (a decrease: 增长-6.5% is 下降6.5%)
        ("地区生产总值增速", None, "", 3.0),
        ("PM2.5浓度", None, "", 5.0),
    ]


def test_a_count_of_projects_among_which_and_what_was_planned() -> None:
    # 新签约40个项目中,…: the field the next figures are of; 策划储备了: 了 is no part of a name
    assert results("新签约40个项目中,工业项目25个。策划储备了30个项目。") == [
        ("新签约项目", 40.0, "个", None),
        ("工业项目", 25.0, "个", None),
        ("策划储备项目", 30.0, "个", None),
    ]


def test_a_multiple_of_a_base_years_is_the_levels_change() -> None:
    assert results("畜牧业总产值达到30.5亿元,是2020年的1.3倍。城乡居民人均可支配收入达到3万元、1.5万元,分别是2020年的1.4倍和1.6倍。") == [
        ("畜牧业总产值", 30.5, "亿元", 1.3),
        ("城镇居民人均可支配收入", 3.0, "万元", 1.4),
        ("农村居民人均可支配收入", 1.5, "万元", 1.6),
    ]


def test_a_change_in_percent_after_a_share_is_the_measures() -> None:
    assert results("制造业增加值占比为3.5%,同比下降12.5%;民间投资占比40%、提高1.5个百分点。") == [
        ("制造业增加值占比", 3.5, "%", None),
        ("制造业增加值", None, "", 12.5),
        ("民间投资占比", 40.0, "%", 1.5),
    ]


def test_what_was_done_of_a_task_is_named_by_the_task() -> None:
    assert results("农村改厕任务3000座,完成3200座。") == [("农村改厕任务", 3000.0, "座", None), ("农村改厕", 3200.0, "座", None)]


def test_a_space_typeset_after_a_number_is_no_break() -> None:
    # 322.9 亿元, 5 万多名, 第 6 位: a site's typesetting; the quote keeps the page's own spaces
    found = _findings(REVIEW + "全市社会消费品零售总额实现 322.9 亿元,惠及 5 万多名消费者,居全省第 6 位。\n").results
    assert [(r.indicator, r.value, r.unit) for r in found] == [("社会消费品零售总额", 322.9, "亿元"), ("消费者", 5.0, "万名")]
    assert found[0].evidence.text.endswith("322.9 亿元")
    # and before a number, after its verb (达到 320 亿元): the level with its change
    grown = _findings(REVIEW + "全市地区生产总值增长5.2%,达到 320 亿元。\n").results
    assert [(r.indicator, r.value, r.unit, r.change) for r in grown] == [("地区生产总值", 320.0, "亿元", 5.2)]


def test_a_categorys_change_is_a_figure_but_its_count_is_the_lists_make_up() -> None:
    # 食品烟酒类上涨1.0%: a price category's change (a count of a category, 产业类3个, is none)
    assert results("居民消费价格比上年上涨1.8%。其中,食品烟酒类上涨1.0%,衣着类下降0.6%。") == [
        ("居民消费价格", None, "", 1.8), ("食品烟酒类", None, "", 1.0), ("衣着类", None, "", 0.6),  # (the fall in direction)
    ]  # fmt: skip
    assert results("全年实施项目8个,其中基建工程类5个,产业类3个。") == [("实施项目", 8.0, "个", None)]


def test_amounts_listed_with_a_last_and_are_each_listed_names() -> None:
    # 户数、从业人员、注册资金为2.5万户、9.9万人和256.8亿元 (分别 or not): one amount each
    for verb in ("为", "分别为"):
        assert [r[:3] for r in results(f"全县民营经济户数、从业人员、注册资金{verb}2.5万户、9.9万人和256.8亿元。")] == [
            ("民营经济户数", 2.5, "万户"), ("从业人员", 9.9, "万人"), ("注册资金", 256.8, "亿元"),
        ]  # fmt: skip


def test_a_change_of_the_rate_against_months_before_is_no_figure_named_by_the_months() -> None:
    found = results("规模以上工业增加值同比下降20.0%,居全市第7位,较1-6月份提高0.4个百分点。")
    assert found[0] == ("规模以上工业增加值", None, "", 20.0)
    assert not any(name.startswith("较") for name, *_ in found)


def test_the_candidates_of_a_vote_are_no_targets() -> None:
    body = "经过广泛征集,筛选出12项民生实事候选项目,由区人大代表从12个候选项目中票决产生。"
    assert targets(body) == []
    assert targets("今年的民生实事项目经广泛征集,由231名代表投票表决产生。") == []  # who voted


def test_an_outputs_change_said_with_zengchan_is_the_outputs() -> None:
    # 夏粮产量14740万吨,增产1.0%: the change of the output just given (粮食增产35亿斤 is an amount added)
    assert results("夏粮产量14740万吨,增产1.0%;稻谷产量20849万吨,比上年减产2.0%。") == [
        ("夏粮产量", 14740.0, "万吨", 1.0), ("稻谷产量", 20849.0, "万吨", 2.0),
    ]  # fmt: skip
    assert results("全年粮食增产35亿斤。") == [("粮食增产", 35.0, "亿斤", None)]


def test_a_goal_given_by_the_level_above_with_its_amount_and_a_remark_on_it() -> None:
    # 完成市分配任务25亿元的142.4%: the rate of completion (25亿元 is the goal's, no figure); the
    # change after 已超额完成目标任务 is still the level's
    assert results("全县实际内联引资35.6亿元,完成市分配任务25亿元的142.4%,已超额完成目标任务,同比增长256%。") == [
        ("内联引资", 35.6, "亿元", 256.0), ("内联引资市分配任务完成率", 142.4, "%", None),
    ]  # fmt: skip
    assert results("完成外贸出口314万美元,占市分配任务1000万美元的31.4%。") == [
        ("外贸出口", 314.0, "万美元", None), ("外贸出口占市分配任务", 31.4, "%", None),
    ]  # fmt: skip


def test_a_share_of_the_figure_just_given() -> None:
    # 占31%, 占全省的21.5%: the share of the figure before (占总人口比重为… names itself; 占年度投资计划… is a goal's)
    assert results("已投产项目7个,占31%。") == [("投产项目", 7.0, "个", None), ("投产项目占比", 31.0, "%", None)]
    assert results("全市社会消费品零售总额达5623亿元,占全省的21.5%。")[1] == ("社会消费品零售总额占全省", 21.5, "%", None)
    assert results("城镇常住人口6.32万人,占总人口比重为46.5%。")[1][:2] == ("占总人口比重", 46.5)


def test_a_change_of_a_falls_or_a_prices_rate_against_months_before() -> None:
    found = results(
        "规模以上工业增加值同比下降3.5%,降幅比1-7月份收窄1.9个百分点。"
        "居民消费价格总指数上涨2.1%,比1-7月涨幅回落0.4个百分点。工业增加值增长2.0%,比6月回落7.3个百分点。"
    )
    assert [name for name, *_ in found] == [
        "规模以上工业增加值", "规模以上工业增加值降幅", "居民消费价格总指数", "居民消费价格总指数涨幅",
        "工业增加值", "工业增加值增速",
    ]  # fmt: skip


def test_a_footnotes_mark_is_no_part_of_a_name() -> None:
    assert results("第三产业[3]增加值1311.9亿元,增长5.2%。") == [("第三产业增加值", 1311.9, "亿元", 5.2)]


def test_a_multiple_of_a_base_period_is_the_levels_change() -> None:
    # 均是“十二五”末的1.3倍, 分别是“十二五”的1.5倍和1.1倍: the change since (no direction said)
    found = results("社会消费品零售总额2131亿元、自营出口261.8亿美元,分别是“十二五”的1.5倍和1.1倍。")
    assert found == [("社会消费品零售总额", 2131.0, "亿元", 1.5), ("自营出口", 261.8, "亿美元", 1.1)]
    assert results("一般公共预算收入90.3亿元,均是“十二五”末的1.3倍。") == [("一般公共预算收入", 90.3, "亿元", 1.3)]


def test_a_rate_compared_with_a_list_of_bases_joined_by_he() -> None:
    # 增速比全市和全国分别高1.4、1.8个百分点: each gap is the rate's against its own base
    found = results("全区地区生产总值同比增长6.2%,增速比全市和全国分别高1.4、1.8个百分点。")
    assert [(name, value) for name, value, *_ in found[1:]] == [("地区生产总值增速高于全市", 1.4), ("地区生产总值增速高于全国", 1.8)]


def test_a_goal_quoted_in_brackets_beside_a_result_is_no_figure() -> None:
    # 引进企业21家(任务数18家): the task the result is measured by, told beside it
    assert results("引进重点企业21家(任务数18家),到位资金36亿元(年度目标34亿元)。") == [
        ("重点企业", 21.0, "家", None), ("到位资金", 36.0, "亿元", None),
    ]  # fmt: skip


def test_turnover_in_ton_and_passenger_kilometres_is_one_unit() -> None:
    assert results("全年货运周转量120.5亿吨公里,客运周转量6.2亿人公里。") == [
        ("货运周转量", 120.5, "亿吨公里", None), ("客运周转量", 6.2, "亿人公里", None),
    ]  # fmt: skip


def test_the_day_a_level_is_given_at_is_no_part_of_its_name() -> None:
    # 截止六月底完成投资…: when, not what (截至9月底 was read already)
    assert results("新开工项目40个,截止八月底完成投资31.5亿元。")[1] == ("完成投资", 31.5, "亿元", None)


def test_an_investment_written_without_yuan_before_a_project_is_its_attribute() -> None:
    # 总投资10亿的某项目: 10亿 is the project's size, as 总投资10亿元的某项目 is (not a count of it)
    assert results("本次签约总投资12亿的光伏组件生产项目、总投资8亿元的食品加工项目等项目6个。") == [("项目", 6.0, "个", None)]


def test_the_three_sectors_named_one_two_three_ci_are_each_sectors() -> None:
    found = results("第一、二、三次产业对经济增长的贡献率分别为12.5%、40.1%和47.4%。")
    assert [name for name, *_ in found] == [f"第{n}产业对经济增长的贡献率" for n in "一二三"]
    # …and written without 第 (一、二、三产业, 二、三产业), no list mark of a heading
    found = results("一、二、三产业对经济增长的贡献率分别为0.2%、10.9%、88.9%。二、三产业分别拉动经济增长0.7、5.3个百分点。")
    assert [name for name, *_ in found] == [
        *(f"第{n}产业对经济增长的贡献率" for n in "一二三"), "第二产业拉动经济增长", "第三产业拉动经济增长",
    ]  # fmt: skip


def test_a_list_of_changes_each_with_its_own_verb() -> None:
    # 分别增长6.9%、增长8.4%、下降4.8%: each change its own item (not the first one for all)
    found = results("规上工业用水、蒸汽、天然气分别增长3.2%、增长5.1%、下降2.6%。")
    assert [(name, change) for name, _, _, change in found if name in ("规上工业用水", "天然气")] == [
        ("规上工业用水", 3.2), ("天然气", 2.6),
    ]  # fmt: skip
    assert "然气" not in [name for name, *_ in found]  # (煤、天然气 share no head: 然气 is no name)


def test_a_rate_said_once_after_a_list_is_each_ones_change() -> None:
    # 教育、科技支出增速分别为…: a change of each (教育 says no measure of its own, so it has the last one's)
    assert results("文化、体育支出增速分别为6.5%、7.1%。") == [("文化支出", None, "", 6.5), ("体育支出", None, "", 7.1)]
    # the spending kinds listed before 等支出 are each one's 支出
    assert [name for name, *_ in results("住房保障、农林水、交通运输等支出同比增速分别为12.1%、-3.5%、8.8%。")] == [
        "住房保障支出", "农林水支出", "交通运输支出",
    ]  # fmt: skip


def test_parts_listed_before_their_pulls_are_each_ones() -> None:
    found = results("第一产业拉动增长0.4个百分点,第二、三产业分别拉动增长1.9和2.7个百分点。")
    assert [(name, value) for name, value, *_ in found] == [
        ("第一产业拉动增长", 0.4), ("第二产业拉动增长", 1.9), ("第三产业拉动增长", 2.7),
    ]  # fmt: skip


def test_a_part_that_achieves_a_bare_measure_names_it() -> None:
    # 第二产业实现增加值…: 第二产业增加值 (not 第二产业)
    assert results("第二产业实现增加值180.6亿元,增长5.9%。") == [("第二产业增加值", 180.6, "亿元", 5.9)]
    assert results("旅游业实现收入12亿元。") == [("旅游业收入", 12.0, "亿元", None)]
    # 限上商贸企业实现批发零售业商品销售额: the firms' measure named in full (not 限上商贸企业)
    assert results("限上商贸企业实现批发零售业商品销售额29.5亿元,同比增长25.0%。") == [
        ("限上商贸企业批发零售业商品销售额", 29.5, "亿元", 25.0)
    ]


def test_a_total_broken_down_by_county_names_each_county_for_the_counties_word() -> None:
    # 县区…共外出招商195批次,分别为:甲县35次: 甲县党政主要负责同志外出招商 (共 says how many)
    found = results("1-6月份县区党政主要负责同志共外出招商120批次,分别为:甲乙县35次、丙丁区33次。")
    assert [(name, value) for name, value, *_ in found] == [
        ("县区党政主要负责同志外出招商", 120.0), ("甲乙县党政主要负责同志外出招商", 35.0), ("丙丁区党政主要负责同志外出招商", 33.0),
    ]  # fmt: skip


def test_a_year_and_an_aside_opened_after_a_name_are_no_part_of_it() -> None:
    # 2023年计划投资…: the year names nothing; 重点项目(其中63项…): the aside is the next figure's
    found = results("我市共52项重点项目(其中40项已列入省重点项目),2023年计划投资46亿元。")
    assert [name for name, *_ in found] == ["重点项目", "重点项目", "投资"]


def test_the_names_of_a_rate_said_each_are_the_clause_before() -> None:
    # …和石油及制品类,增速分别为…: the list before the comma, its last 和 joins (及 is inside a name)
    found = results("家电类、日用品类和石油及制品类,增速分别为12.5%、7.8%和4.2%。")
    assert found == [("家电类", None, "", 12.5), ("日用品类", None, "", 7.8), ("石油及制品类", None, "", 4.2)]


def test_a_headline_levels_increment_and_growth_in_a_chain_of_clauses() -> None:
    # 全乡GDP达2.92亿元,比上年增加0.26亿元,增长10%: three targets of one indicator
    found = targets("全年主要预期目标:全镇GDP达3.5亿元,比上年增加0.3亿元,增长9%;农民人均纯收入达12000元,增长8%。")
    assert [(name, value) for name, value, *_ in found] == [
        ("GDP", 3.5), ("GDP增加", 0.3), ("GDP", 9.0), ("农民人均纯收入", 12000.0), ("农民人均纯收入", 8.0),
    ]  # fmt: skip


def test_shares_of_a_list_and_words_before_a_name() -> None:
    # A和B占GDP比重分别达到…: each one's share; 使全市… and 力求 are no part of a name
    found = targets("主要预期目标是:使全市文旅产业和数字经济占GDP比重分别达到8%和40%以上。")
    assert [name for name, *_ in found] == ["文旅产业占GDP比重", "数字经济占GDP比重"]
    assert targets("力求实现市外到位资金突破3亿元。")[0][0] == "市外到位资金"
    assert targets("规范提升星级“妇女之家”6家。")[0][:2] == ("星级“妇女之家”", 6.0)


def test_places_listed_before_a_measure_each_have_it() -> None:
    found = targets("甲乙市、丙丁市、戊己市固定资产投资分别增长6%、7.5%和9%。")
    assert [name for name, *_ in found] == ["甲乙市固定资产投资", "丙丁市固定资产投资", "戊己市固定资产投资"]


def test_a_figure_for_each_of_a_list_of_years_is_the_indicators() -> None:
    # 2016、2017、2018年分别完成国内生产总值…; 2016年至2018年,分别完成…: one indicator, a figure each year
    for body in ("2026、2027、2028年分别完成地区生产总值210.5亿元、230.2亿元、251亿元。",
                 "2026年至2028年,分别完成地区生产总值210.5亿元、230.2亿元、251亿元。"):
        assert [(name, value) for name, value, *_ in results(body)] == [
            ("地区生产总值", 210.5), ("地区生产总值", 230.2), ("地区生产总值", 251.0),
        ], body  # fmt: skip


def test_a_side_word_listed_before_a_place_that_is_none() -> None:
    # 城市、县城污水处理率: 城市污水处理率 (县城 is no side word like 农村 of 城镇、农村…)
    assert targets("城市、县城污水处理率分别达到98%、95%。")[0][:2] == ("城市污水处理率", 98.0)


def test_the_investment_of_a_project_named_right_after_it_is_its_size() -> None:
    # 投资5亿元某某科技颜料项目落户: an attribute of the project, like 总投资50亿元的某电厂
    assert results("投资5亿元某某科技颜料项目落户某某园区。投资33亿元某某赛车小镇被评为示范小镇。") == []
    # money spent on what a verb says is a figure
    assert results("全年投资20亿元建设学校3所。") == [("投资", 20.0, "亿元", None), ("建设学校", 3.0, "所", None)]


def test_the_investment_of_a_set_of_projects_counted_after_it_is_theirs() -> None:
    # 总投资60亿元的15个某某项目: the set's 总投资 (LABELLING: <projects>总投资), its quote on to the projects
    # (and the deed that names them, as their count's)
    found = _findings(REVIEW + "总投资60亿元的15个乡村振兴项目集中签约。协议总投资9.5亿元的6个项目落户某某园区。\n").results
    assert [(r.indicator, r.value, r.evidence.text) for r in found] == [
        ("签约乡村振兴项目总投资", 60.0, "总投资60亿元的15个乡村振兴项目集中签约"), ("签约乡村振兴项目", 15.0, "的15个乡村振兴项目集中签约"),
        ("项目协议总投资", 9.5, "协议总投资9.5亿元的6个项目"), ("项目", 6.0, "的6个项目"),
    ]  # fmt: skip
    # …but one project's size (总投资50亿元的某电厂二期) and kinds listed (…的30个省级、市级重点项目) are none
    assert [name for name, *_ in results("总投资50亿元的某某电厂二期开工。总投资90亿元的30个省级、市级重点项目开工。")] == ["省级"]


def test_an_industrys_investment_done_is_its_investment() -> None:
    # LABELLING: <projects>完成投资, but 第一产业完成投资 is 第一产业投资
    assert results("第一产业完成投资27.6亿元,下降56.6%。重点项目完成投资50亿元。") == [
        ("第一产业投资", 27.6, "亿元", 56.6), ("重点项目完成投资", 50.0, "亿元", None),
    ]  # fmt: skip


def test_a_band_of_sizes_before_what_is_counted_is_part_of_its_name() -> None:
    # 1-5亿元项目299个: the band says which projects; no item of its own, and no quote inside a number
    assert results("亿元以上项目达431个,其中1-5亿元项目299个,5-10亿元项目61个。") == [
        ("亿元以上项目", 431.0, "个", None), ("1-5亿元项目", 299.0, "个", None), ("5-10亿元项目", 61.0, "个", None),
    ]  # fmt: skip
    out = _findings(PLAN + "今年实施重点项目300个,其中1-5亿元项目200个,10亿元以上项目64个。\n")
    assert [t.evidence.text for t in out.targets] == ["今年实施重点项目300个", "其中1-5亿元项目200个", "10亿元以上项目64个"]


def test_a_bare_measure_word_is_of_what_the_sentence_spoke_of() -> None:
    # 数量, 规模: the figure is of the thing the clause before names, or of the figure named before
    assert results("全区高新技术企业快速发展,数量达到520家。")[0][:2] == ("高新技术企业", 520.0)
    found = results("地方一般公共预算收入增速达30.9%,跃居全省第一,规模达到272.1亿元。")
    assert [(name, value) for name, value, *_ in found] == [("地方一般公共预算收入", None), ("地方一般公共预算收入", 272.1)]


def test_the_time_a_task_took_is_no_figure() -> None:
    # 20天时间完成…, 1个月时间拆除…: durations (LABELLING), and no part of the name after them
    assert results("20天时间基本完成359户居民征收工作,1个月时间拆除地上建筑17.6万平方米。") == [
        ("居民征收工作", 359.0, "户", None), ("拆除地上建筑", 17.6, "万平方米", None),
    ]  # fmt: skip


def test_a_level_raised_from_a_per_head_base_is_the_new_level() -> None:
    # 从年人均580元提高到610元, 由每月600元提高至650元: the base is no item
    assert results("城乡医保财政补助标准从年人均580元提高到610元。低保标准由每月600元提高至650元。") == [
        ("城乡医保财政补助标准", 610.0, "元", None), ("低保标准", 650.0, "元", None),
    ]  # fmt: skip


def test_visits_and_class_hours_are_units_and_honours_are_no_figures() -> None:
    assert results("走访重点企业300余家次。开展培训60学时。获得省级荣誉7项、市级荣誉3项。") == [
        ("走访重点企业", 300.0, "家次", None), ("开展培训", 60.0, "学时", None),
    ]  # fmt: skip


def test_a_share_said_in_words_names_nothing_and_in_all_left_at_the_end_is_dropped() -> None:
    # 投产项目已超过半数、达54.13%: the project's share; 贡献率合计为59.1%: 合计 is no part of the name
    assert results("投产项目已超过半数、达54.13%。")[0][:2] == ("投产项目", 54.13)
    assert results("优势行业对全市经济增长的贡献率合计为59.1%。")[0][0] == "优势行业对全市经济增长的贡献率"


def test_the_goal_of_a_share_in_brackets_is_no_figure() -> None:
    assert results("工业到位资金占比64.9%(任务数占比60%)。") == [("工业到位资金占比", 64.9, "%", None)]


def test_a_comparable_price_growth_and_an_investment_told_of_the_clause_before() -> None:
    # 可比价增长7.5%: the basis names nothing; 房地产业投资稳中有升,全年完成投资…: the investment told of
    assert results("全年完成地区生产总值808.7亿元,可比价增长7.5%。") == [("地区生产总值", 808.7, "亿元", 7.5)]
    assert results("房地产业投资稳中有升,全年完成投资21.7亿元,同比增长13.4%。") == [("房地产业投资", 21.7, "亿元", 13.4)]


def test_units_written_with_symbols() -> None:
    assert results("销售面积31.6万m²。")[0][1:3] == (31.6, "万m²")
    assert targets("PM2.5、PM10年均浓度分别低于47μg/m3、61μg/m3。") == [
        ("PM2.5年均浓度", 47.0, "μg/m3", ""), ("PM10年均浓度", 61.0, "μg/m3", ""),
    ]  # fmt: skip


def test_each_place_of_a_breakdown_after_its_total() -> None:
    # 其中:甲乙区完成6962人、…; 安置点6个(甲乙区1个、…): each place's share of the total, a verb or a bracket between
    found = results("全市完成减少农村贫困人口7.5万人,其中:甲乙区完成6962人、丙丁县完成3619人。")
    assert [(name, value) for name, value, *_ in found] == [
        ("减少农村贫困人口", 7.5), ("甲乙区减少农村贫困人口", 6962.0), ("丙丁县减少农村贫困人口", 3619.0),
    ]  # fmt: skip
    found = results("全市建设安置点6个(甲乙区1个、丙丁县2个)。")
    assert [(name, value) for name, value, *_ in found] == [("安置点", 6.0), ("甲乙区安置点", 1.0), ("丙丁县安置点", 2.0)]


def test_money_set_aside_is_named_by_what_it_is_for() -> None:
    # 编列33亿元改善道路…, 投入资金2亿元实施…, 安排资金5亿元用于…: the purpose names the money
    assert targets("编列33亿元改善道路、人行道与自行车道。投入资金2亿元实施老旧小区改造。安排资金5亿元用于乡村振兴。") == [
        ("改善道路、人行道与自行车道", 33.0, "亿元", ""), ("实施老旧小区改造", 2.0, "亿元", ""), ("乡村振兴", 5.0, "亿元", ""),
    ]  # fmt: skip
    # …up to the next amount (兴建某大排及150亿元汰换…: the next one's)
    assert targets("投入30亿元兴建某某大排及150亿元汰换管线。")[0][:2] == ("兴建某某大排", 30.0)
    # a budget's 预留…作… (what the money is set aside as) and 增拨…增购… (granted more, to buy more),
    # in either script
    assert targets("预留500亿元作某某新区发展专用款项。增撥30億元增購檢測設備。") == [
        ("某某新区发展专用款项", 500.0, "亿元", ""), ("增購檢測設備", 30.0, "億元", ""),
    ]  # fmt: skip
    # 预留…支援/设立…: what the money set aside supports or sets up names it
    assert targets("预留40亿元支援灾后长远居住安排。预留10亿元设立人工智能研发院。") == [
        ("支援灾后长远居住安排", 40.0, "亿元", ""), ("设立人工智能研发院", 10.0, "亿元", ""),
    ]  # fmt: skip
    # 获 (gets) takes its object after the amount, as 获发 does; 获评 and 荣获 are words of their own
    assert targets("住宅用户获1000元电费补贴。") == [("电费补贴", 1000.0, "元", "")]
    assert results("获评国家级示范区3个。") == [("国家级示范区", 3.0, "个", None)]


def test_a_budgets_listing_verb_and_a_copula_name_nothing() -> None:
    # 原列/计列/核列 (listed at) and 编了 as 编列, and 是 (is) before the figure: the subject names it, in
    # either script; 共 of 公共 is no "in all"
    assert targets("岁入原列90亿元,较上年度增加6.5亿元。舉債計列10億元。经常收入是52亿元。") == [
        ("岁入", 90.0, "亿元", ""), ("岁入增加", 6.5, "亿元", ""), ("舉債", 10.0, "億元", ""), ("经常收入", 52.0, "亿元", ""),
    ]  # fmt: skip
    assert targets("今年公共建設計畫編了5972億元。特別預算歲出共核列1922億元。") == [
        ("公共建設計畫", 5972.0, "億元", ""), ("特別預算歲出", 1922.0, "億元", ""),
    ]  # fmt: skip
    # what a source shows (…统计公报,显示…) names nothing either
    assert ("常住人口", 660.25, "万人", 3.12) in results("统计局发布统计公报,显示常住人口660.25万人,比上年末增加19.96万人,增长3.12%。")


def test_the_two_said_just_before_and_a_link_word_name_nothing() -> None:
    # 两者分别同比增长…: the two levels just given; 但/而 open a sentence, no part of a name
    assert results("上划中央两税1463.75亿元,上划中央所得税513.01亿元,两者分别同比增长7.13%、17.17%。") == [
        ("上划中央两税", 1463.75, "亿元", 7.13), ("上划中央所得税", 513.01, "亿元", 17.17),
    ]  # fmt: skip
    assert results("但股份制企业利润增长13.7%。而工业增加值增长5%。") == [
        ("股份制企业利润", None, "", 13.7), ("工业增加值", None, "", 5.0),
    ]  # fmt: skip


def test_each_ones_contribution_and_a_listed_level_below_zero() -> None:
    # 资本形成总额、…、净出口对经济增长的贡献率分别为…和-1.9%: each one's contribution, the last one negative
    found = results("资本形成总额、最终消费支出、净出口对经济增长的贡献率分别为45.0%、56.9%和-1.9%。")
    assert [(name, value) for name, value, *_ in found] == [
        ("资本形成总额对经济增长的贡献率", 45.0), ("最终消费支出对经济增长的贡献率", 56.9), ("净出口对经济增长的贡献率", -1.9),
    ]  # fmt: skip


def test_projects_share_of_their_years_plan_is_named_by_the_projects() -> None:
    # 续建项目完成投资144.77亿元,完成年度计划的77.7%: the projects' plan completed, their investment said already
    assert results("续建项目完成投资144.77亿元,完成年度计划的77.7%。")[1][:2] == ("续建项目年度计划完成率", 77.7)


def test_a_pull_named_once_names_the_pulls_after_it_and_a_gloss_names_nothing() -> None:
    # 第一产业拉动GDP增长0.7个百分点,第二、三产业分别拉动增长…: the whole pulled is GDP for each
    found = results("第一产业拉动GDP增长0.7个百分点,第二、三产业分别拉动增长2.1和2.4个百分点。")
    assert [name for name, *_ in found] == ["第一产业拉动GDP增长", "第二产业拉动GDP增长", "第三产业拉动GDP增长"]
    # …a part's contribution to the whole said at length: the part pulls
    assert results("第一产业对全县地区生产总值的贡献率为6.6%,拉动GDP增长0.2个百分点。")[1][0] == "第一产业拉动GDP增长"
    # (包括…): a gloss on what is counted; a short bound (含一级) stays
    assert results("农林牧渔业(包括农林牧渔专业及辅助性活动)增加值18100万元。")[0][0] == "农林牧渔业增加值"
    assert results("一级以下(含一级)医院门诊报销比例从50%提高到60%。")[0][:2] == ("一级以下(含一级)医院门诊报销比例", 60.0)


def test_light_and_heavy_industry_each_have_the_share() -> None:
    assert [name for name, *_ in results("轻、重工业占比分别为30.6%和69.4%。")] == ["轻工业占比", "重工业占比"]
    assert results("特别是采矿业增加值增长15%。")[0][0] == "采矿业增加值"


def test_a_kind_of_goal_is_named_by_its_heading() -> None:
    # 社会消费品零售总额:底线目标929亿元,增长12.5%; 外经合作:底线目标增长15%,奋斗目标增长20%
    assert targets("社会消费品零售总额:底线目标929亿元,增长12.5%。外经合作:底线目标增长15%,奋斗目标增长20%。") == [
        ("社会消费品零售总额", 929.0, "亿元", ""), ("社会消费品零售总额", 12.5, "%", ""),
        ("外经合作", 15.0, "%", ""), ("外经合作", 20.0, "%", ""),
    ]  # fmt: skip


def test_projects_counted_are_named_by_what_was_done_to_them() -> None:
    # 某某等55个项目成功签约, 有3个项目开工建设, 20个储备项目提前开工: the projects signed, started (LABELLING:
    # counts of things done); not 51个新建项目已开工建设42个, whose second number counts those started
    assert results("某某公司等55个项目成功签约。有3个项目开工建设。20个储备项目提前开工。") == [
        ("签约项目", 55.0, "个", None), ("开工项目", 3.0, "个", None), ("开工储备项目", 20.0, "个", None),
    ]  # fmt: skip
    assert results("51个新建项目已开工建设42个。")[0][:2] == ("新建项目", 51.0)
    # 22个项目超额完成: done beyond their goal (and 17个子项超额完成 counts the items, not 子项超额)
    assert results("22个项目超额完成。其中有17个子项超额完成。") == [("超额完成项目", 22.0, "个", None), ("子项", 17.0, "个", None)]


def test_money_per_period_carries_its_period_in_the_unit() -> None:
    # 每人每年640元, 每年1万元 (LABELLING: 元/月, 元/人/月); a base raised from is none (由每月600元提高至650元)
    assert targets("医保政府补助标准提高到每人每年640元。大学生交通补助每年1万元。低保标准由每月600元提高至650元。") == [
        ("医保政府补助标准", 640.0, "元/人/年", ""), ("大学生交通补助", 1.0, "万元/年", ""), ("低保标准", 650.0, "元", ""),
    ]  # fmt: skip
    # per day too (每日 210元, a space before the amount; 每天 is 每日), and 每月可获 (what is got between)
    assert targets("失业津贴调升至每日 210元。陪护补贴每天80元。每名长者每月可获5000元资助。") == [
        ("失业津贴", 210.0, "元/日", ""), ("陪护补贴", 80.0, "元/日", ""), ("资助", 5000.0, "元/月", ""),
    ]  # fmt: skip


def test_more_so_said_before_or_inside_a_name_is_no_part_of_it() -> None:
    # 更是 (even more so): an adverb, wherever it stands
    assert results("资金到位率更是高达207.53%。更是实现营收12亿元。") == [
        ("资金到位率", 207.53, "%", None), ("营收", 12.0, "亿元", None),
    ]  # fmt: skip


def test_a_budget_passed_as_amended_is_the_budget_proposed() -> None:
    # 岁出预算1775亿余元,删除3.5亿,修正通过1772亿元: what was passed is the budget said before, in its unit
    assert targets("岁出预算1775亿余元,删除3.5亿,修正通过1772亿元。")[-1] == ("岁出预算", 1772.0, "亿元", "")
    assert targets("总预算1200亿元,三读通过1190亿元。")[-1] == ("总预算", 1190.0, "亿元", "")


def test_a_budget_against_this_years() -> None:
    # 明年度岁入预算…,比今年减少23.1亿元; 比今年704.9亿元增加3.7亿元: this year's is the base
    assert targets("明年度岁入预算656.2亿元,比今年减少23.1亿元,岁出预算707.9亿元,比今年704.9亿元增加3.7亿元。") == [
        ("岁入预算", 656.2, "亿元", ""), ("岁入预算减少", 23.1, "亿元", ""),
        ("岁出预算", 707.9, "亿元", ""), ("岁出预算增加", 3.7, "亿元", ""),
    ]  # fmt: skip


def test_care_of_typed_for_percent() -> None:
    assert results("全县生产总值实现131487万元,同比增长15℅。") == [("生产总值", 131487.0, "万元", 15.0)]


def test_places_that_made_a_list_are_no_figures() -> None:
    # 甲区、乙县分别上榜1个项目: a ranking board's honours (LABELLING: no items)
    assert results("甲乙区、丙丁县分别上榜1个项目。") == []


def test_a_change_on_last_years_end_and_in_permille_points() -> None:
    # 比上年末增加0.1万人: the base names nothing (LABELLING: the verb-named flow); 上升4.04个千分点: a rate's change;
    # 年末 says when a stock is counted, no part of its name
    assert results("年末常住人口13.6万人,比上年末增加0.1万人。人口出生率22.11‰,比上年上升4.04个千分点。") == [
        ("常住人口", 13.6, "万人", None), ("常住人口增加", 0.1, "万人", None), ("人口出生率", 22.11, "‰", 4.04),
    ]  # fmt: skip


def test_a_change_named_by_its_levels_measure_alone_is_that_levels() -> None:
    # 第二产业实现增加值280.5亿元,占GDP比重61.8%,增加值增长6.8%: the 6.8% is the value added's change
    assert results("第二产业实现增加值280.5亿元,占GDP比重61.8%,增加值增长6.8%。")[0] == ("第二产业增加值", 280.5, "亿元", 6.8)


def test_a_unit_counted_per_another_after_a_slash_is_one_unit() -> None:
    # 公斤/亩, 辆/千人: the slash and what follows it are the unit's (in either script)
    assert results("全年粮食单产412.5公斤/亩,增长2.1%。每千人拥有汽车156辆/千人。") == [
        ("粮食单产", 412.5, "公斤/亩", 2.1),
        ("每千人拥有汽车", 156.0, "辆/千人", None),
    ]
    assert results("全年糧食綜合單產405.3公斤/畝,增長1.8%。") == [("糧食綜合單產", 405.3, "公斤/畝", 1.8)]


def test_livestock_and_goods_named_by_one_character() -> None:
    # 羊发展到…万只, 马…万匹, and a total shared by one-character products: each one's 总产量
    assert results("全县羊发展到36.5万只,马驴骡发展到1.8万匹,肉、蛋、奶总产量分别达3.1万吨、0.62万吨、5.4万吨。") == [
        ("羊", 36.5, "万只", None),
        ("马驴骡", 1.8, "万匹", None),
        ("肉总产量", 3.1, "万吨", None),
        ("蛋总产量", 0.62, "万吨", None),
        ("奶总产量", 5.4, "万吨", None),
    ]


def test_the_money_a_years_plan_sets_aside_is_named_by_it() -> None:
    # 计划安排…亿元: the plan's allocation (年度 and 今年 before it say when, not what)
    assert targets("全年计划安排210亿元,重点投向五大领域。在建设城市交通网方面,年度计划安排48.6亿元。") == [
        ("计划安排", 210.0, "亿元", ""),
        ("计划安排", 48.6, "亿元", ""),
    ]


def test_tasks_under_way_listed_with_their_progress_and_a_count_said_again() -> None:
    # …正在施工中(88%)、…正在施工中(64%): each task's progress; 这4项 counts the tasks listed again
    assert results(
        "甲镇污水管网工程正在施工中(88%)、乙村道路提升工程正在施工中(64%),这4项预计年底前完成;"
        "5个老旧小区改造正在施工中(70%)。"
    ) == [
        ("甲镇污水管网工程进度", 88.0, "%", None),
        ("乙村道路提升工程进度", 64.0, "%", None),
        ("老旧小区改造", 5.0, "个", None),
        ("老旧小区改造进度", 70.0, "%", None),
    ]


def test_deeds_said_with_adverbs_and_a_pair_of_rates_written_as_one() -> None:
    # 同步入驻 / 如期完成: adverbs of the deed; 全部超额完成: matters done; 开竣工率均: 开工率 and 竣工率
    assert results(
        "新客运站正式启用,6条城乡公交线路同步入驻。如期完成某产业园二期218.5亩。36项民生实事全部超额完成。"
        "省市重点项目开竣工率均达100%。"
    ) == [
        ("城乡公交线路", 6.0, "条", None),
        ("某产业园二期", 218.5, "亩", None),
        ("民生实事", 36.0, "项", None),
        ("省市重点项目开工率", 100.0, "%", None),
        ("省市重点项目竣工率", 100.0, "%", None),
    ]


def test_a_growth_on_the_same_period_names_no_period() -> None:
    # 同期增长: on the same period of last year, as 同比 (计划 says whose amount, no part of it)
    assert results("全年引进项目16个,计划投资额同期增长6%。") == [("引进项目", 16.0, "个", None), ("投资额", None, "", 6.0)]
    # (but a share of the same period's whole keeps it: 占同期…支出)
    assert targets("教育支出占同期财政支出22%以上。") == [("教育支出占同期财政支出", 22.0, "%", "以上")]


def test_shares_listed_after_their_levels_and_an_amount_converted_in_brackets() -> None:
    # 分别占总人口的…和…: each level's share; (按…汇率折算为…美元): the same level, the change after
    # the bracket the level's; 低于…的控制目标 recalls a target; 没有发生1起: none
    assert results(
        "人均地区生产总值为98620元(按年平均汇率折算为13870美元),增长5.3%。城镇调查失业率4.6%,低于5.5%的控制目标。"
        "男性人口258万人,女性人口241万人,分别占总人口的51.7%和48.3%。全年没有发生1起较大安全事故。"
    ) == [
        ("人均地区生产总值", 98620.0, "元", 5.3),
        ("人均地区生产总值", 13870.0, "美元", None),
        ("城镇调查失业率", 4.6, "%", None),
        ("男性人口", 258.0, "万人", None),
        ("女性人口", 241.0, "万人", None),
        ("男性人口占总人口", 51.7, "%", None),
        ("女性人口占总人口", 48.3, "%", None),
    ]
    # 占比分别为…: the whole not said; a count's share is of its number (项目数占比)
    assert results("甲地区的项目15个,总投资211.98亿元,占比分别为12.9%和17.7%。")[2:] == [
        ("甲地区的项目数占比", 12.9, "%", None), ("总投资占比", 17.7, "%", None),
    ]  # fmt: skip


def test_places_whose_progress_is_told_before_their_completion_rates() -> None:
    # 甲镇、乙镇进展较好,分别完成年度计划的…: the places' rates, their progress no part of the name
    assert results("甲镇、乙镇进展较好,分别完成年度计划的118.4%、103.2%。") == [
        ("甲镇", 118.4, "%", None),
        ("乙镇", 103.2, "%", None),
    ]


def test_a_goal_for_a_rate_of_starts_is_no_deed_done() -> None:
    # 开工率达到70%以上 is what an action plan aims at (a rate of starts told as done makes a year's list done)
    text = "某市出台行动方案,力争全年新签项目120个以上,往年项目开工率达到60%以上,当年项目开工率达到35%以上。\n"
    [summary] = summarize(load(text=text), engine="rules")
    assert [(t.indicator, t.value, t.qualifier) for t in summary.targets] == [
        ("新签项目", 120.0, "以上"),
        ("往年项目开工率", 60.0, "以上"),
        ("项目开工率", 35.0, "以上"),
    ]


def test_a_total_with_its_part_in_brackets_is_no_field_counted_among() -> None:
    # 共有…227家(其中上市公司5家): 其中 gives a part, not a field (在全省91个县(市)中: a field)
    assert results("目前共有规上工业企业183家(其中上市公司4家),累计完成规上工业产值96.5亿元。") == [
        ("规上工业企业", 183.0, "家", None),
        ("上市公司", 4.0, "家", None),
        ("规上工业产值", 96.5, "亿元", None),
    ]


def test_an_abbreviation_note_a_converted_amount_a_field_ranked_in_and_a_projects_yield() -> None:
    # (以下简称增长) names nothing; 约合…美元 is the figure converted; 稳居全省100个县区前列 is the
    # field ranked in; 年可实现贸易额 is what a project may yield, no figure of the report's
    assert results(
        "全年地区生产总值实现86亿元,同比增长(以下简称增长)6.5%。人均生产总值约合15120美元。"
        "规上工业增速稳居全省100个县区前列。商务港建成后预计年可实现贸易额120亿元。"
    ) == [("地区生产总值", 86.0, "亿元", 6.5), ("人均生产总值", 15120.0, "美元", None)]


def test_a_month_in_chinese_numerals_an_estimate_and_a_base_month_name_nothing() -> None:
    # 二零三零年九月的…的临时估计为…,较上年同月上升…: the figure, its change on the same month
    assert results("二零三零年九月的零售业总销货价值的临时估计为288亿元,较上年同月上升4.2%。") == [
        ("零售业总销货价值", 288.0, "亿元", 4.2)
    ]


def test_the_goal_words_then_a_verb_of_intent_name_what_follows() -> None:
    # …增长的预期目标是实现技工贸总收入增长30%: what the goal is set on names it
    assert targets("全区经济增长的预期目标是实现技工贸总收入增长25%,固定资产投资增长12%。") == [
        ("技工贸总收入", 25.0, "%", ""),
        ("固定资产投资", 12.0, "%", ""),
    ]


def test_years_ahead_as_a_range_or_a_decade_look_ahead() -> None:
    # 未来3至4年, 下一个十年期: a housing plan's years ahead, not a review's (当中: among which)
    text = (
        "施政报告在房屋供应上采取加快策略,报告预计未来3至4年一手住宅供应量达8.6万个。"
        "下一个十年期总房屋需求为38万个单位,当中公营房屋26.6万个。\n"
    )
    [summary] = summarize(load(text=text), engine="rules")
    assert [(t.indicator, t.value) for t in summary.targets] == [
        ("一手住宅供应量", 8.6), ("总房屋需求", 38.0), ("公营房屋", 26.6)]  # fmt: skip
    assert summary.results == []


def test_steps_passed_over_the_years_then_the_level_reached() -> None:
    # 先后跨越…、…台阶,2029年达到…: the steps are no figures, the level reached is the subject's;
    # 接近…台阶 neither
    assert results(
        "全市生产总值先后跨越200亿元、300亿元台阶,2029年达到326亿元,年均增长7.1%。经济总量接近400亿元台阶。"
    ) == [("生产总值", 326.0, "亿元", 7.1)]


def test_a_projects_share_of_works_done_and_a_monthly_standard_with_its_floor() -> None:
    # 提升改造 names a project (no rise); 完成工程量82%: its works done; 每人每月不低于55元: 元/人/月
    assert results("甲线道路提升改造完成工程量76%,乙海塘除险加固完成工程量91%。重度残疾人护理补贴标准每人每月不低于60元。") == [
        ("甲线道路提升改造完成工程量", 76.0, "%", None),
        ("乙海塘除险加固完成工程量", 91.0, "%", None),
        ("重度残疾人护理补贴标准", 60.0, "元/人/月", None),
    ]
    # so do 提升工程, 提升行动 (a project, an action; the figure after them is no rise)
    assert results("城乡风貌提升工程满意率为98.9%。乡村振兴提升行动完成投资5亿元。") == [
        ("城乡风貌提升工程满意率", 98.9, "%", None), ("乡村振兴提升行动完成投资", 5.0, "亿元", None),
    ]  # fmt: skip


def test_an_amount_set_aside_then_its_share_and_a_list_going_less_well() -> None:
    # 编列…元占35.86%: 占 names nothing (the amount is the clause's, the share its own); 其次为 and
    # 进展不够理想 are no part of a name
    assert targets("其次为社会福利支出128亿元。") == [("社会福利支出", 128.0, "亿元", "")]
    assert [name for name, *_ in targets("仍以教育支出最多,编列260亿元占31.2%。")] == []
    assert results("甲类、乙类项目进展不够理想,分别低于总体进度3.2、5.1个百分点。")[0][0] == "甲类项目"


def test_so_far_this_half_year_names_nothing() -> None:
    # 截止上半年 says when, as 截至6月底 does
    assert results("全区重点项目完成投资86亿元,截止上半年完成投资52亿元。") == [
        ("重点项目完成投资", 86.0, "亿元", None), ("完成投资", 52.0, "亿元", None)]  # fmt: skip


def test_a_quarter_gone_by_as_taiwan_writes_it_and_a_seasonally_adjusted_rate() -> None:
    # 今年第2季经济成长率达…: the quarter is over (a budget's page reviews it); 经季节性调整的: how
    # the rate is counted; but 今年第一季度…计划开工 plans
    text = "行政院会通过明年度总预算,岁出2.9兆元。主计长表示,今年第2季出口实质大增21.5%,企业投资亦成长3.6%。\n"
    [summary] = summarize(load(text=text), engine="rules")
    assert [(r.indicator, r.change) for r in summary.results] == [("出口", 21.5), ("企业投资", 3.6)]
    assert results("经季节性调整的失业率为3.8%。") == [("失业率", 3.8, "%", None)]
    assert targets("今年第一季度,全县计划开工项目86个。") == [("开工项目", 86.0, "个", "")]


def test_a_summarys_part_titled_as_work_carried_out_reviews_even_its_今年() -> None:
    # 2029年…工作总结及2030年工作计划 ⏎ 一、…工作开展情况 ⏎ 今年投入…: the summary's year, done
    text = ("市农业农村局2029年工作总结及2030年工作计划\n一、乡村振兴工作开展情况\n"
            "今年投入各级衔接资金1.3亿元,实施项目38个。该行业的净产值同样实质上升5.2%。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == []
    assert [(r.indicator, r.value, r.change) for r in summary.results] == [
        ("投入各级衔接资金", 1.3, None), ("实施项目", 38.0, None), ("该行业的净产值", None, 5.2)]  # fmt: skip


def test_a_month_of_this_year_in_chinese_numerals_is_gone_by() -> None:
    # 今年九月入境旅客…较去年同月增加…; 今年首九个月…: a release of months gone by, not a plan
    text = "二零三零年九月旅客入境数目\n根据统计局资料显示,今年九月入境旅客数目较去年同月增加12.4%,达1,203,400人次。今年首九个月入境旅客总数为9,870,200人次。\n"
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == []
    assert [(r.value, r.change) for r in summary.results] == [(1203400.0, 12.4), (9870200.0, None)]


def test_a_rate_word_alone_after_a_level_is_that_levels_change() -> None:
    # 降幅/减幅 end a name as 增幅 does: the change of the level just given, not a figure named 降幅
    assert results("财政收入20亿元,降幅3%;税收收入12亿元,减幅5.5%。") == [
        ("财政收入", 20.0, "亿元", 3.0),
        ("税收收入", 12.0, "亿元", 5.5),
    ]
    # in the year's headline targets too, with an 约 before the figure
    (summary,) = summarize(
        "2030年某县政府工作报告\n2030年主要预期目标是:一般公共预算收入达到25亿元,增幅约5%;地区生产总值增长6%。\n", engine="rules"
    )
    assert [(t.indicator, t.value, t.unit, t.qualifier) for t in summary.targets] == [
        ("一般公共预算收入", 25.0, "亿元", ""),
        ("一般公共预算收入", 5.0, "%", "左右"),
        ("地区生产总值", 6.0, "%", ""),
    ]


def test_a_completion_rate_after_a_breakdown_in_brackets_is_the_totals() -> None:
    # (其中…,自费10317人) breaks the total down: the rate after it is the total's, not the last part's
    assert results("居家养老人数达到20553人(其中政府补助10236人,自费10317人),完成全年目标的100.75%。")[-1] == (
        "居家养老人数全年目标完成率", 100.75, "%", None,
    )


def test_a_change_after_a_base_with_its_own_figure_is_the_levels() -> None:
    # 较去年同期的267.9亿元增67.2%: the base said with its figure, then Macau's bare 增, 升, 多…倍
    assert results("期内博彩税收有447.9亿元,较去年同期的267.9亿元增67.2%。期内盈余76.8亿元,较去年同期的23.4亿元多近2.3倍。") == [
        ("博彩税收", 447.9, "亿元", 67.2),
        ("盈余", 76.8, "亿元", 2.3),
    ]


def test_a_deed_alone_counts_the_projects_said_before_a_figure_in_another_unit() -> None:
    # 农林项目9个,年度计划投资7.2亿元,开工7个: the projects' count, past their investment
    assert results("农林项目9个,年度计划投资7.2亿元,开工7个。")[-1] == ("开工农林项目", 7.0, "个", None)
    # a place's count is no object (某旗7个,…开工5个)
    assert [r[0] for r in results("某右旗7个,年度计划投资20.5亿元,开工5个。")][-1] != "开工某右旗"


def test_items_listed_with_their_levels_in_brackets_share_the_measure_after_them() -> None:
    # Macau's and Hong Kong's releases: each item's level in brackets, then the measure and 分别 the changes
    assert results("输往甲地(1.2亿元)、乙地(3.4亿元)与丙地(8,732万元)的货值按年分别上升2.9%、5.0%和39.7%。") == [
        ("输往甲地货值", 1.2, "亿元", 2.9),
        ("乙地货值", 3.4, "亿元", 5.0),
        ("丙地货值", 8732.0, "万元", 39.7),
    ]
    # the measure right after the bracket, no 的 (留宿旅客(42.2亿元)及…总消费分别增加4.8倍及1.0倍)
    assert results("甲类旅客(12.5亿元)及乙类旅客(3.6亿元)总消费分别增加2.8倍及1.5倍。") == [
        ("甲类旅客总消费", 12.5, "亿元", 2.8),
        ("乙类旅客总消费", 3.6, "亿元", 1.5),
    ]
    # the base said before 分别 (…旅客较2031年同期分别增加16.3%及1.7倍)
    assert results("甲地(608,739人次)及乙地(59,390人次)旅客较2031年同期分别增加16.3%及1.7倍。") == [
        ("甲地旅客", 608739.0, "人次", 16.3), ("乙地旅客", 59390.0, "人次", 1.7),
    ]  # fmt: skip


def test_a_change_from_the_month_before_is_named_so_and_the_year_s_is_the_level_s() -> None:
    # Taiwan's 月增 beside 年增 (and 环比 beside 同比): the year-on-year change is the level's own
    assert results("每人每月经常性薪资平均为39,464元,月增0.26%,年增1.62%。") == [
        ("每人每月经常性薪资", 39464.0, "元", 1.62),
        ("每人每月经常性薪资月增", None, "", 0.26),
    ]
    assert results("社会消费品零售总额100亿元,环比增长2%,同比增长5%。") == [
        ("社会消费品零售总额", 100.0, "亿元", 5.0),
        ("社会消费品零售总额环比增长", None, "", 2.0),
    ]


def test_a_list_of_changes_named_by_the_clause_before_that_opens_with_a_month() -> None:
    # 10月本港整体出口和进口货值均录得按年升幅,分别上升…: the month is when; the names are the clause
    # before, 出口和进口货值 each one's 货值 (two measures of a kind said once)
    assert results("10月本港出口和进口货值均录得按年升幅,分别上升17.5%和18.3%。") == [
        ("出口货值", None, "", 17.5), ("进口货值", None, "", 18.3),
    ]  # fmt: skip


def test_a_bare_rise_or_fall_ends_the_name_and_says_the_change() -> None:
    # Hong Kong's and Macau's 升/跌 right before the figure: a change of what is named before them
    # (an adverb between, 也/则, names nothing; 首季 is when), not a level named …升
    assert results("本月出口價格升1.9%,轉口價格也升1.4%。首季出口貨量按季跌17.1%,進口貨量則跌17.2%。") == [
        ("出口價格", None, "", 1.9),
        ("轉口價格", None, "", 1.4),
        ("出口貨量", None, "", 17.1),
        ("進口貨量", None, "", 17.2),
    ]
    found = _findings(REVIEW + "出口價格升1.9%,進口貨量則跌17.2%。\n").results
    assert [r.direction for r in found] == ["increase", "decrease"]
    # 提升 and 升级 stay what they were: a level raised to, a project's kind
    assert results("完成升级改造项目5个。") == [("升级改造项目", 5.0, "个", None)]




def test_an_amount_in_another_unit_in_brackets_is_the_same_figure() -> None:
    # 万公顷 given again in 万亩: both the figure's, and the change after them is each one's
    assert results("油菜种植面积12.5万公顷(187.5万亩),比上年增长3.5%。") == [
        ("油菜种植面积", 12.5, "万公顷", 3.5),
        ("油菜种植面积", 187.5, "万亩", 3.5),
    ]
    # a part in brackets is no conversion
    assert results("水果产量50万吨(其中柑橘10万吨)。") == [("水果产量", 50.0, "万吨", None), ("柑橘", 10.0, "万吨", None)]


def test_a_rate_s_pace_after_a_comparison_is_still_the_rate_s() -> None:
    # 下降20.0%,低于全市平均增速14.8个百分点,较1-6月份提高0.4个百分点: the pace of the rate, past the gap
    assert results("工业增加值同比下降20.0%,低于全市平均增速14.8个百分点,较1-6月份提高0.4个百分点。")[-1] == (
        "工业增加值增速", None, "", 0.4,
    )


@pytest.mark.parametrize("base", ["比7月份高", "比1-7月份高", "比上月低", "比上半年高"])
def test_a_rate_against_an_earlier_periods_is_its_pace(base: str) -> None:
    # as 比上月加快: the change of the rate just given, not a figure named by the base
    assert results(f"规模以上工业增加值同比增长7.2%,{base}2.5个百分点。") == [
        ("规模以上工业增加值", None, "", 7.2),
        ("规模以上工业增加值增速", None, "", 2.5),
    ]


def test_a_count_set_off_by_spaces_is_read_as_written_without_them() -> None:
    # a news feed bolds the figure with a space on each side: the count before its noun, as without
    assert results("完成 120公里 河道综合整治,为计划的103.3%。新增 51家 “长者照护之家”。") == [
        ("河道综合整治", 120.0, "公里", None),
        ("河道综合整治计划完成率", 103.3, "%", None),
        ("“长者照护之家”", 51.0, "家", None),
    ]
    # a space after a figure its clause names before ends a headline, and stays
    assert unwrap("筹集资金550亿元以上 某市十大民生实事")[0] == "筹集资金550亿元以上 某市十大民生实事"



@pytest.mark.parametrize(
    ("body", "structure", "shares"),
    [
        ("全年三次产业结构为8.5∶40.5∶51.0。", "三次产业结构", [8.5, 40.5, 51.0]),
        ("三次产业比例为21:29:50,结构持续优化。", "三次产业比例", [21.0, 29.0, 50.0]),
        # the ratio it was adjusted from is a base, no item (…调整为2028年底的…)
        ("全镇三次产业结构比从2020年底的9.1:45.2:45.7调整为2028年底的6.2:41.3:52.5。", "三次产业结构比", [6.2, 41.3, 52.5]),
        ("一、二、三产业占GDP的比重由上年的14.2:35.0:50.8调整为13.9:34.1:52.0。", "一、二、三产业占GDP的比重", [13.9, 34.1, 52.0]),
    ],
)
def test_a_ratio_of_the_three_sectors_is_each_sectors_share(body: str, structure: str, shares: list[float]) -> None:
    sectors = ("第一产业", "第二产业", "第三产业")
    assert results(body) == [(f"{structure}({s})", v, "", None) for s, v in zip(sectors, shares)]


def test_a_ratio_of_something_else_names_no_sector() -> None:
    # 男女性别比为1:1.05, 比分3:2:1: no sectors' structure named before it
    assert all("产业" not in name for name, *_ in results("参赛队伍比分为3:2:1,观众1200人次。"))


def test_a_rate_signed_in_brackets_after_a_name_is_its_change() -> None:
    # 药材(-3.5%): a fall of 3.5 %, never a level of 3.5 %; 家电(+12.4%): a rise
    found = results("其中家电(+12.4%)、文具(+8.1%)的销售额上升,而药材(-3.5%)和燃料(-2.2%)下跌。")
    assert [(name, value, change) for name, value, _, change in found] == [
        ("家电", None, 12.4), ("文具", None, 8.1), ("药材", None, 3.5), ("燃料", None, 2.2),
    ]  # fmt: skip
    directions = [r.direction for r in _findings(REVIEW + "而药材(-3.5%)下跌,家电(+12.4%)上升。\n").results]
    assert directions == ["decrease", "increase"]


def test_a_change_said_after_its_rate_with_the_period_between_has_its_direction() -> None:
    # 录得6.3%按年跌幅, 录得2.1%的实质升幅: Hong Kong's and Macau's order (its direction after it)
    found = _findings(REVIEW + "本地固定资本形成总额录得6.3%按年跌幅,地产业净产值录得2.1%的实质升幅。\n").results
    assert [(r.value, r.change, r.direction) for r in found] == [(None, 6.3, "decrease"), (None, 2.1, "increase")]


def test_a_month_alone_names_no_change() -> None:
    # 继7月份录得4.2%的按年跌幅后,8月份出口货值…: the month before's change, of a measure named after it
    assert all(not name.endswith("月份") for name, *_ in results("继7月份录得4.2%的按年跌幅后,8月份商品出口货值下跌3.1%。"))


def test_a_modal_before_the_verb_is_no_part_of_the_name() -> None:
    # 生产总值要达7%以上: 要 says it must, no part of what (主要…, 需要… keep theirs)
    assert targets("全区生产总值要达6.5%以上。") == [("生产总值", 6.5, "%", "以上")]
    assert targets("主要河流断面水质达标率要达到95%。") == [("主要河流断面水质达标率", 95.0, "%", "")]


def test_items_of_one_character_each_share_the_words_after_them() -> None:
    # 大、中型企业: 大型企业 and 中型企业 (not 大); 水、电、气价格: each one's price
    assert results("大、中型企业增加值分别增长5.2%和3.1%。") == [
        ("大型企业增加值", None, "", 5.2), ("中型企业增加值", None, "", 3.1),
    ]  # fmt: skip
    assert [name for name, *_ in results("水、电、气价格分别上涨1%、2%和3%。")] == ["水价格", "电价格", "气价格"]


def test_a_sum_over_the_years_after_a_yearly_rate_is_that_figures_level() -> None:
    # 年均增长8.6%,五年累计完成9360亿元: one item, the five years' sum with its yearly rate
    assert results("固定资产投资年均增长7.6%,五年累计完成8120亿元。") == [("固定资产投资", 8120.0, "亿元", 7.6)]
    assert results("工业投资年均增长12.5%,累计完成投资980亿元。") == [("工业投资", 980.0, "亿元", 12.5)]


def test_a_rate_said_as_what_it_is_year_on_year_is_a_change() -> None:
    # 当月同比为-15.8%: a fall of 15.8 % that month, no level of -15.8 %
    found = _findings(REVIEW + "12月全市税收收入当月同比为-12.6%。\n").results
    assert [(r.indicator, r.value, r.change, r.direction) for r in found] == [("12月全市税收收入", None, 12.6, "decrease")]


def test_a_grant_is_named_by_what_follows_its_amount() -> None:
    # 基层学生可获发2500元津贴: the grant, not who receives it
    assert targets("基层学生可获发1800元津贴,每名合资格居民获发3000元电子消费券。") == [
        ("津贴", 1800.0, "元", ""), ("电子消费券", 3000.0, "元", ""),
    ]  # fmt: skip
    # which payment it is (新一期, 第一期, 额外一次) said between the verb and the amount
    assert targets("政府将发放新一期2000元消费券,市民可取得第一期1200元消费券,长者可享受额外一次800元医疗券。") == [
        ("消费券", 2000.0, "元", ""), ("消费券", 1200.0, "元", ""), ("医疗券", 800.0, "元", ""),
    ]  # fmt: skip
