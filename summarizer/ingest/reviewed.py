"""Years a report's text itself puts behind it, and the plan year that follows from them.

A page's date or headline may name the year a report reviews (a news page dated 2021 on the 2022
report, which titles its review 2021年…回顾), so a year read from them may be the review's. The
text's own cues say which years are over: a review section's title, a year given with its
preliminary figures or its twelve months' (1-12月), its 成绩单 or the answer it gave, a year told with its 总体情况, a review's
opening (2025年是…之年。一年来我们坚持). The report is at least of the year after each.

Owned here, so the metadata (:mod:`.metadata`) and the rules' reading go by the same years.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from .document import DocType, sentence_start

__all__ = ["PART_OF_YEAR", "PLAN_TITLE", "REVIEW_TITLE", "REVIEW_YEAR", "YEAR_CUE", "ROC_YEAR", "ROC_EPOCH", "reviewed_years", "year_after_review", "plan_year_after_review", "figures_year", "year_of_figures", "is_communique", "review_title_years", "RELEASED"]

PLAN_TITLE = re.compile(r"安排|工作计划|重点工作|任务|思路|打算|下半年|展望|下一步|目标|草案|建议")

# 计划执行情况, 完成情况: a plan report's review of the year before (执行情形: Taiwan's word).
REVIEW_TITLE = re.compile(r"回顾|总结|过去|答卷|成绩单|工作成绩|总体情况|(?:执行|完成|工作|进展|推进|开展)情[况形]|成就|(?:工作|措施)[和及与]?成效|统计公报|亮点工作|工作亮点")  # (2020年成就: a digest's; not 取得新成效, a plan's aim)

# A year a sentence speaks of (2023年,某县先后获评…), as a time cue: 到2025年, 比2022年 and
# 2021-2025年 are no cue, but 截至2023年底 is (a level reached by then); not a year that names
# what follows (完工2024年9个续建项目), but 2024年9月 is a date.
# A year of the Republic of China calendar, as Taiwan writes it (115年度总预算 is 2026's): its number,
# and what it adds up to a year of the common era (民国1年 is 1912).
ROC_YEAR = r"(?:9\d|1[0-4]\d)"
ROC_EPOCH = 1911
YEAR_CUE = (
    # (——2025年: a dash, no range; 执行2030年…计划: the plan carried out, no time of its own)
    r"(?<![到比较与和按\-~～])(?<!(?<!—)—)(?<!(?<!截)至)(?<!执行)(?<!落实)(?P<year>(?:19|20)\d{2})(?:全?年|(?=任务|目标|工作|计划|主要|重点|全[省市县区国州旗]))"  # (按2019年平均汇率: a basis; 2021任务清单, 2018全市经济…: 年 may be dropped)
    r"(?![\-—~～至到]|的?基础|水平|(?!\d{1,2}(?:月|[-—~～至到]\d{1,2}月))\d"
    r"|\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2})"  # (a page's time stamp, 2023年01月12日10:18, is none)
)
_YEAR_CUE = re.compile(YEAR_CUE)

# (and a paragraph that opens with what is expected done: 2019年…迈出坚实步伐⏎预计实现地区生产总值…)
# (预计2020年某市实现地区生产总值…: the year's expected outcome, told just after it is over)
_PRELIMINARY = re.compile(
    r"初步(?:预计|核算|统计|测算)|初步[^。\n,，]{0,10}?(?:数字|数据)|(?:核算|统计|测算)初步结果[,，]?|概估|预计全年|全年预计|(?:^|(?<=\n))[ \t\u3000]*预计(?:到年末|年末)?[,，]?(?:实现|完成)"
    r"|预计(?=(?:19|20)\d{2}年[,，]?[^。\n,，将]{0,10}?(?:实现|完成|达到))"
)
# Only an answer given is a cue (a plan may hope to 交出2024年的满意答卷); the report card may
# name its year just after it (这份成绩单,…⏎▎2025年⏎——…).
_ANSWERED = re.compile(
    r"((?:19|20)\d{2})年(?:[,，]?\s*[\u4e00-\u9fff]{2,4}?)?(?:交出[的了]|的?成绩单)"  # (2022年⏎武穴交出了怎样的成绩单)
    # (not …成绩单表现不突出,某市对2019年仍确定了较高的预期目标: the year planned for)
    # (not 成绩单?⏎2023年⏎…擘画了怎样的新蓝图?: a question ends the card's words)
    r"|成绩单[^。？?\d]{0,20}?((?:19|20)\d{2})年(?![上下前一二三四]|\d|[^。\n,，]{0,12}?(?:预期|目标|计划|将))"
)
# A year and what is told of it, in one phrase (2022年经济社会发展总体情况和2023年工作打算,
# 关于2024年计划执行情况的报告), or the other way round (回顾2023年,…).
_SUMMED_UP = re.compile(
    # (介绍2022年某区工作成就; 关于2023年为民办实事项目⏎实施情况的通报: a phone page's title broken over lines)
    r"((?:19|20)\d{2})年[^。；;,，、年]{0,16}?(?:回顾|总结|盘点|(?:总体|执行|完成|实施|落实|办理)(?:情况|成效)|工作成就)"  # (——2019年某区民生工程盘点)
    r"|(?:回顾|回首|回望|总结)(?:一下)?(?:刚刚)?(?:过去的)?((?:19|20)\d{2})年"  # (總結2019年,全澳…創新高; 回顾一下2021年)
    # (2025年我市15项民生实事项目…已全部完成年度目标任务: the year's tasks all done; not 确保…全面完成)
    # (2023年⏎苏州全市10类36项民生实事项目⏎全部完成年度目标!: a completion report's lines)
    r"|((?:19|20)\d{2})年[^。将确力争要须]{0,30}?(?:已|均)?(?:全部|全面|圆满|如期)完成(?:了)?(?:(?:年度|全年)(?:目标)?|目标)(?:任务)?"
    # (2021年省委和省政府为民办实事项目全面完成: the year's list all done, said last)
    r"|((?:19|20)\d{2})年[^。将确力争要须]{0,30}?(?:实事|项目|任务)(?:已|均)?(?:全部|全面|圆满|如期|顺利)完成(?=[,，。!！\n啦]|$)"
)
# A review's opening: 2025年是…收官之年。(一年来,)我们坚持以…为指导,… (a plan's goes on 做好今年
# 工作… or 新的一年,…将)
_OPENED = re.compile(
    r"((?:19|20)\d{2})年是[^。\n]{0,80}之年[^。\n]*。\s*(?:(?:一年来|这一年)[,，]?)?我们坚持"
    # (2024年是…关键一年。全镇上下…。⏎一年来,我们…: a summary looking back on it)
    r"|((?:19|20)\d{2})年是[^。\n]{0,80}(?:之年|一年)。[\s\S]{0,400}?(?:^|[\n。])[ \t\u3000]*一年来[,，]"
    # (2025年是…收官之年,某区上下…,主要经济指标增速好于预期: a year that beat what was expected is over)
    r"|((?:19|20)\d{2})年是[^。\n]{0,40}?(?:之年|一年)[,，][^。\n]{0,60}?(?:好于|超出|超|高于)预期"
    # (“2024年是…关键一年。”某局处长表示,全市上下…,交出一份…高分答卷: an answer handed in; not
    # 要交出一份满意答卷, a plan's hope)
    r"|((?:19|20)\d{2})年是[^。\n]{0,80}(?:之年|一年)[^\n]{0,300}?(?<![要将能够力争确保努奋])交出(?:了|的)?一份[^。\n]{0,16}?答卷"
)
_YEAR_AFTER = re.compile(r"[,，:：\s]?((?:19|20)\d{2})年(?![上下前一二三四]|\d)")
# The year a body reviews, as the metadata reads it first (2022年工作回顾 → a report of 2023):
REVIEW_YEAR = re.compile(
    r"((?:19|20)\d{2})年(?:及[^\n。]{0,12}?)?(?:政府|主要|全市|全县|全区|全省)?工作(?:回顾|总结|成绩)"  # (一、2022年主要工作成绩)
    r"|((?:19|20)\d{2})年(?![^\n。,，]{0,16}?(?:上半年|季度|\d{1,2}月))[^\n。,，]{0,16}?计划的?(?:执行|完成)情况"  # (not 2018年1至7月…: a part of it)
    r"|(?:回顾|回首|回望|回眸)了?((?:19|20)\d{2})(?:年|(?=[ \t\u3000]*\n))|过去的((?:19|20)\d{2})年"  # (回眸2024⏎: a heading)
    r"|(?:精彩|难忘|不平凡|极不平凡|辉煌|丰收)的((?:19|20)\d{2})年"  # (一、精彩的2012年: a review's heading; not 二、奋进的2013年)
    # 2024年是…的关键一年。这一年,…: the year a review opens with, told as past (a PDF's line
    # may break inside it)
    r"|((?:19|20)\d{2})年[ \u3000]*是[^。]{0,60}?(?:之年|一年)[。！!]\s*(?:这一年|一年来)"
    # a news page's report card of a year (2024年成绩单; 这份成绩单…⏎▎2025年⏎ heading its list)
    r"|((?:19|20)\d{2})年(?:的|度)?[^。\n,，\d]{0,8}?成绩单"  # (2024年我省招商引资成绩单)
    r"|成绩单[^。？?\n]{0,12}\n[^\w\n]{0,3}((?:19|20)\d{2})年[ \u3000]*(?=\n)"
    # the year the speech itself opens with, after 我代表…向大会报告工作(作政府工作报告),请予审议…。 (or its first
    # heading, 一、2022年主要工作和成效): its review's
    # (not a news page's 向大会报告工作。2025年是…之年, which tells the plan year)
    r"|向大会(?:报告(?:政府)?工作|作(?:政府)?工作报告)[,，]\s*请予审议[^。\n]{0,60}?。\s*(?:[一二三四五六七八九十]+[、.．]\s*)?((?:19|20)\d{2})年"
    # what a report tells of a year as done: 作政府工作报告时介绍,2024年…增长5.5%; 报告指出,2023年,…
    # (not 报告指出,2025年是…收官之年 nor …2025年,…主要预期目标是)
    # (…报告时透露,2016年,预计…增长4.5%左右,低于预期1.5个百分点: below what was expected is a result)
    # (…区长作政府工作报告。2024年,某区坚持…,民生福祉持续增进: the year the report tells of)
    r"|(?:报告(?:时|中)?(?:指出|介绍|显示|透露|表示)|据了解|数据显示|据统计|作(?:政府)?工作报告[。！!])[,，:：]?\s*"
    r"((?:19|20)\d{2})年(?!是)"
    r"(?![^。\n]*?(?:将|(?<![重主需纪大])要(?![事求点素])|力争|(?<![于过超])预期|(?<!奋斗)(?<!各项)目标|计划))"  # (完成了…确定的各项目标任务: done)
    r"(?=[^。\n]*?(?:增长|实现|完成|达到|突破|持续(?:增进|提升|改善|向好)|稳中(?:有进|向好)|取得))"
    # a year told with what it faced (2018年是本届政府的开局之年,面对依然复杂严峻的经济形势,…): a review's opening
    r"|((?:19|20)\d{2})年[ \u3000]*是[^。\n]{0,60}?之年[,，。]\s*面对"
    # a year whose calling is told, then its outcome measured against what was expected (2020年,是
    # “十三五”规划收官之年。…主要经济指标好于预期): it is over
    r"|((?:19|20)\d{2})年[,，]?\s*是[^。\n]{0,60}?之年[。!！][^\n]{0,300}?(?:好于|高于|低于|超出|超过|不及)预期"
    # a year told as an ordeal come through (2022年,是…极不平凡的一年), or as having met its goals
    # (2025年,某区…顺利实现年度目标)
    r"|((?:19|20)\d{2})年[,，]?\s*是[^。\n]{0,80}?(?:极不平凡|很不平凡|极不寻常|极为不易|极其艰难)的一年"
    # (…,整体经济发展目标顺利实现: the same, said the other way round)
    r"|((?:19|20)\d{2})年[,，](?=[^。\n]*?(?:(?:顺利|圆满|全面|超额)(?:实现|完成)了?(?:年度|全年)(?:目标|任务)|目标(?:任务)?(?:顺利|圆满|全面|超额)(?:实现|完成)))"
    # a year whose work has borne fruit (2024年,某高新区在…领导下,…推动各项工作取得新成效), not a plan's
    # (首要任务: no plan; 紧紧围绕“幸福某县”建设目标, …“打造新高地”的奋斗目标: a slogan, no target;
    # …,全年实现地区生产总值450亿元)
    r"|(?:^|(?<=[\n。]))[ \u3000]*((?:19|20)\d{2})年[,，](?![^。\n]*?(?:将|(?<![重主需纪大首])要(?![事求点素])|力争|确保|争取|预期|(?<!建设)(?<!的奋斗)目标))"
    r"(?=[^。\n]*?(?:取得了?(?:新|显著|积极|明显|良好)?(?:成效|成绩|进展)|迈上了新台阶|(?:实现|完成|取得)了|全年实现"
    # or whose figures are measured against the year before (2023年,某市生产总值…同比增长4.5%;
    # …完成年度计划的112%): only what happened is told so
    r"|(?:同比|可比)(?:增长|下降|增加|减少|提高|降低|分别)|比上年(?:增长|下降|增加|减少)|完成(?:年度|全年)计划的?\d|创(?:历史)?新高"  # (可比增长5.8%: at comparable prices, a statistic's)
    # (…坚持稳中求进工作总基调,…全市经济社会发展稳中有进、稳中向好: how the year went)
    r"|(?:发展|经济|运行)(?:总体)?(?:保持)?稳中有进))"
)
_TITLE_YEAR = re.compile(r"(?:19|20)\d{2}(?=年|[ \u3000]+\S)")  # (2020 中国答卷: a heading may drop 年)
_YEAR_RIGHT_AFTER = re.compile(r"[ \u3000]*(?:和|与|及)?((?:19|20)\d{2})(?=年)(?!年国民经济)")
# 2023年上半年工作总结: a part of the year is reviewed, the rest of it is planned
PART_OF_YEAR = re.compile(r"上半年|(?<![上下])半年度?(?:工作)?总结|季度|前[一二三四五六七八九十\d]|\d{1,2}月")  # (2022年半年度工作总结)


def plan_year_after_review(
    doc_type: DocType, year: int | None, plan_year: int | None, reviewed: Collection[int]
) -> int | None:
    """:func:`year_after_review` for a report of ``doc_type``, ``year`` and ``plan_year``: but a
    half-year summary (2023年上半年工作总结和下半年工作思路) reviews its plan year, and keeps it."""
    if doc_type is DocType.WORK_SUMMARY_AND_PLAN and year == plan_year:
        return plan_year
    return year_after_review(plan_year, reviewed)


def year_after_review(plan_year: int | None, reviewed: Collection[int]) -> int | None:
    """``plan_year``, but at least the year after every year of ``reviewed`` (the years a text
    tells as over: :func:`reviewed_years`)."""
    return max(plan_year or 0, max(reviewed) + 1) if reviewed else plan_year


# What only a report that plans tells, even in an excerpt of its review: it speaks to a congress
# (各位代表, 请予审议), is a 施政报告, a plan report or a work report, or heads a plan section.
_PLANNING = re.compile(r"各位(?:代表|议事员|委员)|向大会(?:作)?报告|请予审议|施政报告|计划(?:执行情况|草案)|国民经济和社会发展计划|工\s*作\s*报\s*告")
_PLAN_HEADING = re.compile(r"(?:19|20)\d{2}年[^\n]{0,12}?(?:工作)?(?:计划|思路|打算|安排|要点)|下一步|下半年")


def figures_year(text: str, start: int, end: int, titles: Iterable[str], reviewed: Collection[int]) -> int | None:
    """The year the figures of ``text[start:end]`` are for, when it is a page that tells figures
    only (a 2024年民生实事成绩单, a year's 招商 tally, a ministry's figures): the latest year it tells
    as over (``reviewed``). None for a report that plans by its kind (see ``_PLANNING``; ``titles``
    are its heading lines): it is of its plan year, even where an excerpt holds its review only."""
    if not reviewed:
        return None
    planning = _PLANNING.search(text, start, end) or any(_PLAN_HEADING.search(t) for t in titles)
    # (a communiqué may cite 政府工作报告; a report on how a year's list was carried out, 2021年…民生
    # 实事项目实施情况的报告, may be made to the deputies, 各位代表, and plans nothing)
    told_done = is_communique(text, start, end) or _ON_HOW_IT_WENT.search(text, start, min(end, start + _COMMUNIQUE_HEAD))
    if planning and not told_done:
        return None
    return max(reviewed)


_ON_HOW_IT_WENT = re.compile(r"(?:实施|完成|落实|办理)情况的?(?:报告|通报)")
# (on the reading: 統計公報 too; a year's 国民经济和社会发展概览; a communiqué signed at its top by the
# statistics bureau and the national bureau's survey team, its title left out: 某省统计局 国家统计局某省调查总队)
_COMMUNIQUE_TITLE = re.compile(r"统计公报|国民经济和社会发展(?:统计)?概览|统计局\s*国家统计局\S{0,8}调查总队")
_COMMUNIQUE_HEAD = 120  # characters: where a communiqué's title line is (某县2023年国民经济和社会发展统计公报)
# A communiqué's first section, on a line of its own (一、综合; 一、综 合), where its title is left out
_COMMUNIQUE_SECTION = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*一、[ \u3000]*综[ \u3000]*合[ \t\u3000]*(?=\n)")


def is_communique(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a folded text) is a statistics communiqué: titled so near its
    top, or opening its sections with 一、综合. It tells its year's figures only."""
    head = _COMMUNIQUE_TITLE.search(text, start, min(end, start + _COMMUNIQUE_HEAD))
    return bool(head or _COMMUNIQUE_SECTION.search(text, start, end))


def year_of_figures(
    doc_type: DocType, year: int | None, plan_year: int | None, figures: int | None, *, plans: bool
) -> tuple[int | None, int | None]:
    """``year`` and ``plan_year`` of a report, but a page of figures (:func:`figures_year`) that
    plans nothing is of the year its figures are for, and has no plan year: its page date, or the
    year after the one it reviews, dates none of its figures. A report that gives no year of its
    own is of the year of its figures either way."""
    if plans or doc_type is not DocType.UNKNOWN or figures is None:
        return (figures if year is None else year), plan_year
    return figures, None


# A statistics office releasing its figures (政府统计处今日公布…, 主计总处今公布…): the year it names
# is the year so far, not one ahead, but for a forecast (主计总处今公布2025年经济成长率预测).
RELEASED = re.compile(
    r"(?:统计处|统计局|主计总处|主计处|统计暨普查局|调查总队|调查队)[^。\n]{0,12}?(?:公布|发布|发表)(?!会)"
)
_RELEASED_YEAR = re.compile(rf"{RELEASED.pattern}[^。\n\d]{{0,6}}?((?:19|20)\d{{2}})年(?![^。\n]{{0,30}}?(?:预测|预估|展望))")


def reviewed_years(text: str, start: int, end: int, titles: Iterable[str]) -> list[int]:
    """The years ``text[start:end]`` tells as over (see the module's doc)."""
    years = [*review_title_years(titles), *_preliminary_years(text, start, end), *_twelve_months_years(text, start, end)]
    years += [int(m.group(1)) for m in _RELEASED_YEAR.finditer(text, start, end)]
    summed = [m for m in _SUMMED_UP.finditer(text, start, end) if not PART_OF_YEAR.search(m.group())]
    for found in (_ANSWERED.finditer(text, start, end), summed, REVIEW_YEAR.finditer(text, start, end), _OPENED.finditer(text, start, end)):
        years += [_year_said(m) for m in found]
    years += _headline_deed_years(text, start, end)
    return years + _years_under_review_titles(text, start, end)


def _year_said(m: re.Match[str]) -> int:
    """The year a match of one of the patterns above says: the one of its groups that matched."""
    return int(next(g for g in m.groups() if g))


# A heading line (一、过去五年工作回顾; 一、…,过去一年政府工作成效显著) and the paragraphs under it,
# up to the next short line (the next heading).
_HEADING_LINE = re.compile(r"^[ \t\u3000]*(\S[^\n]{0,39})[ \t\u3000]*$", re.M)
_UNDER_HEADING = 3  # paragraphs
# A paragraph that opens with a year and tells it (2019年,是…的一年; 2021年,预计实现…), not one
# that plans it (2024年,我们将…)
_YEAR_OPENS = re.compile(
    r"[ \t\u3000]*((?:19|20)\d{2})年[ \u3000]*(?:[,，]|是)(?![^。\n]*?(?:将|力争|争取|预期目标|计划))"
)


def _years_under_review_titles(text: str, start: int, end: int) -> list[int]:
    """The year a paragraph opens with under a review heading without a year (一、过去五年工作回顾
    ⏎五年来,…⏎2021年,预计实现…): the year the review tells of."""
    out = []
    for heading in _HEADING_LINE.finditer(text, start, end):
        title = heading.group(1)
        if not REVIEW_TITLE.search(title) or PLAN_TITLE.search(title) or PART_OF_YEAR.search(title):
            continue
        at = heading.end() + 1
        for _ in range(_UNDER_HEADING):
            line_end = text.find("\n", at, end)
            line_end = end if line_end < 0 else line_end
            opened = _YEAR_OPENS.match(text, at, line_end)
            if opened:
                out.append(int(opened.group(1)))
                break
            if _HEADING_LINE.fullmatch(text, at, line_end):
                break  # the next heading
            at = line_end + 1
    return out


# A news page's headline telling what a year did (某市:2022年完成18个老旧小区改造): that year is over.
# (not an event within the year, 2021年秋季招商引资签约: the year may go on)
_DEED_OF_YEAR = re.compile(r"((?:19|20)\d{2})年[^。\n]{0,12}?(?:完成|实现|突破|达到|建成|新?引进|新签约|新开工|落地)")  # (2023年全市新引进过亿元项目496个)
_HEADLINE_PLANS = re.compile(r"将|力争|计划|目标|预期|预计|要|拟|确保|争取|建议|[春夏秋冬]季")  # (预计在2030年完成: ahead)
_HEADLINE_CHARS = 60


def _headline_deed_years(text: str, start: int, end: int) -> list[int]:
    """The year a page's first line, a short headline that plans nothing, tells a deed of."""
    first = start
    while first < end and text[first].isspace():
        first += 1  # (the page's first line, found without copying the page)
    stop = text.find("\n", first, end)
    line = text[first : stop if stop >= 0 else end]
    if len(line) > _HEADLINE_CHARS or _HEADLINE_PLANS.search(line) or PART_OF_YEAR.search(line):
        return []
    deed = _DEED_OF_YEAR.search(line)
    return [int(deed.group(1))] if deed else []


def review_title_years(titles: Iterable[str]) -> list[int]:
    """The year each review title names last before its review word (2023年工作回顾 → 2023; a
    sentence naming the parts, 报告分为2023年工作回顾,2024年主要工作…, says 2023 too; 回顾2023年 names it after)."""
    out = []
    for title in titles:
        review = REVIEW_TITLE.search(title)
        if review and not PLAN_TITLE.search(title) and not PART_OF_YEAR.search(title):
            # (回顾2023年, 成就和2020年主要工作: the year right after it; not 执行情况与2025年国民经济…, the
            # plan of a title broken over lines)
            after = _YEAR_RIGHT_AFTER.match(title, review.end())
            years = _TITLE_YEAR.findall(title, 0, review.start())[-1:] or ([after.group(1)] if after else [])
            out += [int(y) for y in years]
    return out


# A year's twelve months told (1-12月份,完成投资77.57亿元): the year named last before is over.
_TWELVE_MONTHS = re.compile(r"(?<![\d.])1\s*[-—~～至到]\s*12\s*月份?")
_TWELVE_MONTHS_REACH = 400  # characters back to the year they are of


def _twelve_months_years(text: str, start: int, end: int) -> list[int]:
    out = []
    for m in _TWELVE_MONTHS.finditer(text, start, end):
        years = list(_YEAR_CUE.finditer(text, max(start, m.start() - _TWELVE_MONTHS_REACH), m.start()))
        out += [int(years[-1].group("year"))] if years else []
    return out


def _preliminary_years(text: str, start: int, end: int) -> list[int]:
    """The year named last before each 初步预计 (in its sentence or the one before), or right
    after it (初步统计2018年全市…)."""
    out = []
    for m in _PRELIMINARY.finditer(text, start, end):
        opening = len(text[: m.start()].rstrip())  # (a paragraph's: its heading line is the one before)
        lo = sentence_start(text, start, max(start, sentence_start(text, start, opening) - 1))
        after = _YEAR_AFTER.match(text, m.end())
        if after:
            out.append(int(after.group(1)))
            continue
        years = list(_YEAR_CUE.finditer(text, lo, m.start()))
        whole_year = m.group() in ("预计全年", "全年预计")  # (2025年1-9月…,全年预计实现…: the year's end is near)
        if years and (whole_year or not PART_OF_YEAR.search(text, years[-1].end(), m.start())):
            out.append(int(years[-1].group("year")))  # not 2022年一季度,…初步预计
    return out

