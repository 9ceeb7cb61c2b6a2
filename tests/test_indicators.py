"""The alias table and reading indicator names off clauses."""

from __future__ import annotations

from importlib import resources

import pytest

from summarizer.zh import indicators
from summarizer.errors import ConfigError
from summarizer.zh.claims import exact_name, supported_name
from summarizer.zh.indicators import canonical_indicator, fixed_kind, is_known_indicator, spellings_of
from summarizer.zh.naming import Naming, listed_names, name_before, name_numbers, split_shared_name
from summarizer.zh.numbers import find_quantities


def _own(text: str) -> list[str]:
    """Each number's own name ('' for a change that takes its level's)."""
    namings = name_numbers(text, find_quantities(text))
    return [n.name if n.level == i else "" for i, n in enumerate(namings)]


def _levels(text: str) -> list[int]:
    return [n.level for n in name_numbers(text, find_quantities(text))]


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("生产总值", "地区生产总值"),
        ("全市生产总值", "地区生产总值"),
        ("GDP", "地区生产总值"),
        ("gdp", "地区生产总值"),
        ("地区生产总值(GDP)", "地区生产总值"),
        ("一产增加值", "第一产业增加值"),
        ("三产增加值", "第三产业增加值"),
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
        ("外贸进出口额", "进出口总额"),
        ("全年进出口总值", "进出口总额"),
        ("固定资产投资额", "固定资产投资"),
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
    assert fixed_kind("居民消费价格指数") == "growth"
    assert fixed_kind("地区生产总值") is None
    assert "规工" in spellings_of("规上工业增加值")
    assert spellings_of("没有的指标") == ["没有的指标"]


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
        ("国际航线数量较改革前提升", "国际航线数量"),  # the base compared with is no part of the name
        ("全市固定资产投资较去年同期提升", "固定资产投资"),
        ("出口额比2022年增长", "出口额"),
        ("比较优势产业产值增长", "比较优势产业产值"),
        ("比年初提高", ""),  # nameless: the change belongs to the level before it
        # a place before its verb is the subject
        ("某某市实施市级重点项目", "市级重点项目"),
        ("某某县新开工项目", "新开工项目"),
        ("某某区新增高新技术企业", "高新技术企业"),
    ],
)
def test_name_before(lead: str, name: str) -> None:
    assert name_before(lead) == name


def test_split_shared_name() -> None:
    assert split_shared_name("城镇和农村居民人均可支配收入", 2) == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
    ]
    assert split_shared_name("城乡居民人均可支配收入", 2) == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
    ]
    assert split_shared_name("地区生产总值", 1) == ["地区生产总值"]
    # a last item joined by 和 is a whole name (社会保障和就业), its measure each one's
    assert split_shared_name("教育、科技、社会保障和就业支出", 3) == ["教育支出", "科技支出", "社会保障和就业支出"]
    assert split_shared_name("教育、科技、社会保障和就业", 3) == ["教育", "科技", "社会保障和就业"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "主要预期目标是:生产总值增长7%左右,城镇和农村居民人均可支配收入分别增长7%和8%左右。",
            ["生产总值", "城镇居民人均可支配收入", "农村居民人均可支配收入"],
        ),
        (
            "确保全年地区生产总值(GDP)增速、规上工业增加值增速分别达到6%、5.5%",
            ["地区生产总值", "规上工业增加值"],  # (the abbreviation in brackets is no part of it)
        ),
        ("城镇、农村居民人均可支配收入分别增长7.5%、9.5%左右", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        ("规工增长9%左右;固投增长9.5%;社零增长8%左右", ["规工", "固投", "社零"]),
        ("500万元以上固定资产投资增长10%以上", ["", "固定资产投资"]),
    ],
)
def test_name_of_each_number(text: str, names: list[str]) -> None:
    qs = find_quantities(text)
    assert _own(text) == names


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("研发经费支出占生产总值比重达", "研发经费支出占生产总值比重"),
        ("城镇和农村居民人均可支配收入均增长", "城镇和农村居民人均可支配收入"),
        ("争取不良率降至", "不良率"),
        ("到2021年地区生产总值超", "地区生产总值"),
        ("项目实质性开工、到位投资", "到位投资"),
        ("新增城镇污水管网不少于", "城镇污水管网"),  # the verb goes (LABELLING: 新增, 完成, 实施 …)
        ("居民消费价格涨幅不高于", "居民消费价格"),
    ],
)
def test_verbs_glued_to_the_number_are_not_part_of_the_name(lead: str, name: str) -> None:
    text = lead + "8%"
    qs = find_quantities(text)
    assert _own(text)[0] == name


def _names(text: str) -> list[str]:
    qs = find_quantities(text)
    return _own(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("高标准建成23个乡镇社工站和1个市级社工中心并投入使用", ["乡镇社工站", "市级社工中心"]),
        ("完成8个绿色矿山创建、18个废弃矿山治理修复", ["绿色矿山创建", "废弃矿山治理修复"]),
        ("突出抓好30个新建和技改项目", ["新建和技改项目"]),
        ("建成华达街、中山大道等4座人行天桥", ["人行天桥"]),
        ("全年175个重点项目完成投资170多亿元", ["重点项目", "重点项目完成投资"]),
        ("新增城镇就业4000人、新增学位2000个", ["新增城镇就业", "新增学位"]),  # the name before stays
    ],
)
def test_a_count_names_what_it_counts_after_it(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("其它县(市)城区80%的村(社区)实现生活垃圾分类", [""]),
        ("确保每个县区1条乡村振兴示范带、50%以上美丽乡村风貌带初见成效", ["乡村振兴示范带", ""]),
        ("培育主营业务收入超30亿元精品陶瓷企业1家", ["", "超30亿元精品陶瓷企业"]),
        ("新增销售5000万元以上电商龙头企业3户", ["", "销售5000万元以上电商龙头企业"]),
        ("基本建成城市社区“15分钟文化圈”", [""]),
        ("高标准农田完成2000亩新建任务", ["高标准农田"]),  # no threshold word: still the name before
    ],
)
def test_a_number_describing_what_follows_has_no_indicator(text: str, names: list[str]) -> None:
    # (the threshold is no figure of its own, and part of the name of what it describes)
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("生活垃圾、生活污水有效治理率分别达到96%、48%", ["生活垃圾有效治理率", "生活污水有效治理率"]),
        ("高新技术产业、战略性新兴产业增加值分别增长7%和8%", ["高新技术产业增加值", "战略性新兴产业增加值"]),
        ("先进制造业、高技术产业投资分别增长73.9%和104%", ["先进制造业投资", "高技术产业投资"]),
        ("金融机构本外币贷款余额、存款余额分别增长15%、10%以上", ["金融机构本外币贷款余额", "存款余额"]),
        ("刑事立案、治安案件受理同比分别下降11.23%、9.06%", ["刑事立案", "治安案件受理"]),
    ],
)
def test_listed_names_share_the_words_written_once_after_the_last(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推动新能源产业产值增长12%以上", "新能源产业产值"),
        ("带动固定资产投资增长8%以上", "固定资产投资"),
        ("确保空气质量优良率在92%以上", "空气质量优良率"),
        ("确保城镇化率再提升1个百分点", "城镇化率"),
        ("力争新增省级技术创新中心、众创空间各1家", "众创空间"),
        ("确保县级以上饮用水水源地水质达标率均达100%", "县级以上饮用水水源地水质达标率"),
        ("力争文化合作社发展到35家", "文化合作社"),
        ("新建和改造高标准农田20万亩以上", "高标准农田"),
        ("力争营商环境评价进入全省前30位", "营商环境评价"),
        ("学科进入ESI全球排名前1%", "学科进入ESI全球排名前"),  # a bare 前 is not a rank
        ("年度计划完成投资422亿元", "年度计划完成投资"),  # the plan's (a progress report says both, LABELLING: <projects>计划投资)
        ("在重点产业领域突破关键技术10项以上", "关键技术"),
        ("年度投资完成率100%以上", "投资完成率"),
    ],
)
def test_control_verbs_and_particles_are_not_part_of_the_name(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_is_known_indicator_ignores_case_and_scope_words() -> None:
    assert is_known_indicator("城镇新增就业")  # a canonical name is known too
    assert is_known_indicator("全市GDP增速")
    assert not is_known_indicator("学科进入ESI全球排名前")  # upper-case ASCII is no alias


def attached(text: str) -> list[tuple[str, str]]:
    qs = find_quantities(text)
    return [(n.name, n.words) for n in name_numbers(text, qs)]


def test_a_nameless_change_belongs_to_the_level_before_it() -> None:
    assert [name for name, _ in attached("全年完成生产总值326.3亿元、增长6.8%,地方财政收入21.1亿元,增长94.4%")] == [
        "生产总值", "生产总值", "地方财政收入", "地方财政收入",
    ]
    # the base it is compared with does not name it
    assert [name for name, _ in attached("贷存比为70.13%、比年初提高1.96个百分点")] == ["贷存比", "贷存比"]


def test_listed_changes_belong_to_listed_levels_one_to_one() -> None:
    text = "城乡居民人均可支配收入达到39529元和16183元,分别增长4.7%和6.6%"
    qs = find_quantities(text)
    assert _levels(text) == [0, 1, 0, 1]
    assert [name for name, _ in attached(text)] == [
        "城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入",
    ]


def test_a_distributed_list_of_changes_pairs_with_the_levels_of_as_many_clauses() -> None:
    text = "接待游客1126.3万人次,实现旅游收入115.5亿元,分别增长14.6%、17.3%"
    qs = find_quantities(text)
    assert _levels(text) == [0, 1, 0, 1]
    assert [name for name, _ in attached(text)] == ["接待游客", "旅游收入", "接待游客", "旅游收入"]


@pytest.mark.parametrize(
    "text",
    [
        "城乡居民人均可支配收入达到39529元和16183元,分别增长4.7%",  # the list of changes is cut off
        "旅游收入115.5亿元,分别增长14.6%、17.3%",  # 2 changes, 1 level before
        "增长6.8%",
    ],
)
def test_a_change_that_cannot_be_paired_is_its_own(text: str) -> None:
    qs = find_quantities(text)
    last = len(qs) - 1
    assert _levels(text)[last] == last
    assert name_numbers(text, qs)[last].name == ""


def test_own_words_are_the_numbers_share_of_a_list() -> None:
    assert attached("城镇和农村居民人均可支配收入分别增长7%和8%左右") == [
        ("城镇居民人均可支配收入", "城镇居民人均可支配收入"),
        ("农村居民人均可支配收入", "农村居民人均可支配收入"),
    ]
    assert attached("力争经济增长7%左右") == [("经济增长", "力争经济增长")]  # 经济 alone names nothing


@pytest.mark.parametrize(
    ("claim", "found", "named"),
    [
        ("GDP", "地区生产总值", "地区生产总值"),
        ("生产总值", "全市地区生产总值", "全市地区生产总值"),
        ("规工", "规上工业增加值", "规上工业增加值"),
        ("城镇居民收入", "城镇居民收入", "城镇居民收入"),
        # …均增长7.5%: each of them, under its own name, so the two stay two targets
        ("城镇居民人均可支配收入", "城镇和农村居民人均可支配收入", "城镇居民人均可支配收入"),
        ("农村居民收入", "城乡居民收入", "农村居民收入"),
        ("技改投资", "工业投资、技改投资", "技改投资"),
        ("数字制造业营收", "数字制造业、数字服务业营收", "数字制造业营收"),
        ("城镇和农村居民人均可支配收入", "城镇和农村居民人均可支配收入", "城镇和农村居民人均可支配收入"),
        ("造林绿化面积", "造林绿化面积增速", "造林绿化面积增速"),
    ],
)
def test_exact_name(claim: str, found: str, named: str) -> None:
    assert exact_name(claim, found) is not None
    assert exact_name(claim, found) == supported_name(claim, Naming(found, found, 0)) == named


def test_listed_names_lists_only_phrases_of_several_indicators() -> None:
    assert listed_names("城镇和农村居民人均可支配收入") == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert listed_names("工业投资、技改投资") == ["工业投资", "技改投资"]
    assert listed_names("城乡居民收入") == []  # one phrase: the rules engine keeps it whole
    assert listed_names("地区生产总值") == []


@pytest.mark.parametrize(
    ("claim", "found", "own_words"),
    [
        ("地区生产总值", "规模以上工业增加值", "规模以上工业增加值增长"),
        ("工业增加值", "规模以上工业增加值", "规模以上工业增加值增长"),  # two table indicators
        ("居民人均可支配收入", "城镇居民人均可支配收入", "城镇居民人均可支配收入"),
        ("居民人均可支配收入", "城镇和农村居民人均可支配收入", "城镇和农村居民人均可支配收入均增长"),
        ("固定资产投资", "工业固定资产投资", "工业固定资产投资增长"),  # a table name is not a narrower one
        ("乡村旅游总收入", "旅游总收入", "实现旅游总收入"),  # the claim adds words
        ("地区生产总值", "研发经费支出占生产总值比重", "研发经费支出占生产总值比重达"),
        ("地区生产总值", "", "增长"),  # the text names nothing
        ("绿色矿山", "废弃矿山治理修复", "绿色矿山、"),  # own words of a count are not its name
    ],
)
def test_names_that_do_not_agree(claim: str, found: str, own_words: str) -> None:
    assert supported_name(claim, Naming(found, own_words, 0)) is None


def test_looser_agreement() -> None:
    # The name finder stops at 增长; the number's own words still spell the claim.
    assert supported_name("地区生产总值", Naming("经济", "力争经济增长", 0)) == "经济增长"
    # A free-form claim may leave out leading words of the text's name.
    assert supported_name("高层次人才", Naming("引进高层次人才", "引进高层次人才", 0)) == "引进高层次人才"
    assert exact_name("高层次人才", "引进高层次人才") is None


@pytest.mark.parametrize(
    "raw",
    [
        "[[indicator]\nname = ",  # not TOML
        "[[other]]\nname = 'x'\n",  # no indicator table
        "[[indicator]]\naliases = ['GDP']\n",  # an entry without a name
        "[[indicator]]\nname = '生产总值'\nkind = 'speed'\n",  # a kind the schema does not know
    ],
)
def test_a_damaged_indicator_table_is_a_config_error_naming_the_file(raw: str) -> None:
    with pytest.raises(ConfigError, match="indicators.toml is damaged"):
        indicators._parse_table(raw)


def test_the_shipped_indicator_table_parses() -> None:
    table = indicators._parse_table(
        resources.files("summarizer.zh").joinpath("data/indicators.toml").read_text(encoding="utf-8")
    )
    assert table[indicators.lookup_key("GDP")].name == canonical_indicator("地区生产总值")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("力争工业投资、技改投资均增长15%", "工业投资、技改投资"),  # 均: all of them
        ("项目实质性开工、到位投资8.5亿元", "到位投资"),  # no 均: the last listed item
    ],
)
def test_a_single_number_after_a_list(text: str, name: str) -> None:
    assert _own(text)[0] == name


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("预期全年经济增长", "经济增长"),  # 预期 leads no name, 经济 keeps its verb
        ("中国今年GDP增长目标为", "GDP"),  # the country and the year are no part of it
        ("国内生产总值预期增长", "国内生产总值"),
        ("全市预期新增城镇就业", "新增城镇就业"),  # as many words off as leave the table's indicator
    ],
)
def test_a_name_without_the_words_around_it(lead: str, name: str) -> None:
    assert name_before(lead) == name
