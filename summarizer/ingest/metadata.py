"""Metadata: a report's title, region, year, plan year and type, read from its text.

The title is one of the first lines (``2023年XX市政府工作报告``, ``XX区2022年工作总结和2023年工作思路``),
or the start of a report pasted as one long line. What the title does not say is looked for in the
body's short lines (``一、2021年工作总结``), the file's metadata table (发布机构), and then in the
body's sentences (:func:`body_meta`): the place that holds the congress or presents the targets
(``在XX县第十八届人民代表大会``, ``2024年,XX市经济社会发展主要预期目标是``), 全国 for a national
report (国务院总理…政府工作报告, 国内生产总值), and the year of the targets, of the review, of the
speech or of the page.

Everything is read on the folded copy of the text (:mod:`.script`), so traditional characters are
read like simplified ones.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from . import places
from .boilerplate import line_spans, read_table
from .document import DocType
from .reviewed import REVIEW_YEAR, ROC_EPOCH, ROC_YEAR, figures_year, is_communique, plan_year_after_review, reviewed_years
from .script import Reading, reading_of, without_readings

__all__ = ["Meta", "GWR_TITLE", "glued_titles", "is_flat", "TAG", "region_of", "title_meta", "meta_for", "body_meta", "tag_region", "as_the_gazetteer_writes"]


_CJK = r"[\u4e00-\u9fff]"
_REGION_SUFFIX = "(?:自治州|自治县|自治旗|[省市区县旗盟])"
_REGION_PATTERN = rf"{_CJK}{{1,10}}?{_REGION_SUFFIX}"  # 彬州市, 椒江区; not 温州 of 温州市
_BARE_PLACE = re.compile(rf"{_CJK}{{2,4}}")  # 温州 in 【温州招商】
_TAG_WORDS = re.compile("招商|投资|新闻|资讯|动态|快讯")
_REGION = re.compile(_REGION_PATTERN)
TAG = re.compile(r"^【([^】]*)】\s*")
_BRACKET_TAG = re.compile(r"^[(（][^)）]{1,6}[)）]\s*")  # (内蒙古)2022年正蓝旗人民政府工作报告: the province
_LEADING_YEAR = re.compile(r"^\s*\d{4}年")
_LEADING_WORDS = re.compile(r"^(?:关于|\d{4}年)+")
_NUMBERED = re.compile(r"^[一二三四五六七八九十\d]+[、.．]|^[（(](?:[一二三四五六七八九十\d]{1,2}[)）]|原标题)")  # not (内蒙古)…
GWR_TITLE = re.compile(rf"^(?:【[^】]*】)?\s*(?:\d{{4}}年)?{_REGION_PATTERN}(?:人民)?政府工作报告$")
_TITLE_WORDS = re.compile(
    r"工作报告|工作总结|工作思路|工作计划|工作要点|工作安排|国民经济和社会发展计划(?:执行情况|草案)|统计公报"
)
# A title at the start of a report pasted as one long line: 盘山县2023年政府工作报告各位代表:…
_TITLE_PREFIX = re.compile(
    r"^(?:【[^】]*】)?[^。，,:：;；!！?？]{2,40}?(?:(?<![作向])政府工作报告|工作总结和[^。，,:：]{0,12}?(?:工作思路|工作计划|工作安排|工作打算|工作要点))"
    r"(?=——|—|各位代表|[一二三四五六七八九十]+、|[(（]|(?:19|20)\d{2}年|\s|$)"  # not 落实2023年政府工作报告确定的…
    # a plan report's: 关于某某区2022年国民经济和社会发展计划执行情况及2023年计划草案的报告
    r"|^关于[^。，,:：;；!！?？]{2,40}?计划(?:执行情况|草案)[^。，,:：;；!！?？]{0,40}?的报告"
)
_PLAN_REPORT = re.compile(r"计划(?:执行情况|草案)")  # 关于XX区2022年国民经济和社会发展计划执行情况及2023年计划草案的报告
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_SUMMARY_YEAR = re.compile(r"((?:19|20)\d{2})年[^\n。]{0,10}?(?:工作)?总结")
_PLAN_YEAR = re.compile(
    r"((?:19|20)\d{2})年[^\n。]{0,10}?(?:工作思路|工作计划|工作安排|工作打算|工作要点)"
)
_HEADING_CHARS = 40  # lines up to this long may be headings such as "二、2022年工作思路"
# -- a page pasted without line breaks -------------------------------------------------------------
# Its metadata row glued before the text (索引号 | … | 公开方式 | 主动公开 |一、2021年工作总结…), its
# title glued between sentences (…产业体系。温州市发改委2023年上半年工作总结和下半年工作思路一、…),
# its headings glued to their sections (…良好开局。二、2022年工作思路…).
_FLAT_LINE = 1000  # a first line longer than this holds the page's title and headings too
_FLAT_SHORT, _FLAT_SHARE = 200, 0.9
_GLUED_TABLE = re.compile(r"(?:[^|。\n]{0,40}\|){3,}")
_GLUED_TITLE = re.compile(
    r"(?:^|(?<=[。！？!?|】\s]))(?:【[^】]*】)?(?P<title>[^。，,:：;；!！?？|\s]{2,40}?"
    r"(?:(?<![作向])政府工作报告|工作总结和[^。，,:：|]{0,12}?(?:工作思路|工作计划|工作安排|工作打算|工作要点)))"
    r"(?=——|—|各位代表|[一二三四五六七八九十]+、|[(（]|(?:19|20)\d{2}年)"
    r"|(?:^|(?<=[。！？!?|】:：\s\d]))(?P<plan>关于[^。，,:：;；!！?？|\s]{2,40}?计划(?:执行情况|草案)[^。，,:：;；!！?？|]{0,40}?的报告)"
)
_GLUED_GWR_TITLE = re.compile(
    rf"(?:(?:^|(?<=[。！？!?|】\s]))(?:【[^】]*】)?(?:\d{{4}}年)?|(?<![到至\d])\d{{4}}年)"  # with its year, after anything
    rf"{_REGION_PATTERN}(?:人民)?政府工作报告(?=——|各位代表|[(（]|\s*$)"
)
_GLUED_TITLE_CHARS = 3000  # where the first three lines of a page would be
_GLUED_HEADING = re.compile(r"(?:^|(?<=[。！？!?|\s]))[一二三四五六七八九十]+、[^。，,:：;；!！?？]{2,20}")
_TITLE_CHARS = 60
# the second line of a title broken in two: 与2024年…计划草案的报告 (not a heading 和谐…安排)
_TITLE_GOES_ON = re.compile(r"^(?:与|和|及|暨)(?:(?:19|20)\d{2}年|下半年|明年)[^。]*(?:报告|草案|计划|思路|安排|要点)$")

# -- the body's sentences ------------------------------------------------------------------------
# A place, possibly as a chain (长春市绿园区: the last link is the report's): each link is a name
# and an administrative suffix.
# (not 某某在县十八届人大…: a speaker at his county's; nor 参加市九届人大…的代表: those who attend its session)
_PLACE = rf"(?:{_CJK}{{1,9}}?(?<!在)(?<!参加)(?<!出席)(?<!列席)(?<!召开){_REGION_SUFFIX})+"
_PLACE_LINK = re.compile(rf"{_CJK}+?{_REGION_SUFFIX}(?=$|{_CJK})")
# Where a body names the report's own place: the words right after the place (a congress, the
# report, its targets or plan, the head of government), or before it (代表…政府, 来源:…政府). The
# words after are looked for first, and the place in the few characters before them: scanning
# the whole body for a place ending there took a tenth of a second a report.
_PLACE_BEFORE = tuple(
    re.compile(p)
    for p in (
        r"第?[一二三四五六七八九十]+届(?:人民代表大会|人大)",
        r"(?:人民)?政府工作报告",
        r"(?:\d{4}年)?(?:国民经济和社会发展|经济社会发展)?(?:的)?(?:主要)?预期目标",
        r"(?:\d{4}年)?国民经济和社会发展计划",
        r"(?:委)?(?:副书记|书记)?、?代?(?:省长|市长|县长|区长|州长|旗长)",
        r"人民政府代?(?:省长|市长|县长|区长|州长|旗长|主席)",  # 玉屏侗族自治县人民政府县长 (the speaker's line)
        r"人民政府办公室",  # a notice's issuer: 某县人民政府办公室 (印发…任务分解)
        r"统计局(?=\s*\n)",  # a communiqué's issuer, on a line of its own (某市统计局⏎国家统计局某调查队)
        r"两会",  # 南昌市两会 (a bare 省两会 names no place)
        r"(?<=自治区)(?:代)?主席(?!团)",  # an autonomous region's head (not its congress's 主席团)
        r"(?<=[市镇乡])民代表会|(?<=[市县])议会",  # Taiwan's councils: 台东市民代表会, 彰化县议会
    )
)
# A bureau's own summary (吴中区工信局2022年1月): the issuer's place, one the gazetteer knows (not
# 批转市发改委…: a verb before a bare 市).
_BUREAU = re.compile(
    r"(?:工信|商务|发改|发展和改革|财政|教育|住建|住房和城乡建设|交通运输|交通|农业农村|卫健|卫生健康|文旅|科技|民政|人社"
    r"|自然资源|生态环境|市场监管|应急管理)(?:局|委)"
)
_PLACE_AFTER = tuple(
    re.compile(p)
    for p in (
        rf"(?<!人大)代表(?!大会)(?P<place>{_PLACE})(?:人民)?政府",  # not 人大代表票选…县政府… (a deputy), 人民代表大会
        # a page's source line: 来源:某某市人民政府办公室
        rf"(?:来源|发布机构|发布单位)[:：]\s*(?P<place>{_PLACE})(?:人民)?政府",
    )
)
# A paragraph that opens with its year and its subject (2024年万州区首次开展…, 2023年是某区…): a
# place the gazetteer knows (not 2025年共安排县…, 2023年度中心城市).
_OPENING_SUBJECT = re.compile(rf"(?:^|(?<=\n))[ \t\u3000]*(?:19|20)\d{{2}}年[,，]?(?:是)?(?P<place>{_PLACE})(?=[\u4e00-\u9fff(（])")
_PLACE_ENDING = re.compile(rf"{_PLACE}$")
_PLACE_CHARS = 40  # a chain of places is shorter than this
# Words a place chain may be glued to on its left (在丹凤县, 代表盘山县): not part of the name.
_PLACE_LEAD = re.compile(
    r"^(?:昨日|今日|近日|日前|昨天|今天|当日|年|月|日|上午|下午|晚上|笔者|记者|在|于|向|对|由|从|据|是|和|与|及|即|将|为|把|代表|关于|今年|明年|报告|获悉|中共|我)+"
)
_NATIONAL = re.compile(r"国务院总理|全国人民代表大会|全国人大|全国两会|国内生产总值")
_WHO_SPEAKS = re.compile(r"(?:省|市|县|区|州|旗)(?:长|委)")  # a local speaker: not a national report
# The year the targets are for (2023年经济社会发展的主要预期目标, 做好2023年工作, 2026年重点工作);
# 到2035年 is a later horizon, not the plan year.
# A report named with its year in the body (记者从2025年阳江市政府工作报告获悉, 發表2026年施政報告): the
# year it plans.
_REPORT_OF_YEAR = re.compile(r"(?<![到至\d])((?:19|20)\d{2})年[\u4e00-\u9fff]{0,10}?(?:(?:人民)?政府工作报告|施政报告)")
# A budget or a plan of a year of the Republic of China calendar (Taiwan: 115年度总预算案 is 2026's;
# 115年施政计划执行情形 is that plan carried out, told after its year).
_ROC_BUDGET = re.compile(
    rf"(?<![\d.])(?:中华民国|民国)?({ROC_YEAR})年度?(?:[\u4e00-\u9fff]{{0,4}}?)(?:总预算|预算案|施政计划(?!执行))"
    rf"|[(（]({ROC_YEAR})[)）](?:总预算|预算案)"  # (明年度(115)总预算)
)
# A financial year as Hong Kong writes it (2023/24年度经常开支, 2024-25年度财政预算案): a budget's
_FINANCIAL_YEAR = re.compile(  # (2017-2018 年度, 2022-23年的财政预算案)
    r"(?<!\d)((?:19|20)\d{2})(?:/|-|—)(?:(?:19|20)?\d{2})(?:[ \u3000]?(?:财政)?年度|年的?(?=(?:财政)?预算))"
)
# Next year's budget, told on a page dated in this one (南投县明年度总预算编列351.78亿元)
_BUDGET_NAMED = re.compile(r"预算案[ \u3000]?((?:19|20)\d{2})(?![\d/年-])")  # (财政预算案2024: a budget named by its year)
_NEXT_YEARS_BUDGET = re.compile(r"明年度?[(（]?\d{0,3}[)）]?(?:总)?预算")
_BODY_PLAN_YEAR = re.compile(
    # not 到2035年, nor 2035年远景目标; 谈到2025年 is; a headline may drop 年 (西安发布2023经济预期发展目标)
    r"(?<![至\-—~～\d])(?<![^谈提说讲]到)((?:19|20)\d{2})年?(?!\d)(?![^。\n,，;；]{0,4}远景)"
    # (a digest's short heading lines too: 2021年湖南⏎立flag!⏎主要预期目标; not past another year)
    r"(?:[,，]?(?:(?!(?:19|20)\d{2}年)[^。\n,，;；]|\n[ \t\u3000]*){0,16}?)"
    r"(?:主要预期目标|预期目标|预期发展目标|预期增长|主要目标|工作安排|工作部署|重点工作|工作思路|总体思路|计划草案|总体要求|工作任务|目标任务|任务清单|民生实事"
    r"|主要工作(?![和及与]?(?:回顾|总结|成效|情况|成绩))"  # 二、2025年主要工作 (not 一、2022年主要工作和成效)
    r"|国民经济和社会发展计划(?=草案|$|[\n。,，;；》”]))"
    r"(?![^。\n,，;；]{0,6}?(?:完成|实现|圆满|情况))"  # 2022年确定的预期目标全面完成, 2024年重点工作情况: a review's
    # (做好2024年政府工作; a year-opening meeting's 总结2024年工作成果,科学谋划2025年…发展)
    r"|(?:做好(?=(?:19|20)\d{2}年(?:政府|经济)?工作)|谋划|部署|擘画)((?:19|20)\d{2})年"
    r"|(?<!到)((?:19|20)\d{2})年[,，]?[^。\n,，;；]{0,6}?将"  # 2024年,我们将…
)
# A year written with spaces (2024 年, a news site's typesetting): read as 2024年, length kept.
_SPACED_YEAR = re.compile(r"((?:19|20)\d{2})([ \u3000]+)年")
# Years a body gives without writing them, each with the year it means: the session of the
# National People's Congress (each congress sits five years, the 6th from 1983: 十四届全国人大一次
# 会议 → 2023), the first or last year of a five-year plan (今年是“十五五”开局之年, 奋力实现“十五五”
# 良好开局 → 2026), the year after a Party congress (今年是全面贯彻党的二十大精神的开局之年 → 2023;
# the 16th met in 2002, one every five years), and anniversaries (今年是新中国成立75周年 → 2024).
_ZH = "[一二三四五六七八九十百]+"
_ZH_DIGITS = "一二三四五六七八九"
_ZH_PLACES = {"十": 10, "百": 100}
_NOW = r"(?P<when>今年|明年)[,，]?(?:是|作为|为)[^。\n,，;；]{0,16}?"  # (今年作为“十三五”开局之年)
_SAID_YEARS: tuple[tuple[re.Pattern[str], Callable[[Callable[[str], int]], int]], ...] = (
    (re.compile(rf"第?(?P<term>{_ZH})届全国(?:人民代表大会|人大)第?(?P<session>{_ZH})次会议"),
     lambda n: 1983 + 5 * (n("term") - 6) + n("session") - 1),
    (re.compile(rf"{_NOW}“?十(?P<plan>[一二三四五六七八九])五[^。\n,，;；]{{0,6}}?(?P<phase>开局|收官)(?:起步|冲刺)?之年"),
     lambda n: 2006 + 5 * (n("plan") - 1) + 4 * n("phase")),
    # (not 为实现“十五五”良好开局奠定…基础: a start prepared for, the year before it)
    (re.compile(rf"(?<!为)(?:实现|确保|奋力|努力|推动)(?!了)[^。\n,，;；了]{{0,6}}?十(?P<plan>[一二三四五六七八九])五[^。\n,，;；了]{{0,4}}?良好开局(?![^。\n]{{0,20}}?奠定)"),
     lambda n: 2006 + 5 * (n("plan") - 1)),
    # (审查某县国民经济和社会发展第十五个五年规划纲要草案: a congress examines the outline in the plan's first year)
    (re.compile(r"(?:审查|审议)[^。\n]{0,24}?(?:第十|“?十)(?P<plan>[一二三四五六七八九])(?:个五年|五”?)规划(?:和[^。\n]{0,12}?远景目标)?纲要[(（]?草案"),
     lambda n: 2006 + 5 * (n("plan") - 1)),
    (re.compile(rf"{_NOW}党的(?P<congress>{_ZH})大精神的?开局之年"), lambda n: 2002 + 5 * (n("congress") - 16) + 1),
    (re.compile(rf"{_NOW}(?:新中国|中华人民共和国)成立(?P<years>\d+|{_ZH})周年"), lambda n: 1949 + n("years")),
    (re.compile(rf"{_NOW}(?:中国共产党成立|建党)(?P<years>\d+|{_ZH})周年"), lambda n: 1921 + n("years")),
    (re.compile(rf"{_NOW}改革开放(?P<years>\d+|{_ZH})周年"), lambda n: 1978 + n("years")),
)  # fmt: skip
# A province's congress session, its province named before it (福建省十四届人大四次会议) or the
# report's own (省十四届人大四次会议), or the nation's (十三届全国人大四次会议): its year is that
# congress's (:func:`.places.congress_year`).
_PROVINCE_CONGRESS = re.compile(
    rf"(?P<place>{_CJK}{{2,8}}?(?:省|市|自治区))?第?(?P<term>{_ZH})届(?P<nation>全国)?(?:人民代表大会|人大)(?:(?!常)[^。\n,，]){{0,10}}?第?(?P<session>{_ZH})次会议"  # (…人大今(5)日召开第四次会议; not 人大常委会第十次会议)
    r"(?![^。\n]{0,4}?(?:确定|提出|通过|以来|部署))"  # 完成了省十四届人大一次会议确定的目标: a year before
)
# Which levels of government a body speaks for (全县, 县委, 我县 …), lowest first; the 区 of an
# autonomous region (自治区政府) is a province's.
# A newspaper, station or site named after its place (浙江日报, 青海新闻网, 中共某省委新闻网): it
# says where the page was printed, not what the report is about.
_MEDIA = r"(?:日报|晚报|新闻|电视台|卫视|广播|融媒|在线|发布|网)"
_MEDIUM = re.compile(rf"(?:[省市县区]委)?{_MEDIA}")
# (not a rank or a base compared with, 稳居全省第一, 高于全省平均: a city's page says them of its province)
_SCOPES = {
    level: re.compile(
        rf"(?:(?<!居)(?<!列)(?<!于)全|我|本){level}(?!第|前列|前\d|前[一二三四五六七八九十]|首位|排名|平均|之首)"
        rf"|(?<!自治)(?<!特){level}(?:委(?!{_MEDIA})|政府|长|人大)"  # (not 特区政府: Hong Kong's or Macau's)
    )
    for level in places.LEVELS
}
_INSIDE_A_WORD = re.compile(r"[\u4e00-\u9fff](?<![的在和与及至到、将对把从向为])")
_STREET = re.compile(r"(?:路|大道|大街|街)(?!道|区|办)")
_VILLAGE = re.compile(r"[屯村寨]")
_FACILITY = re.compile(r"(?:水?厂|路|大道|大街|街道?|桥|站|港|机场|水库|公园|广场|小区|大厦)")
# A school or a hospital named after a province (建设海南小学) is no sign of the province: one named
# after a county or a city mostly stands in it (附属陆丰学校)
_SCHOOL = re.compile(r"(?:小学|中学|学校|幼儿园|医院)")
_DATELINE = re.compile(r"\s*\d{1,2}月\d{1,2}日|\s*\d{1,2}日电|[市县]?报[导道]")  # (记者某某/台北报导: where the news was filed)
# A development zone named after its city (常州经开区, 某某高新技术产业开发区) or not (贵安新区)
# (not 创建国家级高新区: a kind of zone, no city's)
_ZONE = re.compile(rf"(?P<city>(?:(?!级){_CJK}){{2,3}}?)(?P<kind>经开区|高新区|(?<!高)新区|经济(?:技术)?开发区|高新技术产业开发区)")
_FULL_ZONE = {"经开区": "经济技术开发区", "高新区": "高新技术产业开发区"}  # the short kinds, written in full
_OWN_NAMED_ZONE = re.compile(rf"(?P<city>{_CJK}{{2,3}}?)(?P<own>{_CJK}{{2}}开发区|{_CJK}{{2,4}}新城)")  # (扬州生态科技新城)
_BARE_ZONE = re.compile(r"\s*(?:经开区|高新区|经济(?:技术)?开发区|高新技术产业开发区)")
_ZONE_NAMED = 3  # times a page about a zone names it (its headline, and the body's subject)
_CITY_OVER_ZONE = 2  # a page naming the zone's city in full more than this many times as often is the city's
_ZONE_NAMED_NEAR_TOP = 2  # or a 高新区 or 经开区 named near the top (a 新区 may be a city's own area: 舟山新区)
# The zone as a clause's subject, unnamed (…正确领导下,开发区深入学习…): a page about it speaks so
# of itself (not 国家级开发区, a kind of zone).
_ZONE_ITSELF = re.compile(r"(?:^|(?<=[,，。;；:：\s年]))(?:经开区|高新区|开发区|新区)")
# Words that hold a one-character division's name (示范县 holds 范县, 振兴县域 兴县): no place.
_JOINTS = "和与及"  # a word joining two, that is a one-character place's name too (和县)
# (政府和县委部署: 和 joins the county's committee, no 和县)
_HOLDS_SHORT_NAME = re.compile(
    rf"示范|振兴|新兴|提高|现代|治理|健康|建成|包容|光荣|面临|全新|简单|强县|大县|名县|百强|[{_JOINTS}](?=县(?:委|政府|人大|政协|两会|全会|人代会|党代会))"
)
_MINE = {level: re.compile(rf"(?:我|本){level}") for level in places.LEVELS}
# A report's own part of the nation's work, its place named bare (开创中国式现代化建设某某实践新局面,
# 谱写中国式现代化某某篇章): a city's report may write its province's 篇章 too, so the place counts
# only if of a level the report speaks for.
_OWN_PART = re.compile(rf"中国式现代化(?:建设)?的?(?P<name>{_CJK}{{2,6}}?)新?(?:实践|篇章)")
# The speaker's own government: 我代表市人民政府, 代表县政府.
_SPEAKER = re.compile(r"代表(?P<level>省|市|县|区|州|旗|盟)(?:人民)?政府")
# The year written beside 今年/明年/去年: 今(2024)年 is the plan year, 去(2023)年 the one before it.
_WRITTEN_BESIDE = re.compile(r"(?P<when>[今明去])[(（](?P<year>(?:19|20)\d{2})[)）]年")
_SPEECH_DATE = re.compile(r"((?:19|20)\d{2})年(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日\s*在")  # (2021年12月15日⏎在…会议上: a line apart)
# A congress that meets at the end of a year (——2021年12月18日在某区第十二届人民代表大会…: a new
# term's first session) hears the report on the year after: it reviews the year it meets in.
_YEAR_END_MONTHS = (11, 12)
_DELIVERED_ON = re.compile(r"((?:19|20)\d{2})年(?P<month>\d{1,2})月\d{1,2}日")  # a title's date of delivery
# (or Taiwan's, of the Republic's years: 114年2月25日)
# (not a month compared with: 跌幅较2024年12月收窄, the base of a change)
_PAGE_DATE = re.compile(
    r"(?<![较比与同])((?:19|20)\d{2})\s*(?:[-/.年]\s*(?P<month>\d{1,2})[-/.月]|\d{2}/\d{2}\b)"
    rf"|(?<![\d.])(?P<roc>{ROC_YEAR})年(?P<roc_month>\d{{1,2}})月\d{{1,2}}日"
)
_COMMUNIQUES_OUT_BY = 6  # the month a year's statistics communiqué is published by, in the year after
# The page's own date line (时间:2021-03-05, 发布时间, 来源) wins over the date a site prints in
# its header, which is the day the page was saved.
_DATED_LINE = re.compile(r"(?:时间|日期|发布|来源|(?<=施政|工作)报告)(?:于|[:：])?[^,，。;；\n]{0,6}$")  # not 发布会上获悉,从…
_PAGE_DATE_CHARS = 600  # a page's date line is near its top
_HEAD_CHARS = 200
# a year told as done (2019年,某市地区生产总值…预计增长6.3%) on a page that sets this year's targets
_DONE = re.compile(r"增长\d|实现|完成|达到|突破|迈上|预计|(?:增速|增幅|总量)(?:居|位居|排名?)")  # (…6136.4亿元,增速居全省第三: ranked, so done)
_PLANNED = re.compile(r"(?<!年度)目标|将|力争|(?<!年度)计划|预期|要|实事|安排")  # (完成年度计划投资130%: done)
_THIS_YEARS_TARGETS = re.compile(
    r"今年(?!以来|上半年|前|[一二三]季度)[^。\n]{0,30}?(?:目标|力争|预期)|(?:目标|预期)[^。\n]{0,10}?今年(?!以来)"
)
_FIGURE = re.compile(r"(?:增长|达到?|突破)\d+(?:\.\d+)?")  # 增长8 of 增长8%以上 (a copy may drop the %)
_A_YEARS_CALLING = re.compile(r"[ \u3000]*是[^。\n]*?(?:之年|一年)")
_HANDED_IN = re.compile(r"交出了?[^。\n]{0,24}(?:答卷|成绩单)")  # (2024年是…的一年,交出了一份…答卷: a year told as done)
_SENTENCE_STOP = re.compile(r"[。！？!?\n]")
# A year's 年 not followed by a span's end or a base's words (2019年至…, 超过2019年同期水平, 同比2020年增长48%)
_YEAR_NO_BASE = r"年(?![至到\-—~～]|同期|增长|下降|水平)"
# (not 预计在2030年和2034年完成, 料于2027年年中前: when a work is to be done, right after the year's digits)
_DEADLINE = r"(?!(?<=[在于和及、]\d{4})(?:[^。\n,，;；]{0,12}?(?:完成|建成|落成|竣工|通车|投用)|年(?:年中|年底|底|末)?前(?![一二三四五六七八九十\d])))"
# (not 2035年远景目标, nor 在2027年至2030年间: a span ahead; 财政预算案2026: a budget named by its year)
_HEAD_YEAR = re.compile(
    r"(?<![到至自比较\d])((?:19|20)\d{2})"  # (not 自2008年以来: a span's start; not 同比2019年: a base)
    + _DEADLINE
    + rf"(?:{_YEAR_NO_BASE}(?!\d{{1,2}}月)"
    r"(?![^。\n,，;；]{0,4}远景)|(?:(?<=预算案\d{4})|(?<=施政报告\d{4}))(?!\d))"
)


@dataclass(frozen=True)
class Meta:
    title: str | None = None
    region: str | None = None
    year: int | None = None
    plan_year: int | None = None
    doc_type: DocType = DocType.UNKNOWN
    figures_year: int | None = None  # of a page of figures only (:func:`.reviewed.figures_year`)


def region_of(name: str) -> str | None:
    """Leading place name of ``name`` (``温州市发展和改革委员会`` → ``温州市``; the last link of a
    chain: ``关于广元市昭化区2022年…`` → ``昭化区``)."""
    name = _LEADING_WORDS.sub("", _BRACKET_TAG.sub("", TAG.sub("", name).strip()))
    match = re.match(_PLACE, name)
    if match is None:
        return None
    township = _TOWNSHIP_AFTER.match(name, match.end())
    if township:
        return township.group()  # 金东区澧浦镇2020年工作总结, 润州区官塘桥街道召开…: the township's
    link = _last_link(match.group())
    known = places.known_tail(link)  # 千字版湖南省 → 湖南省
    if known is None and _AN_OFFICE_AFTER.match(name, match.end()):
        return None  # (代市长某某作政府工作报告: an acting mayor, no 代市)
    return known or (link if places.plausible(link) else None)  # not 政府工作报告提出全市


_AN_OFFICE_AFTER = re.compile(r"[长長场場]")  # (代市长, 县市長: an office; 开封市场: a market)


def _last_link(chain: str) -> str:
    links = _PLACE_LINK.findall(chain)
    return links[-1] if links else chain


# A township or a sub-district whose title leads with its name (某某街道2023年工作总结…, 某某镇人民政府
# 工作报告): the gazetteer stops at counties, so its name is read off the title only.
_TOWNSHIP = r"[\u4e00-\u9fff]{1,4}?(?:街道|镇|乡)"  # (the name after its first character)
_TOWNSHIP_TITLE = re.compile(
    rf"^(?:\d{{4}}年度?)?(?P<place>[^\W\d各全本我该每某度]{_TOWNSHIP})"  # (城关镇2023年工作总结)
    r"(?=办事处|人民政府|政府|党工委|(?:19|20)\d{2}|关于|上半年|下半年|全年|年度|工作|“)"  # (新篁镇“十一五”工作总结)
)
# A township right after its county's name (金东区澧浦镇, 金普新区炮台街道): the county's name says
# where the township is, the page is the township's (not 某县乡村振兴, 某区城乡…, 某县镇村…).
_TOWNSHIP_AFTER = re.compile(rf"[^\W\d各全本我该每某城乡镇村]{_TOWNSHIP}(?![镇乡村级长化])")
# A sub-district leading a line (中都街道深入贯彻…): 街道 names no other thing there.
_SUB_DISTRICT_LEAD = re.compile(r"(?P<place>[^\W\d各全本我该每某主][\u4e00-\u9fff]{1,4}?街道)(?!办事处主任)")


_STREET_CHARS = set("路街道桥港湾村巷")
# A chain of places that ends in a township (金安区施桥镇, 某某县某某乡)
_TOWNSHIP_LAST = re.compile(rf"{_CJK}{{2,9}}?[县区市旗](?P<township>[^县区市旗]{{2,5}}?(?:镇|乡|街道))$")
# A title that tells a year's work and then plans the next (2024年工作情况和2025年工作安排) without
# the word 总结 (whose titles say both anyway)
_TOLD_THEN_PLANNED = re.compile(r"(?:回顾|情况|成效)(?:和|及|与|暨|、)[^。\n]{0,12}?(?:思路|计划|安排|打算|要点)")


def _township_or_province(title: str) -> str | None:
    """The place a title leads with where :func:`region_of` reads none: a township or sub-district
    (:data:`_TOWNSHIP_TITLE`), or a province named bare (广西部署2023年…工作 → 广西壮族自治区)."""
    township = _TOWNSHIP_TITLE.match(title) or _SUB_DISTRICT_LEAD.match(title)
    if township:
        return township.group("place")
    province = places.bare_pattern("省").match(title)
    if province and (title[province.end() : province.end() + 1] in _STREET_CHARS or re.match(_MEDIA, title[province.end() :])):
        return None  # (山东路改造: a street named after the province; 四川新闻网: a paper)
    found = places.bare_places("省").get(province.group(), ()) if province else ()
    if len(found) != 1 or province is None:
        return None
    return _city_of_province(found[0], title[province.end() :]) or found[0].name


def _city_of_province(province: places.Place, rest: str) -> str | None:
    """A city or county of ``province`` named bare right after it (浙江温州公布… → 温州市): the
    title's place, the province only saying where it is."""
    for level in ("市", "州", "县", "区"):
        bare = places.bare_pattern(level).match(rest)
        within = [p for p in places.bare_places(level).get(bare.group(), ()) if p.code[:2] == province.code[:2]] if bare else []
        if len(within) == 1:
            return within[0].name
    return None


def title_meta(title: str) -> Meta:
    years = [int(y) for y in _YEAR.findall(title)]
    year = years[0] if years else None
    region = region_of(title) or _township_or_province(title.strip())
    if "政府工作报告" in title:
        told = _YEAR.search(title)
        # (政府工作报告划重点:某市2018年预计生产总值突破5000亿元: the year after; but 2017年江苏政府工作报告…
        # GDP增长7.8% names the report's own year)
        if told and _told_as_done(title, told.end(), len(title)) and not _REPORT_OF_YEAR.match(title, told.start()):
            year = int(told.group(1)) + 1
        delivered = _DELIVERED_ON.search(title)  # (…政府工作报告(2021年12月12日): heard at a year-end congress)
        if delivered and year == int(delivered.group(1)) and int(delivered.group("month")) in _YEAR_END_MONTHS:
            year += 1
        return Meta(title, region, year, year, DocType.GOVERNMENT_WORK_REPORT)
    if _PLAN_REPORT.search(title):  # a plan report is of the year it plans, like a work report
        plan_year = years[-1] if years else None
        return Meta(title, region, plan_year, plan_year, DocType.WORK_SUMMARY_AND_PLAN)
    if "总结" in title and re.search("思路|计划|安排|打算|要点", title) or _TOLD_THEN_PLANNED.search(title):
        if len(years) > 1:
            plan_year = years[-1]
        elif year is not None and "下半年" in title:
            plan_year = year
        elif year is not None and "明年" in title:
            plan_year = year + 1
        else:
            plan_year = None
        return Meta(title, region, year, plan_year, DocType.WORK_SUMMARY_AND_PLAN)
    return Meta(title, region, year)


def _body_meta(headings: str, table: dict[str, str]) -> Meta:
    """Fallback metadata from short lines (``一、2021年工作总结`` ...) and the metadata table."""
    summary, plan = _SUMMARY_YEAR.search(headings), _PLAN_YEAR.search(headings)
    region = region_of(table.get("发布机构", ""))
    if summary and plan:
        year, plan_year = int(summary.group(1)), int(plan.group(1))
        return Meta(None, region, year, plan_year, DocType.WORK_SUMMARY_AND_PLAN)
    return Meta(None, region)


# A site's lines above a report: its breadcrumb trail and the metadata rows of a public-information
# catalogue (索引号, 发布机构, 文号 …), not counted among the lines a title may be.
_PAGE_FURNITURE = re.compile(
    r"^\S{0,4}\s*[>»›](?:\s*\S[^>»›]*[>»›])*|\S\s*[>»›]\s*\S.*[>»›]"
    r"|^(?:索\s*引\s*号|发布(?:机构|单位|日期|时间)|文\s*号|公开方式|组配分类|主题分类|主题词|发文日期|成文日期|信息来源)\s*[:：|]"
)
_FURNITURE_LINES = 12  # how far down a page's furniture may go


def _find_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Span of a title line among the first three lines of ``[start, end)`` (with the line that
    goes on with it), or of the title at the start of a long first line (a report pasted without
    line breaks)."""
    n = 0
    for k, (a, b) in enumerate(line_spans(text, start, end)):
        line = text[a:b].strip()
        if _PAGE_FURNITURE.search(line) and k < _FURNITURE_LINES:
            continue  # (首页 > 政务公开 > …, 索引号 | … | 发布机构 | …: the site's, not the report's)
        n += 1
        if n > 3:
            break
        short = len(line) <= _TITLE_CHARS and "。" not in line
        if short and not _NUMBERED.match(line) and _TITLE_WORDS.search(line):
            return a, _title_goes_on(text, b, end)
        if n == 1 and not short:
            lead = len(text[a:b]) - len(text[a:b].lstrip())
            glued = _TITLE_PREFIX.match(line)
            if glued:
                return a + lead, a + lead + glued.end()
    return None


def _title_goes_on(text: str, line_end: int, end: int) -> int:
    """The end of a title that a short next line goes on with (关于2023年…计划执行情况⏎与2024年…
    计划的报告: a long title broken in two), else ``line_end``."""
    nxt = text.find("\n", line_end + 1, end)
    nxt = end if nxt < 0 else nxt
    following = text[line_end + 1 : nxt].strip() if line_end < end else ""
    goes_on = _TITLE_GOES_ON.match(following) and len(following) <= _TITLE_CHARS and "。" not in following
    return nxt if goes_on else line_end


def _one_line(title: str) -> str:
    return "".join(part.strip() for part in title.split("\n"))


def glued_titles(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the government work reports' titles glued into a page pasted without line breaks
    (…提出意见。2023年某某市政府工作报告各位代表:…); ``text`` is folded (:mod:`.script`)."""
    return [m.span() for m in _GLUED_GWR_TITLE.finditer(text, start, end)]


def is_flat(text: str, start: int, end: int) -> bool:
    return _flat(text, start, end)


def _flat(text: str, start: int, end: int) -> bool:
    """Whether the report was pasted without line breaks: its first line runs on and on."""
    first = text.find("\n", start, end)
    line = (end if first < 0 else first) - start
    return line > _FLAT_LINE or line > _FLAT_SHORT and line > _FLAT_SHARE * (end - start)  # or all of a short page


def _glued_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a title glued between the sentences of a page's start (:data:`_GLUED_TITLE`)."""
    m = _GLUED_TITLE.search(text, start, min(end, start + _GLUED_TITLE_CHARS))
    return (m.span("title") if m.group("title") else m.span("plan")) if m else None


def meta_for(source: str, start: int, end: int, table: dict[str, str]) -> Meta:
    """Title, region, year, plan year and type of the report ``source[start:end]``.

    Read on the reading of ``source`` (:func:`~.script.reading_of`: folded characters, no pinyin
    readings), so a report in traditional characters is understood alike; the title is quoted in
    its own characters, and so is the region where the report writes it (嘉興市; the gazetteer's
    full name, when the report writes it short, is spelt in simplified characters).
    The title wins; what it does not say comes from the body (:func:`body_meta`). The year is at
    least the year after every year the text tells as over (:mod:`.reviewed`: a page's date may
    name the reviewed year), as the rules' reading goes by.
    """
    reading = reading_of(source)
    text, start, end = reading.text, reading.reading_offset(start), reading.reading_offset(end)
    flat = _flat(text, start, end)
    glued = _GLUED_TABLE.match(text, start) if flat else None
    if glued:  # 索引号 | … | 发布机构 | 某某区 |一、…: the row a line of its own would be
        cells = [c.strip() for c in glued.group().split("|")]
        table = {**read_table("\n".join(f"{k} | {v}" for k, v in zip(cells, cells[1:]))), **table}
    title_span = _find_title(text, glued.end() if glued else start, end) or (_glued_title(text, start, end) if flat else None)
    from_title = Meta()
    if title_span:
        a, b = reading.source_span(*title_span)
        title = _one_line(without_readings(source[a:b]))  # a title broken over two lines is one
        from_title = replace(title_meta(_one_line(text[slice(*title_span)])), title=title)
    short_lines = [text[a:b] for a, b in line_spans(text, start, end) if b - a <= _HEADING_CHARS]
    if flat:
        short_lines += [m.group() for m in _GLUED_HEADING.finditer(text, start, end)]
    from_headings = _body_meta("\n".join(short_lines), table)
    said = (from_title, from_headings)
    complete = all(any(getattr(m, k) for m in said) for k in ("region", "year", "plan_year")) and any(
        m.doc_type is not DocType.UNKNOWN for m in said
    )
    from_body = Meta() if complete else body_meta(text, start, end)  # the title says it all
    doc_type = next(
        (m.doc_type for m in (from_title, from_headings, from_body) if m.doc_type is not DocType.UNKNOWN),
        DocType.UNKNOWN,
    )
    year = from_title.year or from_headings.year or from_body.year
    plan_year = from_title.plan_year or from_headings.plan_year
    if plan_year is None and doc_type is not DocType.WORK_SUMMARY_AND_PLAN:
        plan_year = from_body.plan_year or year
    reviewed = reviewed_years(text, start, end, short_lines)
    year, plan_year = _after_review(doc_type, year, plan_year, reviewed)
    headline = None if from_title.region else _headline(text, start, end)
    region = from_title.region or _headline_place(headline) or from_headings.region or from_body.region
    if region is None and not _BARE_ZONE.match(text, start):  # (a zone's own page names no place of its own)
        region = _first_named(text, start, min(end, start + _LEAD_CHARS))
    elif region and headline and headline[1]:
        # (2月5日,佛山市召开…大会,南海区委书记…报告: the place a first sentence leads with hosts; the
        # page speaks for the division inside it; a headline's own place is the page's: 广西部署…)
        region = _inner_place(region, from_body.region) or region
    if region and (own := _TOWNSHIP_LAST.match(region)):
        region = own.group("township")  # (金安区施桥镇: the township, its county's name before it)
    return Meta(
        title=from_title.title,
        region=_as_written(source, reading, as_the_gazetteer_writes(region), start, end) if region else None,
        year=year,
        plan_year=plan_year,
        doc_type=doc_type,
        # (a page with no year of its own is of the year its figures keep naming)
        figures_year=_figures_year(text, start, end, short_lines, reviewed, year),
    )


def _inner_place(region: str, body_region: str | None) -> str | None:
    """The division inside ``region`` that the body speaks for, if it is one."""
    return body_region if body_region and places.within(body_region, region) else None


def _figures_year(text: str, start: int, end: int, short_lines: list[str], reviewed: list[int], year: int | None) -> int | None:
    """The year the report's figures are for (:func:`.reviewed.figures_year`), but none for a page
    that says it plans a later year (总结2024年工作成果,科学谋划2025年…: a meeting's, of the year it
    plans, whether or not its excerpt reaches a target); a page with no year of its own is of the
    year its figures keep naming."""
    figures = figures_year(text, start, end, short_lines, reviewed)
    if figures is None:
        return None if year else _most_named_year(text[start:end])
    planned = _plan_years_said(list(_BODY_PLAN_YEAR.finditer(text, start, end)))
    return None if planned and max(planned) > figures else figures


# When a news item starts (2月23日上午,溧阳市…大会召开): no part of its subject.
# (荆楚网(湖北日报网)讯(记者…): the paper that tells it, no subject either)
# (今年以来,在县委、县政府的坚强领导下,某某街道…: a summary's opening, no subject either)
_NEWS_LEAD = re.compile(
    r"^(?:(?:[^,，。\s]{0,24}?讯(?:[(（][^)）]{0,40}[)）])?|\d{1,2}月\d{1,2}日(?:上午|下午|晚间?|晚)?|近日|日前|昨天|昨日|今天|今日"
    r"|(?:今年|年初|一年|近年|去年)以来|在[^,，。]{0,30}?领导下)"
    r"[,，\s\u3000]*)+"
)
_CLAUSE = re.compile(r"[,，。;；:：!！?？]")
_MINISTRY = re.compile(r"(?:国务院|国家[\u4e00-\u9fff]{1,8}?(?:局|委|部)|[\u4e00-\u9fff]{1,4}部)(?=[:：\s]|召开|发布|印发|部署)")


_BREADCRUMB = re.compile(r"\S\s*[>»›]\s*\S")


def _headline_place(headline: tuple[str, bool] | None) -> str | None:
    """The place a news page's headline (:func:`_headline`), its first line, leads with (广西部署2023年
    …工作, 某某区召开…大会), or its first sentence where it has no headline: the page's own, before any
    place its body names more often."""
    if headline is None:
        return None
    line = headline[0]
    if _MINISTRY.match(line):
        return "全国"  # (工信部:预计全年…, 国家统计局发布…: a ministry speaks of the country)
    region = region_of(line)
    if region and line.startswith(region) and _AN_OFFICIALS_TITLE.match(line, len(region)):
        return None  # (商洛市委常委、镇安县委书记某某(左)…: a photo's caption, who is in it, not where)
    if region and line.startswith(region) and places.known(region):  # (not 落实郑州市委…: whose words)
        return region
    chain = re.match(_PLACE, line)
    if region and places.known(region) and _division_at(line, 0, places.LEVELS) and chain and chain.group().endswith(region):
        return region  # (上海市宝山区人民政府办公室关于…: a chain of places, the last its own)
    if region and _TOWNSHIP_AFTER.fullmatch(region):
        return region  # (金普新区炮台街道召开…: a township after its county's name)
    return _township_or_province(line)


def _headline(text: str, start: int, end: int) -> tuple[str, bool] | None:
    """A news page's headline, its first line, or the first clause of its first sentence where it
    has none; and whether it is that sentence's."""
    # (香港商报官网 > 黑龙江 > 时政要闻: a site's breadcrumb, its own name first, is no headline)
    lines = (span for span in line_spans(text, start, end) if text[slice(*span)].strip())
    first = next((span for span in lines if not _BREADCRUMB.search(text[slice(*span)])), None)
    if first is None:
        return None
    line = _NEWS_LEAD.sub("", text[slice(*first)].strip())
    if len(line) > _TITLE_CHARS or "。" in line:
        return _CLAUSE.split(line, maxsplit=1)[0], True  # (no headline: the subject of the first sentence)
    return line, False


_AN_OFFICIALS_TITLE = re.compile(r"委(?:常委|书记|副书记)")
_LEAD_CHARS = 300  # a news page's lead: its first sentence or two
_LONGEST_DIVISION = 10  # 酉阳土家族苗族自治县
_RANKED_BY = frozenset("排居列")  # 排赣州市第一: the place a county ranks in, no place of its own


def _first_named(text: str, start: int, end: int) -> str | None:
    """The first division ``text[start:end]`` names in full and the gazetteer knows as one place
    (今年上半年以来,湖滨区各级各部门…), or the division named right after it (西宁市城中区: a name
    several cities' districts bear, made one by its city's): the last resort of a page that says
    nothing else of its place, as a reader takes a news lead's first place for the page's."""
    found = [
        (at, after, name) for at, after, name in _divisions_in_full(text, start, end)
        if not (_RANKED_IN.match(text, after) or text[at - 1 : at] in _RANKED_BY)
    ]  # fmt: skip
    if not found:
        return None
    _, after, name = min(found)
    return _division_at(text, after, places.LEVELS[: places.LEVELS.index(places.suffix_level(name) or "省")]) or name


def _division_at(text: str, at: int, levels: tuple[str, ...]) -> str | None:
    """A division the gazetteer knows, of one of ``levels``, named in full right at ``at`` (城中区
    after 西宁市); not a kind of district several cities name so (城区, 郊区)."""
    for length in range(3, _LONGEST_DIVISION + 1):
        name = text[at : at + length]
        if places.suffix_level(name) in levels and places.known(name) and name not in _NAMED_BY_KIND:
            return name
    return None


def _as_written(source: str, reading: Reading, region: str, start: int, end: int) -> str:
    """The region in the report's own characters where the report writes it (涪城區 in a page in
    traditional characters: the name a reader of that page knows it by); else as the gazetteer
    spells it."""
    at = reading.text.find(region, start, end)
    if at < 0 or region == "全国":  # (全国 is no place's name to spell)
        return region
    a, b = reading.source_span(at, at + len(region))
    written = without_readings(source[a:b])  # (鄂城區(qū): the pinyin reading is no part of the name)
    return written if len(written) == len(region) else region


def _after_review(
    doc_type: DocType, year: int | None, plan_year: int | None, reviewed: list[int]
) -> tuple[int | None, int | None]:
    """``year`` and ``plan_year`` at least the year after every year the text itself reviews
    (``reviewed``, :func:`.reviewed.plan_year_after_review`: a page's date may name the reviewed
    year), as the reading of the report goes by them; a summary-and-plan report's ``year`` is its
    summary's."""
    later = plan_year_after_review(doc_type, year, plan_year, reviewed)
    if later == plan_year or doc_type is DocType.WORK_SUMMARY_AND_PLAN:
        return year, later
    return max(year or 0, later or 0) or None, later


def body_meta(text: str, start: int, end: int) -> Meta:
    """Region, year and type from the sentences of ``text[start:end]`` (a folded text).

    ``year`` is the year the report plans (the targets' year), as for a government work report:
    the year written with its targets or its plan section; else the year after its review
    (2022年工作回顾 → 2023); else the year of the speech (2018年2月2日在…) or of the page's date.
    """
    text = _SPACED_YEAR.sub(lambda m: m.group(1) + "年" + m.group(2), text)
    body = text[start:end]
    plan_year = _body_plan_year(body) or _unwritten_year(body)
    region = _body_region(body)
    region = None if region and places.is_common_word(region) else region  # (中心城区首位: no 城区)
    dated = None if plan_year else _body_report_year(text, start, end, _congress_year(body, region))
    if plan_year is None and (acts := _acts_in_year(body)) and not (dated and acts > dated + 1):
        plan_year = acts  # (2024年,我们将…; not 2030年将…, a horizon of a speech dated 2025)
    year = plan_year or dated
    if plan_year is None and year and _NEXT_YEARS_BUDGET.search(body):
        year = plan_year = year + 1  # (a page dated 2025-10-22 on 明年度总预算: the budget of 2026)
    # (a communiqué may say it met the 政府工作报告's targets: it is no work report)
    work_report = "政府工作报告" in body[:2000] and not is_communique(body, 0, len(body))
    doc_type = DocType.GOVERNMENT_WORK_REPORT if work_report else DocType.UNKNOWN
    return Meta(None, region, year, plan_year or year, doc_type)


# A township's congress or government, where its report names its place (the gazetteer's
# suffixes name no township): 在某某乡第二十届人民代表大会, 代表某某镇人民政府.
_TOWNSHIP_NAME = r"[^\W\d各全本我该每某乡镇][\u4e00-\u9fff]{1,5}?(?:乡|镇|街道)"
# (备受瞩目的某某镇第十六届人民代表大会, 上午,某某镇第八届…: the name where a word may start)
_NAME_STARTS = r"(?:(?<=[在的])|(?<![\u4e00-\u9fff\d]))"  # (not 25日在…: a date)
_TOWNSHIP_SPEAKS = re.compile(
    rf"{_NAME_STARTS}(?P<place>{_TOWNSHIP_NAME})第?[一二三四五六七八九十]+届(?:人民代表大会|人大)"
    rf"|代表(?P<speaker>{_TOWNSHIP_NAME})人民政府(?:向|,|，)"
)
# A township's party committee speaking at a page's top (中共某某镇委员会、某某镇人民政府向…致以问候)
_TOWNSHIP_PARTY = re.compile(rf"中共(?P<place>{_TOWNSHIP_NAME})委员会")
# A township a clause starts with (上半年,某某镇完成…), not a kind of town (特色小镇, 城镇化)
_TOWNSHIP_SUBJECT = re.compile(rf"{_NAME_STARTS}(?P<place>{_TOWNSHIP_NAME})(?<![小城乡我本全该]镇)(?<![城我本全该]乡)(?<![我本全该]街道)(?![镇乡村级长化])")
# How a township's page speaks of itself (全镇, 我乡, 镇党委, 街道党工委)
_TOWNSHIP_SCOPE = re.compile(r"(?:全|我|本)(?:镇|乡|街道)|(?:镇|乡)(?:党委|政府|人大)|街道(?:党工委|办事处)")


def _body_region(body: str) -> str | None:
    township = _TOWNSHIP_SPEAKS.search(body) or _TOWNSHIP_PARTY.search(body, 0, _HEAD_CHARS)
    if township:  # (在棠树乡第二十届人民代表大会…, 我代表某某镇人民政府: a township's own report)
        return township.group("place") or township.groupdict()["speaker"]
    if _speaks_as_a_township(body):
        named = _named_often(m.group("place") for m in _TOWNSHIP_SUBJECT.finditer(body))
        if named:
            return named
    zone = _own_zone(body)
    if zone or _BARE_ZONE.match(body):
        return zone  # (a zone's page that names it bare, 经开区…汇报, names no place of its own)
    if not _own_levels(body) and (own := _special_region(body, _HONG_KONG_OR_MACAU)):
        return own  # (本港, 政府统计处: Hong Kong's own words, whatever other places its figures name)
    level = _speaking_level(body)
    named = _named_in_contexts(body, level)
    if named:
        return as_the_gazetteer_writes(named)
    national = _NATIONAL.search(body)
    # (a page that speaks of 我区 is a local one, whatever it calls its output: 完成国内生产总值…)
    if national and not _WHO_SPEAKS.search(body[: national.start()]) and not _own_levels(body):
        province, count = _most_named(body, "省")  # a province's paper on what the national report says of it
        # (not Hong Kong's or Macau's: a Hong Kong site's links beside the national report name no subject)
        return province if province and count >= _ABOUT_A_PROVINCE and province not in _SPECIAL_SHORT.values() else "全国"
    return _own_part(body, level) or _named_bare(body, level) or _named_in_full(body) or _special_region(body)


# How Hong Kong's and Macau's pages speak of their own place (全港18区, 本澳): no suffix the
# gazetteer reads, and the region in full is a special administrative region.
_SPECIAL_REGIONS = (
    # (财政司司长, 政府统计处: Hong Kong's offices; not a ministry's 预算司司长, nor Macau's 经济财政司司长)
    # (薪俸税, 差饷, 强积金, 综援: its own taxes, rates and schemes)
    ("香港特别行政区", re.compile(r"全港|本港|港府|香港特区|(?<![部厅局算税济])(?:财政|政务)司司长|(?<![国家省市县区])政府统计处|薪俸税|差饷|强积金|综援")),
    ("澳门特别行政区", re.compile(r"全澳|本澳|澳府|澳门特区|澳门元")),  # (3013.3亿澳门元: its own currency)
    ("台湾", re.compile(r"行政院|立法院|主计总处|中央政府总预算")),  # (Taiwan's central government: its budget, its bills)
)
_SPECIAL_SHORT = {name[:2]: name for name, _ in _SPECIAL_REGIONS}  # 澳门 is 澳门特别行政区


def _special_region(body: str, regions: tuple[tuple[str, re.Pattern[str]], ...] = _SPECIAL_REGIONS) -> str | None:
    return next((name for name, own_words in regions if own_words.search(body)), None)


_HONG_KONG_OR_MACAU = _SPECIAL_REGIONS[:2]


def as_the_gazetteer_writes(name: str) -> str:
    """A division named with its suffix but not in full (禄劝县) as the gazetteer writes it
    (禄劝彝族苗族自治县), when the name stands for one division only; 澳门 and 香港 in full."""
    if name in _SPECIAL_SHORT:
        return _SPECIAL_SHORT[name]
    level = places.suffix_level(name)
    if places.known(name) or level is None:
        return name
    found = places.bare_places(level).get(name[: -len(level)], ())
    return found[0].name if len(found) == 1 else name


_IN_FULL = 3  # times a page names a division in full, its suffix written, to be about it


def _divisions_in_full(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """Each division ``text[start:end]`` names in full (禄劝县: its suffix written) that the
    gazetteer knows as one place: where the name starts and ends, and the place's full name."""
    for level in places.LEVELS:
        for m in places.bare_pattern(level).finditer(text, start, end):
            found = places.bare_places(level)[m.group()]
            if len(found) == 1 and text.startswith(level, m.end()):
                yield m.start(), m.end() + len(level), found[0].name
        for m in _in_full_only(level).finditer(text, start, end):
            yield m.start(), m.end(), places.named_in_full_only(level)[m.group()].name


# A division's full name going on into a word (合作市场, 新兴县域, 振兴区域): no division
_NAME_GOES_ON = "(?![场域级份块])"


@lru_cache(maxsize=8)
def _in_full_only(level: str) -> re.Pattern[str]:
    """The full names of :func:`.places.named_in_full_only` (延长县, 新乡市), not going on into a word."""
    names = sorted(places.named_in_full_only(level), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, names))}){_NAME_GOES_ON}" if names else "(?!)")


def _named_in_full(body: str) -> str | None:
    """The one division a page names in full (大足区, 禄劝县) at least :data:`_IN_FULL` times and
    more than twice as often as any other: a news page about a place that never says 我区 or 全区."""
    return _named_often(name for _, _, name in _divisions_in_full(body, 0, len(body)))


def _speaks_as_a_township(body: str) -> bool:
    """Whether a page speaks of a township as its own (全镇, 镇党委) at least half as often as of
    any county or city (全县: a county's page may name one of its towns again and again; a
    township's names its county's 区委 and 区政府 that lead it)."""
    township = len(_TOWNSHIP_SCOPE.findall(body))
    return township > 0 and all(2 * township >= len(scope.findall(body)) for scope in _SCOPES.values())


def _named_often(names: Iterable[str]) -> str | None:
    """The one name of ``names`` given at least :data:`_IN_FULL` times and more than twice as often
    as any other."""
    counts = Counter(names)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < _IN_FULL or (len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _own_zone(body: str) -> str | None:
    """A development zone a page is about (常州经开区召开…会议 heading it, and named often in it),
    by its own name: a zone is no division, and its city (常州) is not the report's place."""
    head = body[: body.find("\n")] if "\n" in body else body[:_HEAD_CHARS]
    named = _ZONE.search(head) or _ZONE.search(body, 0, _HEAD_CHARS)  # (a page's share buttons may come first)
    if named is None:
        return _zone_of_its_own_name(head, body)
    city, kind = named.group("city"), named.group("kind")
    if not places.known(city + "市") and places.known(city[1:] + "市"):
        city = city[1:]  # 据珠海高新区消息: a word before the city's name
    short = city + kind
    if not places.known_tail(city + "市"):  # (贵安新区: no city's) named in full each time
        # (邀请慈湖高新区…: a word before a name that is no city's either)
        names = (short, short[1:]) if len(city) == 3 else (short,)
        named_so = next((name for name in names if body.count(name) >= _ZONE_NAMED), None)
        return named_so or _zone_in_full(body, city, kind)
    full = city + _FULL_ZONE.get(kind, kind)
    mentions = body.count(short) + (body.count(full) if full != short else 0)
    enough = _ZONE_NAMED if kind == "新区" else _ZONE_NAMED_NEAR_TOP
    if mentions + len(_ZONE_ITSELF.findall(body)) < enough:
        return None
    if body.count(city + "市") > _CITY_OVER_ZONE * mentions:
        return None  # (宜昌市…集中签约, its projects in 宜昌高新区 and the counties: a page about the city)
    return full if full in body else short  # 扬州经开区 heading a page that names 扬州经济技术开发区


# A zone's kind written short, and in full (威宁经开区 heading a page that names 威宁经济开发区)
_ZONE_IN_FULL = {"经开区": ("经济技术开发区", "经济开发区"), "高新区": ("高新技术产业开发区",)}


def _zone_in_full(body: str, city: str, kind: str) -> str | None:
    """A zone of a county or a town, headed short, that the page names in full (威宁经开区 →
    威宁经济开发区), the full name it writes most, if it names the zone often enough either way."""
    forms = [city + full for full in _ZONE_IN_FULL.get(kind, ())]
    if body.count(city + kind) + sum(body.count(f) for f in forms) < _ZONE_NAMED:
        return None
    return max(forms, key=body.count) if any(f in body for f in forms) else None


def _zone_of_its_own_name(head: str, body: str) -> str | None:
    """A zone with a name of its own after its city's (中山火炬开发区), which the page goes on
    calling by that name alone (火炬开发区)."""
    named = _OWN_NAMED_ZONE.search(head)
    if named is None or not places.known_tail(named.group("city") + "市"):
        return None
    return named.group() if body.count(named.group("own")) >= _ZONE_NAMED else None


def _named_in_contexts(body: str, level: str | None) -> str | None:
    """The place the body names where a report names its own (:data:`_PLACE_BEFORE`, …): the one
    named most often there, of the level the report speaks for if it says (a page's sidebar may
    link another place's congress), and the gazetteer's if named as often as another."""
    named = [m.group("place") for context in _PLACE_AFTER for m in context.finditer(body)]
    named += [m.group("place") for m in _OPENING_SUBJECT.finditer(body) if places.known(_last_link(m.group("place")))]
    for context in _PLACE_BEFORE:
        named += _places_before(body, context)
    named += [chain for chain in _places_before(body, _BUREAU) if places.known(_resolve(chain) or "")]
    counts: dict[str, int] = {}
    for chain in named:
        place = _resolve(chain)
        if place:
            counts[place] = counts.get(place, 0) + 1
    if not counts:
        return None
    # a place the gazetteer knows before one that only may be a place, named as often
    return max(counts, key=lambda p: (level is None or places.suffix_level(p) == level, counts[p], places.known(p)))


def _places_before(body: str, context: re.Pattern[str]) -> list[str]:
    """The chains of places the body writes right before each of ``context``'s words."""
    endings = (_PLACE_ENDING.search(body, max(0, m.start() - _PLACE_CHARS), m.start()) for m in context.finditer(body))
    return [ending.group() for ending in endings if ending]


_NAMED_BY_KIND = frozenset({"城区", "郊区", "矿区"})  # districts so named in several cities


def _is_short_name(name: str) -> bool:
    return any(name in places.short_names(level) for level in places.LEVELS)


def _resolve(chain: str) -> str | None:
    """The place a chain of names ends with, as the gazetteer knows it (日在丹凤县 → 丹凤县), or as
    written if it may be a place the gazetteer lacks (某江市); ``None`` for words before a bare
    suffix (较好地完成了区二届人大, 以书面形式向省…)."""
    link = _last_link(chain)
    if link in _NAMED_BY_KIND and chain.endswith(link):  # 汕尾市城区: 城区 alone names no one district
        city = places.known_tail(_last_link(chain[: -len(link)]))
        return city + link if city else None
    tail = places.known_tail(link)
    if tail and tail[0] in _JOINTS and _is_short_name(tail):
        return None  # (县委全会和县两会: 和 joins the county's own meetings; no 和县 before a meeting)
    if tail:
        return tail
    bare = _last_link(_PLACE_LEAD.sub("", chain))
    return bare if _REGION.fullmatch(bare) and len(bare) > 2 and places.plausible(bare) else None


def _speaking_level(body: str) -> str | None:
    """The level of government the speaker represents (我代表市人民政府 → 市), if the body says."""
    speaker = _SPEAKER.search(body)
    return speaker.group("level") if speaker else None  # each of _SPEAKER's levels is its own suffix


def _own_levels(body: str) -> list[str]:
    """The levels of government a body speaks of as its own, lowest first: those it names (我县
    counting thrice, 全县, 县委 …) at least a third as often as the one it names most (a city's
    report may name a 县长工程 once; a county's names its city's 市委 and 全市 rankings as often as
    its own 全县); none if it names none."""
    weights = {
        level: 3 * len(_MINE[level].findall(body)) + len(scope.findall(body)) for level, scope in _SCOPES.items()
    }
    most = max(weights.values())
    return [level for level, weight in weights.items() if weight and 3 * weight >= most]


# Without a level of its own, a page names its city or its province most (合肥 thrice beside a
# fair's 中国(安徽)); a county's bare name is too often a common word to be looked for unasked.
_UNSAID_LEVELS = ("省", "市")
# (not 某县第十八届人民代表大会: a congress's term)
_RANKED_IN = re.compile(
    r"(?:第[一二三四五六七八九十\d]{1,3}(?:位|名)?(?![届次\d一二三四五六七八九十])|前[一二三四五六七八九十\d]|前列|首位)"
)
_ABOUT_A_PROVINCE = 5  # times a page on the national report names a province for it to be that province's


def _named_bare(body: str, level: str | None) -> str | None:
    """A place the body names only bare (把漾濞打造成…, 黔西南州, 龙江), as the gazetteer writes it in
    full: the division of the level the body speaks for (or, without one, of each level it names
    as its own, lowest first; or a province or city, if it names none: the one named most) that it
    names more often than any other (a single mention of several, 柳林 beside 宁陵, says nothing)."""
    levels = [level] if level is not None else _own_levels(body)
    for lv in levels:
        named, count = _most_named(body, lv)
        if count:  # (a name that may stand for several says nothing more)
            return named
    if "区" in levels:  # 我区, 全区 of an autonomous region (今年我区…, 新疆 named bare)
        named, count = _most_named(body, "省")
        if count and named and named.endswith("自治区"):
            return named
    if level is not None or levels:  # (the lowest level it names as its own: 全县…围绕息县)
        return _short_named(body, level or levels[0])
    found = [(count, -n, named) for n, lv in enumerate(_UNSAID_LEVELS) for named, count in [_most_named(body, lv)] if named]
    return max(found)[2] if found else None


def _own_part(body: str, level: str | None) -> str | None:
    """The one division the body names as its own part of the nation's work (:data:`_OWN_PART`),
    of the level it speaks for (or of a level it names as its own): a county-level city's report
    names its prefecture (郑州市委, 郑州工作) more often than itself; of its lowest own level only
    (a city's report may write its province's 湖南篇章 too)."""
    levels = [level] if level is not None else _own_levels(body)[:1]
    found = {
        place.name
        for m in _OWN_PART.finditer(body)
        for lv in levels
        for place in places.bare_places(lv).get(m.group("name"), ())
    }
    return found.pop() if len(found) == 1 else None


def _short_named(body: str, level: str) -> str | None:
    """The one division of the speaker's ``level`` with a one-character name (建设现代化郏县) the
    body names, if it names just one: the last resort of a speech that names its place once."""
    body = _HOLDS_SHORT_NAME.sub("|", re.sub(f"{level}(?=[域级])", "|", body))  # (河南县域: no 南县)
    found = {name for name in places.short_names(level) if name in body}
    return found.pop() if len(found) == 1 else None


def _starts_inside_a_place(body: str, at: int) -> bool:
    """Whether a name found at ``at`` starts inside a province's bare name (广西 → 西工, 黑龙江
    → 龙江)."""
    provinces = places.bare_places("省")
    return any(body[at - k : at - k + n] in provinces for n in (2, 3) for k in range(1, n))


# An official's title and a surname right before a name: the name is a person's given name.
_PERSON_BEFORE = re.compile(r"(?:[省市县区州镇乡]长|书记|主任|主席|总理|部长|厅长|局长|记者|通讯员|同志)[\u4e00-\u9fff]$")
_PERSON_CHARS = 6


# Common words that hold a place's bare name.
_HOLDING_A_PLACE = re.compile(r"搬迁安置|迁安置|高密度")  # (高密度房屋: no 高密)


def _most_named(body: str, level: str) -> tuple[str | None, int]:
    """The division of ``level`` the body names bare more often than any other, and how often
    (``None`` if none is, or the name may stand for several)."""
    counts: dict[tuple[str, ...], int] = {}
    for m in places.bare_pattern(level).finditer(body):
        if _DATELINE.match(body, m.end()) or _MEDIUM.match(body, m.end()):
            continue  # 新华社北京3月5日电, 浙江日报: where the news was filed or printed
        if _FACILITY.match(body, m.end()) and _INSIDE_A_WORD.match(body[m.start() - 1 : m.start()]):
            continue  # 纳金水厂: a works whose name holds a place's (温州港 is 温州's)
        if _STREET.match(body, m.end()) or _VILLAGE.match(body, m.end()):
            continue  # 顺城街, 南京路, 白沙屯: a street or village named after a place, most often in another
        if level == "省" and _SCHOOL.match(body, m.end()):
            continue
        if _HOLDING_A_PLACE.search(body, max(0, m.start() - 2), min(len(body), m.end() + 2)):
            continue  # 扶贫搬迁安置点 holds 迁安 (a city of 唐山)
        if m.start() and _starts_inside_a_place(body, m.start()):
            continue  # 广西工作 holds 西工 (a district of 洛阳)
        if _PERSON_BEFORE.search(body, max(0, m.start() - _PERSON_CHARS), m.start()):
            continue  # 县长王永昌宣布: an official's given name (永昌), not 永昌县
        if body.startswith(places.LEVELS, m.end()) and not body.startswith(level, m.end()):
            continue  # 河北省 is no 河北区 (nor 南京市 a county's bare name)
        if body.startswith((level + "域", level + "级"), m.end()):
            continue  # 河南县域经济网: the counties of a province, not 河南县
        if body.startswith(level, m.end()) and _AN_OFFICE_AFTER.match(body, m.end() + len(level)):
            continue  # 开封市场: a market's name; 县市长: an office
        if _RANKED_IN.match(body, m.end() + len(level) if body.startswith(level, m.end()) else m.end()):
            continue  # 排湘潭市第一: the place a county ranks in, not its own
        named = tuple(sorted({p.name for p in places.bare_places(level)[m.group()]}))
        counts[named] = counts.get(named, 0) + 1
    ranked = sorted(counts, key=lambda k: -counts[k])
    if not ranked or len(ranked) > 1 and counts[ranked[0]] < max(2, counts[ranked[1]] + 1):
        return None, 0
    return (ranked[0][0] if len(ranked[0]) == 1 else None), counts[ranked[0]]


def _body_plan_year(body: str) -> int | None:
    """The year of the financial year a budget is for (2023/24年度: 2023); else the latest year the
    body sets targets or tasks for, or the year after the one it reviews (a plan report recalls
    last year's 预期目标 in its review of that year), else the first year it says it will act in
    (2024年,…将)."""
    named = _BUDGET_NAMED.search(body)
    if named:  # (财政预算案2024︱…: the budget's own year, before the past years it lists, 2019/20年度:…)
        return int(named.group(1))
    fiscal = _FINANCIAL_YEAR.search(body) if "预算案" in body else None  # (施政报告's 2026/27年度起: a horizon)
    if fiscal:  # (预计在2024年3月底…: a date within that year, no later plan)
        return int(fiscal.group(1))
    found = list(_BODY_PLAN_YEAR.finditer(body))
    years = _plan_years_said(found)
    years += [int(m.group(1)) for m in _REPORT_OF_YEAR.finditer(body)]  # 记者从2025年某市政府工作报告获悉
    years += [int(m.group(1) or m.group(2)) + ROC_EPOCH for m in _ROC_BUDGET.finditer(body)]  # 115年度总预算案: 2026's
    years += [int(m.group("year")) + (m.group("when") == "去") for m in _WRITTEN_BESIDE.finditer(body)]
    review = REVIEW_YEAR.search(body)
    if review:
        years.append(int(next(g for g in review.groups() if g)) + 1)
    return max(years) if years else None


def _acts_in_year(body: str) -> int | None:
    """The first year the body says it will act in (2024年,我们将…), where it sets no targets."""
    found = next((m for m in _BODY_PLAN_YEAR.finditer(body) if m.group(3)), None)
    return int(found.group(3)) if found else None


def _plan_years_said(found: list[re.Match[str]]) -> list[int]:
    """The years matches of :data:`_BODY_PLAN_YEAR` say targets or tasks are set for (not the
    year a sentence only says it will act in)."""
    return [int(m.group(1) or m.group(2)) for m in found if m.group(1) or m.group(2)]


def _unwritten_year(body: str) -> int | None:
    """The year a body gives without writing it (:data:`_SAID_YEARS`), the first one said: the
    year its 今年 or 明年 is, the year its targets are for."""
    found = [(m.start(), m, year_of) for pattern, year_of in _SAID_YEARS if (m := pattern.search(body))]
    if not found:
        return None
    _, m, year_of = min(found, key=lambda f: f[0])

    def number(group: str) -> int:
        if group == "phase":
            return int(m.group("phase") == "收官")
        return _zh_int(m.group(group))

    return year_of(number)  # 明年是“十五五”开局之年: a plan for next year, whose year it is


def _congress_year(body: str, region: str | None) -> int | None:
    """The year of the first provincial (or national) congress session the body names
    (:data:`_PROVINCE_CONGRESS`); one named without its province is of the body's ``region``."""
    for m in _PROVINCE_CONGRESS.finditer(body):
        # (…代省长在省十四届…: the body's own province; 十三届全国人大四次会议: the nation's congress)
        province = "全国" if m.group("nation") else places.known_tail(m.group("place") or "") or region
        year = province and places.congress_year(province, _zh_int(m.group("term")), _zh_int(m.group("session")))
        if year:
            return year
    return None


def _zh_int(written: str) -> int:
    """A number written in digits or in Chinese numerals up to 999 (十四 → 14, 七十五 → 75)."""
    if written.isdigit():
        return int(written)
    total, digit = 0, 0
    for ch in written:
        if ch in _ZH_PLACES:
            total += (digit or 1) * _ZH_PLACES[ch]
            digit = 0
        else:
            digit = _ZH_DIGITS.index(ch) + 1
    return total + digit


def _body_report_year(text: str, start: int, end: int, congress: int | None) -> int | None:
    """The year of the speech, else of the page's date line, else of the page's headline or a
    date near its top; on a page with no date, the year of the provincial congress session it
    names (``congress``: a session held out of turn moves the count on, so a date says it better)
    before its headline's."""
    speech = _SPEECH_DATE.search(text, start, min(end, start + _PAGE_DATE_CHARS))
    if speech:
        return int(speech.group(1)) + (_zh_int(speech.group("month")) in _YEAR_END_MONTHS)
    lo, hi = max(0, start - _PAGE_DATE_CHARS), min(end, start + _PAGE_DATE_CHARS)
    dates = list(_PAGE_DATE.finditer(text, lo, hi))
    month = _date_month(dates[0]) if dates else None  # (2015-11-22 → 11)
    if dates and "施政报告" in text[start : start + _HEAD_CHARS] and month in _YEAR_END_MONTHS:
        return _date_year(dates[0]) + 1  # (a council's year-end session hears the address on the year after: 2015-11-22)
    if dates and is_communique(text, start, end) and (month or 12) <= _COMMUNIQUES_OUT_BY:
        return _date_year(dates[0]) - 1  # (a communiqué dated 2018年3月20日 tells 2017's figures)
    labelled = [d for d in dates if _DATED_LINE.search(text[max(lo, d.start() - 8) : d.start()])]
    if labelled:
        return _date_year(labelled[0])
    # the year a page's headline names (速览菏泽2021年十件民生实事) before an unlabelled date,
    # which may be the day the page was saved; without a date, a congress session before the year
    # a review opens with (2019年,某市地区生产总值…)
    if congress and not dates:
        # a session held out of turn moves the count on: the year after one the text tells as
        # done is the better word (山东省十三届人大七次会议 met in 2022, not 2024)
        done = reviewed_years(text, start, end, ())
        return min(congress, max(done) + 1) if done else congress
    head = _HEAD_YEAR.search(text, lo, min(end, start + _HEAD_CHARS))
    told = head is not None and _told_as_done(text, head.end(), end) and not _heads_the_targets(text, head.end(), end)
    # 2019年,某市…增长6.3%。…今年…预期目标, or the session of the year after, or a work report's
    # review (…作政府工作报告。报告指出,2022年,某县…完成…): the year after
    if head and told:
        reviews = _THIS_YEARS_TARGETS.search(text, head.end(), end) or "政府工作报告" in text[start : head.start()]
        if reviews or congress == int(head.group(1)) + 1:
            return int(head.group(1)) + 1
    if head:
        return int(head.group(1))
    return _date_year(dates[0]) if dates else None


def _date_year(date: re.Match[str]) -> int:
    """The year of a :data:`_PAGE_DATE`, of the Republic's years or not."""
    return int(date.group("roc")) + ROC_EPOCH if date.group("roc") else int(date.group(1))


def _date_month(date: re.Match[str]) -> int | None:
    month = date.group("month") or date.group("roc_month")
    return int(month) if month else None


# (not a base compared with or counted from: 较2023年末, 自2008年以来)
# (not a base compared with: 超过2019年同期水平, 同比2020年增长48%、2019年增长14%)
_NAMED_YEAR = re.compile(rf"(?<![到至较比自从超过\-—~～\d])((?:19|20)\d{{2}}){_DEADLINE}{_YEAR_NO_BASE}(?!末)")


def _most_named_year(body: str) -> int | None:
    """The year a body names most often (the latest of those named as often): the last resort of
    a page with no date, no headline year and no plan, whose figures are of the year it keeps
    naming (2022年,某市建立…; 2022年大豆玉米…)."""
    counts = Counter(int(m.group(1)) for m in _NAMED_YEAR.finditer(body))
    counts.update(int(m.group(1)) for m in _EVENT_YEAR.finditer(body))
    counts.update(int(m.group(1)) + ROC_EPOCH for m in _ROC_DATED.finditer(body))  # (114年第4季: 2025's)
    return max(counts, key=lambda y: (counts[y], y)) if counts else None


# A year of the Republic's calendar with a part of it (114年第4季, 113年度, 114年10月): a date, not a
# span of years (建党100年 is none)
_ROC_DATED = re.compile(rf"(?<![\d.])({ROC_YEAR})年(?=度|第|[1-4]季|\d{{1,2}}月|[上下]半年)")


# An event named with its year, no 年 (2021中外知名企业四川行活动, 2019“湖北工匠杯”, 2021深圳全球招商大会)
_EVENT_YEAR = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})(?=“?[\u4e00-\u9fff“”·()（）]{2,20}?"
    r"(?:大会|博览会|洽谈会|推介会|交易会|招商会|论坛|峰会|活动|文化节|旅游节|艺术节|美食节|杯|展会))"
)


def _heads_the_targets(text: str, at: int, end: int) -> bool:
    """Whether the headline going on from ``at`` gives this year's targets: its first figure
    (2022年章丘地区生产总值增长8以上) is one of those the page's 今年…预期目标 sentence sets."""
    stop = _SENTENCE_STOP.search(text, at, end)
    figure = _FIGURE.search(text, at, stop.start() if stop else end)
    cue = _THIS_YEARS_TARGETS.search(text, stop.end() if stop else end, end)
    if figure is None or cue is None:
        return False
    cue_stop = _SENTENCE_STOP.search(text, cue.end(), end)
    return text.find(figure.group(), cue.start(), cue_stop.start() if cue_stop else end) >= 0


def _told_as_done(text: str, at: int, end: int) -> bool:
    """Whether the sentence going on from ``at`` tells its year's results, not its plans."""
    stop = _SENTENCE_STOP.search(text, at, end)
    sentence = text[at : stop.start() if stop else end]
    if _HANDED_IN.search(sentence):
        return True  # (2024年是…的一年,交出了一份…答卷)
    if _A_YEARS_CALLING.match(sentence):
        return False  # 2018年是…开局之年,…决胜之年: what the year planned is for, not what it did
    return bool(_DONE.search(sentence)) and not _PLANNED.search(sentence)


def tag_region(tag: str, text: str) -> str | None:
    """The place a news item's tag names: 【乐清市招商】 → 乐清市; a bare 【温州招商】 → 温州市
    when the item itself writes it so (otherwise 温州 as written), so that items group with the
    reports of the same place."""
    place = _TAG_WORDS.sub("", tag)
    region = region_of(place)
    if region is not None or not _BARE_PLACE.fullmatch(place):
        return region
    # peoples' names may come between: 凉山彝族自治州, 黔东南苗族侗族自治州
    written = re.search(rf"{re.escape(place)}(?:{_CJK}{{1,3}}?族)*{_REGION_SUFFIX}", text)
    return written.group() if written else place
