"""The rules engine: deterministic notes (and extractive summaries) from a report's text alone.

It reads a report the way an analyst skims one:

* **Headline targets** come from the year's main expected targets passage - the text after
  ``主要预期目标是:`` (或 ``为`` / ``建议为`` / ``主要目标是``), or, without such words, the sentence
  after ``综合考虑各方面因素,``. Each clause with a number gives one target per number (the clause
  is the evidence); clauses without one (``居民收入增长与经济增长基本同步``) are qualitative targets.
* **The plan part** starts at the first top-level section about the coming period (``2023年工作
  安排`` / ``重点工作`` / ``工作思路`` / ``下半年…``). Its other numeric clauses are non-headline
  targets and its section titles are the priorities.
* **The review part** (everything before) gives results: a level with the change right after it
  (``全年完成生产总值326.3亿元、增长6.8%``), or a lone change.

Numbers are read by :mod:`summarizer.numbers` and names by :mod:`summarizer.indicators`, the same
code grounding uses; the notes then go through :func:`summarizer.grounding.ground_notes` like an
LLM's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..documents import Document
from ..indicators import change_owner, indicator_for, known_indicator, shared_names
from ..models import Evidence, SectionSummary
from ..numbers import Quantity, clause_before, find_quantities, list_groups
from ..structure import Section, bare_title, iter_sections, parse_sections
from .notes import (
    ChunkNotes,
    PriorityNote,
    QualitativeNote,
    ResultNote,
    TargetNote,
)

__all__ = ["extract_notes", "extractive_overview", "extractive_sections", "headline_span", "plan_start"]

# In order of preference: a five-year plan's 主要目标 may come before the year's 主要预期目标.
_HEADLINE_MARKERS = (
    re.compile(r"主要预期目标(?:是|为|建议为)?\s*[:：]"),
    re.compile(r"主要目标(?:是|为|建议为)?\s*[:：]"),
    re.compile(r"综合考虑(?:各方面|各种)?因素\s*[,，]"),
)
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_CLAUSE = re.compile(r"[^,，;；。！？!?\n]+")
_RESULT_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_PLAN_TITLE = re.compile(r"安排|重点工作|任务|思路|打算|下半年|展望|下一步|目标")
_REVIEW_TITLE = re.compile(r"回顾|总结|过去")
_TARGET_YEAR = re.compile(r"到((?:19|20)\d{2})年")
_PERIOD = re.compile(r"\d{4}年|上半年|前三季度|\d{1,2}-\d{1,2}月")
_TARGET_WORDS = re.compile(
    r"完成|达到|新增|增长|力争|确保|突破|超过|超(?=\d)|控制在|保持在|实现|建成|新建|引进|培育|争取|提高|提升|下降|降低|不低于"
)
_EDGE = " \u3000\n\t,，、;；:："
_MAX_NAME = 20
_MIN_FREE_NAME = 4
_SHORT_CLAUSE = 40  # a clause or sentence that starts a heading and is this short is the heading
_SHORT_SENTENCE = 60


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _pieces(text: str, lo: int, hi: int, pattern: re.Pattern[str]) -> Iterator[_Span]:
    """Stripped ``[start, end)`` spans of ``text[lo:hi]`` matched by ``pattern``."""
    for m in pattern.finditer(text, lo, hi):
        start, end = m.start(), m.end()
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        if end > start:
            yield _Span(start, end)


def headline_span(doc: Document) -> tuple[int, int] | None:
    """``[start, end)`` of the main expected targets passage (after its colon), if there is one."""
    text = doc.text
    for pattern in _HEADLINE_MARKERS:
        for m in pattern.finditer(text, doc.start, doc.end):
            end = m.end()
            while end < doc.end and text[end] not in "。\n":
                end += 1
            if find_quantities(text[m.end() : end]):
                return m.end(), end
    return None


def _plan_section(section: Section, doc: Document) -> bool:
    title = section.title
    if _REVIEW_TITLE.search(title):
        return False
    return bool(_PLAN_TITLE.search(title)) or (doc.plan_year is not None and str(doc.plan_year) in title)


def plan_start(doc: Document, sections: tuple[Section, ...] | None = None) -> int | None:
    """Where the report starts looking forward: its first plan-like top-level section."""
    for s in sections if sections is not None else parse_sections(doc):
        if _plan_section(s, doc):
            return s.start
    span = headline_span(doc)
    return span[0] if span else None


def _named(text: str, qs: list[Quantity], i: int) -> str:
    name = indicator_for(text, qs, i)
    return name if len(name) <= _MAX_NAME else ""


def _specific(name: str) -> bool:
    """A name worth a non-headline item: a known indicator, or more than a bare word (项目, 引进)."""
    return len(name) >= _MIN_FREE_NAME or known_indicator(name)


def _targets_in(doc: Document, span: _Span, headline: bool, year: int | None) -> list[TargetNote]:
    clause = doc.text[span.start : span.end]
    qs = find_quantities(clause)
    until = _TARGET_YEAR.search(clause)  # 到2021年…: a multi-year target
    year = int(until.group(1)) if until else year
    notes = []
    for i, q in enumerate(qs):
        name = _named(clause, qs, i)
        if not name or (not headline and not (q.unit and _specific(name))):
            continue
        # 工业投资、技改投资均增长15%: one number, a target for each indicator listed
        notes += [
            TargetNote(
                indicator=one, value=q.value, value_max=q.value_max, year=year,
                headline=headline, evidence=clause,
            )
            for one in shared_names(name) or [name]
        ]  # fmt: skip
    return notes


def _headline_notes(doc: Document, span: tuple[int, int], year: int | None) -> ChunkNotes:
    notes = ChunkNotes.empty()
    for clause in _pieces(doc.text, span[0], span[1], _CLAUSE):
        found = _targets_in(doc, clause, True, year)
        if found:
            notes.targets.extend(found)
        elif not find_quantities(doc.text[clause.start : clause.end]):
            text = doc.text[clause.start : clause.end]
            notes.qualitative_targets.append(QualitativeNote(text=text, headline=True, evidence=text))
    return notes


def _heading_starts(sections: tuple[Section, ...]) -> frozenset[int]:
    return frozenset(s.start for s in iter_sections(sections))


def _is_heading(span: _Span, headings: frozenset[int], short: int) -> bool:
    return span.start in headings and span.end - span.start < short


def _other_targets(
    doc: Document, lo: int, hi: int, headline: tuple[int, int], headings: frozenset[int], year: int | None
) -> list[TargetNote]:
    """Non-headline targets of the plan part ``[lo, hi)``, clause by clause."""
    out: list[TargetNote] = []
    for clause in _pieces(doc.text, lo, hi, _CLAUSE):
        in_headline = clause.start < headline[1] and clause.end > headline[0]  # taken as headline targets
        if in_headline or _is_heading(clause, headings, _SHORT_CLAUSE):
            continue
        text = doc.text[clause.start : clause.end]
        if not _TARGET_WORDS.search(text):
            continue
        out.extend(_targets_in(doc, clause, False, year))
    return out


def _results(doc: Document, lo: int, hi: int, period: str | None) -> list[ResultNote]:
    """Results of the review part ``[lo, hi)``, sentence by sentence."""
    out: list[ResultNote] = []
    for sentence in _pieces(doc.text, lo, hi, _RESULT_SENTENCE):
        text = doc.text[sentence.start : sentence.end]
        when = _PERIOD.search(text)
        out.extend(_sentence_results(text, when.group() if when else period))
    return out


def _sentence_results(text: str, period: str | None) -> Iterator[ResultNote]:
    """``生产总值326.3亿元、增长6.8%``: a named level with the unnamed change that follows it, a
    named change (``增长4.9%``), or a named level of a known indicator (``新增城镇就业4388人``)."""
    qs = find_quantities(text)
    group_of = {i: g for g in list_groups(text, qs) for i in g}
    owners = [change_owner(text, qs, j) for j in range(len(qs))]
    change_of = {owner: j for j, owner in enumerate(owners) if owner != j}
    for i, q in enumerate(qs):
        name = _named(text, qs, i)
        if owners[i] != i or not name or q.kind == "relative":
            continue  # a change said with its level comes with that level
        c = change_of.get(i, i if q.kind == "growth" else None)
        if c is None and not (q.unit and known_indicator(name)):
            continue
        group = group_of[i]  # 分别增长4.9%和7.1%: quote the whole list (and the changes' list)
        head = qs[group[0]]
        lead = clause_before(text, head.start, qs[group[0] - 1].end if group[0] else 0)
        tail = max(qs[group[-1]].end, qs[group_of[c][-1]].end if c is not None else 0)
        if text.startswith(name, q.end):  # 建成23个乡镇社工站: the name follows the count
            tail = max(tail, q.end + len(name))
        yield ResultNote(
            indicator=name,
            value=q.value if q.kind == "level" else None,
            change=qs[c].value if c is not None else None,
            period=period,
            evidence=text[head.start - len(lead) : tail].strip(_EDGE),
        )


def _priorities(doc: Document, sections: tuple[Section, ...], start: int) -> list[PriorityNote]:
    out: list[PriorityNote] = []
    for s in sections:
        if s.start < start:
            continue
        picked = [s]
        if _plan_section(s, doc):  # its items are the priorities: its outermost children
            top = min((c.level for c in s.children), default=None)
            picked = [c for c in s.children if c.level == top]
        out.extend(PriorityNote(title=bare_title(p).strip(_EDGE + "。"), evidence=p.title) for p in picked)
    return out


def _review_period(sections: tuple[Section, ...], start: int) -> str | None:
    for s in sections:
        if s.start < start and _REVIEW_TITLE.search(s.title):
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


def extract_notes(doc: Document, start: int | None = None, end: int | None = None) -> ChunkNotes:
    """Notes for ``doc`` (or the chunk ``[start, end)`` of it), with verbatim evidence quotes."""
    sections = parse_sections(doc)
    year = doc.plan_year or doc.year
    headline = headline_span(doc)
    plan = plan_start(doc, sections)
    plan_lo = plan if plan is not None else doc.end
    notes = _headline_notes(doc, headline, year) if headline else ChunkNotes.empty()
    headings = _heading_starts(sections)
    notes.targets.extend(_other_targets(doc, plan_lo, doc.end, headline or (0, 0), headings, year))
    notes.results.extend(_results(doc, doc.start, plan_lo, _review_period(sections, plan_lo)))
    notes.priorities.extend(_priorities(doc, sections, plan_lo))
    return _within(notes, doc, doc.start if start is None else start, doc.end if end is None else end)


def _sentences(doc: Document, lo: int, hi: int) -> Iterator[_Span]:
    yield from _pieces(doc.text, lo, hi, _SENTENCE)


def _evidence(doc: Document, span: _Span) -> Evidence:
    return Evidence(text=doc.text[span.start : span.end], start=span.start, end=span.end)


def _first_sentence(
    doc: Document, lo: int, hi: int, headings: frozenset[int], want: re.Pattern[str] | None = None
) -> _Span | None:
    """The first sentence of ``[lo, hi)`` that is not a heading (and matches ``want``)."""
    for s in _sentences(doc, lo, hi):
        if not _is_heading(s, headings, _SHORT_SENTENCE) and (want is None or want.search(doc.text[s.start : s.end])):
            return s
    return None


def extractive_overview(doc: Document) -> tuple[str, list[Evidence]]:
    """A handful of the report's own key sentences, verbatim, joined by line breaks."""
    sections = parse_sections(doc)
    headings = _heading_starts(sections)
    found = plan_start(doc, sections)
    plan = found if found is not None else doc.end
    picks = [
        _first_sentence(doc, doc.start, plan, headings, re.compile(r"生产总值.{0,12}\d")),
        _first_sentence(doc, doc.start, plan, headings, re.compile(r"(?:财政|预算)收入.{0,12}\d")),
    ]
    headline = headline_span(doc)
    if headline:
        picks.append(next(_sentences(doc, _sentence_start(doc, headline[0]), headline[1] + 1), None))
    picks.append(_first_sentence(doc, plan, doc.end, headings, re.compile(r"重点|主要任务|方面工作")))
    chosen = sorted({(p.start, p.end) for p in picks if p is not None})
    evidence = [_evidence(doc, _Span(a, b)) for a, b in chosen]
    return "\n".join(e.text for e in evidence), evidence


def _sentence_start(doc: Document, offset: int) -> int:
    """Back to the start of the sentence holding ``offset`` (the passage's lead-in words)."""
    i = offset
    while i > doc.start and doc.text[i - 1] not in "。\n！？!?":
        i -= 1
    return i


def extractive_sections(doc: Document) -> list[SectionSummary]:
    """Top-level sections, each summarised by its first sentence(s) of body text, verbatim."""
    out = []
    sections = parse_sections(doc)
    headings = _heading_starts(sections)
    for s in sections:
        first = _first_sentence(doc, s.heading_end, s.end, headings)
        summary = doc.text[first.start : first.end] if first else ""
        if first and len(summary) < 30:
            second = _first_sentence(doc, first.end, s.end, headings)
            if second:
                summary = doc.text[first.start : second.end]
        out.append(
            SectionSummary(
                title=s.title, path=[s.title], start=s.start, end=s.end, summary=summary, extractive=True
            )
        )
    return out
