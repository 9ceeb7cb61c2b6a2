"""The one number parser: every quantity in a text, with range, unit, qualifier, kind and direction.

Both grounding (checking an LLM's claimed numbers against its quote) and the rules engine use
:func:`find_quantities`, so a phrasing is understood the same way everywhere.

What counts as a quantity: an Arabic number (full-width digits and ``％``/``．`` accepted) such as
``6%``, ``6.5—7%``, ``326.3亿元``, ``4万人``. What does not: years (``2023年``, ``2021-2035``),
dates (``1-5月``, ``2023-07-03``) and times of day (``20:51``), spans of time (``3个月``), ordinals
(``第3``), heading numbers (``1.`` / ``2、``), a table's or chart's number (``见表1``), footnote marks
(``[8]``), codes glued to letters (``5G``, ``G105``) and Chinese numerals (``两位数``).

The kind and direction come from the words between the previous quantity (or the clause start)
and the number: ``增长/下降/涨幅…`` make a *growth* rate, ``高于全省…`` a *relative* figure, anything
else (``控制在``, ``达到``, ``保持在``, ``新增…``) a *level*. Numbers listed with a bare conjunction
(``分别增长7%和8%左右``) share the first one's kind and the last one's qualifier. A bound written
before the number is a qualifier too: ``不低于6%`` → 以上, ``不超过3%`` → 以内.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import cast

from ..ingest.script import fold_script
from ..models import Direction, Qualifier, TargetKind
from ..text.quotes import normalize_width
from .lexicon import alternation, lexicon

__all__ = [
    "Quantity",
    "find_quantities",
    "clause_before",
    "list_groups",
    "CHANGE_AFTER",
    "BARE_RISE",
    "EARLIER_PERIODS",
    "BARE_FALL",
    "MULTIPLE_OF_BASE",
    "PULL",
    "base_in_brackets",
    "UNITS",
    "RATE_UNITS",
    "COUNT_UNITS",
    "QUALIFIERS",
    "unwrap",
    "wraps_at",
    "DIGIT_GROUP_AHEAD",
]

QUALIFIERS = ("左右", "以上", "以内", "以下")
_WORDS = lexicon()
# A bound written before the number. The schema's qualifier is one of 左右/以上/以内/以下/"", so an
# inclusive lower bound (不低于/不少于/突破/超过 6%) reads as 以上, an upper bound (不超过/不高于) as
# 以内 and an approximation (约/近 80万吨, not 节约/签约 1.2万吨 or 附近) as 左右.
_BOUND_BEFORE = re.compile(
    rf"(?:(?P<above>{alternation(_WORDS.above)})|(?P<within>{alternation(_WORDS.within)})"
    rf"|(?<![节制签合预履违附最])(?P<about>{alternation(_WORDS.about)}))\s*$"
)
_BOUND_QUALIFIER: dict[str, Qualifier] = {"above": "以上", "within": "以内", "about": "左右"}
RATE_UNITS = _WORDS.rate_units  # the units of a growth rate or a change
COUNT_UNITS = frozenset(_WORDS.count_units)  # a count may name what it counts right after it
UNITS = tuple(sorted(_WORDS.units, key=len, reverse=True))  # longest first

# 1,200万人: a thousands separator (an ASCII comma before exactly three digits) is part of a number.
# 6 . 5%: a page typeset with spaces around the decimal point (one at most on each side).
# (and grouped by ten thousands, as Taiwan's budgets write it: 1089,0827,000元 is 10,890,827,000元)
# What follows a comma that groups a number's digits (1,564亿元, 1089,0827,000元): no clause breaks there.
DIGIT_GROUP_AHEAD = r"\d{3}(?!\d)|\d{4},\d"
_NUM = r"(?:\d{1,4}(?:,\d{4})+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:[ \u3000]?\.[ \u3000]?\d+)?"
_DASH = r"(?:[—–－\-~～〜]{1,2}|至|到)"
_UNIT = alternation(UNITS)
_PER = alternation(_WORDS.per_units)  # (390公斤/亩: a unit counted per another is one unit)
_QUANTITY = re.compile(
    rf"(?P<a>{_NUM})(?P<u1>%)?"
    rf"(?:\s*{_DASH}\s*(?P<b>{_NUM})(?(u1)(?=\s*%)))?"  # (下降6%至7610亿元: a change, then the level it leads to)
    rf"(?:(?P<magnitude>[万亿])(?=[余多]))?"  # 2.2万余个, 76万多名: the unit is 万个, 万名
    # (9万人口, 10万人才: 人 starts the noun counted, not the unit)
    rf"(?P<more>{alternation(_WORDS.above_after)})?(?:[ \u3000](?=\S))?(?P<unit>(?:{_UNIT})(?:/(?:{_PER}))?)?(?!(?<=人)[口民才])"
    rf"(?:及(?=以[上下]))?(?P<q>{'|'.join(QUALIFIERS)})?"  # (5亿元及以上: 以上)
)
# (not 快于2023年1.8个百分点: a year, then a figure)
_DATE = re.compile(  # (and a quarter in digits: 增速比1季度回落0.2个百分点)
    r"(?<![\d.])[1-4]季度|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}日?|\d{4}年\d{1,2}[-/.月]\d{1,2}日|\d{4}年\d{1,2}[-—~～至到]\d{1,2}月|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日"
)
# A span of time is no quantity: 3-6个月实训, 最多15个工作日 (LABELLING: durations are not items).
_DURATION = re.compile(r"\d+(?:\.\d+)?(?:\s*[-—~～至到]\s*\d+)?个(?:月|工作日|季度)")
# A number that is part of a name, not a count: 航天六院165所, 中国电科38所, 3人制篮球场.
_IN_A_NAME = re.compile(r"(?<=[一二三四五六七八九十]院|电科)\d+(?=所)|\d+(?=人制)")
_NOT_AFTER = re.compile(r"[年月日号时]|[A-Za-z+]")
# A share written as a fraction (占全市1/8) is no figure of its own (LABELLING_NOTES 113).
_FRACTION = re.compile(r"(?<![\d.])\d{1,2}/\d{1,2}(?![\d.%])")
# The base's own rate, in brackets between a comparison and its gap (高于全国(5.0%)0.8个百分点, 高于年初
# 目标(9%)1个百分点): no figure.
# (also 增速比全国(5.5%)高1.3个百分点: the base's rate, then the comparison's word; 较一季度(-10.8%)
# 回升2.1个百分点, 较上年同期(3.2%)提高: an earlier period's, then the change's verb)
# (比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点: each base's, listed before the gaps)
_BASE_RATE = re.compile(
    r"(?<=[国省市区县州标度期年月平][(（])[-−－]?\d+(?:\.\d+)?[%％]"
    r"(?=[)）](?:[和、及与][^\d,，;；。()（）]{1,8}[(（][-−－]?\d+(?:\.\d+)?[%％][)）])*(?:分别)?"
    r"(?:\d|高出?|快|低|慢|回升|回落|提高|加快|放缓|下降|上升|收窄|扩大))"
)
_ANY_DIGIT = re.compile(r"\d")
# A clause ends at punctuation, a line end, or a space between two characters (a one-line report
# separates its paragraphs so; 改善 单位GDP能耗降低3%).
_CLAUSE_END = re.compile(r"[,，;；。:：!！?？\n]|(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_GROUP_GLUE = re.compile(r"\s*(?:和|与|及|、)\s*[-−]?")  # (同比分别-6.2%、-19.3%: the sign is the figure's)
_RUN_GAP = re.compile(r"[ \u3000]*(?:、|和|及|与)[ \u3000]*")  # (2.5万户、9.9万人和256.8亿元: the last after 和)

# The trigger nearest to the number (rightmost) decides; order inside each pattern is irrelevant.
# 控制在/保持在/达到 are neutral: 涨幅控制在3% is a rate, 失业率控制在5.5% a level.
_LEVEL_VERB = r"(?:提高|提升|增加|增长|上升|下降|降低|减少|缩小|扩大|上调|下调|调升|调高|调降|调整|下跌|回落|回升|下滑|攀升|跃升)(?:到|至)|降至|增至|跌至|升至"
# (Hong Kong and Macau write a fall so too: 按年急挫18.7%, 收缩4.1%, 按季跌0.4个百分点; a budget's 下调53%)
# Hong Kong's and Macau's bare verbs right before a figure (出口价格升1.9%, 货量则跌17.2%, …的23.44亿元
# 多近2.28倍): not the second character of a word (提升, 下跌, 最多); :mod:`.naming` ends a name there too.
BARE_RISE = r"(?:(?<![提上回攀飙跃急调晋])升|(?:^|(?<=[的元人%]))多)"
BARE_FALL = r"(?<![下急暴大])跌"
_DECREASE = rf"下降|降低|减少|下调|调降|约减|净减|年减|回落|压减|削减|缩小|缩减|缩短|降幅|下跌|跌幅|减幅|减产|急挫|下挫|收缩|萎缩|下滑|{BARE_FALL}"
# (人口自然增长率2.3%: a demographic rate, a level; no growth of 人口自然)
# (陕西GDP增7.6%: a headline's bare 增; not 新增, 净增, 年增, 比增, said above)
_INCREASE = rf"(?<![新净年比])增$|同比(?:分别)?(?:为|是)?[-−+＋]?$|(?<!自然)增长(?!的?贡献|面)|成长(?!型)|年增(?!长|加)|净增|增产|增速|增幅|涨幅|升幅|上涨|上升|回升|提高|提升(?!改造|工程|行动|项目)|增加(?!值|价值)|增量|(?<!可)比增|急升|飙升|跃升|攀升|扩张|上扬|上调|调升|调高|(?:按年|同比)升|{BARE_RISE}(?:了|约|近)?$"  # (按季急升5.3%, 服务输出扩张16.5%; a budget's 上调; 出口价格升1.9%)
# A change said after its rate: 录得3.2%增长, 实现5.5%的增长, 3%的跌幅.
# (录得18.9%按年跌幅, 录得3.2%的实质升幅: Hong Kong's and Macau's order, the period or "real" between)
CHANGE_AFTER = re.compile(
    r"的?(?:按年|按季|按月|实质)?的?(?:(?P<inc>增长|增幅|增速|升幅|涨幅|上升|上涨)|(?P<dec>下降|降幅|跌幅|下跌|回落))"
)
# 空气质量综合指数改善11.5%: a change whose direction the word does not say (a lower index is better)
# A multiple of a base year's (是2016年的2.1倍, 分别是上年的1.4倍和1.6倍): the change since, no direction
# said; the words name nothing (:mod:`.naming`).
MULTIPLE_OF_BASE = (
    r"(?:分别|均|都)?(?:是|为)(?:(?:19|20)\d{2}年(?:末|底)?|上年|去年|“?十[一二三四五]五”?(?:时期|期末|末)?|建[区县市]之初)(?:同期)?的"
)  # (均是“十二五”末的1.3倍, 分别是“十二五”的1.1倍, 为建区之初的7倍)
_NEUTRAL_CHANGE = rf"改善(?!率)|好转|{MULTIPLE_OF_BASE}(?:分别)?$"
# A rate's pace right before its change (比去年同期加快2.2个百分点; not 加快5条样板墟, a plan's manner)
# (增长7.2%,比7月份高2.5个百分点; 比上月低0.3个百分点: the rate against an earlier period's, its pace)
# The periods a figure is compared with, within a year (比上月, 较一季度, 比1-5月份, 较第3季)
EARLIER_PERIODS = r"上月|上季度?|第?[一二三四1-4]季度?|前三季度|上半年|\d{1,2}\s*[-—~～至到]\s*\d{1,2}月份?|\d{1,2}月份?"
_EARLIER_PERIOD = rf"(?:比|较)(?:上年|去年|{EARLIER_PERIODS})(?:同期)?"
_PACE = rf"(?P<faster>加快|{_EARLIER_PERIOD}(?:高出?|快))$|(?P<slower>放缓|{_EARLIER_PERIOD}(?:低|慢))$"
_TRIGGER = re.compile(rf"{_PACE}|(?P<level>{_LEVEL_VERB})|(?P<dec>{_DECREASE})|(?P<inc>{_INCREASE})|(?P<neutral>{_NEUTRAL_CHANGE})")
# A comparison with a base: 高于全省1个百分点, 高于某某市平均增速, 超时序进度70.5个百分点,
# 超年度计划目标13.9%.
# A part's pull on the whole's growth (拉动经济增长1.6个百分点): a relative figure, named by the part
# (:mod:`.naming`).
PULL = r"拉动(?P<whole>[\u4e00-\u9fffA-Z]{0,6}?)增长(?:了)?"  # (拉动GDP增长)
_BASE = r"(?:全国|全省|全市|全州|省|国|市|自治区|[\u4e00-\u9fff]{1,4}[省市县区])"  # what a rate is compared with
# One base, with its own rate in brackets (比全省(7.4%)和全国(6.3%)分别高…, 比全国平均水平(7.0%)高…)
_ONE_BASE = rf"{_BASE}(?:[(（][\d.#]+[%％#]?[)）])?(?:平均)?(?:水平|增速|增幅)?(?:[(（][\d.#]+[%％#]?[)）])?"
_COMPARE = re.compile(
    # (增速分别高全国、全省…: 高 alone before 全国)
    r"(?:高于|快于|好于|优于|超过|超出|高出|领先|低于|慢于|(?<=分别)[高低快慢](?=全))(?:全[国省市区县州旗盟]|省|国|市|平均|同期|预期|[\u4e00-\u9fff]{1,4}[省市县区]平均"
    r"|[\u4e00-\u9fff]{2,4}[省市县区]$"  # (高于吴忠市1.4个百分点: a place named)
    r"|(?:19|20)\d{2}年(?=\d|$))"  # (增长4%,快于2024年1.8个百分点: the year before's growth)
    # 增速比全国高1.7个百分点; 分别比全国、自治区和全市高4.2、4.3和3.2个百分点
    rf"|比{_ONE_BASE}(?:[、和及]{_ONE_BASE})*(?:分别)?(?:高出?|快|低|慢)$"
    r"|超(?:过)?(?:时序|序时)进度"
    rf"|{PULL}$"
    r"|[超差](?:过|出)?(?:年度|全年)?(?:计划|预期)?目标(?:任务)?"  # 超年度计划目标13.9%, 差计划目标3.1个百分点
    r"|(?:高于|低于|快于|慢于)(?:去年|上年|年初)?(?:确定的)?(?:年度|全年)?(?:增速|增长|计划|预期)*目标"  # 高于全年增速目标7.5个百分点, 高于去年目标
    # 比年初目标(6.5%)低2.3个百分点, 比年度计划高20.3个百分点
    r"|比(?:去年|上年|年初)?(?:确定的)?(?:年度|全年)?(?:(?:增速|增长|计划|预期)*目标|计划(?:投资)?)(?:[(（][\d.#]+[%％#]?[)）])?(?:高出?|快|低|慢)$"
)

# A base's own figure in brackets right after a change (同比增长7.5%(全市11.1%)): the same change of the
# place compared with, a figure of its own.
_BRACKETED_BASE = re.compile(rf"[(（](?P<base>{_BASE})(?:平均|同期)?(?:为|增长|增速)?")


# Whitespace a PDF extraction leaves inside a sentence: a line break that is no paragraph's end
# (收\n入, 增长\n5.8%: the character before it ends no sentence, the line is no heading), and spaces
# of letter-spaced words (居民 人 均可 支 配收入: a one-character piece beside them) or beside a list
# mark (5.8% 、5%). A space between two long pieces stays (a one-line report's paragraph break).
_CJK = "\u4e00-\u9fff"
_HEADING_MARK = r"[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+|——|[●■◆★▲·•]"
_WRAP = re.compile(
    rf"(?<=[^\s。！？!?；;:：])[ \u3000]*\n[ \u3000]*(?=[^\s]|$)"
    rf"|(?<=[、,，;；])[ \u3000]+|[ \u3000]+(?=[、,，;；])"
    rf"|(?<=[{_CJK}])(?<![{_CJK}][{_CJK}])[ \u3000]+(?=[{_CJK}])|(?<=[{_CJK}%])[ \u3000]+(?=[{_CJK}](?:$|[^{_CJK}]))"
)
# A count set off by spaces after the verb that opens its clause, its noun after it, as a news feed bolds
# it (新增 51家 “长者照护之家”); not a figure whose clause names it before (…筹集资金550亿元以上 南昌市…:
# a headline ends there).
_SET_OFF = re.compile(
    rf"(?<![^\s,，、;；:：。])[{_CJK}]{{1,3}}(?P<before>[ \u3000]*)[\d.,]+[{_CJK}]{{0,4}}(?P<after>[ \u3000]+)(?=[{_CJK}“])"
)
_LINE_HEAD = re.compile(rf"(?:^|\n)[ \u3000]*(?:{_HEADING_MARK})")


def unwrap(text: str) -> tuple[str, tuple[int, ...] | None]:
    """``text`` without the whitespace a PDF extraction leaves inside its sentences (:data:`_WRAP`),
    and each kept character's offset in ``text`` (``None`` when nothing was dropped)."""
    if " " not in text and "\n" not in text and "\u3000" not in text:
        return text, None
    cuts = [m.span() for m in _WRAP.finditer(text) if _is_wrap(text, m)]
    cuts += [m.span(g) for m in _SET_OFF.finditer(text) for g in ("before", "after") if m.group(g)]
    cuts = sorted(set(cuts))
    if not cuts:
        return text, None
    kept: list[int] = []
    pos = 0
    for a, b in cuts:
        kept.extend(range(pos, a))
        pos = max(pos, b)  # (two patterns may cut the same run of spaces)
    kept.extend(range(pos, len(text)))
    return "".join(text[i] for i in kept), tuple(kept)


def wraps_at(text: str, at: int) -> bool:
    """Whether the line break at ``at`` is inside a sentence (:func:`unwrap` drops it)."""
    start = at
    while start and text[start - 1] in " \u3000":
        start -= 1
    m = _WRAP.match(text, start)
    return m is not None and m.end() > at and _is_wrap(text, m)


def _is_wrap(text: str, m: re.Match[str]) -> bool:
    """A line break inside a sentence, not one after a heading or before a list item."""
    if "\n" not in m.group():
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not (_LINE_HEAD.match(text, line_start) or _LINE_HEAD.match(text, m.end() - 1) or m.end() == len(text))


@dataclass(frozen=True)
class Quantity:
    """One number found in a text, with everything code can parse around it."""

    value: float
    value_max: float | None
    unit: str
    qualifier: Qualifier  # "左右" | "以上" | "以内" | "以下" | ""
    kind: TargetKind  # "growth" | "level" | "relative"
    direction: Direction  # "increase" | "decrease" | ""
    start: int  # offsets of the number expression (number, range, unit, qualifier) in the text
    end: int


def _hashes(m: re.Match[str]) -> str:
    return "#" * len(m.group())  # masked out, offsets kept


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order of appearance (offsets into ``text`` itself)."""
    if _ANY_DIGIT.search(text) is None:
        return []  # most clauses of a report hold no number
    flat, origin = unwrap(text)
    if origin is not None:  # read without the wrapping; offsets back in ``text``
        return [replace(q, start=origin[q.start], end=origin[q.end - 1] + 1) for q in find_quantities(flat)]
    norm = normalize_width(fold_script(text))
    masked = _FRACTION.sub(_hashes, _IN_A_NAME.sub(_hashes, _DURATION.sub(_hashes, _DATE.sub(_hashes, norm))))
    masked = _BASE_RATE.sub(_hashes, masked)
    found = _mixed_magnitudes(masked, [_parse(m) for m in _QUANTITY.finditer(masked) if _is_quantity(masked, m)])
    found = [_per_cent_before(masked, q) for q in found]
    out: list[Quantity] = []
    for group in list_groups(masked, found):
        previous_end = found[group[0] - 1].end if group[0] else 0
        out.extend(_classify(masked, [found[i] for i in group], previous_end))
    return _currency_before(masked, _per_period(masked, _compared_in_brackets(masked, out)))


def _per_cent_before(text: str, q: Quantity) -> Quantity:
    """A figure written after 百分之 (按年上升百分之5.5, as Hong Kong's releases write it) in per cent."""
    return replace(q, unit="%") if not q.unit and text.endswith("百分之", 0, q.start) else q


# An amount written in mixed magnitudes, as Taiwan and Hong Kong write it (302億1,292萬9,000元,
# 56億6,184萬元, 1萬5000元, 1萬2,045戶): one amount, in its first magnitude, with the unit its last
# part says (元, 户). Each part's magnitude is 10,000 times smaller than the one before ("" is ones).
_MAGNITUDE_ORDERS = (("兆", "亿", "万", ""), ("亿", "万", ""), ("万", ""))
_PART_STEP = 10_000
_HUNDREDS = re.compile(r"(?P<scale>千|百)(?P<rest>元?)")
_HUNDREDS_SCALE = {"千": 1000, "百": 100}


def _mixed_magnitudes(text: str, found: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        parts, tail = _magnitude_run(text, found, i)
        first, last = parts[0], parts[-1]
        if len(parts) > 1:
            value = round(sum(p.value / _PART_STEP**k for k, p in enumerate(parts)), 8)
            first = replace(first, value=value, unit=first.unit + tail, qualifier=last.qualifier or first.qualifier, end=last.end)
        out.append(first)
        i += len(parts)
    return out


def _magnitude_run(text: str, found: list[Quantity], i: int) -> tuple[list[Quantity], str]:
    """The parts of an amount in mixed magnitudes starting at ``found[i]`` (302亿, then 1,292万,
    then 9,000元, each right after the one before and smaller than a step), and the unit its last
    part names (元); ``[found[i]]`` alone for any other number."""
    head = found[i]
    order = next((o for o in _MAGNITUDE_ORDERS if head.unit == o[0]), None)
    if order is None or head.value_max is not None:
        return [head], ""
    parts = [head]
    for k, q in enumerate(found[i + 1 :], start=1):
        gap = text[parts[-1].end : q.start]
        glued = not gap.strip(" \u3000")
        if q.unit.startswith(("千万", "千亿")):  # (25亿8千万元: 8千万 is 8000万)
            q = replace(q, value=q.value * 1000, unit=q.unit[1:])
        magnitude = next((m for m in order[k:] if m and q.unit.startswith(m)), "")
        if q.unit[len(magnitude) :] not in ("", "元") and (gap or text[head.end : parts[-1].end].count(" ")):
            break  # (3亿 5000万人次: a count spaced off is a figure of its own; 1万2,045户 is one)
        skipped = order.index(magnitude) - k  # (magnitudes passed over; "" is the ones, last)
        hundreds = _HUNDREDS.fullmatch(q.unit) if not magnitude else None  # (2万4千元: 4千元 is 4000元)
        if hundreds:
            q = replace(q, value=q.value * _HUNDREDS_SCALE[hundreds.group("scale")], unit=hundreds.group("rest"))
        if not glued or q.value_max is not None or q.value >= _PART_STEP or skipped or q.unit in RATE_UNITS:
            break
        if not q.unit and text.startswith(("千", "百"), q.end):
            break  # (2万4千人: a count in words this reader does not read)
        parts.append(q)
        tail = q.unit[len(magnitude) :]
        if tail or not magnitude:
            return parts, tail  # (9,000元, 2,045户: the ones, in the amount's unit)
    return parts, ""


# Money given per head or per period, said right before it (每月1500元, 每人每年640元): its unit says
# so, as LABELLING writes it (元/月, 元/人/年).
# (每日 210元, 每月可获5000元: a space, or what is got, between them)
_PER_PERIOD = re.compile(
    r"(?P<head>每人|人均)?每(?P<period>[年月日天])(?:可获得?|可领取?|获发?|约|近|达|为|不低于|不少于|不超过|超过)?[ \u3000]?$"
)
_PERIOD_UNIT = {"年": "年", "月": "月", "日": "日", "天": "日"}


def _per_period(text: str, found: list[Quantity]) -> list[Quantity]:
    out = []
    for q in found:
        per = _PER_PERIOD.search(text, max(0, q.start - 9), q.start) if q.unit.endswith("元") else None
        if per is None:
            out.append(q)
            continue
        out.append(replace(q, unit=f"{q.unit}{'/人' if per.group('head') else ''}/{_PERIOD_UNIT[per.group('period')]}"))
    return out


# A currency named before its amount (澳门元107,375,096,600元, 港币3亿元): the amount's unit, as
# LABELLING writes a currency's (亿澳门元), and no part of the name before it.
_CURRENCY_BEFORE = re.compile(r"(?P<currency>澳门元|澳门币|港元|港币)[ \u3000]?$")  # (新台币 is the 元 Taiwan writes anyway)


def _currency_before(text: str, found: list[Quantity]) -> list[Quantity]:
    out = []
    for q in found:
        said = _CURRENCY_BEFORE.search(text, max(0, q.start - 4), q.start) if q.unit.endswith("元") else None
        if said is None or q.unit.endswith(said.group("currency")):
            out.append(q)
            continue
        out.append(replace(q, unit=q.unit.replace("元", said.group("currency"), 1), start=said.start()))
    return out


def _compared_in_brackets(text: str, found: list[Quantity]) -> list[Quantity]:
    """A base's figure in brackets after a change (增长7.5%(全市11.1%), 增长-2%(全省3%)) is a change too,
    of the verb's direction, its own sign deciding (:func:`base_in_brackets`)."""
    out = list(found)
    for i in range(1, len(out)):
        before, q = out[i - 1], out[i]
        if q.kind != "level" or not base_in_brackets(text, before, q):
            continue
        verb = "increase" if _minus(text, before) else before.direction  # 增长-2%: the verb said 增长
        out[i] = replace(q, kind="growth", direction=_signed(text, q, "growth", verb))
    return out


def base_in_brackets(text: str, before: Quantity, q: Quantity) -> str:
    """The base whose figure ``q`` is, in brackets right after the change ``before`` in the same unit
    (增长7.5%(全市11.1%) → 全市), or ''."""
    if before.kind != "growth" or q.unit != before.unit or not _bracket_closes(text, q.end):
        return ""
    m = _BRACKETED_BASE.fullmatch(text, before.end, q.start)
    return m.group("base") if m else ""


_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z])(?:GDP|CPI|PPI)$")
# A time of day (20:51): its hour starts a word (not 三次产业结构比为26:27:47, a ratio), then its minutes
_HOUR = r"(?:^|(?<=[\s日]))[0-2]?\d"
_MINUTES = r"[0-5]\d"
_CLOCK_BEFORE = re.compile(rf"{_HOUR}[:：]$")  # (the hour before the minutes)
_CLOCK_AFTER = re.compile(rf"[:：]{_MINUTES}(?!\d)")
_CLOCK_HOUR = re.compile(rf"{_HOUR}$")
_CLOCK_MINUTES = re.compile(_MINUTES)


def _is_quantity(text: str, m: re.Match[str]) -> bool:
    start, end = m.start(), m.end()
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    signed = before == "+" and text[start - 2 : start - 1] in ("(", "（")  # (通讯设备(+30.6%): a change's sign)
    if (before and before in "第.") or before.isdigit() or re.match(r"[A-Za-z+#]", before) and not signed and not _ACRONYM_BEFORE.search(text, 0, start):
        return False  # (5G, G236: a name's; but GDP2917.85亿元 is GDP's figure)
    if not m.group("unit") and (_NOT_AFTER.match(after) or (not m.group("u1") and _is_label(text, m))):  # (6% 、 is no heading)
        return False
    if not m.group("unit") and before and before in "表图":
        return False  # (见表1, 图2: a table's or chart's number)
    if _CLOCK_BEFORE.search(text, max(0, start - 4), start) and _CLOCK_MINUTES.fullmatch(m.group("a")):
        return False  # (发布时间:2030-02-27 20:51⏎本报讯: a time of day's minutes)
    if not m.group("unit") and _CLOCK_AFTER.match(text, end) and _CLOCK_HOUR.search(text, max(0, start - 1), end):
        return False  # (…and its hour)
    a = _number(m.group("a"))
    b = m.group("b")
    if b is not None and _number(b) < a:
        return False  # 2023-07 and friends: not a range
    return not (_looks_like_year(m.group("a")) and not m.group("unit"))


def _looks_like_year(number: str) -> bool:
    return len(number) == 4 and number[:2] in ("19", "20") and "." not in number


def _is_label(text: str, m: re.Match[str]) -> bool:
    """Heading numbers (``1.`` ``2、``) and bracketed marks (``(1)`` ``[8]``)."""
    start, end = m.start(), m.end()
    before = text[start - 1] if start else "\n"
    after = text[end : end + 2]
    if before in "([（【〔" and after[:1] in ")]）】〕":
        return True
    line_start = before in "\n \u3000" or start == 0
    return line_start and (after[:1] == "、" or (after[:1] == "." and not after[1:2].isdigit()))


def _number(written: str) -> float:
    return float(written.replace(",", "").replace(" ", "").replace("\u3000", ""))


def _parse(m: re.Match[str]) -> Quantity:
    """The number, range, unit and qualifier as written; kind and direction come later."""
    b = m.group("b")
    return Quantity(
        value=_number(m.group("a")),
        value_max=_number(b) if b is not None else None,
        unit=(m.group("magnitude") or "") + (m.group("unit") or m.group("u1") or ""),
        qualifier=cast(Qualifier, m.group("q") or ("以上" if m.group("more") else "")),
        kind="level",
        direction="",
        start=m.start(),
        end=m.end(),
    )


def _classify(text: str, group: list[Quantity], previous_end: int) -> list[Quantity]:
    """Kind and direction from the words before the list's head (``分别增长7%和8%左右``), which
    also share a unit written once (``7和8%``) and a qualifier written only after the last one."""
    head, tail = group[0], group[-1]
    unit = tail.unit or head.unit
    lead = clause_before(text, head.start, previous_end, limit=40)
    if text[head.start - 1 : head.start] in ("(", "（"):
        lead = ""  # (…提升工程正在施工中(75%): a bracket's figure is told by the words in the bracket only
    bound = _BOUND_BEFORE.search(lead)
    if bound:  # 不低于6%和7%: the bound governs the whole list
        shared = _BOUND_QUALIFIER[str(bound.lastgroup)]
    else:
        shared = tail.qualifier if all(not q.qualifier for q in group[:-1]) else ""
    out = []
    for k, (q, words) in enumerate(zip(group, _each_ones_words(lead, len(group)))):
        verb = _VERB_GLUE.fullmatch(text, group[k - 1].end, q.start) if k else None
        kind, direction = _kind_and_direction(verb.group() if verb else words, unit)  # (增长8.4%、下降4.8%: its own verb)
        # (录得1.0%的实质跌幅: a change whose verb says no direction has the one said after it)
        after = CHANGE_AFTER.match(text, tail.end) if (kind == "level" or not direction) and unit in RATE_UNITS else None
        if after:
            kind, direction = "growth", ("increase" if after.group("inc") else "decrease")
        elif unit == "%" and q.start and (sign := _SIGN_IN_BRACKETS.match(text, q.start - 1, q.start)):
            kind, direction = "growth", ("increase" if sign.group() == "+" else "decrease")
        own = unit if not q.unit or _cut_short(q.unit, unit) else q.unit
        value = -q.value if kind == "level" and _below_zero(text, q) else q.value  # (自然增长率为-3.93‰)
        out.append(replace(q, value=value, unit=own, qualifier=q.qualifier or shared, kind=kind, direction=_signed(text, q, kind, direction)))
    return out


# A rate signed in brackets after what it is of (药房货品(-5.5%)和车用燃料(-4.9%)下跌, 通讯设备(+30.6%)):
# that one's change, as Macau's and Hong Kong's releases write it. (Matched at the sign itself, the
# character before the figure: the lookbehind reads the bracket and the name before it.)
_SIGN_IN_BRACKETS = re.compile(r"(?<=[\u4e00-\u9fff][(（])[+\-−]")
_EACH_LEAD = re.compile(r"(?P<names>[^,，;；。]*?)分别(?P<verb>[^,，;；。、]*)$")


def _each_ones_words(lead: str, n: int) -> list[str]:
    """The words before each number of a list: with 分别 after as many names (城镇调查失业率、居民消费价格
    涨幅分别控制在5%和3%以内), each name with the shared verb, so a rate of a level and a growth
    rate are each read as what they are; else the whole lead for each."""
    each = _EACH_LEAD.search(lead)
    if n < 2 or each is None:
        return [lead] * n
    names, verb = each.group("names").split("、"), each.group("verb")
    subject, than, compared = each.group("names").rpartition("比")
    if than and len(bases := re.split("[、和与及]", compared)) == n:
        # (增速)比全省、全市分别高2、1.4个百分点, 比全市和全国分别高…: each compared with its own base
        return [subject + "比" + base + verb for base in bases]
    if len(names) != n:
        return [lead] * n
    # (教育、科技支出增速分别为6.5%、7.1%: a name that says no measure of its own has the last one's)
    return [(name if _MEASURED.search(name) else names[-1]) + verb for name in names]


_MEASURED = re.compile(r"率|增速|增幅|涨幅|降幅|跌幅|比重|占比|指数|价格")


# What a level's minus sign follows when it is below zero (自然增长率为-3.93‰, 分别为45.0%、56.9%和
# -1.9%: a list's; 人口自然增长率-3.5‰: its name's; not a range's 3-5%)
_SIGN_AFTER = "为是达至到:：、和与及"


def _below_zero(text: str, q: Quantity) -> bool:
    before = text[q.start - 2] if q.start >= 2 else ""
    return _minus(text, q) and (before in _SIGN_AFTER or "\u4e00" <= before <= "\u9fff")


def _signed(text: str, q: Quantity, kind: TargetKind, direction: Direction) -> Direction:
    """A growth written with a minus sign is a fall (增长-18.9%); not a range's dash (5-6%)."""
    return "decrease" if _minus(text, q) and kind == "growth" and direction == "increase" else direction


def _bracket_closes(text: str, end: int) -> bool:
    return end == len(text) or text.startswith((")", "）"), end)  # (a quote may end inside the bracket)


def _minus(text: str, q: Quantity) -> bool:
    return bool(q.start) and text[q.start - 1] in "-−" and not text[q.start - 2 : q.start - 1].isdigit()


def clause_before(text: str, start: int, previous_end: int = 0, limit: int | None = None) -> str:
    """The words governing a number at ``start``: back to the clause start or ``previous_end``."""
    lo = max(previous_end, 0 if limit is None else start - limit)
    window = text[lo:start]
    clause_breaks = list(_CLAUSE_END.finditer(window))
    return window[clause_breaks[-1].end() :] if clause_breaks else window


def list_groups(text: str, quantities: list[Quantity]) -> list[list[int]]:
    """Indexes of quantities listed with only a conjunction between them (``7%和8%``, ``6%、5.5%``),
    and runs of amounts in different units after as many listed names (:func:`_amounts_run`)."""
    groups: list[list[int]] = []
    run_end = -1
    for i, q in enumerate(quantities):
        if i <= run_end or (i and _listed_together(text, quantities[i - 1], q)):
            groups[-1].append(i)
        else:
            groups.append([i])
            run_end = _amounts_run(text, quantities, i)
    return groups


def _amounts_run(text: str, quantities: list[Quantity], head: int) -> int:
    """The last index of a run of amounts in different units said with only 、 between them, after
    as many names listed with 、 (煤炭、原油、天然气产量7.8亿吨、2470万吨、350亿方: one amount each);
    ``-1`` when there is none (老旧小区58个、2.25万户: one thing, measured twice)."""
    end = head
    while (
        end + 1 < len(quantities)
        and quantities[end].unit not in RATE_UNITS
        and quantities[end + 1].unit not in RATE_UNITS
        and _RUN_GAP.fullmatch(text, quantities[end].end, quantities[end + 1].start)
    ):
        end += 1
    if end == head or len({q.unit for q in quantities[head : end + 1]}) < 2:
        return -1
    lead = clause_before(text, quantities[head].start, quantities[head - 1].end if head else 0)
    # (粮食播种面积和产量分别稳定在381万亩、110万吨: with 分别, 和 lists the names too)
    names = re.split("[、和与及]", lead.split("分别")[0]) if "分别" in lead else lead.split("、")
    return end if len(names) == end - head + 1 else -1


def _cut_short(part: str, whole: str) -> bool:
    """Whether a list's unit written once leaves only its first word on an item (1个 of
    高于全国、全省1个、0.2个百分点; 1409万 of 分别达1409万、1305万人次)."""
    return (whole in RATE_UNITS or part in _MAGNITUDES) and whole.startswith(part) and whole != part


_MAGNITUDES = ("万", "亿")
_GROWTH_UNITS = ("%", "倍")


def _listed_together(text: str, a: Quantity, b: Quantity) -> bool:
    # 7和8%: the unit is written once; 1个、0.2个百分点: its first word on each
    # (产量分别增长11.8倍、100%、69.7%: a growth in times and one in per cent, changes alike)
    growths = {a.unit, b.unit} <= set(_GROWTH_UNITS)
    compatible = a.unit == b.unit or "" in (a.unit, b.unit) or _cut_short(a.unit, b.unit) or growths
    glued = a.end == b.start and a.unit == "%" == b.unit  # 分别增长4%6.2%: a copy lost the 、
    # 分别增长6.9%、增长8.4%、下降4.8%: each change with its own verb, and no name between
    # (下降0.2个、下降0.6个、提高0.8个百分点: 个 is 个百分点 cut short)
    verbed = _rate_like(a.unit) and _rate_like(b.unit) and _VERB_GLUE.fullmatch(text[a.end : b.start]) is not None
    return compatible and (glued or verbed or _GROUP_GLUE.fullmatch(text[a.end : b.start]) is not None)


def _rate_like(unit: str) -> bool:
    return unit in RATE_UNITS or unit == "个"


_VERB_GLUE = re.compile(r"\s*(?:和|与|及|、)\s*(?:同比)?(?:增长|下降|提高|降低|上涨|下跌|回落|减少|增加|上升|提升|回升)\s*")


def _kind_and_direction(context: str, unit: str) -> tuple[TargetKind, Direction]:
    triggers = [t for t in _TRIGGER.finditer(context) if unit in RATE_UNITS or not (t.group("faster") or t.group("slower"))]
    last = triggers[-1] if triggers else None
    direction: Direction = ""
    if last is not None:
        level = last.group("level") or ""
        decreasing = last.group("dec") or last.group("slower") or re.search("降|减|缩小|下调|跌|落|滑", level)
        direction = "decrease" if decreasing else ("increase" if last.group("inc") or last.group("faster") or level else "")
    if _COMPARE.search(context) and unit in RATE_UNITS:
        return "relative", direction
    if last is not None and not last.group("level") and unit in RATE_UNITS:
        return "growth", direction
    return "level", direction
