"""How the rules engine reads a report's layout: where its plan part starts, where its headline
targets passage is, and how its text breaks into sentences and clauses.

Shared by the rules engine's extraction (:mod:`.extract`) and its extractive summary
(:mod:`.extractive`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...ingest import Document
from ...text.structure import Section, iter_sections, parse_sections
from ...zh.numbers import find_quantities

__all__ = [
    "EDGE",
    "SENTENCE",
    "SHORT_SENTENCE",
    "PLAN_TITLE",
    "REVIEW_TITLE",
    "Span",
    "pieces",
    "sentences",
    "headline_span",
    "is_plan_section",
    "plan_start",
    "heading_starts",
    "is_heading",
]

# In order of preference: a five-year plan's 主要目标 may come before the year's 主要预期目标.
_HEADLINE_MARKERS = (
    re.compile(r"主要预期目标(?:是|为|建议为)?\s*[:：]"),
    re.compile(r"主要目标(?:是|为|建议为)?\s*[:：]"),
    re.compile(r"综合考虑(?:各方面|各种)?因素\s*[,，]"),
)

SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")

PLAN_TITLE = re.compile(r"安排|重点工作|任务|思路|打算|下半年|展望|下一步|目标")

REVIEW_TITLE = re.compile(r"回顾|总结|过去")

EDGE = " \u3000\n\t,，、;；:："

SHORT_SENTENCE = 60


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def pieces(text: str, lo: int, hi: int, pattern: re.Pattern[str]) -> Iterator[Span]:
    """Stripped ``[start, end)`` spans of ``text[lo:hi]`` matched by ``pattern``."""
    for m in pattern.finditer(text, lo, hi):
        start, end = m.start(), m.end()
        while start < end and text[start] in EDGE:
            start += 1
        while end > start and text[end - 1] in EDGE:
            end -= 1
        if end > start:
            yield Span(start, end)


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


def is_plan_section(section: Section, doc: Document) -> bool:
    title = section.title
    if REVIEW_TITLE.search(title):
        return False
    return bool(PLAN_TITLE.search(title)) or (doc.plan_year is not None and str(doc.plan_year) in title)


def plan_start(doc: Document, sections: tuple[Section, ...] | None = None) -> int | None:
    """Where the report starts looking forward: its first plan-like top-level section."""
    for s in sections if sections is not None else parse_sections(doc):
        if is_plan_section(s, doc):
            return s.start
    span = headline_span(doc)
    return span[0] if span else None


def heading_starts(sections: tuple[Section, ...]) -> frozenset[int]:
    return frozenset(s.start for s in iter_sections(sections))


def is_heading(span: Span, headings: frozenset[int], short: int) -> bool:
    return span.start in headings and span.end - span.start < short


def sentences(doc: Document, lo: int, hi: int) -> Iterator[Span]:
    yield from pieces(doc.text, lo, hi, SENTENCE)
