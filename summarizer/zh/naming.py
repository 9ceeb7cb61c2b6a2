"""Reading names off a text: what indicator a text gives each of its numbers to.

:func:`name_numbers` reads, for every quantity of a text (:func:`~.numbers.find_quantities`), the
indicator the words give it to (``地区生产总值增长7%`` → 地区生产总值), the words that name it alone,
and whose change it is. Shared phrasing gives one name per number (``城镇和农村居民人均可支配收入
分别增长7%和8%`` → 城镇…, 农村…). Some phrasings put the name *after* the number: a count names
what it counts (``建成23个乡镇社工站`` → 乡镇社工站), a measure with no words of its own before it
what follows it (``改造提升5万亩农田``); and a number that describes what follows it is no
indicator's value (``80%的村``, ``超30亿元企业1家``, ``15分钟文化圈``): it has no name. A nameless
change is its level's (``生产总值326.3亿元、增长6.8%``), and a comparison is named by what is
compared with what (``增速分别高于全国、全省0.7和0.6个百分点`` → 生产总值增速高于全国, …全省).

The rules engine names its figures with it, and grounding checks a claim against it, so a number
is given to the same indicator on both sides.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..ingest.places import is_place_name
from ..ingest.reviewed import ROC_YEAR
from .indicators import RATE_SUFFIX, is_known_indicator
from .lexicon import alternation, lexicon
from .numbers import (
    BARE_FALL, BARE_RISE, CHANGE_AFTER, COUNT_UNITS, DIGIT_GROUP_AHEAD, EARLIER_PERIODS, MULTIPLE_OF_BASE, PULL, RATE_UNITS, Quantity, base_in_brackets, clause_before, list_groups, unwrap,
)

__all__ = [
    "Naming", "name_numbers", "name_before", "listed_names", "shared_by_list", "split_shared_name", "FOR_EACH", "MEASURE_AFTER",
    "MILESTONE_AFTER", "REACHED_AFTER_MILESTONE", "DEED_AFTER_PROJECTS", "PROJECT_DEEDS", "MEASURE_WORD", "ONE_CHARACTER_GOODS",
    "SET_MEASURE_END",
]


# Words that end an indicator name: the verb (or adverb) that introduces its number.
_NAME_END = re.compile(
    r"(?<!自然)(?:增长|成长|年增)率(?:为|达)?|(?<!自然)增长(?!的?贡献|极|面)|成长(?!型)|年增(?!长|加)|(?<!可)(?<!相)比增|年减|约减|上涨|下跌|增速|增幅|涨幅|升幅|降幅|减幅|跌幅|达到|控制在|保持在|保持$|稳定在|下降|降低|减少|提高|提升(?!改造|工程|行动|项目)|增加(?!值|价值)|上升|回升|分别|力争|确保|(?<!向上)争取"
    rf"|(?<![新净年比])增$|迈上|跨上|站上|迈入|再上|跨越|迈过|跨过|连跨|跃上|突破|超过|不低于|不少于|不超过|不高于|高于|快于|年均(?!浓度)|同比|(?<![上去前占])同期(?=增长|下降|增加|减少|提高|降低|$)|(?<=[\u4e00-\u9fff]{{2}})会(?=减少|增加|增长|下降|提高|降低|达到)|按年|按季|按月|(?:{BARE_RISE}|{BARE_FALL})(?=(?:了|约|近)?(?:\d|$))|(?:实现|完成)(?!率)了?|录得|维持(?:在)?|降至|降到|增至|收窄|介乎|介于|急升|飙升|跃升|攀升|扩张|上扬|急挫|下挫|收缩|萎缩|下滑|回落|跌至|升至|缩减|缩短|缩小(?:到|至)?|[上下]调(?:到|至)?|调(?:升|高|降|整(?!数))(?:到|至)?"
    # the base compared with, which names nothing: 较去年同期, 比2022年, a nameless 比年初提高…, 较上年度修订预算
    rf"|[比较](?:(?:[去上前]|\d{{4}}|{ROC_YEAR})年度?(?:同期|同月|年初预算|(?:修订|修正)?预算|末|底)?|同期|年初|改革前)(?:相比|比较)?|[与同和跟](?:去年|上年|上一年)(?:同期)?(?:相比|比较)"
    rf"|[比较](?:{EARLIER_PERIODS})(?:同期|末)?"  # (比一季度提高)
    # a condition, which names nothing either: 扣除留抵退税因素后增长, 同口径增长, 在减产情况下
    r"|扣除[^,，;；。]{0,12}?后|剔除[^,，;；。]{0,12}?后|(?:同|可比)口径|情况下"
    # the goal said before its figure: 地区生产总值预期目标为增长5%
    r"|(?:预期)?目标(?:为|是|设定为|定为|设为)"
)
# 重点项目完成投资200亿元: 完成 and its object are part of the name (LABELLING: <projects>完成投资).
_KEEPS_OBJECT = "完成"
# 完成重大项目投资1390亿元 says 重大项目完成投资 (LABELLING: <projects>完成投资)
_PROJECTS_INVESTED = re.compile(r"完成(?P<projects>[\u4e00-\u9fff]{1,10}?项目)(?P<measure>(?:年度)?投资)$")
# 项目全年计划完成投资98.5亿元: the investment planned, not the one done (a progress report says both)
_PLANNED_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:全年|年度|年)?计划$")
_BOUND_BEFORE_THRESHOLD = re.compile(r"(?:超过|超|逾)$")
_MEASURE_CHARS = 4  # 固投, 营收, 销售额: what a threshold measures is a short word
_PLANNED_BEFORE_DONE = re.compile(r"(?:全年|年度|年)?计划(?=完成投资)")
# 第一产业完成投资27.6亿元: a sector's investment is its 投资, as statistics name it (only a set of
# projects' is 完成投资, and so is an industry's among a project list's: 生态能源业累计完成投资)
_AN_INDUSTRY = re.compile(r"(?:第[一二三]产业|工业|制造业|服务业|农业|建筑业|房地产业?)$")
_KEPT_AFTER_COMPLETED = re.compile(r"(?:年度)?(?:建安)?(?:投资|整改|产值|营业收入)|(?:总)?工程量")  # (…改造完成工程量82%)  # LABELLING: <projects>完成投资 (建安投资)
# Bounds that are verbs too: 突破关键技术10项 names what it breaks through, 总额突破100亿元 does not.
_TAKES_OBJECT = ("突破", "超过")
_CUT_WITH_OBJECT = ("减少",)
# What may stand between a verb and its figure without being its object (减少了19.8%, 减少约达7.29%)
_VERB_PARTICLES = re.compile(r"(?:了|约|近|逾|达|高达)*")
_DONE_INVESTMENT = re.compile(r"(?<=项目)完成投资$")
_PLAN_SETS_ASIDE = "计划安排"
# Money set aside (编列, 投入资金, 安排经费 …), then what for (推动…, 用于…)
_MONEY_GIVEN = re.compile(r"(?:编列|投入|安排|拨付|斥资|筹措|筹集|下达|预留|拨出|拨款|增拨)(?:资金|经费)?(?:合共|共)?(?:约|近|超过?)?$")
_ANOTHER_AMOUNT = re.compile(r"[及和与、]\d")
_PURPOSE = re.compile(r"用于|用作|作为?(?=[\u4e00-\u9fff])|推动|推进|改善|打造|扩大|兴建|新建|建设|实施|汰换|支持|支援|资助|设立|补助|提升|完善|加强|开展|保障|改造|增购|购买|采购")
# (用于乡村振兴, 作某某新区发展专用款项: a preposition before the purpose, no part of its name)
_PURPOSE_PREPOSITION = ("用于", "用作", "作", "作为")
_A_SHARE_IN_WORDS = re.compile(r"(?:[一二三四五六七八九]成|半数|一半|过半|[一二三四五六七八九十]+分之[一二三四五六七八九十]+)(?![\u4e00-\u9fff])")
# A verb or adverb glued to the number: 比重达2.6%, 总额超100亿元, 收入均增长 (but not 人均), 优良率在92%,
# 城镇化率再提升, 合作社各10家, 产量保持14亿斤; and a rank's 进入全省前30位.
# How many years a figure was summed over (五年, 这五年, 过去五年来): when, no part of what
_YEARS_TOLD = r"(?:这|过去)?[二三四五六七八九十]年来?"
_NO_ABOUT = "(?<![签节制预公契条])"  # (签约, 节约, 制约: no 约 of "about")
_TRAILING_VERB = re.compile(
    # (and adverbs: 逆势增长, 历史性突破, 双双突破, 平均为, 连续13年稳定在, 达人民币5.67兆元)
    rf"(?:平均|(?<!人)均|每年|(?:未来|今后)[一二三四五六七八九十]年|(?<=[\u4e00-\u9fff])了|高达|达|超|为|在|再|各|{_NO_ABOUT}约|共|等|也|逆势|历史性|双双|人民币|新台币|连续(?:\d+年)?|首次|预期|预计|保持|发展到|继续|持续|累计|已|将会|将|(?<=[\u4e00-\u9fff]{{2}})(?<![主需重纲摘提])要|(?<=[\u4e00-\u9fff]{{2}})(?<![许认])可|百分之|拟安排|安排|进展(?:较好|顺利|良好|较快|不够理想|较慢|滞后)|约合|折合|的?(?:临时|初步|修订)估计(?:数|值)?|(?<=[\u4e00-\u9fff]{2})未来|先后|相继|接连|每人每[年月日天]|人均每[年月日天]|每[月日天]|实质大|同样|编列|原列|计列|核列|(?<=[\u4e00-\u9fff]{{2}})(?<![汇改主新])编|下达|拨付|下拨|拟按|拟|力争|确保|争取|新增|[一二三四]季度|[上下]半年|前三季度|年底|年末|年内|"
    r"全年|当年|当月|(?<=[\u4e00-\u9fff]{2})实际|(?<=[\u4e00-\u9fff]{2})(?<![就即正总还只都也要可不但或乃])是|"  # (地区生产总值全年增长4.2%, 居民人均可支配收入实际增长7.4%)
    rf"(?<![\u4e00-\u9fff]){_YEARS_TOLD}|"  # (…,五年累计完成9360亿元: how long, no part of what)
    r"在?[〇零一二三四五六七八九]{4}年(?:第?[一二三四]季度?)?|在(?:19|20)\d{2}年(?:第?[一二三四1-4]季度?)?|"  # (本地生产总值在二零一九年第三季…, 增加价值在2024年第二季: when)
    # (how far, and Hong Kong's and Macau's words: 货物出口则按年实质急挫, 失业率在首季下跌至, 服务输出明显扩张)
    r"则|亦|按年|按季|按月|同比|实质|明显|大幅|小幅|进一步|显著|温和|轻微|首季|第[一二三四]季度?|"
    r"却|更是|虽然?|仍然?|仅有|仅剩|仅为|(?<=[\u4e00-\u9fff]{2})仅|只有|"  # (补助收入却减少202亿, 到位率更是高达207.53%, 长期债务仅剩约40亿元)
    r"(?<=项目)有|(?<=[\u4e00-\u9fff]{2})(?<![国私公所共拥占没还])有|"  # (10亿元以上项目有55个, 经常收入有524亿元)
    r"(?:(?:进入|跻身|位居|位列)(?:全国|全省|全市)?|全国|全省|全市)前)$"
)
_WORDS = lexicon()
# A place before its verb is the subject, no part of the name (某市共实施重点项目, 某区新开工项目).
_SUBJECT_PLACE = (
    r"[\u4e00-\u9fff]{2,4}[省市县区州](?:人民)?(?:政府)?"
    r"(?=预计|将|要|全年|累计|先后|已|共|实施|实现|安排|新?引进|新?签约|新?开工|新建|建成|新增|培育)"
)
# Adverbs, time words and verbs before a name (积极争取上级资金28.98亿元: the verb's object is
# the name), and 到2025年.
_LEAD_WORD = re.compile(
    rf"(?:{alternation(_WORDS.name_fillers + _WORDS.object_verbs)}|到?\d{{4}}年(?:度|底|末)?(?:(?:至|到|[-—~～])\d{{4}}年)?[,，]?|连续\d+年"
    r"|\d{4}[/-]\d{2,3}(?:财政)?年度的?"  # (2023/24年度经常开支: a financial year, Hong Kong's)
    # (在二零一九年第三季与上年同期比较: a quarter written in Chinese numerals, and the base compared with)
    r"|在?[〇零一二三四五六七八九]{4}年(?:第?[一二三四]季度?)?|与(?:去年|上年)同期(?:比较|相比)"
    # (115年度政策性预算, 110年编列经费: a year of the Republic of China calendar; 102年至105年经济成长率: a span)
    rf"|(?:中华民国|民国)?{ROC_YEAR}年度?(?:(?:至|到|[-—~～]){ROC_YEAR}年度?)?"
    r"|【[^】]{1,10}】|〔?[^〔〕]{1,16}〕"  # (【高雄讯】本市…, 〔记者某某/台北报导〕…: a news item's dateline tag)
    # (陈茂波又说再额外预留200亿元: who said it, a news item's words, no part of what)
    r"|[\u4e00-\u9fff]{2,4}(?:又|亦|还|也|则)?(?:说|称|表示|指出|透露|宣布)[,，:：]?"
    r"|[\u4e00-\u9fff]{2,4}(?:今天?|今日|昨天?|昨日|日前|近日)(?:公布|发布)"  # (主计总处今公布…: the news item's source)
    r"|(?:数据|公报|报告|统计|调查|结果)?显示(?![屏器面])[,，:：]?"  # (…统计公报》,显示贵阳常住人口…: what the source shows)
    r"|(?:以及|及)(?!时)(?=[\u4e00-\u9fff]{2})"  # (…1.85亿元,及补助促进产业发展基金11.56亿元: the list's joint)
    r"|按(?:常住|户籍)人口(?:计算|计)?[,，]?"  # (按常住人口计算人均地区生产总值: how it is counted)
    r"|不?经季节性调整(?:的|后)?"  # (经季节性调整的失业率: how it is counted)
    r"|第[1-4一二三四]季度?末?|首季度?"  # (今年第2季出口…, 第3季末总人口…, 首季…: when)
    r"|(?:19|20)\d{2}(?=[\u4e00-\u9fff])"  # (2016陕西GDP增7.6%: a headline's year, 年 left out)
    # the subject's place before its verb: 2023年某某市预计地区生产总值增长7%, 某市共实施重点项目
    rf"|{_SUBJECT_PLACE}"
    # a target recalled: 年初确定的目标为新增市场主体3000户
    r"|(?:年初|既定|原定)?(?:确定的)?(?:主要)?(?:预期)?目标(?:任务)?(?:为|是)"
    r"|(?<=.)(?:和|与|及|、)|共(?![享建同青产治商])|并(?![购网联表轨行列存举])"  # …并安装路灯1000盏
    r"|了(?![解结])"  # (完成了年度任务的21%: the particle left of a verb cut off)
    r"|使(?=全[市县区省州镇乡])"  # (使全市大健康产业…占GDP比重达到20%: the causative before its subject)
    # the years ahead a figure is for (未来5年公营房屋建屋量)
    r"|(?:报告)?(?:预计)?(?:未来|今后)(?:[一二三四五六七八九十]|\d{1,2})(?:\s*[至到—\-~]\s*(?:[一二三四五六七八九十]|\d{1,2}))?个?年(?:内|间)?|下一个?(?:十|[一二三四五])年期?"  # (报告预计未来3至4年…, 下一个十年期…)
    # a period of the year: 1—11月规上工业总产值, 前三季度
    r"|\d{1,2}\s*[—\-~～至到]\s*\d{1,2}月份?|前[一二三]季度|上半年|前\d{1,2}个月"
    r"|(?:[〇零一二三四五六七八九]{4}年)?(?:十[一二]|[一二三四五六七八九十])月份?的?(?=[\u4e00-\u9fff]{3})"  # (二零一三年十一月的零售业总销货价值)
    # a day the level is given at: 截止六月底完成投资59.6亿元
    r"|截[至止](?:目前|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末|份)?|年底|年末|上半年末?|前三季度末?)[,，]?"
    # the places the work is done in (在17个乡镇(街道)硬化道路: the count before them is a scope)
    rf"|(?:{alternation(_WORDS.place_nouns)})(?:[(（][^)）]{{1,8}}[)）])"
    rf"(?=(?:{alternation(_WORDS.object_verbs)}))"
    rf"|(?:{alternation(tuple(w for w in _WORDS.place_nouns if len(w) > 1))})(?=(?:{alternation(_WORDS.object_verbs)}))"
    # a verb's alternative in brackets: 新建(改扩建)公办幼儿园
    rf"|[(（](?:{alternation(_WORDS.object_verbs)})[)）])"
)
_LEAD_WORDS = re.compile(rf"^(?:{_LEAD_WORD.pattern})+")
# A list item's mark is no part of its name: ●经济增长, 六、单位GDP能耗, (2)新建中小学.
_LIST_MARK = re.compile(
    r"^(?:(?:[^\w\s(（“\"《【\[]+|(?![一二]、[二三](?:、三)?次?产业)[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．](?!\d)|[(（][一二三四五六七八九十\d]{1,2}[)）]"
    r"|[一二三四五六七八九十]是(?=[\u4e00-\u9fff]{2}))\s*)+"  # (三是对…开展内镜检查3万名)
)  # and marks after marks: 11.*建成…
_FILLERS = re.compile(rf"^(?:{alternation(_WORDS.name_fillers)}|{_SUBJECT_PLACE})+")
_FILLER_END = re.compile(rf"(?:{alternation(_WORDS.name_fillers)})$")
_SHORTEST_OBJECT = 2
# A bound glued to the number is no part of the name: 消费近15亿元, 仅此2家, 总额超100亿元.
_TRAILING_BOUND = re.compile(rf"{_NO_ABOUT}(?:{alternation(_WORDS.above + _WORDS.within + _WORDS.about)}|仅此|仅)$")
_NOT_A_NOUN = "和与及或的以左等"
_CURRENCY_AFTER = ("人民币", "美元")  # 4000亿元人民币: the unit's currency, not what the number describes  # …增长2%等: 等 ends a list
_NOUNS_FROM_JOINERS = ("和美", "和谐")  # what may follow a number without starting the name of what it counts
# up to a clause end, list mark or next number (but 5G基站 is a thing counted)
_COUNTED = re.compile(r"(?:\d[Gg])?[^\s,，;；。:：!！?？、\d０-９]+")
# Which payment of a grant (新一期, 第一期, 首期, 额外一次, 半额即): said between the verb and the amount.
_INSTALMENT_END = re.compile(r"(?:新一期|第[一二三四五六七八九十\d]期|首期|额外一次|半额即)$")
_OBJECT_VERB_END = re.compile(rf"(?<=.)(?:{alternation(_WORDS.object_verbs)})$")  # a subject before the verb
# A rate of completion of a goal: 为年度预算的102.3%, 完成年度任务的114%, 分别完成目标任务的117%.
# (and a goal given by the level above: 完成市分配任务的142.4%, 上级下达目标任务)
_GIVEN = r"(?:(?:[省市县区]|上级)(?:分配|下达)的?)?"
_COMPLETION = re.compile(
    rf"(?:^|[^\u4e00-\u9fff]|分别|均)(?:完成|为|达到|(?P<share>占))了?(?P<goal>{_GIVEN}(?:年度|全年|年)?(?:总量|总额)?(?:目标任务|任务|计划|预算|目标))(?:[(（][^)）]{{1,16}}[)）])?的?$"  # (完成全年总量目标的107%, 完成年任务(40.2亿元)的32.5%)
)
# 工业投资、技改投资均增长15%, …分别完成目标任务的117%: the number is each one's (人均 is no 均).
# (and A、B达到“双100%”: both of them)
# (and A、B等指标保持20%以上的增速: each of those listed)
_INDICATORS_WORD = re.compile(r"(?:主要)?(?:经济)?指标")
FOR_EACH = re.compile(rf"(?<![人年平亩地])均(?!衡|等|值)|都|分别|双双|“双$|等{_INDICATORS_WORD.pattern}")  # (not 人均, 年均, 平均, 亩均, 地均)
_CONDITION_LEAD = re.compile(r"^\s*在")
_A_YEAR = re.compile(r"(?:19|20)\d{2}年")  # a year inside a clause's words (生产总值2018年突破…)
# Verbs of intent before the object they strive for (力争实现地区生产总值增长…): the object names it.
_INTENT = ("力争", "确保", "争取")
_OBJECT_NAMED = re.compile(r"(?:实现|完成|达到)[\u4e00-\u9fffA-Za-z]{2,}?(?:增长|达到|突破)")  # 实现地区生产总值增长
# Time and filler words before a bare verb (预计2020年实现144亿元): the verb alone names nothing.
_MONTHS = r"\d{1,2}月?\s*[—\-~～至到]\s*\d{1,2}月份?"  # a span of months: 1—9月, 1月至11月, 1-12月份
_WHEN_LEAD = re.compile(
    rf"^(?:{alternation(_WORDS.name_fillers)}|(?:19|20)\d{{2}}年(?:底|末)?|{_MONTHS}|{_YEARS_TOLD})+"
)  # (1—9月完成428.3亿元, 五年累计完成9360亿元: a period, then a bare verb)
# A month or a year's month a clause opens with (10月本港整体出口…, 2024年3月…): when, not a figure
_DATE_FIRST = re.compile(r"^(?:(?:19|20)\d{2}年)?\d{1,2}月份?")
_AMONG = re.compile(r"^[\s、,，]*在(?:全|同|各|所有)[^,，;；。在]{1,12}?中")  # 在全省地级市中, 在同类城市中
_A_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}[省市区县旗]")  # a subject place before 实现 (静安区实现…)
# A list breaking a figure down by place (…344个,分别为:霍邱县52个、舒城县52个), the places' word
# before it (各县区…开工率) and a zone among the places (市开发区14个)
_WHICH_ARE = re.compile(r"为(?=[\u4e00-\u9fff]{2,})(?![^,，;；。]*?\d)")  # (…5个为省级重点项目: what they are)
_STEPS_AFTER = re.compile(r"[^,，;；。\d]{0,8}台阶")  # (3个千亿元台阶: steps climbed, no figure)
_PLACE_FIRST = re.compile(r"[\u4e00-\u9fff]{1,6}?[省市区县旗]")  # the shortest: 甲市 of 甲市地区生产总值
# (…安置点6个(西秀区1个、普定县1个): the breakdown in brackets right after the total)
_BROKEN_DOWN = re.compile(r"[,，]?(?:分别为|分别是|其中)[:：]|[(（]")
_DONE_BY_PLACE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:完成|实现|新增|建成|达到|达)$")
# (县区党政主要负责同志外出招商195批次,分别为:舒城县35次: 舒城县党政主要负责同志…, the places' word gone)
_EACH_PLACE = re.compile(r"^(?:各县区|各县市区|各县\(市、区\)|各县（市、区）|各区县|各县|各区|各市|各地|县区|县市区|区县)")
_ZONE_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:开发区|高新区|新区|园区)")
# What a count is compared with, after it (新认定高新技术企业7家同比增长…): not what it counts.
_COMPARED_AFTER = re.compile(rf"(?:同比|比上年|较上年|比去年|较去年|按年|按季|按月)|{CHANGE_AFTER.pattern}")  # (按年增15.8%: Hong Kong's and Macau's)
# 由A降到B, 从A提高到B, 由13677户49479人减至887户1472人: where a figure started, and where it got to
# (由上年729万人增加到…; 从年人均580元提高到610元, 由每月600元提高至650元: per head or per month)
_FROM = re.compile(
    # (由原来估算平均每月200亿元调整至190亿元: the estimate before, revised)
    # (从“十三五”末的117亿元增长至…, 由上季的1.5%下跌至…: when it started, said with 的)
    # (由2022年10月至12月的3.5%下跌至…: a span of months, Hong Kong's three-month figures)
    r"(?:从|由)(?:上年|去年|年初|上年末|(?:19|20)\d{2}年(?:末|底|\d{1,2}月(?:\s*[至到—\-~]\s*(?:(?:19|20)\d{2}年)?\d{1,2}月)?)?|原来?(?:估算|预算|预计)?|[^\d,，;；。从由至到的]{1,8}?)?的?(?:平均)?(?:每人每[年月]|每[人年月亩户]|[年月]?人均)?"
    r"(?:不足|约|接近|近)?(?=\d)"
)
_TO = re.compile(r"到|至")
_MOVED_ON = re.compile(r"[ \u3000]*[\u4e00-\u9fff]{0,4}?(?:到|至)(?=\d)")  # (…,加码至2万元; …,下跌至首季的… is not)
# How a figure was counted, said before its change (按省口径计算增长11.1%, 剔除…不可比因素增长7.8%,
# 考虑政策性减收因素同比增长11.9%, 同口径增长15.5%): no name; the change is of the figure named before.
_BASIS = re.compile(
    r"^[\s、,，]*(?:近)?[\d一二三四五六七八九十]+年(?:来|间|累计)?(?=(?:增长|下降|提高|降低)$)|"  # …1350亿元,3年增长58.6%
    r"按[^,，。;；]{0,12}?(?:口径|价格|价)(?:计算)?|(?:若|如)?(?:剔除|扣除|考虑|不含)[^,，。;；]{0,30}?(?:因素(?:影响)?后?|后|(?=[,，;；。]))"  # (剔除房地产业后)
    r"|(?:按)?(?:同|可比|自然|商务部|外汇局|外管局|统计|财政)口径(?:计算|统计)?"  # (实际使用外资商务部口径…580万美元)
    r"|(?:可比价?|(?:按)?现价(?:计算)?)(?=(?:增长|下降)$)"  # 收入7.7亿元,可比下降13.1%; 增加值可比增长3%, 现价增长3.5%
    r"|(?:^|(?<=[,，、\s]))自然(?=(?:增幅|增长|增速)$)"  # 收入3.5亿元,自然增幅2%
)
_RATE_WORD = re.compile(r"增速|增长速度|增幅|降幅|涨幅|升幅")
# A change of the growth rate just given, compared with a period before (比去年同期加快2.2个百分点,
# 较上年回落0.9个百分点: the rate word left out).
# (较一季度(-10.8%)回升: with the earlier period's own rate in brackets)
_EARLIER = (
    rf"同比|(?:比|较)(?:(?:去年|上年)(?:\d{{1,2}}月份?)?|{EARLIER_PERIODS})(?:同期|末)?"  # (较去年12月放缓)
    r"(?:[(（][-−－]?[\d.#]+[%％#]?[)）])?"
)
_EACH_RATE_CHANGE = re.compile(rf"分别(?:{_EARLIER})?(?:加快|放缓|回落|回升|提高|下降|上升|降低|提升|收窄|扩大|高|低)")
_RATE_CHANGE_LEAD = re.compile(
    rf"(?:(?:增速|增长速度|增幅|降幅|涨幅|升幅)(?:{_EARLIER}(?:降幅|涨幅|升幅)?)?|{_EARLIER}(?:增速|增幅|降幅|涨幅|升幅)?)"
    r"(?:加快|放缓|回落|回升|提高|下降|上升|降低|提升|收窄|扩大|高|低|快|慢)"
)  # (增速比1季度回落0.2个百分点, 增速放缓0.5个百分点: the rate word said; 比上半年高1.5个百分点;
# 降幅比1-7月收窄1.9个百分点, 比1-7月涨幅回落0.4个百分点: a fall's or a price rise's rate)
# (生产总值(GDP): the name's abbreviation, said once)
_ASIDE_AT_END = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?:验资|预计|快报|初步核算|初步统计|现价|可比价|下同|GDP|CPI|PPI)[)）]$")
_GLOSS = re.compile(r"[(（](?:包括|包含|含|即|指|不含|不包括)[^()（）]{4,40}[)）]")  # (not 一级以下(含一级): a short one bounds it)
_PART_OF = re.compile(r"(?<=[\u4e00-\u9fff]{2})部分(?:[(（][^)）]{1,8}[)）])?(?=[\u4e00-\u9fff])")
_OR_AMOUNT = re.compile(r"或(?:超|过)?\d+(?:\.\d+)?(?:万|亿)?(?:元|美元)")
_PART_VERB = re.compile(r"^(?:新建|续建|在建|改建|扩建|新开工|竣工|投产|建成|开工)")  # (其中新建108个)
_KIND_CHARS = 4  # a level of what is counted, named in brackets after the count (省级, 市县级, 国家级)
# A period or an outcome before a bare verb: 1—9月完成, 全年预计完成, 截至年底达到
_RANK_PHRASE = re.compile(r"(?:稳居|位居|位列|居|跻身|进入)(?:全国|全省|全市|西部|中部|东部)?(?:前[一二三四五六七八九十\d]+(?:强|位|名)?|第[一二三四五六七八九十\d]+(?:位|名)?)")
_MILESTONE_VERB = re.compile(r"(?:突破|超过|跨越|迈上|跨上|站上|首次超)$")
_PERIOD_OR_OUTCOME = re.compile(rf"(?:{_MONTHS}|全年预计|预计全年|截至\S{{0,6}}?)(?:完成|实现|达到|达)$")
_PERIOD_END = re.compile(rf"{_MONTHS}$")  # (重点工程1月至11月累计完成投资)
# (较“十三五”末的9323.1亿元增加…; a budget's 比今年704.9亿元增加3.7亿元)
# (and a budget's base: 较去年度法定预算数141.68亿元,减少91.2亿元; 较114年度法定预算数277.27亿元,增加…)
# (较2022年首季的111.2亿元增加14.4%, 较107年的39万1565元增加7631元: a year first, then its period)
_BASE_BEFORE = re.compile(
    r"(?:较|比)(?:(?:(?:19|20)\d{2}|\d{2,3})年)?(?:[^,，;；。\d]{0,12}的|(?:[上去今]年|(?<=年))度?(?:同期)?的?(?:法定)?(?:预算数|预算|编列数)?|年初)$"
)
# (较去年同期的267.9亿元增67.2%, …的23.44亿元多近2.28倍: Macau's and Hong Kong's bare verbs too)
_EARLIER_IN_BRACKETS = re.compile(r"[(（](?:(?:19|20)\d{2}年|上年|去年)(?:同期)?(?:为|是)?")
_CHANGE_OR_GAIN_AFTER = re.compile(r"[,，]?\s*(?:增加|增长|提高|减少|下降|上升|下跌|回落|(?:增|升|减|降|跌|多|少)(?:了|约|近)?(?=\d))")
_SHARE_WORDS = ("占比", "比重")
# A share of the figure just given in a whole (占31%, 占全省的21.5%, 占全市比重为44.7%, 总量占…的61.4%)
# (not a goal's: 占年度投资计划45.2% is a completion rate; 占总人口比重为46.5% names itself)
_SHARE_OF_WHOLE = re.compile(
    r"(?:总量|总额|规模)?占(?!比)(?P<whole>全[国省市区县]|(?![^\d,，;；。]*(?:计划|任务|目标|预算|比重|比例))[^\d,，;；。的]{0,6}?)的?(?:为|达到?)?"
)
_DONE_ALONE = re.compile(r"(?:实际|已|共)?完成(?:了)?")
_TASK_END = re.compile(r"(?:考核)?(?:指标|任务|目标任务|目标|计划)$")
_SHARE_NAME_END = re.compile(r"(?:所占|的)?(?:占比|比重)$")
# How a figure went, said before it (财政一般预算持续增收,达到1.2亿元): the subject is before it.
_BARE_SUBJECT = 12  # characters: a clause of a noun alone, the subject of the next one's verb
_TREND_END = re.compile(r"(?:持续|稳步|稳定|快速|较快|大幅|平稳)?(?:增收|向好|好转)$")
_EACH_CHANGED = re.compile(r"[,，]\s*分别(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|提高|降低)")  # (…,分别增长71.2%、…)
_CHANGE_RIGHT_AFTER = re.compile(r"[,，、]\s*(?:同比|比上年|较上年)?(?:增长|下降|减少|提高)")
# a share said with no name of its own, after the figure it is of (also 占计划投入的90.6%, (占总投资的32.1%))
# (…,分别占总人口的; …,占比分别为74.4%、75.3%: each level's share, the whole not said)
_EACH_SHARE = re.compile(
    r"[,，]\s*(?:分别占(?P<whole>[^,，;；。、\d]{0,12}?)的?(?:比重|比例)?(?:为|是)?|占比分别(?:为|是|达到?))"
)
_SHARE_LEAD = re.compile(r"占[^,，;；。\d]{0,16}?(?:比重|比例)(?:为|达到?)?$|占比(?:为|达到?)?$|占[^,，;；。\d()（）]{1,16}?的$")
_CONVERTED = re.compile(r"[\s、,，(（]*(?:折合|约合|折|按[^,，。;；\d]{0,4}(?:\d{4}年)?[^,，。;；\d]{0,6}?汇率(?:计算|折算|换算)?(?:折合|折)?(?:为|约为|约)?)")  # (按2017年平均汇率计算为5791美元; 按年平均汇率折14464美元; 按平均汇率计算折合8301美元)
# A bare verb of more or less right before an absolute amount (支出增加23亿元, 总预算增59亿元; not 增长)
_FLOW_VERB = re.compile(r"(?<![新净年比同多少或])(?P<verb>增加|减少|(?<!增)增|(?<![减删削压缩递消])减)(?:了|约|近|逾)?$")
_WHERE_SPENT = re.compile(r"^在(?P<what>[\u4e00-\u9fff]{2,}?)上$")  # 在经济发展支出上增加…: where, the spending
_EMPTY_BRACKETS = re.compile(r"[(（]\s*[)）]")
_NEW_ONES = re.compile(r"(?:新增|新登记|新注册|新设立?|净增)(?=[\u4e00-\u9fff]{2})")
_PLAN_FIGURE_BEFORE = re.compile(
    rf"(?:^|[^\u4e00-\u9fff])(?:完成|为|(?P<share>占))(?P<goal>{_GIVEN}(?:年度|全年|年)?(?:计划|目标任务|目标|任务|预算))(?P<bracket>[(（])?$"
)  # (完成年任务(40.2亿元)的32.5%: the goal's figure in brackets; 完成市分配任务25亿元的142.4%)
# A higher figure striven for, right after the floor of the same one (超330亿元、力争达350亿元; 增长6%、力争达到6.5%)
_STRIVEN_MORE = re.compile(r"[\s、,，]*(?:力争|争取|努力|奋斗目标|力争目标)(?:达到|达|实现|增长|突破|超过)?")  # (确保目标增长12%,奋斗目标增长14%)


def _hoped_higher(a: Quantity, b: Quantity) -> bool:
    return a.unit == b.unit and a.value < b.value
_OBJECT_VERBS = re.compile(rf"(?:{alternation(_WORDS.object_verbs)}|提升|提质|改造提升)+")
_CLAUSE_END = re.compile(rf"[，;；。:：\n]|(?<!\d),|,(?!{DIGIT_GROUP_AHEAD})")  # (not 1,210.89亿元's thousands separator)
_ANY_DIGIT = re.compile(r"\d")
_GOAL_BEFORE = re.compile(r"(?<=.)(?<![定达])目标(?:为|是)?$")  # not 超省定目标5天
# The goal words before a name: 某市今年主要预期目标是地区生产总值增长… (the subject is before them).
_GOAL_LEAD = re.compile(r"目标(?:任务)?(?:是|为|定为|设定为|设为|包括)[,，:：]?")
_QUOTED_FIGURE_LEAD = re.compile(r"(?:增长|提高|下降|降低|达到|控制在)$")
_PLACE_PREFIX_CHARS = 8  # 广西壮族自治区
_DIVISION_SUFFIXES = "省市县区州旗盟"
_TIME_BEFORE_NAME = re.compile(r"^(?:(?:19|20)\d{2}年|本年|今年|全年|去年|上年|全省|全市|全区|全县)+")
# (10件民生实事共38家…: 共 is the next number's; 10件民生实事由231名代表…: so is 由)
_TOTAL_BEFORE = re.compile(r"(?:共|共计|合计|总计|由|经)$")
_QUOTED_NAME = re.compile(r"“[^“”,，;；。\n]{1,16}”")
_COUNTED_END = re.compile(rf"(?<=.)(?:{alternation(_WORDS.counted_end)})")
_COUNTED_START = re.compile(rf"(?:{alternation(_WORDS.counted_end)})")
_DEED_ADVERBS = re.compile(rf"(?<=..)(?:{alternation(_WORDS.deed_adverbs)})+$")  # 项目顺利(竣工) → 项目
_MEASURE = re.compile(r"(?:总)?投资(?:额)?|产值|营业收入|营收|(?:发行|签约|合同)?(?:总)?金额")
MEASURE_WORD = re.compile(r"(?:品牌价值|增加值|总值|总产值|排放量|排放总量|主营业务收入|主营收入|营业收入|投资|产值|营收|收入|总额|余额|产量|面积|出口|进口|销售额|销量|利润|税收|人次|人数|饲养量|出栏量|存栏量|用电量|发电量)$")
# The kind of the things listed, counted after them: …、休闲旅游等四大千亿级产业(增加值).
# (or right after the last item: …、石油化工三大主导产业; not 、五大传统支柱产业, an item of its own)
_KINDS_NAMED = re.compile(r"(?:等|(?<=[\u4e00-\u9fff]))(?:[一二三四五六七八九十两]|\d+)(?:大|个|类|项|条|种)(?=[^、,，;；]+$)")
_INDUSTRY_BEFORE = re.compile(r"(?:产业链|产业|行业|规上工业|规模以上工业)$")  # (高新技术和数字经济规上工业增加值)
_YEARS_LISTED = re.compile(r"(?:^|[,，\s])(?:(?:19|20)\d{2}年?[、和及至到—\-~])+(?:19|20)\d{2}年(?:度)?[\s,，]*$")
_SHARE_HEAD = re.compile(r"占[^占,，、]{1,10}?(?:的)?(?:比重|比例)$|(?:比重|占比)$")
_YEAR_FIRST = re.compile(r"^(?:19|20)\d{2}年度?")
_OPEN_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?:其中|含|包括|预计|初步|快报|下同)[^)）]*$")  # (地区生产总值(预计数,下同): cut at its comma)
_WHEN_IN_ALL_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:前三季度|[一二三四]季度|[上下]半年|全年)?(?:共|累计|合计)?$")
_EXPECTED_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![市县区省州旗镇乡])预计(?!完成|实现|达到|达|增长|突破|超过|新增|全年)(?=[\u4e00-\u9fff]{2})")
_KINDS_BETWEEN = re.compile(r"个?大?(?:类|方面|领域|板块)")
_ANOTHER_PERIOD = re.compile(
    r"(?:而|但|且)?在?(?:(?:19|20)\d{2}年|[〇零一二三四五六七八九]{4}年)?(?:第?[一二三四]季度?|[上下]半年|首季|前三季度)"
    r"(?:则|亦|也)?(?:按年|同比)?(?:实质|实际)?(?:上升|下跌|增长|下降|回落|回升|扩张|收缩)?"
)
_SO_FAR_FIRST = re.compile(r"^(?:共|累计|已)(?=[\u4e00-\u9fff])")
_IN_ALL_INSIDE = re.compile(
    rf"(?<=[\u4e00-\u9fff]{{2}})(?<!公)共(?=外出|接待|走访|办理|培训|帮助|投入|{alternation(_WORDS.object_verbs)})"  # (通组公路共开工建设…)
)
# (…、电子信息等行业产值: each one's 行业产值; …、日用玻璃制品等产品产量: each one's 产量, 产品 the kind)
_ETC_KIND = re.compile(rf"等(?:产品|商品)?(?=(?:行业|产业)?{MEASURE_WORD.pattern})")
# 一般公共服务、教育、科学技术等支出同比增速: each one's 支出 (the change said of the list is each one's)
_ETC_MEASURE = re.compile(rf"等(?P<measure>(?:支出|{MEASURE_WORD.pattern.removesuffix('$')}))(?:同比)?(?:增速|增幅|增长率?)?$")
# 高于全国、全省平均增速 / 超时序进度: the comparison and its base(s).
_COMPARISON = re.compile(
    # (增速分别高全国、全省0.6、1.3个百分点: 高 alone before the places compared with)
    r"(?P<cmp>高于|快于|好于|优于|低于|慢于|超过|超出|高出|领先|超|差|(?<=分别)[高低快慢](?=全[国省市县区]))(?P<base>[^\d,，;；。]*?|(?:19|20)\d{2}年)$"
    r"|比(?P<said_base>[^\d,，;；。比]{1,16}?)(?:平均)?(?:水平|增速|增幅)?(?:分别)?(?P<said_cmp>高出?|快|低|慢)$"  # 比全国高: 高于全国
)
_SAID_COMPARISON = {"高": "高于", "高出": "高于", "快": "快于", "低": "低于", "慢": "慢于"}
_RATE_ONLY = re.compile(r"(?:实际|名义)?(?:增速|增幅|增长速度)")  # 实际增速比全国高: the growth before is compared
_NOMINAL = re.compile(r"名义|现价")
# (比全省(7.4%)和全国(6.3%)分别高…: each base's own, listed before the gaps)
_BASE_RATE_AT_END = re.compile(r"[(（][-−－]?\d+(?:\.\d+)?[%％][)）](?=(?:[和、及与][^\d,，;；。]{1,10})?(?:分别)?(?:高出?|快|低|慢)?$)")
_BASE_TAIL = re.compile(r"(?:的)?(?:平均)?(?:水平|增速|增幅|速度)?$")
_GOAL_BASE = re.compile(r"^(?:全年)?(?:增速|增长)?(?=(?:年度)?(?:目标|计划)$)")  # 高于全年增速目标: 高于目标 (超年度目标 kept)
MEASURE_AFTER = re.compile(r"完成(?:投资|产值|营业收入)|出栏|存栏")  # (生猪、牛、羊分别出栏…: 生猪出栏, 牛出栏)
_TRAILING_JOINER = re.compile(r"(?:和|与|及|或|等)$")
_SHORT_ITEM = 2
# An editor's note in a name: 全市(下同)生产总值, 生产总值(预计数).
_NOTE = re.compile(r"[(（](?:下同|预计数?|初步统计|快报数?|同口径|可比价|以下简称[^)）]{0,6})[^)）]{0,4}[)）]|\[\d{1,2}\]|【\d{1,2}】")  # (第三产业[3]增加值: a footnote's mark)
# A pinyin reading a converting site left with a space (社會(huì )): no part of a name; lower-case with
# a tone mark, so (GDP) stays.
_RUBY_LEFT = re.compile(r"[(（](?=[a-zü ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zü āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,9}[)）]")
# A share opened in brackets after what it is the share of (煤炭行业(占比75.4%), 工业(占全市的40%))
_SHARE_OPENED = re.compile(r"(?P<name>[^()（）]+)[(（]占(?:比|[^()（）]{1,8}?的?(?:比重)?)(?:为|达)?$")
_CHANGE_VERB = re.compile(r"(?:同比|比上年)?(?:增长|下降|增加|减少|上升|回落|提高|降低)")
_BARE_VERB = re.compile(r"(?:连续\d+年)?(?:达到|达|为|增至|增加到|提高到|提升到|稳定在|保持在|迈上|跨上|站上|迈入|跨越|迈过|跨过|至|到|来到)")  # (上升3.3%至5602亿元: 至 leads to the level)
# A budget passed as amended (岁入预算1681亿余元,删除3.5亿,修正通过1677亿元): the budget proposed before, in its unit
_VOTED_THROUGH = re.compile(r"(?:修正|审议|审查|[二三]读)通过")
# A level reached, said right after a growth with no name of its own (增长6%左右、突破2.6万亿元;
# 增长5%,首次超过800亿元): the growth's figure; a bound is a verb here, as 迈上 is.
# (…增长10%、力争完成65亿元: the level striven for)
_REACHED = re.compile(rf"(?:力争|争取|确保|努力)?(?:首次|率先|一举|历史性)?(?:{_BARE_VERB.pattern}|突破|超过|超|完成|实现)")
# A milestone written in words, passed on the way to the level (首次突破百亿元大关,): no figure between
_MILESTONE_IN_WORDS = re.compile(r"^(?:首次|一举|历史性)?(?:突破|跨越|迈上|站上)[一二三四五六七八九十百千万亿两]+[^\d,，。;；]{0,4}?(?:大关|台阶)[,，、]?")
_REACHES_A_LEVEL = re.compile(rf"(?:{_REACHED.pattern})\d")  # 增长12.6%达92.9亿元, 上升3.3%至5602亿元: a rate, then its level
# The next item's name and figure right after a rate (收入增长10.7%规上工业增加值增长19%: a page that
# lost its separators), not what the rate describes (but 在减产5.3%情况下 is a condition).
_NEXT_CHANGE = re.compile(r"(?!情况|条件|前提|基础)[\u4e00-\u9fff]{2,16}?(?:(?:增长|下降|增速|增幅|提高|降低)[^\d,，。;；]{0,4})?\d")
# A milestone passed, said after its number: 突破1000亿元大关, 迈上1.2万亿元新台阶.
MILESTONE_AFTER = ("大关", "新台阶", "大台阶", "台阶")
_SPOKEN_MILESTONE = re.compile(
    r"^(?:首次|一举|历史性)?(?:突破|迈上|跨上|站上|跨越|跨过)[一二三四五六七八九十百千万亿两]+[^\d,，;；。]{0,4}?(?:大关|台阶)[,，、]?"
)
_PASSED = re.compile(rf"^\s*(?:{'|'.join(MILESTONE_AFTER)})[、,，\s]*")
_TOTAL = re.compile(r"总数|总量|总额|总计")  # a total, of the figure before it
_TOTAL_LEAD = re.compile(rf"^(?:{_TOTAL.pattern})")
# The level reached, said right after a milestone passed: 突破400亿元大关,达到417亿元.
_MILESTONE_TAIL = re.compile(r"^[，,、 ]*(?:大关|新台阶|大台阶|台阶)?[，,、 ]*")
REACHED_AFTER_MILESTONE = re.compile(
    r"(?:大关|新台阶|大台阶|台阶)?[,，、]?(?:(?:19|20)\d{2}年(?:底|末)?[,，]?)?(?:首次|已经|已)?(?:达到|达|为|至)"
)  # (跨越4万亿元台阶,2017年达到4.5万亿元: the year the level was reached)
_ASIDE_WORD = re.compile(r"其中|具体(?:来看|而言)?|分项看|(?:包括|包含|含)[^,，;；。\d]{1,16}在内")  # words before a breakdown (or an aside: 包括简约公屋在内)
# The years before the one reported on (a condition 在…的基础上 about them names no figure of it).
_EARLIER_YEARS = re.compile(r"连续(?:\d+|[两二三四五六七八九十]+)年|每年|去年|上年")
_CONDITION_SUBJECT = re.compile(r"(?P<subject>[^\d,，;；。在]{2,16})在[^,，;；。]{0,30}基础上[,，]")
# An average over the years before, said after a growth (两年平均增长5.6%): that figure's average.
_AVERAGE = re.compile(
    r"(?:(?:19|20)\d{2}[-—~至到](?:19|20)\d{2}年|“?十[一二三四五六七八九]五”?(?:以来|期间|时期))?[,，]?"  # (2021-2024年年均增长)
    r"(?P<span>(?:[两二三四五]|\d)年平均|年均|累计)(?:增长|增速|下降|降低|提高|减少)(?:达到|为|达)?"
)  # (…289.6亿元、年均增长11.1%: its own; 能耗下降3%,“十四五”以来累计降低12%)
# a time, not a name (“十四五”以来: since the plan period began)
_WHEN = re.compile(
    r"[一二三四]季度|上半年|下半年|年底|年末|年内|全年|(?:19|20)\d{2}年度?|“?[十][一二三四五六七八九]五”?(?:以来|期间|时期)?"
    r"|截[至止](?:目前|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末)?|年底|年末|上半年末)"  # (截至9月底已完成19项, 截止六月底完成投资…)
)
# Words that pair two names in one (城乡居民 → 城镇居民, 农村居民; 金融机构存贷款余额 → …存款余额,
# …贷款余额; 粮油产量 → 粮食产量, 油料产量), and 一二三产 (each sector's 产).
_CITY_SIDE = ("低保", "最低生活保障", "特困")  # schemes whose town side is named 城市
_PAIRS = {"城乡": ("城镇", "农村"), "粮油": ("粮食", "油料"), "城、乡": ("城镇", "农村"), "存贷": ("存", "贷"), "存、贷": ("存", "贷"),
          "进出口": ("进口", "出口"), "产销": ("产", "销"), "轻重": ("轻", "重"),  # (轻、重工业占比)
          "开竣工": ("开工", "竣工")}  # (开竣工率均达100%)
_SECTORS = re.compile(r"([一二三])、?([一二三])(?:、?([一二三]))?(?=产)")
_PULL = re.compile(rf"{PULL}$")
_PULL_ANYWHERE = re.compile(PULL)
_CONTRIBUTION = re.compile(r"(?:对[\u4e00-\u9fff]{0,12}?的?)?贡献率$")  # 第一产业贡献率 → 第一产业
_THREE_SECTORS = ("第一产业", "第二产业", "第三产业")
# Items of one character each, listed before the words they share (大、中型企业, 水、电、气价格)
# (only before 型 or a price, where the last item is plainly one character too: not 猪、牛、羊、家禽出栏)
_ONE_CHARACTER_EACH = re.compile(r"^(?P<items>[\u4e00-\u9fff](?:、[\u4e00-\u9fff])+)(?=型[\u4e00-\u9fff]|价格|费)(?!.*、)")
_THREE_SECTORS_NAMED = re.compile(r"(?:第?一、?二、?)?三次产业")  # (and 第一、二、三次产业)
_SIDE_WORDS = ("城镇", "农村", "城市", "乡村", "城区", "农民")
# Pairs of one-character halves (存贷, 产销): in 存、贷款余额 each half takes what follows the second.
_PAIRED_HALVES = frozenset(pair for pair, sides in _PAIRS.items() if len(pair) == 2 and all(len(s) == 1 for s in sides))
# 和/与/及 join names, but not inside words: 普及, 涉及, 和美乡村, 参与.
# (not 和平, but 全省平均水平和全国: a level, then the next item)
_CONJ = re.compile(r"(?<![温饱总柔缓])(?<!(?<!水)平)和(?![美谐睦])|(?<![参给赋])与|(?<![普涉以波危触惠顾提论])及(?![时早])|、")
# 的 and a goal or a level after a number: the number is its value (完成37.8亿元的年度投资计划).
_GOAL_AFTER = re.compile(r"的[^,，;；。:：\d]{0,8}?(?P<goal>水平|目标|任务|计划)(?=$|[,，;；。])")
_GOALS_ONLY = re.compile(r"(?:奋斗|预期|力争|确保)?目标")
_GOAL_WORD = re.compile(r"(?:目标|任务|计划)$")  # 年度投资计划 → 年度投资 (LABELLING: <projects>年度投资)
_NAMED_GOAL_AFTER = re.compile(r"“[^”]{1,12}”(?:目标|任务)")  # 1000亿元以上“三个千亿”目标
# An amount added to a level (粮食增产 is a name; 达到272天,比上年增加17天: 空气优良天数增加).
_TASK_DONE = re.compile(r"[已均]?(?:全面|提前|超额|圆满|顺利)*完成了?(?:年度|全年)?(?:目标)?任务")
_OUTPUT_CHANGED = re.compile(r"增产|减产")  # said of a rate, the words name nothing
# (比上年年初预算增加1800亿元; a budget's 比今年减少23.1亿元: next year's against this one's)
# (and Taiwan's, against a year of the Republic of China calendar: 较109年度成长58亿元)
_BASE_YEAR = rf"[比较](?:(?:[上去今]|{ROC_YEAR}|(?:19|20)\d{{2}})年度?|上一?期|上[月季])"  # (较上一期增加700人)
# (总人口(68.8万人)按年增加1500人: Macau's and Hong Kong's year on year, a base like 比上年: 总人口增加)
_INCREMENT = re.compile(
    rf"净增(?:加)?|净减(?:少)?|多增|少增|(?<!粮食)增产|(?<!粮食)减产|{_BASE_YEAR}[^,，;；。\d]{{0,6}}?(?:增加|减少|成长|新增)"
    r"|按年(?:增加|减少)"
)
_INCREMENT_BASE = re.compile(rf"^(?:{_BASE_YEAR}[^,，;；。\d]{{0,6}}?|按年)(?=增加|减少|成长|新增|$)")  # the base compared with names nothing
_INCREMENT_END = re.compile(rf"(?:{_INCREMENT.pattern})$")
_FLOW_NAMED = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:增加|减少)$")  # (LABELLING's verb-named flow: 支出增加)
# A level's change in its own unit said right after it (…7322.2公顷,减少193公顷; 结婚登记(717宗)亦减少220宗)
_SAME_UNIT_FLOW = re.compile(r"[\s\u3000,，)）]*(?:亦|也|则|又)?(?P<verb>增加|减少)(?:约|近)?\s*")
# An amount over the year's goal, said after the level (完成17亿元,超额完成年度任务2.1亿元,增长20.6%):
# a figure of its own, <indicator>超年度任务; the change after it is the level's.
_EXCESS = re.compile(r"(?:超额完成|超出?|超过)(?P<goal>(?:年度|全年|预期)?(?:目标)?(?:任务|计划|目标))")  # (超预期目标60亿元)
# (not 超50万元和经营性收入超30万元: another figure joined on, nor a bare 万)
_NAME_THEN_COUNT = re.compile(
    rf"(?:(?![和与及或])[\u4e00-\u9fff“”]){{1,12}}?\d+(?:\.\d+)?(?:{alternation(tuple(COUNT_UNITS - {'万', '亿'}))})"
)
_COUNT_BEFORE = re.compile(rf"\d(?:{alternation(tuple(COUNT_UNITS))})$")  # 230个 right before a number
# 628项需某市继续保障实施的行政职权事项, 480户符合条件的困难家庭: a clause on what is counted,
# before what it is
_RELATIVE = re.compile(r"(?:需要?|应当?|待|拟由|由|符合|具有|具备|满足)[^\d,，;；。、的]{0,16}的")
# 50户以上, 60岁及以上, 35-64岁: a threshold or an age range in what a count counts
_THRESHOLD = re.compile(  # (1处1万平方米以上的社区公园: a unit with its magnitude, then 的)
    r"\d+(?:\.\d+)?[^\d\s,，;；。、]{0,5}?(?:及以上|以上|以下)的?|\d+\s*[-—~～至到]\s*\d+\s*(?:周岁|岁)"
)
# A service to people counted (为2.5万名困难妇女提供免费体检, 为7万名妇女免费做宫颈癌筛查): the count
# is of people served, named by the service, which says what is measured (LABELLING_NOTES 43).
_RECIPIENTS_BEFORE = re.compile(r"(?:为|对|给)[^\d,，;；。为对给]{0,12}$")
_RECIPIENT_UNITS = frozenset(("名", "万名", "人", "万人", "人次", "万人次"))
_SERVICE_VERB = re.compile(r"(?:提供|进行|开展|实施|接种|做)")
# A share of a set achieved: 实现90%以上的建制村通公交 (LABELLING_NOTES 15: the set and what it achieves).
_SHARE_WHAT = re.compile(r"的?(?P<what>[\u4e00-\u9fff“”]+)")
_IN_A_SHARE = re.compile(r"实现\d+(?:\.\d+)?%(?:以上|左右)?的[^\d,，;；。]*$")
_CLAUSE_STOP = re.compile(r"[,，;；。]|、(?:为|对|给)")
_FREQUENCY = re.compile(r"^\d+(?:次|轮|项)")
_EXAMPLES = re.compile(r".*等(?![级次于同待])")  # up to the last 等 of a list of examples
_ECONOMY = re.compile(r"(?:^|[将把]|香港|澳门|台湾)(?:今年|明年|全年|本年)?经济(?:平均)?(?:每年)?(?:实质|实际)?$")  # (香港经济平均每年实质增长3%)
_ALL_OF_THEM = re.compile(r"(?:[均都]|双双)(?:同比|比上年)?[\u4e00-\u9fff]{0,3}$")  # 均增长, 都要达到: right before the number
# 工业增加值、固定资产投资分别增长5%: one number after 分别 is each listed one's too.
_EACH_OF_THEM = re.compile(rf"(?:(?:[均都]|双双|分别)(?:同比|比上年)?[\u4e00-\u9fff]{{0,3}}|“双|等{_INDICATORS_WORD.pattern}[\u4e00-\u9fff]{{0,3}})$")  # (…等指标保持: each)



@dataclass(frozen=True)
class Naming:
    """What a text says one of its numbers is.

    ``name`` is the indicator the text gives the number to ('' when none: 80%的村); a nameless
    change takes its level's (``地方财政收入21.1亿元,增长94.4%`` → 地方财政收入 for both). ``words``
    are the words that name it alone: the clause before it, or its share of a list (``城镇和农村
    居民人均可支配收入分别增长7%和8%`` → 城镇居民人均可支配收入 for 7%). ``level`` is the index of the
    quantity whose change it is, its own index otherwise.
    """

    name: str
    words: str
    level: int
    # the other levels a change shared by a list is also the change of (城镇和农村居民人均可支配收入
    # 分别达35512元、25689元,分别增长7.8%: 7.8% is 35512元's, and 25689元's too)
    shared: tuple[int, ...] = ()
    # the figures a reader must see to give it its name (工业投资增长40.3%,…,分别比1-4月加快9.1个、…:
    # the rates a 分别 list of their changes pairs with, one to one; the levels a 分别 list of shares is of)
    read_with: tuple[int, ...] = ()


def name_numbers(text: str, quantities: list[Quantity]) -> list[Naming]:
    """The :class:`Naming` of each of ``quantities`` (``find_quantities(text)``), in order; read
    without the whitespace a PDF extraction leaves inside sentences (:func:`~.numbers.unwrap`)."""
    flat, origin = unwrap(text)
    if origin is not None:
        at = {o: k for k, o in enumerate(origin)}
        quantities = [replace(q, start=at[q.start], end=at[q.end - 1] + 1) for q in quantities]
    reader = _Reader(flat, quantities)
    out = []
    for i in range(len(quantities)):
        level = reader.level(i)
        name, words = reader.own(level)
        name = reader.with_threshold(level, name)
        if name in _GENERIC_MEASURES:
            name = reader.owner_of_measure(level) or name
        elif _A_KIND_OF_GOAL.fullmatch(name):  # 社会消费品零售总额:底线目标929亿元,…;奋斗目标938亿元: the heading's
            name = reader.heading_before(level) or name
        elif name in _BARE_INVESTMENT:  # 房地产业投资稳中有升,全年完成投资21.7亿元: the investment told of
            owner = reader.went_before(level)
            name = owner if owner.endswith("投资") else name
        elif MEASURE_WORD.fullmatch(name):  # 制造业增加值增长11.6%,实现增加值10.57亿元: the change's name says whose
            name = reader.change_named_before(level) or name
        name = _period_swapped(name, words)
        read_with = reader.paired_rates(i) or reader.levels_of_listed_shares(i)
        out.append(Naming(name, words, level, tuple(reader.shared_levels(i)[1:]), read_with))
    return _levels_then_flows(flat, quantities, _sector_ratios(flat, quantities, _bracketed_levels_listed(flat, quantities, out)))


# The part of a year a figure is of, at the start of its name or its words (一季度, 第二季, 上半年, 1-6月)
_PERIOD_START = re.compile(
    r"^(?:前三季度|[一二三四]季度|第[一二三四1-4]季度?|[上下]半年|全年|\d{1,2}\s*[-—~～至到]\s*\d{1,2}月份?|\d{1,2}月份?)"
)


def _period_swapped(name: str, words: str) -> str:
    """``name`` with its period made the words' own: a change said with another period alone
    (一季度生产总值增长5.4%,二季度增长5.2% → 二季度生产总值) is of that period."""
    said, own = _PERIOD_START.match(words.lstrip(" \u3000,，、;；")), _PERIOD_START.match(name)
    if said and own and said.group() != own.group():
        return said.group() + name[own.end() :]
    return name


# The economy's structure as a ratio of its three sectors (三次产业结构为9.5:41.5:49.0, 三次产业结构比
# 由24.1:37.2:38.7调整为23:37.7:39.3): each number is its sector's share, named by the structure's
# own words; a ratio it was adjusted from is a base, no item.
_RATIO_JOINT = re.compile(r"\s*[:：∶︰]\s*")
_SECTORS_STRUCTURE = re.compile(
    r"(?:第?[一二三][、和]?[一二三][、和]?[一二三]次?|三次)产业(?:结构|构成)?"
    r"(?:占(?:GDP|地区生产总值|生产总值|经济总量)?的?)?(?:比例|之比|占比|比重|比|结构)?"  # (三次产业占GDP比重为…)
)
_ADJUSTED_TO = re.compile(r"\s*(?:调整|优化|转变|演变|变化|变)?(?:为|到|至)(?:(?:19|20)\d{2}年(?:底|末)?的?)?")  # (…调整为2016年底的…)


def _sector_ratios(text: str, qs: list[Quantity], out: list[Naming]) -> list[Naming]:
    """``out`` with each run of three unitless numbers joined by colons named as its sectors' shares
    when the clause before names the sectors' structure, each quoted with the whole ratio."""
    first = 0
    while first < len(qs):
        run = _joined_run(text, qs, first, _RATIO_JOINT)
        first = run[-1] + 1
        if len(run) != len(_THREE_SECTORS) or any(qs[k].unit for k in run):
            continue
        structure = _last_structure(text[: qs[run[0]].start])
        base = first < len(qs) and _ADJUSTED_TO.fullmatch(text, qs[run[-1]].end, qs[first].start) is not None
        for k, sector in zip(run, _THREE_SECTORS):
            name = f"{structure}({sector})" if structure and not base else ""
            out[k] = replace(out[k], name=name, level=k, shared=(), read_with=tuple(run))  # (quoted whole)
    return out


def _joined_run(text: str, qs: list[Quantity], first: int, joint: re.Pattern[str]) -> list[int]:
    """Indexes of the quantities from ``first`` on, each joined to the one before by ``joint`` alone."""
    run = [first]
    while run[-1] + 1 < len(qs) and joint.fullmatch(text, qs[run[-1]].end, qs[run[-1] + 1].start):
        run.append(run[-1] + 1)
    return run


def _last_structure(before: str) -> str:
    """The sectors' structure named in the clause before a ratio (三次产业结构由…: 三次产业结构)."""
    clause = re.split(r"[,，;；。]", before)[-1]
    found = list(_SECTORS_STRUCTURE.finditer(clause))
    return found[-1].group() if found else ""


# Places or kinds listed each with its level in brackets, then the measure they share and 分别 their
# changes (输往中国内地(1.2亿元)与一带一路国家(8732万元)的货值按年分别上升2.9%和39.7%), as Macau's and Hong
# Kong's releases write them: each level is its item's measure, the changes theirs one to one.
_SHARED_MEASURE = re.compile(
    # (…旅客较2023年同期分别增加16.3%及1.7倍: the base said before 分别)
    # (…新来澳人士(874人)及准许居留人士(317人)分别增加29人及118人: no measure, each one's own flow)
    r"\s*[)）]的?(?P<measure>[\u4e00-\u9fff]{0,8}?)(?:则)?(?:按年|同比|[较比](?:(?:19|20)\d{2}年|上年|去年|上一?期)(?:同期)?)?"
    r"(?:分别|均)(?P<verb>上升|下跌|增长|下降|减少|增加|上涨|回落)"
)
_RISES = ("上升", "增长", "增加", "上涨")


def _flow_word(verb: str) -> str:
    """LABELLING's word for a flow said with ``verb`` (增, 上升 → 增加; 减, 下跌 → 减少)."""
    return "增加" if verb in _RISES or verb.startswith("增") else "减少"


def _as_flow(naming: Naming, index: int, name: str, flow: str, read_with: tuple[int, ...]) -> Naming:
    """The ``index``-th quantity's ``naming`` as LABELLING's verb-named flow of the level named
    ``name`` (就业人口减少): a figure of its own, quoted with the levels and flows it was read with."""
    return replace(naming, name=(name + flow) if name else "", level=index, shared=(), read_with=read_with)


_BRACKET_JOINT = re.compile(r"\s*[)）]\s*(?:、|与|及|和|以及)\s*(?P<name>[^()（）\d,，。;；、]{1,12}?)\s*[(（]\s*")


def _bracketed_levels_listed(text: str, qs: list[Quantity], out: list[Naming]) -> list[Naming]:
    named: set[int] = set()
    for first in range(len(qs)):
        if first in named or not text[: qs[first].start].rstrip().endswith(("(", "（")):
            continue
        run = _joined_run(text, qs, first, _BRACKET_JOINT)
        shared = _SHARED_MEASURE.match(text, qs[run[-1]].end)
        changes = list(range(run[-1] + 1, run[-1] + 1 + len(run)))
        if len(run) < 2 or not shared or changes[-1] >= len(qs) or any(qs[k].kind != "level" for k in run):
            continue
        flows = all(_flow_of(qs[k], qs[c]) for k, c in zip(run, changes))  # (分别增加29人及118人)
        if not flows and any(qs[c].kind != "growth" for c in changes):
            continue
        measure = shared.group("measure")
        flow = _flow_word(shared.group("verb"))
        named.update(run)
        for k, c in zip(run, changes):
            joint = _BRACKET_JOINT.match(text, qs[k - 1].end) if k != first else None
            item = joint.group("name") if joint else out[k].name  # (the first item's name is its own)
            name = (item + measure) if item else ""
            out[k] = replace(out[k], name=name)
            if flows:  # LABELLING's verb-named flow, a figure of its own
                out[c] = _as_flow(out[c], c, name, flow, (*run, *changes))
            else:
                out[c] = replace(out[c], name=name, level=k, shared=())
    return out


# Levels listed one a clause (就业人口为37.11万人,本地就业居民为28.61万人), then the amounts each moved
# by (,较上一期分别减少900人及1,700人): LABELLING's verb-named flows, 就业人口减少 and 本地就业居民减少.
_LEVEL_JOINT = re.compile(r"\s*[,，、]\s*[^\d,，。;；、()（）]{1,12}?(?:为|是|达到?|有)\s*")
_FLOWS_AFTER = re.compile(
    r"\s*[,，]?\s*(?:[较比](?:(?:19|20)\d{2}年|上年|去年|上一?期|上季度?|上月)(?:同期|末)?)?分别(?P<verb>减少|增加)(?:了|约)?\s*"
)
_FLOW_JOINT = re.compile(r"\s*(?:、|及|和|与|以及)\s*")


def _levels_then_flows(text: str, qs: list[Quantity], out: list[Naming]) -> list[Naming]:
    first = 0
    while first < len(qs):
        run = _joined_run(text, qs, first, _LEVEL_JOINT)
        after = run[-1] + 1
        told = _FLOWS_AFTER.fullmatch(text, qs[run[-1]].end, qs[after].start) if len(run) > 1 and after < len(qs) else None
        flows = _joined_run(text, qs, after, _FLOW_JOINT)[: len(run)] if told else []
        if told and len(flows) == len(run) and all(_flow_of(qs[k], qs[c]) for k, c in zip(run, flows)):
            flow = _flow_word(told.group("verb"))
            for k, c in zip(run, flows):
                name = out[k].name
                out[c] = _as_flow(out[c], c, name, flow, (*run, *flows))
        first = run[-1] + 1
    return out


def _flow_of(level: Quantity, after: Quantity) -> bool:
    """Whether ``after`` is an amount the ``level`` moved by: a level in the same unit or a smaller one
    of the same measure (366.22万人, …减少3,100人)."""
    unit = level.unit.lstrip("万亿")
    return after.kind == "level" and bool(unit) and after.unit.lstrip("万亿") == unit


_TIME_TAKEN = re.compile(r"^(?:用|仅用|历时)?(?:\d+(?:\.\d+)?(?:个月|天|年|小时|周|日))?的?时间")
# A measure word that names nothing alone (亿元以上项目增多,数量达431个; 地方一般公共预算收入增速达30.9%,
# …,规模达到2727.1亿元): the figure is of what the sentence spoke of before it.
_GENERIC_MEASURES = frozenset({"数量", "规模", "总量", "总数", "个数"})
_BARE_INVESTMENT = frozenset({"投资", "完成投资"})
_A_KIND_OF_GOAL = re.compile(r"(?:底线|奋斗|力争|保底|预期|挑战)(?:目标)?|目标")
_HEADING_END = re.compile(r"[:：,，]")
_SENTENCE_STOP = re.compile(r"[。;；!！?？\n]")
_FULL_STOP = re.compile(r"[。!！?？\n]")  # (a sentence's end, not its semicolons)
# 亿元以上项目增多: the verb that tells how the thing named before it went
_WENT = re.compile(
    r"(?:不断|持续|快速|大幅|明显|稳步|平稳)?(?:增多|增加|扩大|壮大|提升|增长|发展)|稳中有[升进增]|企稳回升|止跌回升|回升|向好"
)


def _drop_lead_words(text: str) -> str:
    """``text`` without the adverbs and verbs it starts with, unless that turns an indicator of
    the alias table into another phrase (新增城镇就业 stays whole)."""
    stripped = _LEAD_WORDS.sub("", text)
    if stripped == text or (is_known_indicator(text) and not is_known_indicator(stripped)):
        return text
    if not is_known_indicator(stripped):  # 全市预期新增城镇就业: the fewest words an indicator of the table keeps
        pos, known = 0, ""
        while (m := _LEAD_WORD.match(text, pos)) and pos < m.end() < len(text):
            pos = m.end()
            known = text[pos:] if is_known_indicator(text[pos:]) else known
        if known:
            return known
    if text.startswith(_WORDS.kept_nouns):  # 建成区绿化覆盖率: 建成区 is a noun, not a verb's object
        return text
    # 新增学位: 学位 alone says nothing; nor 率 first in a list (开工率、投产率: 开工 is no verb there)
    # (当年签约当年开工率达到: what is left before the verb, 率, says nothing either)
    verb = _NAME_END.search(stripped)
    core = stripped[: verb.start()] if verb and verb.end() == len(stripped) else stripped
    if len(core) <= _SHORTEST_OBJECT or len(_CONJ.split(stripped, 1)[0]) < _SHORTEST_OBJECT:
        kept = _FILLERS.sub("", _YEAR_FIRST.sub("", text))  # (2022年计划投资: the year names nothing)
        return kept if kept else stripped
    return stripped


def _names_of_list(text: str, n: int) -> str:
    """The names of a list of ``n`` items without the words before them, but verbs listed as items
    stay (新建、改扩建幼儿园分别为4所、6所: each verb names its figure)."""
    stripped = _drop_lead_words(text)
    kept = _FILLERS.sub("", text)
    if len(_CONJ.split(stripped)) < n == len(_CONJ.split(kept)):
        return kept
    return stripped


def _named_before_its_verb(words: str) -> bool:
    """Whether words name something before their own verb (围绕主导产业确保|全年实际使用内资增长)."""
    words = _drop_lead_words(words)
    verb = _NAME_END.search(words)
    # (确保目标增长8%: 目标 is what is striven for, no name)
    return verb is not None and verb.start() >= _SHORTEST_OBJECT and not _GOALS_ONLY.fullmatch(words[: verb.start()])


# A sentence's own subject after its period (上半年全县…, 1-6月全市…): what comes before it is another clause
# (not 达到全市常住人口每千人…: without a period, the place may be the verb's object's)
_NEW_SUBJECT = re.compile(
    r"(?:[上下]半年|全年|前三季度|[一二三四1-4]季度|\d{1,2}\s*[-—~～至到]\s*\d{1,2}月份?)[,，]?(?:全|我)[省市县区镇州旗]"
)
# One quoted name, a list inside its quotes (“电动机械、仪器和用具及零件”: a category's name)
_QUOTED_WHOLE = re.compile(r"[“「『][^“”「」『』]+[”」』][^、“”「」『』]*")
# The conjunction a list's next item opens with, after the figure before (…(2.3%)和本地居民失业率(2.9%))
_LIST_CONJUNCTION = re.compile(r"^[)）]?(?:以及|和|与|及)(?![平谐会睦顺]|美(?!国)|去年|上年|上月|同期)")  # (not 和美乡村, a word; not 与去年同期相比, a base)


def name_before(lead: str) -> str:
    """The indicator in the words before a number: ``确保全年固定资产投资增长`` → ``固定资产投资``."""
    text = _LIST_MARK.sub("", _after_bracket(_NOTE.sub("", _RUBY_LEFT.sub("", lead)).strip(" \u3000\n,，、;；:：(（")))
    text = _LIST_CONJUNCTION.sub("", text)
    if text.endswith(_PLAN_SETS_ASIDE) and _LEAD_WORDS.fullmatch(text):
        return _PLAN_SETS_ASIDE  # (年度)计划安排195亿元: the money a plan sets aside (its words are verbs else)
    if _BARE_VERB.fullmatch(text):
        return ""  # 上升3.3%至5602亿元, 增加2.6%,来到19.78%: the level a change leads to, named by the change's name
    text = _ASIDE_AT_END.sub("", text)  # 实际利用外资(验资)0.93亿元: the aside says how it was counted
    text = _GLOSS.sub("", text)  # 农林牧渔业(包括…辅助性活动)增加值: a gloss on what is counted is no part of it
    text = _PART_OF.sub("", text)  # 岁入部分(含收入)删减: the part of a budget is the budget's side
    text = _TIME_TAKEN.sub("", text)  # 1个月时间拆除地上建筑17.6万平方米: how long it took is no part of what
    text = text.rstrip("-−－+＋")  # 增长-18.9%, 通讯设备(+30.6%): the sign is the figure's
    text = _GOAL_BEFORE.sub("", text)  # 新增就业目标1200万: the goal's figure is the figure's
    text = _IN_ALL_AT_END.sub("", text)  # 签约金额合计17.51亿元: "in all" is no part of what
    text = _after_goal_words(text)
    text = _PROJECTS_INVESTED.sub(r"\g<projects>完成\g<measure>", text)
    text = _IN_ALL_INSIDE.sub("", text)  # 县区党政主要负责同志共外出招商: 共 says how many, no part of what
    text = _EXPECTED_INSIDE.sub("", text)  # 公营房屋预计建屋量: 预计 says how sure, no part of what
    text = _GOVERNMENT_FIRST.sub("", text)  # 市府编列…预算, 苗栗县政府岁出预算: the government speaks (the report's own)
    while True:
        text = _drop_lead_words(text)
        m = _NAME_END.search(text)
        if m is None:
            break
        if _ECONOMY.search(text, 0, m.start()) and m.group() in ("增长", "增速"):
            return "经济" + m.group()  # 经济增长6%: 经济 alone names nothing (昆山将经济增长目标设为…)
        if m.start() > 0:
            rest = text[m.end() :]
            if _NEW_SUBJECT.match(rest):
                text = rest  # 农业生产质效提升上半年全县农林牧渔业总产值: a heading run into the sentence under it
                continue
            if m.group() in _INTENT and (_OBJECT_NAMED.match(rest) or _named_before_its_verb(rest)):
                text = rest  # 全市经济社会发展力争实现地区生产总值增长…: what is striven for names it
                continue
            if _OBJECT_NAMED.match(text, m.start()) and _only_a_subject(text[: m.start()]):
                text = rest  # 内蒙古要完成地区生产总值增长, 昆山预计实现…: the subject, then what it does
                continue
            if not rest or _NAME_END.search(rest):
                text = text[: m.start()]
            elif m.group() == _KEEPS_OBJECT:  # 重点项目完成投资200亿元: <projects>完成投资
                # (重点项目累计完成投资: an adverb before 完成 is no part of the name)
                # (1-12月份完成投资: a period is no part of it either)
                kept = _KEPT_AFTER_COMPLETED.match(rest)
                planned = kept and _PLANNED_END.search(text, 0, m.start())  # (LABELLING: <projects>计划投资)
                before = text[: m.start()] if planned else _PERIOD_END.sub("", _FILLER_END.sub("", text[: m.start()]))
                before = "" if _LEAD_WORDS.fullmatch(before) else before
                an_industrys = rest.startswith("投资") and _AN_INDUSTRY.search(before)
                text = before + (text[m.start() :] if kept and not an_industrys else rest)  # 交易中心完成交易金额 → 交易中心交易金额
            elif m.group() in _TAKES_OBJECT and _A_SHARE_IN_WORDS.match(rest):
                text = text[: m.start()]  # 投产项目已超过半数、达54.13%: the share said in words names nothing
                break
            elif m.group() in _TAKES_OBJECT:  # 在重点领域突破关键技术10项: the object is the name
                text = rest
            elif m.group() == "实现" and (
                _FILLER_END.search(text, 0, m.start()) or _only_a_subject(text[: m.start()]) or _LEAD_WORDS.fullmatch(text[: m.start()])
            ):  # (某州共实现签约项目16个: 共 is an adverb)
                text = rest  # 昆山预计实现地区生产总值…, 静安区实现区级…收入: a subject (and an adverb), then the object
            elif m.group() == "实现" and MEASURE_WORD.search(rest):
                # 第二产业实现增加值: the part's measure (…服务业前三季度共实现增加值: not when, nor "in all");
                # 限上商贸企业实现批发零售业商品销售额: the firms' measure, named in full
                text = _WHEN_IN_ALL_END.sub("", text[: m.start()]) + rest
            else:
                text = text[: m.start()]
            break
        cut_with_object = m.end() < len(text) and not _VERB_PARTICLES.fullmatch(text, m.end())
        if m.group() in _CUT_WITH_OBJECT and cut_with_object and not _NAME_END.search(text, m.end()):
            break  # 减少农村贫困人口1.2万人: what is cut is named with the cut (LABELLING: 削减煤炭消费)
        text = text[m.end() :]  # 力争增长…: a verb first, keep looking after it
    # (贡献率合计为59.1%: "in all" left at the end once its verb is cut)
    while (trimmed := _IN_ALL_AT_END.sub("", _TRAILING_BOUND.sub("", _TRAILING_VERB.sub("", text)))) != text:
        text = trimmed
    name = _ASIDE_AT_END.sub("", text.strip(" \u3000,，、的"))  # (生产总值(GDP)增长5%: after the verb is cut)
    if name.count("“") > name.count("”"):  # 268个“一村一品”…: a quote left open is no part of it
        # (某网1月12日讯 “2030年某区地区生产总值9150亿元…: a speech quoted, the words before it the news item's)
        opened = name.rfind("“")
        name = name[opened + 1 :] if name.count("“", 0, opened) == name.count("”") and opened + 1 < len(name) else name
        name = name.replace("“", "")
    if _OPEN_ASIDE.search(name):  # 重点项目(其中63项…: an aside opened after the name is no part of it
        name = _OPEN_ASIDE.sub("", name)
    examples = _EXAMPLES.search(name)
    if examples and _INDICATORS_WORD.fullmatch(name, examples.end()):
        name = name[: examples.end() - 1]  # 一般公共预算收入、规下工业营业收入等指标: the ones listed, each
    elif examples and len(name) - examples.end() >= _SHORTEST_OBJECT:
        name = name[examples.end() :]  # 建成东部过境高速等道路35条: the name is what they are examples of
    if _LEAD_WORDS.fullmatch(name) or _BASE_ONLY.fullmatch(name):
        return ""  # 新建的32.79万吨…: a verb names nothing; nor 较上任时 (增加80%), the base of a change
    name = _GIVEN_TO.sub("", _TREASURY_ADVERB.sub("", name))  # 困难家庭高校新生发放资助金: to whom, then what (资助金), is the name
    name = _IN_ALL_BEFORE_VERB.sub("", name)  # (当月共签约项目12个: 共 says "in all")
    name = _AT_AN_EVENT.sub("", name)  # (在深圳的招商推介会上签订框架性协议项目6个: where, no part of what)
    if name.endswith("总量") and is_known_indicator(name[:-2]):
        name = name[:-2]  # 地区生产总值总量为52.22亿元: the indicator's own name says it
    name = _SO_FAR_INSIDE.sub("", name)  # 服务业累计营收: how far it is counted is no part of what
    name = name.replace("占到", "占")  # 民生支出占到一般公共预算支出的74.7%: the share, as a share is named
    name = name.rstrip("(（")  # 马来西亚（升72.0%）: the bracket the figure is in opens after the name
    return _without_place(_PERIOD_SCOPE.sub(r"\g<period>", name))


# The government that speaks, before what it counts: the report's own (Taiwan's 县府, 市府)
_GOVERNMENT_FIRST = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,4}[省市县])?(?:人民)?政府(?=岁[入出]|总预算|预算)|^[省市县]府(?=[\u4e00-\u9fff]{2})"
)
# A count said done (已完成2个, 已送230场) and a task's state (正在施工中), each with its progress in brackets.
_DONE = r"已(?:经)?(?:全部)?(?:完成|建成|送|发放|开工|交付|办结)"
_DONE_BEFORE = re.compile(rf"{_DONE}[^,，;；。]{{0,2}}$")
_DONE_AT_END = re.compile(rf"{_DONE}$")
_UNDER_WAY = re.compile(r"(?:正在|正|已)?(?:施工|建设|推进|实施|进行)中$")
_TASK_SIZE = re.compile(r"^\s*\d+(?:\.\d+)?[个项条座所处件场户家]")  # (6个老旧小区改造正在施工中(90%))
_AT_AN_EVENT = re.compile(r"^在[^,，;；。在]{2,16}?(?:会上|会中|活动中|期间|现场)(?=[\u4e00-\u9fff]{3})")
_IN_ALL_BEFORE_VERB = re.compile(rf"^共(?=(?:{alternation(_WORDS.object_verbs)})[\u4e00-\u9fff])")
# What a change is compared with, alone before its verb (较上任时增加约80%, 比上年同期增加): no name.
_BASE_ONLY = re.compile(
    r"较[\u4e00-\u9fff]{1,8}(?:大幅|明显|显著)?|比(?:上年|去年|上月|上季度|年初|同期|今年度?|本年度|上年度)[\u4e00-\u9fff]{0,6}"
    r"|同期|与(?:去年|上年)(?:同期)?(?:相比|比较)?"  # (到位资金7.13亿元,同期增长39%; 与上年同比增8.7%; 与去年相比降低…)
    rf"|{MULTIPLE_OF_BASE}?"  # (是2016年的2.1倍; a name has lost its 的)
)
_MULTIPLE_AT_END = re.compile(rf"{MULTIPLE_OF_BASE}$")
# Nouns a count may be of that say only what one unit is (18.9万个单位: flats): the measure is named before.
_UNIT_NOUNS = ("单位",)
# Nouns a count may be of that say only what kind of thing, whose is named before the count
# (电子信息产业专班2个项目, 新签约3个项目).
_GENERIC_COUNTED = ("项目",)
_DEED_VERB = re.compile(r"新?(?:签约|开工|竣工|投产|落地|签订|引进|招引)")  # (what was done with them)
_AMONG_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![高初集其])中$")
_HAVE_END = re.compile(r"(?:先后|共|还|都|均)?有$")
_IN_ALL_AT_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:合计|总计|共计|合共|总共|一共|(?<![统会设估预审累])计)$")  # (预留合共, 岁出计)
_SO_FAR_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})累计(?=[\u4e00-\u9fff]{2})")


# A verb of giving or allotting between whom or what kind and the thing given (…新生发放资助金,
# 科技产业类安排正式项目): no part of the name; but after the treasury that gives (省财政拨付下达资金,
# 市县财政安排预算资金) the verbs say what its money is, and only an adverb between goes (共, 已, 需).
_GIVEN_TO = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?<!财政)(?<!发放|安排|拨付|兑现|下达|提供)(?:发放|安排|拨付|兑现|下达|提供)(?=[\u4e00-\u9fff]{2})"
)
_TREASURY_ADVERB = re.compile(r"(?<=财政)(?:已经?|需|共|将|拟)(?:明确)?(?=发放|安排|拨付|兑现|下达|提供|落实)")


# A period, then the scope (二季度全省地区生产总值): the scope is the report's.
_PERIOD_SCOPE = re.compile(
    r"^(?P<period>[一二三四]季度|[上下]半年|前三季度|\d{1,2}[-—~～至到]\d{1,2}月)(?:全[省市县区州旗国]|本[省市县区])(?=.)"
)


def _only_a_subject(words: str) -> bool:
    """Whether ``words`` before a verb are a place and fillers only (内蒙古要, 某县将, 昆山预计)."""
    while (shorter := _FILLER_END.sub("", words)) != words:
        words = shorter
    return _A_PLACE.fullmatch(words) is not None or is_place_name(words)


def _after_goal_words(text: str) -> str:
    """The words after the goal words said before a name and its verb (某市的主要预期目标是生产总值
    增长 → 生产总值增长); ``text`` itself when the goal words come after the name (生产总值预期目标为增长)."""
    m = None
    for m in _GOAL_LEAD.finditer(text):
        pass
    if m is None:
        return text
    start = m.end() + (2 if text.startswith(("实现", "达到", "完成"), m.end()) else 0)  # (目标是实现技工贸总收入增长)
    verb = _NAME_END.search(text, start)
    return text[start:] if verb and verb.start() > start else text


@lru_cache(maxsize=4096)  # grounding reads the rules' names again
def _without_place(name: str) -> str:
    """An indicator of the table without the places (and time) said before it: 浙江服务业增加值,
    深圳本年GDP, 广东2023年地区生产总值, 广东省珠海市金湾区地区生产总值 → the indicator (the
    report's place is the report's)."""
    while (shorter := _one_place_off(name)) != name:
        name = shorter
    return name


def _one_place_off(name: str) -> str:
    if len(name) <= _SHORTEST_OBJECT + 1:
        return name
    measured = MEASURE_WORD.search(name) is not None
    for k in range(_SHORTEST_OBJECT, min(len(name) - 1, _PLACE_PREFIX_CHARS) + 1):
        # a place the gazetteer knows, whole (珠海市服务业增加值, not 珠海 and 市服务业增加值)
        if name[k] in _DIVISION_SUFFIXES or not is_place_name(name[:k]):
            continue
        rest = _TIME_BEFORE_NAME.sub("", _LEAD_WORDS.sub("", name[k:]))  # 某地将2023年GDP
        if len(rest) > _SHORTEST_OBJECT and (measured and len(rest) > _SHORTEST_OBJECT + 1 or is_known_indicator(rest)):
            return name if is_known_indicator(name) else rest
    return name


def _after_bracket(text: str) -> str:
    """The words after a bracket or quote closed but not opened in ``text`` (…省重点项目)完成投资 →
    完成投资; …拿地即开工”项目审批用时 → 项目审批用时), and inside a quote that the number is in
    (报告将“生产总值增长 → 生产总值增长)."""
    for close, opening in ((")", "("), ("）", "（"), ("”", "“"), ("》", "《")):
        at = text.rfind(close)
        if at >= 0 and opening not in text[:at]:
            text = text[at + 1 :]
    opened = text.rfind("“")
    if opened >= 0 and "”" not in text[opened:] and _QUOTED_FIGURE_LEAD.search(text, opened):
        text = text[opened + 1 :]
    opened = max(text.rfind("("), text.rfind("（"))
    if opened >= 0 and not _CLOSING.search(text, opened) and _indicator_first(text[opened + 1 :]):
        text = text[opened + 1 :]  # 一季度开局良好(GDP增长5.9%): the figure and its name in brackets
    return text


_CLOSING = re.compile(r"[)）]")


def _indicator_first(words: str) -> bool:
    """Whether ``words`` open with an indicator of the alias table right before their verb (GDP增长)."""
    verb = _NAME_END.search(words)
    return verb is not None and verb.start() > 0 and is_known_indicator(words[: verb.start()])


def split_shared_name(name: str, n: int) -> list[str]:
    """One name per number for shared phrasing: ``城镇和农村居民人均可支配收入`` → 城镇…, 农村…."""
    if n < 2:
        return [name]
    name = name.lstrip("—–-─•·* \u3000")  # (——城镇和农村居民…: a list mark is no part of the first name)
    listed = len([p for p in _CONJ.split(name) if p]) == n  # (进出口、实际利用外资: two names listed)
    for pair, sides in _PAIRS.items():
        at = name.find(pair)
        if at >= 0 and n == len(sides) and (not listed or "、" in pair):
            rest = name[at + len(pair) :]
            if pair.startswith("城") and rest.startswith(_CITY_SIDE):
                sides = ("城市", *sides[1:])  # 城乡低保 → 城市低保, 农村低保 (the schemes' own names)
            return [name[:at] + side + rest for side in sides]
    etc = _ETC_MEASURE.search(name)
    if etc and len(items := name[: etc.start()].split("、")) == n:
        return [item + etc.group("measure") for item in items]
    name = _ETC_KIND.sub("", name)  # 医疗器械、…、电子信息等行业产值: each one's 行业产值
    kinds = _KINDS_NAMED.search(name)
    measure = MEASURE_WORD.search(name, kinds.end() + 1) if kinds else None
    if kinds:  # 数字经济、…、休闲旅游等四大千亿级产业增加值: each one's 增加值 (电子、装备等两大产业: each one)
        name = name[: kinds.start()] + (name[measure.start() :] if measure else "")
    three = _THREE_SECTORS_NAMED.search(name)  # 三次产业贡献率分别为…: 第一产业贡献率, 第二…, 第三…
    if three and n == len(_THREE_SECTORS):
        return [name[: three.start()] + sector + name[three.end() :] for sector in _THREE_SECTORS]
    sectors = _SECTORS.search(name)
    if sectors and n == len([g for g in sectors.groups() if g]):
        # (一、二、三产业: 第一产业, …; but 一二三产增加值: 一产增加值, the short form as written)
        ordinal = "第" if name.startswith("产业", sectors.end()) and not name[: sectors.start()].endswith("第") else ""
        return [name[: sectors.start()] + ordinal + g + name[sectors.end() :] for g in sectors.groups() if g]
    one_each = _ONE_CHARACTER_EACH.search(name)
    if one_each and n == one_each.group("items").count("、") + 1:
        # 大、中型企业, 水、电、气价格: one character each, the words after the last shared by all
        items, head = one_each.group("items").split("、"), name[one_each.end() :]
        return [item + head for item in items]
    parts = [p for p in _CONJ.split(name) if p]
    if len(parts) != n:  # 工业增加值、软件和信息技术服务业营收: a name may hold 和, never 、
        parts = [p for p in name.split("、") if p]
    joined = re.split("[和与]", parts[-1]) if len(parts) == n - 1 else []
    if len(joined) == 2 and all(joined):
        parts = parts[:-1] + joined  # 日用品类和石油及制品类: only the last 和 joins, 及 is inside a name
    if len(parts) != n:
        return [name] * n
    side = next((s for s in _SIDE_WORDS if parts[-1].startswith(s)), "")
    if side and all(p in _SIDE_WORDS for p in parts[:-1]):  # (城市、县城污水处理率: 县城 is no side word)
        return [p + parts[-1][len(side) :] for p in parts[:-1]] + [parts[-1]]
    return [p + _shared_head(p, parts[-1]) for p in parts[:-1]] + [parts[-1]]


def _shared_head(item: str, last: str) -> str:
    """The words the last listed item adds for every item, ``''`` when the items end alike
    (``贷款余额、存款余额``): after the ending they share (``高新技术产业、战略性新兴产业增加值`` →
    增加值), after the length of items that start alike (``生活垃圾、生活污水有效治理率`` →
    有效治理率), or a measure word (``先进制造业、高技术产业投资`` → 投资)."""
    if item[-1:] + last[:1] in _PAIRED_HALVES:
        return last[1:]  # 金融机构存、贷款余额: 存款余额 (not 存余额)
    verb = _OBJECT_VERBS.match(last)
    if _OBJECT_VERBS.fullmatch(item) and verb and verb.end() < len(last):
        return last[verb.end() :]  # 新建、改扩建幼儿园: what the listed verbs make
    place = _PLACE_FIRST.match(last) if _A_PLACE.fullmatch(item) and len(item) > _SHORT_ITEM else None
    if place and len(place.group()) >= _SHORT_ITEM + 1 and len(last) - place.end() >= _SHORTEST_OBJECT:
        return last[place.end() :]  # 杭州市、…、丽水市固定资产投资: each place's 固定资产投资
    contribution = _CONTRIBUTION_TO.search(last)
    if contribution and contribution.start() > 0:  # 资本形成总额、…、净出口对经济增长的贡献率: each one's
        return contribution.group()
    if MEASURE_WORD.fullmatch(item) and MEASURE_WORD.fullmatch(last[: len(item)]) and len(last) > len(item):
        return last[len(item) :]  # 出口和进口货值: each one's 货值, two measures of a kind said once
    if item[-1:] == last[-1:] or MEASURE_WORD.search(item):
        return ""  # (规上工业增加值、固定资产投资: an item that is a measure already takes no head)
    for k in range(min(len(item), len(last)), 1, -1):
        at = last.find(item[-k:])
        measure = MEASURE_WORD.search(last) if at == 0 else None
        if measure:  # 工业、制造业、工业技改投资: the last one's own words are no head of the others
            return measure.group()
        if at >= 0:
            return last[at + k :]
    code = _CODE.match(last)
    if code and _CODE.fullmatch(item):  # PM2.5、PM10年均浓度, 化学需氧量(COD)、SO2排放量: each code's
        return last[code.end() :]
    if os.path.commonprefix([item, last]) and len(last) - len(item) >= 2:
        return last[len(item) :]
    share = _SHARE_HEAD.search(last)
    if share and not _SHARE_HEAD.search(item):
        return share.group()  # 大健康产业和数字经济占GDP比重: each one's share
    m = MEASURE_WORD.search(last)
    if m and len(item) == 1 and m.start() == 2 and item not in _PRODUCTS:
        # 猪、牛、羊、禽肉产量: each one character's 肉产量 (猪肉产量), as the last one says
        # (but 肉、奶、禽蛋产量: a product is its own, 奶产量)
        return last[1:]
    if m:  # (汽车和化工新材料产业产值: 汽车产业产值, each one an industry; …、半导体产业链产值)
        kind = _INDUSTRY_BEFORE.search(last, 0, m.start())
        total = "总" if last[m.start() - 1 : m.start()] == "总" else ""  # (肉、蛋、奶总产量: 肉总产量)
        return kind.group() + m.group() if kind and not item.endswith("业") else total + m.group()
    # 省、市重点建设项目 / 居民、职工门诊报销范围: a short item is the start of the last one's kind
    # (but one character is a level only as the last one starts with one: 煤、天然气 share nothing)
    # (酒类、机器设备与零件: a kind of goods is whole; but 甲类、乙类项目: the last one's kind is theirs)
    whole = item.endswith(_WHOLE_NOUN_ENDS) and last[len(item) - 1 : len(item)] != item[-1]
    leveled = (len(item) > 1 and not whole) or (item in _LEVEL_CHARS and last[:1] in _LEVEL_CHARS)
    sized = _SIZE_FIRST.match(last)  # 规上、亿元以上工业企业: the last one's size is its own, its kind theirs
    if sized and len(last) - sized.end() >= 2:
        return last[sized.end() :]
    # (not 教育、科技、…、社会保障和就业: a last item joined by 和 is a whole name of its own, its measure
    # each one's: …、社会保障和就业支出 → 教育支出)
    if any(c in last for c in "和与及"):
        return "支出" if last.endswith("支出") else ""
    return last[len(item) :] if leveled and len(item) <= _SHORT_ITEM and len(last) - len(item) >= 2 else ""


_LEVEL_CHARS = "国省市县区州镇乡村"
_WHOLE_NOUN_ENDS = ("类", "品")
_SIZE_FIRST = re.compile(r"(?:[\d.]+)?[千万亿]?元?(?:及)?以[上下]|限额以[上下]")
_PRODUCTS = "肉奶蛋禽粮油菜果茶糖棉麻煤气电水钢铁"  # one character that is itself what is produced
# Goods and livestock a figure may be named by in one character (羊发展到51万只, 肉、蛋、奶…分别).
ONE_CHARACTER_GOODS = _PRODUCTS + "猪牛羊马驴骡鸡鸭鹅兔鱼"
_CONTRIBUTION_TO = re.compile(r"对[^、,，]{1,12}?的?(?:贡献率|拉动)$")
_CODE = re.compile(r"[A-Za-z][A-Za-z0-9.]*")  # a pollutant's or a standard's code: PM2.5, SO2, 5G is none


# What was done to the projects counted, said right after them and nothing else: 成功签约, 开工建设.
PROJECT_DEEDS = r"(?:新开工|开工|签约|竣工|投产|落地|超额完成)+"  # (33个项目超额完成: the projects done beyond their goal)
DEED_AFTER_PROJECTS = re.compile(rf"(?:顺利|成功|集中|正式|已经?|相继|先后|全部|提前|陆续|如期)?(?P<deed>{PROJECT_DEEDS})(?:建设)?")


def _counted(text: str, end: int) -> str:
    """The thing a count right before ``end`` counts: ``23个乡镇社工站和1个…`` → 乡镇社工站; ''
    when a verb follows the count (``建成文化站14个并投入使用``). A threshold in its name is passed
    over (``230个50户以上木质房屋连片村寨…`` → 木质房屋连片村寨…)."""
    threshold = _THRESHOLD.match(text, end) or _RELATIVE.match(text, end)
    at = threshold.end() if threshold else end
    quoted = _QUOTED_NAME.match(text, at)  # 20个“15分钟就业服务圈”社区就业服务站点: a name in quotes
    m = _COUNTED.match(text, quoted.end() if quoted else at)
    name = (quoted.group() if quoted else "") + (m.group() if m else "")
    if _COUNTED_START.match(name):
        return ""
    stop = _COUNTED_END.search(name)
    counted = _TRAILING_JOINER.sub("", _DEED_ADVERBS.sub("", name[: stop.start()]) if stop else name)
    if not stop and m and m.end() < len(text) and text[m.end()].isdigit():
        counted = _TOTAL_BEFORE.sub("", counted)  # 10件民生实事共38家…: 共 is the next number's
    counted = _AMONG_END.sub("", counted)  # 新签约432个项目中,…: the field the next figures are of
    counted = _OPEN_ASIDE.sub("", counted)  # 69项重点项目(其中63项…: the aside is the next figure's
    # 富士康等55个项目成功签约: the projects signed (LABELLING: counts of things done), 签约项目 (not
    # 51个新建项目已开工建设42个: a number after the deed counts those it was done to)
    next_is_number = m is not None and m.end() < len(text) and text[m.end()].isdigit()
    if stop and counted.endswith("项目") and not next_is_number:
        deed = DEED_AFTER_PROJECTS.fullmatch(name[stop.start() :])
        counted = deed.group("deed") + counted if deed else counted
    return counted.replace("“", "") if counted.count("“") > counted.count("”") else counted


def _whose_counted(lead: str, counted: str) -> str:
    """A count of a generic noun named by whose the things are (电子信息产业专班2个项目 → 电子信息产业
    专班项目) or what was done with them (全县签约12个项目 → 签约项目); '' for a count of examples
    (丘海学校等6个项目) or of another noun."""
    if counted not in _GENERIC_COUNTED or lead.rstrip().endswith("等"):
        return ""
    whose = _HAVE_END.sub("", name_before(lead))  # (全县有12个项目: 有 says whose nothing)
    if not whose:
        deed = _DEED_VERB.fullmatch(_FILLERS.sub("", lead.strip(" \u3000,，、;；")))
        whose = deed.group() if deed else ""
    return whose + counted if len(whose) >= _SHORTEST_OBJECT and not whose.endswith(counted) else ""


def _before_ending(name: str, ending: re.Pattern[str]) -> str:
    """``name`` without its ``ending`` (农村改厕任务 → 农村改厕, 制造业增加值占比 → 制造业增加值), ''
    when it has none or too little is left to name anything."""
    m = ending.search(name)
    return name[: m.start()] if m and m.start() >= _SHORTEST_OBJECT else ""


def _describes_what_follows(text: str, q: Quantity) -> bool:
    """``80%的村``, ``50%以上美丽乡村``, ``超30亿元精品陶瓷企业``, ``超10亿元30个``, ``15分钟文化圈``,
    ``突破400亿元大关``."""
    follower = text[q.end : q.end + 1]
    if q.unit in RATE_UNITS and CHANGE_AFTER.match(text, q.end):
        return False  # 录得3.2%增长, 实现5.5%的增长: the change said after its rate
    if q.unit in RATE_UNITS and _REACHES_A_LEVEL.match(text, q.end):
        return False  # 生产总值增长12.6%达92.9亿元: the change of the level it reaches
    if q.unit in RATE_UNITS and _NEXT_CHANGE.match(text, q.end):
        return False  # 收入增长10.7%规上工业增加值增长19%: items run together, the next one's name follows
    if q.unit == "%" and follower.isdigit():
        return False  # 分别增长4%6.2%: a list that lost its 、
    if text.startswith(("的基础上", "基础上"), q.end):
        return False  # 在新增减税降费18.2亿元的基础上: a condition, the figure of the words before
    if q.qualifier in ("以上", "以下") and _COUNT_BEFORE.search(text, max(0, q.start - 5), q.start):
        return True  # 230个50户以上木质房屋: a threshold in the name of what is counted
    bound = q.qualifier in ("以上", "以下") or q.value_max is not None  # (1-5亿元项目299个: a band of sizes)
    if bound and q.unit not in COUNT_UNITS and _NAME_THEN_COUNT.match(text, q.end):
        return True  # 固投5亿元及以上新签约项目88个: which projects are counted
    if follower == "的" and _GOAL_AFTER.match(text, q.end):
        return False  # 控制在3.5%的较低水平, 完成800户的改造任务: the number is the goal's
    if follower == "的":  # (but 37处的机泵: a count of what follows 的)
        return not _counts_after_of(text, q)
    if _NAMED_GOAL_AFTER.match(text, q.end):
        return False  # 固定资产投资保持1000亿元以上“三个千亿”目标: the number is the goal's
    if _LEAD_WORDS.match(text[q.end : q.end + 4]) or text.startswith(_CURRENCY_AFTER, q.end):
        return False  # 赤字率拟按3%左右安排: a light verb follows, not what the number describes
    alternative = _OR_AMOUNT.match(text, q.end)  # 总投资超30亿元或3亿美元产业项目: either says which
    if alternative and text[q.start - 1 : q.start] in ("超", "过"):
        follower = text[alternative.end() : alternative.end() + 1]
    if q.unit in COUNT_UNITS or not (_starts_noun(follower) or follower.isdigit()):
        return False
    threshold = q.qualifier in ("以上", "以下") or text[q.start - 1 : q.start] in ("超", "过")
    return threshold or q.unit in ("%", "‰", "分钟")


# A measure said right before its figure, 的, and a count of what it is of (总投资78亿元的24个…项目,
# 总装机180万千瓦的5个光伏项目): the set's measure (LABELLING: <projects>总投资); not one named
# project's attribute (总投资50亿元的某电厂二期), nor a threshold (超10亿元的, 5亿元以上的), which says which
# ones are meant.
_SET_MEASURE = r"(?:(?:合同)?引资额|(?:计划|总|协议|合同)*投资(?:总?额)?|(?:总)?装机(?:容量)?|(?:总)?建筑面积|总面积|总里程|全长|总长度?)"
_MEASURE_BEFORE_OF = re.compile(rf"(?P<measure>{_SET_MEASURE})(?:约|达|近|共)?$")
SET_MEASURE_END = re.compile(rf"{_SET_MEASURE}$")  # (the name it gives ends with it: 某某项目总投资)
_COUNT_OF_THEM = re.compile(rf"\d+(?:{alternation(list(COUNT_UNITS))})")


def _measure_of_what_follows(text: str, q: Quantity, lead: str) -> str:
    """The name of a measure's figure said before 的 and a count of the things it is of (总投资78亿元的
    24个某某项目 → 某某项目总投资); '' for any other figure."""
    measure = _MEASURE_BEFORE_OF.search(lead.strip())
    if q.qualifier or q.value_max is not None or not measure or not text.startswith("的", q.end):
        return ""
    count = _COUNT_OF_THEM.match(text, q.end + 1)
    what = _counted(text, count.end()) if count else ""
    if not count or text.startswith(what + "、", count.end()):
        return ""  # (…的130个省列、市列重点项目: kinds listed, no one of them the set)
    if what.rfind("项目") > 0:
        what = what[: what.rfind("项目") + 2]  # (…个工业重点项目建设, …个项目落户某市: the projects, not what they did)
    if len(what) < _SHORTEST_OBJECT or not _starts_noun(what[0]):
        return ""
    return what + measure.group("measure")


def _share_of(text: str, q: Quantity, lead: str) -> str:
    """What a share achieved is of (实现90%以上的建制村通公交 → 建制村通公交, 力争实现20%的村集体
    年收入超30万元 → 村集体年收入超…): the words after it, '' for any other number."""
    if q.unit != "%" or not lead.endswith("实现") or CHANGE_AFTER.match(text, q.end):
        return ""  # (实现5.5%的增长: the change said after its rate)
    what = _SHARE_WHAT.match(text, q.end)
    name = _TRAILING_BOUND.sub("", what.group("what")) if what else ""
    return name if len(name) >= _SHORTEST_OBJECT and not _OBJECT_VERB_END.search(name) else ""


def _counts_after_of(text: str, q: Quantity) -> bool:
    """``维修37处的机泵``: a count, then 的 and the thing counted (but 总投资10亿的某项目: an amount
    written without its 元)."""
    if q.unit in ("万", "亿") and _AMOUNT_BEFORE.search(text, max(0, q.start - 6), q.start):
        return False
    return q.unit in COUNT_UNITS and text.startswith("的", q.end) and _starts_noun(text[q.end + 1 : q.end + 2])


_AMOUNT_BEFORE = re.compile(r"(?:投资|资金|金额|总额)(?:约|超过?|达)?$")


def _starts_noun(char: str, next_char: str = "") -> bool:
    if char + next_char in _NOUNS_FROM_JOINERS:  # 1000个和美乡村
        return True
    if char.isdigit() and next_char in ("G", "g"):  # 6.6万个5G基站
        return True
    if char.isascii() and char.isupper() and (next_char.isascii() and next_char.isupper()):
        return True  # 配置30台AED: an acronym
    return bool(char) and ("\u4e00" <= char <= "\u9fff" or char in "“《") and char not in _NOT_A_NOUN


def _bracket_opened_before(text: str, at: int) -> int:
    """Where the last bracket opened before ``at`` is, either width; -1 if none is."""
    return max(text.rfind("(", 0, at), text.rfind("（", 0, at))


# Units of one measure, without their magnitudes: an amount may be given again in another (万公顷 and 万亩)
_MEASURES = (frozenset({"公顷", "亩", "平方米", "平方公里"}), frozenset({"吨", "公斤", "千克", "斤"}), frozenset({"公里", "千米", "米", "里"}))


def _same_measure(a: str, b: str) -> bool:
    bare_a, bare_b = a.lstrip("万亿"), b.lstrip("万亿")
    return any(bare_a in units and bare_b in units for units in _MEASURES)


_A_PLACE_ALONE = re.compile(r"[\u4e00-\u9fff]{1,5}[省市县区旗州盟]")
_MONTH_ON_MONTH = re.compile(r"月增|月减|环比(?:增长|增加|下降|减少)?|按月(?:增|升|跌|减|上升|下跌)")
_SHARED_OBJECT_REACH = 2  # figures back a verb alone looks for the object of its unit (the one before, or one past)


class _Reader:
    """Names the quantities of one text; each quantity's own name and level are read once."""

    def __init__(self, text: str, quantities: list[Quantity]) -> None:
        self.text, self.qs = text, quantities
        self.groups = list_groups(text, quantities)
        self.group_at = [0] * len(quantities)
        for k, g in enumerate(self.groups):
            for i in g:
                self.group_at[i] = k
        self._own: dict[int, tuple[str, str]] = {}
        self._level: dict[int, int] = {}

    def own(self, index: int) -> tuple[str, str]:
        """The quantity's own indicator (a nameless change has '') and its naming words."""
        if index not in self._own:
            self._own[index] = self._read_own(index)
        return self._own[index]

    def with_threshold(self, index: int, name: str) -> str:
        """A count's name with the threshold said right before it (其中10亿元以上项目有12个 →
        10亿元以上项目, 30亿元级项目10个 → 30亿元级项目): which of the things it counts (LABELLING:
        the threshold is part of the name, no item of its own)."""
        if not index or not name or self.qs[index].unit not in COUNT_UNITS:
            return name
        threshold = self.qs[index - 1]
        between = self.text[threshold.end : self.qs[index].start]
        # (1-5亿元项目299个: a range of sizes is a bound too)
        bound = threshold.qualifier in ("以上", "以下") or threshold.value_max is not None or between.startswith("级")
        named = self.own(index - 1)[0] and not between.startswith("级")  # (30亿元级: its "name" is what follows)
        # (12岁及以上人群第一针累计接种: how far it is counted is no part of the name)
        if not bound or threshold.unit in COUNT_UNITS or named or not _SO_FAR_INSIDE.sub("", between).startswith(name):
            return name
        said = _BOUND_BEFORE_THRESHOLD.search(self.text, max(0, threshold.start - 2), threshold.start)  # (营收超10亿元工业企业)
        start = said.start() if said else threshold.start
        # what the threshold measures, said before it (固投5亿元及以上新签约项目, 营收超10亿元工业企业)
        measure = _LEAD_WORDS.sub("", clause_before(self.text, start, self.qs[index - 2].end if index > 1 else 0))
        if len(measure) > _MEASURE_CHARS or not measure.isalpha() or measure[:1] in "与和及或":
            measure = ""
        return measure + self.text[start : threshold.end] + name

    def level(self, index: int) -> int:
        """The quantity whose indicator the ``index``-th one is about (see :meth:`_read_level`)."""
        if index not in self._level:
            self._level[index] = self._read_level(index)
        return self._level[index]

    def _converted_in_brackets(self, index: int) -> bool:
        """Whether the ``index``-th quantity is the level before it in another unit of the same
        measure, in brackets right after it (291.96万公顷(4379.36万亩))."""
        if not index or {self.qs[index].kind, self.qs[index - 1].kind} != {"level"}:
            return False
        q, before = self.qs[index], self.qs[index - 1]
        opened = self.text[before.end : q.start].strip() in ("(", "（")
        closed = self.text[q.end : q.end + 1] in (")", "）", "")  # (a quote may end with the figure)
        return opened and closed and q.unit != before.unit and _same_measure(q.unit, before.unit)

    def _read_own(self, index: int) -> tuple[str, str]:
        """The quantity's indicator and the words that name it alone (its own part of a shared list)."""
        text, quantities = self.text, self.qs
        q = quantities[index]
        share_of = self._after_bracketed_share(index)
        if share_of:  # 煤炭行业(占比75.4%)增长9.9%: the change of what the share is of
            return share_of, self._lead_of(index)
        if text.startswith(MILESTONE_AFTER, q.end):  # 总产值突破1000亿元大关: a milestone of the figure named before
            lead = clause_before(text, q.start, quantities[index - 1].end if index else 0)
            phrase = name_before(lead)
            if phrase and not _WHEN.fullmatch(phrase) and not _TOTAL.fullmatch(phrase):
                return phrase, lead
            before = self._figure_before(index)
            verb = _drop_lead_words(_TOTAL_LEAD.sub("", lead.strip(" \u3000,，、")))  # (总量跨过…大关; 奋力站上…)
            if index and _REACHED.fullmatch(verb) and quantities[before].kind == "growth":
                # 生产总值增长4.6%,迈上1.2万亿元新台阶: the growth's figure (…超4500亿元、增长38%: the level's)
                grown = self.level(before)
                return self.own(before)[0] or (self.own(grown)[0] if grown != index else ""), lead
            # 规上工业总产值超4500亿元、增长38%,预计全年首次突破5000亿元大关: the figure said before
            earlier = self._last_level_in_unit(index)
            if earlier is None or quantities[earlier].value >= q.value:
                return "", ""  # 达到556.4亿元,首次突破500亿元大关: a milestone said with the level passed
            return self.own(earlier)[0], lead
        lead = clause_before(text, q.start, quantities[index - 1].end if index else 0)
        if self._month_on_month(index):  # (薪资平均为39464元,月增0.26%,年增1.62%: the month's change, named so)
            owner = self.own(self.level(index - 1))[0]
            return (owner + lead.strip(" \u3000,，") if owner else ""), lead
        moved = self._moved(index)
        if moved is not None:  # 贫困发生率由9.6%降到5.6%: 9.6% is no figure of its own, 5.6% 贫困发生率's
            return moved, lead
        if self._is_base(index):
            return "", ""  # 较“十三五”末的9323.1亿元增加4374.4亿元: the base compared with, no figure of its own
        if self._passed_on_the_way(index):
            return "", ""  # 财政总收入突破60亿元,实现60.28亿元: a milestone said with the level reached
        if text.startswith(("的基础上", "基础上"), q.end) and _EARLIER_YEARS.search(lead):
            return "", ""  # 在连续两年每年增产1亿多吨的基础上: the years before, no figure of this one
        of_share = self._measure_of_share(index)
        if of_share:  # 采矿业增加值占比达96.05%,同比下降15.6%: the measure's change, not its share's
            return of_share, lead
        compared = self._compared_in_brackets(index)
        if compared:  # 规上工业增加值增长7.5%(全市11.1%) → 全市规上工业增加值
            return compared, lead
        sorted_into = index and not self.qs[index - 1].unit and _KINDS_BETWEEN.fullmatch(lead)
        if sorted_into and self.own(index - 1)[0] and not _starts_noun(text[q.end : q.end + 1]):
            return self.own(index - 1)[0], lead  # 民生实事项目共5大类12个: the items, sorted into kinds
        progress = self._progress_in_brackets(index)
        if progress:  # 4个文化空间建设已完成2个(50%), 供水工程正在施工中(75%): how far it has got
            return progress, lead
        rates = self.paired_rates(index)
        if rates:  # (工业投资增长40.3%,…,分别比1-4月加快9.1个、…百分点: 工业投资增速)
            owner = self.own(self.level(rates[self.groups[self.group_at[index]].index(index)]))[0]
            return (owner.removesuffix("增速") + "增速" if owner else ""), lead
        listed_share = self._share_of_listed_level(index)
        if listed_share:  # 男性人口3481万人,女性人口3189万人,分别占总人口的52.2%和47.8%
            return listed_share, lead
        share = _share_of(text, q, lead)
        if share:
            return share, share
        measured = _measure_of_what_follows(text, q, lead)
        if measured:  # 总投资78亿元的24个某某项目: the projects' 总投资
            return measured, lead
        if _describes_what_follows(text, q) or _IN_A_SHARE.search(clause_before(text, q.start)):
            return "", ""  # 20%的村集体年收入超30万元: 30万元 says which villages, no figure of its own
        group = self.groups[self.group_at[index]]
        head = quantities[group[0]]
        previous_end = quantities[group[0] - 1].end if group[0] > 0 else 0
        lead = clause_before(text, head.start, previous_end)
        follower = text[q.end : q.end + 1]
        goal = _GOAL_AFTER.match(text, q.end) if follower == "的" else None
        if goal and goal.group("goal") != "水平":  # 完成800户的改造任务: the task is the name
            return _GOAL_WORD.sub("", _counted(text, q.end + 1)), lead
        of = _counts_after_of(text, q)
        counted = _counted(text, q.end + of) if q.unit in COUNT_UNITS else ""
        if _MEASURE.fullmatch(counted) or _COMPARED_AFTER.match(text, q.end):
            counted = ""  # 等2个总投资14.77亿元: a measure of what is counted; 7家同比增长…: its change
        if not counted and q.unit in COUNT_UNITS and _WHICH_ARE.match(text, q.end):  # 其中44例为境外输入病例
            return _counted(text, q.end + 1), lead
        if counted and (of or _starts_noun(follower, text[q.end + 1 : q.end + 2]) or _THRESHOLD.match(text, q.end)):
            # (总体公营房屋建屋量,包括简约公屋在内,将达到18.9万个单位: the clause before names it)
            named_before = (name_before(lead) or self._subject_before(index)) if counted in _UNIT_NOUNS else ""
            if named_before:  # 建屋量将达18.9万个单位: the measure is named before
                return named_before, lead
            return self._service(index, lead) or _whose_counted(lead, counted) or counted, lead
        if lead.rstrip().endswith(("、", "的", "和", "及")) and q.unit not in RATE_UNITS and _starts_noun(follower):
            # 燃煤锅炉拆改、25公里供热管线改造 / 全国最大的550兆瓦渔光互补: the words before are
            # another item, or describe what follows (3处口袋公园和10公里绿道: the last of a list)
            return _counted(text, q.end), lead
        if q.kind == "relative":
            return self._relative_name(index, group, lead), lead
        average = _AVERAGE.fullmatch(_FILLERS.sub("", lead.strip(" \u3000,，、;；")))
        if average and index and q.kind == "growth":
            if self._change_of_the_level_before(index, average.group("span")):
                return "", lead  # 财政收入达2604亿元,年均增长7.5%: the level's own change, the only one said
            before = index - 1
            while before and self.qs[before].kind == "relative":
                before -= 1  # (增长12.3%,增速高于全市平均水平0.3个百分点,两年平均增长1.7%: not the comparison's)
            owner = self.own(self.level(before))[0]  # 增长7.5%,两年平均增长5.6%: the figure before's
            return (owner + average.group("span") if len(owner) >= _SHORTEST_OBJECT else ""), lead
        if len(group) == 1:
            # 项目实质性开工、到位投资8.5亿元: a single number belongs to the last listed item, unless
            # 均 (or 都) gives it to all of them: 工业投资、技改投资均增长15%.
            if lead.rstrip().endswith("等") and q.unit in COUNT_UNITS:
                return "", lead  # 铝壳端盖、精密设备制造等2个总投资14.77亿元项目: a count of examples
            purpose = self._purpose_after(index, lead)
            if purpose:  # 编列33亿元改善道路、人行道与自行车道: what the money is for
                return purpose, lead
            after = self._object_after(index, lead)
            if after:
                return after, lead
            of_goal = self._completion(index)
            if of_goal and index:  # 城镇新增就业8560人,完成年度任务的114% → 城镇新增就业年度任务完成率
                owners = [self.own(self.level(k))[0] for k in self._completed(index)]
                # (重点项目完成投资…,完成年度计划的77.8%: the projects' plan, its investment said already)
                owners = [_DONE_INVESTMENT.sub("", o) or o for o in owners] if "计划" in of_goal else owners
                rate = "" if of_goal.startswith("占") else "完成率"
                return ("、".join(owners) + of_goal + rate if all(owners) else ""), lead
            excess = self._excess(index)
            if excess and index:  # 超额完成年度任务2.1亿元: over the goal of the level before
                owner = self.own(self.level(index - 1))[0]
                return (owner + "超" + excess if owner else ""), lead
            whole = _SHARE_OF_WHOLE.fullmatch(lead.strip(" \u3000,，、(（"))  # (…75.11亿元(占总投资的32.1%))
            if whole and index and q.unit == "%":  # 已投产项目7个,占31%; …达5623亿元,占全省的21.5%
                owner = self.own(self.level(index - 1))[0]
                return (owner + ("占" + whole.group("whole") if whole.group("whole") else "占比") if owner else ""), lead
            if text.startswith(("的基础上", "基础上"), q.end):  # 在新增减税降费18.2亿元的基础上
                lead = _CONDITION_LEAD.sub("", lead)
            lead = _AMONG.sub("", lead)  # 在全省地级市中率先突破4000亿元: the field compared in names nothing
            lead = _PASSED.sub("", lead)  # 突破700亿元大关、达到721.44亿元: the milestone said before
            # 按省口径计算增长11.1%: no name (nor 下降(同口径)19.59%: its brackets go with it)
            based, lead = _BASIS.search(lead), _EMPTY_BRACKETS.sub("", _BASIS.sub("", lead))
            phrase = name_before(lead)
            phrase = "" if _VOTED_THROUGH.fullmatch(phrase) else phrase  # (修正通过1677亿元: the budget passed, named before)
            flow = _FLOW_VERB.search(lead) if q.kind == "level" and q.unit not in RATE_UNITS else None
            if flow and len(phrase) >= _SHORTEST_OBJECT and not _FLOW_VERB.search(phrase):
                # (经济发展支出增加23亿元: LABELLING's verb-named flow, 经济发展支出增加, not the spending itself)
                phrase = _WHERE_SPENT.sub(r"\g<what>", phrase) + _flow_word(flow.group("verb"))
            if q.kind == "growth" and _RATE_CHANGE_LEAD.fullmatch(lead.strip(" \u3000,，")):
                phrase = ""  # 较去年同期回落0.9个百分点: the change of the growth rate before (named below)
            if q.unit in RATE_UNITS and _OUTPUT_CHANGED.fullmatch(phrase):
                phrase = ""  # 夏粮产量14740万吨,增产1.0%: the change of the output just given
            phrase = "" if _RANK_PHRASE.fullmatch(phrase) else phrase  # (…5.53万亿元、稳居全国前十强、增长4.8%)
            per_place = self._per_place(index, lead)
            if per_place:  # 新签约项目344个,分别为:霍邱县52个、… → 霍邱县新签约项目
                return per_place, lead
            if index and (_CONVERTED.fullmatch(lead) or self._converted_in_brackets(index)):
                return self.own(self.level(index - 1))[0], lead  # 人均生产总值5.62万元,(增长5%,)折合8606美元: the same figure
            floor = self._floor_of(index) if _STRIVEN_MORE.fullmatch(lead) else None  # (奋斗目标 alone names nothing)
            if floor is not None:  # 生产总值超330亿元、力争达350亿元: the same figure, hoped higher
                return self.own(floor)[0], lead
            if not phrase and index and self.qs[index - 1].kind == "growth" and (based or self._after_nominal(index)):
                # 增长3.3%,剔除…因素,同口径增长14.2%; 名义增长10.7%,同比增长4.2%: another change of the figure just given
                # (…增长1.4%,地方一般公共预算收入扣除留抵退税,同口径增长9.9%: of the one named between)
                return self._previous_clause_name(index) or self.own(self.level(index - 1))[0], lead
            if not phrase and _BARE_VERB.fullmatch(lead.strip(" \u3000,，、;；")):
                total = self._total_after_new(index)
                if total:  # 新登记市场主体2.05万户、增长21.15%,达到11.21万户: the total's
                    return total, lead
            part = (
                self._bracketed_part(index, phrase) or self._done_part(index, lead) or self._done_of_task(index, lead)
            )
            if part:  # 建设项目27项(省级6项、市级5项), 项目213个,其中新建108个: a kind of the things counted before
                return part, lead
            if not phrase or _WHEN.fullmatch(phrase) or self._is_increment(index):
                return self._named_elsewhere(index), lead
            if _TOTAL.fullmatch(phrase):
                subject = self._subject_before(index)  # 财政收入实现三个第一,其中:总量26.4亿元: 财政收入's
                if subject or not index:
                    return subject, lead
                before = self._figure_before(index)
                if self.level(before) == index:  # 生产总值增长3.8%,总量突破4万亿元: the level it grew to
                    return self.own(before)[0], lead
                return self.own(self.level(before))[0] + phrase, lead  # 新增…1615家,总量2.47万家
            # 民营经济增加值增长7%,占比达51.5%: its share (占比提高5.2个百分点: its share's change)
            if phrase in _SHARE_WORDS and index and q.unit in ("%", "个百分点", "百分点"):
                owner = self.own(self.level(index - 1))[0]
                return (owner + phrase if owner else ""), lead
            if phrase in ("投资", "投资额") and "完成投资" in lead:  # 项目300个,完成投资600亿元 (LABELLING)
                planned = _PLANNED_BEFORE_DONE.search(lead)  # (…,全年计划完成投资80亿元: the plan's)
                return self._projects_before(index) + (planned.group() if planned else "") + "完成投资", lead
            for_each = bool(_EACH_OF_THEM.search(lead)) or (q.kind == "growth" and shared_by_list(phrase))
            return (phrase if for_each or _QUOTED_WHOLE.fullmatch(phrase) else phrase.rsplit("、", 1)[-1]), lead
        # 地区生产总值增速、规上工业增加值增速分别达到…: split the names before cutting at the verb.
        region, each, after = lead.partition("分别")
        if each and _YEARS_LISTED.search(region) and (said_after := name_before(after)):
            # 2016、2017、2018年分别完成国内生产总值…: one indicator, a figure for each year
            return said_after, lead
        changes = self.groups[self.group_at[index] - 1] if self.group_at[index] else []
        if each and not region.strip() and len(changes) == len(group) and self._reached_of_list(changes[0]) == group[0]:
            return self.own(changes[group.index(index)])  # …分别增长12%和13%,分别达43366元和13835元
        of_goal = self._completion(group[0]) if each and not region.strip() else ""
        if of_goal and len(changes) == len(group):  # …分别完成投资12.5亿元、40.2亿元,分别占年度计划的108%、105%
            owner = self.own(changes[group.index(index)])[0]
            return (owner + of_goal + ("" if of_goal.startswith("占") else "完成率") if owner else ""), lead
        counts = self._counted_before(group) if each else []
        if counts:  # 4个省级重点项目、20个市级重点项目分别完成投资12.5亿元、40.2亿元: each count's
            measure = MEASURE_AFTER.match(after)
            own = counts[group.index(index)]
            return own + (measure.group() if measure else ""), own
        region = _names_of_list(region.strip(" \u3000\n,，、;；:："), len(group))
        if each and _RATE_ONLY.fullmatch(region.removeprefix("同比")):
            region = ""  # 通讯器材类、…和石油及制品类,增速分别为…: the rate is each one's, named in the clause before
        if not each:  # 工业和服务业增加值达到120亿元、260亿元: the names end at the verb
            named = name_before(region) or region
            # (新签约、新开工、新竣工项目160个、100个、60个: the verbs listed tell the figures apart)
            listed = len([p for p in _CONJ.split(region) if p]) == len(group)
            region = region if listed and len([p for p in _CONJ.split(named) if p]) < len(group) else named
        elif not region:  # 城镇和农村居民人均可支配收入,预计分别增长…: the names are the clause before
            region = _drop_lead_words(self._clause_before(group[0], len(lead)))
            shares = after.lstrip().startswith("占")  # (分别占到…的70%: shares of the figures before)
            if not region and not shares and (said_after := name_before(after)):
                return said_after, lead  # 2016年至2018年,分别完成国内生产总值…: one indicator, each year's
        owns = split_shared_name(region, len(group))
        own = owns[group.index(index)]
        name = name_before(own)
        if len(set(owns)) == len(owns) and [name_before(o) for o in owns].count(name) > 1:
            name = _FILLERS.sub("", own)  # 新建、改扩建幼儿园: the verbs are what tells them apart
        # 省、市重点建设项目分别完成投资342.9亿元、557.6亿元: the measure after 分别 is each one's
        measure = MEASURE_AFTER.match(after)
        return name + (measure.group() if measure else ""), own


    def _counted_before(self, group: list[int]) -> list[str]:
        """The names of as many counts as ``group`` has figures, listed just before it and each
        naming what it counts (4个省级重点项目、20个市级重点项目分别完成投资…), else none."""
        first, n = group[0], len(group)
        counts = list(range(first - n, first))
        if first < n or any(self.qs[k].unit not in COUNT_UNITS for k in counts):
            return []
        if any(not self.text[self.qs[a].end : self.qs[b].start].endswith(("、", "和", "及")) for a, b in zip(counts, counts[1:])):
            return []
        names = [self.own(k)[0] for k in counts]
        return names if all(names) and len(set(names)) == n else []

    def _bracketed_part(self, index: int, phrase: str) -> str:
        """The kind ``phrase`` names of the things a count just before the bracket counts
        (建设项目27项(省级6项、市级5项、县级16项) → 省级建设项目), '' for any other quantity."""
        text, q = self.text, self.qs[index]
        if q.unit not in COUNT_UNITS or not phrase.endswith("级") or len(phrase) > _KIND_CHARS:
            return ""  # (其中小学3所 names its own)
        opened = _bracket_opened_before(text, q.start)
        if opened < 0 or max(text.rfind(")", opened, q.start), text.rfind("）", opened, q.start)) >= 0:
            return ""
        before = [k for k in range(index) if self.qs[k].end == opened and self.qs[k].unit == q.unit]
        owner = self.own(before[0])[0] if before else ""
        return phrase + owner if owner and not owner.startswith(phrase) else ""

    def _done_part(self, index: int, lead: str) -> str:
        """The things counted before, as ``lead``'s verb alone says which of them (重点项目213个,其中
        新建108个,续建105个 → 新建重点项目, 续建重点项目), '' for any other quantity."""
        q = self.qs[index]
        words = lead.strip(" \u3000,，、;；:：")
        verb = _FILLERS.sub("", words)
        if q.unit not in COUNT_UNITS or not index or not _PART_VERB.fullmatch(verb):
            return ""
        if not words.startswith("其中") and not self._done_part(index - 1, self._lead_of(index - 1)):
            return ""  # (…新开工43个、竣工38个: each verb's own, not a part of what was counted before)
        before = [k for k in range(index) if self.qs[k].unit == q.unit and self.own(k)[0]]
        owner = _PART_VERB.sub("", self.own(before[-1])[0], count=1) if before else ""
        return verb + owner if len(owner) >= _SHORTEST_OBJECT else ""

    def _change_of_the_level_before(self, index: int, span: str) -> bool:
        """Whether an average growth (its ``span``: 年均, 两年平均) right after a level is that level's
        change (a total summed over the years too: 累计实现289.6亿元、年均增长11.1%, one item as labelled
        reports read it); not one summed up so far (累计增长)."""
        k = index - 1
        if k and self._multiple_of_base(k):
            k -= 1  # (达7700亿元,是2015年的1.46倍,年均增长6.9%: the multiple says how far since, the average is the change)
        before = self.qs[k]
        return span != "累计" and before.kind == "level"

    def _multiple_of_base(self, index: int) -> bool:
        """Whether the quantity at ``index`` is a multiple of a base year's (是2015年的1.46倍)."""
        return self.qs[index].unit == "倍" and _MULTIPLE_AT_END.search(self._lead_of(index)) is not None

    def _done_of_task(self, index: int, lead: str) -> str:
        """What was done of the task just given (农村改厕任务38283座,完成38649座 → 农村改厕), '' for
        any other quantity: 完成 alone names what the task says."""
        q = self.qs[index]
        if not index or not _DONE_ALONE.fullmatch(lead.strip(" \u3000,，、;；")):
            return ""
        task = self.qs[index - 1]
        return _before_ending(self.own(index - 1)[0], _TASK_END) if task.unit == q.unit and task.kind == "level" else ""

    def _lead_of(self, index: int) -> str:
        return clause_before(self.text, self.qs[index].start, self.qs[index - 1].end if index else 0)

    def _projects_before(self, index: int) -> str:
        """The projects counted just before an investment (46个市级重点项目开工,完成投资59.66亿元 →
        市级重点项目), '' if none are."""
        if not index or self.qs[index - 1].unit not in COUNT_UNITS:
            return ""
        counted = self.own(index - 1)[0]
        if not counted.endswith("项目"):
            return ""
        done = DEED_AFTER_PROJECTS.match(counted)  # (28个市级重点项目开工,完成投资…: the projects' own name)
        return counted[done.end() :] if done else counted

    def _moved(self, index: int) -> str | None:
        """For a figure of ``<name>由A降到B`` (从A提高到B): ``''`` for A, where it started (no item),
        ``<name>`` for B; ``None`` for any other figure."""
        text, q = self.text, self.qs[index]
        breaks = [m.end() for m in _CLAUSE_END.finditer(text, 0, q.start)]
        lo = breaks[-1] if breaks else 0
        if breaks and text[lo - 1] in ",，" and _MOVED_ON.match(text, lo):
            lo = breaks[-2] if len(breaks) > 1 else 0  # (从原先补助1万元,加码至2万元: where it got to, after a comma)
        froms = [m for m in _FROM.finditer(text, lo, q.end) if m.end() <= q.start]
        if not froms:
            return None
        start = froms[-1]
        if q.kind == "growth" and sum(start.end() <= other.start and other.end <= q.start for other in self.qs) >= 2:
            return None  # (从…的30338元提高到39138元、年均增长5.2%: a change after where it got to, of that level)
        if _TO.search(text, start.end(), q.start):
            # (地区生产总值连跨三个台阶,由7.13万亿元跃升至10.27万亿元: the clause before names it)
            first = next(k for k, other in enumerate(self.qs) if other.start >= start.end())
            return name_before(text[lo : start.start()]) or self._subject_before(first)
        stop = _CLAUSE_END.search(text, q.end)
        if stop and stop.group() in ",，" and _MOVED_ON.match(text, stop.end()):
            stop = _CLAUSE_END.search(text, stop.end())
        return "" if _TO.search(text, q.end, stop.start() if stop else len(text)) else None

    def _purpose_after(self, index: int, lead: str) -> str:
        """What money set aside is for, said after it (编列33亿元改善道路…, 投入资金2亿元实施老旧小区改造
        → 实施老旧小区改造): the words up to the clause's end, '' for any other number."""
        text, q = self.text, self.qs[index]
        given = _MONEY_GIVEN.search(lead)
        purpose = _PURPOSE.match(text, q.end) if given and q.unit.endswith("元") else None
        if purpose is None:
            return ""
        stop = _CLAUSE_STOP.search(text, q.end)
        end = stop.start() if stop else len(text)
        another = _ANOTHER_AMOUNT.search(text, q.end, end)  # (兴建某大排及150亿元汰换…: the next one's)
        words = text[purpose.end() if purpose.group() in _PURPOSE_PREPOSITION else q.end : another.start() if another else end]
        return words if len(words) >= _SHORTEST_OBJECT else ""

    def _object_after(self, index: int, lead: str) -> str:
        """The object a measure is of, when a verb right before the number takes it after the
        number (汽车城新增1.1万亩城镇开发边界 → 城镇开发边界), '' otherwise."""
        text, q = self.text, self.qs[index]
        lead = _INSTALMENT_END.sub("", lead)  # (发放新一期3000元消费券, 可取得第一期1500元消费券: which one)
        if q.unit in COUNT_UNITS or q.unit in RATE_UNITS or not q.unit or not _OBJECT_VERB_END.search(lead):
            return ""
        if not _starts_noun(text[q.end : q.end + 1], text[q.end + 1 : q.end + 2]):
            return ""
        after = _counted(text, q.end)  # (not 高标准农田完成2000亩新建任务: the task is the subject's)
        return after if len(after) >= _SHORT_ITEM and not (_MEASURE.fullmatch(after) or _GOAL_WORD.search(after)) else ""

    def _service(self, index: int, lead: str) -> str:
        """The service a count of people receives (:data:`_SERVICE`), '' if none is said."""
        q = self.qs[index]
        if q.unit not in _RECIPIENT_UNITS or not _RECIPIENTS_BEFORE.search(lead):
            return ""
        stop = _CLAUSE_STOP.search(self.text, q.end)  # or the next recipients: …筛查、为2万名…
        end = stop.start() if stop else len(self.text)
        # the last verb of the clause: 为8000名未接种过疫苗的女生提供疫苗免费接种 (not 接种过…)
        services = [m.end() for m in _SERVICE_VERB.finditer(self.text, q.end, end)]
        rest = next((self.text[at:end] for at in reversed(services) if end - at >= _SHORT_ITEM), "")
        return _FREQUENCY.sub("", rest.split("、")[0])

    def _relative_name(self, index: int, group: list[int], lead: str) -> str:
        """A comparison's name: what is compared and with what (``规上工业增加值增长7.7%,分别高于全国、
        全省平均增速4.1、2.6个百分点`` → 规上工业增加值增速高于全国, …高于全省); the subject is the
        words before the comparison, or else the figure it follows."""
        quantities = self.qs
        pull = _PULL.search(lead)
        if pull:
            return self._pull_name(index, group, lead, pull)
        while (bare := _BASE_RATE_AT_END.sub("", lead)) != lead:  # 高于全国(5.0%)0.8个百分点: the base's own rate names nothing
            lead = bare
        m = None
        for m in _COMPARISON.finditer(lead):
            pass
        if m is None:
            return name_before(lead)
        subject = name_before(re.sub(r"分别$", "", lead[: m.start()]))
        if _RATE_ONLY.fullmatch(subject):
            subject = ""
        compared_growth = False
        if not subject:  # 增长5.9%,高于全市0.8个百分点: the growth before is what is compared
            # (…5235.3亿元,名义增长10.7%,同比增长4.2%,实际增速比全国高1.7个百分点: the last one named)
            before = [j for j in range(group[0]) if quantities[j].kind != "relative" and self.own(self.level(j))[0]]
            subject = self.own(self.level(before[-1]))[0] if before else ""
            compared_growth = bool(before) and quantities[before[-1]].kind == "growth"
        written = m.group("cmp") or m.group("said_cmp")
        cmp = _SAID_COMPARISON.get(written, written)  # 高出全市 is 高于全市, as 比全市高 is
        said_base = (m.group("base") if m.group("cmp") else m.group("said_base")).removesuffix("分别")  # 比全省、全市分别高
        bases = [_GOAL_BASE.sub("", _BASE_TAIL.sub("", b)) for b in _CONJ.split(said_base.strip(" \u3000")) if b]  # (目标 13.9%)
        base = bases[group.index(index)] if len(bases) == len(group) else "".join(bases)
        subjects = split_shared_name(subject, len(group)) if len(bases) != len(group) else [subject]
        if len(set(subjects)) == len(group) > 1:  # 工业、服务业增加值增速分别高于全省2.7、2.3个百分点
            subject = subjects[group.index(index)]
        said = re.search("增速|增幅|增长", lead)
        growth = (compared_growth or said) and not RATE_SUFFIX.search(subject)
        rate = ("增幅" if said and said.group() == "增幅" else "增速") if subject and growth else ""  # (as written)
        return f"{subject}{rate}{cmp}{base}"


    def _pull_name(self, index: int, group: list[int], lead: str, pull: re.Match[str]) -> str:
        """A part's pull on the whole's growth (工业拉动经济增长1.6个百分点 → 工业拉动经济增长): the part
        is named before 拉动, or is the one whose share was given just before (第一产业贡献率25%,拉动…;
        三次产业贡献率分别为…,分别拉动…: each in turn)."""
        part = name_before(re.sub(r"[,，]?分别$", "", lead[: pull.start()]))
        parts = split_shared_name(part, len(group)) if part else []
        if len(set(parts)) == len(group) > 1:  # 第二、三产业分别拉动增长2.1和2.4个百分点: each part's
            part = parts[group.index(index)]
        if not part:  # (the sentence's subject: 工业投资增长7.6%,增速快于…,拉动投资增长3个百分点)
            opening = max(self.text.rfind(stop, 0, self.qs[group[0]].start) for stop in "。；;\n")
            before = [
                j for j in range(group[0]) if self.qs[j].start > opening and self.qs[j].kind != "relative" and self.own(j)[0]
            ]
            owners = [self.own(j)[0] for j in (before[-len(group) :] if len(group) > 1 else before[:1])]
            owner = owners[group.index(index)] if len(owners) == len(group) else ""
            part = _CONTRIBUTION.sub("", owner)
        whole = pull.group("whole") or self._whole_pulled_before(index)  # (…拉动GDP增长0.7个百分点,第二、三产业分别拉动增长…)
        return f"{part}拉动{whole}增长" if part else ""

    def _whole_pulled_before(self, index: int) -> str:
        """The whole a pull said earlier in the sentence named (拉动GDP增长), '' when none did."""
        opening = self._sentence_opening(index)
        named = [m.group("whole") for m in _PULL_ANYWHERE.finditer(self.text, opening, self.qs[index].start)]
        return next((w for w in reversed(named) if w), "")

    def _past_milestone(self, index: int) -> int:
        """The level reached after a milestone passed (突破4万亿元大关,达到4.2万亿元 → 4.2万亿元),
        or the ``index``-th quantity itself."""
        text, qs = self.text, self.qs
        after = index + 1
        passed = after < len(qs) and text.startswith(MILESTONE_AFTER, qs[index].end) and qs[after].kind == "level"
        return after if passed and REACHED_AFTER_MILESTONE.fullmatch(text, qs[index].end, qs[after].start) else index

    def _after_nominal(self, index: int) -> bool:
        """Whether the change before the ``index``-th one was at current prices (名义增长10.7%)."""
        before = self.qs[index - 1]
        return bool(_NOMINAL.search(clause_before(self.text, before.start, self.qs[index - 2].end if index > 1 else 0)))

    def _figure_before(self, index: int) -> int:
        """The figure before the ``index``-th one, past comparisons with it (增长6%,高于全国1个百分点)."""
        before = index - 1
        while before > 0 and self.qs[before].kind == "relative":
            before -= 1
        return before

    def _lead_name(self, index: int) -> str:
        """The name the words before a number give it, whatever the number is (突破400亿元大关)."""
        q = self.qs[index]
        return name_before(clause_before(self.text, q.start, self.qs[index - 1].end if index else 0))

    def _named_elsewhere(self, index: int) -> str:
        """The name of a number with no words of its own before it: what follows a measure
        (``改造提升5万亩农田``, ``25公里供热管线``), or the name of the number it is glued to
        (``改造项目67个28682户``, ``老旧小区58个、2.25万户``)."""
        text, quantities = self.text, self.qs
        q = quantities[index]
        # (编列360亿元占35.86%: 占 gives the share that follows, it names nothing)
        counted = _counted(text, q.end) if q.unit and q.unit not in RATE_UNITS and not text.startswith("占", q.end) else ""
        next_figure = _MEASURE.fullmatch(counted) and text[q.end + len(counted) : q.end + len(counted) + 1].isdigit()
        if counted and _starts_noun(text[q.end : q.end + 1], text[q.end + 1 : q.end + 2]) and not next_figure:
            # (获批5个发行金额4.42亿元: the measure names the next figure)
            return _GOAL_WORD.sub("", counted)  # 7.89亿元政府隐性债务化解目标
        if index and self._is_increment(index):  # 达到417亿元,净增110.8亿元: the level's 净增
            before = index - 1
            while before > 0 and self._is_base(before):  # (…较上年末的9323.1亿元增加4374.4亿元)
                before -= 1
            verb = _INCREMENT.search(text, quantities[index - 1].end, q.start)
            lead = clause_before(text, q.start, quantities[index - 1].end)
            flow = _SAME_UNIT_FLOW.fullmatch(lead)
            word = verb.group() if verb else flow.group("verb") if flow else lead.strip()
            owner = self.own(self.level(before))[0] or self._condition_subject(index)
            word = _INCREMENT_BASE.sub("", word)
            word = "增加" if word == "新增" and "新增" in owner else word  # (新增就业…,比上年新增…: more of it)
            return owner + word if owner and word else ""
        if index and q.kind == "level":
            previous, between = quantities[index - 1], text[quantities[index - 1].end : q.start]
            glued = between in ("", "、") and previous.unit != q.unit
            # 地区生产总值突破400亿元大关,达到417亿元: the clause before names it
            # (增长6.0%,首次突破百亿元大关,达到100.6亿元: a milestone in words passed on the way)
            passed = _SPOKEN_MILESTONE.sub("", _AMONG.sub("", _WHEN_LEAD.sub("", between.lstrip("，,、 "))))  # (2025年突破…)
            told = CHANGE_AFTER.match(passed) if previous.kind == "growth" else None
            passed = passed[told.end() :].lstrip("，,、 ") if told else passed  # 保持40%以上增长、达357万辆
            after_growth = previous.kind == "growth" and _REACHED.fullmatch(passed)
            # (跨越4万亿元台阶,2017年达到4.5万亿元: the steps, then the year the level was reached)
            reached = _BARE_VERB.fullmatch(_WHEN_LEAD.sub("", _MILESTONE_TAIL.sub("", between)).lstrip("，,、 "))
            # (增产5743万吨,达到13.78亿吨: the same measure in another magnitude)
            # (突破200亿大关,达到212.5亿元: a bare magnitude is the same measure)
            same = previous.unit.lstrip("万亿") in ("", q.unit.lstrip("万亿")) and previous.unit[:1] in ("万", "亿", q.unit[:1])
            if after_growth or (reached and same):
                # 产量增产35亿斤,达到760亿斤: the level of what was added to
                owner = self.own(index - 1)[0] or self._lead_name(index - 1)
                if owner:  # (else: …同比增长2.2%,全年预计完成600亿元, a nameless change's, named below)
                    # (总劳动人口减少约1,500人至383万人: the level the flow got to is the measure's own)
                    return _FLOW_NAMED.sub("", _INCREMENT_END.sub("", re.sub(r"再(?=增产|减产)", "", owner)))
            # 开工率一季度达到30%、二季度达到65%: a milestone of the same figure
            milestone = _WHEN.match(between.lstrip("、,，")) and previous.unit == q.unit
            if previous.kind == "level" and (glued or milestone):
                return self.own(index - 1)[0]
        if q.kind == "growth":
            # (金融及保险业的净产值,在…第三季…实质上升3.5%: the subject said in a clause of its own, for
            # the first figure of a sentence, with no level before it whose change it is)
            alone = "" if index else self._subject_before(index)
            return self._rate_of_previous(index) or self._another_period(index) or self._previous_clause_name(index) or alone
        lead = clause_before(text, q.start, quantities[index - 1].end if index else 0).strip(" \u3000,，、")
        bare = _WHEN_LEAD.sub("", lead)  # (预计2020年实现144亿元: a verb after time words)
        if _VOTED_THROUGH.fullmatch(bare):
            proposed = self._last_level_in_unit(index)
            return self.own(proposed)[0] if proposed is not None else ""
        if _BARE_VERB.fullmatch(bare) or bare in ("实现", "完成"):
            # 生产总值突破千亿元大关,达1000.2亿元: the clause before names it; 年计划…生产总值617亿元,
            # 1—9月完成428.3亿元,…全年预计完成600亿元: the figure said before in the same unit
            return self._subject_before(index) or self._same_measure_before(index)
        return self._shared_object(index)

    def _floor_of(self, index: int) -> int | None:
        """The floor a figure hoped higher is of: the last one before it in the sentence in the same unit,
        lower (内联引资:底线目标280亿元,增长10%;奋斗目标285亿元 → 280亿元's), else ``None``."""
        opening = self._opening_past_semicolons(index)
        for k in range(index - 1, -1, -1):
            if self.qs[k].start < opening:
                return None
            if self.qs[k].unit == self.qs[index].unit:
                return k if _hoped_higher(self.qs[k], self.qs[index]) else None
        return None

    def _rate_of_previous(self, index: int) -> str:
        """A change of the growth rate just given (GDP增长率达6.1%,增速较上年提高0.7个百分点 →
        GDP增速; 增长4.0%,比去年同期加快2.2个百分点 → …增速): it names the figure before it."""
        if not index:
            return ""
        lead = self._lead_of(index).strip(" \u3000,，")
        rate = _RATE_WORD.match(lead) or (_RATE_WORD.search(lead) if _RATE_CHANGE_LEAD.fullmatch(lead) else None)
        said = ("增速" if rate.group() == "增长速度" else rate.group()) if rate else ""  # (增长速度 is 增速 written out)
        if not rate and self.qs[index].unit.endswith("百分点") and _RATE_CHANGE_LEAD.fullmatch(lead):
            said = "增速"
        before = index - 1
        if before and self._compared_in_brackets(before):  # 增长7.5%(全市11.1%),较去年同期回落0.9个百分点
            before -= 1
        while before > 0 and self.qs[before].kind == "relative":
            before -= 1  # (下降20.0%,低于全市平均增速14.8个百分点,较1-6月份提高0.4个百分点: the rate's, past the comparison)
        owner = self.own(self.level(before))[0] if said and self.qs[before].kind == "growth" else ""
        return owner.removesuffix(said) + said if owner else ""  # (…增速 again: the same rate)

    def paired_rates(self, index: int) -> tuple[int, ...]:
        """For a change in a 分别 list of changes of rates (分别比1-4月加快9.1个、11.0个…百分点), the
        growth rates said just before the list, one to one, in as many clauses (the k-th is the k-th
        change's); ``()`` for any other quantity."""
        group = self.groups[self.group_at[index]]
        first, n = group[0], len(group)
        if self.qs[index].kind != "growth" or n < 2 or first < n:
            return ()
        lead = self._lead_of(first).strip(" \u3000,，")
        rates = tuple(range(first - n, first))
        # (…分别增长29.7%、22.1%,比7月份高8.4、17.5个百分点: the list of rates just given, one to one)
        listed = len({self.group_at[k] for k in rates}) == 1 and _RATE_CHANGE_LEAD.fullmatch(lead)
        if not (_EACH_RATE_CHANGE.fullmatch(lead) or listed):
            return ()
        return () if any(self.qs[k].kind != "growth" or self.qs[k].unit != "%" for k in rates) else rates

    def _per_place(self, index: int, lead: str) -> str:
        """A figure of one place in a list of places after a total or a name (新签约项目344个,分别为:
        霍邱县52个、舒城县52个; 各县区开工率分别为:金安区93.5%、…): the place's share of what the
        list breaks down, named with the place before it; '' for any other number."""
        place = _DONE_BY_PLACE.sub("", lead.strip(" \u3000,，、;；:：(（"))  # (其中:西秀区完成6962人)
        if not (_A_PLACE.fullmatch(place) or _ZONE_NAME.fullmatch(place)):
            return ""
        opened = None
        for opened in _BROKEN_DOWN.finditer(self.text, 0, self.qs[index].start):
            pass
        if opened is None or _CLAUSE_STOP.search(self.text, opened.end(), self.qs[index].start - len(lead)):
            return self._next_place(index, place)
        totals = [k for k in range(index) if self.qs[k].end <= opened.start() and opened.start() - self.qs[k].end <= 1]
        total = totals[-1] if totals else None
        whole = self.with_threshold(total, self.own(total)[0]) if total is not None else name_before(clause_before(self.text, opened.start()))
        whole = _EACH_PLACE.sub("", whole)
        return place + whole if len(whole) >= _SHORTEST_OBJECT else ""

    def _next_place(self, index: int, place: str) -> str:
        """The next place's figure in a run of places after one said with its indicator (苏州市地区
        生产总值11458.4亿元,南京市8316.92亿元 → 南京市地区生产总值), '' for any other number."""
        if not index or self.qs[index - 1].unit != self.qs[index].unit:
            return ""
        said = _PLACE_FIRST.match(self._lead_of(index - 1).strip(" \u3000,，、;；"))
        whole = _without_place(self.own(index - 1)[0].removeprefix(said.group())) if said else ""
        return place + whole if whole and is_known_indicator(whole) else ""

    def _compared_in_brackets(self, index: int) -> str:
        """A base's change in brackets after the change of a figure (增长7.5%(全市11.1%)): the base's
        figure (全市 + the figure's name), '' for any other number."""
        q = self.qs[index]
        base = base_in_brackets(self.text, self.qs[index - 1], q) if index and q.kind == "growth" else ""
        owner = self.own(self.level(index - 1))[0] if base else ""
        return base + _without_place(owner) if owner else ""

    def _progress_in_brackets(self, index: int) -> str:
        """How far a task has got, in brackets after its count done or its state (4个文化空间建设已完成
        2个(50%) → 文化空间建设完成率; 供水工程正在施工中(75%) → 供水工程进度); '' for any other number."""
        text, q = self.text, self.qs[index]
        closes = q.end == len(text) or text.startswith((")", "）"), q.end)  # (a quote may end inside it)
        if q.unit != "%" or text[q.start - 1 : q.start] not in ("(", "（") or not closes:
            return ""
        before = self.qs[index - 1] if index else None
        if before is not None and before.end == q.start - 1 and before.unit in COUNT_UNITS:
            done = _DONE_BEFORE.search(clause_before(text, before.start, self.qs[index - 2].end if index > 1 else 0))
            task = _DONE_AT_END.sub("", self.own(index - 1)[0])  # (送戏进万村已送: the task, not the deed)
            return task + "完成率" if done and task else ""
        state = _UNDER_WAY.search(text, 0, q.start - 1)
        if state is None or _CLAUSE_END.search(text, state.end(), q.start):
            return ""
        # (…(93%)、供水工程正在施工中(75%): the task after the one listed before it; 6个老旧小区改造: not its size)
        task = _TASK_SIZE.sub("", re.split(r"[、)）]", clause_before(text, state.start()))[-1])
        task = _LIST_MARK.sub("", task).strip(" \u3000,，、;；")
        return task + "进度" if task else ""  # (the task as the text names it: 供水保障提升工程, no verb cut off)

    def _shared_object(self, index: int) -> str:
        """A measure after a verb alone, whose object is a neighbour's in the same unit: 新建高标准
        农田3万亩,改造提升2万亩 → 改造提升高标准农田; 新建4万亩、改造提升8万亩高标准农田 → 新建高标准农田."""
        text, qs, q = self.text, self.qs, self.qs[index]
        verbs = clause_before(text, q.start, qs[index - 1].end if index else 0).strip(" \u3000,，、;；")
        verbs = _SO_FAR_FIRST.sub("", verbs)  # (…,共完工13633公里: 共 says how many, the verb names)
        if q.unit in RATE_UNITS or not verbs or not _OBJECT_VERBS.fullmatch(verbs):
            return ""
        later = qs[index + 1] if index + 1 < len(qs) else None
        if later is not None and later.unit == q.unit and text[q.end : later.start].startswith("、"):
            counted = _counted(text, later.end)  # …、改造提升8万亩高标准农田
            if _OBJECT_VERBS.fullmatch(text[q.end + 1 : later.start]) and len(counted) >= _SHORT_ITEM:
                return verbs + counted
        # (农牧林水项目9个,年度计划投资7.2亿元,开工7个: past a figure in another unit, the last in this one)
        k = next((k for k in range(index - 1, max(-1, index - 1 - _SHARED_OBJECT_REACH), -1) if qs[k].unit == q.unit), None)
        earlier = qs[k] if k is not None else None
        # (开工安置房12万套以上、建成8万套以上: a list of verbs on one object, too)
        apart = _CLAUSE_END.search(text, earlier.end, q.start) or "、" in text[earlier.end : q.start] if earlier else False
        if k is not None and earlier is not None and apart:
            name = self.own(self.level(k))[0]
            if not name or _LEAD_WORDS.fullmatch(name):
                return ""
            obj = _LEAD_WORDS.sub("", name)
            while (cut := _OBJECT_VERB_END.sub("", obj)) != obj and len(cut) >= _SHORTEST_OBJECT:
                obj = cut  # (通组公路开工建设14000公里,完工13633公里: the object, not its verbs)
            if _A_PLACE_ALONE.fullmatch(obj) or (k < index - 1 and not obj.endswith(("项目", "工程"))):
                return ""  # (阿右旗7个,…开工5个: a place's count; past another figure, only projects said so)
            return verbs + obj
        return ""

    def _clause_before(self, index: int, lead: int) -> str:
        """The clause before the ``lead`` characters before the ``index``-th number, if it says no
        number ('' otherwise)."""
        lo = self.qs[index - 1].end if index else 0
        clauses = _CLAUSE_END.split(self.text[lo : self.qs[index].start - lead])
        before = _DATE_FIRST.sub("", clauses[-2].strip()) if len(clauses) > 1 else ""  # (10月本港…: when)
        return "" if _ANY_DIGIT.search(before) else before

    def _subject_before(self, index: int) -> str:
        """The subject of the clause before the ``index``-th number's, when that clause says no number
        (财政收入实现三个全市第一,其中:总量… → 财政收入; a heading word like 其中 is passed over)."""
        if index and _STEPS_AFTER.match(self.text, self.qs[index - 1].end):  # 生产总值跨越3个千亿元台阶,达到1.5万亿元
            return name_before(self._lead_of(index - 1))
        lo = self.qs[index - 1].end if index else 0
        clauses = _CLAUSE_END.split(self.text[lo : self.qs[index].start])[:-1]
        while clauses and (not clauses[-1].strip() or _ASIDE_WORD.fullmatch(clauses[-1].strip())):
            clauses.pop()
        if not clauses or _ANY_DIGIT.search(_A_YEAR.sub("", clauses[-1])):  # (生产总值2018年突破百亿元大关 names)
            return ""
        verb = _NAME_END.search(clauses[-1]) or _TREND_END.search(clauses[-1])
        if verb is None and len(clauses[-1].strip()) <= _BARE_SUBJECT:  # (总体公营房屋建屋量,包括…在内,将达到…)
            return name_before(_A_YEAR.sub("", clauses[-1]))
        return name_before(_A_YEAR.sub("", clauses[-1][: verb.start()])) if verb and verb.start() else ""

    def _same_measure_before(self, index: int) -> str:
        """The name of the last level before in the same unit, for a bare completion after a period
        (1—9月完成428.3亿元) or after a milestone passed (突破60亿元,实现60.28亿元); '' when the words
        between say neither."""
        if index and self._passed_on_the_way(index - 1):
            # (the milestone's own name is '': it names the level through the words before it)
            return name_before(self._lead_of(index - 1))
        if not _PERIOD_OR_OUTCOME.match(self._lead_of(index).strip(" \u3000,，、")):
            return ""
        same = self._last_level_in_unit(index)
        return self.own(same)[0] if same is not None else ""

    def _last_level_in_unit(self, index: int) -> int | None:
        """The last level before the ``index``-th quantity in its unit, or None."""
        unit = self.qs[index].unit
        return next((k for k in range(index - 1, -1, -1) if self.qs[k].unit == unit and self.qs[k].kind == "level"), None)

    def _passed_on_the_way(self, index: int) -> bool:
        """Whether the ``index``-th figure is a milestone passed, said right before the level reached in
        the same unit (突破60亿元,实现60.28亿元)."""
        qs, text = self.qs, self.text
        if index + 1 >= len(qs) or qs[index + 1].unit != qs[index].unit or qs[index + 1].value <= qs[index].value:
            return False
        if text[qs[index].end : qs[index + 1].start].strip(" \u3000,，、") not in ("实现", "达到", "达", "完成", "为"):
            return False
        return bool(_MILESTONE_VERB.search(self._lead_of(index)))

    def _sentence_opening(self, index: int) -> int:
        """Where the sentence (or its part after a semicolon) holding the ``index``-th quantity starts."""
        return self._after_last(_SENTENCE_STOP, index)

    def _opening_past_semicolons(self, index: int) -> int:
        """Where the whole sentence holding the ``index``-th quantity starts, its parts after a
        semicolon included (…:底线目标280亿元,增长10%;奋斗目标285亿元)."""
        return self._after_last(_FULL_STOP, index)

    def _after_last(self, stop: re.Pattern[str], index: int) -> int:
        stops = [m.end() for m in stop.finditer(self.text, 0, self.qs[index].start)]
        return stops[-1] if stops else 0

    def owner_of_measure(self, index: int) -> str:
        """What a bare measure word's figure is of (:data:`_GENERIC_MEASURES`): the name of the
        nearest named figure before it in its sentence, else the thing the clause before says
        went up (亿元以上项目增多,数量达431个 → 亿元以上项目); '' when neither is said."""
        opening = self._sentence_opening(index)
        for k in range(index - 1, -1, -1):
            if self.qs[k].start < opening:
                break
            named = self.own(k)[0]
            if named and named not in _GENERIC_MEASURES:
                return named
        return self.went_before(index)

    def heading_before(self, index: int) -> str:
        """The name a line or sentence opens with before its colon or first comma (进出口总额:底线
        目标33亿美元,…;奋斗目标35.3亿美元 → 进出口总额: across a semicolon, unlike
        :meth:`_sentence_opening`), '' when there is none."""
        text, q = self.text, self.qs[index]
        opening = self._opening_past_semicolons(index)
        end = _HEADING_END.search(text, opening, q.start)
        return name_before(text[opening : end.start()]) if end else ""

    def went_before(self, index: int) -> str:
        """The thing the clause right before a figure says went up (亿元以上项目增多,数量达431个 →
        亿元以上项目; 房地产业投资稳中有升,全年完成投资… → 房地产业投资), '' when it says none."""
        text, q = self.text, self.qs[index]
        opening = self._sentence_opening(index)
        breaks = [m.start() for m in _CLAUSE_END.finditer(text, opening, q.start)]
        if not breaks:
            return ""
        start = breaks[-2] + 1 if len(breaks) > 1 else opening
        went = _WENT.search(text, start, breaks[-1])
        return name_before(text[start : went.start()]) if went and went.start() > start else ""

    def _another_period(self, index: int) -> str:
        """The same figure's change in another period, said right after (…第三季下跌2.9%,而第二季则
        上升0.4%): the change before's name; '' for any other number."""
        if not index or self.qs[index - 1].kind != "growth":
            return ""
        lead = clause_before(self.text, self.qs[index].start, self.qs[index - 1].end).strip(" \u3000,，")
        return self.own(self.level(index - 1))[0] if _ANOTHER_PERIOD.fullmatch(lead) else ""

    def _previous_clause_name(self, index: int) -> str:
        """A nameless change after a clause that names its figure without an Arabic number
        (地区生产总值突破千亿,增长10%左右): the name of that clause, up to its verb."""
        text, q = self.text, self.qs[index]
        breaks = [m.start() for m in _CLAUSE_END.finditer(text, 0, q.start)]
        if not breaks:
            return ""
        opening = breaks[-2] + 1 if len(breaks) > 1 else 0
        previous = text[opening : breaks[-1]]
        if previous.rstrip().endswith((")", "）")):
            return ""  # (…的77.9%(主要是…难以支撑投资持续增长),下降18.4%: an aside names nothing)
        if _TASK_DONE.fullmatch(previous.strip()):
            return ""  # (…的142.4%,已超额完成目标任务,同比增长256%: a remark on the goal names nothing)
        if index and self.qs[index - 1].end > opening or _ANY_DIGIT.search(previous):
            return ""
        # (…增加值剔除增加值率变化因素,同比增长2.2%; …收入扣除留抵退税,同口径增长9.9%: up to the clause's end)
        verb = _NAME_END.search(previous) or _BASIS.search(previous + "，")
        return name_before(previous[: verb.start()]) if verb and verb.start() else ""

    def change_named_before(self, level: int) -> str:
        """The name of a change said before the ``level`` it is the change of, if it names more than
        the level's bare measure (制造业增加值增长11.6%,实现增加值10.57亿元 → 制造业增加值)."""
        before = next((k for k in range(level) if self.level(k) == level), None)
        name = self.own(before)[0] if before is not None else ""
        return name if name.endswith(self.own(level)[0]) and name != self.own(level)[0] else ""

    def _after_bracketed_share(self, index: int) -> str:
        """The name a change right after a bracketed share of it is of (煤炭行业(占比75.4%)增长9.9%:
        煤炭行业), '' for any other quantity."""
        if not index or self.qs[index].kind != "growth" or self.qs[index - 1].unit != "%":
            return ""
        after = self._lead_of(index).strip(" \u3000")
        if not after.startswith((")", "）")) or not _CHANGE_VERB.fullmatch(after[1:].strip(" \u3000")):
            return ""
        opened = _SHARE_OPENED.search(self._lead_of(index - 1))
        return name_before(opened.group("name")) if opened else ""

    def _read_level(self, index: int) -> int:
        """The quantity whose indicator the ``index``-th one is about: a nameless change right after
        levels is theirs, one to one (``生产总值326.3亿元、增长6.8%``; ``城乡居民人均可支配收入达到
        39529元和16183元,分别增长4.7%和6.6%`` → 4.7% is 39529元's); any other quantity is its own,
        and so is a lone ``分别`` change (its list is cut off)."""
        if self._after_bracketed_share(index):
            return index  # (煤炭行业(占比75.4%)增长9.9%: no change of the share before it)
        text, quantities = self.text, self.qs
        if quantities[index].kind != "growth" or self._moved(index) == "":
            return index  # (不良率从最高时的4.68%下降到2.69%: where it started is no change of the figure before)
        again = self._level_named_again(index)
        if again is not None:  # 第二产业实现增加值280.5亿元,占GDP比重61.8%,增加值增长6.8%: the level's change
            return again
        paired = self._paired_level(index)
        if paired is not None:  # 生猪、牛分别出栏5.1万头、1200头,分别增长71.2%、2.3%: one to one
            return paired
        if self.own(index)[0]:
            # 城镇化率提高1.2个百分点,达到58.6%: a change said before the level it reaches (also
            # after comparisons: 增长6%,高于全国1个百分点,总量跨过3000亿元)
            after = index + 1
            while after < len(quantities) and quantities[after].kind == "relative":
                after += 1
            if after < len(quantities) and quantities[after].kind == "level":
                between = text[quantities[after - 1].end : quantities[after].start].lstrip("，,、 ")
                between = _WHEN_LEAD.sub("", between)  # 年均增长8.1%,2025年突破2250亿元
                between = _MILESTONE_IN_WORDS.sub("", between)  # 增长6.0%,首次突破百亿元大关,达到100.6亿元
                told = CHANGE_AFTER.match(between) if after == index + 1 else None  # 保持40%以上增长、达357万辆
                between = between[told.end() :].lstrip("，,、 ") if told else between
                if _REACHED.fullmatch(between) and not name_before(between):
                    return self._past_milestone(after)
                total = _TOTAL.match(between)  # 增长3.8%,总量突破4万亿元: the change of that total
                if total and (between[total.end() :] == "" or _REACHED.fullmatch(between[total.end() :])):
                    return self._past_milestone(after)
                # 工业投资年均增长12.5%,累计完成投资980亿元; 制造业增加值增长11.6%,实现增加值10.57亿元: the
                # measure's change, its measure said again
                measure = MEASURE_WORD.search(between)
                again = measure is not None and self.own(index)[0].endswith(measure.group())
                if again and measure and _REACHED.fullmatch(between[: measure.start()].removeprefix("累计")):
                    return self._past_milestone(after)
            return self._reached_of_list(index)
        return self._level_of_nameless(index)

    def _paired_level(self, index: int) -> int | None:
        """The level a list of changes right after as many levels pairs ``index`` with (…分别出栏5.1万头、
        1200头,分别增长71.2%、2.3%), ``None`` when the changes follow no such list."""
        at = self.group_at[index]
        if at == 0:
            return None
        levels, changes = self.groups[at - 1], self.groups[at]
        if len(levels) != len(changes) or len(changes) < 2 or any(self.qs[k].kind != "level" for k in levels):
            return None
        between = self.text[self.qs[levels[-1]].end : self.qs[changes[0]].start]
        return levels[changes.index(index)] if _EACH_CHANGED.fullmatch(between) else None

    def _level_named_again(self, index: int) -> int | None:
        """The level earlier in the sentence whose measure a change names alone (…增加值280.5亿元,
        占GDP比重61.8%,增加值增长6.8%), ``None`` for any other change."""
        measure = self.own(index)[0]
        if not MEASURE_WORD.fullmatch(measure):
            return None
        opening = self._sentence_opening(index)
        for k in range(index - 1, -1, -1):
            if self.qs[k].start < opening:
                return None
            named = self.own(k)[0]
            if self.qs[k].kind == "level" and len(named) > len(measure) and named.endswith(measure):
                return k
        return None

    def _reached_of_list(self, index: int) -> int:
        """城乡居民人均可支配收入分别增长12%和13%,分别达43366元和13835元: a list of changes said before
        as many levels they reach, one to one; else the change's own."""
        text, quantities = self.text, self.qs
        at = self.group_at[index]
        changes = self.groups[at]
        levels = self.groups[at + 1] if at + 1 < len(self.groups) else []
        if len(changes) < 2 or len(levels) != len(changes) or any(quantities[k].kind != "level" for k in levels):
            return index
        between = text[quantities[changes[-1]].end : quantities[levels[0]].start].lstrip("，,、 ")
        reached = between.startswith("分别") and _REACHED.fullmatch(between.removeprefix("分别"))
        return levels[changes.index(index)] if reached else index

    def _level_of_nameless(self, index: int) -> int:
        """A nameless change's level: the one said before it, or each of a list's (:meth:`_read_level`)."""
        text, quantities = self.text, self.qs
        groups = self.groups
        at = self.group_at[index]
        if at == 0:
            return index
        shared = self.shared_levels(index)
        if shared:
            return shared[0]
        # 达到417亿元,净增110.8亿元,增长9.4%; 635亿元,完成年计划710亿元的89.4%,增长2%: the change is the
        # level's, not the increment's, the completion's or the plan's
        while at > 1 and self._said_of_the_level(groups[at - 1][0]):
            at -= 1
        levels, changes = groups[at - 1], groups[self.group_at[index]]
        if len(levels) != len(changes) or quantities[levels[0]].kind != "level":
            return self._distributed_level(changes, index)
        # 接待游客1126.3万人次,实现旅游收入115.5亿元,分别增长14.6%、17.3%: cut after 14.6%, the lone
        # 分别 change belongs to a list this quote does not show.
        between = text[quantities[levels[-1]].end : quantities[changes[0]].start]
        if len(changes) == 1 and "分别" in between:
            return index
        return levels[changes.index(index)]


    def _completion(self, index: int) -> str:
        """The goal a rate of completion is of (为年度预算的102.3%, 完成年度任务的114% → 年度预算,
        年度任务), '' for any other quantity."""
        q = self.qs[index]
        if q.unit != "%" or q.kind != "level":
            return ""
        lead = clause_before(self.text, q.start, self.qs[index - 1].end if index else 0)
        if index and lead == "的" and (plan := self._plan_figure(index - 1)):  # 完成年计划710亿元的89.4%
            return plan
        if index and lead in (")的", "）的"):  # 完成年任务(40.2亿元)的32.5%: the goal's figure in brackets
            lead = clause_before(self.text, q.start, self.qs[index - 2].end if index > 1 else 0)
        m = _COMPLETION.search(lead)
        return (m.group("share") or "") + m.group("goal") if m else ""  # 占年度目标的116%: a share, as written

    def _plan_figure(self, index: int) -> str:
        """The goal a figure is the planned amount of, said before a rate of completion (635亿元,完成
        年计划710亿元的89.4%: 年计划; the plan's figure is no result), '' for any other."""
        q = self.qs[index]
        m = _PLAN_FIGURE_BEFORE.search(clause_before(self.text, q.start, self.qs[index - 1].end if index else 0))
        after = self.text[q.end : q.end + (2 if m and m.group("bracket") else 1)]
        return (m.group("share") or "") + m.group("goal") if m and after in ("的", ")的", "）的") and q.kind == "level" else ""

    def _total_after_new(self, index: int) -> str:
        """The total a nameless level reached is of, after the sentence's count of new ones in the
        same unit (新登记市场主体2.05万户…,达到11.21万户 → 市场主体), '' when there is none."""
        q = self.qs[index]
        for k in range(index - 1, -1, -1):
            earlier = self.qs[k]
            if earlier.kind == "level" and earlier.unit == q.unit and earlier.value < q.value:
                words = clause_before(self.text, earlier.start, self.qs[k - 1].end if k else 0)
                new = _NEW_ONES.search(words)
                return name_before(words[new.end() :]) if new else ""
        return ""

    def _month_on_month(self, index: int) -> bool:
        """Whether the ``index``-th figure is the change from the month before of the level right
        before it (…39464元,月增0.26%): Taiwan's 月增 beside its 年增, the level's own change."""
        q = self.qs[index]
        if q.kind != "growth" or not index or self.qs[index - 1].kind != "level":
            return False
        return _MONTH_ON_MONTH.fullmatch(self._lead_of(index).strip(" \u3000,，")) is not None

    def _said_of_the_level(self, index: int) -> bool:
        return bool(
            self._month_on_month(index)
            or self._is_increment(index) or self._completion(index) or self._excess(index) or self._plan_figure(index)
            or self._is_base(index) or self._is_share(index) or self._multiple_of_base(index)
            or bool(index and _CONVERTED.fullmatch(self._lead_of(index)))  # (…39102元,按…汇率计算为5791美元,增长0.2%)
            or self._earlier_in_brackets(index)
        )

    def _earlier_in_brackets(self, index: int) -> bool:
        """``可达23.92亿元(2020年22.15亿元),比上年增长8%``: the year before's figure in brackets after
        the level, the base its change is from."""
        end = self.qs[index].end
        return bool(index and _EARLIER_IN_BRACKETS.fullmatch(self._lead_of(index)) and self.text[end : end + 1] in (")", "）"))

    def _measure_of_share(self, index: int) -> str:
        """The measure a change in % right after its share is of (制造业增加值占比为2.45%,同比下降14.8%
        → 制造业增加值): a share changes in points, so a change in % is the measure's; or ''."""
        q = self.qs[index]
        if q.kind != "growth" or q.unit != "%" or index == 0:
            return ""
        share = self.qs[index - 1]
        if share.kind != "level" or share.unit != "%" or not _CHANGE_RIGHT_AFTER.fullmatch(self.text, share.end, q.start):
            return ""
        if self._lead_of(index - 1).lstrip(" \u3000,，、").startswith("占"):
            return ""  # (规上工业总产值1200亿元,占全市的比重为60.5%,同比增长5.2%: the level's, said around its share)
        return _before_ending(self.own(index - 1)[0], _SHARE_NAME_END)

    def _share_of_listed_level(self, index: int) -> str:
        """A 分别 list of shares right after as many levels (男性人口3481万人,女性人口3189万人,分别占
        总人口的52.2%和47.8%): each level's share of the whole, named by the level; '' for any other."""
        levels = self.levels_of_listed_shares(index)
        if not levels:
            return ""
        group = self.groups[self.group_at[index]]
        whole = _EACH_SHARE.fullmatch(self.text, self.qs[group[0] - 1].end, self.qs[group[0]].start)
        level = self.level(levels[group.index(index)])
        owner = self.own(level)[0]
        counted = "数" if self.qs[level].unit in COUNT_UNITS and not owner.endswith("数") else ""  # (项目27个…占比: 项目数占比)
        return owner + ("占" + whole.group("whole") if whole.group("whole") else counted + "占比") if owner and whole else ""

    def levels_of_listed_shares(self, index: int) -> tuple[int, ...]:
        """For a share in a 分别 list of shares (…,分别占总人口的52.2%和47.8%), the levels said just
        before it, one to one, in as many clauses; ``()`` for any other quantity."""
        group = self.groups[self.group_at[index]]
        first, n = group[0], len(group)
        if n < 2 or first < n or any(self.qs[k].unit != "%" for k in group):
            return ()
        if not _EACH_SHARE.fullmatch(self.text, self.qs[first - 1].end, self.qs[first].start):
            return ()
        levels = tuple(range(first - n, first))
        return () if any(self.qs[k].kind != "level" or self.qs[k].unit == "%" for k in levels) else levels

    def _is_share(self, index: int) -> bool:
        """``占全市规上工业总产值的比重为69.3%``: the level's share, said between it and its change."""
        q, after = self.qs[index], self.qs[index + 1 : index + 2]
        if q.unit != "%" or not after or after[0].unit != "%":
            return False  # (民间投资占比34%、提高1.3个百分点: a change in points is the share's own)
        return bool(_SHARE_LEAD.search(self._lead_of(index)))

    def _completed(self, index: int) -> list[int]:
        """The levels a rate of completion is of: the one before it, or with 分别 (均) each level
        said before it in a clause of its own (新增就业6435人,失业人员再就业1755人,分别完成…)."""
        if index > 1 and self._plan_figure(index - 1):
            return [index - 2]  # 635亿元,完成年计划710亿元的89.4%: 635亿元's
        owners = [self._before_a_breakdown(index - 1, index)]
        if not FOR_EACH.search(clause_before(self.text, self.qs[index].start, self.qs[index - 1].end)):
            return owners
        while owners[0] > 0 and self.qs[owners[0] - 1].kind == "level" and self.qs[owners[0] - 1].unit != "%":
            between = self.text[self.qs[owners[0] - 1].end : self.qs[owners[0]].start]
            if not _CLAUSE_END.search(between) or _ANY_DIGIT.search(between):
                break
            owners.insert(0, owners[0] - 1)
        return owners

    def _before_a_breakdown(self, last: int, index: int) -> int:
        """The level said before a breakdown in brackets that ends with ``last``, right before the
        ``index``-th quantity's clause (达到20553人(其中…,自费10317人),完成全年目标的100.75%: 20553人);
        else ``last``."""
        if not self.text[self.qs[last].end : self.qs[index].start].lstrip().startswith((")", "）")):
            return last
        opened = _bracket_opened_before(self.text, self.qs[last].start)
        before = [k for k in range(last) if self.qs[k].end <= opened]
        return before[-1] if before and self.qs[before[-1]].kind == "level" else last

    def _excess(self, index: int) -> str:
        """The goal a level is the excess over (超额完成年度任务2.1亿元 → 年度任务), '' for any other."""
        q = self.qs[index]
        if q.kind != "level" or q.unit in RATE_UNITS:
            return ""
        lead = clause_before(self.text, q.start, self.qs[index - 1].end if index else 0).strip()
        m = _EXCESS.fullmatch(lead)
        return m.group("goal") if m else ""

    def _is_increment(self, index: int) -> bool:
        """``净增110.8亿元``: an amount added to a level, not a level (so is one added to a base
        said before it: 较上年末的9323.1亿元增加4374.4亿元)."""
        q = self.qs[index]
        if q.kind != "level" or q.unit in RATE_UNITS:
            return False
        lead = clause_before(self.text, q.start, self.qs[index - 1].end if index else 0)
        if index and lead.strip() in ("增加", "减少") and self._is_base(index - 1):
            return True
        before = self.qs[index - 1] if index else None
        # (366.22万人,减少约3,100人: a smaller unit of the same measure)
        if before and before.kind == "level" and _flow_of(before, q) and _SAME_UNIT_FLOW.fullmatch(lead):
            return True  # 粮食种植面积7322.2公顷,减少193公顷: the level's change in its own unit (结婚登记(717宗)亦减少220宗)
        if not _INCREMENT_END.search(self.text[max(0, q.start - 12) : q.start].rstrip()):  # (比上年增加 39公顷)
            return False
        # (再增产: again; 总劳动力(48.68万人)较上一期增加700人: after the level in brackets)
        return bool(_INCREMENT.fullmatch(lead.strip(" \u3000,，、)）").removeprefix("再")))

    def _is_base(self, index: int) -> bool:
        """``较“十三五”末的9323.1亿元增加…``: the base a figure is compared with, no figure of its own."""
        return bool(_CHANGE_OR_GAIN_AFTER.match(self.text, self.qs[index].end) and _BASE_BEFORE.search(self._lead_of(index)))

    def _condition_subject(self, index: int) -> str:
        """The subject said before a condition on the years before (煤炭产量在连续两年每年增产…的
        基础上,再增产5743万吨 → 煤炭产量), '' when there is none."""
        lo = self.qs[index - 2].end if index > 1 else 0
        m = _CONDITION_SUBJECT.search(self.text, lo, self.qs[index].start)
        return name_before(m.group("subject")) if m else ""

    def shared_levels(self, index: int) -> list[int]:
        """The levels of a list that one nameless change after ``分别`` is each one's change
        (``分别达35512元、25689元,分别同比增长7.8%``); ``[]`` for any other quantity."""
        text, quantities = self.text, self.qs
        if quantities[index].kind == "growth" and index > 1 and self._converted_in_brackets(index - 1) and not self.own(index)[0]:
            return [index - 2, index - 1]  # (种植面积291.96万公顷(4379.36万亩),增长3.5%: the change of both)
        at = self.group_at[index]
        if at == 0 or quantities[index].kind != "growth" or self.own(index)[0]:
            return []
        levels, changes = self.groups[at - 1], self.groups[at]
        if not len(changes) == 1 < len(levels) or quantities[levels[0]].kind != "level":
            return []
        # 分别 before the levels and before the change, or 均: the change is each one's (a list of
        # changes cut short after its first says 分别 once: 达到39529元和16183元,分别增长4.7%)
        before = clause_before(text, quantities[levels[0]].start, quantities[levels[0] - 1].end if levels[0] else 0)
        between = text[quantities[levels[-1]].end : quantities[changes[0]].start]
        each = ("分别" in before and "分别" in between) or bool(_ALL_OF_THEM.search(between))
        return levels if each else []

    def _distributed_level(self, changes: list[int], index: int) -> int:
        """``接待游客1126.3万人次,实现旅游收入115.5亿元,分别增长14.6%、17.3%``: a 分别 list of changes
        (or a nameless one) right after as many levels, each in its own clause, gives them one change
        each."""
        text, quantities = self.text, self.qs
        first, n = changes[0], len(changes)
        prior = list(range(first - n, first))
        lead = text[quantities[first - 1].end : quantities[first].start] if first else ""
        # (…5153元,实际增长9.8%和8.5%: a list of nameless changes says 分别 without the word)
        apart = "分别" in lead or not name_before(lead)
        if n < 2 or first < n or not apart or any(quantities[k].kind != "level" for k in prior):
            return index
        return prior[changes.index(index)]



def shared_by_list(name: str) -> bool:
    """Whether ``name`` lists indicators of the alias table that share one growth without 均
    (社会消费品零售总额、固定资产投资增长4%左右): each has that growth."""
    parts = name.split("、")
    return len(parts) > 1 and all(is_known_indicator(p) for p in parts)


def listed_names(found: str, pairs: bool = False) -> list[str]:
    """The names a phrase that lists several indicators stands for, one per indicator
    (``工业投资、技改投资`` → 工业投资, 技改投资); with ``pairs``, also a pair written as one word
    (``城乡居民人均可支配收入`` → 城镇…, 农村…); ``[]`` for a phrase naming one."""
    n = len([p for p in _CONJ.split(found) if p])
    if n < 2 and pairs and any(pair in found for pair in _PAIRS):
        n = 2
    return split_shared_name(found, n) if n >= 2 else []
