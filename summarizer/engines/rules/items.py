"""Which numbers of a text are figures a reader would list, and the words that quote each.

A number read and named (:func:`summarizer.zh.naming.name_numbers`) is a figure unless its name
is no indicator (a fragment: 全市, 其中, 国际; the subject's place: 某某县), it is a rank (进入全国
前30位, 前移26位), a policy package or an honour (出台103条政策措施, 获评示范区1个), an attribute of
what follows (年产200万吨新材料, 110千伏东坑站, 500亿级产业链), the size of a set worked on
(聚焦7条产业链, 惠及21个镇街, 13个乡镇各创建…), a slogan's number (“双30”), a table row's cell, or
has no unit (but for an index: 综合指数4.5). The word lists are in ``zh/data/figures.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...ingest.document import sentence_start
from ...zh.lexicon import alternation, lexicon
from ...zh.naming import (
    DEED_AFTER_PROJECTS,
    FOR_EACH,
    MEASURE_AFTER,
    MILESTONE_AFTER,
    ONE_CHARACTER_GOODS,
    PROJECT_DEEDS,
    REACHED_AFTER_MILESTONE,
    SET_MEASURE_END,
    Naming,
    listed_names,
    shared_by_list,
)
from ...zh.numbers import CHANGE_AFTER, COUNT_UNITS, RATE_UNITS, Quantity, clause_before, unwrap
from .reading import EDGE

__all__ = ["figure_names", "figure_span", "headline_name", "named", "MAX_NAME"]

MAX_NAME = 24  # a longer "name" is a clause the name reader could not cut

def named(naming: Naming) -> str:
    """A naming's name, or '' when it is too long to be one; a list of names (工业增加值、固定资产
    投资、…分别增长5%) may be longer, each of its names may not."""
    name = naming.name
    if len(name) <= MAX_NAME:
        return name
    listed = listed_names(name) if FOR_EACH.search(naming.words) or shared_by_list(name) else []
    return name if listed and max(map(len, listed)) <= MAX_NAME else ""


# Words that are no indicator on their own: a scope, a comparison base, a connective.
_NOT_A_NAME = re.compile(
    r"^(?:全[市省县区国]|本[市省县区]|其中|其余|其他|同口径|下同|累计|同比|分别|共|合计|总计|比重|占比|国际|国内|省内|市内"
    r"|(?:具体)?(?:工作|内容|方面|领域|事项|任务)"  # a list's header: 重点做好8方面工作, 等11项工作, 9个方面、28项具体工作
    r"|方面[\u4e00-\u9fff]+"  # an outline's (报告从5个方面概括了过去一年)
    r"|评论|点赞|阅读|浏览|收藏|分享|转发"  # a web page's counters (评论0条)
    # a period alone (继今年7月份录得8.9%的按年跌幅后, 8月份…: the month before's change of a measure named after)
    r"|[继约]?(?:今年|去年|上年)?\d{1,2}月份?"
    r"|[^\u4e00-\u9fffA-Za-z“”\"]+)$"
)
_NOT_A_NAME_END = re.compile(
    r"(?:基础上|情况下|方面工作|项工作"  # a condition: 在获5200万…资金基础上; a list's header
    r"|(?:应到|实到|出席|列席)代表"  # the congress's attendance: 应到代表361名
    r"|出现)$"  # a word's count in the report (“发展”出现67次)
)
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}[省市县]")  # the subject of the sentence, not what it counts
_YEAR_AND_PLACE = re.compile(r"(?:19|20)\d{2}年[\u4e00-\u9fff]{2,4}[省市县区旗]")  # 2029年某某区29项…: when and where
# but a kind of county or city is what is counted (贫困县从75个减少到57个, 新增示范县3个)
_KIND_OF_PLACE = re.compile(r"(?:贫困|重点|示范|试点|百强|先进|达标)[省市县]$")
_OF_A_BASE_YEAR = re.compile(r"(?:恢复|相当)(?:到|至|于)?(?:19|20)\d{2}年(?:同期)?(?:水平)?的(?:[\d.]+%[、和及,，]*)*$")
_REVISED_BEFORE = re.compile(r"(?:修订|修正)为$")
# A forecast's revision, or the forecast it revises (较5月上修1.35个百分点, 较5月预测数3.1%): no figure of its own
_FORECAST_REVISED = re.compile(r"(?:上修|下修)$")
_SUPERSEDED_FORECAST = re.compile(r"[较比][^,，。;；]{0,12}?预测数?值?$")
# 空气质量综合指数4.5, 收入倍差1.71, 城乡收入比1.79, 人口性别比98.5, 三次产业结构(第一产业) of a ratio
_UNITLESS_NAME = re.compile(r"(?:指数|系数|倍差|之比|比值|收入比|性别比|[(（]第[一二三]产业[)）]?)$")
# (占总开支的头3位: the first places, as Hong Kong writes 前)
# Steps passed over the years or neared, said before 台阶 (先后跨越3万亿元、4万亿元台阶, 接近4万亿台阶)
_STEP_PASSED = re.compile(r"(?:先后|相继|接连|连续)[^,，;；。\d]{0,6}[\d.万亿千百元、]*$|(?:接近|逼近|相当于)$")
_STEP_AFTER = re.compile(r"[^,，;；。\d]{0,3}?(?:[、和]\d[\d.]*[万亿千百]*元?)*[^,，;；。\d]{0,2}?台阶")
# The field a rank is held in, counted (稳居全省100个县区前列)
_FRONT_RANKS = re.compile(r"[^,，;；。\d]{0,6}?(?:前列|前茅)")
# None at all (没有出现1例本土病例), and the things just listed counted again (这5项预计…完成, 上述3个)
_NONE_BEFORE = re.compile(r"(?:没有|未|无)(?:出现|发生)(?:过)?$")
_BACK_REFERENCE = re.compile(r"(?:这|此|上述|前述)$")  # (not 以上: 千万元以上46家 is a threshold)
_RANK_BEFORE = re.compile(r"(?:[居排列位]|进入|跻身)(?:全国|全省|全市|全州|[^\d,，;；。]{0,8})?前$|占[^\d,，;；。]{0,8}的头$")
_MIN_NAME = 2
_LISTED_HEAD = 4  # characters a listed name split from a shared one (城乡 → 城镇, 农村) ends with as written
# A count of a list's categories or of one category's items (7大类20项, 其中基建工程类5个): the list's
# make-up, not a figure (but 鱼类, 禽类 are things counted).
_CATEGORY = re.compile(r"(?<![鱼禽畜藻贝虾蟹菌人])类$")
# A list item's heading with its make-up in brackets: 一、科教惠民工程(项目6个,其中…).
_HEADING_ASIDE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．])[^(（,，;；。\d]{1,20}[(（]")  # (not …增长7.5%(全市11.1%): a figure, then its base)


_WORDS = lexicon()
_PACKAGE = re.compile(rf"(?:{alternation(_WORDS.package_nouns)})$|{alternation(_WORDS.honours)}")
_ISSUED_BEFORE = re.compile(rf"(?:{alternation(_WORDS.issued)})[^,，;；。]*$")  # 出台稳增长26条: its articles
_HONOURED_BEFORE = re.compile(r"(?:分别|共|均)?(?:上榜|入选|荣获|获评|被评为)$")
_ATTRIBUTE_BEFORE = re.compile(
    rf"(?:{alternation(_WORDS.attribute_before)})(?:{alternation(_WORDS.about)})?$"
)  # 年产200万吨, 全长约4.3公里
_SCOPE_BEFORE = re.compile(
    rf"(?:^|[,，;；、])(?:{alternation(_WORDS.name_fillers)})*(?:{alternation(_WORDS.scope_before)})[^,，;；。]{{0,12}}$"
)
# 对60户重点企业监测调度: a set watched over; 惠及21个镇街: the places a project reaches.
_OVERSEEN_BEFORE = re.compile(r"对[^,，;；。对]{0,12}$")
_OVERSIGHT_AFTER = re.compile(rf"[^,，;；。]{{0,24}}?(?:{alternation(_WORDS.oversight)})")
_REACHED_BEFORE = re.compile(r"(?:惠及|覆盖)[^,，;；。]{0,12}$")
# 成立由19个区直单位组成的领导小组: the make-up of a body set up, not a figure
_MADE_OF_BEFORE = re.compile(r"由[^,，;；。由]{0,16}$")
_MADE_OF_AFTER = re.compile(r"[^,，;；。\d]{0,16}?(?:组成|构成)")
_PLACE_NOUN = re.compile(rf"(?:{alternation(_WORDS.place_nouns)})$")
_PLACE_NOUN_START = re.compile(rf"(?:{alternation(_WORDS.place_nouns)})")
_IN_BEFORE = re.compile(r"在(?:全[省市县区])?$")
_ASIDE = re.compile(r"[(（][^)）]{0,8}[)）]")  # 乡镇(街道办): a bracketed aside in a name
_CLAUSE_BREAK = re.compile(r"[,，;；。]")
_SPACES = re.compile(r"[\s\u3000]+")
# 从洽谈到开工用时60天: how long something took, a duration (LABELLING: durations are no items).
# (…签约后97天即开工: how soon after a step, a duration too)
_TOOK_BEFORE = re.compile(r"(?:用时|历时|耗时|用了|仅用|只用|(?:签约|开工|立项|拿地|落地|注册)后(?:仅|仅用|只用)?)$")
_DURATION_UNITS = ("天", "小时", "分钟")
# 20天时间基本完成359户居民征收工作, 用1个月时间拆除…: how long it took, a duration
_TIME_TAKEN_UNITS = ("天", "个月", "月", "年", "小时", "周", "日", "个工作日", "工作日")
# 年出栏3万只白鹅的养殖场: a yearly capacity of what follows, an attribute (like 年产).
_CAPACITY_BEFORE = re.compile(r"年(?:出栏|存栏|饲养|养殖|加工|处理|产)$")
_CAPACITY_AFTER = re.compile(r"[^,，;；。、\d]{0,8}的")
# 为6万名学生开展1次测评: how often each of the people counted before is served.
_PER_RECIPIENT = re.compile(r"(?:为|对|给)[^,，;；。为对给]{0,12}\d[^,，;；。]{0,30}?(?:提供|开展|进行|实施|做)$")
# A figure said in quotes (将“生产总值增长5.5%左右”列入预期目标) is no slogan's number.
_QUOTED_FIGURE = re.compile(r"“[^“”]{0,16}?(?:增长|提高|下降|降低|达到|控制在)$|(?:达到|实现)“双$")  # (…达到“双100%”)
_CAPTION = re.compile(r"\s*(?:图为|图片为|图[:：]|\(图\)|（图）)")
_ATTENDANCE = re.compile(r"(?:人大|政协)?(?:代表|委员)(?:出席|列席|投票|表决|票决)")  # (由231名代表投票表决: who voted)
# The deputies themselves (230名人大代表精神饱满), not their motions (人大代表建议233件); a roll
# call (应出席会议代表159人, 实到264人)
_DEPUTIES = re.compile(
    r"(?:人大|政协)(?:代表|委员)(?!建议|提案|议案|意见)|(?:应|实际?)?(?:到|出席|列席)(?:会议)?(?:代表|委员)?$"
    r"|.{0,16}(?:出席|列席|缺席|到会|实有|应到|实到)[^,，]{0,6}(?:代表|委员)$|.{0,16}代表名额$"  # (因故缺席会议的代表16名)
)
_PARTICIPANTS = re.compile(r"(?:成员|责任|牵头)?(?:单位|部门)")
_TAKE_PART = re.compile(r"(?:共同)?(?:参与|参加)")
# A rank's move: 较2020年前移26位, 跃升100位.
# A count of the field compared among: 在全国100个重点城市中, 在全省91个县(市)中.
_AMONG_BEFORE = re.compile(r"(?<!正)在[^,，;；。在]{0,8}$")  # (not 正在施工中(93%): a task's state)
_AMONG_AFTER = re.compile(r"[^,，;；。\d]{0,16}?(?<!其)中")  # (在全省126家省级以上开发区综合考评中位列第…)
# …and a field named with the number counted in it, after: 21个竞争性项目中某省入围15个, 9项指标中有7项
_AMONG_COUNTED = re.compile(
    r"[^,，;；。、\d]{1,10}?(?<!其)中[,，]?(?:共?有|[\u4e00-\u9fff]{1,6}?[省市县区])[^,，;；。\d]{0,10}\d"
)
_FIRST_OF_KIND = re.compile(r"(?:首个|首家|首座|第一个|唯一)$")
_RANK_MOVE = re.compile(r"(?:前移|后移|上升|下降|提升|跃升|进位|前进|后退)$")
# A count of indicators by their rank, or of those ranked among: 有2项指标增速居全省第一、10项居前三,
# 9项主要经济指标中有7项位列全市中游以上, 4项指标增速在27个省会城市中分别排… (the standing of the
# figures, not a figure).
_RANKED_AFTER = re.compile(
    r"(?:主要)?(?:经济|发展)?(?:指标)?(?:增速|总量)?(?:[均都]|在[^,，;；。]{0,12}?中)?(?:分别)?"
    r"(?:居(?![民住家])|位居|位列|位于|排(?:名|在|[第前]|两个|[一二三四五]个第)|进入|跻身)|(?:主要)?(?:经济|发展)?指标中"
)
_ATTRIBUTE_UNITS = frozenset(_WORDS.attribute_units)
_MEASURED_BEFORE = ("装机", "装机容量", "容量", "规模")
# 投资5亿元金翔科技高端颜料项目落户…: the size of the project named right after, an attribute (like
# 总投资50亿元的某电厂); not 投资20亿元建设学校3所, money spent on what a verb says.
_INVESTED_BEFORE = re.compile(r"(?<!完成)(?<!累计)总?投资(?:约|超过?|达|近)?$")
_PROJECT_NAMED_AFTER = re.compile(
    r"(?!建设|用于|实施|新建|改[造建]|扩建|推进|打造|启动|开展|支持|兴建|修建|以上|以下|左右|在|的|和|及)"
    r"[\u4e00-\u9fff“”A-Za-z\d]{2,20}?(?:项目|小镇|工程|产业园|综合体)"
)
# What a project is to yield once it runs (某项目总投资50亿元,达产后可实现年产值80亿元、带动就业2000人):
# a projection that describes the project, neither a result nor a target (but 投产后当年实现产值5亿元
# is told as done).
_ONCE_RUNNING = re.compile(r"(?:建成|达产|投产|达效|满产|投运)(?:投产|达产|达效|投运|运营)?后(?![,，]?当年)")
# and what it may yield a year once built (预计年可实现贸易额200亿元; not 全年可实现…, the year's)
_CAPACITY_EXPECTED = re.compile(r"(?<![全今明当])年可(?:实现|新增|创造|带动|增加|提供|产生)?[^,，;；。\d]{0,8}$")
# 完成年任务(40.2亿元)的32.5%; 引进优强企业21家(任务数18家): the goal a figure is measured by, in brackets
# (工业到位资金占比64.9%(任务数占比60%): the goal of the share)
_GOAL_IN_BRACKETS = re.compile(
    r"(?:目标|任务|计划|预期|预算)[(（]$|[(（](?:年度|全年|年)?(?:目标任务|目标|任务|计划)数?(?:占比|比重)?[为是:：]?$"
)
_PROJECTION_REACH = 200  # characters back a projection's cue is looked for


# Practical matters done (10件民生实事全面完成, 办好了15件实事: a result), not the size of a list
# (办好15件民生实事, 票决产生10件实事, 10件实事共26家单位参与: its items are the figures).
_MATTERS_DONE = re.compile(
    # (…民生实事项目共5大类12个: the list's matters counted in all)
    r"(?:(?:办好|办成|办实|兴办|实施|推进|安排|确定)了|完成了?)(?:[一二三四五六七八九十\d]+类)?\|"
    r"|共[一二三四五六七八九十\d]+大?类\|"
    r"|\|(?:已|均|都)?(?:全面|全部|如期|圆满|超额|顺利|高质量)*(?:完成|兑现|办结|落实|推进)"  # (全部超额完成)
)


def _around(text: str, q: Quantity, name: str) -> str:
    """The words right before a count and right after what it counts, joined by ``|``."""
    after = text.find(name, q.end, q.end + len(name) + 4)
    tail = text[after + len(name) : after + len(name) + 6] if after >= 0 else ""
    return text[max(0, q.start - 8) : q.start] + "|" + tail


def _starts_word(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence (or its part after a semicolon) holding ``text[at - 1]`` starts, at most
    :data:`_PROJECTION_REACH` characters back."""
    semicolon = max(text.rfind(mark, 0, at) + 1 for mark in "；;")
    return max(at - _PROJECTION_REACH, sentence_start(text, 0, at), semicolon)


def _is_figure(text: str, q: Quantity, name: str) -> bool:
    """A named figure a reader would list: not a fragment (全市, 其中, 国际), not the subject's
    place (某某区), not a rank (进入全国前30位), not a policy package or an honour (出台103条政策
    措施, 质量奖1家), not an attribute of what follows (年产200万吨新材料, 110千伏东坑站, 500亿级
    产业链), not the size of a set worked on (聚焦7条产业链, 惠及21个镇街); unitless only for an
    index (综合指数4.5)."""
    bare = name.strip(EDGE + "()（）“”\"")
    if _CAPTION.match(text):  # 图为…主桥桥塔突破300米: a photo's caption, not the report
        return False
    if "|" in bare:  # a table row's cells (滨海大道 | 12亿元): a column names the figure, not its words
        return False
    if (len(bare) < _MIN_NAME and not (bare and bare in ONE_CHARACTER_GOODS)) or _NOT_A_NAME.match(bare) or _NOT_A_NAME_END.search(bare):
        return False
    package = _PACKAGE.search(bare) and (q.unit in COUNT_UNITS or not q.unit)  # (用地指标3000亩 is a measure)
    if package and bare.endswith(("实事", "实事项目")) and _MATTERS_DONE.search(_around(text, q, bare)):
        package = False  # 办好15件民生实事, 45件民生实事全面完成: the matters to do or done are counted
    if _YEAR_AND_PLACE.fullmatch(bare):
        return False
    category = _CATEGORY.search(bare) and (q.unit in COUNT_UNITS or not q.unit)  # (食品烟酒类上涨1.0%: a figure)
    if _PLACE.fullmatch(bare) and not _KIND_OF_PLACE.search(bare) or package or category:
        return False
    aside = _HEADING_ASIDE.match(text)
    if aside and max(text.rfind(")", 0, q.start), text.rfind("）", 0, q.start)) < aside.end() <= q.start:
        return False  # 一、科教惠民工程(项目6个,…): the make-up of the list item, in its heading
    before, after = text[max(0, q.start - 20) : q.start], text[q.end : q.end + 1]
    if _RANK_BEFORE.search(before) or _ATTRIBUTE_BEFORE.search(before) or _FRONT_RANKS.match(text, q.end):
        return False  # (稳居全省100个县区前列: the field ranked in)
    if _STEP_PASSED.search(before) and _STEP_AFTER.match(text, q.end):
        return False  # (先后跨越3万亿元、4万亿元台阶, 接近4万亿台阶: steps passed or neared, no figure)
    if q.unit in COUNT_UNITS and (_BACK_REFERENCE.search(before) or _NONE_BEFORE.search(before)):
        return False  # (这5项预计…; 没有出现1例本土病例: none at all)
    if _HONOURED_BEFORE.search(before):
        return False  # 某区、某县分别上榜1个项目: a list's honours (LABELLING: no items)
    if _OF_A_BASE_YEAR.search(text, 0, q.start) or _REVISED_BEFORE.search(before):
        return False  # 恢复到2019年的113% (a ratio to a base year), 2023年…修订为1943.3亿元 (a past level revised)
    if (q.unit == "个百分点" and _FORECAST_REVISED.search(before)) or _SUPERSEDED_FORECAST.search(before):
        return False  # 较5月预测数3.1%上修1.35个百分点: a forecast revised, and by how much, no figure
    if q.unit == "条" and _ISSUED_BEFORE.search(clause_before(text, q.start)):
        return False  # 出台稳增长26条, 打出稳增长20条、…、民营经济30条: a policy package's articles, however far in its list
    if q.unit in COUNT_UNITS and _SCOPE_BEFORE.search(before):  # 聚焦7条产业链 (not 对…贡献率30%)
        return False
    if q.unit in COUNT_UNITS and _OVERSEEN_BEFORE.search(before) and _OVERSIGHT_AFTER.match(text, q.end):
        return False
    if q.unit in COUNT_UNITS and _MADE_OF_BEFORE.search(before) and _MADE_OF_AFTER.match(text, q.end):
        return False
    if q.unit in COUNT_UNITS and _REACHED_BEFORE.search(before) and _PLACE_NOUN.search(_ASIDE.sub("", name).strip(EDGE)):
        return False
    if q.unit in COUNT_UNITS and _IN_BEFORE.search(before) and _PLACE_NOUN_START.match(text, q.end):
        return False  # 在17个乡镇(街道)硬化道路, 在全市10个镇街举行: the places the work is done in, a scope
    if _AMONG_BEFORE.search(before) and _AMONG_AFTER.match(text, q.end) or _AMONG_COUNTED.match(text, q.end):
        return False  # 在全省91个县(市)中, 21个竞争性项目中某省入围15个: the field
    if _FIRST_OF_KIND.search(before) and _starts_word(text[q.end : q.end + 1]):
        return False  # 成为某市首个300亿元园区: what kind of thing the first one is
    rank_unit = q.unit in ("位", "名") or q.unit == "个" and text.startswith(("位次", "名次"), q.end)  # (前移1个位次)
    if rank_unit and _RANK_MOVE.search(before):
        return False
    if q.unit in ("项", "个") and _RANKED_AFTER.match(text, q.end):
        return False
    joined = after in "和与及或等" and not text.startswith("及以", q.end)  # 345米及配套设施 (not 110千伏及以上)
    attribute = _starts_word(after) and after not in "的以左" and not joined or after == "“"
    measured = "瓦" in q.unit and before.endswith(_MEASURED_BEFORE)  # (实施总装机26.9万千瓦光伏项目9个: the projects' measure, named)
    if after == "级" or (q.unit in _ATTRIBUTE_UNITS and attribute and not measured):
        return False
    slogan = (after and after in "”\"") or before.endswith(("“", "\""))
    if slogan and not _QUOTED_FIGURE.search(before):  # a slogan's number: “双30”, 就业“20条”
        return False
    if q.unit in _DURATION_UNITS and _TOOK_BEFORE.search(before):
        return False
    if q.unit in _TIME_TAKEN_UNITS and text.startswith(("时间", "的时间"), q.end):
        return False
    if _CAPACITY_BEFORE.search(before) and _CAPACITY_AFTER.match(text, q.end):
        return False
    if _INVESTED_BEFORE.search(before) and _PROJECT_NAMED_AFTER.match(text, q.end):
        return False
    sentence = _sentence_start(text, q.start)
    if _ONCE_RUNNING.search(text, sentence, q.start) or _CAPACITY_EXPECTED.search(text, sentence, q.start):
        return False  # 达产后可实现年产值80亿元, 预计年可实现贸易额200亿元: a project's yield, no figure of the report's
    if _GOAL_IN_BRACKETS.search(before) and text[q.end : q.end + 1] in ")）":
        return False  # 完成年任务(40.2亿元)的32.5%, 比年初目标(6.5%)低…: the goal a figure is measured by
    if q.unit in ("次", "轮") and _PER_RECIPIENT.search(clause_before(text, q.start)):
        return False
    if _in_a_title(text, q.start):  # a title's number: 《…42条》
        return False
    if _ATTENDANCE.match(bare) or q.unit in ("名", "人", "位") and _DEPUTIES.match(bare):
        return False  # 近2900名代表出席开幕式, 230名人大代表: who came, not what was done
    if "候选" in bare and q.unit in COUNT_UNITS:
        return False  # 从12项候选项目中票决出10件民生实事: how a vote was held, not what was done
    if text.startswith(name + "各", q.end):  # 13个乡镇各创建1条…: the set; the count is 1 each
        return False
    if _PARTICIPANTS.fullmatch(bare) and _TAKE_PART.match(text, q.end + len(bare)):
        return False  # 10件实事共38家单位参与: who carries a list out, not what it does
    return bool(q.unit) or bool(_UNITLESS_NAME.search(bare))


def figure_span(
    text: str, qs: list[Quantity], group_of: dict[int, list[int]], members: list[int], name: str
) -> tuple[int, int]:
    """``[start, end)`` of the words that give the quantities ``members`` (quoted together) to
    ``name``: from the clause start before the first (for a comparison, 分别高于全国、全省…, from
    the clause that names what is compared) to the last, or on to a name that follows a count (建成23个社工站), or back
    to a name written before (引进项目41个146.87亿元)."""
    first = min(min(group_of[k][0], k) for k in members)
    last = max(max(group_of[k][-1], k) for k in members)
    head = qs[first]
    lead = clause_before(text, head.start, qs[first - 1].end if first else 0)
    threshold_at = text.find(name, max(qs[first - 1].start - 8, 0), head.start) if first else -1  # (固投5亿元以上…)
    spans_threshold = 0 <= threshold_at <= qs[first - 1].start < qs[first - 1].end < threshold_at + len(name)
    if spans_threshold and qs[first - 1].end == head.start - len(lead):
        # 营收超10亿元工业企业4家: the threshold named with what is counted is quoted with it
        lead = clause_before(text, head.start, qs[first - 2].end if first > 1 else 0)
    compared = [qs[k].start for k in members if qs[k].kind == "relative"]
    if compared:
        lead = text[min(_compared_start(text, min(compared), name), head.start - len(lead)) : head.start]
    start, tail = head.start - len(lead), qs[last].end
    for word in (*MILESTONE_AFTER, "的基础上"):  # 突破5000亿元大关, 在…18.2亿元的基础上: the quote holds what reads it
        if text.startswith(word, tail):
            tail += len(word)
    change = CHANGE_AFTER.match(text, tail)  # 录得3.2%增长: the quote takes the change word said after
    if change and qs[last].unit in RATE_UNITS:
        tail = change.end()
    # 268个“一村一品”, 230个50户以上木质房屋, 为8000名…的女生提供疫苗免费接种: within the clause
    clause_end = _CLAUSE_BREAK.search(text, tail)
    stop = clause_end.start() if clause_end else len(text)
    after = text.find(name, tail, stop)
    deed = None
    if after < 0 and (named := _DONE_TO_PROJECTS.fullmatch(name)):  # 28个市级重点项目开工 → 开工市级重点项目
        found = text.find(named.group("projects"), tail, stop)
        deed = DEED_AFTER_PROJECTS.match(text, found + len(named.group("projects"))) if found >= 0 else None
        after, name = (found, named.group("projects")) if deed else (after, name)
    measure = SET_MEASURE_END.search(name)
    if after < 0 and measure and text.startswith("的", tail):  # 总投资78亿元的24个某某项目(集中签约): named after it
        measured = name[: measure.start()]
        named = _DONE_TO_PROJECTS.fullmatch(measured)
        found = text.find(named.group("projects") if named else measured, tail, stop)
        deed = DEED_AFTER_PROJECTS.match(text, found + len(named.group("projects"))) if named and found >= 0 else None
        if found >= 0 and (deed or not named):
            after, name = found, (named.group("projects") if named else measured)
    if after < 0 and name not in _unspaced(text[start:tail]):
        # 新建4万亩、改造提升8万亩高标准农田: the name's object, shared, is said after the number
        shared = next((name[k:] for k in range(1, len(name) - 1) if text.find(name[k:], tail, stop) >= 0), "")
        after, name = (text.find(shared, tail, stop), shared) if shared else (after, name)
    if after >= 0:
        tail = after + len(name)
        if text.startswith(("任务", "目标", "计划"), tail):  # 完成800户的改造任务: the goal word says whose
            tail += 2
        if deed:  # 富士康等55个项目成功签约 → 签约项目: the quote holds the deed that names them
            tail = deed.end()
    start = _counted_owner_start(text, name, start)
    quoted = _unspaced(text[start:tail])
    # (a PDF's 城 镇 新 增 就 业 names 城镇新增就业; 城乡居民…分别 names 城镇居民… and 农村居民…)
    listed = len({j for k in members for j in group_of[k]}) > 1 and name[-_LISTED_HEAD:] in quoted
    # (供水工程正在施工中(75%) → 供水工程进度: the task is quoted, the name adds what is measured)
    progress = name.endswith(_PROGRESS) and name.removesuffix(_PROGRESS) in quoted
    if name not in quoted and not listed and not compared and not progress:  # (a comparison's start is found above)
        named_at = text.rfind(name, 0, start + 1)
        if named_at < 0:  # a name made of a level's and a word of its own (…总量达21.91万户、净增4.44万户)
            named_at = _owner_at(text, name, start)
        # a name made of words from before (新增高新技术企业160家,总量1200家 → 高新技术企业总量)
        start = named_at - len(clause_before(text, named_at)) if named_at >= 0 else _spaced_name_start(text, name, tail)
    return start, tail


_PROGRESS = "进度"
_DONE_TO_PROJECTS = re.compile(rf"{PROJECT_DEEDS}(?P<projects>\S*项目)")


def _counted_owner_start(text: str, name: str, start: int) -> int:
    """Where the quote of a measure of counted things starts: at the count that names them, when it
    is said before the quote in the same sentence (4个省级重点项目、20个市级重点项目分别完成投资12.5亿元、
    40.2亿元: 省级重点项目完成投资's quote starts at 省级重点项目); else ``start``."""
    measure = MEASURE_AFTER.search(name)
    owner = name[: measure.start()] if measure else ""  # (…完成投资占年度计划: the same owner)
    if not owner or owner in _unspaced(text[start : start + len(name) * 2]):
        return start
    sentence = max(text.rfind(stop, 0, start) for stop in "。；;\n") + 1
    at = text.rfind(owner, sentence, start)
    return at - len(clause_before(text, at)) if at >= 0 else start


# The comparison a relative figure's name ends with (规上工业增加值增速高于全省 → 规上工业增加值).
_COMPARED = re.compile(r"(?:增速|增幅)?(?:高于|快于|好于|优于|低于|慢于|超过|超出|高出|领先|超).*$")


def _compared_start(text: str, at: int, name: str) -> int:
    """Where the quote of a comparison at ``at`` starts: the clause that names what is compared
    (二季度地区生产总值同比增长3.2%,增速比全国高2.8个百分点), else the sentence start."""
    subject = _COMPARED.sub("", name)
    named_at = text.rfind(subject, 0, at) if subject else -1
    return named_at - len(clause_before(text, named_at)) if named_at >= 0 else 0


def _owner_at(text: str, name: str, start: int) -> int:
    """Where the longest head of ``name`` (of at least :data:`_OWNER_HEAD` characters) is said in
    the clause run before ``start``, the sentence's own; -1 if none is."""
    lo = max(text.rfind(mark, 0, start) for mark in "。；;！？!?\n") + 1
    for k in range(len(name) - 1, _OWNER_HEAD - 1, -1):
        at = text.rfind(name[:k], lo, start)
        if at >= 0:
            return at
    return -1


_OWNER_HEAD = 4


def _spaced_name_start(text: str, name: str, tail: int) -> int:
    """Where the clause of a name written with whitespace inside it starts (城 镇 新 增 就 业), or 0
    (a name made of words from anywhere before: the quote reaches back to the sentence start)."""
    flat, origin = unwrap(text)
    if origin is None:
        return 0
    end = bisect_left(origin, tail)
    at = flat.rfind(name, 0, end)
    return origin[at - len(clause_before(flat, at))] if at >= 0 else 0


def _unspaced(text: str) -> str:
    return _SPACES.sub("", text)


def headline_name(naming: Naming, q: Quantity) -> str:
    """A headline target's name: every number of the year's targets passage is one, but for the
    count of a list's categories (——关于经济发展类目标(13个)。…: the list's make-up)."""
    name = named(naming)
    return "" if q.unit in COUNT_UNITS and _CATEGORY.search(name.strip(EDGE + "()（）")) else name


def figure_names(text: str, qs: list[Quantity], namings: list[Naming]) -> list[str]:
    """Each quantity's indicator if it is an item of its own or of its level ('' if not): a
    nameless change is its level's (完成固定资产投资2000亿元、增长10%以上)."""
    return [
        named(n) if _is_figure(text, q, named(n)) and not _milestone_of_a_level(text, qs, i) else ""
        for i, (q, n) in enumerate(zip(qs, namings))
    ]


def _milestone_of_a_level(text: str, qs: list[Quantity], i: int) -> bool:
    """``突破400亿元大关,达到417亿元``: a milestone said with the exact level is no figure of its own
    (the milestone alone is: 旅客吞吐量突破200万大关)."""
    if i + 1 == len(qs):
        return False
    # 突破3万亿元、达3.6万亿元: a bound passed, then the level reached, in the same unit
    passed = text.startswith(MILESTONE_AFTER, qs[i].end) or (qs[i].qualifier == "以上" and qs[i].unit == qs[i + 1].unit)
    return passed and bool(REACHED_AFTER_MILESTONE.fullmatch(text, qs[i].end, qs[i + 1].start))


def _in_a_title(text: str, at: int) -> bool:
    """Whether ``at`` is inside a title in 《》: opened before it, not closed, and no clause break
    between (a page that never closes its 《…通知(…号), goes on with its figures)."""
    opened = text.rfind("《", 0, at)
    return opened > text.rfind("》", 0, at) and not _CLAUSE_BREAK.search(text, opened, at)
