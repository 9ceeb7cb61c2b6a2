"""Packing: small reports of one source share an extraction call.

A news digest splits into items of a few hundred tokens each. Sent one per call, each item would
carry the instructions and the schema (~700 tokens) again, more than the item itself. So
consecutive reports of the same source text that each fit in one chunk travel together, as one
span, while that span fits the chunk budget: a :class:`Job` with several ``members``. The
answer's notes go back to the member whose span holds each note's quote (a section note: its
title), and grounding then checks them against that member alone, as for any other chunk.

A packed call's usage is counted once, in its first member's usage; its warnings go to every
member whose span they touch.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from ..chunking import Chunk
from ..documents import Document, DocType
from ..grounding import locate
from ..tokens import TokenCounter
from .llm import ChunkExtraction
from .notes import ChunkNotes, SectionNote

__all__ = ["Job", "Member", "plan_jobs"]

T = TypeVar("T")
_EVIDENCE_FIELDS = ("results", "targets", "qualitative_targets", "priorities")


@dataclass(frozen=True)
class Member:
    """A report a job serves: its position in the plan, the report, and its chunk."""

    report: int
    doc: Document
    piece: Chunk


@dataclass(frozen=True)
class Job:
    """One extraction call: ``piece`` of ``doc``, on behalf of its ``members``.

    A job of one member is that report's own chunk. A packed job's ``doc`` spans its members
    (and what lies between them) with only the metadata they all share, and ``context`` tells
    the model that the chunk holds several reports.
    """

    doc: Document
    piece: Chunk
    members: tuple[Member, ...]
    context: str | None = None
    _starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [m.piece.start for m in self.members])

    def serves(self, report: int) -> int | None:
        """The position among the members of the plan's ``report``-th report, if it is one."""
        return next((i for i, m in enumerate(self.members) if m.report == report), None)

    def share(self, extraction: ChunkExtraction) -> list[ChunkExtraction]:
        """What ``extraction`` (of this job) holds for each member, as if extracted on its own."""
        if len(self.members) == 1:
            return [extraction]
        notes = [ChunkNotes.empty() for _ in self.members]
        for part, part_notes in extraction.parts:
            for name in _EVIDENCE_FIELDS:
                for note in getattr(part_notes, name):
                    getattr(notes[self._owner(note.evidence, part)], name).append(note)
            for section, owner in self._section_owners(part_notes, part):
                notes[owner].sections.append(section)
        return [
            ChunkExtraction(
                parts=[(m.piece, mine)],
                warnings=[w for w in extraction.warnings if _touches(w.start, w.end, m.doc)],
                usages=extraction.usages if i == 0 else [],
            )
            for i, (m, mine) in enumerate(zip(self.members, notes))
        ]

    def _owner(self, quote: str, part: Chunk) -> int:
        """The member whose span holds ``quote``; unfound, the member where ``part`` starts
        (whose grounding then reports it as not found)."""
        found = locate(quote, self.doc.text, [(part.start, part.end)])
        return self._member_at(found.start if found else part.start)

    def _section_owners(self, notes: ChunkNotes, part: Chunk) -> list[tuple[SectionNote, int]]:
        """Each section note with its member: where its title is; an unfound title stays with
        the member of the note before it (notes come in the order of the text)."""
        owner = self._member_at(part.start)
        out: list[tuple[SectionNote, int]] = []
        for note in notes.sections:
            found = locate(note.title, self.doc.text, [(part.start, part.end)]) if note.title.strip() else None
            owner = self._member_at(found.start) if found else owner
            out.append((note, owner))
        return out

    def _member_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)


def _touches(start: int | None, end: int | None, doc: Document) -> bool:
    return start is None or end is None or (start < doc.end and doc.start < end)


def plan_jobs(
    plan: Sequence[tuple[Document, Sequence[Chunk]]], budget: int, counter: TokenCounter
) -> list[Job]:
    """One job per chunk, in order, but consecutive one-chunk reports of one text packed
    together while the span from the first one's start to the last one's end fits ``budget``."""
    jobs: list[Job] = []
    group: list[Member] = []
    for report, (doc, chunks) in enumerate(plan):
        one = Member(report, doc, chunks[0]) if len(chunks) == 1 else None
        if one is not None and group and _fits(group, one, budget, counter):
            group.append(one)
            continue
        if group:
            jobs.append(_job(group, counter))
        group = [one] if one is not None else []
        if one is None:
            jobs += [Job(doc, piece, (Member(report, doc, piece),)) for piece in chunks]
    if group:
        jobs.append(_job(group, counter))
    return jobs


def _fits(group: list[Member], one: Member, budget: int, counter: TokenCounter) -> bool:
    first, last = group[0], group[-1]
    same_text = one.doc.text is first.doc.text and last.piece.end <= one.piece.start
    return same_text and counter(one.doc.text[first.piece.start : one.piece.end]) <= budget


def _job(group: list[Member], counter: TokenCounter) -> Job:
    if len(group) == 1:
        return Job(group[0].doc, group[0].piece, (group[0],))
    docs = [m.doc for m in group]
    text, start, end = docs[0].text, group[0].piece.start, group[-1].piece.end
    span = Document(
        text=text, start=start, end=end,
        region=_shared([d.region for d in docs]), year=_shared([d.year for d in docs]),
        plan_year=_shared([d.plan_year for d in docs]),
        doc_type=_shared([d.doc_type for d in docs]) or DocType.UNKNOWN, path=docs[0].path,
    )  # fmt: skip
    piece = Chunk(0, start, end, text[start:end], counter(text[start:end]), ())
    return Job(span, piece, tuple(group), _packed_context(span, len(group)))


def _shared(values: Sequence[T]) -> T | None:
    """The value every member has, else ``None``."""
    return values[0] if all(v == values[0] for v in values) else None


def _packed_context(span: Document, count: int) -> str:
    fields = [
        f"本块含{count}篇,sections 每篇一条,title 用该篇标题",
        f"地区:{span.region}" if span.region else "",
        f"目标年份:{span.plan_year}" if span.plan_year else "",
    ]
    return ";".join(f for f in fields if f)
