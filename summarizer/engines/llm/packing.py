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

from collections.abc import Sequence
from typing import TypeVar

from ...ingest import Document
from ...models import DocType
from ...text.chunking import Chunk
from ...text.tokens import TokenCounter
from ..base import Job, Member

__all__ = ["plan_jobs"]

T = TypeVar("T")


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
            jobs += [Job.single(report, doc, piece) for piece in chunks]
    if group:
        jobs.append(_job(group, counter))
    return jobs


def _fits(group: list[Member], one: Member, budget: int, counter: TokenCounter) -> bool:
    first, last = group[0], group[-1]
    same_text = one.doc.text is first.doc.text and last.piece.end <= one.piece.start
    return same_text and counter(one.doc.text[first.piece.start : one.piece.end]) <= budget


def _job(group: list[Member], counter: TokenCounter) -> Job:
    if len(group) == 1:
        return Job.single(group[0].report, group[0].doc, group[0].piece)
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
