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
from dataclasses import dataclass

from .indicators import RATE_SUFFIX, is_known_indicator
from .lexicon import alternation, lexicon
from .numbers import COUNT_UNITS, RATE_UNITS, Quantity, clause_before, list_groups

__all__ = ["Naming", "name_numbers", "name_before", "listed_names", "split_shared_name"]


# Words that end an indicator name: the verb (or adverb) that introduces its number.
_NAME_END = re.compile(
    r"增长(?!贡献|极)|成长(?!型)|年增(?!长|加)|年减|上涨|增速|增幅|涨幅|达到|控制在|保持在|稳定在|下降|降低|减少|提高|提升|增加(?!值)|上升|分别|力争|确保|争取"
    r"|突破|超过|不低于|不少于|不超过|不高于|高于|快于|年均|同比|按年|(?:实现|完成)(?!率)|降至|降到|增至|收窄|缩小(?:到|至)?|[上下]调(?:到|至)?"
    # the base compared with, which names nothing: 较去年同期, 比2022年, a nameless 比年初提高…
    r"|[比较](?:(?:[去上前]|\d{4})年(?:同期|年初预算|预算)?|同期|年初|改革前)"
    # a condition, which names nothing either: 扣除留抵退税因素后增长, 同口径增长, 在减产情况下
    r"|扣除[^,，;；。]{0,12}?后|剔除[^,，;；。]{0,12}?后|(?:同|可比)口径|情况下"
)
# 重点项目完成投资200亿元: 完成 and its object are part of the name (LABELLING: <projects>完成投资).
_KEEPS_OBJECT = "完成"
# Bounds that are verbs too: 突破关键技术10项 names what it breaks through, 总额突破100亿元 does not.
_TAKES_OBJECT = ("突破", "超过")
# A verb or adverb glued to the number: 比重达2.6%, 总额超100亿元, 收入均增长 (but not 人均), 优良率在92%,
# 城镇化率再提升, 合作社各10家, 产量保持14亿斤; and a rank's 进入全省前30位.
_TRAILING_VERB = re.compile(
    r"(?:(?<!人)均|达|超|为|在|再|各|约|共|等|首次|预期|预计|保持|发展到|继续|持续|累计|已|将|拟安排|安排|拟按|拟|力争|确保|争取|新增|[一二三四]季度|年底|年末|年内|"
    r"(?:(?:进入|跻身|位居|位列)(?:全国|全省|全市)?|全国|全省|全市)前)$"
)
_WORDS = lexicon()
# Adverbs, time words and verbs before a name (积极争取上级资金28.98亿元: the verb's object is
# the name), and 到2025年.
_LEAD_WORD = re.compile(
    rf"(?:{alternation(_WORDS.name_fillers + _WORDS.object_verbs)}|到?\d{{4}}年(?:底|末)?[,，]?|连续\d+年"
    # the subject's place before its verb: 2023年某某市预计地区生产总值增长7%
    r"|[\u4e00-\u9fff]{2,4}[省市县区](?=预计|将|要|全年|累计|先后|已)"
    # a target recalled: 年初确定的目标为新增市场主体3000户
    r"|(?:年初|既定|原定)?(?:确定的)?(?:主要)?(?:预期)?目标(?:任务)?(?:为|是)"
    r"|(?<=.)(?:和|与|及|、))"
)
_LEAD_WORDS = re.compile(rf"^(?:{_LEAD_WORD.pattern})+")
# A list item's mark is no part of its name: ●经济增长, 六、单位GDP能耗, (2)新建中小学.
_LIST_MARK = re.compile(r"^(?:[^\w\s(（“\"《【\[]+|[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．](?!\d)|[(（][一二三四五六七八九十\d]{1,2}[)）])\s*")
_FILLERS = re.compile(rf"^(?:{alternation(_WORDS.name_fillers)})+")
_FILLER_END = re.compile(rf"(?:{alternation(_WORDS.name_fillers)})$")
_SHORTEST_OBJECT = 2
# A bound glued to the number is no part of the name: 消费近15亿元, 仅此2家, 总额超100亿元.
_TRAILING_BOUND = re.compile(rf"(?:{alternation(_WORDS.above + _WORDS.within + _WORDS.about)}|仅此|仅)$")
_NOT_A_NOUN = "和与及或的以左"
_NOUNS_FROM_JOINERS = ("和美", "和谐")  # what may follow a number without starting the name of what it counts
_COUNTED = re.compile(r"[^\s,，;；。:：!！?？、\d０-９]+")  # up to a clause end, list mark or next number
_COUNTED_END = re.compile(rf"(?<=.)(?:{alternation(_WORDS.counted_end)})")
_COUNTED_START = re.compile(rf"(?:{alternation(_WORDS.counted_end)})")
_MEASURE = re.compile(r"(?:总)?投资(?:额)?|产值|营业收入|营收")
_MEASURE_WORD = re.compile(r"(?:增加值|营业收入|投资|产值|营收|收入|总额|余额|产量|面积|出口|进口|销售额|销量|利润|税收)$")
# 高于全国、全省平均增速 / 超时序进度: the comparison and its base(s).
_COMPARISON = re.compile(r"(?P<cmp>高于|快于|低于|慢于|超过|超出|高出|领先|超)(?P<base>[^\d,，;；。]*?)$")
_BASE_TAIL = re.compile(r"(?:的)?(?:平均)?(?:水平|增速|增幅|速度)?$")
_MEASURE_AFTER = re.compile(r"完成(?:投资|产值|营业收入)")
_TRAILING_JOINER = re.compile(r"(?:和|与|及|或|等)$")
_SHORT_ITEM = 2
# An editor's note in a name: 全市(下同)生产总值, 生产总值(预计数).
_NOTE = re.compile(r"[(（](?:下同|预计数?|初步统计|快报数?|同口径|可比价)[^)）]{0,4}[)）]")
_BARE_VERB = re.compile(r"(?:连续\d+年)?(?:达到|达|为|增至|增加到|提高到|提升到|稳定在|保持在)")
_TOTAL = re.compile(r"总数|总量|总额|总计")  # a total, of the figure before it
_WHEN = re.compile(r"[一二三四]季度|上半年|下半年|年底|年末|年内|全年|(?:19|20)\d{2}年度?")  # a time, not a name
# Words that pair two names in one (城乡居民 → 城镇居民, 农村居民; 金融机构存贷款余额 → …存款余额,
# …贷款余额), and 一二三产 (each sector's 产).
_PAIRS = {"城乡": ("城镇", "农村"), "存贷": ("存", "贷"), "存、贷": ("存", "贷")}
_SECTORS = re.compile(r"([一二三])、?([一二三])(?:、?([一二三]))?(?=产)")
_SIDE_WORDS = ("城镇", "农村", "城市", "乡村", "城区", "农民")
# 和/与/及 join names, but not inside words: 普及, 涉及, 和美乡村, 参与.
_CONJ = re.compile(r"(?<![温饱总平柔缓])和(?![美谐睦])|(?<![参给赋])与|(?<![普涉以波危触惠顾提论])及(?![时早])|、")
# 的 and a goal or a level after a number: the number is its value (完成37.8亿元的年度投资计划).
_GOAL_AFTER = re.compile(r"的[^,，;；。:：\d]{0,8}?(?P<goal>水平|目标|任务|计划)(?=$|[,，;；。])")
_GOAL_WORD = re.compile(r"(?:目标|任务|计划)$")  # 年度投资计划 → 年度投资 (LABELLING: <projects>年度投资)
_INCREMENT = re.compile(r"净增(?:加)?|净减(?:少)?|多增|少增")
_INCREMENT_END = re.compile(rf"(?:{_INCREMENT.pattern})$")
_COUNT_BEFORE = re.compile(rf"\d(?:{alternation(tuple(COUNT_UNITS))})$")  # 230个 right before a number
_THRESHOLD = re.compile(r"\d+(?:\.\d+)?[^\d\s,，;；。、]{0,3}?(?:及以上|以上|以下)")  # 50户以上
_EXAMPLES = re.compile(r".*等(?![级次于同待])")  # up to the last 等 of a list of examples
_ECONOMY = re.compile(r"(?:^|[将把])经济$")
_ALL_OF_THEM = re.compile(r"[均都][\u4e00-\u9fff]{0,3}$")  # 均增长, 都要达到: right before the number



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


def name_numbers(text: str, quantities: list[Quantity]) -> list[Naming]:
    """The :class:`Naming` of each of ``quantities`` (``find_quantities(text)``), in order."""
    reader = _Reader(text, quantities)
    out = []
    for i in range(len(quantities)):
        level = reader.level(i)
        name, words = reader.own(level)
        out.append(Naming(name, words, level, tuple(reader.shared_levels(i)[1:])))
    return out


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
    if len(stripped) <= _SHORTEST_OBJECT:  # 新增学位: 学位 alone says nothing
        kept = _FILLERS.sub("", text)
        return kept if kept else stripped
    return stripped


def name_before(lead: str) -> str:
    """The indicator in the words before a number: ``确保全年固定资产投资增长`` → ``固定资产投资``."""
    text = _LIST_MARK.sub("", _after_bracket(_NOTE.sub("", lead).strip(" \u3000\n,，、;；:：(（")))
    while True:
        text = _drop_lead_words(text)
        m = _NAME_END.search(text)
        if m is None:
            break
        if _ECONOMY.search(text, 0, m.start()) and m.group() in ("增长", "增速"):
            return "经济" + m.group()  # 经济增长6%: 经济 alone names nothing (昆山将经济增长目标设为…)
        if m.start() > 0:
            rest = text[m.end() :]
            if not rest or _NAME_END.search(rest):
                text = text[: m.start()]
            elif m.group() == _KEEPS_OBJECT:  # 重点项目完成投资200亿元: <projects>完成投资
                pass
            elif m.group() in _TAKES_OBJECT:  # 在重点领域突破关键技术10项: the object is the name
                text = rest
            elif m.group() == "实现" and _FILLER_END.search(text, 0, m.start()):
                text = rest  # 昆山预计实现地区生产总值…: a subject and an adverb, then the object
            else:
                text = text[: m.start()]
            break
        text = text[m.end() :]  # 力争增长…: a verb first, keep looking after it
    while (trimmed := _TRAILING_BOUND.sub("", _TRAILING_VERB.sub("", text))) != text:
        text = trimmed
    name = text.strip(" \u3000,，、的")
    if name.count("“") > name.count("”"):  # 268个“一村一品”…: a quote left open is no part of it
        name = name.replace("“", "")
    examples = _EXAMPLES.search(name)
    if examples and len(name) - examples.end() >= _SHORTEST_OBJECT:
        name = name[examples.end() :]  # 建成东部过境高速等道路35条: the name is what they are examples of
    return "" if _LEAD_WORDS.fullmatch(name) else name  # 新建的32.79万吨…: a verb names nothing


def _after_bracket(text: str) -> str:
    """The words after a bracket or quote closed but not opened in ``text`` (…省重点项目)完成投资 →
    完成投资; …拿地即开工”项目审批用时 → 项目审批用时)."""
    for close, opening in ((")", "("), ("）", "（"), ("”", "“"), ("》", "《")):
        at = text.rfind(close)
        if at >= 0 and opening not in text[:at]:
            text = text[at + 1 :]
    return text


def split_shared_name(name: str, n: int) -> list[str]:
    """One name per number for shared phrasing: ``城镇和农村居民人均可支配收入`` → 城镇…, 农村…."""
    if n < 2:
        return [name]
    for pair, sides in _PAIRS.items():
        at = name.find(pair)
        if at >= 0 and n == len(sides):
            return [name[:at] + side + name[at + len(pair) :] for side in sides]
    sectors = _SECTORS.search(name)
    if sectors and n == len([g for g in sectors.groups() if g]):
        return [name[: sectors.start()] + g + name[sectors.end() :] for g in sectors.groups() if g]
    parts = [p for p in _CONJ.split(name) if p]
    if len(parts) != n:
        return [name] * n
    if all(p in _SIDE_WORDS for p in parts[:-1]):
        last = parts[-1]
        side = next((s for s in _SIDE_WORDS if last.startswith(s)), "")
        suffix = last[len(side) :]
        return [p + suffix for p in parts[:-1]] + [last]
    return [p + _shared_head(p, parts[-1]) for p in parts[:-1]] + [parts[-1]]


def _shared_head(item: str, last: str) -> str:
    """The words the last listed item adds for every item, ``''`` when the items end alike
    (``贷款余额、存款余额``): after the ending they share (``高新技术产业、战略性新兴产业增加值`` →
    增加值), after the length of items that start alike (``生活垃圾、生活污水有效治理率`` →
    有效治理率), or a measure word (``先进制造业、高技术产业投资`` → 投资)."""
    if item[-1:] == last[-1:]:
        return ""
    for k in range(min(len(item), len(last)), 1, -1):
        at = last.find(item[-k:])
        if at >= 0:
            return last[at + k :]
    if os.path.commonprefix([item, last]) and len(last) - len(item) >= 2:
        return last[len(item) :]
    m = _MEASURE_WORD.search(last)
    if m:
        return m.group()
    # 省、市重点建设项目 / 居民、职工门诊报销范围: a short item is the start of the last one's kind
    return last[len(item) :] if len(item) <= _SHORT_ITEM and len(last) - len(item) >= 2 else ""


def _counted(text: str, end: int) -> str:
    """The thing a count right before ``end`` counts: ``23个乡镇社工站和1个…`` → 乡镇社工站; ''
    when a verb follows the count (``建成文化站14个并投入使用``). A threshold in its name is passed
    over (``230个50户以上木质房屋连片村寨…`` → 木质房屋连片村寨…)."""
    threshold = _THRESHOLD.match(text, end)
    m = _COUNTED.match(text, threshold.end() if threshold else end)
    name = m.group() if m else ""
    if _COUNTED_START.match(name):
        return ""
    stop = _COUNTED_END.search(name)
    counted = _TRAILING_JOINER.sub("", name[: stop.start()] if stop else name)
    return counted.replace("“", "") if counted.count("“") > counted.count("”") else counted


def _describes_what_follows(text: str, q: Quantity) -> bool:
    """``80%的村``, ``50%以上美丽乡村``, ``超30亿元精品陶瓷企业``, ``超10亿元30个``, ``15分钟文化圈``,
    ``突破400亿元大关``."""
    follower = text[q.end : q.end + 1]
    if q.qualifier in ("以上", "以下") and _COUNT_BEFORE.search(text, max(0, q.start - 5), q.start):
        return True  # 230个50户以上木质房屋: a threshold in the name of what is counted
    if follower == "的" and _GOAL_AFTER.match(text, q.end):
        return False  # 控制在3.5%的较低水平, 完成800户的改造任务: the number is the goal's
    if follower == "的":
        return True
    if _LEAD_WORDS.match(text[q.end : q.end + 4]):
        return False  # 赤字率拟按3%左右安排: a light verb follows, not what the number describes
    if q.unit in COUNT_UNITS or not (_starts_noun(follower) or follower.isdigit()):
        return False
    threshold = q.qualifier in ("以上", "以下") or text[q.start - 1 : q.start] in ("超", "过")
    return threshold or q.unit in ("%", "‰", "分钟")


def _starts_noun(char: str, next_char: str = "") -> bool:
    if char + next_char in _NOUNS_FROM_JOINERS:  # 1000个和美乡村
        return True
    return bool(char) and ("\u4e00" <= char <= "\u9fff" or char in "“《") and char not in _NOT_A_NOUN


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

    def level(self, index: int) -> int:
        """The quantity whose indicator the ``index``-th one is about (see :meth:`_read_level`)."""
        if index not in self._level:
            self._level[index] = self._read_level(index)
        return self._level[index]

    def _read_own(self, index: int) -> tuple[str, str]:
        """The quantity's indicator and the words that name it alone (its own part of a shared list)."""
        text, quantities = self.text, self.qs
        q = quantities[index]
        if text.startswith("大关", q.end):  # 总产值突破1000亿元大关: a milestone of the figure named before
            lead = clause_before(text, q.start, quantities[index - 1].end if index else 0)
            phrase = name_before(lead)
            return (phrase, lead) if phrase and not _WHEN.fullmatch(phrase) else ("", "")
        if _describes_what_follows(text, q):
            return "", ""
        group = self.groups[self.group_at[index]]
        head = quantities[group[0]]
        previous_end = quantities[group[0] - 1].end if group[0] > 0 else 0
        lead = clause_before(text, head.start, previous_end)
        follower = text[q.end : q.end + 1]
        goal = _GOAL_AFTER.match(text, q.end) if follower == "的" else None
        if goal and goal.group("goal") != "水平":  # 完成800户的改造任务: the task is the name
            return _GOAL_WORD.sub("", _counted(text, q.end + 1)), lead
        counted = _counted(text, q.end) if q.unit in COUNT_UNITS else ""
        if _MEASURE.fullmatch(counted):  # 等2个总投资14.77亿元: a measure of the things counted
            counted = ""
        if counted and (_starts_noun(follower, text[q.end + 1 : q.end + 2]) or _THRESHOLD.match(text, q.end)):
            return counted, lead
        if lead.rstrip().endswith(("、", "的")) and q.unit not in RATE_UNITS and _starts_noun(follower):
            # 燃煤锅炉拆改、25公里供热管线改造 / 全国最大的550兆瓦渔光互补: the words before are
            # another item, or describe what follows
            return _counted(text, q.end), lead
        if q.kind == "relative":
            return self._relative_name(index, group, lead), lead
        if len(group) == 1:
            # 项目实质性开工、到位投资8.5亿元: a single number belongs to the last listed item, unless
            # 均 (or 都) gives it to all of them: 工业投资、技改投资均增长15%.
            if lead.rstrip().endswith("等") and q.unit in COUNT_UNITS:
                return "", lead  # 铝壳端盖、精密设备制造等2个总投资14.77亿元项目: a count of examples
            phrase = name_before(lead)
            if not phrase or _WHEN.fullmatch(phrase) or self._is_increment(index):
                return self._named_elsewhere(index), lead
            if _TOTAL.fullmatch(phrase) and index:  # 新增…1615家,总量2.47万家: the total of that
                return self.own(self.level(index - 1))[0] + phrase, lead
            if phrase == "投资" and "完成投资" in lead:  # 项目300个,完成投资600亿元 (LABELLING)
                return "完成投资", lead
            return (phrase if _ALL_OF_THEM.search(lead) else phrase.rsplit("、", 1)[-1]), lead
        # 地区生产总值增速、规上工业增加值增速分别达到…: split the names before cutting at the verb.
        region, each, after = lead.partition("分别")
        region = _drop_lead_words(region.strip(" \u3000\n,，、;；:："))
        if not each:  # 工业和服务业增加值达到120亿元、260亿元: the names end at the verb
            region = name_before(region) or region
        own = split_shared_name(region, len(group))[group.index(index)]
        # 省、市重点建设项目分别完成投资342.9亿元、557.6亿元: the measure after 分别 is each one's
        measure = _MEASURE_AFTER.match(after)
        return name_before(own) + (measure.group() if measure else ""), own


    def _relative_name(self, index: int, group: list[int], lead: str) -> str:
        """A comparison's name: what is compared and with what (``规上工业增加值增长7.7%,分别高于全国、
        全省平均增速4.1、2.6个百分点`` → 规上工业增加值增速高于全国, …高于全省); the subject is the
        words before the comparison, or else the figure it follows."""
        quantities = self.qs
        m = None
        for m in _COMPARISON.finditer(lead):
            pass
        if m is None:
            return name_before(lead)
        subject = name_before(re.sub(r"分别$", "", lead[: m.start()]))
        compared_growth = False
        if not subject:  # 增长5.9%,高于全市0.8个百分点: the growth before is what is compared
            before = [j for j in range(group[0]) if quantities[j].kind != "relative"]
            subject = self.own(self.level(before[-1]))[0] if before else ""
            compared_growth = bool(before) and quantities[before[-1]].kind == "growth"
        bases = [b for b in _CONJ.split(_BASE_TAIL.sub("", m.group("base"))) if b]
        base = bases[group.index(index)] if len(bases) == len(group) else "".join(bases)
        growth = (compared_growth or re.search("增速|增幅|增长", lead)) and not RATE_SUFFIX.search(subject)
        rate = "增速" if subject and growth else ""
        return f"{subject}{rate}{m.group('cmp')}{base}"


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
        if q.unit and q.unit not in RATE_UNITS and _starts_noun(text[q.end : q.end + 1]):
            return _GOAL_WORD.sub("", _counted(text, q.end))  # 7.89亿元政府隐性债务化解目标
        if index and self._is_increment(index):  # 达到417亿元,净增110.8亿元: the level's 净增
            verb = _INCREMENT.search(text, quantities[index - 1].end, q.start)
            owner = self.own(self.level(index - 1))[0]
            return owner + verb.group() if owner and verb else ""
        if index and q.kind == "level":
            previous, between = quantities[index - 1], text[quantities[index - 1].end : q.start]
            glued = between in ("", "、") and previous.unit != q.unit
            # 地区生产总值突破400亿元大关,达到417亿元: the clause before names it
            reached = _BARE_VERB.fullmatch(between.lstrip("，,、大关 "))
            if reached and (previous.unit == q.unit or previous.kind == "growth"):
                return self.own(index - 1)[0] or self._lead_name(index - 1)
            # 开工率一季度达到30%、二季度达到65%: a milestone of the same figure
            milestone = _WHEN.match(between.lstrip("、,，")) and previous.unit == q.unit
            if previous.kind == "level" and (glued or milestone):
                return self.own(index - 1)[0]
        return ""

    def _read_level(self, index: int) -> int:
        """The quantity whose indicator the ``index``-th one is about: a nameless change right after
        levels is theirs, one to one (``生产总值326.3亿元、增长6.8%``; ``城乡居民人均可支配收入达到
        39529元和16183元,分别增长4.7%和6.6%`` → 4.7% is 39529元's); any other quantity is its own,
        and so is a lone ``分别`` change (its list is cut off)."""
        text, quantities = self.text, self.qs
        if quantities[index].kind != "growth":
            return index
        if self.own(index)[0]:
            # 城镇化率提高1.2个百分点,达到58.6%: a change said before the level it reaches
            after = index + 1
            if after < len(quantities) and quantities[after].kind == "level":
                between = text[quantities[index].end : quantities[after].start].lstrip("，, ")
                if _BARE_VERB.fullmatch(between) and not name_before(between):
                    return after
            return index
        groups = self.groups
        at = self.group_at[index]
        if at == 0:
            return index
        shared = self.shared_levels(index)
        if shared:
            return shared[0]
        if at > 1 and self._is_increment(groups[at - 1][0]):
            at -= 1  # 达到417亿元,净增110.8亿元,增长9.4%: the change is the level's, not the increment's
        levels, changes = groups[at - 1], groups[self.group_at[index]]
        if len(levels) != len(changes) or quantities[levels[0]].kind != "level":
            return self._distributed_level(changes, index)
        # 接待游客1126.3万人次,实现旅游收入115.5亿元,分别增长14.6%、17.3%: cut after 14.6%, the lone
        # 分别 change belongs to a list this quote does not show.
        between = text[quantities[levels[-1]].end : quantities[changes[0]].start]
        if len(changes) == 1 and "分别" in between:
            return index
        return levels[changes.index(index)]


    def _is_increment(self, index: int) -> bool:
        """``净增110.8亿元``: an amount added to a level, not a level."""
        q = self.qs[index]
        if q.kind != "level" or q.unit in RATE_UNITS or not _INCREMENT_END.search(self.text, max(0, q.start - 4), q.start):
            return False
        lead = clause_before(self.text, q.start, self.qs[index - 1].end if index else 0)
        return bool(_INCREMENT.fullmatch(lead.strip()))

    def shared_levels(self, index: int) -> list[int]:
        """The levels of a list that one nameless change after ``分别`` is each one's change
        (``分别达35512元、25689元,分别同比增长7.8%``); ``[]`` for any other quantity."""
        text, quantities = self.text, self.qs
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
        right after as many levels, each in its own clause, gives them one change each."""
        text, quantities = self.text, self.qs
        first, n = changes[0], len(changes)
        prior = list(range(first - n, first))
        lead = text[quantities[first - 1].end : quantities[first].start] if first else ""
        if n < 2 or first < n or "分别" not in lead or any(quantities[k].kind != "level" for k in prior):
            return index
        return prior[changes.index(index)]



def listed_names(found: str, pairs: bool = False) -> list[str]:
    """The names a phrase that lists several indicators stands for, one per indicator
    (``工业投资、技改投资`` → 工业投资, 技改投资); with ``pairs``, also a pair written as one word
    (``城乡居民人均可支配收入`` → 城镇…, 农村…); ``[]`` for a phrase naming one."""
    n = len([p for p in _CONJ.split(found) if p])
    if n < 2 and pairs and any(pair in found for pair in _PAIRS):
        n = 2
    return split_shared_name(found, n) if n >= 2 else []
