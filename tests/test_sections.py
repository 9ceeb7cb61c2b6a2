"""A news page that tells several places' government work reports in turn: one report a place."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.ingest import load, split_reports

_THREE_CITIES = (
    "2024年,三座省会城市的目标出炉\n"
    "三城的两会近日相继召开,各自明确了今年的发展目标。\n"
    "1月10日,在太原市第十六届人民代表大会第三次会议上,太原市市长作政府工作报告,"
    "太原市今年的主要预期目标是,地区生产总值增长5.5%左右,固定资产投资增长6%。\n"
    "2023年济南全市生产总值增长6.1%。2024年济南的主要预期目标是生产总值增长6%左右,"
    "社会消费品零售总额增长7%。\n"
    "石家庄2023年地区生产总值增长6.5%,2024年石家庄经济社会发展主要预期目标包括地区生产总值增长6%以上。"
)


def test_a_page_of_three_cities_reports_is_three_reports() -> None:
    reports = split_reports(load(text=_THREE_CITIES))
    assert [(r.region, r.year) for r in reports] == [("太原市", 2024), ("济南市", 2024), ("石家庄市", 2024)]
    # each from the sentence its city leads, the city's review before its targets included
    assert reports[0].start == 0
    assert reports[1].body.startswith("2023年济南全市生产总值")
    assert reports[2].body.startswith("石家庄2023年")
    assert reports[0].end <= reports[1].start and reports[1].end <= reports[2].start
    assert reports[-1].end == len(_THREE_CITIES)


def test_a_city_congress_in_traditional_script_starts_its_section() -> None:
    text = (
        "臺中報導,大陸東南兩市近日召開兩會。泉州市第十七屆人民代表大會第五次會議開幕,市長作政府工作報告,"
        "提到2025年泉州的主要預期目標是地區生產總值增長6%。\n"
        "此外,同日莆田市第九屆人民代表大會第五次會議也開幕,市長在政府工作報告中指出,2025年將推進港口建設。"
    )
    reports = split_reports(load(text=text))
    assert [r.region for r in reports] == ["泉州市", "莆田市"]
    assert reports[1].body.startswith("此外,同日莆田市")


@pytest.mark.parametrize(
    "text",
    [
        # a city's own report that names other cities: not the subject of targets or a congress
        "2024年全市经济社会发展主要预期目标是:地区生产总值增长6%左右。学习借鉴杭州市经验,深化与合肥市合作,"
        "推动芜湖市、马鞍山市产业协作。",
        # a city's report that names its province's congress: a province beside a city is no pair
        "河北省第十四届人民代表大会第二次会议召开后,石家庄市今年的主要预期目标是,地区生产总值增长6%以上。"
        "石家庄市第十五届人民代表大会第三次会议听取了政府工作报告。",
        # places compared back and forth, not told in turn
        "郑州今年主要预期目标是生产总值增长7%。洛阳今年主要预期目标是生产总值增长7.5%。"
        "郑州今年主要预期目标里还有投资增长10%。",
    ],
)
def test_a_report_that_names_other_places_is_one_report(text: str) -> None:
    assert len(split_reports(load(text=text))) == 1


def test_a_page_of_two_wire_items_is_two_reports() -> None:
    text = (
        "某报讯 江城2024年预期增长5.5%\n"
        "中新社武汉1月20日电 (记者)湖北省第十四届人民代表大会第二次会议20日开幕,省长作政府工作报告时说,"
        "2024年湖北经济社会发展的主要预期目标是地区生产总值增长6%左右。(完)\n"
        "某某当选湖南省人大常委会主任\n"
        "中新社长沙1月21日电 (记者)湖南省第十四届人民代表大会第二次会议21日举行选举,选举某某为湖南省人大常委会主任。"
    )
    reports = split_reports(load(text=text))
    assert [r.region for r in reports] == ["湖北省", "湖南省"]
    assert reports[1].body.startswith("某某当选湖南省")  # the item's headline is its own


def test_a_page_of_one_wire_item_is_one_report() -> None:
    text = "新华社北京3月5日电 国务院总理作政府工作报告。\n今年发展主要预期目标是:国内生产总值增长5%左右。"
    assert len(split_reports(load(text=text))) == 1


def test_cities_under_their_name_headings_split_when_each_says_its_time() -> None:
    text = (
        "珠三角各市今年这样干\n佛山\n今年地区生产总值预期目标增长5.5%左右,固定资产投资增长6%。\n"
        "【东莞】\n今年地区生产总值预期目标增长5%,外贸进出口增长3%。\n"
        "中山:2024年主要预期目标是地区生产总值增长5%左右。"
    )
    reports = split_reports(load(text=text))
    assert [r.region for r in reports] == ["佛山市", "东莞市", "中山市"]
    assert reports[1].body.startswith("【东莞】")


def test_bare_figures_under_city_names_stay_one_report() -> None:
    # no section says its own time: split, the figures would read as each city's review
    text = "主要预期目标 各市今年这样干\n佛山\n●地区生产总值增长5.5%\n●固定资产投资增长6%\n东莞\n●地区生产总值增长5%\n"
    assert len(split_reports(load(text=text))) == 1


def test_a_citys_report_on_another_citys_report_starts_its_section() -> None:
    text = (
        "2024年,苏州市政府工作报告提出,全市地区生产总值增长5%左右。\n"
        "无锡市政府工作报告显示,2024年主要预期目标为地区生产总值增长5%以上。"
    )
    assert [r.region for r in split_reports(load(text=text))] == ["苏州市", "无锡市"]


def test_a_mayor_delivering_the_report_and_a_growth_goal_start_sections() -> None:
    text = (
        "各省会城市两会密集召开。\n1月12日,南昌市市长某某作政府工作报告时说,今年全市地区生产总值增长6%左右。\n"
        "合肥市市长某某向大会作政府工作报告,提出今年主要预期目标是地区生产总值增长6.5%。\n"
        "2024年福州GDP增长目标为6%左右,固定资产投资增长5%。"
    )
    assert [r.region for r in split_reports(load(text=text))] == ["南昌市", "合肥市", "福州市"]


def test_a_growth_goal_of_the_reports_own_place_is_one_report() -> None:
    text = "2024年宁波GDP增长目标为5.5%左右。宁波市政府工作报告提出,今年固定资产投资增长5%。"
    assert [r.region for r in split_reports(load(text=text))] == ["宁波市"]


def test_a_converted_page_with_pinyin_readings_splits_at_its_cities() -> None:
    # a mirror converted to traditional script, pinyin readings left in its text
    text = (
        "兩城目標出爐。\n1月9日,在廣(guǎng)州市第十六屆人民代表大會第三次會議上,市長作政府工作報告,今年主要預期目標是增長5%。\n"
        "1月10日,佛(fó)山市第十六屆人民代表大會第四次會議召開,市長作政府工作報告,今年主要預期目標是增長5.5%。"
    )
    reports = split_reports(load(text=text))
    assert [r.region for r in reports] == ["广州市", "佛山市"]
    assert reports[1].body.startswith("1月10日,佛(fó)山市")


def test_wire_items_pasted_as_one_line_split_after_the_items_end_mark() -> None:
    text = (
        "中新社武汉1月20日电 (记者)湖北省第十四届人民代表大会第二次会议20日开幕,省长作政府工作报告时说,"
        "2024年湖北经济社会发展的主要预期目标是地区生产总值增长6%左右。(完) 某某当选湖南省人大常委会主任 "
        "中新社长沙1月21日电 (记者)湖南省第十四届人民代表大会第二次会议21日举行选举,选举某某为湖南省人大常委会主任。"
    )
    reports = split_reports(load(text=text))
    assert [r.region for r in reports] == ["湖北省", "湖南省"]
    assert reports[0].body.endswith("(完)") and reports[1].body.startswith("某某当选")


def test_an_items_end_mark_with_no_item_after_it_cuts_nothing() -> None:
    text = "中新社武汉1月20日电 今年主要预期目标是地区生产总值增长6%左右。(完) 责任编辑:某某"
    assert len(split_reports(load(text=text))) == 1


def test_a_pages_lead_says_the_time_for_every_citys_list() -> None:
    # the lead (各市今年的目标) says once what time every city's heading tells; a city's list may
    # come under a title above its name (主要预期目标⏎某城⏎●…)
    text = (
        "主要预期目标 三市今年这样干\n各市今年的目标、任务相继出炉。\n"
        "南昌\n●地区生产总值增长6%以上\n●固定资产投资增长8%\n重点工作\n1.强化科技创新\n"
        "九江\n重点工作\n1.推进产业升级\n"
        "主要预期目标\n赣州\n●地区生产总值增长7%\n●工业投资增长10%\n"
    )
    reports = split_reports(load(text=text))
    assert [r.region for r in reports] == ["南昌市", "九江市", "赣州市"]
    summaries = summarize([load(text=text)], engine="rules")
    targets = {s.region: [t.indicator for t in s.targets] for s in summaries}
    assert targets["南昌市"] == ["地区生产总值", "固定资产投资"]
    assert targets["赣州市"] == ["地区生产总值", "工业投资"]
    assert all(not s.results for s in summaries)
