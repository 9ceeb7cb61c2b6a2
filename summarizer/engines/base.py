"""What an engine is: the one type behind ``summarize(source, engine=…)``.

Every engine takes each report through the same stages; the pipeline (:mod:`summarizer.pipeline`)
drives them and does the engine-independent part itself::

    jobs      reports → Jobs        how the reports are cut into extraction work (chunking, packing)
    extract   Job → Extraction      notes (quotes and claims) for each piece of a job
    -- ground, merge (the pipeline: summarizer.verify) --
    reduce    report → Reduction    the overview and section summaries, from the report's findings

The rules engine (:mod:`.rules`) makes one job per report and writes extractive prose; the LLM
engine (:mod:`.llm`) makes token-budgeted chunks, packs small reports together and asks a model.
An engine is an async context manager: the pipeline enters it for a run and closes it after.
"""

from __future__ import annotations

import bisect
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import ClassVar

from ..ingest import Document
from ..models import EngineName, Evidence, Findings, SectionSummary, SummaryWarning, Usage
from ..notes import ChunkNotes, SectionNote
from ..text.chunking import Chunk
from ..text.quotes import locate

__all__ = ["Engine", "Job", "Member", "Extraction", "Reduction"]


@dataclass
class Extraction:
    """What extracting one job produced: notes per (sub-)chunk, warnings, and the usage of
    every call made (failed ones included)."""

    parts: list[tuple[Chunk, ChunkNotes]] = field(default_factory=list)
    warnings: list[SummaryWarning] = field(default_factory=list)
    usages: list[Usage] = field(default_factory=list)

    def add(self, other: Extraction) -> None:
        """Append another extraction's parts, warnings and usages to this one."""
        self.parts += other.parts
        self.warnings += other.warnings
        self.usages += other.usages


@dataclass(frozen=True)
class Reduction:
    """The reduce step's output for one report."""

    overview: str
    overview_evidence: list[Evidence]
    sections: list[SectionSummary]
    warnings: list[SummaryWarning] = field(default_factory=list)
    usages: list[Usage] = field(default_factory=list)


@dataclass(frozen=True)
class Member:
    """A report a job serves: its position among the run's reports, the report, and its chunk."""

    report: int
    doc: Document
    piece: Chunk


@dataclass(frozen=True)
class Job:
    """One unit of extraction: ``piece`` of ``doc``, on behalf of its ``members``.

    A job of one member is that report's own chunk. A packed job (several small reports of one
    source in one call, :mod:`.llm.packing`) has a ``doc`` that spans its members with only the
    metadata they all share, and a ``context`` line that tells the model so.
    """

    doc: Document
    piece: Chunk
    members: tuple[Member, ...]
    context: str | None = None
    _starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [m.piece.start for m in self.members])

    @classmethod
    def single(cls, report: int, doc: Document, piece: Chunk) -> Job:
        """The job of one chunk of one report."""
        return cls(doc, piece, (Member(report, doc, piece),))

    def serves(self, report: int) -> int | None:
        """The position among the members of the run's ``report``-th report, if it is one."""
        return next((i for i, m in enumerate(self.members) if m.report == report), None)

    def share(self, extraction: Extraction) -> list[Extraction]:
        """What ``extraction`` (of this job) holds for each member, as if extracted on its own.

        Each note goes to the member whose span holds its quote (a section note: its title);
        the job's usage is counted once, in its first member's share, and its warnings go to
        every member whose span they touch.
        """
        if len(self.members) == 1:
            return [extraction]
        notes = [ChunkNotes.empty() for _ in self.members]
        for part, found in extraction.parts:
            for result in found.results:
                notes[self._owner(result.evidence, part)].results.append(result)
            for target in found.targets:
                notes[self._owner(target.evidence, part)].targets.append(target)
            for qualitative in found.qualitative_targets:
                notes[self._owner(qualitative.evidence, part)].qualitative_targets.append(qualitative)
            for priority in found.priorities:
                notes[self._owner(priority.evidence, part)].priorities.append(priority)
            for section, owner in self._section_owners(found, part):
                notes[owner].sections.append(section)
        return [
            Extraction(
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


class Engine(ABC):
    """Turns reports into notes (:meth:`extract`) and findings into prose (:meth:`reduce`).

    ``name`` goes into every summary's ``engine`` field, ``model`` into its ``model`` field;
    ``language`` is the language of the prose the engine writes.
    """

    name: ClassVar[EngineName]
    model: str | None = None
    language: str = "zh"

    @abstractmethod
    def jobs(self, reports: Sequence[Document]) -> list[Job]:
        """The extraction jobs for ``reports``, in order; every report is served by at least one."""

    @abstractmethod
    async def extract(self, job: Job) -> Extraction:
        """The notes of one job. Failures that concern only this job become warnings."""

    @abstractmethod
    async def reduce(self, report: Document, extraction: Extraction, findings: Findings) -> Reduction:
        """The overview and section summaries of one report, given its notes and findings."""

    def zero_usage(self) -> Usage:
        """A report's usage before any call is counted (priced LLM engines: a cost of 0.0)."""
        return Usage()

    async def aclose(self) -> None:
        """Release what the engine holds (connections, caches)."""

    async def __aenter__(self) -> Engine:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
