"""Which stretches of a report the rules read as review (results) and which as plan (targets)."""

from __future__ import annotations

from summarizer.engines.rules.extract import extract_notes
from summarizer.engines.rules.reading import reading_plan_year
import pytest

from summarizer import load, summarize
from summarizer.ingest import Document
from summarizer.text.structure import parse_sections


def make(text: str, year: int | None) -> Document:
    return Document(text=text, start=0, end=len(text), region="某某市", year=year, plan_year=year)


def kinds(doc: Document) -> tuple[list[str], list[str]]:
    notes = extract_notes(doc)
    return [t.indicator for t in notes.targets], [r.indicator for r in notes.results]


def test_a_review_title_puts_its_year_behind_a_plan_year_taken_from_the_page_date() -> None:
    # a news page dated in the reviewed year: the review's own figures are results
    text = "2030年和过去五年工作回顾\n全市生产总值增长6%左右,新增城镇就业3.2万人。\n"
    doc = make(text, 2030)
    assert reading_plan_year(doc, parse_sections(doc)) == 2031
    targets, results = kinds(doc)
    assert targets == [] and "新增城镇就业" in results


def test_preliminary_figures_and_a_report_card_say_their_year_is_over() -> None:
    text = (
        "某某两会|某某市生产总值增长6.1%\n"
        "2030年,某某市经济稳中有进。初步预计,全市生产总值增长6.1%,外贸进出口总额增长9%。\n"
        "今年主要预期目标是生产总值增长5.5%左右。\n"
    )
    doc = make(text, 2030)
    assert reading_plan_year(doc, parse_sections(doc)) == 2031
    targets, results = kinds(doc)
    assert targets == ["生产总值"] and "外贸进出口总额" in results
    card = make("带你看某某市2030年交出的成绩单。\n2030年,全市新建公园12个。\n", 2030)
    assert kinds(card) == ([], ["新建公园"])


def test_a_first_quarter_estimate_leaves_the_plan_year_alone() -> None:
    text = "2030年一季度,全市经济开局良好。初步预计,生产总值增长6%。\n"
    doc = make(text, 2030)
    assert reading_plan_year(doc, parse_sections(doc)) == 2030


def test_a_point_that_says_task_is_no_plan_part() -> None:
    # 一是…二是…: points of one list of things to do, not part titles
    text = (
        "记者从市人代会获悉,今年,市政府将办好8件实事。\n"
        "一是新建停车位3000个。\n"
        "二是完成10处老旧小区试点改造任务。\n"
        "三是新开公交线路5条。\n"
    )
    targets, results = kinds(make(text, None))
    # (8件实事 is the list's size: its items are the figures)
    assert results == [] and targets == ["停车位", "老旧小区试点改造任务", "新开公交线路"]


def test_words_pointing_at_the_listed_targets_open_the_plan() -> None:
    text = (
        "过去一年,全市新增就业2万人。\n"
        "这些目标,令人振奋!\n"
        "——生产总值增长5%左右,\n"
        "——居民收入增长5%\n"
    )
    targets, results = kinds(make(text, 2031))
    assert len(results) == 1 and len(targets) == 2


def test_a_title_pairing_a_year_told_of_with_next_years_plan_puts_that_year_behind() -> None:
    text = "某某园区2030年发展总体情况和2031年工作打算\n2030年,园区新落户企业15家。\n"
    doc = make(text, 2030)
    assert reading_plan_year(doc, parse_sections(doc)) == 2031
    targets, results = kinds(doc)
    assert targets == [] and len(results) == 1


def test_opening_words_of_a_second_targets_passage_name_nothing() -> None:
    text = (
        "甲市今年的主要预期目标是:地区生产总值增长6%左右,规上工业增加值增长7%。\n"
        "乙市市长介绍,乙市今年主要预期目标是2031年生产总值增长5.5%。\n"
    )
    targets, _ = kinds(make(text, 2031))
    assert "生产总值" in targets and not any("乙市" in t for t in targets)


def test_looking_back_on_a_year_puts_it_behind() -> None:
    doc = make("回顾2030年,全市新建学校8所。\n", 2030)
    assert reading_plan_year(doc, parse_sections(doc)) == 2031


def test_this_year_of_a_year_end_meeting_is_the_year_under_review() -> None:
    text = (
        "某某区召开年度工作会议\n时间:2030-12-27 来源:某某新闻\n"
        "会上介绍,今年全区新增市场主体3000户,完成固定资产投资150亿元。\n"
        "明年,全区将新增市场主体4000户。\n"
    )
    targets, results = kinds(make(text, 2031))
    assert len(results) == 2 and len(targets) == 1
    # a page dated in its plan year: its 今年 is the plan's
    dated_in_plan_year = text.replace("2030-12-27", "2031-01-05")
    targets, results = kinds(make(dated_in_plan_year, 2031))
    assert results == [] and len(targets) == 3


def test_preliminary_figures_read_as_results_in_either_script() -> None:
    doc = make("报告指出,初步统计2030年全市实现地区生产总值500亿元。\n", None)
    assert reading_plan_year(doc, parse_sections(doc)) == 2031
    text = (
        "新的一年,全市將新建學校5所。\n"
        "報告回看過往:初步預計,全市生產總值增長5.1%,新增就業2.2萬人。\n"
    )
    targets, results = kinds(make(text, 2031))
    assert len(targets) == 1 and len(results) == 2


def test_a_level_reached_by_a_past_year_end_and_this_year_recalled_are_results() -> None:
    text = (
        "新的一年,全区将新增就业1万人。\n"
        "截至2030年底,全区累计建成5G基站3000个。\n"
        "明年,全区将新建公园3个。\n"
        "这一年,全区新开通公交线路6条。\n"
    )
    targets, results = kinds(make(text, 2031))
    assert len(targets) == 2 and len(results) == 2


def test_hoping_to_give_a_good_answer_is_no_review() -> None:
    doc = make("全市将奋力交出2031年的答卷,新建学校5所。\n", 2031)
    assert reading_plan_year(doc, parse_sections(doc)) == 2031


def test_targets_reached_are_no_plan_cue() -> None:
    text = "明年,全市将新建公园3个。\n过去一年,全市完成了上述目标,新建学校5所。\n全面完成了这些目标,新增就业2万人。\n"
    targets, results = kinds(make(text, 2031))
    assert len(targets) == 1 and len(results) == 2


def test_a_news_reports_words_for_this_years_targets_open_the_headline_passage() -> None:
    text = "報告指去年生產總值按年增長5.9%。今年的目標是經濟增長達到5%至5.5%,城鎮新增就業12萬人。\n"
    notes = extract_notes(make(text, 2031))
    assert [(t.indicator, t.headline) for t in notes.targets] == [("经济增长", True), ("城镇新增就业", True)]


def test_a_report_card_names_its_year_just_after() -> None:
    text = "请看这份成绩单!\n◆2030年\n——新建学校8所\n——新增就业2万人\n"
    doc = make(text, 2030)
    assert reading_plan_year(doc, parse_sections(doc)) == 2031
    targets, results = kinds(doc)
    assert targets == [] and len(results) == 2


def test_a_date_the_text_speaks_of_is_no_dateline() -> None:
    text = "报告指出,要落实好2030年12月8日召开的会议精神。今年,全市将新建学校5所。\n"
    targets, results = kinds(make(text, 2031))
    assert results == [] and len(targets) == 1


def test_a_reviews_opening_puts_its_year_behind_but_a_plans_does_not() -> None:
    review = "2030年是本届政府的攻坚之年。一年来,我们坚持稳中求进,全市生产总值增长5%。\n"
    doc = make(review, 2030)
    assert reading_plan_year(doc, parse_sections(doc)) == 2031
    plan = "2030年是规划的收官之年,做好今年工作意义重大。新的一年,全市将新建学校5所。\n"
    doc = make(plan, 2030)
    assert reading_plan_year(doc, parse_sections(doc)) == 2030


def test_a_deed_told_as_done_after_the_targets_is_a_result() -> None:
    text = (
        "今年主要预期目标是地区生产总值增长5%以上。\n"
        "记者了解到,全市全年保持了空气优良天数320天以上的水平,完成了老旧小区改造150个。\n"
    )
    targets, results = kinds(make(text, 2031))
    assert len(targets) == 1 and len(results) == 2


def test_the_reading_goes_by_the_years_the_metadata_reads_as_reviewed() -> None:
    # a page dated in the year it calls past: the metadata's review cue moves the reading on too
    doc = make("过去的2030年,全市生产总值增长6%,新建学校4所。\n", 2030)
    assert reading_plan_year(doc, parse_sections(doc)) == 2031


def test_a_table_of_contents_does_not_open_the_plan() -> None:
    # 提纲: the parts listed, then the report from its first part again: its review is results
    text = (
        "提纲:\n一、2029年工作回顾\n二、2030年工作安排\n(一)抓产业\n(二)抓民生\n"
        "某某市政府工作报告\n各位代表:\n一、2029年工作回顾\n全市生产总值完成400亿元,增长5%。税收收入增长8%。\n"
        "二、2030年工作安排\n全市生产总值增长6%左右。\n"
    )
    targets, results = kinds(make(text, 2030))
    assert targets == ["生产总值"]
    assert results == ["生产总值", "税收收入"]


@pytest.mark.parametrize(
    ("text", "expected_targets", "expected_results"),
    [
        pytest.param(
            # the parts listed, then the title line (某镇…工作总结及…工作计划, a part heading of its own)
            # with the report under it from 一、 again: its review is results
            "一、2029年重点工作推进情况\n二、存在的主要问题\n三、2030年工作要点\n(一)做强产业\n"
            "某某镇2029年工作总结及2030年工作计划\n2029年,全镇坚持发展。\n"
            "一、2029年重点工作推进情况\n全年接待游客86.5万人次,同比增长12%。建成加工厂18家。\n",
            [], ["接待游客", "加工厂"], id="contents-before-a-title-line-part",
        ),
        pytest.param(
            # 报告指出,2029全市…: 年 dropped, the year under review still (the targets come before)
            "某某市政府工作报告发布\n2030年全市预期目标是:地区生产总值增长6%左右。\n"
            "报告指出,2029全市经济稳中有进,生产总值迈上800亿元台阶,同比增长6.5%左右,一般公共预算收入完成85.2亿元。\n",
            ["地区生产总值"], ["生产总值", "一般公共预算收入"], id="year-without-its-character",
        ),
        pytest.param(
            # 今年累计慈善救助57人: the year so far, not the year ahead
            "某某街道召开议政会\n今年累计慈善救助57人,救助资金17.5万元。\n",
            [], ["慈善救助", "救助资金"], id="this-years-total-so-far",
        ),
    ],
)
def test_time_words_put_a_pages_figures_behind(text: str, expected_targets: list[str], expected_results: list[str]) -> None:
    assert kinds(make(text, 2030)) == (expected_targets, expected_results)


def test_a_digests_achievements_heading_is_a_review() -> None:
    # 2029年成就: one fact a line, then the year's targets
    text = "2029年成就:\n实现生产总值2.6万亿元,增长2%\n城镇新增就业43万人\n2030年目标:\n生产总值增长6%左右\n"
    doc = load(text)
    assert doc.plan_year == 2030
    targets, results = kinds(doc)
    assert targets == ["生产总值"] and "城镇新增就业" in results


def test_a_mid_year_report_reviews_its_own_year_so_far() -> None:
    # 2030年以来 / 2030年上半年: the plan year so far is behind; 开拓创新的一年 is no 新的一年
    text = (
        "某某区2030年上半年国民经济和社会发展计划执行情况的报告\n一、2030年上半年计划执行情况\n"
        "2030年以来,全区实现地区生产总值806亿元,同比增长3.2%。\n"
        "这一年,是开拓创新的一年。新建5G基站120个。\n"
    )
    targets, results = kinds(load(text))
    assert targets == [] and results == ["地区生产总值", "5G基站"]


def test_a_pages_time_stamp_is_no_time_cue() -> None:
    # 2030年01月12日10:18: when the page was posted, in the plan year, not a year its text speaks of
    text = "两会@你|某省五年发展亮点\n\n2030年01月12日10:18 | 来源:某网\n\n现代农业加快发展\n粮食产量稳定在1500亿斤以上。\n"
    targets, results = kinds(make(text, 2030))
    assert targets == [] and results == ["粮食产量"]


@pytest.mark.parametrize(
    ("text", "results"),
    [
        # 报告分为…:一、…回顾;二、…思路;三、…: the parts named in a sentence, then the review itself
        ("县长向大会作政府工作报告。\n政府工作报告分为三个部分:一、2029年工作回顾;二、未来五年工作思路;三、2030年重点工作。\n"
         "报告指出,2029年,全县经济稳中有升。预计全年完成地区生产总值87.6亿元,社会消费品零售总额达到30.9亿元。\n",
         ["地区生产总值", "社会消费品零售总额"]),
        # one entry a line, the last one too (三、以人民满意为目标…。)
        ("市长向大会作政府工作报告。\n报告分为三部分:\n一、2029年工作回顾;\n二、奋力做好2030年工作;\n"
         "三、以人民满意为目标,提升政府治理能力。\n《报告》指出,初步统计,全市地区生产总值完成4725亿元,增长7.5%。\n",
         ["地区生产总值"]),
    ],
)  # fmt: skip
def test_a_list_of_the_reports_parts_opens_no_plan(text: str, results: list[str]) -> None:
    assert kinds(load(text)) == ([], results)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a year told as an ordeal come through (极不平凡的一年), though the sentence names 奋斗目标
        ("某某州人大会议开幕。\n报告指出,2029年,是向第二个百年奋斗目标进军的重要一年,也是极不平凡的一年。\n"
         "2029年,某某州实现地区生产总值53.6亿元。\n", 2030),
        # a year that met its goals
        ("某某区人大会议开幕。\n2029年,某某区预计地区生产总值增长6.5%左右,顺利实现年度目标任务。\n", 2030),
        # a report card, then the year planned for (对2030年仍确定了较高的预期目标)
        ("某某市2029年GDP增长3%。\n虽然2029年的经济“成绩单”表现不甚突出,某某市对2030年仍确定了较高的预期目标。\n", 2030),
    ],
)  # fmt: skip
def test_years_told_as_over(text: str, year: int) -> None:
    assert load(text).plan_year == year


def test_targets_set_in_words_other_than_the_usual_opener() -> None:
    text = "某某州划定发展预期目标,地区生产总值增长3%;全社会固定资产投资增长7%。\n"
    doc = make(text, 2030)
    assert [(t.indicator, t.headline) for t in extract_notes(doc).targets] == [("地区生产总值", True), ("全社会固定资产投资", True)]


def test_a_year_whose_work_bore_fruit_is_over() -> None:
    text = (
        "2029年,某某高新区在市委的正确领导下,推动各项工作取得新成效。\n工业投资同比增长46.2%。新签约项目39个,"
        "其中一个预计明年投入生产。\n入库科技型中小企业87家。\n"
    )
    doc = load(text)
    assert doc.plan_year == 2030
    targets, results = kinds(doc)
    assert targets == [] and results == ["工业投资", "新签约项目", "入库科技型中小企业"]


def test_a_year_whose_figures_are_measured_against_the_year_before_is_over() -> None:
    # 同比 and 完成年度计划的…% are said only of what happened: a statistics page opening with its year
    for text in (
        "某某市经济运行简报\n2029年,某某市生产总值达到3800亿元,同比增长4.5%。规上工业增加值增长6.1%。\n",
        "某某市项目建设简报\n2029年,全市实施重点项目210个,完成投资560亿元,完成年度计划的108%。\n",
    ):
        doc = load(text)
        assert doc.plan_year == 2030, text
        targets, results = kinds(doc)
        assert targets == [] and results, text


def test_a_year_with_figures_to_reach_against_the_year_before_stays_planned() -> None:
    doc = load("某某市经济工作会议\n2029年,某某市将力争生产总值同比增长6%,完成年度计划的100%以上。\n")
    assert doc.plan_year == 2029
    targets, results = kinds(doc)
    assert targets and results == []


def test_standing_at_a_new_starting_line_looks_ahead() -> None:
    text = (
        "过去的2029年,是全市发展历程中极不平凡的一年。\n"
        "而今,站在新的起跑点上,我们明确目标,再出发!“生产总值增长6%,固定资产投资增长6%以上”。\n"
    )
    targets, results = kinds(make(text, 2030))
    assert targets == ["生产总值", "固定资产投资"] and results == []


def test_a_year_opening_a_paragraph_under_a_review_heading_is_over() -> None:
    # the page titles the report by the year it reviews; the review heading names no year
    text = (
        "2029年某某县政府工作报告\n"
        "一、砥砺前行,过去一年政府工作成效明显\n"
        "2029年,是我县发展极具挑战、更是卓有成效的一年。\n"
        "预计到年末,全县地区生产总值增长4.1%,新增城镇就业1200人。\n"
    )
    doc = load(text)
    assert doc.plan_year == 2030
    targets, results = kinds(doc)
    assert targets == [] and results == ["地区生产总值", "新增城镇就业"]


def test_a_section_titled_as_a_review_looks_back_whatever_year_it_names() -> None:
    # an indented title on its own line is the section itself, not an entry of a list of parts
    text = (
        "某某省2030年上半年计划执行情况的报告\n\n"
        "  一、上半年全省计划执行情况\n\n"
        "  今年以来,全省认真执行2030年国民经济和社会发展计划,上半年全省地区生产总值同比增长4.5%。\n"
    )
    targets, results = kinds(make(text, 2030))
    assert targets == [] and results == ["地区生产总值"]


def test_text_with_no_time_cue_that_reads_as_tasks_is_a_plan() -> None:
    # a plan's chapter cut out of its report: no year, no 今年, no 将 — only the wording of tasks
    plan = (
        "某某市人民政府工作报告(2030年)\n"
        "加快推进乡村振兴。开展治理行动,打造20个示范村,加快建设和美乡村。严守耕地红线,"
        "确保粮食产量稳定在20亿斤以上。大力发展特色农业,坚决守好不发生规模性返贫底线。\n"
    )
    targets, results = kinds(make(plan, 2030))
    assert targets == ["示范村", "粮食产量"] and results == []
    # the same deeds told as done read as a review
    review = "打造20个示范村,粮食产量达到20亿斤,同比增长2%,加快建设和美乡村,荣获省级先进。\n"
    targets, results = kinds(make(review, 2030))
    assert targets == [] and results == ["示范村", "粮食产量"]


def test_the_reports_title_dates_the_report_not_a_stretch_of_it() -> None:
    # a page of the report's review under the report's title: the title's year sets no plan stretch
    text = (
        "2030年某某区人民政府工作报告\n\n"
        "  一是发展提质。全年实现地区生产总值1500亿元(预计,下同)、增长9%;存款余额较年初增长7.5%。\n"
    )
    doc = load(text)
    assert doc.title == "2030年某某区人民政府工作报告"
    targets, results = kinds(doc)
    assert targets == [] and results == ["地区生产总值", "存款余额"]


def test_the_next_five_years_look_ahead() -> None:
    text = "据报道,某某省长在作政府工作报告时部署了今后五年的目标任务,到2035年地区生产总值达到12万亿元。\n"
    targets, results = kinds(make(text, 2031))
    assert targets == ["地区生产总值"] and results == []


def test_a_year_heading_over_expected_figures_is_over() -> None:
    # a page dated late in the year after, a heading naming the year reviewed, its figures 预计
    text = "某某作政府工作报告(摘要)\n\n2029-11-30 某某新闻网\n\n  2029年高质量发展迈出坚实步伐\n\n  预计实现地区生产总值420亿元,增长6.1%。\n"
    assert load(text).plan_year == 2030


def test_a_title_on_how_the_plan_was_carried_out_is_a_review() -> None:
    # 主要预期目标完成情况: its plan words (目标, 任务) are what was done
    text = (
        "市政府督查室对2030年重点工作上半年完成情况进行了督办。\n"
        "一、主要指标任务完成情况\n(一)全市经济社会发展主要预期目标完成情况\n"
        "上半年,全市完成地区生产总值802.8亿元,比上年同期增长8.6%;社会消费品零售总额329.2亿元。\n"
    )
    targets, results = kinds(make(text, 2030))
    assert targets == [] and results == ["地区生产总值", "社会消费品零售总额"]


def test_a_years_expected_outcome_says_it_is_over() -> None:
    text = "21日,韶关市委全会召开。今年,韶关将地区生产总值增长目标定为6%以上。\n数据显示,预计2029年韶关实现地区生产总值3201亿元,增长2.2%。\n"
    doc = load(text)
    assert doc.plan_year == 2030
    targets, results = kinds(doc)
    assert targets == ["地区生产总值"] and results == ["地区生产总值"]


def test_a_page_copied_with_its_inline_pieces_a_line_each_reads_as_sentences() -> None:
    lines = ["2029年经济运行情况回顾"] + ["全年实现地区生产总值", "5532.4", "亿元、增长", "3.5%", ";社会消费品零售总额", "1974.6", "亿元、增长", "1.2%", "。"] * 2
    lines += ["货物进出口总额", "933", "亿元,增长", "3%", "。"]
    targets, results = kinds(make("\n".join(lines) + "\n", 2030))
    assert targets == [] and results.count("地区生产总值") == 2 and "货物进出口总额" in results


def test_a_figure_cut_by_a_line_break_is_read_whole_on_any_page() -> None:
    # inside the number, before its unit, between its verb and its number; a paragraph ending with
    # a bare number elsewhere is left alone (no unit follows)
    text = "2029年经济运行情况回顾\n一般公共预算收入109亿元,下降\n2%;实际利用外资6亿\n元,增长8.3%;居民人均可支配收入4779\n1元,增长7.5%。\n表1 2029\n城区人口\n"
    targets, results = kinds(make(text, 2030))
    assert targets == [] and results == ["一般公共预算收入", "实际利用外资", "居民人均可支配收入"]
    notes = extract_notes(make(text, 2030))
    assert [(r.value, r.change) for r in notes.results] == [(109.0, 2.0), (6.0, 8.3), (47791.0, 7.5)]


def test_a_digests_year_headings_without_nian_split_review_and_plan() -> None:
    # 2029重点回顾 / 2030主要任务, each over a list a line (a plan section comes only after them)
    text = (
        "2030年4月8日上午,某某市人大会议开幕。\n2029重点回顾\nGDP突破1.6万亿元、增长7.5%\n一般公共预算收入增长5.6%\n"
        "2030主要任务\n地区生产总值增长6.5%左右\n固定资产投资增长6%左右\n2030年十项重点工作\n创新\n新增高新技术企业1000家\n"
    )
    notes = extract_notes(make(text, 2030))
    assert [(t.indicator, t.headline) for t in notes.targets] == [
        ("地区生产总值", True), ("固定资产投资", True), ("高新技术企业", False),
    ]
    assert [r.indicator for r in notes.results] == ["GDP", "一般公共预算收入"]


def test_a_news_pages_words_open_the_years_targets() -> None:
    text = "2029年全省生产总值增长4.3%。\n对于2030发展主要预期目标,某某省政府工作报告中提到,生产总值增长5.5%左右,城镇新增就业40万人以上。\n"
    targets, results = kinds(make(text, 2030))
    assert targets == ["生产总值", "城镇新增就业"] and results == ["生产总值"]


def test_the_years_list_under_a_plan_year_heading_inside_a_misparsed_review_section() -> None:
    # a 1000-word digest: the 2030 list sits after the review heading, before the plan heading
    text = (
        "2029年工作回顾\n\n生产总值增长4.1%\n\n高校总数达到168所\n\n2030年主要目标\n\n经济增长目标确定为5.5%\n\n"
        "固定资产投资增长7%\n\n2030年重点工作安排\n\n省重点项目完成投资1万亿元\n"
    )
    notes = extract_notes(make(text, 2030))
    assert [r.indicator for r in notes.results] == ["生产总值", "高校总数"]
    assert [(t.indicator, t.headline) for t in notes.targets][:2] == [("经济增长", True), ("固定资产投资", True)]


def test_a_review_recalling_the_targets_it_met_gives_results() -> None:
    text = (
        "一、2029年计划执行情况\n全市主要指标总体实现市人大会议确定的预期目标:\n"
        "——地区生产总值按可比价增长8%左右(预计数,下同);\n——一般公共预算收入264.1亿元、增长5.5%;\n"
    )
    targets, results = kinds(make(text, 2030))
    assert targets == [] and results == ["地区生产总值", "一般公共预算收入"]


def test_a_heading_of_the_plan_years_first_half_heads_a_review() -> None:
    # 一、2029年上半年经济社会发展情况: the part of the plan year gone by, told as done
    text = ("某某街道2029年上半年工作总结\n一、2029年上半年经济社会发展情况\n"
            "(一)经济稳进\n全街实现规上工业总产值200.5亿元,财政总收入18.5亿元、同比增长5.0%。\n")  # fmt: skip
    (summary,) = summarize(text, engine="rules")
    assert summary.targets == []
    assert [(r.value, r.change) for r in summary.results] == [(200.5, None), (18.5, 5.0)]


def test_a_breadcrumb_trail_ending_in_a_part_word_heads_no_plan() -> None:
    # >政务公开>重点工作: the site's trail above a half-year summary is no heading of a plan part
    text = ("首页\n>政务公开>政府决策>重点工作\n某某街道2029年上半年工作总结\n"
            "2029年是开局之年。上半年,全街实现规上工业总产值200.5亿元。\n"
            "一、经济稳进\n12家规上工业企业实现产值10.5亿元,同比增长7.5%。下半年将继续推进项目建设。\n")  # fmt: skip
    (summary,) = summarize(text, engine="rules")
    assert summary.targets == []
    assert [(r.value, r.change) for r in summary.results] == [(200.5, None), (12.0, None), (10.5, 7.5)]


def test_the_plan_years_quarter_with_its_scope_between_is_behind() -> None:
    # 2029年全市一季度集中开工…: the plan year's first quarter, told with the scope between, is done;
    # the year's list after it is planned
    text = ("某市重点项目集中动工\n2029年全市一季度集中开工重大项目30个,总投资120.5亿元。"
            "2029年全市计划安排重点项目300个,年度计划投资500亿元。\n")  # fmt: skip
    (summary,) = summarize(text, engine="rules")
    assert [t.value for t in summary.targets] == [300.0, 500.0]
    assert [r.value for r in summary.results] == [30.0, 120.5]


def test_targets_under_a_bare_heading_run_on_as_one_paragraph() -> None:
    # a news page's heading 主要目标 over the year's targets, written as one long paragraph
    text = ("某某日报讯 县长在县十七届人大四次会议上作政府工作报告,总结成绩客观实在,实现了会中学习提高。\n"
            "主要目标\n生产总值增长8.5%左右,全社会固定资产投资增长20%左右,社会消费品零售总额增长12%左右,"
            "规模以上工业增加值增长15.5%左右,城镇化率提高2个百分点左右。\n")  # fmt: skip
    (summary,) = summarize(text, engine="rules")
    assert summary.results == []
    assert [(t.value, t.headline) for t in summary.targets] == [(8.5, True), (20.0, True), (12.0, True), (15.5, True), (2.0, True)]


def test_a_year_opened_with_a_first_task_is_still_told_as_done() -> None:
    # 2029年,某区牢牢把握…首要任务,…经济社会发展稳中有进: 首要 is no plan's 要
    text = ("2029年某区十大新闻解读\n2029年,某区牢牢把握高质量发展首要任务,经济社会发展稳中有进、稳中向好。"
            "全年实现地区生产总值1239.6亿元,一般公共预算收入62.3亿元,增长7.1%。\n")  # fmt: skip
    (summary,) = summarize(text, engine="rules")
    assert summary.targets == [] and [r.value for r in summary.results] == [1239.6, 62.3]
    assert (summary.year, summary.plan_year) == (2029, None)


def test_what_a_figure_will_reach_is_planned() -> None:
    # a news page with no plan heading: 将达 looks ahead; 未来五年 is no part of the name
    text = ("某某网讯 行政长官发表施政报告。\n过去一年,新建公营房屋2.5万个。"
            "公营房屋建屋量将达20.5万个单位。公营房屋建屋量未来五年达20.5万个单位。\n")  # fmt: skip
    (summary,) = summarize(text, engine="rules")
    assert [(t.indicator, t.value) for t in summary.targets] == [("公营房屋建屋量", 20.5)]
    assert [(r.indicator, r.value) for r in summary.results] == [("公营房屋", 2.5)]


def test_the_projects_a_groundbreaking_started_are_results_after_the_years_plan() -> None:
    # the year's plan (2029年,…计划实施重点项目76个), then the projects started that day: done
    text = (
        "1月7日,某某县2029年一季度重点项目集中开工活动举行。\n"
        "2029年,某某县计划实施重点项目76个,总投资212.7亿元。\n"
        "本次集中开工的20个项目涵盖现代工业、基础设施等领域,总投资31.18亿元。其中,现代工业领域项目7个。\n"
    )
    doc = load(text)
    assert doc.plan_year == 2029
    targets, results = kinds(doc)
    assert "重点项目" in targets[0] and len(targets) == 2
    assert len(results) == 3 and "现代工业领域项目" in results


def test_the_projects_a_start_and_completion_day_launched_or_a_meeting_signed_are_results() -> None:
    # 集中开竣工 (started and completed that day); 成功签约了…项目16个 (signed): done, whatever the year's event is called
    text = ("2029年全市第三季度项目集中开竣工活动启动。\n据了解,我县共有20个项目参加此次集中开竣工活动,总投资11.42亿元。"
            "其中新开工项目13个,竣工项目7个。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert targets == [] and len(results) == 4
    text = ("某区隆重举行2029年新春团拜会活动,企业家代表汇聚一堂。\n"
            "活动中成功签约了文旅商业综合体等重点项目16个,计划总投资168亿元。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert targets == [] and len(results) == 2


def test_the_projects_a_start_of_building_launched_are_results() -> None:
    text = "2029年度中心城市建设重点工程启动。\n本次启动建设项目共58个,计划总投资302亿元。\n"
    doc = load(text)
    targets, results = kinds(doc)
    assert targets == [] and len(results) == 2


def test_this_year_later_in_a_sentence_and_the_half_year_gone_by_opening_one() -> None:
    # 记者从2029年一季度…集中开工活动现场获悉,某省今年将重点推进…: the year's plan after the quarter's event
    text = ("某某网2月13日消息 记者从2029年一季度某某省重大项目集中开工活动现场获悉,"
            "某某省今年将重点推进287个省列重大项目建设,总投资16512亿元。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert results == [] and len(targets) == 2
    # 上半年,…完成投资…: the part of the plan year gone by (but 力争上半年开工 is planned)
    text = "2029年某某省安排省重点建设项目1530个,年度计划投资1万亿元。上半年,省重点项目完成投资5841亿元。\n"
    targets, results = kinds(load(text))
    assert len(targets) == 2 and results == ["省重点项目完成投资"]
    targets, results = kinds(load("2029年,某某县将力争上半年开工建设项目30个。\n"))
    assert results == [] and len(targets) == 1


def test_a_communiques_first_section_and_since_the_years_start_look_back() -> None:
    # a communiqué without its title (2029年,…全县经济稳中向好。⏎一、综 合⏎…): its figures are the year's
    text = ("2029年,面对多重困难叠加的复杂局面,全县上下全力以赴拼经济、搞建设,全县经济稳中向好。\n"
            "一、综 合\n年末常住人口94.9万人,比上年末增加0.1万人。全年实现地区生产总值439.19亿元,比上年增长3.3%。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert targets == [] and len(results) == 3
    # 今年来 is 今年以来 (the year so far), not 今年 (the year planned)
    text = "某某县:上半年经济运行稳中向好\n今年来,某某县坚持稳中求进:上半年,全县地区生产总值同比增长8.2%。\n"
    targets, results = kinds(load(text))
    assert targets == [] and results == ["地区生产总值"]


@pytest.mark.parametrize(
    "text",
    [
        # 2029年来 (since the year began) and a heading of the year's highlights
        "2029年来,在区委区政府的坚强领导下,某街道真抓实干。\n一、2029年亮点工作\n新增市场主体320户,完成固定资产投资5亿元。\n",
        # the year's months so far, then the whole year estimated: a year-end summary
        "经济运行总体平稳。2029年1-9月高新区实现GDP115.5亿元,全年预计实现GDP178亿元;2029全年工业开票销售189.1亿元。\n",
        # the year's calling, then 一年来 a paragraph later
        "2029年是实现规划目标任务的关键一年。全镇上下坚定信心,强产业、美乡村。\n一年来,我们推动经济运行稳中有进,完成工业产值52亿元。\n",
        # a press release on a year's figures that plans nothing
        "根据经济普查结果显示,2029年某市地区生产总值6475.88亿元,近5年年均增长8.2%。\n",
    ],
)
def test_a_summary_of_the_year_itself_gives_results(text: str) -> None:
    targets, results = kinds(load(text))
    assert targets == [] and results, text


def test_a_list_of_parts_ending_a_sentence_before_the_speechs_points_opens_no_plan() -> None:
    # 报告共分三个部分:一、…回顾;二、…;三、2030年工作任务。⏎…说,刚刚过去的2029年,… then 一是…二是…
    text = ("某某市长作政府工作报告。报告共分三个部分:一、2029年主要工作回顾;二、“十五五”时期主要目标任务;三、2030年工作任务。\n"
            "市长说,刚刚过去的2029年,我们交出了合格答卷。预计实现地区生产总值5312亿元,增长3.6%。\n"
            "实现发展目标,要落实两个方面重点任务:一是坚持做强实体经济。二是坚持打造高品质生活。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert targets == [] and results == ["地区生产总值"]


def test_a_headline_telling_a_years_deed_puts_the_year_behind() -> None:
    text = ("某某市:2029年完成18个老旧小区改造工作\n近年来,某某市将老旧小区改造作为一项重要的民生实事来抓。"
            "2029年,某某市共投资3.49亿元,完成18个老旧小区改造工作,改造面积130.48万平方米。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert targets == [] and "改造面积" in results and "老旧小区改造工作" in results
    (summary,) = summarize(text, engine="rules")
    assert (summary.year, summary.plan_year) == (2029, None)
    # a headline that plans is no deed (2029年将完成…), nor an event of the year (2029年秋季…签约)
    assert kinds(load(text.replace("2029年完成18个", "2029年将完成18个")))[1] == []
    signing = "某某市2029年秋季招商引资签约大会召开\n8月25日,某某市2029年秋季招商引资重点项目集中签约大会召开,签约项目共45个。\n"
    assert load(signing).plan_year == 2029


def test_a_sections_title_on_how_the_work_went_looks_back() -> None:
    # 一、2029年上半年重点工作进展情况: its 争取 and 2029年,… are what was done so far
    text = ("今年以来,我局紧密围绕全年目标任务,主动作为。\n一、2029年上半年重点工作进展情况\n"
            "(一)跑项争资成效显著。争取到位中央预算内项目资金4750万元。2029年,我县发布重点建设项目58个,"
            "截至6月底已开复工项目48个。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert targets == [] and {"到位中央预算内项目资金", "开复工项目"} <= set(results)


def test_this_years_deeds_told_as_done_are_results() -> None:
    # 今年已招引…, 今年…成果显著,已成功招引落地项目570个: 今年 of deeds done, no plan
    for text in ("12月9日,某某区在招商大会上签约项目5个。今年已招引落地项目570个,其中优质项目58个。\n",
                 "12月9日,某某区在招商大会上签约项目5个。\n今年某某区招商成果显著,已成功招引落地项目570个,其中优质项目58个。\n"):
        targets, results = kinds(load(text))
        assert targets == [] and len(results) == 3, text


def test_a_years_project_list_is_its_plan_and_the_progress_so_far_results() -> None:
    # 2029年安排…项目N个,年度计划投资…⏎1—8月份,累计完成投资…: the list is what the year is to do
    # (LABELLING: counts of things to do are targets), the progress told against it is done
    text = ("某某市重点项目建设进展顺利\n2029年安排市重点项目300个,年度计划投资260亿元。其中,续建项目160个;计划开工项目140个。\n"
            "1—8月份,累计完成投资180亿元,投资完成率69.2%。某某产业园等96个项目开工建设,开工率68.6%。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert {"市重点项目", "续建项目", "开工项目"} <= set(targets) and {"完成投资", "开工率"} <= set(results)
    assert not {"市重点项目", "续建项目"} & set(results)
    # …and so in one paragraph, the months so far opening the sentence after the list
    one = text.replace("。\n1—8月份", "。1—8月份")
    targets, results = kinds(load(one))
    assert "市重点项目" in targets and {"完成投资", "开工率"} <= set(results)


def test_a_summary_titled_as_one_alone_says_jinnian_of_its_year() -> None:
    # 某镇2029年度工作总结: 今年,… is the year summed up (no plan part, no targets)
    text = "某镇2029年度工作总结\n今年,全镇地区生产总值为10.7亿元,镇本级财政收入500万元。\n"
    targets, results = kinds(load(text))
    assert targets == [] and results == ["地区生产总值", "镇本级财政收入"]
    (summary,) = summarize(text, engine="rules")
    assert (summary.year, summary.plan_year) == (2029, None)


def test_the_months_so_far_to_a_month_of_the_plan_year_look_back() -> None:
    # 截止2029年5月,园区累计完成…: a half-year report's progress, not its plan
    text = ("某园区2029年上半年工作总结及下半年工作计划\n一、园区开发建设情况\n"
            "截止2029年5月,园区完成规模以上工业总产值59.5亿元,完成固定资产投资24.9亿元。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert targets == [] and len(results) == 2


def test_a_pages_byline_date_and_a_signed_projects_intent_date_nothing() -> None:
    # 发表日期:2029年09月10日 dates the page, not a stretch of it; 拟入驻…: where a signed project goes
    text = ("开发区签约项目10个 总投资158亿元\n来源:某某日报 发表日期:2029年09月10日\n"
            "9月5日下午,开发区举行重点项目签约仪式。签约仪式上,共签约亿元以上项目10个,总投资158亿元。"
            "其中,拟入驻某某产业园8个,总投资48亿元。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert targets == [] and len(results) >= 4


def test_a_completion_reports_lines_put_its_year_behind() -> None:
    # 2029年⏎某市10类36项民生实事项目⏎全部完成年度目标!: a year all done (not 确保全部完成)
    text = "2029年某市民生实事项目,交卷!\n2029年\n某市10类36项民生实事项目\n全部完成年度目标!\n01\n开工建设学校37所,新辟公交线路51条。\n"
    targets, results = kinds(load(text))
    assert targets == [] and {"开工建设学校", "新辟公交线路"} <= set(results)


def test_what_was_done_by_an_earlier_years_end_tells_no_deed_of_the_plan_year() -> None:
    # 2030年安排…项目153个,…截至2029年底累计完成投资…,2030年计划投资…: the year's plan list
    text = ("某某市人民政府办公室关于印发2030年某某市市本级政府投资项目计划的通知\n"
            "2030年安排市本级政府投资项目120个,总投资1500亿元,截至2029年底累计完成投资80亿元,2030年计划投资130亿元。\n")  # fmt: skip
    targets, _ = kinds(load(text))
    assert "市本级政府投资项目" in targets


def test_projects_started_in_years_before_are_a_kind_of_the_years_list() -> None:
    # 往年已开工在建项目1742个: which projects, not a deed told as done
    text = ("2030年省级层面重点推进大中型建设项目3000个。其中:往年已开工在建项目1500个,计划年度完成投资6000亿元;"
            "计划新开工项目1500个。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert results == [] and "往年已开工在建项目" in targets


def test_a_project_lists_own_measures_are_no_plan_words() -> None:
    # 年度投资计划31.4亿元, 总投资和年度计划分别较上年度增加60%、70%: the list's measures, not its
    # plan words; told with its progress (1-5月,累计完成投资…,完成年度投资计划的49.6%): results
    text = ("一、项目总体建设进展情况\n(一)省重点项目建设进展情况\n"
            "我市列入2029年省重点建设项目10项,总投资240亿元,年度投资计划31.4亿元,总投资和年度计划分别较上年度增加60%、70%。"
            "1-5月,累计完成投资15.5亿元,完成年度投资计划的49.6%。\n")  # fmt: skip
    targets, results = kinds(load(text))
    # (in a section reviewing the progress, the year's list is what the progress is told against)
    assert targets == [] and "省重点建设项目" in results and len(results) >= 5


def test_a_years_list_said_all_done_puts_the_year_behind() -> None:
    # 回顾一下2029年…; 2029年…为民办实事项目全面完成: a completion report of 2029
    text = ("今年为民办实事的25项清单中有你关心的吗?\n不如再来回顾一下2029年,某省都完成了哪些项目吧。\n2029年省委和省政府为民办实事项目全面完成\n"
            "近日,省委、省政府发布关于2029年为民办实事项目实施情况的通报。各级各有关部门严格按照工作计划,科学安排进度,"
            "省级财政及时下达项目资金137亿元,有力保障29项为民办实事项目全面完成。\n建设全省重大疫情救治基地\n"
            "省级财政补助资金下达3.6亿元,完成年度计划的112.5%。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert len(results) == 4 and len(targets) == 1  # (今年…25项清单: this year's list, the page's only plan)


def test_an_unnumbered_work_plan_heading_starts_the_plan() -> None:
    # 2030年工作回顾 … 2031年工作计划: two parts, as 工作安排 would be
    text = (
        "2030年工作回顾\n全年安排重点项目33个,总投资646亿元。\n"
        "2031年工作计划\n将加快推进城市更新。\n2031年计划安排区级重点项目37个,总投资887亿元。\n"
    )
    targets, results = kinds(make(text, 2031))
    assert targets == ["区级重点项目", "总投资"] and results == ["重点项目", "总投资"]


def test_a_base_compared_with_does_not_date_its_clause() -> None:
    # 比去年增长56.7%, 由去年的52个增至92个: a plan's figures measured against last year are the plan's
    text = (
        "2031年我市确定重点建设项目500个,年度计划投资611.7亿元。"
        "亿元以上项目增多,数量达431个,比去年增长56.7%,高新技术项目由去年的52个增至92个。\n"
    )
    targets, results = kinds(make(text, 2031))
    assert results == [] and "亿元以上项目" in targets and "高新技术项目" in targets


def test_these_five_years_look_back() -> None:
    # 回首这五年,…国内生产总值年均增长9.3%: a review of the term, after a sentence that named 今年
    text = "总理说,去年国内生产总值增长7.8%,为今年经济发展打下好的基础。\n总理表示,回首这五年,我国国内生产总值年均增长9.3%。\n"
    targets, results = kinds(make(text, 2031))
    assert targets == [] and len(results) == 2


def test_a_list_said_done_smoothly_is_a_completion_report() -> None:
    # 2030年度某市政府实事项目顺利完成: the year's list all done; its figures are results of that year
    text = (
        "原标题:2030年度某某市政府实事项目九成超计划完成 健身步道满意度居前\n"
        "晨报讯 2030年度某某市政府实事项目顺利完成。\n某某市政府于2030年共安排31项实事,年度计划投资111.9亿元,新建80条市民健身步道。\n"
    )
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == [] and (summary.year, summary.plan_year) == (2030, None)
    assert [r.indicator for r in summary.results] == ["投资", "市民健身步道"]


def test_a_budget_of_a_republic_of_china_year_plans_that_year() -> None:
    # 115年度總預算案: Taiwan's year 115 is 2026; the budget's figures are its targets, named without the year
    text = (
        "某某市長今日前往市議會,針對「115年度總預算案」進行專題報告。\n"
        "115年度政策性預算編列574億元。編列33億元改善道路、人行道與自行車道。\n"
    )
    [summary] = summarize(load(text=text), engine="rules")
    assert (summary.year, summary.plan_year) == (2026, 2026) and summary.results == []
    assert [(t.indicator, t.value, t.year) for t in summary.targets] == [
        ("政策性預算", 574.0, 2026), ("改善道路、人行道與自行車道", 33.0, 2026),
    ]  # fmt: skip


def test_done_as_planned_is_done() -> None:
    # 2030年…共投入资金57.72亿元,…已按计划完成年度目标任务58项,其中22项超额完成: 按计划 is no plan word
    text = ("某某市为民办实事落实情况\n2030年为民办理的十件实事共投入资金57.72亿元,涵盖10个方面60项任务,"
            "目前已按计划完成年度目标任务58项,其中22项超额完成。\n")  # fmt: skip
    targets, results = kinds(make(text, 2030))
    assert targets == [] and results


def test_a_task_to_complete_in_full_is_no_deed_done() -> None:
    # 今年新建19个示范村,…全面完成农村人居环境优化工程: a plan's task; …项目全面完成。 would be done
    text = "2030年,某某市今年新建19个乡村振兴示范村,推动1万户农民相对集中居住。全面完成农村人居环境优化工程。\n"
    targets, results = kinds(make(text, 2030))
    assert results == [] and "乡村振兴示范村" in targets


def test_a_notice_on_how_a_years_list_was_carried_out_reviews_it() -> None:
    # 关于2030年为民办实事项目⏎实施情况的通报 (a phone page's title over lines): its figures are done, but
    # for the task each numbered line states; so is a 实施情况的报告 made to the deputies (各位代表), of the
    # year it reports on
    text = ("29项为民办实事项目,如期完成!\n省委、省政府发布\n关于2030年为民办实事项目\n实施情况的通报\n"
            "一、新增义务教育公办学校学位5万个\n省级财政补助资金下达5.45亿元,完成年度计划的104.44%。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert [t.value for t in summary.targets] == [5.0] and "省级财政补助资金" in [r.indicator for r in summary.results]
    text = "2030年某乡民生实事项目实施情况的报告\n2030年度某乡确定的民生实事项目有3个,共投入资金约537万元。\n各位代表,民生实事是民心工程。\n"
    [summary] = summarize(load(text=text), engine="rules")
    assert (summary.year, summary.plan_year, summary.targets) == (2030, None, [])


def test_a_years_list_told_with_its_share_done_so_far_is_done() -> None:
    # 2030年25件重点民生实事计划总投资277亿元,上半年实际完成投资156.92亿元,占全年计划投资的56.6%
    text = "2030年25件重点民生实事计划总投资277亿元,上半年实际完成投资156.92亿元,占全年计划投资的56.6%。\n"
    targets, results = kinds(make(text, 2030))
    assert targets == [] and len(results) >= 2


def test_a_review_heading_that_praises_its_year_and_a_years_outcome_under_a_slogan() -> None:
    # 一、精彩的2030年 … 二、奋进的2031年: the first is reviewed (the second plans)
    text = "一、精彩的2030年\n地区生产总值增长13.4%。\n二、奋进的2031年\n力争地区生产总值增长10%。\n"
    targets, results = kinds(load(text))
    assert targets == ["地区生产总值"] and results == ["地区生产总值"]
    # 2030年,某县紧紧围绕“幸福某县”建设目标,…全年实现地区生产总值450亿元: a slogan's 目标, a year's outcome
    text = "2030年,某某县紧紧围绕“幸福某某”建设目标,凝心聚力谋发展,全年实现地区生产总值450亿元。\n全年完成固定资产投资335亿元。\n"
    targets, results = kinds(load(text))
    assert targets == [] and results == ["地区生产总值", "固定资产投资"]


def test_a_stock_taking_of_a_year_and_a_title_going_on_over_a_line() -> None:
    # ——2030年某区民生工程盘点: a review of that year; ⏎和下半年工作计划 goes on with the title above
    text = "岁末谈民生 ——2030年某某区民生工程盘点\n2030年某某区共实施民生项目102项,完成天府绿道37公里。\n"
    targets, results = kinds(load(text))
    assert targets == [] and len(results) == 2
    text = ("大路乡2030年上半年工作总结\n和下半年工作计划\n2030年以来,我乡坚持发展。\n"
            "上半年全乡财政收入112.48万元,完成全年任务的44.1%。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert targets == [] and "财政收入" in results


def test_a_taiwan_budget_against_last_years_and_its_thousands_separators() -> None:
    # 本市119年度總預算案規模1,564億元,較118年度成長58億元: the base year dates nothing, 1,564 is one number
    text = "某某市119年度總預算案\n【某某訊】本市119年度總預算案規模1,564億元,較118年度成長58億元。歲入編列約1,461億元。\n"
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.results == [] and (summary.plan_year, summary.targets[0].indicator) == (2030, "總預算案規模")
    assert [t.value for t in summary.targets] == [1564.0, 58.0, 1461.0]


def _targets(text: str) -> list[tuple[str, float]]:
    [summary] = summarize(load(text=text), engine="rules")
    return [(t.indicator, t.value) for t in summary.targets]


def _results(text: str) -> dict[str, tuple[float | None, float | None]]:
    return {name: (value, change) for name, value, change in _result_list(text)}


def _result_list(text: str) -> list[tuple[str, float | None, float | None]]:
    [summary] = summarize(load(text=text), engine="rules")
    return [(r.indicator, r.value, r.change) for r in summary.results]


def test_a_change_against_the_same_period_or_last_year_said_alone_is_the_level_befores() -> None:
    # 同期增长, 与上年同比增, 与去年相比降低: the base names nothing; a share of the plan between is the level's
    results = _results(
        "某某市2030年一季度招商引资情况\n一季度,全市到位资金6.4亿元,同期增长31%。累计拨付资金12.2亿元,"
        "占计划投入的86.5%,与上年同比增5.4%。城镇登记失业率为3.2%,与去年相比降低0.06个百分点。\n"
    )
    assert results == {"到位资金": (6.4, 31.0), "拨付资金": (12.2, 5.4), "占计划投入": (86.5, None), "城镇登记失业率": (3.2, 0.06)}


def test_a_price_rise_falling_back_and_a_level_with_its_share_in_brackets() -> None:
    # 涨幅同比回落: the rise's rate, of the price index before; (占总投资的…) between a level and its change
    results = _results(
        "某某市2030年上半年经济运行情况\n上半年,居民消费价格指数上涨1.4%,涨幅同比回落0.7个百分点。"
        "其中工业投资52.3亿元(占总投资的27.6%),增长64.2%。\n"
    )
    assert results["居民消费价格指数涨幅"] == (None, 0.7)
    assert results["工业投资"] == (52.3, 64.2) and results["工业投资占总投资"] == (27.6, None)


def test_bases_with_their_own_rates_in_brackets_before_the_gaps() -> None:
    # 比全省(7.5%)和全国平均水平(6.9%)分别高…: the bracketed rates are the bases', no figures
    text = ("某某市2030年上半年经济运行情况\n上半年,全市生产总值302.2亿元,增长8.2%,"
            "比全省(7.6%)和全国平均水平(6.7%)分别高0.6、1.5个百分点。\n")  # fmt: skip
    results = _results(text)
    assert results == {"生产总值": (302.2, 8.2), "生产总值增速高于全省": (0.6, None), "生产总值增速高于全国": (1.5, None)}


def test_growths_breadth_a_part_done_in_a_period_and_a_list_of_one_character_kinds() -> None:
    # 增长面 is a noun; 前三季度共实现增加值: no period in the name; 猪、牛、禽肉产量 → 猪肉产量 (but 奶 is its own)
    results = _results(
        "某某市2030年前三季度经济运行情况\n前三季度,全市工业增长面达52.4%,较1-2月份提高10.5个百分点。"
        "非营利性服务业前三季度共实现增加值210.5亿元,同比增长4.4%。猪、牛、禽肉产量分别增长20.1%、11.2%和3.3%。"
        "肉、奶、禽蛋产量分别增长2%、3%和4%。\n"
    )
    assert results["工业增长面"] == (52.4, 10.5) and results["非营利性服务业增加值"] == (210.5, 4.4)
    assert [results[k][1] for k in ("猪肉产量", "牛肉产量", "禽肉产量", "肉产量", "奶产量", "禽蛋产量")] == [20.1, 11.2, 3.3, 2, 3, 4]


def test_taiwans_cases_a_span_of_its_years_and_a_count_said_before_its_copula() -> None:
    text = ("某某縣139年施政計畫執行情形\n本縣列管施政計畫共計27案,其中139年度新增列管案件5案。\n"
            "辦好42件民生工程是縣政府對全縣人民的承諾。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    found = [(n.indicator, n.value, n.unit) for n in summary.results]
    assert ("列管施政計畫", 27.0, "案") in found and ("列管案件", 5.0, "案") in found
    assert not any("是" in name for name, _, _ in found)
    [plan] = summarize(load(text="某某地区2030年经济建设计划\n计划设定119年至122年经济成长率平均3.9%。\n"), engine="rules")
    assert [(t.indicator, t.value) for t in plan.targets] == [("经济", 3.9)]


def test_a_one_line_report_whose_outline_names_its_parts_before_its_review() -> None:
    # 报告分三部分:一、…回顾;二、…;三、2031年主要工作。 then the review on the same line: the outline's last
    # entry, closed by its full stop, is no plan section
    text = ("开新局。1月12日,某某市第十届人民代表大会第四次会议开幕。 市长某某代表市人民政府向大会作政府工作报告。"
            "报告分三部分:一、2030年工作回顾;二、“十六五”时期任务及目标;三、2031年主要工作。 2030年工作回顾 "
            "2030年,市政府团结奋进。全市地区生产总值同比增长5.5%,固定资产投资同比增长6.5%。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == [] and [r.change for r in summary.results] == [5.5, 6.5]


def test_a_list_of_tasks_each_followed_by_its_progress() -> None:
    # 实事一:… states the task (targets); 截至6月30日,… tells its progress (results)
    text = ("2030年某市“十件实事”最新进展\n今年时间已过半,2030年某市“十件实事”进展如何?7月15日,某市进行了通报。\n"
            "实事一:创建12个省级美丽乡村示范村。\n截至6月30日,已开工示范村8个,开工率66.7%。\n"
            "实事二:新改扩建农村公路260公里,加固改造危桥110座。\n截至6月30日,完成农村公路新改扩建151.2公里。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert sorted(t.value for t in summary.targets) == [12.0, 110.0, 260.0]
    assert sorted(r.value for r in summary.results if r.value is not None) == [8.0, 66.7, 151.2]


def test_averages_after_a_comparison_and_a_list_with_its_verb_after_each() -> None:
    results = _results(
        "某某县2030年上半年经济运行情况\n上半年,全县生产总值24.2亿元,同比增长10.2%,增速高于全市平均水平0.5个百分点,"
        "两年平均增长2.4%。生猪、牛、羊分别出栏4.1万头、1100头、1.3万只,分别增长61.2%、2.1%、3.5%。\n"
    )
    assert results["生产总值两年平均"] == (None, 2.4)
    assert [results[k] for k in ("生猪出栏", "牛出栏", "羊出栏")] == [(4.1, 61.2), (1100.0, 2.1), (1.3, 3.5)]


def test_a_headlines_bare_gain_pairs_counted_and_a_revenue_said_to_grow() -> None:
    results = _results(
        "浙江省2031年两会\n2030浙江GDP增6.6%左右。国际友城和外国总领馆分别增至118对和48家。"
        "财政一般预算持续增收,达到1.3亿元,同比增长7%。目前共有规上工业企业212家。\n"
    )
    assert results["GDP"] == (None, 6.6) and results["国际友城"] == (118.0, None) and results["外国总领馆"] == (48.0, None)
    assert results["财政一般预算"] == (1.3, 7.0) and results["规上工业企业"] == (212.0, None)


def test_a_field_ranked_in_and_a_plants_size_are_no_figures() -> None:
    results = _results(
        "某某区2030年工作情况\n今年以来,在全省118家省级以上开发区综合考评中位列第8。"
        "某某技改、某某20兆瓦生物质发电等11个项目集中开工。实施总装机21.5万千瓦光伏项目7个。\n"
    )
    assert 118.0 not in [v for v, _ in results.values()] and 20.0 not in [v for v, _ in results.values()]
    assert results["总装机"] == (21.5, None)


def test_a_completion_report_whose_numbered_lines_state_the_tasks() -> None:
    # on a page telling a list of matters done, (二)新增养老床位200张 is the task, the paragraph after its outcome;
    # 已全部完成 tells the list as done
    text = ("2030年某区30项为民办实事项目完成\n2030年某区共安排30个为民办实事项目,30个为民办实事项目已全部完成,具体情况如下:\n"
            "(一)新增养老床位200张\n新增312张养老床位。\n(二)完成8家社区老年助餐点建设\n完成11家社区老年助餐点建设。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert sorted(t.value for t in summary.targets) == [8.0, 200.0]
    assert {r.value for r in summary.results} >= {312.0, 11.0}


def test_a_revised_budget_moves_its_totals_with_thousands_separators() -> None:
    # 由1,310.89亿元下调至1,265.29亿元: the new figure, down; 由原来估算平均每月…调整至…: the estimate revised
    text = ("某特区2031年度财政预算修订\n一、一般综合预算的收入总额将由1,310.89亿元下调至1,265.29亿元,"
            "开支总额将由1,233.84亿元调升至1,262.42亿元,平均每月收入由原来估算平均每月210亿元调整至200亿元。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert sorted(t.value for t in summary.targets) == [200.0, 1262.42, 1265.29]


def test_a_converted_figure_a_bracketed_basis_and_a_quoted_speech() -> None:
    text = ("某市2031年国民经济和社会发展统计公报\n按常住人口计算人均地区生产总值38102元,按2031年平均汇率计算为5643美元,增长0.4%。"
            "地方公共财政预算收入2.3亿元,下降(同口径)11.2%。全市民生工程共投入各类资金61.8亿元。民生支出占到一般公共预算支出的71.7%。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    per_head = sorted((r.value, r.unit, r.change) for r in summary.results if r.indicator == "人均地区生产总值")
    assert per_head == [(5643.0, "美元", None), (38102.0, "元", 0.4)]  # (the change is the level's, not the converted one's)
    results = _results(text)
    assert results["地方公共财政预算收入"] == (2.3, 11.2) and results["民生工程投入各类资金"] == (61.8, None)
    assert results["民生支出占一般公共预算支出"] == (71.7, None)
    [summary] = summarize(load(text="某网1月12日讯 “2031年某区地区生产总值9150亿元,增长7.1%。”9日,主席某某向大会作政府工作报告时如是说。\n"), engine="rules")
    [gdp] = summary.results  # (the news item's dateline is no part of the name)
    assert "讯" not in gdp.indicator and gdp.indicator.endswith("地区生产总值") and (gdp.value, gdp.change) == (9150.0, 7.1)


def test_a_half_year_summary_tells_its_own_years_figures_so_far() -> None:
    # 上半年 工作总结 下半年 工作思路: 2031年,…预计实现… is the half gone by, but the year's goals set are targets
    text = ("某某街道2031年上半年工作总结和下半年工作思路.docx\n街道 2031 上半年 工作总结 下半年 工作思路\n"
            "某某街道2031年上半年工作总结和下半年工作思路 2031年,街道按照区委的总目标,"
            "积极开展专项行动。街道财政收入预计实现10.2亿元,同比增长7.1%;规上工业增加值实现9亿元,同比增长21%。\n"
            "2031年区下达街道规上工业增加值增速确保目标增长12%。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert {r.indicator: (r.value, r.change) for r in summary.results} == {"街道财政收入": (10.2, 7.1), "规上工业增加值": (9.0, 21.0)}
    assert [t.value for t in summary.targets] == [12.0]


def test_a_floor_and_a_hoped_figure_after_a_semicolon() -> None:
    # 内联引资:底线目标270亿元,增长9%;奋斗目标275亿元,增长11%: both the floor's indicator, headline or not
    text = ("某市商务局2031年工作计划\n2031年主要目标:内联引资:底线目标270亿元,增长9%;奋斗目标275亿元,增长11%。"
            "进出口总额:底线目标31亿美元,增长12.3%;奋斗目标33.3亿美元,增长20%。\n")  # fmt: skip
    assert _targets(text) == [
        ("内联引资", 270.0), ("内联引资", 9.0), ("内联引资", 275.0), ("内联引资", 11.0),
        ("进出口总额", 31.0), ("进出口总额", 12.3), ("进出口总额", 33.3), ("进出口总额", 20.0),
    ]  # fmt: skip


def test_a_noun_clause_then_an_aside_names_the_units_reached() -> None:
    # 总体公营房屋建屋量,包括简约公屋在内,将达到17.9万个单位,较本届政府上任时大幅增加约70%
    text = "某特区2031年施政报告\n总体公营房屋建屋量，包括简约公屋在内，将达到17.9万个单位，较本届政府上任时大幅增加约70%。\n"
    assert _targets(text) == [("总体公营房屋建屋量", 17.9), ("总体公营房屋建屋量", 70.0)]
    results = _results("某盟2031年国民经济和社会发展统计公报\n年末全盟常住人口26.1万人。\n")
    assert results == {"常住人口": (26.1, None)}


def test_a_budget_against_last_years_legal_budget() -> None:
    # 較去年度法定預算數276.27億元,增加24.85億元,增幅8.99%: the base is no figure; the gain and the rate are the budget's
    text = ("某某縣政府2031年度總預算\n歲出預算編列301.12億元,較去年度法定預算數276.27億元,增加24.85億元,增幅8.99%。"
            "債務之舉借編列84億7,000萬元。\n")  # fmt: skip
    assert _targets(text) == [
        ("歲出預算", 301.12), ("歲出預算增加", 24.85), ("歲出預算", 8.99), ("債務之舉借", 84.7),
    ]  # fmt: skip


def test_figures_measured_against_the_same_period_are_a_releases_results() -> None:
    # 2031年本地生产总值录得…按年增长; 2031年实现…同比下降: the plan year's figures, told once it is over
    text = ("某特区去年经济增长8.1%\n统计局资料显示,2031年本地生产总值录得实质增长8.1%,人均本地生产总值为60.2万元,按年增长7.9%。\n"
            "全年私人消费按年上升3.4%,政府最终消费支出则按年回落2.5%,货物出口按年急挫11.2%,服务输出扩张6.6%。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == []
    results = {r.indicator: (r.value, r.change, r.direction) for r in summary.results}
    assert results["本地生产总值"] == (None, 8.1, "increase")
    assert results["政府最终消费支出"] == (None, 2.5, "decrease") and results["货物出口"] == (None, 11.2, "decrease")
    assert results["服务输出"] == (None, 6.6, "increase")


def test_a_months_figures_after_a_charts_caption() -> None:
    # 图1 2031年各月…: a caption dates no stretch; 12月,全区实现…: the month gone by
    text = ("今年以来,我区商业逐步恢复正常经营,主要指标降幅收窄。\n一、基本情况\n12月,全区实现商品销售总额68.3亿元,同比下降0.1%,2031年实现商品销售总额738.6亿元,同比下降4.5%。\n"
            "图1 2031年各月商品销售总额及累计增幅\n12月,全区实现社会消费品零售额11.6亿元,同比下降5.8%。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == []
    assert (11.6, 5.8) in {(r.value, r.change) for r in summary.results}


def test_a_quarter_falls_to_a_level() -> None:
    # 失业率在首季下跌至3.1%: a level reached; 按季跌0.4个百分点: a fall
    results = _results("某特区2031年第一季经济报告\n失业率在首季下跌至3.1%,整体投资开支按年回升5.8%。\n")
    assert results["失业率"] == (3.1, None)


def test_a_grant_raised_to_a_sum_in_mixed_magnitudes() -> None:
    # 慰问金调升至每年1万1000元: the level it is raised to, one amount; 明年起 says from when
    text = "某某县2031年度施政报告\n明年起长者敬老礼金每年1万5000元,身障朋友慰问金调升至每年1万1000元。\n"
    assert _targets(text) == [("长者敬老礼金", 1.5), ("身障朋友慰问金", 1.1)]


def test_a_five_years_level_with_a_multiple_of_its_base_and_an_average_growth() -> None:
    # 达7700亿元,是2025年的1.46倍,年均增长6.9%: the average is the level's change, the multiple says how far since
    results = _results("某市2031年政府工作报告\n一、过去五年工作回顾\n2030年全市地区生产总值预计达7700亿元,是2025年的1.46倍,"
                       "年均增长6.9%;一般公共预算收入达616.6亿元,年均增长6.4%。\n")  # fmt: skip
    assert results == {"地区生产总值": (7700.0, 6.9), "一般公共预算收入": (616.6, 6.4)}


def test_a_level_grown_from_a_base_said_with_its_time() -> None:
    # 从“十三五”末的117亿元增长至2030年的163亿元: 117 is where it started, no figure; (预计数,下同) no part of the name
    results = _results("某县2031年政府工作报告\n一、过去五年工作回顾\n全县地区生产总值(预计数,下同)从“十三五”末的117亿元"
                       "增长至2030年的163亿元,年均增长6.4%。\n")  # fmt: skip
    assert results == {"地区生产总值": (163.0, 6.4)}


def test_this_year_so_far_is_no_plan_word() -> None:
    # 今年以来,…: a page of the year's figures that plans nothing; 2031年某县…播种面积 is one of them
    text = ("今年以来,全县坚持稳中求进,经济稳步向好。\n一、农业\n2031年沁源县粮食作物播种面积35.56千公顷,其中,谷物面积34.02千公顷。"
            "粮食总产量达到24.5万吨。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == []
    assert {r.indicator: r.value for r in summary.results} == {"粮食作物播种面积": 35.56, "谷物面积": 34.02, "粮食总产量": 24.5}


def test_a_news_leads_targets_before_the_meeting_it_reports() -> None:
    # 新增工业产值110亿元以上,…;……3月4日,…会议上传来消息,2032年,该区将…: the lead gives the plan's targets
    text = ("某某日报讯(记者 某某) 新增工业产值110亿元以上,实现规模工业增加值增长25%以上;地方收入增长5%以上……3月4日,"
            "某某经开区党工委会议上传来消息,2032年,该区将紧扣创建国家级经开区目标,加快建设新经开。\n")  # fmt: skip
    assert _targets(text) == [("新增工业产值", 110.0), ("规模工业增加值", 25.0), ("地方收入", 5.0)]


def test_what_a_policy_address_says_will_be_done() -> None:
    # 限额将提升一倍至40%; 并会逐步增加…: a policy address's plans, no time word before them
    text = ("特首今早公布任内第二份施政报告。\n【14:10更新】\n学年起,专上院校非本地学生限额将提升一倍至40%;"
            "资助大学推展宿舍项目,目标在2034年之前增加合共约13,500个宿位。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.results == []
    assert {t.value for t in summary.targets} == {40.0, 13500.0}


def test_where_a_rate_fell_from_is_no_change_of_the_figure_before() -> None:
    # 处置不良贷款1590亿元,不良率从最高时的4.68%下降到2.69%: 4.68% is where it started
    results = _results("某市2031年工作回顾\n去年,全市处置不良贷款1590亿元,不良率从最高时的4.68%下降到2.69%,房地产市场保持稳定。\n")
    assert results == {"处置不良贷款": (1590.0, None), "不良率": (2.69, None)}


def test_where_a_grant_is_raised_from_is_no_target() -> None:
    # 津贴由每月限额5,880元增至8,000元: the level it is raised to; where it started is no figure
    text = "某特区2031年施政报告\n明年起,雇员再培训津贴由每月限额5,880元增至8,000元,学员名额由2,800名增加至4,000名。\n"
    assert _targets(text) == [("雇员再培训津贴", 8000.0), ("学员名额", 4000.0)]


def test_connectives_around_a_budgets_names() -> None:
    # 却, 仅剩约, 尽管…: no part of what is measured; 减少/增加 an amount name the flow (LABELLING)
    text = ("某某县2032年度总预算\n明年度岁出预算707.9亿元。上级政府补助收入却减少202亿元,长期债务仅剩约40亿元,"
            "尽管税课收入中的统筹分配税增加172亿元。\n")  # fmt: skip
    names = [name for name, _ in _targets(text)]
    assert names[:3] == ["岁出预算", "上级政府补助收入减少", "长期债务"] and names[3].startswith("税课收入")
    assert names[3].endswith("统筹分配税增加")


def test_a_budgets_side_and_a_grant_raised_after_a_comma() -> None:
    # 岁入部分(含收入)删减6亿元: the side's cut; 从原先补助1万元,加码至2万元: where it got to only
    text = ("某市2032年度总预算\n经市议会审议,岁入部分(含收入)删减6亿元,岁出部分(含支出)删减6亿元。"
            "明年生育津贴,市民生育儿女一胎将从原先补助1万元,加码至2万元。\n")  # fmt: skip
    targets = _targets(text)
    assert targets[:2] == [("岁入删减", 6.0), ("岁出删减", 6.0)] and [v for _, v in targets[2:]] == [2.0]


def test_a_list_of_rate_changes_pairs_with_the_rates_said_before_it() -> None:
    # 工业投资增长40.3%,…,基础设施投资增长27.9%,分别比1-4月加快9.1个、11.0个和7.2个百分点: each rate's change
    results = _results("某市2031年1-5月经济运行情况\n1-5月,全市工业投资增长40.3%,制造业投资增长35.8%,基础设施投资增长27.9%,"
                       "分别比1-4月加快9.1个、11.0个和7.2个百分点。\n")  # fmt: skip
    assert results["工业投资增速"] == (None, 9.1) and results["制造业投资增速"] == (None, 11.0)
    assert results["基础设施投资增速"] == (None, 7.2) and results["基础设施投资"] == (None, 27.9)
    # …or listed with 分别 before the rates, the changes of the rates after them without it
    results = _results("某市2031年1-8月经济运行情况\n全市战略性新兴产业产值、高技术产业增加值分别增长29.7%、22.1%,"
                       "比7月份高8.4、17.5个百分点。\n")  # fmt: skip
    assert results["战略性新兴产业产值增速"] == (None, 8.4) and results["高技术产业增加值增速"] == (None, 17.5)


def test_a_rates_change_against_a_numbered_quarter() -> None:
    # 增速比第二季度加快5.3个百分点, 增长速度比第二季度快1.66个百分点: the rate before's 增速
    results = _results("某市2031年前三季度经济运行情况\n前三季度,全市出口总值增长12.5%,增速比第二季度加快5.3个百分点;"
                       "固定资产投资增长8.2%,增长速度比第二季度快1.66个百分点。\n")  # fmt: skip
    assert results["出口总值增速"] == (None, 5.3) and results["固定资产投资增速"] == (None, 1.66)


def test_a_target_against_last_year_and_a_service_for_whom() -> None:
    # 投资目标为125.9亿元以上,同比增长18%以上: a notice's targets (同比 with 以上 is no release's figure)
    text = "某县人民政府关于下达2032年度固定资产投资计划的通知\n一、固定资产投资计划\n2032年全县固定资产投资目标为125.9亿元以上,同比增长18%以上。\n"
    assert _targets(text) == [("固定资产投资", 125.9), ("固定资产投资", 18.0)]
    # 为未成年人提供假期公益托管服务12万人次以上: for whom, then what
    assert _targets("2032年某市将办好民生实事。具体包括:为未成年人提供假期公益托管服务12万人次以上。\n") == [("未成年人假期公益托管服务", 12.0)]


def test_a_special_regions_growth_target_this_year() -> None:
    # 香港今年经济增长目标预计为2%至3%: the economy's growth, a range; 介乎 names nothing
    text = "财政司司长发表2032至33年度财政预算案\n香港今年经济增长目标预计为2%至3%。全年实质增长介乎2%至3%。\n"
    [summary] = summarize(load(text=text), engine="rules")
    assert [(t.indicator, t.value, t.value_max) for t in summary.targets] == [("经济增长", 2.0, 3.0)]


def test_the_plan_years_list_of_matters_and_a_sum_set_aside() -> None:
    # 某区2032年十大惠民工程 / 1.城市改造工程。开工建设…,完成…3公里: the year's tasks, no plan word needed
    text = ("某某区2032年十大惠民工程\n来源:区政府 发布时间:2032-04-07\n1.城市改造工程。完成道路亮化3公里;新增停车位800个。\n"
            "2.教育提质工程。建成示范性医养结合机构1所。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.results == [] and [t.value for t in summary.targets] == [3.0, 800.0, 1.0]
    # 未来5年公营房屋预计建屋量约10万个, 将预留20亿元支持…: the years ahead and 预计 name nothing; the money's purpose does
    text = "财政司司长发表2032至33年度财政预算案\n未来5年公营房屋预计建屋量约10万个单位。政府将预留20亿元支持非政府机构兴建过渡性房屋。\n"
    assert _targets(text) == [("公营房屋建屋量", 10.0), ("支持非政府机构兴建过渡性房屋", 20.0)]
    # 对2032年十大民生实事办理成效开展评议 / 满意率: the year's matters judged when done, so what they did is results
    text = ("某某区2032年十大民生实事评议结果出炉\n代表、委员对2032年十大民生实事办理成效开展评议,整体满意率98.5%以上。"
            "关爱工程满意率为98.9%,新建农村幸福食堂3家。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == [] and [r.value for r in summary.results] == [98.5, 98.9, 3.0]



def test_a_years_preliminary_figures_put_it_behind() -> None:
    # 2031年全年初步访港旅客数字…: the year is over (its figures are preliminary), so the plan year is the next
    from summarizer.ingest.reviewed import reviewed_years

    text = "1月15日,旅游发展局公布,2031年全年初步访港旅客数字接近4500万人次,较2030年上升31%。"
    assert 2031 in reviewed_years(text, 0, len(text), [])
    assert load(text).plan_year == 2032


def test_a_budget_bills_allocations_without_a_date_are_its_plan() -> None:
    # 行政院会通过…特别预算案…财政部主管编列1417亿元: a bill's allocations, no year said anywhere
    text = ("政院通过3800亿特别预算\n记者某某/台北报导\n行政院会23日通过3800亿元的某某特别预算案,并送立法院审议。"
            "此次预算案共计10大项目,包括财政部主管编列1417亿元、经济部主管编列817亿元等。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.results == [] and {1417.0, 817.0} <= {t.value for t in summary.targets}
    assert summary.region == "台湾"  # (the central government's bill; 台北报导 is where the news was filed)


def test_next_fiscal_years_estimate_and_who_expects_it() -> None:
    # 当局估计下个年度博彩净收入2,160亿元: next year's, estimated; 估计涉公帑超过246亿元: 估计 names nothing
    text = "某特区2032年财政预算案\n当局估计下个年度博彩净收入2,160亿元。一系列惠民措施,估计涉公帑超过246亿元。\n"
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.results == []
    assert [(t.indicator, t.value) for t in summary.targets] == [("博彩净收入", 2160.0), ("涉公帑", 246.0)]


def test_a_change_said_before_the_level_it_leads_to() -> None:
    # 上升3.3%至5602亿元: the change and the level it reaches are one result, two targets; 下调 is a fall
    text = "某某市2030年财政预算执行情况\n2030年,全市经常开支上升4.1%至812亿元,非经常开支下调35%至96亿元。\n"
    [summary] = summarize(load(text=text), engine="rules")
    assert [(r.indicator, r.value, r.change, r.direction) for r in summary.results] == [
        ("经常开支", 812.0, 4.1, "increase"),
        ("非经常开支", 96.0, 35.0, "decrease"),
    ]
    [summary] = summarize(load(text="某某市2031年预算草案\n2031年,政府整体开支将下降7%至1320亿元。\n"), engine="rules")
    assert [(t.indicator, t.value, t.unit, t.kind, t.direction) for t in summary.targets] == [
        ("政府整体开支", 7.0, "%", "growth", "decrease"),
        ("政府整体开支", 1320.0, "亿元", "level", ""),
    ]


def test_a_years_estimate_told_as_it_ends_is_a_result() -> None:
    # a press conference in December: 预计2030年… gives the year's figures, whatever plan words follow
    text = ("12月26日,某某市召开新闻发布会,就某某高新区2030年经济社会发展情况作专题发布。\n"
            "今年以来,某某高新区深入实施倍增行动,经济运行总体平稳。预计2030年园区生产总值增长5.2%,"
            "技改投资增长3.1%。\n即将过去的一年,园区发展动能持续增强,预计全年完成重点项目投资96.2亿元,"
            "高新技术企业总数有望达到150家。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == []
    assert {(r.indicator, r.change) for r in summary.results} >= {("园区生产总值", 5.2), ("技改投资", 3.1)}


def test_a_budget_speech_of_a_financial_year() -> None:
    # a financial secretary's budget: 2031/32年度 is its year and no part of a name; 将会下降 plans;
    # 较上年度修订预算上升 compares the figure before with its base, which names nothing
    text = ("财政司司长在新一份财政预算案中预料,2031/32年度经常开支将轻微上升2.4%至6120亿元。"
            "而2031/32年度政府整体开支将会下降4%至8010亿元。印花税收入预计为760亿元,较上年度修订预算上升12%。"
            "预计在2032年3月底,公务员编制仍为约19.1万个职位。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert (summary.region, summary.year) == ("香港特别行政区", 2031)
    assert summary.results == []
    assert [(t.indicator, t.value) for t in summary.targets][:6] == [
        ("经常开支", 2.4), ("经常开支", 6120.0), ("政府整体开支", 4.0), ("政府整体开支", 8010.0),
        ("印花税收入", 760.0), ("印花税收入", 12.0),
    ]  # fmt: skip


def test_lists_of_changes_each_with_its_own_verb_or_none_and_names_sharing_a_measure() -> None:
    text = (
        "2030年某某市政府工作报告\n一、2029年工作回顾\n"
        "城镇居民人均可支配收入41250元,农村居民人均纯收入18930元,实际增长6.8%和7.5%。\n"
        "全市第一、二、三产业增加值占GDP的比重较上年分别下降0.3个、下降0.5个、提高0.8个百分点。\n"
        "船舶工业、水产加工总产值分别增长21.0%、12.4%。高新技术和数字经济规上工业增加值分别增长5.9%和13.3%。\n"
    )
    [summary] = summarize(load(text=text), engine="rules")
    assert [(r.indicator, r.value, r.change, r.change_unit, r.direction) for r in summary.results] == [
        ("城镇居民人均可支配收入", 41250.0, 6.8, "%", "increase"),
        ("农村居民人均纯收入", 18930.0, 7.5, "%", "increase"),
        ("第一产业增加值占GDP的比重", None, 0.3, "个百分点", "decrease"),
        ("第二产业增加值占GDP的比重", None, 0.5, "个百分点", "decrease"),
        ("第三产业增加值占GDP的比重", None, 0.8, "个百分点", "increase"),
        ("船舶工业总产值", None, 21.0, "%", "increase"),
        ("水产加工总产值", None, 12.4, "%", "increase"),
        ("高新技术规上工业增加值", None, 5.9, "%", "increase"),
        ("数字经济规上工业增加值", None, 13.3, "%", "increase"),
    ]


def test_a_figure_said_as_already_reached_is_a_result() -> None:
    # a county head's report to the council: 今年招商金额已达…, said of the year so far
    text = "某某縣長今日赴縣議會作施政總報告指出,縣府今年積極招商引資,招商金額已達1230億元。\n"
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == [] and [(r.indicator, r.value) for r in summary.results] == [("招商金額", 1230.0)]


def test_a_title_left_open_hides_no_figures_after_its_clause() -> None:
    # 根据《…通知(…号), with no 》: the figures after the comma are the notice's own
    text = ("某某市关于转下达2030年重点建设项目计划的通知\n各镇政府:\n"
            "根据《省发展改革委关于下达2030年重点建设项目计划的通知(某发改〔2030〕12号),"
            "2030年共安排我市省重点建设项目48个,总投资2210亿元。\n")  # fmt: skip
    assert [v for _, v in _targets(text)] == [48.0, 2210.0]
    # (a title closed, or open within its clause, still holds its numbers: 《…若干措施30条》)
    assert _targets("某某市2030年工作安排\n2030年,全面落实《关于促进民营经济发展若干措施30条》。\n") == []


def test_a_government_before_what_it_counts_and_pollutants_sharing_their_measure() -> None:
    text = ("某某縣115年度總預算案\n某某縣政府歲出預算編列288.5億元。縣府招商金額目標為500億元。"
            "化学需氧量、二氧化硫、氨氮、氮氧化物排放量分别下降2%、2%、3%、4%。\n")  # fmt: skip
    assert [name for name, _ in _targets(text)] == [
        "歲出預算", "招商金額", "化学需氧量", "二氧化硫排放量", "氨氮排放量", "氮氧化物排放量",
    ]  # fmt: skip


def test_a_budget_report_of_a_roc_year_written_without_its_du() -> None:
    # 报告119年总预算案 / 119年岁出总额: the budget year (度 left out), compared with the year before
    text = ("報告119年總預算案 某市長:量入為出\n(某社記者某某市12日電)某市長今天赴市議會報告119年總預算案編製情形。\n"
            "市長表示,119年歲出總額新台幣1210.5億元,較上年度增加86億元,資本門比例比去年度增加1.2%,來到21.3%。"
            "另外,市府編列整體治水防洪預算9.8億元,編列運動中心興建經費3.2億元,及自辦社會住宅經費12.6億元。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.results == [] and summary.year == 2030
    assert [(t.indicator, t.value) for t in summary.targets] == [
        ("歲出總額", 1210.5), ("歲出總額增加", 86.0), ("資本門比例", 1.2), ("資本門比例", 21.3),
        ("整體治水防洪預算", 9.8), ("運動中心興建經費", 3.2), ("自辦社會住宅經費", 12.6),
    ]  # fmt: skip


def test_an_approximate_fall_said_after_the_level_is_the_levels() -> None:
    # 较上年度减少…,约减9.6%: 约减 is a fall, and names nothing of its own
    text = "某某市120年度總預算案\n120年度總預算歲入共編列1兆2345億,較上年度減少1320億,約減9.7%。\n"
    assert _targets(text)[-1] == ("總預算歲入", 9.7)


def test_a_progress_report_gives_each_tasks_rate_done_and_its_state_in_brackets() -> None:
    text = ("某某县2030年民生实事进展情况\n截至9月底,6个口袋公园建设已完成3个(50%);"
            "180场送戏下乡已送120场(67%);城区供水管网改造工程正在施工中(85%)。\n")  # fmt: skip
    results = _results(text)
    assert results["口袋公园建设完成率"] == (50.0, None) and results["送戏下乡完成率"] == (67.0, None)
    assert results["城区供水管网改造工程进度"] == (85.0, None)


def test_a_gap_with_a_place_or_the_plan_is_a_figure_of_its_own() -> None:
    results = _results(
        "某某区2030年一季度经济运行\n一季度,全区完成固定资产投资21.4亿元,同比增长12.3%,高于青松市1.6个百分点。"
        "一般公共预算收入增长18.2%、高于全区9.4个百分点。城乡供水设施建设完成投资3.2亿元,比年度计划高15.5个百分点。\n"
    )
    assert results["固定资产投资增速高于青松市"] == (1.6, None)
    assert results["一般公共预算收入增速高于全区"] == (9.4, None)
    assert results["城乡供水设施建设完成投资"] == (3.2, None) and results["城乡供水设施建设完成投资高于年度计划"] == (15.5, None)


def test_lists_of_verbs_of_sizes_and_of_age_bands_name_each_figure() -> None:
    results = _results(
        "某某区2030年工作总结\n全区新签约、新开工、新竣工亿元以上项目150个、90个、55个。规上、亿元以上工业企业达620家、118家。"
        "截至12月中旬,12岁及以上人群第一针累计接种25万人,3-11岁人群第一针累计接种3.5万人。\n"
    )
    assert [results[k][0] for k in ("新签约亿元以上项目", "新开工亿元以上项目", "新竣工亿元以上项目")] == [150, 90, 55]
    assert results["规上工业企业"] == (620.0, None) and results["亿元以上工业企业"] == (118.0, None)
    assert results["12岁及以上人群第一针接种"] == (25.0, None) and results["3-11岁人群第一针接种"] == (3.5, None)


def test_a_verb_alone_after_a_figure_in_its_unit_names_the_same_object() -> None:
    # 共 says "in all", no part of a name; 完工 is of the roads named before, not of their 开工建设
    results = _results("某某市2030年交通工作总结\n2030年,全市通组公路共开工建设1.2万公里,共完工1.1万公里。\n")
    assert results == {"通组公路开工建设": (1.2, None), "完工通组公路": (1.1, None)}


def test_a_lists_matters_sorted_into_kinds() -> None:
    text = "某某区2031年民生实事项目\n最终,确定2031年民生实事项目共6大类14个,计划总投资5.2亿元。\n"
    targets = _targets(text)
    assert ("民生实事项目", 14.0) in targets
    assert all(value != 6.0 for _, value in targets)  # (6大类: how they are sorted, no item)


def test_unnumbered_part_headings_with_trailing_spaces_and_a_five_year_plans_main_targets() -> None:
    text = ("某某市2031年政府工作报告\n  2030年和“十五五”开局工作回顾\n  全市生产总值增长5.1%。\n"
            "  “十六五”时期总体把握和主要目标\n  “十六五”时期,地区生产总值年均增长5.5%-6%。\n"
            "  2031年主要工作任务 \n  地区生产总值增长6%以上。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert [(r.indicator, r.change) for r in summary.results] == [("生产总值", 5.1)]
    assert [(t.value, t.value_max) for t in summary.targets] == [(5.5, 6.0), (6.0, None)]


def test_a_year_end_press_conference_tells_the_year_gone_by() -> None:
    # 120年岁末年终记者会 (2031): the year's achievements, 今年 included, are results
    text = ("某某科技产业园区2031年缔造8项佳绩\n2031-12-28\n某某分处于今(28)日举行120年岁末年终记者会,会中分处长表示,"
            "园区总投资金额更突破860亿元。\n今年园区太阳能板设置成绩斐然,区内目前太阳能板设置厂商共36家。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert [(t.indicator, t.value) for t in summary.targets] == []
    assert {r.value for r in summary.results} >= {860.0, 36.0}


def test_a_mistyped_year_naming_the_address_dates_nothing_and_what_it_will_continue_is_planned() -> None:
    text = ("某澳門網訊 行政長官今日發表2011年施政報告，將延續多項惠民措施，包括實施現金分享，合資格永久性居民每人9,000元。\n"
            "行政長官今日下午在立法會發表2031年施政報告。\n")  # fmt: skip
    assert [value for _, value in _targets(text)] == [9000.0]


def test_a_release_in_chinese_numeral_quarters_names_each_rate_by_its_subject() -> None:
    # 二零三零年第三季: when, in Chinese numerals; 而第二季则上升…: the same figure, another quarter
    text = ("某某特區政府統計處今日發表二零三零年第三季本地生產總值的數字。\n"
            "整體本地生產總值在二零三零年第三季較上年同期實質下跌1.9%,而二零三零年第二季則上升0.6%。"
            "金融及保險業的淨產值,在二零三零年第三季與上年同期比較實質上升2.5%。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert [(r.indicator, r.change) for r in summary.results] == [
        ("整體本地生產總值", 1.9), ("整體本地生產總值", 0.6), ("金融及保險業的淨產值", 2.5),
    ]  # fmt: skip


def test_a_budgets_base_said_with_its_own_figure_is_no_target() -> None:
    # 较今年度的法定预算数324亿元,增加77亿元: the base compared with, then the flow, both the budget's
    text = "某县2032年度总预算\n明年度岁出为401亿元,较今年度的法定预算数324亿元,增加77亿元,折合年增率为23.57%。\n"
    assert _targets(text) == [("岁出", 401.0), ("岁出增加", 77.0), ("岁出", 23.57)]


def test_a_change_with_a_particle_after_its_verb_and_a_base_of_a_years_period() -> None:
    # 减少了19.8%, 减少约达7.29%: the particle is no object of the verb, the change is the level's;
    # 较2029年首季的111.2亿元: the base compared with, a year then its period; 101亿按年增: no 按年增 counted
    results = _results(
        "某特区2030年首季财政\n首季特区政府总收入为179.46亿元,按年减少了19.8%。首季经常收入为127.24亿元,"
        "较2029年首季的111.2亿元增加14.4%。首季消费支出为58.28万元,减少约达7.29%。首季博彩税收101亿按年增15.8%。\n"
    )
    assert results == {  # (首季: when, as 第1季 is)
        "特区政府总收入": (179.46, 19.8), "经常收入": (127.24, 14.4), "消费支出": (58.28, 7.29), "博彩税收": (101.0, 15.8),
    }  # fmt: skip


def test_changes_in_times_and_per_cent_listed_and_shares_changed_since_a_quarter() -> None:
    # 分别增长11.8倍、100%、69.7%: one list of changes, each its product's; 分别比一季度提高6.3个、2.8个百分点:
    # the shares' changes, the quarter compared with naming nothing
    results = _results(
        "某市2030年上半年经济运行\n全市芯片、机器人、电动汽车产量分别增长11.8倍、100%、69.7%。"
        "高新技术产业、新兴产业占规上工业增加值比重分别为66.8%、43.8%,分别比一季度提高6.3个、2.8个百分点。\n"
    )
    assert results == {
        "芯片产量": (None, 11.8), "机器人产量": (None, 100.0), "电动汽车产量": (None, 69.7),
        "高新技术产业占规上工业增加值比重": (66.8, 6.3), "新兴产业占规上工业增加值比重": (43.8, 2.8),
    }  # fmt: skip


def test_a_level_with_the_year_befores_figure_in_brackets_then_its_change() -> None:
    # 可达23.92亿元(2029年22.15亿元),比上年增长8%: the bracketed figure is the base, the change the level's;
    # 可 is no part of the name, nor is 工农 (a county's bare name) a place before it
    results = _results("某镇2030年工作总结\n2030年,全镇工农业总产值可达23.92亿元(2029年22.15亿元),比上年增长8%。\n")
    assert results == {"工农业总产值": (23.92, 8.0)}


def test_a_plan_pages_deadlines_are_not_its_year() -> None:
    # 预计在2036年和2040年完成, 料于2033年年中前: when works are to be done, not the page's year, nor a
    # year told as done: what the page promises stays a target
    text = ("行政长官表示,政府正推进运输基建,其中甲站和乙线分别于今年内和明年动工,预计在2036年和2040年完成。\n"
            "政府料于2033年年中前提供约20万个充电停车位,至2036年累计装置3000个高速充电设施。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.year not in (2033, 2036, 2037, 2040, 2041)
    assert _targets(text) == [("充电停车位", 20.0), ("高速充电设施", 3000.0)]


@pytest.mark.parametrize(
    "text",
    [
        # a digest's headings: the year's 答卷 is its review, the next year's 任务清单 its plan, 年 written or not
        "2029年全国答卷\n全年国内生产总值增长2.3%\n2030年任务清单\n●国内生产总值增长6%以上\n●城镇新增就业1100万人以上\n",
        "2029 全国答卷\n全年国内生产总值增长2.3%\n2030任务清单\n●国内生产总值增长6%以上\n●城镇新增就业1100万人以上\n",
    ],
)
def test_a_digests_answer_sheet_is_its_review_and_its_task_list_its_plan(text: str) -> None:
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.plan_year == 2030
    assert [(t.indicator, t.value) for t in summary.targets] == [("国内生产总值", 6.0), ("城镇新增就业", 1100.0)]
    assert [(r.indicator, r.change) for r in summary.results] == [("国内生产总值", 2.3)]


def test_a_year_whose_goals_were_met_and_whose_figures_grew_at_comparable_prices_is_over() -> None:
    # 整体经济发展目标顺利实现 (the goals met, said after them), 可比增长5.8% (a statistic's growth): a review
    text = ("2029年,在区委、区政府的坚强领导下,全区推动各项政策落地见效,整体经济发展目标顺利实现。\n"
            "一、经济运行稳中有进\n2029年,全区实现增加值3029.6亿元,可比增长5.8%。其中,第二产业增加值1210.4亿元,可比增长4.5%。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == []
    assert [(r.indicator, r.value, r.change) for r in summary.results] == [("增加值", 3029.6, 5.8), ("第二产业增加值", 1210.4, 4.5)]


def test_a_heading_run_into_its_sentence_and_a_lists_next_item_after_its_figure() -> None:
    # 一、农业生产提升上半年全县…: the heading's verb is no part of the name, the subject after the period is;
    # …(2.3%)和本地居民失业率(2.9%)较第3季分别下跌…: 和 opens the next item, 较第3季 is the base
    results = _results(
        "某县2030年上半年经济运行\n一、农业生产质效提升上半年全县农林牧渔业总产值14.47亿元,同比增长7.8%。\n"
        "第4季总体失业率(2.3%)和本地居民失业率(2.9%)较第3季分别下跌0.1及0.2个百分点。\n"
    )
    assert results == {"农林牧渔业总产值": (14.47, 7.8), "总体失业率": (2.3, 0.1), "本地居民失业率": (2.9, 0.2)}


def test_places_and_quoted_categories_each_with_their_figures_in_brackets() -> None:
    # 尤其是马来西亚（升72.0%）…和美国（升17.8%）: each place's change, the bracket no part of its name, 和 no
    # part of the last; “电动机械、仪器和用具及零件”（增315亿元）: one category, its list inside the quotes
    results = _results(
        "2030年11月份商品贸易统计\n输往主要目的地的整体出口货值录得升幅，尤其是马来西亚（升72.0%）、越南（升54.9%）和美国（升17.8%）。\n"
        "整体出口货值按年录得升幅，尤其是“电动机械、仪器和用具及零件”（增315亿元）。\n"
    )
    assert results == {"马来西亚": (None, 72.0), "越南": (None, 54.9), "美国": (None, 17.8), "“电动机械、仪器和用具及零件”增加": (315.0, None)}


def test_the_words_that_rank_the_items_of_a_budget_are_no_part_of_their_names() -> None:
    # 其次是…, 再次为…: the order a page tells a budget's parts in
    targets = _targets("2031年度总预算案\n歲出以社会福利支出675亿元居首,其次是一般政务支出391亿元,再次为经济发展支出351亿元。\n")
    assert ("一般政务支出", 391.0) in targets and ("经济发展支出", 351.0) in targets


def test_a_figure_and_its_name_in_brackets_after_a_comment_on_the_period() -> None:
    # 一季度开局良好(GDP增长5.9%): the bracket holds the figure and its name; (CPI), closed, is the name's
    # abbreviation; (其中…) opens an aside, no name
    text = ("某区2030年经济运行\n回顾一年走势,一季度开局良好(GDP增长5.9%),上半年延续平稳增长态势(GDP增长5.2%)。\n"
            "全区居民消费价格总指数(CPI)比上年上涨2.0%。\n")  # fmt: skip
    assert _result_list(text) == [("GDP", None, 5.9), ("GDP", None, 5.2), ("居民消费价格总指数", None, 2.0)]


def test_a_figure_at_comparable_prices_in_the_plan_year_is_a_result() -> None:
    # a communiqué of the year, its opening in a plan's words (坚定不移推动…); 按可比价格计算 says a figure
    # counted once the year is over
    text = ("2030年,面对复杂严峻形势,全市上下认真贯彻落实各项决策部署,围绕“工业强市”定位,紧扣“项目提升年”主基点,"
            "全力以赴拼经济、搞建设,坚定不移推动高质量发展,全市经济回升向好,现代化建设迈出坚实步伐。\n一、综 合\n"
            "根据统一核算初步结果,2030年某市地区生产总值(GDP)2447.53亿元,按可比价格计算,比上年增长6.5%。"
            "其中,第一产业增加值308.30亿元,增长4.2%。\n")  # fmt: skip
    assert [(value, change) for _, value, change in _result_list(text)] == [(2447.53, 6.5), (308.3, 4.2)]


def test_a_policy_packages_articles_are_no_figures_however_far_in_its_list() -> None:
    # 打出稳增长20条、促消费20条、民营经济30条等政策组合拳: the packages' articles (LABELLING: 就业20条)
    results = _results("2029年工作回顾\n2029年,全省打出稳增长20条、促消费20条、文旅振兴20条、民营经济30条等政策组合拳,新建道路30条。\n")
    assert results == {"新建道路": (30.0, None)}


def test_hong_kongs_release_words_a_quarter_a_base_compared_with_and_per_cent_in_words() -> None:
    # 在2029年第二季 (when), 与上年同期比较 (the base), 增加价值 (value added, no 增加 of a flow), 升幅 (a
    # rate word: the earlier quarter's 升幅为2.8% is no level named 升幅), 百分之5.5 (per cent)
    text = ("2029年第二季本地生产总值\n整体本地生产总值在2029年第二季较上年同期实质上升3.3%,而2029年第一季的升幅为2.8%。\n"
            "本地制造业的增加价值,在2029年第二季与上年同期比较实质上升0.7%。\n"
            "政府统计处公布,1月零售业总销货价值临时估计为373亿元,按年上升百分之5.5,升幅较去年12月放缓1.1个百分点。\n")  # fmt: skip
    assert _result_list(text) == [
        ("整体本地生产总值", None, 3.3), ("本地制造业的增加价值", None, 0.7),
        ("1月零售业总销货价值", 373.0, 5.5), ("1月零售业总销货价值升幅", None, 1.1),
    ]  # fmt: skip


def test_a_years_work_results_heading_and_a_year_that_beat_expectations_are_years_over() -> None:
    # 一、2032年主要工作成绩: a review's heading, so the page plans the year after
    text = ("2032年,在市委的领导下,某某街道保持稳步发展的良好态势。\n一、2032年主要工作成绩\n"
            "今年以来,街道开展党课宣讲9次,发展预备党员14名。\n")  # fmt: skip
    assert load(text=text).plan_year == 2033
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == [] and [r.value for r in summary.results] == [9.0, 14.0]
    # 2032年是…之年,…增速好于预期: the year told is over (a plan's last words, 未来…将…, plan nothing with a figure)
    text = ("2032年是“十五五”开局之年,某某新区上下奋发进取,主要经济指标增速好于预期。\n"
            "规上工业增加值同比增长9.9%,新注册企业数量达到6173户。\n未来,某某新区将继续聚焦新质生产力。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == [] and [r.change or r.value for r in summary.results] == [9.9, 6173.0]


def test_a_headline_summing_up_the_plan_a_page_reports_is_the_plans() -> None:
    # 新改扩建50所中小学 建成15个重大医疗项目 (no sentence, no deed told done), the page's date, its lead,
    # then 今年某市将…: the plan it reports; a headline telling a deed done (…全部开工) is no plan's
    text = ("新改扩建50所中小学 建成15个重大医疗项目\n发布时间:2030-02-27 20:51\n"
            "本报讯 昨日,某市人大会议开幕,市长作政府工作报告。今年,全市将新增学位3万个。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert len(targets) == 3 and results == []
    text = ("3个市级重点产业项目全部开工 某街道只争朝夕促发展\n本报讯 日前,某街道召开大会。"
            "今年,某街道将新引进项目5个。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert len(targets) == 1 and len(results) == 1


def test_a_statistics_offices_release_tells_the_year_so_far() -> None:
    # 统计处今日公布…: the year it names (2030年6月的…) is gone by, whatever the page's year; a forecast
    # the office gives still looks ahead (明年)
    text = ("统计处今日(8月2日)公布最新的零售业销货额数字。2030年6月的零售业总销货价值的临时估计为277亿元,"
            "较上年同月下跌1.2%。2030年上半年的零售业总销货价值下跌2.6%。\n发言人指出即将发放的消费券将有助支持消费需求。\n")  # fmt: skip
    doc = load(text)
    assert doc.year == 2030
    targets, results = kinds(doc)
    assert targets == [] and results == ["零售业总销货价值"]


def test_the_year_a_statistics_office_releases_figures_of_is_over() -> None:
    # 〔记者某某/台北报导〕主计总处今公布2031年…: the year whose figures it releases is gone by, on a page
    # that plans elsewhere (将…); the dateline and the office that releases name nothing; a forecast the
    # office releases still looks ahead
    text = ("〔记者某某／台北报导〕主计总处今公布2031年全体受雇员工全年总薪资中位数54.6万元,年增4.03%。"
            "官员表示,明年将持续推动加薪。\n")  # fmt: skip
    assert load(text=text).plan_year == 2032
    [summary] = summarize(load(text=text), engine="rules")
    assert [(r.indicator, r.value, r.change) for r in summary.results] == [("全体受雇员工全年总薪资中位数", 54.6, 4.03)]
    forecast = load(text="主计总处今公布2032年经济成长率预测为3.1%,明年将持续推动加薪。\n")
    assert forecast.plan_year == 2032


def test_a_year_whose_levels_are_ranked_is_over_before_this_years_targets() -> None:
    # 2029年,该市地区生产总值…亿元,增速居全省第三;…⏎今年,…主要预期目标是: levels ranked are done,
    # so the page (no date) reports on 2030
    text = ("某市人大会议开幕,代市长作政府工作报告。\n政府工作报告显示,2029年,该市地区生产总值6136.4亿元,增速居全省第三;"
            "固定资产投资2737.8亿元,总量居全省第四。\n今年,该市经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n")  # fmt: skip
    doc = load(text=text)
    assert (doc.year, doc.plan_year) == (2030, 2030)
    assert kinds(doc) == (["地区生产总值"], ["地区生产总值", "固定资产投资"])


def test_a_line_looking_back_ends_the_list_a_title_opens() -> None:
    # a title naming the targets (…确定今年…主要预期目标), its page's date line, then the year before's
    # figures (过去一年,…): no list of targets
    text = ("某省确定今年经济社会发展的主要预期目标\n发布日期: 2030-01-21\n\n某省政府给出了主要预期目标:地区生产总值增长6%左右。\n\n"
            "过去一年,地区生产总值增长6.3%,固定资产投资增长9.8%。\n")  # fmt: skip
    assert kinds(load(text=text)) == (["地区生产总值"], ["地区生产总值", "固定资产投资"])


def test_preliminary_results_of_the_accounts_put_their_year_behind() -> None:
    # 根据地区生产总值统一核算初步结果,2029年…: the year's accounts, once it is over
    text = ("2029年,面对外部压力加大的复杂严峻形势,全市坚定推进高质量发展。\n一、综合\n根据地区生产总值统一核算初步结果,2029年全市地区生产总值2532.53亿元,"
            "按不变价格计算,比上年增长4.5%。\n")  # fmt: skip
    doc = load(text=text)
    assert reading_plan_year(doc, parse_sections(doc)) == 2030
    assert kinds(doc) == ([], ["地区生产总值"])


def test_a_budget_presented_today_tells_its_measures_as_planned() -> None:
    # 财政司司长今早宣读…《财政预算案》,重点包括…: no time cue before the measures, and they are the plan's
    text = ("date 2031-02-25 财政司司长今早在立法会宣读2031至32年度《财政预算案》,重点包括宽减薪俸税,上限3,000元;"
            "预留40亿元支援灾后长远居住安排。\n")  # fmt: skip
    targets, results = kinds(load(text=text))
    assert results == [] and len(targets) == 2


def test_each_clause_after_a_semicolon_has_its_own_time() -> None:
    # 目前已经完成了…;计划建设100公里农村公路: done, then planned, in one sentence
    text = ("会上就2031年度民生实事项目进行发布和解读。\n目前已经完成了人行天桥的设计方案,完成投资300万元;"
            "计划在生态广场建设智慧停车楼,规划车位296个;计划建设100公里农村公路。\n")  # fmt: skip
    targets, results = kinds(load(text))
    assert len(targets) == 2 and len(results) == 1


def test_the_years_first_months_are_gone_by() -> None:
    # 合并2030年首两个月的数字: the plan year's first months, told as a release's figures
    text = ("某市经济运行简报\n今年,全市将加快建设消费中心城市。合并2030年首两个月的数字,"
            "全市社会消费品零售总额增长5.1%,规模以上工业增加值增长6.2%。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == [] and [r.change for r in summary.results] == [5.1, 6.2]


def test_a_release_of_three_month_figures_tells_them_as_results() -> None:
    # 由2031年10月至12月的3.5%下跌至2031年11月至2032年1月的3.4%: spans of months gone by (no plan year's
    # cue), the span it fell from names the figure before, not one of its own; 减少约3,100人 after
    # 366.22万人 is that level's fall, in a smaller unit of the same measure
    text = ("某地失业率进一步回落。统计处今日发表的数字显示,失业率由2031年10月至12月的3.5%,下跌至2031年11月至"
            "2032年1月的3.4%。总就业人数由2031年10月至12月的366.53万人,下跌至2031年11月至2032年1月的366.22万人,"
            "减少约3,100人。劳工市场情况在未来数月应会进一步改善。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == []
    assert [(r.indicator, r.value, r.unit) for r in summary.results] == [
        ("失业率", 3.4, "%"), ("总就业人数", 366.22, "万人"), ("总就业人数减少", 3100.0, "人"),
    ]  # fmt: skip


def test_a_preliminary_estimate_written_as_taiwan_writes_it_is_a_year_over() -> None:
    # 概估 (Taiwan's preliminary estimate, as 初步核算 is): the year's figures, once it is over
    text = "主计总处今日公布2031年GDP概估统计,第4季经济成长率概估1.84%,全年经济成长率概估为4.30%。\n"
    assert load(text=text).plan_year == 2032
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == [] and [r.change for r in summary.results] == [1.84, 4.3]


def test_a_heading_of_how_things_stand_looks_back() -> None:
    # 一、总体情况: an annual report's state of affairs, so its plan year's figures are what was done
    text = ("一、总体情况\n2032年,某某街道认真落实政务公开工作的决策部署,持续推进政务公开工作。\n(一)加强信息公开\n"
            "2032年,某某街道主动公开政府信息648条,撤回过期信息20条。\n")  # fmt: skip
    [summary] = summarize(load(text=text), engine="rules")
    assert summary.targets == [] and [r.value for r in summary.results] == [648.0, 20.0]
