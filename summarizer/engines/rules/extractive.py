"""The rules engine's prose: an overview and section summaries made of the report's own
sentences, verbatim, with their offsets (``extractive: true``).

Also the LLM engine's fallback when its reduce call fails or leaves a section out.
"""

from __future__ import annotations

import re

from ...ingest import Document
from ...ingest.document import sentence_start
from ...models import Evidence, SectionSummary
from ...text.structure import parse_sections
from ..base import Reduction
from .reading import (
    SHORT_SENTENCE,
    Span,
    heading_starts,
    headline_span,
    is_heading,
    plan_part_start,
    sentences,
)

__all__ = ["extractive_overview", "extractive_sections", "extractive_reduce"]


def _evidence(doc: Document, span: Span) -> Evidence:
    return Evidence(text=doc.text[span.start : span.end], start=span.start, end=span.end)


def _first_sentence(
    doc: Document, lo: int, hi: int, headings: frozenset[int], want: re.Pattern[str] | None = None
) -> Span | None:
    """The first sentence of ``[lo, hi)`` that is not a heading (and matches ``want``)."""
    for s in sentences(doc, lo, hi):
        if not is_heading(s, headings, SHORT_SENTENCE) and (want is None or want.search(doc.text[s.start : s.end])):
            return s
    return None


def extractive_overview(doc: Document) -> tuple[str, list[Evidence]]:
    """A handful of the report's own key sentences, verbatim, joined by line breaks."""
    sections = parse_sections(doc)
    headings = heading_starts(sections)
    found = plan_part_start(doc, sections)
    plan = found if found is not None else doc.end
    picks = [
        _first_sentence(doc, doc.start, plan, headings, re.compile(r"生产总值.{0,12}\d")),
        _first_sentence(doc, doc.start, plan, headings, re.compile(r"(?:财政|预算)收入.{0,12}\d")),
    ]
    headline = headline_span(doc)
    if headline:
        picks.append(next(sentences(doc, sentence_start(doc.text, doc.start, headline[0]), headline[1] + 1), None))
    picks.append(_first_sentence(doc, plan, doc.end, headings, re.compile(r"重点|主要任务|方面工作")))
    chosen = sorted({(p.start, p.end) for p in picks if p is not None})
    evidence = [_evidence(doc, Span(a, b)) for a, b in chosen]
    return "\n".join(e.text for e in evidence), evidence


def extractive_sections(doc: Document) -> list[SectionSummary]:
    """Top-level sections, each summarised by its first sentence(s) of body text, verbatim."""
    out = []
    sections = parse_sections(doc)
    headings = heading_starts(sections)
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


def extractive_reduce(doc: Document) -> Reduction:
    """Overview and section summaries made of the report's own sentences."""
    overview, evidence = extractive_overview(doc)
    return Reduction(overview, evidence, extractive_sections(doc))
