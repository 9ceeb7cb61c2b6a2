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

from ...zh.lexicon import alternation, lexicon
from ...zh.naming import Naming
from ...zh.numbers import COUNT_UNITS, Quantity, clause_before
from .reading import EDGE

__all__ = ["figure_names", "figure_span", "named", "MAX_NAME"]

MAX_NAME = 24  # a longer "name" is a clause the name reader could not cut

def named(naming: Naming) -> str:
    """A naming's name, or '' when it is too long to be one."""
    return naming.name if len(naming.name) <= MAX_NAME else ""


# Words that are no indicator on their own: a scope, a comparison base, a connective.
_NOT_A_NAME = re.compile(
    r"^(?:全[市省县区国]|本[市省县区]|其中|其余|其他|同口径|下同|累计|同比|分别|共|合计|总计|比重|占比|国际|国内|省内|市内"
    r"|工作|内容|方面|领域|事项|任务"  # a list's header: 重点做好8方面工作, 等11项工作
    r"|评论|点赞|阅读|浏览|收藏|分享|转发"  # a web page's counters (评论0条)
    r"|[^\u4e00-\u9fffA-Za-z“”\"]+)$"
)
_NOT_A_NAME_END = re.compile(
    r"(?:基础上|情况下"  # a condition: 在获5200万…资金基础上
    r"|(?:应到|实到|出席|列席)代表)$"  # the congress's attendance: 应到代表361名
)
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}[省市县]")  # the subject of the sentence, not what it counts
_UNITLESS_NAME = re.compile(r"(?:指数|系数|倍差|之比|比值)$")  # 空气质量综合指数4.5, 收入倍差1.71
_RANK_BEFORE = re.compile(r"(?:[居排列位]|进入|跻身)(?:全国|全省|全市|全州|[^\d,，;；。]{0,8})?前$")
_MIN_NAME = 2


_WORDS = lexicon()
_PACKAGE = re.compile(rf"(?:{alternation(_WORDS.package_nouns)})$|{alternation(_WORDS.honours)}")
_ATTRIBUTE_BEFORE = re.compile(rf"(?:{alternation(_WORDS.attribute_before)})$")
_SCOPE_BEFORE = re.compile(
    rf"(?:^|[,，;；、])(?:{alternation(_WORDS.name_fillers)})*(?:{alternation(_WORDS.scope_before)})[^,，;；。]{{0,12}}$"
)
# A rank's move: 较2020年前移26位, 跃升100位.
# A count of the field compared among: 在全国100个重点城市中, 在全省91个县(市)中.
_AMONG_BEFORE = re.compile(r"在[^,，;；。在]{0,8}$")
_AMONG_AFTER = re.compile(r"[^,，;；。\d]{0,10}?中")
_REACHED_AFTER_MILESTONE = re.compile(r"大关[,，、]?(?:首次|已经|已)?(?:达到|达|为|至)")
_RANK_MOVE = re.compile(r"(?:前移|后移|上升|下降|提升|跃升|进位|前进|后退)$")
_ATTRIBUTE_UNITS = frozenset(_WORDS.attribute_units)


def _is_figure(text: str, q: Quantity, name: str) -> bool:
    """A named figure a reader would list: not a fragment (全市, 其中, 国际), not the subject's
    place (某某区), not a rank (进入全国前30位), not a policy package or an honour (出台103条政策
    措施, 质量奖1家), not an attribute of what follows (年产200万吨新材料, 110千伏东坑站, 500亿级
    产业链), not the size of a set worked on (聚焦7条产业链, 惠及21个镇街); unitless only for an
    index (综合指数4.5)."""
    bare = name.strip(EDGE + "()（）“”\"")
    if "|" in bare:  # a table row's cells (滨海大道 | 12亿元): a column names the figure, not its words
        return False
    if len(bare) < _MIN_NAME or _NOT_A_NAME.match(bare) or _NOT_A_NAME_END.search(bare):
        return False
    if _PLACE.fullmatch(bare) or _PACKAGE.search(bare):
        return False
    before, after = text[max(0, q.start - 20) : q.start], text[q.end : q.end + 1]
    if _RANK_BEFORE.search(before) or _ATTRIBUTE_BEFORE.search(before):
        return False
    if q.unit in COUNT_UNITS and _SCOPE_BEFORE.search(before):  # 聚焦7条产业链 (not 对…贡献率30%)
        return False
    if _AMONG_BEFORE.search(before) and _AMONG_AFTER.match(text, q.end):  # 在全省91个县(市)中: the field
        return False
    if q.unit in ("位", "名") and _RANK_MOVE.search(before):
        return False
    attribute = "\u4e00" <= after <= "\u9fff" and after not in "的以左" or after == "“"
    if after == "级" or (q.unit in _ATTRIBUTE_UNITS and attribute):
        return False
    if (after and after in "”\"") or before.endswith(("“", "\"")):  # a slogan's number: “双30”, 就业“20条”
        return False
    if text.count("《", 0, q.start) > text.count("》", 0, q.start):  # a title's number: 《…42条》
        return False
    if text.startswith(name + "各", q.end):  # 13个乡镇各创建1条…: the set; the count is 1 each
        return False
    return bool(q.unit) or bool(_UNITLESS_NAME.search(bare))


def figure_span(
    text: str, qs: list[Quantity], group_of: dict[int, list[int]], members: list[int], name: str
) -> tuple[int, int]:
    """``[start, end)`` of the words that give the quantities ``members`` (quoted together) to
    ``name``: from the clause start before the first (the sentence start for a comparison,
    分别高于全国、全省…) to the last, or on to a name that follows a count (建成23个社工站), or back
    to a name written before (引进项目41个146.87亿元)."""
    first = min(min(group_of[k][0], k) for k in members)
    last = max(max(group_of[k][-1], k) for k in members)
    head = qs[first]
    lead = clause_before(text, head.start, qs[first - 1].end if first else 0)
    if any(qs[k].kind == "relative" for k in members):
        lead = text[: head.start]
    start, tail = head.start - len(lead), qs[last].end
    after = text.find(name, tail, tail + len(name) + 12)  # 268个“一村一品”, 230个50户以上木质房屋
    if after >= 0:
        tail = after + len(name)
        if text.startswith(("任务", "目标", "计划"), tail):  # 完成800户的改造任务: the goal word says whose
            tail += 2
    if name not in text[start:tail]:
        named_at = text.rfind(name, 0, start + 1)
        # a name made of words from before (新增高新技术企业160家,总量1200家 → 高新技术企业总量)
        start = named_at - len(clause_before(text, named_at)) if named_at >= 0 else 0
    return start, tail


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
    if i + 1 == len(qs) or not text.startswith("大关", qs[i].end):
        return False
    return bool(_REACHED_AFTER_MILESTONE.fullmatch(text, qs[i].end, qs[i + 1].start))
