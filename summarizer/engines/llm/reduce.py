"""Reduce: write the overview and the section summaries of one report.

LLM engine (:func:`areduce_llm`): the chunks' section notes are gathered under the report's
top-level sections, the merged, verified figures are listed after them, and one call
(``prompts/reduce.md``) writes the overview and one summary per section. When that material is
over the token budget, it is first condensed hierarchically (``prompts/condense.md``): sections are
packed into batches under the budget, each batch is condensed in one call, and the condensed notes
replace the originals - at most ``max_depth`` rounds, after which the remaining notes are cut to
fit (with a warning). The depth bound means this never loops.

Rules engine (:func:`extractive_reduce`), and the fallback when a reduce call fails or leaves a
section out: the report's own key sentences (:mod:`summarizer.extract.rules`), verbatim.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from ...errors import BudgetExceededError, LLMError
from ...ingest import Document
from ...llm import LLMClient
from ...llm.usage import error_usages
from ...models import Findings, SectionSummary, SummaryWarning, Usage, format_target_value
from ...notes import ChunkNotes
from ...text.chunking import Chunk
from ...text.quotes import letters_and_digits
from ...text.structure import Section
from ...text.tokens import TokenCounter
from ..base import Reduction
from ..rules.extractive import extractive_reduce
from .prompts import Prompt, language_rule, load_prompt

__all__ = [
    "SectionDigest",
    "ReduceAnswer",
    "CondenseAnswer",
    "SectionMaterial",
    "section_materials",
    "areduce_llm",
]

A = TypeVar("A", bound=BaseModel)
_MAX_RESULTS = 12  # past-period figures offered to the overview; headline targets always all


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


# No descriptions or docstrings on the answer models: prompts/reduce.md and condense.md explain
# every field, and the schema is sent (and billed) with every call.


class SectionDigest(_Answer):
    index: int  # the part's number in the input
    summary: str


class ReduceAnswer(_Answer):
    overview: str
    sections: list[SectionDigest]


class CondenseAnswer(_Answer):
    sections: list[SectionDigest]


@dataclass(frozen=True)
class SectionMaterial:
    """What the reduce step knows about one top-level section (``index`` is 1-based)."""

    index: int
    section: Section
    notes: tuple[str, ...]


def _home(text: str, sections: Sequence[Section], piece: Chunk, title: str) -> int | None:
    """Index of the top-level section a note belongs to: the section it names, else the one
    where its (sub)heading appears in the chunk, else the one the chunk overlaps most."""
    key = letters_and_digits(title)
    for i, s in enumerate(sections):
        own = letters_and_digits(s.title)
        if key and (key == own or (len(key) >= 4 and key in own)):
            return i
    found = text.find(title.strip(), piece.start, piece.end) if title.strip() else -1
    for i, s in enumerate(sections):
        if found >= 0 and s.start <= found < s.end:
            return i
    overlaps = [min(s.end, piece.end) - max(s.start, piece.start) for s in sections]
    best = max(range(len(sections)), key=lambda i: overlaps[i], default=None)
    return best if best is not None and overlaps[best] > 0 else None


def section_materials(
    text: str, sections: Sequence[Section], parts: Sequence[tuple[Chunk, ChunkNotes]]
) -> tuple[list[SectionMaterial], list[str]]:
    """Gather every chunk's section notes under the top-level sections, in document order.

    ``text`` is the source text (``Document.text``). Returns the materials and the notes that
    fit no section (text before the first heading).
    """
    notes: list[list[str]] = [[] for _ in sections]
    loose: list[str] = []
    for piece, chunk_notes in parts:
        for note in chunk_notes.sections:
            home = _home(text, sections, piece, note.title)
            line = f"{note.title}:{note.summary}" if note.title else note.summary
            (loose if home is None else notes[home]).append(line)
    materials = [SectionMaterial(i + 1, s, tuple(dict.fromkeys(n))) for i, (s, n) in
                 enumerate(zip(sections, notes))]  # fmt: skip
    return materials, list(dict.fromkeys(loose))


def _figure_lines(merged: Findings, language: str = "zh") -> list[str]:
    """The verified figures the overview may quote: all headline targets and headline qualitative
    targets, and the first results. (Priorities are left to the section notes, which cover them.)"""
    lines = [f"主要目标 {t.indicator} {format_target_value(t, language)}" for t in merged.targets if t.headline]
    lines += [f"主要目标 {q.text}" for q in merged.qualitative_targets if q.headline]
    for r in merged.results[:_MAX_RESULTS]:
        figures = [f"{r.value:g}{r.unit}" if r.value is not None else "",
                   f"变化{r.change:g}{r.change_unit}" if r.change is not None else ""]  # fmt: skip
        lines.append(f"成绩 {r.indicator} {' '.join(f for f in figures if f)}")
    return lines


def _header(doc: Document) -> str:
    title = doc.title or ""
    meta = [title, doc.region if doc.region and doc.region not in title else "",
            f"{doc.year}年" if doc.year and str(doc.year) not in title else ""]  # fmt: skip
    return "报告:" + ";".join(m for m in meta if m)


def _material_text(doc: Document, materials: Sequence[SectionMaterial], extra: Sequence[str]) -> str:
    lines = [_header(doc)]
    lines += [f"[{m.index}] {m.section.title}:{';'.join(m.notes)}" for m in materials]
    return "\n".join(lines + list(extra))


def _batches(
    doc: Document, materials: Sequence[SectionMaterial], budget: int, counter: TokenCounter
) -> list[list[SectionMaterial]]:
    """Pack the notes, in order, into batches of at most ``budget`` tokens (a long section's
    notes spread over several batches). Sizes are summed per line, so this stays linear."""
    base = counter(_header(doc))
    batches: list[list[SectionMaterial]] = []
    size = base
    for m in materials:
        heading = counter(f"[{m.index}] {m.section.title}:") + 1
        for note in m.notes:
            cost = counter(note) + 1
            same_section = bool(batches) and batches[-1][-1].index == m.index
            extra = cost if same_section else heading + cost
            if not batches or size + extra > budget:
                batches.append([replace(m, notes=(note,))])
                size = base + heading + cost
            elif same_section:
                batches[-1][-1] = replace(batches[-1][-1], notes=batches[-1][-1].notes + (note,))
                size += extra
            else:
                batches[-1].append(replace(m, notes=(note,)))
                size += extra
    return batches


@dataclass(frozen=True)
class _Context:
    """One report's reduce: the client and budget, and where call usages are collected."""

    client: LLMClient
    doc: Document
    language: str
    counter: TokenCounter
    budget_key: str | None
    usages: list[Usage]
    copies: list[int]  # how many summaries each call copied from its prompt's example

    def fits(self, materials: Sequence[SectionMaterial], budget: int) -> bool:
        return self.counter(_material_text(self.doc, materials, ())) <= budget

    async def call(self, prompt: str, material: str, model: type[A]) -> A:
        """One structured call with a reduce-family prompt; its usage is recorded, and what it
        copied from the prompt's worked example is left out (and counted)."""
        p = load_prompt(prompt)
        result = await self.client.astructured(
            p.messages(material=material, language_rule=language_rule(self.language)),
            model,
            prompt_version=p.sha256,
            budget_key=self.budget_key,
        )
        self.usages.append(result.usage)
        value, copied = _without_copies(result.value, p)
        self.copies.append(copied)
        return value

    def copy_warnings(self) -> list[SummaryWarning]:
        copied = sum(self.copies)
        if not copied:
            return []
        message = f"{copied} summary text(s) copying the prompt's worked example were left out"
        return [SummaryWarning(code="example_copied", message=message, start=self.doc.start, end=self.doc.end)]


def _without_copies(answer: A, prompt: Prompt) -> tuple[A, int]:
    """The answer without the section summaries (and the overview) that repeat the prompt's
    worked example: they say nothing of this report. A section left without one gets its
    extractive summary, an empty overview the extractive overview."""
    sections = [d for d in getattr(answer, "sections", []) if not prompt.copies_example(d.summary)]
    copied = len(getattr(answer, "sections", [])) - len(sections)
    update: dict[str, object] = {"sections": sections}
    if isinstance(answer, ReduceAnswer) and prompt.copies_example(answer.overview):
        update["overview"] = ""
        copied += 1
    return answer.model_copy(update=update), copied


async def _condense_round(
    ctx: _Context, materials: list[SectionMaterial], budget: int
) -> list[SectionMaterial]:
    """One round: condense each batch of notes in one call; digests replace the notes."""
    batches = _batches(ctx.doc, materials, budget, ctx.counter)
    answers = await asyncio.gather(
        *(ctx.call("condense", _material_text(ctx.doc, b, ()), CondenseAnswer) for b in batches)
    )
    digests: dict[int, list[str]] = {}
    for answer in answers:
        for d in answer.sections:
            digests.setdefault(d.index, []).append(d.summary)
    return [replace(m, notes=tuple(digests.get(m.index, m.notes))) for m in materials]


async def _condense(
    ctx: _Context, materials: list[SectionMaterial], budget: int, max_depth: int
) -> tuple[list[SectionMaterial], list[SummaryWarning]]:
    """Condense until the notes fit ``budget``: at most ``max_depth`` rounds, then cut."""
    for _ in range(max_depth):
        if ctx.fits(materials, budget):
            return materials, []
        materials = await _condense_round(ctx, materials, budget)
    if ctx.fits(materials, budget):
        return materials, []
    share = max(1, budget // max(1, len(materials)))
    warning = SummaryWarning(
        code="reduce_truncated",
        message=f"section notes still exceeded the reduce budget after {max_depth} condensing "
        "rounds; the later notes of long sections were left out of the overview",
        start=ctx.doc.start,
        end=ctx.doc.end,
    )
    return [replace(m, notes=_fit(m.notes, share, ctx.counter)) for m in materials], [warning]


def _fit(notes: tuple[str, ...], budget: int, counter: TokenCounter) -> tuple[str, ...]:
    """The longest prefix of ``notes`` whose joined text fits ``budget`` tokens."""
    kept: list[str] = []
    for note in notes:
        if counter(";".join([*kept, note])) > budget:
            break
        kept.append(note)
    return tuple(kept)


def _from_notes(
    text: str, sections: Sequence[Section], part: tuple[Chunk, ChunkNotes], fallback: Reduction,
    language: str,
) -> Reduction:
    """A one-chunk report's notes already summarise the whole report: no reduce call needed."""
    piece, notes = part
    join = " ".join if language == "en" else "".join
    by_section: dict[int, list[str]] = {}
    for note in notes.sections:
        home = _home(text, sections, piece, note.title)
        if home is not None:
            by_section.setdefault(home + 1, []).append(_sentence(note.summary, language))
    answer = ReduceAnswer(
        overview=join(_sentence(n.summary, language) for n in notes.sections),
        sections=[SectionDigest(index=i, summary=join(v)) for i, v in by_section.items()],
    )
    return _assemble(sections, answer, fallback, [])


def _sentence(summary: str, language: str) -> str:
    """A note's summary as a sentence of the overview: stripped, with a closing full stop."""
    text = summary.strip().rstrip(",，、;；:： ")  # a summary cut at its length limit
    stop = "." if language == "en" else "。"
    return text if not text or text[-1] in "。.!?！？" else text + stop


def _assemble(
    sections: Sequence[Section], answer: ReduceAnswer, fallback: Reduction, usages: list[Usage]
) -> Reduction:
    """The LLM's overview and summaries; any section it left out gets its extractive summary."""
    written = {d.index: d.summary.strip() for d in answer.sections if d.summary.strip()}
    extractive = {s.start: s for s in fallback.sections}
    summaries: list[SectionSummary] = []
    for i, s in enumerate(sections, start=1):
        if i in written:
            summaries.append(SectionSummary(
                title=s.title, path=[s.title], start=s.start, end=s.end, summary=written[i],
                extractive=False,
            ))  # fmt: skip
        elif s.start in extractive:
            summaries.append(extractive[s.start])
    if answer.overview.strip():
        return Reduction(answer.overview.strip(), [], summaries, usages=usages)
    return Reduction(fallback.overview, fallback.overview_evidence, summaries, usages=usages)


async def areduce_llm(
    client: LLMClient,
    doc: Document,
    sections: Sequence[Section],
    parts: Sequence[tuple[Chunk, ChunkNotes]],
    merged: Findings,
    *,
    language: str = "zh",
    budget: int = 4096,
    counter: TokenCounter,
    budget_key: str | None = None,
    max_depth: int = 2,
) -> Reduction:
    """Overview and section summaries written by the LLM from the merged notes (see module doc).

    A report extracted in one call needs no reduce call: its notes are the summary. A failed
    reduce call falls back to the extractive summary with a ``reduce_failed`` warning, unless
    its error aborts the batch (:meth:`LLMClient.aborts_batch`); a report with no notes and no
    figures at all gets the extractive summary without a call.
    """
    fallback = extractive_reduce(doc)
    materials, loose = section_materials(doc.text, sections, parts)
    has_notes = bool(loose) or any(m.notes for m in materials)
    if len(parts) == 1 and has_notes:
        return _from_notes(doc.text, sections, parts[0], fallback, language)
    figures = _figure_lines(merged, language)
    if not has_notes and not figures:
        return fallback
    extra = [f"其他要点:{';'.join(loose)}"] if loose else []
    extra += ["核实的数字:", *figures] if figures else []
    ctx = _Context(client, doc, language, counter, budget_key, [], [])
    notes_budget = max(budget // 2, budget - counter("\n".join(extra)))
    try:
        materials, warnings = await _condense(ctx, materials, notes_budget, max_depth)
        answer = await ctx.call("reduce", _material_text(doc, materials, extra), ReduceAnswer)
    except (LLMError, BudgetExceededError) as exc:
        if client.aborts_batch(exc):
            raise
        failed = SummaryWarning(
            code="reduce_failed",
            message=f"overview written from the report's own sentences: {type(exc).__name__}: {exc}",
            start=doc.start, end=doc.end,
        )  # fmt: skip
        return replace(fallback, warnings=[failed], usages=ctx.usages + error_usages(exc))
    return replace(_assemble(sections, answer, fallback, ctx.usages), warnings=warnings + ctx.copy_warnings())
