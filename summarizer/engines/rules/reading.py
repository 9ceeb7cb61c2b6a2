"""How the rules engine reads a report's layout: where its plan part starts, where its headline
targets passage is, and how its text breaks into sentences and clauses.

Shared by the rules engine's extraction (:mod:`.extract`) and its extractive summary
(:mod:`.extractive`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ...ingest import Document
from ...ingest.document import sentence_start
from ...ingest.script import Reading, fold_script, reading_of
from ...ingest.reviewed import (
    PART_OF_YEAR,
    PLAN_TITLE,
    RELEASED,
    REVIEW_TITLE,
    ROC_EPOCH,
    ROC_YEAR,
    YEAR_CUE,
    is_communique,
    plan_year_after_review,
    review_title_years,
    reviewed_years,
)
from ...text.structure import Section, iter_sections, parse_sections
from ...zh.lexicon import alternation
from ...zh.numbers import DIGIT_GROUP_AHEAD, UNITS, find_quantities, wraps_at

__all__ = [
    "EDGE",
    "SENTENCE",
    "SHORT_SENTENCE",
    "PLAN_TITLE",
    "REVIEW_TITLE",
    "Span",
    "matched_spans",
    "wrapped_spans",
    "sentences",
    "headline_span",
    "after_targets_opening",
    "is_plan_section",
    "reading_plan_year",
    "plan_part_start",
    "plan_stretches",
    "plan_titles_start",
    "Part",
    "review_and_plan",
    "on_reading",
    "plans_nothing",
    "looks_ahead_at",
    "told_end",
    "heading_starts",
    "is_heading",
    "prefaces",
    "outside",
]

# In order of preference: a five-year plan's 主要目标 may come before the year's 主要预期目标. The
# words that open the year's targets: 主要预期目标是:, 预期目标是, 努力目标为, 指标体系安排…具体为:
_HEADLINE_MARKERS = (
    # (a page typeset with spaces between words: 主要预期目标 为:)
    re.compile(r"(?:主要)?预期目标[ \u3000]*(?:是|为|有|建议为|确定为|设定为|如下)?\s*(?:[:：]|——|(?=\n)|[,，]?\s*包括)"),
    re.compile(r"主要预期目标[ \u3000]*(?:是|为|建议为|如下)\s*[,，]?|预期目标[ \u3000]*(?:是|为|建议为)\s*[,，]"),
    # 某州划定发展预期目标,地区生产总值增长3%; 对2019年仍确定了较高的预期目标。其中,…
    re.compile(r"(?:确定|提出|明确|设定|划定)了?[^,，。;；]{0,10}?预期目标[,，:：。;；]\s*(?:其中[,，:：]?)?"),
    re.compile(r"努力目标(?:是|为)\s*[:：,，]?|指标体系安排[^。\n]{0,12}?具体为\s*[:：]"),
    # a news page's words: 对于2024发展主要预期目标,某省政府工作报告中提到,…
    re.compile(r"主要预期目标[,，][^,，。\n]{0,20}?(?:提到|指出|提出|明确)[,，:：]"),
    # a digest's heading over the year's list (2022主要任务⏎地区生产总值增长6.5%左右⏎…)
    # (or a news page's heading over them, 主要目标⏎生产总值增长11.5%左右,…)
    re.compile(
        r"(?:^|(?<=\n))[ \t\u3000]*(?:(?:19|20)\d{2}年?的?(?:主要任务|主要目标|主要指标)|主要目标|主要指标)[ \t\u3000]*(?=\n)"
    ),
    re.compile(
        r"主要(?:目标(?:任务)?|指标(?:安排)?)(?:是|为|建议为|如下)?\s*[:：]|主要(?:目标(?:任务)?|指标)(?:是|为|建议为)\s*[,，]"
    ),
    # 今年的目标是经济增长6%至6.5%: a news report's words for them
    re.compile(r"(?:今年|(?:19|20)\d{2}年)(?:的|全[省市区县]的?)?(?:经济社会)?(?:发展)?目标(?:是|为)\s*[:：,，]?"),
    re.compile(r"综合考虑(?:各方面|各种)?因素\s*[,，]"),
)
# A marker ending its line (■ 主要预期目标 / 主要预期目标是:) heads a list: its items follow one a line.
# A list item: a bullet (any symbol that is no letter, digit or bracket), a number, or a short
# line with a figure (a list pasted without its bullets).
_LIST_ITEM = re.compile(
    r"[ \t\u3000]*(?:[^\w\s(（“\"《【\[]|[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．](?!\d)"
    r"|[(（][一二三四五六七八九十\d]{1,2}[)）]|(?=[^\n]{0,60}\d[^\n]{0,60}$))"
)
_LIST_GAP = 3  # blank lines a pasted list may have between its items
_PLACE_LINE = 6  # characters of a short line naming whose list follows

SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")

EDGE = " \u3000\n\t,，、;；:："

SHORT_SENTENCE = 60


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def matched_spans(text: str, lo: int, hi: int, pattern: re.Pattern[str]) -> Iterator[Span]:
    """Stripped ``[start, end)`` spans of ``text[lo:hi]`` matched by ``pattern``."""
    for m in pattern.finditer(text, lo, hi):
        start, end = m.start(), m.end()
        while start < end and text[start] in EDGE:
            start += 1
        while end > start and text[end - 1] in EDGE:
            end -= 1
        if end > start and text[start] == "“" and "”" not in text[start:end]:
            start += 1  # (“地区生产总值确保增长22%;…”: the quotation's mark opens no figure)
        if end > start:
            yield Span(start, end)


def wrapped_spans(doc: Document, lo: int, hi: int, pattern: re.Pattern[str]) -> Iterator[Span]:
    """:func:`matched_spans`, joined over the line breaks of a hard-wrapped page (a PDF's text cut
    into lines of one width: 地方税收⏎收入): a break inside a sentence (:func:`~summarizer.zh.numbers.wraps_at`)
    at the end of a full line; and on a page whose inline pieces were copied a line each
    (地区生产总值⏎5532.4⏎亿元、增长⏎3.5%), the breaks around those pieces."""
    width = _line_width(doc.text[doc.start : doc.end])
    fragmented = _fragmented(doc.text[doc.start : doc.end])
    pending: Span | None = None
    for span in matched_spans(doc.text, lo, hi, pattern):
        if pending is not None and (
            (width and _wrapped_between(doc.text, pending.end, span.start, width))
            or (fragmented and _fragment_between(doc.text, pending, span))
            or _figure_broken_between(doc.text, pending.end, span.start)
        ):
            pending = Span(pending.start, span.end)
            continue
        if pending is not None:
            yield pending
        pending = span
    if pending is not None:
        yield pending


_WRAPPED_SHARE = 0.7  # of a hard-wrapped page's long lines, this many end inside a sentence
_WRAPPED_LINES = 8
_FULL_SHARE = 0.5  # and this many are full: a column's width, give or take _FULL_SLACK characters
_FULL_SLACK = 3  # (a proportional font fills lines unevenly)
_COLUMN = (20, 60)  # the width of a PDF's column of text, in characters
_COLUMN_RANK = 0.75  # the column is as long as the lines at this rank (longer ones carry narrow digits)
_LONG_LINE = 10
_SENTENCE_END = "。！？!?；;:：”」"


def _line_width(text: str) -> int:
    """The length from which a line of a hard-wrapped page (a PDF's text cut into lines of a
    column's width, most of them ending inside a sentence) is full, or 0 for any other page (its
    lines are paragraphs, or the short lines of a page of headlines)."""
    lines = [line.strip() for line in text.split("\n")]
    long_lines = [len(line) for line in lines if len(line) >= _LONG_LINE and line[-1] not in _SENTENCE_END]
    every = [len(line) for line in lines if len(line) >= _LONG_LINE]
    if len(every) < _WRAPPED_LINES or len(long_lines) < _WRAPPED_SHARE * len(every):
        return 0
    width = sorted(every)[int(_COLUMN_RANK * (len(every) - 1))] - _FULL_SLACK
    full = sum(1 for n in every if n >= width)
    return width if _COLUMN[0] <= width + _FULL_SLACK <= _COLUMN[1] and full >= _FULL_SHARE * len(every) else 0


# A piece of a sentence on a line of its own: a number, a mark, a few Latin letters (no Chinese).
_FRAGMENT = re.compile(r"[ \t\u3000]*[^\s\u4e00-\u9fff]{1,12}[ \t\u3000]*")
_FRAGMENT_LINES = 8  # a page with this many such lines, and this share of its lines, was copied so
_FRAGMENT_SHARE = 0.2


# A figure cut by a line break on any page: inside its number or before its unit (4779⏎1元, 60亿⏎元,
# 30.2⏎亿元), or between its verb and its number (下降⏎2%); no paragraph ends so.
_CUT_NUMBER = re.compile(r"\d[.万亿]?$")
_CUT_VERB = re.compile(r"(?:增长|下降|增加|减少|提高|降低|上涨|回落)$")
_UNIT_START = re.compile(rf"\d|{alternation(UNITS)}")


def _figure_broken_between(text: str, end: int, start: int) -> bool:
    if text[end:start].strip(" \t\u3000") != "\n":
        return False
    before = text[max(0, end - 4) : end]
    if _CUT_NUMBER.search(before):
        return _UNIT_START.match(text, start) is not None
    return bool(_CUT_VERB.search(before)) and text[start : start + 1].isdigit()


def _fragmented(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    pieces = sum(1 for line in lines if _FRAGMENT.fullmatch(line))
    return pieces >= _FRAGMENT_LINES and pieces >= _FRAGMENT_SHARE * len(lines)


def _fragment_between(text: str, before: Span, after: Span) -> bool:
    """Whether one line break parts a sentence from a piece of it (either side a :data:`_FRAGMENT`)."""
    gap = text[before.end : after.start]
    if gap.strip() or gap.count("\n") != 1 or text[before.end - 1] in _SENTENCE_END[:5]:
        return False
    last_line = max(before.start, text.rfind("\n", before.start, before.end) + 1)  # (before may be joined already)
    return bool(_FRAGMENT.fullmatch(text, last_line, before.end) or _FRAGMENT.fullmatch(text, after.start, after.end))


def _wrapped_between(text: str, end: int, start: int, width: int) -> bool:
    gap = text[end:start]
    if gap.strip() or gap.count("\n") != 1:
        return False
    at = end + gap.index("\n")
    line = text[text.rfind("\n", 0, at) + 1 : at].rstrip()
    quantities = find_quantities(line)
    if quantities and quantities[-1].end == len(line):
        return False  # 新增企业50家以上⏎整备用地…: a list's item ends with its figure
    return len(line) >= width and wraps_at(text, at)


# A page's own summary of what follows (AI导读:, 摘要:, 编者按:): the site's words, not the report's.
_PREFACE = re.compile(r"^[ \t\u3000]*(?:AI)?(?:导读|摘要|内容提要|内容摘要|核心提示|编者按)[ \t\u3000]*[:：]", re.M)


def prefaces(doc: Document) -> list[Span]:
    """The page's summaries of itself (:data:`_PREFACE`): from the label to the end of its
    paragraph, or of the next one when the label stands on a line of its own."""
    text, out = doc.text, []
    for m in _PREFACE.finditer(text, doc.start, doc.end):
        end = text.find("\n", m.end(), doc.end)
        end = doc.end if end < 0 else end
        if not text[m.end() : end].strip():  # AI导读:⏎⏎北京市…: the paragraph after it
            nxt = m.end() + len(text[m.end() : doc.end]) - len(text[m.end() : doc.end].lstrip())
            end = text.find("\n", nxt, doc.end)
            end = doc.end if end < 0 else end
        out.append(Span(m.start(), end))
    return out


def outside(spans: list[Span], at: int) -> bool:
    return not any(s.start <= at < s.end for s in spans)


def headline_span(doc: Document) -> tuple[int, int] | None:
    """``[start, end)`` of the main expected targets passage (after its opening words), if any:
    up to the sentence end, or over the list of items it opens."""
    text = doc.text
    skipped = prefaces(doc)
    for pattern in _HEADLINE_MARKERS:
        # the passage with most figures: a page's title line may repeat the first target; but not
        # the past year's targets recalled in a review (2024年,年初确定的主要预期目标为:…), nor a
        # page's summary of itself
        best: tuple[int, int, int] | None = None
        for m in pattern.finditer(text, doc.start, doc.end):
            if _recalled(doc, m.start(), m.end()) or not outside(skipped, m.start()):
                continue
            end = _passage_end(text, m.end(), doc.end, doc.plan_year)
            count = len(find_quantities(text[m.end() : end]))
            if count and (best is None or count > best[0]):
                best = (count, m.end(), end)
        if best:
            return best[1], best[2]
    return None


def after_targets_opening(text: str, lo: int, hi: int) -> int:
    """Where the targets of ``text[lo:hi]`` begin: after the last words that open a targets
    passage in it (a page on several cities: 哈尔滨今年主要预期目标是…, not the headline one, is
    read as other targets, and the opening words are no part of the first target's name)."""
    ends = [m.end() for pattern in _HEADLINE_MARKERS[:-1] for m in pattern.finditer(text, lo, hi)]
    return max(ends, default=lo)


_OPENING_WORDS = 40  # characters of a targets passage that say whether it sets or recalls them


def _recalled(doc: Document, at: int, end: int) -> bool:
    """Whether the targets opened by the words ``[at, end)`` are recalled, not set: their sentence
    speaks of a past year (2024年,…主要预期目标为 in a plan for 2025) or of targets set before (年初
    确定的, in the opening words too: 实现…确定的预期目标:)."""
    opening = sentence_start(doc.text, doc.start, at)
    lead = doc.text[opening:end]  # (确定了2020年…预期目标: the opening words may name the year)
    return bool(_SET_BEFORE.search(lead)) or looks_ahead_at(lead, len(lead), doc.plan_year, dated=True) is False


def _passage_end(text: str, start: int, limit: int, plan_year: int | None) -> int:
    """Where the targets passage opened at ``start`` ends: its sentence's end, or its list's; a
    line that opens looking back (过去一年,…增长6.3%) is no item of the list, and ends it."""
    line_end = text.find("\n", start, limit)
    line_end = limit if line_end < 0 else line_end
    if text[start:line_end].strip():  # the targets run on in the marker's sentence
        stop = min((i for i in (text.find("。", start, limit), line_end) if i >= 0), default=limit)
        return stop
    end, pos, gap = start, line_end, 0
    while pos < limit and gap <= _LIST_GAP:
        nxt = text.find("\n", pos + 1, limit)
        nxt = limit if nxt < 0 else nxt
        line = text[pos + 1 : nxt]
        if not line.strip():
            gap += 1
        elif _LIST_ITEM.match(line) and not _looks_back(line, plan_year):
            end, gap = nxt, 0
        elif end > start:
            break
        elif len(line.strip()) > _PLACE_LINE:  # (主要预期目标⏎某城⏎●…: the place the list is of may head it)
            return nxt  # 主要目标⏎生产总值增长11.5%左右,…(a paragraph): the targets run on in it
        pos = nxt
    return end


# A line that opens with a time gone by (过去一年,…; 去年…; 2021年,…): a review's, when its time cues say so
_BACK_OPENING = re.compile(r"[ \t\u3000]*(?:过去的?一年|去年|上年|(?:19|20)\d{2}年)")


def _looks_back(line: str, plan_year: int | None) -> bool:
    return bool(_BACK_OPENING.match(line)) and looks_ahead_at(line, len(line), plan_year, dated=True) is False


# 一是…/——…: points of a paragraph, whose first sentence is no part title even when it says
# 任务 or 目标 (四是…完成6处以上试点改造任务 among a list of things done or to do).
_POINT_LEVEL = 5


def is_plan_section(section: Section, doc: Document) -> bool:
    title = section.title
    if REVIEW_TITLE.search(title) or section.level >= _POINT_LEVEL:
        return False
    # (2024年上半年经济社会发展情况: the part of the plan year gone by)
    of_plan_year = doc.plan_year is not None and str(doc.plan_year) in title and not PART_OF_YEAR.search(title)
    return bool(PLAN_TITLE.search(title)) or of_plan_year


def reading_plan_year(doc: Document, sections: tuple[Section, ...]) -> int | None:
    """The plan year the reading goes by: ``doc.plan_year``, but at least the year after every
    year the text itself reviews (:func:`~summarizer.ingest.reviewed.plan_year_after_review`, which the
    metadata goes by too: here with the parsed section titles); a half-year summary reviews its
    plan year, and is left as it is."""
    titles = (s.title for s in iter_sections(sections))
    reviewed = reviewed_years(doc.text, doc.start, doc.end, titles)
    return plan_year_after_review(doc.doc_type, doc.year, doc.plan_year, reviewed)


def plan_part_start(doc: Document, sections: tuple[Section, ...] | None = None) -> int | None:
    """Where the report starts looking forward: its first plan-like top-level section, else its
    first plan stretch (:func:`parts`)."""
    sections = sections if sections is not None else parse_sections(doc)
    doc = replace(doc, plan_year=reading_plan_year(doc, sections))
    found = _plan_section_start(doc, sections)
    if found is not None:
        return found
    return next((p.start for p in review_and_plan(doc, sections, headline_span(doc)) if p.plan), None)


def plan_stretches(doc: Document) -> list[Part]:
    """The stretches of ``doc`` (a document on its reading) that look forward, as the rules read
    them (:func:`review_and_plan`, with the plan year the text allows: :func:`reading_plan_year`)."""
    sections = parse_sections(doc)
    doc = replace(doc, plan_year=reading_plan_year(doc, sections))
    return [p for p in review_and_plan(doc, sections, headline_span(doc)) if p.plan]


def _plan_section_start(doc: Document, sections: tuple[Section, ...]) -> int | None:
    entries = _list_entries(doc, sections)
    return next((s.start for s in _plan_titled(doc, sections) if s.start not in entries), None)


def _list_entries(doc: Document, sections: tuple[Section, ...]) -> set[int]:
    """Starts of the sections that are entries of a list of the report's parts (:func:`_title_only`),
    the list's last entry (三、…水平。) included."""
    entries: set[int] = set()
    for before, section in zip((None, *sections), sections):
        after = before is not None and before.start in entries
        if _title_only(section, doc, after_entry=after):
            entries.add(section.start)
    return entries


def plan_titles_start(doc: Document, sections: tuple[Section, ...]) -> int | None:
    """Where the first plan-like title of the outline is, a list of the report's parts included
    (报告共分八个部分:…二、今年发展主要目标…;三、…): the priorities are named from there."""
    return next((s.start for s in _plan_titled(doc, sections)), None)


def _plan_titled(doc: Document, sections: tuple[Section, ...]) -> Iterator[Section]:
    contents = _contents_end(sections)
    return (s for s in sections if s.start >= contents and is_plan_section(s, doc))


_BARE_SECTION = 10  # characters: a heading with less after it on its line is an entry of a list of parts


def _title_only(section: Section, doc: Document, *, after_entry: bool = False) -> bool:
    """Whether a section is an entry of a list of the report's parts (报告分为四个部分:一、…回顾;
    二、…思路;三、2022年重点工作;…), not the part itself: a title with next to nothing after it on
    its line, inside a line, ending with the list's semicolon, or ``after_entry`` (the list's last)."""
    line_end = doc.text.find("\n", section.heading_end, section.end)
    rest = doc.text[section.heading_end : section.end if line_end < 0 else line_end]
    # (the list's last entry closed by its full stop: …;三、2026年主要工作。 on a one-line page, its report going on)
    closed = after_entry and rest.lstrip(" \u3000").startswith("。")
    if len(rest.strip(" \u3000;；。,，、")) >= _BARE_SECTION and not closed:
        return False
    if section.children and not (after_entry and rest.strip(" \u3000").startswith("。")):
        return False  # (the list's last entry, 三、2021年工作任务。, may be followed by points of the speech: 一是…)
    inline = bool(doc.text[_line_start(doc, section.start) : section.start].strip(" \t\u3000"))  # (an indented title is on its own line)
    listed = rest.rstrip(" \u3000").endswith((";", "；"))  # 二、奋力做好2020年工作;⏎三、…: an entry
    return inline or listed or after_entry


def _contents_end(sections: tuple[Section, ...]) -> int:
    """Where a page's table of contents ends (提纲: 一、…回顾 二、… 三、2026年工作安排, then the report
    itself from 一、…回顾 again): at the first top-level title said a second time; its plan title
    is no plan section. ``0`` if no title repeats. (The report's own title line may head it as a
    part, 某镇2025年工作总结及2026年工作计划, its 一、 then one level down: every part title counts.)"""
    seen: set[str] = set()
    for s in iter_sections(sections):
        if s.level > 1:
            continue
        if s.title in seen:
            return s.start
        seen.add(s.title)
    return 0


@dataclass(frozen=True)
class Part:
    """A stretch ``[start, end)`` of a report that looks forward (``plan``) or back."""

    start: int
    end: int
    plan: bool


# 今年 of the year ahead, not of the year so far (今年以来, 今年已…, 今年上半年, 今年1-6月)
# (今年第2季经济成长率达8.01%: Taiwan's quarter gone by; 今年十月入境旅客…, 今年首十个月: a month, as 今年10月)
_THIS_YEAR_AHEAD = r"今年(?!以?来|已|累计|上半年|前|[一二三]季度|第[1-3]季(?!度)|\d|[一二三四五六七八九十]{1,2}月|首)"
# How many years ahead (未来五年, 今后3至4年, 未来十年): a count or a range of them
_SPAN_OF_YEARS = r"(?:[一二三四五六七八九十]|几|\d{1,2})(?:\s*[至到—\-~]\s*(?:[一二三四五六七八九十]|\d{1,2}))?个?"


# What a sentence says about its time, where no plan section says it: the first of these words
# in it. A year before the plan year is the review's (2023年,某县先后获评…), the plan year or a
# later one the plan's (2024年,该县将…); 到2025年, 比2022年 and 2021-2025年 are no cue, but
# 截至2023年底 is (a level reached by then).
_TIME_CUE = re.compile(
    # the plan year so far is behind (2023年以来, 2023年上半年: a mid-year report's review)
    # (2024年全市一季度; 2022年来; 2025年1-9月: the months so far)
    # (截止2020年5月,园区累计完成…: the months so far, to a month of the year)
    # (由2022年10月至12月的3.5%下跌至2022年11月至2023年1月的3.4%: a span of months gone by, a release's)
    # (合并2025年首两个月的数字: the year's first months, gone by)
    r"(?P<sofar>(?:19|20)\d{2}年(?:全[省市县区])?(?:以?来|上半年|前三季度|[一二三]季度|首[一两二三四五六七八九十\d]{1,3}个?月|\d{1,2}月?\s*[-—~～至到]\s*(?:(?:19|20)\d{2}年)?\d{1,2}月)"
    r"|截[至止](?:19|20)\d{2}年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月)|"
    # a heading's year written without 年 (2021重点回顾, 2022主要任务: a page's digest headings)
    r"(?:^|(?<=\n))[ \t\u3000]*(?P<heading_year>(?:19|20)\d{2})(?=重点|重點|主要|工作)|"
    # the plan year's own list (我市2026年10件民生实事项目正式确定): the year names what follows, and
    # when it is the plan year that is the plan's (完工2024年9个续建项目, an earlier year's, says nothing)
    r"(?P<listed_year>(?:19|20)\d{2})年(?=\d{1,3}(?:件|项|个|大|类))|"
    # a year of the Republic of China calendar, as Taiwan writes it (115年度总预算: 2026)
    # (114年岁出总额, 报告114年总预算案: 度 left out; not 114年3月, a date, nor a span of 114年来, nor
    # the year's end, 110年岁末年终记者会)
    rf"(?<![\d.到比较与和])(?:中华民国|民国)?(?P<roc_year>{ROC_YEAR})年(?:度|(?![\d个多来间以底末终]|岁末))|"  # (not 较109年度成长…: a base)
    + YEAR_CUE  # a year (:data:`~summarizer.ingest.reviewed.YEAR_CUE`)
    # (not a base compared with: 数量达431个,比去年增长56.7%; 由去年的52个增至92个 - the clause's
    # own time is the stretch it is in)
    + r"|(?P<back>过去(?:的)?[一二三四五]年|[一二三四五]年来|(?<![比较与由同])(?:去年|上一年)|今年(?:以?来|已经?|累计)|年初以来|前三季度"
    r"|这[一二三四五]年(?=[,，里来中])|(?:回首|回顾|回望)(?:过去|这)[一二三四五]年|截[至止](?:目前|\d{1,2}月(?:底|末)|[一二三]季度末|上半年末)"
    # a deed told as done (a news page's comment after the targets: 全年保持了连续300天…; 已开复工
    # 重大项目2766个; 招商金额已达2645亿元), or by the end of a quarter (一季度末,全区…)  (not 往年已开工在建项目: a kind of project)
    r"|(?:实现|完成|取得|保持|达到|签约|签下)了|(?<!往年)已经?(?:开复工|开工|复工|完成|建成|签约|落地|实现|投产|竣工|牵线|达到?(?=\d))|[一二三]季度末"
    r"|现场签约|集中签约|(?:此次|本次)签约"  # (a signing ceremony's page: what was signed there)
    # (a groundbreaking's page: the projects started that day, 本次集中开工的20个项目)
    r"|集中(?:开工|开复工|复工|竣工|开竣工|投产)|(?:此次|本次)(?:集中)?(?:开工|开复工|开竣工|启动建设)|开工仪式"
    # the months so far (2018年度重点工程1月至11月累计完成投资…, 1—10月完成…)
    r"|(?<![\d.])1月?\s*[-—~～至到]\s*\d{1,2}月份?"
    # a figure's rank, told of an outcome (固定资产投资增长10.7%、增速居全省第一)
    r"|(?P<ranked>(?:增速|总量|增幅)(?:居|位居|位列|排名)(?:全国|全省|全市|全区)第[一二三四五六七八九十\d])"
    # a year's preliminary figures are given once it is over: 初步预计,生产总值增长5%
    # (…预计2023年园区生产总值增长4.5%: the year's estimate, said as it ends)
    r"|初步(?:预计|核算|统计|测算)|概估|预计全年|全年预计|预计(?:19|20)\d{2}年(?:全年)?"  # (概估: Taiwan's preliminary estimate)
    # (a year-end press conference: 举行110年岁末年终记者会, the year's achievements told)
    r"|岁末年终|年终(?:总结|盘点|记者会)"  # (and its 今年: :func:`_this_year_is_behind`)
    # the year so far: 今年上半年, 今年前8个月, 今年一季度, 今年1-6月
    r"|今年(?:上半年|前|[一二三]季度|第[1-3]季(?!度)|首[一二三四五六七八九十\d]{1,3}个月|\d{1,2}[-—~至到]\d{1,2}月)"
    # a sentence opening with the part of the year gone by (上半年,省重点项目完成投资…; not 力争上半年开工)
    r"|(?:^|(?<=[。！？!?\n]))[ \t\u3000]*(?:上半年|一季度|首季|\d{1,2}月份?)(?=[,，]))"  # (12月,全区实现…: the month gone by)
    # (拟投资, 拟入驻: what a signed project is to do, no plan of the report's)
    rf"|(?P<ahead>{_THIS_YEAR_AHEAD}|(?<!预计)明年|下一?个?年度|下一个?十年|(?:今[后後]|未来)(?:{_SPAN_OF_YEARS})年|(?<!创)新的一年|站在新的?(?:历史)?(?:起点|起跑点|起跑线)|下一步|下半年|力争|拟(?!投资|入驻|落户|利用|选址|用地|建设)|(?<=[,，;；。\n:：])计划(?:在|建设|新建|投入)|"
    r"(?:报告|会议)提出|"
    # 为实现上述目标, 这些目标催人奋进: the targets just listed or about to be (but 这些目标全面完成,
    # 完成了上述目标: a review's)
    r"(?<!完成)(?<!实现)(?<!达成)(?<!完成了)(?<!实现了)"
    r"(?:上述|这些|以下|下列)(?:预期)?目标(?![^,，。;；]{0,6}(?:完成|实现|达成))|"
    r"将(?:着力|重点|全力|继续|加快|围绕|聚焦|坚持|办好|实施|推进|锚定|紧扣|全面|达到?\d|超过\d|突破\d)"  # (建屋量将达18.9万个)
    # (a policy address: 限额将提升一倍至40%, 将增加…名额; 医管局会继续优化…, 并会逐步增加…)
    # (a budget: 经常开支将轻微上升3.3%, 整体开支将会下降6%; a policy address: 将延续…现金分享)
    r"|将(?:会)?(?:轻微|大幅|略为?|稍为?)?(?:提升|增加|增至|提高|推出|设立|成立|推动|推行|投入|注资|扩大|延长|延续|发放|资助|新增|启动|降低|减少|预留|拨款|拨出|上升|下降|上调|下调)"
    r"|(?<=[\u4e00-\u9fff])(?<![大议委学协工商总社年机都体])会(?:继续|逐步|推出|增加|设立|成立|推行|提供|加强|资助))"
)


# Words without one of which no text plans (a page of a year's figures, or a press release on them)
_ANY_PLAN_WORD = re.compile(
    rf"将|力争|确保|争取|目标|预期|计划|拟|打算|安排|谋划|思路|任务|部署|今后|未来|明年|{_THIS_YEAR_AHEAD}|下一步|下半年|新的一年|起点|起跑|提出|实事|预算案|总预算|编列"
)


def on_reading(doc: Document) -> tuple[Document, Reading]:
    """``doc`` as the rules read it: on its reading (simplified, without pinyin readings, so maybe a
    shorter text: its span is mapped), and the reading, to map offsets back to the source."""
    reading = reading_of(doc.text)
    return replace(doc, text=reading.text, start=reading.reading_offset(doc.start), end=reading.reading_offset(doc.end)), reading


def plans_nothing(doc: Document) -> bool:
    """Whether the report says none of the words without one of which no text plans (:data:`_ANY_PLAN_WORD`)."""
    return not _ANY_PLAN_WORD.search(doc.text, doc.start, doc.end)


def review_and_plan(
    doc: Document, sections: tuple[Section, ...], headline: tuple[int, int] | None
) -> list[Part]:
    """The report as review and plan stretches.

    ``headline`` is the report's targets passage (:func:`headline_span`).
    A report with a plan section (``2023年工作安排``) looks back before it and forward from it. A
    report without one - a news excerpt, a speech cut short - is read by its time cues
    (:data:`_TIME_CUE`): the first cue of a sentence, and any later dated one (去年…,明年…; a
    year) or one after a semicolon (…已经完成了…;计划建设…), sets the stretch from the start of its
    clause; the targets passage from its sentence's start; text without a cue continues the
    stretch. The text before any cue is review, unless it reads as a plan's tasks
    (:func:`_reads_as_plan`) or its lead tells of a budget or policy address presented
    (:data:`_PRESENTS_A_PLAN`), and a first line summing up the plan the page reports is the plan's
    (:func:`_sums_up`). A section titled as a review looks back. A statistics office's release
    (:data:`~summarizer.ingest.reviewed.RELEASED`) tells the year so far: its year is no plan year's cue.
    """
    if is_communique(doc.text, doc.start, doc.end):
        return [Part(doc.start, doc.end, False)]  # a statistics communiqué tells its year's figures only
    top = min(doc.end, doc.start + _MATTERS_CHARS)
    if headline is None and plans_nothing(doc):
        # a page that plans nothing tells figures only (2019年某市生产总值…), unless it lists the
        # plan year's matters (某区2022年十大惠民工程: 1.城市改造工程。开工建设…,完成…)
        return [Part(doc.start, doc.end, _plan_years_list(doc, top))]
    start = _plan_section_start(doc, sections)
    if start is not None:
        if headline and headline[0] < start:  # the year's targets, said before the plan section
            start = min(start, _plan_opening(doc, sections, headline[0]))
        return [p for p in (Part(doc.start, start, False), Part(start, doc.end, True)) if p.end > p.start]
    switches: list[tuple[int, bool]] = [(doc.start, False)]
    tasks_listed = False
    matters = bool(_MATTERS.search(doc.text, doc.start, top))
    progress = matters and bool(_PROGRESS.search(doc.text, doc.start, top))  # (…实事项目已全部完成,具体情况如下)
    this_year = _this_year_is_behind(doc)
    released = bool(RELEASED.search(doc.text, doc.start, top))  # (at the page's top: the year so far)
    half_reviewed = bool(_HALF_REVIEWED.search(fold_script(doc.title or "")))
    reviews = _review_sections(doc, sections)
    if headline and any(r.start <= headline[0] < r.end for r in reviews) and not _plan_year_heading(doc, headline[0]):
        # (a review recalls the targets it met: 总体实现…确定的预期目标:⏎——…; but the targets an
        # excerpt gives right after the review's opening, its plan heading left out, are set)
        headline = None if _recalled(doc, headline[0], min(headline[1], headline[0] + _OPENING_WORDS)) else headline
    for s in sentences(doc, doc.start, doc.end):
        if headline and s.start <= headline[0] < s.end + 1:
            switches.append((s.start, True))
            continue
        # (上半年…计划执行情况: its 2022年…计划 is the plan it carried out; but after the year's targets
        # a review's section has ended, its next heading left out of an excerpt)
        if any(r.start <= s.start < r.end for r in reviews) and not (headline and s.start > headline[0]):
            switches.append((s.start, False))
            continue
        if doc.title and doc.text.startswith(doc.title, s.start):
            continue  # the report's title (2022年某某区政府工作报告) dates the report, not a stretch of it
        if _states_a_task(doc, s, matters):
            switches.append((s.start, True))  # 实事二:新改扩建农村公路300公里: a list's task, its progress told after
            tasks_listed = True
            continue
        if tasks_listed and (progress or _SO_FAR_OPENING.match(doc.text, s.start) or _TOLD_DONE.search(doc.text, s.start, s.end)):
            switches.append((s.start, False))  # 截至6月30日,完成…; 新增378张养老床位,超额完成年度任务: the task's outcome
            continue
        cues = [
            c for c in _TIME_CUE.finditer(doc.text, s.start, s.end)
            if not _in_brackets(doc.text, s.start, c.start()) and not _on_a_byline(doc.text, c.start())
            and not _CAPTION_LINE.match(doc.text, _line_start(doc, c.start()))
            # (发表2006年施政报告,将延续… in a page of 2026's: a year naming a report, mistyped, dates nothing)
            and not (_NAMES_A_REPORT.match(doc.text, c.end()) and _year_of(c) != doc.plan_year)
        ]
        for n, cue in enumerate(cues):
            ahead = False if this_year and cue.group("ahead") == "今年" else _looks_ahead(cue, doc.plan_year)
            if ahead and released and _year_of(cue) == doc.plan_year:
                ahead = False  # (统计处今日公布…2022年6月的零售业总销货价值…: a release's figures of the year so far)
            if ahead and half_reviewed and _year_of(cue) == doc.plan_year and not _SET_GOAL.search(doc.text, cue.end(), s.end):
                ahead = False  # (2021年上半年工作总结和下半年工作思路: 2021年,街道…实现12.83亿元 is the half gone by)
            if cue.group("ranked") and _TOLD_PLAN.search(doc.text, _clause_start(doc.text, s.start, cue.start()), cue.start()):
                continue  # (力争增长8%、增速居全省第一: a rank striven for)
            if ahead and _plan_year_told_done(doc.text, cue, doc.plan_year, opening=True):
                ahead = False  # (2023年,全区共签约项目58个,…完成率107.52%,提前完成…任务: a year-end summary's)
            own_clause = n and _CLAUSE_STOP.search(doc.text, cues[n - 1].end(), cue.start())  # (…已经完成了…;计划建设…)
            if ahead is None or (n and not (_dated(cue) or cue.group("ahead") == "今年" or own_clause)):
                continue  # (…集中开工活动现场获悉,某省今年将…: a later 今年 dates its clause too)
            at = _clause_start(doc.text, s.start, cue.start())
            switches.append((at, ahead))
    if _plan_years_list(doc, top):
        switches[0] = (doc.start, True)  # 某区2022年十大惠民工程: the year's list of matters, told as tasks
        return _stretches(switches, doc.end)
    first_cue = switches[1][0] if len(switches) > 1 else doc.end
    lead = doc.text[doc.start : first_cue]
    plan_first = len(switches) > 1 and switches[1][1]
    # (a news item's lead giving the targets, then …会议上传来消息,2025年,该区将…: the plan it reports)
    leads_the_plan = plan_first and _TARGET_BOUNDS.search(lead) and not _DONE_MOOD.search(lead)
    # (财政司司长今早宣读2026至27年度《财政预算案》,重点包括…: a budget or address presented, its measures)
    presents = _PRESENTS_A_PLAN.search(lead) is not None
    switches[0] = (doc.start, bool(leads_the_plan) or presents or _reads_as_plan(lead))
    headline_end = doc.text.find("\n", doc.start, first_cue)
    if plan_first and not leads_the_plan and headline_end > 0 and _sums_up(doc.text[doc.start : headline_end]):
        # (新改扩建50所中小学 建成15个重大医疗项目⏎发布时间:…⏎…今年深圳将…: a headline summing up the plan it reports)
        switches[:1] = [(doc.start, True), (headline_end, switches[0][1])]
    return _stretches(switches, doc.end)


# A budget or policy address presented (宣读/发表…财政预算案, 预算案提出…, 施政报告宣布…): what the news
# tells of it is planned
_PRESENTS_A_PLAN = re.compile(
    r"(?:宣读|发表|提出|公布)[^。\n]{0,16}?(?:财政)?预算案|(?:预算案|施政报告)(?:提出|建议|宣布)|(?:宣读|发表)[^。\n]{0,10}?施政报告"
)


def _sums_up(line: str) -> bool:
    """Whether a page's first line is a headline giving figures, no sentence, no deed told done."""
    told_done = _DONE_MOOD.search(line) or _TOLD_DONE.search(line) or _ALL_DONE.search(line)
    return any(c.isdigit() for c in line) and not any(c in line for c in _SENTENCE_END[:5]) and not told_done


_ALL_DONE = re.compile(r"(?:全部|全面|均|已)(?:完成|开工|建成|投产|竣工|落地|签约)")  # (3个重点项目全部开工: a headline's deed)


# A figure bounded as a target is (增长25%以上, 120亿元左右), in a lead whose first time cue looks ahead.
_TARGET_BOUNDS = re.compile(r"\d(?:%|个百分点|[万亿]?元|[万亿]?[个家项户人])?(?:以上|左右)")


# The words of a plan's tasks and of a review's deeds, for text no time cue dates (a plan's
# chapter cut out of its report: 加快推进乡村全面振兴。…打造30个示范村,…确保粮食产量保持在…以上).
_PLAN_MOOD = re.compile(
    r"确保|力争|加快|大力|着力|坚决|切实|全力|深入实施|扎实推进|有序推进|积极推进|全面推进|持续用力|严守|抓好|守好|打好|做实|做强|做优"
    r"|编列|预算案"  # (a budget bill's allocations: 特别预算案…财政部主管编列1417亿元)
)
_DONE_MOOD = re.compile(
    r"(?<![为除])了(?![解结])|同比|[比较](?:上年|去年|年初)|上年同期|累计|获评|荣获|被评为|入选|位居|创历史|首次|顺利|圆满|成功"
)
_PLAN_WORDS = 4  # a plan's text says this many, and this many times as many as a review's words


# What a year's paragraph says of its figures: done (完成率107.52%, 提前完成…任务, 完成…的100.2%) or
# to do (将, 力争, 计划实施).
_TOLD_DONE = re.compile(
    r"完成率|提前完成|超额完成|已经?(?:全部|全面|基本)?(?:成功)?(?:完成|实现|开工|签约|建成|招引|引进|落地|落户|投产|竣工)|(?<!计划)完成[^。\n,，;；]{0,12}?的\d"
    # (29个为民办实事项目…全面完成, …全面完成了年度任务; not a task's 全面完成农村人居环境优化工程)
    r"|(?:全面|全部|如期|圆满|顺利)(?:完成|落实|兑现|办结)(?=[,，。;；!！\n]|$|了|年度|全年|任务|目标)"
    # the year's progress so far (1-6月累计完成投资…,占年计划投资的64.49%), or its projects started
    r"|累计完成|占[^。\n,，;；]{0,8}?计划[^。\n,，;；]{0,6}?的\d|集中开工|开工仪式"
    r"|(?:开工|开复工|竣工|转化)率(?!(?:达到|达|不低于)[\d.]+%以上)"  # (151个项目开工建设,开工率73%; not 开工率达到70%以上, a goal)
    # a figure measured against the same period before (同比下降4.5%, 按年实质增长2.7%, 录得…): a
    # statistics release's, told once the period is over; a plan's targets are not put so
    # (可比增长5.8%, 按可比价格计算: a statistics release's words too; not 比上年增加, a budget plan says it)
    r"|(?:同比|按年|可比)(?:实质)?(?:增长|下降|上升|回落|减少|增加|提高|降低)(?![\d.]+%?(?:以上|左右))|录得|按可比价(?:格)?计算"  # (not 同比增长18%以上: a target's)
)
# (比计划投资高17.1个百分点: measured against it; 年度计划投资31.52亿元: a project list's measure;
# 完成年度投资计划的21.3%: a completion rate)
# (计划开工项目207个: a set of the list's projects, named; 年度投资计划31.4亿元, 总投资和年度计划
# 分别较上年度增加60%: the list's measures)
_TOLD_PLAN = re.compile(r"将|力争|确保|争取|拟|目标(?:为|是)|(?<![比超按])(?<!投资)计划(?!总?投资|的\d|(?:新)?(?:开工|竣工)项目|分别|\d)")
# A title summing up the half of the plan year gone by (2021年上半年工作总结和下半年工作思路)
_HALF_REVIEWED = re.compile(r"上半年\s*(?:工作)?\s*(?:总结|工作情况|工作回顾)")  # (and a keyword line: 上半年 工作总结)
# …but the year's goals recalled there are its targets still (2023年市下达…产值目标201亿元, 确保目标增长12%)
_SET_GOAL = re.compile(r"目标(?:为|是|任务)?\d|(?:下达|确定|预期|奋斗)的?目标|确保|力争")
# A task of a list of matters, stated where its progress is reported (实事一:创建11个…试点村,…), or
# in a numbered line of its own on a page about such a list ((二)新增养老床位250张⏎新增378张…).
_TASK_OPENING = re.compile(r"[ \t\u3000]*(?:(?:民生)?实事|第[一二三四五六七八九十]+件(?:民生)?实事)[一二三四五六七八九十\d]*[:：]")
_NUMBERED_LINE = re.compile(r"[ \t\u3000]*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)[^\n。]{2,40}?\d[^\n。]{0,20}$", re.M)
_MATTERS = re.compile(r"实事|民生工程")
_PROGRESS = re.compile(r"最新进展|进展如何|进展情况的?通报|完成情况|办理情况|落实情况|实施情况|全部完成|已完成|成绩单")
_MATTERS_CHARS = 400  # a page about a list of matters says so at its top


# The plan year's list of matters, named at the page's top (某区2022年十大惠民工程, 2024年15件民生实事)
_YEARS_LIST = re.compile(
    r"((?:19|20)\d{2})年度?[^\n。]{0,12}?[\d一二三四五六七八九十]{1,3}(?:件|项|大|类)[^\n。]{0,10}?"
    r"(?:民生实事|实事|惠民工程|民生工程|民生项目)"
)


def _plan_years_list(doc: Document, top: int) -> bool:
    """Whether the page is the plan year's list of matters to do (named at its top, no word of
    their progress there)."""
    listed = _YEARS_LIST.search(doc.text, doc.start, top)
    return bool(listed and int(listed.group(1)) == doc.plan_year and not _PROGRESS.search(doc.text, doc.start, top))


def _states_a_task(doc: Document, s: Span, matters: bool) -> bool:
    """Whether the sentence ``s`` states a task of a list of matters whose progress the page reports."""
    opens = _TASK_OPENING.match(doc.text, s.start) or (matters and _NUMBERED_LINE.match(doc.text, s.start))
    return bool(opens) and not _TOLD_DONE.search(doc.text, s.start, s.end)  # (the opening first: most sentences have none)


# The months so far, opening a paragraph or a sentence: its progress is measured by the list before it.
_SO_FAR = r"[ \t\u3000]*(?:\d{1,2}\s*[—\-~～至到]\s*\d{1,2}月份?|截[至止]|上半年|前三季度|今年以来)"
_SO_FAR_OPENING = re.compile(_SO_FAR)
_SO_FAR_SENTENCE = re.compile(rf"[。;；!！]{_SO_FAR}")


def told_end(text: str, at: int, end: int) -> int:
    """Where what a review's paragraph going on from ``at`` tells ends: its own end, or the next
    paragraph's when that one goes on with the months so far (上半年…:2019年全县省级重点项目4个,年度
    计划投资21.3亿元。⏎截至6月底,完成投资…: in a review, the year's list is what the progress is
    told against, a figure of the review)."""
    stop = text.find("\n", at, end)
    if stop >= 0 and _SO_FAR_OPENING.match(text, stop + 1, end):
        stop = text.find("\n", stop + 1, end)
    return stop if stop >= 0 else end


def _list_end(text: str, at: int, end: int) -> int:
    """Where what the paragraph going on from ``at`` tells of its year ends, for whether a stretch
    looks ahead: at the paragraph's end, or where a sentence of it opens with the months so far
    (2024年安排市重点项目476个,年度计划投资463.4亿元。1—8月份,累计完成投资…: the year's list
    opening a page is its plan - LABELLING: counts of things to do are targets)."""
    stop = text.find("\n", at, end)
    stop = stop if stop >= 0 else end
    so_far = _SO_FAR_SENTENCE.search(text, at, stop)
    return so_far.start() + 1 if so_far else stop


_BY_A_YEARS_END = re.compile(r"截[至止]((?:19|20)\d{2})年(?:底|末)[^,，;；。\n]*")


def _told_done(text: str, at: int, year: int | None, *, opening: bool = False) -> bool:
    """Whether the paragraph going on from ``at`` tells ``year``'s figures as done, not planned
    (up to the months so far, for a stretch's ``opening``)."""
    end = (_list_end if opening else told_end)(text, at, len(text))
    # (2022年…,截至2021年底累计完成投资…: what was done by the end of a year before, no deed of this one)
    paragraph = _BY_A_YEARS_END.sub(
        lambda m: "" if year and int(m.group(1)) < year else m.group(), text[at:end]
    )
    done, plan = len(_TOLD_DONE.findall(paragraph)), len(_TOLD_PLAN.findall(paragraph))
    return done > plan and (done >= 2 or plan == 0)


def _reads_as_plan(text: str) -> bool:
    """Whether text with no time cue reads as a plan's tasks rather than a review's deeds; text
    that says neither is a review's (a news page's results)."""
    plan, done = len(_PLAN_MOOD.findall(text)), len(_DONE_MOOD.findall(text))
    return plan >= _PLAN_WORDS and plan >= _PLAN_WORDS * done


def _review_sections(doc: Document, sections: tuple[Section, ...]) -> list[Section]:
    """The sections titled as a review (一、上半年计划执行情况; 过去五年工作回顾), not entries of a
    list of the report's parts: everything in them looks back, whatever year they name."""
    entries = _list_entries(doc, sections)
    return [
        s for s in iter_sections(sections)
        if REVIEW_TITLE.search(s.title) and (not PLAN_TITLE.search(s.title) or _CARRIED_OUT.search(s.title))
        and s.start not in entries
    ]


# A title on how a plan was carried out (主要预期目标完成情况, 重点任务执行情况, 上半年重点工作进展情况):
# its plan words are what was done.
_CARRIED_OUT = re.compile(r"(?:完成|执行|落实|进展|推进)情况[ \u3000。:：]*$")


# The day a page or speech is dated (时间:2023-12-28, (2018年12月26日在…会议上)), near its top:
# on a line of its own, after a label or in brackets (not a date the text speaks of).
_DATED = re.compile(
    r"(?:^[ \t\u3000]*|(?:时间|日期|发布)[:：]?\s*|[(（])((?:19|20)\d{2})(?:[-/.]\d{1,2}[-/.]|年\d{1,2}月)\d{1,2}", re.M
)
_DATE_CHARS = 600


_YEAR_END = re.compile(r"岁末年终|年终(?:总结|盘点)?记者会")


def _this_year_is_behind(doc: Document) -> bool:
    """Whether the report's 今年 is a year before its plan year: a year-end meeting or report
    (dated 2023-12-28) on the plan for 2024 says 今年 of the year it reviews, and so does a
    summary titled as one alone (某镇2023年度工作总结)."""
    if _YEAR_END.search(doc.text, doc.start, min(doc.end, doc.start + _DATE_CHARS)):
        return True  # (举行110年岁末年终记者会: 今年 is the year ending, told)
    dated = _DATED.search(doc.text, doc.start, min(doc.end, doc.start + _DATE_CHARS))
    # (the title is quoted in its own characters: 鎮政府2024年度工作總結)
    summed_up = review_title_years([fold_script(doc.title or "")])
    year = int(dated.group(1)) if dated else summed_up[-1] if summed_up else None
    return bool(year and doc.plan_year and year < doc.plan_year)


def _plan_opening(doc: Document, sections: tuple[Section, ...], at: int) -> int:
    """Where the sentence that opens the targets passage at ``at`` starts, if the passage comes
    before every section (an excerpt that opens with 今年经济社会发展主要预期目标是:… and goes on
    with 三、2024年主要工作安排); else nowhere (the document's end): a passage inside a section
    before the plan's is that section's (a review may recall last year's targets)."""
    if any(s.start < at for s in sections) and not _plan_year_heading(doc, at):
        return doc.end
    return sentence_start(doc.text, doc.start, at)


def _plan_year_heading(doc: Document, at: int) -> bool:
    """Whether the line up to the targets' opening words at ``at`` (2024年主要目标) names the plan year."""
    cue = _YEAR.search(doc.text, _line_start(doc, at), at)
    return bool(cue and doc.plan_year and int(cue.group("year")) >= doc.plan_year)


_YEAR = re.compile(YEAR_CUE)


def _line_start(doc: Document, at: int) -> int:
    return doc.text.rfind("\n", doc.start, at) + 1 or doc.start


# A page's byline (来源:某日报 作者:… 发表日期:2020年09月10日): when the page was put up, no time of its text.
_BYLINE = re.compile(r"(?:来源|作者|发表|发布|日期|时间|编辑)[:：]")
_DATE_ALONE = re.compile(r"(?:19|20)\d{2}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")


# A year that names a report (发表2026年施政报告, 2025年政府工作报告提出): no time of the clause it is in.
_NAMES_A_REPORT = re.compile(r"(?:度)?(?:财政年度)?(?:人民)?(?:政府工作报告|施政报告)")

# A figure's or table's caption (图1 2022年各月商品销售总额及累计增幅): it dates the chart, no stretch of text.
_CAPTION_LINE = re.compile(r"[ \t\u3000]*[图表][ \t\u3000]?\d{1,2}(?!\d)")


def _on_a_byline(text: str, at: int) -> bool:
    """Whether ``at`` is on a page's byline (来源:…, 发布时间:…) or a line that is a date alone
    (2015年03月03日: the day the page came out, dating no stretch of its text)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    return _BYLINE.search(line) is not None or _DATE_ALONE.fullmatch(line.strip()) is not None


def _in_brackets(text: str, lo: int, at: int) -> bool:
    """Whether ``at`` is inside an aside in brackets (增长5.9%(预期目标为8.5%以上)): it sets no
    stretch of its own."""
    opened = max(text.rfind("(", lo, at), text.rfind("（", lo, at))
    return opened >= 0 and max(text.rfind(")", opened, at), text.rfind("）", opened, at)) < 0


def _dated(cue: re.Match[str]) -> bool:
    return bool(_year_of(cue) or cue.group("sofar") or cue.group("back") or cue.group("ahead") in _DATED_AHEAD)


def _year_of(cue: re.Match[str]) -> int | None:
    year = cue.group("year") or cue.group("heading_year") or cue.group("listed_year")
    roc = cue.group("roc_year")
    return int(year) if year else (int(roc) + ROC_EPOCH if roc else None)


def _clause_start(text: str, lo: int, at: int) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, at)]
    return breaks[-1] if breaks else lo


def _stretches(switches: list[tuple[int, bool]], end: int) -> list[Part]:
    """Parts from ``(offset, plan)`` switches in order: each runs to the next that changes it."""
    out: list[Part] = []
    for at, plan in switches:
        if out and out[-1].plan == plan:
            continue
        if out:
            out[-1] = Part(out[-1].start, at, out[-1].plan)
        out.append(Part(at, end, plan))
    return [p for p in out if p.end > p.start]


def looks_ahead_at(text: str, end: int, plan_year: int | None, *, dated: bool = False) -> bool | None:
    """What the last time cue of ``text[:end]`` says: ahead (a plan's), back (a review's) or
    nothing - so a figure of a clause about last year in a plan sentence (去年增长6%,今年…) or about
    the plan in a review sentence is told apart. With ``dated``, only a year or a named period
    counts (a review's 争取上级资金, 确保粮食安全 are no plan)."""
    last = None
    for m in _TIME_CUE.finditer(text):  # the whole text: a cue's lookahead may see past ``end``
        if m.start() >= end:
            break
        if not dated or _dated(m):
            last = m
    if last is None:
        return None
    return False if _plan_year_told_done(text, last, plan_year) else _looks_ahead(last, plan_year)


def _plan_year_told_done(text: str, cue: re.Match[str], plan_year: int | None, *, opening: bool = False) -> bool:
    """Whether ``cue`` names the plan year (2023年, 今年) in a paragraph that tells that year's
    figures as done (a year-end summary; in a review, a project list of the year in progress,
    1-6月累计完成…). ``opening``: the cue opens a stretch, whose list is told before the months so
    far (:func:`_list_end`)."""
    of_plan_year = _year_of(cue) == plan_year or cue.group("ahead") == "今年"
    return of_plan_year and _told_done(text, cue.end(), plan_year, opening=opening)


_DATED_AHEAD = ("明年", "新的一年", "下一步", "下半年")
_CLAUSE_STOP = re.compile(r"[;；]")
_CLAUSE_BREAK = re.compile(rf"[，;；:：]|(?<!\d),|,(?!{DIGIT_GROUP_AHEAD})")
_SET_BEFORE = re.compile(r"年初|确定的|既定|原定|下达的")


def _looks_ahead(cue: re.Match[str], plan_year: int | None) -> bool | None:
    listed = cue.group("listed_year")
    if listed:
        return True if plan_year and int(listed) >= plan_year else None
    year = _year_of(cue)
    if year:
        return None if plan_year is None else year >= plan_year
    return cue.group("ahead") is not None


def heading_starts(sections: tuple[Section, ...]) -> frozenset[int]:
    return frozenset(s.start for s in iter_sections(sections))


def is_heading(span: Span, headings: frozenset[int], short: int) -> bool:
    return span.start in headings and span.end - span.start < short


def sentences(doc: Document, lo: int, hi: int) -> Iterator[Span]:
    yield from matched_spans(doc.text, lo, hi, SENTENCE)
