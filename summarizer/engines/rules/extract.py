"""The rules engine: deterministic notes (and extractive summaries) from a report's text alone.

It reads a report the way an analyst skims one, on the report's reading (simplified characters,
no pinyin readings: :func:`summarizer.ingest.script.reading_of`):

* **Headline targets** come from the year's main expected targets passage - the text after
  ``主要预期目标是:`` (预期目标是, 努力目标为, 指标体系安排…具体为:, 主要目标是, a marker heading a
  bulleted list), or, without such words, the sentence after ``综合考虑各方面因素,``. Each clause
  with a number gives one target per number; clauses without one (``居民收入增长与经济增长基本同步``)
  are qualitative targets.
* **The plan part** (:func:`~.reading.review_and_plan`) starts at the first top-level section about
  the coming period (``2023年工作安排`` / ``重点工作`` / ``下半年…``), or, in a report without one (a
  news excerpt), wherever the sentences' time cues say so - read against the plan year, which is
  never a year the text itself reviews (:func:`~.reading.reading_plan_year`: 2021年…回顾, a year's
  初步预计 figures, its 成绩单). Every named figure of its clauses is a
  target (``新增高新技术企业600家``, ``实施市级重点项目200个``, ``完成投资2000亿元、增长10%以上``); its
  section titles are the priorities.
* **The review part** gives results: every named figure of its sentences - a level with its change
  (``全年完成生产总值326.3亿元、增长6.8%``), a lone change, a level (``旅游总收入1200亿元``), a count
  (``建成23个乡镇社工站``) or a comparison (``高于全省1.5个百分点``).

A figure is left out when it is no item (:func:`_worth_an_item`: a fragment, a place, a rank, a
policy package, an attribute of what follows, a set worked on). Numbers are read by
:mod:`summarizer.zh.numbers` and named by :mod:`summarizer.zh.naming`, the same code grounding uses;
the notes then go through :func:`summarizer.verify.grounding.ground_notes` like an LLM's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ...ingest import DocType, Document
from ...notes import ChunkNotes, PriorityNote, QualitativeNote, ResultNote, TargetNote
from ...text.structure import Section, bare_title, parse_sections
from ...zh.naming import FOR_EACH, listed_names, name_numbers, shared_by_list
from ...zh.numbers import clause_before, find_quantities, list_groups
from ...zh.tables import table_figures, table_spans
from .items import figure_names, figure_span, headline_name
from .reading import (
    EDGE,
    REVIEW_TITLE,
    Part,
    Span,
    after_targets_opening,
    headline_span,
    is_plan_section,
    looks_ahead_at,
    on_reading,
    plan_titles_start,
    told_end,
    plans_nothing,
    reading_plan_year,
    review_and_plan,
    matched_spans,
    prefaces,
    wrapped_spans,
)

__all__ = ["extract_notes"]

# A clause that opens with a figure of the clause before's indicator: a higher one hoped for
# (确保增长22%,力争增长30%) or the level it grows to (增长30%,达到8亿元; 增长6%左右、奋力站上3000亿元大台阶).
_HOPED_AFTER_FLOOR = re.compile(r"[ \t\u3000]*(?:奋斗|力争)目标")
_FIGURE_OF_THE_CLAUSE_BEFORE = re.compile(
    r"(?:力争|争取|努力)(?:达到|达|实现)?(?:增长)?\d|(?:奋力|力争|争取|努力)?(?:达到|达|突破|站上|迈上|跨上|超过)\d"
    r"|(?:奋斗|力争)目标(?:为|是)?(?:达到|达|增长)?\d"  # (底线目标280亿元,增长10%;奋斗目标285亿元)
    # 能耗下降2.5%,力争“十四五”以来累计降低10%: the same figure over the plan period
    r"|(?:力争|争取|确保)?“?十[一二三四五六七八九]五”?(?:以来|期间)[,，]?累计(?:增长|下降|降低|提高|减少)\d"
    # 全乡GDP达2.92亿元,比上年增加0.26亿元,增长10%: what it adds and its growth, named by none
    # (…达到25亿元,增幅约5%: the rate word alone, and an 约 before the figure)
    r"|(?:比上年|较上年|同比)?(?:增加|增长|提高|下降|减少|降低|增幅|降幅|减幅)(?:为|约|达)?\d"
)
_CLAUSE = re.compile(r"(?:[^,，;；。！？!?\n]|(?<=\d),(?=\d{3}))+")  # 1,200万人 is one number
# A sentence, over a line break that follows a comma (a hard-wrapped page: 完成财政总收入3.1亿元,
# ⏎ 同口径分别增长23.6%).
# Or over a line break before a nameless change (a digest's lines: 完成一般公共预算收入33.2亿元⏎增长10.5%).
_SENTENCE = re.compile(
    r"[^。；;！？!?\n]+(?:(?:(?<=[,，、])\n|\n(?=[ \t\u3000,，、]*(?:同比|比上年)?(?:增长|下降)[^\n\d]{0,4}\d))[^。；;！？!?\n]+)*"
)
_TARGET_YEAR = re.compile(r"到((?:19|20)\d{2})年")
_PERIOD = re.compile(r"\d{4}年|上半年|前三季度|\d{1,2}-\d{1,2}月")
_ANY_DIGIT = re.compile(r"\d")
_SENTENCE_MARKS = "。！？\n"
# The past year's targets recalled in a review: (预期目标为8.5%以上), 确定的主要预期目标为:…,
# 年初确定的目标为新增市场主体3000户 - up to what was achieved (实际新增3560户).
# (not a gap to it: 超计划目标6.7个百分点, 高于预期目标2.3个百分点)
# (and a plan report's line on a figure: ——年计划完成地区生产总值617亿元以上,1—9月完成…)
_TARGET_RECALLED = re.compile(
    r"(?<![超差于过出])(?:(?:预期|年初|既定|计划)目标(?:任务)?(?:为|是)?|目标(?:任务)?(?:为|是))"
    r"|(?:^|(?<=[—\-\s]))(?:年|年度|全年)计划(?:完成|实现|(?=[\u4e00-\u9fff]{2,12}?(?:增长|达到)\d))"
)
_ACHIEVED = re.compile(r"实际|实现|完成|达到")
_GOAL_OF_THE_YEAR = re.compile(r"的(?:年度|全年)?(?:目标|任务)")
_TARGETS_NAMED_AFTER = re.compile(r"(?:左右|以上|以内)?等?的?(?:主要)?(?:预期|控制)?目标")  # (低于5.0%的控制目标)
_RECALL_END = re.compile(r"[,，;；)）]")


def _quote(doc: Document, start: int, end: int) -> str:
    """``doc.text[start:end]`` without its edge punctuation, made long enough to be found first
    where it is: grounding quotes the first place a quote occurs, and a page may say a sentence
    twice (a title repeating the first target; the targets passage restated). It reaches back
    within its sentence, else on to the sentence's end (so it stays in its own passage), else
    back as far as it must."""
    text = doc.text
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1

    def first_at(a: int, b: int) -> bool:
        return text.find(text[a:b], doc.start, doc.end) == a

    if first_at(start, end):
        return text[start:end]
    sentence_start = max(doc.start, *(text.rfind(mark, doc.start, start) + 1 for mark in _SENTENCE_MARKS))
    back = start
    while back > sentence_start and not first_at(back, end):
        back -= 1
    if first_at(back, end):
        return text[back:end]
    sentence_end = min((i for i in (text.find(mark, end, doc.end) for mark in _SENTENCE_MARKS) if i >= 0), default=doc.end)
    ahead = end
    while ahead < sentence_end and not first_at(start, ahead):
        ahead += 1
    if first_at(start, ahead):
        return text[start:ahead]
    while back > doc.start and not first_at(back, end):
        back -= 1
    return text[back:end]


def _targets_in(doc: Document, span: Span, headline: bool, year: int | None) -> list[TargetNote]:
    clause = doc.text[span.start : span.end]
    qs = find_quantities(clause)
    until = _TARGET_YEAR.search(clause)  # 到2021年…: a multi-year target
    year = int(until.group(1)) if until else year
    notes = []
    namings = name_numbers(clause, qs)
    names = figure_names(clause, qs, namings)
    group_of = {i: g for g in list_groups(clause, qs) for i in g}
    for i, q in enumerate(qs):
        owner = namings[i].level
        name = headline_name(namings[i], q) if headline else names[i]
        if not name or (not headline and looks_ahead_at(clause, q.start, doc.plan_year) is False):
            continue  # 去年增长6%,今年力争…: last year's figure in a plan sentence is no target
        # 完成固定资产投资2000亿元、增长10%以上: the growth's quote reaches back to its level's name
        a, b = figure_span(clause, qs, group_of, [*group_of[i], *group_of[owner]], name)
        quote = _quote(doc, span.start + a, span.start + b)
        # 工业投资、技改投资均增长15%: one number, a target for each indicator listed (a number of a
        # 分别 list is its listed name's own: …、半导体及集成电路产业链产值分别突破…、1000亿元)
        # (…均增长20.6%,外贸进出口总额增长17.7%: the 均 is the clause before's, 进出口总额 one figure)
        own_words = clause_before(clause, q.start, qs[i - 1].end if i else 0)
        each = (FOR_EACH.search(own_words) or shared_by_list(name)) and len(group_of[i]) == 1
        listed = listed_names(name, pairs=True) if each else []
        notes += [
            TargetNote(
                indicator=one, value=q.value, value_max=q.value_max, year=year,
                headline=headline, evidence=quote,
            )
            for one in listed or [name]
        ]  # fmt: skip
    return notes


def _headline_notes(doc: Document, span: tuple[int, int], year: int | None) -> ChunkNotes:
    notes = ChunkNotes.empty()
    previous: tuple[Span, list[TargetNote]] | None = None  # the clause before, and its own targets
    for clause in matched_spans(doc.text, span[0], span[1], _CLAUSE):
        alone = found = _targets_in(doc, clause, True, year)
        if previous and _FIGURE_OF_THE_CLAUSE_BEFORE.match(doc.text, clause.start):
            # 地区生产总值确保增长22%,力争增长30%: the higher figure hoped for is the clause before's
            # (and a chain of them, …达2.92亿元,比上年增加0.26亿元,增长10%: each the first clause's)
            found = _added_by(doc, clause, previous, True, year) or alone
            previous = (Span(previous[0].start, clause.end), [*previous[1], *found])
        else:
            previous = (clause, alone)
        if found:
            notes.targets.extend(found)
        elif not find_quantities(doc.text[clause.start : clause.end]):
            text = doc.text[clause.start : clause.end]
            quote = _quote(doc, clause.start, clause.end)
            notes.qualitative_targets.append(QualitativeNote(text=text, headline=True, evidence=quote))
    return notes


def _other_targets(
    doc: Document, lo: int, hi: int, headline: tuple[int, int], year: int | None
) -> list[TargetNote]:
    """Non-headline targets of the plan part ``[lo, hi)``, sentence by sentence (a growth in the
    next clause is its level's: 力争进出口总额突破200亿元,增长8%以上)."""
    out: list[TargetNote] = []
    before: tuple[Span, list[TargetNote]] | None = None  # the sentence before, and its own targets
    for sentence in _sentences_outside_tables(doc, lo, hi):
        in_headline = sentence.start < headline[1] and sentence.end > headline[0]  # headline targets
        figures = _ANY_DIGIT.search(doc.text, sentence.start, sentence.end)
        if in_headline or not figures:
            continue
        span = Span(after_targets_opening(doc.text, sentence.start, sentence.end), sentence.end)
        alone = _targets_in(doc, span, False, year)
        after_semicolon = before is not None and doc.text[before[0].end : sentence.start] in (";", "；")
        if before and after_semicolon and _HOPED_AFTER_FLOOR.match(doc.text, sentence.start):
            # 底线目标280亿元,增长10%;奋斗目标285亿元: the figure hoped for is the floor's, named before the semicolon
            out.extend(_added_by(doc, span, before, False, year))
        else:
            out.extend(alone)
        before = (span, alone)
    return out


def _added_by(
    doc: Document, span: Span, before: tuple[Span, list[TargetNote]], headline: bool, year: int | None
) -> list[TargetNote]:
    """The targets ``span`` adds when read together with the stretch ``before`` it, whose own
    targets are said already."""
    said = {(t.indicator, t.value) for t in before[1]}
    joined = _targets_in(doc, Span(before[0].start, span.end), headline, year)
    return [t for t in joined if (t.indicator, t.value) not in said]


def _results(doc: Document, lo: int, hi: int, period: str | None) -> list[ResultNote]:
    """Results of the review part ``[lo, hi)``, sentence by sentence."""
    found: list[tuple[int, ResultNote]] = []
    can_plan = not plans_nothing(doc)  # (a page that plans nothing has no figure looking ahead)
    for sentence in _sentences_outside_tables(doc, lo, hi):
        text = doc.text[sentence.start : sentence.end]
        when = _PERIOD.search(text)
        found += [(sentence.start, r) for r in _sentence_results(doc, sentence, when.group() if when else period, can_plan=can_plan)]
    for f in table_figures(doc.text):
        if lo <= f.start < hi:  # a table's row: its cells named by the row and its columns
            row = doc.text[f.start : f.end].strip()
            found.append((f.start, ResultNote(indicator=f.name, value=f.value, change=f.change, period=period, evidence=row)))
    return [note for _, note in sorted(found, key=lambda pair: pair[0])]


def _sentences_outside_tables(doc: Document, lo: int, hi: int) -> Iterator[Span]:
    """The sentences of ``[lo, hi)`` (:func:`wrapped_spans`), none read from a table's lines: a
    table is read as a grid (:mod:`summarizer.zh.tables`), its rows are no sentences."""
    pos = lo
    for a, b in table_spans(doc.text):
        if a < hi and b > pos:
            yield from wrapped_spans(doc, pos, max(pos, a), _SENTENCE)
            pos = b
    yield from wrapped_spans(doc, pos, hi, _SENTENCE)


def _recalls_a_target(sentence: str, at: int) -> bool:
    """Whether the figure at ``at`` of a review sentence is a target it recalls, not a result: the
    recall runs to the sentence's end after a colon (…主要预期目标为:A,B), else to its clause's
    end or its bracket's (预期目标为8.5%以上), 目标为…3000户; and stops where the text turns to
    what was achieved (实际新增3560户)."""
    recalled = None
    for recalled in _TARGET_RECALLED.finditer(sentence, 0, at):
        pass
    if recalled is None or _ACHIEVED.search(sentence, recalled.end(), at):
        return False
    listed = sentence.startswith((":", "："), recalled.end())
    return listed or not _RECALL_END.search(sentence, recalled.end(), at)


def _after_review(doc: Document) -> int | None:
    """The first year after the period under review: the plan year, but for a half-year summary
    (2023年上半年工作总结和下半年工作思路), whose review is of the plan year itself."""
    if doc.plan_year is None:
        return None
    same_year = doc.doc_type is DocType.WORK_SUMMARY_AND_PLAN and doc.year == doc.plan_year
    return doc.plan_year + 1 if same_year else doc.plan_year


def _sentence_results(doc: Document, sentence: Span, period: str | None, *, can_plan: bool = True) -> Iterator[ResultNote]:
    """Every figure of a review sentence: a named level with the unnamed change that follows it
    (``生产总值326.3亿元、增长6.8%``), a named change (``增长4.9%``) or a named level
    (``新增城镇就业4388人``, ``建成23个乡镇社工站``)."""
    text = doc.text[sentence.start : sentence.end]
    qs = find_quantities(text)
    group_of = {i: g for g in list_groups(text, qs) for i in g}
    namings = name_numbers(text, qs)
    owners = [n.level for n in namings]
    change_of = {owner: j for j, owner in enumerate(owners) if owner != j}
    change_of |= {k: j for j, n in enumerate(namings) for k in n.shared}  # a change shared by a list
    names = figure_names(text, qs, namings)
    # (the cues are read on to the paragraph's end: 2025年共安排项目57个。…1-4月累计完成… tells the year as done)
    paragraph = doc.text[sentence.start : told_end(doc.text, sentence.end, doc.end)]
    for i, q in enumerate(qs):
        name = names[i]
        ahead = can_plan and name and looks_ahead_at(text, q.start, _after_review(doc), dated=True)
        if ahead:  # (only then is the rest of the paragraph read: it may tell the year as done)
            ahead = looks_ahead_at(paragraph, q.start, _after_review(doc), dated=True)
        if owners[i] != i or not name or ahead:
            continue  # a change said with its level comes with that level; a plan's figure is none
        exceeded = text.endswith("超额完成", 0, q.start) and _GOAL_OF_THE_YEAR.match(text, q.end)  # 超额完成40所的年度目标
        if _recalls_a_target(text, q.start) or _TARGETS_NAMED_AFTER.match(text, q.end) or exceeded:
            continue  # 增长5.9%(预期目标为8.5%以上), 围绕…增长5%等预期目标: the plan's figure, recalled, is no result
        c = change_of.get(i, i if q.kind == "growth" else None)
        # 分别增长4.9%和7.1%: quote the whole list, and the changes' list with every level they
        # are paired with (…,分别增长14.6%、17.3%)
        members = [*group_of[i], *(group_of[c] if c is not None else ())]
        members += [owners[j] for j in (group_of[c] if c is not None else ())]
        members += namings[i].read_with  # (…增长27.9%,分别比1-4月加快9.1个、…: quoted from the rates paired with)
        start, tail = figure_span(text, qs, group_of, members, name)
        quote = _quote(doc, sentence.start + start, sentence.start + tail)
        # 新增就业6435人,失业人员再就业1755人,分别完成目标任务的117%: one rate, each one's
        alone = c in (None, i) and len(group_of[i]) == 1  # (a change alone is its own)
        each = alone and (FOR_EACH.search(clause_before(text, q.start, qs[i - 1].end if i else 0)) or shared_by_list(name))
        # (a pair written as one word too: 城乡居民人均可支配收入均增长7% → 城镇…, 农村…)
        for one in (listed_names(name, pairs=True) if each else []) or [name]:
            yield ResultNote(
                indicator=one,
                value=q.value if q.kind != "growth" else None,  # 高于全国1.8个百分点: a level
                change=qs[c].value if c is not None else None,
                period=period,
                evidence=quote,
            )


def _priorities(doc: Document, sections: tuple[Section, ...], start: int) -> list[PriorityNote]:
    out: list[PriorityNote] = []
    for s in sections:
        if s.start < start:
            continue
        picked = [s]
        if is_plan_section(s, doc):  # its items are the priorities: its outermost children
            top = min((c.level for c in s.children), default=None)
            picked = [c for c in s.children if c.level == top]
        out.extend(PriorityNote(title=bare_title(p).strip(EDGE + "。"), evidence=p.title) for p in picked)
    return out


def _review_period(sections: tuple[Section, ...], start: int) -> str | None:
    for s in sections:
        if s.start < start and REVIEW_TITLE.search(s.title):
            m = _PERIOD.search(s.title)
            return m.group() if m else None
    return None


def _within(notes: ChunkNotes, doc: Document, lo: int, hi: int) -> ChunkNotes:
    """Keep the notes whose evidence sits in ``[lo, hi)`` (a chunk of the document)."""
    if (lo, hi) == (doc.start, doc.end):
        return notes

    def inside(quote: str) -> bool:
        return doc.text.find(quote, lo, hi) >= 0

    return ChunkNotes(
        sections=notes.sections,
        results=[n for n in notes.results if inside(n.evidence)],
        targets=[n for n in notes.targets if inside(n.evidence)],
        qualitative_targets=[n for n in notes.qualitative_targets if inside(n.evidence)],
        priorities=[n for n in notes.priorities if inside(n.evidence)],
    )


def _cut(parts: list[Part], spans: list[Span]) -> list[Part]:
    """``parts`` without the text of ``spans`` (a page's summary of itself: :func:`prefaces`)."""
    for span in spans:
        parts = [
            piece
            for p in parts
            for piece in (Part(p.start, min(p.end, span.start), p.plan), Part(max(p.start, span.end), p.end, p.plan))
            if piece.end > piece.start
        ]
    return parts


def extract_notes(doc: Document, start: int | None = None, end: int | None = None) -> ChunkNotes:
    """Notes for ``doc`` (or the chunk ``[start, end)`` of it), with evidence quotes.

    The rules read the text's reading (:func:`~summarizer.ingest.script.reading_of`: traditional
    characters as simplified, pinyin readings dropped), so quotes and names come in simplified
    characters; grounding finds them on the source's reading and quotes the source's own
    characters.
    """
    lo_source, hi_source = doc.start if start is None else start, doc.end if end is None else end
    doc, reading = on_reading(doc)
    lo, hi = reading.reading_offset(lo_source), reading.reading_offset(hi_source)
    sections = parse_sections(doc)
    doc = replace(doc, plan_year=reading_plan_year(doc, sections))  # not a reviewed year
    year = doc.plan_year or doc.year
    headline = headline_span(doc)
    stretches = _cut(review_and_plan(doc, sections, headline), prefaces(doc))
    notes = _headline_notes(doc, headline, year) if headline else ChunkNotes.empty()
    plan_lo = next((p.start for p in stretches if p.plan), doc.end)
    period = _review_period(sections, plan_lo)
    for part in stretches:
        if part.plan:
            notes.targets.extend(_other_targets(doc, part.start, part.end, headline or (0, 0), year))
        else:
            notes.results.extend(_results(doc, part.start, part.end, period))
    titled = plan_titles_start(doc, sections)  # (a list of the parts names them before the plan part)
    notes.priorities.extend(_priorities(doc, sections, plan_lo if titled is None else min(plan_lo, titled)))
    return _within(notes, doc, lo, hi)


