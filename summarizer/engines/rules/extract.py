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
from dataclasses import replace

from ...ingest import Document
from ...ingest.script import fold_script
from ...notes import ChunkNotes, PriorityNote, QualitativeNote, ResultNote, TargetNote
from ...text.structure import Section, bare_title, parse_sections
from ...zh.indicators import change_owner, indicator_for, known_indicator, shared_names
from ...zh.numbers import Quantity, clause_before, find_quantities, list_groups
from .reading import (
    EDGE,
    REVIEW_TITLE,
    Span,
    heading_starts,
    headline_span,
    is_heading,
    is_plan_section,
    parts,
    pieces,
)

__all__ = ["extract_notes"]

_CLAUSE = re.compile(r"[^,，;；。！？!?\n]+")
_RESULT_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_TARGET_YEAR = re.compile(r"到((?:19|20)\d{2})年")
_PERIOD = re.compile(r"\d{4}年|上半年|前三季度|\d{1,2}-\d{1,2}月")
_TARGET_WORDS = re.compile(
    r"完成|达到|新增|增长|力争|确保|突破|超过|超(?=\d)|控制在|保持在|实现|建成|新建|引进|培育|争取|提高|提升|下降|降低|不低于"
)
_MAX_NAME = 20
_MIN_FREE_NAME = 4
_SHORT_CLAUSE = 40  # a clause or sentence that starts a heading and is this short is the heading












def _named(text: str, qs: list[Quantity], i: int) -> str:
    name = indicator_for(text, qs, i)
    return name if len(name) <= _MAX_NAME else ""


def _specific(name: str) -> bool:
    """A name worth a non-headline item: a known indicator, or more than a bare word (项目, 引进)."""
    return len(name) >= _MIN_FREE_NAME or known_indicator(name)


def _targets_in(doc: Document, span: Span, headline: bool, year: int | None) -> list[TargetNote]:
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
    for clause in pieces(doc.text, span[0], span[1], _CLAUSE):
        found = _targets_in(doc, clause, True, year)
        if found:
            notes.targets.extend(found)
        elif not find_quantities(doc.text[clause.start : clause.end]):
            text = doc.text[clause.start : clause.end]
            notes.qualitative_targets.append(QualitativeNote(text=text, headline=True, evidence=text))
    return notes






def _other_targets(
    doc: Document, lo: int, hi: int, headline: tuple[int, int], headings: frozenset[int], year: int | None
) -> list[TargetNote]:
    """Non-headline targets of the plan part ``[lo, hi)``, clause by clause."""
    out: list[TargetNote] = []
    for clause in pieces(doc.text, lo, hi, _CLAUSE):
        in_headline = clause.start < headline[1] and clause.end > headline[0]  # taken as headline targets
        if in_headline or is_heading(clause, headings, _SHORT_CLAUSE):
            continue
        text = doc.text[clause.start : clause.end]
        if not _TARGET_WORDS.search(text):
            continue
        out.extend(_targets_in(doc, clause, False, year))
    return out


def _results(doc: Document, lo: int, hi: int, period: str | None) -> list[ResultNote]:
    """Results of the review part ``[lo, hi)``, sentence by sentence."""
    out: list[ResultNote] = []
    for sentence in pieces(doc.text, lo, hi, _RESULT_SENTENCE):
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
            evidence=text[head.start - len(lead) : tail].strip(EDGE),
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


def extract_notes(doc: Document, start: int | None = None, end: int | None = None) -> ChunkNotes:
    """Notes for ``doc`` (or the chunk ``[start, end)`` of it), with evidence quotes.

    The rules read the folded copy of the text (traditional characters as simplified), so quotes
    and names come in simplified characters at the source's offsets; grounding finds them on the
    folded copy and quotes the source's own characters.
    """
    doc = replace(doc, text=fold_script(doc.text))
    sections = parse_sections(doc)
    year = doc.plan_year or doc.year
    headline = headline_span(doc)
    stretches = parts(doc, sections)
    notes = _headline_notes(doc, headline, year) if headline else ChunkNotes.empty()
    headings = heading_starts(sections)
    plan_lo = next((p.start for p in stretches if p.plan), doc.end)
    period = _review_period(sections, plan_lo)
    for part in stretches:
        if part.plan:
            notes.targets.extend(_other_targets(doc, part.start, part.end, headline or (0, 0), headings, year))
        else:
            notes.results.extend(_results(doc, part.start, part.end, period))
    notes.priorities.extend(_priorities(doc, sections, plan_lo))
    return _within(notes, doc, doc.start if start is None else start, doc.end if end is None else end)











