"""Metadata: a report's title, region, year, plan year and type, read from its text.

The title is one of the first lines (``2023年XX市政府工作报告``, ``XX区2022年工作总结和2023年工作思路``);
what the title does not say is looked for in the body's short lines (``一、2021年工作总结``) and in
the file's metadata table (发布机构).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .boilerplate import line_spans
from .document import DocType

__all__ = ["Meta", "GWR_TITLE", "TAG", "region_of", "title_meta", "meta_for", "tag_region"]


_CJK = r"[\u4e00-\u9fff]"
_REGION_SUFFIX = "(?:自治州|[省市区县旗盟])"
_REGION_PATTERN = rf"{_CJK}{{1,10}}?{_REGION_SUFFIX}"  # 彬州市, 椒江区; not 温州 of 温州市
_BARE_PLACE = re.compile(rf"{_CJK}{{2,4}}")  # 温州 in 【温州招商】
_TAG_WORDS = re.compile("招商|投资|新闻|资讯|动态|快讯")
_REGION = re.compile(_REGION_PATTERN)
TAG = re.compile(r"^【([^】]*)】\s*")
_LEADING_YEAR = re.compile(r"^\s*\d{4}年")
_NUMBERED = re.compile(r"^[一二三四五六七八九十\d]+[、.．]|^[（(]")
GWR_TITLE = re.compile(rf"^(?:【[^】]*】)?\s*(?:\d{{4}}年)?{_REGION_PATTERN}(?:人民)?政府工作报告$")
_TITLE_WORDS = re.compile(r"政府工作报告|工作总结|工作思路|工作计划|工作要点|工作安排")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_SUMMARY_YEAR = re.compile(r"((?:19|20)\d{2})年[^\n。]{0,10}?(?:工作)?总结")
_PLAN_YEAR = re.compile(
    r"((?:19|20)\d{2})年[^\n。]{0,10}?(?:工作思路|工作计划|工作安排|工作打算|工作要点)"
)
_HEADING_CHARS = 40  # lines up to this long may be headings such as "二、2022年工作思路"




@dataclass(frozen=True)
class Meta:
    title: str | None = None
    region: str | None = None
    year: int | None = None
    plan_year: int | None = None
    doc_type: DocType = DocType.UNKNOWN


def region_of(name: str) -> str | None:
    """Leading place name of ``name`` (``温州市发展和改革委员会`` → ``温州市``)."""
    match = _REGION.match(_LEADING_YEAR.sub("", TAG.sub("", name)))
    return match.group() if match else None


def title_meta(title: str) -> Meta:
    years = [int(y) for y in _YEAR.findall(title)]
    year = years[0] if years else None
    region = region_of(title)
    if "政府工作报告" in title:
        return Meta(title, region, year, year, DocType.GOVERNMENT_WORK_REPORT)
    if "总结" in title and re.search("思路|计划|安排|打算|要点", title):
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


def _find_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Span of a title line among the first three lines of ``[start, end)``."""
    for n, (a, b) in enumerate(line_spans(text, start, end)):
        line = text[a:b].strip()
        if n >= 3:
            break
        short = len(line) <= 60 and "。" not in line
        if short and not _NUMBERED.match(line) and _TITLE_WORDS.search(line):
            return a, b
    return None


def meta_for(text: str, start: int, end: int, table: dict[str, str]) -> Meta:
    title_span = _find_title(text, start, end)
    from_title = title_meta(text[slice(*title_span)].strip()) if title_span else Meta()
    short_lines = (text[a:b] for a, b in line_spans(text, start, end) if b - a <= _HEADING_CHARS)
    from_body = _body_meta("\n".join(short_lines), table)
    return Meta(
        title=from_title.title,
        region=from_title.region or from_body.region,
        year=from_title.year or from_body.year,
        plan_year=from_title.plan_year or from_body.plan_year,
        doc_type=(
            from_title.doc_type if from_title.doc_type is not DocType.UNKNOWN else from_body.doc_type
        ),
    )


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
