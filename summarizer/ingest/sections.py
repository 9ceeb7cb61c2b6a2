"""A page's parts: the wire items of a page that carries several, and the places' sections of a
news page that reports several places' government work reports in turn.

A page saved from a news site may carry the next item after the report's (中新社某地1月17日电 under
its own headline): :func:`wire_items` finds where each starts, so that the next item's place is
not taken for the report's.

A page such as "three provincial capitals' targets for 2023" tells one city's report, then moves
to the next: a sentence led by the other city with its own targets (``2023年某州的主要预期目标是``,
``某城今年主要预期目标是``, ``某省今年GDP增长目标为``), its congress (``某城市第十六届人民代表大会
第二次会议召开``) or its report (``某城市政府工作报告提出``, ``某城市市长某某作政府工作报告``), or a
line headed by the city's name (``某城⏎``, ``【某城】``, ``某城:``). A heading starts a section only if
each heading's section says its own time (今年, 预期, a year): a list of bare figures under a
city's name would read as that city's review. :func:`place_sections` finds where each place's
section starts, so that :mod:`.split` can make each its own report.

An ordinary report names other places too (学习借鉴某市经验, 出席省第十四届人大), but not as the
subject of targets or of a congress at a sentence's start; and the places of a page's sections are
of one level (cities beside cities, a province beside a province-level city): a city's report that
names its province's congress is not two reports.
"""

from __future__ import annotations

import re

from . import places
from .document import sentence_start

__all__ = ["place_sections", "wire_items"]

_CJK = r"[\u4e00-\u9fff]"
_YEAR = r"(?:19|20)\d{2}年"
# where a section may start: a sentence's or a clause's start (长沙2022年…,2023年长沙…主要预期目标)
_LEAD = r"(?:^|(?<=[。！？!?\n,，;；)）]))[ \u3000]*"
_DATE = r"(?:\d{1,2}月\d{1,2}日(?:[上下]午)?[,，]?)?"
# 2023年郑州的主要预期目标是, 哈尔滨今年主要预期目标是, 某城市今年的经济社会发展主要预期目标
_TARGETS = re.compile(
    rf"{_LEAD}(?:{_YEAR}[,，]?)?(?P<name>{_CJK}{{2,8}}?)(?:今年|明年|{_YEAR})?的?"
    r"(?:全年)?(?:经济社会发展|国民经济和社会发展)?的?主要预期目标",
    re.M,
)
# 在某城市第十六届人民代表大会…, 1月8日,某城市第十七届人民代表大会第二次会议召开
_CONGRESS = re.compile(
    rf"{_LEAD}{_DATE}(?:在|于)?{_DATE}(?:[^,，。\n]{{0,8}}?召开的)?"
    rf"(?P<name>{_CJK}{{1,10}}?[省市州盟])第?[一二三四五六七八九十]+届(?:人民代表大会|人大)",
    re.M,
)
# 某城市政府工作报告提出,…; 某城市市长某某作政府工作报告时说
_REPORT_SAYS = re.compile(
    rf"{_LEAD}{_DATE}(?:{_YEAR}[,，]?)?(?P<name>{_CJK}{{2,8}}?)"
    rf"(?:(?:人民)?政府工作报告(?:提出|显示|指出|明确)|代?[省市]长{_CJK}{{2,3}}?(?:向大会)?作(?:政府)?工作报告)",
    re.M,
)
# 某省今年GDP增长目标为5%, 2024年某城地区生产总值增长预期目标
_GROWTH_GOAL = re.compile(
    rf"{_LEAD}(?:{_YEAR}[,，]?)?(?P<name>{_CJK}{{2,8}}?)(?:今年|明年|{_YEAR})?的?"
    r"(?:GDP|地区生产总值|经济)(?:增速|增长)?的?(?:预期)?目标",
    re.M,
)
# a line headed by a place's name alone: 某城⏎, 【某城】…, 某城:…
_HEADING = re.compile(rf"^[ \u3000]*(?:[【\[][ \u3000]*)?(?P<name>{_CJK}{{2,8}})(?:[ \u3000]*[】\]])?[ \u3000]*(?:[:：]|$)", re.M)
# a heading's section says its own time (今年, 预期, a year) or its targets would read as a review
_TIME_CUE = re.compile(rf"今年|明年|预期|力争|{_YEAR}")
# a page's lead, before its first place heading, may say it once for every place: 各地市今年的目标
_LEAD_TIME_CUE = re.compile(r"今年|明年|预期|目标")
_TITLE_ABOVE = 12  # characters: a title line of a place's section, just above its heading
# a wire item's dateline at a line's start: 中新社某地1月13日电, 人民网某地1月22日电
_DATELINE = re.compile(r"^[ \u3000]*[^\s。,，]{2,12}?\d{1,2}月\d{1,2}日电", re.M)
_DATELINE_ANYWHERE = re.compile(r"\d{1,2}月\d{1,2}日电")
_ITEM_END = re.compile(r"[(（]完[)）]")  # a wire item's last words
_HEADLINE_CHARS = 60
_BARE_LEVELS = ("市", "省")  # a bare 涉 or 城 is a word, not a county
_SECTION_WORDS = re.compile(r"目标|工作报告|重点工作")  # what a place's section is about


def wire_items(text: str, start: int, end: int) -> list[int]:
    """Where each wire item of ``text[start:end]`` starts, the first at ``start``: a page that
    carries two or more items, each opened by its dateline on a line of its own start (中新社某地
    1月13日电) under its headline line, or following an item's end mark ((完)) with its headline
    and dateline (a page pasted as one line); ``[]`` for a page of one item."""
    lines = [m.start() for m in _DATELINE.finditer(text, start, end)]
    heads = [_headline_start(text, start, at) for at in lines[1:]]
    ended = [m.end() for m in _ITEM_END.finditer(text, start, end) if _dated_next(text, m.end(), end)]
    cuts = sorted({c for c in (*heads, *ended) if start < c < end})
    cuts = [c for c, after in zip(cuts, [*cuts[1:], end]) if text[c:after].strip()]  # (完)⏎headline: one cut
    return [start, *cuts] if cuts else []


def _dated_next(text: str, at: int, end: int) -> bool:
    """Whether a dateline follows shortly after an item's end mark (its headline between)."""
    return _DATELINE_ANYWHERE.search(text, at, min(end, at + 2 * _HEADLINE_CHARS)) is not None


def _headline_start(text: str, start: int, at: int) -> int:
    """The start of the headline line just above the dateline line at ``at``, if there is one."""
    before = text[start:at].rstrip()
    head = before.rfind("\n") + 1
    line = before[head:]
    return start + head if 0 < len(line) <= _HEADLINE_CHARS and "。" not in line else at


def place_sections(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """``(section start, place)`` for each place's section of ``text[start:end]`` (a folded
    text), the first starting at ``start``; ``[]`` unless the page moves between two or more
    places' reports. Headings open sections only if each of theirs says its own time."""
    openers = _openers(text, start, end, headings=True)
    headed = _sections(text, start, end, openers)
    heads = {m.start("name") for m in _HEADING.finditer(text, start, end)}
    ends = [a for a, _ in headed[1:]] + [end]
    timed = _lead_says_time(text, start, openers) or all(
        _TIME_CUE.search(text, a, b) for (a, _), b in zip(headed, ends) if any(a <= h < b for h in heads)
    )
    return headed if timed else _sections(text, start, end, _openers(text, start, end, headings=False))


def _lead_says_time(text: str, start: int, openers: list[tuple[int, str]]) -> bool:
    """Whether the page's lead, before the sentence or line of its first place, says for every
    place what time their sections tell (主要预期目标 大湾区九市 今年这样干, 各地市今年的目标)."""
    first = min((at for at, _ in openers), default=start)
    return bool(_LEAD_TIME_CUE.search(text, start, sentence_start(text, start, first)))


def _sections(text: str, start: int, end: int, openers: list[tuple[int, str]]) -> list[tuple[int, str]]:
    sections: list[tuple[int, str]] = []
    for at, place in sorted(openers):
        if sections and sections[-1][1] == place:
            continue  # the same place's section goes on
        if sections and place in {p for _, p in sections}:
            return []  # back to a place already told: places compared, not reports in turn
        sections.append((_section_start(text, start, at, place), place))
    if len(sections) < 2 or not _one_level([p for _, p in sections]):
        return []
    ends = [a for a, _ in sections[1:]] + [end]
    if not all(_SECTION_WORDS.search(text, a, b) for (a, _), b in zip(sections, ends)):
        return []
    return [(start, sections[0][1]), *sections[1:]]


def _openers(text: str, start: int, end: int, *, headings: bool) -> list[tuple[int, str]]:
    found = []
    for pattern in (_TARGETS, _GROWTH_GOAL, _CONGRESS, _REPORT_SAYS, *([_HEADING] if headings else [])):
        for m in pattern.finditer(text, start, end):
            place = _place(m.group("name"), full_only=pattern is _CONGRESS)
            if place:
                found.append((m.start("name"), place))
    return found


def _place(name: str, *, full_only: bool) -> str | None:
    """The division ``name`` names: a full name at its end (在某城市 → 某城市), or a bare city's or
    province's name that only one division has (哈尔滨 → 哈尔滨市)."""
    tail = places.known_tail(name)
    if tail and (len(tail) > 2 or tail == name):
        return tail
    if full_only:
        return None
    named = {p.name for level in _BARE_LEVELS for p in places.bare_places(level).get(name, ())}
    return named.pop() if len(named) == 1 else None


def _one_level(names: list[str]) -> bool:
    levels = [places.levels_of(n) for n in names]
    return bool(levels[0].intersection(*levels[1:]))


def _section_start(text: str, start: int, at: int, place: str) -> int:
    """Where the section whose opener is at ``at`` starts: its sentence's start, or that of the
    sentences just before it that the same place leads (2022年某州全市生产总值预计…)."""
    begin = sentence_start(text, start, at)
    above = text.rfind("\n", start, max(start, begin - 1)) + 1
    title = text[above:begin].strip()
    if begin > start and text[begin - 1] == "\n" and len(title) <= _TITLE_ABOVE and _LEAD_TIME_CUE.search(title):
        return above  # 主要预期目标⏎某城⏎●…: the title above a place's heading is its section's
    bare = place[:-1]
    while begin > start:
        previous = sentence_start(text, start, begin - 1)
        lead = re.sub(rf"^[ \u3000]*(?:{_YEAR})?", "", text[previous:begin])
        if not lead.startswith(bare):
            break
        begin = previous
    return begin

