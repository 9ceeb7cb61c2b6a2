"""Placement: a figure the model filed under the wrong list goes where the report puts it.

Small models file past figures as targets and targets as results, or both: Qwen2.5-1.5B put every
headline target of a 主要预期目标 passage under results as well, and the 2021 figures of a review
under targets. The report's own layout decides, as the rules engine reads it
(:func:`~summarizer.engines.rules.reading.plan_stretches`, on the report's reading: its plan
section, its 主要预期目标 passage, or the stretches its time cues date ahead): a quote in a plan
stretch is a target, any other a result; every figure of a report the rules read no plan in (a page
of a year's figures) is a result. A figure
filed under both keeps the one its place says.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...ingest import Document
from ...notes import ChunkNotes, ResultNote, TargetNote
from ...text.chunking import Chunk
from ...zh.numbers import find_quantities
from ..rules.reading import headline_span, on_reading, plan_stretches

__all__ = ["Moves", "placed"]


@dataclass(frozen=True)
class Moves:
    """How many targets were read as results, results as targets, and duplicates left out."""

    to_results: int = 0
    to_targets: int = 0
    duplicates: int = 0

    @property
    def total(self) -> int:
        return self.to_results + self.to_targets + self.duplicates

    def describe(self) -> str:
        return (f"{self.total} item(s) the model filed under the wrong list were placed by where the "
                f"report puts them: {self.to_results} target(s) quoted from before its plan part read as "
                f"results, {self.to_targets} result(s) from its plan part as targets, {self.duplicates} "
                "figure(s) filed under both kept once")  # fmt: skip


def placed(notes: ChunkNotes, doc: Document, piece: Chunk) -> tuple[ChunkNotes, Moves]:
    """``notes`` with each target and result where the report's layout puts its quote."""
    plans = _plan_stretches(doc)
    headline = headline_span(doc)

    def at(evidence: str) -> int:
        return doc.text.find(evidence.strip(), piece.start, piece.end) if evidence.strip() else -1

    def side(evidence: str) -> str | None:
        where = at(evidence)
        return None if where < 0 else ("plan" if any(a <= where < b for a, b in plans) else "review")

    targets = [t for t in notes.targets if side(t.evidence) != "review"]
    results = [r for r in notes.results if side(r.evidence) != "plan"]
    to_results = to_targets = duplicates = 0
    for t in (t for t in notes.targets if side(t.evidence) == "review"):
        if any(r.evidence == t.evidence and t.value in _figures(r) for r in results):
            duplicates += 1
            continue
        results.append(_as_result(t))
        to_results += 1
    for r in (r for r in notes.results if side(r.evidence) == "plan"):
        number = r.change if r.change is not None else r.value  # a target's figure is mostly a rate
        if number is None or any(t.evidence == r.evidence and t.value in _figures(r) for t in targets):
            duplicates += 1
            continue
        in_headline = headline is not None and headline[0] <= at(r.evidence) < headline[1]
        targets.append(TargetNote(indicator=r.indicator, value=number, value_max=None, year=None,
                                  headline=in_headline, evidence=r.evidence))  # fmt: skip
        to_targets += 1
    update = {"targets": targets, "results": results}
    return notes.model_copy(update=update), Moves(to_results, to_targets, duplicates)


def _plan_stretches(doc: Document) -> list[tuple[int, int]]:
    """The stretches of ``doc`` that look forward, read as the rules read them
    (:func:`~summarizer.engines.rules.reading.plan_stretches`: its plan section, else its time
    cues - a year's project list before the months so far, a review after a news item's targets),
    on its reading (simplified, without pinyin readings, so a shorter text: the offsets are mapped
    back); none when they read no plan in it."""
    read, reading = on_reading(doc)
    return [reading.source_span(p.start, p.end) for p in plan_stretches(read)]


def _as_result(target: TargetNote) -> ResultNote:
    """A target as a result: a growth rate (增长5.8%) is the result's change, else its value."""
    growth = any(q.kind == "growth" and q.value == target.value for q in find_quantities(target.evidence))
    return ResultNote(indicator=target.indicator, value=None if growth else target.value,
                      change=target.value if growth else None, period=None, evidence=target.evidence)  # fmt: skip


def _figures(result: ResultNote) -> set[float]:
    return {x for x in (result.value, result.change) if x is not None}
